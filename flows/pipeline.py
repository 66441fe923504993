"""The pipeline flow: fetch → extract → load → checks → charts → publish.

Fetches run concurrently in threads; each extraction runs in a process of its own, one per core
at a time, or on a Dask cluster's workers; one writer in the flow's process loads each document
as its parse completes. The write connection is let go whenever no parse is ready and another
writer (a second run of the same warehouse) waits for it, so that one is never starved. At the
end the writer runs the checks and publishes the warehouse as a read-only snapshot, swapped in
atomically, which is what every reader opens.
"""

from __future__ import annotations

import base64
import hashlib
import re
import time
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field
from pathlib import Path

import duckdb
import pandas as pd
from prefect import flow, get_run_logger, task
from prefect.artifacts import (
    create_markdown_artifact,
    create_progress_artifact,
    create_table_artifact,
    update_progress_artifact,
)
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.futures import as_completed
from prefect.states import Completed, Failed
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import opaque

from extractors.indicators.catalog import load_catalog
from flows.fetch import Fetched, FetchSettings
from flows.settings import DEFAULT_DATA_DIR, DEFAULT_DB, DEFAULT_ENGINE, DEFAULT_OCR, default_roots
from flows.sources import Source, load_sources
from flows.tasks import Parsed, extraction_pool, parse_document, parser_version
from flows.tasks import fetch_source as fetch_task
from warehouse.checks import CheckRun, latest_findings, run_checks, summary_markdown
from warehouse.db import (
    connect,
    connect_writer,
    publish_snapshot,
    writer_path,
    writers_waiting,
)
from warehouse.load import (
    DocumentRecord,
    clear_failure,
    keep_previous,
    load_canonical_catalog,
    load_document,
)
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
    notes: list[str] = field(default_factory=list)  # what went wrong beside the documents

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


# Who wants to hear of each document as it is done (the terminal's progress bar): called with
# (documents done, documents in all, the outcome). Not a flow parameter: it is not data.
ProgressListener = Callable[[int, int, Outcome], None]
PROGRESS_LISTENERS: list[ProgressListener] = []


def artifact_key(catalog: str | Path) -> str:
    """A key per catalogue, so two catalogues' latest artifacts do not overwrite each other:
    the file's stem and a digest of its absolute path (keys allow a-z, 0-9 and dashes)."""
    path = Path(catalog).resolve()
    stem = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "catalog"
    return f"baogao-{stem}-{hashlib.sha1(str(path).encode()).hexdigest()[:6]}"


def _record(source: Source, **kw) -> DocumentRecord:
    return DocumentRecord(id=source.id, region=source.region, body=source.body, kind=source.kind,
                          year=source.year, url=source.location, **kw)


def _outcome(source: Source, status: str, **kw) -> Outcome:
    return Outcome(source.id, source.region, source.kind, source.year, status, **kw)


def _fail(con: duckdb.DuckDBPyConnection, source: Source, error: str, previous=None,
          **kw) -> Outcome:
    """Today's bytes failed to fetch, parse or validate; nothing loaded before is lost to that."""
    failed = _outcome(source, "failed", error=error)
    try:
        if previous and previous[2] != "failed" and keep_previous(con, source.id, error):
            failed.error, failed.pages = f"{error} (the previous load is kept)", previous[3]
            return failed
        load_document(con, _record(source, status="failed", error=error, **kw))
    except duckdb.Error as exc:  # e.g. the disk is full: the run still ends with its summary
        failed.error = f"{error}; not recorded: {str(exc).splitlines()[0]}"
    return failed


