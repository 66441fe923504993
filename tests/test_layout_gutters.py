"""Gutters as white rivers (extractors.layout.gutters) and the mask-first cut they allow."""

from __future__ import annotations

from extractors.layout import repair_pdf
from extractors.layout.gutters import find_gutters, rows_of
from extractors.pdf import Char
from tests.pagegen import SAMPLE, Flow, Heading, Page, write_pdf

LEFT = ["东城区" + SAMPLE, "东城区第二段" + SAMPLE * 2]
RIGHT = ["西林镇" + SAMPLE * 2, "西林镇第二段" + SAMPLE]


def _grid(tracking: float, columns: int = 1, gutter: float = 0.0, rows: int = 8,
          size: float = 10.0, glyphs: int = 12) -> list[Char]:
    out = []
    for r in range(rows):
        x = 50.0
        for _ in range(columns):
            for _ in range(glyphs):
                out.append(Char("字", x, x + size, 100 + 16 * r, 100 + 16 * r + size, size, "F"))
                x += size + tracking
            x += gutter - tracking
    return out


def test_a_letter_spaced_grid_has_no_gutter_however_wide_its_spacing():
    # Every glyph column of a tracked grid leaves a white river down the rows; it is as wide as
    # the rows' own spacing, so it parts nothing.
    assert find_gutters(rows_of(_grid(tracking=4.0))) == []


def test_a_gutter_twice_the_spacing_beside_it_is_found():
    gutters = find_gutters(rows_of(_grid(tracking=1.0, columns=2, gutter=4.0)))
    assert len(gutters) == 1 and not gutters[0].crossing
    assert 181 <= gutters[0].x0 < gutters[0].x1 <= 185


def test_a_line_across_the_gutter_is_returned_as_crossing_it():
    chars = _grid(tracking=0.0, columns=2, gutter=5.0, rows=10)
    # a caption set over both columns, on the first row's height
    chars = [c for c in chars if c.top > 101] + [
        Char("图", 50 + 10 * i, 60 + 10 * i, 100, 110, 10.0, "F") for i in range(24)]
    rows = rows_of(chars)
    gutters = find_gutters(rows)
    assert len(gutters) == 1
    assert [rows[i].top for i in gutters[0].crossing] == [100]


def test_columns_set_tight_with_lines_that_do_not_line_up(tmp_path):
    # Two pieces side by side across a 0.45 em gutter, each on its own leading: no row of the
    # one lines up with the other's, and justified lines spread their slack as they go.
    page = Page()
    Flow([(60, 285.5)], top=100, bottom=400, size=10, leading=1.5).set(page, LEFT)
    Flow([(290, 520)], top=104, bottom=400, size=10, leading=1.8).set(page, RIGHT)
    doc = repair_pdf(write_pdf(tmp_path / "tight.pdf", [page]))
    assert [b.text for b in doc.blocks if b.type == "paragraph"] == LEFT + RIGHT


def test_a_caption_over_two_columns_is_masked_and_the_columns_part(tmp_path):
    # The caption under a photo runs over the gutter, close above the text: neither a band of
    # white nor a clean gutter is left until it is masked.
    page = Page()
    page.photos.append((60, 60, 520, 140))
    caption = "交通管理部门公布新增监控设备地点，市民可登录网站查询详细信息（王明摄）"
    page.text(caption, 60, 144, size=9)
    flow = Flow([(60, 280), (300, 520)], top=160, bottom=400, size=10)
    assert flow.set(page, LEFT + RIGHT) == []
    doc = repair_pdf(write_pdf(tmp_path / "caption.pdf", [page]))
    texts = [b.text for b in doc.blocks]
    assert texts.index(caption) < texts.index(LEFT[0])
    assert [t for t in texts if t != caption][-4:] == LEFT + RIGHT


def test_a_column_running_on_below_its_neighbours_end_is_read_whole(tmp_path):
    # A photo pushes the first column down; it runs on, past a sub-heading, below the end of
    # the second: the white band beside that heading crosses the page but parts no columns.
    page = Page()
    page.photos.append((60, 100, 280, 190))
    left = [*LEFT, Heading("二、重点工作", 12.0), "东城区第三段" + SAMPLE * 2]
    assert Flow([(60, 280)], top=200, bottom=700, size=10).set(page, left) == []
    assert Flow([(300, 520)], top=100, bottom=700, size=10).set(page, RIGHT[:1]) == []
    doc = repair_pdf(write_pdf(tmp_path / "lshape.pdf", [page]))
    body = [b.text for b in doc.blocks if b.type in ("paragraph", "heading")]
    assert body == [*LEFT, "二、重点工作", left[-1], RIGHT[0]]


def test_commas_lined_up_on_a_grid_leave_no_gutter():
    # Text set solid on a grid of characters: a comma in the same place in row after row inks
    # only the left half of its box, a white strip that one row crosses. It parts nothing.
    chars = [Char("，", c.x0, c.x1, c.top, c.bottom, c.size, c.font) if c.x0 == 100 and c.top < 150
             else c for c in _grid(tracking=0.0, rows=5)]
    assert find_gutters(rows_of(chars)) == []
