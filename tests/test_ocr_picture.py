"""Rules, tints and photos found again in a page picture (extractors.engines.picture)."""

from __future__ import annotations

import pytest

np = pytest.importorskip("numpy")
pytest.importorskip("cv2")

from extractors.engines.picture import PictureParams, find_panels, find_rules, paper_tone  # noqa: E402


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
