"""Layout repair: pdfplumber characters and graphics → blocks in reading order.

characters and rules (extractors.pdf) → regions by XY-cut (regions) → lines (lines) →
page furniture and paragraphs across breaks (classify, paragraphs) → typed blocks (classify).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from extractors.layout.classify import ClassifyParams, classify, find_furniture
from extractors.layout.lines import Line, build_lines
from extractors.layout.paragraphs import ParaParams, build_paragraphs
from extractors.layout.regions import CutParams, xy_cut
from extractors.model import Document
from extractors.pdf import PageData, read_pages, text_status


@dataclass(frozen=True, slots=True)
class LayoutParams:
    cut: CutParams = field(default_factory=CutParams)
    para: ParaParams = field(default_factory=ParaParams)
    classify: ClassifyParams = field(default_factory=ClassifyParams)


def body_size(pages: list[PageData]) -> float:
    """The em every tolerance is measured in: the size most characters are set in."""
    sizes = Counter(round(c.size, 1) for p in pages for c in p.chars if not c.text.isspace())
    return sizes.most_common(1)[0][0] if sizes else 10.0


def page_regions(page: PageData, em: float, params: LayoutParams) -> list[list[Line]]:
    out = []
    for i, leaf in enumerate(xy_cut(page.chars, page.rules, em, params.cut)):
        lines = build_lines(leaf.chars, leaf.col_x0, leaf.col_x1, page.number, i)
        if lines:
            out.append(lines)
    _column_edges(out, em)
    return out


def _column_edges(regions: list[list[Line]], em: float, min_lines: int = 3) -> None:
    """A column's right edge is where its justified lines end, not its farthest glyph.

    One overhanging mark would otherwise make every full line look short.
    """
    by_col: dict[tuple[float, float], list[Line]] = {}
    for lines in regions:
        for ln in lines:
            by_col.setdefault((ln.col_x0, ln.col_x1), []).append(ln)
    for lines in by_col.values():
        ends = Counter(round(ln.x1 / (0.25 * em)) for ln in lines if not ln.vertical)
        if not ends:
            continue
        end, n = ends.most_common(1)[0]
        if n >= min_lines:
            right = max(ln.x1 for ln in lines if round(ln.x1 / (0.25 * em)) == end)
            for ln in lines:
                ln.col_x1 = right


def repair_pages(pages: list[PageData], source: str, params: LayoutParams = LayoutParams()
                 ) -> Document:
    doc = Document(source=source, pages=len(pages))
    status, note = text_status(pages)
    if status != "ok":
        doc.text_status = status
        doc.notes.append(note or status)
        return doc
    em = body_size(pages)
    regions = [page_regions(p, em, params) for p in pages]
    furniture = find_furniture(pages, regions, params.classify)
    lines = [ln for regs in regions for lines in regs for ln in lines]
    raw = build_paragraphs(lines, furniture, params.para)
    doc.blocks = classify(raw, params.classify)
    return doc


def repair_pdf(path: Path) -> Document:
    return repair_pages(read_pages(Path(path)), Path(path).name)
