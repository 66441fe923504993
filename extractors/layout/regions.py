"""Page regions in reading order: a recursive XY-cut over characters, with rules as separators.

Gaps are measured in em of the document's body text size, so one set of defaults holds for an A4
report in 10.5 pt and a broadsheet in 9 pt alike.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from operator import attrgetter

import numpy as np

from extractors.layout.gutters import _MARKS, WhiteParams, find_gutters, ink_x, rows_of
from extractors.pdf import Box, Char, Rule

_TOP, _BOTTOM, _X0, _X1, _SIZE = (attrgetter(a) for a in ("top", "bottom", "x0", "x1", "size"))


@dataclass(frozen=True, slots=True)
class CutParams:
    gutter_em: float = 0.7  # a white column this wide parts text columns whatever the tracking
    min_gutter_em: float = 0.3  # ... and one this narrow where the text is set tight: a gutter
    #                             need only be wider than the letter spacing of the lines beside it
    track_factor: float = 2.0  # a gutter is this many times the lines' own widest usual spacing
    river_lines: int = 3  # a gutter narrower than gutter_em runs between text over this many lines
    band_gap_em: float = 1.0  # narrowest white band between two stacked blocks (above the leading)
    rule_span: float = 0.85  # share of a region's extent a rule must cross to separate it
    rule_min_share: float = 0.5  # a rule this long may part a region where white continues it
    rule_slack_em: float = 0.15  # a glyph may touch a rule by this much (of its size) and lie beside
    min_lines_for_columns: float = 2.2  # a region this many em tall (at its type size) may hold columns
    display_gap_em: float = 0.25  # white enough between display type and text of another size
    display_ratio: float = 1.25  # type this much larger than its neighbour is display type
    headline_space_em: float = 1.5  # white inside a display line narrower than this (of its size)
    #                                 is a space between its words, never a gutter
    headline_baseline_em: float = 0.12  # ... when its words sit on one baseline: sub-headings of
    #                                     two columns side by side stand at their own heights
    top_align_em: float = 1.5  # columns start together; a piece starting lower sits under a banner
    deck_gap_em: float = 0.25  # white enough under a deck or byline set over the columns' start
    other_type_ratio: float = 1.1  # type this much larger or smaller than a column's is not its text
    max_depth: int = 60
    white: WhiteParams = WhiteParams()  # gutters as white rivers beside each line's own spacing


@dataclass(slots=True)
class Leaf:
    chars: list[Char]
    col_x0: float
    col_x1: float


def _extent(chars: list[Char]) -> tuple[float, float, float, float]:
    return (min(map(_X0, chars)), min(map(_TOP, chars)),
            max(map(_X1, chars)), max(map(_BOTTOM, chars)))


def _gaps(intervals: list[tuple[float, float, float]], min_gap_em: float, em: float
          ) -> list[float]:
    """Midpoints of the white gaps between merged intervals (start, end, type size).

    A gap must be `min_gap_em` wide in em of the smaller type beside it (at least the body em):
    two lines of display type are set with proportionally more space between them, while a
    headline over body text is set off by about a body line.
    """
    cuts: list[float] = []
    intervals.sort()
    end, size = intervals[0][1], intervals[0][2]
    # No gap is narrower than `min_gap_em` of the body em: most intervals overlap the one before
    # and are passed over on that test alone (this loop runs at every level of the XY-cut).
    floor = min_gap_em * em
    for a, b, s in islice(intervals, 1, None):
        if a - end >= floor:
            small = size if size <= s else s
            if a - end >= min_gap_em * (small if small > em else em):
                cuts.append((a + end) / 2)
        if b >= end:
            end, size = b, s
    return cuts


def _split(chars: list[Char], cuts: list[float], key) -> list[list[Char]]:
    cuts = sorted(cuts)
    groups: list[list[Char]] = [[] for _ in range(len(cuts) + 1)]
    for c in chars:
        groups[bisect_left(cuts, key(c))].append(c)  # past every cut below its key
    return [g for g in groups if g]


def _rule_cuts(chars: list[Char], rules: list[Rule], box, horizontal: bool, p: CutParams,
               em: float) -> tuple[list[float], list[float]]:
    """Rules that part the region: across (nearly) all of it, and across part of it where the
    rest of the line is white (a masthead rule that stops short of the edition number)."""
    x0, top, x1, bottom = box
    cuts: list[float] = []
    partial: list[float] = []
    blocked: _Blocked | None = None
    for r in rules:
        if r.horizontal != horizontal:
            continue
        if horizontal:
            at, lo, hi, extent = (r.top + r.bottom) / 2, r.x0, r.x1, x1 - x0
            covered = min(r.x1, x1) - max(r.x0, x0)
            inside = top < at < bottom
        else:
            at, lo, hi, extent = (r.x0 + r.x1) / 2, r.top, r.bottom, bottom - top
            covered = min(r.bottom, bottom) - max(r.top, top)
            inside = x0 < at < x1
        if not inside or covered < p.rule_min_share * extent:
            continue
        if blocked is None:
            blocked = _Blocked(chars, horizontal, p, em)
        if blocked.at(at):
            continue
        if covered >= p.rule_span * extent:
            cuts.append(at)
        elif not _runs_past(chars, at, lo, hi, horizontal, p, em):
            partial.append(at)
    return cuts, partial


class _Blocked:
    """Where a rule would cut through a glyph of `chars`: the glyphs' open spans, merged and
    sorted, so each rule of a ruled table is one bisect, not a pass over the region's glyphs."""

    def __init__(self, chars: list[Char], horizontal: bool, p: CutParams, em: float) -> None:
        # In numpy: a ruled table's parts each build one (its rules are one bisect each after).
        n = len(chars)
        a = np.fromiter(map(_TOP if horizontal else _X0, chars), float, n)
        b = np.fromiter(map(_BOTTOM if horizontal else _X1, chars), float, n)
        # A glyph's box holds its descent and side bearings: large type overhangs a rule by more.
        slack = p.rule_slack_em * np.maximum(em, np.fromiter(map(_SIZE, chars), float, n))
        a, b = a + slack, b - slack
        keep = a < b
        a, b = a[keep], b[keep]
        order = np.lexsort((b, a))
        a, b = a[order], b[order]
        # open spans: two that only touch leave their common end point free. Sorted by start,
        # a span opens a new run where it starts at or past every end so far.
        reach = np.maximum.accumulate(b)
        first = np.ones(len(a), dtype=bool)
        first[1:] = a[1:] >= reach[:-1]
        last = np.ones(len(a), dtype=bool)
        last[:-1] = first[1:]
        self.starts: list[float] = a[first].tolist()
        self.ends: list[float] = reach[last].tolist()

    def at(self, x: float) -> bool:
        i = bisect_left(self.starts, x) - 1
        return i >= 0 and x < self.ends[i]


