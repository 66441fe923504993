"""The `baogao` command line."""

from __future__ import annotations

import argparse
import csv
import errno
import json
import os
import sys
from pathlib import Path

from extractors.model import ExtractionError
from flows.settings import (
    DEFAULT_CATALOG,
    DEFAULT_DATA_DIR,
    DEFAULT_DB,
    DEFAULT_ENGINE,
    DEFAULT_LOCK_WAIT,
    DEFAULT_OCR,
    DEFAULT_TIMEZONE,
    configure_prefect_env,
    ocr_options,
)
from flows.sources import CatalogError
from warehouse.db import WarehouseError, WarehouseLocked
from warehouse.display import DisplayError


def _cmd_extract(args: argparse.Namespace) -> int:
    from extractors import render
    from extractors.guard import extract_bounded

    doc, _ = extract_bounded(args.file, with_indicators=False, engine=args.engine, ocr=args.ocr,
                             ocr_options=ocr_options())
    text = {"json": render.to_json, "md": render.to_markdown, "text": render.to_text}[args.format](doc)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    if doc.text_status != "ok":
        print(f"{args.file}: {doc.text_status.replace('_', ' ')}", file=sys.stderr)
        for note in doc.notes:
            print(f"{args.file}: {note}", file=sys.stderr)
    return 0


def _cmd_indicators(args: argparse.Namespace) -> int:
    from extractors.guard import extract_bounded

    doc, indicators = extract_bounded(args.file, year=args.year, engine=args.engine, ocr=args.ocr,
                                      ocr_options=ocr_options())
    rows = [{**i.to_dict(), "text_source": doc.page_source(i.page)} for i in indicators]
    if args.format == "jsonl":
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
    else:
        from extractors.model import Indicator

        fields = [*Indicator.__dataclass_fields__, "text_source"]
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return 0


def _cmd_sql(args: argparse.Namespace) -> int:
    import duckdb

    from warehouse.db import connect, refuse_side_effects

    with connect(args.db, read_only=True) as con:
        refuse_side_effects(con, args.query)
        try:
            frame = con.sql(args.query).df()
        except duckdb.Error as exc:
            print(f"baogao sql: {exc}", file=sys.stderr)
            return 2
    _print_frame(frame, fmt=args.format)
    return 0


def _markdown(frame) -> str:
    def cell(value) -> str:
        if value is None or (isinstance(value, float) and value != value):
            return ""
        return str(value).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(map(str, frame.columns)) + " |",
             "|" + "---|" * len(frame.columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |"
              for row in frame.itertuples(index=False)]
    return "\n".join(lines)


def _print_frame(frame, empty: str = "(no rows)", fmt: str = "table") -> None:
    if fmt == "csv":
        sys.stdout.write(frame.to_csv(index=False))
    elif fmt == "json":
        print(frame.to_json(orient="records", force_ascii=False, date_format="iso"))
    elif fmt == "markdown":
        print(_markdown(frame))
    else:
        print(frame.to_string(index=False, max_colwidth=60) if len(frame) else empty)


def _cmd_export(args: argparse.Namespace) -> int:
    from warehouse.db import connect
    from warehouse.export import export_warehouse

    # Writing files is export's job: its read-only connection may reach the output folder.
    with connect(args.db, read_only=True, locked=False) as con:
        written = export_warehouse(con, args.out, fmt=args.format, views=not args.tables_only)
    for path in written:
        print(path)
    return 0


def _print_findings(results) -> None:
    # One line a finding: the detail already names the indicator, both values and the years.
    for r in results.itertuples():
        year = "" if r.year is None or r.year != r.year else int(r.year)
        import pandas as pd

        where = ""
        if isinstance(getattr(r, "document_id", None), str):
            page = getattr(r, "page", None)
            where = f"  [{r.document_id}{f' p.{int(page)}' if pd.notna(page) else ''}]"
        print(f"{r.severity:<8}{r.check_name:<24}{r.region or ''} {year}  {r.detail}{where}")


def _validate_catalogues(catalog: Path) -> None:
    """Catalogue errors before Prefect starts: one line, exit 2, no traceback."""
    from extractors.indicators.catalog import load_catalog
    from flows.sources import load_sources
    from warehouse.display import load_display

    load_sources(catalog)
    load_display([e.record() for e in load_catalog()])


def _flow_for(args: argparse.Namespace):
    from flows.pipeline import pipeline

    if args.runner == "dask":
        from prefect_dask import DaskTaskRunner

        # An address joins a running cluster (thousands of reports over many machines);
        # without one, prefect-dask starts a local cluster of processes for the run.
        kwargs = {"address": args.dask_address} if args.dask_address else {}
        return pipeline.with_options(task_runner=DaskTaskRunner(**kwargs))
    return pipeline


