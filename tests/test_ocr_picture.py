"""Rules, tints and photos found again in a page picture (extractors.engines.picture)."""

from __future__ import annotations

import pytest

np = pytest.importorskip("numpy")
pytest.importorskip("cv2")

from extractors.engines.picture import (  # noqa: E402
    PictureParams,
    advert_boxes,
    find_drawings,
    find_panels,
    find_rules,
    paper_tone,
)
from extractors.pdf import Box, Rule  # noqa: E402


def _page(w: int = 600, h: int = 800, paper: int = 255):
    return np.full((h, w), paper, dtype=np.uint8)


def test_rules_are_long_thin_runs_of_ink_not_strokes_of_text():
    img = _page()
    img[100:102, 50:550] = 0  # a rule across the page (2 px at scale 1: 2 pt)
    img[150:700, 300:301] = 0  # a column rule
    img[400:403, 60:120] = 0  # a 60 pt stroke inside a headline's line box
    img[200:230, 50:60] = 0  # a short thick blob: neither
    rules = find_rules(img, 1.0, [(55, 380, 130, 420)])
    got = sorted((round(r.x0), round(r.top), round(r.x1), round(r.bottom)) for r in rules)
    assert got == [(50, 100, 550, 102), (300, 150, 301, 700)]
    assert rules[0].horizontal != rules[1].horizontal


def test_an_underline_at_a_lines_foot_is_a_rule():
    img = _page()
    img[419:421, 60:200] = 0
    assert len(find_rules(img, 1.0, [(55, 380, 205, 420)])) == 1


def test_a_flat_tint_is_a_fill_and_a_textured_region_a_photo():
    rng = np.random.default_rng(0)
    img = _page()
    img[50:200, 50:300] = 200  # a grey panel with some text on it
    img[80:90, 60:280:4] = 0
    img[300:500, 100:400] = rng.integers(0, 200, size=(200, 300), dtype=np.uint8)  # a photo
    img[600:640, 100:140] = 0  # a heavy glyph inside a text line's box
    fills, photos = find_panels(img, 1.0, [(95, 595, 300, 645)])
    assert [(round(b.x0), round(b.top), round(b.x1), round(b.bottom)) for b in fills] == [(50, 50, 300, 200)]
    assert [(round(b.x0), round(b.top), round(b.x1), round(b.bottom)) for b in photos] == [(100, 300, 400, 500)]


def test_a_scans_grey_paper_is_paper():
    img = _page(paper=228)
    img[100:110, 100:400:3] = 30  # a line of text
    assert paper_tone(img) == 228
    assert find_panels(img, 1.0, [], PictureParams()) == ([], [])


def test_a_hairline_rendered_grey_is_a_rule():
    img = _page()
    img[100:101, 50:550] = 175  # a 0.5 pt rule at 200 dpi: one pixel of mid-grey
    img[300:301, 50:550] = 240  # a faint scanner streak: not darker than type's ink margin
    rules = find_rules(img, 1.0, [])
    assert [(round(r.top), round(r.x0), round(r.x1)) for r in rules] == [(100, 50, 550)]


def test_a_pale_photo_is_found_whole():
    rng = np.random.default_rng(1)
    img = _page()
    # a pale photo: 40 % of it lighter than a tint (a sky, a paved square), none of it the
    # paper's white, the rest any tone
    light = rng.integers(235, 247, size=(300, 400))
    rest = rng.integers(30, 235, size=(300, 400))
    img[100:400, 100:500] = np.where(rng.random((300, 400)) < 0.4, light, rest).astype(np.uint8)
    fills, photos = find_panels(img, 1.0, [])
    assert fills == []
    assert [(round(b.x0), round(b.top), round(b.x1), round(b.bottom)) for b in photos] == [(100, 100, 500, 400)]


def test_reverse_type_on_a_dark_band_is_a_tint_and_its_gaps_no_rules():
    img = _page()
    img[500:546, 50:550] = 80  # a dark band
    lines = []
    for top in (503, 517, 531):  # three lines of white type filling it
        for x in range(60, 540, 14):
            img[top:top + 10, x:x + 9] = 255
        lines.append((58.0, float(top), 547.0, float(top + 10)))
    fills, photos = find_panels(img, 1.0, lines)
    assert photos == []
    assert [(round(b.x0), round(b.top), round(b.x1), round(b.bottom)) for b in fills] == [(50, 500, 550, 546)]
    img[100:546, 49:50] = 0  # a frame's side meeting the band
    rules = find_rules(img, 1.0, lines, panels=fills, tints=fills)
    # the frame's side is a rule, whole; nothing between the band's letters is (its rim may be)
    vertical = [(round(r.x0), round(r.top), round(r.bottom)) for r in rules if not r.horizontal]
    assert (49, 100, 546) in vertical
    assert all(x <= 51 or x >= 548 for x, _, _ in vertical)
    assert all(r.top <= 501 or r.bottom >= 545 for r in rules if r.horizontal)


