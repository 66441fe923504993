"""Pages the layout method was never tuned on: random generated broadsheets with known gold, and
small pages built for one mechanism each (articles, narrow gutters, shifted second fonts)."""

from __future__ import annotations

import pytest

from extractors.layout import repair_pdf
from tests.pagegen import (
    FACES,
    SAMPLE,
    Flow,
    Heading,
    Page,
    random_notices,
    random_page,
    random_sections,
    random_spread_sections,
    write_pdf,
)

BODY = {"title", "subtitle", "heading", "paragraph"}


def _squash(text: str) -> str:
    return "".join(text.split())


def test_random_pages_come_out_article_by_article(tmp_path):
    """Eight generated pages together: paragraphs whole, titles typed title, output articles
    that do not mix two gold articles' paragraphs, and gold articles that are not split over
    several output articles. (The per-page scores, over 200 pages, are
    scripts/bench_layout_sweep.py's; this guards the mechanism on a few.)"""
    paras = whole = titles = typed_titles = mixed = split = 0
    for seed in range(8):
        gen = random_page(seed)
        doc = repair_pdf(write_pdf(tmp_path / f"page-{seed}.pdf", [gen.page]))
        out = [(b.type, _squash(b.text), b.article) for b in doc.blocks]
        gold = [b for b in gen.gold["blocks"] if b["type"] in BODY]
        found = {t: art for kind, t, art in out if kind == "paragraph"}
        gold_paras = [b for b in gold if b["type"] == "paragraph"]
        hits = [b for b in gold_paras if _squash(b["text"]) in found]
        paras, whole = paras + len(gold_paras), whole + len(hits)
        typed = {t for kind, t, _ in out if kind == "title"}
        heads = [_squash(b["text"]) for b in gold if b["type"] == "title"]
        titles, typed_titles = titles + len(heads), typed_titles + sum(t in typed for t in heads)
        owners: dict[int, set[int]] = {}
        parts: dict[int, set[int]] = {}
        for b in hits:
            owners.setdefault(found[_squash(b["text"])] or 0, set()).add(b["article"])
            parts.setdefault(b["article"], set()).add(found[_squash(b["text"])] or 0)
        mixed += sum(len(arts) - 1 for arts in owners.values())
        split += sum(len(arts) - 1 for arts in parts.values())
    assert whole >= 0.9 * paras
    assert typed_titles >= 0.9 * titles
    assert mixed <= 0.02 * paras
    assert split <= 0.02 * paras


def _masthead(page: Page, right: float) -> None:
    """The date, the folio and the rule under them that open every page here."""
    page.text("2024年1月1日 星期一", 40, 30, 9)
    page.right("第3版", 30, 9, x1=right)
    page.rules.append((40, 45, right, 45))


def _news(page: Page, cols, top: float, bottom: float, headline: str, size: float = 10.0,
          byline: str = "本报记者 王明", body: list[str] | None = None) -> list[str]:
    x0, x1 = cols[0][0], cols[-1][1]
    page.centred(headline, top=top, size=2.4 * size, x0=x0, x1=x1)
    page.text(byline, x0, top + 3.2 * size, size)
    body = body or ["青山县" + SAMPLE * 2, "青山县" + SAMPLE]
    Flow(cols, top=top + 5 * size, bottom=bottom, size=size).set(page, body)
    return body


def test_l_shaped_article_starts_beside_its_headline(tmp_path):
    """An article whose first column reaches up beside its headline (the headline stands over
    the other columns only) is read as one article, headline first."""
    page = Page(width=700, height=700)
    a = _news(page, [(40, 200), (215, 375), (390, 550)], 60, 300, "上面一篇新闻的标题")
    page.rules.append((40, 310, 550, 310))
    # the second article: its byline and first column start at the headline's height, left of it
    page.text("本报记者 李华", 40, 330, 10)
    b_text = ["河源镇" + SAMPLE * 3, "河源镇" + SAMPLE]
    Flow([(40, 200), (215, 375), (390, 550)], top=345, bottom=620, size=10,
         tops=[345, 380, 380]).set(page, b_text)
    page.centred("下面一篇新闻的标题", top=325, size=20, x0=215, x1=550)
    doc = repair_pdf(write_pdf(tmp_path / "l.pdf", [page]))
    arts = {b.text: b.article for b in doc.blocks}
    upper, lower = arts["上面一篇新闻的标题"], arts["下面一篇新闻的标题"]
    assert upper != lower
    for t in a:
        assert arts[t] == upper
    # the lower article's byline and every piece of its text, column 1 included
    assert arts["本报记者李华"] == lower
    body = [b for b in doc.blocks if b.type == "paragraph" and b.article != upper]
    assert body and all(b.article == lower for b in body)
    assert "".join(b.text for b in body) == "".join(b_text)
    seq = [b.text for b in doc.blocks if b.article == lower]
    assert seq[0] == "下面一篇新闻的标题"


def test_untitled_notices_each_open_an_article_and_labels_are_furniture(tmp_path):
    """A boxed column of notices under a section label: the label is page furniture, and each
    notice, headed in the same bold style, is an article of its own (its case number a deck)."""
    page = Page(width=700, height=800)
    _news(page, [(40, 200), (215, 375)], 60, 300, "一篇新闻的大标题")
    _news(page, [(400, 560), (575, 660)], 60, 300, "另一篇新闻标题", byline="本报记者 张强")
    page.rules.append((40, 320, 660, 320))
    page.centred("信息服务", top=330, size=24, x0=40, x1=660)
    hei = FACES.get("hei", "STSong-Light")
    y = 380.0
    for k in range(3):
        page.centred("某某县人民法院公告", top=y, size=10, x0=40, x1=375)
        page.glyphs[-9:] = [g.__class__(g.text, g.x, g.top, g.size, hei) for g in page.glyphs[-9:]]
        page.right(f"（2023）某0{k}民初{100 + k}号", top=y + 15, size=10, x1=375)
        Flow([(40, 375)], top=y + 30, bottom=y + 110, size=10).set(page, ["张某：", SAMPLE])
        y += 120
    doc = repair_pdf(write_pdf(tmp_path / "notices.pdf", [page]))
    kinds = {b.text: b.type for b in doc.blocks}
    assert kinds["信息服务"] == "header"
    titles = [b for b in doc.blocks if b.text == "某某县人民法院公告"]
    assert [b.type for b in titles] == ["title"] * 3
    assert len({b.article for b in titles}) == 3
    assert kinds["（2023）某00民初100号"] == "subtitle"