class _ProgressBar:
    """A progress bar on the terminal while the flow runs (stderr, only when it is a TTY)."""

    def __init__(self, total_hint: int):
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                            TimeElapsedColumn(), transient=True)
        self.task = self.bar.add_task("starting the flow", total=total_hint or None)

    def __call__(self, done: int, total: int, outcome) -> None:
        self.bar.update(self.task, completed=done, total=total,
                        description=f"{outcome.id}: {outcome.status}")

    def __enter__(self):
        from flows.pipeline import PROGRESS_LISTENERS

        self.bar.start()
        PROGRESS_LISTENERS.append(self)
        return self

    def __exit__(self, *exc):
        from flows.pipeline import PROGRESS_LISTENERS

        PROGRESS_LISTENERS.remove(self)
        self.bar.stop()
        return False


def _cmd_run(args: argparse.Namespace) -> int:
    import contextlib

    from flows.server import owned_server
    from flows.sources import load_sources
    from warehouse.db import check_db_file

    _validate_catalogues(args.catalog)  # every catalogue problem, before Prefect starts
    check_db_file(args.db)
    flow = _flow_for(args)
    roots = [str(r) for r in args.root] or None
    show_bar = args.progress and sys.stderr.isatty()
    bar = _ProgressBar(len(load_sources(args.catalog))) if show_bar else contextlib.nullcontext()
    with owned_server(), bar:
        state = flow(catalog=str(args.catalog), db=str(args.db), data_dir=str(args.data_dir),
                     force=args.force, workers=args.workers, lock_wait=args.lock_wait,
                     roots=roots, engine=args.engine, ocr=args.ocr, return_state=True)
    summary = state.result(raise_on_failure=False)
    if isinstance(summary, BaseException):
        raise summary
    print(f"\nwarehouse: {summary.db}")
    print(summary.message)
    for note in summary.notes:
        print(f"note: {note}")
    import pandas as pd

    table = pd.DataFrame([{"document": o.id, "year": o.year, "status": o.status, "pages": o.pages,
                           "indicators": o.indicators, "error": o.error or ""}
                          for o in summary.outcomes])
    _print_frame(table)
    from warehouse.checks import latest_findings
    from warehouse.db import connect

    with connect(args.db, read_only=True) as con:
        results = latest_findings(con)
    shown = results[results["severity"] != "info"].head(args.show)
    if len(shown):
        print(f"\nfirst {len(shown)} findings (errors first; `baogao checks` lists all):")
        _print_findings(shown)
    # The command as it was called: `baogao` is not on PATH after `make run`, .venv/bin/baogao is.
    prog = sys.argv[0] if Path(sys.argv[0]).name == "baogao" else "baogao"
    print(f'\nquery it: {prog} sql "select * from indicators_display limit 5" --db {args.db}')
    # Non-zero when a document failed, like the flow run's Failed state: a scheduler must see it.
    return 1 if summary.count("failed") else 0


def deployment_name(db: Path) -> str:
    """One deployment per warehouse, so its concurrency limit of one guards that file."""
    import hashlib

    path = Path(db).resolve()
    return f"warehouse-{path.stem}-{hashlib.sha1(str(path).encode()).hexdigest()[:6]}"


def _cmd_serve(args: argparse.Namespace) -> int:
    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
    from prefect.schedules import Cron

    from flows.server import owned_server

    _validate_catalogues(args.catalog)
    flow = _flow_for(args)
    # A served deployment runs wherever the runner is: paths must not depend on where it started.
    params = {"catalog": str(args.catalog.resolve()), "db": str(args.db.resolve()),
              "data_dir": str(args.data_dir.resolve()), "workers": args.workers,
              "lock_wait": args.lock_wait, "engine": args.engine, "ocr": args.ocr}
    name = args.name or deployment_name(args.db)
    print(f"serving baogao-pipeline/{name}: cron {args.cron!r} in {args.timezone}, "
          f"warehouse {params['db']}, one run at a time", flush=True)
    # Long-running: registers a scheduled deployment with the Prefect API and executes its runs.
    with owned_server():
        flow.serve(
            name=name,
            schedules=[Cron(args.cron, timezone=args.timezone)],
            parameters=params,
            global_limit=ConcurrencyLimitConfig(
                limit=1, collision_strategy=ConcurrencyLimitStrategy.ENQUEUE),
        )
    return 0


