"""Indicators: stated quantities read out of a repaired document.

numbers → grammar (quantity spans) → metric (what each counts) → context (modality, period) →
catalog (canonical id). Each step is a pure function of the previous one's value.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from extractors.indicators.catalog import Entry, load_catalog, match
from extractors.indicators.context import (
    ACCOMPLISHED,
    COMPARED_OPENING,
    EXECUTED,
    RUN_END,
    Figure,
    Scope,
    bare_level,
    communique_year,
    cue_scope,
    heading_level,
    heading_like,
    heading_scope,
    infer_year,
    paragraph_scope,
    report_plan,
    sentence_scope,
)
from extractors.indicators.fragments import complete_fragments
from extractors.indicators.grammar import find_quantities, implied_unit
from extractors.indicators.metric import (
    VERBS,
    Reading,
    list_items,
    of_category,
    read_metrics,
    restate_subject,
)
from extractors.indicators.numbers import (
    arabic_years,
    ascii_thousands,
    groups_wide_thousands,
    normalise,
)
from extractors.indicators.tables import read_cells
from extractors.model import Block, Document, Indicator

# A Latin full stop after Chinese text ends a sentence too (reports set in Latin punctuation:
# 全市收支.一般公共预算收入…), but not after a numeral, where it is a point (1.一般公共预算).
SENTENCE_END = re.compile(r"(?<=[。！？!?])|(?<=[\u3400-\u9fff％%）)”’]\.)(?![0-9０-９])")


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph, each keeping its final mark."""
    return [s for s in SENTENCE_END.split(text) if s.strip()]


# A heading's number and year: what is left says what the part is about (2.市级, （二）省级…).
HEADING_NUMBER = re.compile(r"^\W*(?:[0-9０-９一二三四五六七八九十]+[.．、)）]|[（(][一二三四五六七八九十]+[)）])?"
                            r"\s*(?:[0-9０-９]{4}年)?")


RUN_IN_LABEL = re.compile(r"\s*(?:[（(][0-9０-９一二三四五六七八九十]+[)）]|[0-9０-９]+[.．、])")


def _sections(doc: Document, year: int | None, default: Scope | None = None,
              levels: re.Pattern | None = None) -> Iterator[tuple[str, int, Scope, bool]]:
    """(paragraph text, page, scope, under a level's heading) for each body paragraph, scope from
    the headings above it and the scope word leading it, which carries on until the next heading
    or scope word. A heading that opens on one level of government (`levels`: 2.市级) makes the
    figures under it that level's, a part of the region's whole."""
    stack: dict[int, Scope] = {}
    of_level: set[int] = set()  # heading levels whose heading names one level of government
    carried: Scope | None = None
    ahead: Scope | None = None  # set once a top heading opens the part about the coming year
    for block in doc.body():
        if block.type == "paragraph" and heading_like(block.text):
            block = Block("heading", block.text, block.page, level=heading_level(block.text))
        if block.type == "heading":
            level = block.level or 1
            for lv in [lv for lv in stack if lv >= level]:
                del stack[lv]
            of_level = {lv for lv in of_level if lv < level}
            if levels is not None and levels.match(HEADING_NUMBER.sub("", block.text, count=1)):
                of_level.add(level)
            found = heading_scope(block.text, year)
            if found is None and level == 1 and ahead is not None:
                found = ahead  # 三、把改革开放扎实推向纵深 after 二、2015年工作总体部署
            if found is not None:
                stack[level] = found
                if level == 1 and found.modality == "target" and found.scope == "annual":
                    ahead = found
            carried = None
            continue
        if block.type != "paragraph":
            continue
        base = stack[max(stack)] if stack else (default or Scope())
        if base.modality == "reference":
            continue  # 名词解释: figures that define terms, not figures of the report
        start = carried or base
        scope = paragraph_scope(block.text, start, year)
        if scope != start and not (start.modality == "target" and scope.modality == "actual"):
            carried = scope  # (a look back inside a plan's part holds for its own paragraph)
        # （2）市级收支。一般公共收入预算821亿元: a numbered run-in heading names the level too
        label = RUN_IN_LABEL.match(block.text)
        run_in = bool(label and levels is not None and levels.match(block.text[label.end():]))
        yield block.text, block.page, scope, bool(of_level) or run_in


