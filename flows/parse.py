"""Parsing one stored report: the CPU-bound step, run in a child process of its own
(extractors.guard) from the flow's extraction slots or from a Dask worker.

Kept free of Prefect so a Dask worker imports it in a fraction of a second."""

from __future__ import annotations

import contextlib
import dataclasses
import multiprocessing
from dataclasses import dataclass
from pathlib import Path

from extractors.guard import extract_bounded
from extractors.limits import Limits
from extractors.model import Document, ExtractionError, Indicator


class ParseError(Exception):
    """A parse failure as it crosses from a Dask worker: one message, always picklable
    (an exception whose constructor takes other arguments cannot be sent back)."""


@dataclass(slots=True)
class Parsed:
    document: Document
    indicators: list[Indicator]


def warm_worker(engine: str) -> None:
    """Start the forkserver the parses are forked from (its imports, the catalogue) before the
    first document arrives."""
    from extractors.guard import warm

    # A cold start is slower, not wrong: each document then meets (and reports) what failed.
    with contextlib.suppress(Exception):
        warm(engine)


def parse_file(raw_path: str | Path, source_id: str, year: int | None,
               engine: str = "pdfplumber", ocr: str = "auto") -> Parsed:
    try:
        return _parse(raw_path, source_id, year, engine, ocr)
    except ExtractionError as exc:
        raise ParseError(str(exc)) from None
    except Exception as exc:
        raise ParseError(f"{type(exc).__name__}: {exc}") from None


def _parse(raw_path: str | Path, source_id: str, year: int | None, engine: str,
           ocr: str) -> Parsed:
    from flows.settings import ocr_options

    # In a child process under a deadline and a memory limit (BAOGAO_LIMIT_*); a daemonic
    # process (a Dask worker) may not start children, so there it parses in place, bounded by
    # the worker's own limits.
    limits = Limits.from_env()
    if multiprocessing.current_process().daemon:
        limits = dataclasses.replace(limits, deadline=0)
    document, indicators = extract_bounded(Path(raw_path), year=year, limits=limits,
                                           engine=engine, ocr=ocr, ocr_options=ocr_options())
    # Messages should name the report, not the content-addressed file it is stored as.
    document.source = source_id
    return Parsed(document, indicators)