@task(name="load", task_run_name="load {source.id}", cache_policy=NO_CACHE)
def load_task(con: duckdb.DuckDBPyConnection, source: Source, fetched: Fetched | None,
              parsed: Parsed | None, error: str | None, version: str, force: bool) -> Outcome:
    """One document's rows in one transaction, or its failure recorded."""
    previous = con.execute(
        "SELECT sha256, parser_version, status, pages FROM documents WHERE id = ?", [source.id]
    ).fetchone()
    if fetched is None:
        return _fail(con, source, f"fetch failed: {error}", previous)
    raw = {"sha256": fetched.sha256, "raw_path": str(fetched.raw_path), "parser_version": version}
    same = (not force and previous and previous[:2] == (fetched.sha256, version)
            and previous[2] != "failed")
    if same and (parsed is None or error is None):
        # Loaded already: by the last run, or by another run that held the writer meanwhile.
        count = con.execute("SELECT count(*) FROM indicators WHERE document_id = ?",
                            [source.id]).fetchone()[0]
        clear_failure(con, source.id)
        return _outcome(source, "unchanged", pages=previous[3], indicators=count)
    if error is not None:
        return _fail(con, source, f"extract failed: {error}", previous, **raw)
    if parsed is None:  # judged unchanged from the snapshot, but the writer has no such load
        return _fail(con, source, "extract skipped for a load the warehouse does not hold; "
                                  "run again", previous, **raw)
    doc = parsed.document
    status = "loaded" if doc.text_status == "ok" else "no_text"
    note = "; ".join(doc.notes) if status == "no_text" else None
    if status == "no_text" and previous and previous[2] == "loaded":
        # Text yesterday, none today: a broken or swapped file, not a reason to drop the rows.
        return _fail(con, source, f"no usable text in today's bytes: {note}", previous, **raw)
    try:
        load_document(con, _record(source, status=status, error=note, **raw), doc,
                      parsed.indicators)
    except duckdb.Error as exc:
        return _fail(con, source, f"load failed: {exc}", previous, **raw)
    clear_failure(con, source.id)
    logger = get_run_logger()
    logger.info("%s: %s, %d indicators", source.id, status, len(parsed.indicators))
    if status == "loaded":
        for text in doc.notes:  # e.g. glyphs left undecided, pages read by OCR
            logger.warning("%s: %s", source.id, text)
    return _outcome(source, status, pages=doc.pages, indicators=len(parsed.indicators),
                    error=note)


@task(name="checks", task_run_name="checks", cache_policy=NO_CACHE)
def checks_task(con: duckdb.DuckDBPyConnection) -> tuple[CheckRun, pd.DataFrame]:
    run = run_checks(con)
    get_run_logger().info("check run %s: %d errors, %d warnings, %d info", run.run_id,
                          run.errors, run.warnings, run.infos)
    return run, latest_findings(con)


@task(name="charts", task_run_name="charts", cache_policy=NO_CACHE)
def charts_task(con: duckdb.DuckDBPyConnection, findings: pd.DataFrame, plots_dir: Path,
                limit: int = 6) -> tuple[list[Path], list[str]]:
    """Charts of the indicators that errors were found in: people look before they read."""
    errors = findings[(findings["severity"] == "error") & findings["canonical"].notna()]
    charts: list[Path] = []
    notes: list[str] = []
    for canonical in list(dict.fromkeys(errors["canonical"]))[:limit]:
        try:
            charts.append(plot_indicator(con, canonical, plots_dir / f"{canonical}.png"))
        except ValueError:  # no annual series to draw, e.g. a term total
            continue
        except OSError as exc:  # disk full or not writable: the data is loaded, say so and go on
            notes.append(f"chart {plots_dir / f'{canonical}.png'} not written: "
                         f"{exc.strerror or exc}")
    get_run_logger().info("%d charts of flagged indicators in %s", len(charts), plots_dir)
    return charts, notes


@task(name="publish snapshot", task_run_name="publish snapshot", cache_policy=NO_CACHE)
def publish_task(con: duckdb.DuckDBPyConnection, db: Path) -> Path:
    path = publish_snapshot(con, db)
    get_run_logger().info("published the warehouse snapshot %s", path)
    return path


