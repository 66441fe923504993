#!/usr/bin/env python3
"""Held-out style trials for the year-over-year checks: plant faults in real report text.

  yoy_trials.py [--runs 2008-2011,2014-2017,...] [--per-kind N] [--seed S] [--verbose]
                [--kinds term_below,...] [--keep-db DIR] [--texts DIR]

With --texts DIR the series is a folder of one region's reports as plain text (one file a year,
the year the last four digits of its name; the region from the folder's INDEX.tsv when it has
one), e.g. ../shared/corpus/real-text/shenzhen; the default runs are then overlapping windows of
four reports over its years.

For each run of consecutive national government work reports (plain text from
`../shared/corpus/text/national-gwr-1954-2025.jsonl`; rows without a year are resolutions and
are skipped), the reports are repaired (`repair_text`), extracted (`extract_indicators`) and
loaded into a temporary DuckDB with the canonical catalogue, and the checks are run: that is
the **baseline**, whose errors are false errors on real text (every one is listed).

Then faults are planted in the TEXT of one report at a time (seeded random choice among the
figures that have a comparable point in another report of the run), the report is extracted
and reloaded, the checks run again, and the trial counts as **caught** when a new error (not in
the baseline) names the planted figure's canonical indicator. A fault the grammar does not
carry into the warehouse (the edited figure is not extracted as planted) is **unplanted** and
left out of the rate. Fault kinds:

  drop_scale   a 万/亿 lost (1.3万亿斤 → 1.3亿斤, 1100万人 → 1100人)
  times10      a figure multiplied by 10 (1100万 → 11000万, 5% → 50% for a target)
  yuan_scale   亿元 written 万元
  unit_swap    another unit (人 → 人次, 元 → 美元, 斤 → 吨, 件 → 项 …)
  pct_points   % written 个百分点 or the reverse
  drop_target  a target clause removed from the report's list of targets (城镇新增就业1100万人以上，):
               the targets of a sentence stating three or more, which the run's reports on both
               sides set too (the one before and the one after; for the run's latest report, the
               two before), and whose neighbours in such a report's list stand in this one too:
               elsewhere a report that does not set a target is no fault by the issue's rule
               (a list the report recast), and missing_indicator says info
  term_below   a term total made smaller than one of its annual parts (only figures stated as
               totals: not averages, levels reached or held, or a level's increase)

Exit status 0 always (a measuring tool); the summary table is the result.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.indicators import extract_indicators  # noqa: E402
from extractors.indicators.catalog import load_catalog  # noqa: E402
from extractors.model import Indicator  # noqa: E402
from extractors.plaintext import repair_text  # noqa: E402
from warehouse.checks import run_checks  # noqa: E402
from warehouse.db import connect  # noqa: E402
from warehouse.load import DocumentRecord, load_canonical_catalog, load_document  # noqa: E402

REGION = "中国"
KIND = "政府工作报告"
TEXTS = ROOT.parent / "shared" / "corpus" / "text" / "national-gwr-1954-2025.jsonl"
CATALOG = ROOT / "catalog" / "indicators.yaml"
DEFAULT_RUNS = "2008-2011,2010-2013,2014-2017,2016-2019,2019-2022,2022-2025"
KINDS = ("drop_scale", "times10", "yuan_scale", "unit_swap", "pct_points", "drop_target",
         "term_below")

SCALES = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "": 1.0}
NUM_RE = re.compile(r"(\d+(?:\.\d+)?)(万亿|亿|万)?")
UNIT_SWAPS = {"人次": "人", "人": "人次", "美元": "元", "元": "美元", "斤": "吨", "吨": "斤",
              "个": "家", "家": "个", "公里": "米", "千瓦": "瓦"}
CLAUSE_END = "，,；;。、"
# A term figure that is not a total (the wording of term_total_below_parts.sql): an average, a
# level reached or held (国内生产总值从54万亿元增加到82.7万亿元, 连年稳定在1.3万亿斤以上) or a
# level's increase (十年增加近70万亿元), judged on the clause holding the metric and a number.
NOT_TOTAL_RE = re.compile(
    r"年均|平均|每年|人均|达到|[增加长提高升扩大]到|[增升降]至|突破|总量|规模|能力"
    r"|稳定在|保持在|控制在|连年|连续|[从由].*[到至]"
    r"|(增加|增长|提高|扩大|上升)[了近约逾达超过]*[0-9０-９]")


@dataclass
class Trial:
    run: str
    kind: str
    year: int
    canonical: str
    modality: str
    scope: str
    before: str
    after: str
    status: str = "?"  # caught / missed / unplanted
    how: str = ""
    why: str = ""  # for a missed trial (--verbose): the series' rows and what the checks said


def load_folder(folder: Path) -> tuple[dict[int, str], str]:
    """A folder of one region's reports, one .txt a year, and the region's name."""
    texts: dict[int, str] = {}
    for f in sorted(folder.glob("*.txt")):
        m = re.search(r"((?:19|20)\d{2})\D*$", f.stem)
        if m:
            texts[int(m.group(1))] = f.read_text(encoding="utf-8")
    region = folder.name
    index = folder / "INDEX.tsv"
    if index.exists():
        rows = [line.split("\t") for line in index.read_text(encoding="utf-8").splitlines()]
        if rows and "region" in rows[0] and len(rows) > 1:
            region = rows[1][rows[0].index("region")]
    return texts, region


def windows(years: list[int], size: int = 4) -> str:
    """Overlapping runs of `size` reports (by one report less than size) over the years."""
    years = sorted(years)
    step = max(size - 1, 1)
    spans = [(years[i], years[min(i + size - 1, len(years) - 1)])
             for i in range(0, max(len(years) - 1, 1), step)]
    return ",".join(f"{a}-{b}" for a, b in spans if b > a)


def load_texts(path: Path = TEXTS) -> dict[int, str]:
    texts: dict[int, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("year") and row.get("content"):
            texts[int(row["year"])] = row["content"]
    return texts


def catalog_entries() -> list[dict]:
    return [e.record() for e in load_catalog(CATALOG)]


def extract(text: str, year: int) -> tuple[object, list[Indicator]]:
    doc = repair_text(text, f"national-gwr-{year}.txt")
    return doc, extract_indicators(doc, year=year)


def load(con, year: int, text: str) -> list[Indicator]:
    doc, indicators = extract(text, year)
    record = DocumentRecord(id=f"report-{year}", region=REGION, body=REGION, kind=KIND,
                            year=year)
    load_document(con, record, doc, indicators)
    return indicators


def error_keys(results: pd.DataFrame) -> set[tuple]:
    errors = results[results["severity"] == "error"]
    return {(r.check_name, r.canonical, r.year, r.detail) for r in errors.itertuples()}


# --- finding a figure in the text ------------------------------------------------------------

def _close(a: float | None, b: float) -> bool:
    return a is not None and abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1.0)


def locate(text: str, ind: Indicator) -> tuple[int, int, str, str] | None:
    """(start, end, number, scale word) of the figure's number in `text`: searched in its
    evidence sentence, after its metric when the metric is found there."""
    evidence = ind.evidence.strip()
    at = text.find(evidence) if evidence else -1
    if at < 0:
        # Layout repair may have joined lines: look for the metric instead.
        at = text.find(ind.metric) if ind.metric else -1
        window = 200
    elif ind.evidence_offset is not None:
        # where the figure starts in its evidence: the sentence may state the same number for
        # another figure first (国内生产总值…增长12％…财政收入…增长12％)
        at, window = at + ind.evidence_offset, 40
    else:
        window = len(evidence)
        m_at = evidence.find(ind.metric)
        if m_at > 0:
            at, window = at + m_at, window - m_at
    if at < 0:
        return None
    wanted = [v for v in (ind.value, ind.low, ind.high) if v is not None]
    for m in NUM_RE.finditer(text, at, at + window):
        value = float(m.group(1)) * SCALES[m.group(2) or ""]
        if any(_close(v, value) for v in wanted):
            return m.start(), m.end(), m.group(1), m.group(2) or ""
    return None


def _fmt(x: float) -> str:
    return f"{x:.4f}".rstrip("0").rstrip(".")


def plant(kind: str, text: str, ind: Indicator, catalog_kind: str | None,
          parts: dict | None = None) -> tuple[str, str, str, dict] | None:
    """The text with one fault planted in `ind`'s figure: (text, before, after, expectation)."""
    found = locate(text, ind)
    if found is None:
        return None
    start, end, number, scale = found
    after_token = text[end:end + 4]
    unit = ind.unit
    if kind == "drop_scale":
        if not scale:
            return None
        new_scale = scale[1:] if scale == "万亿" else ""
        factor = SCALES[new_scale] / SCALES[scale]
        new = number + new_scale
    elif kind == "times10":
        if catalog_kind in ("rate", "growth") and ind.modality != "target":
            return None  # an actual rate 10x is sometimes real (CPI 0.2% → 2%)
        new, factor = _fmt(float(number) * 10) + scale, 10.0
    elif kind == "yuan_scale":
        if scale != "亿" or not after_token.startswith("元"):
            return None
        new, factor = number + "万", 1e-4
    elif kind == "unit_swap":
        if catalog_kind not in ("count", "amount"):
            return None
        old = next((u for u in sorted(UNIT_SWAPS, key=len, reverse=True)
                    if after_token.startswith(u) and u == unit), None)
        if old is None:
            return None
        text = text[:end] + UNIT_SWAPS[old] + text[end + len(old):]
        after = f"{number}{scale}{UNIT_SWAPS[old]}"
        return text, f"{number}{scale}{old}", after, {"unit": UNIT_SWAPS[old], "text": after}
    elif kind == "pct_points":
        if after_token.startswith("个百分点"):
            old, swapped = "个百分点", "%"
        elif after_token.startswith("%") or after_token.startswith("％"):
            old, swapped = after_token[0], "个百分点"
        else:
            return None
        text = text[:end] + swapped + text[end + len(old):]
        after = f"{number}{swapped}"
        return text, f"{number}{old}", after, {"unit": "%" if swapped == "%" else "个百分点",
                                               "text": after}
    elif kind == "drop_target":
        if ind.modality != "target":
            return None
        lo = max(text.rfind(c, 0, start) for c in CLAUSE_END + "：:\n")
        his = [i for i in (text.find(c, end) for c in CLAUSE_END) if i >= 0]
        if not his:
            return None
        hi = min(his)
        clause = text[lo + 1:hi + 1]
        if len(clause) > 60 or len(re.findall(r"[0-9０-９]+(?:[.．][0-9０-９]+)?", clause)) > 1:
            return None  # one target removed, not a clause of two (能耗、水耗分别下降3%和4%)
        # keep the sentence's full stop when the clause ended it
        keep = "。" if text[hi] == "。" and text[lo] in "，,；;、" else ""
        cut_from = lo if keep else lo + 1
        return text[:cut_from] + keep + text[hi + 1:], clause, "", {"missing": True}
    elif kind == "term_below":
        if not parts:
            return None
        factor = parts["largest"] * 0.5 / float(ind.value)
        new_number = float(number) * factor
        if new_number < 1:
            return None
        new = _fmt(new_number) + scale
    else:
        raise ValueError(kind)
    text = text[:start] + new + text[end:]
    expected = {"value": float(ind.value if ind.value is not None else ind.low) * factor}
    return text, number + scale, new, expected


