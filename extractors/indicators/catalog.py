"""The canonical indicator catalogue (catalog/indicators.yaml) and matching a metric against it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "catalog" / "indicators.yaml"
KINDS = frozenset({"growth", "rate", "count", "amount"})


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

    def match_length(self, metric: str) -> int:
        """Length of the longest pattern match in the metric, 0 for none."""
        best = 0
        if any(p.search(metric) for p in self.excludes):
            return 0
        for p in self.patterns:
            m = p.search(metric)
            if m:
                best = max(best, m.end() - m.start(), 1)
        return best


def _entry(raw: dict, where: str) -> Entry:
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
    unit = raw.get("unit")
    units = frozenset(filter(None, [unit, *(raw.get("units") or [])]))
    return Entry(id=str(raw["id"]), name=str(raw["name"]), kind=raw["kind"], unit=unit,
                 patterns=tuple(patterns), units=units, excludes=excludes,
                 change=raw.get("change"),
                 min=raw.get("min"), max=raw.get("max"))


def load_catalog(path: str | Path | None = None) -> list[Entry]:
    """Read the catalogue: a top-level `indicators:` list of entries (see the file's header)."""
    path = Path(path) if path else DEFAULT_PATH
    return list(_load(str(path.resolve())))


@lru_cache(maxsize=8)
def _load(path: str) -> tuple[Entry, ...]:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogError(f"{path}: catalogue file not found") from None
    except yaml.YAMLError as exc:
        raise CatalogError(f"{path}: not valid YAML ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("indicators"), list):
        raise CatalogError(f"{path}: expected a top-level `indicators:` list")
    entries = [_entry(raw, f"{path}: entry {n} ({raw.get('id', '?')})")
               for n, raw in enumerate(data["indicators"], 1)]
    seen: set[str] = set()
    for e in entries:
        if e.id in seen:
            raise CatalogError(f"{path}: duplicate id {e.id}")
        seen.add(e.id)
    return tuple(entries)


def match(entries: list[Entry], metric: str, unit: str, change: str | None) -> str | None:
    """The id of the entry the metric names, in a compatible unit; None when nothing fits.

    The unit decides between an indicator's level and its growth (收入1130.7亿元 vs 增长5.2%); of
    several fitting entries the longest pattern match wins, then the earlier entry.
    """
    best: tuple[int, int] | None = None
    found = None
    for n, e in enumerate(entries):
        if e.units and unit not in e.units:
            continue
        if e.change and change and e.change != change:
            continue
        length = e.match_length(metric)
        if not length:
            continue
        key = (-length, n)
        if best is None or key < best:
            best, found = key, e.id
    return found