def test_tight_gutter_parts_columns_set_solid(tmp_path):
    """Columns 0.4 em apart in text set solid (no tracking) are read column by column."""
    page = Page(width=600, height=500)
    size = 10.0
    cols = [(40, 220), (224, 404), (408, 588)]
    body = ["甲" + SAMPLE * 2, "乙" + SAMPLE * 2, "丙" + SAMPLE]
    Flow(cols, top=60, bottom=300, size=size).set(page, body)
    doc = repair_pdf(write_pdf(tmp_path / "tight.pdf", [page]))
    assert [b.text for b in doc.blocks if b.type == "paragraph"] == body


def test_letter_spaced_heading_is_not_cut_into_columns(tmp_path):
    """Letter spacing of 0.5 em inside every line is the text's own, not a gutter."""
    page = Page(width=600, height=500)
    for k in range(4):
        page.text("加快建设现代化产业体系", 60, 80 + 20 * k, 12, tracking=6)
    doc = repair_pdf(write_pdf(tmp_path / "spaced.pdf", [page]))
    assert all(b.text.startswith("加快建设") for b in doc.blocks)
    assert len(doc.blocks) <= 4


@pytest.mark.parametrize("rise", [-0.15, 0.15])
def test_second_font_on_a_shifted_baseline_stays_on_its_line(tmp_path, rise):
    """Digits in a Latin face set a little above or below the Chinese baseline (and with a glyph
    box of its own) neither split the line nor join it to the next."""
    page = Page()
    text = "全市地区生产总值增长5.2%，城镇新增就业12000人，粮食产量稳定在80万吨以上。" * 3
    Flow([(80, 515)], top=100, bottom=400, latin="DejaVuSans" if "DejaVuSans" in _faces() else "",
         rise=rise).set(page, [text, SAMPLE])
    doc = repair_pdf(write_pdf(tmp_path / "rise.pdf", [page]))
    assert [b.text for b in doc.blocks] == [text, SAMPLE]


def _faces() -> list[str]:
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.getRegisteredFontNames()


def test_subheading_inside_an_article_is_a_heading_not_a_title(tmp_path):
    page = Page(width=700, height=700)
    body = ["青山县" + SAMPLE * 2, Heading("加快推进产业升级", 12.0), "青山县" + SAMPLE]
    _news(page, [(40, 200), (215, 375)], 60, 400, "城市更新有了新路径", body=body)  # type: ignore[arg-type]
    _news(page, [(400, 560), (575, 660)], 60, 400, "乡村振兴见闻录", byline="本报记者 张强")
    doc = repair_pdf(write_pdf(tmp_path / "sub.pdf", [page]))
    kinds = {b.text: b.type for b in doc.blocks}
    assert kinds["加快推进产业升级"] == "heading"
    assert kinds["城市更新有了新路径"] == kinds["乡村振兴见闻录"] == "title"


def test_table_cells_are_never_headings(tmp_path):
    """A small table under its own headline (a weather box): its cells are `other`, not
    headings or paragraphs, and its headline heads nothing."""
    page = Page(width=700, height=700)
    _news(page, [(40, 200), (215, 375)], 60, 400, "城市更新有了新路径")
    _news(page, [(400, 560)], 60, 300, "乡村振兴见闻", byline="本报记者 张强")
    page.centred("全省城市天气预报", top=330, size=16, x0=400, x1=560)
    hei = FACES.get("hei", "STSong-Light")
    rows = [("城市", "今天", "明天", "气温")] + [(c, "晴", "多云", "12") for c in
                                          ("青山", "河源", "平安", "东城", "西林", "南湖")]
    for r, row in enumerate(rows):
        for k, cell in enumerate(row):
            page.text(cell, 400 + 40 * k, 360 + 16 * r, 10, font=hei if r == 0 else None)
    doc = repair_pdf(write_pdf(tmp_path / "table.pdf", [page]))
    cells = [b for b in doc.blocks if b.text in {c for row in rows for c in row}]
    assert cells and all(b.type == "other" for b in cells)


def test_a_cut_leaving_only_white_is_no_error():
    """A narrow gutter can leave a group of space glyphs alone between two cuts."""
    from extractors.layout.regions import xy_cut
    from extractors.pdf import Char

    spaces = [Char(" ", 100 + 3 * k, 103 + 3 * k, 10 * k, 10 * k + 10, 10.0, "f") for k in range(5)]
    leaves = xy_cut(spaces, [], 10.0)
    assert [c for leaf in leaves for c in leaf.chars] == spaces


def test_headline_narrower_than_its_article_keeps_its_outer_columns(tmp_path):
    """A headline centred over six columns whose text fills only the first four: the columns
    left of it (the byline's, and the one beside it, starting lower) are its article's, as the
    columns under it are."""
    page = Page(width=850, height=800)
    _masthead(page, 810)
    cols = [(40 + 130 * k, 160 + 130 * k) for k in range(6)]
    page.centred("城市更新有了新路径", top=60, size=20, x0=40, x1=810)
    page.text("本报记者 王明", 40, 95, 10)
    a_text = ["青山县" + SAMPLE * 5, "青山县" + SAMPLE * 3]
    Flow(cols[:4], top=120, bottom=330, size=10, tops=[112, 120, 120, 120]).set(page, a_text)
    page.rules.append((40, 345, 810, 345))
    b_text = _news(page, cols[:2], 360, 700, "乡村振兴见闻录", byline="本报记者 张强")
    doc = repair_pdf(write_pdf(tmp_path / "narrow.pdf", [page]))
    arts = {b.text: b.article for b in doc.blocks}
    upper = arts["城市更新有了新路径"]
    assert arts["本报记者王明"] == upper
    body = [b for b in doc.blocks if b.type == "paragraph" and b.article == upper]
    assert "".join(b.text for b in body) == "".join(a_text)
    assert all(arts[t] == arts["乡村振兴见闻录"] != upper for t in b_text)


