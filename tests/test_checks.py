"""Year-over-year checks: small warehouses with known series, and exactly the rows each check returns."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from extractors.model import Indicator
from warehouse.checks import (
    Check,
    latest_results,
    load_checks,
    parse_check,
    run_checks,
    summary_markdown,
)
from warehouse.db import connect
from warehouse.load import DocumentRecord, load_canonical_catalog, load_document

CATALOG = [
    {"id": "gdp.growth", "name": "GDP增长", "kind": "growth", "unit": "%", "min": -20, "max": 30},
    {"id": "jobs.urban_new", "name": "城镇新增就业", "kind": "count", "unit": "人"},
    {"id": "cpi", "name": "居民消费价格涨幅", "kind": "growth", "unit": "%"},
    {"id": "grain", "name": "粮食产量", "kind": "amount", "unit": "斤"},
    {"id": "unemployment", "name": "城镇调查失业率", "kind": "rate", "unit": "%"},
    {"id": "revenue", "name": "一般公共预算收入", "kind": "amount", "unit": "元"},
    {"id": "laws", "name": "制定地方性法规", "kind": "count", "unit": "件"},
    {"id": "energy", "name": "单位国内生产总值能耗", "kind": "growth", "unit": "%", "min": 0,
     "max": 20},
    {"id": "jobs.capped", "name": "城镇新增就业(封顶)", "kind": "count", "unit": "人", "min": 1e7,
     "max": 2e7},
    {"id": "renda.law_inspections", "name": "开展执法检查", "kind": "count", "unit": "次"},
]


def T(canonical: str, value: float | None, unit: str, year: int, **kw) -> Indicator:
    """A target for `year` (stated in the report of that year)."""
    return Indicator(metric=kw.pop("metric", canonical), value=value, unit=unit,
                     modality="target", period=str(year), scope="annual",
                     canonical=canonical, **kw)


def A(canonical: str, value: float | None, unit: str, year: int, **kw) -> Indicator:
    """An actual for `year` (stated in the report of the year after)."""
    return Indicator(metric=kw.pop("metric", canonical), value=value, unit=unit,
                     modality="actual", period=kw.pop("period", str(year)),
                     scope=kw.pop("scope", "annual"), canonical=canonical, **kw)


def build(tmp_path: Path, reports: dict[int, list[Indicator]], region: str = "中国",
          kind: str = "政府工作报告", con: duckdb.DuckDBPyConnection | None = None,
          ) -> duckdb.DuckDBPyConnection:
    if con is None:
        con = connect(tmp_path / "w.duckdb")
        load_canonical_catalog(con, CATALOG)
    for year, indicators in reports.items():
        load_document(con, DocumentRecord(f"{region}-{kind}-{year}", region, "政府", kind, year),
                      None, indicators)
    return con


def national_series() -> dict[int, list[Indicator]]:
    """The national reports 2022-2025 with the three faults of corpus/yoy/PLANTED.md in 2024."""
    return {
        2022: [T("gdp.growth", 5.5, "%", 2022, approx="approx", change="increase"),
               T("jobs.urban_new", 1.1e7, "人", 2022, approx="at_least"),
               T("cpi", 3, "%", 2022, approx="approx"),
               T("grain", 1.3e12, "斤", 2022, approx="at_least"),
               A("gdp.growth", 8.1, "%", 2021, change="increase"),
               A("jobs.urban_new", 1.269e7, "人", 2021),
               A("cpi", 0.9, "%", 2021, change="increase"),
               A("grain", 1.37e12, "斤", 2021)],
        2023: [T("gdp.growth", 5, "%", 2023, approx="approx", change="increase"),
               T("jobs.urban_new", 1.2e7, "人", 2023, approx="approx"),
               T("cpi", 3, "%", 2023, approx="approx"),
               T("grain", 1.3e12, "斤", 2023, approx="at_least"),
               A("gdp.growth", 3, "%", 2022, change="increase"),
               A("jobs.urban_new", 1.206e7, "人", 2022),
               A("cpi", 2, "%", 2022, change="increase"),
               A("grain", 1.37e12, "斤", 2022)],
        2024: [T("gdp.growth", 5, "%", 2024, approx="approx", change="increase"),
               T("jobs.urban_new", 1.2e8, "人", 2024, approx="at_least"),  # planted: 10x
               # planted: the CPI target removed
               T("grain", 1.3e8, "斤", 2024, approx="at_least"),  # planted: 亿 for 万亿
               A("gdp.growth", 5.2, "%", 2023, change="increase"),
               A("jobs.urban_new", 1.244e7, "人", 2023),
               A("cpi", 0.2, "%", 2023, change="increase"),  # a real 10x drop of a rate
               A("grain", 1.39e12, "斤", 2023)],
        2025: [T("gdp.growth", 5, "%", 2025, approx="approx", change="increase"),
               T("jobs.urban_new", 1.2e7, "人", 2025, approx="at_least"),
               T("cpi", 2, "%", 2025, approx="approx"),
               T("grain", 1.4e12, "斤", 2025, approx="approx"),
               A("gdp.growth", 5, "%", 2024, change="increase"),
               A("jobs.urban_new", 1.256e7, "人", 2024),
               A("cpi", 0.2, "%", 2024, change="increase"),
               A("grain", 1.41e12, "斤", 2024)],
    }


def by_check(results, check: str) -> set[tuple]:
    frame = results[results["check_name"] == check]
    return {(r.severity, int(r.year), r.canonical) for r in frame.itertuples()}


# --- the planted faults of the national series -------------------------------------------------

def test_planted_faults_are_errors_and_real_changes_are_not(tmp_path):
    con = build(tmp_path, national_series())
    run = run_checks(con)
    errors = {(r.check_name, int(r.year), r.canonical)
              for r in run.results[run.results["severity"] == "error"].itertuples()}
    assert errors == {
        ("scale_error", 2024, "jobs.urban_new"),
        ("scale_error", 2024, "grain"),
        ("missing_indicator", 2024, "cpi"),
    }
    assert run.errors == 3


def test_real_target_changes_are_info(tmp_path):
    run = run_checks(build(tmp_path, national_series()))
    jumps = by_check(run.results, "ratio_jump")
    # GDP 5.5 → 5, CPI 3 → 2 (against 2023: 2024 has none), grain 1.3万亿 → 1.4万亿 (against 2023:
    # the 2024 figure is the scale error), employment 1100万 → 1200万.
    assert jumps == {
        ("info", 2023, "gdp.growth"),
        ("info", 2023, "jobs.urban_new"),
        ("info", 2025, "cpi"),
        ("info", 2025, "grain"),
        ("warning", 2022, "gdp.growth"),  # actual growth 8.1% → 3%: beyond 5 points
    }


def test_scale_error_compares_the_return_to_the_last_trusted_figure(tmp_path):
    run = run_checks(build(tmp_path, national_series()))
    frame = run.results[run.results["check_name"] == "scale_error"].set_index("canonical")
    assert frame.loc["grain", "value"] == 1.3e8
    assert frame.loc["grain", "previous_value"] == 1.3e12
    assert "×10^-4" in frame.loc["grain", "detail"]
    assert frame.loc["jobs.urban_new", "previous_value"] == 1.2e7
    assert "×10^1" in frame.loc["jobs.urban_new", "detail"]


def test_a_rate_ten_times_smaller_is_not_a_scale_error(tmp_path):
    # CPI 2% → 0.2% happened (2022 → 2023); a scale word cannot be lost from a percentage.
    con = build(tmp_path, {2023: [A("cpi", 2, "%", 2022)], 2024: [A("cpi", 0.2, "%", 2023)],
                           2025: [A("cpi", 0.2, "%", 2024)]})
    run = run_checks(con)
    assert by_check(run.results, "scale_error") == set()
    assert run.errors == 0


def test_a_rate_target_ten_times_the_last_is_a_scale_error(tmp_path):
    con = build(tmp_path, {2023: [T("gdp.growth", 5, "%", 2023), T("cpi", 0.15, "%", 2023)],
                           2024: [T("gdp.growth", 50, "%", 2024), T("cpi", 1.5, "%", 2024)]})
    # 5% → 50%: a digit too many; 0.15% → 1.5%: 10x but under 2 points, a change to look at
    results = run_checks(con).results
    assert by_check(results, "scale_error") == {("error", 2024, "gdp.growth")}
    assert by_check(results, "ratio_jump") == {("info", 2024, "cpi")}


@pytest.mark.parametrize(("target", "actual_then", "expected"), [
    (65, 6.2, {("error", 2019, "gdp.growth")}),   # 6.5 → 65: the first target of its series
    (60, None, {("error", 2019, "gdp.growth")}),  # only the year before's actual to go by
    (8, 6.2, set()),                              # a real target beside its actuals
    (65, 58, set()),                              # its own year's actual reached it: real
])
def test_a_series_first_growth_target_is_held_to_the_actuals_beside_it(tmp_path, target,
                                                                       actual_then, expected):
    reports = {2019: [A("gdp.growth", 6.5, "%", 2018), T("gdp.growth", target, "%", 2019)]}
    if actual_then is not None:
        reports[2020] = [A("gdp.growth", actual_then, "%", 2019)]
    results = run_checks(build(tmp_path, reports)).results
    assert by_check(results, "scale_error") == expected


@pytest.mark.parametrize(("first", "expected"), [(80, {("error", 2025, "gdp.growth")}), (8, set())])
def test_a_series_first_growth_target_is_held_to_the_target_after_it(tmp_path, first, expected):
    # 8% → 80%, with no actual beside it: the next year's 5% target shows the odd one
    con = build(tmp_path, {2025: [T("gdp.growth", first, "%", 2025)],
                           2026: [T("gdp.growth", 5, "%", 2026)]})
    assert by_check(run_checks(con).results, "scale_error") == expected


# --- scale error and ratio jump ------------------------------------------------------------------

@pytest.mark.parametrize(("new", "expected"), [
    (1.2e8, {("error", 2023, "jobs.urban_new")}),        # ×10: 十 doubled or a digit too many
    (1.2e3, {("error", 2023, "jobs.urban_new")}),        # ×10^-4: 万 lost
    (1.2e15, {("error", 2023, "jobs.urban_new")}),       # ×10^8: 亿 for nothing
    (5.0e7, set()),                                      # ×4.2: a warning, not a scale error
    (1.25e7, set()),
])
def test_scale_error_by_power_of_ten(tmp_path, new, expected):
    # actuals for 2021-2023 from the reports of 2022-2024: the row's year is the figure's year
    con = build(tmp_path, {y: [A("jobs.urban_new", v, "人", y - 1)]
                           for y, v in [(2022, 1.2e7), (2023, 1.21e7), (2024, new)]})
    assert by_check(run_checks(con).results, "scale_error") == expected


def test_scale_error_blames_the_first_figure_when_the_rest_agree(tmp_path):
    con = build(tmp_path, {2022: [A("revenue", 1.1e7, "元", 2021)],  # 万 lost in the first year
                           2023: [A("revenue", 1.13e11, "元", 2022)],
                           2024: [A("revenue", 1.18e11, "元", 2023)]})
    frame = run_checks(con).results
    frame = frame[frame["check_name"] == "scale_error"]
    assert [(int(r.year), r.value, r.previous_value) for r in frame.itertuples()] == [
        (2021, 1.1e7, 1.13e11)]


def test_ratio_jump_thresholds_by_kind(tmp_path):
    con = build(tmp_path, {
        2023: [A("laws", 10, "件", 2022), A("revenue", 100e8, "元", 2022),
               A("unemployment", 5.5, "%", 2022)],
        2024: [A("laws", 25, "件", 2023),          # ×2.5: within a count's 3
               A("revenue", 250e8, "元", 2023),    # ×2.5: beyond an amount's 2
               A("unemployment", 5.1, "%", 2023)],  # -0.4 points
        2025: [A("laws", 80, "件", 2024),          # ×3.2: beyond 3
               A("revenue", 260e8, "元", 2024),
               A("unemployment", 11.0, "%", 2024)],  # +5.9 points: beyond 5
    })
    assert by_check(run_checks(con).results, "ratio_jump") == {
        ("warning", 2023, "revenue"),
        ("warning", 2024, "laws"),
        ("warning", 2024, "unemployment"),
    }


@pytest.mark.parametrize("gap, ratio, warned", [(1, 2.5, True), (5, 2.5, False), (10, 4.8, False),
                                                 (5, 5.0, True), (3, 0.3, True)])
def test_a_jump_over_several_years_is_judged_by_the_pace_of_real_growth(tmp_path, gap, ratio, warned):
    # an amount's 2× a year apart is a jump; ×4.8 over ten years is 17 % a year, real growth
    con = build(tmp_path, {2011: [A("revenue", 100e8, "元", 2010)],
                           2011 + gap: [A("revenue", 100e8 * ratio, "元", 2010 + gap)]})
    expected = {("warning", 2010 + gap, "revenue")} if warned else set()
    assert by_check(run_checks(con).results, "ratio_jump") == expected


def test_term_totals_are_compared_only_with_term_totals(tmp_path):
    # A five-year total five times one year's figure is not a jump; two term totals are compared.
    con = build(tmp_path, {
        2018: [A("laws", 60, "件", 2017, period="2013-2017", scope="term")],
        2022: [A("laws", 12, "件", 2021)],
        2023: [A("laws", 13, "件", 2022),
               A("laws", 62, "件", 2022, period="2018-2022", scope="term")],
    })
    results = run_checks(con).results
    assert by_check(results, "ratio_jump") == set()
    assert by_check(results, "scale_error") == set()
    assert by_check(results, "term_total_below_parts") == set()


def test_term_total_smaller_than_its_parts(tmp_path):
    con = build(tmp_path, {
        2021: [A("laws", 12, "件", 2020)],
        2022: [A("laws", 14, "件", 2021)],
        2023: [A("laws", 13, "件", 2022),
               A("laws", 11, "件", 2022, period="2020-2022", scope="term")],  # < 14 alone
        2024: [A("laws", 30, "件", 2023, period="2021-2023", scope="term",  # < 14 + 13 + 9
                 metric="制定地方性法规"), A("laws", 9, "件", 2023)],
    })
    frame = run_checks(con).results
    frame = frame[frame["check_name"] == "term_total_below_parts"]
    assert sorted((int(r.year), r.value, r.previous_value) for r in frame.itertuples()) == [
        (2022, 11, 14), (2023, 30, 36)]
    assert set(frame["severity"]) == {"error"}


def test_term_averages_and_levels_are_not_totals(tmp_path):
    con = build(tmp_path, {
        2022: [A("jobs.urban_new", 1.35e7, "人", 2021), A("grain", 1.37e12, "斤", 2021)],
        2023: [A("jobs.urban_new", 1.27e7, "人", 2022, period="2018-2022", scope="term",
                 evidence="城镇新增就业年均1270多万人"),
               A("grain", 1.3e12, "斤", 2022, period="2018-2022", scope="term",
                 approx="at_least", evidence="粮食产量连年稳定在1.3万亿斤以上")],
    })
    assert by_check(run_checks(con).results, "term_total_below_parts") == set()



def test_every_term_total_of_a_report_is_checked_on_its_own_clause(tmp_path):
    # Two totals of one indicator for one term (降费 beside 减税): the second is checked too, and a
    # 年均 in another clause of the sentence does not make a total an average.
    con = build(tmp_path, {
        2022: [A("revenue", 1e12, "元", 2021, metric="新增减税降费")],
        2023: [A("revenue", 2.4e12, "元", 2022, metric="留抵退税"),
               A("revenue", 5.4e12, "元", 2022, period="2018-2022", scope="term", metric="减税",
                 evidence="减税降费公平普惠、高效直达，五年累计减税5.4万亿元、降费1.2万亿元。"),
               A("revenue", 1.2e12, "元", 2022, period="2018-2022", scope="term", metric="降费",
                 evidence="减税降费公平普惠、高效直达，五年累计减税5.4万亿元、降费1.2万亿元。"),
               A("laws", 9, "件", 2022, period="2018-2022", scope="term", metric="制定地方性法规",
                 evidence="制定地方性法规9件，城镇居民人均可支配收入年均增长5%。"),
               A("laws", 12, "件", 2022, metric="制定地方性法规")],
    })
    frame = run_checks(con).results
    frame = frame[frame["check_name"] == "term_total_below_parts"]
    assert sorted((r.severity, int(r.year), r.canonical, r.metric, r.value, r.previous_value)
                  for r in frame.itertuples()) == [
        ("error", 2022, "laws", "制定地方性法规", 9, 12),
        ("error", 2022, "revenue", "降费", 1.2e12, 2.4e12),
    ]
    assert list(frame[frame["canonical"] == "laws"]["detail"]) == [
        "制定地方性法规 total 9件 for 2018-2022 is below the 2022 figure alone (12件)"]


def test_a_lower_bound_total_is_held_to_a_single_year_not_to_the_sum(tmp_path):
    con = build(tmp_path, {
        2021: [A("jobs.urban_new", 1.3e7, "人", 2020)],
        2022: [A("jobs.urban_new", 1.35e7, "人", 2021)],
        2023: [A("jobs.urban_new", 1.2e7, "人", 2022),
               # 超过2000万: a lower bound below the sum of 2020-2022 (4050万) says nothing
               A("jobs.urban_new", 2e7, "人", 2022, period="2020-2022", scope="term",
                 approx="at_least", metric="城镇新增就业", evidence="城镇新增就业超过2000万人。")],
        2024: [A("jobs.urban_new", 1.25e7, "人", 2023),
               # 超过650万 over 2021-2023: below 2021's 1350万 alone
               A("jobs.urban_new", 6.5e6, "人", 2023, period="2021-2023", scope="term",
                 approx="at_least", metric="城镇新增就业", evidence="城镇新增就业超过650万人。")],
    })
    frame = run_checks(con).results
    frame = frame[frame["check_name"] == "term_total_below_parts"]
    assert sorted((r.severity, int(r.year), r.canonical, r.value, r.previous_value)
                  for r in frame.itertuples()) == [
        ("error", 2023, "jobs.urban_new", 6.5e6, 1.35e7)]


def test_term_levels_and_increments_are_not_totals(tmp_path):
    # Levels reached (从…增加到, 达到, 增加到, 迈上…台阶), a level's increase over the term and a capacity are
    # not totals, whatever the annual figures inside the term.
    con = build(tmp_path, {
        2020: [A("revenue", 1.9e13, "元", 2019), A("grain", 1.33e12, "斤", 2019)],
        2021: [A("revenue", 1.83e13, "元", 2020)],
        2022: [A("revenue", 2.0e13, "元", 2021)],
        2023: [A("revenue", 1.17e13, "元", 2022, period="2018-2022", scope="term",
                 metric="财政收入", evidence="财政收入从11.7万亿元增加到20.4万亿元。"),
               A("revenue", 1.0e13, "元", 2022, period="2018-2022", scope="term",
                 metric="财政收入", evidence="财政收入增加到10万亿元。"),
               A("revenue", 7e12, "元", 2022, period="2018-2022", scope="term", approx="below",
                 metric="财政收入", evidence="财政收入五年增加近7万亿元，年均增长5%。"),
               A("revenue", 1.0e13, "元", 2022, period="2018-2022", scope="term",
                 metric="财政收入", evidence="财政收入迈上10万亿元台阶。"),
               A("grain", 1.2e12, "斤", 2022, period="2018-2022", scope="term",
                 metric="粮食生产能力", evidence="粮食生产能力达到1.2万亿斤。")],
    })
    assert by_check(run_checks(con).results, "term_total_below_parts") == set()


# --- unit changed --------------------------------------------------------------------------------

def test_unit_change_is_an_error_once(tmp_path):
    con = build(tmp_path, {2022: [A("revenue", 1.1e11, "元", 2021)],
                           2023: [A("revenue", 1.1e7, "万元", 2022)],  # unit not turned into 元
                           2024: [A("revenue", 1.2e11, "元", 2023)],  # back: not reported again
                           2025: [A("revenue", 1.25e11, "元", 2024)]})
    results = run_checks(con).results
    assert by_check(results, "unit_changed") == {("error", 2022, "revenue")}
    # different units are not compared by ratio
    assert by_check(results, "scale_error") == set()
    assert by_check(results, "ratio_jump") == set()


# --- missing indicator ---------------------------------------------------------------------------

LIST = "今年主要预期目标是：……"  # the sentence a report states its targets in


def L(canonical: str, value: float, unit: str, year: int) -> Indicator:
    """A target stated in the report's list of targets."""
    return T(canonical, value, unit, year, evidence=LIST)


