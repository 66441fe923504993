"""Quantity spans in one sentence: number, scale, range, approximator and unit, minus the exclusions.

Works on `numbers.normalise`d text, which keeps every offset of the source sentence, so a span's
start/end index the original evidence too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from extractors.indicators.numbers import (
    CN_DIGITS,
    normalise,
    parse_arabic,
    parse_chinese,
    scale_of,
)

# Longest first: the alternation must prefer 人次 over 人 and 个百分点 over 个.
UNITS: tuple[str, ...] = tuple(sorted({
    "个多百分点", "个百分点", "百分点", "平方公里", "平方米", "千瓦时", "千瓦", "立方米", "标准箱", "公里",
    "千米", "公斤", "公顷", "美元", "欧元", "人次", "件次", "户次", "架次", "艘次", "家次", "项次", "场次", "元", "吨",
    "微克/立方米", "毫克/立方米", "个工作日", "工作日", "标准煤", "吨标准煤", "方面", "类",
    "标箱", "度", "平米", "‰", "人公里", "吨公里", "台件", "批次", "人年", "亩次",
    "斤", "亩", "%", "倍", "个", "项", "件", "次", "名", "人", "期", "场", "轮", "部", "条", "家",
    "所", "户", "座", "批", "辆", "台", "套", "处", "种", "艘", "架", "岁", "篇", "册", "份", "张",
    "例", "宗", "位", "间", "株", "棵", "头", "只", "块", "起", "股",
}, key=len, reverse=True))
UNIT_ALIASES: dict[str, str] = {"百分点": "个百分点", "平米": "平方米", "个工作日": "工作日", "标准箱": "标箱", "度": "千瓦时",
                                "个多百分点": "个百分点"}
# A rate's denominator belongs to its unit: 1000元/月 is no amount of 元, 2元/公里 neither.
PER_UNIT = r"/(?:月|年|人|户|吨|公里|千米|平方米|立方米|千瓦时|天|日|小时|次|人次|亩|辆|件|千人|万人|百人)"

# A unit glued to the next character into a word is no unit: 十部门, 两条例, 三项目.
UNIT_WORDS: frozenset[str] = frozenset({
    "部门", "部署", "部分", "人民", "人员", "人才", "人大", "人口", "条例", "条件", "场所", "场景",
    "期间", "所有", "所在", "批准", "批示", "处理", "处置", "家庭", "家园", "名单", "名义", "名称",
    "次数", "项目", "台阶", "户籍", "座谈", "轮流", "种类", "件事", "个人", "个体", "个性", "位置",
    "间隔", "块头", "头部", "起来", "起步", "起点", "只有", "只要", "张力", "份额", "条线",
    "元素", "元宵", "个月", "部件", "轮车", "个方", "名胜", "期货", "期刊", "次产", "类型", "类别",
    "类似", "期工", "度假", "股份", "股权", "股东", "股票", "股市",
})

PRE_APPROX: dict[str, str] = {
    "大约": "approx", "约": "approx", "将近": "below", "接近": "below", "近": "below",
    "不到": "below", "不足": "below", "低于": "below", "少于": "below",
    "逾": "at_least", "超过": "at_least", "突破": "at_least", "不低于": "at_least",
    "不少于": "at_least", "多于": "at_least", "高于": "at_least", "超": "at_least",
    "上": "at_least", "破": "at_least",
    "至少": "at_least", "最少": "at_least",
    "不超过": "at_most", "不高于": "at_most", "最多": "at_most",
}
POST_APPROX: dict[str, str] = {
    "左右": "approx", "上下": "approx", "以上": "at_least", "以下": "at_most",
    "以内": "at_most", "之内": "at_most",
}

_AR = r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CN = r"[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?"
_VAGUE = r"(?:数|几|上)[十百千万]+|[一二三四五六七八九]?十几|几[十百千万]+"
# 2万5千公里: Arabic digits with the positions spelt out after them
_MIXED = r"\d{1,4}万\d[千百](?:\d[百十])?"
_NUM = rf"(?:{_MIXED}|{_AR}|{_CN})"
_SCALE = r"(?:万亿|千亿|百亿|亿|千万|百万|万|千)"
_UNIT = "|".join(re.escape(u) for u in UNITS)
# (国际条约187个, 节约资金…: the 约 of a word is no approximator)
_PRE = "|".join(sorted(PRE_APPROX, key=len, reverse=True)).replace("|约", "|(?<![条节契合公制预相签履])约")
_POST = "|".join(POST_APPROX)
_DASH = r"(?:-|—|–|~|至|到)"

QUANTITY_RE = re.compile(
    rf"(?P<pre>{_PRE})?"
    rf"(?:百分之(?P<pct>{_NUM})(?:{_DASH}(?:百分之)?(?P<pct2>{_NUM})(?![\d.零〇一二两三四五六七八九十百年月日号])"
    rf"|、(?P<pct3>[二三四五六七八九])(?![\d.零〇一二两三四五六七八九十百]))?"
    rf"|(?P<vague>{_VAGUE})(?P<vunit>{_UNIT})"
    rf"|(?:(?P<lo>{_NUM})(?P<loscale>{_SCALE})?(?P<lounit>{_UNIT})?{_DASH})?"
    rf"(?P<num>{_NUM})(?P<mid>[余多])?(?P<scale>{_SCALE})?(?P<mid2>[余多])?(?P<unit>{_UNIT})(?P<per>{PER_UNIT})?"
    rf"(?P<tail>[余多](?=[，,。；;、）)]|$))?"
    # 用户3.4亿、, 2100万城乡劳动者: an Arabic count scaled by 万/亿 needs no unit word
    rf"|(?P<bnum>{_AR})(?P<bmid>[余多])?(?P<bscale>万亿|亿|万)(?P<bmid2>[余多])?(?![年分之])"
    rf"(?=[\u4e00-\u9fff，,。；;、）)]|$))"
    rf"(?P<post>{_POST})?"
)
DOUBLING_RE = re.compile(r"(?P<near>接近|将近|近)?翻(?:了)?(?P<n>一|两|二|三)番(?P<more>多)?")


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    value: float | None
    unit: str
    low: float | None = None
    high: float | None = None
    approx: str | None = None
    cn_numeral: bool = False  # written in Chinese numerals (slogans and set phrases use these)
    vague: bool = False


def _protected_spans(text: str, max_len: int = 40) -> list[tuple[int, int]]:
    """Spans inside “…”, ‘…’, 《…》, 「…」: names and slogans, never quantities.

    A pair longer than max_len is ignored: an unbalanced quote would otherwise hide the rest of
    the paragraph.
    """
    spans = []
    for open_, close in (("“", "”"), ("‘", "’"), ("《", "》"), ("「", "」"), ('"', '"')):
        i = 0
        while True:
            a = text.find(open_, i)
            if a < 0:
                break
            b = text.find(close, a + 1)
            if b < 0:
                break
            if b - a <= max_len:
                spans.append((a, b + 1))
            i = b + 1
    return spans


def _number(token: str) -> float:
    token = normalise(token)
    if re.fullmatch(_AR, token):
        return parse_arabic(token)
    if re.fullmatch(_MIXED, token):
        return parse_chinese(token.translate(_DIGIT_WORDS))
    return parse_chinese(token)


_DIGIT_WORDS = str.maketrans("0123456789", "零一二三四五六七八九")


def _scaled(value: float, scale: str | None) -> float:
    """value × scale word, rounded so 2.18万亿 is 2180000000000, not …0002."""
    return float(Decimal(repr(value)) * Decimal(repr(scale_of(scale))))


def _is_cn(token: str | None) -> bool:
    return bool(token) and not re.search(r"\d", token)


def _cn_range(token: str) -> tuple[float, float] | None:
    """五六百 → (500, 600), 三四 → (3, 4): two consecutive digits share the position after them."""
    m = re.fullmatch(r"([一二两三四五六七八九])([二两三四五六七八九])([十百千万亿]*)", token)
    if not m or CN_DIGITS[m.group(2)] != CN_DIGITS[m.group(1)] + 1:
        return None
    factor = parse_chinese("一" + m.group(3)) if m.group(3) else 1.0
    return CN_DIGITS[m.group(1)] * factor, CN_DIGITS[m.group(2)] * factor


def _excluded(text: str, m: re.Match, protected: list[tuple[int, int]]) -> bool:
    start, end = m.start(), m.end()
    if any(a <= start < b for a, b in protected):
        return True
    before = text[:start].rstrip()
    prev = before[-1:] if before else ""
    nxt = text[end:end + 1]
    # Ordinals (第十六届), session numbers (十二届三次全会), names with digits (PM2.5, 5G).
    # (GDP4.77亿元: a measure's Latin name before an amount is no name with digits)
    if prev in ("第", "届") or re.match(r"[A-Za-z]", nxt) or (
            re.match(r"[A-Za-z]", prev) and not (re.search(r"(?:GDP|CPI|PPI|GNP)$", before)
                                                 and (m.group("unit") or m.group("vunit")))):
        return True
    if prev in (".", "．") or re.match(r"\d", prev):
        return True
    # 已经过去3个多月: a while, no count of things
    if (m.group("unit") or "") == "个" and re.match(r"多?月", text[end:]):
        return True
    # 以十倍的疯狂，百倍的仇恨: a multiple in words before 的 and a noun is a figure of speech
    if (m.group("unit") == "倍" and text[end:end + 1] == "的"
            and re.fullmatch(r"[一二两三四五六七八九]?[十百千万]", m.group("num") or "")):
        return True
    # 新36条, 国十条: a policy's name counts its articles, it is not a quantity of the year
    if prev in ("新", "国") and (m.group("unit") or "") == "条":
        return True
    unit = m.group("unit") or m.group("vunit") or ""
    if unit and (unit + text[end:end + 1]) in UNIT_WORDS and not m.group("post"):
        return True
    # 首个出口超千亿美元的城市, 吞吐量超亿吨的港口: the class a place is ranked in, not its figure
    if re.match(r"(?:以上)?的(?:[\u4e00-\u9fff]{0,4}?)(?:城市|地区|省份|国家|经济体|口岸|港口|机场)(?:之一)?(?![\u4e00-\u9fff])",
                text[end:]) and re.search(r"(?:首个|第一个|唯一|之一|少数|个)[^，。；]{0,12}$", before):
        return True
    # 三十亿元级重大工业项目, 10亿元级以上项目: a size class of the things counted, not an amount;
    # so is 超亿元 between a count and its things (66个超亿元项目落地)
    if unit in ("元", "美元") and re.match(r"级", text[end:]):
        return True
    if (re.search(r"\d[万千]?[个项家批宗所座]$", before)
            and ((unit in ("元", "美元") and m.group("pre")) or m.group("post") in ("以上", "以下"))
            and re.match(r"(?:以上|以下)?的?[\u4e00-\u9fff]", text[end:])):
        return True  # (and 1.2万个200平方米以上餐饮单位: the size of the things counted)
    # 抓好以下十项工作: the report's own signposts; 在全国168个重点城市中位居前列: the size of the
    # group a place is ranked in
    if re.search(r"(?:以下|如下|下列|下面)$", before) and re.match(r"(?:方面)?(?:的)?(?:工作|任务|措施|内容|方面|事情)",
                                                                 text[end:]):
        return True
    if re.search(r"在[^，。；]{0,8}$", before) and re.match(r"[\u4e00-\u9fff]{0,10}?中(?:位居|排名|排在|居|名列|位列)",
                                                            text[end:]):
        return True
    # 95%以上村集体经营性收入超10万元: the threshold that picks the things a share is of
    if m.group("pre") and re.search(r"[0-9０-９.]+[%％](?:以上|以下)?的?[\u4e00-\u9fff]{2,16}$", before):
        return True
    # 5名得主中，2人来自深圳: the group a part is counted out of; 310条河流优良水体比例达90.1%: the
    # things a rate is taken over
    # (but 39种工业产品产量占全国比重超10%, 9个区…均超过90%: a count of the things past a threshold)
    rate = re.match(r"[\u4e00-\u9fff（）()]{1,20}?(?:比例|比率|比重|占比|率(?!先))([\u4e00-\u9fff]{0,6}?)[0-9０-９]",
                    text[end:])
    if unit in CLASSIFIER_UNITS and (
            re.match(r"[\u4e00-\u9fff]{1,8}中[，,]?[0-9０-９一二两三四五六七八九十]", text[end:])
            or (rate and not re.search("超|突破|高于|以上|均|都", rate.group(1)))):
        return True
    # 淘汰30万千瓦以下煤电机组, 10蒸吨以下燃煤锅炉: a size bound glued to the things it picks
    bound_end = end + (3 if re.match(r"及以[上下]", text[end:]) else 0)
    if (unit in SIZE_BOUND_UNITS and (m.group("post") in ("以上", "以下") or bound_end > end)
            and re.match(r"[\u4e00-\u9fff]", text[bound_end:bound_end + 1])
            and not re.match(r"(?:的|目标|任务|水平|左右|规模|和|及|与|并|且|或|惠及|带动|建成|完成|可|以及)", text[bound_end:])):
        return True
    # 13亿中国人, 14亿多中国人民: the nation named by its size, not a count of the year
    if re.match(r"(?:多)?(?:中国人|各族人民|中国人民|人民(?!币)|同胞)", text[end:]) and re.search(r"亿", m.group()):
        return True
    # 小麦最低收购价每50公斤提高5到7元, 每10万人口拥有医生30人: the quantity a rate is per, not a figure
    if prev == "每" and re.match(r"[^，,；;。]{0,8}?\d", text[end:]):
        return True
    # 60岁以上老人: an age that bounds who is meant, not a figure
    if unit == "岁" and re.match(r"(?:以上|以下|及以上)?的?(?:老人|老年人|儿童|婴幼儿|幼儿|青少年|人口|居民|人员|群体)",
                                 text[m.end("unit"):m.end("unit") + 8]):
        return True
    # 前15位的零售企业, 前三名, ESI前1%: a rank, not a count
    if prev == "前" and unit in ("位", "名", "%"):
        return True
    num = m.group("num") or ""
    cn = bool(num) and not re.search(r"\d", num)
    # 二次供水, 二次创业: 二次 glued to a noun means secondary (a count of occasions says 两次)
    if cn and num == "二" and unit == "次" and re.match(r"[\u4e00-\u9fff]", nxt):
        return True
    # 轨道交通三期四期, 盐田港区三期, 三期12个在建项目: a project's phase, not a count of
    # sessions (举办三期培训班 counts sessions: a verb stands before it)
    if cn and unit == "期" and not re.search(r"(?:举办|开办|开展|培训|组织|举行|办)$", before):
        return True
    # 三次全会, 两次会议: a session's number, not a count of sessions held
    # (七届六次、七次、八次全会: each of a list of them)
    return bool(unit == "次" and re.match(r"(?:、[一二三四五六七八九十]+次)*(?:全会|会议|全体会议|代表大会|党代会)",
                                         text[end:]))


SIZE_BOUND_UNITS: frozenset[str] = frozenset({"千瓦", "蒸吨", "吨", "千伏", "伏", "平方米", "立方米", "米", "亩", "马力"})
# Classifiers: a number before one counts the things named after it (36项制度创新举措).
CLASSIFIER_UNITS: frozenset[str] = frozenset("个项件次名人期场轮部条家所户座批辆台套处种艘架篇册份张例宗位间株棵头只块起类")
# Classifiers counting events: 两次召开, 两轮督查 are counts, unlike 两个维护, 两级人大.
VERBAL_CLASSIFIERS: frozenset[str] = frozenset({"次", "轮", "人次", "件次"})
SET_PHRASE_UNITS: frozenset[str] = frozenset({"个", "项", "条", "种", "大", "张", "类", "篇"})


def _set_phrase(text: str, q: Quantity, limit: float = 10) -> bool:
    """四个机关, 两个确立, 五项任务: a small count in Chinese numerals glued to its noun names a
    slogan, not a measured quantity."""
    if q.cn_numeral and q.value == 1 and q.unit in ("批", "系列"):
        return True  # 突破一批核心技术: a number of them, not one batch
    if not q.cn_numeral or q.value is None or q.value >= limit or q.unit not in SET_PHRASE_UNITS:
        return False
    return bool(re.match(r"[\u4e00-\u9fff“]", text[q.end:q.end + 1]))


def _scan_doubling(text: str) -> list[Quantity]:
    out = []
    for m in DOUBLING_RE.finditer(text):
        n = {"一": 1, "两": 2, "二": 2, "三": 3}[m.group("n")]
        out.append(Quantity(m.start(), m.end(), float(2 ** n), "倍", cn_numeral=True,
                            approx="over" if m.group("more") else "below" if m.group("near") else None))
    return out


# A price index stated as a bare number (居民消费价格指数104左右, 商品零售价格指数为102.5): a
# level with the previous year at 100, the same figure as 指数104%.
BARE_INDEX_RE = re.compile(rf"价格(?:总)?指数(?:为|是|控制在|保持在|在)?(?P<n>\d{{2,3}}(?:\.\d+)?)(?P<post>{_POST})?"
                           r"(?![\d.%％点个万亿])")


def _bare_indexes(text: str) -> list[Quantity]:
    return [Quantity(m.start("n"), m.end(), float(m.group("n")), "%",
                     approx=POST_APPROX.get(m.group("post") or ""))
            for m in BARE_INDEX_RE.finditer(text) if 50 <= float(m.group("n")) <= 200]


def find_quantities(sentence: str) -> list[Quantity]:
    """Every quantity stated in the sentence, in order, exclusions removed."""
    text = normalise(sentence)
    protected = _protected_spans(text)
    found: list[Quantity] = []
    for m in QUANTITY_RE.finditer(text):
        if _excluded(text, m, protected):
            continue
        q = _build(m)
        if q is None or _set_phrase(text, q):
            continue
        found.append(q)
    found = [q for k, q in enumerate(found) if not _threshold(text, q, found[k + 1:])]
    for k in range(len(found) - 2, -1, -1):  # 分别净减少10.6万、3.8万、3.3万平方公里: the list's unit
        q, nxt = found[k], found[k + 1]
        if not q.unit and nxt.unit and q.value is not None and text[q.end:nxt.start] == "、":
            found[k] = replace(q, unit=nxt.unit)
    found += _shared_unit_lists(text, found, protected)
    taken = [(q.start, q.end) for q in found]
    for q in _scan_doubling(text) + _bare_indexes(text):
        if not any(a < q.end and q.start < b for a, b in taken) and not any(
                a <= q.start < b for a, b in protected):
            found.append(q)
    return sorted(found, key=lambda q: q.start)


THRESHOLD_NOUN = re.compile(r"(?:以上|及以上)?的?[\u4e00-\u9fff]{0,8}?(?:企业|项目|工程|公司|集团|产业集群|大项目)"
                            r"(?:达|有|共|为|超过|超)?")


def _threshold(text: str, q: Quantity, later: list[Quantity]) -> bool:
    """营业收入超五百亿元企业达22家, 超10亿元重大产业项目10个: an amount that sizes the things
    counted after it is part of their name, not a figure of its own."""
    if q.unit not in ("元", "美元") or not later:
        return False
    m = THRESHOLD_NOUN.match(text, q.end)
    return bool(m) and m.end() == later[0].start


_LIST_ITEM = re.compile(rf"(?<![\d.第])({_AR})(?:、|和|及)$")


def _shared_unit_lists(text: str, found: list[Quantity],
                       protected: list[tuple[int, int]]) -> list[Quantity]:
    """分别支出68.6、29.2、34.2亿元: bare Arabic numbers listed before a quantity take its scale
    and unit."""
    out: list[Quantity] = []
    for q in found:
        if q.cn_numeral or q.value is None or not q.unit:
            continue
        m = re.match(rf"({_AR})(?P<scale>{_SCALE})?", text[q.start:])
        if not m:
            continue  # an approximator before the number (约68.6、29.2亿元) is not a plain list
        pos = q.start
        while (item := _LIST_ITEM.search(text, max(0, pos - 40), pos)) and not any(
                a <= item.start() < b for a, b in protected):
            try:
                value = _scaled(_number(item.group(1)), m.group("scale"))
            except ValueError:
                break
            out.append(Quantity(item.start(1), item.end(1), value, q.unit, approx=q.approx))
            pos = item.start()
    return out


def _build(m: re.Match) -> Quantity | None:
    pre, post = m.group("pre"), m.group("post")
    approx = PRE_APPROX.get(pre or "") or POST_APPROX.get(post or "")
    if (m.group("mid") or m.group("mid2") or m.group("tail") or m.group("bmid") or m.group("bmid2")
            or m.group("unit") == "个多百分点"):
        approx = approx or "over"  # 550多万公里, 增长一倍多, 提高2个多百分点
    start = m.start()
    if m.group("bnum") is not None:
        try:
            value = _scaled(_number(m.group("bnum")), m.group("bscale"))
        except ValueError:
            return None
        return Quantity(start, m.end(), value, "", approx=approx)
    if m.group("pct") is not None:
        try:
            value = _number(m.group("pct"))
            high = _number(m.group("pct2")) if m.group("pct2") else None
            if m.group("pct3") and _number(m.group("pct3")) == value + 1:
                high = value + 1  # 百分之二、三: two neighbouring digits, a range
        except ValueError:
            return None
        if high is not None and high > value:  # 百分之四到五, 百分之四到百分之五: a range
            return Quantity(start, m.end(), None, "%", low=value, high=high, approx=approx,
                            cn_numeral=_is_cn(m.group("pct")))
        return Quantity(start, m.end(), value, "%", approx=approx, cn_numeral=_is_cn(m.group("pct")))
    if m.group("vague") is not None:
        return Quantity(start, m.end(), None, _unit(m.group("vunit")), approx="approx",
                        cn_numeral=True, vague=True)
    num, unit = m.group("num"), _unit(m.group("unit")) + (m.group("per") or "")
    cn = _is_cn(num)
    # 上 only approximates a bare position word (上百, 上千): elsewhere it is a verb or a place.
    if pre == "上" and not re.fullmatch(r"[百千万]", num):
        start += 1
        approx = POST_APPROX.get(post or "") or ("over" if m.group("mid") or m.group("mid2") else None)
        pre = None
    if cn:
        if num in ("零", "〇"):
            return None  # 零部件, 零容忍: a bare zero is a word, not a count
        if re.fullmatch(r"[百千万亿]+", num):
            if pre is None and post is None and not (m.group("mid") or m.group("mid2")):
                return None  # 千家万户, 每万人口: a bare position word needs 逾/近/上 or 以上
            try:  # 近万亿元, 破千亿, 保持在万亿元以上: one of that position
                value = _scaled(parse_chinese("一" + num), m.group("scale"))
            except ValueError:
                return None
            return Quantity(start, m.end(), value, unit, approx=approx, cn_numeral=True,
                            vague=bool(m.group("mid") or m.group("mid2")))
        if (num in ("一", "两", "二") and not m.group("scale") and unit != "倍" and pre is None
                and not (num != "一" and unit in VERBAL_CLASSIFIERS)):
            return None  # 一个, 一批, 两级: an article or a set phrase, not a count (两次 is)
        rng = _cn_range(num + (m.group("scale") or ""))
        if rng is not None:
            return Quantity(start, m.end(), None, unit, low=rng[0], high=rng[1], approx=approx,
                            cn_numeral=True)
    try:
        if cn and "亿" in num and m.group("scale") == "万":
            value = parse_chinese(num + "万")  # 四亿零七百多万吨: the 万 of the part after 亿
        else:
            value = _scaled(_number(num), m.group("scale"))
    except ValueError:
        return None
    if not cn and m.group("lo") is None and pre is None and _negative(m.string, m.start("num")):
        return Quantity(m.start("num") - 1, m.end(), -value, unit, approx=approx)
    if m.group("lo") is not None:
        try:
            low = _scaled(_number(m.group("lo")), m.group("loscale") or m.group("scale"))
        except ValueError:
            return None
        lounit = _unit(m.group("lounit")) if m.group("lounit") else unit
        if lounit != unit or low >= value:
            # 2018-2022年… or 17%至… with a different unit: not a range, keep the second number
            start = m.start("num")
        else:
            return Quantity(start, m.end(), None, unit, low=low, high=value, approx=approx,
                            cn_numeral=cn)
    return Quantity(start, m.end(), value, unit, approx=approx, cn_numeral=cn)


def _negative(text: str, at: int) -> bool:
    """A minus sign right before the number (人口自然增长率-2.4‰, 增长−1.5%), not a dash
    between two numbers or a list's bullet."""
    return (at > 0 and text[at - 1] in "-−－" and (at < 2 or not text[at - 2].isdigit())
            and (at < 2 or text[at - 2] not in "-−－—"))