def planted(indicators: list[Indicator], ind: Indicator, expected: dict) -> bool:
    """Did the fault reach the warehouse as planted?"""
    same = [i for i in indicators if i.canonical == ind.canonical and i.modality == ind.modality
            and (i.scope or "annual") == (ind.scope or "annual")]
    if expected.get("missing"):
        return not [i for i in same if i.period == ind.period]
    if "unit" in expected:  # the planted figure itself, under its id or none, for its period
        return any(i.unit == expected["unit"] and expected["text"] in i.evidence
                   and i.canonical in (ind.canonical, None) and i.period == ind.period
                   for i in indicators)
    return any(_close(v, expected["value"]) for i in same for v in (i.value, i.low, i.high)
               if v is not None)


def why_missed(con, ind: Indicator, year: int, results: pd.DataFrame) -> str:
    """What the faulted warehouse holds for the planted figure's series, read with SQL: every
    row of its id and modality (report year, figure year, value, unit, which one the series
    picked) and the checks' rows naming it, so a missed trial says why it was missed."""
    rows = con.execute(
        "SELECT report_year, year, num_value, unit, pick_rank, doc_rank, metric FROM indicator_rows "
        "WHERE canonical = ? AND modality = ? AND scope = ? ORDER BY year, report_year, seq",
        [ind.canonical, ind.modality, ind.scope or "annual"]).fetchall()
    lines = [f"      r{ry} y{y} {v:g}{u or ''} pick={p} doc={d} {m}"
             + ("   <- planted report" if ry == year else "")
             for ry, y, v, u, p, d, m in rows if v is not None]
    said = results[results["canonical"] == ind.canonical]
    lines += [f"      said: {r.severity} {r.check_name} {r.year}: {r.detail}"
              for r in said.itertuples()]
    return "\n".join(lines)