def _runs_past(chars: list[Char], at: float, lo: float, hi: float, horizontal: bool,
               p: CutParams, em: float) -> bool:
    """Whether text beyond the rule's end continues across its line: a column running on past a
    short rule, which the rule then does not separate."""
    near_before, near_after = [], []
    for c in chars:
        a, b = (c.x0, c.x1) if horizontal else (c.top, c.bottom)
        if lo <= a and b <= hi:
            continue
        start, end = (c.top, c.bottom) if horizontal else (c.x0, c.x1)
        reach = (p.band_gap_em if horizontal else p.gutter_em) * max(em, c.size)
        if at - reach < end <= at + p.rule_slack_em * max(em, c.size):
            near_before.append((a, b))
        elif at - p.rule_slack_em * max(em, c.size) <= start < at + reach:
            near_after.append((a, b))
    return any(a0 < b1 and a1 > b0 for a0, b0 in near_before for a1, b1 in near_after)


def gutter_em(chars: list[Char], em: float, p: CutParams) -> float:
    """The narrowest white column (in em) that parts columns here: wider than the letter spacing
    the lines themselves are set with (their 90th-percentile gap between neighbours), so a tight
    0.4 em gutter counts on a page set solid while letter-spaced type keeps its words together."""
    # Vectorised over the region's glyphs (it runs at every level of the XY-cut): rows are
    # bands of half an em by `top`, each read left to right (a stable sort: ties keep their order).
    ink = [c for c in chars if not c.text.isspace()]
    n = len(ink)
    if n < 9:  # fewer than 8 neighbours
        return p.gutter_em
    top = np.fromiter(map(_TOP, ink), float, n)
    x0 = np.fromiter(map(_X0, ink), float, n)
    x1 = np.fromiter(map(_X1, ink), float, n)
    size = np.fromiter(map(_SIZE, ink), float, n)
    row = np.floor_divide(top, 0.5 * em)
    order = np.lexsort((x0, row))
    row, x0, x1, size = row[order], x0[order], x1[order], size[order]
    g = x0[1:] - x1[:-1]
    sa, sb = size[:-1], size[1:]
    near = (row[1:] == row[:-1]) & (-0.1 * em < g) & (g < p.gutter_em * np.maximum(sa, em))
    gaps = np.maximum(0.0, g[near]) / np.maximum(np.minimum(sa, sb)[near], 1.0)
    if len(gaps) < 8:
        return p.gutter_em
    k = int(0.9 * (len(gaps) - 1))
    track = float(np.partition(gaps, k)[k])
    return min(p.gutter_em, max(p.min_gutter_em, p.track_factor * track))