def _known(con, column: str, table: str = "documents") -> list[str]:
    return [v for (v,) in con.execute(
        f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL ORDER BY 1").fetchall()]


def _unknown_region(con, region: str | None) -> str | None:
    if region is None:
        return None
    known = _known(con, "region")
    if region in known:
        return None
    return f"unknown region {region!r}; the warehouse has: {', '.join(known) or 'none'}"


def _cmd_checks(args: argparse.Namespace) -> int:
    from warehouse.checks import checks_due, latest_findings
    from warehouse.db import connect

    with connect(args.db, read_only=True) as con:
        unknown = _unknown_region(con, args.region)
        if unknown:
            print(f"baogao checks: {unknown}", file=sys.stderr)
            return 2
        due = checks_due(con)
        results = latest_findings(con, region=args.region, year=args.year, severity=args.severity)
    if due:
        # A run killed between its load and its checks: the findings below (if any) are older
        # than the data, so "no findings" would be a lie.
        print(f"{args.db}: checks did not complete after the last load of {len(due)} "
              f"document(s) ({', '.join(due[:5])}{' …' if len(due) > 5 else ''}); "
              "the next `baogao run` runs them", file=sys.stderr)
    if not len(results):
        if due:
            return 1
        print("no findings")
        return 0
    counts = results["severity"].value_counts().to_dict()
    print(", ".join(f"{counts.get(s, 0)} {s}" for s in ("error", "warning", "info")))
    _print_findings(results)
    return 1 if due else 0


def _cmd_plot(args: argparse.Namespace) -> int:
    from warehouse.db import connect
    from warehouse.plot import plot_indicator

    out = args.out or Path("data/plots") / f"{args.indicator}{'-' + args.region if args.region else ''}.png"
    with connect(args.db, read_only=True) as con:
        unknown = _unknown_region(con, args.region)
        if unknown:
            print(f"baogao plot: {unknown}", file=sys.stderr)
            return 2
        try:
            path = plot_indicator(con, args.indicator, Path(out), region=args.region)
        except ValueError as exc:  # nothing to draw for that indicator
            print(f"baogao plot: {exc}", file=sys.stderr)
            return 2
        except OSError as exc:  # a failed write names no file by itself: name the chart
            exc.filename = exc.filename or str(out)
            raise
    print(path)
    return 0


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("baogao")
    except PackageNotFoundError:
        return "unknown"


def _warehouse_options(p: argparse.ArgumentParser, reads: bool = True) -> None:
    p.add_argument("--db", type=Path, default=DEFAULT_DB,
                   help="the warehouse: the snapshot the last run published" if reads
                   else "the warehouse the run publishes (it writes beside it, in "
                        "NAME.writer.duckdb)")


def _flow_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--catalog", type=Path, default=DEFAULT_CATALOG,
                   help="the sources catalogue (YAML)")
    _warehouse_options(p, reads=False)
    p.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR,
                   help="where fetched raw files and charts are kept")
    p.add_argument("--workers", type=int, default=None,
                   help="extraction processes (default: one per core)")
    p.add_argument("--runner", choices=["local", "dask"], default="local",
                   help="local: extraction processes on this machine; dask: prefect-dask's task "
                        "runner on a Dask cluster")
    p.add_argument("--dask-address", default=None,
                   help="scheduler of a running Dask cluster, e.g. tcp://10.0.0.5:8786 "
                        "(default with --runner dask: a local cluster for the run)")
    p.add_argument("--lock-wait", type=float, default=DEFAULT_LOCK_WAIT,
                   help="seconds to wait for another writer of the same warehouse")
    _reading_options(p)


def _reading_options(p: argparse.ArgumentParser) -> None:
    from extractors.engines import ENGINES, OCR_MODES

    p.add_argument("--engine", choices=ENGINES, default=DEFAULT_ENGINE,
                   help="PDF text-layer reader")
    p.add_argument("--ocr", choices=OCR_MODES, default=DEFAULT_OCR,
                   help="recognise pages from their picture: never, auto (pages without usable "
                        "text), always")


