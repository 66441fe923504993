"""Where a figure sits: the report's year, and the modality and period its section and sentence give."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from extractors.indicators.metric import VERBS
from extractors.indicators.numbers import normalise, parse_chinese
from extractors.model import Block

YEAR = r"((?:19|20)\d{2})"

# A heading's words, when it names no year: 主要工作 says nothing by itself (2017年主要工作 plans,
# 2025年主要工作 in a 2026 report looks back), so the years a heading names come first.
ACTUAL_HEADING = re.compile(r"回顾|过去.{0,4}年|本届以来|五年来|成就|工作情况|执行情况|基本情况|主要进展")
TARGET_HEADING = re.compile(
    r"工作的?建议|工作任务|主要任务|重点任务|目标任务|目标与任务|奋斗目标|预期目标|主要目标|发展目标|"
    r"新的目标|重点工作|工作安排|总体要求|政策取向|今年|明年|工作部署|总体部署|工作思路|基本思路|"
    r"主要思路|今后|未来|展望")
AHEAD_TERM = re.compile(r"(?:今后|未来)(?:五|5)年")
# Spans other than the five-year term: 未来几年将投入106亿元 (ahead: a target of the years to
# come, how many unsaid), 这两年我们集中开工了…, 四年翻了一番多 (the years just past).
AHEAD_SPAN = re.compile(r"(?:今后|未来|此后)的?([两二三四五六七八九十几]|\d)年"
                        r"|([两二三四五六七八九十]|\d)年内(?=[^，,；;。]{0,20}?(?:将|要|力争|计划))"
                        r"|(?<=力争|争取|计划|确保)([两二三四五六七八九十]|\d)年内")  # 五年内国家财政将投入, 力争三年内新建
USING_YEARS = re.compile(r"用([两二三四五六七八九十]|\d)年(?:左右)?的?时间")
PLAN_FIVE_YEARS = re.compile(r"五年(?=新增|新建|建成|淘汰|累计|共|要|将|完成|实现|解决|改造|减少|增加)")
SPAN_BACK = re.compile(r"(?:这|近|过去的?|前)?(?<![一二三四五六七八九十百])([两二三四六七八九十])年"
                       r"(?:来|间|中|以来|里|累计|共|合计|翻|平均|年均|增长|提高|下降|减少|增加|$)"
                       r"|(?:这|近|过去的?|前)([两二三四六七八九十])年(?:内)?")  # (三年内 alone is ahead)
# …，两年来通过财政…，共建设5100多个项目: a clause opening on the span holds for the clauses after it
CLAUSE_SPAN_BACK = re.compile(r"[，,；;]\s*((?:这|近|过去的?)?[两二三四六七八九十]年(?:来|间|中|以来|里))")
# Parts whose figures explain terms or sources rather than report them (附件：名词解释).
APPENDIX_HEADING = re.compile(r"^(?:附件[:：\s]*)?(?:名词解释|名词注释|注释|附注)$|^附件$")
TERM_WORDS = re.compile(r"本届以来|五年来|五年间|五年中|过去五年|这五年|五年工作|任期内|届内")
# Term words that only look back: a paragraph they lead is a review even in a target section.
TERM_REVIEW = re.compile(r"本届以来|五年来|五年间|过去五年|这五年|五年(?:累计|共|合计)")
TERM_OPENS = re.compile(r"\s*(?:" + TERM_REVIEW.pattern + r"|五年内|五年里)")
# “七五”计划草案规定，…; 六五计划期间; 第六个五年计划规定 (as reports of the 1980s name a plan)
FYP = re.compile(r"(?:[“\"]?([一二三四五六七八九十]{1,3})五[”\"]?|第([一二三四五六七八九十]{1,3})个五年(?=计划|规划))"
                 r"(?:(?:计划|规划)?(?:时期|期间)|以来|(?:计划|规划)(?:草案|纲要)?(?:规定|要求|提出|确定|安排)(?!的)[，,]?)")
# 1990年不变价, 2020年价格: a price base, not the year a figure is about
NOT_A_PRICE_BASE = r"(?!不变价|价格|可比价|价)"
QUOTED_PLAN_OPENING = re.compile(r"^[“\"]?[一二三四五六七八九十]{1,3}五[”\"]?(?:时期|期间)?")
QUOTED_PLAN = re.compile(r"[“\"]([一二三四五六七八九十]{1,3})五[”\"]")  # a heading's “十四五”
LAST_YEAR = re.compile(r"去年|过去一年|上一年|上年")
THIS_YEAR = re.compile(r"今年|明年|新的一年")
# (not 去年价格上涨的翘尾影响: last year's rise qualifies a figure of this year's)
LAST_YEAR_OPENS = re.compile(r"\s*(?:去年|过去一年)(?!同期|[^，,；;。]{0,8}的|基础上)")
# 去年，…; 去年底，…; 过去一年，…: a sentence opening on last year, up to a clause on this year
LAST_YEAR_LEAD = re.compile(r"\s*(?:去年|过去一年)(?:底|末|全年|一年)?[，,]")
# Cues that turn a clause in a review section into a target.
# 预计 is no cue: a report estimates the year just ended (初步预计，全年生产总值增长10.5%) before
# its statistics are final, and those are actuals.
TARGET_CUES = re.compile(r"预期(?:目标)?(?:是|为|定为)|目标(?:是|为|定为|[:：])|力争|(?<![虚模])拟(?!定|订)|"
                         r"(?:今年|年内|明年)[，,]?[^，,；;。]{0,30}?(?:(?<!预计)将(?!近)|(?<![主重需必只纲摘概都])要(?![求素点闻]))|"
                         r"计划(?:今年|年内|全年|到|在|于|新|完成|实现|安排|投资|建设|开工|要求|规定)|"
                         r"(?<![比较超成])计划(?:为|达到|增长|提高|递增|增加|降低|下降|减少|控制在)")
# Last year's plan quoted (去年政府工作报告提出，…要…) until what came of it (实际回落到6.1%)
LAST_PLAN = re.compile(r"(?:去年|上年)的?(?:政府工作报告|人代会|人民代表大会|预算报告|计划报告)(?:提出|确定|要求|明确)")
DONE_SINCE = re.compile(r"实际|结果|实现了|完成了|达到了")
# A horizon ahead of the report (到2025年, 至2030年底) plans up to that year; 提高到2025年的3.87万亿元
# names a level reached instead, so a horizon is not followed by 的.
HORIZON = re.compile(r"(?:到|至)" + YEAR + r"年(?:底|末)?(?!的|以来|\d)")
# A year leading a plan's sentence: the year its figures are for (2005年人口总规模控制在…).
LEAD_YEAR = re.compile(r"[^，。；]{0,4}?" + YEAR + r"年(?!以来|起|前|后|以后|底前|的|不变价|价格)")
# A sentence that opens on a past year (2023年，财政部核定我省…; 2024年，…执行数2357.62亿元): its
# figures are that year's, whatever part of the report it stands in.
OPENING_YEAR = re.compile(r"\s*" + YEAR + r"年(?:末|底|全年|度)?[，,]")
OPENING_YEAR_CLAUSE = re.compile(r"\s*" + YEAR + r"年(?:末|底|全年)?(?!以来|起|前|后|以后|的|不变价|价格)")
# A cue for the coming year inside a part about a longer plan (今年…主要预期目标是).
ANNUAL_TARGET = re.compile(r"(?:今年|年内|全年|明年|本年度).{0,30}目标")
# A budget's figures as executed or closed (执行数, 决算数): the year's actuals in any part.
EXECUTED = re.compile(r"执行数|决算数")
# Cues that turn a clause of a target section back into a statement of fact: the reasons given
# for a target (经济总量已突破5000亿元) are where things stand, not where they should go.
# (…把军队裁减了100万人, 进行了地球物理普查: a verb of the done, 了 after it)
ACCOMPLISHED = re.compile(r"已(?:经)?(?:突破|超过|达到|达|实现|完成|累计|连续|稳定在|设立|建立|建成|成立|开通|下达)"
                          r"|(?:进行|建成|开展|取得|裁减|突破|超过|建立|设立|形成|增加|减少|提高|增长)了")  # (not 实现了…的目标)


def cue_scope(before: str, here: Scope, year: int | None, whole: bool = True) -> Scope:
    """A sentence's own cue before a figure overrides its part: 主要预期目标是, 力争 and 拟 turn a
    review's figure into a target of the coming year, a horizon (到2025年) into a target up to it,
    and 今年…目标 inside a plan's part into this year's target."""
    before = normalise(before)
    if not year:
        return here
    horizons = [int(m.group(1)) for m in HORIZON.finditer(before)]
    if horizons and horizons[-1] >= year:
        last = horizons[-1]
        if here.modality == "target" and here.scope == "term" and (here.period or "").endswith(str(last)):
            return here  # (到一九八五年… in a report on the plan for 1981-1985: the plan's term)
        return Scope("target", str(last) if last == year else f"{year}-{last}",
                     "annual" if last == year else "term")
    clause = before[max(before.rfind(c) for c in "，,；;：:。") + 1:]
    if re.search(r"(?<![比较今])明年(?!以后|起)", clause) and "今年" not in clause:
        return Scope("target", str(year + 1), "annual")  # …，明年将安排200亿元: the year after the report's
    ahead = AHEAD_SPAN.match(before.lstrip("，,　 ")) or AHEAD_SPAN.search(clause[:8])
    if ahead and re.search(r"[，,；;]\s*(?:今年|年内|全年|当年|明年)", before.lstrip("，,　 ")[ahead.end():]):
        ahead = None  # (三年内将新建学校60所，今年新建20所: this year's)
    if ahead:
        n = ahead.group(1) or ahead.group(2) or ahead.group(3)
        years = None if n == "几" else int(parse_chinese(n)) if not n.isdigit() else int(n)
        return Scope("target", f"{year}-{year + years - 1}" if years else None, "term")
    # 五年淘汰落后炼铁产能1亿吨，今年…: in a plan's part, the five years are the plan's it falls in
    # (…，今年要关停1000万千瓦；五年淘汰…: the part after a semicolon opens on it as well)
    part = before[max(before.rfind("；"), before.rfind(";")) + 1:].lstrip("，,　 ")
    plan_years = PLAN_FIVE_YEARS.match(part) if here.modality == "target" else None
    if plan_years and year and year >= 1966 and not re.search(
            r"今年|年内|当年|明年|" + YEAR + "年", part[plan_years.end():]):
        start = 1966 + (year - 1966) // 5 * 5  # (plans from the third on run in step from 1966)
        return Scope("target", f"{start}-{start + 4}", "term")
    using = USING_YEARS.search(before) if here.modality == "target" else None
    if using and not re.search(r"今年|年内|当年|明年|" + YEAR + "年", before[using.end():]):
        # 用三年时间新建…学校146所: a plan over the years it gives itself (…，今年完成600个: this year's)
        n = using.group(1)
        return Scope("target", f"{year}-{year + int(n if n.isdigit() else parse_chinese(n)) - 1}", "term")
    # (确保完成“十三五”期间建设筹集40万套的目标: the plan's figure, said as the aim to meet)
    planned = re.sub(r"^(?:确保|力争|努力)?(?:完成|实现)", "", clause.lstrip("在 "))
    plan = FYP.match(planned)
    if plan:  # …，“十二五”期间财政投入25亿元: the plan's years, whatever the part's
        return plan_scope(planned, here, year)
    opening = OPENING_YEAR.match(before) if whole else None  # `before` opens the sentence
    if (opening and int(opening.group(1)) < year and not re.search(YEAR + "年", before[opening.end():])
            and not (here.scope == "term" and TERM_REVIEW.match(clause.lstrip()))):  # (…，五年来年均增长6％)
        return Scope("actual", opening.group(1), "annual")
    if (plan := LAST_PLAN.search(before)) and not DONE_SINCE.search(before, plan.end()):
        return Scope("target", str(year - 1), "annual")  # 去年政府工作报告提出，物价涨幅要…降到10%左右
    if here.modality == "actual" and TARGET_CUES.search(before):
        return Scope("target", str(year), "annual")
    if here.modality == "target" and ((LAST_YEAR_OPENS.match(clause) and not TARGET_CUES.search(clause))
                                      or (whole and LAST_YEAR_LEAD.match(before) and not THIS_YEAR.search(before)
                                          and not TARGET_CUES.search(before))):
        return Scope("actual", str(year - 1), "annual")  # 去年居民消费价格涨幅回落到2.6% in a plan's part
    if here.modality == "target" and here.scope == "term" and ANNUAL_TARGET.search(before):
        return Scope("target", str(year), "annual")
    this_year = list(re.finditer(r"[，,；;]\s*(?:今年|年内)", before))
    if (here.modality == "target" and here.scope == "term" and this_year
            and not re.search(r"[，,；;]\s*(?:五年|“|\"|[一二三四五六七八九十]+五)", before[this_year[-1].end():])):
        return Scope("target", str(year), "annual")  # “十一五”期间，关停5000万千瓦…，今年要关停1000万千瓦
    lead = LEAD_YEAR.match(clause)
    if here.modality == "target" and lead and int(lead.group(1)) >= year:
        return Scope("target", lead.group(1), "annual")  # 2005年人口总规模控制在480万人以内
    opens = OPENING_YEAR_CLAUSE.match(clause)
    if here.modality == "actual" and opens and int(opens.group(1)) < year:
        return Scope("actual", opens.group(1), "annual")  # …；2024年达到3.7万亿元
    return here


NUMBERED = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])")


def heading_like(text: str) -> bool:
    """A paragraph that is a numbered heading the layout missed: '一、2023年工作回顾'."""
    text = text.strip()
    return (bool(NUMBERED.match(text)) and len(text) <= 30
            and not re.search(r"[。！？；!?;，,：:]", text))


def heading_level(text: str) -> int:
    return 1 if re.match(r"\s*[一二三四五六七八九十]{1,3}、", text) else 2


@dataclass(frozen=True, slots=True)
class Scope:
    modality: str = "actual"
    period: str | None = None
    scope: str | None = None
    within: str | None = None  # the term a year's paragraph stands in (its review's five years)


def infer_year(blocks: Iterable[Block]) -> int | None:
    """The report's year from its text: a dated subtitle, '2024年政府工作报告', '一、2023年工作回顾'
    (→ 2024), or '2023年是…之年' in the part about the coming year."""
    blocks = [("heading" if b.type == "paragraph" and heading_like(b.text) else b.type,
               normalise(b.text)) for b in blocks]
    for kind, text in blocks[:8]:
        m = re.search(YEAR + r"年\d{1,2}月\d{1,2}日", text)
        if m and kind in ("title", "subtitle", "header", "paragraph"):
            return int(m.group(1))
    for kind, text in blocks:
        m = re.search(YEAR + r"年(?:政府|人大常委会|常委会)?工作报告", text)
        if m and kind in ("title", "subtitle", "header", "heading"):
            return int(m.group(1))
    headings = [text for kind, text in blocks if kind == "heading"]
    for text in headings:
        m = re.search(YEAR + r"年[^，。]{0,8}回顾", text)
        if m:
            return int(m.group(1)) + 1
    for text in headings:
        m = re.search(YEAR + "年", text)
        if m and TARGET_HEADING.search(text) and not ACTUAL_HEADING.search(text):
            return int(m.group(1))
    for _kind, text in blocks:
        m = re.match(YEAR + r"年是", text)
        if m:
            return int(m.group(1))
    for _kind, text in blocks[:6]:
        m = re.search(r"过去的" + YEAR + "年", text)
        if m:
            return int(m.group(1)) + 1
    return None


def communique_year(blocks: Iterable[Block], head: int = 6) -> int | None:
    """The year a statistical communiqué reports on, from its title (2025年焦作市国民经济和社会
    发展统计公报, set over one or two lines): all its figures are that year's actuals."""
    title = "".join(normalise(b.text) for b in list(blocks)[:head] if b.type != "paragraph"
                    or len(b.text) <= 40)
    m = re.search(YEAR + r"年[^。]{0,30}?统计公报", title)
    return int(m.group(1)) if m else None