def test_a_target_gone_from_its_list_is_an_error(tmp_path):
    con = build(tmp_path, {
        2022: [L("cpi", 3, "%", 2022), L("gdp.growth", 5, "%", 2022), L("unemployment", 5.5, "%", 2022),
               A("grain", 1.37e12, "斤", 2021)],
        2023: [L("gdp.growth", 5, "%", 2023), L("unemployment", 5.5, "%", 2023)],
        2024: [L("cpi", 3, "%", 2024), L("gdp.growth", 5, "%", 2024), L("unemployment", 5.5, "%", 2024),
               A("grain", 1.39e12, "斤", 2023)],
    })
    assert by_check(run_checks(con).results, "missing_indicator") == {
        ("error", 2023, "cpi"),       # its list is still there, without it, and it is back in 2024
        ("info", 2022, "grain"),      # an actual not in the 2023 report (the figure for 2022)
    }


def test_a_target_a_report_simply_did_not_set_is_info(tmp_path):
    # the 2023 report states other targets than the year before: no list lost one of its items
    # (深圳's 2024 list drops CPI with the targets that stood beside it)
    con = build(tmp_path, {
        2022: [L("gdp.growth", 5, "%", 2022), L("cpi", 3, "%", 2022), L("unemployment", 5.5, "%", 2022)],
        2023: [L("gdp.growth", 5, "%", 2023), L("revenue", 2e12, "元", 2023),
               L("jobs.urban_new", 1.2e7, "人", 2023)],
        2024: [L("gdp.growth", 5, "%", 2024), L("cpi", 3, "%", 2024), L("unemployment", 5.5, "%", 2024)],
    })
    assert by_check(run_checks(con).results, "missing_indicator") == {
        ("info", 2023, "cpi"), ("info", 2023, "unemployment"), ("info", 2024, "revenue"),
        ("info", 2024, "jobs.urban_new")}