def _publish_artifacts(key: str, summary: RunSummary, checks_markdown: str,
                       charts: list[Path]) -> None:
    create_table_artifact(key=f"{key}-documents", table=[asdict(o) for o in summary.outcomes],
                          description=summary.message)
    create_markdown_artifact(key=f"{key}-checks", markdown=checks_markdown,
                             description="Year-over-year checks, errors first")
    if charts:
        # Inlined so the chart shows in the UI wherever the server runs, not only on this disk.
        images = [f"### {p.stem}\n\n![{p.stem}](data:image/png;base64,"
                  f"{base64.b64encode(p.read_bytes()).decode()})\n\n`{p}`" for p in charts]
        create_markdown_artifact(key=f"{key}-charts", markdown="\n\n".join(images),
                                 description="Series of the indicators with errors, flags in red")


def _published_state(db: Path) -> dict[str, tuple[str, str]]:
    """sha256 and parser version of every good load in the last published snapshot: what need
    not be parsed again. Read from the snapshot, so it never waits for a writer."""
    if not db.exists():
        return {}
    try:
        with connect(db, read_only=True) as con:
            rows = con.execute("SELECT id, sha256, parser_version FROM documents "
                               "WHERE status <> 'failed' AND sha256 IS NOT NULL").fetchall()
    except duckdb.Error:
        return {}
    return {i: (sha, version) for i, sha, version in rows}


def _is_done(future) -> bool:
    wrapped = getattr(future, "wrapped_future", None)
    return bool(wrapped is not None and wrapped.done())


