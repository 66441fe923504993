"""Reading order: columns, column breaks, banners between bands, headings drawn after their body."""

from __future__ import annotations

from extractors.layout import repair_pdf
from tests.pagegen import SAMPLE, Flow, Page, write_pdf

PARAS = [SAMPLE, "第二段" + SAMPLE * 2, "第三段" + SAMPLE, "第四段" + SAMPLE]


def _body(doc):
    return [b for b in doc.blocks if b.type in ("paragraph", "heading", "title")]


def test_paragraph_flows_across_a_column_break_and_never_across_the_gutter(tmp_path):
    page = Page()
    flow = Flow([(60, 280), (300, 520)], top=100, bottom=300)
    assert flow.set(page, PARAS) == []
    doc = repair_pdf(write_pdf(tmp_path / "cols.pdf", [page]))
    assert [b.text for b in _body(doc)] == PARAS


def test_three_narrow_columns_with_a_smaller_type(tmp_path):
    page = Page(width=700, height=500)
    flow = Flow([(40, 240), (250, 450), (460, 660)], top=60, bottom=200, size=9, leading=1.5)
    assert flow.set(page, PARAS) == []
    doc = repair_pdf(write_pdf(tmp_path / "three.pdf", [page]))
    assert [b.text for b in _body(doc)] == PARAS


def test_heading_drawn_after_its_body_still_comes_first(tmp_path):
    page = Page()
    Flow([(80, 515)], top=150, bottom=700).set(page, PARAS[:2])
    page.centred("一、总体要求", top=110, size=16)  # last in the content stream, top on the page
    doc = repair_pdf(write_pdf(tmp_path / "late.pdf", [page]))
    body = _body(doc)
    assert body[0].type == "heading" and body[0].text == "一、总体要求"
    assert [b.text for b in body[1:]] == PARAS[:2]


def test_framed_banner_cuts_the_columns_into_bands(tmp_path):
    page = Page(width=700, height=700)
    cols = [(40, 330), (350, 640)]
    top_band = ["上段" + SAMPLE, "上段二" + SAMPLE]
    low_band = ["下段" + SAMPLE, "下段二" + SAMPLE]
    # the lower band first in the stream, then the banner, then the upper band
    Flow(cols, top=330, bottom=460).set(page, low_band)
    page.frames.append((40, 280, 640, 310))
    page.centred("持之以恒提升立法质量", top=286, size=14, x0=40, x1=640)
    Flow(cols, top=80, bottom=170).set(page, top_band)
    doc = repair_pdf(write_pdf(tmp_path / "banner.pdf", [page]))
    texts = [b.text for b in _body(doc)]
    assert texts == top_band + ["持之以恒提升立法质量"] + low_band
    assert _body(doc)[2].type == "heading"


def test_rule_instead_of_frame_separates_bands(tmp_path):
    page = Page(width=700, height=700)
    cols = [(40, 330), (350, 640)]
    top_band, low_band = ["甲" + SAMPLE, "乙" + SAMPLE], ["丙" + SAMPLE, "丁" + SAMPLE]
    # the bands are closer than a paragraph gap: only the rule tells them apart
    Flow(cols, top=80, bottom=150).set(page, top_band)
    page.rules.append((40, 146, 640, 146))
    Flow(cols, top=151, bottom=240).set(page, low_band)
    doc = repair_pdf(write_pdf(tmp_path / "rule.pdf", [page]))
    assert [b.text for b in _body(doc)] == top_band + low_band
