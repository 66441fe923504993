"""The PDF boundary: characters and rules out of pdfplumber, and the text status of a document."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.layout import repair_pdf
from extractors.pdf import Char, dedupe_chars, read_pages
from tests.pagegen import SAMPLE, Flow, Page, write_pdf

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def test_scan_without_text_is_no_text_layer(tmp_path):
    page = Page()
    page.frames.append((60, 60, 500, 700))
    doc = repair_pdf(write_pdf(tmp_path / "scan.pdf", [page]))
    assert doc.text_status == "no_text_layer" and doc.blocks == [] and doc.notes


def _lines_of(tmp_path, line: str):
    """A page of twenty lines of one text in a font without Chinese glyphs, repaired."""
    page = Page()
    for i in range(20):
        page.text(line, 60, 60 + i * 14, 10, font="Times-Roman")
    return repair_pdf(write_pdf(tmp_path / "lines.pdf", [page]))


def test_symbol_soup_is_undecodable(tmp_path):
    doc = _lines_of(tmp_path, "!#$&*+<=>?@[]^_{|}~" * 2)
    assert doc.text_status == "undecodable_text" and doc.blocks == [] and doc.notes


@pytest.mark.parametrize("soup", [";<=>?@ABCD:20255L&MNOPQR67S T335.3UV", "()*+,-./0123!\"#$%&'ABCDEFG"])
def test_a_font_mapped_to_ascii_letters_and_symbols_is_undecodable(tmp_path, soup):
    assert _lines_of(tmp_path, soup).text_status == "undecodable_text"


@pytest.mark.parametrize("line", ["The Government Work Report, delivered on 5 March 2024 (page 12).",
                                  "2025 1,234.5 2,345.6 3.2% 4,567.8 1.5%"])
def test_english_prose_and_figure_tables_are_text(tmp_path, line):
    assert _lines_of(tmp_path, line).text_status == "ok"


def test_real_text_is_ok(tmp_path):
    page = Page()
    Flow([(80, 515)], top=100, bottom=300).set(page, [SAMPLE])
    doc = repair_pdf(write_pdf(tmp_path / "ok.pdf", [page]))
    assert doc.text_status == "ok" and doc.blocks


def test_frames_become_four_rules(tmp_path):
    page = Page()
    page.frames.append((60, 60, 300, 100))
    page.rules.append((60, 200, 500, 200))
    page.text("字", 80, 70)
    pages = read_pages(write_pdf(tmp_path / "rules.pdf", [page]))
    assert len(pages[0].rules) == 5
    assert sum(r.horizontal for r in pages[0].rules) == 3


def test_dedupe_keeps_genuine_repeats():
    a = Char("的", 10, 20, 10, 20, 10, "f")
    bold = Char("的", 10.3, 20.3, 10.1, 20.1, 10, "f")
    next_one = Char("的", 20, 30, 10, 20, 10, "f")
    assert dedupe_chars([a, bold, next_one]) == [a, next_one]


@pytest.mark.skipif(not SHARED.exists(), reason="needs ../shared")
def test_epaper_without_unicode_map_is_reported_not_garbled():
    doc = repair_pdf(SHARED / "corpus/real/epaper-111.pdf")
    assert doc.text_status == "undecodable_text" and doc.blocks == []


def test_glyphs_of_one_face_share_its_name():
    # A 126-page report holds 73,000 glyphs: one name string a face, not one a glyph.
    from extractors.pdf import char_from_baseline

    glyphs = [char_from_baseline(t, 0, 10, 0, 10, 10.5, "ABCDEF+" + "".join(["Sim", "Sun"]), True,
                                 (1, 0, 0, 1), 9) for t in "政府工作"]
    assert glyphs[0].font == "SimSun" and all(g.font is glyphs[0].font for g in glyphs)
