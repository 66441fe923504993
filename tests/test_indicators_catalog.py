from __future__ import annotations

import pytest

from extractors.indicators.catalog import DEFAULT_PATH, CatalogError, load_catalog, match


def test_default_catalogue_loads_with_unique_ids_and_required_entries():
    entries = load_catalog()
    ids = {e.id for e in entries}
    assert DEFAULT_PATH.name == "indicators.yaml"
    for needed in ("gdp.growth", "cpi.growth", "employment.urban_new", "unemployment.surveyed",
                   "unemployment.registered", "fiscal.revenue", "fiscal.revenue.growth",
                   "grain.output", "energy.intensity", "fiscal.deficit_ratio",
                   "income.per_capita_disposable", "trade.total", "renda.law_inspections",
                   "renda.inquiries", "renda.reports_heard", "renda.decisions",
                   "renda.appointments", "renda.deputies_bills", "renda.deputies_suggestions",
                   "renda.laws_made", "renda.laws_revised"):
        assert needed in ids


@pytest.mark.parametrize("metric, unit, change, expected", [
    ("国内生产总值", "%", "increase", "gdp.growth"),
    ("地区生产总值", "元", None, "gdp.level"),
    ("单位国内生产总值能耗", "%", "decrease", "energy.intensity"),
    ("城镇调查失业率", "%", None, "unemployment.surveyed"),
    ("粮食产量", "吨", None, "grain.output"),
    ("组织执法检查", "次", None, "renda.law_inspections"),
    ("打包修改条例等地方性法规", "件", None, "renda.laws_revised"),
    ("举办业务专题讲座", "期", None, None),
    ("城镇调查失业率", "个百分点", "decrease", None),
])
def test_match(metric, unit, change, expected):
    assert match(load_catalog(), metric, unit, change) == expected


def test_user_entries_extend_without_code(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("indicators:\n  - {id: x.trees, name: 植树, kind: count, unit: 株}\n",
                    encoding="utf-8")
    assert match(load_catalog(path), "义务植树", "株", None) == "x.trees"


def test_bad_catalogue_is_named(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("indicators:\n  - {id: x, name: y, kind: speed}\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="kind"):
        load_catalog(path)


def test_not_patterns_keep_shares_of_gdp_out_of_gdp():
    assert match(load_catalog(), "财政性教育经费支出占国内生产总值比例", "%", None) is None
