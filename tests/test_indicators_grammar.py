"""One test per grammar rule and per exclusion of ../shared/INDICATORS.md, from short sentences."""

from __future__ import annotations

import pytest

from extractors.indicators import extract_indicators
from extractors.model import Block, Document


def read(text: str, *, heading: str | None = None, year: int | None = 2024) -> list:
    blocks = [Block("heading", heading, 1, level=1)] if heading else []
    blocks.append(Block("paragraph", text, 1))
    return extract_indicators(Document("t", 1, blocks), year=year)


def one(text: str, **kw):
    rows = read(text, **kw)
    assert len(rows) == 1, [(r.metric, r.value, r.unit) for r in rows]
    return rows[0]


@pytest.mark.parametrize("text, value, unit, approx, metric", [
    ("举办业务专题讲座28期。", 28, "期", None, "举办业务专题讲座"),
    ("举办常委会组成人员、机关干部履职能力提升班 5期。", 5, "期", None,
     "举办常委会组成人员、机关干部履职能力提升班"),
    ("培训2200余人次。", 2200, "人次", "over", "培训"),
    ("累计线上线下接待群众 7万余人次。", 70000, "人次", "over", "线上线下接待群众"),
    ("代表提出的 57件议案全部得到审议办理。", 57, "件", None, "议案"),
    ("城镇新增就业12.3万人。", 123000, "人", None, "城镇新增就业"),
    ("每万人口高价值发明专利拥有量达到12件。", 12, "件", None, "高价值发明专利拥有量"),
    ("粮食产量1.3万亿斤以上。", 1.3e12, "斤", "at_least", "粮食产量"),
    ("近3亿元用于改造。", 3e8, "元", "below", ""),
    ("逾千家企业受益。", 1000, "家", "at_least", "企业"),
    ("增长百分之五点二。", 5.2, "%", None, ""),
    ("城镇登记失业率4.5%以内。", 4.5, "%", "at_most", "城镇登记失业率"),
    ("解决群众反映问题28,579件。", 28579, "件", None, "群众反映问题"),
])
def test_single_quantity(text, value, unit, approx, metric):
    row = one(text)
    assert row.value == pytest.approx(value)
    assert (row.unit, row.approx) == (unit, approx)
    assert metric in row.metric


def test_total_words_are_not_part_of_the_metric():
    assert one("共制定地方性法规10件。").metric == "制定地方性法规"
    assert not one("累计接待群众500人次。").metric.startswith("累计")


def test_later_verbs_inherit_the_object():
    rows = read("共制定和修订地方性法规10件，修改33件次，废止12件。")
    assert [(r.value, r.unit) for r in rows] == [(10, "件"), (33, "件次"), (12, "件")]
    assert [r.metric for r in rows] == ["制定和修订地方性法规", "修改地方性法规", "废止地方性法规"]


def test_list_shares_the_verb():
    rows = read("开展执法检查 22次、专题询问9次、专项工作评议20次。")
    assert [r.value for r in rows] == [22, 9, 20]
    assert [r.metric for r in rows] == ["开展执法检查", "开展专题询问", "开展专项工作评议"]


def test_list_shares_the_verb_after_an_adverb():
    rows = read("依法选举产生新一届市人大代表 558名、县级人大代表 3634名。")
    assert [(r.value, r.unit) for r in rows] == [(558, "名"), (3634, "名")]
    assert rows[1].metric == "依法选举产生县级人大代表"


def test_level_then_change_on_the_same_metric():
    level, growth = read("一般公共预算收入1130.7亿元、增长5.2%。")
    assert (level.value, level.unit, level.change) == (pytest.approx(113070000000), "元", None)
    assert (growth.value, growth.unit, growth.change) == (5.2, "%", "increase")
    assert growth.metric == level.metric == "一般公共预算收入"
    assert (level.canonical, growth.canonical) == ("fiscal.revenue", "fiscal.revenue.growth")


def test_target_with_approx_after():
    row = one("国内生产总值增长6.5%左右。", heading="主要预期目标")
    assert (row.value, row.unit, row.approx, row.change) == (6.5, "%", "approx", "increase")
    assert (row.metric, row.modality, row.period) == ("国内生产总值", "target", "2024")
    assert row.canonical == "gdp.growth"


def test_points_are_not_percent():
    row = one("城镇调查失业率下降1.5个百分点。")
    assert (row.value, row.unit, row.change) == (1.5, "个百分点", "decrease")
    # a change of the rate is not the rate (城镇化率比上年末提高0.81个百分点 beside 55.98%)
    assert row.canonical is None


@pytest.mark.parametrize("text, low, high", [
    ("增长6%－6.5%。", 6, 6.5), ("增长6.5%-7%。", 6.5, 7), ("增长4.5%至5%。", 4.5, 5),
    ("增长6-6.5%。", 6, 6.5),
])
def test_ranges(text, low, high):
    row = one(text)
    assert (row.value, row.low, row.high, row.unit) == (None, low, high, "%")


def test_adjacent_chinese_digits_are_a_range():
    row = one("吸纳五六百人就业。")
    assert (row.low, row.high, row.unit) == (500, 600, "人")


@pytest.mark.parametrize("text, unit", [("建成十几个示范点。", "个"), ("出台数十项措施。", "项")])
def test_vague_quantities(text, unit):
    row = one(text)
    assert (row.value, row.low, row.high, row.approx, row.unit) == (None, None, None, "approx", unit)


def test_multiples():
    assert (one("出口增长1.5倍。").value, one("出口增长1.5倍。").unit) == (1.5, "倍")
    row = one("居民收入翻一番。")
    assert (row.value, row.unit) == (2, "倍")


def test_deficit_ratio_target():
    row = one("赤字率拟按3%安排。", year=2023)
    assert (row.value, row.unit, row.approx, row.modality, row.period) == (3, "%", None, "target",
                                                                           "2023")
    assert "赤字率" in row.metric and row.canonical == "fiscal.deficit_ratio"


def test_full_width_comma_splits_numbers():
    rows = read("解决问题28，579件。")
    assert [(r.value, r.unit) for r in rows] == [(579, "件")]


def test_respectively_pairs_subjects_with_numbers():
    a, b = read("城镇居民人均可支配收入和农村居民人均纯收入分别实际增长7.7%和6.8%。")
    assert (a.metric, a.value) == ("城镇居民人均可支配收入", 7.7)
    assert (b.metric, b.value) == ("农村居民人均纯收入", 6.8)
    assert a.change == b.change == "increase"


@pytest.mark.parametrize("text", [
    "郑州市第十六届人民代表大会第一次会议举行第二次全体会议。",  # ordinals
    "按照市委十二届三次全会部署。",  # session numbers
    "实施“十四五”规划，贯彻党的二十大精神。",  # plan and congress names
    "1月5日上午，2023年是开局之年。",  # dates and years as time
    "连续三年开展视察。",  # durations
    "共建“一带一路”，对标“四个机关”定位。",  # quoted slogans
    "对标四个机关定位，市县两级联动。",  # unquoted set phrases
    "根据〔2023〕5号文件。",  # document numbers
    "建设5G基站，PM2.5浓度下降。",  # names with digits
    "拨打12345热线。",  # phone numbers
    "出台《三项制度实施办法》。",  # titles
    "作出在全市开展第八个五年法治宣传教育的决议。",
    "推动一大批问题得到解决，打造一支人大工作队伍。",  # articles, not counts
    "千家万户受益，每万人口拥有量提高。",  # bare position words
])
def test_exclusions(text):
    assert read(text) == []
