"""The `baogao` command line."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from extractors.model import ExtractionError

DEFAULT_DB = Path("data/baogao.duckdb")


def _cmd_extract(args: argparse.Namespace) -> int:
    from extractors import render
    from extractors.extract import extract_document

    doc = extract_document(args.file)
    text = {"json": render.to_json, "md": render.to_markdown, "text": render.to_text}[args.format](doc)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    if doc.text_status != "ok":
        print(f"{args.file}: {doc.text_status.replace('_', ' ')}", file=sys.stderr)
    return 0


def _cmd_indicators(args: argparse.Namespace) -> int:
    from extractors.extract import extract_document
    from extractors.indicators import extract_indicators

    doc = extract_document(args.file)
    rows = [i.to_dict() for i in extract_indicators(doc, year=args.year)]
    if args.format == "jsonl":
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
    else:
        from extractors.model import Indicator

        fields = list(Indicator.__dataclass_fields__)
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return 0


def _cmd_sql(args: argparse.Namespace) -> int:
    from warehouse.db import connect

    with connect(args.db, read_only=True) as con:
        frame = con.sql(args.query).df()
    print(frame.to_string(index=False, max_colwidth=60) if len(frame) else "(no rows)")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="baogao", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="repair the layout of a PDF or text file")
    p.add_argument("file", type=Path)
    p.add_argument("--format", choices=["json", "md", "text"], default="md")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("indicators", help="list the indicators of a PDF or text file")
    p.add_argument("file", type=Path)
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    p.add_argument("--year", type=int, help="the report's year (default: read from the text)")
    p.set_defaults(func=_cmd_indicators)

    p = sub.add_parser("sql", help="run a read-only SQL query against the warehouse")
    p.add_argument("query")
    p.add_argument("--db", type=Path, default=DEFAULT_DB)
    p.set_defaults(func=_cmd_sql)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except ExtractionError as exc:
        print(f"baogao: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