def test_type_on_the_paper_makes_no_panel_even_when_heavy():
    img = _page()
    img[100:160, 100:400] = 0  # a heavy headline's ink, recognised as a line
    assert find_panels(img, 1.0, [(95.0, 95.0, 405.0, 165.0)]) == ([], [])


def test_an_advert_marked_as_one_is_the_frame_beside_its_mark():
    rules = [Rule(300, 500, 300, 900),  # the frame's left side
             Rule(300, 500, 680, 500), Rule(300, 900, 680, 900),  # its top and bottom
             Rule(0, 300, 680, 300)]  # a rule elsewhere
    lines = [("可乘地铁到东街口站下（广告）", 310, 880, 670, 890), ("新闻正文", 10, 880, 290, 890)]
    assert advert_boxes(lines, rules, 684, 1000) == [Box(300, 500, 680, 900)]
    # unmarked, or with no frame beside the mark: no advert
    assert advert_boxes([("可乘地铁到东街口站下", 310, 880, 670, 890)], rules, 684, 1000) == []
    assert advert_boxes(lines, rules[1:], 684, 1000) == []


def _skyline(img, x0, y0, w, h):
    """Line art: a ground line with house outlines and roofs standing on it (1 pt strokes)."""
    img[y0 + h - 1:y0 + h, x0:x0 + w] = 0
    for k, x in enumerate(range(x0 + 2, x0 + w - 10, 12)):
        top = y0 + (k % 3) * 3
        img[top:y0 + h, x:x + 1] = 0
        img[top:y0 + h, x + 8:x + 9] = 0
        img[top:top + 1, x:x + 9] = 0


def test_line_art_is_ink_of_no_line_panel_or_rule():
    img = _page()
    _skyline(img, 100, 300, 110, 14)
    img[500:502, 50:550] = 0  # a rule
    img[600:612, 100:200] = 0  # glyph ink inside a recognised line's box
    img[640:643, 100:104] = 0  # a speck
    got = find_drawings(img, 1.0, [(95, 595, 205, 615)], [])
    assert [(round(b.x0), round(b.top), round(b.x1), round(b.bottom)) for b in got] == [
        (100, 300, 210, 314)]
    # inside a photo it is the photo's
    assert find_drawings(img, 1.0, [(95, 595, 205, 615)], [Box(90, 290, 220, 320)]) == []


def test_a_block_of_small_type_set_close_is_no_photo():
    # 4.3 pt notices on a 5 pt pitch at 200 dpi: 12-px glyphs, 3 px of paper between rows,
    # less than the ring a line's ground is read from, so every line seemed set on a ground
    rng = np.random.default_rng(1)
    scale, img = 3.0, _page(900, 900)
    lines = []
    for row in range(20):
        y = 90 + row * 15
        for x in range(90, 600, 14):  # glyphs of strokes, grey-edged as rendered type is
            img[y:y + 12, x:x + 12] = np.where(rng.random((12, 12)) < 0.45, 40, 180)
        lines.append((89 / scale, (y - 1) / scale, 601 / scale, (y + 13) / scale))
    assert find_panels(img, scale, lines)[1] == []
    # a photo with a few words on it stays a photo
    img = _page(900, 900)
    img[90:390, 90:600] = rng.integers(0, 200, size=(300, 510), dtype=np.uint8)
    on_it = [(100 / scale, (100 + 20 * k) / scale, 400 / scale, (114 + 20 * k) / scale) for k in range(4)]
    assert len(find_panels(img, scale, on_it)[1]) == 1


def test_a_tables_grid_drawn_on_banded_rows_is_found_inside_its_tint():
    img = _page()
    top, bottom, left, right = 300, 560, 100, 400
    for k, y in enumerate(range(top, bottom, 20)):  # rows banded grey and white, as one table
        img[y:y + 20, left:right] = 212 if k % 2 else 224
    lines = []
    for x in (100, 160, 220, 340, 399):  # the grid's column rules, black
        img[top:bottom, x:x + 1] = 20
    for y in range(top + 4, bottom, 20):  # a cell's type in each column
        for x0 in (110, 170, 230, 350):
            img[y:y + 11, x0:x0 + 30] = 30
            lines.append((float(x0), float(y), float(x0 + 30), float(y + 11)))
    fills, photos = find_panels(img, 1.0, lines)
    assert len(fills) == 1 and photos == []
    inner = [round(r.x0) for r in find_rules(img, 1.0, lines, panels=fills, tints=fills)
             if not r.horizontal and r.bottom - r.top > 200]
    assert {160, 220, 340} <= set(inner)
    # a photo's inside is no ground for rules
    assert not [r for r in find_rules(img, 1.0, lines, panels=fills)
                if not r.horizontal and 120 < r.x0 < 380]