def term_period(year: int | None, years: int = 5) -> str | None:
    """The term before a report of `year`: 2023 → '2018-2022'."""
    return f"{year - years}-{year - 1}" if year else None


def five_year_plan(text: str) -> str | None:
    """'十三五'时期 → '2016-2020' (plans from the third on run in step from 1966)."""
    m = FYP.search(text)
    if not m:
        return None
    try:
        n = int(parse_chinese(m.group(1) or m.group(2)))
    except ValueError:
        return None
    if n < 3:
        return None
    start = 1966 + (n - 3) * 5
    return f"{start}-{start + 4}"


# 作关于我国国民经济和社会发展第六个五年计划的报告: a report that puts a plan to the congress
PLAN_REPORT = re.compile(r"关于[^。]{0,40}?(?:第[一二三四五六七八九十]{1,3}个五年|[“\"][一二三四五六七八九十]{1,3}五[”\"])"
                         r"(?:计划|规划)[^。]{0,12}?的(?:报告|说明)")


def report_plan(texts: Iterable[str], year: int | None, head: int = 4) -> Scope | None:
    """The plan a report opens by putting forward, when it is still ahead or just begun: what the
    report says in parts that name no time of their own is that plan's target."""
    for k, text in enumerate(texts):
        if k >= head:
            break
        if year and (m := PLAN_REPORT.search(normalise(text))):
            n = re.search(r"第([一二三四五六七八九十]{1,3})个五年|([一二三四五六七八九十]{1,3})五[”\"]", m.group())
            plan = five_year_plan(f"第{n.group(1)}个五年计划期间" if n.group(1) else f"“{n.group(2)}五”时期")
            if plan and int(plan[:4]) >= year - 1:
                return Scope("target", plan, "term")
    return None