def _unit(u: str | None) -> str:
    return UNIT_ALIASES.get(u or "", u or "")


# A count scaled by 万/亿 without a unit word (3451.9万农村居民, 贫困人口减少1386万) counts what
# the noun after it, or the metric before it, names: people or households. Anything else (用户,
# 参保 of an insurance, 门 of telephones) is unclear and keeps no unit.
PEOPLE = (r"(?:人口|人民(?!币)|中国人|农民工|农民|居民|劳动者|劳动力|职工|学生|孩子|儿童|老人|群众|人员|毕业生|人才|志愿者|"
          r"教师|残疾人|老年人|[港澳台]人|香港人|澳门人|台湾同胞|纳税人|员额|收入群体|群体)"
          # (老年人助餐服务点位, 残疾人康复机构: the people name what the things serve)
          r"(?!助餐|服务|食堂|床位|设施|活动|中心|机构|康复|之家)")
HOUSEHOLDS = r"(?:农户|住户|家庭|贫困户)"
_PEOPLE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?" + PEOPLE)
_HOUSEHOLDS_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?" + HOUSEHOLDS)
# 450万农村沼气用户, 燃气管道…新增13万用户: users of a utility are households (1亿注册用户 of an app are not)
_USERS_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?用户")
_UTILITY = re.compile(r"燃气|沼气|供水|天然气|宽带|电力|用电|用水|管道|管网")
_PEOPLE_METRIC = re.compile(r"(?:" + PEOPLE + r"|人数)(?:总量|总数|规模)?$")
_HOUSEHOLDS_METRIC = re.compile(r"(?:" + HOUSEHOLDS + r"|户数)$")
# A count of visits or trips names its unit as the metric's last word (年出入境人次增至2.73亿).
_TRIPS_METRIC = re.compile(r"(人次|架次|艘次|车次|航次|标箱)$")


def implied_unit(sentence: str, q: Quantity, metric: str) -> str:
    """The unit a unitless count implies by the noun after it or the metric it counts: 人 for
    people (2100万城乡劳动者, 农村贫困人口1386万), 户 for households; '' when unclear."""
    if q.unit or q.value is None and q.low is None:
        return q.unit
    after = normalise(sentence[q.end:q.end + 12])
    if _PEOPLE_AFTER.match(after):
        return "人"
    if _HOUSEHOLDS_AFTER.match(after) or (_USERS_AFTER.match(after) and _UTILITY.search(sentence)):
        return "户"
    if _PEOPLE_METRIC.search(metric):
        return "人"
    if _HOUSEHOLDS_METRIC.search(metric):
        return "户"
    if trips := _TRIPS_METRIC.search(metric):
        return trips.group(1)
    return ""
