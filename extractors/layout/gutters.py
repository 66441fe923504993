"""Gutters as white rivers, in the manner of Breuel's whitespace analysis.

A gutter is a white strip of the x axis with rows of text ending just left of it and rows
starting just right of it over the same height (the rows of two columns need not line up: two
articles side by side are set on their own leading), wider than the spacing of the glyphs
beside it in those rows. Measuring against each row's own spacing, not the page's, lets a
0.4 em gutter between justified columns count (their letters sit a little apart, each line by
its own amount) while a letter-spaced heading or a grid of characters set with tracking stays
whole: its white is as wide as its own spacing.

A few lines may cross the strip (a headline, a deck or a caption set over the columns it
stands on): they are returned as the gutter's `crossing` rows, so the caller can mask them —
cut them off as a band of their own — and let the strip part the columns below or above them
(XY-Cut++'s mask-first step).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from operator import attrgetter

import numpy as np

from extractors.pdf import Char

# Full-width punctuation inks one half of its em box: closing marks the left, opening marks the
# right. A mark at the end of a column's line must not close the gutter beside it.
_CLOSING = set("，。、：；！？）」』》〉】”’")
_OPENING = set("（「『《〈【“‘")
_MARKS = _CLOSING | _OPENING
_X0, _TOP, _BOTTOM, _SIZE = (attrgetter(a) for a in ("x0", "top", "bottom", "size"))


@dataclass(frozen=True, slots=True)
class WhiteParams:
    row_tol: float = 0.3  # glyphs whose centres lie this close (of their size) share a row
    min_width_em: float = 0.3  # no gutter is narrower than this (of the row's type size)
    spacing_factor: float = 2.0  # ... nor narrower than this many times its row's own spacing
    spacing_glyphs: int = 6  # the spacing beside a gap: the median of this many gaps each side
    min_rows: int = 3  # rows ending beside the strip on each side, over the same height
    reach_em: float = 1.0  # a row ends beside the strip when its last glyph is this close
    min_share: float = 0.6  # of the rows beside the strip, this share must be set tighter than
    #                         the strip is wide
    max_crossing_share: float = 0.25  # rows crossing the strip, against the rows it parts


@dataclass(slots=True)
class Row:
    chars: list[Char]  # sorted by x
    ink: list[tuple[float, float]]  # the glyphs' inked extents, in the same order
    top: float
    bottom: float
    size: float
    starts: list[float] = field(default_factory=list)  # the ink's left ends, for bisecting


@dataclass(frozen=True, slots=True)
class Gutter:
    x0: float
    x1: float
    support: int  # rows it parts, text on both sides
    crossing: tuple[int, ...]  # indices (into the rows) of the rows that cross it

    @property
    def x(self) -> float:
        return (self.x0 + self.x1) / 2


def ink_x(c: Char) -> tuple[float, float]:
    if c.text in _CLOSING and c.x1 - c.x0 > 0.75 * c.size:
        return c.x0, c.x0 + 0.5 * (c.x1 - c.x0)
    if c.text in _OPENING and c.x1 - c.x0 > 0.75 * c.size:
        return c.x1 - 0.5 * (c.x1 - c.x0), c.x1
    return c.x0, c.x1


def rows_of(chars: list[Char], p: WhiteParams = WhiteParams()) -> list[Row]:
    """Glyphs grouped into rows by their vertical centre, top to bottom.

    A row is measured from its first glyph, not chained: two columns whose lines drift apart
    by a little each line never fuse into one tall row.
    """
    out: list[Row] = []
    ink = [c for c in chars if not c.text.isspace()]
    mids = [(c.top + c.bottom) / 2 for c in ink]  # Char.yc, read once
    order = sorted(range(len(ink)), key=mids.__getitem__)
    tol = p.row_tol
    cur: list[Char] = []
    yc0 = size0 = 0.0
    for i in order:
        c, yc = ink[i], mids[i]
        if cur:
            size = c.size
            if yc - yc0 <= tol * (size0 if size0 <= size else size):
                cur.append(c)
                continue
            out.append(_row(cur))
        cur, yc0, size0 = [c], yc, c.size
    if cur:
        out.append(_row(cur))
    return out


def _row(chars: list[Char]) -> Row:
    chars.sort(key=_X0)
    sizes = sorted(map(_SIZE, chars))
    ink = [(c.x0, c.x1) if c.text not in _MARKS else ink_x(c) for c in chars]
    return Row(chars, ink, min(map(_TOP, chars)), max(map(_BOTTOM, chars)),
               sizes[len(sizes) // 2], [a for a, _ in ink])


def _median(xs: list[float]) -> float:
    if not xs:
        return 0.0
    s = sorted(xs)
    return s[len(s) // 2]


def _coverage(rows: list[Row]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The x axis in pieces (start, end, rows inking it), from the leftmost ink to the rightmost,
    as three arrays: a sweep over each row's merged ink, sorted in C (it runs on every region
    the XY-cut tries for columns)."""
    starts: list[float] = []
    ends: list[float] = []
    for r in rows:  # each row's ink merged where it touches (or overlaps)
        lo = hi = None
        for a, b in r.ink:
            if hi is not None and a <= hi:
                if b > hi:
                    hi = b
                continue
            if hi is not None:
                starts.append(lo)
                ends.append(hi)
            lo, hi = a, b
        if hi is not None:
            starts.append(lo)
            ends.append(hi)
    at = np.array(starts + ends, dtype=float)
    step = np.concatenate((np.ones(len(starts), dtype=np.int64),
                           -np.ones(len(ends), dtype=np.int64)))
    order = np.lexsort((step, at))  # by position, an end before a start at the same x
    at, count = at[order], np.cumsum(step[order])
    piece = at[1:] > at[:-1]
    return at[:-1][piece], at[1:][piece], count[:-1][piece]


