"""OCR: pages without a usable text layer are read from their picture into the same layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.engines import ocr as ocr_engine
from extractors.engines import read_document
from extractors.engines.ocr import (
    OcrLine,
    bands,
    line_chars,
    lines_to_chars,
    normalise,
    snap_sizes,
    split_at_gaps,
    to_reference,
)
from extractors.extract import extract_document
from tests.pagegen import SAMPLE, Flow, Page, write_pdf

needs_ocr = pytest.mark.skipif(not ocr_engine.available(), reason="needs the ocr extra")


def _image_only(src: Path, dst: Path, dpi: int = 150, pages: list[int] | None = None) -> Path:
    """The PDF at `src` with the chosen pages (1-based; default all) replaced by their picture."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(src))
    out = pdfium.PdfDocument.new()
    for i in range(len(pdf)):
        if pages is None or i + 1 in pages:
            pil = pdf[i].render(scale=dpi / 72, grayscale=True).to_pil()
            one = dst.with_suffix(f".{i}.pdf")
            pil.save(one, "PDF", resolution=dpi)
            out.import_pages(pdfium.PdfDocument(str(one)))
        else:
            out.import_pages(pdf, [i])
    out.save(str(dst))
    return dst


def test_line_box_is_shared_out_by_advance():
    line = OcrLine("增长5.2%", 100, 200, 100 + 2 * 10 + 4 * 5.5, 210, 0.99)
    chars = line_chars(line, 10.0)
    assert "".join(c.text for c in chars) == "增长5.2%"
    assert chars[0].x0 == 100 and chars[-1].x1 == pytest.approx(line.x1)
    assert chars[1].x1 - chars[1].x0 == pytest.approx(10.0)  # a CJK glyph: one em
    assert chars[2].x1 - chars[2].x0 == pytest.approx(5.5)  # a digit: about half
    assert all(c.top == 200 and c.bottom == 210 and c.size == 10 for c in chars)


def test_tall_line_is_a_vertical_column():
    chars = line_chars(OcrLine("产区变景", 500, 100, 524, 196, 0.9), 24.0)
    assert [c.top for c in chars] == pytest.approx([100, 124, 148, 172])
    assert len({c.x0 for c in chars}) == 1


def test_sizes_snap_to_the_type_sizes_used():
    sizes = snap_sizes([10.3, 10.6, 10.4, 10.9, 16.2, 15.8, 7.1], 0.06)
    assert sizes[:4] == [10.5] * 4 and sizes[4:6] == [16.0, 16.0] and sizes[6] == 7.0


def test_mixed_document_keeps_the_text_layer_sizes():
    assert to_reference([17.5, 12.0, 30.0], {18.0, 12.0, 10.5}, 0.06) == [18.0, 12.0, 30.0]


def test_cjk_size_is_read_from_the_line_length():
    line = OcrLine("过去一年我们坚持", 0, 0, 8 * 12 - 1, 11.2, 1)  # ink a little short of 8 em
    assert lines_to_chars([line])[0].size == 12.0


def test_a_run_of_figures_takes_its_size_from_its_length_not_its_padded_height():
    from extractors.engines.ocr import line_size

    # a table's cells set in 12 pt: digits on half an em, separators on a quarter; the
    # detector's box is 13-16 pt tall over digits whose ink is 8.5 pt
    for text, height in (("100,381,618", 13.3), ("5,602,936", 16.2), ("231.9", 14.0)):
        em = sum(0.5 if ch.isdigit() else 0.25 for ch in text)
        size = line_size(OcrLine(text, 0, 0, 12 * em, height, 1))
        assert size == pytest.approx(12.0, rel=0.1), text
    # a short line of words still goes by its height
    assert line_size(OcrLine("南京市", 0, 0, 36, 12.5, 1)) == pytest.approx(12.5)


def test_latin_line_is_not_read_as_small_type():
    cjk = lines_to_chars([OcrLine("政府工作报告", 0, 0, 60, 10, 1)])[0].size
    digits = lines_to_chars([OcrLine("2024", 0, 0, 24, 7.5, 1)])[0].size
    assert digits >= 0.9 * cjk


def test_without_the_extra_pages_keep_their_status_and_say_how(tmp_path, monkeypatch):
    page = Page()
    page.frames.append((60, 60, 500, 700))
    monkeypatch.setattr(ocr_engine, "available", lambda: False)
    doc = extract_document(write_pdf(tmp_path / "scan.pdf", [page]), ocr="auto")
    assert doc.text_status == "no_text_layer" and doc.text_source == "pdf"
    assert any("pip install 'baogao[ocr]'" in n for n in doc.notes)


def test_never_leaves_bad_pages_alone(tmp_path, monkeypatch):
    page = Page()
    page.frames.append((60, 60, 500, 700))
    monkeypatch.setattr(ocr_engine, "recognise_pages", lambda *a: pytest.fail("OCR ran"))
    read = read_document(write_pdf(tmp_path / "scan.pdf", [page]), ocr="never")
    assert read.pages[0].text_status == "no_text_layer" and not read.notes


def _report(tmp_path: Path) -> tuple[Path, str]:
    page = Page()
    page.centred("关于2024年预算执行情况的报告", 90, 18)
    text = SAMPLE + "全市地区生产总值增长5.2%，一般公共预算收入完成412.6亿元。"
    Flow([(90, 505)], top=140, bottom=420, size=12).set(page, [text, SAMPLE])
    return write_pdf(tmp_path / "report.pdf", [page, page]), text