def test_a_neighbour_is_one_item_whether_stated_as_level_or_growth(tmp_path):
    # the list states revenue's level one year and its growth the next: the same neighbour
    con = build(tmp_path, {
        2022: [L("revenue", 2e12, "元", 2022), L("cpi", 3, "%", 2022), L("unemployment", 5.5, "%", 2022)],
        2023: [L("revenue.growth", 5, "%", 2023), L("unemployment", 5.5, "%", 2023)],
        2024: [L("revenue", 2.1e12, "元", 2024), L("cpi", 3, "%", 2024), L("unemployment", 5.5, "%", 2024)],
    })
    found = by_check(run_checks(con).results, "missing_indicator")
    assert {f for f in found if f[2] == "cpi"} == {("error", 2023, "cpi")}


def test_target_missing_from_the_latest_report(tmp_path):
    reports = {2022: [L("cpi", 3, "%", 2022), L("grain", 1.3e12, "斤", 2022)],
               2023: [L("cpi", 3, "%", 2023), L("grain", 1.3e12, "斤", 2023),
                      L("gdp.growth", 5, "%", 2023), L("unemployment", 5.5, "%", 2023)],
               2024: [L("gdp.growth", 5, "%", 2024), L("grain", 1.3e12, "斤", 2024),
                      L("unemployment", 5.5, "%", 2024), L("jobs.urban_new", 1.2e7, "人", 2024)],
               2025: [L("gdp.growth", 5, "%", 2025), L("unemployment", 5.5, "%", 2025),
                      L("jobs.urban_new", 1.2e7, "人", 2025)]}
    assert by_check(run_checks(build(tmp_path, reports)).results, "missing_indicator") == {
        ("info", 2024, "cpi"),        # dropped after 2023: reported once, not every year after
        ("error", 2025, "grain"),     # in the three reports before, gone from the latest list
    }


