"""One entry point: a PDF or a plain-text file in, a repaired Document out."""

from __future__ import annotations

from pathlib import Path

from extractors.engines import DEFAULT_OCR_OPTIONS, OcrOptions
from extractors.model import Document, ExtractionError


def extract_document(path: str | Path, engine: str = "pdfplumber", ocr: str = "auto",
                     ocr_options: OcrOptions = DEFAULT_OCR_OPTIONS) -> Document:
    """`engine` reads a PDF's text layer; `ocr` (never / auto / always) says which pages are
    recognised from their picture instead: auto, those without usable text."""
    path = Path(path)
    if not path.exists():
        raise ExtractionError(str(path), "file not found")
    head = path.read_bytes()[:1024]
    if head.lstrip().startswith(b"%PDF"):
        from extractors.layout import repair_pdf

        try:
            return repair_pdf(path, engine=engine, ocr=ocr, ocr_options=ocr_options)
        except ExtractionError:
            raise
        except Exception as exc:  # pdfminer raises many types for damaged files
            raise ExtractionError(str(path), f"unreadable PDF ({type(exc).__name__}: {exc})") from exc
    if path.suffix.lower() in {".txt", ".text", ".md"}:
        from extractors.plaintext import repair_text

        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise ExtractionError(str(path), f"not UTF-8 text ({exc.reason})") from exc
        return repair_text(text, source=path.name)
    kind = "an HTML page" if b"<html" in head.lower() or b"<!doctype" in head.lower() else "not a PDF"
    raise ExtractionError(str(path), f"{kind}: expected a PDF (starting with %PDF) or a .txt file")