def _column_gaps(spans: list[tuple[float, float, float]], chars: list[Char], em: float,
                 p: CutParams, photos: Sequence[Box] = ()) -> list[float]:
    """White columns: any as wide as `gutter_em`, and narrower ones down to the lines' own
    letter spacing where they run as a river between text (or a photo standing in a column) on
    both sides over several lines (a comma's white at the end of a lone line is no gutter)."""
    spans = sorted(spans)  # once: _gaps then sorts a sorted copy, in one pass
    wide = _gaps(list(spans), p.gutter_em, em)
    narrow = gutter_em(chars, em, p)
    if narrow >= p.gutter_em:
        return wide
    out = []
    for x in _gaps(spans, narrow, em):
        if any(abs(x - w) <= p.gutter_em * em for w in wide):
            out.append(x)
            continue
        reach = 3 * em
        left = {round(c.top / em) for c in chars if x - reach <= c.x1 <= x}
        right = {round(c.top / em) for c in chars if x <= c.x0 <= x + reach}
        for b in photos:
            rows = set(range(round(b.top / em), round(b.bottom / em) + 1))
            if x - reach <= b.x1 <= x:
                left |= rows
            if x <= b.x0 <= x + reach:
                right |= rows
        if len(left & right) >= p.river_lines:
            out.append(x)
    return out


def _x_spans(chars: list[Char]) -> list[tuple[float, float, float]]:
    """(ink start, ink end, size) of each glyph that inks: ink_x, its common case inline."""
    return [(c.x0, c.x1, c.size) if c.text not in _MARKS else (*ink_x(c), c.size)
            for c in chars if not c.text.isspace()]


def _gutters(chars: list[Char], em: float, p: CutParams) -> list[float]:
    if max(c.bottom for c in chars) - min(c.top for c in chars) < p.min_lines_for_columns * em:
        return []
    spans = _x_spans(chars)
    return _open_gutters(_column_gaps(spans, chars, em, p), chars, em, p)


def _headline_row_gaps(chars: list[Char], em: float, p: CutParams) -> list[float]:
    """Two headlines side by side on one baseline (the articles of a band, headed at one
    height), alone in their band: no river runs between them, one row tall, but the white
    between them is far wider than a word space of their size. Cut there."""
    ink = sorted((c for c in chars if not c.text.isspace()), key=lambda c: c.x0)
    if len(ink) < 4 or any(c.size < p.display_ratio * em for c in ink):
        return []
    if max(c.top for c in ink) - min(c.top for c in ink) > 0.5 * min(c.size for c in ink):
        return []
    cuts, reach = [], ink[0].x1
    for c in ink[1:]:
        if c.x0 - reach > 2 * p.headline_space_em * c.size:
            cuts.append((reach + c.x0) / 2)
        reach = max(reach, c.x1)
    return cuts


