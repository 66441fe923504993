"""Fetching against a real misbehaving HTTP server on 127.0.0.1 and real local files."""

from __future__ import annotations

import gzip
import hashlib
import os
import stat
import threading
import time
import zlib

import pytest

from flows.fetch import GATE, FetchError, FetchSettings, fetch, read_source, store_raw
from tests import faultserver as fs

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"
# Small timings so every fault costs a second or two.
FAST = FetchSettings(connect_timeout=1.0, read_timeout=0.5, deadline=2.0, retry_delays=(0.05, 0.05))


@pytest.fixture
def server():
    with fs.running() as s:
        yield s


def test_reads_http_and_stores_by_content(server, tmp_path):
    server.routes["/a.pdf"] = fs.body(PDF)
    got = fetch(f"{server.base}/a.pdf", tmp_path / "raw", FAST)
    assert got.sha256 == hashlib.sha256(PDF).hexdigest() and got.size == len(PDF)
    assert got.raw_path.read_bytes() == PDF and got.raw_path.suffix == ".pdf"
    assert stat.S_IMODE(got.raw_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(got.raw_path.parent.stat().st_mode) == 0o700
    assert list((tmp_path / "raw").rglob("*.part")) == []
    shared = fetch(f"{server.base}/a.pdf", tmp_path / "raw", FetchSettings(raw_mode=0o644))
    assert shared.raw_path == got.raw_path
    assert stat.S_IMODE(got.raw_path.stat().st_mode) == 0o644  # the policy of the last write
    assert read_source(f"{server.base}/a.pdf", FAST) == PDF


@pytest.mark.parametrize(("code", "transient"), [(404, False), (403, False), (503, True)])
def test_http_errors_say_what_and_whether_to_retry(server, code, transient):
    server.routes["/x"] = fs.status(code)
    with pytest.raises(FetchError, match=f"HTTP {code}") as info:
        read_source(f"{server.base}/x", FAST)
    assert info.value.transient is transient
    assert f"{server.base}/x" in str(info.value)
    assert server.hits["/x"] == (3 if transient else 1)  # transient failures were retried


def test_unreachable_host_is_transient():
    with pytest.raises(FetchError, match="cannot connect") as info:
        read_source("http://127.0.0.1:9/nothing.pdf", FAST)
    assert info.value.transient


def test_short_body_is_detected_and_retried(server):
    server.routes["/flaky.pdf"] = [fs.truncated(PDF), fs.body(PDF)]
    assert read_source(f"{server.base}/flaky.pdf", FAST) == PDF
    assert server.hits["/flaky.pdf"] == 2
    server.routes["/cut.pdf"] = fs.truncated(PDF, keep=0.3)
    with pytest.raises(FetchError, match=r"closed after \d+ of 10\d+ bytes") as info:
        read_source(f"{server.base}/cut.pdf", FAST)
    assert info.value.transient and server.hits["/cut.pdf"] == 3


def test_a_dripping_server_stops_at_the_deadline(server):
    server.routes["/drip"] = fs.drip(PDF, every=0.2, at_most=40)
    start = time.monotonic()
    with pytest.raises(FetchError, match="longer than the 1 s deadline"):
        read_source(f"{server.base}/drip", FetchSettings(read_timeout=5, deadline=1.0))
    assert time.monotonic() - start < 3.0  # the drip alone would take 8 s


def test_a_silent_server_costs_its_read_timeout_within_the_deadline(server):
    server.routes["/silent"] = fs.silent(3.0)
    start = time.monotonic()
    with pytest.raises(FetchError, match="no data for 0.3 s|deadline"):
        read_source(f"{server.base}/silent", FetchSettings(read_timeout=0.3, deadline=1.5,
                                                           retry_delays=(0.05, 0.05, 0.05)))
    assert time.monotonic() - start < 3.0  # retries included: one deadline for the download


def test_redirects_http_only_within_a_limit_and_told_truly(server, tmp_path):
    b = server.base
    server.routes["/ftp"] = fs.redirect("ftp://127.0.0.1/report.pdf")
    with pytest.raises(FetchError, match="redirect to ftp://127.0.0.1/report.pdf refused"):
        read_source(f"{b}/ftp", FAST)
    server.routes["/loop1"] = fs.redirect("/loop2")
    server.routes["/loop2"] = fs.redirect("/loop1")
    with pytest.raises(FetchError, match="redirect loop") as info:
        read_source(f"{b}/loop1", FAST)
    assert f"{b}/loop1 → {b}/loop2 → {b}/loop1" in str(info.value)
    for n in range(8):
        server.routes[f"/hop{n}"] = fs.redirect(f"/hop{n + 1}")
    server.routes["/hop8"] = fs.body(PDF)
    with pytest.raises(FetchError, match="more than 5 redirects") as info:
        read_source(f"{b}/hop0", FAST)
    assert "loop" not in str(info.value)
    got = fetch(f"{b}/hop3", tmp_path / "raw", FAST)  # five hops: within the limit
    assert got.final_url == f"{b}/hop8" and got.size == len(PDF)


def test_content_encoding_handled_or_refused(server):
    server.routes["/gz"] = fs.gzipped(PDF)
    assert read_source(f"{server.base}/gz", FAST) == PDF
    server.routes["/deflate"] = fs.encoded(zlib.compress(PDF), "deflate")
    assert read_source(f"{server.base}/deflate", FAST) == PDF
    server.routes["/br"] = fs.encoded(b"\x1b\x00", "br")
    with pytest.raises(FetchError, match="Content-Encoding 'br' is not supported"):
        read_source(f"{server.base}/br", FAST)
    # A gzip bomb: 64 MiB of zeros in 64 KiB, against a 1 MiB cap.
    server.routes["/bomb"] = fs.encoded(gzip.compress(bytes(64 << 20), 9), "gzip")
    with pytest.raises(FetchError, match="larger than 1 MiB"):
        read_source(f"{server.base}/bomb", FetchSettings(max_bytes=1 << 20))


def test_oversize_bodies_are_refused(server, tmp_path):
    server.routes["/big"] = fs.body(bytes(3 << 20))
    with pytest.raises(FetchError, match="larger than 1 MiB .*Content-Length"):
        fetch(f"{server.base}/big", tmp_path / "raw", FetchSettings(max_bytes=1 << 20))
    assert list((tmp_path / "raw").rglob("*")) == []  # nothing half-written is left


def test_concurrency_is_bounded_overall_and_per_host(server, tmp_path):
    for n in range(6):
        server.routes[f"/slow{n}.pdf"] = fs.slow(PDF + bytes([n]), 0.3)
    settings = FetchSettings(max_concurrent=2, max_per_host=2, deadline=10)
    threads = [threading.Thread(target=fetch, args=(f"{server.base}/slow{n}.pdf",
                                                    tmp_path / "raw", settings)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert server.peak == 2
    assert len(list((tmp_path / "raw").rglob("*.pdf"))) == 6
    server.peak = 0
    one = FetchSettings(max_concurrent=4, max_per_host=1, deadline=10)
    threads = [threading.Thread(target=fetch, args=(f"{server.base}/slow{n}.pdf",
                                                    tmp_path / "raw", one)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert server.peak == 1 and GATE.active() == 0


def test_identical_bytes_race_into_one_raw_file(server, tmp_path):
    server.routes["/same.pdf"] = fs.body(PDF)
    results, errors = [], []

    def one():
        try:
            results.append(fetch(f"{server.base}/same.pdf", tmp_path / "raw",
                                 FetchSettings(max_concurrent=8, max_per_host=8)))
        except Exception as exc:  # noqa: BLE001 - the test counts them
            errors.append(exc)

    threads = [threading.Thread(target=one) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert errors == [] and len({r.raw_path for r in results}) == 1 and len(results) == 8
    stored = [p for p in (tmp_path / "raw").rglob("*") if p.is_file()]
    assert stored == [results[0].raw_path]


def test_local_files_regular_only_streamed_and_confined(tmp_path):
    root = tmp_path / "catalog"
    root.mkdir()
    f = root / "报告 2024.txt"
    f.write_text("各位代表", encoding="utf-8")
    confined = FetchSettings(roots=(str(root),))
    assert read_source(f.as_uri(), confined) == f.read_bytes()
    assert read_source(str(f), confined) == f.read_bytes()
    stored = store_raw(f.read_bytes(), tmp_path / "raw", f.as_uri())
    assert stored.raw_path.suffix == ".txt"
    with pytest.raises(FetchError, match="file not found"):
        read_source(str(root / "missing.pdf"), confined)
    (root / "empty.pdf").write_bytes(b"")
    with pytest.raises(FetchError, match="empty"):
        read_source(str(root / "empty.pdf"), confined)
    with pytest.raises(FetchError, match="a directory"):
        read_source(str(root), confined)
    os.mkfifo(root / "pipe.pdf")
    start = time.monotonic()
    with pytest.raises(FetchError, match="a FIFO, not a regular file"):
        read_source(str(root / "pipe.pdf"), confined)
    assert time.monotonic() - start < 1
    with pytest.raises(FetchError, match="a device, not a regular file"):
        read_source("/dev/zero", FetchSettings(roots=("/dev",)))
    for outside in ("/etc/passwd", "file:///etc/shadow"):
        with pytest.raises(FetchError, match="outside the folders") as info:
            read_source(outside, confined)
        assert str(root) in str(info.value)
    (root / "link.txt").symlink_to("/etc/hostname")  # a link out of the root is outside too
    with pytest.raises(FetchError, match="outside the folders"):
        read_source(str(root / "link.txt"), confined)
    with pytest.raises(FetchError, match="other hosts"):
        read_source("file://example.org/etc/passwd", confined)
    big = root / "big.pdf"
    big.write_bytes(bytes(2 << 20))
    with pytest.raises(FetchError, match="larger than 1 MiB"):
        read_source(str(big), FetchSettings(max_bytes=1 << 20, roots=(str(root),)))


def test_settings_from_the_environment():
    s = FetchSettings.from_env({"BAOGAO_FETCH_DEADLINE": "1.5", "BAOGAO_FETCH_MAX_BYTES": "1024",
                                "BAOGAO_FETCH_RETRY_DELAYS": "0.1, 0.2",
                                "BAOGAO_FETCH_RAW_MODE": "0o644"}, roots=["."])
    assert (s.deadline, s.max_bytes, s.retry_delays, s.raw_mode) == (1.5, 1024, (0.1, 0.2), 0o644)
    assert s.roots == (os.getcwd(),)
    with pytest.raises(ValueError, match="BAOGAO_FETCH_DEADLINE"):
        FetchSettings.from_env({"BAOGAO_FETCH_DEADLINE": "soon"})
