#!/usr/bin/env python3
"""Year-over-year bench: load a series of reports, run the checks, score the planted faults.

  bench_yoy.py [CORPUS_DIR] [--from-gold] [--db PATH] [--all]

Loads `<CORPUS_DIR>/*-<year>.pdf` (default ../shared/corpus/yoy) through extract_document and
extract_indicators(doc, year=Y) — or, with --from-gold, Documents built from the
`*.gold.json` blocks, so the checks can be judged apart from layout repair — as region 中国,
kind 政府工作报告, into a temporary DuckDB; runs the checks; prints the results and whether each
planted fault of PLANTED.md was reported at severity error and no real change was.
Exit status 0 when all faults are caught and no real change is an error, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.indicators import extract_indicators  # noqa: E402
from extractors.indicators.catalog import load_catalog  # noqa: E402
from extractors.model import Block, Document  # noqa: E402
from warehouse.checks import run_checks, summary_markdown  # noqa: E402
from warehouse.db import connect  # noqa: E402
from warehouse.load import DocumentRecord, load_canonical_catalog, load_document  # noqa: E402

REGION = "中国"
KIND = "政府工作报告"
YEAR_RE = re.compile(r"(\d{4})(?:\.gold)?\.(?:pdf|json)$")


@dataclass(frozen=True)
class Expectation:
    """A figure of the series, named the way the reports word it, so the bench does not depend
    on the catalogue's ids: the canonical ids are those of the target rows whose metric contains
    `keyword` (and not `exclude`) in `unit`."""
    label: str
    year: int
    keyword: str
    unit: str
    exclude: str | None = None


# PLANTED.md: the three faults of the 2024 report ...
FAULTS = [
    Expectation("2024 城镇新增就业 target 12000万 (10x)", 2024, "新增就业", "人"),
    Expectation("2024 居民消费价格 target missing", 2024, "居民消费价格", "%"),
    Expectation("2024 粮食产量 target 1.3亿斤 (10^-4)", 2024, "粮食产量", "斤"),
]
# ... and the real changes that must not be errors.
REAL_CHANGES = [
    Expectation("2023 GDP target 5.5% → 5%", 2023, "国内生产总值", "%", exclude="能耗"),
    Expectation("2025 CPI target 3% → 2%", 2025, "居民消费价格", "%"),
    Expectation("2025 grain target 1.3万亿斤 → 1.4万亿斤", 2025, "粮食产量", "斤"),
]


def document_from_gold(path: Path) -> Document:
    data = json.loads(path.read_text(encoding="utf-8"))
    blocks = [Block(type=b["type"], text=b["text"], page=b.get("page") or 1, level=b.get("level"))
              for b in data["blocks"]]
    return Document(source=path.name, pages=max((b.page for b in blocks), default=1),
                    blocks=blocks)


def sources(corpus: Path, from_gold: bool) -> list[tuple[int, Path]]:
    pattern = "*.gold.json" if from_gold else "*.pdf"
    found = []
    for path in sorted(corpus.glob(pattern)):
        match = YEAR_RE.search(path.name)
        if match:
            found.append((int(match.group(1)), path))
    return found


def canonical_ids(con, exp: Expectation) -> set[str]:
    rows = con.execute(
        "SELECT DISTINCT canonical, metric FROM indicators "
        "WHERE canonical IS NOT NULL AND modality = 'target' AND unit = ? AND metric LIKE ?",
        [exp.unit, f"%{exp.keyword}%"],
    ).fetchall()
    return {c for c, metric in rows if not (exp.exclude and exp.exclude in metric)}


def errors_for(con, results: pd.DataFrame, exp: Expectation) -> pd.DataFrame:
    ids = canonical_ids(con, exp)
    errors = results[results["severity"] == "error"]
    return errors[errors["canonical"].isin(ids) & (errors["year"] == exp.year)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("corpus", nargs="?", type=Path,
                    default=ROOT.parent / "shared" / "corpus" / "yoy")
    ap.add_argument("--from-gold", action="store_true",
                    help="build documents from *.gold.json blocks instead of repairing the PDFs")
    ap.add_argument("--db", type=Path, help="keep the warehouse here (default: a temp file)")
    ap.add_argument("--catalog", type=Path, default=ROOT / "catalog" / "indicators.yaml")
    ap.add_argument("--all", action="store_true", help="print every result, not only the summary")
    args = ap.parse_args(argv)

    found = sources(args.corpus, args.from_gold)
    if not found:
        print(f"no reports in {args.corpus}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        con = connect(args.db or Path(tmp) / "yoy.duckdb")
        load_canonical_catalog(con, [e.record() for e in load_catalog(args.catalog)])
        for year, path in found:
            if args.from_gold:
                doc = document_from_gold(path)
            else:
                from extractors.extract import extract_document

                doc = extract_document(path)
            indicators = extract_indicators(doc, year=year)
            record = DocumentRecord(id=f"national-gwr-{year}", region=REGION, body="国务院",
                                    kind=KIND, year=year, raw_path=str(path))
            load_document(con, record, doc, indicators)
            n_canon = sum(1 for i in indicators if i.canonical)
            n_target = sum(1 for i in indicators if i.canonical and i.modality == "target")
            print(f"{path.name}: {len(indicators)} indicators, {n_canon} with a canonical id, "
                  f"{n_target} canonical targets")

        run = run_checks(con)
        print()
        if args.all:
            with pd.option_context("display.width", 200, "display.max_colwidth", 100,
                                   "display.max_rows", None):
                print(run.results[["check_name", "severity", "year", "canonical", "detail"]]
                      .to_string(index=False))
        else:
            print(summary_markdown(run.results, max_rows=15))

        ok = True
        print("Planted faults (must be reported at error):")
        for exp in FAULTS:
            hits = errors_for(con, run.results, exp)
            caught = not hits.empty
            ok &= caught
            how = ", ".join(sorted(set(hits["check_name"]))) if caught else "not at error"
            print(f"  [{'x' if caught else ' '}] {exp.label}: {how}")
        print("Real changes (must not be errors):")
        for exp in REAL_CHANGES:
            hits = errors_for(con, run.results, exp)
            clean = hits.empty
            ok &= clean
            how = "no error" if clean else "ERROR: " + "; ".join(hits["detail"])
            print(f"  [{'x' if clean else ' '}] {exp.label}: {how}")
        print(f"\n{'PASS' if ok else 'FAIL'}: {run.errors} errors, {run.warnings} warnings, "
              f"{run.infos} infos in run {run.run_id}")
        con.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