# --- a run ---------------------------------------------------------------------------------

def comparable(con, ind: Indicator, year: int) -> bool:
    """The figure's series has a point in another report of the run."""
    row = con.execute(
        "SELECT count(*) FROM indicator_rows WHERE canonical = ? AND modality = ? AND scope = ? "
        "AND report_year <> ?",
        [ind.canonical, ind.modality, ind.scope or "annual", year]).fetchone()
    return bool(row and row[0])


def is_total(ind: Indicator) -> bool:
    """The term figure is stated as a total (五年累计新增就业5870万人), not an average or a level."""
    metric = ind.metric or ""
    clauses = re.split(r"[，,；;。！？!?：:]", ind.evidence or "")
    holding = [c for c in clauses if metric and metric in c]
    clause = next((c for c in holding if re.search(r"[0-9０-９]", c)),
                  holding[0] if holding else ind.evidence or "")
    return not NOT_TOTAL_RE.search(f"{clause} {metric}")


def term_parts(con, ind: Indicator) -> dict | None:
    years = [int(y) for y in re.findall(r"\d{4}", ind.period or "")]
    if len(years) < 2 or ind.value is None:
        return None
    row = con.execute(
        "SELECT max(num_value) FROM indicator_points WHERE canonical = ? AND modality = 'actual' "
        "AND scope = 'annual' AND unit = ? AND year BETWEEN ? AND ?",
        [ind.canonical, ind.unit, years[0], years[-1]]).fetchone()
    return {"largest": row[0]} if row and row[0] else None


