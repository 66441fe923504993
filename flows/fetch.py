"""Getting a report's bytes and keeping them, content-addressed, before anything parses them."""

from __future__ import annotations

import hashlib
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

USER_AGENT = "baogao/0.1 (report fetcher)"


class FetchError(Exception):
    """A source that could not be fetched; `transient` says whether a retry may help."""

    def __init__(self, message: str, *, transient: bool = False):
        super().__init__(message)
        self.transient = transient


@dataclass(frozen=True, slots=True)
class Fetched:
    sha256: str
    raw_path: Path
    size: int


def read_source(location: str, *, timeout: float = 30.0, max_bytes: int = 200 << 20) -> bytes:
    if location.startswith(("http://", "https://")):
        request = urllib.request.Request(location, headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                data = response.read(max_bytes + 1)
        except urllib.error.HTTPError as exc:
            # 4xx will not heal by retrying; 5xx and 429 may.
            transient = exc.code >= 500 or exc.code == 429
            raise FetchError(f"{location}: HTTP {exc.code} {exc.reason}", transient=transient) from None
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            reason = getattr(exc, "reason", exc)
            raise FetchError(f"{location}: cannot connect ({reason})", transient=True) from None
    else:
        path = Path(unquote(urlparse(location).path)) if location.startswith("file://") else Path(location)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise FetchError(f"{path}: file not found") from None
        except OSError as exc:
            raise FetchError(f"{path}: cannot read ({exc.strerror})") from None
    if len(data) > max_bytes:
        raise FetchError(f"{location}: larger than {max_bytes >> 20} MiB")
    if not data:
        raise FetchError(f"{location}: empty response")
    return data


def store_raw(data: bytes, raw_dir: Path, location: str = "") -> Fetched:
    """Keep the bytes under their sha256 so nothing fetched is ever overwritten or lost."""
    digest = hashlib.sha256(data).hexdigest()
    # The suffix tells the extractor how to read the file (a PDF, or text another tool extracted).
    if data.lstrip().startswith(b"%PDF"):
        suffix = ".pdf"
    else:
        suffix = Path(unquote(urlparse(location).path)).suffix.lower() or ".bin"
    target = raw_dir / digest[:2] / f"{digest}{suffix}"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(target.suffix + ".part")
        tmp.write_bytes(data)
        tmp.replace(target)  # atomic: a crash never leaves a half-written raw file
    return Fetched(sha256=digest, raw_path=target, size=len(data))
