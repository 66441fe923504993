"""The graphics of a page picture: rules, tinted panels and photos, for pages read by OCR.

A text layer hands the layout repair its rules (column and article separators, the masthead's
line), its filled rectangles (tinted boxes, an advert's band) and its images; a scanned or
image-only page has none of these, only pixels. They are found again in the grey picture with
OpenCV (a dependency of rapidocr-onnxruntime) by shape, in points, so they hold at any dpi:

- a rule is a run of ink at least `rule_min_pt` long and at most `rule_max_pt` thick that is not
  a stroke of a recognised line of text;
- a panel is a region of non-paper tone larger than `panel_min_pt` each way once text-sized
  strokes are opened away; it is a tint (fill) when most of it is one tone, else a photo.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from extractors.pdf import Box, Rule


@dataclass(frozen=True, slots=True)
class PictureParams:
    rule_margin: int = 60  # a rule is this much darker than the paper: a hairline renders grey
    paper_margin: int = 22  # this much darker than the paper is a tint's or a photo's tone
    photo_margin: int = 8  # ... and this much already off the paper (a pale photo's highlights)
    spread_factor: float = 2.0  # or this many times the paper's own spread (a scan's grain)
    ring_pt: float = 1.5  # the ground a recognised line stands on: this wide a ring round it
    ring_share: float = 0.5  # share of the ring in tone for the line to stand on a panel
    rule_min_pt: float = 36.0  # shorter runs are strokes of letters (a headline's 一 included)
    rule_max_pt: float = 3.0  # thicker runs are bands, not rules
    panel_edge_pt: float = 1.5  # a panel's rim, where the rule framing it runs
    panel_min_pt: float = 24.0  # smaller regions are type, not a tint or a photo
    panel_open_pt: float = 6.0  # strokes thinner than this (text) are opened away
    panel_solid: float = 0.6  # share of its box a region must cover to be a panel
    flat_share: float = 0.55  # share of a panel's pixels within `flat_tone` of its mode: a tint
    flat_tone: int = 14
    glyph_share: float = 0.7  # a region this much inside one text line's box is a glyph
    max_page_share: float = 0.6  # a region larger than this share of the page is the ground
    type_cover: float = 0.8  # a "photo" this much covered by recognised lines ...
    type_lines: int = 3  # ... at least this many, is a column of small type, not a photo


def _kernel(w: int, h: int):
    import cv2

    # odd sizes: an even kernel's anchor shifts what the opening keeps by a pixel
    return cv2.getStructuringElement(cv2.MORPH_RECT, (max(1, w) | 1, max(1, h) | 1))


def blank(image: np.ndarray) -> bool:
    """A picture of one tone: a page that draws nothing (a report's blank verso) has no text,
    rules, tints or photos to find in it."""
    return not image.size or int(image.min()) == int(image.max())


def paper_tone(image: np.ndarray) -> int:
    """The tone of the paper: the lightest common tone (a scan's paper is not white)."""
    hist = np.bincount(image[::4, ::4].ravel(), minlength=256)
    light = hist[128:]
    return 128 + int(np.argmax(light)) if light.sum() else 255


def find_rules(image: np.ndarray, scale: float, text_boxes: list[tuple[float, float, float, float]],
               p: PictureParams = PictureParams(), panels: list[Box] | None = None,
               tints: list[Box] | None = None) -> list[Rule]:
    """Horizontal and vertical rules in points, the strokes of recognised text left out.

    Inside `panels` (tints and photos found by find_panels) long runs of tone are the ground
    between reverse type's letters or a photo's texture, not rules: their insides, clear of the
    edges a frame runs along, are left out, which also keeps a rule that meets a dark band from
    fusing with it into one thick shape. Inside `tints` (those of the panels that are one
    tone), a run darker than the tint's own tone by the margin a rule stands off the paper is a
    rule drawn on it: the grid of a table set on a tint or on banded rows (a weather table's
    cells), which the layout needs to part its columns. The ground between reverse type's
    letters is the tint's tone, not darker."""
    import cv2

    # A hairline (0.5 pt) covers under two pixels at 200 dpi and renders mid-grey, lighter than
    # the ink of type: it is told from the paper, not from black.
    ink = (image < paper_tone(image) - p.rule_margin).astype(np.uint8)
    edge = max(1, int(p.panel_edge_pt * scale))
    flat = {(b.x0, b.top, b.x1, b.bottom) for b in tints or []}
    for b in panels or []:
        y0, y1 = int(b.top * scale) + edge, int(b.bottom * scale) - edge
        x0, x1 = int(b.x0 * scale) + edge, int(b.x1 * scale) - edge
        if y1 <= y0 or x1 <= x0:
            continue
        if (b.x0, b.top, b.x1, b.bottom) in flat:
            inside = image[y0:y1, x0:x1]
            ink[y0:y1, x0:x1] = inside < int(np.median(inside)) - p.rule_margin
        else:
            ink[y0:y1, x0:x1] = 0
    length, thick = int(p.rule_min_pt * scale), p.rule_max_pt * scale
    out: list[Rule] = []
    for horizontal in (True, False):
        kernel = _kernel(length, 1) if horizontal else _kernel(1, length)
        runs = cv2.morphologyEx(ink, cv2.MORPH_OPEN, kernel)
        n, _, stats, _ = cv2.connectedComponentsWithStats(runs, connectivity=8)
        for x, y, w, h, _area in stats[1:n]:
            if (h if horizontal else w) > thick:
                continue
            r = Rule(x / scale, y / scale, (x + w) / scale, (y + h) / scale)
            if not _in_text(r, horizontal, text_boxes):
                out.append(r)
    return out


def _in_text(r: Rule, horizontal: bool, boxes: list[tuple[float, float, float, float]],
             edge: float = 0.15) -> bool:
    """A run inside a text line's box is a stroke of its letters, unless it is a horizontal run
    along the box's top or bottom edge (an underline). A rule through a line runs out of it."""
    for x0, top, x1, bottom in boxes:
        tol = edge * min(x1 - x0, bottom - top)
        if not (x0 - tol <= r.x0 and r.x1 <= x1 + tol and top - tol <= r.top and r.bottom <= bottom + tol):
            continue
        yc = (r.top + r.bottom) / 2
        if horizontal and (x1 - x0) >= (bottom - top) and not top + tol < yc < bottom - tol:
            continue  # under- or overline
        return True
    return False


def _in_one(b: Box, boxes: list[tuple[float, float, float, float]], share: float) -> bool:
    area = max(1e-6, (b.x1 - b.x0) * (b.bottom - b.top))
    return any(max(0.0, min(b.x1, x1) - max(b.x0, x0)) * max(0.0, min(b.bottom, bottom) - max(b.top, top))
               >= share * area for x0, top, x1, bottom in boxes)


def paper_spread(image: np.ndarray, paper: int, share: float = 0.05) -> int:
    """How far the paper's own tone wanders below its mode: a render's white is one tone, a
    scan's paper a band of them. The first tone under the mode with fewer than `share` of the
    mode's pixels ends it."""
    hist = np.bincount(image[::4, ::4].ravel(), minlength=256)
    t = paper
    while t > 0 and hist[t - 1] >= share * hist[paper]:
        t -= 1
    return paper - t


def _ground(tone: np.ndarray, scale: float, text_boxes: list[tuple[float, float, float, float]],
            ring_pt: float, share: float) -> np.ndarray:
    """`tone` with each recognised line's box set to the ground around it: a line set on a
    photo or a dark band (reverse type) belongs to the panel, one on the paper leaves a hole of
    paper, so type itself never makes a panel."""
    out = tone.copy()
    h, w = tone.shape
    r = max(1, int(ring_pt * scale))
    for x0, top, x1, bottom in text_boxes:
        a0, b0 = max(0, int(x0 * scale)), max(0, int(top * scale))
        a1, b1 = min(w, int(x1 * scale) + 1), min(h, int(bottom * scale) + 1)
        if a1 <= a0 or b1 <= b0:
            continue
        outer = tone[max(0, b0 - r):min(h, b1 + r), max(0, a0 - r):min(w, a1 + r)]
        ring = int(outer.sum()) - int(tone[b0:b1, a0:a1].sum())
        ring_px = outer.size - (b1 - b0) * (a1 - a0)
        out[b0:b1, a0:a1] = 1 if ring_px and ring >= share * ring_px else 0
    return out


def find_panels(image: np.ndarray, scale: float,
                text_boxes: list[tuple[float, float, float, float]],
                p: PictureParams = PictureParams()) -> tuple[list[Box], list[Box]]:
    """(fills, photos) in points: regions of tone larger than type, told apart by how flat they
    are. Anything off the paper's tone counts, so a light photo (a pale sky, a paved square) is
    found whole; the recognised lines take the tone of the ground they stand on (`_ground`)."""
    import cv2

    paper = paper_tone(image)
    margin = max(p.photo_margin, p.spread_factor * paper_spread(image, paper))
    tone = (image < paper - margin).astype(np.uint8)
    tone = _ground(tone, scale, text_boxes, p.ring_pt, p.ring_share)
    k = int(p.panel_open_pt * scale)
    solid = cv2.morphologyEx(tone, cv2.MORPH_OPEN, _kernel(k, k))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(solid, connectivity=4)
    fills: list[Box] = []
    photos: list[Box] = []
    side = p.panel_min_pt * scale
    page_area = image.shape[0] * image.shape[1]
    for i in range(1, n):
        x, y, w, h, area = stats[i]
        if w < side or h < side or area < p.panel_solid * w * h or area > p.max_page_share * page_area:
            continue
        box = Box(x / scale, y / scale, (x + w) / scale, (y + h) / scale)
        if _in_one(box, text_boxes, p.glyph_share):
            continue
        # its own tones, not those of the type on it (reverse type's white)
        own = (labels[y:y + h, x:x + w] == i) & (image[y:y + h, x:x + w] < paper - margin)
        values = image[y:y + h, x:x + w][own]
        hist = np.bincount(values, minlength=256)
        mode = int(np.argmax(hist))
        flat = hist[max(0, mode - p.flat_tone):mode + p.flat_tone + 1].sum() / max(1, values.size)
        if flat >= p.flat_share:
            fills.append(box)
        elif not _type_block(box, text_boxes, scale, p):
            photos.append(box)
    return fills, photos


def _type_block(box: Box, text_boxes: list[tuple[float, float, float, float]], scale: float,
                p: PictureParams) -> bool:
    """Type set closer than `ring_pt` (4.3 pt notices on a 5 pt pitch) leaves no paper round
    its lines, so a block of it reads as ground of a tone, and its lines as set on a photo. A
    photo with words on it keeps most of its area bare of them (a caption panel, a slogan: at
    most half, measured on the renders); a block of notices is lines from edge to edge (over
    0.9)."""
    x0, top = box.x0 * scale, box.top * scale
    w, h = int((box.x1 - box.x0) * scale) + 1, int((box.bottom - box.top) * scale) + 1
    mask = np.zeros((h, w), dtype=bool)
    n = 0
    for a0, b0, a1, b1 in text_boxes:
        c0, c1 = max(0, int(a0 * scale - x0)), min(w, int(a1 * scale - x0) + 1)
        r0, r1 = max(0, int(b0 * scale - top)), min(h, int(b1 * scale - top) + 1)
        if c1 > c0 and r1 > r0:
            mask[r0:r1, c0:c1] = True
            n += 1
    return n >= p.type_lines and mask.mean() >= p.type_cover


# Chinese law has every advert in the press marked as one (广告法 §14): （广告） closes it.
_AD_MARK = re.compile(r"[（(]\s*广告\s*[)）]\s*$|^\s*广告\s*$")


def advert_boxes(lines: list[tuple[str, float, float, float, float]], rules: list[Rule],
                 width: float, height: float, min_lines: float = 3.0,
                 max_share: float = 0.5) -> list[Box]:
    """The frames of the adverts marked （广告）: the nearest vertical rule beside the mark on
    either side gives the frame's height, the horizontal rules along its top and bottom its
    width (else the page's edge). `lines` are (text, x0, top, x1, bottom) in points."""
    out: list[Box] = []
    for text, x0, top, x1, bottom in lines:
        if not _AD_MARK.search(text):
            continue
        cy = (top + bottom) / 2
        sides = [r for r in rules if not r.horizontal and r.top <= cy <= r.bottom]
        left = max((r for r in sides if r.x1 <= x0 + 1), key=lambda r: r.x0, default=None)
        right = min((r for r in sides if r.x0 >= x1 - 1), key=lambda r: r.x0, default=None)
        if left is None and right is None:
            continue
        up = min(r.top for r in (left, right) if r is not None)
        down = max(r.bottom for r in (left, right) if r is not None)
        edge = [r for r in rules if r.horizontal and min(abs(r.top - up), abs(r.bottom - down)) <= 2
                and r.x0 <= x1 and r.x1 >= x0]
        bx0 = left.x0 if left is not None else min((r.x0 for r in edge), default=0.0)
        bx1 = right.x1 if right is not None else max((r.x1 for r in edge), default=width)
        box = Box(bx0, up, bx1, down)
        if down - up < min_lines * (bottom - top) or \
                (bx1 - bx0) * (down - up) > max_share * width * height:
            continue
        out.append(box)
    return out


@dataclass(frozen=True, slots=True)
class DrawingParams:
    ink_margin: int = 60  # this much darker than the paper is a drawing's line
    text_pad: float = 0.2  # a line's box grown by this share of its height holds all its ink
    join_pt: float = 2.0  # strokes this close are one drawing
    min_w_pt: float = 24.0  # a drawing is at least this wide ...
    min_h_pt: float = 6.0  # ... and this tall (thinner ink is a rule)
    max_h_pt: float = 72.0  # taller line art is a figure, not an ornament beside type
    max_aspect: float = 16.0  # a longer, flatter one is a decorated rule (a masthead's band)


def find_drawings(image: np.ndarray, scale: float,
                  text_boxes: list[tuple[float, float, float, float]],
                  panels: list[Box], p: DrawingParams = DrawingParams()) -> list[Box]:
    """Line art: ink that belongs to no recognised line, panel or photo, and is neither a rule
    nor a glyph the detector's box cut off (an ornament, the skyline under a column logo)."""
    import cv2

    # at about a pixel a point (ink pooled in blocks): a drawing needs no finer grid, and a
    # broadsheet page's labels then take a few MB
    k = max(1, int(scale))
    ink = image < paper_tone(image) - p.ink_margin
    for x0, top, x1, bottom in text_boxes:
        pad = p.text_pad * (bottom - top)
        ink[max(0, int((top - pad) * scale)):int((bottom + pad) * scale) + 1,
            max(0, int((x0 - pad) * scale)):int((x1 + pad) * scale) + 1] = False
    for b in panels:
        ink[max(0, int(b.top * scale)):int(b.bottom * scale) + 1,
            max(0, int(b.x0 * scale)):int(b.x1 * scale) + 1] = False
    h, w = (ink.shape[0] // k) * k, (ink.shape[1] // k) * k
    pooled = ink[:h, :w].reshape(h // k, k, w // k, k).any(axis=(1, 3)).astype(np.uint8)
    del ink
    s = scale / k  # pooled pixels a point
    j = max(1, int(p.join_pt * s))
    joined = cv2.dilate(pooled, _kernel(j, j))
    n, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    out: list[Box] = []
    for c in range(1, n):
        x, y, bw, bh, _ = stats[c]
        bw_pt, bh_pt = (bw - j) / s, (bh - j) / s
        if bw_pt < p.min_w_pt or not p.min_h_pt <= bh_pt <= p.max_h_pt \
                or bw_pt > p.max_aspect * bh_pt:
            continue
        out.append(Box((x + j / 2) / s, (y + j / 2) / s, (x + bw - j / 2) / s,
                       (y + bh - j / 2) / s))
    return out
