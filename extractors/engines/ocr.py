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

import numpy as np

from extractors.engines.ocr_face import FaceLine, Stroke, glyph_strokes, heavy_flags
from extractors.pdf import Box, Char, PageData, Rule

INSTALL_HINT = "install the OCR extra to read them: pip install 'baogao[ocr]' (or `make install`)"
FONT = "ocr"
FONT_HEAVY = "ocr-heavy"  # a face heavier than the body's (ocr_face): headings, leads, captions


@dataclass(frozen=True, slots=True)
class OcrLine:
    """One recognised line in page points (top-left origin)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    confidence: float
    # each glyph's (x0, x1) as the recogniser placed it, when it says (horizontal lines)
    spans: tuple[tuple[float, float], ...] | None = None

    def _replace_spans(self, spans: list[tuple[float, float]]) -> OcrLine:
        return OcrLine(self.text, self.x0, self.top, self.x1, self.bottom, self.confidence,
                       tuple(spans))

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
    min_run: int = 4  # CJK glyphs (or digits) a line needs for its size to be read from its length
    digit_em: float = 0.5  # a digit's advance: tabular figures
    mark_em: float = 0.3  # a separator's in a run of figures (, . %: 0.25-0.5)


def available() -> bool:
    return importlib.util.find_spec("rapidocr_onnxruntime") is not None


@lru_cache(maxsize=2)
def _engine(threads: int):
    from rapidocr_onnxruntime import RapidOCR

    n = threads or (os.cpu_count() or 1)
    # Pages are large: never shrink them to the library's 2000-pixel default before detection.
    engine = RapidOCR(intra_op_num_threads=n, inter_op_num_threads=1, max_side_len=20000,
                      print_verbose=False)
    engine.text_det = _Releasing(engine.text_det)
    return engine


class _Releasing:
    """The detector, handing back the memory of its feature maps before the recogniser
    allocates its own (the detector's peak is most of a page's)."""

    def __init__(self, inner) -> None:
        self._inner = inner

    def __getattr__(self, name: str):
        return getattr(self._inner, name)  # RapidOCR sets its thresholds on the detector's parts

    def __call__(self, img):
        try:
            return self._inner(img)
        finally:
            _release()


@lru_cache(maxsize=1)
def _libc():
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name) if name else None
    except OSError:
        return None


def _release() -> None:
    """Hand the memory the detector freed back to the system. onnxruntime (its arena off, as
    RapidOCR sets it) allocates a band's feature maps with malloc and frees them after it, but
    glibc keeps the freed pages in its per-thread arenas, so the next band's peak stood on the
    last one's leftovers (≈ 150 MiB on a broadsheet)."""
    libc = _libc()
    trim = getattr(libc, "malloc_trim", None) if libc is not None else None
    if trim is not None:
        trim(0)


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
    if _figures(text, params):
        return along / sum(params.digit_em if ch.isdigit() else params.mark_em for ch in text)
    return across * (params.em_per_cjk_height if _is_cjk_line(text) else params.em_per_latin_height)


def _figures(text: str, params: SizeParams) -> bool:
    """A run of figures (a table's 100,381,618): digits are set on half an em in every face
    (tabular figures), a steadier measure of the type than the ink height of digits, which
    the detector's padding makes read 1.4 times the type."""
    digits = sum(ch.isdigit() for ch in text)
    return digits >= params.min_run and digits >= 0.7 * len(text) and all(
        ch.isdigit() or ch in ",.%-~，．" for ch in text)


def _measured(line: OcrLine, params: SizeParams) -> bool:
    """Whether the line's size is read from a run of CJK (steady), not from its ink height."""
    text = line.text.replace(" ", "")
    wide = sum(1 for ch in text if unicodedata.east_asian_width(ch) in ("W", "F"))
    return wide >= params.min_run and wide >= 0.6 * len(text)


def neighbour_sizes(lines: list[OcrLine], params: SizeParams = SizeParams(),
                    height_share: float = 0.2, reach: float = 1.5, passes: int = 8) -> list[float]:
    """Sizes of one page's lines. A short line (the end of a paragraph: 增长4.6%。) has too few
    CJK glyphs for its length to give its size, and its ink height, which digits change, reads
    large; set just under or over a line of the same height whose size is steadier (a CJK run,
    or twice its length), it is that line's type. A line that took its size so lends it on in
    the next pass, so a run of such lines (a list of licence plates, A706YM、闽ADN1797) takes
    the size of the paragraph it stands in."""
    sizes = [line_size(ln, params) for ln in lines]
    steady = [_measured(ln, params) and not ln.vertical for ln in lines]
    for _ in range(passes):
        took: list[int] = []
        for i, ln in enumerate(lines):
            if steady[i] or ln.vertical:
                continue
            h = ln.bottom - ln.top
            best = None
            for j, o in enumerate(lines):
                longer = len(o.text) >= 2 * len(ln.text) and not o.vertical
                if not (steady[j] or longer) or j == i or min(ln.x1, o.x1) - max(ln.x0, o.x0) <= 0:
                    continue
                oh = o.bottom - o.top
                gap = max(o.top - ln.bottom, ln.top - o.bottom)
                if 0 <= gap <= reach * oh and abs(h - oh) <= height_share * oh \
                        and (best is None or gap < best[0]):
                    best = (gap, sizes[j])
            if best is not None:
                sizes[i] = best[1]
                took.append(i)
        if not took:
            break
        for i in took:
            steady[i] = True
    return sizes


@dataclass(frozen=True, slots=True)
class CellParams:
    reach: float = 1.5  # a cell's rules stand this close (its heights) over and under its line
    edge_pt: float = 2.0  # rules ending this close together are one table's


def _row_rules(ln: OcrLine, rules: list[Rule], reach: float) -> tuple[Rule, Rule] | None:
    """The horizontal rules right over and under a line, each across it: its row of a table."""
    h = ln.bottom - ln.top
    across = [r for r in rules if r.horizontal and r.x0 <= ln.x0 + 1 and r.x1 >= ln.x1 - 1]
    over = [r for r in across if ln.top - reach * h <= r.bottom <= ln.top + 0.25 * h]
    under = [r for r in across if ln.bottom - 0.25 * h <= r.top <= ln.bottom + reach * h]
    if not over or not under:
        return None
    return max(over, key=lambda r: r.bottom), min(under, key=lambda r: r.top)


def cell_sizes(lines: list[OcrLine], sizes: list[float], rules: list[Rule],
               params: SizeParams = SizeParams(), p: CellParams = CellParams()) -> list[float]:
    """A ruled table's cells set in one size, as a text layer's are. A cell of a glyph or two
    or of figures (乡村, 98.1, 346.7) has no run of CJK for its length to give its size, and its
    box, padded over short ink, reads it large (18-21 pt over 14 pt type), so the cells of one
    table scattered over three sizes and some read as headings. A line standing in a table's
    row (rules right over and under it, across it) takes the size of the table's cells that
    have a CJK run to measure (rules of the same extent), when there are any."""
    rows = [None if ln.vertical else _row_rules(ln, rules, p.reach) for ln in lines]
    steady: dict[tuple[float, float], list[float]] = {}
    for ln, s, row in zip(lines, sizes, rows, strict=True):
        if row is not None and _measured(ln, params):
            steady.setdefault((row[0].x0, row[0].x1), []).append(s)
    out = list(sizes)
    for i, (ln, row) in enumerate(zip(lines, rows, strict=True)):
        if row is None or _measured(ln, params):
            continue
        same = [v for (x0, x1), vs in steady.items()
                if abs(x0 - row[0].x0) <= p.edge_pt and abs(x1 - row[0].x1) <= p.edge_pt for v in vs]
        if same:
            out[i] = float(np.median(same))
    return out