def _open_gutters(cuts: list[float], chars: list[Char], em: float, p: CutParams) -> list[float]:
    """Drop the white columns that a headline crosses with a word space.

    A headline set over several columns often breaks into two words just where a gutter runs
    below it; the two halves are one line when the space between them is narrow for their size
    and they stand on one baseline (glyph boxes are rebuilt from the baseline, so their bottoms
    tell it).
    """
    if not cuts:
        return cuts
    display = [c for c in chars if c.size >= p.display_ratio * em and not c.text.isspace()]
    if len(display) < 2:
        return cuts
    keep = []
    for x in cuts:
        left = [c for c in display if c.x1 <= x < c.x1 + p.headline_space_em * c.size]
        right = [c for c in display if c.x0 - p.headline_space_em * c.size < x <= c.x0]
        spanned = any(
            abs(a.bottom - b.bottom) <= p.headline_baseline_em * min(a.size, b.size)
            and abs(a.size - b.size) <= 0.1 * max(a.size, b.size)
            and b.x0 - a.x1 < p.headline_space_em * min(a.size, b.size)
            for a in left for b in right)
        if not spanned:
            keep.append(x)
    return keep


def _merge_bands(bands: list[list[Char]], rules: list[Rule], em: float, p: CutParams,
                 keep_whole: bool = False) -> list[list[Char]]:
    """Rejoin stacked bands that share their gutters: the columns run on through the white band.

    Paragraph gaps or headings of neighbouring columns can line up by chance, and a line that
    crosses the gutter elsewhere in the region (a centred folio, a masthead) then leaves that
    white band as the only cut; cutting there would read the columns band by band. A drawn rule
    in the white band is a deliberate separation and keeps the bands apart.
    """
    if len(bands) < 2:
        return bands
    out = [bands[0]]
    prev = _band_gutters(bands[0], em, p)
    for band in bands[1:]:
        cur = _band_gutters(band, em, p)
        above = out[-1]
        lo, hi = max(c.bottom for c in above), min(c.top for c in band)
        ruled = any(r.horizontal and lo - p.rule_slack_em * em <= r.top <= hi + p.rule_slack_em * em
                    for r in rules)
        same = (prev and len(cur) == len(prev)
                and all(abs(a - b) <= p.gutter_em * em for a, b in zip(prev, cur, strict=True)))
        # A column that runs on below its neighbour's end (an L-shaped piece, a column pushed
        # down by a photo) leaves a band of one column that stands inside a column of the band
        # above; and the other way up.
        within = (prev and not cur and _in_one_column(band, above, prev)) or (
            cur and not prev and _in_one_column(above, band, cur))
        if (same or within) and not ruled:
            out[-1] = above + band
            prev = prev or cur
        else:
            out.append(band)
            prev = cur
    # Everything rejoined: the bands were one block after all, and only a cut across it is left
    # (unless the caller has columns to cut it into: `keep_whole`).
    return bands if len(out) == 1 and not keep_whole else out


def _band_gutters(chars: list[Char], em: float, p: CutParams) -> list[float]:
    """A band's gutters: its white columns, or where none is clean, the white rivers a few lines
    cross (a caption under a photo over two columns closes the gutter it stands over, and the
    columns still run on through the white below)."""
    out = _gutters(chars, em, p)
    if out or max(c.bottom for c in chars) - min(c.top for c in chars) \
            < p.min_lines_for_columns * em:
        return out
    return sorted(g.x for g in find_gutters(rows_of(chars, p.white), p.white) if g.crossing)