def test_a_piece_opening_on_its_own_credit_is_a_new_item(tmp_path):
    """An article carries one writer's credit: a brief standing beside a headline that has its
    own byline, or under an article's column, opens on a credit of its own and is an item of
    its own; the brief's next column, level with its text, runs on with it."""
    page = Page(width=700, height=800)
    _masthead(page, 660)
    cols = [(40, 190), (205, 355), (370, 520), (535, 660)]
    a_text = _news(page, cols[:3], 60, 330, "城市更新有了新路径",
                   body=["青山县" + SAMPLE * 4, "青山县" + SAMPLE * 2])
    # beside the headline, level with it: a brief with its own writer
    page.text("本报记者 张静", 535, 62, 10)
    beside = ["河源镇" + SAMPLE * 2]
    Flow([cols[3]], top=80, bottom=330, size=10).set(page, beside)
    # under the article's first columns, after some white: a brief over two columns
    page.text("本报记者 李华", 40, 360, 10)
    under = ["平安区" + SAMPLE * 4]
    Flow(cols[:2], top=378, bottom=600, size=10).set(page, under)
    doc = repair_pdf(write_pdf(tmp_path / "credits.pdf", [page]))
    arts = {b.text: b.article for b in doc.blocks}
    upper = arts["城市更新有了新路径"]
    assert all(arts[t] == upper for t in a_text)
    side = {b.article for b in doc.blocks if b.text in beside or b.text == "本报记者张静"}
    low = {b.article for b in doc.blocks if b.text in under or b.text == "本报记者李华"}
    assert len(side) == len(low) == 1 and len(side | low | {upper}) == 3
    assert "".join(b.text for b in doc.blocks if b.article in low and b.type == "paragraph") \
        == "".join(under)


def test_caption_over_two_columns_does_not_cut_the_columns_under_it(tmp_path):
    """A caption under a photo over two columns closes their gutter, and the first column runs
    on below the second's end under a sub-heading: read column by column, not band by band."""
    page = Page(width=600, height=800)
    _masthead(page, 560)
    page.centred("城市更新有了新路径", top=60, size=22, x0=40, x1=560)
    page.text("本报记者 王明", 40, 100, 10)
    page.photos.append((40, 120, 375, 220))
    page.text("城市更新项目现场，市民在新建成的口袋公园里休闲（李华 摄）", 40, 225, 8.5)
    items = ["青山县" + SAMPLE * 5, Heading("加快推进产业升级", 13), "青山县" + SAMPLE * 4]
    Flow([(40, 200), (215, 375)], top=242, bottom=760, size=10).set(page, items)
    doc = repair_pdf(write_pdf(tmp_path / "photo.pdf", [page]))
    assert [b.text for b in doc.blocks if b.type in ("paragraph", "heading")
            and not b.text.startswith("城市更新项目")] == [items[0], "加快推进产业升级", items[2]]


def test_column_beside_a_photo_is_read_after_the_text_under_the_photo(tmp_path):
    """A photo heads an article's first column, tight gutters: the text runs under the photo,
    then on at the top of the next column, beside the photo; no cut across the photo."""
    page = Page(width=600, height=800)
    _masthead(page, 560)
    page.centred("城市更新有了新路径", top=60, size=22, x0=40, x1=560)
    page.text("本报记者 王明", 40, 95, 10)
    page.photos.append((40, 112, 298, 230))
    cols = [(40, 298), (302, 560)]
    text = ["青山县" + SAMPLE * 6, "青山县" + SAMPLE * 2]
    Flow(cols, top=112, bottom=560, size=10, tops=[240, 112]).set(page, text)
    doc = repair_pdf(write_pdf(tmp_path / "beside.pdf", [page]))
    assert [b.text for b in doc.blocks if b.type == "paragraph"] == text


def test_headline_over_an_empty_column_heads_nothing_under_the_rule_below(tmp_path):
    """An article whose text does not reach its last column leaves white under its headline;
    a brief below the rule that closes the section, in that column, is an item of its own."""
    page = Page(width=700, height=800)
    _masthead(page, 660)
    cols = [(40, 190), (205, 355), (370, 520), (535, 660)]
    upper = _news(page, cols, 60, 330, "城市更新有了新路径老街区焕发新活力",
                  body=["青山县" + SAMPLE * 3, "青山县" + SAMPLE * 2])
    page.rules.append((40, 345, 660, 345))
    _news(page, cols[:3], 360, 700, "乡村振兴见闻录河源镇的新变化", byline="本报记者 张强",
          body=["平安区" + SAMPLE * 4, "平安区" + SAMPLE * 3])
    page.text("本报记者 李华", 535, 362, 10)
    brief = ["河源镇" + SAMPLE * 2]
    Flow([cols[3]], top=380, bottom=700, size=10).set(page, brief)
    doc = repair_pdf(write_pdf(tmp_path / "section.pdf", [page]))
    arts = {b.text: b.article for b in doc.blocks}
    head = arts["城市更新有了新路径老街区焕发新活力"]
    assert all(arts[t] == head for t in upper)
    mine = {arts["本报记者李华"], arts[brief[0]]}
    assert len(mine) == 1 and not mine & {head, arts["乡村振兴见闻录河源镇的新变化"]}


