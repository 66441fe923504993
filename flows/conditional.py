"""Conditional fetches: ask an http(s) server whether a report changed (ETag / Last-Modified)
before downloading it again, so a scheduled run over an unchanged catalogue downloads nothing.

The validators a server sent are kept beside the raw files (`raw/validators/<sha1 of url>.json`)
with the sha256 of the bytes they describe; a 304 answer hands back those stored bytes. Errors
are left to `read_source`, which reports every fetch failure the same way.
"""

from __future__ import annotations

import hashlib
import json
import logging
import urllib.error
import urllib.request
from pathlib import Path

from flows.fetch import USER_AGENT, Fetched, read_source, store_raw

MAX_BYTES = 200 << 20  # read_source's limit: a bigger answer is left to it to refuse
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
                               "size": fetched.size}), encoding="utf-8")
    tmp.replace(path)


def fetch(location: str, raw_dir: Path, *, timeout: float = 30.0) -> tuple[Fetched, bool]:
    """The report's bytes, stored under raw_dir; and whether they were downloaded (False when
    the server answered 304 Not Modified)."""
    if not location.startswith(("http://", "https://")):
        return store_raw(read_source(location, timeout=timeout), raw_dir, location), True
    saved = _stored(raw_dir, location)
    headers = {"User-Agent": USER_AGENT}
    if saved and saved.get("etag"):
        headers["If-None-Match"] = saved["etag"]
    if saved and saved.get("last_modified"):
        headers["If-Modified-Since"] = saved["last_modified"]
    data = etag = last_modified = None
    try:
        with urllib.request.urlopen(urllib.request.Request(location, headers=headers),
                                    timeout=timeout) as response:
            data = response.read(MAX_BYTES + 1)
            etag = response.headers.get("ETag")
            last_modified = response.headers.get("Last-Modified")
    except urllib.error.HTTPError as exc:
        if exc.code == 304 and saved:
            log.info("%s: not modified since the last fetch", location)
            return Fetched(sha256=saved["sha256"], raw_path=Path(saved["raw_path"]),
                           size=int(saved.get("size") or Path(saved["raw_path"]).stat().st_size)
                           ), False
    except (urllib.error.URLError, TimeoutError, ConnectionError, OSError):
        pass
    if not data or len(data) > MAX_BYTES:
        # A failure, an empty or an oversized answer: read_source raises the FetchError that
        # says which (transient or not), the same as for any other fetch.
        data = read_source(location, timeout=timeout)
        etag = last_modified = None
    fetched = store_raw(data, raw_dir, location)
    _remember(raw_dir, location, fetched, etag, last_modified)
    return fetched, True
