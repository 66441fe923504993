#!/usr/bin/env python3
"""Time pdfplumber's character parsing alone against the full layout repair over a folder of PDFs.

  .venv/bin/python scripts/bench_layout.py [FOLDER] [--repeat N]

FOLDER defaults to ../shared/corpus (searched recursively). Prints one row a document and a total:
pages, seconds for `page.chars` (plus lines/rects, which come from the same parse), seconds for
`repair_pdf`, pages per second of the repair, and the repair's overhead over the parse in percent.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pdfplumber

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractors.layout import repair_pdf  # noqa: E402


def parse_only(path: Path) -> tuple[int, float]:
    start = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.chars  # noqa: B018 - the parse is the point
            page.flush_cache()
        n = len(pdf.pages)
    return n, time.perf_counter() - start


def repair(path: Path) -> float:
    start = time.perf_counter()
    repair_pdf(path)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("folder", nargs="?", type=Path,
                    default=Path(__file__).resolve().parents[1].parent / "shared" / "corpus")
    ap.add_argument("--repeat", type=int, default=1, help="best of N runs per document")
    args = ap.parse_args(argv)
    pdfs = sorted(p for p in args.folder.rglob("*.pdf"))
    if not pdfs:
        print(f"no PDFs under {args.folder}", file=sys.stderr)
        return 1
    tot_pages, tot_parse, tot_repair = 0, 0.0, 0.0
    print(f"{'document':44} {'pages':>5} {'parse s':>8} {'repair s':>8} {'pages/s':>8} {'overhead':>8}")
    for pdf in pdfs:
        runs = [(parse_only(pdf), repair(pdf)) for _ in range(max(1, args.repeat))]
        pages = runs[0][0][0]
        parse = min(r[0][1] for r in runs)
        rep = min(r[1] for r in runs)
        tot_pages, tot_parse, tot_repair = tot_pages + pages, tot_parse + parse, tot_repair + rep
        print(f"{pdf.name[:44]:44} {pages:5d} {parse:8.2f} {rep:8.2f} {pages / rep:8.1f} "
              f"{100 * (rep - parse) / parse:7.1f}%")
    print(f"{'total':44} {tot_pages:5d} {tot_parse:8.2f} {tot_repair:8.2f} "
          f"{tot_pages / tot_repair:8.1f} {100 * (tot_repair - tot_parse) / tot_parse:7.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
