"""OCR engine: pages without a usable text layer, rendered with pypdfium2 and read by RapidOCR.

RapidOCR (rapidocr-onnxruntime, Apache-2.0) carries the PP-OCRv4 Chinese detection and
recognition models inside its wheel, so nothing is fetched at run time. It is an optional extra
(`pip install 'baogao[ocr]'`); without it, pages keep their text status and a note says how to
install it.

The recogniser returns text lines with a quadrilateral each. Every line becomes characters with
boxes split from the line's width in proportion to each glyph's advance (CJK is set on a square
em, Latin letters and digits on about half of one), and a size read from the line's height, so
the layout repair (columns, paragraphs, headings, furniture) runs on them unchanged.
"""

from __future__ import annotations

import importlib.util
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extractors.pdf import Char, PageData

INSTALL_HINT = "install the OCR extra to read them: pip install 'baogao[ocr]' (or `make install`)"
FONT = "ocr"


@dataclass(frozen=True, slots=True)
class OcrLine:
    """One recognised line in page points (top-left origin)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    confidence: float

    @property
    def vertical(self) -> bool:
        return (self.bottom - self.top) > 1.5 * (self.x1 - self.x0) and len(self.text) > 1


@dataclass(frozen=True, slots=True)
class SizeParams:
    # A line box covers the glyphs' ink: CJK ink fills most of the em, Latin and digit ink (no
    # ascenders on digits) less of it. Measured on renders of text-layer pages.
    em_per_cjk_height: float = 1.0
    em_per_latin_height: float = 1.25
    snap_share: float = 0.06  # line sizes this close (relative) are one type size
    min_run: int = 4  # CJK glyphs a line needs for its size to be read from its length


def available() -> bool:
    return importlib.util.find_spec("rapidocr_onnxruntime") is not None


@lru_cache(maxsize=2)
def _engine(threads: int):
    from rapidocr_onnxruntime import RapidOCR

    n = threads or (os.cpu_count() or 1)
    # Pages are large: never shrink them to the library's 2000-pixel default before detection.
    return RapidOCR(intra_op_num_threads=n, inter_op_num_threads=1, max_side_len=20000,
                    print_verbose=False)


def _advance(ch: str) -> float:
    """A glyph's advance in em: full width for CJK and full-width forms, about half for the rest."""
    if ch.isspace():
        return 0.3
    return 1.0 if unicodedata.east_asian_width(ch) in ("W", "F") else 0.55


def _is_cjk_line(text: str) -> bool:
    wide = sum(1 for ch in text if unicodedata.east_asian_width(ch) in ("W", "F"))
    return wide * 2 >= len(text.replace(" ", ""))


def line_size(line: OcrLine, params: SizeParams = SizeParams()) -> float:
    """The line's type size. CJK is set on a square em, so a run of Chinese gives its em by its
    length over its count, steadier than the ink height, which punctuation and digits change;
    short or Latin lines fall back on the height."""
    across = (line.x1 - line.x0) if line.vertical else (line.bottom - line.top)
    along = (line.bottom - line.top) if line.vertical else (line.x1 - line.x0)
    text = line.text.replace(" ", "")
    wide = sum(1 for ch in text if unicodedata.east_asian_width(ch) in ("W", "F"))
    if wide >= params.min_run and wide >= 0.6 * len(text):
        return along / sum(_advance(ch) for ch in text)
    return across * (params.em_per_cjk_height if _is_cjk_line(text) else params.em_per_latin_height)


