"""The `baogao` command line."""

from __future__ import annotations

import argparse
import csv
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
    DEFAULT_OCR,
    configure_prefect_env,
    ocr_options,
)
from flows.sources import CatalogError


def _cmd_extract(args: argparse.Namespace) -> int:
    from extractors import render
    from extractors.extract import extract_document

    doc = extract_document(args.file, engine=args.engine, ocr=args.ocr, ocr_options=ocr_options())
    text = {"json": render.to_json, "md": render.to_markdown, "text": render.to_text}[args.format](doc)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    if doc.text_status != "ok":
        print(f"{args.file}: {doc.text_status.replace('_', ' ')}", file=sys.stderr)
        for note in doc.notes:
            print(f"{args.file}: {note}", file=sys.stderr)
    return 0


def _cmd_indicators(args: argparse.Namespace) -> int:
    from extractors.extract import extract_document
    from extractors.indicators import extract_indicators

    doc = extract_document(args.file, engine=args.engine, ocr=args.ocr, ocr_options=ocr_options())
    rows = [{**i.to_dict(), "text_source": doc.page_source(i.page)}
            for i in extract_indicators(doc, year=args.year)]
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

    from warehouse.db import connect

    with connect(args.db, read_only=True) as con:
        try:
            frame = con.sql(args.query).df()
        except duckdb.Error as exc:
            print(f"baogao sql: {exc}", file=sys.stderr)
            return 2
    _print_frame(frame)
    return 0


def _print_frame(frame, empty: str = "(no rows)") -> None:
    print(frame.to_string(index=False, max_colwidth=60) if len(frame) else empty)


def _print_findings(results) -> None:
    # One line a finding: the detail already names the indicator, both values and the years.
    for r in results.itertuples():
        year = "" if r.year is None or r.year != r.year else int(r.year)
        print(f"{r.severity:<8}{r.check_name:<24}{r.region or ''} {year}  {r.detail}")


def _cmd_run(args: argparse.Namespace) -> int:
    from flows.pipeline import pipeline

    summary = pipeline(catalog=str(args.catalog), db=str(args.db), data_dir=str(args.data_dir),
                       force=args.force, engine=args.engine, ocr=args.ocr)
    print(f"\nwarehouse: {summary.db}")
    print(summary.message)
    import pandas as pd

    table = pd.DataFrame([{"document": o.id, "year": o.year, "status": o.status, "pages": o.pages,
                           "indicators": o.indicators, "error": o.error or ""}
                          for o in summary.outcomes])
    _print_frame(table)
    from warehouse.checks import latest_results
    from warehouse.db import connect

    with connect(args.db, read_only=True) as con:
        results = latest_results(con)
    shown = results[results["severity"] != "info"].head(args.show)
    if len(shown):
        print(f"\nfirst {len(shown)} findings (errors first; `baogao checks` lists all):")
        _print_findings(shown)
    print(f'\nquery it: baogao sql "select * from indicators limit 5" --db {args.db}')
    return 1 if summary.count("failed") == len(summary.outcomes) and summary.outcomes else 0


def _cmd_serve(args: argparse.Namespace) -> int:
    from flows.pipeline import pipeline

    # Long-running: registers a scheduled deployment with the Prefect API and executes its runs.
    pipeline.serve(
        name="baogao-scheduled",
        cron=args.cron,
        parameters={"catalog": str(args.catalog), "db": str(args.db),
                    "data_dir": str(args.data_dir)},
    )
    return 0


def _cmd_checks(args: argparse.Namespace) -> int:
    from warehouse.checks import latest_results
    from warehouse.db import connect

    with connect(args.db, read_only=True) as con:
        results = latest_results(con, region=args.region, year=args.year, severity=args.severity)
    if not len(results):
        print("no findings")
        return 0
    counts = results["severity"].value_counts().to_dict()
    print(", ".join(f"{counts.get(s, 0)} {s}" for s in ("error", "warning", "info")))
    _print_findings(results)
    return 0


def _cmd_plot(args: argparse.Namespace) -> int:
    from warehouse.db import connect
    from warehouse.plot import plot_indicator

    out = args.out or Path("data/plots") / f"{args.indicator}{'-' + args.region if args.region else ''}.png"
    with connect(args.db, read_only=True) as con:
        try:
            path = plot_indicator(con, args.indicator, Path(out), region=args.region)
        except ValueError as exc:  # nothing to draw for that indicator
            print(f"baogao plot: {exc}", file=sys.stderr)
            return 2
    print(path)
    return 0


def _reading_options(p: argparse.ArgumentParser) -> None:
    from extractors.engines import ENGINES, OCR_MODES

    p.add_argument("--engine", choices=ENGINES, default=DEFAULT_ENGINE,
                   help=f"PDF text-layer reader (default: {DEFAULT_ENGINE})")
    p.add_argument("--ocr", choices=OCR_MODES, default=DEFAULT_OCR,
                   help="recognise pages from their picture: never, auto (pages without usable "
                        f"text), always (default: {DEFAULT_OCR})")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="baogao", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="repair the layout of a PDF or text file")
    p.add_argument("file", type=Path)
    p.add_argument("--format", choices=["json", "md", "text"], default="md")
    _reading_options(p)
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("indicators", help="list the indicators of a PDF or text file")
    p.add_argument("file", type=Path)
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    p.add_argument("--year", type=int, help="the report's year (default: read from the text)")
    _reading_options(p)
    p.set_defaults(func=_cmd_indicators)

    p = sub.add_parser("run", help="run a sources catalogue through the pipeline flow")
    p.add_argument("--catalog", type=Path, default=DEFAULT_CATALOG)
    p.add_argument("--db", type=Path, default=DEFAULT_DB)
    p.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR,
                   help="where fetched raw files are kept (default: data)")
    p.add_argument("--force", action="store_true", help="re-parse documents even if unchanged")
    _reading_options(p)
    p.add_argument("--show", type=int, default=10, help="how many findings to print")
    p.set_defaults(func=_cmd_run)

    p = sub.add_parser("serve", help="serve the pipeline as a scheduled Prefect deployment")
    p.add_argument("--catalog", type=Path, default=DEFAULT_CATALOG)
    p.add_argument("--db", type=Path, default=DEFAULT_DB)
    p.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    p.add_argument("--cron", default="0 6 * * *", help="schedule (default: daily at 06:00)")
    p.set_defaults(func=_cmd_serve)

    p = sub.add_parser("checks", help="print the findings of the last check run")
    p.add_argument("--db", type=Path, default=DEFAULT_DB)
    p.add_argument("--region")
    p.add_argument("--year", type=int)
    p.add_argument("--severity", choices=["error", "warning", "info"])
    p.set_defaults(func=_cmd_checks)

    p = sub.add_parser("plot", help="chart one canonical indicator across years (PNG)")
    p.add_argument("indicator", help="canonical id, e.g. gdp.growth")
    p.add_argument("--region")
    p.add_argument("--db", type=Path, default=DEFAULT_DB)
    p.add_argument("--out", type=Path, help="PNG path (default: data/plots/INDICATOR.png)")
    p.set_defaults(func=_cmd_plot)

    p = sub.add_parser("sql", help="run a read-only SQL query against the warehouse")
    p.add_argument("query")
    p.add_argument("--db", type=Path, default=DEFAULT_DB)
    p.set_defaults(func=_cmd_sql)
    return parser


def main(argv: list[str] | None = None) -> int:
    configure_prefect_env()
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (ExtractionError, CatalogError, FileNotFoundError) as exc:
        print(f"baogao: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # `baogao checks | head`: the reader has gone; keep Python from complaining at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