def test_missing_target_between_disagreeing_figures_is_info(tmp_path):
    # 2万亿 then 28.5万亿: the series around the gap is itself incoherent (likely two different
    # figures mapped to one id), so its gap is no vanished target.
    con = build(tmp_path, {2022: [L("revenue", 2e12, "元", 2022), L("cpi", 3, "%", 2022),
                                  L("gdp.growth", 5, "%", 2022)],
                           2023: [L("cpi", 3, "%", 2023), L("gdp.growth", 5, "%", 2023)],
                           2024: [L("revenue", 2.85e13, "元", 2024), L("cpi", 3, "%", 2024),
                                  L("gdp.growth", 5, "%", 2024)]})
    assert by_check(run_checks(con).results, "missing_indicator") == {
        ("info", 2023, "revenue")}


def test_failed_or_empty_reports_do_not_make_everything_missing(tmp_path):
    con = build(tmp_path, {2022: [T("cpi", 3, "%", 2022)], 2023: [],
                           2024: [T("cpi", 3, "%", 2024)]})
    load_document(con, DocumentRecord("failed-2023", "中国", "政府", "政府工作报告", 2023,
                                      status="failed", error="broken"), None,
                  [T("gdp.growth", 5, "%", 2023)])
    assert by_check(run_checks(con).results, "missing_indicator") == set()


def test_regions_and_report_kinds_are_separate_series(tmp_path):
    con = build(tmp_path, {2022: [T("cpi", 3, "%", 2022)], 2024: [T("cpi", 3, "%", 2024)]})
    build(tmp_path, {2023: [T("gdp.growth", 5, "%", 2023), T("jobs.urban_new", 1e5, "人", 2023)]},
          con=con)
    build(tmp_path, {2023: [T("jobs.urban_new", 1e6, "人", 2023)]}, region="临江市", con=con)
    results = run_checks(con).results
    missing = by_check(results, "missing_indicator")
    # 临江市's 2023 report is no report of 中国's series: 中国 has no report there, so no gap
    assert {m[1:] for m in missing} == {(2023, "cpi"), (2024, "gdp.growth"), (2024, "jobs.urban_new")}
    assert by_check(results, "scale_error") == set()


# --- targets against actuals ---------------------------------------------------------------------

def test_target_missed_is_info_and_met_targets_are_not_reported(tmp_path):
    con = build(tmp_path, {
        2022: [T("gdp.growth", 5.5, "%", 2022, approx="approx"),
               T("jobs.urban_new", 1.1e7, "人", 2022, approx="at_least"),
               T("unemployment", 5.5, "%", 2022, approx="at_most")],
        2023: [A("gdp.growth", 3, "%", 2022), A("jobs.urban_new", 1.206e7, "人", 2022),
               A("unemployment", 5.6, "%", 2022),
               T("gdp.growth", 5, "%", 2023, approx="approx")],
        2024: [A("gdp.growth", 5.2, "%", 2023)],
    })
    frame = run_checks(con).results
    frame = frame[frame["check_name"] == "target_missed"]
    assert {(r.severity, int(r.year), r.canonical, r.value, r.previous_value)
            for r in frame.itertuples()} == {
        ("info", 2022, "gdp.growth", 3, 5.5),
        ("info", 2022, "unemployment", 5.6, 5.5),
    }