def _time_votes(text: str, year: int | None) -> list[Scope]:
    """What the years and plans a heading names say of its part: a year before the report's is
    looked back on, the report's year and later ones are planned (2017年主要工作 in 2017, 2025年主要
    工作 in 2026); a plan already run is a term looked back on, the plan ahead a term planned."""
    votes: list[Scope] = []
    if not year:
        return votes
    plans = list(FYP.finditer(text)) or list(QUOTED_PLAN.finditer(text))
    for p in plans:
        plan = five_year_plan(p.group() + "时期")
        if plan:
            end = int(plan.split("-")[1])
            votes.append(Scope("actual" if end < year else "target", plan, "term"))
    for m in re.finditer(YEAR + r"年(以来)?", text):
        if any(p.start() <= m.start() < p.end() for p in plans):
            continue
        stated = int(m.group(1))
        if m.group(2) and stated < year:  # 2021年以来工作回顾 in 2022
            span = str(stated) if stated == year - 1 else f"{stated}-{year - 1}"
            votes.append(Scope("actual", span, "annual" if stated == year - 1 else "term"))
        else:
            votes.append(Scope("actual" if stated < year else "target", str(stated), "annual"))
    if AHEAD_TERM.search(text):  # 今后五年的目标任务
        votes.append(Scope("target", f"{year}-{year + 4}", "term"))
    return votes


