"""Score one OCR'd page against its gold and say where the text similarity goes.

usage: .venv/bin/python scripts/ocr_diff.py RENDER.pdf [GOLD.gold.json] [--dpi N] [--cache DIR]
       [--out OUT.json] [--show N]

RENDER.pdf is an image-only render (scripts/ocr_renders.py) whose gold lies beside it (or is
given). The page is extracted in this process with `--engine pdfium --ocr auto`, scored with
../shared/bench/score_real.py, and the text of each gold article is compared with the output
blocks the scorer gave it (difflib), the losses put in buckets:

- noise: body blocks the scorer gave to no article (furniture or picture text read as body);
- width: a full-width/half-width pair of one mark (：/:, ，/,, （/();
- glyph: one character read as another (入/人);
- missing / extra: runs of characters lost or added inside an article.

With `--cache DIR` every call of the recogniser is kept on disk under the hash of its picture
and arguments, so a second run re-does only the work after recognition (sizes, lines, layout):
for trying a change of those at the cost of seconds instead of minutes.
"""

from __future__ import annotations

import argparse
import collections
import difflib
import hashlib
import json
import os
import pickle
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "../shared/bench"


def _cached_engine(cache: Path):
    from extractors.engines import ocr

    real = ocr._engine

    def engine(threads: int):
        inner = real(threads)

        def call(image, **kwargs):
            h = hashlib.sha1(image.tobytes())
            h.update(repr((image.shape, sorted(kwargs.items()))).encode())
            f = cache / f"{h.hexdigest()}.pkl"
            if f.exists():
                return pickle.loads(f.read_bytes())
            out = inner(image, **kwargs)
            f.write_bytes(pickle.dumps(out))
            return out

        return call

    ocr._engine = engine


def _squash(t: str | None) -> str:
    return re.sub(r"\s+", "", t or "")


def _width_pair(a: str, b: str) -> bool:
    return len(a) == len(b) == 1 and unicodedata.normalize("NFKC", a) == unicodedata.normalize("NFKC", b)


def buckets(gold: dict, out: dict, show: int = 12) -> dict:
    sys.path.insert(0, str(BENCH))
    import score_real

    body = score_real.BODY
    if not any(b.get("article") for b in gold["blocks"]):  # a report page: one article
        gold = {"blocks": [{**b, "article": 1} for b in gold["blocks"]]}
    gb = [b for b in gold["blocks"] if b["type"] in body and b.get("article")]
    ob = [b for b in out.get("blocks", []) if b.get("type") in body and _squash(b.get("text"))]
    arts = sorted({b["article"] for b in gb})
    gtext = {a: "".join(_squash(b["text"]) for b in gb if b["article"] == a) for a in arts}
    ggrams = {a: score_real.grams(gtext[a]) for a in arts}
    owner = []
    for b in ob:
        g = score_real.grams(_squash(b["text"]))
        best, where = 0, None
        for a in arts:
            k = len(g & ggrams[a])
            if k > best:
                best, where = k, a
        owner.append(where if best >= max(1, 0.3 * len(g)) else None)
    noise = [(b["type"], _squash(b["text"])) for b, o in zip(ob, owner, strict=True) if o is None]
    count: collections.Counter[str] = collections.Counter()
    pairs: collections.Counter[tuple[str, str]] = collections.Counter()
    runs: dict[str, list[tuple[int, str, int]]] = {"missing": [], "extra": []}
    for a in arts:
        o = "".join(_squash(b["text"]) for b, w in zip(ob, owner, strict=True) if w == a)
        sm = difflib.SequenceMatcher(None, gtext[a], o, autojunk=False)
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            g, t = gtext[a][i1:i2], o[j1:j2]
            if tag == "replace" and len(g) == len(t):
                for x, y in zip(g, t, strict=True):
                    kind = "width" if _width_pair(x, y) else "glyph"
                    count[kind] += 1
                    pairs[(x, y)] += 1
            elif tag in ("replace", "delete", "insert"):
                if g:
                    count["missing"] += len(g)
                    runs["missing"].append((a, g, len(g)))
                if t:
                    count["extra"] += len(t)
                    runs["extra"].append((a, t, len(t)))
    count["noise"] = sum(len(t) for _, t in noise)
    report = {
        "gold_chars": sum(len(t) for t in gtext.values()),
        "buckets": dict(count),
        "pairs": [f"{x}->{y} {n}" for (x, y), n in pairs.most_common(show)],
        "noise_blocks": [f"{k}: {t[:60]}" for k, t in sorted(noise, key=lambda n: -len(n[1]))[:show]],
    }
    for k, v in runs.items():
        report[k] = [f"a{a} {n}: {t[:60]}" for a, t, n in sorted(v, key=lambda r: -r[2])[:show]]
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("render", type=Path)
    ap.add_argument("gold", type=Path, nargs="?")
    ap.add_argument("--dpi", type=int, default=200)
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--show", type=int, default=12)
    args = ap.parse_args()
    os.environ["BAOGAO_LIMIT_DEADLINE"] = "0"  # in this process, for the cache to apply
    sys.path.insert(0, str(ROOT))
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
        _cached_engine(args.cache)
    from extractors import render
    from extractors.engines import OcrOptions
    from extractors.guard import extract_bounded

    gold_path = args.gold or args.render.with_name(f"{args.render.stem}.gold.json")
    gold_ind = gold_path.with_name(gold_path.name.replace(".gold.json", ".indicators.jsonl"))
    doc, indicators = extract_bounded(args.render, with_indicators=gold_ind.exists(),
                                      engine="pdfium", ocr="auto",
                                      ocr_options=OcrOptions(dpi=args.dpi))
    text = render.to_json(doc)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    out, gold = json.loads(text), json.loads(gold_path.read_text(encoding="utf-8"))
    sys.path.insert(0, str(BENCH))
    import score_real

    scores = score_real.score(gold, out) if any(b.get("article") for b in gold["blocks"]) else None
    if scores is None:
        import score as score_flat

        scores = score_flat.score_layout(gold, out)
    print(json.dumps({"doc": args.render.stem, **scores}, ensure_ascii=False))
    if gold_ind.exists():  # as `baogao indicators` prints them, scored as run.sh scores them
        import score as score_flat

        rows = [{**i.to_dict(), "text_source": doc.page_source(i.page)} for i in indicators]
        gold_rows = score_flat.load_jsonl(gold_ind)
        exhaustive = bool(gold_rows) and all(g.get("exhaustive", True) for g in gold_rows)
        print(json.dumps({"indicators": score_flat.score_indicators(gold_rows, rows, exhaustive)},
                         ensure_ascii=False))
    print(json.dumps(buckets(gold, out, args.show), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