def test_a_target_beaten_on_its_better_side_is_met(tmp_path):
    con = connect(tmp_path / "w.duckdb")
    load_canonical_catalog(con, [
        {"id": "gdp.growth", "name": "GDP增长", "kind": "growth", "unit": "%", "better": "higher"},
        {"id": "cpi", "name": "居民消费价格涨幅", "kind": "growth", "unit": "%", "better": "lower"},
        {"id": "energy", "name": "能耗", "kind": "growth", "unit": "%", "better": "lower"},
        {"id": "unemployment", "name": "城镇调查失业率", "kind": "rate", "unit": "%"},
    ])
    build(tmp_path, {
        2022: [T("gdp.growth", 5.5, "%", 2022, approx="approx"),
               T("cpi", 3, "%", 2022, approx="approx"),
               T("energy", 2.5, "%", 2022, approx="approx", change="decrease"),
               T("unemployment", 5.5, "%", 2022, approx="approx")],
        2023: [A("gdp.growth", 8.1, "%", 2022),      # beat a growth target: met
               A("cpi", 0.9, "%", 2022),             # under a price ceiling: met
               A("energy", 2.7, "%", 2022, change="decrease"),  # cut more than asked: met
               A("unemployment", 4.2, "%", 2022)],   # no direction declared: off the band
    }, con=con)
    status = dict(con.execute(
        "SELECT canonical, status FROM target_vs_actual WHERE year = 2022").fetchall())
    assert status == {"gdp.growth": "met", "cpi": "met", "energy": "met", "unemployment": "missed"}
    con.execute("UPDATE canonical_indicators SET better = NULL")
    status = dict(con.execute(
        "SELECT canonical, status FROM target_vs_actual WHERE year = 2022").fetchall())
    assert set(status.values()) == {"missed"}


# --- within one document ---------------------------------------------------------------------------

def test_conflicting_values_in_one_report(tmp_path):
    con = build(tmp_path, {2024: [
        A("revenue", 1.13e11, "元", 2023),
        A("revenue", 1.13e11, "元", 2023),          # the same figure twice: fine
        A("revenue", 1.13e7, "元", 2023),           # 万 lost in the second mention
        A("unemployment", 5.2, "%", 2023),
        A("unemployment", 5.5, "%", 2023),          # year-end against average: a look
        T("unemployment", 5.5, "%", 2024),          # a target is another figure
    ]})
    frame = run_checks(con).results
    frame = frame[frame["check_name"] == "conflicting_values"]
    assert {(r.severity, r.canonical, r.value, r.previous_value) for r in frame.itertuples()} == {
        ("error", "revenue", 1.13e7, 1.13e11),
        ("warning", "unemployment", 5.5, 5.2),
    }


@pytest.mark.parametrize("spans, conflict", [(("2013-2022", "2018-2022"), False), (("2018-2022", "2018-2022"), True)])
def test_term_figures_conflict_only_over_the_same_span(tmp_path, spans, conflict):
    # 十年…年均增长6.2% and 五年年均增长5.2% end in the same year and are two figures
    con = build(tmp_path, {2023: [A("gdp.growth", 6.2, "%", 2022, period=spans[0], scope="term"),
                                  A("gdp.growth", 5.2, "%", 2022, period=spans[1], scope="term")]})
    assert bool(by_check(run_checks(con).results, "conflicting_values")) is conflict


def test_a_bound_agrees_with_figures_on_its_side(tmp_path):
    con = build(tmp_path, {2024: [
        A("revenue", 5.337e11, "元", 2023),
        A("revenue", 5e11, "元", 2023, approx="at_least"),   # 已突破5000亿元: agrees
        A("revenue", 4e11, "元", 2023, approx="at_most"),    # 不超过4000亿元: contradicts
    ]})
    frame = run_checks(con).results
    frame = frame[frame["check_name"] == "conflicting_values"]
    assert {(r.value, r.previous_value) for r in frame.itertuples()} == {(4e11, 5.337e11)}


def test_series_uses_the_first_row_by_seq(tmp_path):
    con = build(tmp_path, {2023: [A("laws", 10, "件", 2022)],
                           2024: [A("laws", 11, "件", 2023), A("laws", 100, "件", 2023)]})
    results = run_checks(con).results
    assert by_check(results, "scale_error") == set()
    # 11 and 100 do not share their digits: two figures under one id, not a lost scale word
    assert by_check(results, "conflicting_values") == {("warning", 2023, "laws")}


def test_conflict_is_a_scale_error_only_with_the_same_digits(tmp_path):
    con = build(tmp_path, {2024: [
        T("revenue", 1.62e12, "元", 2024, metric="财政赤字"),
        T("revenue", 1.7e11, "元", 2024, metric="中央财政赤字增加"),   # ×9.5: another figure
        T("revenue", 1.62e8, "元", 2024, metric="财政赤字"),          # 1.62亿: a lost 万
        T("laws", 11, "件", 2024), T("laws", 110, "件", 2024),         # 十 doubled
    ]})
    results = run_checks(con).results
    rows = results[results["check_name"] == "conflicting_values"]
    assert {(r.severity, r.canonical, r.value) for r in rows.itertuples()} == {
        ("warning", "revenue", 1.7e11), ("error", "revenue", 1.62e8), ("error", "laws", 110)}


# --- sane range ----------------------------------------------------------------------------------

def test_values_out_of_range(tmp_path):
    con = build(tmp_path, {2024: [
        A("unemployment", 55, "%", 2023),                        # rate above 100? no: 55 is fine
        A("unemployment", 120, "%", 2023, metric="失业率"),      # above 100
        A("gdp.growth", 52, "%", 2023),                           # catalogue max 30
        A("gdp.growth", 25, "%", 2023, change="decrease"),        # -25 below catalogue min -20
        A("unemployment", 1.5, "个百分点", 2023, change="decrease"),  # a change, not a level
        T("cpi", None, "%", 2024, low=2, high=180),               # a range's bound: growth has no max
        A("cpi", 120, "%", 2023, change="decrease"),              # -120: below -100
        T("energy", 2.5, "%", 2024, change="decrease"),           # min 0: the size of a decrease
        T("energy", 25, "%", 2024, change="decrease", metric="能耗"),  # above max 20
    ]})
    frame = run_checks(con).results
    frame = frame[frame["check_name"] == "value_out_of_range"]
    assert sorted((r.canonical, r.value) for r in frame.itertuples()) == [
        ("cpi", -120), ("energy", 25), ("gdp.growth", -25), ("gdp.growth", 52),
        ("unemployment", 120)]


def test_a_term_total_is_not_held_to_a_years_ceiling(tmp_path):
    con = build(tmp_path, {2024: [
        A("jobs.capped", 6.4e7, "人", 2023, period="2019-2023", scope="term"),   # five years' jobs
        A("jobs.capped", 6.4e7, "人", 2023),                                     # one year: too many
        A("unemployment", 120, "%", 2023, period="2019-2023", scope="term"),   # a rate stays a rate
    ]})
    frame = run_checks(con).results
    frame = frame[frame["check_name"] == "value_out_of_range"]
    assert sorted((r.canonical, r.value, r.severity) for r in frame.itertuples()) == [
        ("jobs.capped", 6.4e7, "error"), ("unemployment", 120, "error")]


# --- the runner ----------------------------------------------------------------------------------

