"""Held-out styles: the layout rules must hold for type sizes, column counts, gutters, separators,
paragraph styles, folio styles and a typeface the corpus never uses.

Every page is generated from a `Style`; each test asserts a rule of reading (paragraphs whole and
in order across columns and pages, furniture gone, headings typed), never a tuned number.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from extractors.layout import repair_pdf
from tests.pagegen import CJK_FONT, HEI_FONT, SAMPLE, Flow, Heading, Page, write_pdf

FOLIOS = {
    "dash": lambda n: f"- {n} -",
    "page": lambda n: f"第 {n} 页",
    "bare": lambda n: f"{n}",
    "of": lambda n: f"{n} / 3",
    "emdash": lambda n: f"— {n} —",
}


@dataclass(frozen=True)
class Style:
    size: float = 10.5
    columns: int = 1
    gutter_em: float = 2.0  # white between columns, in em of the body size
    rules: bool = False  # a rule down the middle of each gutter
    indent: int = 2  # first-line indent in characters; 0: paragraphs set apart by space instead
    heading_ratio: float = 1.4
    heading_font: str | None = None
    folio: str = "dash"
    folio_top: bool = False  # the folio in the running head instead of the foot
    font: str = CJK_FONT
    width: float = 595.0
    height: float = 842.0
    margin: float = 56.0

    def id(self) -> str:
        return (f"{self.size}pt-{self.columns}col-g{self.gutter_em}{'-rules' if self.rules else ''}"
                f"-ind{self.indent}-{self.folio}{'-top' if self.folio_top else ''}"
                f"-{'hei' if self.font != CJK_FONT else 'song'}")


def _paragraphs(n: int) -> list[str]:
    # Lengths vary so that breaks fall mid-paragraph in every column width. Sentences inside end
    # in a comma: where paragraphs carry no indent, a full line ending in 。 at a column break is
    # ambiguous to any reader, so the page must not pose that question.
    clause = SAMPLE.replace("。", "，")
    return [f"第{i}项，" + clause * (1 + i % 3) + clause[: 7 * i % len(clause)] + "。"
            for i in range(n)]


def _columns(style: Style) -> list[tuple[float, float]]:
    gutter = style.gutter_em * style.size
    usable = style.width - 2 * style.margin
    w = (usable - (style.columns - 1) * gutter) / style.columns
    return [(style.margin + i * (w + gutter), style.margin + i * (w + gutter) + w)
            for i in range(style.columns)]


def _document(tmp_path, style: Style, n_pages: int = 2, headings: bool = True):
    """Pages of flowing text with headings, running heads and folios; returns what was set."""
    items: list[str | Heading] = []
    for k, para in enumerate(_paragraphs(6 * style.columns * n_pages)):
        if headings and k % 5 == 3:
            items.append(Heading(f"{'一二三四五六七八九十'[k // 5 % 10]}、推进重点工作", style.heading_ratio * style.size,
                                 style.heading_font))
        items.append(para)
    pages, todo, continued, set_items = [], items, False, []
    cols = _columns(style)
    for n in range(1, n_pages + 1):
        page = Page(width=style.width, height=style.height)
        head_size = 0.85 * style.size
        page.text("某市人民政府工作报告", style.margin, 0.5 * style.margin, head_size)
        folio = FOLIOS[style.folio](n)
        if style.folio_top:
            page.text(folio, style.width - style.margin - 3 * head_size, 0.5 * style.margin, head_size)
        else:
            page.centred(folio, top=style.height - 0.6 * style.margin, size=head_size)
        if style.rules:
            for (_, a), (b, _) in zip(cols, cols[1:], strict=False):
                page.rules.append(((a + b) / 2, style.margin + 30, (a + b) / 2, style.height - style.margin))
        flow = Flow(cols, top=style.margin + 30, bottom=style.height - style.margin, size=style.size,
                    indent=style.indent, para_gap=0.0 if style.indent else 0.8, font=style.font)
        before = len(todo)
        todo = flow.set(page, todo, continued)
        set_items += items[len(items) - before: len(items) - len(todo)]
        continued = flow.cut
        pages.append(page)
    if todo and continued:
        # the last paragraph was cut by the end of the document: only its set part is known
        set_items.append(todo[0])
    pdf = write_pdf(tmp_path / f"{style.id()}.pdf", pages)
    return [i for i in set_items if not (todo and continued and i is todo[0])], pdf


STYLES = [
    Style(),
    Style(size=8, columns=4, gutter_em=1.0),
    Style(size=9, columns=3, gutter_em=1.0, rules=True, folio="page"),
    Style(size=12, columns=2, gutter_em=3.0, indent=0, folio="bare"),
    Style(size=14, columns=1, folio="of", folio_top=True),
    Style(size=8, columns=6, gutter_em=1.2, width=1100, height=1500, folio="emdash"),
    Style(size=10, columns=5, gutter_em=1.0, rules=True, indent=0, width=1000, height=1400),
    Style(size=11, columns=2, gutter_em=1.5, heading_ratio=1.2, folio="page", folio_top=True),
]
if HEI_FONT:
    STYLES += [Style(font=HEI_FONT, columns=2, gutter_em=1.5),
               Style(font=HEI_FONT, size=9, columns=4, gutter_em=1.0, indent=0, folio="page")]


@cache
def _repaired(style: Style):
    """Each style is set and repaired once for all the rules checked on it."""
    with tempfile.TemporaryDirectory(prefix="baogao-stress-") as folder:
        set_items, pdf = _document(Path(folder), style)
        return set_items, repair_pdf(pdf)


@pytest.mark.parametrize("style", STYLES, ids=Style.id)
def test_paragraphs_whole_and_in_order(style):
    set_items, doc = _repaired(style)
    want = [i for i in set_items if isinstance(i, str)]
    got = [b.text for b in doc.blocks if b.type == "paragraph"]
    assert got[: len(want)] == want


@pytest.mark.parametrize("style", STYLES, ids=Style.id)
def test_headings_are_headings(style):
    set_items, doc = _repaired(style)
    want = [i.text for i in set_items if isinstance(i, Heading)]
    assert [b.text for b in doc.blocks if b.type == "heading"] == want


@pytest.mark.parametrize("style", STYLES, ids=Style.id)
def test_running_heads_and_folios_removed(style):
    _, doc = _repaired(style)
    body = [b.text for b in doc.body()]
    assert not any("人民政府工作报告" in t for t in body)
    assert not any(t.strip("-—第页/ 0123456789") == "" for t in body)
    assert {b.page for b in doc.blocks if b.type in ("header", "footer")} == {1, 2}


def test_numbered_headings_in_the_body_face_are_headings_by_depth(tmp_path):
    """A report typed in one face and size (a word processor's export) marks sections by
    numbering alone: 一、 outside （一）."""
    page = Page()
    items = ["一、过去一年工作回顾", _paragraphs(1)[0], "（一）持续提升首都功能", _paragraphs(2)[1],
             "二、今年重点任务", _paragraphs(3)[2]]
    Flow([(80, 515)], top=80, bottom=780).set(page, [Heading(t, 10.5) if len(t) < 20 else t
                                                    for t in items])
    doc = repair_pdf(write_pdf(tmp_path / "plain.pdf", [page]))
    heads = [(b.text, b.level) for b in doc.blocks if b.type == "heading"]
    assert heads == [("一、过去一年工作回顾", 1), ("（一）持续提升首都功能", 2), ("二、今年重点任务", 1)]
    assert [b.text for b in doc.blocks if b.type == "paragraph"] == [t for t in items if len(t) >= 20]
