"""Layout repair: pdfplumber characters and graphics → blocks in reading order.

characters and rules (extractors.pdf) → regions by XY-cut (regions) → lines (lines) →
page furniture and paragraphs across breaks (classify, paragraphs) → typed blocks (classify).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from extractors.engines import DEFAULT_OCR_OPTIONS, OcrOptions, read_document
from extractors.layout.articles import ArticleParams, segment_page
from extractors.layout.classify import ClassifyParams, classify, find_furniture
from extractors.layout.lines import Line, build_lines
from extractors.layout.paragraphs import ParaParams, build_paragraphs
from extractors.layout.regions import CutParams, photo_boxes, xy_cut
from extractors.layout.vertical import VerticalBlock, VerticalParams, split_vertical
from extractors.model import Document
from extractors.pdf import PageData, text_status


@dataclass(frozen=True, slots=True)
class LayoutParams:
    cut: CutParams = field(default_factory=CutParams)
    para: ParaParams = field(default_factory=ParaParams)
    classify: ClassifyParams = field(default_factory=ClassifyParams)
    vertical: VerticalParams = field(default_factory=VerticalParams)
    articles: ArticleParams = field(default_factory=ArticleParams)
    beside_em: float = 3.0  # a vertical headline this close to a line's start or end stands beside it


def body_size(pages: list[PageData]) -> float:
    """The em every tolerance is measured in: the size most characters are set in."""
    raw = Counter(c.size for p in pages for c in p.chars if not c.text.isspace())
    sizes: Counter[float] = Counter()
    for size, n in raw.items():  # first seen first, as counting the rounded sizes would go
        sizes[round(size, 1)] += n
    return sizes.most_common(1)[0][0] if sizes else 10.0


def page_regions(page: PageData, em: float, params: LayoutParams) -> list[list[Line]]:
    heads, chars = split_vertical(page.chars, params.vertical)
    out = []
    photos = photo_boxes(chars, page.image_boxes)
    for i, leaf in enumerate(xy_cut(chars, page.rules, em, params.cut, photos=photos)):
        lines = build_lines(leaf.chars, leaf.col_x0, leaf.col_x1, page.number, i)
        if lines:
            out.append(lines)
    _column_edges(out, em)
    reach = params.beside_em * em
    for k, group in enumerate(_side_by_side(heads, reach)):
        _place_vertical(out, group, page.number, -1 - k, reach)
    return out


def _side_by_side(heads: list[VerticalBlock], reach: float) -> list[list[VerticalBlock]]:
    """Vertical headlines standing together (a title and its deck): one obstacle, read larger
    type first, then right to left as vertical lines are."""
    groups: list[list[VerticalBlock]] = []
    for h in sorted(heads, key=lambda h: -h.x1):
        for g in groups:
            if any(h.top < o.bottom and h.bottom > o.top and o.x0 - h.x1 <= reach for o in g):
                g.append(h)
                break
        else:
            groups.append([h])
    return [sorted(g, key=lambda h: (-round(h.size), -h.x1)) for g in groups]


def _place_vertical(regions: list[list[Line]], group: list[VerticalBlock], page: int, leaf: int,
                    reach: float) -> None:
    """Read vertical headlines just before the region they stand beside, and let the lines beside
    them start (or end) where they do: their column edge is the headline, not the page."""
    x0, x1 = min(h.x0 for h in group), max(h.x1 for h in group)
    top, bottom = min(h.top for h in group), max(h.bottom for h in group)
    at = len(regions)
    for i, lines in enumerate(regions):
        level = [ln for ln in lines if ln.top < bottom and ln.bottom > top and not ln.vertical]
        right = [ln for ln in level if ln.x0 >= x1]
        left = [ln for ln in level if ln.x1 <= x0]
        near = (any(ln.x0 - x1 <= reach for ln in right) or any(x0 - ln.x1 <= reach for ln in left))
        if not near:
            continue
        at = min(at, i)
        # The narrow measure runs on under the headline's last glyph until a line reaches back
        # across to the column's edge.
        tol = reach / 6
        if right:
            edge = min(ln.x0 for ln in right)
            for ln in lines[lines.index(right[0]):]:
                if ln.x0 < edge - tol:
                    break
                ln.col_x0 = edge
        if left:
            edge = max(ln.x1 for ln in left)
            for ln in lines[lines.index(left[0]):]:
                if ln.x1 > edge + tol:
                    break
                ln.col_x1 = edge
    if at == len(regions):
        # Beside nothing: read it where its top falls among the regions.
        at = next((i for i, lines in enumerate(regions) if lines[0].top > top), len(regions))
    for k, h in enumerate(group):
        regions.insert(at + k, [Line(h.chars, h.x0, h.x1, page, vertical=True, leaf=leaf - 1000 * k)])


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
    # A region's left edge is where its lines start, when it reaches further left than any run
    # of them (a region cut wide, beside a photo or a rotated caption).
    for lines in regions:
        starts = Counter(round(ln.x0 / (0.25 * em)) for ln in lines if not ln.vertical)
        edges = [k for k, n in starts.items() if n >= min_lines]
        if edges:
            left = min(ln.x0 for ln in lines if round(ln.x0 / (0.25 * em)) == min(edges))
            if left > lines[0].col_x0 + em:
                for ln in lines:
                    ln.col_x0 = left


def picture_text(pages: list[PageData], regions: list[list[list[Line]]], share: float = 0.8
                 ) -> dict[int, str]:
    """id(line) → "other" for the lines of a page read by OCR that stand inside one of its
    photos: words that are part of a picture (a poster's slogan, an advert's price tags), which
    a text layer would not have as text. A text layer's own words over an image stay the
    page's."""
    out: dict[int, str] = {}
    for page, regs in zip(pages, regions, strict=True):
        if page.text_source != "ocr" or not page.image_boxes:
            continue
        for ln in (ln for lines in regs for ln in lines):
            area = max((ln.x1 - ln.x0) * (ln.bottom - ln.top), 1e-6)
            if any(max(0.0, min(ln.x1, b.x1) - max(ln.x0, b.x0))
                   * max(0.0, min(ln.bottom, b.bottom) - max(ln.top, b.top)) >= share * area
                   for b in page.image_boxes):
                out[id(ln)] = "other"
    return out


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
    furniture.update(picture_text(pages, regions))
    regions = [segment_page(regs, furniture, p, em, params.articles)
               for regs, p in zip(regions, pages, strict=True)]
    lines = [ln for regs in regions for lines in regs for ln in lines]
    raw = build_paragraphs(lines, furniture, params.para)
    doc.blocks = classify(raw, params.classify)
    return doc


def repair_pdf(path: Path, engine: str = "pdfplumber", ocr: str = "never",
               ocr_options: OcrOptions = DEFAULT_OCR_OPTIONS) -> Document:
    read = read_document(Path(path), engine=engine, ocr=ocr, ocr_options=ocr_options)
    return read.annotate(repair_pages(read.pages, Path(path).name))
