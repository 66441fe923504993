"""The two text-layer engines hand the layout the same page: characters, boxes, rules, images."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from extractors.engines import ENGINES, read_document, read_pages
from extractors.layout import repair_pdf
from extractors.pdf import Char, char_from_baseline
from tests.pagegen import CJK_FONT, LATIN_FONT, SAMPLE, Flow, Page, write_pdf

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
VERTICAL = UnicodeCIDFont(CJK_FONT, isVertical=True)  # a -V encoding: glyphs step down the page
VERTICAL.name = VERTICAL.fontName = "STSong-Light-V"  # beside, not over, the horizontal face
pdfmetrics.registerFont(VERTICAL)


def _png(path: Path) -> Path:
    import numpy as np
    from PIL import Image

    Image.fromarray((np.arange(64 * 48) % 251).reshape(48, 64).astype("uint8")).save(path)
    return path


def _rich_pdf(tmp_path: Path, rotate: int = 0) -> Path:
    """Text in two fonts, fake bold, rotated text, a line, a thin rect, a filled box, a frame,
    a multi-subpath path, an image, and a form XObject holding a rule and an image."""
    path = tmp_path / f"rich-{rotate}.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setPageRotation(rotate)
    c.setFont(CJK_FONT, 12)
    c.drawString(72, 760, "政府工作报告")
    c.drawString(72.2, 760.1, "政府工作报告")  # a fake-bold copy a hair's breadth away
    c.setFont(LATIN_FONT, 9)
    c.drawString(72, 740, "GDP 5.2% 2024")
    c.setFont(CJK_FONT, 10.5)
    c.drawString(72, 720, "两个的的字")
    c.saveState()
    c.translate(500, 300)
    c.rotate(90)
    c.drawString(0, 0, "竖排标题")
    c.restoreState()
    if not rotate:  # on a turned page the pdfium engine does not guess vertical writing
        c.setFont(VERTICAL.fontName, 20)
        c.drawString(540, 600, "产区变景区")
    c.line(72, 700, 520, 700)
    c.rect(72, 650, 448, 1.0, stroke=0, fill=1)  # a rule drawn as a thin box
    c.setFillGray(0.8)
    c.rect(72, 560, 200, 60, stroke=0, fill=1)
    c.rect(300, 560, 200, 60, stroke=1, fill=0)
    p = c.beginPath()
    p.moveTo(72, 500)
    p.lineTo(300, 500)
    p.moveTo(72, 480)
    p.lineTo(72, 400)
    p.moveTo(320, 480)
    p.curveTo(340, 500, 360, 460, 380, 480)
    c.drawPath(p, stroke=1, fill=0)
    img = ImageReader(str(_png(tmp_path / "im.png")))
    c.drawImage(img, 100, 200, width=120, height=90)
    c.beginForm("furniture")
    c.line(0, 0, 200, 0)
    c.drawImage(img, 0, 10, width=40, height=30)
    c.endForm()
    c.saveState()
    c.translate(300, 100)
    c.scale(1.5, 1.5)
    c.doForm("furniture")
    c.restoreState()
    c.showPage()
    c.save()
    return path


def _key(boxes, digits: int = 2) -> list[tuple[float, ...]]:
    # pdfium computes in single precision: a hundredth of a point apart on a broadsheet
    return sorted(tuple(round(v, digits) for v in (b.x0, b.top, b.x1, b.bottom)) for b in boxes)


@pytest.mark.parametrize("rotate", [0, 90])
def test_engines_agree_on_a_rich_page(tmp_path, rotate):
    path = _rich_pdf(tmp_path, rotate)
    a, b = (read_pages(path, engine=e)[0] for e in ENGINES)
    assert (a.width, a.height) == pytest.approx((b.width, b.height))
    # pdfium reads a turned page's glyphs in another order; the layout orders them by position
    ka, kb = (sorted(p.chars, key=lambda c: (round(c.top), round(c.x0), c.text)) for p in (a, b))
    assert [c.text for c in ka] == [c.text for c in kb]
    for ca, cb in zip(ka, kb, strict=True):
        # Rotated glyphs keep each library's own box (fonts' descents differ): within 1.5 pt.
        tol = 0.05 if ca.upright else 1.5
        assert (ca.x0, ca.x1, ca.top, ca.bottom, ca.size) == pytest.approx(
            (cb.x0, cb.x1, cb.top, cb.bottom, cb.size), abs=tol), ca.text
        assert ca.upright == cb.upright, ca.text
    assert _key(a.rules) == _key(b.rules)
    assert _key(a.image_boxes) == _key(b.image_boxes) and len(a.image_boxes) == 2
    assert _key(a.fills) == _key(b.fills) and len(a.fills) == 1


def test_pdfium_flags_rotated_text_and_drops_fake_bold(tmp_path):
    page = read_pages(_rich_pdf(tmp_path), engine="pdfium")[0]
    text = "".join(c.text for c in page.chars)
    assert text.count("政府工作报告") == 1  # the bold copy is gone, the line kept once
    assert "两个的的字" in text  # genuine repeats stay
    column = [c for c in page.chars if c.text in "产区变景"]
    assert len(column) == 5 and len({c.x0 for c in column}) == 1
    assert all(b.top > a.top for a, b in zip(column, column[1:], strict=False))
    turned = [c for c in page.chars if c.text in "竖排标题"]
    assert len(turned) == 4 and not any(c.upright for c in turned)
    assert all(c.upright for c in page.chars if c.text in "政府工作报告")


def test_baseline_rebuild_is_one_rule_for_every_font(tmp_path):
    page = read_pages(_rich_pdf(tmp_path), engine="pdfium")[0]
    cjk = next(c for c in page.chars if c.text == "政")
    digit = next(c for c in page.chars if c.text == "5")
    # 12 pt glyph on the baseline at 842 - 760: 0.88 em above it, 0.12 em below
    assert (cjk.top, cjk.bottom) == pytest.approx((82 - 0.88 * 12, 82 + 0.12 * 12), abs=0.01)
    assert digit.bottom - digit.top == pytest.approx(9.0, abs=0.01)
    assert char_from_baseline("x", 0, 5, 1, 2, 10, "f", False, (0, 1, -1, 0), 50) == Char(
        "x", 0, 5, 1, 2, 10, "f", False)  # rotated text keeps its own box


def test_engines_give_the_same_document(tmp_path):
    page = Page()
    Flow([(60, 280), (315, 535)], top=80, bottom=760).set(page, [SAMPLE * 3] * 4)
    page.rules.append((60, 770, 535, 770))
    page.text("— 3 —", 280, 790, 9)
    path = write_pdf(tmp_path / "cols.pdf", [page, page])
    a, b = (repair_pdf(path, engine=e) for e in ENGINES)
    assert [(x.type, x.text, x.page) for x in a.blocks] == [(x.type, x.text, x.page) for x in b.blocks]
    assert a.blocks


def test_unknown_engine_and_ocr_mode_are_named(tmp_path):
    path = write_pdf(tmp_path / "one.pdf", [Page()])
    with pytest.raises(ValueError, match="pdfminer"):
        read_pages(path, engine="pdfminer")
    with pytest.raises(ValueError, match="sometimes"):
        read_document(path, ocr="sometimes")


def test_every_page_carries_its_own_text_status(tmp_path):
    good, blank = Page(), Page()
    Flow([(80, 515)], top=100, bottom=300).set(good, [SAMPLE])
    blank.frames.append((60, 60, 500, 700))
    for engine in ENGINES:
        pages = read_document(write_pdf(tmp_path / "mixed.pdf", [good, blank, good]),
                              engine=engine, ocr="never").pages
        assert [p.text_status for p in pages] == ["ok", "no_text_layer", "ok"]
        assert all(p.text_source == "pdf" for p in pages)


def _unmatched(chars: list[Char], others: list[Char], tol: float = 0.1) -> int:
    """Glyphs of `chars` with no glyph of the same text within `tol` points in `others`."""
    by_text: dict[str, list[Char]] = defaultdict(list)
    for c in others:
        by_text[c.text].append(c)
    return sum(not any(abs(o.x0 - c.x0) <= tol and abs(o.top - c.top) <= tol
                       for o in by_text[c.text]) for c in chars)


@pytest.mark.skipif(not SHARED.exists(), reason="needs ../shared")
@pytest.mark.parametrize("name", ["national-gwr-2024.broadsheet.pdf",
                                  "real/epaper-gansufazhibao.pdf"])
def test_engines_agree_on_shared_pages(name):
    path = SHARED / "corpus" / name
    for a, b in zip(read_pages(path, engine="pdfplumber"), read_pages(path, engine="pdfium"),
                    strict=True):
        assert _key(a.rules, 1) == _key(b.rules, 1)
        assert _key(a.image_boxes, 1) == _key(b.image_boxes, 1)
        # the same glyphs at the same places, give or take a space (pdfium may read a run in
        # another order; the layout orders by position)
        assert _unmatched(a.chars, b.chars) <= 0.002 * len(a.chars)
        assert _unmatched(b.chars, a.chars) <= 0.002 * len(a.chars)


@pytest.mark.skipif(not SHARED.exists(), reason="needs ../shared")
def test_pdfium_reports_a_font_without_unicode_map():
    doc = repair_pdf(SHARED / "corpus/real/epaper-111.pdf", engine="pdfium")
    assert doc.text_status == "undecodable_text" and doc.blocks == []


def test_cli_takes_the_engine_and_says_where_the_text_came_from(tmp_path, capsys):
    import json

    from flows.cli import main

    page = Page()
    Flow([(80, 515)], top=100, bottom=300).set(page, ["全市地区生产总值增长5.2%。" + SAMPLE])
    pdf = write_pdf(tmp_path / "r.pdf", [page])
    outs = []
    for engine in ENGINES:
        assert main(["extract", str(pdf), "--format", "json", "--engine", engine,
                     "--ocr", "never"]) == 0
        outs.append(json.loads(capsys.readouterr().out))
    assert outs[0]["blocks"] == outs[1]["blocks"] and outs[0]["blocks"]
    assert outs[0]["text_source"] == "pdf" and outs[0]["ocr_confidence"] is None
    assert main(["indicators", str(pdf), "--engine", "pdfium", "--ocr", "never"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rows and all(r["text_source"] == "pdf" for r in rows)


def test_warehouse_records_the_text_source(tmp_path):
    from extractors.model import Block, Document, Indicator
    from warehouse.db import connect
    from warehouse.load import DocumentRecord, load_document

    con = connect(tmp_path / "w.duckdb")
    doc = Document("s.pdf", pages=2, blocks=[Block("paragraph", "甲", 1), Block("paragraph", "乙", 2)],
                   text_source="mixed", ocr_confidence=0.97, ocr_pages=[2])
    inds = [Indicator("地区生产总值", 1.0, "亿元", page=1), Indicator("增长", 5.0, "%", page=2)]
    load_document(con, DocumentRecord("d", "r", None, "k", 2024), doc, inds)
    assert con.execute("SELECT text_source, ocr_confidence FROM documents").fetchone() == ("mixed", 0.97)
    assert con.execute("SELECT text_source FROM indicators ORDER BY seq").fetchall() == [("pdf",), ("ocr",)]
