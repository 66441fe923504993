"""Reading order: columns, column breaks, banners between bands, headings drawn after their body."""

from __future__ import annotations

import pytest

from extractors.layout import repair_pdf
from tests.pagegen import SAMPLE, Flow, Glyph, Page, write_pdf

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


def _vertical(page, text, x, top, size, gap=0.08):
    for i, ch in enumerate(text):
        page.glyphs.append(Glyph(ch, x, top + i * size * (1 + gap), size))


def test_vertical_headline_beside_its_lead_reads_first_and_the_lead_stays_whole(tmp_path):
    page = Page(width=420, height=700)
    # a title in two vertical lines (read right to left) and a deck in smaller type beside it;
    # the article's lead runs narrow beside them and widens under them, with no white between
    _vertical(page, "金川警方破获", 70, 80, 26)
    _vertical(page, "一起特大案件", 40, 80, 26)
    _vertical(page, "摧毁一个犯罪团伙", 104, 90, 13)
    lead = "本报讯" + SAMPLE * 3
    narrow = Flow([(130, 380)], top=80, bottom=80 + 16 * 10.5 * 1.6)
    rest = narrow.set(page, [lead])
    wide = Flow([(40, 380)], top=80 + 16 * 10.5 * 1.6, bottom=600)
    assert wide.set(page, rest + [SAMPLE], continued=True) == []
    doc = repair_pdf(write_pdf(tmp_path / "vert.pdf", [page]))
    texts = [b.text for b in doc.blocks]
    assert texts == ["金川警方破获一起特大案件", "摧毁一个犯罪团伙", lead, SAMPLE]
    assert doc.blocks[0].type in ("title", "heading")


def test_masthead_rule_stopping_short_of_the_page_number_still_fences_the_head(tmp_path):
    page = Page(width=800, height=1100)
    page.text("A3", 700, 30, 40)  # the page number is set large beside the rule's end
    page.text("2024年3月6日 星期三", 40, 40, 9)
    page.rules.append((40, 62, 680, 62))
    page.centred("城市更新有了新路径", top=80, size=24, x0=40, x1=680)
    Flow([(40, 370), (390, 760)], top=130, bottom=400).set(page, PARAS)
    doc = repair_pdf(write_pdf(tmp_path / "mast.pdf", [page]))
    assert [b.text for b in _body(doc)] == ["城市更新有了新路径"] + PARAS


def test_punctuation_hanging_into_a_narrow_gutter_does_not_close_it(tmp_path):
    page, size = Page(width=420, height=400), 10.0
    x_col2 = 40 + 12 * size + 1.5 * size
    rows = [("过去一年我们坚持稳中求进", "工作总基调完整准确全面贯"), ("彻新发展理念加快构建新发", "展格局着力推动高质量发展、"),
            ("展格局着力推动高质量发展、", "经济社会发展主要目标任务"), ("圆满完成过去一年我们坚持", "稳中求进工作总基调完整准"),
            ("稳中求进工作总基调完整准", "确全面贯彻新发展理念。")]
    for i, (a, b) in enumerate(rows):
        # a mark closing a full line hangs past the measure, into the gutter
        page.text(a, 40, 60 + i * 1.5 * size, size)
        page.text(b, x_col2, 60 + i * 1.5 * size, size)
    doc = repair_pdf(write_pdf(tmp_path / "hang.pdf", [page]))
    # one paragraph running down the first column and on in the second
    assert [b.text for b in _body(doc)] == ["".join(a for a, _ in rows) + "".join(b for _, b in rows)]


def test_headline_set_tight_over_its_columns_comes_first(tmp_path):
    page = Page(width=600, height=500)
    page.centred("城市更新有了新路径", top=60, size=24, x0=40, x1=560)
    # the body starts less than a body line under the headline
    Flow([(40, 290), (310, 560)], top=60 + 24 + 4, bottom=300).set(page, PARAS)
    doc = repair_pdf(write_pdf(tmp_path / "tight.pdf", [page]))
    assert [b.text for b in _body(doc)] == ["城市更新有了新路径"] + PARAS


def test_headline_broken_by_a_word_space_over_the_gutter_stays_one_line(tmp_path):
    page = Page(width=600, height=500)
    # the space between the headline's two words falls right over the gutter below
    left, right = "早市附近发生车祸", "民警揪出逃逸车主"
    page.text(left, 300 - 10 - 8 * 24, 60, 24)
    page.text(right, 300 + 6, 60, 24)
    Flow([(40, 290), (310, 560)], top=110, bottom=300).set(page, PARAS)
    doc = repair_pdf(write_pdf(tmp_path / "space.pdf", [page]))
    assert [b.text for b in _body(doc)] == [left + right] + PARAS


@pytest.mark.parametrize("ncols", [2, 3, 4])
def test_deck_and_byline_flush_right_over_a_lead_in_columns(tmp_path, ncols):
    # Under a banner headline, a deck and a byline set flush right, less than a body line apart
    # and over the lead's last column only; the lead runs on through every column below them.
    page, size, gutter = Page(width=700, height=500), 10.5, 15.0
    x0, x1 = 40.0, 660.0
    width = (x1 - x0 - gutter * (ncols - 1)) / ncols
    cols = [(x0 + i * (width + gutter), x0 + i * (width + gutter) + width) for i in range(ncols)]
    page.centred("坚定信心　实干争先", top=40, size=26, x0=x0, x1=x1)
    page.centred("奋力谱写高质量发展新篇章", top=40 + 26 * 1.4, size=26, x0=x0, x1=x1)
    deck, byline = "——2024年临江市政府工作报告摘编", "本报记者　陈晓岚　整理"
    deck_top = 40 + 26 * 2.4 + 1.2 * size
    page.right(deck, top=deck_top, size=1.25 * size, x1=x1)
    byline_top = deck_top + 1.25 * size + 0.8 * size
    page.right(byline, top=byline_top, size=0.85 * size, x1=x1)
    lines, pitch = 3, 1.6 * size
    top = byline_top + 0.85 * size + 0.5 * size
    capacity = sum(lines * int((b - a) / size) for a, b in cols) - 2
    lead = ("1月15日，" + SAMPLE * 10)[: int(0.85 * capacity)] + "。"
    flow = Flow(cols, top=top, bottom=top + (lines - 1) * pitch + 1.5 * size, size=size)
    assert flow.set(page, [lead]) == [] and flow.end[0] == ncols - 1  # it reaches the last column
    Flow([(x0, x1)], top=top + lines * pitch + 2 * size, bottom=480).set(page, [SAMPLE])
    doc = repair_pdf(write_pdf(tmp_path / "deck.pdf", [page]))
    body = [b.text for b in doc.blocks
            if b.type in ("title", "subtitle", "byline", "paragraph", "heading")]
    # title, deck, byline, then the lead whole across its columns
    assert body == ["坚定信心实干争先", "奋力谱写高质量发展新篇章", deck, byline.replace("　", ""),
                    lead, SAMPLE]
