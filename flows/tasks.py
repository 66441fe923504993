"""Prefect tasks: thin wrappers that give the plain functions retries, logs and names."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from extractors.extract import extract_document
from extractors.indicators import extract_indicators
from extractors.model import Document, Indicator
from flows.fetch import Fetched, FetchError, read_source, store_raw
from flows.settings import DEFAULT_ENGINE, DEFAULT_OCR, PROJECT_ROOT, ocr_options
from flows.sources import Source


def _retry_if_transient(task, task_run, state) -> bool:
    exc = state.result(raise_on_failure=False)
    return isinstance(exc, FetchError) and exc.transient


@task(name="fetch", retries=2, retry_delay_seconds=[1, 5], retry_condition_fn=_retry_if_transient,
      cache_policy=NO_CACHE)
def fetch_source(source: Source, raw_dir: Path, timeout: float = 30.0) -> Fetched:
    return store_raw(read_source(source.location, timeout=timeout), raw_dir, source.location)


@dataclass(slots=True)
class Parsed:
    document: Document
    indicators: list[Indicator]


@task(name="extract", cache_policy=NO_CACHE)
def parse_document(fetched: Fetched, source: Source, engine: str = DEFAULT_ENGINE,
                   ocr: str = DEFAULT_OCR) -> Parsed:
    document = extract_document(fetched.raw_path, engine=engine, ocr=ocr, ocr_options=ocr_options())
    # Messages should name the report, not the content-addressed file it is stored as.
    document.source = source.id
    indicators = extract_indicators(document, year=source.year) if document.text_status == "ok" else []
    return Parsed(document, indicators)


def parser_version() -> str:
    """A digest of everything that shapes parsed rows: a changed extractor re-parses documents."""
    digest = hashlib.sha256()
    files = sorted((PROJECT_ROOT / "extractors").rglob("*.py"))
    files += sorted((PROJECT_ROOT / "catalog").glob("indicators*.yaml"))
    for path in files:
        digest.update(path.relative_to(PROJECT_ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
