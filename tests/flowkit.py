"""Helpers for the end-to-end flow tests: catalogues, warehouse contents, Prefect API reads."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb

from flows.settings import PROJECT_ROOT


def catalogue(path: Path, entries) -> Path:
    lines = ["sources:"]
    for sid, year, url in entries:
        lines.append(f"  - {{id: {sid}, region: 临江市, kind: 政府工作报告, year: {year}, url: '{url}'}}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def sample_catalogue(path: Path, sample_pdfs, years=(2022, 2023, 2024)) -> Path:
    """A catalogue of the official A4 sample series, read from the project's samples folder."""
    return catalogue(path, [(f"linjiang-{y}", y, sample_pdfs[f"linjiang-gwr-{y}"].as_uri())
                            for y in years])


def contents(db: Path) -> dict[str, list[tuple]]:
    """What a warehouse holds, without what differs between two runs of the same input
    (load times, check run ids and times)."""
    queries = {
        "documents": "SELECT id, region, kind, year, sha256, pages, status, text_status, error"
                     " FROM documents ORDER BY id",
        "blocks": "SELECT * FROM blocks ORDER BY document_id, seq",
        "indicators": "SELECT * FROM indicators ORDER BY document_id, seq",
        "canonical_indicators": "SELECT * FROM canonical_indicators ORDER BY id",
        "last_checks": "SELECT check_name, severity, region, year, canonical, value, detail,"
                       " document_id FROM check_results WHERE run_id = (SELECT run_id FROM"
                       " check_runs ORDER BY started_at DESC, run_id DESC LIMIT 1)"
                       " ORDER BY ALL",
    }
    with duckdb.connect(str(db), read_only=True) as con:
        return {name: con.execute(sql).fetchall() for name, sql in queries.items()}


def api_url() -> str:
    from prefect.settings import get_current_settings

    return str(get_current_settings().api.url)


def baogao_process(*args: str, **popen) -> subprocess.Popen:
    """`baogao ARGS` in a process of its own, a client of the test session's Prefect API (so it
    does not start an API of its own)."""
    env = {**os.environ, "PREFECT_API_URL": api_url()}
    return subprocess.Popen([sys.executable, "-m", "flows.cli", *args], cwd=PROJECT_ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            **popen)


def task_run_names(flow_run_id) -> set[str]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    with get_client(sync_client=True) as client:
        runs = client.read_task_runs(flow_run_filter=FlowRunFilter(
            id=FlowRunFilterId(any_=[flow_run_id])))
    return {r.name for r in runs}


def artifacts_of(flow_run_id) -> dict[str, object]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    with get_client(sync_client=True) as client:
        found = client.read_artifacts(artifact_filter=ArtifactFilter(
            flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id])))
    return {a.key: a.data for a in found}


def log_messages(flow_run_id) -> list[tuple[int, str]]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId
    from prefect.logging.handlers import APILogWorker

    # Logs go to the API in background batches: send what is queued before reading.
    APILogWorker.drain_all(timeout=30)

    with get_client(sync_client=True) as client:
        logs = client.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(
            any_=[flow_run_id])))
    return [(log.level, log.message) for log in logs]