def extract_indicators(doc: Document, *, year: int | None = None,
                       catalog: str | Path | None = None) -> list[Indicator]:
    """Every stated quantity of the document, one Indicator each.

    `year` is the report's year; when None it is read from the text. Rows come in document order.
    """
    doc = replace(doc, blocks=read_cells(doc.blocks))
    if groups_wide_thousands([b.text for b in doc.blocks]):
        doc = replace(doc, blocks=[replace(b, text=ascii_thousands(b.text)) for b in doc.blocks])
    covered = communique_year(doc.blocks)
    if covered is not None:
        year = covered + 1  # a 统计公报 reports on the year before it is published
    elif year is None:
        year = infer_year(doc.blocks)
    entries = load_catalog(catalog)
    regions = own_regions(doc)
    out: list[Indicator] = []
    base = (Scope("actual", str(covered), "annual") if covered is not None
            else report_plan((b.text for b in doc.body()), year) or Scope())
    levels = entries[0].rules.levels if entries else None
    for text, page, scope, of_a_level in _sections(doc, year, base, levels):
        level_before = False
        budget = ""
        whole = ""  # the last figure of the sentence before, whose parts 其中 may open the next
        head = ""  # its first figure, whose parts a breakdown (分地区看，…) may give
        whole_ids: set[str] = set()  # the ids that sentence's figures took
        looking_back: Scope | None = None  # 过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%…
        for sentence in split_sentences(text):
            if year and scope.modality == "target" and PAST_YEAR_OPENS.match(sentence):
                looking_back = Scope("actual", str(year - 1), "annual")
            elif looking_back and (THIS_YEAR_NAMED.search(sentence) or f"{year}年" in sentence
                                   or PLAN_WORDS.search(sentence)):
                looking_back = None  # (…。2024年，全市新增城镇就业12万人以上: the plan again)
            # 市级一般公共预算收入805亿元。其中，税收收入587亿元: the parts of a level's figure
            part_of = bool(PART_OF.match(sentence))
            breakdown = not part_of and bool(BREAKDOWN.match(sentence))
            level = of_a_level or (level_before and part_of)
            here = scope if THIS_YEAR_NAMED.search(sentence) else looking_back or scope
            rows = _sentence_indicators(sentence, page, here, year, entries, regions, level,
                                        whole if part_of else "", whole_ids if part_of else set(),
                                        head if breakdown else "")
            if rows:
                level_before = bool(levels and levels.match(rows[0].metric.lstrip("—－-")))
                if not (part_of or breakdown):
                    whole, head = rows[-1].metric, rows[0].metric
                    whole_ids = {r.canonical for r in rows if r.canonical}
            rows, budget = _budget_totals(rows, budget)
            out.extend(_subject_named_first(sentence, _of_the_surveyed(sentence, rows)))
    return out


# 年均增长6.5%, 平均每年递增4%: a growth over a term stated as a year's rate
MEAN_OF_YEARS = re.compile(r"年均|平均每年|每年平均|平均|每年|逐年")
RATE_NAMED = re.compile(r"(?:增速|增幅|增长率|涨幅)(?:为|是|达到?|保持在)?$")


# 据四川省试点的84个地方企业的统计，…产值增长14.9%: the figures are of those surveyed
SURVEYED = re.compile(r"\s*据(?:对)?(?P<who>[^，,。；;]{2,30}?)的?(?:统计|调查|抽样调查|典型调查|测算|监测)[，,]")
SAMPLE_SIZE = re.compile(r"[0-9０-９.]+[万亿]?(?:多|余)?[个户家名人所]")


