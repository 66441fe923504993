"""pdfium engine: the same PageData as the pdfplumber engine, read through pypdfium2's C API.

pdfplumber (pdfminer) interprets every content stream in Python; pdfium does it in C, so reading
a page's characters costs a few C calls a glyph. The output mirrors pdfminer's on purpose: glyph
boxes from the advance width and the baseline, size as the font size scaled by the text matrix,
lines and rectangles recognised from path subpaths by pdfminer's own shape rules, so the layout
repair sees the same page whichever engine read it.
"""

from __future__ import annotations

import ctypes
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw
from pypdfium2_raw.bindings import _libs

from extractors.pdf import (
    Box,
    Char,
    PageData,
    char_from_baseline,
    dedupe_chars,
    face_name,
    rules_from,
)

Matrix = tuple[float, float, float, float, float, float]

_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _mult(m: Matrix, n: Matrix) -> Matrix:
    """m then n (row-vector convention, as in PDF and pdfminer)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _display_matrix(rotation: int, mediabox: tuple[float, float, float, float]) -> Matrix:
    """User space → pdfminer's page space (its ctm for /Rotate), so coordinates agree with pdfplumber."""
    x0, y0, x1, y1 = mediabox
    if rotation == 90:
        return (0, -1, 1, 0, -y0, x1)
    if rotation == 180:
        return (-1, 0, 0, -1, x1, y1)
    if rotation == 270:
        return (0, 1, -1, 0, y1, -x0)
    return (1, 0, 0, 1, 0, 0)  # pdfplumber adds the MediaBox offset back: raw user space


def _c(name: str, restype, *argtypes):
    """A fresh prototype of a pdfium function taking plain handles: the per-glyph calls then pass
    ints and pre-built references instead of converting pointer types every time."""
    fn = _libs["pdfium"][name]
    fn.restype, fn.argtypes = restype, list(argtypes)
    return fn


def _bare(name: str, restype):
    """A prototype without argument types, for the calls made once a glyph (text page, index,
    pre-built references): ctypes then passes the arguments as they are, a third faster than
    converting each through `argtypes`. The text page must come as a `c_void_p`, the index as a
    small int."""
    fn = _libs["pdfium"][name]
    fn.restype, fn.argtypes = restype, None
    return fn


_VP, _I, _D, _F = ctypes.c_void_p, ctypes.c_int, ctypes.c_double, ctypes.c_float
_count = _c("FPDFText_CountChars", _I, _VP)
_unicode = _bare("FPDFText_GetUnicode", ctypes.c_uint)
_generated = _bare("FPDFText_IsGenerated", _I)
_map_error = _bare("FPDFText_HasUnicodeMapError", _I)
_loose_box = _bare("FPDFText_GetLooseCharBox", _I)
_origin = _bare("FPDFText_GetCharOrigin", _I)
_text_object = _bare("FPDFText_GetTextObject", _VP)
_matrix = _bare("FPDFText_GetMatrix", _I)
_font_size = _bare("FPDFText_GetFontSize", _D)
_obj_font = _c("FPDFTextObj_GetFont", _VP, _VP)
_base_name = _c("FPDFFont_GetBaseFontName", ctypes.c_size_t, _VP, ctypes.c_char_p, ctypes.c_size_t)


class _Handle(ctypes.c_void_p):
    """A handle ctypes hands back as it is (a c_void_p subclass is not turned into an int), so
    it can go straight into a `_bare` call."""


_page_object = _bare("FPDFPage_GetObject", _Handle)
_form_object = _c("FPDFFormObj_GetObject", _Handle, _VP, ctypes.c_ulong)  # index: unsigned long
_object_type = _bare("FPDFPageObj_GetType", _I)
_segment = _bare("FPDFPath_GetPathSegment", _Handle)
_segment_type = _bare("FPDFPathSegment_GetType", _I)
_segment_point = _bare("FPDFPathSegment_GetPoint", _I)
_segment_close = _bare("FPDFPathSegment_GetClose", _I)
_SHAPES = (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_FORM)
_WHITE = {32, 9, 10, 13, 0xA0, 0x3000}  # the only codes pdfium generates are breaks and spaces
_ASCENT = 0.88  # char_from_baseline's default, for the glyphs rebuilt here without calling it
_DESCENT = 1 - _ASCENT


