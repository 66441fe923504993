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
from extractors.layout.text import ends_sentence
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
    display_ratio: float = 1.12  # type this much larger than the body is a heading's
    fill_em: float = 1.5  # a line ending this close to its column's edge fills it
    band_reach_em: float = 5.0  # a column white over a sub-heading's band resumes this close under it


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
    _sections_across(out, em, params, photos, page.rules)
    reach = params.beside_em * em
    for k, group in enumerate(_side_by_side(heads, reach)):
        _place_vertical(out, group, page.number, -1 - k, reach)
    return out


def _sections_across(regions: list[list[Line]], em: float, params: LayoutParams,
                     photos: list, rules: list) -> None:
    """A section whose sub-heading stands over its first column only, the section above it
    running on from that column into the next (河南商报: 推动… over columns 2–3, then 致力于…
    under column 2's half, its text going on in column 3's lower half): the XY-cut reads column
    by column, so the piece above the sub-heading, left mid-sentence, is followed by the
    sub-heading. A paragraph cannot run on into a heading (sub-heading type: a headline heads
    an article of its own, ordered by `articles`); it goes on where the piece beside
    it, in the next column and above the sub-heading, opens on a line that continues a
    paragraph (no indent) in its type: that piece, and the pieces further right level with
    it and ending by the sub-heading, are read next, and the sub-heading's section after them.
    So too when the paragraph ended with the column but every column beside ends above the
    sub-heading, leaving white across the section at its height. Nothing moves when a column
    beside runs on past the sub-heading's top and the paragraph above it is finished."""
    k = 0
    while k + 2 < len(regions):
        piece, head = regions[k], regions[k + 1]
        last = piece[-1]
        # the sub-heading's lines open the next piece (its text may be cut with it)
        head = [ln for ln in head[:3] if ln.size >= params.display_ratio * last.size] or head
        ok = (not last.vertical and not head[0].vertical
              and params.display_ratio * last.size <= head[0].size
              < params.classify.title_ratio * last.size
              and head[0].top >= last.bottom and head[0].x0 < last.x1 and head[0].x1 > piece[0].x0)
        if not ok:
            k += 1
            continue
        x1 = max(ln.x1 for ln in piece)
        top = next(ln.top for ln in piece if abs(ln.size - last.size) <= 0.06 * last.size)
        beside = sorted((j for j in range(k + 2, len(regions))
                         if regions[j][0].x0 >= x1 and not regions[j][0].vertical
                         and regions[j][0].top < head[0].top
                         and abs(regions[j][0].top - top) <= 2 * regions[j][0].size
                         and regions[j][-1].bottom <= head[-1].bottom + em),
                        key=lambda j: regions[j][0].x0)
        if beside:
            ln = regions[beside[0]][0]
            # the paragraph left unfinished above the sub-heading goes on beside ...
            runs_on = (last.x1 >= last.col_x1 - params.fill_em * last.size
                       and not ends_sentence(last.text)
                       and abs(ln.size - last.size) <= 0.06 * last.size
                       and ln.x0 - ln.col_x0 < params.para.indent_em * ln.size)
            # ... or every column beside is white over the sub-heading's height: a band across
            across = all(_white_beside(regions, j, regions[k + 1], head, 0.25 * last.size,
                                       params.band_reach_em * em, photos, rules)
                         for j in beside)
            if runs_on or across:
                moved = [regions[j] for j in beside]
                for j in sorted(beside, reverse=True):
                    regions.pop(j)
                regions[k + 1:k + 1] = moved
                k += len(moved)
        k += 1


def _white_beside(regions: list[list[Line]], j: int, heading: list[Line], head: list[Line],
                  tol: float, reach: float, photos: list, rules: list) -> bool:
    """Piece `j` ends above the sub-heading `head` (the lines opening region `heading`),
    nothing else in its column stands at the sub-heading's height, and its column goes on
    below it in its own type (a column that merely ends short, its story told, leaves no band;
    a rule or a photo in the white, or the next band's headline under it, is no band either)."""
    h0, h1 = head[0].top, head[-1].bottom
    x0, x1 = min(ln.x0 for ln in regions[j]), max(ln.x1 for ln in regions[j])

    def in_column(r: list[Line]) -> bool:
        return min(ln.x0 for ln in r) < x1 and max(ln.x1 for ln in r) > x0

    end = regions[j][-1].bottom
    size = regions[j][-1].size
    below = [r[0].top for r in regions[j + 1:] if r[0].top >= h1 and in_column(r)
             and abs(r[0].size - size) <= 0.06 * size]
    # the white is the sub-heading's band: the column stops above it (where its section's
    # text ran out) and goes on just under it, and no photo fills the hole
    return (end <= h0 + tol and bool(below) and min(below) <= h1 + reach
            and not any(r is not heading and r[0].top < h1 and r[-1].bottom > h0 and in_column(r)
                        for r in regions)
            and not any(b.x0 < x1 and b.x1 > x0 and b.top < min(below) and b.bottom > end
                        for b in photos)
            and not any(r.horizontal and r.x0 < x1 and r.x1 > x0 and end < r.top < min(below)
                        for r in rules))


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