def test_caption_under_a_photo_inside_a_column_is_a_caption(tmp_path):
    """A photo under the byline, its caption in a smaller face, the text under it: the photo
    stands in the column, so byline, caption and text are one piece of it; the caption is
    still typed caption, and the text under it is the article's first paragraph."""
    if "hei" not in FACES:
        pytest.skip("fonts-wqy-zenhei not installed: a caption needs a face of its own")
    page = Page(width=700, height=800)
    _masthead(page, 660)
    page.centred("城市更新有了新路径", top=60, size=22, x0=40, x1=340)
    page.text("本报记者 王明", 40, 95, 10)
    page.photos.append((40, 112, 340, 200))
    caption = "老街区改造后的新面貌（李华 摄）"
    page.text(caption, 40, 204, 8.5, font=FACES["hei"])
    a_text = ["青山县" + SAMPLE * 2, "青山县" + SAMPLE]
    Flow([(40, 340)], top=222, bottom=700, size=10).set(page, a_text)
    _news(page, [(370, 660)], 60, 700, "乡村振兴见闻录", byline="本报记者 张强")
    doc = repair_pdf(write_pdf(tmp_path / "caption.pdf", [page]))
    kinds = {b.text: b.type for b in doc.blocks}
    assert kinds["老街区改造后的新面貌（李华摄）"] == "caption"
    assert [b.text for b in doc.blocks if b.type == "paragraph"][:2] == a_text


def test_column_under_a_photo_runs_on_past_a_sub_heading_below_its_neighbour(tmp_path):
    """The text under a photo opens on a short paragraph, the column beside the photo ends
    above the sub-heading that follows it: the white across both columns there is no cut, as
    the column under the photo stands within its own column of the band above."""
    page = Page(width=600, height=800)
    _masthead(page, 560)
    page.centred("城市更新有了新路径", top=60, size=22, x0=40, x1=560)
    page.text("本报记者 王明", 40, 95, 10)
    page.photos.append((40, 112, 290, 230))
    cols = [(40, 290), (310, 560)]
    items = ["青山县坚持稳中求进工作总基调。",
             Heading("加快推进产业升级", 13), "青山县" + SAMPLE * 8, "青山县" + SAMPLE]
    Flow(cols, top=112, bottom=600, size=10, tops=[240, 112]).set(page, items)
    doc = repair_pdf(write_pdf(tmp_path / "under.pdf", [page]))
    body = [b.text for b in doc.blocks if b.type in ("paragraph", "heading")]
    assert body == [items[0], "加快推进产业升级", items[2], items[3]]


def test_outer_column_mirrors_a_far_column_that_opens_on_a_sub_heading(tmp_path):
    """A headline centred over five columns, its text filling them all: the first column (the
    byline's, left of the headline) mirrors the last about the headline's centre, though the
    last opens on a sub-heading that ends short of its column's edge."""
    page = Page(width=850, height=800)
    _masthead(page, 810)
    cols = [(40 + 130 * k, 160 + 130 * k) for k in range(5)]
    page.centred("城市更新有了新路径", top=60, size=20, x0=40, x1=680)
    page.text("本报记者 王明", 40, 95, 10)
    a_text = ["青山县" + SAMPLE * 7, "青山县" + SAMPLE]
    Flow(cols[:4], top=100, bottom=300, size=10, tops=[112, 100, 100, 100]).set(page, a_text[:1])
    Flow(cols[4:], top=100, bottom=300, size=10).set(page, [Heading("加快推进产业升级", 12.0),
                                                           a_text[1]])
    page.rules.append((40, 315, 810, 315))
    _news(page, cols[:2], 330, 700, "乡村振兴见闻录", byline="本报记者 张强")
    doc = repair_pdf(write_pdf(tmp_path / "mirror.pdf", [page]))
    arts = {b.text: b.article for b in doc.blocks}
    upper = arts["城市更新有了新路径"]
    assert arts["本报记者王明"] == arts["加快推进产业升级"] == upper
    body = [b.text for b in doc.blocks if b.type == "paragraph" and b.article == upper]
    assert body == a_text


def _out(tmp_path, gen, name: str) -> list[tuple[str, str, int | None]]:
    doc = repair_pdf(write_pdf(tmp_path / f"{name}.pdf", [gen.page]))
    return [(b.type, _squash(b.text), b.article) for b in doc.blocks]


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_notice_columns_cut_into_notices_with_run_in_names_and_sign_offs(tmp_path, seed):
    """Notices set flush left, each opening on its party's name run in in a heavier face and
    ending with its issuer flush right in that face (公告专栏, 中缝): the name stays in its
    paragraph (no heading), the sign-off is a byline, and every notice is an article of its
    own, its sign-off with it."""
    gen = random_notices(seed)
    out = _out(tmp_path, gen, f"notices-{seed}")
    paras = {t: a for kind, t, a in out if kind == "paragraph"}
    assert not [t for kind, t, _ in out if kind == "heading"]
    gold = [b for b in gen.gold["blocks"] if b["type"] in ("paragraph", "byline")]
    notices = [b for b in gold if b["type"] == "paragraph"]
    assert all(_squash(b["text"]) in paras for b in notices)
    assert len({paras[_squash(b["text"])] for b in notices}) == len(notices)
    # each sign-off, in order, is a byline of the notice right above it
    signs = [(t, a) for kind, t, a in out if kind == "byline"]
    want = [(_squash(b["text"]), paras[_squash(p["text"])])
            for p, b in zip(gold, gold[1:], strict=False)
            if p["type"] == "paragraph" and b["type"] == "byline"]
    assert signs == want


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 4, 5])
def test_two_line_headings_are_one_and_stand_apart_from_the_next_columns(tmp_path, seed):
    """A headline and sub-headings broken over two lines flush left come out as one block each;
    sub-headings of neighbouring columns standing a little off each other's height (a gutter of
    0.6–1.2 em between them) are not read as one line; the first column's sub-heading under the
    headline is a heading like the others, not the deck."""
    gen = random_sections(seed)
    out = _out(tmp_path, gen, f"sections-{seed}")
    gold = gen.gold["blocks"]
    title = next(_squash(b["text"]) for b in gold if b["type"] == "title")
    assert [t for kind, t, _ in out if kind == "title"] == [title]
    heads = [_squash(b["text"]) for b in gold if b["type"] == "heading"]
    assert [t for kind, t, _ in out if kind == "heading"] == heads


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 4, 5])
def test_lead_set_larger_than_the_body_is_its_paragraphs(tmp_path, seed):
    """A lead under the headline in type larger than the body, on a narrower measure than the
    page (so its lines never reach the region's edge), one paragraph of it perhaps a single line
    ending on ……: paragraphs, each whole, neither deck nor heading."""
    gen = random_sections(seed)
    out = _out(tmp_path, gen, f"lead-{seed}")
    gold = gen.gold["blocks"]
    first_head = next(i for i, b in enumerate(gold) if b["type"] == "heading")
    lead = [_squash(b["text"]) for b in gold[:first_head] if b["type"] == "paragraph"]
    paras = [t for kind, t, _ in out if kind == "paragraph"]
    assert paras[:len(lead)] == lead


