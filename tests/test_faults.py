"""Fault injection through the real flow: a misbehaving HTTP server on 127.0.0.1, hostile local
paths and files, a full disk, a run killed before its checks, a run terminated or killed with its
ephemeral Prefect server. Each fault asserts its status and message, that the other documents
loaded, and that what was loaded before survived."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import duckdb
import pytest

from flows.cli import main
from flows.pipeline import pipeline
from tests import faultserver as fs
from tests.test_cli import _encrypted_pdf

MAX = 200_000  # bytes a fetch may keep in these tests; the samples are ~31 KB


@pytest.fixture
def fast_fetch(monkeypatch):
    # Every timing small so each fault costs a second or two.
    for name, value in {"CONNECT_TIMEOUT": "1", "READ_TIMEOUT": "0.5", "DEADLINE": "2",
                        "RETRY_DELAYS": "0.05,0.05", "MAX_CONCURRENT": "2", "MAX_PER_HOST": "2",
                        "MAX_BYTES": str(MAX)}.items():
        monkeypatch.setenv(f"BAOGAO_FETCH_{name}", value)


def write_catalogue(path, entries):
    lines = ["sources:"]
    for sid, year, key, where in entries:
        lines.append(f"  - {{id: {sid}, region: 临江市, kind: 政府工作报告, year: {year}, "
                     f"{key}: '{where}'}}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def rows(db) -> dict[str, tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {r[0]: r[1:] for r in con.execute(
            "SELECT d.id, d.status, d.sha256, (SELECT count(*) FROM indicators i WHERE "
            "i.document_id = d.id), (SELECT count(*) FROM blocks b WHERE b.document_id = d.id), "
            "d.last_failure FROM documents d").fetchall()}


def test_every_fault_gets_its_status_and_nothing_loaded_is_lost(prefect_harness, fast_fetch,
                                                               sample_pdfs, tmp_path, capsys):
    cat_dir = tmp_path / "catalog"
    cat_dir.mkdir()
    db, data = tmp_path / "w.duckdb", tmp_path / "data"
    pdf = {year: sample_pdfs[f"linjiang-gwr-{year}"].read_bytes() for year in (2022, 2023, 2024,
                                                                               2025)}
    with fs.running() as web, fs.running() as big:
        b = web.base
        # Run 1: four reports load.
        for year in pdf:
            web.routes[f"/{year}.pdf"] = fs.body(pdf[year])
        earlier = [("html-later", 2022, "url", f"{b}/2022.pdf"),
                   ("cut-later", 2023, "url", f"{b}/2023.pdf"),
                   ("good", 2024, "url", f"{b}/2024.pdf"),
                   ("damaged-later", 2025, "url", f"{b}/2025.pdf")]
        catalogue = write_catalogue(cat_dir / "sources.yaml", earlier)
        first = pipeline(catalog=str(catalogue), db=str(db), data_dir=str(data))
        assert {o.status for o in first.outcomes} == {"loaded"}
        before = rows(db)
        assert all(r[2] >= 5 for r in before.values())

        # A run killed between its load and its checks leaves loaded rows the checks never saw.
        from warehouse.db import connect
        from warehouse.load import DocumentRecord, load_document

        with connect(db) as con:
            load_document(con, DocumentRecord("late", "临江市", None, "政府工作报告", 2021))
        assert main(["checks", "--db", str(db)]) == 1
        assert "checks did not complete after the last load of 1 document(s) (late)" in \
            capsys.readouterr().err

        # Run 2: the same sources turn hostile, and new hostile ones join.
        web.routes["/2022.pdf"] = fs.body("<!DOCTYPE html><html><body>请登录</body></html>".encode(),
                                          "text/html")
        web.routes["/2023.pdf"] = fs.truncated(pdf[2023])
        web.routes["/2025.pdf"] = fs.body(pdf[2025][: len(pdf[2025]) // 2])
        web.routes["/drip.pdf"] = fs.drip(pdf[2024], every=0.3, at_most=30)
        web.routes["/silent.pdf"] = fs.silent(4)
        web.routes["/ftp.pdf"] = fs.redirect("ftp://127.0.0.1/report.pdf")
        web.routes["/same.pdf"] = fs.body(sample_pdfs["linjiang-renda-2024"].read_bytes())
        web.routes["/locked.pdf"] = fs.body(_encrypted_pdf(tmp_path / "locked.pdf").read_bytes())
        for n in range(6):
            big.routes[f"/big{n}.pdf"] = fs.slow(b"%PDF-1.4\n" + bytes(3 * MAX), 0.3)
        os.mkfifo(cat_dir / "pipe.pdf")
        hostile = [("drip", 2024, "url", f"{b}/drip.pdf"),
                   ("silent", 2024, "url", f"{b}/silent.pdf"),
                   ("shadow", 2024, "url", "file:///etc/shadow"),
                   ("passwd", 2024, "path", "/etc/passwd"),
                   ("ftp", 2024, "url", f"{b}/ftp.pdf"),
                   ("fifo", 2024, "path", "pipe.pdf"),
                   ("zero", 2024, "path", "/dev/zero"),
                   ("locked", 2024, "url", f"{b}/locked.pdf"),
                   *[(f"big{n}", 2024, "url", f"{big.base}/big{n}.pdf") for n in range(6)],
                   *[(f"same{n}", 2024, "url", f"{b}/same.pdf") for n in range(6)]]
        write_catalogue(catalogue, earlier + hostile)
        # The disk is full where the chart of the flagged trade figure goes.
        (data / "plots").mkdir(parents=True, exist_ok=True)
        (data / "plots" / "trade.total.png").unlink(missing_ok=True)
        (data / "plots" / "trade.total.png").symlink_to("/dev/full")
        web.hits.clear()
        start = time.monotonic()
        # Documents failed, so the flow ends Failed: its summary is the state's data.
        second = pipeline(catalog=str(catalogue), db=str(db), data_dir=str(data),
                          roots=[str(cat_dir), "/dev"], return_state=True
                          ).result(raise_on_failure=False)
        took = time.monotonic() - start
        big_peak = big.peak
        hits_2023 = web.hits["/2023.pdf"]

    outcome = {o.id: o for o in second.outcomes}
    expected = {
        "html-later": "an HTML page",
        "cut-later": "connection closed after",
        "damaged-later": "no %%EOF at the end: the file is truncated",
        "drip": "longer than the 2 s deadline",
        "silent": "no data for 0.5 s",
        "shadow": "outside the folders",
        "passwd": "outside the folders",
        "ftp": "redirect to ftp://127.0.0.1/report.pdf refused",
        "fifo": "a FIFO, not a regular file",
        "zero": "a device, not a regular file",
        "locked": "encrypted: password required",
        **{f"big{n}": f"larger than {MAX / 1024:g} KiB" for n in range(6)},
    }
    if "deadline" in outcome["silent"].error:  # a busy machine: retries may reach the deadline
        expected["silent"] = "longer than the 2 s deadline"
    for sid, message in expected.items():
        assert outcome[sid].status == "failed", sid
        assert message in outcome[sid].error, (sid, outcome[sid].error)
    # The other documents loaded: the good one unchanged, six ids of the same bytes all stored.
    assert outcome["good"].status == "unchanged"
    assert {outcome[f"same{n}"].status for n in range(6)} == {"loaded"}
    after = rows(db)
    # Earlier rows survived every failure of today's bytes, the failure noted beside them.
    for sid in ("html-later", "cut-later", "damaged-later"):
        assert after[sid][:4] == before[sid][:4], sid
        assert expected[sid] in after[sid][4]
        assert "(the previous load is kept)" in outcome[sid].error
    assert after["good"][:4] == before["good"][:4] and after["good"][4] is None
    assert hits_2023 == 3  # the short body was retried before it was given up
    assert big_peak <= 2  # never more than the concurrency limit at once
    assert took < 90  # every hostile source bounded by its 2 s deadline
    # Nothing outside the roots was copied; raw files are private.
    raw_files = [p for p in (data / "raw").rglob("*") if p.is_file()]
    assert all(oct(p.stat().st_mode & 0o777) == "0o600" for p in raw_files)
    stored = b"".join(p.read_bytes()[:200] for p in raw_files)
    assert b"root:" not in stored
    assert not list((data / "raw").rglob("*.part"))
    # The full disk cost the chart, not the run: the summary says so.
    assert any("trade.total.png not written: No space left on device" in n for n in second.notes)
    assert second.check_run_id
    # The run re-ran the checks the killed run left undone.
    capsys.readouterr()
    assert main(["checks", "--db", str(db)]) == 0
    assert "did not complete" not in capsys.readouterr().err
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM checks_due").fetchone()[0] == 0


def test_bad_catalogues_stop_before_prefect_starts(tmp_path, capsys):
    gbk = tmp_path / "sources.yaml"
    gbk.write_bytes("sources:\n  - {id: a, region: 临江市, kind: 政府工作报告, year: 2024, "
                    "path: a.pdf}\n".encode("gbk"))
    start = time.monotonic()
    assert main(["run", "--catalog", str(gbk), "--db", str(tmp_path / "w.duckdb")]) == 2
    assert time.monotonic() - start < 5  # no Prefect server was started for it
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and str(gbk) in err[0] and "not UTF-8" in err[0]
    bad = tmp_path / "bad.yaml"
    bad.write_text("sources:\n"
                   "  - {id: \"a\\n\", region: r, kind: 政府工作报告, year: yes, path: a.pdf}\n"
                   "  - {id: b, region: r, kind: 年报, year: 2024.9, path: b.pdf, colour: red}\n",
                   encoding="utf-8")
    assert main(["run", "--catalog", str(bad), "--db", str(tmp_path / "w.duckdb")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 5 and all(line.startswith(f"baogao: {bad}: entry ") for line in err)
    assert not (tmp_path / "w.duckdb").exists()


# --- the ephemeral Prefect server and the signals that end a run ---------------------------

def _start_run(tmp_path, base):
    catalogue = write_catalogue(tmp_path / "sources.yaml",
                                [("slow", 2024, "url", f"{base}/drip.pdf")])
    env = {**os.environ, "BAOGAO_FETCH_DEADLINE": "120", "BAOGAO_FETCH_READ_TIMEOUT": "30"}
    return subprocess.Popen([sys.executable, "-m", "flows.cli", "run", "--catalog", str(catalogue),
                             "--db", str(tmp_path / "w.duckdb"), "--data-dir",
                             str(tmp_path / "data")], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def _server_of(proc, timeout: float = 150) -> int:
    from flows.server import ephemeral_servers

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        found = [pid for pid, owner in ephemeral_servers() if owner == proc.pid]
        if found:
            return found[0]
        assert proc.poll() is None, "the run ended before its server started"
        time.sleep(0.5)
    proc.kill()
    pytest.fail("no ephemeral Prefect server appeared")


def _gone(pid: int, timeout: float = 20) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            with open(f"/proc/{pid}/stat") as f:
                if f.read().rsplit(")", 1)[1].split()[0] == "Z":
                    return True
        except FileNotFoundError:
            return True
        time.sleep(0.2)
    return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_terminated_and_killed_runs_leave_no_prefect_server(tmp_path):
    from flows.server import ephemeral_servers, stop_leftover_servers

    with fs.running() as web:
        web.routes["/drip.pdf"] = fs.drip(b"%PDF-1.4\n" + bytes(500), every=0.5, at_most=200)
        # SIGTERM: the run ends and takes its server with it.
        (tmp_path / "a").mkdir()
        run = _start_run(tmp_path / "a", web.base)
        server = _server_of(run)
        run.send_signal(signal.SIGTERM)
        assert run.wait(60) == 128 + signal.SIGTERM
        assert _gone(server)
        # SIGINT (Ctrl-C): the same.
        (tmp_path / "c").mkdir()
        run = _start_run(tmp_path / "c", web.base)
        server = _server_of(run)
        run.send_signal(signal.SIGINT)
        assert run.wait(60) != 0
        assert _gone(server)
        # SIGKILL: nothing runs in the killed process, so the server is left behind ...
        (tmp_path / "b").mkdir()
        run = _start_run(tmp_path / "b", web.base)
        server = _server_of(run)
        run.kill()
        run.wait(30)
        time.sleep(1)
        assert not _gone(server, timeout=1)
        # ... until the next run (which calls this first) stops it.
        assert stop_leftover_servers() == [server]
        assert _gone(server)
        assert all(pid != server for pid, _ in ephemeral_servers())
