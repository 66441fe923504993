"""A real HTTP server on 127.0.0.1 that misbehaves on request: truncated bodies, drips, silence,
redirect chains, encodings, slow bodies. Every behaviour ends by itself within a few seconds."""

from __future__ import annotations

import collections
import gzip
import http.server
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Behaviour = Callable[[http.server.BaseHTTPRequestHandler], None]


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):  # keep test output quiet
        pass

    def do_GET(self):
        server: FaultServer = self.server  # type: ignore[assignment]
        path = self.path.split("?", 1)[0]
        with server.lock:
            server.hits[path] += 1
            server.active += 1
            server.peak = max(server.peak, server.active)
            hit = server.hits[path]
        self.counted = True
        try:
            behaviour = server.routes.get(path)
            if behaviour is None:
                send(self, 404, b"not here", "text/plain")
            else:
                behaviour(self) if not isinstance(behaviour, list) else \
                    behaviour[min(hit, len(behaviour)) - 1](self)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as a bounded client does
        finally:
            release(self)
        self.close_connection = True


def release(h) -> None:
    """The request no longer counts as active. A behaviour that answers in full calls it just
    before its answer: once the client has the last byte it may start its next request, while
    this thread has not yet run on, and the server would count two at once."""
    if getattr(h, "counted", False):
        h.counted = False
        with h.server.lock:
            h.server.active -= 1


class FaultServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes: dict[str, Behaviour | list[Behaviour]] = {}
        self.hits: collections.Counter[str] = collections.Counter()
        self.lock = threading.Lock()
        self.active = 0
        self.peak = 0  # most requests served at the same moment

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@contextmanager
def running() -> Iterator[FaultServer]:
    server = FaultServer()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def send(h, code: int, body: bytes, ctype: str = "application/pdf",
         headers: dict[str, str] | None = None, length: int | None = None) -> None:
    h.send_response(code)
    h.send_header("Content-Type", ctype)
    h.send_header("Content-Length", str(len(body) if length is None else length))
    for k, v in (headers or {}).items():
        h.send_header(k, v)
    h.end_headers()
    h.wfile.write(body)
    h.wfile.flush()


def body(data: bytes, ctype: str = "application/pdf", **headers: str) -> Behaviour:
    return lambda h: send(h, 200, data, ctype, {k.replace("_", "-"): v for k, v in headers.items()})


def truncated(data: bytes, keep: float = 0.5) -> Behaviour:
    """Announce the whole body, send part of it, drop the connection."""
    return lambda h: send(h, 200, data[: int(len(data) * keep)], length=len(data))


def gzipped(data: bytes) -> Behaviour:
    return lambda h: send(h, 200, gzip.compress(data), headers={"Content-Encoding": "gzip"})


def encoded(data: bytes, encoding: str) -> Behaviour:
    return lambda h: send(h, 200, data, headers={"Content-Encoding": encoding})


def status(code: int) -> Behaviour:
    return lambda h: send(h, code, f"status {code}".encode(), "text/plain")


def redirect(to: str, code: int = 302) -> Behaviour:
    return lambda h: send(h, code, b"", "text/plain", {"Location": to})


def drip(data: bytes, every: float, at_most: int = 20) -> Behaviour:
    """Headers at once, then one byte every `every` seconds (at most `at_most` bytes)."""
    def run(h):
        h.send_response(200)
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        for b in data[:at_most]:
            h.wfile.write(bytes([b]))
            h.wfile.flush()
            time.sleep(every)
    return run


def silent(seconds: float) -> Behaviour:
    """Accept the request and say nothing for `seconds`, then close."""
    return lambda h: time.sleep(seconds)


def slow(data: bytes, seconds: float) -> Behaviour:
    """The whole body, after `seconds` (to see how many requests overlap)."""
    def run(h):
        time.sleep(seconds)
        release(h)
        send(h, 200, data)
    return run