class _Writer:
    """The write connection, opened when there is something to write and released between
    documents when another writer waits for it."""

    def __init__(self, db: Path, wait: float, on_wait: Callable[[str], None]):
        self.db, self.wait, self.on_wait = db, wait, on_wait
        self._con: duckdb.DuckDBPyConnection | None = None
        self._catalogued = False

    def con(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            self._con = connect_writer(self.db, wait=self.wait, on_wait=self.on_wait)
            if not self._catalogued:  # once a run: the catalogue file does not change in one
                load_canonical_catalog(self._con, [e.record() for e in load_catalog()])
                self._catalogued = True
        return self._con

    def wanted(self) -> bool:
        """Another process waits for the write connection."""
        return writers_waiting(writer_path(self.db))

    def release(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None


class _Progress:
    """The run's progress artifact, updated at most every `every` seconds: one API call a
    document is a cost the API server takes from the parsing on a catalogue of thousands."""

    def __init__(self, artifact_id, total: int, every: float = 2.0,
                 clock: Callable[[], float] = time.monotonic):
        self.artifact_id, self.total, self.every, self.clock = artifact_id, total, every, clock
        self._last = clock()
        self._shown = 0

    def update(self, done: int, final: bool = False) -> None:
        now = self.clock()
        if done != self._shown and (final or now - self._last >= self.every):
            update_progress_artifact(self.artifact_id, progress=100.0 * done / self.total)
            self._last, self._shown = now, done


def _settle(future) -> tuple[object, str | None]:
    """A finished future's value, or None and what went wrong."""
    try:
        return future.result(), None
    except Exception as exc:
        return None, str(exc) or type(exc).__name__


# Threads run the tasks (fetches wait on the network; extract tasks wait on the process pool).
# Bounded, so a catalogue of thousands does not open thousands of connections at once.
TASK_THREADS = 16


@flow(name="baogao-pipeline", task_runner=ThreadPoolTaskRunner(max_workers=TASK_THREADS))
def pipeline(catalog: str, db: str = str(DEFAULT_DB), data_dir: str = str(DEFAULT_DATA_DIR),
             force: bool = False, fetch_timeout: float | None = None,
             workers: int | None = None, lock_wait: float = 600.0,
             roots: list[str] | None = None, engine: str = DEFAULT_ENGINE,
             ocr: str = DEFAULT_OCR):
    """Run every report of a sources catalogue into the warehouse and check the result.

    workers: extraction processes (default: one per core); ignored on a Dask cluster, whose
    workers parse. lock_wait: how long to wait for another writer of the same warehouse.
    Local sources must lie under `roots` (default: the catalogue's folder); fetch limits come
    from BAOGAO_FETCH_* (`fetch_timeout` overrides the read timeout). engine and ocr: how PDFs
    are read (see `baogao extract --help`).
    """
    logger = get_run_logger()
    sources = load_sources(catalog)
    db_path, data = Path(db), Path(data_dir)
    raw_dir = data / "raw"
    fetch_settings = FetchSettings.from_env(read_timeout=fetch_timeout,
                                            roots=roots or default_roots(catalog))
    # Another engine or OCR mode gives other rows: a document read differently is parsed again.
    version = f"{parser_version()}-{engine}-ocr:{ocr}"
    summary = RunSummary(db=str(db))
    key = artifact_key(catalog)
    total = len(sources)
    progress_id = create_progress_artifact(
        progress=0.0, key=f"{key}-progress",
        description=f"documents done of {total} ({Path(catalog).name})")
    published = _published_state(db_path)
    writer = _Writer(db_path, lock_wait, logger.warning)
    runner = FlowRunContext.get().task_runner if FlowRunContext.get() else None
    # Local threads run the tasks, a child process each parse, so many at once as there are
    # extraction slots (one per core); on Dask, its workers parse.
    local = runner is None or isinstance(runner, ThreadPoolTaskRunner)
    logger.info("%d sources from %s; parser %s; extraction %s", total, catalog, version,
                f"{workers or 'one per core'} at a time, each in a process of its own" if local
                else f"on {type(runner).__name__}")
    outcomes: dict[str, Outcome] = {}
    progress = _Progress(progress_id, total)
    with extraction_pool(workers, engine) if local else nullcontext() as pool:
        fetches = {s.id: fetch_task.submit(s, raw_dir, fetch_settings) for s in sources}
        parses = {parse_document.submit(fetches[s.id], s, published.get(s.id), version, force,
                                        engine, ocr): s
                  for s in sources}
        pending = set(parses)
        try:
            for future in as_completed(list(parses)):
                pending.discard(future)
                source = parses[future]
                fetched, error = _settle(fetches[source.id])
                parsed = None
                if error is None:
                    parsed, error = _settle(future)
                    parsed = pool.take(parsed) if pool else parsed
                # opaque: Prefect need not walk the document's blocks to find its inputs;
                # wait_for still draws the extract → load edge in the UI (of a successful
                # extract only: a failed one would keep the load, which records it, from running).
                outcome = load_task(writer.con(), source, fetched, opaque(parsed), error,
                                    version, force, wait_for=[future] if error is None else None)
                del parsed  # one document's rows in memory at a time
                if outcome.error:
                    logger.warning("%s: %s — %s", source.id, outcome.status, outcome.error)
                outcomes[source.id] = outcome
                progress.update(len(outcomes))
                for listener in list(PROGRESS_LISTENERS):
                    listener(len(outcomes), total, outcome)
                if pending and not any(_is_done(f) for f in pending) and writer.wanted():
                    writer.release()  # nothing to load right now: let the other writer in
        except BaseException:
            writer.release()
            raise
    summary.outcomes = [outcomes[s.id] for s in sources]
    try:
        con = writer.con()
        check_run, findings = checks_task(con)
        summary.check_run_id = check_run.run_id
        summary.check_counts = dict(check_run.counts)
        charts, notes = charts_task(con, findings, data / "plots")
        summary.notes += notes
        publish_task(con, db_path)
    finally:
        writer.release()
    for note in summary.notes:
        logger.warning(note)
    _publish_artifacts(key, summary, summary_markdown(findings), charts)
    if total:
        progress.update(total, final=True)
    logger.info(summary.message)
    if summary.count("failed"):
        # Not green: a run that lost documents must show it in the UI and to a scheduler.
        return Failed(message=summary.message, data=summary)
    return Completed(message=summary.message, data=summary)

