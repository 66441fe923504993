#!/usr/bin/env python3
"""Score the indicator grammar on the gold documents, independently of PDF layout repair.

  bench_indicators.py [CORPUS_DIR] [--show-missed] [--show-extra]

Builds each Document straight from `<name>.gold.json` blocks (the true layout), runs
extract_indicators and scores it with the shared bench's score_indicators. Plain-text documents
with indicator gold (seed/*.txt) go through repair_text, as `baogao indicators` would.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.indicators import extract_indicators  # noqa: E402
from extractors.model import Block, Document  # noqa: E402
from extractors.plaintext import repair_text  # noqa: E402


def load_scorer(corpus: Path):
    path = corpus.parent / "bench" / "score.py"
    spec = importlib.util.spec_from_file_location("bench_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def document_from_gold(path: Path) -> Document:
    data = json.loads(path.read_text(encoding="utf-8"))
    blocks = [Block(type=b["type"], text=b["text"], page=b.get("page") or 1, level=b.get("level"))
              for b in data["blocks"]]
    return Document(source=path.name, pages=max((b.page for b in blocks), default=1), blocks=blocks)


def documents(corpus: Path):
    for gold_ind in sorted(corpus.rglob("*.indicators.jsonl")):
        name = gold_ind.name[: -len(".indicators.jsonl")]
        gold_doc = gold_ind.with_name(name + ".gold.json")
        text = gold_ind.with_name(name + ".txt")
        if gold_doc.exists():
            yield name, document_from_gold(gold_doc), gold_ind
        elif text.exists():
            yield name, repair_text(text.read_text(encoding="utf-8"), text.name), gold_ind


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--show-missed", action="store_true")
    ap.add_argument("--show-extra", action="store_true", help="outputs no gold row matched")
    args = ap.parse_args(argv)
    score = load_scorer(args.corpus)
    totals = {"gold": 0, "matched": 0, "out_ex": 0, "matched_ex": 0}
    accs = []
    for name, doc, gold_path in documents(args.corpus):
        gold = score.load_jsonl(gold_path)
        exhaustive = bool(gold) and all(g.get("exhaustive", True) for g in gold)
        out = [i.to_dict() for i in extract_indicators(doc)]
        res = score.score_indicators(gold, out, exhaustive)
        missed = res.pop("missed")
        print(name, json.dumps(res, ensure_ascii=False))
        if args.show_missed:
            for m in missed:
                print("   missed:", m)
        if args.show_extra and exhaustive:
            for o in out:
                if not any(score.same_quantity(g, o) for g in gold):
                    print("   extra:", o["metric"], o["value"], o["low"], o["high"], o["unit"],
                          "|", o["evidence"][:60])
        totals["gold"] += res["gold"]
        totals["matched"] += res["matched"]
        if exhaustive:
            totals["out_ex"] += res["out"]
            totals["matched_ex"] += res["matched"]
        if "metric_acc" in res:
            accs.append(res["metric_acc"])
    summary = {
        "recall": round(totals["matched"] / totals["gold"], 4) if totals["gold"] else None,
        "precision_exhaustive": round(totals["matched_ex"] / totals["out_ex"], 4)
        if totals["out_ex"] else None,
        "metric_acc": round(sum(accs) / len(accs), 4) if accs else None,
    }
    print("summary " + json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