class _Objects:
    """What every glyph of one text object shares: font, size, matrix (pdfium gives each glyph
    its object's matrix), so it is read once an object, not once a glyph."""

    def __init__(self) -> None:
        self._by_obj: dict[int | None, tuple] = {}
        self._by_key: dict[tuple, tuple] = {}
        self._names: dict[int, str] = {}
        self._buf = ctypes.create_string_buffer(512)
        self._m = raw.FS_MATRIX()
        self._pm = ctypes.byref(self._m)

    def read(self, textpage, index: int, obj: int | None, disp: Matrix) -> tuple:
        """(font, size, upright, abcd, font handle, rounded size, face, rebuilt): `rebuilt` when
        the glyph's box is char_from_baseline's rebuild from the baseline (upright, unturned,
        on an unrotated page), `face` the font name without its subset tag, as Char keeps it.

        Text set one glyph an object (most Chinese reports) has as many objects as glyphs, and
        nearly all share a matrix, size and font: what follows from those is kept by them."""
        m = self._m
        _matrix(textpage, index, self._pm)
        key = (m.a, m.b, m.c, m.d, _font_size(textpage, index), _obj_font(obj) if obj else None,
               disp)
        got = self._by_key.get(key)
        if got is None:
            got = self._by_key[key] = self._derive(*key)
        self._by_obj[obj] = got
        return got

    def _derive(self, a: float, b: float, c: float, d: float, font_size: float, font: int | None,
                disp: Matrix) -> tuple:
        if disp != _IDENTITY:
            a, b, c, d, _, _ = _mult((a, b, c, d, 0, 0), disp)
        # pdfminer: upright when not rotated or mirrored; size is the glyph box's height,
        # the font size scaled by the matrix.
        upright = a * d > 0 and b * c <= 0
        size = font_size * (abs(d) if upright else (b * b + d * d) ** 0.5)
        name = ""
        if font:
            name = self._names.get(font)
            if name is None:
                n = _base_name(font, self._buf, len(self._buf))
                name = self._buf.raw[:max(0, n - 1)].decode("utf-8", "replace") if n else ""
                self._names[font] = name
        rebuilt = upright and b == 0 and c == 0 and d > 0 and disp == _IDENTITY
        return (name, size, upright, (a, b, c, d), font or 0, round(size, 2), face_name(name),
                rebuilt)

    def clear(self) -> None:
        # object and font handles are only valid while their page is open
        self._by_obj.clear()
        self._by_key.clear()


def _turned(x0: float, x1: float, ya: float, yb: float, ox: float, oy: float,
            abcd: tuple[float, float, float, float], em: float):
    """A turned glyph's box as pdfminer draws it: one em from the descent edge across the
    line, where pdfium's loose box spans the font's whole ascent-to-descent height."""
    _, _, c, d = abcd
    if abs(c) >= abs(d):  # the glyph's up points along x
        near = x0 if abs(x0 - ox) <= abs(x1 - ox) else x1
        x0, x1 = near, near + (em if c > 0 else -em)
    else:
        near = ya if abs(ya - oy) <= abs(yb - oy) else yb
        ya, yb = near, near + (em if d > 0 else -em)
    return x0, x1, ya, yb


