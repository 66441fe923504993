"""The face a recognised line is set in: body type or a heavier one, told by its strokes' width.

A text layer names each glyph's font, and the layout repair reads a heading set in the body size
(贵州省兴义市人民法院公告 over each court notice, a sub-head 狠抓基层源头治理), a run-in lead
(本报讯（记者…）) or a caption by a face other than the body's. The recogniser names no font;
the strokes in the picture show the weight. A glyph's mean stroke width is twice its ink area over
the length of its ink's outline (a stroke of width w and length L has area wL and outline 2L),
which the glyph's complexity hardly changes. In em of the line's type, it is compared with the
body lines standing around it (ink density varies across a printed page); a line set in a
heavier face has strokes 1.3-2 times theirs, a body line stays within ±15 %.

A line may change face once (a lead in bold running into the body face, or the end of one on the
next line): the line is cut where its two parts differ most, when one part reads heavy and the
other plain.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import numpy as np

# (ink pixels, outline length in pixel edges) of a glyph, or None for a mark, a digit or Latin,
# whose thin strokes and little ink say nothing of the face
Stroke = tuple[int, int] | None


@dataclass(frozen=True, slots=True)
class FaceParams:
    bold_ratio: float = 1.22  # strokes this much wider than the body's around: a heavier face
    plain_ratio: float = 1.15  # a line's other part within this of the body's is in the body face
    reach_em: float = 20.0  # the body lines a line is compared with stand this close (body em)
    min_bold: int = 3  # glyphs the heavy part of a line in two faces needs (noise is per glyph)
    min_plain: int = 3
    run_on_em: float = 1.0  # a line this close under a heavy one it is as wide as runs on from it
    min_glyphs: int = 3  # fewer distinct glyphs in a line: its face is not told (one glyph
    #                      repeated, 闽 of a list of licence plates, weighs its own shape)
    max_size_ratio: float = 1.3  # display type larger than this (body sizes) is told by its
    #                              size; the lines of one headline keep one face
    max_ink_share: float = 0.6  # a glyph cell this full of ink is reverse type or a tint


def _letter(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F") and unicodedata.category(ch).startswith("L")


def glyph_strokes(ink: np.ndarray, text: str, spans: list[tuple[float, float]] | None,
                  top: float, bottom: float, scale: float, p: FaceParams = FaceParams()
                  ) -> list[Stroke]:
    """Each glyph's ink and outline in the page's ink mask (spans: each glyph's x0, x1 in points)."""
    if not spans or len(spans) != len(text):
        return [None] * len(text)
    h, w = ink.shape
    y0, y1 = max(0, int(top * scale)), min(h, int(bottom * scale) + 1)
    out: list[Stroke] = []
    for ch, (a, b) in zip(text, spans, strict=True):
        x0, x1 = max(0, int(a * scale)), min(w, int(b * scale) + 1)
        if not _letter(ch) or x1 - x0 < 2 or y1 - y0 < 2:
            out.append(None)
            continue
        cell = ink[y0:y1, x0:x1]
        area = int(cell.sum())
        if not area or area > p.max_ink_share * cell.size:
            out.append(None)
            continue
        edges = int((cell[1:] != cell[:-1]).sum() + (cell[:, 1:] != cell[:, :-1]).sum())
        out.append((area, edges) if edges else None)
    return out


def _width(strokes: list[Stroke]) -> float | None:
    area = sum(s[0] for s in strokes if s)
    edges = sum(s[1] for s in strokes if s)
    return 2 * area / edges if edges else None


@dataclass(frozen=True, slots=True)
class FaceLine:
    """What the face of a line is told from: its box (points), size and glyph strokes."""

    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    strokes: list[Stroke]
    text: str = ""


def heavy_flags(lines: list[FaceLine], scale: float, body_size: float,
                p: FaceParams = FaceParams()) -> list[list[bool]]:
    """For each line, which of its characters are set in a heavier face than the body's."""
    # stroke width in em of each line's own type, so sizes compare
    widths = []
    for ln in lines:
        w = _width(ln.strokes)
        n = len({ln.text[k] if ln.text else k for k, s in enumerate(ln.strokes) if s})
        widths.append(w / (ln.size * scale) if w is not None and n >= p.min_glyphs and ln.size else None)
    body = [i for i, (ln, w) in enumerate(zip(lines, widths, strict=True))
            if w is not None and abs(ln.size - body_size) <= 0.1 * body_size]
    if not body:
        return [[False] * len(ln.strokes) for ln in lines]
    page_ref = float(np.median([widths[i] for i in body]))
    centres = np.array([((lines[i].x0 + lines[i].x1) / 2, (lines[i].top + lines[i].bottom) / 2)
                        for i in body])
    body_w = np.array([widths[i] for i in body])
    reach = p.reach_em * body_size
    out: list[list[bool]] = []
    for i, ln in enumerate(lines):
        flags = [False] * len(ln.strokes)
        if widths[i] is None or ln.size > p.max_size_ratio * body_size:
            out.append(flags)
            continue
        cx, cy = (ln.x0 + ln.x1) / 2, (ln.top + ln.bottom) / 2
        near = (np.abs(centres[:, 0] - cx) <= reach) & (np.abs(centres[:, 1] - cy) <= reach)
        near_w = body_w[near]
        ref = float(np.median(near_w)) if near_w.size >= 5 else page_ref
        em = ln.size * scale
        idx = [k for k, s in enumerate(ln.strokes) if s]
        area = np.cumsum([ln.strokes[k][0] for k in idx])  # type: ignore[index]
        edges = np.cumsum([ln.strokes[k][1] for k in idx])  # type: ignore[index]
        best = None  # (contrast, cut, heavy side first)
        for cut in range(1, len(idx)):
            rh = 2 * area[cut - 1] / edges[cut - 1] / em / ref
            rt = 2 * (area[-1] - area[cut - 1]) / max(1, edges[-1] - edges[cut - 1]) / em / ref
            for heavy_first, rb, rp, nb, np_ in ((True, rh, rt, cut, len(idx) - cut),
                                                 (False, rt, rh, len(idx) - cut, cut)):
                # the cut that parts the two faces best, as Otsu's threshold parts two tones
                parted = nb * np_ / (nb + np_) * (rb - rp) ** 2
                if rb >= p.bold_ratio and rp <= p.plain_ratio and nb >= p.min_bold \
                        and np_ >= p.min_plain and (best is None or parted > best[0]):
                    best = (parted, cut, heavy_first)
        if best is not None:
            _, cut, heavy_first = best
            # marks between the two parts go with the part before them (魏世东）“法官)
            boundary = idx[cut]
            for k in range(len(flags)):
                flags[k] = (k < boundary) == heavy_first
        elif widths[i] / ref >= p.bold_ratio:
            flags = [True] * len(flags)
        out.append(flags)
    _run_ons(lines, out, p)
    return out


def _run_ons(lines: list[FaceLine], flags: list[list[bool]], p: FaceParams) -> None:
    """A run-in lead set heavy over a whole line (驾驶员未礼让行人的车辆车牌号：) goes on in the
    body face on the line under it, a glyph or two into it or at its start, too few glyphs to weigh:
    a heavy line as wide as the plain line right under it ends in the body face, as a text
    layer's lead does where the face changes."""
    for i, a in enumerate(lines):
        inked = [k for k, s in enumerate(a.strokes) if s]
        # a line with no glyph's ink measured (all of it cut off by its box) has no lead
        if not flags[i] or not inked or not all(flags[i][k] for k in inked):
            continue
        for j, b in enumerate(lines):
            first = next((k for k, s in enumerate(b.strokes) if s), None)
            if j == i or first is None or flags[j][first] or abs(b.size - a.size) > 0.1 * a.size:
                continue
            if not 0 <= b.top - a.bottom <= p.run_on_em * a.size \
                    or min(a.x1, b.x1) - max(a.x0, b.x0) < 0.5 * (b.x1 - b.x0) \
                    or a.x1 < b.x1 - a.size:
                continue
            for k in range(inked[-1], len(flags[i])):
                flags[i][k] = False
            break
