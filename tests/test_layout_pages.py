"""A multi-page report keeps its page order; a paragraph goes on only onto the next page."""

from __future__ import annotations

from pathlib import Path

from extractors.layout import repair_pdf
from tests.pagegen import Flow, Heading, Page, write_pdf

# Paragraphs long enough that several break at a page end, with headings between them.
_CLAUSES = ["全市一般公共预算收入保持增长", "重点领域支出得到有力保障", "财政资金直达机制常态化运行",
            "政府债务管理持续加强", "预算绩效管理全面推进", "财会监督工作机制不断健全"]


def _paragraph(k: int) -> str:
    return f"第{k}段：" + "，".join(_CLAUSES[(k + i) % len(_CLAUSES)] for i in range(9)) + "。"


def _report(tmp_path: Path, pages: int, folio_top: float) -> tuple[Path, list[str]]:
    """A one-column report with a folio under the text of every page, set where the page's
    margin ends (an A4 report's wide margins put it above the page's bottom tenth)."""
    items: list[str | Heading] = []
    for k in range(1, 4 * pages):
        if k % 5 == 1:
            items.append(Heading(f"（{k}）重点工作", 12.0))
        items.append(_paragraph(k))
    out, todo, cut = [], list(items), False
    while todo and len(out) < 2 * pages:
        page = Page()
        flow = Flow(columns=[(80.0, 515.0)], top=90.0, bottom=folio_top - 20.0, size=12.0)
        todo = flow.set(page, todo, continued=cut)
        cut = flow.cut
        page.centred(f"— {len(out) + 1} —", folio_top, 9.0, 80.0, 515.0)
        out.append(page)
    assert not todo, "the text must fit the pages"
    return write_pdf(tmp_path / "report.pdf", out), [i for i in items if isinstance(i, str)]


def test_multipage_report_keeps_page_order_and_joins_paragraphs_at_page_ends(tmp_path):
    path, paragraphs = _report(tmp_path, 5, 741.0)
    doc = repair_pdf(path)
    pages = [b.page for b in doc.blocks]
    assert pages == sorted(pages), pages
    texts = [b.text for b in doc.blocks]
    # Every paragraph comes out whole and once, in its order, whichever page breaks it.
    found = [t for t in texts if t.startswith("第")]
    assert found == paragraphs
    assert doc.pages >= 3 and len(set(pages)) == doc.pages
    # The folios, above the page's last tenth but under all its text, are furniture.
    folios = [b for b in doc.blocks if "—" in b.text]
    assert len(folios) == doc.pages and {b.type for b in folios} == {"footer"}


def test_numbers_on_the_last_row_of_a_table_are_no_folio(tmp_path):
    page = Page()
    Flow(columns=[(80.0, 515.0)], top=90.0, bottom=600.0, size=12.0).set(page, [_paragraph(1)])
    # A table of two number columns far apart, its last row under all the text.
    for k in range(8):
        page.text(str(2018 + k), 80.0, 601.0 + 20.0 * k, 10.0)
        page.text(str(15 + k), 450.0, 601.0 + 20.0 * k, 10.0)
    doc = repair_pdf(write_pdf(tmp_path / "table.pdf", [page]))
    assert not [b for b in doc.blocks if b.type == "footer"]


def test_a_paragraph_left_unfinished_is_not_taken_up_pages_later(tmp_path):
    # Page 2 ends mid-paragraph and page 3 opens a new one (indented, after a heading): the
    # unfinished paragraph must not be continued by some line further on.
    p1, p2, p3 = Page(), Page(), Page()
    first = Flow(columns=[(80.0, 515.0)], top=90.0, bottom=700.0, size=12.0)
    rest = first.set(p1, [_paragraph(k) for k in range(1, 30)])
    second = Flow(columns=[(80.0, 515.0)], top=90.0, bottom=150.0, size=12.0)
    assert second.set(p2, rest[:1], continued=first.cut) and second.cut
    third = Flow(columns=[(80.0, 515.0)], top=90.0, bottom=780.0, size=12.0)
    third.set(p3, [Heading("二、下一阶段安排", 14.0), _paragraph(3), _paragraph(4)])
    # Continuation-looking text low on page 3: a separate flow starting flush left.
    p3.text("以上情况请予审议，并请提出意见，以便进一步改进工作，更好服务经济社会发展大局", 80.0, 600.0, 12.0)
    for n, page in enumerate((p1, p2, p3), 1):
        page.centred(f"— {n} —", 741.0, 9.0, 80.0, 515.0)
    doc = repair_pdf(write_pdf(tmp_path / "gap.pdf", [p1, p2, p3]))
    pages = [b.page for b in doc.blocks]
    assert pages == sorted(pages), pages
    assert not any("以上情况请予审议" in b.text and b.page < 3 for b in doc.blocks)