def cell_rows(lines: list[OcrLine], rules: list[Rule], p: CellParams = CellParams()
              ) -> list[tuple[float, float] | None]:
    """(top, bottom) for the lines of one row of a ruled table: the cells of a row stand on one
    baseline, as a text layer's do, where the detector's boxes, padded over each cell's own
    ink, start a point or two apart (97.4 boxed over 五、交通和通信 beside it, which the layout
    then read as a column broken to the next: one paragraph of the two cells)."""
    keys = [None if ln.vertical else _row_rules(ln, rules, p.reach) for ln in lines]
    rows: dict[tuple, list[int]] = {}
    for i, k in enumerate(keys):
        if k is not None:
            rows.setdefault((k[0].x0, k[0].top, k[1].x0, k[1].top), []).append(i)
    out: list[tuple[float, float] | None] = [None] * len(lines)
    for idx in rows.values():
        if len(idx) < 2:
            continue
        top = float(np.median([lines[i].top for i in idx]))
        bottom = float(np.median([lines[i].bottom for i in idx]))
        for i in idx:
            out[i] = (top, bottom)
    return out


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


@dataclass(frozen=True, slots=True)
class TallerParams:
    height_share: float = 0.12  # a line of the body's cluster whose letters stand this much taller
    length_share: float = 0.06  # ... and which reads this much longer for its glyphs is set in
    #                             type of its own
    min_body: int = 10  # body lines the page needs to measure its letters' height
    letter_quantile: float = 0.75  # a line's letter height: most letters reach it (一 is flat)
    reach: float = 1.5  # a short line this close (heights) under a taller line is of its type
    max_share: float = 0.25  # taller lines are heads: at most this share of the body's lines


def letter_height(ink, line: OcrLine, scale: float, p: TallerParams = TallerParams()
                  ) -> float | None:
    """The height of the ink of a horizontal line's CJK letters, in points: a mark standing
    high (“) or low (，) and a digit are left out, as the padding of the detector's box is."""
    if line.vertical:
        return None
    h_img, w_img = ink.shape
    y0, y1 = max(0, int(line.top * scale)), min(h_img, int(line.bottom * scale) + 1)
    heights = []
    for ch, (a, b) in zip(line.text, _glyph_spans(line), strict=True):
        x0, x1 = max(0, int(a * scale)), min(w_img, int(b * scale) + 1)
        if unicodedata.east_asian_width(ch) not in ("W", "F") \
                or not unicodedata.category(ch).startswith("L") or x1 <= x0 or y1 <= y0:
            continue
        rows = np.flatnonzero(ink[y0:y1, x0:x1].any(axis=1))
        if rows.size:
            heights.append((rows[-1] - rows[0] + 1) / scale)
    return float(np.quantile(heights, p.letter_quantile)) if heights else None


def body_letters(lines: list[OcrLine], raw: list[float], sizes: list[float],
                 letters: list[float | None], p: TallerParams = TallerParams()
                 ) -> tuple[float, float, float] | None:
    """(body size, its lines' length-read size, their letters' height): medians over the body's
    lines of a whole document, as its body size is one across its pages (on one page of a
    统计公报 its tables' cells, read into the body's cluster, outnumber its body lines, whose
    letters then read taller than "the body's")."""
    count: dict[float, int] = {}
    for ln, s in zip(lines, sizes, strict=True):
        count[s] = count.get(s, 0) + len(ln.text)
    if not count:
        return None
    body = max(count, key=lambda s: count[s])
    members = [i for i, ln in enumerate(lines) if sizes[i] == body and letters[i]
               and _measured(ln, SizeParams())]
    if len(members) < p.min_body:
        return None
    return (body, float(np.median([raw[i] for i in members])),
            float(np.median([letters[i] for i in members])))  # type: ignore[arg-type]


def taller_lines(lines: list[OcrLine], raw: list[float], sizes: list[float],
                 letters: list[float | None], p: TallerParams = TallerParams(),
                 reference: tuple[float, float, float] | None = None) -> list[float]:
    """Sizes of a page's lines, a sub-head set a little larger than the body (12 pt over
    10.5) taken out of the body's size. Read from their length, the body's justified lines
    scatter up to 1.13 times the body (tracking), so `snap_sizes` chains such a sub-head into
    the body's cluster and it reads as body type. The height of its letters' ink tells it
    apart (the body's letters stand in one height, a larger type's taller by the ratio of the
    sizes), where a body line's is never taller and its length longer at once. A line of the
    body's cluster whose letters stand taller than the body's and whose length reads it larger
    is set in a size of its own: the body's times the ratio of the heights. `reference` is
    `body_letters` of the document (of these lines when not given)."""
    ref = reference or body_letters(lines, raw, sizes, letters, p)
    if ref is None:
        return sizes
    body, length, height = ref
    members = [i for i, ln in enumerate(lines) if sizes[i] == body and letters[i]
               and _measured(ln, SizeParams())]
    taller = {i: body * letters[i] / height for i in members  # type: ignore[operator]
              if letters[i] >= (1 + p.height_share) * height  # type: ignore[operator]
              and raw[i] >= (1 + p.length_share) * length}
    if len(taller) > p.max_share * len(members):
        # not a few heads over the body but two sizes the page sets as much of (a 统计公报's
        # body beside its tables' cells, both read into one cluster): the median is no body's
        return sizes
    out = list(sizes)
    for i, s in zip(taller, snap_sizes(list(taller.values()), SizeParams().snap_share),
                    strict=True):
        out[i] = s
    # a paragraph's short last line (逸。), too short to read by its length, is of the type of
    # the taller line over it when its letters stand as tall
    for i, ln in enumerate(lines):
        if i in taller or sizes[i] != body or not letters[i] or ln.vertical \
                or letters[i] < (1 + p.height_share) * height:  # type: ignore[operator]
            continue
        near = [j for j in taller if min(ln.x1, lines[j].x1) > max(ln.x0, lines[j].x0)
                and 0 <= max(ln.top - lines[j].bottom, lines[j].top - ln.bottom)
                <= p.reach * (lines[j].bottom - lines[j].top)]
        if near:
            out[i] = out[min(near, key=lambda j: abs(lines[j].top - ln.top))]
    return out


