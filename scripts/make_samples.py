"""Generate the bundled sample report PDFs that `make run` feeds through the pipeline.

    .venv/bin/python scripts/make_samples.py samples

Everything here is fictional: 临江市 does not exist, nor do its people or figures. The output is
deterministic (reportlab ``invariant=1``, no timestamps), so the committed PDFs can be checked
against a fresh run (tests/test_samples.py).

Files written:

* ``linjiang-gwr-{2022,2023,2024,2025}.pdf`` – 临江市人民政府 政府工作报告, official A4 layout.
  Each reviews the previous year (actuals) and sets the coming year's 主要预期目标 (targets).
* ``linjiang-gwr-2024-daily.pdf`` – a 临江日报 broadsheet page (1000×1450 pt) carrying the 2024
  report's 摘编 in five justified columns, plus an unrelated boxed article.
* ``linjiang-renda-2024.pdf`` – 临江市人大常委会工作报告 2024, official A4 layout.

Planted fault (see samples/README.md): the 2024 report writes 进出口总额 as 2356.4万元 where it
should be 2356.4亿元 (the scale word 亿 became 万), a 10,000-fold drop between the 2023 and 2025
reports' 2196.3亿元 and 2488.7亿元. Real, non-fault change: the GDP growth target is lowered
6% → 5.5% → 5% → 5%, and the CPI target 3% → 2% in 2025.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

A4 = (595.27, 841.89)
BROADSHEET = (1000.0, 1450.0)

# Characters that may not begin a line, and ones that may not end it (禁则).
NO_START = set("，。、；：？！）》」』”’…%．·")
NO_END = set("（《「『“‘")


def width(text: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, FONT, size)


# --------------------------------------------------------------------------------------------
# Text model: a paragraph is a list of (text, bold) runs; lines are lists of tokens.


@dataclass
class Tok:
    text: str
    bold: bool
    w: float


def tokenize(runs: list[tuple[str, bool]], size: float, split_numbers: bool) -> list[Tok]:
    """One token per CJK character; runs of ASCII letters/digits kept whole unless split_numbers."""
    toks: list[Tok] = []
    for text, bold in runs:
        i = 0
        while i < len(text):
            ch = text[i]
            if not split_numbers and (ch.isascii() and (ch.isalnum() or ch in ".%")):
                j = i
                while j < len(text) and text[j].isascii() and (text[j].isalnum() or text[j] in ".%"):
                    j += 1
                piece = text[i:j]
                i = j
            else:
                piece = ch
                i += 1
            toks.append(Tok(piece, bold, width(piece, size)))
    return toks


def wrap(toks: list[Tok], first_width: float, other_width: float) -> list[list[Tok]]:
    lines: list[list[Tok]] = []
    cur: list[Tok] = []
    used = 0.0
    limit = first_width
    for tok in toks:
        if cur and used + tok.w > limit + 0.01:
            carry: list[Tok] = []
            if tok.text[0] in NO_START:
                # pull characters down with the punctuation until the line may end there
                carry = [cur.pop()]
                while len(cur) > 1 and carry[0].text[0] in NO_START:
                    carry.insert(0, cur.pop())
            while len(cur) > 1 and cur[-1].text[-1] in NO_END:
                carry.insert(0, cur.pop())
            lines.append(cur)
            cur = carry
            used = sum(t.w for t in cur)
            limit = other_width
        cur.append(tok)
        used += tok.w
    if cur:
        lines.append(cur)
    return lines


def draw_tokens(c: canvas.Canvas, toks: list[Tok], x: float, y: float, size: float,
                line_width: float | None, justify: bool) -> None:
    """Draw tokens from x; when justify, spread the slack over the gaps to fill line_width."""
    natural = sum(t.w for t in toks)
    gap = 0.0
    if justify and line_width and len(toks) > 1 and natural < line_width:
        gap = (line_width - natural) / (len(toks) - 1)
    for bold in (False, True):
        t = c.beginText()
        t.setFont(FONT, size)
        if bold:
            t.setTextRenderMode(2)  # fill + stroke: a bold look from the same font
            c.setLineWidth(size * 0.035)
        pos = x
        for tok in toks:
            if tok.bold == bold:
                t.setTextOrigin(pos, y)
                t.textOut(tok.text)
            pos += tok.w + gap
        if bold:
            t.setTextRenderMode(0)  # Tr outlives ET: put it back for later text
        if any(tok.bold == bold for tok in toks):
            c.drawText(t)


def new_canvas(path: Path, pagesize: tuple[float, float], title: str) -> canvas.Canvas:
    c = canvas.Canvas(str(path), pagesize=pagesize, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("baogao sample generator")
    c.setCreator("scripts/make_samples.py")
    c.setProducer("reportlab")
    return c


# --------------------------------------------------------------------------------------------
# Official A4 documents (公文 style): 28 characters a line, 22 lines a page.


@dataclass
class Block:
    kind: str  # title, subtitle, center, salute, h1, para
    runs: list[tuple[str, bool]]


def P(text: str, lead: str = "") -> Block:
    runs = [(lead, True)] if lead else []
    return Block("para", runs + [(text, False)])


def H(text: str) -> Block:
    return Block("h1", [(text, True)])


class OfficialDoc:
    SIZE = 15.5
    LEADING = 29.0
    LEFT = 80.0
    TOP = A4[1] - 100.0
    BOTTOM = 96.0

    def __init__(self, path: Path, running_head: str, title: str) -> None:
        self.c = new_canvas(path, A4, title)
        self.running_head = running_head
        self.page = 0
        self.width = 28 * self.SIZE
        self.y = 0.0
        self._start_page()

    def _start_page(self) -> None:
        self.page += 1
        self.y = self.TOP
        c = self.c
        if self.page > 1:
            c.setFont(FONT, 10.5)
            c.drawCentredString(A4[0] / 2, A4[1] - 62, self.running_head)
            c.setLineWidth(0.6)
            c.line(self.LEFT, A4[1] - 68, self.LEFT + self.width, A4[1] - 68)
        c.setFont(FONT, 14)
        c.drawCentredString(A4[0] / 2, 52, f"— {self.page} —")

    def _next_page(self) -> None:
        self.c.showPage()
        self._start_page()

    def _room(self, lines: int, leading: float) -> bool:
        return self.y - (lines - 1) * leading >= self.BOTTOM

    def centered(self, text: str, size: float, bold: bool, space_before: float,
                 space_after: float) -> None:
        self.y -= space_before
        toks = tokenize([(text, bold)], size, split_numbers=False)
        w = sum(t.w for t in toks)
        draw_tokens(self.c, toks, A4[0] / 2 - w / 2, self.y, size, None, False)
        self.y -= space_after

    def add(self, block: Block) -> None:
        size = self.SIZE + (1.0 if block.kind == "h1" else 0.0)
        indent = 0 if block.kind == "salute" else 2 * self.SIZE
        toks = tokenize(block.runs, size, split_numbers=False)
        lines = wrap(toks, self.width - indent, self.width)
        if block.kind == "h1" and not self._room(2, self.LEADING):
            self._next_page()
        for i, line in enumerate(lines):
            if not self._room(1, self.LEADING):
                self._next_page()
            x = self.LEFT + (indent if i == 0 else 0)
            last = i == len(lines) - 1
            draw_tokens(self.c, line, x, self.y, size, self.width - (x - self.LEFT),
                        justify=not last)
            self.y -= self.LEADING

    def save(self) -> None:
        self.c.showPage()
        self.c.save()


# --------------------------------------------------------------------------------------------
# The government work reports, 2022–2025.

MAYOR = "林志远"

# Actuals of the reviewed year (report year − 1) and targets for the report year.
# Units as printed: 亿元, %, 万人, 万吨, 元, 个, 家, 万户, 公里, 亿美元.
YEARS: dict[int, dict] = {
    2022: dict(
        session="第十六届人民代表大会第二次会议", date="2022年1月10日",
        gdp="4826.5", gdp_g="7.8", rev="386.2", rev_g="9.1", jobs="12.6", unemp="5.1",
        cpi="1.0", grain="182.4", trade="2018.6", trade_unit="亿元", trade_g="14.2",
        inc="41236", inc_g="8.4", energy="3.2", proj="298", proj_inv="1625", big="186",
        retail="2035.4", retail_g="11.6", hte="186", hte_total="1342", ind="9.2", rd="2.31",
        mkt="3.8", fdi="6.2", old="102", old_h="3.6", road="420", air="83.6", mins="78.2",
        seats="1.8",
        t_gdp="6", t_rev="5", t_jobs="11", t_unemp="5.5", t_cpi="3", t_grain="180",
        t_energy="2.5", t_proj="310", t_inv="1700", t_old="110",
    ),
    2023: dict(
        session="第十六届人民代表大会第三次会议", date="2023年1月9日",
        gdp="5046.8", gdp_g="4.1", rev="406.7", rev_g="5.3", jobs="11.8", unemp="5.4",
        cpi="2.0", grain="183.1", trade="2196.3", trade_unit="亿元", trade_g="8.8",
        inc="43521", inc_g="5.5", energy="2.7", proj="312", proj_inv="1718", big="173",
        retail="2061.8", retail_g="1.3", hte="204", hte_total="1546", ind="4.6", rd="2.38",
        mkt="3.5", fdi="6.5", old="114", old_h="4.1", road="386", air="85.1", mins="78.6",
        seats="2.1",
        t_gdp="5.5", t_rev="5", t_jobs="11", t_unemp="5.5", t_cpi="3", t_grain="180",
        t_energy="2.5", t_proj="320", t_inv="1800", t_old="120",
    ),
    2024: dict(
        session="第十六届人民代表大会第四次会议", date="2024年1月15日",
        gdp="5337.1", gdp_g="5.6", rev="426.9", rev_g="5.0", jobs="12.1", unemp="5.2",
        cpi="0.4", grain="184.0",
        # PLANTED FAULT: should read 2356.4亿元 (scale word 亿 replaced by 万).
        trade="2356.4", trade_unit="万元", trade_g="7.3",
        inc="45871", inc_g="5.4", energy="2.6", proj="326", proj_inv="1836", big="195",
        retail="2184.7", retail_g="6.0", hte="221", hte_total="1767", ind="6.1", rd="2.45",
        mkt="4.1", fdi="5.8", old="123", old_h="4.4", road="402", air="86.3", mins="79.0",
        seats="1.6",
        t_gdp="5", t_rev="5", t_jobs="11", t_unemp="5.5", t_cpi="3", t_grain="180",
        t_energy="2.5", t_proj="330", t_inv="1850", t_old="125",
    ),
    2025: dict(
        session="第十六届人民代表大会第五次会议", date="2025年1月13日",
        gdp="5572.6", gdp_g="5.1", rev="448.7", rev_g="5.1", jobs="11.6", unemp="5.1",
        cpi="0.2", grain="185.2", trade="2488.7", trade_unit="亿元", trade_g="5.6",
        inc="48165", inc_g="5.0", energy="2.8", proj="331", proj_inv="1867", big="201",
        retail="2290.6", retail_g="4.8", hte="236", hte_total="2003", ind="6.4", rd="2.52",
        mkt="4.3", fdi="5.5", old="128", old_h="4.6", road="415", air="87.0", mins="79.3",
        seats="1.5",
        t_gdp="5", t_rev="5", t_jobs="11", t_unemp="5.5", t_cpi="2", t_grain="180",
        t_energy="2.5", t_proj="335", t_inv="1900", t_old="130",
    ),
}

INTRO = {
    2022: "过去的一年，是“十四五”开局之年，也是临江发展进程中很不平凡的一年。面对复杂多变的"
          "外部环境和多点散发的疫情冲击，在市委的坚强领导下，我们坚持稳中求进工作总基调，统筹"
          "疫情防控和经济社会发展，扎实做好“六稳”工作、全面落实“六保”任务，较好完成了市十六届"
          "人大一次会议确定的目标任务，实现了“十四五”良好开局。",
    2023: "过去的一年，外部环境更趋复杂严峻，疫情反复冲击、原材料价格高位运行、市场需求收缩等"
          "多重压力交织叠加，全市经济运行一度明显承压。我们坚持稳字当头、稳中求进，全力稳住经济"
          "基本盘，兜牢民生底线。受多重超预期因素影响，地区生产总值增速低于年初预期目标，但就业、"
          "物价、粮食等主要指标保持总体平稳，发展韧性进一步显现。",
    2024: "过去的一年，是全面贯彻党的二十大精神的开局之年，也是经济恢复发展的一年。面对需求不足、"
          "部分行业经营困难、风险隐患较多等挑战，我们坚持稳中求进，着力扩大有效需求、推动产业"
          "转型升级、保障和改善民生，全市经济回升向好，主要目标任务顺利完成。",
    2025: "过去的一年，面对外部压力加大、内部困难增多的复杂局面，我们坚定不移推动高质量发展，"
          "集中精力抓项目、稳企业、促消费、惠民生，经济运行总体平稳、稳中有进，全年目标任务"
          "圆满完成，“十四五”规划主要指标进展符合预期。",
}

TARGET_NOTE = {
    2022: "提出6%左右的增长目标，与“十四五”规划年均目标相衔接，有利于稳定市场预期、扩大就业。",
    2023: "地区生产总值增长目标由上年的6%左右调整为5.5%左右，主要考虑是：外部环境不确定性仍然较"
          "大，经济恢复需要一个过程，目标既积极进取又实事求是，为推动高质量发展留出空间。",
    2024: "地区生产总值增长目标设定为5%左右，比上年目标下调0.5个百分点，主要考虑是：我市经济总量"
          "已突破5000亿元，基数抬高，潜在增长率有所下降，这一目标同全省目标相衔接，需要付出艰苦努力。",
    2025: "地区生产总值增长目标继续保持5%左右，居民消费价格涨幅目标由上年的3%左右调整为2%左右，"
          "主要考虑是：既要保持经济运行在合理区间，又要引导物价温和回升，更好反映供求关系变化。",
}

PROJECTS = {
    2022: "临江大桥复线、西部污水处理厂等项目建成投用，临江港三期、城市快速路东延加快建设。",
    2023: "城市快速路东延主线贯通，临江港三期一阶段工程完工，筹集保障性租赁住房1.2万套。",
    2024: "临江港三期、城市快速路东延等一批打基础、利长远的项目建成投用，轨道交通二号线全线开工。",
    2025: "轨道交通二号线首通段开通试运行，临江国际会展中心、市儿童医院新院区建成投用。",
}

SAFETY = {
    2022: "慎终如始抓好常态化疫情防控，加强重点场所和重点人群管理。扎实开展安全生产专项整治"
          "三年行动，生产安全事故起数和死亡人数实现“双下降”。妥善处置汛期强降雨，确保了临江"
          "干流安全度汛。",
    2023: "因时因势优化疫情防控措施，平稳实现防控转段，全力保障群众就医用药。深入开展自建房"
          "安全专项整治，排查整治隐患房屋2300余栋。稳妥处置个别房地产项目逾期交付问题，保交楼"
          "工作取得积极进展。",
    2024: "深入开展重大事故隐患专项排查整治，全年整改各类隐患1.6万处。稳步推进地方债务风险"
          "化解，政府债务风险总体可控。建成市级社会治理综合指挥平台，12345热线诉求办结率保持"
          "较高水平，矛盾纠纷多元化解机制不断完善。",
    2025: "全面完成安全生产治本攻坚三年行动年度任务，燃气管道老化更新改造有序推进。债务风险"
          "化解取得阶段性成效，融资平台数量和债务规模“双压降”。扎实开展矛盾纠纷排查化解，"
          "信访总量持续下降，社会大局保持和谐稳定。",
}

YEAR_IS = {
    2022: "2022年是党的二十大召开之年，是实施“十四五”规划承上启下的重要一年。",
    2023: "2023年是全面贯彻落实党的二十大精神的开局之年。",
    2024: "2024年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。",
    2025: "2025年是“十四五”规划收官之年，也是为“十五五”良好开局打牢基础的关键之年。",
}

THEME = {
    2022: "聚焦“十四五”目标任务",
    2023: "全力推动经济运行整体好转",
    2024: "巩固和增强经济回升向好态势",
    2025: "高质量完成“十四五”规划目标任务",
}


def gwr_blocks(year: int, trade: bool = True) -> list[Block]:
    """The report's body; trade=False leaves out the 进出口 clause (the newspaper's 摘编 does)."""
    d = YEARS[year]
    trade_clause = f"进出口总额{d['trade']}{d['trade_unit']}，增长{d['trade_g']}%；" if trade else ""
    prev = year - 1
    b: list[Block] = [
        Block("salute", [("各位代表：", False)]),
        P("现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。"),
        H(f"一、{prev}年工作回顾"),
        P(INTRO[year]),
        P(f"全市地区生产总值达到{d['gdp']}亿元，增长{d['gdp_g']}%；一般公共预算收入{d['rev']}亿元，"
          f"增长{d['rev_g']}%；城镇新增就业{d['jobs']}万人，城镇调查失业率{d['unemp']}%；居民消费"
          f"价格涨幅{d['cpi']}%；粮食产量{d['grain']}万吨；{trade_clause}"
          f"居民人均可支配收入{d['inc']}元，增长{d['inc_g']}%；单位地区生产"
          f"总值能耗下降{d['energy']}%。一年来，我们主要做了以下工作："),
        P(f"坚持项目为王，实施市级重点项目{d['proj']}个，完成投资{d['proj_inv']}亿元，新开工亿元以上"
          f"项目{d['big']}个。{PROJECTS[year]}促进消费提质扩容，开展“乐购临江”系列促消费活动，社会消费品零售总额"
          f"{d['retail']}亿元，增长{d['retail_g']}%。",
          "（一）着力扩大有效需求，经济运行总体平稳。"),
        P(f"深入实施创新驱动发展战略，新增高新技术企业{d['hte']}家，总数达到{d['hte_total']}家；"
          f"全社会研发经费投入强度达到{d['rd']}%。规模以上工业增加值增长{d['ind']}%，新能源汽车零部件、"
          f"生物医药、新型材料三大产业集群加快成长。推动数字经济和实体经济融合发展，一批智能工厂和"
          f"数字化车间建成运行，临江科创走廊建设取得阶段性成效。",
          "（二）着力推动产业升级，发展动能持续增强。"),
        P(f"深化“放管服”改革，企业开办实现一日办结，政务服务事项网上可办率稳定在较高水平，新增经营"
          f"主体{d['mkt']}万户。稳住外贸外资基本盘，实际使用外资{d['fdi']}亿美元，综合保税区、跨境电商"
          f"综合试验区功能不断完善，开放型经济水平稳步提升。",
          "（三）着力深化改革开放，营商环境持续优化。"),
        P(f"扎实推进城市更新，改造城镇老旧小区{d['old']}个，惠及居民{d['old_h']}万户；新建改建农村公路"
          f"{d['road']}公里，农村人居环境整治深入推进。坚持生态优先，打好蓝天、碧水、净土保卫战，"
          f"空气质量优良天数比例达到{d['air']}%，临江干流水质稳定保持在Ⅱ类。",
          "（四）着力统筹城乡发展，城市品质不断提升。"),
        P(f"民生支出占一般公共预算支出比重达到{d['mins']}%。新增中小学和幼儿园学位{d['seats']}万个，"
          f"城乡居民基本医疗保险财政补助标准进一步提高，养老服务设施和社区嵌入式服务网点加快建设。"
          f"年初承诺的十件民生实事全部办结，安全生产形势总体稳定，社会大局和谐安宁。",
          "（五）着力保障和改善民生，人民群众获得感不断增强。"),
        P(SAFETY[year], "（六）着力统筹发展和安全，社会大局和谐稳定。"),
        P("各位代表！这些成绩的取得，是市委坚强领导的结果，是市人大、市政协监督支持的结果，是全市"
          "人民团结奋斗的结果。在此，我代表市人民政府，向全市广大干部群众，向各位人大代表、政协委员，"
          "向各民主党派、工商联、无党派人士和各人民团体，向驻临部队官兵，向所有关心支持临江发展的"
          "各界人士，表示衷心的感谢！"),
        P("同时，我们也清醒看到，发展中还存在不少困难和问题：经济持续回升的基础还不够稳固，有效需求"
          "仍然不足；产业结构偏重，新动能培育还需加力；部分企业生产经营困难，地方财政收支矛盾突出；"
          "教育、医疗、养老等公共服务还有短板；政府工作作风和服务效能与群众期待还有差距。对这些问题，"
          "我们将采取有力措施认真加以解决。"),
        H(f"二、{year}年工作安排"),
        P(f"{YEAR_IS[year]}做好今年政府工作，要坚持稳中求进工作总基调，"
          f"完整、准确、全面贯彻新发展理念，{THEME[year]}，统筹发展和安全，努力实现经济质的有效提升"
          f"和量的合理增长。"),
        P(f"今年全市经济社会发展的主要预期目标是：地区生产总值增长{d['t_gdp']}%左右；一般公共预算收入"
          f"增长{d['t_rev']}%左右；城镇新增就业{d['t_jobs']}万人以上，城镇调查失业率控制在"
          f"{d['t_unemp']}%以内；居民消费价格涨幅{d['t_cpi']}%左右；居民人均可支配收入增长与经济增长"
          f"基本同步；粮食产量稳定在{d['t_grain']}万吨以上；单位地区生产总值能耗下降{d['t_energy']}%"
          f"左右，生态环境质量持续改善。{TARGET_NOTE[year]}"),
        P("实现上述目标，重点抓好以下几个方面工作：", ""),
        P(f"计划实施市级重点项目{d['t_proj']}个，年度计划投资{d['t_inv']}亿元，滚动推进项目谋划储备，"
          f"确保项目早开工、早投产、早见效。稳定和扩大汽车、家电、家居等大宗消费，培育数字消费、"
          f"绿色消费、健康消费等新增长点，办好各类展会和消费节庆活动。",
          "（一）持续扩大有效需求。"),
        P("实施制造业重点产业链高质量发展行动，推进传统产业技术改造和智能化改造，培育壮大新能源、"
          "新材料、生物医药等战略性新兴产业。加快科创走廊和创新平台建设，强化企业科技创新主体地位，"
          "完善科技成果转化和人才引育机制。",
          "（二）加快建设现代化产业体系。"),
        P("持续优化营商环境，落实好各项减税降费政策，依法保护民营企业产权和企业家权益。稳住外贸"
          "基本盘，支持企业开拓多元化市场，提升综合保税区和口岸功能，积极有效利用外资。",
          "（三）深化改革扩大开放。"),
        P(f"深入实施城市更新行动，计划改造城镇老旧小区{d['t_old']}个，加快地下管网等基础设施建设。"
          f"全面推进乡村振兴，守牢耕地保护红线，抓好粮食和重要农产品稳产保供。深入打好污染防治"
          f"攻坚战，推进重点领域节能降碳。",
          "（四）推进城乡融合和绿色发展。"),
        P("坚持就业优先，强化高校毕业生、农民工等重点群体就业帮扶。推进基础教育扩优提质，加强"
          "基层医疗卫生服务能力建设，完善养老托育服务体系。继续办好十件民生实事，统筹发展和安全，"
          "有效防范化解重点领域风险，维护社会和谐稳定。",
          "（五）切实保障和改善民生。"),
        P("坚持总体国家安全观，深入开展安全生产治本攻坚，加强防汛抗旱和地质灾害防治，稳妥化解"
          "地方债务、房地产等领域风险。深化平安临江、法治临江建设，坚持和发展新时代“枫桥经验”，"
          "健全城乡基层治理体系，推动信访工作法治化。",
          "（六）统筹发展和安全。"),
        H("三、切实加强政府自身建设"),
        P("新征程上，政府工作面临新任务新要求。我们要坚持依法行政，自觉接受市人大及其常委会的法律"
          "监督和工作监督，自觉接受市政协的民主监督，主动接受社会和舆论监督。持之以恒加强作风建设，"
          "力戒形式主义、官僚主义，坚持过紧日子，把有限的资金更多用于发展所需、民生所盼。"),
        P("各位代表！使命呼唤担当，实干成就未来。让我们在市委的坚强领导下，团结依靠全市人民，"
          "坚定信心、埋头苦干，为全面建设社会主义现代化临江不懈奋斗！"),
    ]
    return b


def make_gwr(out: Path, year: int) -> None:
    d = YEARS[year]
    doc = OfficialDoc(out / f"linjiang-gwr-{year}.pdf", f"临江市政府工作报告（{year}年）",
                      f"临江市{year}年政府工作报告")
    doc.centered("政府工作报告", 26, True, 40, 44)
    doc.centered(f"——{d['date']}在临江市{d['session']}上", 14, False, 0, 26)
    doc.centered(f"临江市市长　{MAYOR}", 14, False, 0, 44)
    for block in gwr_blocks(year):
        doc.add(block)
    doc.save()


# --------------------------------------------------------------------------------------------
# 人大常委会工作报告 2024.


def renda_blocks() -> list[Block]:
    return [
        Block("salute", [("各位代表：", False)]),
        P("我受市人民代表大会常务委员会委托，向大会报告工作，请予审议。"),
        H("一、2023年主要工作"),
        P("2023年，市人大常委会坚持党的领导、人民当家作主、依法治国有机统一，紧扣全市中心工作，"
          "依法履行立法、监督、决定、任免等职权，全年召开常委会会议8次、主任会议21次，各项工作取得"
          "新进展。"),
        P("围绕城市治理和民生保障的迫切需要，全年制定地方性法规4件，修改3件，废止1件。《临江市"
          "养犬管理条例》《临江市河道管理条例》等法规公布施行，回应了群众关切。坚持开门立法，"
          "通过基层立法联系点征集意见建议1260余条，对规范性文件开展备案审查57件。",
          "（一）坚持立法为民，以良法促进发展保障善治。"),
        P("紧扣经济运行和民生热点，开展执法检查6次、专题询问2次，听取和审议专项工作报告18个。"
          "围绕优化营商环境、生态环境保护、养老服务体系建设等开展跟踪监督，推动解决了一批群众"
          "反映强烈的问题。首次听取和审议市政府关于国有资产管理情况的综合报告，加强预算审查监督和"
          "国有资产管理情况监督。",
          "（二）坚持依法监督，推动党中央决策部署和市委工作要求落地见效。"),
        P("依法就城市更新、教育布局规划、财政预算调整等重大事项作出决议决定9项。坚持党管干部原则"
          "与人大依法任免有机统一，全年任免国家机关工作人员126人次，组织新任命人员进行宪法宣誓。",
          "（三）坚持依法决定和任免，保证市委决策主张成为全市人民的共同意志。"),
        P("市十六届人大三次会议以来，代表提出的建议、批评和意见412件，已全部办理答复，其中所提"
          "问题得到解决或列入计划逐步解决的占81.3%。组织代表开展视察调研23次，参加代表1100余人次。"
          "新建和提升代表联络站36个，举办代表履职学习班5期，培训代表680余人次。",
          "（四）坚持尊重代表主体地位，支持和保障代表依法履职。"),
        P("深入开展主题教育，加强常委会组成人员和机关干部队伍建设，健全议事规则和工作制度，推进"
          "数字人大建设，全市人大工作的整体实效不断提升。",
          "（五）坚持全面从严治党，加强常委会自身建设。"),
        P("在肯定成绩的同时，我们也清醒认识到，常委会工作还存在一些不足：立法的精准性、针对性有待"
          "增强；监督工作的刚性和实效还需提升；服务保障代表履职的方式方法需要进一步创新。我们将"
          "虚心听取各方面意见，认真加以改进。"),
        H("二、2024年主要任务"),
        P("2024年，常委会将坚持稳中求进，围绕中心、服务大局，依法履职尽责。拟制定地方性法规3件，"
          "修改2件，重点做好城市排水、历史文化名城保护等方面的立法工作。计划开展执法检查5次、专题"
          "询问2次，听取和审议专项工作报告16个，持续加强预算审查监督和国有资产管理情况监督。"),
        P("健全代表联系群众制度，提高代表建议办理质量，推动办理工作由“重答复”向“重落实”转变。"
          "加强常委会自身建设，努力建设让党放心、让人民满意的政治机关、权力机关、工作机关、代表机关。"),
        P("各位代表！让我们更加紧密地团结在以习近平同志为核心的党中央周围，在市委的坚强领导下，"
          "依法履职、担当作为，为奋力谱写临江高质量发展新篇章作出新的更大贡献！"),
    ]


def make_renda(out: Path) -> None:
    doc = OfficialDoc(out / "linjiang-renda-2024.pdf", "临江市人民代表大会常务委员会工作报告（2024年）",
                      "临江市人民代表大会常务委员会工作报告 2024")
    doc.centered("临江市人民代表大会", 24, True, 30, 36)
    doc.centered("常务委员会工作报告", 24, True, 0, 40)
    doc.centered("——2024年1月16日在临江市第十六届人民代表大会第四次会议上", 14, False, 0, 26)
    doc.centered("临江市人大常委会主任　韩卫东", 14, False, 0, 44)
    for block in renda_blocks():
        doc.add(block)
    doc.save()


# --------------------------------------------------------------------------------------------
# The broadsheet page: 临江日报, 2024年1月16日, 第3版.


class Broadsheet:
    W, H = BROADSHEET
    MARGIN = 40.0
    COLS = 5
    GUTTER = 16.0
    SIZE = 12.5
    LEADING = 19.5

    def __init__(self, path: Path) -> None:
        self.c = new_canvas(path, BROADSHEET, "临江日报 2024年1月16日 第3版")
        self.colw = (self.W - 2 * self.MARGIN - (self.COLS - 1) * self.GUTTER) / self.COLS
        self.y = self.H - self.MARGIN

    def header(self) -> None:
        c = self.c
        top = self.H - self.MARGIN
        c.setFont(FONT, 11)
        c.drawString(self.MARGIN, top - 14, "2024年1月16日　星期二")
        c.drawRightString(self.W - self.MARGIN, top - 14, "3　要闻")
        toks = tokenize([("临江日报", True)], 16, split_numbers=False)
        w = sum(t.w for t in toks)
        draw_tokens(c, toks, self.W / 2 - w / 2, top - 16, 16, None, False)
        c.setLineWidth(2.0)
        c.line(self.MARGIN, top - 24, self.W - self.MARGIN, top - 24)
        c.setLineWidth(0.5)
        c.line(self.MARGIN, top - 28, self.W - self.MARGIN, top - 28)
        self.y = top - 28

    def centered(self, text: str, size: float, bold: bool, before: float, after: float) -> None:
        self.y -= before + size
        toks = tokenize([(text, bold)], size, split_numbers=False)
        w = sum(t.w for t in toks)
        draw_tokens(self.c, toks, self.W / 2 - w / 2, self.y, size, None, False)
        self.y -= after

    def right(self, text: str, size: float, before: float, after: float) -> None:
        self.y -= before + size
        self.c.setFont(FONT, size)
        self.c.drawRightString(self.W - self.MARGIN - 40, self.y, text)
        self.y -= after

    def banner(self, text: str) -> None:
        c = self.c
        self.y -= 10
        h = 26.0
        c.setFillGray(0.86)
        c.rect(self.MARGIN, self.y - h, self.W - 2 * self.MARGIN, h, stroke=0, fill=1)
        c.setFillGray(0)
        toks = tokenize([(text, True)], 15, split_numbers=False)
        w = sum(t.w for t in toks)
        draw_tokens(c, toks, self.W / 2 - w / 2, self.y - h + 8, 15, None, False)
        self.y -= h + 12

    def columns(self, paras: list[list[tuple[str, bool]]], x0: float, x1: float, ncols: int,
                size: float | None = None) -> list[list[tuple[list[Tok], bool]]]:
        """Set paragraphs in balanced justified columns between x0 and x1 from self.y down."""
        size = size or self.SIZE
        colw = (x1 - x0 - (ncols - 1) * self.GUTTER) / ncols
        lines: list[tuple[list[Tok], bool]] = []
        last: set[int] = set()
        for runs in paras:
            toks = tokenize(runs, size, split_numbers=True)
            wrapped = wrap(toks, colw - 2 * size, colw)
            lines.extend((line, i == 0) for i, line in enumerate(wrapped))
            last.add(len(lines) - 1)
        per = -(-len(lines) // ncols)
        top = self.y
        for k, (line, first) in enumerate(lines):
            col, row = divmod(k, per)
            x = x0 + col * (colw + self.GUTTER) + (2 * size if first else 0)
            y = top - size - row * self.LEADING
            lw = colw - (2 * size if first else 0)
            draw_tokens(self.c, line, x, y, size, lw, justify=k not in last)
        cols = [lines[i * per:(i + 1) * per] for i in range(ncols)]
        self.y = top - per * self.LEADING - 4
        return cols

    def text_columns(self, paras: list[list[tuple[str, bool]]]) -> list:
        return self.columns(paras, self.MARGIN, self.W - self.MARGIN, self.COLS)

    def save(self) -> None:
        self.c.showPage()
        self.c.save()


def daily_sections() -> list[tuple[str, list[list[tuple[str, bool]]]]]:
    """The 摘编: the 2024 report's own paragraphs, cut down, under the paper's own banners."""
    blocks = gwr_blocks(2024, trade=False)
    heads = [i for i, b in enumerate(blocks) if b.kind == "h1"]
    assert len(heads) == 3

    def body(i: int, j: int, drop: tuple[str, ...]) -> list[list[tuple[str, bool]]]:
        return [b.runs for b in blocks[i:j] if not b.runs[0][0].startswith(drop)]

    review = body(heads[0] + 1, heads[1], ("（六）", "各位代表"))
    plan = blocks[heads[1] + 1:heads[2]]
    split = next(i for i, b in enumerate(plan) if b.runs[0][0].startswith("实现上述目标"))
    targets = [b.runs for b in plan[:split]]
    tasks = [b.runs for b in plan[split + 1:] if not b.runs[0][0].startswith("（六）")]
    return [("2023年工作回顾", review),
            ("2024年主要预期目标", targets),
            ("2024年重点工作", tasks),
            ("切实加强政府自身建设", body(heads[2] + 1, heads[2] + 2, ()))]


def make_daily(out: Path) -> None:
    page = Broadsheet(out / "linjiang-gwr-2024-daily.pdf")
    page.header()
    page.centered("坚定信心　实干争先", 34, True, 18, 10)
    page.centered("奋力谱写临江高质量发展新篇章", 34, True, 6, 6)
    page.right("——2024年临江市政府工作报告摘编", 15, 12, 4)
    page.right("本报记者　陈晓岚　整理", 11, 8, 6)
    lead = [[("1月15日，在临江市第十六届人民代表大会第四次会议上，市长林志远代表市人民政府作"
              "政府工作报告。报告全面回顾了2023年工作，深入分析了当前发展面临的形势，提出了2024年"
              "经济社会发展的主要预期目标和重点工作，明确要巩固和增强经济回升向好态势，努力实现"
              "经济质的有效提升和量的合理增长。现将报告主要内容摘编如下。", False)]]
    page.columns(lead, page.MARGIN, page.W - page.MARGIN, 3, size=13)
    for title, paras in daily_sections():
        page.banner(title)
        page.text_columns(paras)
    # A second, unrelated article in a frame at the bottom of the page.
    c = page.c
    box_top = page.y - 14
    page.y = box_top - 8
    page.centered("城区新开通三条夜间公交线路", 18, True, 4, 4)
    page.centered("本报讯（记者　周一帆）", 10.5, False, 4, 8)
    news = [[("为方便市民夜间出行，市公交集团自1月15日起新开通夜间公交线路3条，运营时间为每日21时"
              "至次日1时，发车间隔约20分钟。新线路串联临江站、江滨商圈、老城步行街和大学城等夜间"
              "客流集中区域，全程票价2元，可使用交通卡、手机扫码和老年优待卡乘车。", False)],
            [("据介绍，三条线路分别编为夜1路、夜2路和夜3路，其中夜1路由临江站开往大学城，沿途"
              "设站22个；夜2路环绕老城运行，方便商圈从业人员下班返家；夜3路连接江滨商圈与东部"
              "新区多个大型居住社区。开通首日，三条线路共运送乘客3100余人次。", False)],
            [("市公交集团相关负责人表示，下一步将根据客流变化动态调整线路走向和发车班次，在沿线"
              "站台增设实时到站信息屏，并通过“临江公交”小程序及时发布运营信息，欢迎市民提出意见"
              "建议。", False)]]
    page.columns(news, page.MARGIN + 14, page.W - page.MARGIN - 14, 4)
    box_bottom = page.y - 6
    c.setLineWidth(1.2)
    c.rect(page.MARGIN, box_bottom, page.W - 2 * page.MARGIN, box_top - box_bottom, stroke=1, fill=0)
    if box_bottom < page.MARGIN:
        raise SystemExit("broadsheet overflows the page")
    page.save()


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path("samples")
    out.mkdir(parents=True, exist_ok=True)
    for year in YEARS:
        make_gwr(out, year)
    make_daily(out)
    make_renda(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
