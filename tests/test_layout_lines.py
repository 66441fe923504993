"""Lines by baseline: display type set beside body text does not draw the body's lines into one."""

from __future__ import annotations

from itertools import groupby

import pytest

from extractors.engines import read_document
from extractors.layout.lines import build_lines
from tests.pagegen import FACES, SAMPLE, Flow, Page, write_pdf


def _lead_beside_display(face: str, size: float, rise: float) -> tuple[Page, list[str]]:
    """A display headline (城市更新) set beside the first lines of a lead in 10.5 pt body type,
    its top `rise` points over the lead's first line (negative: under it), as a newspaper
    sets headline art into the corner of a lead. Returns the page and the lead's lines."""
    page = Page(width=420, height=500)
    page.text("城市更新", 40, 90 - rise, size, font=face)
    narrow = Flow([(40 + 4 * size + 6, 380)], top=90, bottom=90 + 4 * 10.5 * 1.6, font=face)
    rest = narrow.set(page, ["本报讯" + SAMPLE * 3])
    Flow([(40, 380)], top=90 + 4 * 10.5 * 1.6, bottom=460, font=face).set(page, rest, continued=True)
    body = [g for g in page.glyphs if g.size == 10.5]
    lines = ["".join(g.text for g in sorted(row, key=lambda g: g.x))
             for _, row in groupby(sorted(body, key=lambda g: (g.top, g.x)), key=lambda g: g.top)]
    return page, lines


@pytest.mark.parametrize("face", sorted(FACES))
@pytest.mark.parametrize(("size", "rise"), [(24, 2), (30, 2), (30, -5), (36, -10), (48, 0)])
def test_display_type_beside_a_lead_leaves_its_lines_whole(tmp_path, face, size, rise):
    page, lead = _lead_beside_display(FACES[face], size, rise)
    pdf = write_pdf(tmp_path / "display.pdf", [page])
    chars = read_document(pdf, ocr="never").pages[0].chars
    texts = [ln.text for ln in build_lines(chars, 40, 380)]
    assert "城市更新" in texts
    assert [t for t in texts if t != "城市更新"] == lead


def test_mixed_sizes_on_one_line_stay_one_line(tmp_path):
    # a line of body text with a larger numeral and a smaller note in it is one line still
    page = Page(width=420, height=300)
    x = page.text("全年增长", 40, 100, 10.5)
    x = page.text("5.2", x, 98, 16)
    x = page.text("%，高于预期", x, 100, 10.5)
    page.text("注", x, 101, 6)
    chars = read_document(write_pdf(tmp_path / "mixed.pdf", [page]), ocr="never").pages[0].chars
    assert [ln.text for ln in build_lines(chars, 40, 380)] == ["全年增长5.2%，高于预期注"]