def _in_one_column(chars: list[Char], other: list[Char], xs: list[float]) -> bool:
    """Whether `chars` stand within one of the columns the gutters `xs` cut `other` into: it
    reaches into no other column (a gutter's middle is no edge: the lines beside it may end
    short of it)."""
    ink = [c for c in chars if not c.text.isspace()]
    if not ink:
        return True
    x0, x1 = min(c.x0 for c in ink), max(c.x1 for c in ink)
    hit = 0
    for g in _split([c for c in other if not c.text.isspace()], xs, lambda c: c.xc):
        g0, g1 = min(c.x0 for c in g), max(c.x1 for c in g)
        hit += min(x1, g1) > max(x0, g0)
    return hit == 1


def photo_boxes(chars: list[Char], images: Sequence[Box]) -> list[Box]:
    """The page's pictures that carry no text: an image under text is its ground (a scanned
    page's picture, a tint behind a headline), not a photo standing in a column."""
    if not images:
        return []
    # by the glyphs' centres top to bottom, so each picture looks only at the rows it spans
    marks = sorted((c.yc, c.xc) for c in chars)
    ys = [y for y, _ in marks]
    out = []
    for b in images:
        lo, hi = bisect_right(ys, b.top), bisect_left(ys, b.bottom)
        if not any(b.x0 < x < b.x1 for _, x in marks[lo:hi]):
            out.append(b)
    return out


def _near(rules: list[Rule], box: tuple[float, float, float, float]) -> list[Rule]:
    """The rules that reach the box (edges included): a rule that cuts or blocks a gap in the
    region, or in any part of it, touches its box, so the parts need not look at the others."""
    x0, top, x1, bottom = box
    # min(a, b) <= v is a <= v or b <= v: spelt so, as this runs at every level of the cut
    return [r for r in rules if (r.x0 <= x1 or r.x1 <= x1) and (r.x0 >= x0 or r.x1 >= x0)
            and (r.top <= bottom or r.bottom <= bottom) and (r.top >= top or r.bottom >= top)]