@needs_ocr
def test_scanned_page_is_read_into_blocks(tmp_path):
    src, text = _report(tmp_path)
    scan = _image_only(src, tmp_path / "scan.pdf", dpi=150, pages=[2])
    doc = extract_document(scan, engine="pdfium", ocr="auto")
    assert doc.text_status == "ok" and doc.text_source == "mixed" and doc.ocr_pages == [2]
    assert 0.9 < doc.ocr_confidence <= 1.0
    assert doc.page_source(1) == "pdf" and doc.page_source(2) == "ocr"
    from rapidfuzz.fuzz import ratio

    pages = {p: "".join(b.text for b in doc.body() if b.page == p) for p in (1, 2)}
    assert ratio(pages[2], pages[1]) >= 90  # the picture reads as its text layer does
    # ... into the same blocks: the heading and both paragraphs whole, the heading's level kept
    shape = {p: [(b.type, b.level) for b in doc.blocks if b.page == p] for p in (1, 2)}
    assert shape[2] == shape[1] and len(shape[1]) == 3



def test_bands_cover_the_page_and_own_each_row_once():
    cuts = bands(10_000, 3000, 6_000_000, 300)
    assert cuts[0][0] == 0 and cuts[-1][1] == 10_000
    assert all(e - s <= 2000 for s, e, _, _ in cuts)
    owned = [(a, b) for _, _, a, b in cuts]
    assert owned[0][0] == 0 and owned[-1][1] == 10_000
    assert all(x[1] == y[0] for x, y in zip(owned, owned[1:], strict=False))  # no gap, no overlap
    # a line up to `overlap` rows tall, centred in a band's own part, lies inside that band
    for s, e, a, b in cuts:
        assert (a == 0 or a - s >= 150) and (b == 10_000 or e - b >= 150)
    assert bands(1000, 1000, 6_000_000, 300) == [(0, 1000, 0, 1000)]


def test_a_folio_read_in_pieces_or_with_a_stroke_lost_is_a_folio():
    from extractors.engines.ocr import folio_pieces

    pieces = [OcrLine("一", 275, 778, 288, 786, 0.9), OcrLine("12—", 288, 776, 322, 789, 0.9)]
    assert [ln.text for ln in folio_pieces(pieces)] == ["—12—"]
    assert [ln.text for ln in folio_pieces([OcrLine("一20", 275, 778, 300, 789, 0.9)])] == ["—20—"]
    assert [ln.text for ln in folio_pieces([OcrLine("5一", 275, 778, 300, 789, 0.9)])] == ["—5—"]
    # a negative figure (read with a hyphen) and words are no folio; nor pieces rows apart
    kept = [OcrLine("-12", 0, 50, 20, 60, 0.9), OcrLine("一项", 0, 70, 20, 80, 0.9),
            OcrLine("一", 100, 100, 110, 110, 0.9), OcrLine("12—", 110, 130, 130, 140, 0.9)]
    assert [ln.text for ln in folio_pieces(kept)] == ["-12", "一项", "一", "—12—"]


def test_a_line_across_a_gutter_is_cut_into_its_columns():
    text = "全年免门票市南平"  # four glyphs of one column, a gutter, four of the next
    spans = [(i * 10.0, i * 10.0 + 9.5) for i in range(4)] + [
        (60 + i * 10.0, 60 + i * 10.0 + 9.5) for i in range(4)]
    line = OcrLine(text, 0, 0, 99.5, 10, 0.9)
    parts = split_at_gaps(line, text, spans, 1.5)
    assert [p.text for p in parts] == ["全年免门", "票市南平"]
    assert parts[0].x1 == 39.5 and parts[1].x0 == 60
    tight = [(i * 10.0, i * 10.0 + 9.5) for i in range(8)]
    assert [(p.text, p.x0, p.x1) for p in split_at_gaps(line, text, tight, 1.5)] == [
        (text, 0, 99.5)]


def test_folio_dashes_misread_as_one_are_dashes():
    assert normalise("一5一") == "—5—" and normalise("－ 12 一") == "—12—"
    assert normalise("一5一出77.1%") == "一5一出77.1%" and normalise("一二三") == "一二三"


@pytest.mark.parametrize("read", ["%o", "%0", "%O"])
def test_per_mille_read_as_percent_and_o_is_per_mille(read):
    assert normalise(f"出生率4.5{read}，死亡率7{read}。") == "出生率4.5‰，死亡率7‰。"
    assert normalise("增长5%0.3") == "增长5%0.3" and normalise("占5%。") == "占5%。"


def _columns_ink(gutter_px: int, lines: int = 7, glyph: int = 20, gap: int = 3, per_col: int = 8):
    """Ink of two columns of text lines (square glyphs), `gutter_px` apart; one line in the
    middle has a comma-sized gap in its first column."""
    import numpy as np

    col_w = per_col * (glyph + gap)
    ink = np.zeros((lines * 2 * glyph + 40, 2 * col_w + gutter_px + 40), dtype=bool)
    for row in range(lines):
        y = 20 + row * 2 * glyph
        for col in range(2):
            x = 20 + col * (col_w + gutter_px)
            for k in range(per_col):
                if row == lines // 2 and col == 0 and k == 3:
                    continue  # the space a comma leaves
                ink[y:y + glyph, x + k * (glyph + gap):x + k * (glyph + gap) + glyph] = True
    return ink, col_w