def _of_the_surveyed(sentence: str, rows: list[Indicator]) -> list[Indicator]:
    """The measures a survey's sentence states (产值, 利润) name the population surveyed."""
    m = SURVEYED.match(sentence)
    if not m or not rows or not SAMPLE_SIZE.search(m.group("who")):
        return rows  # (据海关统计, 据国家统计局的抽样调查: who counted, not what was counted)
    who = SAMPLE_SIZE.sub("", m.group("who")).removesuffix("的")
    named = re.sub(r"^(?:全国|全省|全市)", "", who)
    return [r if not r.metric or r.metric == who or named[:2] in r.metric else replace(r, metric=who + r.metric)
            for r in rows]


# 外贸出口从7月份开始大幅度回升，全年达到1949亿美元: where a sentence's first clause, with no figure,
# opens on what it is about and a figure names nothing itself, it is that subject's
SUBJECT_ENDS = re.compile(r"(?:从|自|开始|大幅度?|连续|继续|不断|逐步|稳步|快速|明显|，|,)")


def _subject_named_first(sentence: str, rows: list[Indicator]) -> list[Indicator]:
    first = re.split(r"[，,；;]", sentence, maxsplit=1)[0]
    if all(r.metric and r.metric != first for r in rows):
        return rows  # (nor one named by the whole opening clause, 外贸进口从一季度起连续回升)
    if find_quantities(first) or len(first) == len(sentence):
        return rows
    subject = re.sub(r"[0-9０-９]{4}年", "", SUBJECT_ENDS.split(first, maxsplit=1)[0]).strip()
    if not 2 <= len(subject) <= 24 or not re.fullmatch(r"[\u4e00-\u9fff“”《》（）()、]+", subject):
        return rows

    def near(r: Indicator) -> bool:  # (the figure within the two clauses after the subject's)
        return r.evidence == sentence and r.evidence_offset is not None and len(
            re.findall(r"[，,；;]", sentence[:r.evidence_offset])) <= 2
    return [replace(r, metric=subject) if (not r.metric or r.metric == first) and near(r) else r for r in rows]


# A sentence of a plan's part opening on the year just past (过去一年，…; 去年，…) speaks of it, and so do
# the sentences after it in its paragraph until one opens on this year.
PAST_YEAR_OPENS = re.compile(r"\s*(?:过去一年|去年)(?:[，,]|我们|全国|全市|全省|以来)")
PLAN_WORDS = re.compile(r"将|(?<![主重需必])要|力争|确保|目标|预期")
THIS_YEAR_NAMED = re.compile(r"今年|明年|新的一年")
BUDGET = re.compile(r"(?:全市|全省|全区|全县|市级|省级|区县级|县级|区级|市本级|省本级|县本级|本级)?"
                    r"(?:一般公共|政府性基金|国有资本经营|社会保险基金)(?:收入|支出)?预算")
BUDGET_TOTAL = re.compile(r"(?:收入|支出)(?:总量|总计|合计)|(?:预算)?总(?:收入|支出)"
                          r"|(?:预计)?(?:当年|本年)?(?:收支结余|结余|(?:年末)?(?:滚存|累计)结余)")


def _budget_totals(rows: list[Indicator], budget: str) -> tuple[list[Indicator], str]:
    """加上中央补助…后，收入总量为7654亿元: the total of the budget the paragraph is about (the
    last one it named), after transfers and balances, and so is its balance (收支相抵，预计收支结余
    257亿元); no catalogue indicator's figure."""
    out = []
    for r in rows:
        if BUDGET_TOTAL.fullmatch(r.metric) and budget:
            r = replace(r, metric=budget + r.metric.removeprefix("预算"), canonical=None)
        elif m := BUDGET.search(r.metric):
            budget = re.sub(r"(?:收入|支出)预算$", "预算", m.group())  # 社会保险基金收入预算: the 社会保险基金预算
        out.append(r)
    return out, budget


# 市场, 市值, 城市, 都市, 门市 are words, not a place's name before 市.
REGION_SUFFIX = re.compile(r"(?<![城都门超])(?:市(?![场值])|省(?![份级])|县(?![域级]))")
NOT_IN_A_NAME = re.compile(r"[全本我各该每省市县区的和与及在、，。：；“”（）\d]")