def candidates(con, kind: str, year: int, indicators: list[Indicator], kinds: dict[str, str],
               first_year: int) -> list[tuple[Indicator, dict | None]]:
    out = []
    for ind in indicators:
        if not ind.canonical or ind.value is None and ind.low is None:
            continue
        scope = ind.scope or "annual"
        if kind == "term_below":
            if scope == "term" and ind.modality == "actual" \
                    and kinds.get(ind.canonical) in ("count", "amount") and is_total(ind):
                parts = term_parts(con, ind)
                if parts and parts["largest"] * 0.5 < (ind.value or 0):
                    out.append((ind, parts))
            continue
        if scope != "annual" or not comparable(con, ind, year):
            continue
        if kind == "drop_target" and (ind.modality != "target" or year == first_year
                                      or list_size(indicators, ind) < 3
                                      or not set_around(con, ind, year)):
            continue
        out.append((ind, None))
    return out


def set_around(con, ind: Indicator, year: int) -> bool:
    """The target stands in the run's reports on both sides of `year`: the one before and the
    one after (for the run's latest report, the two before). Only there is a removal a fault by
    the checks' rule; where the series has gaps anyway, a report that does not set the target
    is no fault (a report need not set the same targets every year: 深圳 2024 sets no CPI
    target), and missing_indicator reports it as info."""
    years = [r[0] for r in con.execute(
        "SELECT DISTINCT report_year FROM indicator_rows ORDER BY 1").fetchall()]
    at = years.index(year)
    if at == 0:
        return False
    around = years[at - 1:at + 2:2] if at + 1 < len(years) else years[max(at - 2, 0):at]
    if len(around) < 2:
        return False
    row = con.execute(
        "SELECT count(DISTINCT report_year) FROM indicator_rows WHERE canonical = ? "
        "AND modality = 'target' AND scope = 'annual' AND year = report_year "
        "AND report_year IN (?, ?)",
        [ind.canonical, *around]).fetchone()
    return bool(row and row[0] == 2) and neighbours_kept(con, ind, year, around)


