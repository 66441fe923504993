"""The canonical indicator catalogue (catalog/indicators.yaml) and matching a metric against it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from extractors.indicators.metric import VERBS

# The verbs that open a metric (实现地区生产总值, 完成固定资产投资) name no part of the whole.
VERBS_RE = re.compile("|".join(VERBS))
DEFAULT_PATH = Path(__file__).resolve().parents[2] / "catalog" / "indicators.yaml"
KINDS = frozenset({"growth", "rate", "count", "amount"})


# Units of one kind: a figure in another unit of its indicator's kind still names the indicator
# (进出口总额…万亿美元 is the trade total; 人次 for 人 is a count of people), so a unit changed by
# mistake shows as a unit change of the series instead of the series losing a point. % and
# 个百分点 share a kind so that a level misread as a change (or the reverse) is seen too; 倍 stays
# apart. Classifiers form several kinds (people, occasions, items, places and things), so a
# broad pattern (常委会会议, 决定) of a count of occasions does not take a count of rules.
UNIT_KINDS: tuple[frozenset[str], ...] = (
    frozenset({"元", "美元", "欧元"}),
    frozenset({"吨", "斤", "公斤"}),
    frozenset({"%", "个百分点"}),
    frozenset({"公里", "千米", "米"}),
    frozenset({"平方公里", "平方米", "亩", "公顷"}),
    frozenset({"千瓦", "瓦"}),
    frozenset({"人", "人次", "名", "位"}),  # people
    frozenset({"次", "轮", "场", "期", "批次", "人次", "件次"}),  # occasions
    frozenset({"件", "项", "部", "条", "个", "件次", "份", "篇", "册", "张", "例", "宗", "种", "套",
               "起", "批"}),  # items: laws, bills, suggestions
    frozenset({"个", "家", "所", "户", "座", "处", "间", "台", "辆", "艘", "架", "株", "棵", "头",
               "只", "块"}),  # places and things
)


def same_kind(a: str | None, b: str | None) -> bool:
    """Two units of one kind (元 and 美元, 人 and 人次, % and 个百分点), or the same unit."""
    return bool(a) and (a == b or any(a in k and b in k for k in UNIT_KINDS))


@dataclass(frozen=True, slots=True)
class Rules:
    """Catalogue-wide matching rules (the file's `qualifiers:` and `whole_words:`).

    A qualifier makes a figure per unit of something or an index (每平方公里土地生产总值,
    万元GDP能耗, 人均, 居民消费价格指数102%): a metric carrying one names only entries whose
    own name carries it. An entry marked `of_whole` is the whole region's figure: words before
    its pattern that name a part (前海, 海洋, 跨境电商, 一般贸易) make the metric another one;
    whole words (全市, 本市, 地方, 实现 …), verbs and the report's own region are no part."""

    qualifiers: tuple[tuple[str, re.Pattern], ...] = ()
    whole_words: re.Pattern | None = None
    share: re.Pattern | None = None  # 占…比重: a share of the whole, not the whole
    part_areas: re.Pattern | None = None  # 合作区, 新区, 园区 …: a part of the region
    whole_areas: re.Pattern | None = None  # 全市, 本市 …: the whole region
    gap: re.Pattern | None = None  # 增幅高于全国: a gap between two figures, no indicator's own
    levels: re.Pattern | None = None  # 市级, 省本级 …: one level of government, a part of the whole

    def about_a_part(self, sentence: str, clause_start: int) -> bool:
        """The sentence opens on a part of the region (全面推进前海城市新中心建设，…，全年完成固定
        资产投资480亿元) and the figure's own clause, after it, does not name the whole: the figure
        is the part's."""
        if self.part_areas is None or clause_start <= 0:
            return False
        first = re.split(r"[，,；;：:]", sentence, maxsplit=1)[0]
        if len(first) >= clause_start or not self.part_areas.search(first):
            return False
        whole = self.whole_areas
        return whole is None or not (whole.search(first) or whole.search(sentence[clause_start:]))

    def names_the_whole(self, text: str) -> bool:
        return self.whole_areas is not None and bool(self.whole_areas.search(text))

    def qualifiers_of(self, text: str, change: str | None = None) -> frozenset[str]:
        # an index that rises (居民消费价格指数上涨2%) states a growth, not the index's level
        return frozenset(k for k, rx in self.qualifiers if rx.search(text)
                         and not (k == "index" and change))

    def names_a_part(self, prefix: str, regions: tuple[str, ...]) -> bool:
        # (中央提出今年经济增长预期目标为7%左右: who sets the figure is no part of the region)
        rest = re.sub(r"^.*?(?:提出|确定|建议|要求)(?=.)", "", prefix)
        for region in sorted(regions, key=len, reverse=True):
            rest = rest.replace(region, "")
        if self.whole_words is not None:
            rest = self.whole_words.sub("", rest)
        rest = VERBS_RE.sub("", rest)
        return bool(re.search(r"[\u4e00-\u9fffA-Za-z]", rest))


class CatalogError(ValueError):
    """A catalogue file that cannot be used; the message names the file and the entry."""


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    name: str
    kind: str
    unit: str | None
    patterns: tuple[re.Pattern, ...]
    units: frozenset[str] = field(default_factory=frozenset)  # every unit the entry accepts
    excludes: tuple[re.Pattern, ...] = ()  # a metric matching one of these is not this indicator
    change: str | None = None
    min: float | None = None
    max: float | None = None
    better: str | None = None  # higher / lower: the side on which a figure beats its target
    of_whole: bool = False  # the whole region's figure: a part's (前海GDP) is another indicator
    qualifiers: frozenset[str] = frozenset()  # per-unit or index qualifiers its name carries
    rules: Rules = field(default_factory=Rules, compare=False, repr=False)

    def record(self) -> dict:
        """The fields the warehouse keeps of an entry (table canonical_indicators)."""
        return {"id": self.id, "name": self.name, "kind": self.kind, "unit": self.unit,
                "min": self.min, "max": self.max, "better": self.better}

    def match_length(self, metric: str, change: str | None = None,
                     regions: tuple[str, ...] = (), part: bool = False) -> int:
        """Length of the longest pattern match in the metric, 0 for none. `part`: the figure is a
        part's of the region (Rules.about_a_part)."""
        best = 0
        if any(p.search(metric) for p in self.excludes) or (part and self.of_whole):
            return 0
        if self.rules.gap is not None and self.rules.gap.search(metric):
            return 0
        quals = self.rules.qualifiers_of(metric, change)
        if quals - self.qualifiers:
            return 0
        if "index" in self.qualifiers and "index" not in quals:
            return 0  # an index entry is the index's level; 指数上涨2% is a growth
        # (税收收入占一般公共预算收入比重达76.1%: a share is neither the whole nor its growth)
        if (self.of_whole or self.kind == "growth") and self.rules.share is not None and self.rules.share.search(metric):
            return 0
        for p in self.patterns:
            m = p.search(metric)
            if m and self.rules.levels is not None and self.rules.levels.search(metric[:m.start()]):
                continue  # 市级一般债券, 省级政府性基金收入: one level's share of the region's
            if m and not (self.of_whole and self.rules.names_a_part(metric[:m.start()], regions)):
                best = max(best, m.end() - m.start(), 1)
        return best


def _rules(data: dict, path: str) -> Rules:
    try:
        quals = tuple((str(k), re.compile(str(v))) for k, v in (data.get("qualifiers") or {}).items())
        words = data.get("whole_words") or []
        whole = re.compile("|".join(sorted(map(str, words), key=len, reverse=True))) if words else None
        share = re.compile(str(data["share"])) if data.get("share") else None
        parts = re.compile(str(data["part_areas"])) if data.get("part_areas") else None
        areas = data.get("whole_areas") or []
        wholes = re.compile("|".join(sorted(map(str, areas), key=len, reverse=True))) if areas else None
        gap = re.compile(str(data["gap"])) if data.get("gap") else None
        levels = re.compile(str(data["part_levels"])) if data.get("part_levels") else None
    except re.error as exc:
        raise CatalogError(f"{path}: bad qualifier, whole word, share, area or gap pattern ({exc})") from None
    return Rules(quals, whole, share, parts, wholes, gap, levels)


def _entry(raw: dict, where: str, rules: Rules = Rules()) -> Entry:
    for key in ("id", "name", "kind"):
        if not raw.get(key):
            raise CatalogError(f"{where}: missing `{key}`")
    if raw["kind"] not in KINDS:
        raise CatalogError(f"{where}: kind {raw['kind']!r} is not one of {sorted(KINDS)}")
    names = [raw["name"], *(raw.get("names") or [])]
    texts = [*(raw.get("patterns") or []), *names]
    patterns = []
    for t in texts:
        try:
            patterns.append(re.compile(str(t)))
        except re.error as exc:
            raise CatalogError(f"{where}: bad pattern {t!r} ({exc})") from None
    try:
        excludes = tuple(re.compile(str(t)) for t in raw.get("not") or [])
    except re.error as exc:
        raise CatalogError(f"{where}: bad `not` pattern ({exc})") from None
    for key, allowed in (("change", ("increase", "decrease")), ("better", ("higher", "lower"))):
        if raw.get(key) is not None and raw[key] not in allowed:
            raise CatalogError(f"{where}: {key} {raw[key]!r} is not one of {list(allowed)}")
    unit = raw.get("unit")
    units = frozenset(filter(None, [unit, *(raw.get("units") or [])]))
    quals = rules.qualifiers_of(" ".join(map(str, names))) | frozenset(raw.get("qualifiers") or [])
    return Entry(id=str(raw["id"]), name=str(raw["name"]), kind=raw["kind"], unit=unit,
                 patterns=tuple(patterns), units=units, excludes=excludes,
                 change=raw.get("change"),
                 min=raw.get("min"), max=raw.get("max"), better=raw.get("better"),
                 of_whole=bool(raw.get("of_whole")), qualifiers=quals, rules=rules)


def load_catalog(path: str | Path | None = None) -> list[Entry]:
    """Read the catalogue: a top-level `indicators:` list of entries (see the file's header)."""
    path = Path(path) if path else DEFAULT_PATH
    return list(_load(str(path.resolve())))


@lru_cache(maxsize=8)
def _load(path: str) -> tuple[Entry, ...]:
    try:
        # libyaml's parser when PyYAML was built with it: the same values, several times faster
        data = yaml.load(Path(path).read_text(encoding="utf-8"),
                         Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except FileNotFoundError:
        raise CatalogError(f"{path}: catalogue file not found") from None
    except yaml.YAMLError as exc:
        raise CatalogError(f"{path}: not valid YAML ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("indicators"), list):
        raise CatalogError(f"{path}: expected a top-level `indicators:` list")
    rules = _rules(data, path)
    entries = [_entry(raw, f"{path}: entry {n} ({raw.get('id', '?')})", rules)
               for n, raw in enumerate(data["indicators"], 1)]
    seen: set[str] = set()
    for e in entries:
        if e.id in seen:
            raise CatalogError(f"{path}: duplicate id {e.id}")
        seen.add(e.id)
    return tuple(entries)


# An entry whose figure is a change (农村贫困人口减少1386万) names it in a metric of no change only
# with these words (1亿农村贫困人口实现脱贫, 再减少农村贫困人口1000万).
NAMED_CHANGE = {"decrease": re.compile(r"减少|脱贫|减贫|下降|降低|压减"), "increase": re.compile(r"增加|新增|提高")}


def match(entries: list[Entry], metric: str, unit: str, change: str | None,
          regions: tuple[str, ...] = (), part: bool = False) -> str | None:
    """The id of the entry the metric names, in a compatible unit; None when nothing fits.

    The unit decides between an indicator's level and its growth (收入1130.7亿元 vs 增长5.2%).
    An entry listing the figure's unit fits first; only when none does, an entry whose unit is
    of the same kind (美元 for 元, 人次 for 人, 个百分点 for %) fits. Among fitting entries the
    longest pattern match wins, then the earlier entry.
    """
    if change and unit == "个百分点" and metric.endswith(("增速", "增幅", "增长率", "涨幅", "降幅", "减幅")):
        # 收入增速提高6.2个百分点: a change of the growth, not the growth
        entries = [e for e in entries if e.kind != "growth"]
    found = _best(entries, metric, change, regions, part,
                  lambda e: not e.units or unit in e.units)
    if found is None and unit:
        found = _best(entries, metric, change, regions, part,
                      lambda e: any(same_kind(unit, u) for u in e.units))
    return found


def _best(entries: list[Entry], metric: str, change: str | None, regions: tuple[str, ...],
          part: bool, fits) -> str | None:
    best: tuple[int, int] | None = None
    found = None
    for n, e in enumerate(entries):
        if not fits(e):
            continue
        if e.change and change and e.change != change:
            continue
        if e.change and not change and e.kind in ("count", "amount") and not NAMED_CHANGE[e.change].search(metric):
            continue  # 农村贫困人口由4960万减少到2820万: the levels, not the reduction
        if e.kind in ("count", "amount", "rate") and change and not e.change:
            # 粮食产量减少7700吨, 收入增加50亿元, 城镇化率比上年末提高0.81个百分点: a change of the
            # level, not the level
            continue
        length = e.match_length(metric, change, regions, part)
        if not length:
            continue
        key = (-length, n)
        if best is None or key < best:
            best, found = key, e.id
    return found