def line_chars(line: OcrLine, size: float, heavy: list[bool] | None = None,
               rows: tuple[float, float] | None = None) -> list[Char]:
    """A line's characters, its box shared out in proportion to their advances; `heavy` says
    which of them are set in a heavier face than the body's; `rows` (top, bottom), when
    given, is the height they stand in instead of the box's (`ink_rows`)."""
    text = line.text
    weights = [_advance(ch) for ch in text]
    total = sum(weights) or 1.0
    fonts = [FONT_HEAVY if heavy and heavy[k] else FONT for k in range(len(text))]
    out: list[Char] = []
    if line.vertical:
        y, step = line.top, (line.bottom - line.top) / total
        for ch, w, f in zip(text, weights, fonts, strict=True):
            out.append(Char(ch, line.x0, line.x1, y, y + w * step, size, f, True))
            y += w * step
        return out
    x, step = line.x0, (line.x1 - line.x0) / total
    top, bottom = rows or (line.top, line.bottom)
    for ch, w, f in zip(text, weights, fonts, strict=True):
        out.append(Char(ch, x, x + w * step, top, bottom, size, f, True))
        x += w * step
    return out


def lines_to_chars(lines: list[OcrLine], params: SizeParams = SizeParams()) -> list[Char]:
    sizes = snap_sizes([line_size(ln, params) for ln in lines], params.snap_share)
    return [c for ln, s in zip(lines, sizes, strict=True) for c in line_chars(ln, s)]


def bands(height: int, width: int, max_pixels: int, overlap: int,
          row_ink=None) -> list[tuple[int, int, int, int]]:
    """Horizontal bands (start, end, own_from, own_to) that cover a picture `height` rows tall
    with at most `max_pixels` each. Neighbours overlap by `overlap` rows and each band owns the
    lines centred in its middle part, so a line cut by one band's edge is read whole in the other.
    With `row_ink` (ink per row), a band ends at the emptiest row of its last `overlap` rows,
    between articles rather than through a headline set taller than the overlap.
    """
    rows = max(overlap * 3, max_pixels // max(1, width))
    if height <= rows:
        return [(0, height, 0, height)]
    out: list[tuple[int, int, int, int]] = []
    start = 0
    while True:
        end = min(height, start + rows)
        if end < height and row_ink is not None:
            tail = row_ink[end - overlap:end][::-1]  # the latest of the emptiest rows
            end -= 1 + int(np.argmin(tail))
        own_from = 0 if start == 0 else start + overlap // 2
        own_to = height if end == height else end - overlap // 2
        out.append((start, end, own_from, own_to))
        if end == height:
            return out
        start = end - overlap


def _recognise(image, scale: float, options) -> list[OcrLine]:
    """Lines of the page picture. A broadsheet is read in bands: the detector's memory grows with
    the pixels it sees, and a page at 200 dpi can have 15 million."""
    from extractors.engines.picture import blank, paper_tone

    if blank(image):
        # Nothing to read: the detector would still cost seconds a page and, with its model
        # loaded, most of the process's memory.
        return []
    h, w = image.shape[:2]
    overlap = int(options.band_overlap_pt * scale)

    # anything clearly darker than the paper: small type's strokes render in light grey
    ink = image < paper_tone(image) - GutterParams().ink_margin
    found: list[Found] = []
    edge = 2
    row_ink = ink.sum(axis=1)
    for k, (start, end, own_from, own_to) in enumerate(bands(h, w, options.max_pixels, overlap,
                                                             row_ink)):
        # every box the detector found, whatever its reading's score: a line the direction
        # classifier turned over reads as nothing, and is read again as it stands
        result, _ = _engine(options.threads)(image[start:end], text_score=0.0,
                                             return_word_box=True)
        _release()
        for quad, text, score, *cells in result or []:
            xs, ys = [p[0] for p in quad], [p[1] + start for p in quad]
            if score < options.min_confidence or not text.strip():
                got = _upright(image, xs, ys, options)
                if got is None:
                    continue
                text, score, cells = got[0], got[1], []
            cut = (bool(start > 0 and min(ys) <= start + edge), bool(end < h and max(ys) >= end - edge))
            owned = own_from <= (min(ys) + max(ys)) / 2 < own_to
            text = text.strip()
            line = OcrLine(text, min(xs) / scale, min(ys) / scale, max(xs) / scale,
                           max(ys) / scale, float(score))
            boxes = cells[0] if cells and len(cells[0]) == len(text) else None
            spans = ([(min(p[0] for p in b) / scale, max(p[0] for p in b) / scale) for b in boxes]
                     if boxes and not line.vertical else None)
            found.append((line._replace_spans(spans) if spans else line, k, cut, owned))
    read = join_columns(one_reading(_join_cut(found, image, scale, options)), image, scale, options)
    pieces = [piece for line in read
              for piece in split_at_gaps(line, line.text,
                                         list(line.spans) if line.spans else None,
                                         options.split_gap_em)]
    pieces = [fit_to_ink(ink, piece, scale) for piece in pieces]
    lines: list[OcrLine] = []
    for piece in pieces:
        cuts = gutters(ink, piece, scale, GutterParams(), pieces)
        lines += split_at(piece, cuts) if cuts else [piece]
    return folio_pieces([mark_widths(ink, ln, scale) for ln in lines])


# a line as one band read it: the line, the band's index, (cut by the band's top edge, by its
# bottom edge), centred in the part of the band that owns it
Found = tuple[OcrLine, int, tuple[bool, bool], bool]


def _join_cut(found: list[Found], image, scale: float, options) -> list[Found]:
    """A line taller than the bands' overlap (a vertical headline) is cut by both bands; the
    two pieces' boxes together hold it whole, and that crop is recognised again as one line."""
    out = list(found)
    for i, (a, band, (_, a_bottom), _) in enumerate(found):
        if not a_bottom or out[i] is None:
            continue
        for j, (b, b_band, (b_top, _), _) in enumerate(found):
            if out[j] is None or b_band != band + 1 or not b_top or b.vertical != a.vertical:
                continue
            if min(a.x1, b.x1) - max(a.x0, b.x0) < 0.5 * min(a.x1 - a.x0, b.x1 - b.x0):
                continue
            x0, x1 = min(a.x0, b.x0), max(a.x1, b.x1)
            top, bottom = min(a.top, b.top), max(a.bottom, b.bottom)
            crop = image[int(top * scale):int(bottom * scale) + 1, int(x0 * scale):int(x1 * scale) + 1]
            if (bottom - top) >= 1.5 * (x1 - x0):
                crop = np.rot90(crop)  # read top to bottom, as the recogniser reads a column
            res, _ = _engine(options.threads)(np.ascontiguousarray(crop), use_det=False,
                                             use_cls=False, text_score=options.min_confidence)
            if not res or not str(res[0][0]).strip():
                continue
            text, score = str(res[0][0]).strip(), float(res[0][1])
            whole = OcrLine(text, x0, top, x1, bottom, score)
            out[i] = (whole, band, (False, False), True)
            out[j] = None  # type: ignore[call-overload]
            break
    return [f for f in out if f is not None]


def _upright(image, xs: list[float], ys: list[float], options) -> tuple[str, float] | None:
    """(text, confidence) of a horizontal line's crop read as it stands, or None. RapidOCR's
    direction classifier turns a line it takes for upside down before reading it, and takes
    some upright lines so (面落实经济向上向好“30条”、稳住经济增长“20条”等惠, its quotes at
    both ends): turned over, the line reads as nothing. A page is printed one way up, so a
    line that read as nothing or below the confidence kept is read once more unturned."""
    x0, x1, y0, y1 = int(min(xs)), int(max(xs)) + 1, int(min(ys)), int(max(ys)) + 1
    if y1 - y0 >= 1.5 * (x1 - x0) or x1 - x0 < 2 or y1 - y0 < 2:
        return None  # a vertical line is turned by the reader itself: left as read
    res, _ = _engine(options.threads)(np.ascontiguousarray(image[max(0, y0):y1, max(0, x0):x1]),
                                     use_det=False, use_cls=False,
                                     text_score=options.min_confidence)
    if not res or not str(res[0][0]).strip() or float(res[0][1]) < options.min_confidence:
        return None
    return str(res[0][0]).strip(), float(res[0][1])


def _reread(image, scale: float, options, x0: float, top: float, x1: float, bottom: float):
    """(text, confidence) of one vertical line's crop, read top to bottom, or None."""
    crop = image[int(top * scale):int(bottom * scale) + 1, int(x0 * scale):int(x1 * scale) + 1]
    res, _ = _engine(options.threads)(np.ascontiguousarray(np.rot90(crop)), use_det=False,
                                     use_cls=False, text_score=options.min_confidence)
    if not res or not str(res[0][0]).strip():
        return None
    return str(res[0][0]).strip(), float(res[0][1])


def join_columns(lines: list[OcrLine], image, scale: float, options,
                 width_share: float = 0.6, gap_em: float = 0.5) -> list[OcrLine]:
    """The detector may break a long vertical headline into pieces, end to end or overlapping
    by a glyph (金川警方破获一起 / 起特大传销案), or box a glyph of it apart: pieces in one
    column, as wide as one another and no more than half an em apart, are one line, read
    again whole from the crop of their union."""
    out = list(lines)
    changed = True
    while changed:
        changed = False
        for i, a in enumerate(out):
            if a is None or not a.vertical:
                continue
            w = a.x1 - a.x0
            for j, b in enumerate(out):
                if j == i or b is None or (not b.vertical and len(b.text) > 3):
                    continue
                bw = b.x1 - b.x0
                if not width_share * w <= bw <= w / width_share \
                        or min(a.x1, b.x1) - max(a.x0, b.x0) < width_share * min(w, bw):
                    continue
                gap = max(b.top - a.bottom, a.top - b.bottom)
                if gap > gap_em * w:
                    continue
                box = (min(a.x0, b.x0), min(a.top, b.top), max(a.x1, b.x1), max(a.bottom, b.bottom))
                got = _reread(image, scale, options, *box)
                if got is None:
                    continue
                out[i] = OcrLine(got[0], *box, got[1])
                out[j] = None  # type: ignore[call-overload]
                changed = True
                break
            if changed:
                break
    return [ln for ln in out if ln is not None]


def _overlap(a: OcrLine, b: OcrLine) -> float:
    """The share of the smaller box that the two boxes have in common."""
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.bottom, b.bottom) - max(a.top, b.top)
    if w <= 0 or h <= 0:
        return 0.0
    small = min((a.x1 - a.x0) * (a.bottom - a.top), (b.x1 - b.x0) * (b.bottom - b.top))
    return w * h / max(small, 1e-6)


