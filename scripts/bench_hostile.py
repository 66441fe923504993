#!/usr/bin/env python3
"""Hostile inputs through extract and indicators: time and peak memory of each step.

  .venv/bin/python scripts/bench_hostile.py [--chars 200000] [--bomb-mib 1024] [--timeout 300]

Generates (in a temporary folder) (1) one PDF page holding `--chars` characters with no sentence
break (clauses joined by ，, each with a figure) and (2) a compression bomb: a page whose content
stream inflates to `--bomb-mib` MiB of zeros. Each step runs in a fresh child process, so its
peak memory (ru_maxrss) is its own: `extract` (extract_document with the default limits,
BAOGAO_LIMIT_* apply) and `indicators` (extract_indicators on that document). A step that runs
past `--timeout` seconds is killed and reported as such. A benchmark, not a test: it prints
numbers, the README quotes them.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import sys
import tempfile
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.pagegen import pdf_with_stream  # noqa: E402

CLAUSES = ["城镇新增就业1200万人以上", "开展执法检查22次", "粮食产量1.3万亿斤",
           "居民消费价格涨幅3%左右", "新建改造农村公路3.2万公里", "专题询问9次"]


def long_page(path: Path, chars: int) -> Path:
    """One A4 page of `chars` characters in tiny type, clauses joined by ， and never a 。."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    text, n = [], 0
    while sum(map(len, text)) < chars:
        text.append(CLAUSES[n % len(CLAUSES)] + "，")
        n += 1
    body = "".join(text)[:chars]
    size, per_line = 1.0, 520
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("STSong-Light", size)
    lines = [body[i:i + per_line] for i in range(0, len(body), per_line)]
    t = c.beginText(20, 830)
    t.setFont("STSong-Light", size)
    t.setLeading(size * 1.9)
    for line in lines:
        t.textLine(line)
    c.drawText(t)
    c.showPage()
    c.save()
    return path


def bomb(path: Path, mib: int) -> Path:
    """A one-page PDF whose content stream inflates to `mib` MiB (compressed a chunk at a time,
    so making it costs no memory)."""
    z = zlib.compressobj(9)
    chunk = bytes(1 << 20)
    payload = b"".join(z.compress(chunk) for _ in range(mib)) + z.flush()
    return pdf_with_stream(path, payload)


def _step(conn, path: str, step: str) -> None:
    from extractors.extract import extract_document
    from extractors.indicators import extract_indicators
    from extractors.model import ExtractionError

    start = time.perf_counter()
    result: dict[str, object] = {}
    try:
        doc = extract_document(path)
        result.update(blocks=len(doc.blocks), chars=sum(len(b.text) for b in doc.blocks),
                      notes=doc.notes)
        if step == "indicators":
            begin = time.perf_counter()
            found = extract_indicators(doc, year=2024)
            result.update(indicators=len(found), indicator_seconds=round(
                time.perf_counter() - begin, 2), evidence_chars=sum(len(i.evidence)
                                                                    for i in found))
    except ExtractionError as exc:
        result["error"] = exc.problem
    result["seconds"] = round(time.perf_counter() - start, 2)
    result["peak_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    conn.send(result)


def measure(path: Path, step: str, timeout: float) -> dict[str, object]:
    ctx = multiprocessing.get_context("spawn")  # a fresh process: its peak is this step's own
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_step, args=(send, str(path), step))
    start = time.perf_counter()
    child.start()
    send.close()
    result = receive.recv() if receive.poll(timeout) else {"error": f"killed after {timeout:g} s"}
    child.kill()
    child.join()
    result["wall_seconds"] = round(time.perf_counter() - start, 2)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=200_000)
    parser.add_argument("--bomb-mib", type=int, default=1024)
    parser.add_argument("--timeout", type=float, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as tmp:
        cases = {f"page of {args.chars} characters": long_page(Path(tmp) / "long.pdf", args.chars),
                 f"compression bomb ({args.bomb_mib} MiB inflated)": bomb(Path(tmp) / "bomb.pdf",
                                                                          args.bomb_mib)}
        for name, path in cases.items():
            size = path.stat().st_size
            for step in ("extract", "indicators"):
                result = measure(path, step, args.timeout)
                print(json.dumps({"case": name, "file_bytes": size, "step": step, **result},
                                 ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
