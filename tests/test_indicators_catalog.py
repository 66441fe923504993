from __future__ import annotations

import pytest

from extractors.indicators import extract_indicators
from extractors.indicators.catalog import DEFAULT_PATH, CatalogError, load_catalog, match
from extractors.model import Block, Document


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
    ("城镇调查失业率", "个百分点", None, "unemployment.surveyed"),  # same kind as %
    ("城镇调查失业率", "个百分点", "decrease", None),  # a change of the rate, not the rate
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
    path.write_text("indicators:\n  - {id: x, name: y, kind: rate, better: up}\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="better 'up'"):
        load_catalog(path)


def test_not_patterns_keep_shares_of_gdp_out_of_gdp():
    assert match(load_catalog(), "财政性教育经费支出占国内生产总值比例", "%", None) is None
    # A contribution to growth is a share of it, not the growth rate.
    assert match(load_catalog(), "科技进步对经济增长的贡献率", "%", None) is None


# Standing-committee reports of other cities word the same work differently: each sentence is
# written for this test (not taken from the corpus) and must map to the same canonical ids.
STANDING_COMMITTEE_STYLES = [
    ("一年来，常委会共召开常委会会议8次、主任会议24次，听取审议专项工作报告12个。",
     [(8, "次", "renda.committee_sessions"), (24, "次", "renda.council_meetings"),
      (12, "个", "renda.reports_heard")]),
    ("检查6部法律法规实施情况，开展专题询问2次。",
     [(6, "部", "renda.law_inspections"), (2, "次", "renda.inquiries")]),
    ("常委会组织对食品安全法、大气污染防治条例等4部法律法规开展执法检查。",
     [(4, "部", "renda.law_inspections")]),
    ("审查批准2023年市级决算，审查备案规范性文件86件。", [(86, "件", "renda.filing_reviews")]),
    ("全年任免国家机关工作人员132人次，依法任命人员58名。",
     [(132, "人次", "renda.appointments"), (58, "名", "renda.appointments")]),
    ("办理代表建议、批评和意见456件，办结率100%，代表满意率98.5%。",
     [(456, "件", "renda.deputies_suggestions"), (100, "%", "renda.suggestions_closed_rate"),
      (98.5, "%", "renda.deputies_satisfaction")]),
    ("制定地方性法规5件，修正3件，废止2件，批准县级单行条例1件。",
     [(5, "件", "renda.laws_made"), (3, "件", "renda.laws_revised"),
      (2, "件", "renda.laws_repealed"), (1, "件", "renda.laws_approved")]),
    ("本届以来，共审议法规草案38件，表决通过地方性法规31件。",
     [(38, "件", "renda.bills_reviewed"), (31, "件", "renda.laws_made")]),
    ("组织市人大代表视察调研活动36次。", [(36, "次", "renda.deputy_inspections")]),
    ("交办代表议案3件、建议689件，已全部办结。",
     [(3, "件", "renda.deputies_bills"), (689, "件", "renda.deputies_suggestions")]),
    ("新建代表联络站45个，受理群众来信来访1563件次。",
     [(45, "个", "renda.deputy_stations"), (1563, "件次", "renda.petitions")]),
]


@pytest.mark.parametrize("text, expected", STANDING_COMMITTEE_STYLES)
def test_standing_committee_wordings_map(text, expected):
    doc = Document("t", 1, [Block("paragraph", text, 1)])
    got = [(r.value, r.unit, r.canonical) for r in extract_indicators(doc, year=2024)]
    assert got == expected


def test_own_rules_and_study_sessions_are_no_renda_output():
    doc = Document("t", 1, [Block("paragraph", "集中修订常委会会议议事规则等工作制度15项，"
                                  "主任会议、常委会会议开展学习180次。", 1)])
    assert [r.canonical for r in extract_indicators(doc, year=2024)] == [None, None]


@pytest.mark.parametrize("sentence, unit, canonical", [
    ("进出口总额3.6万亿美元。", "美元", "trade.total"),       # any currency for an amount
    ("一般公共预算收入20万亿美元。", "美元", "fiscal.revenue"),
    ("粮食产量5.3亿吨。", "吨", "grain.output"),
    ("粮食总产量4000亿公斤。", "公斤", "grain.output"),        # any mass for output
    ("城镇新增就业1100万人次。", "人次", "employment.urban_new"),  # a count of people
    ("国内生产总值增长5个百分点。", "个百分点", "gdp.growth"),     # % and points share a kind
    ("一般公共预算收入增长5.2%。", "%", "fiscal.revenue.growth"),  # level and growth stay apart
    ("一般公共预算收入1130.7亿元。", "元", "fiscal.revenue"),
    ("进出口总额增长1倍。", "倍", None),                     # 倍 is no kind of %
    ("集中修订常委会会议议事规则15项。", "项", None),        # items are no count of sessions
    ("人均国内生产总值1000美元。", "美元", "gdp.per_capita"),
])
def test_a_unit_of_the_same_kind_keeps_the_id(sentence, unit, canonical):
    doc = Document("t", 1, [Block("paragraph", sentence, 1)])
    (row,) = extract_indicators(doc, year=2024)
    assert (row.unit, row.canonical) == (unit, canonical)


@pytest.mark.parametrize("measure, whole", [("贷款余额", "loans.balance"), ("存款余额", "deposits.balance")])
@pytest.mark.parametrize("prefix, part", [
    ("", False), ("金融机构本外币", False), ("全市金融机构各项人民币", False), ("各项", False),
    ("住户", True), ("制造业", True), ("普惠小微", True), ("涉农", True), ("非金融企业及机关团体", True),
    ("城乡居民储蓄", True),
])
def test_a_kind_of_loan_or_deposit_is_a_part_of_the_balance(measure, whole, prefix, part):
    assert match(load_catalog(), prefix + measure, "元", None) == (None if part else whole)


@pytest.mark.parametrize("metric, unit, expected", [
    ("国家财政收入", "元", "fiscal.revenue"), ("我国年进出口总额", "美元", "trade.total"),
    ("实际利用外商直接投资", "美元", "fdi.actual"), ("全市实际使用外商直接投资", "美元", "fdi.actual"),
    ("前海实际利用外商直接投资", "美元", None),
])
def test_the_nations_and_the_years_words_name_the_whole(metric, unit, expected):
    assert match(load_catalog(), metric, unit, None) == expected


@pytest.mark.parametrize("metric, change, expected", [
    ("农村贫困人口", "decrease", "poverty.reduction"), ("农村贫困人口实现脱贫", None, "poverty.reduction"),
    ("再减少农村贫困人口", None, "poverty.reduction"), ("农村贫困人口", None, None),
])
def test_a_reduction_is_the_change_not_the_level(metric, change, expected):
    assert match(load_catalog(), metric, "人", change) == expected


@pytest.mark.parametrize("metric, unit, expected", [
    ("中央提出今年经济增长预期目标", "%", "gdp.growth"), ("国务院确定今年经济增长预期目标", "%", "gdp.growth"),
    ("中央财政收入", "元", None), ("中央经济增长", "%", None),
])
def test_who_sets_a_figure_is_no_part_of_the_region(metric, unit, expected):
    assert match(load_catalog(), metric, unit, None) == expected


@pytest.mark.parametrize("metric, expected", [
    ("减税降费", "tax.cuts"), ("新增减税降费", "tax.cuts"), ("再为企业和个人减税", "tax.cuts"), ("降费", None),
    ("增值税留抵退税", None), ("超长期特别国债", "bonds.special_treasury"), ("拟发行特别国债", None),
])
def test_parts_of_the_tax_cuts_and_other_bonds_are_not_them(metric, expected):
    assert match(load_catalog(), metric, "元", None) == expected


@pytest.mark.parametrize("metric", ["办理市人大代表议案建议", "办理代表议案和建议", "代表议案、建议"])
def test_bills_and_suggestions_counted_together_are_neither(metric):
    assert match(load_catalog(), metric, "件", None) is None


@pytest.mark.parametrize("metric, expected", [
    ("全省银行业存款余额", "deposits.balance"), ("我市金融机构存款余额", "deposits.balance"),
    ("外币贷款余额", None), ("本外币贷款余额", "loans.balance"), ("减税降费及留抵退税", "tax.cuts"),
])
def test_only_a_kind_named_before_the_balance_makes_a_part(metric, expected):
    assert match(load_catalog(), metric, "元", None) == expected


@pytest.mark.parametrize("kind, canonical", [("城镇", "income.urban_per_capita_disposable"),
                                             ("农村", "income.rural_per_capita_disposable")])
def test_a_households_income_per_head_is_the_residents(kind, canonical):
    assert match(load_catalog(), f"{kind}居民家庭人均可支配收入", "元", None) == canonical
