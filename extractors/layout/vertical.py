"""Vertical type (竖排标题): stacks of glyphs taken off the page before the regions are cut.

A vertical headline stands beside the first lines of its article, so no white cut parts it from
them; left in, its glyphs would join the rows of the text beside it. It is found by shape alone:
glyphs of one size on one axis, set closer above each other than to anything beside them.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from extractors.pdf import Char


@dataclass(frozen=True, slots=True)
class VerticalParams:
    align_em: float = 0.25  # glyphs of one vertical line share their axis within this of their size
    pitch_gap_em: float = 0.5  # at most this much white between glyphs of one vertical line
    min_glyphs: int = 3
    column_gap_em: float = 1.0  # vertical lines of one size this close side by side: one headline
    size_tolerance: float = 0.06


@dataclass(slots=True)
class VerticalBlock:
    """One vertical headline: its glyphs in reading order (lines right to left) and its box."""

    chars: list[Char]
    x0: float
    top: float
    x1: float
    bottom: float
    size: float


def _runs(chars: list[Char], p: VerticalParams) -> list[list[Char]]:
    """Stacks of at least `min_glyphs` glyphs of one size on one axis, each close under the last."""
    by_axis: dict[tuple[float, int], list[Char]] = {}
    per_size: dict[float, tuple[float, float]] = {}  # size → (rounded, step): few sizes a page
    for c in chars:
        size = c.size
        if size <= 0 or c.text.isspace():
            continue
        got = per_size.get(size)
        if got is None:
            got = per_size[size] = (round(size, 1), p.align_em * size)
        by_axis.setdefault((got[0], round((c.x0 + c.x1) / 2 / got[1])), []).append(c)
    runs: list[list[Char]] = []
    for stack in by_axis.values():
        if len(stack) < p.min_glyphs:
            continue
        stack.sort(key=lambda c: c.top)
        run = [stack[0]]
        for c in stack[1:]:
            gap = c.top - run[-1].bottom
            if -p.pitch_gap_em * c.size < gap <= p.pitch_gap_em * c.size:
                run.append(c)
                continue
            if len(run) >= p.min_glyphs:
                runs.append(run)
            run = [c]
        if len(run) >= p.min_glyphs:
            runs.append(run)
    return runs


def _standalone(run: list[Char], rows: dict[int, list[Char]], step: float,
                p: VerticalParams) -> bool:
    """Closer to the glyph above and below than to any glyph beside it on its row.

    The first characters of justified lines also stack on one axis, but each has a neighbour on
    its row nearer than the leading; a vertical line's neighbours across are a column gap away.
    `rows` buckets every glyph by its middle, `step` points a bucket.
    """
    members = {id(c) for c in run}
    gap = max(0.0, median(b.top - a.bottom for a, b in zip(run, run[1:], strict=False)))
    x0, x1 = min(c.x0 for c in run), max(c.x1 for c in run)
    for c in run:
        ct, cb, size = c.top, c.bottom, c.size
        ch, tol = cb - ct, p.size_tolerance * size
        k = int((ct + cb) / 2 // step)
        row = []
        # min/max spelt out: every glyph of three rows is looked at for each glyph of the run
        for j in (k - 1, k, k + 1):
            for o in rows.get(j, ()):
                ot, ob = o.top, o.bottom
                oh = ob - ot
                if ((cb if cb <= ob else ob) - (ct if ct >= ot else ot)
                        < 0.5 * (ch if ch <= oh else oh)):
                    continue
                if o.x0 - x1 <= gap and x0 - o.x1 <= gap and id(o) not in members:
                    return False
                if abs(o.size - size) <= tol:
                    row.append(o)
        # A letter-spaced heading of a few lines stacks too, but its rows run longer than its
        # stacks; a vertical headline's rows are its few lines side by side.
        if _chain(c, row, p.column_gap_em * c.size) >= len(run):
            return False
    return True


def _chain(c: Char, row: list[Char], reach: float) -> int:
    """How many glyphs of `row` link up with `c`, each within `reach` of the next."""
    row = sorted(row, key=lambda o: o.x0)
    i = next(i for i, o in enumerate(row) if o is c)
    lo = hi = i
    while lo > 0 and row[lo].x0 - row[lo - 1].x1 <= reach:
        lo -= 1
    while hi < len(row) - 1 and row[hi + 1].x0 - row[hi].x1 <= reach:
        hi += 1
    return hi - lo + 1


def split_vertical(chars: list[Char], p: VerticalParams = VerticalParams()
                   ) -> tuple[list[VerticalBlock], list[Char]]:
    """The vertical headlines of a page (top-level order unknown) and the rest of its glyphs."""
    runs = _runs(chars, p)
    if not runs:
        return [], chars
    step = max(1.0, median(c.size for c in chars if not c.text.isspace()))
    rows: dict[int, list[Char]] = {}
    for c in chars:
        if not c.text.isspace():
            rows.setdefault(int(c.yc // step), []).append(c)
    runs = [r for r in runs if _standalone(r, rows, step, p)]
    if not runs:
        return [], chars
    # Lines of one headline stand side by side in one size and are read right to left.
    runs.sort(key=lambda r: -r[0].xc)
    groups: list[list[list[Char]]] = []
    for r in runs:
        size = r[0].size
        x0, top, bottom = min(c.x0 for c in r), r[0].top, r[-1].bottom
        for g in groups:
            last = g[-1]
            if (abs(last[0].size - size) <= p.size_tolerance * size
                    and min(c.x0 for c in last) - max(c.x1 for c in r) <= p.column_gap_em * size
                    and min(c.x0 for c in last) >= x0
                    and last[0].top < bottom and last[-1].bottom > top):
                g.append(r)
                break
        else:
            groups.append([r])
    taken = {id(c) for r in runs for c in r}
    blocks = []
    for g in groups:
        cs = [c for r in g for c in r]
        blocks.append(VerticalBlock(cs, min(c.x0 for c in cs), min(c.top for c in cs),
                                    max(c.x1 for c in cs), max(c.bottom for c in cs), g[0][0].size))
    return blocks, [c for c in chars if id(c) not in taken]
