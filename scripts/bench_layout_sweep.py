#!/usr/bin/env python3
"""Score the layout repair on random generated newspaper pages (tests/pagegen.random_page).

  .venv/bin/python scripts/bench_layout_sweep.py [--seeds N] [--start S] [--scorer DIR] [-v]

Each seed draws one page (columns 1-8, gutters 0.4-2 em, body 8-14 pt, CJK faces, a Latin face on
a shifted baseline, headline stacks, photos with captions, rules and frames) whose gold is known;
the page is written as a PDF, repaired, and scored with the team's article-aware scorer
(`score_real.score` from ../shared/bench, or --scorer DIR), the one the real pages are scored by.
Prints the worst pages, the mean by column count, and a summary line: mean, worst, the means
of every part of the score, and `ceiling`: the mean the gold itself scores when read as output
(the scorer gives each block to the article it shares most wording with; each generated article
writes about a topic of its own, so the gold should score 1.0 and a lower ceiling means the
generator, not the layout, has gone wrong).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.layout import repair_pages  # noqa: E402
from extractors.pdf import read_pages  # noqa: E402
from tests.pagegen import random_page, write_pdf  # noqa: E402

PARTS = ["text_similarity", "article_integrity", "paragraphs_whole", "order_accuracy",
         "heading_f1", "article_f1"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=200)
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "bench")
    ap.add_argument("-v", "--verbose", action="store_true", help="one line a page")
    args = ap.parse_args(argv)
    if not (args.scorer / "score_real.py").exists():
        print(f"{args.scorer}: no score_real.py (the team's scorer); pass --scorer DIR",
              file=sys.stderr)
        return 2
    sys.path.insert(0, str(args.scorer))
    import score_real  # noqa: PLC0415 - found at run time, beside the corpus

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(args.start, args.start + args.seeds):
            gen = random_page(seed)
            pdf = write_pdf(Path(tmp) / f"page-{seed}.pdf", [gen.page])
            doc = repair_pages(read_pages(pdf), pdf.name)
            out = {"blocks": [b.to_dict() for b in doc.blocks]}
            r = score_real.score(gen.gold, out)
            r["ceiling"] = score_real.score(gen.gold, gen.gold)["score"]
            rows.append((gen.params, r))
            if args.verbose:
                print(json.dumps({**gen.params, **{k: r[k] for k in ["score"] + PARTS}},
                                 ensure_ascii=False))
    scores = [r["score"] for _, r in rows]
    print("worst pages:")
    for params, r in sorted(rows, key=lambda t: t[1]["score"])[:5]:
        print(" ", json.dumps({**params, **{k: r[k] for k in ["score"] + PARTS}},
                              ensure_ascii=False))
    by_cols: dict[int, list[float]] = defaultdict(list)
    for params, r in rows:
        by_cols[params["columns"]].append(r["score"])
    print("by columns:", {k: (len(v), round(sum(v) / len(v), 4)) for k, v in sorted(by_cols.items())})
    summary = {"pages": len(rows), "mean": round(sum(scores) / len(scores), 4),
               "worst": round(min(scores), 4)}
    summary.update({k: round(sum(r[k] for _, r in rows) / len(rows), 4)
                    for k in PARTS + ["ceiling"]})
    print("summary " + json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