def test_every_check_file_declares_a_severity_and_returns_the_contract_columns(tmp_path):
    con = build(tmp_path, national_series())
    for check in load_checks():
        header = check.sql.splitlines()[0]
        assert header.startswith("-- severity: "), check.name
        assert check.severity in {"error", "warning", "info"}
        cols = [d[0] for d in con.execute(check.sql).description]
        assert cols[:9] == ["region", "kind", "year", "metric", "canonical", "value",
                            "previous_value", "detail", "document_id"], check.name
        assert set(cols[9:]) <= {"severity"}, check.name


def test_run_checks_stores_a_new_run_and_keeps_old_ones(tmp_path):
    con = build(tmp_path, national_series())
    first = run_checks(con, run_id="run-1")
    second = run_checks(con, run_id="run-2")
    assert con.execute("SELECT count(*) FROM check_runs").fetchone()[0] == 2
    stored = con.execute("SELECT run_id, count(*) FROM check_results GROUP BY run_id "
                         "ORDER BY run_id").fetchall()
    assert stored == [("run-1", len(first.results)), ("run-2", len(second.results))]
    assert con.execute("SELECT errors, warnings, infos FROM check_runs WHERE run_id = 'run-2'"
                       ).fetchone() == (second.errors, second.warnings, second.infos)
    assert first.counts == {"error": 3, "warning": first.warnings, "info": first.infos}
    assert (first.results["detail"].str.len() > 0).all()


def test_latest_results_filters_and_puts_errors_first(tmp_path):
    con = build(tmp_path, national_series())
    run_checks(con, run_id="old")
    load_document(con, DocumentRecord("中国-政府工作报告-2024", "中国", "政府", "政府工作报告",
                                      2024), None, [*national_series()[2024], T("cpi", 3, "%", 2024)])
    run_checks(con, run_id="new")
    latest = latest_results(con)
    assert set(latest["run_id"]) == {"new"}
    order = list(latest["severity"])
    assert order == sorted(order, key=["error", "warning", "info"].index)
    assert set(latest_results(con, severity="error")["severity"]) == {"error"}
    assert set(latest_results(con, year=2025)["year"]) == {2025}
    assert latest_results(con, region="临江市").empty
    assert len(latest_results(con, severity=["error", "warning"])) == (
        (latest["severity"] != "info").sum())


def test_a_broken_check_is_reported_not_skipped(tmp_path):
    con = build(tmp_path, national_series())
    broken = Check("broken", "warning", "", "SELECT no_such_column FROM indicators")
    run = run_checks(con, checks=[broken])
    assert run.errors == 1
    assert "broken failed to run" in run.results.iloc[0]["detail"]


def test_parse_check_header(tmp_path):
    path = tmp_path / "my_check.sql"
    path.write_text("-- severity: Warning\n-- Something odd.\nSELECT 1\n", encoding="utf-8")
    check = parse_check(path)
    assert (check.name, check.severity, check.description) == ("my_check", "warning",
                                                               "Something odd.")
    path.write_text("-- no severity here\nSELECT 1\n", encoding="utf-8")
    assert parse_check(path).severity == "error"


def test_summary_markdown_lists_errors_first(tmp_path):
    run = run_checks(build(tmp_path, national_series()))
    text = summary_markdown(run.results, max_rows=1)
    assert text.index("## Errors (3)") < text.index("## Warnings") < text.index("## Infos")
    assert text.count("| scale_error |") == 2
    assert "more infos" in text
    assert "No check returned a row." in summary_markdown(run.results.iloc[0:0])


# --- generality: faults planted elsewhere than the national 2024 report -------------------------

def test_a_target_gone_from_a_series_of_two_reports_is_info(tmp_path):
    # nothing on the far side says whether the report lost it or stopped setting it
    con = build(tmp_path, {2023: [L("cpi", 3, "%", 2023), L("grain", 1.3e12, "斤", 2023),
                                  L("gdp.growth", 5, "%", 2023)],
                           2024: [L("grain", 1.3e12, "斤", 2024), L("gdp.growth", 5, "%", 2024)]})
    results = run_checks(con).results
    assert by_check(results, "missing_indicator") == {("info", 2024, "cpi")}


def test_second_report_without_any_target_does_not_lose_them_all(tmp_path):
    # the second report's targets were not read at all: not one error per target
    con = build(tmp_path, {2023: [T("cpi", 3, "%", 2023), T("grain", 1.3e12, "斤", 2023)],
                           2024: [A("grain", 1.39e12, "斤", 2023)]})
    assert by_check(run_checks(con).results, "missing_indicator") == {
        ("info", 2024, "cpi"), ("info", 2024, "grain")}


def test_target_vanished_between_figures_that_moved_within_gap_ratio(tmp_path):
    # 2.15万亿 → (gone) → 3.65万亿: ×1.7, still the same indicator around the gap
    con = build(tmp_path, {2019: [L("revenue", 2.15e12, "元", 2019), L("cpi", 3, "%", 2019),
                                  L("gdp.growth", 6, "%", 2019)],
                           2021: [L("cpi", 3, "%", 2021), L("gdp.growth", 6, "%", 2021)],
                           2022: [L("revenue", 3.65e12, "元", 2022), L("cpi", 3, "%", 2022),
                                  L("gdp.growth", 5.5, "%", 2022)]})
    assert by_check(run_checks(con).results, "missing_indicator") == {("error", 2021, "revenue")}


def test_standing_committee_count_series_ten_times(tmp_path):
    kind = "人大常委会工作报告"
    con = build(tmp_path, {2022: [A("renda.law_inspections", 6, "次", 2021)],
                           2023: [A("renda.law_inspections", 5, "次", 2022)],
                           2024: [A("renda.law_inspections", 60, "次", 2023)]},
                region="郑州市", kind=kind)
    results = run_checks(con).results
    rows = results[results["check_name"] == "scale_error"]
    assert [(r.severity, r.region, r.kind, int(r.year), r.value, r.previous_value)
            for r in rows.itertuples()] == [("error", "郑州市", kind, 2023, 60.0, 5.0)]
    assert by_check(results, "ratio_jump") == set()  # left to scale_error


def test_out_of_range_beside_an_in_range_figure_or_in_a_term_sentence_is_a_warning(tmp_path):
    con = build(tmp_path, {
        2016: [T("gdp.growth", 60, "%", 2016, metric="科技进步对经济增长的贡献率"),
               T("gdp.growth", None, "%", 2016, low=6.5, high=7, metric="国内生产总值"),
               T("gdp.growth", 70, "%", 2016, metric="国内生产总值")],  # same metric: a bad value
        2017: [T("gdp.growth", 6.5, "%", 2017),
               A("jobs.capped", 6.4e7, "人", 2016, evidence="五年来城镇新增就业6400万人"),
               A("jobs.capped", 5e7, "人", 2016, evidence="城镇新增就业5000万人")],
    })
    results = run_checks(con).results
    rows = results[results["check_name"] == "value_out_of_range"]
    assert {(r.severity, r.canonical, r.value) for r in rows.itertuples()} == {
        ("warning", "gdp.growth", 60.0), ("error", "gdp.growth", 70.0),
        ("warning", "jobs.capped", 6.4e7),
        ("error", "jobs.capped", 5e7)}
    # the series compares the in-range figure: 6.75% → 6.5%, no scale error
    assert by_check(results, "scale_error") == set()
    assert by_check(results, "conflicting_values") == {("warning", 2016, "gdp.growth"),
                                                       ("warning", 2016, "jobs.capped")}


