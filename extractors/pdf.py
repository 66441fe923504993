"""The page model every engine hands to the layout, and whether a page's text is usable.

Everything downstream works on these dataclasses only, so the layout code never touches a PDF
library and tests can build pages by hand. The engines (extractors.engines: pdfplumber, pdfium,
OCR) build them with the helpers here, so glyph boxes, fake-bold copies and rules come out the
same whichever engine read the page.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal


@dataclass(slots=True)
class Char:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str
    upright: bool = True

    @property
    def xc(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def yc(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(frozen=True, slots=True)
class Rule:
    """A straight separator: a drawn line, a thin rectangle, or one edge of a frame."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return (self.x1 - self.x0) >= (self.bottom - self.top)


@dataclass(frozen=True, slots=True)
class Box:
    """An image or a filled area on the page (top-left origin, points)."""

    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(slots=True)
class PageData:
    """One page as every engine (pdfplumber, pdfium, OCR) hands it to the layout code."""

    number: int  # 1-based
    width: float
    height: float
    chars: list[Char] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    image_boxes: list[Box] = field(default_factory=list)
    fills: list[Box] = field(default_factory=list)  # filled rectangles wider than a rule
    text_status: str = "ok"  # this page's own: ok / no_text_layer / undecodable_text
    text_source: str = "pdf"  # pdf: the text layer; ocr: recognised from the rendered page
    ocr_confidence: float | None = None  # mean recognition confidence of an OCR'd page

    @property
    def images(self) -> int:
        return len(self.image_boxes)


def dedupe_chars(chars: list[Char], tolerance_em: float = 0.25) -> list[Char]:
    """Drop the copies a fake-bold renderer draws a hair's breadth beside each glyph.

    Copies are matched by text within `tolerance_em` of the glyph's own size, so the rule holds
    for any type size; genuine repeats (两个“的”) are at least a glyph width apart.
    """
    # by text, then by the band of `top` (a copy lies in the glyph's band or one beside it)
    seen: dict[str, dict[int, list[Char]]] = {}
    out: list[Char] = []
    for c in chars:
        if c.text.isspace():
            out.append(c)
            continue
        tol = max(c.size * tolerance_em, 0.5)
        key_y = int(c.top // tol)
        bands = seen.get(c.text)
        if bands is None:
            seen[c.text] = {key_y: [c]}
            out.append(c)
            continue
        dup = False
        for ky in (key_y - 1, key_y, key_y + 1):
            for d in bands.get(ky, ()):
                if abs(d.x0 - c.x0) <= tol and abs(d.top - c.top) <= tol:
                    dup = True
                    break
            if dup:
                break
        if not dup:
            bands.setdefault(key_y, []).append(c)
            out.append(c)
    return out


def rules_from(lines: list[tuple[float, float, float, float]],
               rects: list[tuple[float, float, float, float, bool]]) -> tuple[list[Rule], list[Box]]:
    """Rules and filled areas from drawn lines and rectangles (x0, top, x1, bottom[, filled])."""
    rules = [Rule(*ln) for ln in lines]
    fills: list[Box] = []
    for x0, top, x1, bottom, filled in rects:
        if min(x1 - x0, bottom - top) <= 2.0:  # a rule drawn as a thin box
            rules.append(Rule(x0, top, x1, bottom))
            continue
        # a frame: each edge separates what is inside from what is outside
        rules += [Rule(x0, top, x1, top), Rule(x0, bottom, x1, bottom),
                  Rule(x0, top, x0, bottom), Rule(x1, top, x1, bottom)]
        if filled:
            fills.append(Box(x0, top, x1, bottom))
    return rules, fills


# A subset tag (ABCDEF+) names the subset, not the face: one face embedded in several subsets is
# still one face, whichever engine reads it.
_SUBSET = re.compile(r"^[A-Z]{6}\+")


@lru_cache(maxsize=4096)
def face_name(font: str) -> str:
    """The font's name without its subset tag, as every Char carries it (one string a face,
    shared by its glyphs: a long document holds hundreds of thousands)."""
    return _SUBSET.sub("", font)


def char_from_baseline(text: str, x0: float, x1: float, top: float, bottom: float, size: float,
                       font: str, upright: bool, matrix: tuple[float, float, float, float],
                       baseline: float, ascent: float = 0.88) -> Char:
    """One glyph, its box rebuilt from the baseline for horizontal text.

    Fonts disagree on ascent and descent (a Latin font's digits may claim a box half a line
    below the Chinese beside them on the same baseline), so the box is set to `ascent` em above
    and the rest below the baseline (top-down page coordinates), the same for every font.
    `matrix` is the glyph's (a, b, c, d): only unrotated, unmirrored text is rebuilt.
    """
    size = round(size, 2)
    _, b, c, d = matrix
    if upright and b == 0 and c == 0 and d > 0:
        top, bottom = baseline - ascent * size, baseline + (1 - ascent) * size
    return Char(text, x0, x1, top, bottom, size, face_name(font), bool(upright))


def read_pages(path: Path, engine: str = "pdfplumber") -> list[PageData]:
    """Characters (fake bold removed), rules, images and fills of every page's text layer."""
    from extractors.engines import read_pages as read

    return read(path, engine=engine, ocr="never")


TextStatus = Literal["ok", "no_text_layer", "undecodable_text"]
_CID = re.compile(r"^\(cid:\d+\)$")
# Symbols a font without a Unicode map yields for its glyph codes; real report text has few.
_ASCII_SYMBOLS = set("!\"#$&'*+/<=>?@[\\]^_`{|}~")


def _garbled(ch: str) -> bool:
    if _CID.match(ch) or ch in _ASCII_SYMBOLS or ch == "\ufffd":
        return True
    return len(ch) == 1 and unicodedata.category(ch) in ("Co", "Cc", "Cn")


def page_status(page: PageData) -> TextStatus:
    """A page's own status: a mixed document OCRs only the pages whose text layer fails."""
    return text_status([page])[0]


def text_status(pages: list[PageData], min_chars_per_page: float = 5.0,
                max_garbled_share: float = 0.2) -> tuple[TextStatus, str | None]:
    """Tell a scan (no characters) and a font without a Unicode map (symbol soup) from usable text."""
    # each distinct text judged once: a page has a few hundred of them among thousands of glyphs
    texts = Counter(c.text for p in pages for c in p.chars if not c.text.isspace())
    total = sum(texts.values())
    if total < min_chars_per_page * max(1, len(pages)):
        images = sum(p.images for p in pages)
        return "no_text_layer", (f"{total} characters and {images} image(s) on {len(pages)} "
                                 "page(s): no text layer (a scan?)")
    garbled = sum(n for t, n in texts.items() if _garbled(t))
    cjk = sum(n for t, n in texts.items() if "\u3400" <= t <= "\u9fff")
    # a font mapping its glyphs to ASCII (淮安: ;<=>?@ABCD：20255L&MNOPQR67S) gives letters as well
    # as symbols, and no Chinese at all
    latin = sum(n for t, n in texts.items() if t.isascii() and not t.isdigit() and not _garbled(t))
    soup = garbled / total > max_garbled_share / 2 and (garbled + latin) / total > 0.4 and cjk < 0.05 * total
    if (garbled / total > max_garbled_share and cjk < garbled) or soup:
        return "undecodable_text", (f"{garbled} of {total} characters have no Unicode meaning "
                                    "(fonts without a ToUnicode map); text not extracted")
    return "ok", None