def _chars(textpage: int, height: float, disp: Matrix, objects: _Objects) -> list[Char]:
    out: list[Char] = []
    tp = _VP(textpage)
    box = raw.FS_RECTF()
    ox, oy = _D(), _D()
    pbox, pox, poy = ctypes.byref(box), ctypes.byref(ox), ctypes.byref(oy)
    rotated = disp != _IDENTITY
    objs: list[int] = []
    vertical: set[int] = set()
    last_obj, last_x, last_y = -1, 0.0, 0.0
    count = _count(textpage)
    by_obj, read = objects._by_obj, objects.read
    # local names: this loop runs once a glyph, 10^5 times a document
    unicode, generated, map_error, text_object = _unicode, _generated, _map_error, _text_object
    loose_box, origin, white, append, handles = _loose_box, _origin, _WHITE, out.append, objs.append
    low = False  # the second half of a surrogate pair, read with the first
    for i in range(count):
        code = unicode(tp, i)
        if low:
            low = False
            continue
        if not code or (code in white and generated(tp, i)):
            continue  # spaces and breaks pdfium inferred, not drawn
        # pdfium hands out UTF-16 units: a glyph mapped beyond the BMP (a plane-16 private-use
        # point) comes as two, where pdfminer gives one character.
        if 0xD800 <= code <= 0xDBFF and i + 1 < count:
            nxt = unicode(tp, i + 1)
            if 0xDC00 <= nxt <= 0xDFFF:
                code = 0x10000 + ((code - 0xD800) << 10) + (nxt - 0xDC00)
                low = True
        # A glyph without a Unicode mapping: pdfminer names it (cid:N); either way it is noise.
        text = "\ufffd" if map_error(tp, i) == 1 else chr(code)
        if 0xFE10 <= code <= 0xFE4F:  # pdfium gives vertical forms (﹃) where pdfminer gives 『
            text = unicodedata.normalize("NFKC", text)
        obj = text_object(tp, i)
        got = by_obj.get(obj)
        if got is None:
            got = read(tp, i, obj, disp)
        font, size, upright, abcd, handle, rounded, face, rebuilt = got
        loose_box(tp, i, pbox)
        origin(tp, i, pox, poy)
        if rebuilt:
            # char_from_baseline's box, rebuilt from the baseline, without the call
            x0, x1, base_x, base_y = box.left, box.right, ox.value, oy.value
            if x1 < x0:
                x0, x1 = x1, x0
            if obj == last_obj and abs(base_x - last_x) < 0.01 and base_y < last_y - size / 2:
                vertical.add(handle)
            last_obj, last_x, last_y = obj, base_x, base_y
            handles(handle)
            baseline = height - base_y
            append(Char(text, x0, x1, baseline - _ASCENT * rounded, baseline + _DESCENT * rounded,
                        rounded, face, True))
            continue
        if rotated:
            (x0, ya), (x1, yb) = _apply(disp, box.left, box.bottom), _apply(disp, box.right, box.top)
            base_x, base_y = _apply(disp, ox.value, oy.value)
        else:
            x0, x1, ya, yb = box.left, box.right, box.bottom, box.top
            base_x, base_y = ox.value, oy.value
        if not upright:
            x0, x1, ya, yb = _turned(x0, x1, ya, yb, base_x, base_y, abcd, size)
            size = abs(yb - ya)  # pdfminer's size of a turned glyph: its box's height
        if x1 < x0:
            x0, x1 = x1, x0
        top, bottom = (height - yb, height - ya) if yb > ya else (height - ya, height - yb)
        if (obj == last_obj and upright and not rotated and abs(base_x - last_x) < 0.01
                and base_y < last_y - size / 2):
            vertical.add(handle)
        last_obj, last_x, last_y = obj, base_x, base_y
        handles(handle)
        append(char_from_baseline(text, x0, x1, top, bottom, size, font, upright, abcd,
                                  height - base_y))
    if vertical:
        _as_vertical_writing(out, objs, vertical)
    return out


def _as_vertical_writing(chars: list[Char], fonts: list[int], vertical: set[int],
                         origin_em: float = 0.88) -> None:
    """Glyphs of a vertical-writing font (Identity-V), as pdfminer boxes them: one em wide, and
    rebuilt from its pen position, which pdfium reports `origin_em` (the default vertical
    origin of CID fonts) lower. pdfium does not say a font writes vertically; a text object
    whose glyphs step down at one x does, and then so do all glyphs in that font resource,
    those drawn one by one included."""
    for k, (c, font) in enumerate(zip(chars, fonts, strict=True)):
        if font in vertical and c.upright:
            shift = origin_em * c.size
            chars[k] = Char(c.text, c.x0, c.x0 + c.size, c.top - shift, c.bottom - shift, c.size,
                            c.font, c.upright)


