"""Parsing one stored report: the CPU-bound step the flow hands to worker processes.

Kept free of Prefect so a worker process starts in a fraction of a second."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from extractors.extract import extract_document
from extractors.indicators import extract_indicators
from extractors.model import Document, Indicator


@dataclass(slots=True)
class Parsed:
    document: Document
    indicators: list[Indicator]


def parse_file(raw_path: str | Path, source_id: str, year: int | None) -> Parsed:
    document = extract_document(Path(raw_path))
    # Messages should name the report, not the content-addressed file it is stored as.
    document.source = source_id
    indicators = extract_indicators(document, year=year) if document.text_status == "ok" else []
    return Parsed(document, indicators)