def _item(canonical: str) -> str:
    return canonical.removesuffix(".growth")  # a level and its growth are one item of a list


def neighbours_kept(con, ind: Indicator, year: int, around: list[int]) -> bool:
    """The targets next to it in its list of a report around still stand together in this
    report (one sentence, or two that follow each other): only then is its absence the list losing an item (the issue's rule); a list the report recast
    (深圳 2024 drops CPI with R&D and jobs beside it) makes it a target not set, which is info."""
    sentences: dict[str, int] = {}
    here: dict[str, set[int]] = {}  # item → the sentences (in order) that state it this year
    for c, e in con.execute(
            "SELECT canonical, evidence FROM indicator_rows WHERE report_year = ? "
            "AND modality = 'target' AND scope = 'annual' AND canonical IS NOT NULL ORDER BY seq",
            [year]).fetchall():
        here.setdefault(_item(c), set()).add(sentences.setdefault(e, len(sentences)))
    for other in around:
        rows = con.execute(
            "SELECT canonical, evidence FROM indicator_rows WHERE report_year = ? "
            "AND modality = 'target' AND scope = 'annual' AND canonical IS NOT NULL ORDER BY seq",
            [other]).fetchall()
        items = [(_item(c), e) for c, e in rows]
        for item, evidence in items:
            if item != _item(ind.canonical):
                continue
            listed = [i for i, e in items if e == evidence]
            at = listed.index(item)
            beside = {i for i in listed[max(at - 1, 0):at + 2] if i != item}
            if beside and _together(beside, here):
                return True
    return False


def _together(items: set[str], here: dict[str, set[int]]) -> bool:
    """Every item stands in this report, within one sentence or two that follow each other."""
    if not items <= here.keys():
        return False
    starts = {s for i in items for x in here[i] for s in (x - 1, x)}
    return any(all(here[i] & {s, s + 1} for i in items) for s in starts)


def list_size(indicators: list[Indicator], ind: Indicator) -> int:
    """How many targets of other metrics share the figure's sentence: a target dropped from the
    report's list of targets is a fault the checks can see; a target stated on its own in the
    part about the coming year may simply not be set every year (missing_indicator.sql)."""
    return len({i.metric for i in indicators if i.modality == "target" and i.evidence == ind.evidence})


def run_series(texts: dict[int, str], years: list[int], args, catalog: list[dict],
               rng: random.Random, baseline_rows: list) -> list[Trial]:
    label = f"{years[0]}-{years[-1]}"
    kinds = {e["id"]: e.get("kind") for e in catalog}
    trials: list[Trial] = []
    with tempfile.TemporaryDirectory() as tmp:
        if args.keep_db:
            Path(args.keep_db).mkdir(parents=True, exist_ok=True)
            db = Path(args.keep_db) / f"{label}.duckdb"
            db.unlink(missing_ok=True)
        else:
            db = Path(tmp) / "trials.duckdb"
        con = connect(db)
        load_canonical_catalog(con, catalog)
        extracted = {y: load(con, y, texts[y]) for y in years}
        base = run_checks(con).results
        base_keys = error_keys(base)
        for r in base[base["severity"] == "error"].itertuples():
            baseline_rows.append((label, r.check_name, r.year, r.canonical, r.detail))
        for kind in args.kinds:
            pool = [(y, ind, parts) for y in years
                    for ind, parts in candidates(con, kind, y, extracted[y], kinds, years[0])]
            rng.shuffle(pool)
            done = 0
            for year, ind, parts in pool:
                if done >= args.per_kind:
                    break
                made = plant(kind, texts[year], ind, kinds.get(ind.canonical), parts)
                if made is None:
                    continue
                text, before, after, expected = made
                trial = Trial(label, kind, year, ind.canonical, ind.modality,
                              ind.scope or "annual", before, after)
                faulted = load(con, year, text)
                if not planted(faulted, ind, expected):
                    trial.status = "unplanted"
                else:
                    results = run_checks(con).results
                    errors = results[results["severity"] == "error"]
                    new = [r for r in errors.itertuples()
                           if (r.check_name, r.canonical, r.year, r.detail) not in base_keys
                           and r.canonical == ind.canonical]
                    trial.status = "caught" if new else "missed"
                    trial.how = "; ".join(sorted({r.check_name for r in new}))
                    if not new and args.verbose:
                        trial.why = why_missed(con, ind, year, results)
                load(con, year, texts[year])  # back to the clean report
                trials.append(trial)
                done += 1
        con.close()
    return trials


