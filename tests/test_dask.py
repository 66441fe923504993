"""The same flow on a Dask cluster (prefect-dask's task runner): the same warehouse."""

from __future__ import annotations

import pytest

from tests.flowkit import contents, sample_catalogue

distributed = pytest.importorskip("distributed")
prefect_dask = pytest.importorskip("prefect_dask")


def test_a_local_dask_cluster_gives_the_default_runners_warehouse(prefect_harness, sample_pdfs,
                                                                  tmp_path):
    from flows.cli import _flow_for, build_parser
    from flows.pipeline import pipeline
    from tests.flowkit import api_url

    catalog = sample_catalogue(tmp_path / "sources.yaml", sample_pdfs, years=(2023, 2024))
    default = pipeline(catalog=str(catalog), db=str(tmp_path / "a.duckdb"),
                       data_dir=str(tmp_path / "a"), workers=1, return_state=True)
    assert default.is_completed(), default.message

    # Worker processes of their own, as on other machines; they reach the same Prefect API.
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PREFECT_API_URL", api_url())
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                      dashboard_address=None, host="127.0.0.1") as cluster:
            args = build_parser().parse_args(
                ["run", "--runner", "dask", "--dask-address", cluster.scheduler_address])
            flow = _flow_for(args)
            on_dask = flow(catalog=str(catalog), db=str(tmp_path / "b.duckdb"),
                           data_dir=str(tmp_path / "b"), return_state=True)
    assert on_dask.is_completed(), on_dask.message
    assert "2 loaded" in on_dask.message
    assert contents(tmp_path / "b.duckdb") == contents(tmp_path / "a.duckdb")
