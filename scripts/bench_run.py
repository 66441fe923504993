"""Benchmark (not a test): whole pipeline runs over ../shared/corpus.

Times, in one process (so Prefect's ephemeral API starts once and is not counted):
  1. a first run parsing 1 document at a time, into a fresh warehouse
  2. a first run parsing 2 at a time, into another fresh warehouse
  3. a second run over (2)'s warehouse: every document unchanged
  4. pdfplumber's bare character parsing of the same PDFs, in a process of its own
and checks that (1) and (2) hold identical contents. Each run also reports, from /proc
(scripts/proctree.py), the CPU seconds, run-queue wait and peak memory of every process — the
flow's, Prefect's API server's, the parses' — and the parses' critical path, with the load
average before and after. Prints a JSON report, also written to --out.

    .venv/bin/python scripts/bench_run.py [--corpus ../shared/corpus [--corpus ../shared/corpus/real]]
        [--out bench_run.json]
    .venv/bin/python scripts/bench_run.py --two-only [--cprofile flow.prof]   # profiling

--dump FILE writes every table of the 1-slot run's warehouse (all columns but the load times,
run ids, temporary paths and the parser's digest) as JSON, so a change meant to keep the rows
can be compared with `cmp` against a dump made before it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from flows.settings import configure_prefect_env  # noqa: E402
from scripts.proctree import ProcessTree  # noqa: E402

KINDS = {"gwr": "政府工作报告", "renda": "人大常委会工作报告", "budget": "预算报告", "tjgb": "统计公报"}
REGIONS = {"national": "中国", "zhengzhou": "郑州市", "beijing": "北京市", "tianjin": "天津市",
           "chongqing": "重庆市", "jiangsu": "江苏省", "jiaozuo": "焦作市", "hohhot": "呼和浩特市"}
# national-gwr-2024.official, tianjin-budget-2025, hohhot-daily-budget-2024: the documents with
# a text layer (the scans and the fonts without a Unicode map need OCR, a benchmark of its own)
DOCUMENT = re.compile(r"([a-z]+)-(?:daily-)?(gwr|renda|budget|tjgb)-(\d{4})(?:\.(\w+))?$")


def corpus_pdfs(corpora: list[Path]) -> list[Path]:
    return [p for corpus in corpora for p in sorted(corpus.glob("*.pdf")) if DOCUMENT.match(p.stem)]


def corpus_catalogue(corpora: list[Path], out: Path) -> int:
    lines = ["sources:"]
    pdfs = corpus_pdfs(corpora)
    for pdf in pdfs:
        region, kind, year, _ = DOCUMENT.match(pdf.stem).groups()
        # a budget report and a 统计公报 are delivered the year after the one they review
        delivered = int(year) + (kind in ("budget", "tjgb"))
        lines.append(f"  - {{id: {pdf.stem}, region: {REGIONS.get(region, region)}, "
                     f"kind: {KINDS[kind]}, year: {delivered}, url: '{pdf.resolve().as_uri()}'}}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(pdfs)


_BARE = """
import sys, time
import pdfplumber
started, cpu = time.perf_counter(), time.process_time()
pages = 0
for path in sys.argv[1:]:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.chars
            page.flush_cache()
            pages += 1