def snap_sizes(sizes: list[float], share: float) -> list[float]:
    """Recognised line heights scatter by a few percent around the type sizes really used; snap
    each to the median of its cluster so one body size stands out, as in a text layer."""
    order = sorted(range(len(sizes)), key=lambda i: sizes[i])
    out = list(sizes)
    group: list[int] = []
    for i in order + [None]:
        if i is not None and (not group or sizes[i] <= sizes[group[-1]] * (1 + share)):
            group.append(i)
            continue
        if group:
            mid = sorted(sizes[j] for j in group)[len(group) // 2]
            for j in group:
                out[j] = round(mid * 2) / 2  # half points, as type is set
        group = [i] if i is not None else []
    return out


def line_chars(line: OcrLine, size: float) -> list[Char]:
    """A line's characters, its box shared out in proportion to their advances."""
    text = line.text
    weights = [_advance(ch) for ch in text]
    total = sum(weights) or 1.0
    out: list[Char] = []
    if line.vertical:
        y, step = line.top, (line.bottom - line.top) / total
        for ch, w in zip(text, weights, strict=True):
            out.append(Char(ch, line.x0, line.x1, y, y + w * step, size, FONT, True))
            y += w * step
        return out
    x, step = line.x0, (line.x1 - line.x0) / total
    for ch, w in zip(text, weights, strict=True):
        out.append(Char(ch, x, x + w * step, line.top, line.bottom, size, FONT, True))
        x += w * step
    return out


def lines_to_chars(lines: list[OcrLine], params: SizeParams = SizeParams()) -> list[Char]:
    sizes = snap_sizes([line_size(ln, params) for ln in lines], params.snap_share)
    return [c for ln, s in zip(lines, sizes, strict=True) for c in line_chars(ln, s)]


def bands(height: int, width: int, max_pixels: int, overlap: int) -> list[tuple[int, int, int, int]]:
    """Horizontal bands (start, end, own_from, own_to) that cover a picture `height` rows tall
    with at most `max_pixels` each. Neighbours overlap by `overlap` rows and each band owns the
    lines centred in its middle part, so a line cut by one band's edge is read whole in the other.
    """
    rows = max(overlap * 3, max_pixels // max(1, width))
    if height <= rows:
        return [(0, height, 0, height)]
    out: list[tuple[int, int, int, int]] = []
    start = 0
    while True:
        end = min(height, start + rows)
        own_from = 0 if start == 0 else start + overlap // 2
        own_to = height if end == height else end - overlap // 2
        out.append((start, end, own_from, own_to))
        if end == height:
            return out
        start = end - overlap


def _recognise(image, scale: float, options) -> list[OcrLine]:
    """Lines of the page picture. A broadsheet is read in bands: the detector's memory grows with
    the pixels it sees, and a page at 200 dpi can have 15 million."""
    h, w = image.shape[:2]
    overlap = int(options.band_overlap_pt * scale)
    lines: list[OcrLine] = []
    for start, end, own_from, own_to in bands(h, w, options.max_pixels, overlap):
        result, _ = _engine(options.threads)(image[start:end], text_score=options.min_confidence,
                                             return_word_box=True)
        for quad, text, score, *cells in result or []:
            xs, ys = [p[0] for p in quad], [p[1] + start for p in quad]
            if not text.strip() or not own_from <= (min(ys) + max(ys)) / 2 < own_to:
                continue
            line = OcrLine(text.strip(), min(xs) / scale, min(ys) / scale, max(xs) / scale,
                           max(ys) / scale, float(score))
            boxes = cells[0] if cells and len(cells[0]) == len(text) else None
            spans = ([(min(p[0] for p in b) / scale, max(p[0] for p in b) / scale) for b in boxes]
                     if boxes and not line.vertical else None)
            lines += split_at_gaps(line, text, spans, options.split_gap_em)
    return lines


# The recogniser reads the dashes round a folio (— 5 —) as the character 一 (one), which
# looks the same; a line of nothing but a number between such strokes is a folio.
_FOLIO = re.compile(r"^[一—–\-－]\s*([0-9]{1,4})\s*[一—–\-－]$")


def normalise(text: str) -> str:
    m = _FOLIO.match(text)
    return f"—{m.group(1)}—" if m else text


def split_at_gaps(line: OcrLine, text: str, spans: list[tuple[float, float]] | None,
                  gap_em: float) -> list[OcrLine]:
    """The detector joins lines of neighbouring columns that share a baseline across a narrow
    gutter; the recogniser's cell of each glyph (`spans`, x0 and x1 per character of `text`)
    shows the gutter as a gap wider than any space inside a line, and the line is cut there."""
    if not spans or len(spans) != len(text):
        return [OcrLine(normalise(line.text), line.x0, line.top, line.x1, line.bottom,
                        line.confidence)]
    em = line_size(line)
    out: list[OcrLine] = []
    first = 0
    for k in range(1, len(text) + 1):
        if k < len(text) and spans[k][0] - spans[k - 1][1] <= gap_em * em:
            continue
        piece = normalise(text[first:k].strip())
        if piece:
            out.append(OcrLine(piece, spans[first][0], line.top, spans[k - 1][1], line.bottom,
                               line.confidence))
        first = k
    if len(out) == 1:  # no gutter: keep the detector's extent, the steadier one
        return [OcrLine(normalise(line.text), line.x0, line.top, line.x1, line.bottom,
                        line.confidence)]
    return out


def _render(pdf, number: int, dpi: int):
    page = pdf[number - 1]
    try:
        # Grey is all the recogniser needs, at a third of the memory of colour.
        bitmap = page.render(scale=dpi / 72, grayscale=True)
        return bitmap.to_numpy().copy()
    finally:
        page.close()


def to_reference(sizes: list[float], reference: set[float], share: float) -> list[float]:
    """In a mixed document, an OCR'd line as large as type of the text layer within `share`
    is that type: one heading style keeps one size, and one level, on every page."""
    out = []
    for s in sizes:
        near = min(reference, key=lambda r: abs(r - s), default=None)
        out.append(near if near is not None and abs(near - s) <= share * near else s)
    return out


def recognise_pages(path: Path, pages: list[PageData], options,
                    reference_sizes: set[float] | None = None) -> list[str]:
    """Replace the characters of `pages` by what OCR reads on their rendered pictures.

    The pages' rules stay (a garbled font's page still draws its rules); an image under
    recognised text is the picture of that text, not a figure, and is dropped. Returns notes
    about pages that could not be recognised.
    """
    import pypdfium2 as pdfium

    notes: list[str] = []
    scale = options.dpi / 72
    pdf = pdfium.PdfDocument(str(path))
    try:
        per_page: list[tuple[PageData, list[OcrLine]]] = []
        for page in pages:
            try:
                image = _render(pdf, page.number, options.dpi)
                lines = _recognise(image, scale, options)
                del image
            except Exception as exc:  # one page the engine chokes on must not lose the others
                notes.append(f"page {page.number}: OCR failed ({type(exc).__name__}: {exc})")
                continue
            per_page.append((page, lines))
    finally:
        pdf.close()
    # Sizes snap across the whole document, as its body size is one across its pages.
    all_lines = [ln for _, lines in per_page for ln in lines]
    params = SizeParams()
    sizes = snap_sizes([line_size(ln, params) for ln in all_lines], params.snap_share)
    sizes = iter(to_reference(sizes, reference_sizes or set(), params.snap_share))
    for page, lines in per_page:
        chars = [c for ln in lines for c in line_chars(ln, next(sizes))]
        page.chars = chars
        page.text_source = "ocr"
        n = sum(len(ln.text) for ln in lines)
        page.ocr_confidence = (round(sum(ln.confidence * len(ln.text) for ln in lines) / n, 4)
                               if n else 0.0)
        page.image_boxes = [b for b in page.image_boxes if not any(
            b.x0 <= c.xc <= b.x1 and b.top <= c.yc <= b.bottom for c in chars)]
    return notes