def xy_cut(chars: list[Char], rules: list[Rule], em: float, params: CutParams = CutParams(),
           col: tuple[float, float] | None = None, depth: int = 0,
           photos: Sequence[Box] = ()) -> list[Leaf]:
    """Leaves in reading order: bands top to bottom, columns left to right within a band.

    `photos` (pictures with no text on them, `photo_boxes`) stand in their columns as text
    does: no band of white is cut through one, so the text under a photo and the column
    beside it are read column by column.
    """
    if not chars:
        return []
    if all(c.text.isspace() for c in chars):  # white left over from a cut: no text to order
        return [Leaf(chars, *(col or (_extent(chars)[0], _extent(chars)[2])))]
    box = _extent(chars)
    rules = _near(rules, box)
    photos = [b for b in photos if b.x0 < box[2] and b.x1 > box[0] and b.top < box[3]
              and b.bottom > box[1]]
    if col is None:
        col = (box[0], box[2])
    if depth >= params.max_depth:
        return [Leaf(chars, *col)]

    def down(groups: list[list[Char]], columns: bool) -> list[Leaf]:
        out: list[Leaf] = []
        for g in groups:
            gcol = (min(map(_X0, g)), max(map(_X1, g))) if columns else col
            out += xy_cut(g, rules, em, params, gcol, depth + 1, photos)
        return out

    ys, part_ys = _rule_cuts(chars, rules, box, True, params, em)
    if ys:
        groups = _split(chars, ys, lambda c: c.yc)
        if len(groups) > 1:
            return down(groups, False)
    xs, part_xs = _rule_cuts(chars, rules, box, False, params, em)
    if xs:
        groups = _split(chars, xs, lambda c: c.xc)
        if len(groups) > 1:
            return down(groups, True)

    size = max(map(_SIZE, chars))
    # A rule inside the region blocks the white gap it crosses: a frame around a banner
    # interrupts the gutters below it, so the columns above and below it are separate bands.
    inside = [r for r in rules if r.x1 > box[0] and r.x0 < box[2] and r.bottom > box[1]
              and r.top < box[3]]
    # in em of the type beside the gap: the white after a comma in display type is no gutter
    x_spans = _x_spans(chars)
    x_spans += [(max(r.x0, box[0]), min(r.x1, box[2]), em) for r in inside if r.horizontal]
    y_spans = [(c.top, c.bottom, c.size) for c in chars if not c.text.isspace()]
    y_spans += [(max(r.top, box[1]), min(r.bottom, box[3]), em) for r in inside
                if not r.horizontal]
    y_spans += [(max(b.top, box[1]), min(b.bottom, box[3]), em) for b in photos]
    x_groups: list[list[Char]] = []
    rivers = None
    if box[3] - box[1] >= params.min_lines_for_columns * size:
        rivers = _rivers(chars, inside, params)
        xs = _column_gaps(x_spans, chars, em, params, photos)
        xs += [x for x in rivers[0] if all(abs(x - o) > params.min_gutter_em * em for o in xs)]
        xs = _open_gutters(sorted(xs), chars, em, params)
        if xs:
            x_groups = _split(chars, xs, lambda c: c.xc)
    else:
        xs = _headline_row_gaps(chars, em, params)
        if xs:
            x_groups = _split(chars, xs, lambda c: c.xc)
    if len(x_groups) > 1:
        tops = [min(c.top for c in g) for g in x_groups]
        if max(tops) - min(tops) <= params.top_align_em * em:
            deck = _deck_cut(chars, x_groups, y_spans, em, params)
            if deck is not None:
                return down(_split(chars, [deck], lambda c: c.yc), False)
            return down(x_groups, True)
    # A rule across part of the region parts it only where the white cuts fail (columns that
    # start together still go first): ending beside a column that ends above it, a frame's edge
    # is no separator for that column.
    for cuts, horizontal in ((part_ys, True), (part_xs, False)):
        if cuts and not (not horizontal and len(x_groups) > 1):
            groups = _split(chars, cuts, (lambda c: c.yc) if horizontal else (lambda c: c.xc))
            if len(groups) > 1:
                return down(groups, not horizontal)
    ys = _gaps(y_spans, params.band_gap_em, em)
    bands: list[list[Char]] = []
    if ys:
        bands = _split(chars, ys, lambda c: c.yc)
        groups = _merge_bands(bands, inside, em, params, keep_whole=True)
        if len(groups) > 1:
            return down(groups, False)
    if len(x_groups) > 1:
        deck = _deck_cut(chars, x_groups, y_spans, em, params)
        if deck is not None:
            return down(_split(chars, [deck], lambda c: c.yc), False)
        return down(x_groups, True)
    if len(bands) > 1:
        # Every band rejoined: the columns run on through the white, and only a cut across them
        # is left. Masking the lines set over the columns (a caption under a photo) still parts
        # them; failing that, the bands are cut after all.
        if rivers is not None and rivers[1]:
            groups = _split(chars, rivers[1], lambda c: c.yc)
            if len(groups) > 1:
                return down(groups, False)
        return down(bands, False)
    # Lines set over the columns they stand on (a caption under a photo over two columns, a deck)
    # close the gutter under them and leave no band of white: masked, the columns part. (Masked
    # first: a thinner gap beside a sub-heading inside one column is no cut across the others.)
    if rivers is not None and rivers[1]:
        groups = _split(chars, rivers[1], lambda c: c.yc)
        if len(groups) > 1:
            return down(groups, False)
    # A headline set tight over the columns it crosses leaves neither a gutter nor a full band
    # of white; a thinner gap still parts type of another size, as no line runs on across it.
    ys = _stack_kept(_display_gaps(y_spans, params, em), chars, em, params)
    if ys:
        groups = _merge_bands(_split(chars, ys, lambda c: c.yc), inside, em, params)
        if len(groups) > 1:
            return down(groups, False)
    return [Leaf(chars, *col)]


