"""One entry point: a PDF or a plain-text file in, a repaired Document out."""

from __future__ import annotations

import stat
from pathlib import Path

from extractors.engines import DEFAULT_OCR_OPTIONS, OcrOptions
from extractors.limits import Limits
from extractors.model import Document, ExtractionError


def _encrypted(exc: BaseException) -> bool:
    # Engines say it differently (pdfminer's PDFPasswordIncorrect wrapped by pdfplumber,
    # pdfium's "Incorrect password error"): look through the chain for any of them.
    seen: list[object] = [exc]
    while seen:
        e = seen.pop()
        if isinstance(e, BaseException):
            name = type(e).__name__.lower()
            if "password" in name or "encrypt" in name or "password" in str(e).lower():
                return True
            seen += [e.__cause__, e.__context__, *e.args]
    return False


def _regular_head(path: Path) -> bytes:
    try:
        mode = path.stat().st_mode  # stat never blocks, even on a FIFO
    except FileNotFoundError:
        raise ExtractionError(str(path), "file not found") from None
    except OSError as exc:
        raise ExtractionError(str(path), f"cannot read ({exc.strerror})") from None
    if stat.S_ISDIR(mode):
        raise ExtractionError(str(path), "a directory, not a file")
    if not stat.S_ISREG(mode):
        kind = "a FIFO" if stat.S_ISFIFO(mode) else "a device" if (
            stat.S_ISCHR(mode) or stat.S_ISBLK(mode)) else "a special file"
        raise ExtractionError(str(path), f"{kind}, not a regular file")
    try:
        with open(path, "rb") as handle:
            return handle.read(1024)
    except OSError as exc:
        raise ExtractionError(str(path), f"cannot read ({exc.strerror})") from None


def extract_document(path: str | Path, limits: Limits | None = None, engine: str = "pdfplumber",
                     ocr: str = "auto", ocr_options: OcrOptions = DEFAULT_OCR_OPTIONS) -> Document:
    """`engine` reads a PDF's text layer; `ocr` (never / auto / always) says which pages are
    recognised from their picture instead: auto, those without usable text. `limits` bound the
    work (BAOGAO_LIMIT_*)."""
    path = Path(path)
    limits = limits or Limits.from_env()
    head = _regular_head(path)
    if head.lstrip().startswith(b"%PDF"):
        from extractors.engines import read_document
        from extractors.layout import repair_pages
        from extractors.limits import cap_pages, check_pdf

        try:
            check_pdf(path, limits)
            read = read_document(path, engine=engine, ocr=ocr, ocr_options=ocr_options)
            pages, notes = cap_pages(read.pages, limits)
            read.pages = pages
            document = read.annotate(repair_pages(pages, path.name))
            document.notes += notes
            return document
        except ExtractionError:
            raise
        except MemoryError:
            raise
        except Exception as exc:  # pdfminer raises many types for damaged files
            if _encrypted(exc):
                raise ExtractionError(str(path), "encrypted: password required") from exc
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
