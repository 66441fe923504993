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

from dataclasses import dataclass

import numpy as np

from extractors.pdf import Box, Rule


@dataclass(frozen=True, slots=True)
class PictureParams:
    rule_margin: int = 60  # a rule is this much darker than the paper: a hairline renders grey
    paper_margin: int = 22  # lighter than the paper's tone minus this is paper
    rule_min_pt: float = 36.0  # shorter runs are strokes of letters (a headline's 一 included)
    rule_max_pt: float = 3.0  # thicker runs are bands, not rules
    panel_min_pt: float = 24.0  # smaller regions are type, not a tint or a photo
    panel_open_pt: float = 6.0  # strokes thinner than this (text) are opened away
    panel_solid: float = 0.6  # share of its box a region must cover to be a panel
    flat_share: float = 0.55  # share of a panel's pixels within `flat_tone` of its mode: a tint
    flat_tone: int = 14
    glyph_share: float = 0.7  # a region this much inside one text line's box is a glyph
    max_page_share: float = 0.6  # a region larger than this share of the page is the ground


def _kernel(w: int, h: int):
    import cv2

    # odd sizes: an even kernel's anchor shifts what the opening keeps by a pixel
    return cv2.getStructuringElement(cv2.MORPH_RECT, (max(1, w) | 1, max(1, h) | 1))


def paper_tone(image: np.ndarray) -> int:
    """The tone of the paper: the lightest common tone (a scan's paper is not white)."""
    hist = np.bincount(image[::4, ::4].ravel(), minlength=256)
    light = hist[128:]
    return 128 + int(np.argmax(light)) if light.sum() else 255


def find_rules(image: np.ndarray, scale: float, text_boxes: list[tuple[float, float, float, float]],
               p: PictureParams = PictureParams()) -> list[Rule]:
    """Horizontal and vertical rules in points, the strokes of recognised text left out."""
    import cv2

    # A hairline (0.5 pt) covers under two pixels at 200 dpi and renders mid-grey, lighter than
    # the ink of type: it is told from the paper, not from black.
    ink = (image < paper_tone(image) - p.rule_margin).astype(np.uint8)
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


def find_panels(image: np.ndarray, scale: float,
                text_boxes: list[tuple[float, float, float, float]],
                p: PictureParams = PictureParams()) -> tuple[list[Box], list[Box]]:
    """(fills, photos) in points: regions of tone larger than type, told apart by how flat they
    are. A region inside one recognised line's box is a heavy glyph of it, not a panel."""
    import cv2

    paper = paper_tone(image)
    tone = (image < paper - p.paper_margin).astype(np.uint8)
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
        values = image[y:y + h, x:x + w][labels[y:y + h, x:x + w] == i]
        hist = np.bincount(values, minlength=256)
        mode = int(np.argmax(hist))
        flat = hist[max(0, mode - p.flat_tone):mode + p.flat_tone + 1].sum() / max(1, values.size)
        box = Box(x / scale, y / scale, (x + w) / scale, (y + h) / scale)
        if _in_one(box, text_boxes, p.glyph_share):
            continue
        (fills if flat >= p.flat_share else photos).append(box)
    return fills, photos
