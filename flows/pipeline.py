"""The pipeline flow: fetch → extract → indicators → load → checks, one document at a time."""

from __future__ import annotations

import base64
from dataclasses import asdict, dataclass, field
from pathlib import Path

import duckdb
import pandas as pd
from prefect import flow, get_run_logger
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.states import Completed

from extractors.indicators.catalog import load_catalog
from flows.settings import DEFAULT_DATA_DIR, DEFAULT_DB, DEFAULT_ENGINE, DEFAULT_OCR
from flows.sources import Source, load_sources
from flows.tasks import fetch_source as fetch_task
from flows.tasks import parse_document, parser_version
from warehouse.checks import run_checks, summary_markdown
from warehouse.db import connect
from warehouse.load import DocumentRecord, load_canonical_catalog, load_document
from warehouse.plot import plot_indicator


@dataclass(slots=True)
class Outcome:
    id: str
    region: str
    kind: str
    year: int
    status: str  # loaded / unchanged / no_text / failed
    pages: int | None = None
    indicators: int = 0
    error: str | None = None


@dataclass(slots=True)
class RunSummary:
    db: str
    outcomes: list[Outcome] = field(default_factory=list)
    check_run_id: str | None = None
    check_counts: dict[str, int] = field(default_factory=dict)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def message(self) -> str:
        docs = (f"{len(self.outcomes)} documents: {self.count('loaded')} loaded, "
                f"{self.count('unchanged')} unchanged, {self.count('no_text')} without text, "
                f"{self.count('failed')} failed")
        c = self.check_counts
        checks = (f"checks: {c.get('error', 0)} errors, {c.get('warning', 0)} warnings, "
                  f"{c.get('info', 0)} info")
        return f"{docs}; {checks}"


def _record(source: Source, **kw) -> DocumentRecord:
    return DocumentRecord(id=source.id, region=source.region, body=source.body, kind=source.kind,
                          year=source.year, url=source.location, **kw)


def _fail(con: duckdb.DuckDBPyConnection, source: Source, error: str, **kw) -> Outcome:
    load_document(con, _record(source, status="failed", error=error, **kw))
    return Outcome(source.id, source.region, source.kind, source.year, "failed", error=error)


def _process(con, source: Source, fetch_future, version: str, force: bool,
             engine: str = DEFAULT_ENGINE, ocr: str = DEFAULT_OCR) -> Outcome:
    previous = con.execute(
        "SELECT sha256, parser_version, status, pages FROM documents WHERE id = ?", [source.id]
    ).fetchone()
    try:
        fetched = fetch_future.result()
    except Exception as exc:
        error = f"fetch failed: {exc}"
        if previous and previous[2] != "failed":
            # A source that is down today must not wipe what it gave before: keep that load.
            error += " (the previous load is kept)"
            con.execute("UPDATE documents SET error = ? WHERE id = ?", [error, source.id])
            return Outcome(source.id, source.region, source.kind, source.year, "failed",
                           pages=previous[3], error=error)
        return _fail(con, source, error)
    raw = {"sha256": fetched.sha256, "raw_path": str(fetched.raw_path), "parser_version": version}
    if not force and previous and previous[:2] == (fetched.sha256, version) and previous[2] != "failed":
        count = con.execute("SELECT count(*) FROM indicators WHERE document_id = ?",
                            [source.id]).fetchone()[0]
        return Outcome(source.id, source.region, source.kind, source.year, "unchanged",
                       pages=previous[3], indicators=count)
    state = parse_document(fetched, source, engine, ocr, return_state=True)
    if state.is_failed():
        return _fail(con, source, f"extract failed: {state.result(raise_on_failure=False)}", **raw)
    parsed = state.result()
    doc = parsed.document
    status = "loaded" if doc.text_status == "ok" else "no_text"
    error = "; ".join(doc.notes) if status == "no_text" else None
    try:
        load_document(con, _record(source, status=status, error=error, **raw), doc, parsed.indicators)
    except duckdb.Error as exc:
        return _fail(con, source, f"load failed: {exc}", **raw)
    return Outcome(source.id, source.region, source.kind, source.year, status, pages=doc.pages,
                   indicators=len(parsed.indicators), error=error)


def _load_indicator_catalog(con: duckdb.DuckDBPyConnection) -> None:
    load_canonical_catalog(con, [e.record() for e in load_catalog()])


def _chart_flagged(con: duckdb.DuckDBPyConnection, results: pd.DataFrame, plots_dir: Path,
                   limit: int = 6) -> list[Path]:
    """Charts of the indicators that errors were found in: people look before they read."""
    errors = results[(results["severity"] == "error") & results["canonical"].notna()]
    charts = []
    for canonical in list(dict.fromkeys(errors["canonical"]))[:limit]:
        try:
            charts.append(plot_indicator(con, canonical, plots_dir / f"{canonical}.png"))
        except ValueError:  # no annual series to draw, e.g. a term total
            continue
    return charts


def _publish(summary: RunSummary, checks_markdown: str, charts: list[Path]) -> None:
    create_table_artifact(
        key="baogao-documents",
        table=[asdict(o) for o in summary.outcomes],
        description=summary.message,
    )
    create_markdown_artifact(key="baogao-checks", markdown=checks_markdown,
                             description="Year-over-year checks, errors first")
    if charts:
        # Inlined so the chart shows in the UI wherever the server runs, not only on this disk.
        images = [f"### {p.stem}\n\n![{p.stem}](data:image/png;base64,"
                  f"{base64.b64encode(p.read_bytes()).decode()})\n\n`{p}`" for p in charts]
        create_markdown_artifact(key="baogao-flagged-charts", markdown="\n\n".join(images),
                                 description="Series of the indicators with errors, flags in red")


@flow(name="baogao-pipeline")
def pipeline(catalog: str, db: str = str(DEFAULT_DB), data_dir: str = str(DEFAULT_DATA_DIR),
             force: bool = False, fetch_timeout: float = 30.0, engine: str = DEFAULT_ENGINE,
             ocr: str = DEFAULT_OCR):
    """Run every report of a sources catalogue into the warehouse and check the result."""
    logger = get_run_logger()
    sources = load_sources(catalog)
    raw_dir = Path(data_dir) / "raw"
    # Another engine or OCR mode gives other rows: a document read differently is parsed again.
    version = f"{parser_version()}-{engine}-ocr:{ocr}"
    summary = RunSummary(db=str(db))
    # Fetches run concurrently (they wait on the network); parsing and loading run one by one,
    # since parsing is CPU-bound and DuckDB takes one writer.
    futures = [(s, fetch_task.submit(s, raw_dir, fetch_timeout)) for s in sources]
    with connect(db) as con:
        _load_indicator_catalog(con)
        for source, future in futures:
            outcome = _process(con, source, future, version, force, engine, ocr)
            if outcome.error:
                logger.warning("%s: %s — %s", source.id, outcome.status, outcome.error)
            summary.outcomes.append(outcome)
        check_run = run_checks(con)
        summary.check_run_id = check_run.run_id
        summary.check_counts = dict(check_run.counts)
        checks_md = summary_markdown(check_run.results)
        charts = _chart_flagged(con, check_run.results, Path(data_dir) / "plots")
    _publish(summary, checks_md, charts)
    logger.info(summary.message)
    return Completed(message=summary.message, data=summary)
