"""Lines from the characters of one region (a column piece): by baseline, left to right."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from operator import attrgetter

from extractors.layout.text import line_text
from extractors.pdf import Char

_TOP_X0, _X0 = attrgetter("top", "x0"), attrgetter("x0")


@dataclass(slots=True)
class Line:
    chars: list[Char]
    col_x0: float  # left and right edge of the column the line sits in
    col_x1: float
    page: int = 0
    vertical: bool = False
    text: str = ""
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    size: float = 0.0
    font: str = ""
    leaf: int = 0  # which region of the page the line came from
    article: int | None = None  # the article it belongs to on a multi-article page
    head: bool = False  # part of its article's headline stack (kicker, headline, deck)
    under_image: bool = False  # starts just under a photo (a caption, when set apart)
    tinted: bool = False  # set on a filled (tinted) ground: a box, an advert's panel

    def __post_init__(self) -> None:
        cs = self.chars
        self.x0 = min(c.x0 for c in cs)
        self.x1 = max(c.x1 for c in cs)
        self.top = min(c.top for c in cs)
        self.bottom = max(c.bottom for c in cs)
        ink = [c for c in cs if not c.text.isspace()] or cs
        self.size = _most_common([c.size for c in ink])
        # The typeface of the Chinese text names the style; Latin digits often come in another
        # font, so a line of digits alone ("2.5" of PM2.5 set apart) has no style of its own ("").
        wide = [c.font for c in ink if ord(c.text[0]) > 0x2E80]
        self.font = _run_in_face(wide) or (_most_common(wide) if wide else "")
        if not self.text:
            self.text = line_text(cs) if not self.vertical else "".join(c.text for c in cs)


def _most_common(values: list):
    """Counter(values).most_common(1)'s value (the first seen of the most frequent); most lines
    are set in one size and one font, which needs no counting."""
    if values.count(values[0]) == len(values):
        return values[0]
    return Counter(values).most_common(1)[0][0]


def _run_in_face(faces: list[str], min_run: int = 1) -> str:
    """The face a line goes on in after a run-in: a name or label set in a heavier face opening
    the line (何晓波：本院受理…, 驾驶员…车牌号：闽A…) that changes to another face within it.
    Such a line is body text whatever share the run-in takes; "" when the line is in one face
    or changes more than once."""
    if len(faces) <= min_run or faces[0] == faces[-1]:
        return ""
    k = faces.index(faces[-1])
    if k == 0 or len(faces) - k < min_run or any(f != faces[0] for f in faces[:k]) \
            or any(f != faces[-1] for f in faces[k:]):
        return ""
    return faces[-1]


def group_lines(chars: list[Char], overlap: float = 0.5, size_ratio: float = 2.0) -> list[list[Char]]:
    """Characters whose vertical middle falls inside a line's extent belong to that line.

    `overlap` is the share of a glyph's height that must sit inside the line, so mixed fonts
    (Times digits sit a little lower than Song) stay on one line while the next line does not.
    """
    rows: list[list[Char]] = []
    top = bottom = 0.0
    lo = hi = 0.0  # the least and greatest glyph height of the last row
    mixed = False
    for c in sorted(chars, key=_TOP_X0):
        # min/max spelt out: this runs once a glyph
        ct, cb = c.top, c.bottom
        h = cb - ct
        if h < 0.1:
            h = 0.1
        if rows:
            line = bottom - top
            if ((bottom if bottom <= cb else cb) - (top if top >= ct else ct)
                    >= overlap * (h if h <= line else line)):
                rows[-1].append(c)
                if cb > bottom:
                    bottom = cb
                if h < lo:
                    lo = h
                elif h > hi:
                    hi = h
                if hi > size_ratio * lo:
                    mixed = True
                continue
        rows.append([c])
        top, bottom, lo, hi = ct, cb, h, h
    if mixed:
        rows = _part_sizes(rows, overlap, size_ratio)
    for r in rows:
        r.sort(key=_X0)
    return rows


def _height(c: Char) -> float:
    return max(c.bottom - c.top, 0.1)


def _part_sizes(rows: list[list[Char]], overlap: float, size_ratio: float, min_run: int = 4
                ) -> list[list[Char]]:
    """Display type set beside body text (a headline's art, a drop cap) spans several of the
    body's lines, and a line grown by it takes them all in, interleaved (河南商报: 郑州建设 beside
    a lead in 10.5 pt). Where a line's glyphs under 1/`size_ratio` of its tallest stand in
    more than one line of their own, or make a run of `min_run` glyphs (body text beside the
    display line), they and the tall glyphs are grouped apart; a small glyph or two (a mark
    the detector boxed apart, a note) stay in their line."""
    out: list[list[Char]] = []
    for r in rows:
        hi = max(_height(c) for c in r)
        small = [c for c in r if size_ratio * _height(c) < hi]
        ink = [c for c in small if not c.text.isspace()]
        if len(ink) < min_run and len(group_lines(ink, overlap, size_ratio) if ink else []) < 2:
            out.append(r)
            continue
        parts = group_lines(small, overlap, size_ratio)
        tall = [c for c in r if size_ratio * _height(c) >= hi]
        out += group_lines(tall, overlap, size_ratio) + parts
    out.sort(key=lambda r: min(c.top for c in r))  # stable: rows left whole keep their order
    return out


def _is_vertical(rows: list[list[Char]], align_em: float) -> bool:
    """A stack of single glyphs sharing one axis: vertical type (竖排标题)."""
    if len(rows) < 3 or any(len(r) != 1 for r in rows):
        return False
    xs = [r[0].xc for r in rows]
    em = max(r[0].size for r in rows)
    return max(xs) - min(xs) <= align_em * em


def build_lines(chars: list[Char], col_x0: float, col_x1: float, page: int = 0, leaf: int = 0,
                overlap: float = 0.5, vertical_align_em: float = 0.5) -> list[Line]:
    ink = [c for c in chars if not c.text.isspace()]
    if not ink:
        return []
    rows = group_lines(chars, overlap)
    rows = [r for r in rows if any(not c.text.isspace() for c in r)]
    if _is_vertical(rows, vertical_align_em):
        stack = [r[0] for r in rows]
        return [Line(stack, col_x0, col_x1, page, vertical=True, leaf=leaf)]
    out = []
    for r in rows:
        while r and r[-1].text.isspace():
            r.pop()
        while r and r[0].text.isspace():
            r.pop(0)
        if r:
            out.append(Line(r, col_x0, col_x1, page, leaf=leaf))
    return out
