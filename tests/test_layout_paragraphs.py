"""Paragraphs left unfinished at a flow's end are taken up by the page that continues them."""

from __future__ import annotations

from extractors.layout.lines import Line
from extractors.layout.paragraphs import build_paragraphs
from extractors.pdf import Char

COL = (80.0, 500.0)


def _line(text: str, page: int, leaf: int, top: float, font: str, size: float = 10.5,
          x0: float = 80.0) -> Line:
    chars = [Char(t, x0 + i * size, x0 + (i + 1) * size, top, top + size, size, font)
             for i, t in enumerate(text)]
    return Line(chars, *COL, page=page, leaf=leaf)


FULL = "全面深化改革扎实推进各项工作取得新进展经济运行总体平稳质量效益稳步提升持续向好"  # fills, no stop


def test_the_next_pages_first_line_resumes_the_latest_unfinished_paragraph_of_its_style():
    a = _line(FULL, 1, 0, 100, "Song")
    c = _line(FULL, 1, 1, 300, "Kai")  # unfinished too, another face
    d = _line("短行。", 1, 2, 500, "Song")
    g = _line(FULL, 1, 3, 600, "Song")
    e = _line("续完。", 2, 0, 100, "Kai")  # the next page's first body line: takes up c
    f = _line("接续。", 2, 1, 300, "Song")  # not the first line: a paragraph of its own
    h = _line("再续。", 2, 2, 500, "Song")
    blocks = build_paragraphs([a, c, d, g, e, f, h], {})
    # page 2 is read where the flow it continues left off, ahead of what interrupted it
    assert [[ln.text for ln in b.lines] for b in blocks] == [
        [FULL], [FULL, "续完。"], ["接续。"], ["再续。"], ["短行。"], [FULL]]


def test_an_unfinished_paragraph_never_leaps_over_a_page():
    a = _line(FULL, 1, 0, 100, "Song")
    b = _line("第二页。", 2, 0, 100, "Kai")
    c = _line("第三页续。", 3, 0, 100, "Song")
    blocks = build_paragraphs([a, b, c], {})
    assert [[ln.text for ln in blk.lines] for blk in blocks] == [[FULL], ["第二页。"], ["第三页续。"]]


def test_an_unfinished_paragraph_is_never_resumed_on_its_own_page():
    a = _line(FULL, 1, 0, 100, "Song")
    b = _line("另起一段。", 1, 1, 300, "Song")
    blocks = build_paragraphs([a, b], {})
    assert [[ln.text for ln in blk.lines] for blk in blocks] == [[FULL], ["另起一段。"]]


def test_an_indented_line_on_the_next_page_opens_a_paragraph_of_its_own():
    a = _line(FULL, 1, 0, 100, "Song")
    b = _line("新的一段。", 2, 0, 100, "Song", x0=101.0)
    blocks = build_paragraphs([a, b], {})
    assert [[ln.text for ln in blk.lines] for blk in blocks] == [[FULL], ["新的一段。"]]


def _indented_paragraph(page: int, top: float) -> list[Line]:
    """A paragraph opening on a two-character indent, so that the page is known to use them."""
    return [_line(FULL, page, 0, top, "Song", x0=101.0), _line(FULL, page, 0, top + 18, "Song"),
            _line("完。", page, 0, top + 36, "Song")]


def test_a_block_set_in_by_less_than_an_indent_has_no_first_lines():
    # a scan whose text block sits one character right of the page's other text
    shift = 80.0 + 10.5
    block = [_line(FULL, 1, 0, 300 + 18 * k, "Song", x0=shift) for k in range(3)]
    block.append(_line("结束。", 1, 0, 354, "Song", x0=shift))
    blocks = build_paragraphs(_indented_paragraph(1, 100) + block, {})
    assert [len(b.lines) for b in blocks] == [3, 4]


def test_lines_each_indented_two_characters_are_paragraphs_of_their_own():
    lines = [_line(FULL, 1, 0, 300 + 18 * k, "Song", x0=101.0) for k in range(3)]
    blocks = build_paragraphs(_indented_paragraph(1, 100) + lines, {})
    assert [len(b.lines) for b in blocks] == [3, 1, 1, 1]


def test_a_set_in_block_on_the_next_page_takes_up_the_unfinished_paragraph():
    shift = 80.0 + 10.5
    page1 = _indented_paragraph(1, 100) + [_line(FULL, 1, 0, 300, "Song", x0=101.0),
                                           _line(FULL, 1, 0, 318, "Song")]
    page2 = [_line(FULL, 2, 0, 100, "Song", x0=shift), _line("完。", 2, 0, 118, "Song", x0=shift)]
    blocks = build_paragraphs(page1 + page2, {})
    assert [len(b.lines) for b in blocks] == [3, 4]