def heading_scope(text: str, year: int | None) -> Scope | None:
    """The default modality/period a heading gives its part, or None when it says neither.

    The years and plans it names decide first; its words (回顾, 成就 / 目标, 安排, 建议) only when
    it names none. A heading whose signals disagree (“十三五”成就和“十四五”目标) leaves its
    figures to their sentences."""
    text = normalise(text)
    if APPENDIX_HEADING.search(text):
        return Scope("reference")
    votes = _time_votes(text, year)
    if votes:
        if len({v.modality for v in votes}) > 1:
            return None
        annual = [v for v in votes if v.scope == "annual"]
        # the year's figures are most of such a part; a term paragraph says so itself (五年来)
        return annual[-1] if annual else votes[0]
    actual, target = ACTUAL_HEADING.search(text), TARGET_HEADING.search(text)
    if actual and target:
        return None
    if actual:
        if TERM_WORDS.search(text) or re.search(r"过去[五四三十]年", text):
            return Scope("actual", term_period(year), "term")
        return Scope("actual", str(year - 1) if year else None, "annual")
    if target:
        return Scope("target", str(year) if year else None, "annual")
    return None


def plan_scope(text: str, base: Scope, year: int | None) -> Scope:
    """The scope a five-year plan at the head of `text` gives what it leads."""
    fyp = five_year_plan(text)
    if not fyp:
        return base
    start, end = (int(x) for x in fyp.split("-"))
    if year and re.match(r"\W?[一二三四五六七八九十]{1,3}五[”\"]?以来", text):  # the plan's years so far
        return Scope("actual", f"{start}-{year - 1}" if year - 1 > start else str(start), "term")
    if year and end < year:  # “十三五”时期 in 2021: a plan already run
        return Scope("actual", fyp, "term")
    if year and start >= year - 1:  # “十四五”时期 in 2021: the plan ahead
        return Scope("target", fyp, "term")
    return replace(base, period=fyp, scope="term")


# A paragraph that opens on a year (2023年，…; 刚刚过去的2005年; 世纪之交的2000年) is about that year.
OPENING_YEAR_WORDS = re.compile(r"(?:[^，。]{0,4}|[^，。]{0,6}的)" + YEAR + "年" + NOT_A_PRICE_BASE)
BUILT_ON = re.compile(r"[^，,。；;]{0,16}?的?基础上[，,]")
SALUTATION = re.compile(r"^\s*(?:各位代表|同志们|代表们)[，,！!：:]")


# 1998年发生特大洪水后，…; 2013年以来，…: the years since an event or a year named up front
SINCE_YEAR = re.compile(r"\s*(?:自|从)?(?:[^，,。；;]{0,6}?的)?" + YEAR + r"年(?:底|末|初)?[^，,。；;\d]{0,24}?"
                        r"(?:以来|以后|之后|(?<!前)后|至今|开始|起)[，,]")  # 自2019年以来, 2019年至今, 从2019年开始


def since_scope(text: str, year: int | None) -> Scope | None:
    """The span from the year an opening clause names up to the year before the report."""
    since = SINCE_YEAR.match(text)
    if not (since and year) or int(since.group(1)) >= year:
        return None
    start = int(since.group(1))
    return Scope("actual", str(start) if start == year - 1 else f"{start}-{year - 1}",
                 "annual" if start == year - 1 else "term")


