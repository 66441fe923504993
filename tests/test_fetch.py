from __future__ import annotations

import hashlib

import pytest

from flows.fetch import FetchError, read_source, store_raw


def test_reads_http_and_stores_by_content(http_root, tmp_path):
    root, base = http_root
    (root / "a.pdf").write_bytes(b"%PDF-1.4 fake")
    data = read_source(f"{base}/a.pdf", timeout=5)
    assert data == b"%PDF-1.4 fake"
    stored = store_raw(data, tmp_path / "raw", f"{base}/a.pdf")
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    assert stored.raw_path.read_bytes() == data
    assert stored.raw_path.suffix == ".pdf"
    again = store_raw(data, tmp_path / "raw")
    assert again.raw_path == stored.raw_path
    assert list((tmp_path / "raw").rglob("*.part")) == []


@pytest.mark.parametrize(("code", "transient"), [(404, False), (403, False), (503, True)])
def test_http_errors_say_what_and_whether_to_retry(http_root, code, transient):
    _, base = http_root
    with pytest.raises(FetchError, match=f"HTTP {code}") as info:
        read_source(f"{base}/status/{code}", timeout=5)
    assert info.value.transient is transient
    assert f"{base}/status/{code}" in str(info.value)


def test_unreachable_host_is_transient():
    with pytest.raises(FetchError, match="cannot connect") as info:
        read_source("http://127.0.0.1:9/nothing.pdf", timeout=2)
    assert info.value.transient


def test_file_urls_and_paths(tmp_path):
    f = tmp_path / "报告 2024.txt"
    f.write_text("各位代表", encoding="utf-8")
    assert read_source(f.as_uri()) == f.read_bytes()
    assert read_source(str(f)) == f.read_bytes()
    stored = store_raw(f.read_bytes(), tmp_path / "raw", f.as_uri())
    assert stored.raw_path.suffix == ".txt"
    with pytest.raises(FetchError, match="file not found"):
        read_source(str(tmp_path / "missing.pdf"))
    (tmp_path / "empty.pdf").write_bytes(b"")
    with pytest.raises(FetchError, match="empty"):
        read_source(str(tmp_path / "empty.pdf"))
