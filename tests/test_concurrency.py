"""Analysts and scheduled runs side by side: readers never block the writer, a run never dies
of a lock, two runs at once both finish with the contents of one.

The readers and the second run are other processes, as they are in real use: DuckDB's file
locks are per process, so threads of one process would not meet them."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import duckdb
import pytest

from flows.cli import main
from flows.pipeline import pipeline
from tests.flowkit import baogao_process, contents, sample_catalogue
from warehouse.db import WarehouseLocked, connect_writer, writer_path, writers_waiting


def run(catalog, db, data, **kw):
    return pipeline(catalog=str(catalog), db=str(db), data_dir=str(data), return_state=True, **kw)


def python(code: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def wait_for_line(proc: subprocess.Popen, expected: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if expected in line:
            return
        if proc.poll() is not None:
            break
    proc.kill()
    pytest.fail(f"helper process never said {expected!r}: {proc.stderr.read()}")


@pytest.fixture(scope="module")
def reference(prefect_harness, sample_pdfs, tmp_path_factory):
    """One run of the sample catalogue: what every other way of running it must equal."""
    tmp = tmp_path_factory.mktemp("reference")
    catalog = sample_catalogue(tmp / "sources.yaml", sample_pdfs)
    state = run(catalog, tmp / "w.duckdb", tmp / "data")
    assert state.is_completed(), state.message
    return catalog, contents(tmp / "w.duckdb")


def test_an_analyst_connection_and_a_sql_loop_during_a_run(reference, tmp_path):
    catalog, expected = reference
    db, data = tmp_path / "w.duckdb", tmp_path / "data"
    assert run(catalog, db, data).is_completed()
    # An analyst in another process keeps a read-only connection open on the warehouse ...
    analyst = python(f"""
        import duckdb, sys
        con = duckdb.connect({str(db)!r}, read_only=True)
        print(con.execute("SELECT count(*) FROM indicators").fetchone()[0], flush=True)
        sys.stdin.readline()  # hold it until told
        print(con.execute("SELECT count(*) FROM documents").fetchone()[0], flush=True)
    """)
    wait_for_line(analyst, "")
    # ... while another runs `baogao sql` in a loop (bounded in count and time).
    looper = python(f"""
        import time
        from flows.cli import main
        ok = failed = 0
        deadline = time.monotonic() + 240
        print("ready", flush=True)
        while time.monotonic() < deadline and ok + failed < 2000:
            rc = main(["sql", "select count(*) from indicators_display", "--db", {str(db)!r},
                       "--format", "csv"])
            ok, failed = (ok + 1, failed) if rc == 0 else (ok, failed + 1)
            try:
                open({str(tmp_path / "stop")!r}).close()
                break
            except FileNotFoundError:
                pass
        print(f"ok={{ok}} failed={{failed}}", flush=True)
    """)
    wait_for_line(looper, "ready")
    state = run(catalog, db, data, force=True)  # a full re-parse and re-load
    (tmp_path / "stop").touch()
    loop_out, loop_err = looper.communicate(timeout=120)
    analyst_out, analyst_err = analyst.communicate(input="\n", timeout=60)
    assert state.is_completed(), state.message
    assert "loaded" in state.message and "3 loaded" in state.message
    tail = loop_out.strip().splitlines()[-1]
    ok, failed = (int(part.split("=")[1]) for part in tail.split())
    assert failed == 0 and ok >= 1, loop_err[-2000:]
    assert contents(db) == expected
    assert analyst_out.split() == ["3"], analyst_err  # read to the end, undisturbed


def test_analyst_holds_the_warehouse_during_a_full_cli_run(reference, tmp_path, capsys):
    catalog, expected = reference
    db, data = tmp_path / "w.duckdb", tmp_path / "data"
    assert run(catalog, db, data).is_completed()
    analyst = python(f"""
        import duckdb, sys
        con = duckdb.connect({str(db)!r}, read_only=True)
        before = con.execute("SELECT max(loaded_at) FROM documents").fetchone()[0]
        print("open", flush=True)
        sys.stdin.readline()
        # still the snapshot it opened, readable to the end
        print(con.execute("SELECT max(loaded_at) FROM documents").fetchone()[0] == before,
              flush=True)
    """)
    wait_for_line(analyst, "open")
    try:
        assert main(["run", "--catalog", str(catalog), "--db", str(db), "--data-dir", str(data),
                     "--force", "--no-progress"]) == 0
    finally:
        out, err = analyst.communicate(input="\n", timeout=60)
    assert out.strip() == "True", err
    assert "3 loaded" in capsys.readouterr().out
    assert contents(db) == expected


def test_two_runs_at_once_both_finish_with_the_contents_of_one(reference, tmp_path):
    catalog, expected = reference
    db, data = tmp_path / "w.duckdb", tmp_path / "data"
    other = baogao_process("run", "--catalog", str(catalog), "--db", str(db), "--data-dir",
                           str(data), "--no-progress", "--workers", "1")
    try:
        state = run(catalog, db, data, workers=1)
        out, err = other.communicate(timeout=600)
    finally:
        other.kill()
    assert state.is_completed(), state.message
    assert other.returncode == 0, err[-3000:]
    assert "3 documents" in out
    assert contents(db) == expected
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM check_runs").fetchone()[0] == 2


def test_a_locked_writer_waits_then_names_the_holder(tmp_path):
    db = tmp_path / "w.duckdb"
    holder = python(f"""
        import duckdb, sys, time
        con = duckdb.connect({str(writer_path(db))!r})
        print("locked", flush=True)
        time.sleep(float(sys.argv[1]) if len(sys.argv) > 1 else 3)
    """)
    wait_for_line(holder, "locked")
    told = []
    con = connect_writer(db, wait=60, on_wait=told.append)  # waits the ~3 s out
    con.close()
    holder.wait(timeout=30)
    assert told and f"PID {holder.pid}" in told[0] and "waiting up to 60 s" in told[0]

    holder = python(f"""
        import duckdb, time
        con = duckdb.connect({str(writer_path(db))!r})
        print("locked", flush=True)
        time.sleep(30)
    """)
    wait_for_line(holder, "locked")
    try:
        with pytest.raises(WarehouseLocked, match=rf"locked by PID {holder.pid}: python"):
            connect_writer(db, wait=0.5)
    finally:
        holder.kill()
        holder.wait()


def test_the_holder_sees_a_writer_waiting_and_only_while_it_waits(tmp_path):
    db = tmp_path / "w.duckdb"
    work = writer_path(db)
    con = connect_writer(db)  # this process holds the writer
    try:
        assert not writers_waiting(work)
        waiter = python(f"""
            from warehouse.db import connect_writer
            con = connect_writer({str(db)!r}, wait=60)
            print("got it", flush=True)
        """)
        deadline = time.monotonic() + 60
        while not writers_waiting(work):
            assert waiter.poll() is None and time.monotonic() < deadline, waiter.stderr.read()
            time.sleep(0.05)
    finally:
        con.close()  # what the flow does between documents when someone waits
    wait_for_line(waiter, "got it")
    waiter.wait(30)
    assert not writers_waiting(work)
    # A waiter killed while it waited leaves its marker: a dead process's one is dropped.
    stale = work.with_name(f"{work.name}.waiting.999999999")
    stale.touch()
    assert not writers_waiting(work) and not stale.exists()


def test_run_exits_2_with_one_line_when_the_warehouse_stays_locked(reference, tmp_path, capsys):
    catalog, _ = reference
    db = tmp_path / "w.duckdb"
    holder = python(f"""
        import duckdb, time
        con = duckdb.connect({str(writer_path(db))!r})
        print("locked", flush=True)
        time.sleep(300)
    """)
    wait_for_line(holder, "locked")
    try:
        rc = main(["run", "--catalog", str(catalog), "--db", str(db), "--data-dir",
                   str(tmp_path / "data"), "--lock-wait", "1", "--no-progress"])
    finally:
        holder.kill()
        holder.wait()
    err = capsys.readouterr().err.strip().splitlines()
    assert rc == 2
    assert err[-1].startswith("baogao: ") and f"locked by PID {holder.pid}" in err[-1]