PLAN_SAYS = re.compile(r"\s*[^，,。；;]{0,8}?(?:计划|规划|纲要)(?:草案)?(?:规定|要求|提出|安排|确定)")


def paragraph_scope(text: str, base: Scope, year: int | None) -> Scope:
    """A scope word at the head of a paragraph (本届以来, 去年, 2023年) holds for the paragraph."""
    text = SALUTATION.sub("", normalise(text))
    if since := since_scope(text, year):
        return since
    lead = text[:40]
    if base.modality == "target" and PLAN_SAYS.match(lead):
        return base  # 计划规定，五年合计国家财政收入为…: the plan's sums, not the years past
    if TERM_REVIEW.search(lead[:12]):
        return Scope("actual", term_period(year), "term")  # 五年来… within the coming year's part
    if TERM_WORDS.search(lead) and base.modality == "actual":
        # (结合过去十年特别是近五年工作的体会，对今年政府主要工作提出以下建议: in a plan's part a look
        # back at the term sets no term on the plan)
        return replace(base, period=term_period(year), scope="term")
    opening = OPENING_YEAR_WORDS.match(text)
    if opening and (built_on := BUILT_ON.match(text, opening.end())):
        # 在1992年快速增长的基础上，1993年我国经济继续蓬勃发展: the year built on is no year of the paragraph
        opening = OPENING_YEAR_WORDS.match(text, built_on.end())
    plan = FYP.search(lead)
    # a plan leads the paragraph (“十五”时期，…), not one named in passing (结构调整是“十五”时期…
    # 的主线), nor after the year that opens it (世纪之交的2000年，是“九五”时期的最后一年)
    leads = plan and plan.start() <= 6 and not re.search("[是为]", lead[:plan.start()])
    if leads and not (opening and opening.start(1) < plan.start()):
        return plan_scope(lead[plan.start():], base, year)
    if opening and year and re.search(r"[到至]$", text[:opening.start(1)]) and int(opening.group(1)) > year:
        # 到2010年，…主要预期目标是：a horizon the plan runs to, not a year the paragraph is about
        if base.modality == "target" and base.scope == "term" and (base.period or "").endswith(opening.group(1)):
            return base  # (the plan's own end, in a part about the plan: the plan's term)
        return Scope("target", f"{year}-{opening.group(1)}", "term")
    if opening and year and base.modality == "target" and int(opening.group(1)) < year:
        # 2003年抗击…非典疫情给我们的重要启示之一… in a plan's part: history, that year's facts
        return Scope("actual", opening.group(1), "annual")
    if opening:
        span = [int(x) for x in re.findall(r"\d{4}", base.period or "")] if base.scope == "term" else []
        within = base.period if span and base.modality == "actual" and span[0] <= int(opening.group(1)) <= span[-1] else None
        return replace(base, period=opening.group(1), scope="annual", within=within)
    if base.modality == "actual" and LAST_YEAR.search(lead[:8]) and year:
        return replace(base, period=str(year - 1), scope="annual")
    return base



# A single year named in a sentence: not a range (2013-2017年), not a base (比2010年, 从2012年的),
# not a horizon (到2020年), not a start (2013年以来).
NAMED_YEAR = re.compile(
    r"(?<![\d~\-—–至到比较从由])" + YEAR
    + r"年(?!(?:底|末|初)?(?:以来|来|起|以前|之前|前|以后|后)|代|[~\-—–至到]|不变价|价格|可比价)")
# A base year a change is measured from: 比2002年增长65.5%, 是1997年的2.3倍.
BASE_YEAR = re.compile(r"(?:比|较|是|为|相当于|(?:同|与|跟|和)(?=(?:19|20)\d{2}年(?:底|末)?(?:相比|比较)))"
                       + YEAR + r"年(?:底|末)?(?:的|相比|比较)?")
# 1982年同1978年相比，…: a sentence opening on the comparison of two years holds it for its clauses
COMPARED_OPENING = re.compile(r"\s*" + YEAR + r"年(?:底|末)?(?:预计)?(?:同|与|跟|和)" + YEAR + r"年(?:底|末)?(?:相比|比较)[，,]")
NAMED_LAST_YEAR = re.compile(r"(?<![比较])(?:去年|过去一年|^全年|[，；]全年)(?!同期)")
# (…已逾百家: the quantity's own span holds 逾, the words before it end on 已)
REACHED_LEVEL = re.compile(r"(?:达到|达|(?:增加|提高|上升|扩大|下降|减少|降低|压缩|缩短|增|升|降)(?:到|至)|已经?|分别为|"
                           r"^[^占]*(?:总数|总量))$")