@pytest.mark.parametrize("seed", [0, 3, 4, 6, 12, 15])
def test_section_whose_sub_heading_stands_over_its_first_column_is_read_whole(tmp_path, seed):
    """Sections stacked down the page, each flowing over all its columns while its sub-heading
    stands over the first column only: the section above is read to its end in the last
    column before the sub-heading and its section, not column by column down the page."""
    gen = random_spread_sections(seed)
    out = _out(tmp_path, gen, f"spread-{seed}")
    gold = [(b["type"], _squash(b["text"])) for b in gen.gold["blocks"]
            if b["type"] in ("heading", "paragraph")]
    assert [(kind, t) for kind, t, _ in out if kind in ("heading", "paragraph")] == gold


def test_lines_stepping_in_round_a_shape_stay_in_their_paragraph(tmp_path):
    """Text wrapping round a picture drawn in the page's ground (no image to see): the lines of
    a paragraph left mid-sentence step in further line by line and still run to the column's
    edge; they go on the paragraph rather than opening paragraphs of their own."""
    page = Page(width=400, height=400)
    size, x0 = 10.0, 40.0
    chars = iter("过去一年我们坚持稳中求进工作总基调完整准确全面贯彻新发展理念" * 6)
    more = iter("城市更新项目推进顺利老旧小区改造加快" * 12)
    # (indent in characters, glyphs): a paragraph of full lines, then one whose foot steps in
    plan = [(2, chars, 22), (0, chars, 24), (0, chars, 24), (0, chars, 13),
            (2, more, 22), (0, more, 24), (0, more, 24), (2, more, 22), (5, more, 19),
            (8, more, 15)]
    paras: list[str] = []
    y = 60.0
    for k, (indent, src, count) in enumerate(plan):
        text = "".join(next(src) for _ in range(count))
        if k in (3, 9):
            text += "。"
        page.text(text, x0 + indent * size, y, size)
        if k in (0, 4):
            paras.append("")
        paras[-1] += text
        y += 1.6 * size
    doc = repair_pdf(write_pdf(tmp_path / "wrap.pdf", [page]))
    assert [b.text for b in doc.blocks if b.type == "paragraph"] == paras


def test_untitled_table_with_a_bold_header_row_has_no_headings(tmp_path):
    """A small table with no headline over it (the top of a weather box, fenced off by rules
    under the articles), its header row in a heavier, larger face: every block is a cell, so
    the piece is a table — its header cells are not a title heading sibling articles."""
    page = Page(width=700, height=700)
    _news(page, [(40, 200), (215, 375)], 60, 400, "城市更新有了新路径")
    _news(page, [(400, 560), (575, 660)], 60, 400, "乡村振兴见闻", byline="本报记者 张强")
    page.rules.append((40, 420, 660, 420))
    hei = FACES.get("hei", "STSong-Light")
    table = [("城市", "日期", "气温(℃)"), ("青山", "今天", "12~3"), ("河源", "明天", "14~5")]
    for r, row in enumerate(table):
        for k, cell in enumerate(row):
            page.text(cell, 40 + 80 * k, 435 + 18 * r, 12 if r == 0 else 10,
                      font=hei if r == 0 else None)
    doc = repair_pdf(write_pdf(tmp_path / "cells.pdf", [page]))
    cells = {c for row in table for c in row}
    typed = [(b.type, b.text) for b in doc.blocks if _squash(b.text) in cells]
    assert typed and all(kind == "other" for kind, _ in typed)


@pytest.mark.parametrize("seed", range(4))
def test_page_head_set_as_a_band_is_furniture(tmp_path, seed):
    """A page head set as a band (福州晚报: the section's name and the page number in display
    type across the rule, the date, weekday, editors, mailbox and hotline in small lines beside
    them, over and under it): every piece is page furniture, none a byline, an `other` block
    or text of the first article, however the band's lines are grouped."""
    gen = random_page(seed, masthead="band")
    doc = repair_pdf(write_pdf(tmp_path / f"band-{seed}.pdf", [gen.page]))
    heads = [_squash(b["text"]) for b in gen.gold["blocks"] if b["type"] == "header"]
    assert len(heads) == 7
    holding = [b for b in doc.blocks if any(h in _squash(b.text) for h in heads)]
    assert all(b.type == "header" and b.article is None for b in holding), \
        [(b.type, b.article, b.text) for b in holding]
    found = "".join(_squash(b.text) for b in holding)
    assert all(h in found for h in heads)


def _advert_text(gen) -> list[str]:
    return [_squash(b["text"]) for b in gen.gold["blocks"] if b["type"] == "other"]