def one_reading(found: list[Found], share: float = 0.5) -> list[OcrLine]:
    """One reading of each line where bands overlap: a line whole in its band is preferred to one
    cut by a band's edge (a vertical headline can be taller than the overlap), a line in the
    part of the band that owns it to its copy in the neighbour, a longer cut piece to a shorter."""
    order = sorted(found, key=lambda f: (any(f[2]), not f[3], -len(f[0].text)))
    kept: list[tuple[OcrLine, int]] = []
    for line, band, _, _ in order:
        if any(b != band and _overlap(line, o) >= share for o, b in kept):
            continue
        kept.append((line, band))
    # back in the detector's order: band by band, as read
    pos = {id(f[0]): i for i, f in enumerate(found)}
    return [ln for ln, _ in sorted(kept, key=lambda t: pos[id(t[0])])]


@dataclass(frozen=True, slots=True)
class GutterParams:
    ink_margin: int = 45  # this much darker than the paper is ink
    min_gap: float = 0.8  # a gutter is at least this wide, in heights of the glyphs beside it
    reach: float = 2.0  # it stays open this many glyph heights above and below the line
    open_share: float = 0.03  # share of the rows a gutter's pixel column may have ink in
    closing_height: float = 1.25  # a line this much taller than the one it closes is not its type


def _runs(flags) -> list[tuple[int, int]]:
    """(start, end) of the runs of True in a 1-d array."""
    padded = np.concatenate(([False], flags, [False]))
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    return list(zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True))


def _height(block) -> int:
    rows = block.any(axis=1).nonzero()[0]
    return int(rows[-1] - rows[0] + 1) if rows.size else 0


def gutters(ink, line: OcrLine, scale: float, p: GutterParams,
            others: list[OcrLine] | None = None) -> list[float]:
    """Where a detected line crosses a column gutter (x in points): a gap in its ink, wider than
    a fraction of the glyphs beside it, that stays open above and below the line while text
    stands above or below on both sides of it. The space after a comma is closed by the lines
    over and under it, and a headline's word space has no columns beside it."""
    if line.vertical:
        return []
    others = others or []
    h_img, w_img = ink.shape
    x0, x1 = max(0, int(line.x0 * scale)), min(w_img, int(line.x1 * scale) + 1)
    y0, y1 = max(0, int(line.top * scale)), min(h_img, int(line.bottom * scale) + 1)
    if x1 - x0 < 4 or y1 - y0 < 2:
        return []
    own = ink[y0:y1, x0:x1]
    glyphs = _runs(own.any(axis=0))
    out: list[float] = []
    for (_, a1), (b0, _) in zip(glyphs, glyphs[1:], strict=False):
        span = y1 - y0
        h = max(_height(own[:, max(0, a1 - span):a1]), _height(own[:, b0:b0 + span]))
        if h < 3 or b0 - a1 < p.min_gap * h:
            continue
        wy0, wy1 = max(0, y0 - int(p.reach * h)), min(h_img, y1 + int(p.reach * h))
        width = max(2, p.min_gap * h)
        sides = (ink[wy0:y0], ink[y1:wy1])
        column = ink[wy0:wy1, x0 + a1:x0 + b0].sum(axis=0)
        around = np.concatenate(sides)
        if (column <= p.open_share * (wy1 - wy0)).sum() >= width \
                and around[:, max(0, x0 + a1 - span):x0 + a1].any() \
                and around[:, x0 + b0:x0 + b0 + span].any():
            out.append((x0 + (a1 + b0) / 2) / scale)
            continue
        # The last lines of two columns have the foot of the columns under them (a photo,
        # another article's rule, a banner heading across them), the first ones their head over
        # them: their gutter is open on one side only, and the other is closed by no line of
        # text of their type (a space in a sentence is; a heading's taller line is no such line).
        gx0, gx1 = (x0 + a1) / scale, (x0 + b0) / scale
        tallest = p.closing_height * (line.bottom - line.top)
        for k, side in enumerate(sides):
            other_top, other_bottom = ((line.bottom, wy1 / scale) if k == 0
                                       else (wy0 / scale, line.top))
            if not side.shape[0] or any(
                    o is not line and o.x0 < gx1 and o.x1 > gx0
                    and o.bottom > other_top and o.top < other_bottom
                    and o.bottom - o.top <= tallest for o in others):
                continue
            col = side[:, x0 + a1:x0 + b0].sum(axis=0)
            if (col <= p.open_share * side.shape[0]).sum() >= width \
                    and side[:, max(0, x0 + a1 - span):x0 + a1].any() \
                    and side[:, x0 + b0:x0 + b0 + span].any():
                out.append((x0 + (a1 + b0) / 2) / scale)
                break
    return out