# A verb that does or makes things (建成, 引进, 新建): a count over the term, not a stock at its end.
ACTIVITY = re.compile("|".join(VERBS) + "|缔结|参加|授予|颁发|核发|[建办造修引招改培开完新扩投设增减获签关停降使淘治整消解惠覆带拉吸救转搬帮扶落]")
# Nouns whose characters look like a verb of ACTIVITY's (高新技术, 建成区, 社会组织): no doing.
NOUN_WORDS = re.compile(r"高新技术|高新区|专精特新|建成区|开发区|社会组织|外商投资企业|设施农业")
DOING = re.compile(r"(?:全市|全省|累计|共)?(?:" + "|".join(VERBS) + ")")
# The verb of things done after the things counted (6条高速路…取消收费, 58个项目落户深圳).
DONE_AFTER = re.compile("|".join(VERBS) + "|落户|落地|投用|开通|通车")
RATE_LEVEL = re.compile(r"(?:年|日均|日|月均)[\u4e00-\u9fff]{0,4}?(?:吞吐量|客流量|客运量|流量|产量|用量)$")
# Verbs that only describe a noun (在建里程, 在用设备): no doing.
ADJECTIVAL = re.compile(r"在建|在用|在运营?|在营")
# What is done or granted over the years (授权量, 申请量, 成交额): a sum, however 累计达 says it.
FLOW_NOUNS = re.compile(r"授权|申请|成交|发放|推广|应用|就业|培训|接待|引进|签约|交易|服务")
STOCK_SO_FAR = re.compile(r"累计(?:达到|达)$")
TERM_FLOW = re.compile(r"累计|合计|总计|(?<![公])共(?![同享建识治性青产])|新增|五年|每年|连续|接连|先后|相继|历年")
# 从2020年的…到2025年: a run from one year to another
RUN = r"[从由]" + YEAR + r"年(?:底|末)?的?[^，,；;。]{0,30}?(?:至|到)" + YEAR + r"年(?:底|末)?"
FROM_TO = re.compile(RUN + r"的?[^，,；;。]*(?:[，,](?:年均|平均|每年|累计|共)?(?:增长|提高|增加|上升|下降|减少|降低)了?)?$")
TERM_AFTER_YEAR = re.compile(TERM_WORDS.pattern + r"|五年|年均|每年|累计|共计|合计|总计|^(?:全市|全省|全国)?共")
# The end of a run a sentence has already named (从2020年的1.03万亿元提高到2025年的1.67万亿元，…):
# the year a level reached after it stands in.
RUN_END = re.compile(RUN + "的")


def bare_level(own: str) -> bool:
    """Words naming a thing and no doing, span or sum (注册志愿者, not 新建学校 or 五年累计)."""
    own = NOUN_WORDS.sub("", own)
    return not (ACTIVITY.search(own) or DOING.search(own) or TERM_FLOW.search(own)
                or TERM_AFTER_YEAR.search(own) or re.search(r"[从由]", own))


@dataclass(frozen=True, slots=True)
class Figure:
    """What a figure says of itself beyond the words before it: a `change` (增长, 翻一番); `after`, the
    rest of its clause, where the verb of things done may stand (6条高速路…取消收费); `money`; a mark
    `passed` (突破900万人次); `compared` with an earlier plan's (分别是“十一五”的3.2倍); a `rate` of
    things in a state (71%的煤电机组实现超低排放)."""
    change: bool = True
    after: str = ""
    money: bool = False
    passed: bool = False
    compared: bool = False
    rate: bool = False


@dataclass(frozen=True, slots=True)
class Clauses:
    """The words before a figure, cut where its datings look: the sentence so far, the figure's own
    clause, the part since the last semicolon and the sentence's first clause."""
    before: str
    own: str
    semi: str
    first: str

    @classmethod
    def of(cls, before: str) -> Clauses:
        own = before[max(before.rfind(c) for c in "，,；;") + 1:]
        semi = before[max(before.rfind(c) for c in "；;") + 1:] if re.search("[；;]", before) else ""
        first = before[:min([i for i in (before.find(c) for c in "，,；;") if i >= 0] or [0])]
        return cls(before, own, semi, first)


def _since(c: Clauses, scope: Scope, year: int | None, fig: Figure) -> Scope | None:
    # (从2000年起，…，2002年试点扩大到…: a year named after the start dates what follows it)
    since = since_scope(c.before, year)
    return since if since and not re.search(YEAR + "年", c.before[SINCE_YEAR.match(c.before).end():]) else None


# 从一九六六年到一九七六年的十一年中，…; 在1953年到1978年间: the years a span names
YEARS_NAMED = re.compile(r"(?:从|自|在)?" + YEAR + r"年(?:至|到|—|-|~)" + YEAR
                         + r"年(?:的)?(?:[一二两三四五六七八九十]+年)?(?:间|内|中|里|期间)?(?![的底末])")


def _years_named(c: Clauses, scope: Scope, year: int | None, fig: Figure) -> Scope | None:
    """A span of years the sentence opens on, or the figure's clause names, dates the figure over it."""
    span = YEARS_NAMED.match(c.before.lstrip("，,　 ")) or YEARS_NAMED.search(c.own)
    if not span or not year or (span.string is c.own and re.search(
            r"(?:是|为|相当于|比|较|高于|低于|超过|等于)$", c.own[:span.start()])):
        return None  # (是1950年到1997年投入总和的1.7倍: the years of what it is compared with)
    first, last = int(span.group(1)), int(span.group(2))
    if not first < last < year or re.search(YEAR + "年|今年|去年", c.before[c.before.find(span.group()) + len(span.group()):]):
        return None
    item = c.own[c.own.rfind("、") + 1:]
    if not fig.change and re.search(r"[由从][^由从]*$", item):
        # 从1978年到1982年，高等学校由598所增加到715所: levels at the span's two ends
        if REACHED_LEVEL.search(item):
            return Scope("actual", str(last), "annual")
        return Scope("actual", f"{first + 1}-{last}", "term")  # (the start is the first year's)
    return Scope("actual", f"{first}-{last}", "term")


# 2004年我们提出用三年时间基本解决…，这项工作基本完成，各地已偿还拖欠工程款1834亿元: a task set
# in a year for some years, its figures the sum over them
TASK_SET = re.compile(YEAR + r"年[^，,。；;]{0,12}?(?:提出|决定|要求|部署)(?:用|在)([一二两三四五六七八九十]|\d{1,2})年"
                      r"(?:左右)?的?(?:时间|内)")


