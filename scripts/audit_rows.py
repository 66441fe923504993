#!/usr/bin/env python3
"""Draw a seeded random sample of indicator rows from a warehouse, for judging by hand.

  audit_rows.py DB [--n 150] [--seed 20261201] [--region R] [--out FILE.md]

Each row is printed with every field the warehouse keeps (metric, canonical id, value, unit,
approx, change, modality, period, scope) beside the sentence it came from, numbered, as a
markdown list: the judge marks each field right or wrong against the sentence (INDICATORS.md says
what each field means) and tallies the errors by field. Nothing here scores: the sample is the
same for the same warehouse and seed, so a later judge can check the verdicts.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb

QUERY = """
SELECT i.document_id, i.seq, i.metric, i.canonical, i.value, i.low, i.high, i.unit, i.approx,
       i.change, i.modality, i.period, i.scope, i.evidence
FROM indicators AS i JOIN documents AS d ON d.id = i.document_id
WHERE d.status = 'loaded' AND (? IS NULL OR d.region = ?)
ORDER BY hash(i.document_id || ':' || i.seq::VARCHAR || ':' || ?::VARCHAR)
LIMIT ?
"""


def fmt(x: float | None) -> str:
    if x is None:
        return "—"
    for scale, word in ((1e12, "万亿"), (1e8, "亿"), (1e4, "万")):
        if abs(x) >= scale:
            return f"{x / scale:g}{word}"
    return f"{x:g}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("db", type=Path)
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--seed", default="20261201")
    ap.add_argument("--region")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    con = duckdb.connect(str(args.db), read_only=True)
    rows = con.execute(QUERY, [args.region, args.region, args.seed, args.n]).fetchall()
    lines = []
    for k, (doc, seq, metric, canonical, value, low, high, unit, approx, change, modality,
            period, scope, evidence) in enumerate(rows, 1):
        figure = fmt(value) if value is not None else f"{fmt(low)}–{fmt(high)}"
        lines.append(f"{k}. `{doc}#{seq}` **{figure} {unit or ''}** {approx or ''} {change or ''} · "
                     f"{modality} {period or '—'} {scope or ''} · metric 「{metric}」 → "
                     f"{canonical or '—'}\n   > {evidence}")
    text = "\n".join(lines) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
