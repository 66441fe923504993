"""Indicators: stated quantities read out of a repaired document.

numbers → grammar (quantity spans) → metric (what each counts) → context (modality, period) →
catalog (canonical id). Each step is a pure function of the previous one's value.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from extractors.indicators.catalog import Entry, load_catalog, match
from extractors.indicators.context import (
    ACCOMPLISHED,
    Scope,
    cue_scope,
    heading_level,
    heading_like,
    heading_scope,
    infer_year,
    paragraph_scope,
    sentence_scope,
)
from extractors.indicators.grammar import find_quantities, implied_unit
from extractors.indicators.metric import read_metrics
from extractors.model import Block, Document, Indicator

SENTENCE_END = re.compile(r"(?<=[。！？!?])")


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph, each keeping its final mark."""
    return [s for s in SENTENCE_END.split(text) if s.strip()]


def _sections(doc: Document, year: int | None) -> Iterator[tuple[str, int, Scope]]:
    """(paragraph text, page, scope) for each body paragraph, scope from the headings above it
    and the scope word leading it, which carries on until the next heading or scope word."""
    stack: dict[int, Scope] = {}
    carried: Scope | None = None
    ahead: Scope | None = None  # set once a top heading opens the part about the coming year
    for block in doc.body():
        if block.type == "paragraph" and heading_like(block.text):
            block = Block("heading", block.text, block.page, level=heading_level(block.text))
        if block.type == "heading":
            level = block.level or 1
            for lv in [lv for lv in stack if lv >= level]:
                del stack[lv]
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
        base = stack[max(stack)] if stack else Scope()
        if base.modality == "reference":
            continue  # 名词解释: figures that define terms, not figures of the report
        start = carried or base
        scope = paragraph_scope(block.text, start, year)
        if scope != start:
            carried = scope
        yield block.text, block.page, scope


def extract_indicators(doc: Document, *, year: int | None = None,
                       catalog: str | Path | None = None) -> list[Indicator]:
    """Every stated quantity of the document, one Indicator each.

    `year` is the report's year; when None it is read from the text. Targets of the coming year
    come first, then targets over a term (“十四五”时期), then actuals, each group in document order.
    """
    if year is None:
        year = infer_year(doc.blocks)
    entries = load_catalog(catalog)
    out: list[Indicator] = []
    for text, page, scope in _sections(doc, year):
        for sentence in split_sentences(text):
            out.extend(_sentence_indicators(sentence, page, scope, year, entries))
    return sorted(out, key=_order)


def _order(i: Indicator) -> int:
    """Targets of the coming year first, then a plan's targets (“十四五”时期), then actuals."""
    if i.modality != "target":
        return 2
    return 1 if i.scope == "term" else 0


# 由上年的3%左右调整为2%左右, 从去年的5.6%降至5.2%: the first figure is last year's, and the
# second, reached through a verb of change, is the same indicator now.
FROM_TO = re.compile(r"^(?:左右|以上|以内)?(?:调整|提高|增加|上调|下调|降低|下降|减少|上升|扩大|缩小|"
                     r"压减|增长|回落|升|降)?(?:为|到|至)$")
_FROM_LAST_YEAR = re.compile(r"(?:由|从)(上年|去年|上一年)(?:度)?的?(?:目标)?$")


def _sentence_indicators(sentence: str, page: int | None, scope: Scope, year: int | None,
                         entries: list[Entry]) -> list[Indicator]:
    quantities = find_quantities(sentence)
    if not quantities:
        return []
    rows: list[Indicator] = []
    prev_end = 0
    for r in read_metrics(sentence, quantities):
        q = r.quantity
        here = cue_scope(sentence[:q.start], sentence_scope(sentence[:q.start], scope, year), year)
        # The approximator (突破, 达到) may be part of the quantity's span: read up to its end.
        clause = sentence[max(sentence.rfind(c, 0, q.start) for c in "，；：。") + 1:q.end]
        if here.modality == "target" and ACCOMPLISHED.search(clause):
            here = Scope("actual", str(year - 1) if year else None, "annual")
        metric = r.metric
        before = _FROM_LAST_YEAR.search(sentence[:q.start])
        if before and year:
            # 去年 is the year before the speech; 上年 the year before the one spoken of.
            spoken_of = int(here.period) if (here.period or "").isdigit() else year
            last = year - 1 if before.group(1) == "去年" else spoken_of - 1
            here = replace(here, period=str(last), scope="annual")
        if rows and FROM_TO.match(sentence[prev_end:q.start]):
            metric = rows[-1].metric  # 由上年的6%调整为5.5%: the second figure is the same thing
        prev_end = q.end
        unit = implied_unit(sentence, q, metric)
        rows.append(Indicator(
            metric=metric, value=q.value, unit=unit, low=q.low, high=q.high, approx=q.approx or r.approx,
            change=r.change, modality=here.modality, period=here.period, scope=here.scope,
            canonical=match(entries, metric, unit, r.change),
            evidence=sentence.strip(), page=page,
        ))
    return rows
