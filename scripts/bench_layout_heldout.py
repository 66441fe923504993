#!/usr/bin/env python3
"""Score the layout repair on a held-out set of generated pages in other faces and grids.

  .venv/bin/python scripts/bench_layout_heldout.py [--scorer DIR] [-v]

The seeds and settings below were fixed before any of these pages was looked at and were never
used while the layout was developed (the sweep, `bench_layout_sweep.py`, draws seeds 0-199 of
`random_page` with its default settings):

- `kai-hei`: broadsheets of 6-8 columns, gutters 0.4-1 em, body 8-10 pt, body in 楷体 (AR PL
  UKai), headings in 黑体 (WenQuanYi Zen Hei);
- `ming`: the same grid, body in AR PL UMing, headings in UKai or Zen Hei;
- `report-kai`: official A4 reports of several pages (`random_report`), body 楷体 12 pt,
  headings 黑体.

Broadsheets are scored with the team's article-aware scorer (`score_real.score`, as the sweep
and the real pages are), reports with `score.score_layout` (as the dev corpus's official
reports are). Prints one line a document with -v, then a summary line per set and in all, with
`ceiling`: the mean the gold itself scores when read as output (see bench_layout_sweep.py).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.layout import repair_pages  # noqa: E402
from extractors.pdf import read_pages  # noqa: E402
from tests.pagegen import FACES, random_page, random_report, write_pdf  # noqa: E402

GRID = {"papers": [(842.0, 1191.0)], "sizes": [8.0, 8.5, 9.0, 9.5, 10.0], "gutters": (0.4, 1.0),
        "columns": (6, 8)}
SETS = {
    "kai-hei": [("page", s, {**GRID, "body_faces": ["kai"], "head_faces": ["hei"]})
                for s in range(50_000, 50_010)],
    "ming": [("page", s, {**GRID, "body_faces": ["ming"], "head_faces": ["kai", "hei"]})
             for s in range(50_010, 50_020)],
    "report-kai": [("report", s, {"body_face": "kai", "head_face": "hei", "size": 12.0})
                   for s in range(60_000, 60_006)],
}


def _faces(kw: dict) -> dict:
    out = dict(kw)
    for key in ("body_faces", "head_faces"):
        if key in out:
            out[key] = [FACES[f] for f in out[key]]
    for key in ("body_face", "head_face"):
        if key in out:
            out[key] = FACES[out[key]]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "bench")
    ap.add_argument("-v", "--verbose", action="store_true", help="one line a document")
    args = ap.parse_args(argv)
    if not (args.scorer / "score_real.py").exists():
        print(f"{args.scorer}: no score_real.py (the team's scorer); pass --scorer DIR",
              file=sys.stderr)
        return 2
    missing = {"kai", "ming", "hei"} - set(FACES)
    if missing:
        print(f"fonts missing for faces {sorted(missing)}: install fonts-arphic-ukai, "
              "fonts-arphic-uming and fonts-wqy-zenhei", file=sys.stderr)
        return 2
    sys.path.insert(0, str(args.scorer))
    import score  # noqa: PLC0415 - found at run time, beside the corpus
    import score_real  # noqa: PLC0415

    results: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, docs in SETS.items():
            for kind, seed, kw in docs:
                if kind == "page":
                    gen = random_page(seed, **_faces(kw))
                    pages, scorer = [gen.page], score_real.score
                else:
                    gen = random_report(seed, **_faces(kw))
                    pages, scorer = gen.pages, score.score_layout
                pdf = write_pdf(Path(tmp) / f"{name}-{seed}.pdf", pages)
                doc = repair_pages(read_pages(pdf), pdf.name)
                r = scorer(gen.gold, {"blocks": [b.to_dict() for b in doc.blocks]})
                ceiling = scorer(gen.gold, gen.gold)["score"]
                results.setdefault(name, []).append((r["score"], ceiling))
                if args.verbose:
                    parts = {k: round(v, 4) for k, v in r.items() if isinstance(v, float)}
                    print(json.dumps({"set": name, **gen.params, **parts,
                                      "ceiling": round(ceiling, 4)}, ensure_ascii=False))
    every = [t for docs in results.values() for t in docs]
    for name, v in [*results.items(), ("summary", every)]:
        print(f"{name} " + json.dumps({
            "documents": len(v), "mean": round(sum(s for s, _ in v) / len(v), 4),
            "min": round(min(s for s, _ in v), 4),
            "ceiling": round(sum(c for _, c in v) / len(v), 4)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
