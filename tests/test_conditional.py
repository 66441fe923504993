"""Conditional fetches: a server that gives ETag / Last-Modified is asked before downloading."""

from __future__ import annotations

import functools
import hashlib
import http.server
import threading
from email.utils import formatdate

import pytest

from flows import conditional
from flows.fetch import FetchError
from flows.pipeline import pipeline
from tests.flowkit import catalogue


class _Validating(http.server.BaseHTTPRequestHandler):
    """Serves `files` ({path: bytes}); answers 304 to a matching If-None-Match (etag mode) or
    If-Modified-Since (date mode); counts the bodies it sent."""

    def __init__(self, *args, files, sent, mode, **kw):
        self.files, self.sent, self.mode = files, sent, mode
        super().__init__(*args, **kw)

    def log_message(self, format, *args):
        pass

    def do_GET(self):
        data = self.files.get(self.path)
        if data is None:
            self.send_error(404)
            return
        etag = '"' + hashlib.md5(data).hexdigest() + '"'
        stamp = formatdate(1_700_000_000 + len(data), usegmt=True)
        if (self.mode == "etag" and self.headers.get("If-None-Match") == etag) or (
                self.mode == "date" and self.headers.get("If-Modified-Since") == stamp):
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/pdf")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("ETag" if self.mode == "etag" else "Last-Modified",
                         etag if self.mode == "etag" else stamp)
        self.sent.append(self.path)  # before the body: the client may count as soon as it has it
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture(params=["etag", "date"])
def server(request):
    files, sent = {}, []
    handler = functools.partial(_Validating, files=files, sent=sent, mode=request.param)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield files, sent, f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_unchanged_file_is_not_downloaded_again_and_a_changed_one_is(server, tmp_path):
    files, sent, base = server
    files["/a.pdf"] = b"%PDF-1.4 first"
    first, downloaded = conditional.fetch(f"{base}/a.pdf", tmp_path)
    assert downloaded and first.raw_path.read_bytes() == b"%PDF-1.4 first"
    again, downloaded = conditional.fetch(f"{base}/a.pdf", tmp_path)
    assert not downloaded and again == first and sent == ["/a.pdf"]
    files["/a.pdf"] = b"%PDF-1.4 second, longer"
    changed, downloaded = conditional.fetch(f"{base}/a.pdf", tmp_path)
    assert downloaded and changed.sha256 != first.sha256 and len(sent) == 2
    # Validators vouch for stored bytes only: with the raw file gone, it is downloaded again.
    changed.raw_path.unlink()
    _, downloaded = conditional.fetch(f"{base}/a.pdf", tmp_path)
    assert downloaded and len(sent) == 3


def test_errors_are_the_fetch_errors_of_any_fetch(server, tmp_path):
    _, _, base = server
    with pytest.raises(FetchError, match="HTTP 404") as caught:
        conditional.fetch(f"{base}/nope.pdf", tmp_path)
    assert not caught.value.transient


@pytest.mark.parametrize("server", ["etag"], indirect=True)
def test_a_second_scheduled_run_downloads_nothing(prefect_harness, server, sample_pdfs, tmp_path):
    files, sent, base = server
    entries = []
    for year in (2023, 2024):
        name = f"/linjiang-gwr-{year}.pdf"
        files[name] = sample_pdfs[f"linjiang-gwr-{year}"].read_bytes()
        entries.append((f"r{year}", year, base + name))
    cat = catalogue(tmp_path / "sources.yaml", entries)
    db, data = tmp_path / "w.duckdb", tmp_path / "data"
    first = pipeline(catalog=str(cat), db=str(db), data_dir=str(data), workers=1,
                     return_state=True)
    assert first.is_completed() and len(sent) == 2
    second = pipeline(catalog=str(cat), db=str(db), data_dir=str(data), workers=1,
                      return_state=True)
    assert second.is_completed() and "2 unchanged" in second.message
    assert len(sent) == 2  # both answered 304: nothing downloaded