@pytest.mark.parametrize("seed", [0, 6, 8, 32])
def test_advert_in_its_frame_is_other_whole(tmp_path, seed):
    """A framed advertisement (苗七堂: a headline of two lines, a tinted strip of dates under
    them, a product's name in display type under the strip, so that the strip stands between the
    lines of the headline's stack; price tags, a blurb in small type, a row of products, the
    shop's address on a tint): every piece is `other` and of no article — the strip and the
    price tags are not articles of their own typed title and subtitle, a product's name is no
    section label, and a blurb in a small size of its own does not make the advert news."""
    gen = random_page(seed, advert=True)
    ad = _advert_text(gen)
    assert ad
    doc = repair_pdf(write_pdf(tmp_path / f"ad-{seed}.pdf", [gen.page]))
    holding = [b for b in doc.blocks
               if _squash(b.text) in ad or any(len(t) >= 4 and t in _squash(b.text) for t in ad)]
    assert holding
    assert all(b.type == "other" and b.article is None for b in holding), \
        [(b.type, b.article, b.text) for b in holding]
    # and the articles beside it keep their text
    gold = [_squash(b["text"]) for b in gen.gold["blocks"] if b["type"] == "paragraph"]
    found = {_squash(b.text) for b in doc.blocks if b.type == "paragraph"}
    assert sum(t in found for t in gold) >= 0.9 * len(gold)


def test_photo_news_text_under_its_photo_is_all_caption(tmp_path):
    """A photo news item (图片新闻) in a frame: a headline, a photo, and under it text running
    over two columns to the photographer's credit (李天亮/摄), beside two news articles. Its
    text is the photo's caption, every block of it, in the item's article."""
    page = Page(width=700, height=760)
    _news(page, [(40, 200), (215, 375)], 60, 330, "城市更新有了新路径")
    _news(page, [(400, 560), (575, 660)], 60, 330, "乡村振兴见闻", byline="本报记者 张强")
    page.rules.append((40, 345, 660, 345))
    page.frames.append((35, 355, 665, 720))
    page.centred("产区变景区 田园变公园", top=365, size=20, x0=40, x1=660)
    page.photos.append((40, 400, 660, 560))
    hei = FACES.get("kai", FACES.get("hei", "STSong-Light"))
    text = ("近日，在青山县林场的灵芝种植基地，工作人员正在采摘灵芝。今年，由于气候良好，"
            "该基地灵芝迎来丰产。二〇二二年，某某农业发展公司在林场建设该灵芝种植基地，拟将其打造"
            "成为一个集游学、农旅等为一体的基地，实现产区变景区、田园变公园的产业发展格局。")
    Flow([(40, 340), (360, 660)], top=570, bottom=625, size=10, font=hei).set(page, [text])
    page.right("李天亮/摄", 640, 10, x1=660)
    doc = repair_pdf(write_pdf(tmp_path / "photo-news.pdf", [page]))
    title = next(b for b in doc.blocks if _squash(b.text) == "产区变景区田园变公园")
    under = [b for b in doc.blocks if b.article == title.article and b is not title
             and b.type != "byline"]
    assert under and all(b.type == "caption" for b in under), [(b.type, b.text) for b in under]
    assert "".join(_squash(b.text) for b in under) == text


def test_headline_over_an_empty_last_column_keeps_its_first_column(tmp_path):
    """A headline centred over five columns whose text fills four (the fifth left empty): its
    end overhangs the fourth column, which is the article's own, so the first column — the
    byline and the text's opening, left of the headline — mirrors the empty fifth, up to the
    page's text edge (its running head), and is the headline's article, read first
    (random_page seed 56)."""
    page = Page(width=595, height=842)
    page.text("2024年10月3日 星期三", 20, 12, 7)
    page.right("第9版", 12, 7, x1=575)
    page.rules.append((20, 24, 575, 24))
    cols = [(20 + k * 113.0, 20 + k * 113.0 + 103.0) for k in range(5)]
    page.centred("地质灾害有了新变化", top=40, size=17.5, x0=cols[0][0], x1=cols[-1][1])
    page.text("本报记者 陈军平", cols[0][0], 66, 8)
    body = ["山青镇" + SAMPLE * 4, "山青镇" + SAMPLE * 3, "山青镇" + SAMPLE * 2]
    flow = Flow(cols[:4], top=81, bottom=260, size=8)
    assert not flow.set(page, body) and flow.end[0] == 3  # the text ends in the fourth column
    page.rules.append((20, 275, 575, 275))
    _news(page, [cols[0], cols[1], cols[2]], 290, 600, "路网结构有了新变化", size=8,
          byline="本报记者 徐然")
    doc = repair_pdf(write_pdf(tmp_path / "overhang.pdf", [page]))
    arts = {_squash(b.text): b.article for b in doc.blocks}
    head = arts["地质灾害有了新变化"]
    assert arts["本报记者陈军平"] == head
    paras = [b for b in doc.blocks if b.type == "paragraph" and b.article == head]
    assert "".join(_squash(b.text) for b in paras) == "".join(body)
    seq = [_squash(b.text) for b in doc.blocks if b.article == head]
    assert seq[:2] == ["地质灾害有了新变化", "本报记者陈军平"]