def test_unit_switch_that_converts_is_a_warning(tmp_path):
    con = build(tmp_path, {2010: [A("grain", 5.3e8, "吨", 2009), A("laws", 47, "件", 2009)],
                           2012: [A("grain", 1.14e12, "斤", 2011), A("laws", 40, "部", 2011)],
                           2013: [A("grain", 1.18e12, "斤", 2012), A("laws", 41, "部", 2012),
                                  T("grain", 1.3e12, "吨", 2013)],
                           2014: [T("grain", 1.3e12, "斤", 2014)]})
    results = run_checks(con).results
    # 件 → 部 for laws names one count: no change at all
    assert by_check(results, "unit_changed") == {
        ("warning", 2011, "grain"),
        ("error", 2014, "grain")}  # 1.3万亿吨 is 2000x 1.3万亿斤: a unit that changed the figure


def test_unit_that_lost_the_canonical_id_is_a_unit_change(tmp_path):
    # the extractor leaves 城镇新增就业1100万人次 without an id: the series seems to lose it
    lost = Indicator(metric="城镇新增就业", value=1.1e7, unit="人次", modality="target",
                     period="2024", scope="annual", canonical=None)
    unitless = Indicator(metric="城镇新增就业", value=1e6, unit="", modality="target",
                         period="2024", scope="annual", canonical=None)  # 多100万: no unit
    con = build(tmp_path, {
        2023: [T("jobs.urban_new", 1.2e7, "人", 2023, metric="城镇新增就业")],
        2024: [lost, unitless, T("cpi", 3, "%", 2024)],
        2025: [T("jobs.urban_new", 1.2e7, "人", 2025, metric="城镇新增就业"),
               T("cpi", 2, "%", 2025)],
    })
    results = run_checks(con).results
    rows = results[results["check_name"] == "unit_changed"]
    assert [(r.severity, int(r.year), r.canonical, r.value, r.previous_value)
            for r in rows.itertuples()] == [("error", 2024, "jobs.urban_new", 1.1e7, 1.2e7)]
    # its report set only that one target before: no list to have lost it from
    assert by_check(results, "missing_indicator") == {("info", 2024, "jobs.urban_new")}


def test_second_figure_under_one_id_is_compared_with_its_own_metric(tmp_path):
    def deficits(year, total, local):
        return [T("revenue", total, "元", year, metric="财政赤字"),
                T("revenue", local, "元", year, metric="地方财政赤字")]
    con = build(tmp_path, {2014: deficits(2014, 1.35e12, 4e11),
                           2015: deficits(2015, 1.62e12, 5e12),   # 5000亿 written 50000亿
                           2016: deficits(2016, 2.18e12, 7.8e11),
                           2017: deficits(2017, 2.38e12, 8.3e11)})
    results = run_checks(con).results
    rows = results[results["check_name"] == "scale_error"]
    assert [(r.severity, int(r.year), r.metric, r.value, r.previous_value)
            for r in rows.itertuples()] == [("error", 2015, "地方财政赤字", 5e12, 4e11)]


def test_a_secondary_row_in_another_unit_is_a_unit_change(tmp_path):
    # 拟安排财政赤字9000亿美元 beside 中央财政赤字7000亿元: the series picks the 元 row, so the
    # 美元 row is never compared; the same metric was stated in 元 in the report before
    def deficits(year, total, central, total_unit="元"):
        return [T("revenue", total, total_unit, year, metric="拟安排财政赤字"),
                T("revenue", central, "元", year, metric="中央财政赤字")]
    con = build(tmp_path, {2010: deficits(2010, 1.05e12, 8.5e11),
                           2011: deficits(2011, 9e11, 7e11, total_unit="美元"),
                           2012: deficits(2012, 8e11, 5.5e11)})
    results = run_checks(con).results
    rows = results[results["check_name"] == "unit_changed"]
    assert [(r.severity, int(r.year), r.metric, r.value, r.previous_value)
            for r in rows.itertuples()] == [("error", 2011, "拟安排财政赤字", 9e11, 8e11)]


def test_a_secondary_row_stating_the_same_figure_in_another_unit(tmp_path):
    # 7.5% and 7.5个百分点 for one target in one report, never 个百分点 around it
    con = build(tmp_path, {
        2012: [T("gdp.growth", 7.5, "%", 2012, metric="国内生产总值")],
        2013: [T("gdp.growth", 7.5, "%", 2013, metric="国内生产总值"),
               T("gdp.growth", 7.5, "个百分点", 2013, metric="经济增长目标")],
        2014: [T("gdp.growth", 7.5, "%", 2014, metric="国内生产总值")]})
    results = run_checks(con).results
    rows = results[results["check_name"] == "unit_changed"]
    assert [(r.severity, int(r.year), r.metric, r.value, r.previous_value)
            for r in rows.itertuples()] == [("error", 2013, "经济增长目标", 7.5, 7.5)]


def test_a_second_unit_used_before_or_that_converts_is_no_fault(tmp_path):
    # trade in 元 and 美元, grain in 斤 and 吨: a unit the id also used in a neighbouring report
    # is not a fault; one it did not use is a warning when the figure converts to agree
    def year(y, grain_t=None, **extra):
        rows = [T("revenue", 4e13, "元", y, metric="进出口总额"),
                T("grain", 1.3e12, "斤", y, metric="粮食产量")]
        if extra.get("dollars"):
            rows.append(T("revenue", 6e12, "美元", y, metric="进出口总额"))
        if grain_t:
            rows.append(T("grain", grain_t, "吨", y, metric="粮食产量"))
        return rows
    con = build(tmp_path, {2020: year(2020, dollars=True),
                           2021: year(2021, dollars=True, grain_t=6.5e8),  # = 1.3万亿斤
                           2022: year(2022, dollars=True)})
    results = run_checks(con).results
    rows = results[results["check_name"] == "unit_changed"]
    assert sorted((r.severity, int(r.year), r.canonical, r.value, r.previous_value)
                  for r in rows.itertuples()) == [
        ("warning", 2021, "grain", 6.5e8, 1.3e12),
    ]


def test_a_secondary_row_in_a_unit_never_used_around_it_is_an_error(tmp_path):
    # 1.3万亿吨 beside 1.3万亿斤 (×2000 once converted): the figure changed with the unit
    con = build(tmp_path, {
        2020: [T("grain", 1.3e12, "斤", 2020, metric="粮食产量")],
        2021: [T("grain", 1.3e12, "斤", 2021, metric="粮食产量"),
               T("grain", 1.3e12, "吨", 2021, metric="粮食总产量")],
        2022: [T("grain", 1.3e12, "斤", 2022, metric="粮食产量")]})
    results = run_checks(con).results
    rows = results[results["check_name"] == "unit_changed"]
    assert [(r.severity, int(r.year), r.metric, r.value, r.previous_value)
            for r in rows.itertuples()] == [("error", 2021, "粮食总产量", 1.3e12, 1.3e12)]