def _task_years(c: Clauses, scope: Scope, year: int | None, fig: Figure) -> Scope | None:
    task = TASK_SET.search(c.before)
    if not (task and year) or re.search(YEAR + "年|今年|去年", c.before[task.end():]):
        return None
    start = int(task.group(1))
    n = task.group(2)
    end = min(start + (int(n) if n.isdigit() else int(parse_chinese(n.replace("两", "二")))) - 1, year - 1)
    return Scope("actual", f"{start}-{end}", "term") if start < end else None


def _term_opening(c: Clauses, scope: Scope, year: int | None, fig: Figure) -> Scope | None:
    """五年来… in a year's part: the term's (…；固定资产投资2717亿元，五年累计突破1万亿元: that clause is)."""
    if scope.scope == "term" or not (TERM_REVIEW.match(c.before.lstrip("，,　 ")) or TERM_REVIEW.match(c.own)
                                     or TERM_OPENS.match(c.semi)):
        return None
    item = c.own[c.own.rfind("、") + 1:]
    if (year and not fig.change and not fig.money and not TERM_REVIEW.match(c.own) and REACHED_LEVEL.search(item)
            and not DOING.search(item) and not TERM_FLOW.search(item)):
        return Scope("actual", str(year - 1), "annual")  # 五年来，…补助标准从50元提高到84元: reached
    return Scope("actual", term_period(year), "term")


def _run_of_years(c: Clauses, scope: Scope, year: int | None, fig: Figure) -> Scope | None:
    """从2020年的1510.8亿元增至2024年的2453.1亿元、年均增长12.9%: a change over the years it names."""
    run = FROM_TO.search(c.before) if fig.change else None
    if run and int(run.group(1)) < int(run.group(2)):
        return Scope("actual", f"{int(run.group(1)) + 1}-{run.group(2)}", "term")
    return None


def _span_back(c: Clauses, scope: Scope, year: int | None, fig: Figure) -> Scope | None:
    """三年来, 近两年: the years just past. The span may follow the subject in its clause (万元GDP水耗三年
    累计下降33.4%), open the sentence (“十一五”前四年累计…), stand in its first clause (西部大开发三年来，…)
    or open a later clause (…，两年来通过财政…，共建设5100多个项目), and holds up to a year named after it."""
    later_year = YEAR + "年|今年|去年|明年"
    opened = [m for m in CLAUSE_SPAN_BACK.finditer(c.before)
              if not re.search(later_year + "|全年|当年|本年", c.before[m.end():])]  # (…，全年新增就业10万人)
    back = (SPAN_BACK.match(QUOTED_PLAN_OPENING.sub("", c.before.lstrip("，,　 "))) or SPAN_BACK.search(c.own)
            or (SPAN_BACK.search(c.first) if not re.search(later_year, c.before[len(c.first):]) else None)
            or (SPAN_BACK.match(c.before, opened[-1].start(1)) if opened else None))
    if not (back and year):
        return None
    n = int(parse_chinese(back.group(1) or back.group(2)))
    # (…，一九八二年预计比一九八一年增长5%，两年平均每年递增5.3%: a report late in the year counts it in)
    this_year = year in [int(y) for y in re.findall(YEAR + "年", c.before)]
    span = f"{year - n + 1}-{year}" if this_year else term_period(year, n)
    item = c.own[c.own.rfind("、") + 1:]
    if not fig.change and not fig.money and REACHED_LEVEL.search(item) and re.search("[从由]", item):
        return Scope("actual", span[-4:], "annual")  # 这两年中，发电量由2030亿度增加到2560亿度: reached
    return Scope("actual", span, "term")


def _term_level(c: Clauses, scope: Scope, span: list[int], fig: Figure) -> Scope:
    """A figure of a term's part naming no year: a level the term reached is its last year's
    (“十五”期间，…生产总值…达到4926.9亿元), as is a stock named with no verb (旅客年吞吐量3972万人次)
    or a yearly or daily rate (日均客流量); a total of the years (累计, 新增, 年均), a start value (从46%),
    a doubling or a run of wins is the term's."""
    own, item = c.own, c.own[c.own.rfind("、") + 1:]  # (五年净增…4163家、总数达1.45万家: the item's own words)
    mark = REACHED_LEVEL.search(item)
    reached = bool(mark) or bool(RATE_LEVEL.search(item)) or fig.rate
    if mark and mark.group().startswith("已") and DOING.match(item.strip(" ，,；;")):
        reached = fig.rate  # 五年来，引进各类人才已超过50万人: a count of what was done
    elif mark and mark.group() == "分别为" and (DOING.match(own.strip(" ，,；;")) or TERM_FLOW.search(own)):
        reached = fig.rate  # 五年来，新建学校、医院分别为120所和30家
    elif (fig.passed and not fig.money and own.strip(" ，,；;") and not ACTIVITY.search(NOUN_WORDS.sub("", own))
          and not TERM_FLOW.search(own)):
        reached = True  # 日均客运量突破900万人次 (not 新增学位超90万个、床位超3万张: the list's head is a flow)
    # (创新载体累计达1107家: a stock so far, not what was done: 累计新增…达; 发明专利授权量累计达10万件: a flow)
    stock = (not fig.money and (m := STOCK_SO_FAR.search(item)) and not DOING.search(item[:m.start()])
             and not FLOW_NOUNS.search(item[:m.start()]))
    if (not fig.change and span and (stock or not TERM_FLOW.search(item)) and not re.search("[从由]$", own)
            and not re.search("(?:年均|平均每年|平均)$", item)  # (项目年均超过1000项: a mean over the years)
            and (reached or (own.strip(" ，,；;") and not ACTIVITY.search(ADJECTIVAL.sub("", c.before))
                             and not DONE_AFTER.search(fig.after))) and not fig.compared):
        return Scope("actual", str(span[-1]), "annual")
    return scope


