"""The sources catalogue: which reports to fetch, and what they are."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
KINDS = ("政府工作报告", "人大常委会工作报告", "预算报告", "统计公报")


class CatalogError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    region: str
    body: str | None
    kind: str
    year: int
    location: str  # an http(s):// or file:// URL, or an absolute path

    @property
    def is_remote(self) -> bool:
        return self.location.startswith(("http://", "https://"))


def load_sources(catalog: str | Path) -> list[Source]:
    catalog = Path(catalog)
    try:
        data = yaml.safe_load(catalog.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogError(f"{catalog}: catalogue file not found") from None
    except yaml.YAMLError as exc:
        raise CatalogError(f"{catalog}: not valid YAML ({exc})") from None
    entries = (data or {}).get("sources") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise CatalogError(f"{catalog}: expected a top-level `sources:` list")
    sources, seen = [], set()
    for n, entry in enumerate(entries, 1):
        where = f"{catalog}: entry {n}"
        if not isinstance(entry, dict):
            raise CatalogError(f"{where}: expected a mapping")
        missing = [k for k in ("id", "region", "kind", "year") if not entry.get(k)]
        if missing:
            raise CatalogError(f"{where}: missing {', '.join(missing)}")
        sid = str(entry["id"])
        if not _ID.match(sid):
            raise CatalogError(f"{where}: id {sid!r} may hold only letters, digits, . _ -")
        if sid in seen:
            raise CatalogError(f"{where}: id {sid!r} appears twice")
        seen.add(sid)
        if ("url" in entry) == ("path" in entry):
            raise CatalogError(f"{where} ({sid}): give exactly one of url and path")
        try:
            year = int(entry["year"])
        except (TypeError, ValueError):
            raise CatalogError(f"{where} ({sid}): year {entry['year']!r} is not a number") from None
        if "url" in entry:
            location = str(entry["url"])
            if not location.startswith(("http://", "https://", "file://")):
                raise CatalogError(f"{where} ({sid}): url must be http(s):// or file://")
        else:
            location = str((catalog.parent / str(entry["path"])).resolve())
        sources.append(Source(id=sid, region=str(entry["region"]), body=entry.get("body"),
                              kind=str(entry["kind"]), year=year, location=location))
    return sources
