"""One way to read a PDF's pages, whichever engine does it.

`read_pages(path, engine=..., ocr=...)` returns the pages as `extractors.pdf.PageData`, each with
its own `text_status`. With `ocr="auto"` the pages whose text layer is missing or undecodable
are rendered and recognised (extractors.engines.ocr), so a mixed document OCRs only its bad
pages; `ocr="always"` recognises every page; `ocr="never"` keeps the text layer as it is. Glyphs a
font maps to private-use code points are read from their use first (extractors.privateuse).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from extractors.model import Document
from extractors.pdf import PageData, page_status
from extractors.privateuse import resolve_private_use

Engine = Literal["pdfplumber", "pdfium"]
OcrMode = Literal["never", "auto", "always"]
ENGINES: tuple[str, ...] = ("pdfplumber", "pdfium")
OCR_MODES: tuple[str, ...] = ("never", "auto", "always")


@dataclass(frozen=True, slots=True)
class OcrOptions:
    dpi: int = 200  # render resolution; 150 is faster and still reads body text
    threads: int = 0  # onnxruntime threads per session; 0 = one per core
    min_confidence: float = 0.5  # recognised lines below this are dropped
    max_pixels: int = 6_000_000  # larger pictures are read in overlapping bands (memory)
    band_overlap_pt: float = 100.0  # taller than any headline line the bands must not cut
    split_gap_em: float = 1.5  # a gap this wide inside a detected line is a column gutter


DEFAULT_OCR_OPTIONS = OcrOptions()


@dataclass(slots=True)
class ReadResult:
    pages: list[PageData]
    notes: list[str]

    def annotate(self, doc: Document) -> Document:
        """Say on the document which pages OCR read, and how sure it was."""
        ocr = [p for p in self.pages if p.text_source == "ocr"]
        doc.ocr_pages = [p.number for p in ocr]
        if ocr:
            doc.text_source = "ocr" if len(ocr) == len(self.pages) else "mixed"
            doc.ocr_confidence = round(sum(p.ocr_confidence or 0.0 for p in ocr) / len(ocr), 4)
        doc.notes.extend(self.notes)
        return doc


def _engine_reader(engine: str):
    if engine == "pdfplumber":
        from extractors.engines.pdfplumber import read_pages
    elif engine == "pdfium":
        from extractors.engines.pdfium import read_pages
    else:
        raise ValueError(f"unknown PDF engine {engine!r}: choose one of {', '.join(ENGINES)}")
    return read_pages


def read_document(path: str | Path, engine: str = "pdfplumber", ocr: str = "auto",
                  ocr_options: OcrOptions = DEFAULT_OCR_OPTIONS) -> ReadResult:
    """Pages with their text status, and notes for the reader (OCR used, or unavailable)."""
    if ocr not in OCR_MODES:
        raise ValueError(f"unknown OCR mode {ocr!r}: choose one of {', '.join(OCR_MODES)}")
    path = Path(path)
    pages = _engine_reader(engine)(path)
    # Before the status: a private-use glyph left undecided still counts as garbled there.
    notes: list[str] = resolve_private_use(pages).notes()
    for p in pages:
        p.text_status = page_status(p)
    if ocr == "never":
        return ReadResult(pages, notes)
    todo = [p for p in pages if ocr == "always" or p.text_status != "ok"]
    if not todo:
        return ReadResult(pages, notes)
    from extractors.engines import ocr as ocr_engine

    if not ocr_engine.available():
        notes.append(f"{len(todo)} page(s) without a usable text layer were not OCR'd: "
                     f"{ocr_engine.INSTALL_HINT}")
        return ReadResult(pages, notes)
    kept = [p for p in pages if p not in todo]
    sizes = {round(c.size, 1) for p in kept for c in p.chars if not c.text.isspace()}
    notes += ocr_engine.recognise_pages(path, todo, ocr_options, sizes)
    done = [p for p in todo if p.text_source == "ocr"]
    for p in done:
        p.text_status = page_status(p)
    if done:
        conf = sum(p.ocr_confidence or 0.0 for p in done) / len(done)
        notes.append(f"{len(done)} page(s) read by OCR (pages "
                     f"{_ranges([p.number for p in done])}), mean confidence {conf:.3f}")
    return ReadResult(pages, notes)


def read_pages(path: str | Path, engine: str = "pdfplumber", ocr: str = "never",
               ocr_options: OcrOptions = DEFAULT_OCR_OPTIONS) -> list[PageData]:
    return read_document(path, engine, ocr, ocr_options).pages


def _ranges(numbers: list[int]) -> str:
    out: list[str] = []
    for n in sorted(numbers):
        if out and int(out[-1].split("-")[-1]) == n - 1:
            out[-1] = f"{out[-1].split('-')[0]}-{n}"
        else:
            out.append(str(n))
    return ", ".join(out)