def test_brief_beside_a_headline_with_its_own_credit_is_not_its_article(tmp_path):
    """A brief in the first column (its writer's credit, no headline) starting level with a
    headline centred over the other columns, narrower than them, whose own credit heads the
    next column beyond its left end: the headline has its writer, so the brief beside it is an
    article of its own, and the headline's text is read after its headline, not the brief's
    (random_page seed 162)."""
    page = Page(width=595, height=700)
    page.text("2024年1月6日 星期一", 20, 12, 7)
    page.right("第14版", 12, 7, x1=575)
    page.rules.append((20, 24, 575, 24))
    cols = [(20 + k * 112.0, 20 + k * 112.0 + 103.0) for k in range(5)]
    brief = ["云岭县" + SAMPLE * 2, "云岭县" + SAMPLE]
    page.text("本报记者 马宇", cols[0][0], 40, 9)
    Flow(cols[:1], top=56, bottom=600, size=9).set(page, brief)
    page.centred("开展灭火演练见成效", top=36, size=22, x0=cols[1][0], x1=cols[-1][1])
    page.text("本报记者 赵明伟", cols[1][0], 72, 9)
    body = ["北青县" + SAMPLE * 4, "北青县" + SAMPLE * 3, "北青县" + SAMPLE * 2]
    Flow(cols[1:], top=88, bottom=600, size=9).set(page, body)
    doc = repair_pdf(write_pdf(tmp_path / "brief-beside.pdf", [page]))
    arts = {_squash(b.text): b.article for b in doc.blocks}
    head = arts["开展灭火演练见成效"]
    assert arts["本报记者赵明伟"] == head
    assert arts["本报记者马宇"] != head
    paras = [b for b in doc.blocks if b.type == "paragraph"]
    assert "".join(_squash(b.text) for b in paras if b.article == head) == "".join(body)
    assert "".join(_squash(b.text) for b in paras if b.article != head) == "".join(brief)


@pytest.mark.parametrize("seed", [12, 35, 52, 130])
def test_briefs_with_their_own_credit_stay_apart_from_headlines_beside_them(tmp_path, seed):
    """Generated pages whose briefs (a writer's credit at a column's head, no headline) stand
    level with a headline: across another headline (seed 130: 小微企业扩大 | 开发非遗文创 | a
    brief), beside one whose own credit heads a column it is centred over though the band
    above stands over that credit, or beside one whose credit all but fills its narrow column
    (a line of its own all the same). Every gold article's bylines and paragraphs come out in
    one output article, and no output article holds two gold articles' text."""
    _assert_articles_kept(tmp_path, random_page(seed), f"briefs-{seed}")


@pytest.mark.parametrize("seed", [51, 90, 96])
def test_column_beyond_a_headline_level_with_its_columns_under_a_photo_is_its_own(tmp_path, seed):
    """Generated pages where a photo over an article's first columns pushes their text down,
    and a column beyond the headline's end starts level with them, under the photo too, far
    below the headline (held-out page 50005: the end of column 7 under the photo was an
    article of its own, cutting its last paragraph off the rest in column 8)."""
    _assert_articles_kept(tmp_path, random_page(seed), f"pushed-{seed}")


def _assert_articles_kept(tmp_path, gen, name: str) -> None:
    doc = repair_pdf(write_pdf(tmp_path / f"{name}.pdf", [gen.page]))
    out = {_squash(b.text): b.article for b in doc.blocks if b.type in ("byline", "paragraph")}
    owners: dict[int, set] = {}
    for b in gen.gold["blocks"]:
        t = _squash(b["text"])
        if b["type"] in ("byline", "paragraph") and t in out:
            owners.setdefault(b["article"], set()).add(out[t])
    gold = {b["article"] for b in gen.gold["blocks"] if b["type"] in ("byline", "paragraph")}
    assert len(owners) >= 0.9 * len(gold)
    assert all(len(v) == 1 for v in owners.values()), owners
    flat = [a for v in owners.values() for a in v]
    assert len(flat) == len(set(flat)), owners


@pytest.mark.parametrize("seed", [78, 91])
def test_headlines_side_by_side_on_one_baseline_are_two(tmp_path, seed):
    """The articles of a band headed at one height, their headlines alone in a row of display
    type (no river of white runs between one-row headlines, but the white between them is
    several of their word spaces): each headline is its own article's title, whole, and not
    one title run together with the next (seed 91: 开通流动图书车见成效微型消防站这)."""
    gen = random_page(seed, masthead="band")
    doc = repair_pdf(write_pdf(tmp_path / f"side-{seed}.pdf", [gen.page]))
    titles = [_squash(b["text"]) for b in gen.gold["blocks"] if b["type"] == "title"]
    typed = {_squash(b.text) for b in doc.blocks if b.type == "title"}
    assert all(t in typed for t in titles), (titles, typed)
    _assert_articles_kept(tmp_path, gen, f"side-kept-{seed}")


@pytest.mark.parametrize("seed", range(3))
def test_title_centred_over_two_lines_is_one_title(tmp_path, seed):
    """A budget report's title, too long for one line, centred over two (关于…预算执行情况和 /
    2025年预算草案的报告, the real reports of Chongqing and Jiaozuo set so): one title block,
    not two, and the rest of the report as it was."""
    from tests.pagegen import random_report

    gen = random_report(seed, two_line_title=True)
    doc = repair_pdf(write_pdf(tmp_path / f"title-{seed}.pdf", gen.pages))
    title = _squash(gen.gold["blocks"][0]["text"])
    titles = [_squash(b.text) for b in doc.blocks if b.type == "title"]
    assert titles == [title]
    paras = [_squash(b["text"]) for b in gen.gold["blocks"] if b["type"] == "paragraph"]
    found = {_squash(b.text) for b in doc.blocks if b.type == "paragraph"}
    assert all(t in found for t in paras)


@pytest.mark.parametrize("seed", [1, 5, 6, 7, 12, 17, 19])
def test_sub_heading_set_over_two_lines_in_its_column_is_one_heading(tmp_path, seed):
    """A sub-heading set over two lines inside its column (甘肃法治报: 把好“普法关” / 狠抓基层
    源头治理), centred or flush left, the first line shorter or longer than the second, or one
    too long for the column broken where it ran full: one block of the whole heading, not two
    headings (nor a paragraph and a heading). It heads its article where the article has no
    headline (a brief's first heading is its title)."""
    gen = random_page(seed, wrapped_heads=True)
    doc = repair_pdf(write_pdf(tmp_path / f"wrapped-{seed}.pdf", [gen.page]))
    gold = gen.gold["blocks"]
    titled = {b["article"] for b in gold if b["type"] == "title"}
    out = [(b.type, _squash(b.text)) for b in doc.blocks]
    heads = [(b["article"], _squash(b["text"])) for b in gold if b["type"] == "heading"]
    assert any(b.type == "heading" for b in doc.blocks)
    missing = [(art, h) for art, h in heads
               if ("heading", h) not in out and (art in titled or ("title", h) not in out)]
    assert not missing, (missing, out)