# Verbs before 市 (提高市民素质, 建设市场体系) are no place's name.
NOT_A_NAME_WORDS = (*VERBS, "提高", "提升", "加强", "推进", "深化", "扩大", "优化", "服务", "全面", "完善",
                    "加快", "健全", "保障", "坚持", "规范", "统筹", "强化", "繁荣", "激发", "培育", "活跃", "增强", "用于", "对于",
                    "包括", "面向", "全国", "各地", "其中", "人口", "城乡")


def own_regions(doc: Document, least: int = 5) -> tuple[str, ...]:
    """The report's own region: of the names seen before 市/省/县, the one its text names most
    (深圳市 once, 深圳 fifty times). Its figures are the whole's, so its name before a metric
    (深圳经济总量) names no part of the whole."""
    text = "\n".join(b.text for b in doc.blocks)
    names: dict[str, str] = {}
    for m in REGION_SUFFIX.finditer(text):
        for n in (4, 3, 2):
            stem = text[max(0, m.start() - n):m.start()]
            if (len(stem) == n and not NOT_IN_A_NAME.search(stem)
                    and not any(v in stem for v in NOT_A_NAME_WORDS)):
                names.setdefault(stem, stem + m.group())
    if not names:
        return ()
    counts = {stem: text.count(stem) for stem in names}
    best = max(counts, key=lambda k: (counts[k], len(k)))
    # 石家庄, 呼和浩特: a longer name holds about every time its last characters do
    longer = [k for k in counts if len(k) > len(best) and k.endswith(best)
              and counts[k] >= 0.8 * counts[best]]
    best = max(longer, key=len) if longer else best
    if counts[best] < least:
        return ()
    return (names[best], best)


# 由上年的3%左右调整为2%左右, 从去年的5.6%降至5.2%: the first figure is last year's, and the
# second, reached through a verb of change, is the same indicator now.
FROM_TO = re.compile(r"^(?:左右|以上|以内)?(?:调整|提高|提升|增加|上调|下调|降低|下降|减少|上升|扩大|缩小|"
                     r"压减|增长|回落|升|降|增|减)?(?:为|到|至)(?:[0-9０-９]{4}年(?:底|末)?的?|(?:去|上|今)?年(?:底|末)的?)?$")
# 从2020年的2.83万亿元提高到2025年的3.87万亿元: each figure of its own year.
_FROM_YEAR = re.compile(r"(?:由|从)([0-9０-９]{4})年(?:底|末)?的?$")
_TO_YEAR = re.compile(r"(?:到|至|为)([0-9０-９]{4})年(?:底|末)?的$")
_FROM = re.compile(r"(?:由|从)(?:每(?:人|月|年|天|户|生)(?:每(?:月|年|天))?)?$")  # 由每月160元提高至185元
# (工业企业利润由上年下降2.3%转为增长8.5%: the change it turned from is last year's too)
_FROM_LAST_YEAR = re.compile(r"(?:由|从)(上年|去年|上一年)(?:度|同期)?的?(?:目标)?(?:分别)?(?:增长|下降|减少|增加|上涨|上升|回落)?"
                             r"(?:[0-9０-９.．]+[%％]?[和、及])*$")  # (…分别增长5.6％和13.1％: each of the list)


def evidence_around(sentence: str, start: int, end: int, bound: int = 300) -> tuple[str, int]:
    """The sentence as evidence, or for a longer one (a page without sentence breaks) the clauses
    around the figure cut to `bound` characters, so every row's evidence stays small; with the
    figure's offset in it."""
    lead = len(sentence) - len(sentence.lstrip())
    text = sentence.strip()
    start, end = start - lead, end - lead
    if len(text) <= bound:
        return text, start
    # from the clause break before the figure, if one is near enough, else a third of the bound
    breaks = [text.rfind(c, 0, start) for c in "，；。、"]
    lo = max(breaks) + 1 if max(breaks) >= 0 and end - max(breaks) <= bound else start - bound // 3
    lo = max(0, min(lo, start))
    return text[lo:lo + bound], start - lo


