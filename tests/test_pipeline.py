"""The real flow, end to end: a real HTTP server, a real DuckDB file, an ephemeral Prefect API."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from flows.pipeline import PROGRESS_LISTENERS, artifact_key, pipeline
from tests.flowkit import artifacts_of, catalogue, log_messages, task_run_names


def table_counts(db) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "blocks", "indicators")}


@pytest.fixture
def served(http_root, sample_pdfs, tmp_path):
    root, base = http_root
    entries = []
    for n, year in enumerate((2022, 2023, 2024)):  # the official A4 series
        pdf = sample_pdfs[f"linjiang-gwr-{year}"]
        shutil.copy(pdf, root / pdf.name)
        entries.append((f"good-{n}", year, f"{base}/{pdf.name}"))
    (root / "report.pdf").write_text("<!DOCTYPE html><html><body>请登录</body></html>")
    entries += [("missing", 2024, f"{base}/status/404"), ("html", 2024, f"{base}/report.pdf")]
    return catalogue(tmp_path / "sources.yaml", entries)


def test_flow_loads_good_reports_and_marks_bad_ones_failed(prefect_harness, served, tmp_path):
    db, data = tmp_path / "w.duckdb", tmp_path / "data"
    seen = []
    PROGRESS_LISTENERS.append(lambda done, total, outcome: seen.append((done, total, outcome.id)))
    try:
        state = pipeline(catalog=str(served), db=str(db), data_dir=str(data), workers=2,
                         return_state=True)
    finally:
        PROGRESS_LISTENERS.clear()
    # Documents failed: the run is not green, though every good document was loaded.
    assert state.is_failed() and not state.is_completed()
    summary = state.result(raise_on_failure=False)
    status = {o.id: o.status for o in summary.outcomes}
    assert status == {"good-0": "loaded", "good-1": "loaded", "good-2": "loaded",
                      "missing": "failed", "html": "failed"}
    assert "3 loaded" in state.message and "2 failed" in state.message
    # Progress moved one document at a time, to the end.
    assert [(d, t) for d, t, _ in seen] == [(n, 5) for n in range(1, 6)]
    assert {i for _, _, i in seen} == set(status)

    run_id = state.state_details.flow_run_id
    key = artifact_key(served)
    published = artifacts_of(run_id)
    assert {f"{key}-documents", f"{key}-checks", f"{key}-progress", f"{key}-charts"} <= set(
        published)
    assert published[f"{key}-progress"] == 100.0
    assert "missing" in str(published[f"{key}-documents"]) and "HTTP 404" in str(
        published[f"{key}-documents"])
    # Findings say where they come from: document, page and the sentence.
    assert "linjiang-gwr-2024" not in str(published[f"{key}-checks"])  # ids are the catalogue's
    assert "good-2" in str(published[f"{key}-checks"]) and "进出口" in str(
        published[f"{key}-checks"])
    names = task_run_names(run_id)
    assert {"fetch good-0", "extract good-0", "load good-0", "load missing", "checks", "charts",
            "publish snapshot"} <= names
    infos = [m for level, m in log_messages(run_id) if level == 20]
    assert any(m.startswith("good-1: loaded") for m in infos), infos[:20]
    assert any("published the warehouse snapshot" in m for m in infos)

    with duckdb.connect(str(db), read_only=True) as con:
        errors = dict(con.execute(
            "SELECT id, error FROM documents WHERE status = 'failed'").fetchall())
        per_doc = dict(con.execute(
            "SELECT document_id, count(*) FROM indicators GROUP BY ALL").fetchall())
        blocks = dict(con.execute(
            "SELECT document_id, count(*) FROM blocks GROUP BY ALL").fetchall())
        runs = con.execute("SELECT count(*) FROM check_runs").fetchone()[0]
        errors_found = con.execute(
            "SELECT check_name, canonical FROM check_results WHERE severity = 'error'").fetchall()
    assert "HTTP 404" in errors["missing"] and "/status/404" in errors["missing"]
    assert "HTML" in errors["html"]
    assert set(per_doc) == set(blocks) == {"good-0", "good-1", "good-2"}
    assert min(per_doc.values()) >= 5
    assert runs == 1
    # The 2024 sample prints 进出口总额 in 万元 instead of 亿元: the run must say so.
    assert ("scale_error", "trade.total") in errors_found
    assert f"checks: {len(errors_found)} errors" in state.message
    # Every fetched file is kept, by content, before parsing: the HTML page too.
    kept = [p for p in (data / "raw").rglob("*.*") if "validators" not in p.parts]
    assert len(kept) == 4

    before = table_counts(db)
    again = pipeline(catalog=str(served), db=str(db), data_dir=str(data),
                     return_state=True).result(raise_on_failure=False)
    assert {o.id: o.status for o in again.outcomes if o.status != "failed"} == {
        "good-0": "unchanged", "good-1": "unchanged", "good-2": "unchanged"}
    assert table_counts(db) == before

    forced = pipeline(catalog=str(served), db=str(db), data_dir=str(data), force=True,
                      return_state=True).result(raise_on_failure=False)
    assert sum(o.status == "loaded" for o in forced.outcomes) == 3
    assert table_counts(db) == before

    # A source that is gone today fails the run's document but keeps what it loaded before.
    for pdf in (served.parent / "www").glob("linjiang-gwr-2022.pdf"):
        pdf.unlink()
    gone = pipeline(catalog=str(served), db=str(db), data_dir=str(data),
                    return_state=True).result(raise_on_failure=False)
    assert {o.id: o.status for o in gone.outcomes}["good-0"] == "failed"
    assert table_counts(db) == before
    with duckdb.connect(str(db), read_only=True) as con:
        status, failure = con.execute(
            "SELECT status, last_failure FROM documents WHERE id = 'good-0'").fetchone()
    assert status == "loaded" and "HTTP 404" in failure
    assert "previous load is kept" in {o.id: o.error for o in gone.outcomes}["good-0"]