def fit_to_ink(ink, line: OcrLine, scale: float, lead: float = 0.5, tail: float = 1.0,
               sliver: float = 0.25) -> OcrLine:
    """The line with an end of its box that stands in the white moved to its ink. The detector
    may run a box into the gutter or the margin beside it (纳出资… boxed from 2 em left of its
    column), which widens the column the layout sees and makes every line of it look indented.
    Measured on the renders, a box's left edge lies within 0.31 of the line's height of its
    first ink, its right edge within 0.45 (0.83 at 150 dpi) of its last, a mark's white
    included (，ends its em with white): more than `lead` (left) or `tail` (right) is no glyph's."""
    if line.vertical:
        return line
    h_img, w_img = ink.shape
    x0, x1 = max(0, int(line.x0 * scale)), min(w_img, int(line.x1 * scale) + 1)
    y0, y1 = max(0, int(line.top * scale)), min(h_img, int(line.bottom * scale) + 1)
    runs = _runs(ink[y0:y1, x0:x1].any(axis=0)) if x1 > x0 and y1 > y0 else []
    height = line.bottom - line.top
    if not runs or height <= 0:
        return line
    # ink cut off at the box's very edge and parted from the rest by white is a neighbour's
    # (a box begun over the last stroke of the glyph beside it), not the line's; `sliver`
    # and `lead` are shares of the line's height
    sliver_px, gap = sliver * height * scale, lead * height * scale
    if len(runs) > 1 and runs[0][0] == 0 and runs[0][1] - runs[0][0] < sliver_px \
            and runs[1][0] - runs[0][1] > gap:
        runs = runs[1:]
    if len(runs) > 1 and runs[-1][1] == x1 - x0 and runs[-1][1] - runs[-1][0] < sliver_px \
            and runs[-1][0] - runs[-2][1] > gap:
        runs = runs[:-1]
    first, last = (x0 + runs[0][0]) / scale, (x0 + runs[-1][1]) / scale
    nx0 = first if first - line.x0 > lead * height else line.x0
    nx1 = last if line.x1 - last > tail * height else line.x1
    if (nx0, nx1) == (line.x0, line.x1):
        return line
    spans = (tuple((max(a, nx0), max(max(a, nx0), min(b, nx1))) for a, b in line.spans)
             if line.spans else None)
    return OcrLine(line.text, nx0, line.top, nx1, line.bottom, line.confidence, spans)


# Marks set either on a full em (Chinese text's convention) or on about a third of one (the
# half-width forms some notices and tables are typed in); the recogniser reads the shape, not
# the width, and mostly says full-width.
_WIDTH_PAIRS = {"（": "(", "）": ")", "：": ":", "；": ";", "，": ",", "！": "!", "？": "?"}
_HALF_TO_FULL = {v: k for k, v in _WIDTH_PAIRS.items()}


@dataclass(frozen=True, slots=True)
class WidthParams:
    # White between a mark's ink and its neighbours' ink, in heights of the line's box, as
    # measured on renders at 150-200 dpi: a full-width mark leaves 0.29-0.5 of it, a half-width
    # one 0.15-0.25; between the two the recogniser's reading stands.
    half_below: float = 0.24
    full_from: float = 0.29
    # A mark ending its line has the margin's white after it: the white before it alone tells,
    # 0.05-0.11 for a half-width one (钱昌锴: in a notice typed so), 0.12-0.42 for a full-width
    # one (whose ink stands off its neighbour's in the em); under this it is half-width.
    end_half_below: float = 0.11


def mark_widths(ink, line: OcrLine, scale: float, p: WidthParams = WidthParams()) -> OcrLine:
    """The line with each mark in the width it is set in, told by the white around its ink."""
    if line.vertical or not line.spans or len(line.spans) != len(line.text) \
            or not any(ch in _WIDTH_PAIRS or ch in _HALF_TO_FULL for ch in line.text):
        return line
    y0, y1 = max(0, int(line.top * scale)), int(line.bottom * scale) + 1
    x0, x1 = max(0, int(line.x0 * scale)), int(line.x1 * scale) + 1
    runs = _runs(ink[y0:y1, x0:x1].any(axis=0))
    height = (line.bottom - line.top) * scale
    if len(runs) < 3 or height <= 0:
        return line
    mids = [(a + b) / 2 for a, b in runs]
    text = list(line.text)
    for i, ch in enumerate(text):
        if ch not in _WIDTH_PAIRS and ch not in _HALF_TO_FULL:
            continue
        c = (line.spans[i][0] + line.spans[i][1]) / 2 * scale - x0
        j = min(range(len(runs)), key=lambda k: abs(mids[k] - c))
        if j == len(runs) - 1 and ch in _WIDTH_PAIRS:
            if (runs[j][0] - runs[j - 1][1]) / height < p.end_half_below:
                text[i] = _WIDTH_PAIRS[ch]
            continue
        if j == 0 or j == len(runs) - 1:
            continue  # at a line's start the white before it is the margin's
        white = (runs[j][0] - runs[j - 1][1] + runs[j + 1][0] - runs[j][1]) / height
        if white < p.half_below:
            text[i] = _WIDTH_PAIRS.get(ch, ch)
        elif white >= p.full_from:
            text[i] = _HALF_TO_FULL.get(ch, ch)
    fixed = "".join(text)
    return line if fixed == line.text else OcrLine(fixed, line.x0, line.top, line.x1,
                                                   line.bottom, line.confidence, line.spans)


def split_at(line: OcrLine, cuts: list[float]) -> list[OcrLine]:
    """The line cut at the given x positions, each glyph going with its cell's middle."""
    spans = _glyph_spans(line)
    out: list[OcrLine] = []
    bounds = [-float("inf"), *sorted(cuts), float("inf")]
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        idx = [i for i, (a, b) in enumerate(spans) if lo <= (a + b) / 2 < hi]
        text = "".join(line.text[i] for i in idx)
        if not text.strip():
            continue
        keep = [i for i in idx if not line.text[i].isspace()]
        first, last = keep[0], keep[-1]
        text = line.text[first:last + 1]
        own = tuple(spans[first:last + 1])
        out.append(OcrLine(normalise(text), own[0][0], line.top, own[-1][1], line.bottom,
                           line.confidence, own))
    return out or [line]