def find_gutters(rows: list[Row], p: WhiteParams = WhiteParams()) -> list[Gutter]:
    """White strips that part the rows' text, left to right, with the rows that cross them.

    A strip is a run of the x axis that no row inks, or only a few (`max_crossing_share` of the
    rows it parts); it is a gutter when rows end just left of it and rows start just right of
    it, at least `min_rows` each, over the same height (the rows of two columns need not line
    up), and it is wider than those rows' own spacing beside it.
    """
    if len(rows) < p.min_rows:
        return []
    size = _median([r.size for r in rows])
    floor = p.min_width_em * size
    kmax = int(p.max_crossing_share * len(rows))
    x0s, x1s, counts = _coverage(rows)
    found: list[Gutter] = []
    # runs of pieces inked by at most kmax rows
    low = np.concatenate(([False], counts <= kmax, [False]))
    edges = np.flatnonzero(low[1:] != low[:-1])
    for i, j in zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True):
        if x1s[j - 1] - x0s[i] < floor:
            continue
        run = list(zip(x0s[i:j].tolist(), x1s[i:j].tolist(), counts[i:j].tolist(), strict=True))
        # the cleanest strip first; more crossing rows only where it is no gutter
        for m in sorted({c for _, _, c in run}):
            strip = _widest(run, m)
            if strip is not None and strip[1] - strip[0] >= floor:
                g = _judge(rows, strip[0], strip[1], p)
                if g is not None:
                    found.append(g)
                    break
    return found


def _widest(run: list[tuple[float, float, int]], m: int) -> tuple[float, float] | None:
    best, lo = None, None
    for a, b, c in run + [(run[-1][1], run[-1][1], m + 1)]:
        if c <= m:
            lo = a if lo is None else lo
            hi = b
            if best is None or hi - lo > best[1] - best[0]:
                best = (lo, hi)
        else:
            lo = None
    return best


def _spacing(widths: list[float], k: int) -> float:
    return _median(widths[-k:]) if widths else 0.0


def _judge(rows: list[Row], lo: float, hi: float, p: WhiteParams) -> Gutter | None:
    eps = 0.05 * (hi - lo)
    width = hi - lo
    crossing: list[int] = []
    left: list[Row] = []
    right: list[Row] = []
    bad = 0
    k = p.spacing_glyphs + 1
    for j, r in enumerate(rows):
        # glyphs sit side by side in a row: the few before the strip's far side tell whether
        # any of them reaches into it
        at = bisect_left(r.starts, hi - eps)
        if any(b > lo + eps for _, b in r.ink[max(0, at - 3):at]):
            crossing.append(j)
            continue
        before, after = r.ink[max(0, at - k):at], r.ink[at:at + k]
        # White that is only the empty half of a punctuation mark's box is no gutter's: marks
        # set on a grid of characters line up in row after row.
        if before and r.chars[at - 1].x1 > lo + eps:
            before = []
            bad += 1
        if after and r.chars[at].x0 < hi - eps:
            after = []
            bad += 1
        reach = p.reach_em * r.size
        if before and before[-1][1] >= lo - reach:
            gaps = [max(0.0, c - b) for (_, b), (c, _) in zip(before, before[1:], strict=False)]
            if width >= p.spacing_factor * _spacing(gaps, p.spacing_glyphs):
                left.append(r)
            else:
                bad += 1
        if after and after[0][0] <= hi + reach:
            gaps = [max(0.0, c - b) for (_, b), (c, _) in zip(after, after[1:], strict=False)]
            if width >= p.spacing_factor * _spacing(gaps[:p.spacing_glyphs], p.spacing_glyphs):
                right.append(r)
            else:
                bad += 1
    if not left or not right or len(left) + len(right) < p.min_share * (
            len(left) + len(right) + bad):
        return None
    # The text on both sides stands over the same height: a river between columns. White that
    # no line crosses from the top of the region to its foot needs rows beside it on one side
    # only (a column cut short stands beside a full one).
    l_top, l_bottom = min(r.top for r in left), max(r.bottom for r in left)
    r_top, r_bottom = min(r.top for r in right), max(r.bottom for r in right)
    level_l = sum(r_top <= (r.top + r.bottom) / 2 <= r_bottom for r in left)
    level_r = sum(l_top <= (r.top + r.bottom) / 2 <= l_bottom for r in right)
    if crossing:
        if min(level_l, level_r) < p.min_rows:
            return None
    elif max(level_l, level_r) < 1 or max(len(left), len(right)) < p.min_rows:
        return None
    support = min(len(left), len(right))
    if len(crossing) > p.max_crossing_share * support:
        return None
    return Gutter(lo, hi, support, tuple(crossing))
