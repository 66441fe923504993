"""pdfplumber engine (the default): pdfminer's interpretation of the page, in pure Python."""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from extractors.pdf import Box, Char, PageData, char_from_baseline, dedupe_chars, rules_from


def _char_of(c: dict) -> Char:
    m = c.get("matrix") or (1, 0, 0, 0, 0, 0)  # no matrix: no rebuild
    # pdfminer's baseline: the glyph box's bottom less the descent below the text origin
    baseline = c["bottom"] - (m[5] - c["y0"]) if c.get("matrix") else c["bottom"]
    return char_from_baseline(c["text"], c["x0"], c["x1"], c["top"], c["bottom"], c["size"],
                              c.get("fontname", ""), bool(c.get("upright", True)),
                              (m[0], m[1], m[2], m[3]), baseline)


def read_page(page, number: int) -> PageData:
    chars = [_char_of(c) for c in page.chars if c["text"]]
    images = [Box(im["x0"], im["top"], im["x1"], im["bottom"]) for im in page.images]
    lines = [(ln["x0"], ln["top"], ln["x1"], ln["bottom"]) for ln in page.lines]
    rects = [(r["x0"], r["top"], r["x1"], r["bottom"], bool(r.get("fill"))) for r in page.rects]
    rules, fills = rules_from(lines, rects)
    return PageData(number, float(page.width), float(page.height), dedupe_chars(chars), rules,
                    images, fills)


def read_pages(path: Path, pages: list[int] | None = None) -> list[PageData]:
    """Every page (or the 1-based `pages`); pdfplumber's char parsing is the cost."""
    out: list[PageData] = []
    with pdfplumber.open(path) as pdf:
        wanted = pages if pages is not None else range(1, len(pdf.pages) + 1)
        for n in wanted:
            page = pdf.pages[n - 1]
            out.append(read_page(page, n))
            page.flush_cache()
    return out
