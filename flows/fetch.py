"""Getting a report's bytes and keeping them, content-addressed, before anything parses them.

Every download is bounded: a connect timeout, a read timeout, an overall deadline (retries
included), a size cap on what is kept, a limit on redirects (http and https only), and a cap on
how many downloads run at once, overall and per host. Bytes stream through a hash into a private
temporary file beside their final place, so memory stays small whatever the server sends.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import http.client
import io
import os
import re
import socket
import ssl
import stat
import tempfile
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote, urljoin, urlsplit

USER_AGENT = "baogao/0.1 (report fetcher)"
_CHUNK = 64 << 10
_REDIRECTS = (301, 302, 303, 307, 308)


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
    final_url: str | None = None  # where the bytes came from after redirects
    etag: str | None = None  # validators the server sent, for a conditional fetch next time
    last_modified: str | None = None


class NotModified(Exception):
    """The server answered 304 to a conditional request: the stored bytes are still current."""


def _env_value(kind: type, text: str) -> object:
    if kind is tuple:
        return tuple(t for t in re.split(r"[,\s]+", text.strip()) if t)
    if kind is int:
        return int(text, 0)
    return kind(text)


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """Limits of one download; each is also read from BAOGAO_FETCH_<NAME> (e.g. _DEADLINE=60)."""

    connect_timeout: float = 10.0  # seconds to open a connection
    read_timeout: float = 30.0  # seconds of silence a server is allowed
    deadline: float = 300.0  # seconds for the whole download, retries included
    max_bytes: int = 200 << 20  # what is kept, after Content-Encoding is undone
    max_redirects: int = 5
    retry_delays: tuple = (1.0, 5.0)  # seconds before each retry of a transient failure
    max_concurrent: int = 4  # downloads at once in this process
    max_per_host: int = 2  # downloads at once from one host
    raw_mode: int = 0o600  # files under data/raw; 0o644 to share them with other users
    # Local files (paths and file:// URLs) must resolve inside one of these folders; None means
    # unconfined (for library callers), the flow always passes the catalogue's folder at least.
    roots: tuple | None = field(default=None)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides) -> FetchSettings:
        environ = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for f in dataclasses.fields(cls):
            text = environ.get(f"BAOGAO_FETCH_{f.name.upper()}")
            if text is None or f.name == "roots":
                continue
            kind = type(f.default)
            try:
                value = _env_value(kind, text)
                values[f.name] = tuple(float(v) for v in value) if f.name == "retry_delays" else value
            except ValueError:
                raise ValueError(f"BAOGAO_FETCH_{f.name.upper()}={text!r}: not a {kind.__name__}"
                                 ) from None
        values.update({k: v for k, v in overrides.items() if v is not None})
        if values.get("roots") is not None:
            values["roots"] = tuple(str(Path(r).resolve()) for r in values["roots"])
        return cls(**values)


class _Gate:
    """At most `total` downloads at once, and `per_host` from one host (limits read per call)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._active: dict[str, int] = {}

    @contextlib.contextmanager
    def slot(self, host: str, total: int, per_host: int) -> Iterator[None]:
        # Waiting is bounded by the downloads ahead, each bounded by its own deadline.
        with self._cond:
            while (sum(self._active.values()) >= max(1, total)
                   or self._active.get(host, 0) >= max(1, per_host)):
                self._cond.wait(1.0)
            self._active[host] = self._active.get(host, 0) + 1
        try:
            yield
        finally:
            with self._cond:
                self._active[host] -= 1
                if not self._active[host]:
                    del self._active[host]
                self._cond.notify_all()

    def active(self) -> int:
        with self._cond:
            return sum(self._active.values())


GATE = _Gate()


class _Decoder:
    """Undo a Content-Encoding with bounded output, so a compression bomb stops at the cap."""

    def __init__(self, encoding: str, location: str):
        encoding = encoding.strip().lower()
        self.location = location
        if encoding in ("", "identity"):
            self._z = None
        elif encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._z = zlib.decompressobj()
        else:
            raise FetchError(f"{location}: Content-Encoding {encoding!r} is not supported "
                             "(gzip and deflate are)")

    @property
    def complete(self) -> bool:
        """Whether the compressed body reached its end marker (identity is always complete)."""
        return self._z is None or self._z.eof

    def feed(self, data: bytes, room: int) -> Iterator[bytes]:
        if self._z is None:
            yield data
            return
        try:
            out = self._z.decompress(data, room + 1)
            yield out
            while self._z.unconsumed_tail and len(out) <= room:
                room -= len(out)
                out = self._z.decompress(self._z.unconsumed_tail, room + 1)
                yield out
        except zlib.error as exc:
            raise FetchError(f"{self.location}: damaged {exc} in the compressed body") from None


