"""The real flow, end to end: a real HTTP server, a real DuckDB file, an ephemeral Prefect API."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from flows.pipeline import pipeline


def artifacts_of(flow_run_id) -> dict[str, object]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    with get_client(sync_client=True) as client:
        found = client.read_artifacts(artifact_filter=ArtifactFilter(
            flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id])))
    return {a.key: a.data for a in found}


def catalogue(path, entries):
    lines = ["sources:"]
    for sid, year, url in entries:
        lines.append(f"  - {{id: {sid}, region: 临江市, kind: 政府工作报告, year: {year}, url: '{url}'}}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


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
    state = pipeline(catalog=str(served), db=str(db), data_dir=str(data), return_state=True)
    assert state.is_completed()
    summary = state.result()
    status = {o.id: o.status for o in summary.outcomes}
    assert status == {"good-0": "loaded", "good-1": "loaded", "good-2": "loaded",
                      "missing": "failed", "html": "failed"}
    assert "3 loaded" in state.message and "2 failed" in state.message

    published = artifacts_of(state.state_details.flow_run_id)
    assert {"baogao-documents", "baogao-checks"} <= set(published)
    assert "missing" in str(published["baogao-documents"]) and "HTTP 404" in str(
        published["baogao-documents"])

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
    assert len(list((data / "raw").rglob("*.*"))) == 4

    before = table_counts(db)
    again = pipeline(catalog=str(served), db=str(db), data_dir=str(data))
    assert {o.id: o.status for o in again.outcomes if o.status != "failed"} == {
        "good-0": "unchanged", "good-1": "unchanged", "good-2": "unchanged"}
    assert table_counts(db) == before

    forced = pipeline(catalog=str(served), db=str(db), data_dir=str(data), force=True)
    assert sum(o.status == "loaded" for o in forced.outcomes) == 3
    assert table_counts(db) == before

    # A source that is gone today fails the run's document but keeps what it loaded before.
    for pdf in (served.parent / "www").glob("linjiang-gwr-2022.pdf"):
        pdf.unlink()
    gone = pipeline(catalog=str(served), db=str(db), data_dir=str(data))
    assert {o.id: o.status for o in gone.outcomes}["good-0"] == "failed"
    assert table_counts(db) == before
    with duckdb.connect(str(db), read_only=True) as con:
        status, failure = con.execute(
            "SELECT status, last_failure FROM documents WHERE id = 'good-0'").fetchone()
    assert status == "loaded" and "HTTP 404" in failure
    assert "previous load is kept" in {o.id: o.error for o in gone.outcomes}["good-0"]
