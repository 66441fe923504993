"""Conditional fetches: ask an http(s) server whether a report changed (ETag / Last-Modified)
before downloading it again, so a scheduled run over an unchanged catalogue downloads nothing.

The validators a server sent are kept beside the raw files (`raw/validators/<sha1 of url>.json`)
with the sha256 of the bytes they describe; a 304 answer hands back those stored bytes. Timeouts,
retries, redirects, size caps and errors are those of every fetch (`flows.fetch`).
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from flows.fetch import Fetched, FetchSettings, NotModified
from flows.fetch import fetch as fetch_raw

log = logging.getLogger(__name__)


def _validators_path(raw_dir: Path, location: str) -> Path:
    return raw_dir / "validators" / f"{hashlib.sha1(location.encode()).hexdigest()}.json"


def _stored(raw_dir: Path, location: str) -> dict | None:
    path = _validators_path(raw_dir, location)
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if saved.get("url") != location or not Path(saved.get("raw_path", "")).is_file():
        return None  # the bytes it vouches for are gone: download again
    return saved


def _remember(raw_dir: Path, location: str, fetched: Fetched, etag: str | None,
              last_modified: str | None) -> None:
    path = _validators_path(raw_dir, location)
    if not (etag or last_modified):
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part")
    tmp.write_text(json.dumps({"url": location, "etag": etag, "last_modified": last_modified,
                               "sha256": fetched.sha256, "raw_path": str(fetched.raw_path),
                               "size": fetched.size, "final_url": fetched.final_url}),
                   encoding="utf-8")
    tmp.replace(path)


def fetch(location: str, raw_dir: Path, settings: FetchSettings | None = None
          ) -> tuple[Fetched, bool]:
    """The report's bytes, stored under raw_dir; and whether they were downloaded (False when
    the server answered 304 Not Modified). Every limit and error is `flows.fetch.fetch`'s."""
    saved = _stored(raw_dir, location) if location.startswith(("http://", "https://")) else None
    conditions = {}
    if saved and saved.get("etag"):
        conditions["If-None-Match"] = saved["etag"]
    if saved and saved.get("last_modified"):
        conditions["If-Modified-Since"] = saved["last_modified"]
    try:
        fetched = fetch_raw(location, raw_dir, settings, conditions or None)
    except NotModified:
        log.info("%s: not modified since the last fetch", location)
        raw_path = Path(saved["raw_path"])
        return Fetched(sha256=saved["sha256"], raw_path=raw_path,
                       size=int(saved.get("size") or raw_path.stat().st_size),
                       final_url=saved.get("final_url"), etag=saved.get("etag"),
                       last_modified=saved.get("last_modified")), False
    if location.startswith(("http://", "https://")):
        _remember(raw_dir, location, fetched, fetched.etag, fetched.last_modified)
    return fetched, True