class _Sink:
    """Hashes and counts what is kept, and refuses more than the cap."""

    def __init__(self, out: BinaryIO, max_bytes: int, location: str,
                 conditions: dict[str, str] | None = None):
        self.out, self.max_bytes, self.location = out, max_bytes, location
        self.digest = hashlib.sha256()
        self.size = 0
        self.head = b""
        self.conditions = conditions or {}  # If-None-Match / If-Modified-Since to send
        self.validators: dict[str, str | None] = {}  # ETag / Last-Modified received
        self.not_modified = False

    @property
    def room(self) -> int:
        return self.max_bytes - self.size

    def write(self, data: bytes) -> None:
        if not data:
            return
        self.size += len(data)
        if self.size > self.max_bytes:
            raise FetchError(f"{self.location}: larger than {_mib(self.max_bytes)} (the size cap)")
        if len(self.head) < 1024:
            self.head += data[: 1024 - len(self.head)]
        self.digest.update(data)
        self.out.write(data)

    def reset(self) -> None:
        self.out.seek(0)
        self.out.truncate()
        self.digest, self.size, self.head = hashlib.sha256(), 0, b""


def _mib(n: int) -> str:
    return f"{n / (1 << 20):g} MiB" if n >= 1 << 20 else f"{n / 1024:g} KiB"


def _remaining(deadline: float, location: str, settings: FetchSettings) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError(f"{location}: took longer than the {settings.deadline:g} s deadline")
    return left


def _http_once(url: str, sink: _Sink, settings: FetchSettings, deadline: float,
               location: str) -> str:
    """Follow redirects and stream the body into `sink`; returns the final URL."""
    chain = [url]
    while True:
        parts = urlsplit(url)
        left = _remaining(deadline, location, settings)
        status, target = _request(url, parts, sink, settings, deadline, location,
                                  min(settings.connect_timeout, left))
        if status not in _REDIRECTS:
            return url
        nxt = urljoin(url, target)
        if urlsplit(nxt).scheme not in ("http", "https"):
            raise FetchError(f"{location}: redirect to {nxt} refused: only http(s) redirects are "
                             "followed")
        if nxt in chain:
            raise FetchError(f"{location}: redirect loop ({' → '.join([*chain, nxt])})")
        if len(chain) > settings.max_redirects:
            raise FetchError(f"{location}: more than {settings.max_redirects} redirects "
                             f"({chain[0]} → … → {nxt})")
        chain.append(nxt)
        url = nxt


def _request(url, parts, sink: _Sink, settings: FetchSettings, deadline: float, location: str,
             connect_timeout: float) -> tuple[int, str | None]:
    port = parts.port
    if parts.scheme == "https":
        conn = http.client.HTTPSConnection(parts.hostname, port, timeout=connect_timeout,
                                           context=ssl.create_default_context())
    else:
        conn = http.client.HTTPConnection(parts.hostname, port, timeout=connect_timeout)
    expired = threading.Event()

    def expire() -> None:
        # The overall deadline, whatever the server does: shutting the socket down wakes any
        # read blocked on a server that drips bytes slower than the read timeout notices.
        expired.set()
        with contextlib.suppress(OSError, AttributeError):
            conn.sock.shutdown(socket.SHUT_RDWR)

    watchdog = threading.Timer(max(0.0, deadline - time.monotonic()), expire)
    watchdog.daemon = True
    try:
        try:
            conn.connect()
        except TimeoutError:
            raise FetchError(f"{location}: cannot connect (no answer within "
                             f"{connect_timeout:g} s)", transient=True) from None
        conn.sock.settimeout(settings.read_timeout)
        watchdog.start()
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        conn.putrequest("GET", path, skip_accept_encoding=True)
        conn.putheader("User-Agent", USER_AGENT)
        conn.putheader("Accept-Encoding", "gzip, deflate")
        for name, value in sink.conditions.items():
            conn.putheader(name, value)
        conn.endheaders()
        response = conn.getresponse()
        if response.status in _REDIRECTS and response.getheader("Location"):
            return response.status, response.getheader("Location")
        if response.status == 304 and sink.conditions:
            sink.not_modified = True
            return response.status, None
        if response.status >= 400:
            # 4xx will not heal by retrying; 5xx and 429 may.
            transient = response.status >= 500 or response.status == 429
            raise FetchError(f"{location}: HTTP {response.status} {response.reason}",
                             transient=transient)
        if response.status != 200:
            raise FetchError(f"{location}: HTTP {response.status} {response.reason}: expected 200")
        _read_body(response, sink, settings, location)
        sink.validators = {"etag": response.getheader("ETag"),
                           "last_modified": response.getheader("Last-Modified")}
        return response.status, None
    except (FetchError, OSError, http.client.HTTPException, ValueError) as exc:
        if expired.is_set():  # a shut-down socket reads as an early end: say what really happened
            raise FetchError(f"{location}: took longer than the {settings.deadline:g} s deadline "
                             f"({sink.size} bytes received)") from None
        if isinstance(exc, FetchError):
            raise
        if isinstance(exc, TimeoutError | socket.timeout):
            raise FetchError(f"{location}: no data for {settings.read_timeout:g} s (read "
                             "timeout)", transient=True) from None
        if isinstance(exc, http.client.IncompleteRead):
            raise FetchError(f"{location}: connection closed mid-body (truncated)",
                             transient=True) from None
        reason = (getattr(exc, "strerror", None) or str(exc)) or type(exc).__name__
        what = "connection lost" if conn.sock is not None else "cannot connect"
        raise FetchError(f"{location}: {what} ({reason})", transient=True) from None
    finally:
        watchdog.cancel()
        conn.close()