print(pages, time.perf_counter() - started, time.process_time() - cpu)
"""


def bare_parse(corpora: list[Path]) -> dict:
    """pdfplumber's bare character parsing of the same PDFs, in a process of its own: what a
    whole run is measured against (wall clock and CPU)."""
    files = [str(p) for p in corpus_pdfs(corpora)]
    out = subprocess.run([sys.executable, "-c", _BARE, *files], capture_output=True, text=True,
                         check=True).stdout.split()
    return {"pages": int(out[0]), "seconds": round(float(out[1]), 1),
            "cpu_s": round(float(out[2]), 1)}


# What differs between two runs of the same input, or between two checkouts of the same rows.
_VOLATILE = {"loaded_at", "started_at", "applied_at", "last_failure_at", "run_id", "raw_path",
             "parser_version"}


def dump_warehouse(db: Path) -> dict[str, list[list]]:
    """Every table's rows, sorted, without the columns in _VOLATILE."""
    import duckdb

    out: dict[str, list[list]] = {}
    with duckdb.connect(str(db), read_only=True) as con:
        tables = [t for (t,) in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' "
            "ORDER BY table_name").fetchall()]
        for table in tables:
            cols = [c for (c,) in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                "ORDER BY ordinal_position", [table]).fetchall() if c not in _VOLATILE]
            if not cols:
                continue
            names = ", ".join(f'"{c}"' for c in cols)
            rows = con.execute(f'SELECT {names} FROM "{table}" ORDER BY ALL').fetchall()
            out[table] = [cols, *[[str(v) if v is not None else None for v in r] for r in rows]]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append",
                        help="a folder of PDFs (repeatable; default ../shared/corpus)")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--dump", type=Path, default=None,
                        help="write the 1-slot run's warehouse rows here (JSON) to compare")
    parser.add_argument("--two-only", action="store_true",
                        help="the 2-worker first run alone (for profiling; no ratio)")
    parser.add_argument("--cprofile", type=Path, default=None,
                        help="with --two-only: cProfile the flow's main thread into this file")
    args = parser.parse_args()
    configure_prefect_env()
    from flows.pipeline import pipeline
    from tests.flowkit import contents

    report: dict[str, object] = {"machine": f"{platform.machine()}, "
                                 f"{len(os.sched_getaffinity(0))} cores, {platform.python_version()}"}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        catalog = tmp / "sources.yaml"
        corpora = args.corpus or [ROOT.parent / "shared" / "corpus"]
        report["documents"] = corpus_catalogue(corpora, catalog)

        def timed(name: str, db: Path, **kw) -> None:
            load = os.getloadavg()[0]
            with ProcessTree(memory_every=5) as tree:
                started = time.perf_counter()
                state = pipeline(catalog=str(catalog), db=str(db), data_dir=str(tmp / "data"),
                                 roots=roots, return_state=True, **kw)
                seconds = time.perf_counter() - started
            report[name] = {"seconds": round(seconds, 1), "message": state.message,
                            "load_before": round(load, 2),
                            "load_after": round(os.getloadavg()[0], 2),
                            "processes": tree.report.as_dict(kw["workers"])}
            print(name, json.dumps(report[name]), flush=True)

        # The catalogue lives in a temporary folder: its local sources' roots are named here.
        roots = [*(str(c.resolve()) for c in corpora), str(ROOT / "samples")]

        # Warm-up on one small sample: Prefect's ephemeral API starts on the first flow call.
        warm = tmp / "warm.yaml"
        sample = (ROOT / "samples" / "linjiang-renda-2024.pdf").as_uri()
        warm.write_text("sources:\n  - {id: warm, region: 临江市, kind: 人大常委会工作报告, "
                        f"year: 2024, url: '{sample}'}}\n", encoding="utf-8")
        pipeline(catalog=str(warm), db=str(tmp / "warm.duckdb"), data_dir=str(tmp / "data"),
                 roots=roots, return_state=True, workers=1)
        if args.two_only:
            import cProfile

            profile = cProfile.Profile() if args.cprofile else None
            if profile:
                profile.enable()
            timed("first_run_2_workers", tmp / "two.duckdb", workers=2)
            if profile:
                profile.disable()
                profile.dump_stats(args.cprofile)
            print(json.dumps(report, ensure_ascii=False, indent=2))
            return 0
        timed("first_run_1_worker", tmp / "one.duckdb", workers=1)
        timed("first_run_2_workers", tmp / "two.duckdb", workers=2)
        timed("second_run_2_workers", tmp / "two.duckdb", workers=2)
        load = os.getloadavg()[0]
        report["bare_parse_pdfplumber"] = {**bare_parse(corpora), "load_before": round(load, 2)}
        print("bare_parse_pdfplumber", report["bare_parse_pdfplumber"], flush=True)
        bare = report["bare_parse_pdfplumber"]
        run1 = report["first_run_1_worker"]
        report["whole_run_over_bare_parse"] = round(run1["seconds"] / bare["seconds"], 2)
        cpu1 = sum(r["cpu_s"] for r in run1["processes"]["roles"].values())
        report["whole_run_over_bare_parse_cpu"] = round(cpu1 / bare["cpu_s"], 2)
        one = report["first_run_1_worker"]["seconds"]
        two = report["first_run_2_workers"]["seconds"]
        report["speedup_2_over_1"] = round(one / two, 2)
        report["identical_contents"] = contents(tmp / "one.duckdb") == contents(tmp / "two.duckdb")
        if args.dump:
            args.dump.write_text(json.dumps(dump_warehouse(tmp / "one.duckdb"), ensure_ascii=False,
                                            indent=0) + "\n", encoding="utf-8")
    text = json.dumps(report, ensure_ascii=False, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    failed = [name for name, run in report.items()
              if isinstance(run, dict) and " 0 failed" not in run.get("message", " 0 failed")]
    if failed:
        print(f"documents failed in: {', '.join(failed)}", file=sys.stderr)
    return 0 if report["identical_contents"] and not failed else 1


if __name__ == "__main__":
    sys.exit(main())