def _level_beside(rows: list[Indicator], clause: str, metric: str) -> Indicator | None:
    """The year's level a term review's figure goes with: the share of it (投入达到643亿元，是五年前
    的2.3倍，占GDP的4.02%), or the next of a run of levels (专业社工达7600人，注册志愿者105万) —
    a clause naming only a thing and its figure, no doing, no sum over the years."""
    levels = [x for x in rows if x.change is None and x.unit != "倍"]
    if not levels or levels[-1].scope != "annual":
        return None
    if re.match(r"\s*占", clause):
        return levels[-1] if metric.startswith(levels[-1].metric) else None
    own = re.sub(r"[0-9０-９.．]+.*$", "", clause)
    if rows[-1] is levels[-1] and own.strip() and bare_level(own):
        return levels[-1]
    return None


def _start_or_end(before: str, here: Scope, year: int | None, ratio: bool = False) -> Scope:
    """从A增至B keeps A as the level it started from: the year it names (从2020年的2.83万亿元),
    else the year before its part's (从18家增至33家 in a review of 2023 starts from 2022's); a
    plan's starting level is where things stand. 到2025年的3.87万亿元 is that year's level, but
    为2020年的4.7倍 compares with that year: a ratio keeps its own year."""
    named = _FROM_YEAR.search(before) or (None if ratio else _TO_YEAR.search(before))
    if named:
        y = int(normalise(named.group(1)))
        modality = "actual" if year and y < year else here.modality
        return Scope(modality, str(y), "annual")
    if _FROM.search(before):
        if run := list(RUN_END.finditer(before)):
            # …由1997年的…增加到2002年的…；国家外汇储备由1399亿美元增加到…: the run's start
            return Scope("actual", run[-1].group(1), "annual")
        if compared := COMPARED_OPENING.match(normalise(before)):
            return Scope("actual", compared.group(2), "annual")  # 1982年同1978年相比，…由1559亿元增加到…
        first = re.match(r"\d{4}", here.period or "")
        start = int(first.group()) - 1 if first else (year - 1 if year else None)
        return Scope("actual", str(start) if start else None, "annual")
    return here


# …支出预算24.9亿元，包括：国有企业资本金注入10.7亿元、…其他国有资本经营预算支出1.2亿元: the lines
# after it are parts of the figure before
BREAKDOWN_OPENS = re.compile(r"(?:其中|包括|主要是|主要有|具体是)[:：]")
INDEX_POINTS = re.compile(r"价格(?:总)?指数$")
CUE_WINDOW = 400  # characters before a figure in which its sentence's cues are read
CLAUSE_END = re.compile(r"[，,；;：:。]")
EVENTS = ("次", "届", "场", "期", "轮", "批", "起")  # counts of happenings: over the years they name
# …PCT国际专利申请超5万件，分别是“十一五”的3.2倍: figures compared with an earlier plan's are its totals
PLAN_COMPARED = re.compile(r"是[“\"]?[一二三四五六七八九十]{1,3}五[”\"]?(?:时期|期间)?的")
PASSING = ("突破", "超过", "超", "逾")  # approximators inside a quantity's span that pass a mark
PART_OF = re.compile(r"\s*其中")
AIM_AFTER = re.compile(r"[^，,。；;]{0,40}?的(?:预期|调控|奋斗|年度|预定)?目标")
# A share of things in a state (71%的煤电机组实现超低排放, 覆盖率): a level, unlike a share of another
# figure (占全国比重, 用于民生的比重), which goes with that figure's span
RATE_METRIC = re.compile(r"^(?!.*(?:占|用于)).*(?:比例|覆盖率|达标率|普及率)$")
RUN_OF_PARTS = re.compile(r"其中[^；;。]*$")
# 分地区看，按企业规模分，从行业看: a sentence that breaks the figure before down by a category
BREAKDOWN = re.compile(r"\s*(?:分|按|从)[\u4e00-\u9fff]{1,6}(?:看|分|划分|统计)[，,：:]")