def test_a_line_across_a_gutter_is_cut_where_the_gutter_stays_open():
    from extractors.engines.ocr import GutterParams, gutters

    ink, col_w = _columns_ink(gutter_px=14)  # a gutter narrower than a glyph
    row = 7 // 2
    y = 20 + row * 40
    line = OcrLine("x" * 15, 20, y - 2, ink.shape[1] - 20, y + 22, 0.9)  # scale 1: px = pt
    cuts = gutters(ink, line, 1.0, GutterParams())
    assert len(cuts) == 1 and 20 + col_w - 3 < cuts[0] < 20 + col_w + 14
    # the same ink with nothing above or below: a headline's word space, not a gutter
    alone = ink.copy()
    alone[: y - 2] = False
    alone[y + 23:] = False
    assert gutters(alone, line, 1.0, GutterParams()) == []


def test_the_last_line_of_two_columns_over_a_photo_is_cut_at_their_gutter():
    from extractors.engines.ocr import GutterParams, gutters

    ink, col_w = _columns_ink(gutter_px=14)
    last = 20 + 6 * 40  # the columns' last line
    line = OcrLine("x" * 15, 20, last - 2, ink.shape[1] - 20, last + 22, 0.9)
    ink[last + 30:] = True  # a photo under the columns' foot, across their gutter
    above = [OcrLine("x" * 7, 20, last - 42, 20 + col_w, last - 18, 0.9)]
    cuts = gutters(ink, line, 1.0, GutterParams(), above)
    assert len(cuts) == 1 and 20 + col_w - 3 < cuts[0] < 20 + col_w + 14
    # the same gap with a line of text under it, across it: a space inside a sentence
    under = OcrLine("x" * 15, 20, last + 30, ink.shape[1] - 20, last + 54, 0.9)
    assert gutters(ink, line, 1.0, GutterParams(), [*above, under]) == []


def test_the_last_line_of_columns_over_a_banner_heading_is_cut_at_their_gutter():
    from extractors.engines.ocr import GutterParams, gutters

    # 郑州人大 broadsheet: columns end over a framed heading set across them in larger type;
    # the detector boxed the columns' last lines as one. The heading closes the gutter under
    # them, but it is no line of their text (a body line under a word space is).
    ink, col_w = _columns_ink(gutter_px=14)
    last = 20 + 6 * 40
    line = OcrLine("x" * 15, 20, last - 2, ink.shape[1] - 20, last + 22, 0.9)
    ink[last + 30:] = False
    for k in range(9):  # the heading's glyphs, 34 px tall under 20 px body glyphs, across the gutter
        ink[last + 32:last + 66, 60 + k * 36:60 + k * 36 + 32] = True
    above = [OcrLine("x" * 7, 20, last - 42, 20 + col_w, last - 18, 0.9)]
    heading = OcrLine("x" * 9, 58, last + 30, 60 + 9 * 36, last + 68, 0.9)
    cuts = gutters(ink, line, 1.0, GutterParams(), [*above, heading])
    assert len(cuts) == 1 and 20 + col_w - 3 < cuts[0] < 20 + col_w + 14
    body = OcrLine("x" * 9, 58, last + 30, 60 + 9 * 36, last + 54, 0.9)  # a line of its own type
    assert gutters(ink, line, 1.0, GutterParams(), [*above, body]) == []


def test_split_at_gives_each_glyph_to_its_side():
    from extractors.engines.ocr import split_at

    spans = tuple((i * 10.0, i * 10.0 + 9) for i in range(4)) + tuple(
        (52 + i * 10.0, 52 + i * 10.0 + 9) for i in range(3))
    line = OcrLine("金本报讯甘肃法", 0, 0, 81, 10, 0.9, spans)
    parts = split_at(line, [46.0])
    assert [p.text for p in parts] == ["金本报讯", "甘肃法"]
    assert parts[1].x0 == 52 and parts[1].spans == spans[4:]


def test_a_glyph_boxed_twice_stays_with_the_right_line():
    from extractors.engines.ocr import trim_overlaps

    left = OcrLine("不用事先购票直", 95, 103, 369, 143, 0.96)
    right = OcrLine("直接刷证进站", 347, 102, 589, 142, 0.99)
    out = trim_overlaps([left, right])
    assert [ln.text for ln in out] == ["不用事先购票", "直接刷证进站"]
    assert out[0].x1 <= 347


def test_bands_end_at_a_white_row_when_they_can():
    import numpy as np

    ink = np.full(10_000, 50)
    ink[1800] = 0  # white between two articles, inside the last 300 rows of the first band
    cuts = bands(10_000, 3000, 6_000_000, 300, ink)
    assert cuts[0][1] == 1800 and cuts[1][0] == 1500
    assert cuts[-1][1] == 10_000
    assert all(x[3] == y[2] for x, y in zip(cuts, cuts[1:], strict=False))


def test_overlapping_bands_give_one_reading_of_each_line():
    from extractors.engines.ocr import one_reading

    whole = OcrLine("金川警方破获一起特大传销案", 20, 420, 48, 790, 0.99)
    cut = OcrLine("大传销案", 20, 700, 48, 790, 0.98)  # the next band starts inside the headline
    body = OcrLine("本报讯（新甘肃", 90, 700, 160, 710, 0.99)
    twin = OcrLine("本报讯（新甘肃", 90, 700, 160, 711, 0.97)  # the same line read by both bands
    beside = OcrLine("甘肃法治报", 170, 700, 230, 710, 0.99)  # same band: never deduped
    found = [(whole, 0, (False, False), True), (body, 0, (False, False), False),
             (cut, 1, (True, False), True), (twin, 1, (False, False), True),
             (beside, 1, (False, False), True)]
    assert [ln.text for ln in one_reading(found)] == [whole.text, twin.text, beside.text]


