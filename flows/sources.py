"""The sources catalogue: which reports to fetch, and what they are.

The whole file is validated before anything runs: every problem is one line naming the file,
the entry and what is wrong, and all of them are reported at once.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

# Letters, digits, . _ - and nothing else: an id becomes part of messages, keys and file names.
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
KINDS = ("政府工作报告", "人大常委会工作报告", "预算报告", "统计公报")
KEYS = ("id", "region", "body", "kind", "year", "url", "path", "note")  # note: a free remark
URL_SCHEMES = ("http://", "https://", "file://")
# Reports of the People's Republic start in 1949; a year past next year is a typo.
FIRST_YEAR = 1949


class CatalogError(ValueError):
    """Every problem of a catalogue, one line each."""

    def __init__(self, problems: list[str] | str):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))


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


def _read(catalog: Path) -> object:
    try:
        raw = catalog.read_bytes()
    except FileNotFoundError:
        raise CatalogError(f"{catalog}: catalogue file not found") from None
    except IsADirectoryError:
        raise CatalogError(f"{catalog}: a directory, not a catalogue file") from None
    except OSError as exc:
        raise CatalogError(f"{catalog}: cannot read ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CatalogError(f"{catalog}: not UTF-8 (byte 0x{raw[exc.start]:02x} at offset "
                           f"{exc.start}; a GBK file? save it as UTF-8)") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        problem = " ".join(str(exc).split())
        raise CatalogError(f"{catalog}: not valid YAML ({problem})") from None


def _year(value: object, last: int) -> tuple[int | None, str | None]:
    # bool is an int in Python and YAML reads `yes` as True; a float would be cut silently.
    if isinstance(value, bool) or not isinstance(value, int | str):
        return None, f"year {value!r} is not a whole number"
    if isinstance(value, str):
        if not re.fullmatch(r"\d{4}", value.strip()):
            return None, f"year {value!r} is not a whole number"
        value = int(value)
    if not FIRST_YEAR <= value <= last:
        return None, f"year {value} is outside {FIRST_YEAR}-{last}"
    return value, None


def _text(entry: dict, key: str, problems: list[str], where: str, required: bool = True
          ) -> str | None:
    value = entry.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        problems.append(f"{where}: {key} must be a non-empty string, not {value!r}")
        return None
    if value != value.strip() or "\n" in value:
        problems.append(f"{where}: {key} {value!r} has leading/trailing spaces or a line break")
    return value


def _entry(catalog: Path, n: int, entry: object, seen: set[str], last_year: int,
           problems: list[str]) -> Source | None:
    where = f"{catalog}: entry {n}"
    if not isinstance(entry, dict):
        problems.append(f"{where}: expected a mapping of {', '.join(KEYS)}")
        return None
    sid = entry.get("id")
    if isinstance(sid, str) and _ID.fullmatch(sid):
        where = f"{where} ({sid})"
        if sid in seen:
            problems.append(f"{where}: id {sid!r} appears twice")
        seen.add(sid)
    elif sid is None:
        problems.append(f"{where}: missing id")
    else:
        problems.append(f"{where}: id {sid!r} must be letters, digits, . _ - only (no spaces or "
                        "line breaks)")
    before = len(problems)
    unknown = [str(k) for k in entry if k not in KEYS]
    if unknown:
        problems.append(f"{where}: unknown key(s) {', '.join(unknown)} (known: {', '.join(KEYS)})")
    missing = [k for k in ("region", "kind", "year") if entry.get(k) is None]
    if missing:
        problems.append(f"{where}: missing {', '.join(missing)}")
    region = _text(entry, "region", problems, where) if "region" in entry else None
    body = _text(entry, "body", problems, where, required=False)
    if "note" in entry and not isinstance(entry["note"], str):
        problems.append(f"{where}: note must be text, not {entry['note']!r}")
    kind = entry.get("kind")
    if kind is not None and kind not in KINDS:
        problems.append(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
    year = None
    if entry.get("year") is not None:
        year, problem = _year(entry["year"], last_year)
        if problem:
            problems.append(f"{where}: {problem}")
    location = None
    if ("url" in entry) == ("path" in entry):
        problems.append(f"{where}: give exactly one of url and path")
    elif "url" in entry:
        url = entry["url"]
        if not isinstance(url, str) or not url.startswith(URL_SCHEMES) or url != url.strip():
            problems.append(f"{where}: url {url!r} must be http(s):// or file://")
        else:
            location = url
    else:
        path = entry["path"]
        if not isinstance(path, str) or not path.strip() or "\n" in path:
            problems.append(f"{where}: path {path!r} must be a file name")
        else:
            location = str((catalog.parent / path).resolve())
    if len(problems) > before or not isinstance(sid, str) or not _ID.fullmatch(sid):
        return None
    return Source(id=sid, region=region, body=body, kind=kind, year=year, location=location)


def load_sources(catalog: str | Path) -> list[Source]:
    """The catalogue's sources, or CatalogError listing every problem (one line each)."""
    catalog = Path(catalog)
    data = _read(catalog)
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise CatalogError(f"{catalog}: expected a top-level `sources:` list")
    problems: list[str] = []
    unknown = [str(k) for k in data if k != "sources"]
    if unknown:
        problems.append(f"{catalog}: unknown top-level key(s) {', '.join(unknown)} (known: sources)")
    last_year = datetime.date.today().year + 1
    seen: set[str] = set()
    sources = [_entry(catalog, n, e, seen, last_year, problems)
               for n, e in enumerate(data["sources"], 1)]
    if problems:
        raise CatalogError(problems)
    return [s for s in sources if s is not None]
