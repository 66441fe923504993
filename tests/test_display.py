"""Display units: figures in the units reports print them in, chosen by catalog/display.yaml;
COMMENT ON every table, view and column."""

from __future__ import annotations

import pytest

from extractors.indicators.catalog import load_catalog
from extractors.model import Indicator
from warehouse.checks import latest_findings, run_checks
from warehouse.db import connect
from warehouse.display import DisplayError, display_factor, load_display
from warehouse.load import DocumentRecord, load_canonical_catalog, load_document

CATALOG = [
    {"id": "trade.total", "name": "货物进出口总额", "kind": "amount", "unit": "元"},
    {"id": "employment.urban_new", "name": "城镇新增就业", "kind": "count", "unit": "人"},
    {"id": "grain.output", "name": "粮食产量", "kind": "amount", "unit": "斤"},
    {"id": "gdp.growth", "name": "国内生产总值增长", "kind": "growth", "unit": "%"},
]


@pytest.mark.parametrize("shown, base, factor", [
    ("亿元", "元", 1e8), ("万人", "人", 1e4), ("万亿斤", "斤", 1e12), ("%", "%", 1.0),
    ("亿美元", "美元", 1e8), ("元", "元", 1.0)])
def test_display_factor_is_the_scale_word_before_the_base_unit(shown, base, factor):
    assert display_factor(shown, base) == factor


@pytest.mark.parametrize("shown, base", [("亿吨", "斤"), ("万元", "人"), ("兆元", "元")])
def test_a_display_unit_that_is_not_a_scale_of_the_base_is_refused(shown, base):
    with pytest.raises(DisplayError, match=base):
        display_factor(shown, base)


def test_every_display_entry_belongs_to_the_catalogue_and_converts():
    entries = [e.record() for e in load_catalog()]
    display = load_display(entries)
    # Most of the catalogue has a display unit and an English name.
    assert len(display) >= 0.8 * len(entries)
    assert all(d.name_en and d.name_en.isascii() for d in display.values())


@pytest.fixture
def con(tmp_path):
    con = connect(tmp_path / "w.duckdb")
    load_canonical_catalog(con, CATALOG)
    rows = {2023: (2.1963e11, 1.2e7, 1.39e12), 2024: (2.3564e7, 1.22e7, 1.41e12)}
    for year, (trade, jobs, grain) in rows.items():
        load_document(con, DocumentRecord(f"r{year}", "临江市", None, "政府工作报告", year), None, [
            Indicator("货物进出口总额", trade, "元", period=str(year - 1), scope="annual",
                      canonical="trade.total", evidence=f"进出口总额{trade}元", page=3),
            Indicator("城镇新增就业", jobs, "人", modality="target", period=str(year),
                      scope="annual", canonical="employment.urban_new"),
            Indicator("粮食产量", grain, "斤", period=str(year - 1), scope="annual",
                      canonical="grain.output"),
            Indicator("国内生产总值增长", 5.0, "%", modality="target", period=str(year),
                      scope="annual", canonical="gdp.growth")])
    run_checks(con)
    return con


def test_display_views_show_report_units(con):
    shown = dict(((c, y), (v, u)) for c, y, v, u in con.execute(
        "SELECT canonical, year, coalesce(actual, target), coalesce(actual_unit, target_unit)"
        " FROM indicator_series_display").fetchall())
    assert shown[("trade.total", 2022)] == (pytest.approx(2196.3), "亿元")
    assert shown[("employment.urban_new", 2024)] == (pytest.approx(1220.0), "万人")
    assert shown[("grain.output", 2023)] == (pytest.approx(1.41), "万亿斤")
    assert shown[("gdp.growth", 2024)] == (5.0, "%")
    rows = con.execute("SELECT value, unit, name_en FROM indicators_display"
                       " WHERE canonical = 'trade.total' ORDER BY report_year").fetchall()
    assert rows == [(pytest.approx(2196.3), "亿元", "Total imports and exports of goods"),
                    (pytest.approx(0.23564), "亿元", "Total imports and exports of goods")]


def test_findings_carry_document_page_and_evidence_in_display_units(con):
    found = latest_findings(con, severity="error")
    scale = found[found["check_name"] == "scale_error"].iloc[0]
    assert scale["document_id"] == "r2024" and scale["page"] == 3
    assert scale["evidence"] == "进出口总额23564000.0元"
    assert scale["unit"] == "亿元" and scale["value"] == pytest.approx(0.23564)
    assert scale["previous_value"] == pytest.approx(2196.3)


def test_every_table_view_and_column_is_described(con):
    missing = con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE comment IS NULL"
        " UNION ALL SELECT view_name FROM duckdb_views() WHERE NOT internal AND comment IS NULL"
        " UNION ALL SELECT table_name || '.' || column_name FROM duckdb_columns()"
        " WHERE database_name = current_database() AND NOT internal"
        " AND (comment IS NULL OR comment = '')").fetchall()
    assert missing == []