def _year_in_term(c: Clauses, scope: Scope, year: int | None, fig: Figure) -> Scope | None:
    """In a term's part a sentence naming one year of the term (去年…, 2017年…) states that year's
    figure; 2020年…达2.77万亿元，五年年均增长7.1%: a term word after the year holds for a level only in
    its own clause (a change after it, 增长1.71倍, is still over the term)."""
    if scope.scope != "term":
        return None
    span = [int(x) for x in re.findall(r"\d{4}", scope.period or "")]
    bases = list(BASE_YEAR.finditer(c.before))
    hits = [(m.end(), int(m.group(1))) for m in NAMED_YEAR.finditer(c.before)
            if not any(b.start() < m.end() <= b.end() for b in bases)]
    if year:
        hits += [(m.end(), year - 1) for m in NAMED_LAST_YEAR.finditer(c.before)]
    if not fig.change:
        hits += [(m.end(), int(m.group(2))) for m in RUN_END.finditer(c.before) if int(m.group(1)) < int(m.group(2))]
    if not hits:
        return _term_level(c, scope, span, fig)
    end, named = max(hits)
    inside = (span[0] <= named <= span[-1]) if span else bool(year and named < year)
    since = c.before[end:]  # the words between the year named and the figure
    own = since if fig.change else since[max(since.rfind(c) for c in "，,；;") + 1:]
    semi = since[max(since.rfind(c) for c in "；;") + 1:] if re.search("[；;]", since) else ""
    if not inside or TERM_AFTER_YEAR.search(own) or TERM_OPENS.match(semi):
        return scope  # (…；五年内全国本专科毕业生1300万人，毕业研究生31万人: the term's again)
    if "其中" in since and TERM_AFTER_YEAR.search(since[:since.find("其中")]):
        return scope  # …五年共计12319亿元，其中用于地方…的资金1777亿元: parts of the term's total
    return _from_base(c, named, fig.change)


def _year_of_part(c: Clauses, scope: Scope, year: int | None, fig: Figure) -> Scope | None:
    return _from_base(c, int(scope.period), fig.change) if scope.period and scope.period.isdigit() else None


def _from_base(c: Clauses, named: int, change: bool = True) -> Scope:
    """2007年…比2002年增长65.5%: a change against a base some years back is over the years since."""
    clause = c.before[max(c.before.rfind(x) for x in "，,；;：:。") + 1:]
    base = BASE_YEAR.search(clause)
    compared = COMPARED_OPENING.match(c.before) if change else None  # (…，达到8000万吨: that year's level)
    start = int(base.group(1)) if base else int(compared.group(2)) if compared and int(compared.group(1)) == named else None
    if start and start < named - 1:
        return Scope("actual", f"{start + 1}-{named}", "term")
    return Scope("actual", str(named), "annual")


THIS_YEAR_NAMED = re.compile(r"(?<![比较到至])今年(?!同期|以来|的|[底末]的)")
YEAR_COMPARED = re.compile(r"(?<![比较同与和跟\d])" + YEAR + r"年(?:预计|全年)?(?:比|较|同|与)" + YEAR + "年")


def _year_named(c: Clauses, scope: Scope, year: int | None, fig: Figure) -> Scope | None:
    """The last year the sentence names before the figure, not a base, dates it in a part that
    names no time (older reports, set without dated headings: 1979年…比上年增长); and 今年 does in any
    review (1979年…；今年上半年又…增长: a report given in the year it speaks of)."""
    if not year:
        return None
    # 全市生产总值2019年比2018年增长6%，2020年比2019年增长3%: a year compared with another is the
    # figure's, whatever the part's year
    opening = YEAR_COMPARED.match(c.before.lstrip())  # 一九八二年预计比一九八一年，原煤增长…，原油…
    if opening and not re.match(r"(?:相比|比较)?[，,]", c.before.lstrip()[opening.end():]):
        opening = None
    if ((compared := list(YEAR_COMPARED.finditer(c.own)) or ([opening] if opening else []))
            and int(compared[-1].group(1)) <= year):
        return _from_base(c, int(compared[-1].group(1)), fig.change)
    bases = list(BASE_YEAR.finditer(c.before))
    hits = [(m.end(), int(m.group(1))) for m in NAMED_YEAR.finditer(c.before)
            if not any(b.start() < m.end() <= b.end() for b in bases)]
    hits += [(m.end(), year - 1) for m in NAMED_LAST_YEAR.finditer(c.before)]
    this_year = [(m.end(), year) for m in THIS_YEAR_NAMED.finditer(c.before)]
    last = max(hits + this_year, default=None)
    if last is None or last[1] > year or (scope.period and last not in this_year):
        return None
    return _from_base(c, last[1], fig.change)


def _mean_of_the_term(c: Clauses, scope: Scope, year: int | None, fig: Figure) -> Scope | None:
    """1997年国内生产总值达到74772亿元，…，平均每年增长11%: in a five-year review, a yearly mean
    after a year's level is the term's."""
    if scope.within and fig.change and re.search(r"年均|平均每年|每年平均", c.own) and not re.search(
            YEAR + "年", c.own):
        return Scope("actual", scope.within, "term")
    return None


# How the words before a figure date it, the first that applies deciding.
DATINGS = (_since, _mean_of_the_term, _years_named, _task_years, _term_opening, _run_of_years, _span_back, _year_in_term, _year_named, _year_of_part)


def sentence_scope(before: str, scope: Scope, year: int | None, figure: Figure = Figure()) -> Scope:
    """The scope of a review's figure given the words of its sentence before it (`before`)."""
    if scope.modality != "actual":
        return scope
    clauses = Clauses.of(normalise(before))
    for dating in DATINGS:
        if (found := dating(clauses, scope, year, figure)) is not None:
            return found
    return scope
