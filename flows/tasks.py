"""Prefect tasks: thin wrappers that give the plain functions retries, logs and names."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from extractors.guard import extract_bounded
from extractors.model import Document, Indicator
from flows.fetch import Fetched, FetchSettings, fetch
from flows.settings import PROJECT_ROOT
from flows.sources import Source


# No Prefect retries: `fetch` retries transient failures itself, within one overall deadline.
@task(name="fetch", cache_policy=NO_CACHE)
def fetch_source(source: Source, raw_dir: Path, settings: FetchSettings) -> Fetched:
    return fetch(source.location, raw_dir, settings)


@dataclass(slots=True)
class Parsed:
    document: Document
    indicators: list[Indicator]


@task(name="extract", cache_policy=NO_CACHE)
def parse_document(fetched: Fetched, source: Source) -> Parsed:
    # In a child process under a deadline and a memory limit (BAOGAO_LIMIT_*).
    document, indicators = extract_bounded(fetched.raw_path, year=source.year)
    # Messages should name the report, not the content-addressed file it is stored as.
    document.source = source.id
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