def _read_body(response: http.client.HTTPResponse, sink: _Sink, settings: FetchSettings,
               location: str) -> None:
    declared = response.getheader("Content-Length")
    length = int(declared) if declared and declared.strip().isdigit() else None
    encoding = response.getheader("Content-Encoding") or ""
    decoder = _Decoder(encoding, location)
    if length is not None and not encoding and length > settings.max_bytes:
        raise FetchError(f"{location}: larger than {_mib(settings.max_bytes)} (the size cap; "
                         f"Content-Length {length})")
    received = 0
    while True:
        data = response.read1(_CHUNK)
        if not data:
            break
        received += len(data)
        for out in decoder.feed(data, sink.room):
            sink.write(out)
    if length is not None and received < length:
        raise FetchError(f"{location}: connection closed after {received} of {length} bytes "
                         "(a truncated body)", transient=True)
    if not decoder.complete:
        raise FetchError(f"{location}: the {encoding} body ends before its end (truncated)",
                         transient=True)


def _local_path(location: str) -> Path:
    if location.startswith("file://"):
        parts = urlsplit(location)
        if parts.netloc not in ("", "localhost"):
            raise FetchError(f"{location}: file:// URLs on other hosts are not read")
        return Path(unquote(parts.path))
    return Path(location)


def _confine(path: Path, roots: tuple | None) -> Path:
    real = Path(os.path.realpath(path))
    if roots is None:
        return real
    for root in roots:
        if real == Path(root) or real.is_relative_to(root):
            return real
    allowed = ", ".join(str(r) for r in roots) or "none"
    raise FetchError(f"{path}: outside the folders local sources may be read from ({allowed}); "
                     "allow another with --root")