class _HelpWithDefaults(argparse.HelpFormatter):
    """Each option's help ends with its default, unless there is none worth saying."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        if ("default" in text or not action.option_strings
                or action.default in (None, False, True, argparse.SUPPRESS)):
            return text
        return f"{text} (default: %(default)s)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="baogao", description=__doc__)
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    fmt = _HelpWithDefaults

    def command(name: str, summary: str, description: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=summary, description=description, formatter_class=fmt)

    p = command("extract", "repair the layout of a PDF or text file",
                "Print the repaired layout of a report (a PDF or a plain-text file).")
    p.add_argument("file", type=Path, help="a PDF, or a .txt file another tool extracted")
    p.add_argument("--format", choices=["json", "md", "text"], default="md", help="output format")
    _reading_options(p)
    p.set_defaults(func=_cmd_extract)

    p = command("indicators", "list the indicators of a PDF or text file",
                "Print every quantity the report states, one row each.")
    p.add_argument("file", type=Path, help="a PDF, or a .txt file another tool extracted")
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl", help="output format")
    p.add_argument("--year", type=int, help="the report's year (default: read from the text)")
    _reading_options(p)
    p.set_defaults(func=_cmd_indicators)

    p = command("run", "run a sources catalogue through the pipeline flow",
                "Fetch, extract, load and check every report of the catalogue, then publish "
                "the warehouse snapshot. Exit 1 when a document failed, 2 on a bad catalogue "
                "or a warehouse that stayed locked.")
    _flow_options(p)
    p.add_argument("--force", action="store_true", help="re-parse documents even if unchanged")
    p.add_argument("--show", type=int, default=10, help="how many findings to print")
    p.add_argument("--root", type=Path, action="append", default=[],
                   help="a folder local sources may be read from (repeatable; default: the "
                        "catalogue's folder)")
    p.add_argument("--no-progress", dest="progress", action="store_false",
                   help="no progress bar (there is none unless stderr is a terminal)")
    p.set_defaults(func=_cmd_run)

    p = command("serve", "serve the pipeline as a scheduled Prefect deployment",
                "Register a deployment of the flow with the Prefect API (PREFECT_API_URL) and "
                "run it on a schedule, one run at a time per warehouse.")
    _flow_options(p)
    p.add_argument("--cron", default="0 6 * * *", help="schedule (minute hour day month weekday)")
    p.add_argument("--timezone", default=DEFAULT_TIMEZONE,
                   help="time zone the cron schedule is read in (IANA name)")
    p.add_argument("--name", default=None,
                   help="deployment name (default: warehouse-STEM-HASH, one per warehouse)")
    p.set_defaults(func=_cmd_serve)

    p = command("checks", "print the findings of the last check run",
                "Print the last check run's findings, errors first, with their document and page.")
    _warehouse_options(p)
    p.add_argument("--region", help="only this region (exactly as in the catalogue)")
    p.add_argument("--year", type=int, help="only findings about this year")
    p.add_argument("--severity", choices=["error", "warning", "info"], help="only this severity")
    p.set_defaults(func=_cmd_checks)

    p = command("plot", "chart one canonical indicator across years (PNG)",
                "Chart an indicator's annual series in its display unit, flags in red.")
    p.add_argument("indicator", help="canonical id, e.g. gdp.growth")
    p.add_argument("--region", help="only this region (default: every region)")
    _warehouse_options(p)
    p.add_argument("--out", type=Path, help="PNG path (default: data/plots/INDICATOR.png)")
    p.set_defaults(func=_cmd_plot)

    p = command("sql", "run a read-only SQL query against the warehouse",
                "Run one SQL query on a read-only connection to the published snapshot; it "
                "never waits for a running flow.")
    p.add_argument("query", help='e.g. "select * from indicators_display limit 5"')
    _warehouse_options(p)
    p.add_argument("--format", choices=["table", "csv", "json", "markdown"], default="table",
                   help="output format")
    p.set_defaults(func=_cmd_sql)

    p = command("export", "export tables and views as Parquet or CSV files",
                "Write every table and view of the warehouse to a folder, one file each.")
    _warehouse_options(p)
    p.add_argument("--format", choices=["parquet", "csv"], default="parquet", help="file format")
    p.add_argument("--out", type=Path, default=DEFAULT_DATA_DIR / "export", help="folder")
    p.add_argument("--tables-only", action="store_true", help="tables, not views")
    p.set_defaults(func=_cmd_export)
    return parser


def main(argv: list[str] | None = None) -> int:
    configure_prefect_env()
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (ExtractionError, CatalogError, WarehouseError, FileNotFoundError, WarehouseLocked,
            DisplayError) as exc:
        for line in str(exc).splitlines():  # a catalogue reports every problem, one a line
            print(f"baogao: {line}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # `baogao checks | head`: the reader has gone; keep Python from complaining at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        if exc.errno not in (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES):
            raise
        where = exc.filename or "output"
        problem = "disk full" if exc.errno in (errno.ENOSPC, errno.EDQUOT) else exc.strerror
        print(f"baogao: {where}: {problem}", file=sys.stderr)
        return 2
    except Exception as exc:
        # DuckDB reports a full disk as its own IOException, naming the file in its text.
        if "No space left on device" not in str(exc):
            raise
        print(f"baogao: disk full ({str(exc).splitlines()[0]})", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
