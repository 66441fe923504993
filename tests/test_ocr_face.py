"""The face of OCR'd lines told from their strokes (extractors/engines/ocr_face.py), on generated
ink: glyphs drawn as bars of a given stroke width in em-square cells."""

import random

import numpy as np

from extractors.engines.ocr_face import FaceLine, glyph_strokes, heavy_flags

SCALE = 2.0  # pixels a point
SIZE = 10.0  # points a glyph


def _draw(ink, x, y, weight, rng):
    """One glyph in the em square at (x, y) points: a few horizontal and vertical bars."""
    em = int(SIZE * SCALE)
    x0, y0 = int(x * SCALE), int(y * SCALE)
    w = max(1, round(weight * SCALE))
    for _ in range(rng.randint(2, 4)):  # horizontal strokes of several lengths
        r = y0 + rng.randint(2, em - 2 - w)
        a = x0 + rng.randint(1, em // 3)
        ink[r:r + w, a:x0 + em - rng.randint(1, em // 3)] = True
    for _ in range(rng.randint(1, 3)):
        c = x0 + rng.randint(2, em - 2 - w)
        ink[y0 + rng.randint(1, em // 4):y0 + em - 1, c:c + w] = True


def _page(rows, rng, width=600, height=400):
    """rows: (text, weights per glyph, x, y); returns the ink and the lines' FaceLines."""
    ink = np.zeros((int(height * SCALE), int(width * SCALE)), dtype=bool)
    lines = []
    for text, weights, x, y in rows:
        spans = []
        for k, (_, wt) in enumerate(zip(text, weights, strict=True)):
            _draw(ink, x + k * SIZE, y, wt, rng)
            spans.append((x + k * SIZE, x + (k + 1) * SIZE))
        strokes = glyph_strokes(ink, text, spans, y, y + SIZE, SCALE)
        lines.append(FaceLine(x, y, x + len(text) * SIZE, y + SIZE, SIZE, strokes))
    return ink, lines


BODY, HEAVY = 0.8, 1.4  # stroke widths in points
TEXT = "本院受理原告诉被告买卖合同纠纷一案现依法向你公告送达"


def _rows(specs):
    return [(TEXT[:n], w, 20.0, 20.0 + 14.0 * i) for i, (n, w) in enumerate(specs)]


def test_a_heading_in_a_heavy_face_among_body_lines_is_heavy_and_the_body_is_not():
    rng = random.Random(1)
    specs = [(20, [BODY] * 20) for _ in range(6)]
    specs[3] = (12, [HEAVY] * 12)
    _, lines = _page(_rows(specs), rng)
    flags = heavy_flags(lines, SCALE, SIZE)
    assert all(flags[3])
    assert not any(any(f) for k, f in enumerate(flags) if k != 3)


def test_a_lead_in_a_heavy_face_is_cut_from_the_body_text_on_its_line():
    rng = random.Random(2)
    specs = [(20, [BODY] * 20) for _ in range(6)]
    specs[2] = (20, [HEAVY] * 6 + [BODY] * 14)
    _, lines = _page(_rows(specs), rng)
    flags = heavy_flags(lines, SCALE, SIZE)[2]
    cut = flags.index(False)
    # one face, then the other, parted within a glyph of where the face changes
    assert flags == [True] * cut + [False] * (20 - cut) and abs(cut - 6) <= 1


def test_the_same_face_printed_darker_over_a_whole_region_stays_the_body_face():
    """Ink density drifts across a printed page: a line is weighed against the lines near it."""
    rng = random.Random(3)
    left = [(TEXT[:20], [BODY] * 20, 20.0, 20.0 + 14.0 * i) for i in range(8)]
    right = [(TEXT[:20], [BODY * 1.5] * 20, 400.0, 20.0 + 14.0 * i) for i in range(8)]
    right[4] = (TEXT[:10], [BODY * 1.5 * 1.7] * 10, 400.0, 20.0 + 14.0 * 4)
    _, lines = _page(left + right, rng, width=700)
    flags = heavy_flags(lines, SCALE, SIZE)
    assert not any(any(f) for k, f in enumerate(flags) if k != 12)
    assert all(flags[12])


def test_a_heavy_line_running_on_into_a_plain_one_ends_in_the_body_face():
    rng = random.Random(4)
    specs = [(20, [BODY] * 20) for _ in range(6)]
    specs[2] = (20, [HEAVY] * 20)  # a whole line of lead, the body face from the next line on
    specs[4] = (9, [HEAVY] * 9)  # a short heading: the line under it is a paragraph of its own
    _, lines = _page(_rows(specs), rng)
    flags = heavy_flags(lines, SCALE, SIZE)
    assert flags[2] == [True] * 19 + [False]
    assert all(flags[4])


def test_display_type_and_marks_are_not_weighed():
    rng = random.Random(5)
    specs = [(20, [BODY] * 20) for _ in range(6)]
    _, lines = _page(_rows(specs), rng)
    big = FaceLine(20, 200, 220, 240, 40.0, lines[0].strokes)
    flags = heavy_flags(lines + [big], SCALE, SIZE)
    assert not any(flags[-1])
    # marks, Latin and digits say nothing of the face; a cell full of ink is reverse type
    ink = np.ones((100, 100), dtype=bool)
    spans = [(0, 10), (10, 20), (20, 30), (30, 40)]
    assert glyph_strokes(ink, "，a1本", spans, 0, 10, SCALE) == [None] * 4


def test_a_line_with_no_ink_measured_is_weighed_as_nothing():
    """Reverse type (white on a dark band) leaves no ink darker than the paper: its glyphs have
    no strokes, and the line, over a body line as wide as it, is no heavy lead."""
    rng = random.Random(5)
    _, lines = _page(_rows([(20, [BODY] * 20) for _ in range(6)]), rng)
    white = FaceLine(20.0, 6.0, 220.0, 16.0, SIZE, [None] * 20, TEXT[:20])
    flags = heavy_flags([white, *lines], SCALE, SIZE)
    assert flags[0] == [False] * 20
    assert not any(any(f) for f in flags[1:])