def _read_local(location: str, sink: _Sink, settings: FetchSettings) -> None:
    path = _local_path(location)
    real = _confine(path, settings.roots)
    try:
        mode = os.stat(real).st_mode  # stat never blocks, even on a FIFO
    except FileNotFoundError:
        raise FetchError(f"{path}: file not found") from None
    except OSError as exc:
        raise FetchError(f"{path}: cannot read ({exc.strerror})") from None
    _regular(path, mode)
    try:
        # O_NONBLOCK: if the file was swapped for a FIFO since the stat, opening must not hang.
        fd = os.open(real, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise FetchError(f"{path}: cannot read ({exc.strerror})") from None
    with os.fdopen(fd, "rb", buffering=0) as handle:
        st = os.fstat(fd)
        _regular(path, st.st_mode)
        if st.st_size > settings.max_bytes:
            raise FetchError(f"{path}: larger than {_mib(settings.max_bytes)} (the size cap)")
        while data := handle.read(_CHUNK):
            sink.write(data)


def _regular(path: Path, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise FetchError(f"{path}: a directory, not a file")
    if not stat.S_ISREG(mode):
        kind = "a FIFO" if stat.S_ISFIFO(mode) else "a device" if (
            stat.S_ISCHR(mode) or stat.S_ISBLK(mode)) else "a socket or special file"
        raise FetchError(f"{path}: {kind}, not a regular file")


def _fetch_into(location: str, sink: _Sink, settings: FetchSettings,
                sleep: Callable[[float], None] = time.sleep) -> str:
    """Fill the sink from `location`, retrying transient failures within the deadline.

    A download holds its slot (overall and for its host) through its redirects and retries;
    its deadline starts when it gets the slot, not while it queues behind others.
    """
    if not location.startswith(("http://", "https://")):
        _read_local(location, sink, settings)
        final = location
    else:
        host = urlsplit(location).hostname or ""
        gate = GATE.slot(host, settings.max_concurrent, settings.max_per_host)
        with gate:
            final = _retrying(location, sink, settings, sleep)
    if not sink.size and not sink.not_modified:
        raise FetchError(f"{location}: empty response")
    return final


def _retrying(location: str, sink: _Sink, settings: FetchSettings,
              sleep: Callable[[float], None]) -> str:
    deadline = time.monotonic() + settings.deadline
    delays = list(settings.retry_delays)
    while True:
        try:
            return _http_once(location, sink, settings, deadline, location)
        except FetchError as exc:
            if not exc.transient or not delays:
                raise
            delay = delays.pop(0)
            if time.monotonic() + delay >= deadline:
                raise
            sink.reset()
            sleep(delay)


def read_source(location: str, settings: FetchSettings | None = None) -> bytes:
    """The bytes at `location`, in memory (for small files and tests; the flow uses `fetch`)."""
    settings = settings or FetchSettings()
    buffer = io.BytesIO()
    _fetch_into(location, _Sink(buffer, settings.max_bytes, location), settings)
    return buffer.getvalue()


def _suffix(head: bytes, location: str) -> str:
    # The suffix tells the extractor how to read the file (a PDF, or text another tool extracted).
    if head.lstrip().startswith(b"%PDF"):
        return ".pdf"
    suffix = Path(unquote(urlsplit(location).path)).suffix.lower()
    return suffix if re.fullmatch(r"\.[a-z0-9]{1,8}", suffix) else ".bin"


def _dir_mode(file_mode: int) -> int:
    # A folder is readable and searchable by whoever may read its files.
    return 0o700 | (0o050 if file_mode & 0o040 else 0) | (0o005 if file_mode & 0o004 else 0)


def _place(tmp: Path, digest: str, suffix: str, raw_dir: Path, mode: int) -> Path:
    """Move a finished temporary file to its content address; identical bytes may race here."""
    target = raw_dir / digest[:2] / f"{digest}{suffix}"
    target.parent.mkdir(mode=_dir_mode(mode), parents=True, exist_ok=True)
    if target.exists():
        tmp.unlink()
        os.chmod(target, mode)  # a file kept under an earlier policy gets this one
    else:
        # Atomic, and each writer has its own temporary name: two fetches of the same bytes
        # both succeed, whichever lands last.
        os.replace(tmp, target)
    return target


def fetch(location: str, raw_dir: Path, settings: FetchSettings | None = None,
          conditions: dict[str, str] | None = None) -> Fetched:
    """Download (or read) `location` into the raw store; nothing fetched is ever overwritten.

    With `conditions` (If-None-Match / If-Modified-Since headers) a 304 answer raises
    NotModified instead."""
    settings = settings or FetchSettings()
    raw_dir = Path(raw_dir)
    raw_dir.mkdir(mode=_dir_mode(settings.raw_mode), parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".fetch-", suffix=".part", dir=raw_dir)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "w+b") as out:
            os.fchmod(out.fileno(), settings.raw_mode)
            sink = _Sink(out, settings.max_bytes, location, conditions)
            final = _fetch_into(location, sink, settings)
            if sink.not_modified:
                raise NotModified(location)
            out.flush()
            os.fsync(out.fileno())
        target = _place(tmp, sink.digest.hexdigest(), _suffix(sink.head, final), raw_dir,
                        settings.raw_mode)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return Fetched(sha256=sink.digest.hexdigest(), raw_path=target, size=sink.size,
                   final_url=final, etag=sink.validators.get("etag"),
                   last_modified=sink.validators.get("last_modified"))


def store_raw(data: bytes, raw_dir: Path, location: str = "", mode: int = 0o600) -> Fetched:
    """Keep bytes already in memory under their sha256, the same way `fetch` does."""
    raw_dir = Path(raw_dir)
    raw_dir.mkdir(mode=_dir_mode(mode), parents=True, exist_ok=True)
    digest = hashlib.sha256(data).hexdigest()
    fd, name = tempfile.mkstemp(prefix=".store-", suffix=".part", dir=raw_dir)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            os.fchmod(out.fileno(), mode)
            out.write(data)
        target = _place(tmp, digest, _suffix(data[:1024], location), raw_dir, mode)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return Fetched(sha256=digest, raw_path=target, size=len(data), final_url=location or None)
