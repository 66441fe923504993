"""Text rules: justified spacing, split numbers, Latin spaces, full-width forms, fake bold, vertical type."""

from __future__ import annotations

import pytest

from extractors.layout import repair_pdf
from extractors.layout.text import half_width, join_lines, tidy
from tests.pagegen import CJK_FONT, HEI_FONT, SAMPLE, Flow, Glyph, Page, write_pdf


def test_justified_cjk_line_has_no_spaces(tmp_path):
    page = Page()
    page.text("本届以来，共依法作出决议决定53项。", 80, 100, 10.5, tracking=6)
    doc = repair_pdf(write_pdf(tmp_path / "just.pdf", [page]))
    assert [b.text for b in doc.body()] == ["本届以来，共依法作出决议决定53项。"]


def test_number_split_across_lines_is_joined(tmp_path):
    page = Page()
    right = page.text("常委会共听取审议工作报告9", 80, 100, 10.5)
    page.text("6个，开展执法检查22次。", 80, 117, 10.5)
    Flow([(80, right)], top=134, bottom=300).set(page, [SAMPLE])
    doc = repair_pdf(write_pdf(tmp_path / "split.pdf", [page]))
    assert doc.body()[0].text == "常委会共听取审议工作报告96个，开展执法检查22次。"


def test_latin_words_keep_one_space(tmp_path):
    page = Page()
    page.text("推广 Made in China 品牌", 80, 100, 10.5)
    doc = repair_pdf(write_pdf(tmp_path / "latin.pdf", [page]))
    assert doc.body()[0].text == "推广Made in China品牌"


def test_fake_bold_copies_are_dropped(tmp_path):
    page = Page()
    page.text("着力加强自身建设", 80, 100, 14)
    page.glyphs += [Glyph(g.text, g.x + 0.4, g.top, g.size, g.font) for g in list(page.glyphs)]
    Flow([(80, 515)], top=130, bottom=300).set(page, [SAMPLE])
    doc = repair_pdf(write_pdf(tmp_path / "bold.pdf", [page]))
    assert doc.body()[0].text == "着力加强自身建设"


def test_vertical_headline_reads_top_to_bottom(tmp_path):
    page = Page()
    for i, ch in enumerate("奋进新征程"):
        page.glyphs.append(Glyph(ch, 500, 100 + i * 26, 24))
    Flow([(80, 460)], top=100, bottom=300).set(page, [SAMPLE])
    doc = repair_pdf(write_pdf(tmp_path / "vert.pdf", [page]))
    assert "奋进新征程" in [b.text for b in doc.blocks]
    assert SAMPLE in [b.text for b in doc.blocks]


def test_full_width_digits_and_letters_become_half_width():
    assert half_width("ＧＤＰ增长５．２％") == "GDP增长5．2％"
    assert tidy("增长 ５ %") == "增长5%"


def test_join_lines_spaces_only_latin_words():
    assert join_lines(["报告 9", "6 个"]) == "报告96个"
    assert join_lines(["high quality", "development"]) == "high quality development"
    assert join_lines(["inter-", "national"]) == "international"


@pytest.mark.skipif(HEI_FONT is None, reason="needs a second Chinese face")
def test_run_in_lead_in_a_heavier_face_stays_with_its_paragraph(tmp_path):
    page, size = Page(), 10.5
    lead = "本报讯（本报记者李明通讯员王芳赵刚孙丽"  # fills the indented first line
    page.text(lead, 80 + 2 * size, 100, size, font=HEI_FONT)
    x = page.text("）", 80, 100 + 1.6 * size, size, font=HEI_FONT)
    body = "昨日，全市重点项目集中开工活动在高新区举"
    page.text(body, x, 100 + 1.6 * size, size, font=CJK_FONT)
    page.text("行。", 80, 100 + 3.2 * size, size, font=CJK_FONT)
    Flow([(80, 80 + 21 * size)], top=100 + 4.8 * size, bottom=400).set(page, [SAMPLE])
    doc = repair_pdf(write_pdf(tmp_path / "lead.pdf", [page]))
    assert [b.text for b in doc.body()] == [lead + "）" + body + "行。", SAMPLE]
