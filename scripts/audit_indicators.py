#!/usr/bin/env python3
"""Audit indicator extraction by eye on report text the bench does not cover.

  audit_indicators.py [--text FILE] [--years 2000-2018] [--per-year 6] [--seed 7]
                      [--only-numbers] [--year-of-text]

Reads the national government work reports as plain text (one JSON object a line with `year`
and `content`), repairs each as `baogao indicators` repairs a .txt file, runs extract_indicators
over the whole report (so sections give modality and period) and prints a seeded random sample
of sentences holding a digit or a Chinese numeral, each with the rows extracted from it:

  [2009] 国内生产总值增长8%左右…
     T  8 % ~approx +inc | 国内生产总值 → gdp.growth  (2009)

Row flags: T/A modality, ~approx, +inc/-dec change, → canonical id, (period). Numbers of the
sentence that produced no row are listed after `unread:` so misses stand out. Nothing here is
gold: the point is to judge by eye and find systematic errors, not to score.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.indicators import extract_indicators, split_sentences  # noqa: E402
from extractors.plaintext import repair_text  # noqa: E402

DEFAULT_TEXT = ROOT.parent / "shared" / "corpus" / "text" / "national-gwr-1954-2025.jsonl"
# Years whose reports are in the scored corpus: never sample them.
CORPUS_YEARS = frozenset({2019, 2021, 2022, 2023, 2024, 2025})
NUMBERISH = re.compile(r"[0-9０-９]|[一二两三四五六七八九十百千万亿]+[个项件次名人%％倍元吨]|百分之|翻.番")
DIGITS = re.compile(r"[0-9０-９][0-9０-９.,．]*")


def load_reports(path: Path) -> dict[int, str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        year = str(rec.get("year") or "")
        if year.isdigit() and rec.get("content"):
            out.setdefault(int(year), rec["content"])
    return out


def fmt_value(r: dict) -> str:
    if r["value"] is None and r["low"] is None:
        return "?"
    if r["value"] is None:
        return f"{r['low']:g}-{r['high']:g}"
    return f"{r['value']:g}"


def fmt_row(r: dict) -> str:
    flags = ["T" if r["modality"] == "target" else "A", fmt_value(r), r["unit"]]
    if r["approx"]:
        flags.append("~" + r["approx"])
    if r["change"]:
        flags.append("+inc" if r["change"] == "increase" else "-dec")
    tail = f" → {r['canonical']}" if r["canonical"] else ""
    return f"{' '.join(flags)} | {r['metric']}{tail}  ({r['period']})"


def audit(reports: dict[int, str], years: list[int], per_year: int, seed: int,
          only_numbers: bool) -> dict[str, int]:
    rng = random.Random(seed)
    stats: dict[str, int] = defaultdict(int)
    for year in years:
        doc = repair_text(reports[year], f"national-gwr-{year}.txt")
        rows = [r.to_dict() for r in extract_indicators(doc, year=year)]
        by_sentence: dict[str, list[dict]] = defaultdict(list)
        for r in rows:
            by_sentence[r["evidence"]].append(r)
        sentences = [s.strip() for b in doc.body() if b.type == "paragraph"
                     for s in split_sentences(b.text)]
        pool = [s for s in sentences if NUMBERISH.search(s)]
        if only_numbers:
            pool = [s for s in pool if DIGITS.search(s)]
        pick = sorted(rng.sample(range(len(pool)), min(per_year, len(pool))))
        print(f"\n===== {year}: {len(rows)} rows, {len(pool)} numeric sentences, "
              f"{len(pick)} sampled")
        for k in pick:
            s = pool[k]
            got = by_sentence.get(s, [])
            stats["sentences"] += 1
            stats["rows"] += len(got)
            print(f"\n[{year}] {s}")
            for r in got:
                print("     " + fmt_row(r))
            # digit runs no row's value explains: candidates for a miss (or a correct exclusion)
            seen = {fmt_value(r) for r in got}
            unread = [d for d in DIGITS.findall(s) if d.rstrip(".") not in seen]
            if unread and len(got) < len(DIGITS.findall(s)):
                print("     unread: " + " ".join(unread))
    return dict(stats)


def parse_years(spec: str) -> list[int]:
    years: list[int] = []
    for part in spec.split(","):
        a, _, b = part.partition("-")
        years.extend(range(int(a), int(b or a) + 1))
    return years


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--text", type=Path, default=DEFAULT_TEXT)
    ap.add_argument("--years", default="2000-2018")
    ap.add_argument("--per-year", type=int, default=6)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--only-numbers", action="store_true",
                    help="sample only sentences with Arabic digits")
    args = ap.parse_args(argv)
    reports = load_reports(args.text)
    years = [y for y in parse_years(args.years) if y in reports and y not in CORPUS_YEARS]
    stats = audit(reports, years, args.per_year, args.seed, args.only_numbers)
    print("\nsummary " + json.dumps(stats, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
