"""Bounded work per document: caps on what one PDF may make the extractor do.

A hostile or broken file must cost no more than a large real report: caps on pages, characters
per page and the inflated size of any one stream (a compression bomb is caught before the PDF
engine inflates it), plus a deadline and a memory limit for the whole extraction
(extractors.guard). Every cap is a field here and an environment variable BAOGAO_LIMIT_<NAME>.
"""

from __future__ import annotations

import dataclasses
import itertools
import mmap
import os
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from extractors.model import ExtractionError

if TYPE_CHECKING:  # the guard's parent process need not import the PDF engine
    from extractors.pdf import PageData


@dataclass(frozen=True, slots=True)
class Limits:
    # The largest real reports (provincial budgets) run to ~300 pages; a broadsheet page of
    # small type holds ~20,000 characters.
    max_pages: int = 2000
    max_chars_per_page: int = 60_000
    # One PDF stream once inflated. Real pages' content streams stay under 3 MiB (the largest in
    # the team's corpus: 2.4 MiB, a broadsheet page); images are larger and not inflated to read
    # characters, so they have a cap of their own.
    max_stream_bytes: int = 16 << 20
    max_image_bytes: int = 512 << 20
    deadline: float = 600.0  # CPU seconds per document, extraction and indicators; 0 = in-process
    max_memory: int = 3 << 30  # bytes the extraction process may allocate; 0 = no limit

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides) -> Limits:
        environ = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for f in dataclasses.fields(cls):
            text = environ.get(f"BAOGAO_LIMIT_{f.name.upper()}")
            if text is not None:
                kind = type(f.default)
                try:
                    values[f.name] = kind(float(text)) if kind is int else kind(text)
                except ValueError:
                    raise ValueError(f"BAOGAO_LIMIT_{f.name.upper()}={text!r}: not a number"
                                     ) from None
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


_STREAM = re.compile(rb"stream\r?\n")
_ENDSTREAM = b"endstream"
# The stream's own dictionary says it is an image (it is the last dictionary before `stream`).
_IMAGE = re.compile(rb"/Subtype\s*/Image(?![A-Za-z])(?:(?!endobj|endstream).)*$", re.S)
_PAGE_COUNT = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def _zlib_start(data: bytes) -> bool:
    # A zlib header: deflate method, window ≤ 32 KiB, and the check bits right.
    return len(data) >= 2 and data[0] & 0x0F == 8 and data[0] >> 4 <= 7 and \
        (data[0] << 8 | data[1]) % 31 == 0


def _inflate(pieces: Iterator[bytes], step: int = 1 << 16) -> Iterator[bytes]:
    """Inflate deflate data piece by piece, never more than `step` bytes out at a time."""
    z = zlib.decompressobj()
    try:
        for piece in pieces:
            yield z.decompress(piece, step)
            while z.unconsumed_tail and not z.eof:  # past the end, the tail is trailing bytes
                yield z.decompress(z.unconsumed_tail, step)
            if z.eof:
                return
    except zlib.error:
        return  # not (or no longer) deflate data: the PDF engine reports the damage


def _inflated_size(pieces: Iterator[bytes], cap: int, layers: int = 3) -> int:
    """How many bytes deflate data inflates to, counted without keeping them, stopping past
    `cap`. Data compressed twice (/Filter [/FlateDecode /FlateDecode]) is followed `layers` deep.
    """
    out = _inflate(pieces)
    first = next((b for b in out if b), b"")
    if layers > 1 and _zlib_start(first):
        return _inflated_size(itertools.chain([first], out), cap, layers - 1)
    total = len(first)
    for data in out:
        total += len(data)
        if total > cap:
            break
    return total


def _pieces(view: memoryview, step: int = 1 << 16) -> Iterator[bytes]:
    for i in range(0, len(view), step):
        yield bytes(view[i:i + step])


def check_pdf(path: Path, limits: Limits) -> None:
    """Refuse a truncated PDF, or one whose streams inflate past the cap or whose pages are too
    many, before the PDF engine reads it (the engine would inflate and hold every stream whole)."""
    with open(path, "rb") as handle:
        if os.fstat(handle.fileno()).st_size == 0:
            return
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            view = memoryview(data)
            try:
                pos = 0
                while match := _STREAM.search(data, pos):
                    start = match.end()
                    end = data.find(_ENDSTREAM, start)
                    end = len(data) if end < 0 else end
                    image = _IMAGE.search(data, max(0, start - 4096), start)
                    cap, name = ((limits.max_image_bytes, "MAX_IMAGE_BYTES") if image else
                                 (limits.max_stream_bytes, "MAX_STREAM_BYTES"))
                    size = (_inflated_size(_pieces(view[start:end]), cap)
                            if _zlib_start(data[start:start + 2]) else 0)
                    if size > cap:
                        raise ExtractionError(str(path), (
                            f"a compressed stream at byte {start} inflates past "
                            f"{cap >> 20} MiB (a compression bomb?); limit BAOGAO_LIMIT_{name}"))
                    pos = max(end, start)
                pages = len(_PAGE_COUNT.findall(data))
                # A PDF ends with %%EOF (give or take trailing junk); a body cut short does not,
                # and the engine would otherwise read whatever pages it can find in the rest.
                ends = data.rfind(b"%%EOF", max(0, len(data) - 4096)) >= 0
            finally:
                view.release()
    if not ends:
        raise ExtractionError(str(path), "no %%EOF at the end: the file is truncated (an "
                                         "interrupted download?)")
    if pages > limits.max_pages:
        raise ExtractionError(str(path), f"about {pages} pages, more than the limit of "
                                         f"{limits.max_pages} (BAOGAO_LIMIT_MAX_PAGES)")


def cap_pages(pages: list[PageData], limits: Limits) -> tuple[list[PageData], list[str]]:
    """Pages past the page cap and characters past the per-page cap are dropped, with a note."""
    notes: list[str] = []
    if len(pages) > limits.max_pages:
        notes.append(f"{len(pages)} pages: only the first {limits.max_pages} were read "
                     "(BAOGAO_LIMIT_MAX_PAGES)")
        pages = pages[: limits.max_pages]
    for page in pages:
        if len(page.chars) > limits.max_chars_per_page:
            notes.append(f"page {page.number}: {len(page.chars)} characters, only the first "
                         f"{limits.max_chars_per_page} were read (BAOGAO_LIMIT_MAX_CHARS_PER_PAGE)")
            page.chars = page.chars[: limits.max_chars_per_page]
    return pages, notes
