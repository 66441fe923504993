"""Speed and peak memory of the PDF engines, extraction and indicators (a benchmark, not a test).

usage: .venv/bin/python scripts/bench_speed.py [CORPUS_DIR ...] [--out FILE] [--ocr-pages A4.pdf BROADSHEET.pdf]

Over every PDF below the corpus folders (default ../shared/corpus, real PDFs included), each in a
fresh process so its peak memory is its own, in one run so the ratios compare like with like:

  (a) plumber_chars   pdfplumber's bare character parsing (page.chars)
  (b) pdfium_chars    pypdfium2's bare character parsing (FPDFText: code and box of each glyph)
      plumber_pages / pdfium_pages   each engine's full page model (glyphs, rules, images, fills)
  (c) extract_*       `extract_document` with each engine (no OCR)
  (d) indicators_*    extract + `extract_indicators` with each engine
  (e) run_*           a whole `baogao run` of the corpus, with 1 and 2 worker processes where the
                      CLI offers `--workers` (see `whole_run`)
  ocr                 OCR pages/s and peak memory on an A4 page and a broadsheet page

Per document seconds and pages are kept, so the growth of time with pages can be read off.
Results go to --out (JSON, default data/bench_speed.json) and a table to stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MODES = ["plumber_chars", "pdfium_chars", "extract_pdfplumber", "extract_pdfium",
         "indicators_pdfium"]
EXTRA_MODES = ["plumber_pages", "pdfium_pages", "indicators_pdfplumber"]  # --modes to add them


def _plumber_chars(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            len(page.chars)
            page.flush_cache()
        return len(pdf.pages)


def _pdfium_chars(path: Path) -> int:
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument(str(path))
    box = raw.FS_RECTF()
    for i in range(len(pdf)):
        page = pdf[i]
        tp = raw.FPDFText_LoadPage(page.raw)
        for k in range(raw.FPDFText_CountChars(tp)):
            raw.FPDFText_GetUnicode(tp, k)
            raw.FPDFText_GetLooseCharBox(tp, k, ctypes.byref(box))
        raw.FPDFText_ClosePage(tp)
        page.close()
    n = len(pdf)
    pdf.close()
    return n


def _work(mode: str, path: Path, ocr_dpi: int = 200) -> int:
    if mode == "plumber_chars":
        return _plumber_chars(path)
    if mode == "pdfium_chars":
        return _pdfium_chars(path)
    if mode.endswith("_pages"):
        from extractors.engines import read_pages

        return len(read_pages(path, engine="pdfplumber" if mode.startswith("plumber") else "pdfium"))
    from extractors.engines import OcrOptions
    from extractors.extract import extract_document

    if mode == "ocr":
        doc = extract_document(path, engine="pdfium", ocr="always",
                               ocr_options=OcrOptions(dpi=ocr_dpi))
        return doc.pages
    engine = mode.split("_", 1)[1]
    doc = extract_document(path, engine=engine, ocr="never")
    if mode.startswith("indicators") and doc.text_status == "ok":
        from extractors.indicators import extract_indicators

        extract_indicators(doc)
    return doc.pages


def child(mode: str, files: list[str], ocr_dpi: int) -> None:
    """One mode over the files in this process: per-document seconds, then peak memory."""
    docs = []
    for f in files:
        t = time.perf_counter()
        try:
            pages = _work(mode, Path(f), ocr_dpi)
            error = None
        except Exception as exc:  # a damaged file is measured as what it costs to fail
            pages, error = 0, f"{type(exc).__name__}: {exc}"
        docs.append({"file": f, "pages": pages, "seconds": time.perf_counter() - t, "error": error})
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"mode": mode, "docs": docs, "peak_bytes": peak}))


def _measure(mode: str, files: list[Path], ocr_dpi: int = 200) -> dict:
    cmd = [sys.executable, __file__, "--child", mode, "--ocr-dpi", str(ocr_dpi),
           *map(str, files)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT).stdout
    res = json.loads(out.strip().splitlines()[-1])
    res["pages"] = sum(d["pages"] for d in res["docs"])
    res["seconds"] = sum(d["seconds"] for d in res["docs"])
    return res


def whole_run(files: list[Path], workers: int) -> dict | None:
    """(e) A whole `baogao run` of the corpus into a scratch warehouse; None if the CLI has no
    --workers option and more than one worker is asked for."""
    baogao = ROOT / ".venv" / "bin" / "baogao"
    help_text = subprocess.run([str(baogao), "run", "--help"], capture_output=True,
                               text=True).stdout
    if workers != 1 and "--workers" not in help_text:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        catalog = Path(tmp) / "sources.yaml"
        lines = ["sources:"]
        for i, f in enumerate(files):
            lines += [f"  - id: doc-{i}", "    region: 基准", "    body: 基准",
                      "    kind: 政府工作报告", "    year: 2024", f"    url: file://{f.resolve()}"]
        catalog.write_text("\n".join(lines) + "\n", encoding="utf-8")
        cmd = [str(baogao), "run", "--catalog", str(catalog), "--db", f"{tmp}/w.duckdb",
               "--data-dir", tmp, "--ocr", "never"]
        if "--workers" in help_text:
            cmd += ["--workers", str(workers)]
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
        seconds = time.perf_counter() - t
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"mode": f"run_{workers}", "seconds": seconds, "pages": None,
            "peak_bytes": usage.ru_maxrss * 1024, "note": "peak is the largest child so far"}


def _pdfs(dirs: list[Path]) -> list[Path]:
    return sorted(p for d in dirs for p in d.rglob("*.pdf"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("corpus", nargs="*", type=Path)
    ap.add_argument("--out", type=Path, default=ROOT / "data" / "bench_speed.json")
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--ocr-pages", nargs="*", type=Path, default=[],
                    help="PDFs to OCR (e.g. an A4 scan and a broadsheet), measured one by one")
    ap.add_argument("--ocr-dpi", type=int, default=200)
    ap.add_argument("--whole-run", action="store_true", help="also (e): baogao run, 1 and 2 workers")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, [str(p) for p in args.corpus], args.ocr_dpi)
        return 0
    files = _pdfs(args.corpus or [ROOT.parent / "shared" / "corpus"])
    results = [_measure(m, files) for m in args.modes.split(",") if m]
    for f in args.ocr_pages:
        r = _measure("ocr", [f], args.ocr_dpi)
        r["mode"] = f"ocr {f.name} @{args.ocr_dpi}dpi"
        results.append(r)
    if args.whole_run:
        results += [r for r in (whole_run(files, 1), whole_run(files, 2)) if r]
    by = {r["mode"]: r for r in results}
    report = {"machine": f"{platform.node()} {platform.machine()} {os.cpu_count()} cores, "
                         f"Python {platform.python_version()}",
              "when": time.strftime("%Y-%m-%d %H:%M:%S"), "files": len(files), "results": results,
              # on a shared machine the numbers mean little without the load they ran under
              "load_average": [round(x, 2) for x in os.getloadavg()]}
    ratios = {}
    for a, b in [("plumber_chars", "pdfium_chars"), ("extract_pdfplumber", "extract_pdfium"),
                 ("indicators_pdfplumber", "indicators_pdfium"),
                 ("plumber_chars", "extract_pdfplumber")]:
        if a in by and b in by and by[b]["seconds"]:
            ratios[f"{a} / {b}"] = round(by[a]["seconds"] / by[b]["seconds"], 2)
    report["ratios"] = ratios
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(report["machine"], report["when"], f"{len(files)} PDFs",
          "load average (1, 5, 15 min) at the end:", report["load_average"])
    print(f"{'mode':<40}{'pages':>7}{'seconds':>10}{'pages/s':>9}{'peak MiB':>10}")
    for r in results:
        pps = r["pages"] / r["seconds"] if r["pages"] and r["seconds"] else float("nan")
        print(f"{r['mode']:<40}{r['pages'] or '-':>7}{r['seconds']:>10.2f}{pps:>9.2f}"
              f"{r['peak_bytes'] / 2**20:>10.0f}")
    for k, v in ratios.items():
        print(f"{k}: {v}x")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
