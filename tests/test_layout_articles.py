"""A page that carries several articles comes out article by article, each headline first."""

from __future__ import annotations

from extractors.layout import repair_pdf
from tests.pagegen import SAMPLE, Flow, Page, write_pdf


def _page(tmp_path):
    page = Page(width=700, height=600)
    a_body = ["甲文" + SAMPLE * 2, "甲文二" + SAMPLE]
    b_body = ["乙文" + SAMPLE]
    # bodies first in the content stream, headlines last; a rule between the two articles
    Flow([(40, 240), (255, 455)], top=120, bottom=330).set(page, a_body)
    Flow([(490, 660)], top=110, bottom=500, size=10.5).set(page, b_body)
    page.rules.append((472, 60, 472, 520))
    page.centred("城市更新有了新路径", top=70, size=24, x0=40, x1=455)
    page.centred("乡村振兴见闻", top=70, size=18, x0=490, x1=660)
    return a_body, b_body, write_pdf(tmp_path / "paper.pdf", [page])


def test_each_headline_opens_its_own_article(tmp_path):
    a_body, b_body, pdf = _page(tmp_path)
    doc = repair_pdf(pdf)
    rows = [(b.article, b.type, b.text) for b in doc.blocks if b.type in ("title", "paragraph")]
    assert rows == ([(1, "title", "城市更新有了新路径")] + [(1, "paragraph", t) for t in a_body]
                    + [(2, "title", "乡村振兴见闻")] + [(2, "paragraph", t) for t in b_body])


def test_single_report_has_no_article_numbers(tmp_path):
    page = Page()
    page.centred("政府工作报告", top=80, size=22)
    Flow([(80, 515)], top=130, bottom=400).set(page, [SAMPLE, SAMPLE])
    page.centred("城市更新", top=420, size=18)
    Flow([(80, 515)], top=460, bottom=700).set(page, [SAMPLE])
    doc = repair_pdf(write_pdf(tmp_path / "report.pdf", [page]))
    assert {b.article for b in doc.blocks} == {None}
    assert doc.blocks[0].type == "title"