# The recogniser reads the dashes round a folio (— 5 —) as the character 一 (one), which
# looks the same; a line of nothing but a number between such strokes is a folio.
_FOLIO = re.compile(r"^[一—–\-－]\s*([0-9]{1,4})\s*[一—–\-－]$")
# ... and loses one of them (一20, 5一: the stroke beside the numeral read, the other not), or
# boxes a stroke apart (一 | 12—); a line of a numeral and one such stroke is a folio too (a
# negative figure is read with a hyphen, which this does not take).
_FOLIO_HALF = re.compile(r"^(?:[一—]\s*([0-9]{1,4})|([0-9]{1,4})\s*[一—])$")


def folio_pieces(lines: list[OcrLine], gap_em: float = 1.0, row_share: float = 0.5) -> list[OcrLine]:
    """A folio the detector read in pieces on one row (一 | 12—) or with a stroke lost (一20):
    one line —12—, which the layout knows for a folio when it stands alone at the page's edge."""
    out = list(lines)
    for i, a in enumerate(out):
        if a is None or a.vertical or len(a.text) > 6:
            continue
        for j, b in enumerate(out):
            if j == i or b is None or b.vertical or len(b.text) > 6 or not a.x1 <= b.x0:
                continue
            h = min(a.bottom - a.top, b.bottom - b.top)
            if b.x0 - a.x1 > gap_em * h or \
                    min(a.bottom, b.bottom) - max(a.top, b.top) < row_share * h:
                continue
            m = _FOLIO.match(a.text + b.text) or _FOLIO_HALF.match(a.text + b.text)
            if m:
                out[i] = OcrLine(a.text + b.text, a.x0, min(a.top, b.top), b.x1,
                                 max(a.bottom, b.bottom), min(a.confidence, b.confidence))
                out[j] = None  # type: ignore[call-overload]
                a = out[i]
    return [_whole_folio(ln) for ln in out if ln is not None]


def _whole_folio(line: OcrLine) -> OcrLine:
    m = _FOLIO_HALF.match(line.text) or _FOLIO.match(line.text)
    if not m:
        return line
    number = next(g for g in m.groups() if g)
    return OcrLine(f"—{number}—", line.x0, line.top, line.x1, line.bottom, line.confidence)


# The recogniser has no ‰ and reads it as % and a small o or zero (出生率4.5%o): after a numeral
# that pair is never anything else.
_PER_MILLE = re.compile(r"(?<=[0-9])%[oO0](?![0-9.．])")


def normalise(text: str) -> str:
    m = _FOLIO.match(text)
    return f"—{m.group(1)}—" if m else fix_look_alikes(_PER_MILLE.sub("‰", text))


@lru_cache(maxsize=1)
def _look_alikes() -> tuple[re.Pattern[str] | None, dict[str, str], frozenset[str]]:
    """(pattern of the misread forms, misread → right word, words a look-alike glyph begins)."""
    right: dict[str, str] = {}
    keep: set[str] = set()
    for raw in (Path(__file__).with_name("ocr_words.txt")).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("keep:"):
            keep.update(line[5:].split())
            continue
        for glyph, alike in _LOOK_ALIKE.items():
            if glyph in line:
                right[line.replace(glyph, alike)] = line
    if not right:
        return None, right, frozenset(keep)
    pattern = re.compile("|".join(sorted(map(re.escape, right), key=len, reverse=True)))
    return pattern, right, frozenset(keep)


_LOOK_ALIKE = {"入": "人"}


def fix_look_alikes(text: str) -> str:
    """收人 → 收入: a word read with a look-alike glyph that makes no word (ocr_words.txt)."""
    pattern, right, keep = _look_alikes()
    if pattern is None:
        return text

    def put(m: re.Match[str]) -> str:
        word = right[m.group(0)]
        for k, ch in enumerate(m.group(0)):
            # the look-alike may begin a word with what follows: 吸收人才
            if ch != word[k] and text[m.start() + k:m.start() + k + 2] in keep:
                return m.group(0)
        return word

    return pattern.sub(put, text)


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
        lead = len(text[first:k]) - len(text[first:k].lstrip())
        trail = len(text[first:k].rstrip())
        piece = normalise(text[first:k].strip())
        if piece:
            own = tuple(spans[first + lead:first + trail])
            out.append(OcrLine(piece, own[0][0], line.top, own[-1][1], line.bottom,
                               line.confidence, own if len(own) == len(piece) else None))
        first = k
    if len(out) == 1:  # no gutter: keep the detector's extent, the steadier one
        keep = tuple(spans) if len(normalise(line.text)) == len(line.text) else None
        return [OcrLine(normalise(line.text), line.x0, line.top, line.x1, line.bottom,
                        line.confidence, keep)]
    return out


def _glyph_spans(line: OcrLine) -> list[tuple[float, float]]:
    if line.spans and len(line.spans) == len(line.text):
        return list(line.spans)
    weights = [_advance(ch) for ch in line.text]
    step = (line.x1 - line.x0) / (sum(weights) or 1.0)
    out, x = [], line.x0
    for w in weights:
        out.append((x, x + w * step))
        x += w * step
    return out


def trim_overlaps(lines: list[OcrLine], row_share: float = 0.6) -> list[OcrLine]:
    """The detector may give a glyph at a wide gap to the boxes on both sides of it (a headline
    set in two halves); the left line's glyphs that stand inside the right line's box are the
    right line's, and are dropped from the left one."""
    out = list(lines)
    for i, a in enumerate(out):
        if a is None or a.vertical:
            continue
        for b in out:
            if b is None or b is a or b.vertical or not a.x0 < b.x0 < a.x1 < b.x1:
                continue
            if min(a.bottom, b.bottom) - max(a.top, b.top) < row_share * min(
                    a.bottom - a.top, b.bottom - b.top):
                continue
            spans = _glyph_spans(a)
            keep = sum(1 for x0, x1 in spans if (x0 + x1) / 2 < b.x0)
            text = a.text[:keep].rstrip()
            if not text:
                out[i] = None
                break
            own = tuple(spans[:len(text)])
            a = out[i] = OcrLine(text, a.x0, a.top, own[-1][1], a.bottom, a.confidence, own)
    return [ln for ln in out if ln is not None]


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


def is_picture(page: PageData, share: float = 0.5) -> bool:
    """A page that draws no rules or tints of its own and is mostly one picture (a scan), whose
    rules, tints and photos are only to be found in its pixels."""
    area = page.width * page.height
    big = any((b.x1 - b.x0) * (b.bottom - b.top) >= share * area for b in page.image_boxes)
    return big or not (page.rules or page.fills or page.image_boxes)


@dataclass(frozen=True, slots=True)
class ArtParams:
    max_chars: int = 2  # the recogniser reads a drawing as a glyph or two ...
    min_stretch: float = 4.0  # ... in a box this many times as long as they would fill
    label_gap: float = 0.5  # a display line this close (its heights) over or under a drawing ...
    label_overlap: float = 0.8  # ... across this share of the narrower of the two ...
    label_max_chars: int = 12
    label_height: float = 1.4  # ... and this many times as tall as the page's median line
    #                            is the drawing's label: a column logo (主动创稳进行时 over a skyline)