def parse_runs(spec: str, texts: dict[int, str]) -> list[list[int]]:
    runs = []
    for part in spec.split(","):
        lo, hi = (int(x) for x in part.split("-"))
        years = [y for y in range(lo, hi + 1) if y in texts]
        if len(years) >= 2:
            runs.append(years)
    return runs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--runs", help=f"comma-separated year ranges (default {DEFAULT_RUNS}, or "
                    "windows of four reports over a --texts folder)")
    ap.add_argument("--texts", type=Path, metavar="DIR",
                    help="a folder of one region's reports as .txt, one a year")
    ap.add_argument("--per-kind", type=int, default=4, help="trials per fault kind and run")
    ap.add_argument("--seed", type=int, default=20240305)
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--verbose", "-v", action="store_true", help="print every trial")
    ap.add_argument("--keep-db", metavar="DIR",
                    help="keep each run's warehouse (clean reports) as DIR/<run>.duckdb")
    args = ap.parse_args(argv)
    args.kinds = [k for k in args.kinds.split(",") if k]

    global REGION
    if args.texts:
        texts, REGION = load_folder(args.texts)
    else:
        texts = load_texts()
    catalog = catalog_entries()
    rng = random.Random(args.seed)
    runs = parse_runs(args.runs or (windows(list(texts)) if args.texts else DEFAULT_RUNS), texts)
    trials: list[Trial] = []
    baseline_rows: list = []
    for years in runs:
        trials += run_series(texts, years, args, catalog, rng, baseline_rows)

    if args.verbose:
        print("Trials:")
        for t in trials:
            print(f"  {t.status:9} {t.kind:11} {t.run} {t.year} {t.canonical} {t.modality}/"
                  f"{t.scope}: {t.before} → {t.after or '(removed)'}"
                  f"{'  [' + t.how + ']' if t.how else ''}")
            if t.why:
                print(t.why)
        print()

    print("Baseline errors (false errors on real text):")
    for label, check, year, canonical, detail in baseline_rows:
        print(f"  {label} {check} {year} {canonical}: {detail}")
    if not baseline_rows:
        print("  none")
    print()

    by_kind: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for t in trials:
        by_kind[t.kind][t.status] += 1
    print("| fault kind | trials | caught | missed | unplanted | detection |")
    print("|---|---|---|---|---|---|")
    total = defaultdict(int)
    for kind in args.kinds:
        c = by_kind[kind]
        n = c["caught"] + c["missed"]
        for k in ("caught", "missed", "unplanted"):
            total[k] += c[k]
        rate = f"{c['caught'] / n:.0%}" if n else "–"
        print(f"| {kind} | {n + c['unplanted']} | {c['caught']} | {c['missed']} | "
              f"{c['unplanted']} | {rate} |")
    n = total["caught"] + total["missed"]
    print(f"| **all** | {n + total['unplanted']} | {total['caught']} | {total['missed']} | "
          f"{total['unplanted']} | {total['caught'] / n:.0%} |" if n else "| all | 0 |")
    print()
    per_run = defaultdict(int)
    for label, *_ in baseline_rows:
        per_run[label] += 1
    print("| clean series | reports | false errors |")
    print("|---|---|---|")
    for years in runs:
        label = f"{years[0]}-{years[-1]}"
        print(f"| {label} | {len(years)} | {per_run[label]} |")
    print(f"\nfalse errors per clean series: {len(baseline_rows) / max(len(runs), 1):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