@pytest.mark.parametrize("seed", range(10, 20))
def test_sub_heading_beside_the_neighbour_column_keeps_its_lines(tmp_path, seed):
    """A sub-heading set over two lines in its column, level with the neighbour column's body
    lines (a photo and its caption over both columns above close the gutter, so no river parts
    them): the white between the heading's lines, level with a line gap of the column beside,
    is no cut across the region. Cut there, the heading's first line went with the band above
    and read as one line with the body line beside it (random_page(14, wrapped_heads=True):
    平江县记者从有关部门“河湖长制和节”). Every heading comes out whole."""
    gen = random_page(seed, wrapped_heads=True)
    doc = repair_pdf(write_pdf(tmp_path / f"beside-{seed}.pdf", [gen.page]))
    gold = gen.gold["blocks"]
    titled = {b["article"] for b in gold if b["type"] == "title"}
    out = [(b.type, _squash(b.text)) for b in doc.blocks]
    heads = [(b["article"], _squash(b["text"])) for b in gold if b["type"] == "heading"]
    missing = [(art, h) for art, h in heads
               if ("heading", h) not in out and (art in titled or ("title", h) not in out)]
    assert not missing, (missing, out)


@pytest.mark.parametrize("seed", range(6))
def test_page_head_band_deeper_than_the_top_tenth_is_furniture(tmp_path, seed):
    """A section's front-page head (河南商报 C01: editors' line and page code, the section's
    name and its Latin name, the paper's name in large type over its Latin name, the date, the
    lunar date and the weekday beside an edition letter, an index of pages, a wide rule under
    it all) reaching below the page's top tenth: every piece is page furniture, none a title or
    an article's text, and nothing of the articles under the rule is furniture."""
    gen = random_page(seed, masthead="deep")
    page = gen.page
    low = max(r[1] for r in page.rules if r[1] == r[3] and r[1] < 0.3 * page.height
              and r[2] - r[0] > 0.6 * page.width)
    assert low > 0.1 * page.height  # the band is deeper than the top tenth
    doc = repair_pdf(write_pdf(tmp_path / f"deep-{seed}.pdf", [page]))
    heads = [_squash(b["text"]) for b in gen.gold["blocks"] if b["type"] == "header"]
    holding = [b for b in doc.blocks if any(h in _squash(b.text) for h in heads)]
    assert all(b.type == "header" and b.article is None for b in holding), \
        [(b.type, b.article, b.text) for b in holding]
    found = "".join(_squash(b.text) for b in holding)
    assert all(h in found for h in heads)
    body = [_squash(b["text"]) for b in gen.gold["blocks"] if b["type"] != "header"]
    assert not [b.text for b in doc.blocks if b.type == "header"
                and any(_squash(b.text) in t for t in body)]


@pytest.mark.parametrize("size,head,top", [(8.0, 15.0, 12.0), (9.0, 18.0, 20.0), (10.5, 14.0, 30.0)])
def test_page_head_over_the_first_headline_with_no_rule_is_furniture(tmp_path, size, head, top):
    """A page head with no rule under it (辽沈晚报: the page's number, its name and the paper's
    account in display type, the date, weekday and editors small beside them, then the kicker
    and headline across the page): the band ends above the first headline — its items are
    furniture, the kicker and headline the article's."""
    page = Page(width=700, height=1000)
    page.text("05 综合新闻 微信：lswbwx", 60, top, head)
    page.text("2021.3.23 星期二 编辑 白琳 美编 王晨", 340, top + 0.3 * head, 0.85 * size)
    kicker, headline = "沈阳市大力推行节地生态安葬", "海葬有补贴 树葬等减千元购墓费用"
    k_top = top + 2.5 * head
    page.centred(kicker, top=k_top, size=3 * size, x0=40, x1=660)
    page.centred(headline, top=k_top + 4 * size, size=3.6 * size, x0=40, x1=660)
    body_top = k_top + 9.5 * size
    paras = ["沈阳市" + SAMPLE * 3, "沈阳市" + SAMPLE * 2, "沈阳市" + SAMPLE]
    Flow([(40, 340), (360, 660)], top=body_top, bottom=900, size=size).set(page, paras)
    doc = repair_pdf(write_pdf(tmp_path / "ruleless.pdf", [page]))
    heads = [b.text for b in doc.blocks if b.type == "header"]
    assert _squash("".join(heads)) == _squash("05 综合新闻 微信：lswbwx2021.3.23 星期二 编辑 白琳 美编 王晨")
    assert [_squash(b.text) for b in doc.blocks if b.type == "title"] == [_squash(headline)]
    assert [_squash(b.text) for b in doc.blocks if b.type == "subtitle"] == [kicker]


@pytest.mark.parametrize("seed", [0, 7, 10, 13, 17])
def test_numbered_first_cells_of_a_report_table_are_no_headings(tmp_path, seed):
    """A budget report's table in a single flow (江苏 2024, 焦作 统计公报: no rules, the first
    cell of each row numbered 一、税收收入 | 76,420,296, some rows blank, in the body's or the
    heading face): its cells are never headings, and the report's own numbered sections still
    are."""
    from tests.pagegen import random_report

    gen = random_report(seed, table=True)
    doc = repair_pdf(write_pdf(tmp_path / f"table-{seed}.pdf", gen.pages))
    cells = {_squash(t) for t in gen.params["cells"]}
    assert not [b.text for b in doc.blocks if b.type in ("heading", "title")
                and _squash(b.text) in cells]
    sections = [_squash(b["text"]) for b in gen.gold["blocks"] if b["type"] == "heading"]
    heads = [_squash(b.text) for b in doc.blocks if b.type == "heading"]
    assert all(h in heads for h in sections)