def test_a_paragraphs_short_last_line_takes_the_size_of_the_line_above():
    from extractors.engines.ocr import neighbour_sizes

    above = OcrLine("产业增加值78.95亿元，下降5.9%；第三产业增加值493.94亿元，", 90, 300, 505, 312, 1)
    last = OcrLine("增长4.6%。", 90, 320, 150, 332, 1)  # 3 CJK glyphs: too few for a length
    apart = OcrLine("增长4.6%。", 90, 400, 150, 412, 1)  # nothing over or under it
    sizes = neighbour_sizes([above, last, apart])
    assert sizes[1] == sizes[0]
    assert sizes[2] != sizes[0]


def _picture_page(source: str):
    from extractors.pdf import Box, PageData

    lines = [OcrLine("今年以来全市经济运行稳中有进，地区生产总值增长百分之五。", 50, 100 + 14 * i,
                     50 + 12 * 29, 112 + 14 * i, 0.99) for i in range(6)]
    lines.append(OcrLine("直销价每克一元六角", 400, 300, 400 + 12 * 9, 312, 0.99))  # on the photo
    page = PageData(1, 595, 842, [c for ln in lines for c in line_chars(ln, 12.0)],
                    image_boxes=[Box(380, 250, 560, 400)], text_source=source)
    return page


def test_words_inside_a_photo_of_an_ocr_page_are_the_pictures():
    from extractors.layout import repair_pages

    blocks = repair_pages([_picture_page("ocr")], "t.pdf").blocks
    assert [b.type for b in blocks if "直销价" in b.text] == ["other"]
    assert all("直销价" not in b.text for b in blocks if b.type == "paragraph")
    assert any(b.type == "paragraph" and "地区生产总值" in b.text for b in blocks)
    # a text layer's words over an image are the page's own
    blocks = repair_pages([_picture_page("pdf")], "t.pdf").blocks
    assert [b.type for b in blocks if "直销价" in b.text] != ["other"]


def test_a_run_of_plate_numbers_takes_the_size_of_its_paragraph():
    from extractors.engines.ocr import neighbour_sizes

    body = OcrLine("驾驶员未礼让行人的车辆车牌号分别是如下", 0, 0, 190, 10, 0.99)  # 19 CJK: 10 pt
    plates = [OcrLine("闽A703XW、闽A62S7D、闽AFC1976", 0, 14 * k, 150, 14 * k + 10.4, 0.99)
              for k in range(1, 5)]
    sizes = neighbour_sizes([body, *plates])
    assert sizes[0] == pytest.approx(10.0)
    assert sizes[1:] == pytest.approx([10.0] * 4)  # not their ink height's 13 pt


