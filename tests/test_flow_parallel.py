"""Documents parsed two at a time: bad ones among good ones, the same warehouse as one at a time,
and what the flow hands Prefect (receipts, not the parsed rows)."""

from __future__ import annotations

import shutil

from flows.pipeline import pipeline
from tests.flowkit import contents
from tests.test_cli import _encrypted_pdf


def _catalogue(folder, entries):
    lines = ["sources:"]
    for sid, year, name in entries:
        lines.append(f"  - {{id: {sid}, region: 临江市, kind: 政府工作报告, year: {year}, "
                     f"path: {name}}}")
    path = folder / "sources.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _task_runs(flow_run_id):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    with get_client(sync_client=True) as client:
        return client.read_task_runs(flow_run_filter=FlowRunFilter(
            id=FlowRunFilterId(any_=[flow_run_id])))


def test_bad_documents_among_good_ones_with_two_at_a_time(prefect_harness, sample_pdfs,
                                                          tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    entries = []
    for year in (2022, 2023, 2024):
        shutil.copy(sample_pdfs[f"linjiang-gwr-{year}"], folder / f"{year}.pdf")
        entries.append((f"good-{year}", year, f"{year}.pdf"))
    _encrypted_pdf(folder / "locked.pdf")
    # A PDF by its first and last bytes, nothing a parser can read in between.
    (folder / "garbage.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    # Bad ones first in the catalogue: they reach the slots while good ones wait.
    catalog = _catalogue(folder, [("locked", 2024, "locked.pdf"),
                                  ("garbage", 2024, "garbage.pdf"), *entries])

    runs = {}
    for workers in (2, 1):
        db = tmp_path / f"w{workers}.duckdb"
        state = pipeline(catalog=str(catalog), db=str(db), data_dir=str(tmp_path / "data"),
                         workers=workers, return_state=True)
        runs[workers] = state, contents(db)

    state, two = runs[2]
    summary = state.result(raise_on_failure=False)
    outcome = {o.id: o for o in summary.outcomes}
    assert {sid: o.status for sid, o in outcome.items()} == {
        "locked": "failed", "garbage": "failed", "good-2022": "loaded", "good-2023": "loaded",
        "good-2024": "loaded"}
    assert "extract failed" in outcome["locked"].error
    assert "encrypted" in outcome["locked"].error
    assert "extract failed" in outcome["garbage"].error
    assert "unreadable PDF" in outcome["garbage"].error
    assert all(outcome[f"good-{y}"].indicators >= 5 for y in (2022, 2023, 2024))
    # Two at a time or one at a time: the same warehouse, row for row.
    assert two == runs[1][1]

    # Each document is still its own task runs in the UI, and each load names its extract as
    # the run it waited for (the extract → load edge), though the rows bypassed Prefect.
    task_runs = _task_runs(state.state_details.flow_run_id)
    by_name = {r.name: r for r in task_runs}
    for year in (2022, 2023, 2024):
        extract, load = by_name[f"extract good-{year}"], by_name[f"load good-{year}"]
        assert extract.state.is_completed()
        waited = {i.id for i in load.task_inputs.get("wait_for", [])}
        assert extract.id in waited
    assert by_name["extract locked"].state.is_failed()
    assert by_name["load locked"].state.is_completed()  # it recorded the failure
