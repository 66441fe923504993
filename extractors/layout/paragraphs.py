"""Paragraphs from lines in reading order, rebuilt across column and page breaks."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from statistics import median

from extractors.layout.lines import Line
from extractors.layout.text import ends_on_stop, ends_sentence, join_lines

# a numbered section head opens a heading of its own: 一、 （一） 1. （1）
_NUMBERED = re.compile(r"^\s*([一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百0-9０-９]+[)）]"
                       r"|[0-9０-９]+[、.．](?![0-9０-９]))")


@dataclass(frozen=True, slots=True)
class ParaParams:
    indent_em: float = 0.8  # a first line starting this much right of the line above is a new paragraph
    indent_max_em: float = 4.0  # a first-line indent is about two characters; further in is aligned
    set_in_max_em: float = 1.5  # a block set in by less than that (a scan shifted) has no first lines
    fill_em: float = 1.5  # a line ending this close to the column's right edge fills the column
    extra_gap_em: float = 0.5  # white space beyond the usual leading that separates paragraphs
    size_tolerance: float = 0.06  # relative size difference that still counts as the same type
    head_gap_em: float = 0.8  # lines of one headline are set this close
    display_ratio: float = 1.12  # type this much larger than the body is display type (headings)
    display_align_em: float = 0.5  # the lines of a heading broken flush left start this close
    display_max_chars: int = 40  # a heading broken over lines is this short, all lines together
    wrap_share: float = 0.5  # lines wrapping round a shape still span this share of the column
    subhead_ratio: float = 1.6  # display type under this much larger than the body: sub-headings


@dataclass(slots=True)
class RawBlock:
    lines: list[Line]
    furniture: str | None = None  # "header" / "footer" when the region is page furniture

    @property
    def first(self) -> Line:
        return self.lines[0]

    @property
    def last(self) -> Line:
        return self.lines[-1]

    @property
    def size(self) -> float:
        return self.first.size

    @property
    def font(self) -> str:
        return self.first.font

    @property
    def page(self) -> int:
        return self.first.page

    @property
    def article(self) -> int | None:
        return self.first.article

    def text(self) -> str:
        return join_lines([ln.text for ln in self.lines])


def same_style(a: Line, b: Line, p: ParaParams) -> bool:
    return (abs(a.size - b.size) <= p.size_tolerance * max(a.size, b.size)
            and (a.font == b.font or not a.font or not b.font))


def fills(line: Line, p: ParaParams) -> bool:
    return line.x1 >= line.col_x1 - p.fill_em * line.size


def indented(line: Line, p: ParaParams) -> bool:
    return line.x0 - line.col_x0 >= p.indent_em * line.size


def less_than_indent(line: Line, p: ParaParams) -> bool:
    """Set in by less than a first-line indent of two characters."""
    return line.x0 - line.col_x0 < p.set_in_max_em * line.size


def usual_gap(lines: list[Line]) -> float:
    """The leading between consecutive lines of one region, in em of their type size.

    In em because display type is set with proportionally wider leading than the body.
    """
    gaps = [(b.top - a.bottom) / a.size for a, b in pairwise(lines)
            if a.leaf == b.leaf and a.page == b.page and b.top >= a.bottom]
    return median(gaps) if gaps else 0.0


def uses_indents(lines: list[Line], p: ParaParams, min_share: float = 0.02) -> bool:
    """Whether paragraphs here start with an indent (then an unindented line never starts one)."""
    n = sum(1 for ln in lines if indented(ln, p) and fills(ln, p))
    return n >= max(1, min_share * len(lines))


def build_paragraphs(lines: list[Line], furniture: dict[int, str], p: ParaParams = ParaParams()
                     ) -> list[RawBlock]:
    """`lines` in reading order; `furniture` maps id(line) of header/footer lines to their kind.

    A paragraph left unfinished at the end of its flow (its last line fills the column
    mid-sentence) while other text follows on the page is "dangling"; the next page's first body
    line takes it up when it opens as a continuation line, and that page's text is read right
    after it, ahead of the blocks that interrupted the flow (a side column, another section), as
    a story continued on the next page is read. Only the next page, and only its first body
    line: a paragraph never leaps over pages or into the middle of one.
    """
    body = [ln for ln in lines if id(ln) not in furniture]
    following = {id(a): b for a, b in pairwise(body) if (a.page, a.leaf) == (b.page, b.leaf)}

    def set_in(ln: Line) -> bool:
        """An indented full line mid-sentence with the next line starting where it does is no
        first line: its block is set in (a scan's text shifted on its page)."""
        nxt = following.get(id(ln))
        return (nxt is not None and indented(ln, p) and less_than_indent(ln, p) and fills(ln, p)
                and not ends_sentence(ln.text) and abs(nxt.x0 - ln.x0) < p.indent_em * ln.size / 2)

    gap = usual_gap(body)
    indents = uses_indents(body, p)
    sizes: Counter[float] = Counter()
    for ln in body:  # each glyph counts: one round a line, weighted by its glyphs
        if ln.chars:
            sizes[round(ln.size, 1)] += len(ln.chars)
    body_size = sizes.most_common(1)[0][0] if sizes else 0.0
    blocks: list[RawBlock] = []
    dangling: list[RawBlock] = []
    insert: int | None = None  # where this page's blocks go while following a resumed flow
    cur: RawBlock | None = None
    prev_line: Line | None = None
    fresh = True  # no body line of this page read yet

    def add(block: RawBlock) -> None:
        nonlocal insert
        if insert is None:
            blocks.append(block)
        else:
            blocks.insert(insert, block)
            insert += 1

    for ln in lines:
        if prev_line is not None and ln.page != prev_line.page:
            insert = None
            fresh = True
            dangling = [d for d in dangling if d.last.page == prev_line.page]
        new_leaf = prev_line is None or (ln.page, ln.leaf) != (prev_line.page, prev_line.leaf)
        prev_line = ln
        kind = furniture.get(id(ln))
        if kind:
            last = blocks[-1] if blocks and insert is None else None
            if last is not None and last.furniture == kind and last.last.leaf == ln.leaf \
                    and last.page == ln.page:
                last.lines.append(ln)
            else:
                add(RawBlock([ln], kind))
            continue
        first_body, fresh = fresh and not ln.head, fresh and ln.head
        if cur is not None and _continues(cur.last, ln, p, gap, indents, body_size, cur.first, set_in(ln)):
            cur.lines.append(ln)
            continue
        if cur is not None and _unfinished(cur, body_size, p):
            dangling.append(cur)
        resumed = next((d for d in reversed(dangling) if ln.page == d.last.page + 1
                        and same_style(d.last, ln, p) and (not indented(ln, p) or set_in(ln))),
                       None) if first_body and new_leaf else None
        if resumed is not None:
            dangling.remove(resumed)
            resumed.lines.append(ln)
            cur = resumed
            insert = blocks.index(resumed) + 1
            continue
        cur = RawBlock([ln])
        add(cur)
    return blocks


def _unfinished(block: RawBlock, body_size: float, p: ParaParams) -> bool:
    last = block.last
    return (abs(last.size - body_size) <= p.size_tolerance * body_size and fills(last, p)
            and not ends_sentence(last.text))


def _lead_face(line: Line) -> str:
    """The face the line opens in (its first Chinese glyph's)."""
    return next((c.font for c in line.chars if ord(c.text[0]) > 0x2E80), "")


def _centred(ln: Line, p: ParaParams) -> bool:
    """Set in the middle of its column, white on both sides."""
    left, right = ln.x0 - ln.col_x0, ln.col_x1 - ln.x1
    return min(left, right) >= ln.size and abs(left - right) <= 2 * p.display_align_em * ln.size


def _one_axis(prev: Line, ln: Line, body_size: float, p: ParaParams) -> bool:
    """`ln` goes on a heading whose first line is `prev`, both centred on their column's axis
    (the white at either end of each the same) — the first line perhaps running over the whole
    measure, the rest centred under it (a heading too long for its column). A title's first
    line shorter than the next was ended by choice (a banner's two headlines); a sub-heading's
    lines, in type under a headline's, in one column between paragraphs, are one heading
    however they break (把好“普法关” / 狠抓基层源头治理): a section has one sub-heading, never
    two in a row."""
    tol = 2 * p.display_align_em * ln.size

    def on_axis(x: Line) -> bool:
        return abs((x.x0 - x.col_x0) - (x.col_x1 - x.x1)) <= tol

    if not (on_axis(prev) and on_axis(ln)) or abs(ln.x0 + ln.x1 - prev.x0 - prev.x1) > tol:
        return False
    return prev.x1 - prev.x0 >= ln.x1 - ln.x0 or prev.size < p.subhead_ratio * body_size


def _continues(prev: Line, ln: Line, p: ParaParams, gap: float, indents: bool,
               body_size: float, first: Line | None = None, set_in: bool = False) -> bool:
    """Whether `ln` goes on the paragraph whose last line is `prev` (and first line `first`)."""
    if prev.vertical or ln.vertical or prev.article != ln.article:
        return False
    if prev.head or ln.head:
        # A headline broken over lines of one size and face (centred, each short) is one.
        return (prev.head and ln.head and same_style(prev, ln, p)
                and 0 <= ln.top - prev.bottom <= p.head_gap_em * ln.size)
    # A heading in display type broken over lines flush left (项目总投资超475亿元 / 清表即将完成,
    # a headline of two lines) is one: the first line is short of the column's edge, as a
    # heading's lines are, and ends on no stop.
    # So is a document's title centred over two lines (关于重庆市2025年预算执行情况和 /
    # 2026年预算草案的报告), its lines on one axis, broken where the first ran long: a first
    # line shorter than the next was ended by choice (坚定信心 实干争先 / 奋力谱写高质量发展新篇章,
    # two headlines of one banner) — but not in a sub-heading's type (`_one_axis`).
    if (prev.page == ln.page and prev.leaf == ln.leaf and same_style(prev, ln, p)
            and prev.size >= p.display_ratio * body_size
            and 0 <= ln.top - prev.bottom <= p.head_gap_em * ln.size
            and (abs(ln.x0 - prev.x0) <= p.display_align_em * ln.size
                 or _one_axis(prev, ln, body_size, p))
            and len(prev.text) + len(ln.text) <= p.display_max_chars
            and (first is None or first is prev)
            and not ends_on_stop(prev.text) and not _NUMBERED.match(ln.text)):
        return True
    # A run-in lead (本报讯（记者…）) opens an indented paragraph in a heavier face of the body
    # size and runs on into the next line before the body face takes over; a heading in that
    # face is not indented, and stops at its line end. Where paragraphs open flush left (a
    # column of notices) the run-in is known by the body face taking over within the next line.
    if not same_style(prev, ln, p) and (
            abs(prev.size - ln.size) > p.size_tolerance * max(prev.size, ln.size)
            or not fills(prev, p) or ends_sentence(prev.text) or indented(ln, p)
            or first is None or not (indented(first, p) or _lead_face(ln) != ln.font)
            or first.x0 - first.col_x0 > p.indent_max_em * first.size
            or _lead_face(ln) not in {c.font for c in prev.chars}):
        return False
    if prev.page == ln.page and prev.leaf == ln.leaf:
        if ln.top - prev.bottom > (gap + p.extra_gap_em) * ln.size:
            return False
        # After a full stop, a line opening on a run-in in another face (the next notice's
        # party) opens a paragraph, indent or none.
        if ends_sentence(prev.text) and _lead_face(ln) != ln.font:
            return False
        # Text wrapping round a shape steps in line by line (a picture in the page's ground
        # at the column's foot): a full line left mid-sentence goes on, however far in the
        # next line starts, while the lines still run over most of the column (a short line
        # set flush right under another, a date under its signatory, stands alone).
        half = p.wrap_share * (ln.col_x1 - ln.col_x0)
        if fills(prev, p) and fills(ln, p) and not ends_sentence(prev.text) \
                and ln.x0 - prev.x0 >= p.indent_em * ln.size and same_style(prev, ln, p) \
                and prev.x1 - prev.x0 >= half and ln.x1 - ln.x0 >= half:
            return True
        # A first-line indent; a centred line that merely ends short is no indent.
        if ln.x0 - prev.x0 >= p.indent_em * ln.size and (fills(ln, p) or ends_sentence(prev.text)):
            return False
        # A first line indented by about two characters, then a line starting that much
        # further left, mid-sentence: one paragraph, though set on a narrower measure than its
        # region (a lead under a headline) so that its lines do not reach the region's edge.
        # A centred line (a notice's title over its addressee) is no first line.
        back = (prev.x0 - ln.x0) / ln.size
        centred = abs((prev.x0 - prev.col_x0) - (prev.col_x1 - prev.x1)) <= prev.size
        if prev is first and p.indent_em <= back <= p.indent_max_em and not ends_sentence(prev.text) \
                and same_style(prev, ln, p) and not centred:
            return True
        if not fills(prev, p):
            return False
        # A line set flush right or centred (a case number, a date under a title) stands alone.
        if prev.x0 - ln.x0 > p.indent_max_em * prev.size and prev is first:
            return False
        # In body text set with first-line indents, an indented line after a full one opens a
        # paragraph even when the line above was itself a first line (a one-line paragraph).
        # (Lines all set in by the same amount, a scan's block shifted on its page, are no
        # first lines: the line above, full and mid-sentence, starts where this one does.)
        body = abs(ln.size - body_size) <= p.size_tolerance * body_size
        set_in = (indented(prev, p) and less_than_indent(prev, p) and not ends_sentence(prev.text)
                  and abs(ln.x0 - prev.x0) < p.indent_em * ln.size / 2)
        return not (body and indents and indented(ln, p) and not set_in)
    # A column or page break: the paragraph goes on only where the text moved to the next column
    # (up the page, or a later page) and the last line ran to the column's edge mid-sentence.
    moved_on = ln.page > prev.page or ln.top < prev.top
    if not moved_on or not fills(prev, p) or (indented(ln, p) and not set_in):
        return False
    return indents or not ends_sentence(prev.text)