def line_art(lines: list[OcrLine], p: ArtParams = ArtParams()) -> tuple[list[OcrLine], list[Box]]:
    """(the lines of text, the boxes of line art). The detector boxes the ink of a drawing (an
    ornament, a skyline under a column logo) as a line and the recogniser reads a letter or two
    from it (h in a box as wide as eight glyphs): such a line is a drawing, not text."""
    text: list[OcrLine] = []
    art: list[Box] = []
    for ln in lines:
        along = (ln.bottom - ln.top) if ln.vertical else (ln.x1 - ln.x0)
        across = (ln.x1 - ln.x0) if ln.vertical else (ln.bottom - ln.top)
        chars = ln.text.replace(" ", "")
        if len(chars) <= p.max_chars and along > p.min_stretch * across * sum(map(_advance, chars)):
            art.append(Box(ln.x0, ln.top, ln.x1, ln.bottom))
        else:
            text.append(ln)
    return text, art


def logo_boxes(lines: list[OcrLine], art: list[Box], p: ArtParams = ArtParams()) -> list[Box]:
    """Each drawing with the display line set on it or under it, one picture: a column logo,
    which a text layer has as an image, not as a headline of the page."""
    heights = sorted(ln.bottom - ln.top for ln in lines if not ln.vertical)
    median = heights[len(heights) // 2] if heights else 0.0
    out = []
    for b in art:
        box = b
        for ln in lines:
            h = ln.bottom - ln.top
            if ln.vertical or len(ln.text) > p.label_max_chars or h < p.label_height * median:
                continue
            gap = max(b.top - ln.bottom, ln.top - b.bottom)
            across = min(b.x1, ln.x1) - max(b.x0, ln.x0)
            if gap <= p.label_gap * h and across >= p.label_overlap * min(b.x1 - b.x0, ln.x1 - ln.x0):
                box = Box(min(box.x0, ln.x0), min(box.top, ln.top), max(box.x1, ln.x1),
                          max(box.bottom, ln.bottom))
        out.append(box)
    return out


@dataclass(frozen=True, slots=True)
class WordArtParams:
    display_height: float = 1.4  # pieces at least this many times the page's median line height ...
    max_chars: int = 4  # ... of a few glyphs each ...
    touch: float = 0.25  # ... whose boxes touch (this share of the smaller height) ...
    size_ratio: float = 1.5  # ... in sizes this far apart, one piece beside another ...
    max_total: int = 12  # ... and this few glyphs in all are one piece of word art


def word_art(lines: list[OcrLine], p: WordArtParams = WordArtParams()) -> list[Box]:
    """Boxes of word art: a series logo (郑州建设 / “项”前 / 冲, 20-50 pt pieces set into one
    another on a drawing), which a text layer has as an image. A headline's lines are set in
    one size, or stacked in two (a kicker over a title), each line many glyphs long; word art
    is a few glyphs a piece, pieces of several sizes fitted beside and under one another."""
    heights = sorted(ln.bottom - ln.top for ln in lines if not ln.vertical)
    if not heights:
        return []
    median = heights[len(heights) // 2]
    pieces = [ln for ln in lines if not ln.vertical and ln.bottom - ln.top >= p.display_height * median
              and 0 < len(ln.text.replace(" ", "")) <= p.max_chars]

    def touch(a: OcrLine, b: OcrLine) -> bool:
        g = p.touch * min(a.bottom - a.top, b.bottom - b.top)
        return max(a.x0, b.x0) - min(a.x1, b.x1) <= g and max(a.top, b.top) - min(a.bottom, b.bottom) <= g

    def beside(a: OcrLine, b: OcrLine) -> bool:
        return min(a.bottom, b.bottom) - max(a.top, b.top) >= 0.5 * min(a.bottom - a.top, b.bottom - b.top) \
            and (a.x1 <= b.x0 + 0.25 * (b.x1 - b.x0) or b.x1 <= a.x0 + 0.25 * (a.x1 - a.x0))

    seen: set[int] = set()
    out = []
    for i in range(len(pieces)):
        if i in seen:
            continue
        group, todo = {i}, [i]
        while todo:
            k = todo.pop()
            for j in range(len(pieces)):
                if j not in group and touch(pieces[k], pieces[j]):
                    group.add(j)
                    todo.append(j)
        seen |= group
        g = [pieces[k] for k in group]
        hs = [ln.bottom - ln.top for ln in g]
        if len(g) >= 2 and max(hs) >= p.size_ratio * min(hs) \
                and sum(len(ln.text.replace(" ", "")) for ln in g) <= p.max_total \
                and any(beside(a, b) for a in g for b in g if a is not b):
            out.append(Box(min(ln.x0 for ln in g), min(ln.top for ln in g),
                           max(ln.x1 for ln in g), max(ln.bottom for ln in g)))
    return out


def _near_inside(r: Rule, b: Box, share: float = 0.25) -> bool:
    m = max(1.0, share * (b.bottom - b.top))
    return b.x0 - m <= r.x0 and r.x1 <= b.x1 + m and b.top - m <= r.top and r.bottom <= b.bottom + m


def _graphics_from(page: PageData, image, scale: float, lines: list[OcrLine],
                   art: list[Box] | None = None) -> None:
    from extractors.engines import picture

    if picture.blank(image):
        # what find_panels and find_rules would find in one tone, without loading OpenCV
        page.rules, page.fills, page.image_boxes = [], [], []
        return
    boxes = [(ln.x0, ln.top, ln.x1, ln.bottom) for ln in lines]
    fills, photos = picture.find_panels(image, scale, boxes)
    art = (art or []) + picture.find_drawings(image, scale, boxes, fills + photos)
    logos = logo_boxes(lines, art) + word_art(lines)
    photos += logos
    # a drawing's strokes (a skyline's ground line, a little wider than the drawing's ink the
    # detector boxed) are no rules of the page
    page.rules = [r for r in picture.find_rules(image, scale, boxes, panels=fills + photos, tints=fills)
                  if not any(_near_inside(r, b) for b in logos)]
    # an advert is a picture: its words are its own, not an article's (layout.picture_text)
    photos += picture.advert_boxes([(ln.text, *box) for ln, box in zip(lines, boxes, strict=True)],
                                   page.rules, page.width, page.height)
    # a tint's edges part what is inside it from what is outside, as a drawn frame's do
    page.rules += [e for f in fills for e in (Rule(f.x0, f.top, f.x1, f.top),
                                              Rule(f.x0, f.bottom, f.x1, f.bottom),
                                              Rule(f.x0, f.top, f.x0, f.bottom),
                                              Rule(f.x1, f.top, f.x1, f.bottom))]
    page.fills = fills
    page.image_boxes = photos


def _strokes(image, lines: list[OcrLine], scale: float) -> list[list[Stroke]]:
    from extractors.engines.picture import paper_tone

    ink = image < paper_tone(image) - GutterParams().ink_margin
    return [glyph_strokes(ink, ln.text, None if ln.vertical else _glyph_spans(ln), ln.top,
                          ln.bottom, scale) for ln in lines]


def _letter_heights(image, lines: list[OcrLine], scale: float) -> list[float | None]:
    from extractors.engines.picture import paper_tone

    ink = image < paper_tone(image) - GutterParams().ink_margin
    return [letter_height(ink, ln, scale) for ln in lines]


@dataclass(frozen=True, slots=True)
class RowParams:
    reach: float = 1.0  # a line beside another, no further from it than this many heights ...
    same_row: float = 0.7  # ... whose box overlaps its box over less than this share of the
    #                        smaller height (more is one row) stands in another row


def offset_rows(lines: list[OcrLine], p: RowParams = RowParams()) -> set[int]:
    """Indices of the lines whose box overlaps the box of a line beside it in another row.
    Glyph boxes of two rows never overlap; the detector's boxes, padded beyond the ink, do
    where rows are set close: a table's stacked cells (今天 over 明天, 大连 beside both), which
    the layout would then read as one line, interleaved (大连今明天天晴晴)."""
    order = sorted((i for i, ln in enumerate(lines) if not ln.vertical), key=lambda i: lines[i].top)
    out: set[int] = set()
    for k, i in enumerate(order):
        a = lines[i]
        for j in order[k + 1:]:
            b = lines[j]
            if b.top >= a.bottom:
                break  # sorted by top: no later line reaches up into this one
            h = min(a.bottom - a.top, b.bottom - b.top)
            common = min(a.bottom, b.bottom) - b.top
            gap = max(a.x0, b.x0) - min(a.x1, b.x1)
            if 0 < common < p.same_row * h and gap <= p.reach * h:
                out.update((i, j))
    return out


def ink_rows(ink, line: OcrLine, scale: float, edge_share: float = 0.5) -> tuple[float, float] | None:
    """(top, bottom) of the ink inside a horizontal line's box, in points: the height its
    glyphs stand in, as a text layer's glyph boxes do. Ink at an edge of the box, parted from
    the rest by white and less than `edge_share` of its height, is the next row's, which the
    padded box reaches into."""
    if line.vertical:
        return None
    h_img, w_img = ink.shape
    x0, x1 = max(0, int(line.x0 * scale)), min(w_img, int(line.x1 * scale) + 1)
    y0, y1 = max(0, int(line.top * scale)), min(h_img, int(line.bottom * scale) + 1)
    if x1 <= x0 or y1 <= y0:
        return None
    runs = _runs(ink[y0:y1, x0:x1].any(axis=1))
    if runs and len(runs) > 1 and runs[0][0] == 0 and runs[0][1] < edge_share * (y1 - y0):
        runs = runs[1:]
    if runs and len(runs) > 1 and runs[-1][1] == y1 - y0 \
            and runs[-1][1] - runs[-1][0] < edge_share * (y1 - y0):
        runs = runs[:-1]
    if not runs:
        return None
    return (y0 + runs[0][0]) / scale, (y0 + runs[-1][1]) / scale


def _faces(lines: list[OcrLine], sizes: list[float], strokes: list[list[Stroke]],
           scale: float) -> list[list[bool]]:
    """Which characters of a page's lines are set in a heavier face than its body text."""
    count: dict[float, int] = {}
    for ln, s in zip(lines, sizes, strict=True):
        count[s] = count.get(s, 0) + len(ln.text)
    if not count:
        return []
    body = max(count, key=lambda s: count[s])
    return heavy_flags([FaceLine(ln.x0, ln.top, ln.x1, ln.bottom, s, st, ln.text)
                        for ln, s, st in zip(lines, sizes, strokes, strict=True)], scale, body)


def recognise_pages(path: Path, pages: list[PageData], options,
                    reference_sizes: set[float] | None = None) -> list[str]:
    """Replace the characters of `pages` by what OCR reads on their rendered pictures.

    The pages' rules stay (a garbled font's page still draws its rules); an image under
    recognised text is the picture of that text, not a figure, and is dropped. Returns notes
    about pages that could not be recognised.
    """
    import pypdfium2 as pdfium

    from extractors.engines.picture import paper_tone

    notes: list[str] = []
    scale = options.dpi / 72
    pdf = pdfium.PdfDocument(str(path))
    try:
        per_page: list[tuple[PageData, list[OcrLine], bool, list[list[Stroke]], list, list]] = []
        for page in pages:
            try:
                image = _render(pdf, page.number, options.dpi)
                lines, art = line_art(trim_overlaps(_recognise(image, scale, options)))
                found = is_picture(page)
                if found:
                    _graphics_from(page, image, scale, lines, art)
                strokes = _strokes(image, lines, scale)
                letters = _letter_heights(image, lines, scale)
                # the glyphs of rows set closer than the detector's boxes stand in their ink
                stacked = offset_rows(lines)
                ink = image < paper_tone(image) - GutterParams().ink_margin if stacked else None
                rows = [ink_rows(ink, ln, scale) if i in stacked else None
                        for i, ln in enumerate(lines)]
                del image, ink
            except Exception as exc:  # one page the engine chokes on must not lose the others
                notes.append(f"page {page.number}: OCR failed ({type(exc).__name__}: {exc})")
                continue
            per_page.append((page, lines, found, strokes, rows, letters))
    finally:
        pdf.close()
    # Sizes snap across the whole document, as its body size is one across its pages.
    params = SizeParams()
    raw = [s for page, lines, *_ in per_page
           for s in cell_sizes(lines, neighbour_sizes(lines, params), page.rules, params)]
    sizes = snap_sizes(raw, params.snap_share)
    sizes = to_reference(sizes, reference_sizes or set(), params.snap_share)
    # a stacked row's box holds the next row's ink too (`offset_rows`): no height of its own
    heights = [None if r is not None else h for _, _, _, _, rows, letters in per_page
               for h, r in zip(letters, rows, strict=True)]
    body = body_letters([ln for _, lines, *_ in per_page for ln in lines], raw, sizes, heights)
    at = 0
    for page, lines, found, strokes, rows, _ in per_page:
        span = slice(at, at + len(lines))
        at += len(lines)
        own = taller_lines(lines, raw[span], sizes[span], heights[span], reference=body)
        heavy = _faces(lines, own, strokes, scale)
        rows = [r if r is not None else a for r, a in zip(rows, cell_rows(lines, page.rules),
                                                           strict=True)]
        chars = [c for ln, s, h, r in zip(lines, own, heavy, rows, strict=True)
                 for c in line_chars(ln, s, h, r)]
        page.chars = chars
        page.text_source = "ocr"
        n = sum(len(ln.text) for ln in lines)
        page.ocr_confidence = (round(sum(ln.confidence * len(ln.text) for ln in lines) / n, 4)
                               if n else 0.0)
        if not found:
            # the text layer's image under recognised text is the picture of that text (a
            # garbled font drawn as an image), not a figure; the photos found in the picture
            # keep the words set on them, which are part of them (layout.picture_text)
            page.image_boxes = [b for b in page.image_boxes if not any(
                b.x0 <= c.xc <= b.x1 and b.top <= c.yc <= b.bottom for c in chars)]
    return notes
