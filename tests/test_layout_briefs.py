"""Articles a headline does not bound: briefs without one, and outer columns of a short one."""

from __future__ import annotations

from extractors.layout import repair_pdf
from tests.pagegen import SAMPLE, Flow, Page, write_pdf

A = ["甲县" + SAMPLE * 3, "甲县第二段" + SAMPLE * 2]
B = ["乙镇" + SAMPLE * 2]
C = ["丙区" + SAMPLE * 2]


def _articles(doc, texts):
    by_text = {b.text: b.article for b in doc.blocks}
    return [by_text.get(t) for t in texts]


def test_briefs_opening_on_a_credit_are_articles_of_their_own(tmp_path):
    # One headline on the page, and two briefs beside its article that open on their writers'
    # credits: three articles, not one report.
    page = Page(width=842, height=600)
    page.centred("城市更新有了新路径", top=60, size=24, x0=40, x1=440)
    page.text("本报记者 王明", 40, 100, size=10)
    Flow([(40, 230), (250, 440)], top=116, bottom=400, size=10).set(page, A)
    for (x0, x1), name, body in (((460, 640), "李强", B), ((660, 800), "张华", C)):
        page.text(f"本报记者 {name}", x0, 100, size=10)
        Flow([(x0, x1)], top=116, bottom=400, size=10).set(page, body)
    doc = repair_pdf(write_pdf(tmp_path / "briefs.pdf", [page]))
    a, b, c = _articles(doc, [A[0], B[0], C[0]])
    assert None not in (a, b, c) and len({a, b, c}) == 3
    assert _articles(doc, A) == [a, a]


def test_outer_columns_under_a_short_centred_headline_are_its_article(tmp_path):
    # The headline is centred over three columns but as wide as the middle one: the outer two
    # start under its height, beyond its ends. A brief stands beside them.
    page = Page(width=842, height=600)
    page.centred("生态保护新路径", top=60, size=24, x0=40, x1=650)
    page.text("本报记者 王明", 40, 100, size=10)
    Flow([(40, 230), (250, 440), (460, 650)], top=116, bottom=330, size=10,
         tops=[116, 100, 100]).set(page, A + ["甲县第三段" + SAMPLE * 3])
    page.text("本报记者 李强", 670, 100, size=10)
    Flow([(670, 800)], top=116, bottom=400, size=10).set(page, B)
    doc = repair_pdf(write_pdf(tmp_path / "centred.pdf", [page]))
    arts = {b.article for b in doc.blocks if b.type == "paragraph" and b.text.startswith("甲县")}
    (b,) = _articles(doc, B)
    assert len(arts) == 1 and None not in arts and b not in arts