def _subpaths(obj, matrix: Matrix) -> list[tuple[str, list[tuple[float, float]]]]:
    """A path object's subpaths as pdfminer sees them: a shape string ('m', 'l', 'c', 'h') and
    its points in page space."""
    out: list[tuple[str, list[tuple[float, float]]]] = []
    shape, pts = "", []
    x, y = ctypes.c_float(), ctypes.c_float()
    px, py = ctypes.byref(x), ctypes.byref(y)
    handle = _Handle(ctypes.cast(obj, _VP).value)
    bezier = 0
    for k in range(raw.FPDFPath_CountSegments(obj)):
        seg = _segment(handle, k)
        kind = _segment_type(seg)
        _segment_point(seg, px, py)
        pt = _apply(matrix, x.value, y.value)
        if kind == raw.FPDF_SEGMENT_MOVETO:
            if shape:
                out.append((shape, pts))
            shape, pts, bezier = "m", [pt], 0
        elif kind == raw.FPDF_SEGMENT_BEZIERTO:
            bezier += 1
            if bezier == 3:  # pdfium splits one `c` into its three points
                shape += "c"
                pts.append(pt)
                bezier = 0
        else:
            shape += "l"
            pts.append(pt)
        if _segment_close(seg) and shape:
            shape += "h"
            pts.append(pts[0])
    if shape:
        out.append((shape, pts))
    return out


def _path_shapes(obj, matrix: Matrix, height: float, lines: list, rects: list) -> None:
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
    filled = bool(fill.value)
    for shape, pts in _subpaths(obj, matrix):
        # pdfminer drops a redundant `l` back to the start of a closed path
        if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
            shape = shape[:-2] + "h"
            pts = pts[:-2] + pts[-1:]
        if shape in ("ml", "mlh"):
            (xa, ya), (xb, yb) = pts[0], pts[1]
            lines.append((min(xa, xb), height - max(ya, yb), max(xa, xb), height - min(ya, yb)))
        elif shape in ("mlllh", "mllll") and len(pts) == 5:
            (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
            closed = pts[0] == pts[4]
            square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
                y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
            if closed and square:
                rects.append((min(x0, x2), height - max(y0, y2), max(x0, x2), height - min(y0, y2),
                              filled))


def _objects(container, count, get, matrix: Matrix, height: float, lines, rects, images,
             depth: int = 0) -> None:
    m = raw.FS_MATRIX()
    handle = _Handle(ctypes.cast(container, _VP).value)
    # Every glyph may be a text object of its own: the loop over them stays in bare calls.
    for k in range(count(container)):
        obj = get(handle, k)
        kind = _object_type(obj)
        if kind not in _SHAPES:
            continue
        obj = ctypes.cast(obj, raw.FPDF_PAGEOBJECT)  # the typed handle pypdfium2's calls take
        raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(m))
        om = _mult((m.a, m.b, m.c, m.d, m.e, m.f), matrix)
        if kind == raw.FPDF_PAGEOBJ_PATH:
            _path_shapes(obj, om, height, lines, rects)
        elif kind == raw.FPDF_PAGEOBJ_IMAGE:
            corners = [_apply(om, u, v) for u, v in ((0, 0), (1, 0), (0, 1), (1, 1))]
            xs, ys = [p[0] for p in corners], [p[1] for p in corners]
            images.append(Box(min(xs), height - max(ys), max(xs), height - min(ys)))
        elif depth < 12:  # a form XObject: its objects are in its own space
            _objects(obj, raw.FPDFFormObj_CountObjects, _form_object, om, height,
                     lines, rects, images, depth + 1)


def read_page(page, number: int, objects: _Objects) -> PageData:
    rotation = page.get_rotation()
    mediabox = page.get_mediabox()
    width, height = float(mediabox[2] - mediabox[0]), float(mediabox[3] - mediabox[1])
    if rotation in (90, 270):
        width, height = height, width
    disp = _display_matrix(rotation, mediabox)
    textpage = raw.FPDFText_LoadPage(page.raw)
    try:
        chars = _chars(ctypes.cast(textpage, _VP).value, height, disp, objects)
    finally:
        objects.clear()
        raw.FPDFText_ClosePage(textpage)
    lines: list = []
    rects: list = []
    images: list[Box] = []
    _objects(page.raw, raw.FPDFPage_CountObjects, _page_object, disp, height, lines,
             rects, images)
    rules, fills = rules_from(lines, rects)
    return PageData(number, width, height, dedupe_chars(chars), rules, images, fills)


def read_pages(path: Path, pages: list[int] | None = None) -> list[PageData]:
    """Every page (or the 1-based `pages`) of the PDF at `path`."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        objects = _Objects()
        wanted = pages if pages is not None else range(1, len(pdf) + 1)
        out = []
        for n in wanted:
            page = pdf[n - 1]
            try:
                out.append(read_page(page, n, objects))
            finally:
                page.close()
        return out
    finally:
        pdf.close()