def _rivers(chars: list[Char], inside: list[Rule], p: CutParams) -> tuple[list[float], list[float]]:
    """Gutters found as white rivers (`gutters.find_gutters`): the x of those no line crosses,
    and the y cuts that mask the lines crossing the best of the others off as bands.

    A horizontal rule across the river closes it, as a line of text would.
    """
    rows = rows_of(chars, p.white)
    clean, masks = [], []
    for g in find_gutters(rows, p.white):
        ruled = any(r.horizontal and r.x0 < g.x0 and r.x1 > g.x1 for r in inside)
        if ruled:
            continue
        if not g.crossing:
            clean.append(g.x)
        else:
            masks.append(g)
    if not masks:
        return clean, []
    best = max(masks, key=lambda g: (g.support, -len(g.crossing)))
    cuts = []
    crossing = set(best.crossing)
    for i in best.crossing:
        for j in (i - 1, i + 1):
            if 0 <= j < len(rows) and j not in crossing:
                a, b = (rows[j], rows[i]) if j < i else (rows[i], rows[j])
                cuts.append((a.bottom + b.top) / 2)
    return clean, sorted(set(cuts))


def _display_gaps(intervals: list[tuple[float, float, float]], p: CutParams, em: float
                  ) -> list[float]:
    cuts: list[float] = []
    intervals = sorted(intervals)
    end, size = intervals[0][1], intervals[0][2]
    floor = p.display_gap_em * em
    for a, b, s in islice(intervals, 1, None):
        if a - end >= floor:
            big, small = (size, s) if size >= s else (s, size)
            if big >= p.display_ratio * small:
                cuts.append((a + end) / 2)
        if b >= end:
            end, size = b, s
    return cuts


def _stack_kept(cuts: list[float], chars: list[Char], em: float, p: CutParams) -> list[float]:
    """Drop a display-type cut that falls between two lines of one heading set over two lines.

    A sub-heading wrapped in its column stands beside body text whose line gap may fall level
    with the white between the heading's lines; cut there, the heading's first line goes with
    the band above and is read as one line with the body line beside it across the gutter.
    Two lines of display type of one size, overlapping on the page and closer than their size,
    are one stack: the cut that parts them is no cut.
    """
    if not cuts:
        return cuts
    display = [c for c in chars if c.size >= p.display_ratio * em and not c.text.isspace()]
    keep = []
    for y in cuts:
        above = [c for c in display if y - c.size <= c.bottom <= y]
        below = [c for c in display if y <= c.top <= y + c.size]
        stacked = any(abs(a.size - b.size) <= 0.1 * max(a.size, b.size)
                      and b.top - a.bottom < 0.5 * a.size
                      and min(a.x1, b.x1) - max(a.x0, b.x0) > -2 * a.size
                      for a in above for b in below)
        if not stacked:
            keep.append(y)
    return keep


def _deck_cut(chars: list[Char], x_groups: list[list[Char]], y_spans: list[tuple[float, float, float]],
              em: float, p: CutParams) -> float | None:
    """A row cut over columns that start together under a deck or byline standing above some of
    them (right-aligned under a headline, or centred over the middle columns).

    Set close over the lead, the deck leaves less white than a band's, so it reads as the top of
    the column it stands over. It is no part of that column when it stands over one column (or
    one run of them) alone, its type is of another size than the columns' text, and every column
    starts together just under it.
    """
    start = max(min(c.top for c in g) for g in x_groups)  # where the last column starts
    cuts = [y for y in _gaps(list(y_spans), p.deck_gap_em, em) if y < start]
    if not cuts:
        return None
    cut = max(cuts)
    above = [c for c in chars if c.yc < cut and not c.text.isspace()]
    body = Counter(round(c.size, 1) for c in chars if c.yc > cut and not c.text.isspace())
    if not above or not body:
        return None
    size = body.most_common(1)[0][0]
    if any(max(c.size, size) < p.other_type_ratio * min(c.size, size) for c in above):
        return None
    # One piece over the columns: a gutter runs beside it, not through it. Heads standing over
    # two columns apart are each their own column's.
    if sum(any(c.yc < cut for c in g) for g in x_groups) > 1:
        return None
    low = [[c for c in g if c.yc > cut] for g in x_groups]
    if not all(low):
        return None
    low_tops = [min(c.top for c in g) for g in low]
    if max(low_tops) - min(low_tops) > p.top_align_em * em:
        return None
    return cut
