"""The ad-hoc SQL views: indicator_series, indicator_yoy, target_vs_actual."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from extractors.model import Indicator
from warehouse.db import connect
from warehouse.load import DocumentRecord, load_canonical_catalog, load_document

CATALOG = [
    {"id": "gdp.growth", "name": "GDP增长", "kind": "growth", "unit": "%"},
    {"id": "jobs", "name": "城镇新增就业", "kind": "count", "unit": "人"},
    {"id": "energy", "name": "单位GDP能耗", "kind": "growth", "unit": "%"},
    {"id": "unemployment", "name": "城镇调查失业率", "kind": "rate", "unit": "%"},
]


def ind(canonical: str, value: float | None, unit: str, modality: str = "actual",
        period: str | None = None, **kw) -> Indicator:
    return Indicator(metric=kw.pop("metric", canonical), value=value, unit=unit,
                     modality=modality, period=period, canonical=canonical, **kw)


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    con = connect(tmp_path / "w.duckdb")
    load_canonical_catalog(con, CATALOG)
    return con


def load(con, year: int, indicators: list[Indicator], region: str = "中国",
         doc_id: str | None = None) -> None:
    load_document(con, DocumentRecord(doc_id or f"{region}-{year}", region, "政府",
                                      "政府工作报告", year), None, indicators)


def test_views_exist_after_connect(con):
    names = {r[0] for r in con.execute(
        "SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    assert {"indicator_series", "indicator_yoy", "target_vs_actual"} <= names


def test_series_one_row_per_region_canonical_year_with_actual_and_target(con):
    load(con, 2023, [ind("gdp.growth", 3, "%", period="2022", change="increase"),
                     ind("gdp.growth", 5, "%", "target", "2023", approx="approx")])
    load(con, 2024, [ind("gdp.growth", 5.2, "%", period="2023"),
                     ind("gdp.growth", 5, "%", "target", "2024")])
    load(con, 2024, [ind("gdp.growth", 6, "%", period="2023")], region="临江市")
    got = con.execute("""SELECT region, year, actual, target, actual_document_id,
                                target_document_id, name
                         FROM indicator_series ORDER BY region, year""").fetchall()
    assert got == [
        ("中国", 2022, 3.0, None, "中国-2023", None, "GDP增长"),
        ("中国", 2023, 5.2, 5.0, "中国-2024", "中国-2023", "GDP增长"),
        ("中国", 2024, None, 5.0, None, "中国-2024", "GDP增长"),
        ("临江市", 2023, 6.0, None, "临江市-2024", None, "GDP增长"),
    ]


def test_figure_year_comes_from_period_then_from_modality(con):
    # no period: a target is for the report's year, an actual for the year before
    load(con, 2024, [ind("jobs", 1.2e7, "人", "target"), ind("jobs", 1.244e7, "人"),
                     ind("jobs", 1.3e7, "人", period="2022")])
    got = con.execute("SELECT year, actual, target FROM indicator_series ORDER BY year").fetchall()
    assert got == [(2022, 1.3e7, None), (2023, 1.244e7, None), (2024, None, 1.2e7)]


def test_term_and_annual_are_separate_rows(con):
    load(con, 2023, [ind("jobs", 1.206e7, "人", period="2022"),
                     ind("jobs", 6.4e7, "人", period="2018-2022", scope="term")])
    got = con.execute("SELECT scope, year, actual FROM indicator_series ORDER BY scope").fetchall()
    assert got == [("annual", 2022, 1.206e7), ("term", 2022, 6.4e7)]


def test_pick_is_deterministic_first_by_seq_preferring_the_catalogue_unit(con):
    load(con, 2024, [ind("jobs", 5, "个", period="2023"),       # wrong unit: not picked
                     ind("jobs", 1.244e7, "人", period="2023"),
                     ind("jobs", 1.3e7, "人", period="2023")])
    assert con.execute("SELECT actual, actual_unit FROM indicator_series").fetchall() == [
        (1.244e7, "人")]


def test_the_report_of_the_expected_year_wins(con):
    # the 2023 actual restated in a 2025 review does not replace the 2024 report's figure
    load(con, 2024, [ind("jobs", 1.244e7, "人", period="2023")])
    load(con, 2025, [ind("jobs", 1.25e7, "人", period="2023")])
    assert con.execute("SELECT actual FROM indicator_series WHERE year = 2023").fetchone() == (
        1.244e7,)


def test_growth_stated_as_a_decrease_is_negative_and_ranges_use_the_midpoint(con):
    load(con, 2024, [ind("energy", 2.5, "%", "target", "2024", change="decrease"),
                     ind("gdp.growth", None, "%", "target", "2024", low=6, high=6.5)])
    got = dict(con.execute("SELECT canonical, target FROM indicator_series").fetchall())
    assert got == {"energy": -2.5, "gdp.growth": 6.25}


def test_yoy_previous_value_change_and_ratio(con):
    for year, value in [(2022, 1.1e7), (2023, 1.2e7), (2025, 1.5e7)]:  # 2024 report not loaded
        load(con, year, [ind("jobs", value, "人", "target", str(year))])
    got = con.execute("""SELECT year, value, previous_year, previous_value, change,
                                round(ratio, 4)
                         FROM indicator_yoy ORDER BY year""").fetchall()
    assert got == [(2022, 1.1e7, None, None, None, None),
                   (2023, 1.2e7, 2022, 1.1e7, 1e6, 1.0909),
                   (2025, 1.5e7, 2023, 1.2e7, 3e6, 1.25)]


def test_yoy_reference_skips_a_scale_jump(con):
    for year, value in [(2022, 1.3e12), (2023, 1.3e12), (2024, 1.3e8), (2025, 1.4e12)]:
        load(con, year, [ind("jobs", value, "人", "target", str(year))])
    got = con.execute("""SELECT year, previous_value, reference_year, reference_value, scale_power
                         FROM indicator_yoy ORDER BY year""").fetchall()
    assert got == [(2022, None, None, None, 0),
                   (2023, 1.3e12, 2022, 1.3e12, 0),
                   (2024, 1.3e12, 2023, 1.3e12, -4),
                   (2025, 1.3e8, 2023, 1.3e12, 0)]


@pytest.mark.parametrize(("target", "actual", "status", "direction"), [
    (dict(value=1.1e7, approx="at_least"), 1.206e7, "met", None),
    (dict(value=1.1e7, approx="at_least"), 1.0e7, "missed", "below"),
    (dict(value=5.5, approx="at_most"), 5.6, "missed", "above"),
    (dict(value=5.5, approx="at_most"), 5.2, "met", None),
    (dict(value=5.0, approx="approx"), 5.2, "met", None),        # within 0.5 points
    (dict(value=5.5, approx="approx"), 3.0, "missed", "below"),
    (dict(value=3.0, approx="approx"), 3.6, "missed", "above"),
    (dict(value=None, low=6.0, high=6.5), 6.1, "met", None),
    (dict(value=None, low=6.0, high=6.5), 7.1, "missed", "above"),
])
def test_target_vs_actual_status(con, target, actual, status, direction):
    unit = "人" if (target.get("value") or 0) > 1000 else "%"
    canonical = "jobs" if unit == "人" else "gdp.growth"
    load(con, 2022, [ind(canonical, unit=unit, modality="target", period="2022", **target)])
    load(con, 2023, [ind(canonical, actual, unit, period="2022")])
    got = con.execute("SELECT year, actual, status, direction FROM target_vs_actual").fetchall()
    assert got == [(2022, actual, status, direction)]


def test_target_without_actual_yet_and_unit_mismatch(con):
    load(con, 2023, [ind("jobs", 1.2e7, "人", "target", "2023"),
                     ind("unemployment", 5.5, "%", "target", "2023")])
    load(con, 2024, [ind("unemployment", 0.3, "个百分点", period="2023")])
    load(con, 2024, [ind("jobs", 1.2e7, "人", "target", "2024")], doc_id="中国-2024b")
    got = con.execute("SELECT canonical, year, status FROM target_vs_actual "
                      "ORDER BY canonical, year").fetchall()
    assert got == [("jobs", 2023, "no_actual"), ("jobs", 2024, "no_actual"),
                   ("unemployment", 2023, "unit_mismatch")]


def test_rows_without_canonical_or_from_failed_loads_stay_out(con):
    load(con, 2024, [Indicator(metric="开展执法检查", value=22, unit="次", period="2023")])
    load_document(con, DocumentRecord("bad", "中国", "政府", "政府工作报告", 2024,
                                      status="failed"), None, [ind("jobs", 1, "人")])
    assert con.execute("SELECT count(*) FROM indicator_series").fetchone() == (0,)