def _sentence_indicators(sentence: str, page: int | None, scope: Scope, year: int | None,
                         entries: list[Entry], regions: tuple[str, ...] = (),
                         of_a_level: bool = False, whole: str = "",
                         whole_ids: set[str] | frozenset[str] = frozenset(),
                         broken_down: str = "") -> list[Indicator]:
    # (一九八五年 read as 1985年 by every rule; the evidence keeps the words as printed)
    source, sentence = sentence, arabic_years(sentence)
    quantities = find_quantities(sentence)
    if not quantities:
        return []
    rows: list[Indicator] = []
    readings = complete_fragments(sentence, read_metrics(sentence, quantities))
    levels = entries[0].rules.levels if entries else None
    level_named = False  # a figure before in the sentence named one level of government
    opens = [m.end() for m in BREAKDOWN_OPENS.finditer(sentence)]
    categories: set[int] = set()  # readings of a part named by its category: never the whole's id
    if whole or broken_down:
        # 其中，参保在职职工67.03万人: the parts of the figure the sentence before ended on;
        # 按地区分，永定区增长6.1%: the parts of the one it opened on
        for n, r in enumerate(readings):
            restated = restate_subject(whole, r.metric) if whole else restate_subject(broken_down, r.metric,
                                                                                    listed=True)
            category = not restated and of_category(whole or broken_down, r.metric, r.quantity.unit)
            if category:
                categories.add(n)
            readings[n] = replace(r, metric=restated or category or r.metric)
    # the readings of the previous figure (several: A和B均由…) and of the current one
    previous: list[Reading] = []
    current: list[Reading] = []
    for n, r in enumerate(readings):
        q = r.quantity
        if current and current[0].quantity is not q:
            previous, current = current, []
        current.append(r)
        last_subjects = [x.metric for x in previous]
        # Cues are read in the words before the figure, within a bound: a page without sentence
        # breaks must not cost the square of its length.
        before = sentence[max(0, q.start - CUE_WINDOW):q.start]
        # (a ratio, 翻了一番 or 是五年前的2.3倍, is a change over the years as a growth is)
        changed = r.change is not None or q.unit == "倍"
        after = CLAUSE_END.split(sentence[q.end:q.end + CUE_WINDOW], maxsplit=1)[0]
        placed = sentence_scope(before, scope, year, Figure(
            change=changed, after=after, money=q.unit in ("元", "美元"), passed=sentence.startswith(PASSING, q.start),
            compared=bool(PLAN_COMPARED.search(sentence, q.end, q.end + CUE_WINDOW)),
            rate=q.unit == "%" and not changed and bool(RATE_METRIC.search(r.metric))
            and not RUN_OF_PARTS.search(sentence[:q.start])))  # (…，其中高校毕业生比例40%: the term's part)
        here = cue_scope(before, placed, year, whole=q.start <= CUE_WINDOW)
        if here.modality == "actual" and AIM_AFTER.match(after):
            # 没有实现年初确定的单位国内生产总值能耗降低4%左右…的目标: the figure of an aim
            here = replace(here, modality="target")
        # The approximator (突破, 达到) may be part of the quantity's span: read up to its end.
        clause_start = max(sentence.rfind(c, max(0, q.start - CUE_WINDOW), q.start)
                           for c in "，；：。") + 1
        clause = sentence[clause_start:q.end]
        executed = EXECUTED.search(r.metric) or (PART_OF.match(clause) and rows and rows[-1].modality == "actual"
                                                 and EXECUTED.search(rows[-1].metric))
        if here.modality == "target" and (ACCOMPLISHED.search(clause) or executed):
            # 转移支付补助支出执行数3285.06亿元 in the next year's budget: what was spent
            named = re.search(r"([0-9]{4})年", clause)  # (已下达2024年新增专项债券额度: 2024's)
            this_year = bool(year) and bool(THIS_YEAR_NAMED.search(sentence[:q.start]))  # (今年…形成了12项)
            here = Scope("actual", named.group(1) if named and year and int(named.group(1)) >= year
                         else str(year) if this_year else str(year - 1) if year else None, "annual")
        metric = r.metric
        last_year = _FROM_LAST_YEAR.search(before)
        if last_year and year:
            # 去年 is the year before the speech; 上年 the year before the one spoken of.
            spoken_of = int(here.period) if (here.period or "").isdigit() else year
            last = year - 1 if last_year.group(1) == "去年" else spoken_of - 1
            # (a plan's 由上年18亿元增加到95亿元: where it starts is last year's fact, unless it is last
            # year's aim: 涨幅目标由上年的3%左右调整为2%左右)
            fact = last < year and not re.search(r"目标|预期|计划", sentence[clause_start:q.start])
            here = replace(here, modality="actual" if fact else here.modality, period=str(last), scope="annual")
        here = _start_or_end(before, here, year, ratio=q.unit == "倍")
        if (here.scope == "term" and here.modality == "actual" and not changed and rows
                and q.unit not in EVENTS and (level := _level_beside(rows, clause, metric))
                and level.modality == here.modality):
            here = replace(here, period=level.period, scope="annual")
        metrics = [metric]
        gap = sentence[previous[0].quantity.end if previous else 0:q.start]
        if n and readings[n - 1].quantity is q and FROM_TO.match(gap):
            continue  # the figure's subjects were all given with its first reading
        if rows and FROM_TO.match(gap):
            # 由上年的6%调整为5.5%: the second figure is the same thing; 总收入和总支出均由A增加到B:
            # the same things
            metrics = last_subjects or [rows[-1].metric]
        evidence, offset = evidence_around(source, q.start, q.end)
        part = bool(entries) and entries[0].rules.about_a_part(sentence, clause_start)
        # under 2.市级, 其中，税收收入587亿元 is the city level's tax, no whole's figure
        # and 市本级一般公共预算收入51.6亿元，一般公共预算支出124.8亿元: the level holds for the
        # sentence's later clauses too
        level = (of_a_level or level_named) and bool(entries) and not entries[0].rules.names_the_whole(clause)
        # 实际利用外资50.42亿美元，其中外商直接投资36.23亿美元: a part of what the sentence
        # stated before is never the same indicator as that whole
        opened = bisect.bisect_left(opens, q.start)
        # (…2.38万亿元，其中中央财政赤字1.55万亿元，地方财政赤字8300亿元: the parts run on after 其中)
        run_of_parts = RUN_OF_PARTS.search(sentence, max(0, clause_start - CUE_WINDOW), clause_start)
        part_of_earlier = bool(rows) and (bool(PART_OF.match(clause)) or bool(run_of_parts) or bool(
            opened and readings[0].quantity.end <= opens[opened - 1]))
        for metric in metrics:
            unit = implied_unit(sentence, q, metric)
            if unit == "个百分点" and r.change and INDEX_POINTS.search(metric):
                unit = "%"  # 价格总指数上升2.8个百分点: an index of 上年=100 risen 2.8 points is 2.8 %
            canonical = None if level or n in categories else match(entries, metric, unit, r.change,
                                                                     regions, part)
            if (canonical and canonical.endswith(".growth") and here.scope == "term" and unit == "%" and r.change
                    and not MEAN_OF_YEARS.search(sentence, clause_start, q.start)
                    and not RATE_NAMED.search(sentence, clause_start, q.start)):  # (a rate named as one)
                canonical = None  # 五年增长57%: the term's whole growth, no year's rate to compare
            if canonical and ((part_of_earlier and any(x.canonical == canonical for x in rows))
                              or canonical in whole_ids):
                canonical = None  # (其中，住户贷款余额…: a part of the sentence before's loans)
            items = list_items(metric, amount=unit in ("元", "美元")) if canonical else []
            if any(match(entries, i, unit, r.change, regions, part) != canonical for i in items):
                # 新增专项债券、超长期特别国债、中央预算内投资1664亿元, 存、贷款余额: the sum of
                # several things is none of them, unless each names it (代表建议、批评和意见)
                canonical = None
            rows.append(Indicator(
                metric=metric, value=q.value, unit=unit, low=q.low, high=q.high,
                approx=q.approx or r.approx, change=r.change, modality=here.modality,
                period=here.period, scope=here.scope,
                canonical=canonical,
                evidence=evidence, evidence_offset=offset, page=page,
            ))
            level_named = level_named or bool(levels and levels.match(metric.lstrip("—－-")))
    return rows
