"""Page furniture (running heads, folios, masthead lines) and paragraphs across page breaks."""

from __future__ import annotations

from extractors.layout import repair_pdf
from tests.pagegen import SAMPLE, Flow, Page, write_pdf


def _report(tmp_path, n_pages=3):
    paras = [f"第{i}段，" + SAMPLE * 3 for i in range(1, 9)]
    pages, todo, continued, cuts = [], paras, False, 0
    for n in range(1, n_pages + 1):
        page = Page()
        page.text("政府工作报告", 80, 40, 9)
        page.centred(f"— {n} —", top=800, size=10.5)
        flow = Flow([(80, 515)], top=90, bottom=330)
        todo = flow.set(page, todo, continued)
        continued = flow.cut
        cuts += flow.cut
        pages.append(page)
    assert cuts, "the fixture must break a paragraph across pages"
    return paras[: len(paras) - len(todo)], write_pdf(tmp_path / "report.pdf", pages)


def test_running_heads_and_folios_are_furniture(tmp_path):
    _, pdf = _report(tmp_path)
    doc = repair_pdf(pdf)
    heads = [b for b in doc.blocks if b.type == "header"]
    feet = [b for b in doc.blocks if b.type == "footer"]
    assert [b.page for b in heads] == [1, 2, 3]
    assert [b.page for b in feet] == [1, 2, 3]
    body = "".join(b.text for b in doc.body())
    assert "政府工作报告" not in body and "—" not in body


def test_paragraph_cut_by_a_page_break_is_whole(tmp_path):
    paras, pdf = _report(tmp_path)
    doc = repair_pdf(pdf)
    texts = [b.text for b in doc.body()]
    # a page ends mid-paragraph: the last complete paragraph on each page plus its continuation
    # must come out as the same paragraphs that were set
    assert texts[: len(paras) - 1] == paras[:-1]


def test_masthead_above_a_rule_is_a_header_on_a_single_page(tmp_path):
    page = Page(width=800, height=1100)
    page.text("要闻", 40, 30, 18)
    page.text("2024年3月6日 星期三 第3版", 600, 36, 9)
    page.rules.append((40, 60, 760, 60))
    Flow([(40, 760)], top=90, bottom=400).set(page, [SAMPLE * 2])
    doc = repair_pdf(write_pdf(tmp_path / "mast.pdf", [page]))
    assert doc.blocks[0].type == "header"
    assert [b.text for b in doc.body()] == [SAMPLE * 2]
