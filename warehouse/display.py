"""Display units: the scale reports print a figure in (亿元, 万人, 万亿斤), chosen per indicator in
catalog/display.yaml, and the factor from the warehouse's base unit to it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from extractors.indicators.numbers import SCALES

DISPLAY_FILE = Path(__file__).resolve().parents[1] / "catalog" / "display.yaml"


class DisplayError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Display:
    id: str
    name_en: str | None
    unit: str  # the display unit, e.g. 亿元
    factor: float  # base value / factor = displayed value


def display_factor(display_unit: str, base_unit: str | None) -> float:
    """10^8 for 亿元 over 元; 1 for a unit equal to the base. The display unit must be a scale
    word followed by the base unit, so a typo cannot silently mislabel a figure."""
    if not base_unit or display_unit == base_unit:
        return 1.0
    scale = display_unit.removesuffix(base_unit)
    if scale == display_unit or scale not in SCALES:
        raise DisplayError(f"display unit {display_unit!r} is not a scale word (万, 亿, 万亿 …) "
                           f"before the base unit {base_unit!r}")
    return SCALES[scale]


def load_display(entries: list[dict], path: Path = DISPLAY_FILE) -> dict[str, Display]:
    """The display unit of every catalogue entry ({id, unit, ...}) that `path` describes."""
    described = (yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None) or {}
    base = {e["id"]: e.get("unit") for e in entries}
    found = {}
    for cid, spec in described.items():
        if cid not in base:
            continue  # an entry the catalogue dropped: nothing to show
        unit = str(spec.get("display_unit") or base[cid] or "")
        try:
            factor = display_factor(unit, base[cid]) if unit else 1.0
        except DisplayError as exc:
            raise DisplayError(f"{path}: {cid}: {exc}") from None
        found[cid] = Display(cid, spec.get("name_en"), unit or base[cid], factor)
    return found