# --- real series: what is no fault -------------------------------------------------------------

CATALOG_MORE = [
    {"id": "trade", "name": "货物进出口总额", "kind": "amount", "unit": "元"},
    {"id": "retail", "name": "社会消费品零售总额", "kind": "amount", "unit": "元"},
    {"id": "retail.growth", "name": "社会消费品零售总额增长", "kind": "growth", "unit": "%"},
    {"id": "deputies", "name": "选举代表", "kind": "count", "unit": "名"},
]


def more(tmp_path: Path, reports: dict[int, list[Indicator]]):
    con = connect(tmp_path / "w.duckdb")
    load_canonical_catalog(con, CATALOG + CATALOG_MORE)
    return build(tmp_path, reports, con=con)


@pytest.mark.parametrize("before, after, severity", [
    ((4877e8, "美元"), (2.75e12, "元"), "warning"),   # the report changed its currency of statement
    ((4877e8, "美元"), (2.75e10, "元"), "error"),     # …and lost a scale word as well
])
def test_a_currency_change_with_plausible_figures_is_a_warning(tmp_path, before, after, severity):
    con = more(tmp_path, {2015: [A("trade", *before, 2014)], 2016: [A("trade", *after, 2015)]})
    assert by_check(run_checks(con).results, "unit_changed") == {(severity, 2015, "trade")}


def test_people_counted_in_ren_or_ming_are_one_count(tmp_path):
    con = more(tmp_path, {2022: [A("deputies", 558, "名", 2021)], 2023: [A("deputies", 560, "人", 2022)]})
    assert by_check(run_checks(con).results, "unit_changed") == set()


def test_a_level_is_not_its_growth_in_another_unit(tmp_path):
    unmatched = Indicator(metric="社会消费品零售总额", value=4e11, unit="元", modality="actual",
                          period="2012", scope="annual", canonical=None)
    con = more(tmp_path, {2012: [A("retail.growth", 18, "%", 2011, metric="社会消费品零售总额")],
                          2013: [unmatched]})
    assert by_check(run_checks(con).results, "unit_changed") == set()


@pytest.mark.parametrize("gap, flagged", [(1, True), (3, True), (18, False)])
def test_a_power_of_ten_over_many_years_may_be_growth(tmp_path, gap, flagged):
    con = more(tmp_path, {2003: [T("retail", 773e8, "元", 2003)],
                          2003 + gap: [T("retail", 9500e8, "元", 2003 + gap)]})
    found = by_check(run_checks(con).results, "scale_error")
    assert bool(found) == flagged


@pytest.mark.parametrize("between, severity", [(False, "error"), (True, "info")])
def test_a_list_counts_only_where_it_is_stated_together(tmp_path, between, severity):
    # this year's list runs on into the next sentence (still the list, and it lost one), or its
    # targets are scattered over the report, other figures between them (no list lost one)
    other = "全年新增就业……"
    scattered = [A("grain", 1.37e12, "斤", 2022, evidence="去年粮食产量……")] if between else []
    con = build(tmp_path, {
        2022: [L("gdp.growth", 5, "%", 2022), L("cpi", 3, "%", 2022), L("unemployment", 5.5, "%", 2022)],
        2023: [L("gdp.growth", 5, "%", 2023), *scattered,
               T("unemployment", 5.5, "%", 2023, evidence=other)],
        2024: [L("gdp.growth", 5, "%", 2024), L("cpi", 3, "%", 2024), L("unemployment", 5.5, "%", 2024)],
    })
    assert by_check(run_checks(con).results, "missing_indicator") == {(severity, 2023, "cpi")}


# --- a figure's start and end contradict the change said ------------------------------------------

@pytest.mark.parametrize("start, verb, end, flagged", [
    ("11068亿元", "增加到", "2727.1亿元", True),    # a start value ×10: it cannot have risen
    ("1106.8亿元", "增加到", "2727.1亿元", False),
    ("2727.1亿元", "下降到", "11068亿元", True),
    ("2727.1亿元", "下降到", "1106.8亿元", False),
])
def test_a_from_to_figure_that_contradicts_its_verb(tmp_path, start, verb, end, flagged):
    text = f"收入从2010年的{start}{verb}2015年的{end}。"
    a, b = text.index(start), text.index(end)
    value = {s: float(s[:-2]) * 1e8 for s in (start, end)}
    rows = [A("revenue", value[start], "元", 2010, period="2010", evidence=text, evidence_offset=a),
            A("revenue", value[end], "元", 2015, period="2015", evidence=text, evidence_offset=b)]
    con = build(tmp_path, {2016: rows})
    found = by_check(run_checks(con).results, "from_to_contradicted")
    assert found == ({("error", 2015, "revenue")} if flagged else set())


@pytest.mark.parametrize("before, after, gap, flagged", [
    (4953e8, 70700e8, 1, True),    # 7070亿 read 70700亿: ×14 in a year, no power of ten
    (2860e8, 56840e8, 3, True),    # ×20 in three years: ×2.2 is the most growth explains
    (4953e8, 7070e8, 1, False),    # ×1.4: real growth
    (2860e8, 5684e8, 3, False),
])
def test_a_jump_beyond_any_real_growth_is_a_scale_error(tmp_path, before, after, gap, flagged):
    con = build(tmp_path, {2003: [A("revenue", before, "元", 2002)],
                           2003 + gap: [A("revenue", after, "元", 2002 + gap)]})
    assert bool(by_check(run_checks(con).results, "scale_error")) == flagged


@pytest.mark.parametrize("target, flagged", [(150, True), (65, True), (16, False), (30, False)])
def test_a_growth_target_far_beyond_its_series_is_a_scale_error(tmp_path, target, flagged):
    con = build(tmp_path, {2017: [T("gdp.growth", 8, "%", 2017)],
                           2019: [T("gdp.growth", target, "%", 2019)]})
    found = by_check(run_checks(con).results, "scale_error")
    assert bool(found) == flagged


def test_a_switch_back_after_a_plausible_currency_change_is_judged_on_its_own(tmp_path):
    # 3467亿美元 (2010), 2.75万亿元 (2015): a restatement in yuan; 2.63万亿美元 (2016) then is no
    # switch back from a fault, it is one
    con = more(tmp_path, {2016: [A("trade", 3467e8, "美元", 2010, period="2010"),
                                 A("trade", 2.75e12, "元", 2015)],
                          2017: [A("trade", 2.63e12, "美元", 2016)],
                          2018: [A("trade", 2.8e12, "元", 2017)]})
    assert ("error", 2016, "trade") in by_check(run_checks(con).results, "unit_changed")


def test_a_figure_restated_by_the_next_report_in_another_unit(tmp_path):
    con = more(tmp_path, {2025: [A("retail", 1e12, "元", 2024)],
                          2026: [A("retail", 1e12, "美元", 2024, metric="社会消费品零售总额")]})
    assert by_check(run_checks(con).results, "unit_changed") == {("error", 2024, "retail")}