def test_a_marks_width_is_read_from_the_white_around_its_ink():
    import numpy as np

    from extractors.engines.ocr import mark_widths

    # a line 20 px tall: 字 glyphs 18 px wide on 20 px cells, marks 4 px of ink
    def line_of(cells: list[tuple[str, int, int]]):
        ink = np.zeros((40, 400), dtype=bool)
        spans, x = [], 10
        text = ""
        for ch, ink_w, cell in cells:
            ink[10:30, x + (cell - ink_w) // 2:x + (cell - ink_w) // 2 + ink_w] = True
            spans.append((float(x), float(x + cell)))
            text += ch
            x += cell
        return ink, OcrLine(text, 10, 10, x, 30, 0.9, tuple(spans))

    # half-width parentheses and colon set tight (cells of 5 px), read full-width
    ink, line = line_of([("字", 18, 20), ("（", 3, 5), ("字", 18, 20), ("）", 3, 5), ("字", 18, 20),
                         ("：", 3, 5), ("字", 18, 20)])
    assert mark_widths(ink, line, 1.0).text == "字(字)字:字"
    # full-width marks on a whole em, read half-width: put back; at the line's ends left alone
    ink, line = line_of([("字", 18, 20), (",", 3, 20), ("字", 18, 20), (":", 3, 20), ("字", 18, 20),
                         (")", 3, 20)])
    assert mark_widths(ink, line, 1.0).text == "字，字：字)"


def test_a_mark_ending_its_line_takes_its_width_from_the_white_before_it():
    import numpy as np

    from extractors.engines.ocr import mark_widths

    # a name line of a notice, 20 px tall, ending on its colon: the margin's white after it
    def line_of(gap: int):
        ink = np.zeros((40, 200), dtype=bool)
        spans, x = [], 10
        for _ in range(3):
            ink[10:30, x + 1:x + 19] = True
            spans.append((float(x), float(x + 20)))
            x += 20
        colon = x - 1 + gap  # the last glyph's ink ends at x - 1
        ink[14:16, colon:colon + 3] = ink[24:26, colon:colon + 3] = True
        spans.append((float(x - 1 + gap - 1), float(colon + 4)))
        return ink, OcrLine("钱昌锴：", 10, 10, colon + 4, 30, 0.9, tuple(spans))

    ink, line = line_of(1)  # set tight after the name: half-width
    assert mark_widths(ink, line, 1.0).text == "钱昌锴:"
    ink, line = line_of(5)  # a full-width colon stands off its neighbour: left as read
    assert mark_widths(ink, line, 1.0).text == "钱昌锴："


def test_a_word_read_with_a_look_alike_glyph_is_put_right():
    from extractors.engines.ocr import fix_look_alikes

    assert fix_look_alikes("一般公共预算收人完成12亿元，投人资金3亿元") == "一般公共预算收入完成12亿元，投入资金3亿元"
    # the look-alike begins a word of its own: 吸收人才, 个人收入 stay
    assert fix_look_alikes("吸收人才，增加个人收入") == "吸收人才，增加个人收入"
    assert fix_look_alikes("人民群众") == "人民群众"


def test_pieces_of_one_vertical_headline_are_read_again_as_one(monkeypatch):
    import numpy as np

    from extractors.engines import OcrOptions
    from extractors.engines.ocr import join_columns

    seen = []

    def engine(threads):
        def read(crop, **kwargs):
            seen.append(crop.shape)
            return [["金川警方破获一起特大传销案", 0.99]], None
        return read

    monkeypatch.setattr(ocr_engine, "_engine", engine)
    image = np.full((800, 300), 255, dtype=np.uint8)
    top = OcrLine("金川警方破获一起", 20, 420, 50, 632, 0.97)
    rest = OcrLine("起特大传销案", 19, 615, 49, 788, 0.99)  # overlapping by a glyph
    beside = OcrLine("摧毁一个投资西部大开发项目", 55, 460, 75, 750, 0.97)  # the deck's column
    got = join_columns([top, beside, rest], image, 1.0, OcrOptions())
    assert sorted(ln.text for ln in got) == ["摧毁一个投资西部大开发项目", "金川警方破获一起特大传销案"]
    whole = next(ln for ln in got if ln.text.startswith("金川"))
    assert (whole.top, whole.bottom) == (420, 788)
    assert len(seen) == 1 and seen[0][0] < seen[0][1]  # one crop, turned: read top to bottom


class _Recogniser:
    """Stands in for RapidOCR: records the pictures it is shown and reads nothing in them."""

    def __init__(self) -> None:
        self.seen: list[tuple[int, int]] = []

    def __call__(self, image, **_kw):
        self.seen.append(image.shape[:2])
        return None, None


def test_a_page_that_draws_nothing_is_not_shown_to_the_recogniser(tmp_path, monkeypatch):
    # A report's blank versos (7 of a 126-page budget report) cost the detector seconds each
    # and, with its model loaded, a gigabyte; one tone has nothing to read.
    src, text = _report(tmp_path)
    drawn = Page()
    drawn.frames.append((60, 60, 500, 700))  # no text, but ink: a scan without its text layer
    path = write_pdf(tmp_path / "versos.pdf", [*([Page()] * 2), drawn])
    fake = _Recogniser()
    monkeypatch.setattr(ocr_engine, "available", lambda: True)
    monkeypatch.setattr(ocr_engine, "_engine", lambda threads: fake)
    read = read_document(path, engine="pdfium", ocr="auto")
    assert len(fake.seen) == 1  # the framed page only
    blank = read.pages[:2]
    # as the recogniser's empty reading of them left them: recognised, no text, no graphics
    assert all(p.text_source == "ocr" and p.chars == [] and p.ocr_confidence == 0.0 for p in blank)
    assert all(p.rules == [] and p.fills == [] and p.image_boxes == [] for p in blank)
    assert not [n for n in read.notes if "OCR failed" in n]


def test_blank_is_one_tone_whatever_the_tone():
    import numpy as np

    from extractors.engines.picture import blank

    assert blank(np.full((40, 30), 255, np.uint8)) and blank(np.full((40, 30), 90, np.uint8))
    speck = np.full((40, 30), 255, np.uint8)
    speck[20, 10] = 254  # the faintest mark is still something to look at
    assert not blank(speck)


def test_a_drawing_read_as_a_letter_is_line_art_and_its_label_a_picture_with_it():
    from extractors.engines.ocr import line_art, logo_boxes
    from extractors.pdf import Box

    body = [OcrLine("本院受理原告诉被告买卖合同纠纷一案", 300, 100 + 12 * k, 462, 109 + 12 * k, 1.0)
            for k in range(8)]
    label = OcrLine("主动创稳进行时", 195, 866, 306, 879, 1.0)  # display type over the drawing
    junk = OcrLine("h", 217, 884, 305, 896, 0.83)  # a skyline read as a letter
    byline = OcrLine("记者孙涛", 179, 903, 215, 911, 1.0)  # body type under it
    short = OcrLine("闽", 20, 500, 29, 509, 1.0)  # one glyph in a box of its size is a glyph
    text, art = line_art(body + [label, junk, byline, short])
    assert junk not in text and label in text and short in text and len(art) == 1
    (logo,) = logo_boxes(text, art)
    assert (logo.x0, logo.top, logo.x1, logo.bottom) == (195, 866, 306, 896)
    # a body line under a drawing is no label
    (alone,) = logo_boxes(body, [Box(300, 195, 462, 207)])
    assert (alone.top, alone.bottom) == (195, 207)


def _column_of_lines(rows: int = 8, glyph: int = 10, per_line: int = 14):
    """Ink of one column of body lines (square glyphs, 1 pt apart) at scale 1, the boxes the
    detector would give them, and the ink's left edge."""
    import numpy as np

    ink = np.zeros((40 + rows * 14, 300), dtype=bool)
    left, lines = 60, []
    for r in range(rows):
        y = 20 + r * 14
        start = left + (2 * glyph if r == 0 else 0)  # a first-line indent
        for k in range(per_line - (2 if r == 0 else 0)):
            ink[y:y + glyph, start + k * glyph + 1:start + (k + 1) * glyph] = True
        lines.append(OcrLine("财" * (per_line - (2 if r == 0 else 0)), start, y, left + per_line * glyph,
                             y + glyph, 0.99))
    return ink, lines, left


def test_a_box_run_into_the_gutter_is_fitted_to_its_ink():
    from extractors.engines.ocr import fit_to_ink

    ink, lines, left = _column_of_lines()
    wide = lines[5]
    run = OcrLine(wide.text, wide.x0 - 20, wide.top, wide.x1, wide.bottom, 0.99)  # 2 em of white
    fitted = fit_to_ink(ink, run, 1.0)
    assert fitted.x0 == pytest.approx(left + 1) and fitted.x1 == wide.x1
    # an edge a little off the ink (a mark's white, the detector's margin) stays as boxed
    near = OcrLine(wide.text, wide.x0 - 3, wide.top, wide.x1 + 6, wide.bottom, 0.99)
    assert fit_to_ink(ink, near, 1.0) == near


def test_a_box_begun_over_the_tail_of_its_neighbour_is_fitted_to_its_own_ink():
    import numpy as np

    from extractors.engines.ocr import fit_to_ink

    # a cell's box (10 px tall) begins over the last 2 px of the glyph beside it, then 14 px of
    # white, then its own glyphs
    ink = np.zeros((30, 200), dtype=bool)
    ink[10:20, 40:60] = True  # the neighbour, ending at 60
    ink[10:20, 72:112] = True  # the line's own glyphs
    box = OcrLine("晴转多云", 58, 10, 112, 20, 0.99)
    assert fit_to_ink(ink, box, 1.0).x0 == pytest.approx(72)
    # ink at the edge that is part of the line's first glyph (no white after it) stays
    ink[10:20, 58:72] = True
    assert fit_to_ink(ink, box, 1.0) == box


def test_a_column_with_one_box_run_into_the_gutter_keeps_its_paragraph():
    from extractors.engines.ocr import fit_to_ink
    from extractors.layout import repair_pages
    from extractors.pdf import PageData

    ink, lines, _ = _column_of_lines()
    lines[5] = OcrLine(lines[5].text, lines[5].x0 - 20, lines[5].top, lines[5].x1,
                       lines[5].bottom, 0.99)

    def paragraphs(ls: list[OcrLine]) -> int:
        page = PageData(1, 300, 200, [c for ln in ls for c in line_chars(ln, 10.0)],
                        text_source="ocr")
        return sum(1 for b in repair_pages([page], "t.pdf").blocks if b.type == "paragraph")

    # fitted to its ink the box keeps the column's edge; the layout's own reading of a line
    # stepping out of its column (text wrapping round a picture) keeps the paragraph whole too
    assert paragraphs([fit_to_ink(ink, ln, 1.0) for ln in lines]) == 1
    assert paragraphs(lines) == 1


def _sized_page(font: str):
    """Body lines read at 16.5 pt and, apart under them, a table's cells read at 14 pt."""
    import dataclasses

    from extractors.pdf import PageData

    body = [OcrLine("全年全市城镇新增就业人员万人，失业人员实现再就业万人，困难人员实现", 60, 100 + 29 * i,
                    60 + 16.5 * 33, 116.5 + 29 * i, 0.99) for i in range(6)]
    cells = [OcrLine(t, 80, 330 + 29 * k, 80 + 14 * len(t), 344 + 29 * k, 0.99)
             for k, t in enumerate(["全市常住人口", "其中城镇人口", "其中乡村人口"])]
    chars = [c for ln in body for c in line_chars(ln, 16.5)]
    chars += [c for ln in cells for c in line_chars(ln, 14.0)]
    if font != ocr_engine.FONT:
        chars = [dataclasses.replace(c, font=font) for c in chars]
    return PageData(1, 700, 900, chars, text_source="ocr" if font == ocr_engine.FONT else "pdf")


def test_type_a_little_under_the_body_read_by_ocr_is_not_small_print():
    from extractors.layout import repair_pages

    def kinds(font: str) -> set[str]:
        blocks = repair_pages([_sized_page(font)], "t.pdf").blocks
        return {b.type for b in blocks if "人口" in b.text}

    # 14 / 16.5 = 0.848: a text layer's exact sizes say small print; OCR's, which read justified
    # body lines large by their tracking, are within the error of 0.88
    assert kinds(ocr_engine.FONT) == {"paragraph"}
    assert kinds("SimSun") & {"caption", "other"}


def test_stacked_table_rows_read_in_their_ink_not_their_padded_boxes():
    import numpy as np

    from extractors.engines.ocr import ink_rows, offset_rows
    from extractors.layout.lines import group_lines

    # A weather table set at 8 pt on a 4.5 pt pitch: 今天 over 明天, the city between both rows.
    # The detector pads each box 1.5 pt over and under its ink, so the boxes of the rows overlap.
    scale, pad = 2.0, 1.5
    cells = [("今天", 20, 0.0), ("晴", 50, 0.0), ("大连", 0, 4.5), ("明天", 20, 9.0), ("多云", 50, 9.0)]
    ink = np.zeros((80, 200), dtype=bool)
    lines = []
    for text, x, y in cells:
        top, w = 10 + y, 8 * len(text)
        ink[int(top * scale):int((top + 7.5) * scale), int(x * scale):int((x + w) * scale)] = True
        lines.append(OcrLine(text, x, top - pad, x + w, top + 7.5 + pad, 0.99))
    body = [OcrLine("过去一年我们坚持稳中求进", 0, 100 + 14 * k, 120, 111 + 14 * k, 0.99) for k in range(3)]
    assert offset_rows(body) == set()  # lines of running text never overlap: left alone
    stacked = offset_rows(lines)
    assert stacked == set(range(5))

    def rows_of(with_ink: bool) -> list[str]:
        chars = [c for i, ln in enumerate(lines)
                 for c in line_chars(ln, 8.0, None, ink_rows(ink, ln, scale) if with_ink else None)]
        return ["".join(c.text for c in row) for row in group_lines(chars)]

    assert rows_of(True) == ["今天晴", "大连", "明天多云"]
    assert rows_of(False) != ["今天晴", "大连", "明天多云"]  # the padded boxes run the rows together


def test_a_line_the_direction_classifier_turned_over_is_read_again_as_it_stands(monkeypatch):
    import numpy as np

    from extractors.engines import OcrOptions
    from extractors.engines.ocr import _recognise

    # RapidOCR's classifier turns a line it takes for upside down; turned, an upright line
    # (面落实经济向上向好“30条”…, quotes at both ends) reads as nothing and was dropped.
    calls = []
    box = [[20, 40], [380, 40], [380, 60], [20, 60]]
    text = "面落实经济向上向好“30条”、稳住经济增长"

    def engine(threads):
        def read(crop, use_det=True, use_cls=True, **kwargs):
            calls.append((use_det, use_cls))
            if use_det:  # the page: two lines, the second turned over by the classifier
                return [[[[20, 10], [380, 10], [380, 30], [20, 30]], "园建设，促进新业态融合发展", 0.99],
                        [box, "", 0.0]], None
            return [[text, 0.99]], None
        return read

    monkeypatch.setattr(ocr_engine, "_engine", engine)
    image = np.full((100, 400), 255, dtype=np.uint8)
    image[12:28, 22:378] = 0  # ink for both lines
    image[42:58, 22:378] = 0
    got = _recognise(image, 1.0, OcrOptions())
    assert [ln.text for ln in got] == ["园建设，促进新业态融合发展", text]
    assert (False, False) in calls  # read again from its crop, not turned
    assert (got[1].top, got[1].bottom) == (40, 60)


def test_headline_art_boxed_beside_a_lead_leaves_the_lead_lines_whole():
    from extractors.layout.lines import group_lines

    # 河南商报: the detector boxes headline art (郑州建设, a 50 pt 冲) beside a lead in 10.5 pt;
    # the art's boxes overlap four of the lead's lines, which came out as one line, interleaved
    lead = ["从原油矿石到餐桌上的大米", "大家并不陌生但这些商品", "却不被人们熟知", "今年落地河南郑州航空港"]
    lines = [OcrLine(t, 450, 131.4 + 16 * k, 450 + 10.5 * len(t), 142.4 + 16 * k, 0.99)
             for k, t in enumerate(lead)]
    lines += [OcrLine("郑州建设", 288, 133.6, 369, 159.5, 0.99), OcrLine("冲", 374, 143.3, 428, 193.3, 0.99)]
    chars = [c for ln in lines for c in line_chars(ln, ln.bottom - ln.top)]
    rows = ["".join(c.text for c in row) for row in group_lines(chars)]
    assert [r for r in rows if r in lead] == lead
    assert "郑州建设冲" in rows  # display type of one size still one line


def test_word_art_in_pieces_of_several_sizes_is_one_picture_and_a_headline_is_not():
    from extractors.engines.ocr import word_art

    body = [OcrLine("大宗商品是连接全球的经济脉搏", 450, 120 + 16 * k, 597, 130.5 + 16 * k, 0.99)
            for k in range(8)]
    # 河南商报's series logo: 郑州建设 over “项”前 (20 and 35 pt), a 50 pt 冲 beside both
    art = [OcrLine("郑州建设", 288, 133.6, 369, 159.1, 0.99), OcrLine("“项”前", 288, 159.8, 372, 194.8, 0.99),
           OcrLine("冲", 373.7, 143.3, 427.7, 193.0, 0.99)]
    (box,) = word_art(body + art)
    assert (box.x0, box.top, box.x1, box.bottom) == (288, 133.6, 427.7, 194.8)
    # a headline of two lines in one size, and a kicker over a title, are text
    title = [OcrLine("这个中心有个小目标", 41, 335, 424, 380, 0.99),
             OcrLine("要让河南商品链全球", 41, 381, 446, 426, 0.99)]
    kicker = [OcrLine("郑州国际大宗商品交易中心", 41, 300, 300, 320, 0.99),
              OcrLine("小目标", 41, 321, 200, 380, 0.99)]
    assert word_art(body + title) == [] and word_art(body + kicker) == []


def _body_and_heads(head_letters: float, head_raw: float):
    """A page's lines: 14 body lines (10.5 pt, justified: read 10.1-11.8 from their length,
    letters 9.4 pt of ink) and two sub-heads."""
    lines = [OcrLine("公开信息显示当前中国稳居全球第二大", 40, 100 + 16 * k, 215, 110.4 + 16 * k, 0.99)
             for k in range(14)]
    raw = [10.1 + 0.12 * k for k in range(14)]
    letters: list[float | None] = [9.4] * 14
    lines += [OcrLine("推动河南特色产业集聚", 40, 400, 155, 412, 0.99),
              OcrLine("致力于让河南优势商品", 40, 500, 155, 512, 0.99)]
    raw += [head_raw, head_raw]
    letters += [head_letters, head_letters]
    return lines, raw, [10.5] * len(lines), letters


def test_a_sub_head_a_little_larger_than_the_body_keeps_its_size():
    from extractors.engines.ocr import taller_lines

    # 12 pt over 10.5: its letters stand 1.14 times as tall, its length reads 1.12 times
    lines, raw, sizes, letters = _body_and_heads(10.7, 11.8)
    out = taller_lines(lines, raw, sizes, letters)
    assert out[:14] == [10.5] * 14 and out[14] == out[15] == 12.0
    # a justified body line reads long too, but its letters stand as the body's: body type
    lines, raw, sizes, letters = _body_and_heads(9.4, 11.8)
    assert taller_lines(lines, raw, sizes, letters) == sizes
    # and a line whose letters read tall (a mark the detector boxed high) but not its length
    lines, raw, sizes, letters = _body_and_heads(10.7, 10.5)
    assert taller_lines(lines, raw, sizes, letters) == sizes


def test_a_lines_letter_height_leaves_out_marks_standing_high():
    import numpy as np

    from extractors.engines.ocr import letter_height

    scale = 2.0  # px a point
    ink = np.zeros((60, 100), dtype=bool)
    ink[12:32, 0:18] = True  # 项: 10 pt of ink
    ink[4:10, 22:30] = True  # “ standing high over the line
    ink[12:32, 44:62] = True  # 前
    line = OcrLine("项“前", 0, 2, 31, 17, 0.99, ((0, 10), (10, 20), (20, 31)))
    assert letter_height(ink, line, scale) == 10.0


def _ruled_table():
    """A 统计公报's table read by OCR under 16.5 pt body lines: labels and figures in 14 pt
    between rules 29.5 pt apart, a column rule between them. The detector's boxes of the short
    cells are padded (乡村 18.7 pt tall, 98.1 19.8) and start a point or two apart on a row."""
    from extractors.pdf import Rule

    body = [OcrLine("全年全市城镇新增就业人员万人，失业人员实现再就业万人，困难人员实现", 60, 100 + 29 * i,
                    60 + 16.5 * 33, 116.5 + 29 * i, 0.99) for i in range(5)]
    cells = [("全市常住人口", "346.7"), ("其中城镇人口", "231.9"), ("乡村", "114.8"), ("一、食品烟酒", "98.1")]
    lines, rules = list(body), []
    top = 260.0
    for k, (label, figure) in enumerate(cells):
        y = top + 29.5 * k
        wide = len(label) >= 4
        lines.append(OcrLine(label, 92, y + (7.0 if wide else 4.0), 92 + 14 * len(label),
                             y + (21.0 if wide else 22.7), 0.99))
        lines.append(OcrLine(figure, 382, y + 5.5 - (k % 2) * 1.4, 424, y + 24.3, 0.99))
    for k in range(len(cells) + 1):
        rules.append(Rule(87.5, top + 29.5 * k, 514.1, top + 29.5 * k + 0.7))
    rules.append(Rule(315.7, top, 316.8, top + 29.5 * len(cells)))
    return lines, rules


def test_a_ruled_tables_short_cells_take_the_size_of_its_measured_cells():
    from extractors.engines.ocr import cell_sizes, line_size

    lines, rules = _ruled_table()
    raw = [line_size(ln) for ln in lines]
    out = cell_sizes(lines, raw, rules)
    cells = out[5:]
    assert raw[5] == pytest.approx(14.0) and max(raw[5:]) > 18  # padded short cells read large
    assert cells == [pytest.approx(14.0)] * len(cells)
    assert out[:5] == raw[:5]  # the body, standing in no table's row, keeps its sizes
    assert cell_sizes(lines, raw, []) == raw  # no rules, no table


def test_a_ruled_tables_cells_come_out_one_block_each_none_a_heading():
    from extractors.engines.ocr import cell_rows, cell_sizes, line_size
    from extractors.layout import repair_pages
    from extractors.pdf import PageData

    lines, rules = _ruled_table()

    def blocks(fixed: bool, aligned: bool = True):
        raw = [line_size(ln) for ln in lines]
        sizes = snap_sizes(cell_sizes(lines, raw, rules) if fixed else raw, 0.06)
        rows = cell_rows(lines, rules) if fixed and aligned else [None] * len(lines)
        chars = [c for ln, s, r in zip(lines, sizes, rows, strict=True)
                 for c in line_chars(ln, s, None, r)]
        page = PageData(1, 600, 800, chars, rules=rules, text_source="ocr")
        return [(b.type, b.text) for b in repair_pages([page], "t.pdf").blocks
                if not b.text.startswith("全年")]

    cells = [t for pair in (("全市常住人口", "346.7"), ("其中城镇人口", "231.9"), ("乡村", "114.8"),
                            ("一、食品烟酒", "98.1")) for t in pair]
    got = blocks(True)
    assert [t for _, t in got] == cells
    assert all(k == "paragraph" for (k, t) in got if t != "一、食品烟酒")  # a numbered row may head
    # before: the padded cells read as headings; in one size but on their own boxes' tops, a
    # figure boxed higher than its label reads as the label's paragraph broken to a new column
    assert any(k == "heading" for k, t in blocks(False) if t[0].isdigit())
    assert "全市常住人口346.7" in [t for _, t in blocks(True, aligned=False)]


def test_a_line_of_figures_a_little_under_the_body_read_by_ocr_is_not_small_print():
    import dataclasses

    from extractors.layout import repair_pages
    from extractors.pdf import PageData

    def kinds(font: str) -> set[str]:
        body = [OcrLine("全年全市城镇新增就业人员万人，失业人员实现再就业万人，困难人员实现", 60, 100 + 29 * i,
                        60 + 16.5 * 33, 116.5 + 29 * i, 0.99) for i in range(6)]
        # figures alone name no face (a line of digits has no style of its own): still OCR's
        cells = [OcrLine(t, 80, 330 + 29 * k, 80 + 7 * len(t), 344 + 29 * k, 0.99)
                 for k, t in enumerate(["346.7", "231.9", "114.8"])]
        chars = [c for ln in body for c in line_chars(ln, 16.5)]
        chars += [c for ln in cells for c in line_chars(ln, 14.0)]
        if font != ocr_engine.FONT:
            chars = [dataclasses.replace(c, font=font) for c in chars]
        page = PageData(1, 700, 900, chars, text_source="ocr" if font == ocr_engine.FONT else "pdf")
        return {b.type for b in repair_pages([page], "t.pdf").blocks if "." in b.text}

    assert kinds(ocr_engine.FONT) == {"paragraph"}
    assert kinds("SimSun") & {"caption", "other"}
