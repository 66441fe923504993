"""Classes of real local-report wording (issue 9), each rule tested over several instances."""

from __future__ import annotations

import re

import pytest

from extractors.indicators import extract_indicators, own_regions
from extractors.model import Block, Document


def rows(text: str, heading: str = "一、2023年工作回顾", year: int = 2024):
    doc = Document("t", 1, [Block("heading", heading, 1, level=1), Block("paragraph", text, 1)])
    return extract_indicators(doc, year=year)


@pytest.mark.parametrize("qualifier", ["每平方公里土地", "人均", "万元GDP", "单位GDP"])
@pytest.mark.parametrize("noun, unit", [("生产总值", "亿元"), ("财政收入", "万元")])
def test_a_qualified_figure_never_takes_the_totals_id(qualifier, noun, unit):
    (r,) = rows(f"{qualifier}{noun}达到2.5{unit}。")
    assert r.canonical not in ("gdp.level", "fiscal.revenue")


@pytest.mark.parametrize("qualifier", ["每平方公里土地", "万元GDP"])
def test_a_lists_first_subject_lends_its_qualifier(qualifier):
    out = rows(f"{qualifier}水耗、电耗分别下降6%和8.7%。")
    assert [r.metric for r in out] == [f"{qualifier}水耗", f"{qualifier}电耗"]


@pytest.mark.parametrize("sentence", ["居民消费价格指数为102%。", "居民消费价格总指数控制在103%左右。"])
def test_a_price_index_is_not_a_growth(sentence):
    (r,) = rows(sentence)
    assert r.canonical == "cpi.index"


def test_an_index_that_rises_is_a_growth():
    (r,) = rows("居民消费价格指数上涨2.1%。")
    assert r.canonical == "cpi.growth"


@pytest.mark.parametrize("part", ["前海", "海洋", "跨境电商", "一般贸易", "深汕特别合作区", "服务贸易"])
@pytest.mark.parametrize("whole, value", [("地区生产总值", "2000亿元"), ("进出口总额", "1500亿元")])
def test_a_part_of_the_whole_keeps_its_own_metric(part, whole, value):
    (r,) = rows(f"{part}{whole}{value}。")
    assert r.canonical not in ("gdp.level", "trade.total")


@pytest.mark.parametrize("lead", ["", "全市", "本市", "全年实现", "我市"])
def test_the_whole_with_its_own_words_keeps_the_id(lead):
    (r,) = rows(f"{lead}地区生产总值3.2万亿元。")
    assert r.canonical == "gdp.level"


def test_the_reports_own_region_is_the_whole():
    text = "深圳市人民政府。深圳质量。深圳标准。深圳速度。深圳经济总量达3.2万亿元。前海经济总量达2000亿元。"
    doc = Document("t", 1, [Block("heading", "一、2023年工作回顾", 1, level=1),
                            Block("paragraph", text, 1)])
    assert own_regions(doc) == ("深圳市", "深圳")
    out = extract_indicators(doc, year=2024)
    assert [r.canonical for r in out] == ["gdp.level", None]


def test_revenue_raised_in_the_area_is_not_the_local_budget():
    out = rows("辖区公共财政收入7238.8亿元，地方一般公共预算收入2727.1亿元，分别增长30.4%和30.9%。")
    assert [(r.canonical, r.value) for r in out] == [
        ("fiscal.revenue.area_total", 723880000000.0), ("fiscal.revenue", 272710000000.0),
        ("fiscal.revenue.area_total.growth", 30.4), ("fiscal.revenue.growth", 30.9)]


@pytest.mark.parametrize("joiner", ["、", "和"])
@pytest.mark.parametrize("word", ["均", "都"])
def test_each_subject_reached_the_one_figure(joiner, word):
    out = rows(f"固定资产投资{joiner}社会消费品零售总额{word}超过1万亿元。")
    assert [(r.metric, r.value) for r in out] == [("固定资产投资", 1e12), ("社会消费品零售总额", 1e12)]


@pytest.mark.parametrize("scale, factor", [("亿元", 1e8), ("万元", 1e4), ("万人", 1e4)])
def test_listed_figures_share_the_last_ones_unit(scale, factor):
    out = rows(f"三项支出分别为68.6、29.2、34.2{scale}。")
    assert [r.value for r in out] == pytest.approx([68.6 * factor, 29.2 * factor, 34.2 * factor])
    assert len({r.unit for r in out}) == 1


@pytest.mark.parametrize("start, end, unit", [("18", "33", "家"), ("2.83万亿", "3.87万亿", "元")])
def test_a_change_from_a_to_b_keeps_a_with_its_own_year(start, end, unit):
    out = rows(f"高新技术企业从{start}{unit}增至{end}{unit}。")
    assert [(r.metric, r.period) for r in out] == [("高新技术企业", "2022"), ("高新技术企业", "2023")]
    out = rows(f"地区生产总值从2020年的{start}{unit}提高到2023年的{end}{unit}，年均增长5.5%。")
    # (the average growth runs over the years the sentence names)
    assert [(r.metric, r.period) for r in out] == [("地区生产总值", "2020"), ("地区生产总值", "2023"),
                                                   ("地区生产总值", "2021-2023")]


@pytest.mark.parametrize("text, unit", [
    ("最低工资标准提高到2360元/月。", "元/月"),
    ("出租车起步价为10元/公里。", "元/公里"),
    ("PM2.5平均浓度为27微克/立方米。", "微克/立方米"),
    ("企业开办时间压缩至3个工作日。", "工作日"),
    ("检查企业1200家次。", "家次"),
])
def test_rate_units_keep_their_denominator(text, unit):
    (r,) = rows(text)
    assert r.unit == unit


@pytest.mark.parametrize("text", ["三次产业比例为1:52:47。", "优化三次产业结构。"])
def test_three_sectors_is_no_count_of_occasions(text):
    assert [r for r in rows(text) if r.unit == "次"] == []


@pytest.mark.parametrize("text, value, approx", [
    ("固定资产投资近万亿元。", 1e12, "below"),
    ("社会消费品零售总额连续2年破万亿元。", 1e12, "at_least"),
    ("一般公共预算收入连续五年均保持在万亿元以上。", 1e12, "at_least"),
    ("税收收入突破一万亿元。", 1e12, "at_least"),
])
def test_a_bare_position_word_with_an_approximator_is_one_of_it(text, value, approx):
    (r,) = rows(text)
    assert (r.value, r.approx) == (value, approx)


@pytest.mark.parametrize("lead", ["增速达", "增幅为", "同口径增长", "按可比价格计算增长"])
def test_a_growth_after_a_level_is_the_same_metric(lead):
    out = rows(f"固定资产投资4078.2亿元，{lead}23.6%。")
    assert [r.metric for r in out] == ["固定资产投资", "固定资产投资"]
    assert out[1].canonical == "investment.fixed_assets.growth"


@pytest.mark.parametrize("text, metric", [
    ("加上上年结余82.19亿元。", "上年结余"),
    ("上年结转216万元。", "上年结转"),
    ("收入总计624.65亿元。", "收入总计"),
    ("支出合计4238万元。", "支出合计"),
])
def test_budget_lines_keep_their_own_names(text, metric):
    (r,) = rows(text)
    assert r.metric.endswith(metric)


@pytest.mark.parametrize("noun", ["建设北方重要生态安全屏障支出", "市本级"])
def test_a_share_after_a_figure_is_that_figures_share(noun):
    out = rows(f"{noun}26.81亿元、占14.08%。")
    assert [r.metric for r in out] == [noun, noun + "占比"]


@pytest.mark.parametrize("lead, a, b", [("市本级一般公共预算", "总收入", "总支出"),
                                       ("市本级政府性基金预算", "总收入", "总支出")])
def test_subjects_changed_together_keep_both(lead, a, b):
    out = rows(f"{lead}{a}和{b}均由258.54亿元增加到278.69亿元。")
    assert [(r.metric, r.period) for r in out] == [
        (lead + a, "2022"), (lead + b, "2022"), (lead + a, "2023"), (lead + b, "2023")]


@pytest.mark.parametrize("chain", ["9方面23项48条", "3类146项"])
def test_stacked_counts_count_one_noun(chain):
    out = rows(f"明确{chain}工作举措。")
    assert len(out) == len(re.findall(r"\d+", chain)) and all(
        r.metric.endswith("工作举措") for r in out)


@pytest.mark.parametrize("text, value", [("支持百余个重大工程项目建设。", 100), ("培训千余人次。", 1000)])
def test_a_position_word_with_yu_is_over_it(text, value):
    (r,) = rows(text)
    assert (r.value, r.approx) == (value, "over")


@pytest.mark.parametrize("text", ["完成500个小区二次供水设施提标改造。", "推动产业二次创业。",
                                  "全面开工轨道交通五期、西丽高铁枢纽。", "同步推进三期12个在建项目。",
                                  "排名前15位的零售企业实现较快增长。"])
def test_phases_ranks_and_secondary_are_no_counts(text):
    assert [r.unit for r in rows(text)] in ([], ["个"])


def test_a_count_of_sessions_keeps_its_verb():
    (r,) = rows("举办三期培训班。")
    assert (r.value, r.unit) == (3, "期")


@pytest.mark.parametrize("items, head", [("集成电路、工业机器人、智能手机", "产量"),
                                         ("化学需氧量、氨氮、二氧化硫", "排放量")])
def test_a_lists_last_subject_shares_its_head(items, head):
    n = items.count("、") + 1
    figures = "、".join(f"{k + 5}.5%" for k in range(n))
    out = rows(f"{items}{head}分别增长{figures}。")
    assert [r.metric for r in out] == [f"{x}{head}" for x in items.split("、")]


@pytest.mark.parametrize("threshold", ["营业收入超五百亿元企业", "超10亿元重大产业项目"])
def test_an_amount_sizing_the_things_counted_is_part_of_their_name(threshold):
    out = rows(f"{threshold}达22家。")
    assert [(r.metric, r.value) for r in out] == [(threshold, 22)]


@pytest.mark.parametrize("noun", ["国家级高新技术企业", "境内外上市企业"])
def test_a_total_after_a_count_is_that_things_total(noun):
    out = rows(f"{noun}新增3000家以上、总量超过1.4万家。")
    assert out[1].metric == noun + "总量"


@pytest.mark.parametrize("verb, change", [("压缩", "decrease"), ("缩短", "decrease"), ("增速为", "increase")])
def test_more_change_words(verb, change):
    (r,) = rows(f"审批时间{verb}30%。")
    assert r.change == change


@pytest.mark.parametrize("text, unit", [("高技能人才达166.5万。", "人"), ("全年可节电14.8亿度。", "千瓦时"),
                                        ("港口集装箱吞吐量3300万标箱以上。", "标箱")])
def test_implied_and_trade_units(text, unit):
    (r,) = rows(text)
    assert r.unit == unit


@pytest.mark.parametrize("word", ["及时", "共享", "并购"])
def test_a_word_starting_with_a_function_character_keeps_it(word):
    (r,) = rows(f"{word}出台政策措施30条。")
    assert r.metric.startswith(word)


def test_a_year_leading_a_plans_sentence_is_its_year():
    out = rows("2005年人口总规模控制在480万人以内。", heading="二、“十五”时期的奋斗目标", year=2001)
    assert [(r.modality, r.period) for r in out] == [("target", "2005")]


def test_a_communique_reports_its_title_years_actuals():
    doc = Document("t", 1, [Block("heading", "2025年焦作市国民经济和社会发展", 1, level=1),
                            Block("heading", "统计公报", 1, level=1),
                            Block("heading", "一、综合", 1, level=2),
                            Block("paragraph", "全年全市地区生产总值2479.6亿元，同比增长6.5%。", 1)])
    out = extract_indicators(doc, year=2025)  # the catalogue may give either year
    assert [(r.modality, r.period, r.canonical) for r in out] == [
        ("actual", "2025", "gdp.level"), ("actual", "2025", "gdp.growth")]


@pytest.mark.parametrize("text", ["粮食产量减少7700吨。", "一般公共预算收入增加50亿元。"])
def test_a_change_of_a_level_is_not_the_level(text):
    (r,) = rows(text)
    assert r.canonical is None and r.change is not None


@pytest.mark.parametrize("text, metrics", [
    ("人工智能、机器人、低空与空天产业集群增加值分别增长12.7%、15.9%、26.4%。",
     ["人工智能产业集群增加值", "机器人产业集群增加值", "低空与空天产业集群增加值"]),
    ("新能源汽车、光伏产品、家电出口分别增长48.8%、15.4%、20.5%。",
     ["新能源汽车出口", "光伏产品出口", "家电出口"]),
    ("普惠小微贷款、制造业贷款、绿色贷款分别增长12.4%、6.1%、18.3%。",
     ["普惠小微贷款", "制造业贷款", "绿色贷款"]),
])
def test_list_items_pair_with_their_figures(text, metrics):
    assert [r.metric for r in rows(text)] == metrics


@pytest.mark.parametrize("text, metric", [
    ("华为等4家本土企业进入世界500强。", "本土企业"),
    ("西丽湖国际科教城建设取得新进展，5所高校79门课程实现开放互选。", "高校"),
    ("新设外资企业8002家、增长86.6%、占全国14.9%。", "新设外资企业占全国"),
    ("全社会固定资产投资力争增长8.0%。", "全社会固定资产投资"),
])
def test_metric_words(text, metric):
    out = rows(text)
    assert metric in out[-1].metric and not out[-1].metric.endswith("力争")


def test_a_reduction_named_by_its_rate():
    out = rows("再减少审批核准事项277项，减幅达38%。")
    assert (out[1].metric, out[1].change) == ("再减少审批核准事项", "decrease") or out[1].change == "decrease"


@pytest.mark.parametrize("filler", ["甲", "，甲"])
def test_evidence_is_bounded_and_points_at_its_figure(filler):
    text = filler * 3000 + "城镇新增就业1200万人以上" + filler * 3000 + "。"
    (r,) = rows(text)
    assert len(r.evidence) <= 300
    assert r.evidence[r.evidence_offset:].startswith("1200万人以上")


@pytest.mark.parametrize("text, metric, canonical", [
    ("其中地方财政一般预算收入达到880.8亿元。", "地方财政一般预算收入", "fiscal.revenue"),
    ("实际外商直接投资额52.3亿美元。", "实际外商直接投资额", "fdi.actual"),
    ("到2005年进出口总额超过850亿美元。", "进出口总额", "trade.total"),
    ("最低生活保障标准从每月450元提高到510元。", "最低生活保障标准", None),
])
def test_names_and_prefixes_of_real_reports(text, metric, canonical):
    r = rows(text)[-1]
    assert (r.metric, r.canonical) == (metric, canonical)


def test_a_qualifier_is_shared_before_a_head():
    out = rows("万元GDP能耗、水耗、建设用地、二氧化碳排放量分别下降19.5%、43%、29%、21%。")
    assert [r.metric for r in out][:2] == ["万元GDP能耗", "万元GDP水耗"]


@pytest.mark.parametrize("noun", ["境内外上市公司", "三甲医院"])
def test_a_running_total_after_a_count(noun):
    out = rows(f"新增{noun}42家，累计535家。")
    assert out[1].metric == noun + "累计"


@pytest.mark.parametrize("text", ["60岁以上老人免费乘坐公交地铁。", "为65岁以上老年人提供服务。"])
def test_an_age_bound_is_no_figure(text):
    assert rows(text) == []


def test_subjects_of_an_earlier_clause_pair_with_figures_and_their_changes():
    out = rows("工业增加值、地方财政一般预算收入跃上新台阶，分别为4050亿元、1106.8亿元，增长88%、168%。")
    # the last subject keeps the clause's predicate (…收入跃上新台阶): it still names the figure
    expected = [("工业增加值", "元"), ("地方财政一般预算收入", "元"), ("工业增加值", "%"),
                ("地方财政一般预算收入", "%")]
    assert [(r.metric.startswith(m), r.unit) for r, (m, _) in zip(out, expected, strict=True)] == [
        (True, u) for _, u in expected]


@pytest.mark.parametrize("text, unit", [("全市人才总量超719万。", "人"), ("绿色建筑总面积3303万平米。", "平方米")])
def test_units_people_totals_and_square_metres(text, unit):
    (r,) = rows(text)
    assert r.unit == unit


@pytest.mark.parametrize("verb", ["安排", "市级安排", "中央财政投入", "统筹资金", "下达"])
@pytest.mark.parametrize("before, after", [
    ("", "支持实施三峡库区生态修复工程"), ("强化“一老一小”保障，", "落实养老保险全国统筹")])
def test_money_allocated_is_named_by_its_purpose(verb, before, after):
    (r,) = rows(f"{before}{verb}3亿元，{after}。")
    purpose = before.rstrip("，") or after
    assert r.metric == f"{verb}（{purpose}）" and r.value == 3e8


@pytest.mark.parametrize("verb", ["安排", "投入"])
def test_money_allocated_to_a_noun_after_it_keeps_the_noun(verb):
    (r,) = rows(f"共建文旅走廊，{verb}23亿元专项资金。")
    assert r.metric == f"{verb}专项资金"


@pytest.mark.parametrize("total", ["一般公共预算收入", "政府性基金预算收入"])
@pytest.mark.parametrize("line", ["中央转移支付净补助", "上年结余", "调入资金"])
def test_a_budget_line_added_to_a_total_is_that_line(total, line):
    out = rows(f"{total}加上{line}763.9亿元、一般债务收入301.5亿元，预算总收入为3721.3亿元。")
    assert out[0].metric == line and out[0].canonical is None
    assert out[1].metric == "一般债务收入"


@pytest.mark.parametrize("line", ["上年结转等", "上年结余"])
def test_last_years_balance_is_a_budget_line_not_a_time(line):
    out = rows(f"以及{line}391亿元后，收入总量为4867亿元。")
    assert out[0].metric == line


@pytest.mark.parametrize("part", ["前海城市新中心", "河套深港科技创新合作区", "光明科学城", "坪山高新区"])
@pytest.mark.parametrize("figure, whole", [("完成固定资产投资480亿元", "investment.fixed_assets"),
                                           ("地区生产总值增长10%", "gdp.growth")])
def test_a_sentence_about_a_part_of_the_region_keeps_the_wholes_ids(part, figure, whole):
    (r,) = rows(f"全面推进{part}建设，启动一批重大项目，全年{figure}。")
    assert r.canonical is None
    (r,) = rows(f"全面推进{part}建设，全市{figure}。")  # its own clause names the whole
    assert r.canonical == whole
    (r,) = rows(f"加快建设中国特色社会主义先行示范区，{figure}。")  # a title of the whole
    assert r.canonical == whole


@pytest.mark.parametrize("part", ["一般", "专项", "新增", "市级", "区级", "省级地方政府"])
def test_a_part_of_the_debt_limit_is_not_the_limit(part):
    (whole, piece) = rows(f"财政部核定我省地方政府债务限额23850亿元，其中{part}债务限额8171亿元。")
    assert whole.canonical == "debt.limit" and piece.canonical is None


@pytest.mark.parametrize("line", ["再融资专项债券还本支出", "专项债券付息支出", "专项债券转贷支出"])
def test_a_repayment_line_is_no_bond_issue(line):
    (r, total) = rows(f"加上{line}216.9亿元，预算总支出为482.2亿元。")
    assert r.metric == line and r.canonical is None


@pytest.mark.parametrize("measure", ["投资", "贷款余额", "用电量"])
def test_a_sectors_other_measures_are_not_its_value_added(measure):
    out = rows(f"第一产业{measure}下降13.4%，第二产业{measure}增长2.0%，第三产业{measure}增长10.7%。")
    assert [r.canonical for r in out] == [None, None, None]


@pytest.mark.parametrize("text", ["新增就业18万人。", "新增就业人数9.94万人。", "城镇新增就业12万人。"])
def test_new_jobs_in_a_city_report_are_the_urban_new_jobs(text):
    (r,) = rows(text)
    assert r.canonical == "employment.urban_new"


def test_new_job_posts_are_another_count():
    (r,) = rows("新增就业岗位8万个。")
    assert r.canonical != "employment.urban_new"


@pytest.mark.parametrize("text, approx", [("居民消费价格指数104左右。", "approx"),
                                          ("居民消费价格总指数为102.5。", None),
                                          ("商品零售价格指数控制在103以内。", "at_most")])
def test_a_price_index_stated_as_a_bare_number(text, approx):
    (r,) = rows(text)
    assert (r.unit, r.approx) == ("%", approx) and 100 < r.value < 105


@pytest.mark.parametrize("text", ["指数100强企业5家。", "发展指数120家企业。"])
def test_a_bare_number_after_another_index_is_no_price_index(text):
    assert all(r.metric != "指数" and "指数" not in (r.canonical or "") for r in rows(text))


@pytest.mark.parametrize("share", ["完成预算", "完成预算的", "为调整预算的", "完成年初预算"])
def test_the_share_of_its_budget_a_figure_reached_is_its_own(share):
    out = rows(f"一般公共预算收入2221.7亿元，{share}101.1%，比上年增长4.1%。")
    assert [(r.metric, r.canonical) for r in out] == [
        ("一般公共预算收入", "fiscal.revenue"), ("一般公共预算收入" + share.rstrip("的"), None),
        ("一般公共预算收入", "fiscal.revenue.growth")]


@pytest.mark.parametrize("whole, part", [("实际利用外资50.42亿美元", "外商直接投资36.23亿美元"),
                                         ("一般公共预算收入2221.7亿元", "地方一般公共预算收入1200亿元")])
def test_a_part_introduced_by_qizhong_is_not_its_wholes_indicator(whole, part):
    first, second = rows(f"{whole}，其中{part}。")
    assert first.canonical is not None and second.canonical is None


def test_a_part_with_an_id_of_its_own_keeps_it():
    first, second = rows("一般公共预算收入2221.7亿元，其中，税收收入1690.4亿元。")
    assert (first.canonical, second.canonical) == ("fiscal.revenue", "fiscal.tax_revenue")


@pytest.mark.parametrize("subject", ["普通高中", "全市普通高等学校", "初中学校"])
def test_enrolment_figures_share_the_school_named_first(subject):
    out = rows(f"{subject}招生2.76万人，在校生7.76万人，毕业生2.36万人。")
    assert [r.metric for r in out] == [f"{subject}招生", f"{subject}在校生", f"{subject}毕业生"]


@pytest.mark.parametrize("subject", ["全省政府一般债券", "地方政府专项债务"])
def test_debt_service_lines_share_the_debt_named_first(subject):
    out = rows(f"{subject}还本支出782.5亿元，付息和发行费支出248.31亿元。")
    assert out[1].metric == f"{subject}付息和发行费支出"


@pytest.mark.parametrize("scope", ["", "全市共", "全年全省"])
@pytest.mark.parametrize("event", ["各类生产安全事故", "道路交通事故"])
def test_the_outcome_of_counted_events_is_theirs(scope, event):
    out = rows(f"{scope}发生{event}25起，死亡26人，受伤30人。")
    assert [r.metric for r in out[1:]] == [f"{event}死亡", f"{event}受伤"]


def test_an_outcome_after_a_change_is_not_spliced():
    out = rows("安全事故起数下降33.1%，死亡人数下降8.3%，直接经济损失下降25.3%。")
    assert out[-1].metric == "直接经济损失"


@pytest.mark.parametrize("growth", ["增幅", "增速"])
@pytest.mark.parametrize("than", ["高于全国", "快于全省", "低于GDP增速"])
def test_a_growth_against_anothers_names_its_own_and_takes_no_id(growth, than):
    out = rows(f"全市进出口总额达8007亿元、增长12%，{growth}{than}8.2个百分点。")
    assert out[-1].metric.startswith("全市进出口总额") and than[:2] in out[-1].metric
    assert out[-1].canonical is None and out[1].canonical == "trade.total.growth"


def test_a_growth_against_an_earlier_growth_takes_no_id():
    out = rows("全年全社会固定资产投资增长25.8%，增幅比一季度回落17.2个百分点。")
    assert out[0].canonical == "investment.fixed_assets.growth" and out[1].canonical is None


@pytest.mark.parametrize("kinds", [("股份制企业", "外商投资企业"), ("民营企业", "国有企业")])
def test_subjects_of_one_class_share_the_measure_named_first(kinds):
    a, b = kinds
    out = rows(f"国有控股企业增加值增长7.1%；{a}增长8.9%，{b}下降3.5%。")
    assert [r.metric for r in out[1:]] == [f"{a}增加值", f"{b}增加值"]


@pytest.mark.parametrize("first, then, measure", [
    ("采矿业增加值下降4.1%", "制造业", "增加值"), ("规模以上工业增加值增长7.1%", "高技术制造业", "增加值"),
    ("寿险保费收入14.17亿元", "健康险", "保费收入"), ("国有企业营业收入10.5亿元", "外商控股企业", "营业收入"),
    ("战略性新兴产业增加值增长11.6%，占规模以上工业增加值的比重为25.1%", "高新技术产业", "增加值")])
def test_a_subject_ending_like_the_one_before_shares_its_measure(first, then, measure):
    out = rows(f"{first}；{then}增长8.9%。")
    assert out[-1].metric == then + measure


@pytest.mark.parametrize("then", ["全员劳动生产率", "出口交货值", "工业用电量"])
def test_a_subject_of_another_class_keeps_its_own_words(then):
    out = rows(f"规模以上工业增加值增长7.1%，{then}增长8.9%。")
    assert out[1].metric == then


@pytest.mark.parametrize("total, unit", [("地震台站", "个"), ("地质公园", "个"), ("重点实验室", "家")])
@pytest.mark.parametrize("form", ["{t}7{u}（市级1{u}、县级6{u}）", "{t}7{u}，其中，市级1{u}，县级6{u}",
                                  "年末全市共有{t}7{u}（市级1{u}、县级6{u}）"])
def test_a_breakdown_by_level_names_what_it_breaks_down(total, unit, form):
    out = rows(form.format(t=total, u=unit) + "。")
    assert [r.metric for r in out[1:]] == [f"市级{total}", f"县级{total}"]


def test_the_rest_of_a_breakdown_is_the_rest_of_the_total():
    out = rows("卫生技术人员34767人，其中，执业（助理）医师13723人，注册护士15944人，其他1357人。")
    assert out[-1].metric == "其他卫生技术人员"


def test_a_level_after_a_list_of_kinds_is_left_alone():
    out = rows("新增重点实验室、工程实验室和企业技术中心134家，其中国家级20家。")
    assert "、" not in out[-1].metric


def test_a_comparison_with_last_years_budget_is_the_same_figure():
    out = rows("2025年省级一般公共预算安排“三公”经费38312万元，比上年预算数减少5万元。")
    assert out[1].metric == out[0].metric and out[1].change == "decrease"


@pytest.mark.parametrize("level", ["市级", "省级", "区县级", "市本级"])
@pytest.mark.parametrize("noun, whole", [("一般公共预算收入", "fiscal.revenue"),
                                         ("政府性基金收入", "budget.fund_revenue")])
def test_one_level_of_government_is_not_the_whole_region(level, noun, whole):
    out = rows(f"全市{noun}300亿元，其中{level}{noun}120亿元。")
    assert out[0].canonical == whole and out[1].canonical is None


@pytest.mark.parametrize("items", ["新增专项债券、超长期特别国债、中央预算内投资", "一般债券、专项债券",
                                   "金融机构本外币存、贷款余额"])
def test_one_figure_of_a_list_of_things_is_their_sum_and_none_of_them(items):
    (r,) = rows(f"统筹{items}1664亿元。")
    assert r.canonical is None


@pytest.mark.parametrize("text, canonical", [
    ("办结路隧收费、尾气治理、生态保护等3件市人大议案。", "renda.deputies_bills"),
    ("废止、修改地方性法规20件。", "renda.laws_revised")])
def test_examples_or_verbs_before_what_is_counted_keep_its_id(text, canonical):
    (r,) = rows(text)
    assert r.canonical == canonical


@pytest.mark.parametrize("level, whole", [("2.市级", "1.全市"), ("（二）省级预算执行情况", "（一）全省预算执行情况"),
                                          ("2．区县级", "1．全市")])
def test_figures_under_a_heading_of_one_level_of_government_are_that_levels(level, whole):
    para = "一般公共预算收入805亿元，下降4.7%。其中，税收收入587亿元，增长1.5%。"
    doc = Document("t", 1, [Block("heading", "（一）一般公共预算执行情况", 1, level=2),
                            Block("heading", whole, 1, level=3), Block("paragraph", para, 1),
                            Block("heading", level, 1, level=3), Block("paragraph", para, 1),
                            Block("heading", "（二）政府性基金预算执行情况", 1, level=2),
                            Block("paragraph", "政府性基金预算收入300亿元。", 1)])
    out = extract_indicators(doc, year=2026)
    ids = [r.canonical for r in out]
    assert ids[:4] == ["fiscal.revenue", "fiscal.revenue.growth", "fiscal.tax_revenue",
                       "fiscal.tax_revenue.growth"]
    assert ids[4:8] == [None] * 4 and ids[8] is not None


@pytest.mark.parametrize("level", ["市级", "省级", "市本级"])
def test_the_parts_of_a_levels_figure_in_the_next_sentence_are_that_levels(level):
    out = rows(f"{level}一般公共预算收入805亿元，下降4.7%。其中，税收收入587亿元。全市税收收入1556亿元。")
    assert [r.canonical for r in out[2:]] == [None, "fiscal.tax_revenue"]


@pytest.mark.parametrize("minus", ["-", "−", "－"])
@pytest.mark.parametrize("text, value, unit", [("规模以上工业增加值增长{m}25.7%。", -25.7, "%"),
                                               ("人口自然增长率{m}2.4‰。", -2.4, "‰"),
                                               ("房地产开发投资{m}5.2亿元。", -5.2e8, "元")])
def test_a_minus_sign_makes_the_figure_negative(minus, text, value, unit):
    (r,) = rows(text.format(m=minus))
    assert (r.value, r.unit) == (value, unit)


@pytest.mark.parametrize("text", ["2021-2025年全市生产总值年均增长5%。", "完成2-3项改革，增长5%。"])
def test_a_dash_between_numbers_is_no_minus(text):
    assert all(r.value is None or r.value >= 0 for r in rows(text))


@pytest.mark.parametrize("rate", ["出生率", "死亡率", "人口自然增长率"])
def test_a_per_mille_rate_keeps_its_name(rate):
    (r,) = rows(f"全年{rate}为7.1‰。")
    assert (r.metric, r.unit, r.change) == (rate, "‰", None)


@pytest.mark.parametrize("text, unit", [("旅客周转量0.05亿人公里。", "人公里"), ("货物周转量120亿吨公里。", "吨公里"),
                                        ("回收家电5.8万台件。", "台件")])
def test_a_compound_unit_is_one_unit(text, unit):
    (r,) = rows(text)
    assert r.unit == unit and not r.metric.endswith(("公里", "件"))


@pytest.mark.parametrize("budget", ["全市一般公共预算", "市级政府性基金预算", "全省国有资本经营预算"])
@pytest.mark.parametrize("side", ["收入", "支出"])
def test_a_budgets_total_after_transfers_is_that_budgets(budget, side):
    text = (f"{budget}{side}3336亿元，增长1.4%。加上中央补助2420亿元、上年结转等1567亿元后，"
            f"{side}总量为7654亿元。")
    out = rows(text)
    assert (out[-1].metric, out[-1].canonical) == (f"{budget}{side}总量", None)


@pytest.mark.parametrize("budget", ["全市社会保险基金预算", "市级政府性基金预算"])
@pytest.mark.parametrize("balance", ["预计收支结余", "收支结余", "累计结余"])
def test_a_budgets_balance_is_that_budgets(budget, balance):
    out = rows(f"{budget}收入1200亿元，支出943亿元。收支相抵，{balance}257亿元。")
    assert (out[-1].metric, out[-1].canonical) == (budget + balance, None)


@pytest.mark.parametrize("text, change", [("城镇新增就业预期目标比去年多100万人。", "increase"),
                                          ("城镇新增就业较上年少10万人。", "decrease")])
def test_a_difference_against_a_base_is_a_change_not_the_level(text, change):
    (r,) = rows(text)
    assert r.change == change and r.canonical is None and not r.metric.endswith(("多", "少"))


@pytest.mark.parametrize("mods", [("专业化", "国际化"), ("国家级", "省级"), ("智能化", "绿色化", "数字化")])
def test_modifiers_joined_by_a_pause_mark_stay_in_the_noun_after_a_count(mods):
    (r,) = rows(f"新建10所{'、'.join(mods)}特色学院。")
    assert r.metric == f"新建{'、'.join(mods)}特色学院"


@pytest.mark.parametrize("verb", ["新建", "开工建设", "获批设立"])
@pytest.mark.parametrize("a, b", [("学校", "医院"), ("社区公园", "郊野公园")])
def test_a_verb_before_counted_nouns_is_shared_by_the_list(verb, a, b):
    out = rows(f"{verb}5所{a}、3家{b}。")
    assert [r.metric for r in out] == [verb + a, verb + b]


def test_a_shared_verb_stops_where_the_items_have_verbs_of_their_own():
    out = rows("促进12万城镇就业困难人员实现就业、4万农村劳动力就业参保。")
    assert out[1].metric == "农村劳动力就业参保"


@pytest.mark.parametrize("big, small", [("百亿元级", "三十亿元级"), ("50亿元级", "10亿元级以上")])
def test_a_size_class_in_yuan_is_part_of_the_name_not_an_amount(big, small):
    out = rows(f"新开工建设5个{big}、10个{small}重大工业项目。")
    assert [r.unit for r in out] == ["个", "个"]
    assert [r.metric for r in out] == [f"新开工建设{big}重大工业项目", f"新开工建设{small}重大工业项目"]


@pytest.mark.parametrize("first", ["首个", "一支", ""])
@pytest.mark.parametrize("fund", ["政策性纾困资金", "产业引导基金"])
def test_an_amount_before_de_sizes_the_object_of_the_verb(first, fund):
    (r,) = rows(f"在全国设立{first}150亿元的{fund}。")
    assert r.metric == f"在全国设立{fund}" and r.value == 1.5e10


@pytest.mark.parametrize("ranks", [("冠军", "亚军", "季军"), ("金牌", "银牌", "铜牌")])
def test_ranks_listed_after_the_first_share_its_words(ranks):
    a, b, c = ranks
    out = rows(f"获省级{a}211个、{b}217个、{c}268个。")
    assert [r.metric for r in out] == [f"获省级{x}" for x in ranks]


@pytest.mark.parametrize("verb", ["安排", "预计"])
def test_a_sibling_measure_with_a_verb_after_it_keeps_the_subject(verb):
    out = rows(f"其中,市级还本支出{verb}214亿元,付息支出{verb}127亿元。")
    assert out[1].metric == f"市级付息支出{verb}"


@pytest.mark.parametrize("insurance", ["城镇职工基本养老保险", "职工基本医疗保险", "失业保险"])
@pytest.mark.parametrize("stop", ["，", "。"])
def test_parts_that_restate_the_wholes_measure_take_its_subject(insurance, stop):
    out = rows(f"年末全市{insurance}参保人数95.71万人{stop}其中，参保在职职工67.03万人，参保离退休人员28.64万人。")
    assert [r.metric for r in out[-2:]] == [f"{insurance}参保在职职工", f"{insurance}参保离退休人员"]


@pytest.mark.parametrize("whole, part", [("货物进出口总值232.4亿元", "出口188.7亿元"),
                                         ("本地4G和5G移动电话用户401万户", "5G用户281.3万户"),
                                         ("一般公共预算收入2727亿元", "税收收入2100亿元")])
def test_a_part_that_is_no_restatement_keeps_its_words(whole, part):
    out = rows(f"全年{whole}。其中，{part}。")
    assert out[-1].metric == re.sub(r"[\d.]+[万亿]*[元户]$", "", part)


@pytest.mark.parametrize("other", ["工业增速", "GDP增速", "全国平均增速"])
def test_a_growth_above_anothers_is_a_gap_not_a_change(other):
    (r,) = rows(f"高新技术产品产值增速高于{other}7个百分点。")
    assert r.change is None and r.canonical is None


@pytest.mark.parametrize("plan", ["“十五”期间", "“十四五”时期"])
def test_a_plans_years_are_no_part_of_the_metric(plan):
    (r,) = rows(f"{plan}吸引外商直接投资累计147.24亿美元。")
    assert r.metric == "吸引外商直接投资"


@pytest.mark.parametrize("noun", ["社会组织", "行业组织"])
def test_a_noun_ending_like_a_verb_lends_no_verb_to_the_list(noun):
    out = rows(f"{noun}超1万家、专业社工8230人、注册志愿者120.9万人。")
    assert [r.metric for r in out] == [noun, "专业社工", "注册志愿者"]


@pytest.mark.parametrize("frame", ["的情况下", "的基础上", "的前提下"])
def test_the_words_framing_a_figure_name_nothing(frame):
    r = rows(f"在机动车增加17.3万辆{frame}，全市道路交通事故下降10%。")[0]
    assert r.metric == "机动车" and r.change == "increase"


@pytest.mark.parametrize("verb", ["完成", "办结", "落实"])
def test_how_many_of_the_things_counted_were_done(verb):
    out = rows(f"118项民生实事{verb}116项。")
    assert [r.metric for r in out] == ["民生实事", f"民生实事{verb}"]


@pytest.mark.parametrize("joiner", ["、", "和"])
def test_an_uncounted_item_before_a_count_is_not_counted(joiner):
    (r,) = rows(f"完成年度民生实事{joiner}151项重点民生项目。")
    assert r.metric == "完成重点民生项目"


def test_the_next_items_words_are_no_noun_of_a_count():
    out = rows("荣获国家科技奖励16项和中国专利金奖、外观设计金奖4项。")
    assert [r.metric for r in out] == ["荣获国家科技奖励", "荣获中国专利金奖、外观设计金奖"]


@pytest.mark.parametrize("subject", ["保障性住房", "老旧小区综合整治", "老楼加装电梯"])
def test_verbs_listed_after_a_subject_share_it(subject):
    out = rows(f"{subject}开工1.7万套、竣工2.21万套、供应2.7万套。")
    assert [r.metric for r in out] == [f"{subject}{v}" for v in ("开工", "竣工", "供应")]


def test_a_verb_phrase_before_a_verb_is_no_subject():
    out = rows("对2000年底以前发布的行政法规进行全面清理，废止71件。")
    assert not out[-1].metric.startswith("对")


@pytest.mark.parametrize("first, second, want", [
    ("更新供应土地2.2平方公里", "整备释放土地11平方公里", "整备释放土地"),
    ("新增企业35.7万家", "总部企业52家", "新增总部企业"),
    ("新建改造绿道365公里", "碧道101公里", "新建改造碧道"),
    ("建设筹集公共住房9.7万套", "供应分配4.2万套", "供应分配公共住房")])
def test_a_list_item_takes_the_first_items_verb_unless_it_has_its_own(first, second, want):
    assert rows(f"{first}、{second}。")[-1].metric == want


def test_a_verb_after_a_verb_that_opens_its_object_is_no_part_of_the_verb():
    out = rows("及时出台支持扩大出口的稳定经贸发展33条、金融支持实体经济24条。")
    assert out[-1].metric == "及时出台金融支持实体经济"


@pytest.mark.parametrize("sentence", ["本市生产总值连续实现了2000、3000亿元的跨越，2004年达到3423亿元。",
                                      "本市生产总值连续跨越3000、4000亿元台阶，达到3423亿元。",
                                      "本市生产总值先后突破2000亿元大关，达到3423亿元。"])
def test_levels_passed_on_the_way_are_no_figures(sentence):
    (r,) = rows(sentence)
    assert (r.metric, r.value) == ("本市生产总值", 3.423e11)


def test_a_level_stepped_onto_alone_is_the_figure():
    (r,) = rows("全市地区生产总值迈上2200亿元台阶。")
    assert r.value == 2.2e11


@pytest.mark.parametrize("sentence", ["成为全国首个出口超千亿美元的城市。", "深圳港是全球少数吞吐量超2000万标箱的港口之一。",
                                      "成为国内首个突破百件的副省级城市。"])
def test_the_class_a_place_is_ranked_in_is_no_figure(sentence):
    assert rows(sentence) == []


@pytest.mark.parametrize("word", ["总数", "总量", "总规模"])
def test_a_total_after_a_count_is_of_the_noun_counted(word):
    out = rows(f"建成开放人才公园二期等35个公园、{word}达1320个。")
    assert out[-1].metric == "公园" + word


@pytest.mark.parametrize("word, sides", [("存贷款余额", ("存款余额", "贷款余额")), ("进出口额", ("进口额", "出口额")),
                                         ("财政收支", ("财政收入", "财政支出"))])
def test_respectively_pairs_a_paired_words_sides_with_its_figures(word, sides):
    out = rows(f"金融机构{word}分别为1.43万亿元和1.12万亿元，分别增长12%和11%。")
    assert [r.metric for r in out] == [f"金融机构{s}" for s in sides * 2]


@pytest.mark.parametrize("lead", ["", "预计", "全市"])
@pytest.mark.parametrize("first, then", [("能耗", "水耗"), ("电耗", "地耗")])
def test_a_measure_of_the_same_kind_listed_after_a_qualified_one_has_its_qualifier(lead, first, then):
    out = rows(f"{lead}万元GDP{first}下降4.2%、{then}下降10.3%。")
    assert out[-1].metric == f"万元GDP{then}"


def test_a_measure_of_another_kind_listed_after_a_qualified_one_keeps_its_words():
    assert rows("人均GDP达到2万美元、城镇化率60%。")[-1].metric == "城镇化率"


@pytest.mark.parametrize("sentence, metric", [
    ("推进深圳河、茅洲河等河湖沿线240公里碧道建设。", "推进深圳河、茅洲河等河湖沿线碧道建设"),
    ("全面完成深圳湾15公里滨海休闲带堤岸填筑工程。", "全面完成深圳湾滨海休闲带堤岸填筑工程"),
    ("新建改造绿道365公里。", "新建改造绿道")])
def test_a_length_before_the_work_it_measures_names_that_work(sentence, metric):
    (r,) = rows(sentence)
    assert r.metric == metric


def test_money_for_a_purpose_names_no_work():
    assert rows("安排政府投资337亿元用于特区一体化建设。")[0].metric == "安排政府投资"


@pytest.mark.parametrize("size, thing", [("注册资本1000亿元", "市人才安居集团"), ("总投资816.5亿元", "治水提质五年计划"),
                                         ("首期规模50亿元", "天使投资引导基金")])
def test_a_size_before_the_thing_it_sizes_is_that_things(size, thing):
    (r,) = rows(f"设立{size}的{thing}。")
    measure = re.match(r"\D+", size).group()
    assert r.metric == f"设立{thing}{measure}"


def test_a_clause_break_ends_the_noun_a_count_took():
    out = rows("成立注册资本1000亿元的市人才安居集团，新开工及筹集人才和保障性住房6.2万套、竣工5.1万套。")
    assert out[1].metric == "新开工及筹集人才和保障性住房"


@pytest.mark.parametrize("word", ["执行数", "决算数"])
def test_a_budgets_executed_figure_is_an_actual_in_the_plan_part(word):
    out = rows(f"省对市县转移支付补助支出{word}3285.06亿元，其中专项转移支付753.74亿元。",
               heading="二、2026年预算草案", year=2026)
    assert [(r.modality, r.period) for r in out] == [("actual", "2025")] * 2


@pytest.mark.parametrize("per", ["每月", "每人每月", ""])
def test_a_level_raised_from_is_where_things_stand(per):
    out = rows(f"城乡居民基础养老金由{per}160元提高至185元。", heading="二、2026年工作安排", year=2026)
    assert [r.modality for r in out] == ["actual", "target"]


@pytest.mark.parametrize("verb", ["涉及", "覆盖"])
def test_a_list_item_saying_what_the_one_before_involves_is_of_it(verb):
    out = rows(f"组织实施重点绩效评价24项、{verb}金额409亿元。")
    assert out[-1].metric == f"重点绩效评价{verb}金额"


def test_a_budgets_own_wording_of_its_revenue_is_the_revenue():
    out = rows("全市一般公共收入预算2266亿元,比上年增长2％。", heading="二、2026年预算草案", year=2026)
    assert [r.canonical for r in out] == ["fiscal.revenue", "fiscal.revenue.growth"]


@pytest.mark.parametrize("label, whole", [("(2)市级收支.", "(1)全市收支."), ("（二）省本级。", "（一）全省。"),
                                          ("2.区县级收支情况。", "1.全市收支情况。")])
def test_figures_after_a_run_in_label_of_one_level_are_that_levels(label, whole):
    para = "一般公共预算收入805亿元，下降4.7%。"
    doc = Document("t", 1, [Block("heading", "1.一般公共预算收入预计和支出安排", 1, level=2),
                            Block("paragraph", whole + para, 1), Block("paragraph", label + para, 1)])
    ids = [r.canonical for r in extract_indicators(doc, year=2026)]
    assert ids == ["fiscal.revenue", "fiscal.revenue.growth", None, None]


def test_a_parenthesis_inside_a_part_does_not_end_the_breakdown():
    out = rows("卫生技术人员34767人，其中，执业（助理）医师13723人，药师（士）1226人，其他1357人。")
    assert out[-1].metric == "其他卫生技术人员"


@pytest.mark.parametrize("lines", ["中央提前下达转移支付、政府一般债务收入、上年结转等", "中央补助、上年结转等"])
def test_an_amount_after_budget_lines_ending_in_deng_is_their_sum(lines):
    out = rows(f"加上{lines}4122亿元后，收入总量为6940亿元。")
    assert out[0].canonical is None


@pytest.mark.parametrize("whole, parts", [
    ("金融机构人民币贷款余额2270.4亿元", "住户贷款余额891.8亿元；非金融企业及机关团体贷款余额1378.6亿元"),
    ("全国财政赤字2.38万亿元", "中央财政赤字1.55万亿元，地方财政赤字8300亿元")])
def test_parts_in_the_sentence_after_a_whole_never_take_its_id(whole, parts):
    out = rows(f"年末{whole}，增长5.3%。其中，{parts}。")
    assert out[0].canonical is not None and all(r.canonical != out[0].canonical for r in out[2:])


def test_levels_passed_take_the_subject_of_the_clause_before():
    out = rows("五年来，本市生产总值翻了一番多，连续实现了2000、3000亿元的跨越，2004年达到3423亿元。")
    assert (out[-1].metric, out[-1].value) == ("本市生产总值", 3.423e11)


@pytest.mark.parametrize("mark", ["①", "⑥"])
def test_a_footnote_mark_is_no_part_of_a_metric(mark):
    assert not rows(f"{mark}考虑部分支出转列共同事权转移支付后，同口径下降2.7%。")[0].metric.startswith(mark)


def test_a_latin_full_stop_is_no_part_of_a_metric():
    assert rows("加快制造业中试平台建设,4家入选首批国家重点培育中试平台名单.")[0].metric == "入选首批国家重点培育中试平台名单"


@pytest.mark.parametrize("name", ["世界500强企业", "财富中国500强企业"])
def test_a_name_with_a_rank_in_it_stays_whole_after_a_count(name):
    assert rows(f"引进30家以上{name}。")[0].metric == f"引进{name}"


@pytest.mark.parametrize("rank", ["ESI前1%", "ESI排名前1%", "全球前2%"])
def test_a_top_share_is_a_rank_not_a_figure(rank):
    assert [r.unit for r in rows(f"21个学科进入{rank}。")] == ["个"]


@pytest.mark.parametrize("head", ["营业额", "零售额"])
def test_a_lists_last_head_goes_to_each_item(head):
    out = rows(f"住宿业、餐饮业{head}分别增长5.1%和6.2%。")
    assert [r.metric for r in out] == [f"住宿业{head}", f"餐饮业{head}"]


@pytest.mark.parametrize("lead", ["年底前", "年内前"])
def test_a_deadline_is_no_part_of_the_metric(lead):
    assert rows(f"{lead}新建成3个市级森林公园。")[0].metric == "新建成市级森林公园"


@pytest.mark.parametrize("hedge", ["可望", "有望"])
def test_a_hedge_before_a_horizon_figure_is_no_part_of_the_metric(hedge):
    assert rows(f"我市工业总产值到2005年{hedge}达到1万亿元。")[0].metric == "我市工业总产值"


@pytest.mark.parametrize("per", ["千人", "万人"])
def test_a_rate_per_people_is_one_unit(per):
    (r,) = rows(f"食品抽检覆盖率达9.4批次/{per}。")
    assert (r.unit, r.metric) == (f"批次/{per}", "食品抽检覆盖率")


def test_a_term_word_holds_for_a_level_only_in_its_own_clause():
    out = rows("经济综合实力迈上新台阶，2020年全市地区生产总值达2.77万亿元，五年年均增长7.1%；进出口总额达3.05万亿元。",
               heading="一、“十三五”时期发展成就", year=2021)
    assert [(r.period, r.scope) for r in out] == [("2020", "annual"), ("2016-2020", "term"),
                                                   ("2020", "annual")]


@pytest.mark.parametrize("who", ["市、区两级", "省市两级", "市区两级政府"])
def test_money_put_in_by_levels_of_government_is_named_by_its_purpose(who):
    (r,) = rows(f"{who}投入近20亿元，用于基层基础建设。")
    assert r.metric == f"{who}投入（用于基层基础建设）"


@pytest.mark.parametrize("verb, noun", [("整备", "土地"), ("新增", "公路"), ("完成", "固定资产投资")])
def test_a_part_of_the_kind_a_verb_acts_on_takes_the_verb(verb, noun):
    out = rows(f"{verb}{noun}13万，其中较大连片{noun}5.4万。")
    assert out[-1].metric == f"{verb}较大连片{noun}"


def test_a_part_ending_on_de_is_of_the_whole():
    out = rows("高新技术产品产值1.29万亿元，其中具有自主知识产权的达61%。")
    assert out[-1].metric == "具有自主知识产权的高新技术产品产值"


@pytest.mark.parametrize("share", ["占全市出口总额的", "是五年前的"])
def test_a_share_or_ratio_after_qizhong_is_no_part(share):
    out = rows(f"外贸出口总额1000亿美元，其中高新技术产品出口{share}40%。")
    assert "外贸出口总额" not in out[-1].metric


@pytest.mark.parametrize("awards", [("华表奖", "荷花奖", "白玉兰奖"), ("无人工厂", "灯塔工厂")])
def test_nouns_of_one_kind_after_a_count_stay_one_list(awards):
    (r,) = rows(f"6部作品获{'、'.join(awards)}。")
    assert r.metric.endswith("、".join(awards))


def test_a_list_of_counted_verbs_is_no_list_of_nouns():
    out = rows("两次降低存款准备金率、两次下调政策利率。")
    assert not out[0].metric.endswith("、")


@pytest.mark.parametrize("base, named", [("上年增量的", True), ("全国平均水平的", True), ("五年前的", False)])
def test_a_ratio_to_another_figure_names_the_figure_before(base, named):
    out = rows(f"新增国家级高新技术企业2513家，是{base}3倍以上，累计达8037家。")
    # (the same thing years before, like 是上年的, is the figure's own ratio: its period says when)
    assert out[1].metric == "新增国家级高新技术企业" + (f"是{base}" if named else "")
    assert out[2].metric == "国家级高新技术企业累计"


@pytest.mark.parametrize("verb", ["出台", "实施", "印发"])
@pytest.mark.parametrize("name", ["大气质量提升", "外贸稳增长"])
def test_a_change_verb_inside_a_policys_name_is_no_change(verb, name):
    out = rows(f"{verb}扩大工业有效投资26条、{name}25条等系列措施。")
    assert out[-1].change is None and name in out[-1].metric and out[-1].metric.endswith("措施")


@pytest.mark.parametrize("budget", ["社会保险基金收入预算", "一般公共预算收入", "国有资本经营预算收入"])
@pytest.mark.parametrize("total", ["预算总收入为18.1亿元", "当年结余42.8亿元", "年末滚存结余1752.1亿元"])
def test_a_budgets_totals_and_balances_name_it_in_any_wording(budget, total):
    out = rows(f"全市{budget}9.2亿元。加上中央转移支付0.4亿元、上年结余8.9亿元，{total}。")
    name = re.sub(r"(?:收入|支出)?预算(?:收入)?$", "预算", budget)
    assert out[-1].metric.startswith("全市" + name) and out[-1].canonical is None


def test_a_part_named_with_baokuo_is_that_part():
    assert rows("市对区转移支付净补助518.1亿元，包括一般性转移支付474.7亿元。")[-1].metric == "一般性转移支付"


def test_a_list_item_with_its_own_verb_after_xin_keeps_it():
    out = rows("建设配售型保障性住房1.3万套、新筹集保障性租赁住房2.4万套。")
    assert out[-1].metric == "新筹集保障性租赁住房"


def test_a_part_whose_word_is_inside_the_wholes_compound_keeps_its_words():
    out = rows("全年农林牧渔业总产值130亿元。其中，农业产值60亿元，渔业产值5.15亿元。")
    assert [r.metric for r in out[1:]] == ["农业产值", "渔业产值"]


@pytest.mark.parametrize("unit", ["人年", "亩次"])
def test_compound_units_of_effort_are_one_unit(unit):
    (r,) = rows(f"研究与试验发展人员全时当量47.4万{unit}、居全国城市首位。")
    assert r.unit == unit and not r.metric.endswith(unit[-1])


@pytest.mark.parametrize("acronym", ["GDP", "CPI"])
def test_a_measures_latin_name_before_an_amount_is_no_name_with_digits(acronym):
    out = rows(f"每平方公里产出{acronym}4.77亿元、税收1.74亿元，分别提高2.23亿元和1.07亿元。")
    assert [r.value for r in out] == [4.77e8, 1.74e8, 2.23e8, 1.07e8]
    assert out[0].metric == out[2].metric == f"每平方公里产出{acronym}"


@pytest.mark.parametrize("name", ["PM2.5年均浓度28微克/立方米", "5G基站2万个"])
def test_names_with_digits_stay_names(name):
    assert len(rows(name + "。")) == 1


@pytest.mark.parametrize("lead", ["按地区分，", "分区县看，", "分地区看：", "其中，"])
@pytest.mark.parametrize("whole, parts", [
    ("全市固定资产投资", ["永定区", "慈利县"]),
    ("全市居民消费价格", ["食品烟酒类", "衣着类"]),
    ("规模以上工业增加值", ["大中型企业", "小型企业"]),
])
def test_a_breakdowns_part_named_by_its_category_has_the_wholes_measure(lead, whole, parts):
    out = rows(f"全年{whole}比上年增长3.2%。{lead}{parts[0]}增长6.1%，{parts[1]}下降3.5%。")
    assert [r.metric for r in out] == [whole] + [p + whole.removeprefix("全市") for p in parts]
    assert out[0].canonical and all(r.canonical is None for r in out[1:])


@pytest.mark.parametrize("part, unit", [("高新技术企业", "家"), ("规上企业", "个")])
def test_a_category_counted_by_its_own_things_keeps_its_name(part, unit):
    out = rows(f"年末全市企业总数12万{unit}。其中，{part}1.2万{unit}。")
    assert out[1].metric == part


def test_a_part_with_its_own_measure_keeps_it():
    out = rows("全市地区生产总值增长5%。分产业看，第一产业增加值增长3%，第二产业增加值增长4%。")
    assert [r.metric for r in out[1:]] == ["第一产业增加值", "第二产业增加值"]


@pytest.mark.parametrize("verb", ["达到", "分别为", "分别达到", "为"])
@pytest.mark.parametrize("pair, sides", [("存、贷款余额", ("存款余额", "贷款余额")),
                                         ("进、出口额", ("进口额", "出口额"))])
def test_a_paired_word_cut_short_pairs_its_sides_with_the_figures(verb, pair, sides):
    out = rows(f"金融机构本外币{pair}{verb}1.84万亿元和1.48万亿元。")
    assert [r.metric for r in out] == [f"金融机构本外币{s}" for s in sides]


@pytest.mark.parametrize("names", [["“珠江人才计划”", "“孔雀计划”"], ["“双百”", "“科改”", "“领航”"]])
def test_quoted_names_listed_before_their_figures_pair_with_them(names):
    figures = "、".join(f"{10 * (k + 1)}个" for k in range(len(names) - 1)) + f"和{10 * len(names)}个"
    out = rows(f"引进{'、'.join(names)}创新团队{figures}。")
    assert [r.metric for r in out] == [f"引进{n}创新团队" for n in names]


@pytest.mark.parametrize("items, tail", [(["城镇", "农村"], "居民人均可支配收入"), (["工业", "农业"], "增加值"),
                                         (["水", "电", "气"], "价格"), (["男性", "女性"], "平均预期寿命")])
@pytest.mark.parametrize("joiner", ["、", "和"])
def test_short_items_before_the_last_share_the_rest_of_it(items, tail, joiner):
    values = "、".join(f"{k + 1}%" for k in range(len(items)))
    out = rows(f"{joiner.join(items[:-1])}{joiner}{items[-1]}{tail}分别增长{values}。")
    assert [r.metric for r in out] == [i + tail for i in items]


def test_items_of_other_lengths_keep_their_own_words():
    out = rows("集成电路、工业机器人、智能手机产量分别增长16.0%、31.8%、9.3%。")
    assert [r.metric for r in out] == ["集成电路产量", "工业机器人产量", "智能手机产量"]


@pytest.mark.parametrize("side, canonical", [("城镇", "income.urban_per_capita_disposable.growth"),
                                             ("农村", "income.rural_per_capita_disposable.growth"),
                                             ("全体", "income.per_capita_disposable.growth")])
def test_urban_and_rural_income_growth_are_series_of_their_own(side, canonical):
    (r,) = rows(f"{side}居民人均可支配收入增长5.1%。")
    assert r.canonical == canonical


@pytest.mark.parametrize("things, unit, measure", [("各类民办学校", "所", "在校学生"), ("规模以上工业企业", "家", "营业收入"),
                                                   ("普通高中", "所", "招生")])
def test_a_measure_after_a_count_of_things_is_of_those_things(things, unit, measure):
    out = rows(f"年末全市{things}数210{unit}，{measure}26723人。")
    assert out[1].metric == f"全市{things}{measure}"


@pytest.mark.parametrize("verb", ["迈上", "跃上", "跨越", "突破"])
@pytest.mark.parametrize("mark", ["台阶", "大关"])
def test_a_level_reached_alone_keeps_its_subject_without_the_verb(verb, mark):
    (r,) = rows(f"全市一般公共预算收入{verb}2200亿元{mark}。")
    assert (r.metric, r.canonical, r.approx) == ("全市一般公共预算收入", "fiscal.revenue", "at_least")


@pytest.mark.parametrize("plan", ["“十三五”末", "十三五末", "“十四五”时期末"])
def test_a_comparison_with_a_plans_end_is_no_part_of_the_metric(plan):
    out = rows(f"全市地区生产总值达到3万亿元，较{plan}年均增长2.9%。")
    assert [r.metric for r in out] == ["全市地区生产总值"] * 2


@pytest.mark.parametrize("lead", ["含", "其中含", "内含"])
def test_a_part_in_brackets_after_its_whole_is_its_noun(lead):
    out = rows(f"法定计量检定机构7家（{lead}4个授权机构）。")
    assert out[1].metric == "授权机构"


@pytest.mark.parametrize("purpose", ["实施17个污染地块风险管控和修复", "支持30所学校改造"])
def test_a_count_inside_an_allocations_purpose_stays_part_of_it(purpose):
    out = rows(f"安排46亿元，{purpose}。")
    assert out[0].metric == f"安排（{re.sub(r'[0-9]+[个所]', '', purpose)}）"


@pytest.mark.parametrize("first, second, lead", [
    ("市政公园", "塘朗山、马峦山等", "郊野公园"), ("重点帮促村", "市直部门、单位结对帮促的", "村")])
def test_words_after_and_that_lead_into_the_next_count_are_its(first, second, lead):
    out = rows(f"加快4个{first}和{second}3个{lead}建设。")
    assert out[0].metric == f"加快{first}" and out[1].metric.startswith(second)


def test_a_pair_of_nouns_before_a_new_subject_stays_one_noun():
    out = rows("深圳综合改革试点累计40条创新举措和典型经验、前海累计88项制度创新成果在全国推广。")
    assert out[0].metric.endswith("创新举措和典型经验")


@pytest.mark.parametrize("size", ["规模", "总投资", "注册资本"])
def test_a_size_after_a_count_is_the_size_of_the_things_counted(size):
    out = rows(f"新增金融资产投资公司股权投资基金10只、{size}500亿元。")
    assert out[1].metric == f"新增金融资产投资公司股权投资基金{size}"


@pytest.mark.parametrize("index", ["居民消费价格总指数", "居民消费价格指数", "商品零售价格指数"])
def test_an_index_risen_in_points_is_its_growth_in_percent(index):
    (r,) = rows(f"{index}上升2.8个百分点。")
    assert (r.unit, r.change) == ("%", "increase")


def test_a_growth_changed_in_points_keeps_its_points():
    (r,) = rows("居民消费价格涨幅回落0.5个百分点。")
    assert r.unit == "个百分点"


@pytest.mark.parametrize("zone", ["前海", "河套", "光明科学城"])
@pytest.mark.parametrize("work", ["开发建设", "开发开放"])
def test_a_sentence_about_developing_a_zone_states_the_zones_figures(zone, work):
    out = rows(f"加快{zone}{work}，全年完成固定资产投资160亿元。")
    assert out[0].canonical is None
    (whole,) = rows(f"加快{zone}{work}，全市完成固定资产投资1600亿元。")
    assert whole.canonical == "investment.fixed_assets"


@pytest.mark.parametrize("whole", ["地方政府债务限额", "地方政府债务余额", "政府债务余额"])
@pytest.mark.parametrize("lead", ["全市", "市本级", ""])
def test_the_kinds_of_a_debt_stock_are_parts_of_it_not_bonds(whole, lead):
    out = rows(f"{lead}{whole}1329.5亿元，其中一般债务448.7亿元、专项债务880.8亿元。")
    stem, stock = whole[:-4], whole[-2:]
    assert [r.metric for r in out[1:]] == [f"{lead}{stem}一般债务{stock}", f"{lead}{stem}专项债务{stock}"]
    assert not any(r.canonical and r.canonical.startswith("bonds.") for r in out)


@pytest.mark.parametrize("kind, canonical", [("一般债务收入", "bonds.local_general"), ("专项债务收入", "bonds.local_special"),
                                             ("发行专项债券", "bonds.local_special"), ("一般债", "bonds.local_general")])
def test_what_bonds_bring_in_is_the_bonds(kind, canonical):
    (r,) = rows(f"{kind}301.5亿元。")
    assert r.canonical == canonical


@pytest.mark.parametrize("kind", ["专项债券", "一般债券", "地方政府专项债券"])
def test_the_new_bonds_are_a_part_of_the_bonds_issued(kind):
    out = rows(f"发行{kind}1453.2亿元，其中新增{kind}226亿元。")
    assert out[0].canonical and out[0].canonical.startswith("bonds.") and out[1].canonical is None


@pytest.mark.parametrize("stock, part", [("民用汽车保有量", "私人汽车"), ("专利申请量", "发明专利")])
def test_a_kind_of_a_stocks_things_takes_its_measure(stock, part):
    out = rows(f"年末全市{stock}76.79万件，其中，{part}68.69万件。")
    assert out[1].metric == f"全市{stock.replace(part[-2:], part)}"


def test_a_flow_into_a_stock_is_no_kind_of_it():
    out = rows("年末全市民用汽车保有量76.79万辆，其中：本年新注册汽车1.78万辆。")
    assert out[1].metric == "本年新注册汽车"


@pytest.mark.parametrize("level", ["市本级", "市级", "省本级"])
@pytest.mark.parametrize("first, second", [("一般公共预算收入", "一般公共预算支出"), ("政府性基金收入", "政府性基金支出")])
def test_a_level_named_at_a_sentences_head_holds_for_its_later_clauses(level, first, second):
    out = rows(f"{level}{first}51.6亿元，加上上年结转等，{second}124.8亿元。")
    assert [r.canonical for r in out] == [None, None]
    whole = rows(f"{level}{first}51.6亿元，全市{second}124.8亿元。")
    assert whole[1].canonical is not None


@pytest.mark.parametrize("opener", ["包括：", "主要是：", "其中："])
def test_the_lines_a_breakdown_opens_are_parts_of_the_figure_before(opener):
    out = rows(f"国有资本经营支出预算24.9亿元，{opener}国有企业资本金注入10.7亿元、其他国有资本经营预算支出1.2亿元。")
    assert out[0].canonical == "budget.state_capital_expenditure"
    assert out[-1].canonical is None


@pytest.mark.parametrize("thing, unit", [("新能源汽车充电桩", "个"), ("全国重点实验室", "家"), ("基础教育集团", "个")])
@pytest.mark.parametrize("verb", ["新增", "新组建"])
def test_a_running_total_after_a_years_count_is_the_total(thing, unit, verb):
    out = rows(f"{verb}{thing}16{unit}、累计287{unit}。")
    assert out[1].metric == f"{thing}累计"


@pytest.mark.parametrize("basis", ["同口径比", "同口径", "按可比价格计算"])
def test_a_comparisons_basis_is_no_metric(basis):
    out = rows(f"地方财政收入304亿元，{basis}增长20.5%。")
    assert [r.canonical for r in out] == ["fiscal.revenue", "fiscal.revenue.growth"]


@pytest.mark.parametrize("measure", ["年度投资超过", "投资", "总投资"])
@pytest.mark.parametrize("verb", ["", "完成"])
def test_a_counts_noun_ends_where_the_next_figures_measure_begins(measure, verb):
    out = rows(f"{verb}12项重大民生工程{measure}300亿元。")
    assert out[0].metric == f"{verb}重大民生工程"


@pytest.mark.parametrize("sentence", ["接下来要重点抓好以下十项工作：", "今年要着力抓好以下七方面工作：",
                                      "深圳空气质量在全国168个重点城市中位居前列。",
                                      "空气质量在全国169个重点城市中排名第六。"])
def test_signposts_and_the_size_of_a_ranking_are_no_figures(sentence):
    assert rows(sentence) == []


def test_a_size_class_between_a_count_and_its_things_is_no_figure():
    (r,) = rows("推进产业共建，66个超亿元项目落地。")
    assert (r.value, r.unit) == (66, "个")


@pytest.mark.parametrize("verb", ["一年净增", "净增", "本年净增"])
def test_a_net_increase_is_a_change_of_its_subject(verb):
    out = rows(f"地方财政一般预算收入{verb}157亿元，达658亿元。")
    assert [(r.metric, r.change) for r in out] == [("地方财政一般预算收入", "increase"), ("地方财政一般预算收入", None)]
    assert out[1].canonical == "fiscal.revenue"


@pytest.mark.parametrize("office", ["行政审批事项网上全流程", "行政服务大厅业务按时", "12345热线工单"])
def test_another_offices_completion_rate_is_not_the_deputies(office):
    (r,) = rows(f"{office}办结率达到97%。")
    assert r.canonical is None


@pytest.mark.parametrize("a, b", [("太湖流域水环境综合治理专项资金", "生态环境保护专项资金"), ("省级预算内投资", "政府债券资金")])
def test_two_sources_pair_with_the_two_figures_taken_from_them(a, b):
    out = rows(f"从{a}和{b}中统筹安排4.5亿元和0.97亿元。")
    assert [r.metric for r in out] == [f"从{a}中统筹安排", f"从{b}中统筹安排"]


@pytest.mark.parametrize("subjects, measure", [("集成电路、工业机器人、智能手机产量", "产量"), ("第一、二、三产业增加值", "增加值")])
def test_a_second_respectively_of_shares_gives_each_subject_its_share(subjects, measure):
    out = rows(f"{subjects}分别增长16.0%、31.8%、9.3%，分别占全国14.8%、24.1%、23.4%。")
    assert all(r.metric.endswith(f"{measure}占全国比重") for r in out[3:])
    assert not any(r.metric.endswith("占全国比重") for r in out[:3])


@pytest.mark.parametrize("listed", ["第一、二、三产业", "第一、第二、第三产业", "第一产业、第二产业和第三产业"])
@pytest.mark.parametrize("tail, canonical", [("增加值分别增长", True), ("对经济增长的贡献率分别为", False)])
def test_ordinals_of_sectors_listed_share_the_measure(listed, tail, canonical):
    out = rows(f"{listed}{tail}3%、4%、5%。")
    assert [r.metric[:4] for r in out] == ["第一产业", "第二产业", "第三产业"]
    assert all(bool(r.canonical) == canonical for r in out)


def test_a_shared_verb_before_a_list_of_routes_holds_for_each():
    out = rows("新开和优化调整公交线路85条以上、微巴线路10条以上。")
    assert [r.metric for r in out] == ["新开和优化调整公交线路", "新开和优化调整微巴线路"]


@pytest.mark.parametrize("first, second", [("475公里", "8361公顷"), ("142公里", "4.4万亩"), ("12公里", "300万立方米")])
@pytest.mark.parametrize("verb", ["建成", "建设"])
def test_two_measures_of_one_thing_named_after_them_share_it(first, second, verb):
    out = rows(f"{verb}{first}、{second}生态景观林带。")
    assert [r.metric for r in out] == [f"{verb}生态景观林带"] * 2


def test_an_amount_and_an_area_listed_are_two_things():
    out = rows("完成投资100亿元、3000亩土地整备。")
    assert out[0].metric == "完成投资"


@pytest.mark.parametrize("plan", ["“十三五”", "“八五”时期", "十二五"])
def test_a_comparison_with_a_plan_is_no_metric(plan):
    out = rows(f"五年累计实际利用外资2894亿美元，比{plan}增长79.6%。")
    assert [r.metric for r in out] == ["实际利用外资"] * 2


def test_listed_examples_before_as_many_figures_pair_with_them():
    out = rows("社保就业、教育、卫生健康等领域支出总计5527亿元、4211亿元、2307亿元。")
    assert [r.metric for r in out] == ["社保就业领域支出总计", "教育领域支出总计", "卫生健康领域支出总计"]


@pytest.mark.parametrize("opener, word", [("一般公共预算支出主要情况是：", "支出"), ("政府性基金收入主要有：", "收入")])
def test_items_of_an_opened_budget_named_by_function_take_its_word(opener, word):
    out = rows(f"市本级当年安排的{opener}一般公共服务16.2亿元，公共安全13.2亿元，教育资金13.9亿元。")
    assert [r.metric for r in out] == [f"一般公共服务{word}", f"公共安全{word}", "教育资金"]


@pytest.mark.parametrize("first", ["合同利用外资", "实际利用外资"])
def test_a_measure_word_is_not_shared_onto_an_item_that_has_one(first):
    out = rows(f"{first}、对外直接投资额分别增长2.1倍和12.6倍。")
    assert out[0].metric == first


@pytest.mark.parametrize("verb", ["全市投入", "统筹安排", "全省安排", "市级投入"])
def test_an_allocation_by_any_verb_names_its_purpose(verb):
    (r,) = rows(f"{verb}173亿元，支持现代制造业集群体系加速崛起。")
    assert r.metric == f"{verb}（支持现代制造业集群体系加速崛起）"


def test_a_lists_closing_etc_is_no_noun():
    out = rows("卫生健康支出63.1亿元，增长8.3%等。")
    assert [r.metric for r in out] == ["卫生健康支出"] * 2


@pytest.mark.parametrize("per", ["每生每年", "每人每月", "每户"])
def test_a_per_unit_standard_raised_keeps_its_name(per):
    out = rows(f"国家助学金标准由{per}2000元提高至2300元。")
    assert [r.metric for r in out] == ["国家助学金标准"] * 2


@pytest.mark.parametrize("part", ["职工", "离退休人员", "农民工"])
def test_people_of_a_count_of_insured_are_its_parts(part):
    out = rows(f"全市城镇职工基本养老保险参保人数27.90万人。其中，{part}21.00万人。")
    assert out[1].metric == f"全市城镇职工基本养老保险参保{part}"


@pytest.mark.parametrize("lead", ["按级次分，", "分级次看，"])
def test_levels_in_a_breakdown_take_the_wholes_measure(lead):
    out = rows(f"全市政府债务余额为16782亿元。按类型分，一般债务5000亿元。{lead}市级4334亿元，区县级12448亿元。")
    assert [r.metric for r in out] == ["全市政府债务余额", "全市政府一般债务余额", "市级政府债务余额", "区县级政府债务余额"]
    assert [r.canonical for r in out[1:]] == [None] * 3


def test_the_kinds_of_a_limit_named_with_it_are_its_parts():
    out = rows("新增债务限额2579亿元，其中，一般债务限额214亿元、专项债务限额2365亿元。")
    assert [r.metric for r in out[1:]] == ["新增一般债务限额", "新增专项债务限额"]


@pytest.mark.parametrize("reach", ["首次突破千亿", "突破千亿大关", "超过千亿"])
def test_a_clause_between_figures_naming_what_reached_a_level_is_the_next_figures_subject(reach):
    out = rows(f"地方财政一般预算收入500.88亿元，增长21.5%，上划中央收入{reach}，达1180亿元。")
    assert (out[-1].metric, out[-1].canonical) == ("上划中央收入", None)


@pytest.mark.parametrize("basis", ["剔除增发国债因素后", "剔除不可比因素"])
def test_a_basis_between_a_figure_and_its_growth_names_no_subject(basis):
    out = rows(f"农林水支出434亿元，{basis}，增长2.4%。")
    assert out[-1].metric == "农林水支出"


@pytest.mark.parametrize("basis", ["剔除证券交易印花税因素", "扣除留抵退税因素后", "不考虑一次性收入影响"])
@pytest.mark.parametrize("comma", ["，", ""])
def test_a_growth_on_another_basis_is_not_the_headline_growth(basis, comma):
    out = rows(f"地方一般公共预算收入262亿元，增长18.3%，{basis}{comma}增长30.9%。")
    assert [r.canonical for r in out] == ["fiscal.revenue", "fiscal.revenue.growth", None]
    assert out[-1].metric == f"地方一般公共预算收入（{basis}）"


@pytest.mark.parametrize("whole, parts, measure", [
    ("市财政安排重点民生领域支出", ["教育", "医疗卫生", "公共交通"], "支出"),
    ("七大产业增加值", ["新一代信息技术", "互联网产业"], "增加值")])
def test_parts_after_qizhong_with_respectively_take_the_wholes_measure(whole, parts, measure):
    values = "、".join(f"{k + 20}%" for k in range(len(parts)))
    out = rows(f"{whole}增长13.5%，其中{'、'.join(parts)}分别增长{values}。")
    assert [r.metric for r in out[1:]] == [p + measure for p in parts]


@pytest.mark.parametrize("sentence", ["实施3岁以下婴幼儿照护服务发展行动计划。", "落实市委七届六次、七次、八次全会精神。"])
def test_age_bounds_and_session_numbers_are_no_figures(sentence):
    assert rows(sentence) == []


@pytest.mark.parametrize("size", ["200平方米以上", "100亩以上的", "10亿元以上"])
def test_a_size_class_after_a_count_is_part_of_what_is_counted(size):
    (r,) = rows(f"全市近1.2万个{size}餐饮单位全部实现智慧监管。")
    assert r.value == 12000 and size in r.metric


@pytest.mark.parametrize("base", ["较2020年", "比上年", "比2015年末"])
@pytest.mark.parametrize("share", ["占比", "比重"])
def test_respectively_against_a_base_pairs_figures_that_carry_their_own_verbs(base, share):
    out = rows(f"工业投资、房地产投资{share}分别{base}提升11.9个百分点、下降16.5个百分点。")
    assert [(r.metric, r.change) for r in out] == [
        (f"工业投资{share}", "increase"), (f"房地产投资{share}", "decrease")]


@pytest.mark.parametrize("names", [["“i深圳”", "“深i企”"], ["“粤省事”", "“粤商通”", "“粤政易”"]])
@pytest.mark.parametrize("joiner", ["", "、"])
def test_quoted_names_one_after_another_pair_with_their_figures(names, joiner):
    values = [f"{1600 - 100 * k}万" for k in range(len(names))]
    out = rows(f"{joiner.join(names)}注册用户分别超过{'、'.join(values)}。")
    assert [r.metric for r in out] == [n + "注册用户" for n in names]
    assert {r.approx for r in out} == {"at_least"}


@pytest.mark.parametrize("pre, approx", [("超过", "at_least"), ("近", "below"), ("约", "approx")])
def test_an_approximator_before_the_first_of_bare_figures_holds_for_each(pre, approx):
    out = rows(f"两个平台注册用户分别{pre}1600万、180万和20万。")
    assert [r.approx for r in out] == [approx] * 3


@pytest.mark.parametrize("items", [["质检", "信用", "广告"], ["会展", "咨询"]])
def test_examples_before_a_shared_measure_each_take_it_with_respectively(items):
    values = "、".join(f"{k + 9}.1%" for k in range(len(items)))
    out = rows(f"{'、'.join(items)}等服务业营收分别增长{values}。")
    assert [r.metric for r in out] == [i + "服务业营收" for i in items]


@pytest.mark.parametrize("items, share", [
    (["高新技术", "金融", "文化"], "产业增加值占GDP的比重"),
    (["新增基础教育学位", "医疗卫生床位"], "占全市比重"),
    (["一般贸易", "服务贸易"], "比重")])
def test_a_share_the_last_item_ends_on_is_each_items(items, share):
    values = "、".join(f"{k + 10}%" for k in range(len(items)))
    out = rows(f"——{'、'.join(items)}{share}分别达到{values}。")
    assert [r.metric for r in out] == [i + share for i in items]


@pytest.mark.parametrize("first, last", [(2015, 2020), (2020, 2024)])
@pytest.mark.parametrize("link", ["、年均增长", "，年均增长", "，增长"])
def test_a_growth_after_a_run_from_one_year_to_another_is_over_those_years(first, last, link):
    out = rows(f"全社会研发投入从{first}年的1510.8亿元增至{last}年的2453.1亿元{link}12.9%，税收增长8%。",
               heading="过去五年工作回顾", year=2025)
    assert [r.period for r in out] == [str(first), str(last), f"{first + 1}-{last}", "2020-2024"]


@pytest.mark.parametrize("stock, unit", [("在境内外上市的深圳企业达306", "家"), ("国家级高新技术企业4742", "家"),
                                         ("城市污水日处理能力达到469.5万", "吨")])
@pytest.mark.parametrize("span", ["五年", "比上年", ""])
def test_a_bare_new_after_a_stock_counts_more_of_it(stock, unit, span):
    out = rows(f"{stock}{unit}，{span}新增113{unit}。")
    subject = re.sub(r"(?:达到|达)?[\d.万]+$", "", stock)
    assert out[1].metric == "新增" + subject


@pytest.mark.parametrize("verb", ["完成", "建成", "改造"])
def test_a_verb_repeated_in_the_next_clause_takes_its_object(verb):
    out = rows(f"计划到2027年{verb}1600个城中村综合治理项目，今年{verb}600个以上。", heading="二、2025年工作安排")
    assert out[1].metric == f"{verb}城中村综合治理项目"


@pytest.mark.parametrize("things, predicate", [("专营公交车", "纯电动化"), ("行政村", "通光纤"),
                                               ("政务服务事项", "“全市域通办”")])
def test_a_share_reached_names_the_things_and_what_they_do(things, predicate):
    (r,) = rows(f"实现{things}100%{predicate}。")
    assert r.metric == f"{things}{predicate}比例"


@pytest.mark.parametrize("region", ["", "全市"])
@pytest.mark.parametrize("things", ["行政村实现通光纤", "幼儿园达到规范园标准"])
def test_a_share_of_things_before_them_is_of_those_things(region, things):
    (r,) = rows(f"{region}95%以上的{things}。")
    assert r.metric == f"{region}{things}比例" and r.approx == "at_least"


@pytest.mark.parametrize("aim", ["8.5%左右的增速是稳中求进的目标", "低于13%左右的预期目标"])
def test_a_speed_or_aim_after_a_share_is_no_share_of_things(aim):
    (r,) = rows(f"需要说明的是，{aim}。")
    assert not r.metric.endswith("比例")


def test_shares_listed_after_one_reached_share_the_things():
    out = rows("实现政务服务事项80%以上“全市域通办”、90%以上“掌上办”。")
    assert [r.metric for r in out] == ["政务服务事项“全市域通办”比例", "政务服务事项“掌上办”比例"]


@pytest.mark.parametrize("names", ["网络与通信、软件与信息服务、智能网联汽车", "前海、河套"])
@pytest.mark.parametrize("kind, measure", [("集群", "规模"), ("园区", "产值")])
@pytest.mark.parametrize("each", ["均", "都"])
def test_a_measure_of_things_counted_is_of_them_all(names, kind, measure, each):
    n = names.count("、") + 1
    out = rows(f"{names}{n}个{kind}{measure}{each}突破8000亿元。")
    assert [r.metric for r in out] == [names + kind, names + kind + measure]
    assert out[1].approx == "at_least"


@pytest.mark.parametrize("group", ["陈嘉庚青年科学奖5名得主中", "全国10个试点城市中", "8家获奖企业中"])
def test_the_group_a_part_is_counted_out_of_is_no_figure(group):
    (r,) = rows(f"{group}，2个来自深圳。")
    assert r.value == 2


@pytest.mark.parametrize("things, rate", [("310条河流", "按河长计算优良水体比例达"), ("9类重点人群", "签约服务覆盖率提高至"),
                                          ("84个省重点项目", "投资完成率")])
def test_the_things_a_rate_is_taken_over_are_no_figure(things, rate):
    (r,) = rows(f"{things}{rate}90.1%。")
    assert r.value == 90.1 and r.unit == "%"


@pytest.mark.parametrize("n, years", [("三", 3), ("两", 2), ("5", 5)])
@pytest.mark.parametrize("about", ["", "左右"])
def test_a_plan_over_the_years_it_gives_itself(n, years, about):
    out = rows(f"用{n}年{about}时间新建公办义务教育学校146所、新增学位21万个。", heading="二、2024年工作安排")
    assert [(r.metric, r.period) for r in out] == [("新建公办义务教育学校", f"2024-{2023 + years}"),
                                                   ("新增学位", f"2024-{2023 + years}")]


@pytest.mark.parametrize("first, last, predicate", [("黑臭水体", "小微黑臭水体", "全面消除黑臭"),
                                                    ("学校", "公办学校", "建成投入使用")])
def test_counted_things_joined_by_he_share_what_the_last_does(first, last, predicate):
    out = rows(f"159个{first}和1467个{last}{predicate}。")
    assert [r.metric for r in out] == [first + predicate, last + predicate]


@pytest.mark.parametrize("chain", ["新建改造提升", "改造提升", "新建和改造提升"])
def test_a_change_verb_ending_a_chain_over_things_counted_is_no_change(chain):
    (r,) = rows(f"{chain}40个公园。")
    assert r.change is None and r.metric == f"{chain}公园"


@pytest.mark.parametrize("verb", ["提升", "提高", "降低"])
@pytest.mark.parametrize("size, noun, attribute", [("656公里", "公交专用道", "使用效率"), ("10万户", "企业", "用电成本"),
                                                   ("30所", "学校", "办学质量")])
def test_a_change_verb_before_things_sized_changes_their_attribute(verb, size, noun, attribute):
    (r,) = rows(f"{verb}{size}{noun}{attribute}。")
    assert r.change is None and r.metric == f"{verb}{noun}{attribute}"


@pytest.mark.parametrize("text, change", [("财政收入增加300亿元。", "increase"), ("成本降低2个百分点。", "decrease"),
                                          ("减少30个审批事项。", "decrease")])
def test_a_change_of_a_sum_rate_or_count_stays_a_change(text, change):
    (r,) = rows(text)
    assert r.change == change


@pytest.mark.parametrize("lead", ["大力发展", "加快培育", ""])
@pytest.mark.parametrize("measure, expect", [("产业规模", "规模"), ("增加值", "增加值")])
def test_the_things_of_a_respectively_named_in_the_clause_before(lead, measure, expect):
    out = rows(f"{lead}战略性新兴产业和未来产业，{measure}分别达到2.3万亿元和4000亿元。")
    assert [r.metric for r in out] == ["战略性新兴产业" + expect, "未来产业" + expect]


@pytest.mark.parametrize("grows", ["加快发展", "快速发展", "持续增长", "持续健康发展", "保持平稳增长"])
def test_a_clause_saying_a_subject_grows_names_the_next_figure(grows):
    out = rows(f"公益性文化活动超过1万次；文化创意产业{grows}，增长20.5%，占GDP比重8%。")
    assert [r.metric for r in out[1:]] == ["文化创意产业", "文化创意产业占GDP比重"]


@pytest.mark.parametrize("gap", ["低于预期目标", "高于年度目标", "比预期目标低"])
def test_a_figure_against_its_aim_is_a_gap_of_the_figure_before(gap):
    out = rows(f"居民消费价格涨幅为2.8%，{gap}1.2个百分点。")
    assert out[1].metric.startswith("居民消费价格涨幅") and out[1].canonical is None


@pytest.mark.parametrize("whole, parts, expect", [
    ("市级对区县转移支付预算安排", ["一般性转移支付", "专项转移支付"], "市级对区县{}预算安排"),
    ("全省地方政府债务余额", ["一般债务", "专项债务"], "全省地方政府{}余额"),
    ("全市政府债券还本付息", ["一般债券", "专项债券"], "全市政府{}还本付息")])
def test_kinds_of_a_budget_word_in_the_next_sentence_keep_the_wholes_subject(whole, parts, expect):
    out = rows(f"{whole}1705亿元。其中，{parts[0]}1601亿元，{parts[1]}104亿元。", heading="二、2024年预算草案")
    assert [r.metric for r in out[1:]] == [expect.format(p) for p in parts]


@pytest.mark.parametrize("lead", ["统筹安排", "市财政安排", "省级下达"])
def test_an_allocation_names_its_whole_listed_purpose(lead):
    (r,) = rows(f"{lead}1.65亿元保障县中振兴、“校园餐”、中小学校教室空调全覆盖等民生实事项目。")
    assert r.metric == f"{lead}（保障县中振兴、“校园餐”、中小学校教室空调全覆盖等民生实事项目）"


@pytest.mark.parametrize("verb", ["下达", "发行"])
def test_a_net_of_the_verb_before_takes_its_object(verb):
    out = rows(f"重新{verb}我省结存限额625亿元，净{verb}224亿元。")
    assert out[1].metric == f"净{verb}我省结存限额"


@pytest.mark.parametrize("whole, noun", [("新推出制度创新举措106项", "制度创新举措"), ("制定地方性法规10件", "地方性法规")])
@pytest.mark.parametrize("said", ["全国领先", "全省复制推广", "为国内首创"])
def test_a_part_said_by_what_it_is_is_of_the_wholes_things(whole, noun, said):
    out = rows(f"{whole}，其中3{whole[-1]}{said}。")
    assert out[1].metric == f"{said.removeprefix('为')}的{noun}"


def test_a_part_naming_the_wholes_things_keeps_its_words():
    out = rows("新增企业100家，其中5家企业上市。")
    assert out[1].metric == "企业上市"


@pytest.mark.parametrize("holder", ["市、区两级政府共", "全市累计", "市财政共计"])
def test_an_allocation_with_a_total_word_names_its_purpose(holder):
    (r,) = rows(f"继续保持较大强度的政府投资，{holder}投入200亿元。")
    assert r.metric == f"{holder.removesuffix('共')}投入（保持较大强度的政府投资）"  # (共 before a verb names nothing)


@pytest.mark.parametrize("flow", ["五年净增", "五年新增", "新增"])
@pytest.mark.parametrize("total", ["总数达", "总量达", "总数超过"])
def test_a_total_after_a_terms_flow_is_of_the_things_at_the_terms_end(flow, total):
    out = rows(f"{flow}规上工业企业4163家、{total}1.45万家。", heading="过去五年工作回顾", year=2026)
    assert (out[1].metric, out[1].period) == ("规上工业企业" + total[:2], "2025")
    assert out[0].period == "2021-2025"


@pytest.mark.parametrize("reached", ["已逾", "已超过", "已经突破"])
def test_a_level_already_reached_in_a_term_review_is_its_last_years(reached):
    (r,) = rows(f"世界500强企业来深投资{reached}百家。", heading="过去五年工作回顾", year=2026)
    assert r.period == "2025" and r.approx == "at_least"


@pytest.mark.parametrize("verb", ["惠及", "带动", "覆盖"])
def test_people_a_programme_reached_are_no_poverty_reduction(verb):
    (r,) = rows(f"实施对口帮扶项目，{verb}贫困人口近10万人。")
    assert r.canonical is None


@pytest.mark.parametrize("quoted", ["“无差别受理、同标准办理”", "“省内通办、湾区通办、跨省通办”"])
def test_a_quotation_after_a_count_is_not_cut_at_its_own_dun(quoted):
    (r,) = rows(f"养老保险转移接续等40项公共服务实现{quoted}。")
    assert r.metric.endswith(quoted)


@pytest.mark.parametrize("share, things", [("95%以上", "村集体经营性收入超10万元"), ("90%的", "企业营业收入超过1000万元")])
def test_a_threshold_picking_the_things_a_share_is_of_is_no_figure(share, things):
    (r,) = rows(f"{share}{things}。")
    assert r.unit == "%" and r.metric == f"{things}比例"


@pytest.mark.parametrize("noun, whole", [("税收收入", "一般公共预算收入"), ("全口径财政收入", "GDP的")])
@pytest.mark.parametrize("verb", ["达", "为", ""])
def test_a_share_is_no_growth_of_its_part(noun, whole, verb):
    (r,) = rows(f"{noun}占{whole}比重{verb}76.1%。")
    assert r.canonical is None


@pytest.mark.parametrize("text, value", [("A股上市公司总股本8.1亿股。", 8.1e8), ("发行新股2000万股。", 2e7)])
def test_shares_are_a_unit(text, value):
    (r,) = rows(text)
    assert (r.value, r.unit) == (value, "股")


def test_a_word_opening_on_gu_is_no_unit():
    assert not any(r.unit == "股" for r in rows("与2股份制银行签约，3家企业完成股份制改造。"))


@pytest.mark.parametrize("items, kind, measure, unit", [
    (["粮食", "棉花", "油料"], "主要农产品", "产量", "万吨"), (["钢铁", "水泥"], "主要工业产品", "产量", "万吨"),
    (["汽车", "家电"], "重点商品", "零售额", "亿元")])
def test_examples_of_a_class_before_respectively_take_the_measure_alone(items, kind, measure, unit):
    values = "、".join(f"{k + 5}{unit}" for k in range(len(items)))
    out = rows(f"{'、'.join(items)}等{kind}{measure}分别为{values}。")
    assert [r.metric for r in out] == [i + measure for i in items]


@pytest.mark.parametrize("noun", ["全体居民人均可支配收入", "社会消费品零售总额"])
def test_a_real_growth_after_prices_is_no_other_basis(noun):
    out = rows(f"{noun}39218亿元，比上年增长6.3%，扣除价格因素，实际增长6.1%。")
    assert out[2].metric == noun and out[2].canonical == out[1].canonical


@pytest.mark.parametrize("later", ["今年完成600个以上", "2024年完成600个"])
def test_a_years_figure_after_a_plan_over_years_is_that_years(later):
    out = rows(f"用三年时间完成1600个城中村综合治理，{later}。", heading="二、2024年工作安排")
    assert [r.period for r in out] == ["2024-2026", "2024"]


@pytest.mark.parametrize("done", ["引进各类人才", "建成保障性住房", "签约项目"])
def test_a_count_of_what_was_done_already_past_a_mark_stays_the_terms(done):
    (r,) = rows(f"五年来，{done}已超过50万个。", heading="过去五年工作回顾", year=2024)
    assert r.period == "2019-2023"


@pytest.mark.parametrize("text", ["全市有5个区率先突破3000亿元。", "集成电路等39种工业产品产量占全国比重超10%。",
                                  "9个区生态环境状况指数均超过90%。"])
def test_a_count_before_a_threshold_or_a_first_is_kept(text):
    assert rows(text)[0].unit in ("个", "种")


@pytest.mark.parametrize("aim", ["3%左右的居民消费价格涨幅", "5.5%左右的城镇调查失业率目标", "5%左右的地区生产总值增长目标"])
def test_a_rate_or_aim_after_a_share_gets_no_share_name(aim):
    (r,) = rows(f"全市{aim}。")
    assert not r.metric.endswith("比例")


def test_a_share_of_spending_is_no_growth_of_it():
    (r,) = rows("全市30%以上的财政支出用于教育。")
    assert r.canonical is None


@pytest.mark.parametrize("who", ["12345热线", "市民", "游客"])
def test_the_publics_satisfaction_is_not_the_deputies(who):
    (r,) = rows(f"{who}满意率达95%。")
    assert r.canonical is None


@pytest.mark.parametrize("things, share", [("集成电路、智能手机等39种工业产品", "产量占全国比重超10%"),
                                           ("12个园区", "产值占全市比重均超过5%")])
def test_a_count_before_a_share_past_a_threshold_counts_the_things(things, share):
    out = rows(f"{things}{share}。")
    noun = re.sub(r"\d+[种个]", "", things)
    assert out[0].metric == noun and out[1].metric.startswith(noun)


@pytest.mark.parametrize("verb", ["划定", "新设", "新设立"])
def test_setting_up_or_drawing_takes_the_noun_after_the_figure(verb):
    (r,) = rows(f"{verb}270平方公里工业用地红线。")
    assert r.metric == f"{verb}工业用地红线"


def test_a_total_after_a_new_count_is_of_the_things():
    out = rows("新设城市候机楼3座、总数达25座。")
    assert out[1].metric == "城市候机楼总数"


@pytest.mark.parametrize("given, reach", [("发放养老服务消费券15.6万张", "惠及4.8万人次"),
                                          ("发放补贴223亿元", "惠及4555万人次")])
def test_whom_a_thing_reached_in_a_clause_of_its_own_is_the_things(given, reach):
    out = rows(f"{given}，{reach}。")
    assert out[1].metric == given[2:re.search(r"\d", given).start()] + "惠及"


def test_whom_it_reached_named_after_the_figure_keeps_the_noun():
    out = rows("补助民办教育28亿元，惠及44.5万名学生。")
    assert out[1].metric == "惠及学生"


@pytest.mark.parametrize("name", ["地方公共财政预算收入", "公共财政预算收入"])
def test_the_older_name_of_the_general_budget_revenue_is_it(name):
    out = rows(f"{name}1731亿元，增长16.8%。")
    assert [r.canonical for r in out] == ["fiscal.revenue", "fiscal.revenue.growth"]


@pytest.mark.parametrize("noun", ["增速", "增幅"])
def test_a_change_of_a_growth_in_points_is_not_the_growth(noun):
    (r,) = rows(f"地方公共财政预算收入{noun}提高6.2个百分点。")
    assert r.canonical is None


@pytest.mark.parametrize("verb", ["占", "为", "相当于"])
def test_an_approximator_before_a_shares_verb_is_the_figures(verb):
    (r,) = rows(f"对外直接投资约{verb}全省的47.7%。")
    assert r.approx == "approx" and "约" not in r.metric


@pytest.mark.parametrize("ratio", ["是五年前的2.3倍", "为2010年的3倍"])
def test_a_share_after_a_ratio_is_the_subjects(ratio):
    out = rows(f"全社会研发投入达到643亿元，{ratio}，占GDP的4.02%。", heading="过去五年工作回顾", year=2015)
    assert out[-1].metric == "全社会研发投入占GDP比重" and out[-1].canonical == "rd.intensity"
    assert (out[-1].period, out[-1].scope) == (out[0].period, "annual") == ("2014", "annual")


@pytest.mark.parametrize("first", ["污水处理能力62万吨/日", "企业35.7万家"])
@pytest.mark.parametrize("total, kept", [("总处理能力721万吨/日", False), ("总装机容量300万千瓦", False),
                                         ("总部企业52家", True)])
def test_a_total_after_a_new_flow_is_no_new_flow(first, total, kept):
    out = rows(f"新增{first}、{total}。")
    assert out[1].metric.startswith("新增") == kept


@pytest.mark.parametrize("clause, metric", [("港口货物吞吐量要达到6000万吨。", "港口货物吞吐量"),
                                            ("化学需氧量排放量要减少2%。", "化学需氧量排放量"),
                                            ("粮食产量要稳定在5.5亿吨以上。", "粮食产量")])
def test_a_modal_before_the_verb_is_no_part_of_the_metric(clause, metric):
    (r,) = rows(clause)
    assert r.metric == metric



@pytest.mark.parametrize("lead", ["中央提出今年", "国务院确定今年"])
def test_who_set_a_target_this_year_is_no_part_of_its_metric(lead):
    (r,) = rows(f"{lead}经济增长预期目标为8%左右。")
    assert r.metric == "经济增长预期目标" and r.canonical == "gdp.growth"


@pytest.mark.parametrize("time", ["年底", "年末", "去年底", "今年再", "每年都", "又", "连年"])
def test_time_words_before_the_verb_are_no_part_of_the_metric(time):
    (r,) = rows(f"国家外汇储备{time}达到1547亿美元。")
    assert r.metric == "国家外汇储备"


@pytest.mark.parametrize("text, value", [("城镇居民人均可支配收入实际增长5·8％。", 5.8), ("财政收入增长4・3%。", 4.3),
                                         ("外汇储备1·5万亿美元。", 1.5e12)])
def test_a_middle_dot_between_digits_of_a_figure_is_a_decimal_point(text, value):
    assert rows(text)[-1].value == pytest.approx(value)


def test_a_middle_dot_in_a_date_is_no_decimal_point():
    assert [r.value for r in rows("5·12汶川特大地震造成69227人遇难。")] == [69227]


@pytest.mark.parametrize("before", ["连续第7年提高企业退休人员基本养老金", "企业退休人员基本养老金连续5年增加",
                                    "今明两年继续提高企业退休人员基本养老金"])
@pytest.mark.parametrize("per_head", ["全年人均增加1680元", "去年又人均提高10%"])
def test_a_per_head_figure_is_of_what_the_clause_before_raises(before, per_head):
    (r,) = rows(f"{before}，{per_head}。")
    assert r.metric == "企业退休人员基本养老金人均"


@pytest.mark.parametrize("text, unit", [("新增450万农村沼气用户。", "户"), ("新建310公里燃气管道，新增13万用户。", "户"),
                                        ("平台新增1亿注册用户。", ""), ("为1700多万困难和重度残疾人发放补贴。", "人"),
                                        ("在600多万香港人的共同努力下。", "人")])
def test_people_and_users_after_a_count_give_its_unit(text, unit):
    assert rows(text)[-1].unit == unit


def test_a_verb_closing_a_figure_before_a_comparison_leaves_the_subject_to_the_change():
    out = rows("今年赤字率拟按4%左右安排、比上年提高1个百分点。", heading="二、2025年工作任务", year=2025)
    assert [r.metric for r in out] == ["赤字率", "赤字率"]


def test_approximately_there_is_an_approximation():
    (r,) = rows("去年价格上涨的翘尾影响约有1个百分点。")
    assert r.approx == "approx"


@pytest.mark.parametrize("parts", ["其中中央财政赤字1.55万亿元，地方财政赤字8300亿元", "其中中央财政赤字1.55万亿元、地方财政赤字8300亿元"])
def test_the_parts_after_其中_run_on_to_the_sentences_end(parts):
    out = rows(f"财政赤字2.38万亿元，{parts}。", heading="二、2018年工作任务", year=2018)
    assert [r.canonical for r in out] == ["fiscal.deficit", None, None]


def test_a_cut_of_the_deficit_is_no_deficit():
    (r,) = rows("同时，削减财政赤字450亿元。", heading="二、2008年工作任务", year=2008)
    assert r.canonical is None and r.metric == "削减财政赤字"


@pytest.mark.parametrize("kind, measure", [("水电", "装机容量"), ("核电", "装机容量"), ("风电", "装机容量")])
def test_a_kind_of_the_wholes_power_takes_its_measure(kind, measure):
    out = rows(f"新增发电装机容量4.45亿千瓦，其中{kind}9601万千瓦。")
    assert out[1].metric == f"新增{kind}{measure}"


@pytest.mark.parametrize("modal", ["将", "拟", ""])
def test_an_allocations_purpose_after_its_comparison(modal):
    out = rows(f"今年中央财政{modal}安排832亿元，比上年增加167亿元，支持卫生事业改革和发展。")
    assert [r.metric for r in out] == ["中央财政安排（支持卫生事业改革和发展）"] * 2


@pytest.mark.parametrize("link", ["比上年增长", "同比增长", "减为增长", "平均每年实际增长", "年均增长"])
def test_a_list_of_changes_after_a_respectively_pairs_with_its_subjects(link):
    out = rows(f"科技、教育、卫生支出分别为774亿元、536亿元和138亿元，{link}29.2%、39.4%和65.4%。")
    assert [r.metric for r in out[3:]] == [r.metric for r in out[:3]]
    assert len({r.metric for r in out}) == 3


@pytest.mark.parametrize("first, second, metric", [
    ("五年新建垃圾转运站423座", "公厕403个", "新建公厕"), ("全年引进院士10名左右", "孔雀团队30个以上", "引进孔雀团队"),
    ("新增公办养老床位1500张", "老年人日间照料中心10家以上", "新增老年人日间照料中心"),
    ("新建学校10所", "在校生5000人", "在校生"), ("新建改建公园64个", "公园总数达841个", "公园总数"),
    ("新增病床位2.5万张", "三甲医院从10家增加到22家", "三甲医院"), ("新增中心10个", "高新技术企业突破2.6万家", "高新技术企业"),
    ("新增养老助餐点243个", "老楼加装电梯822部", "老楼加装电梯"),
])
def test_a_thing_counted_in_the_next_clause_is_more_of_the_same_making(first, second, metric):
    out = rows(f"{first}，{second}。")
    assert out[1].metric == metric


@pytest.mark.parametrize("word", ["国际条约", "合约", "公约"])
def test_the_约_of_a_word_is_no_approximator(word):
    (r,) = rows(f"我国缔结或者参加{word}187个。")
    assert r.approx is None and r.metric.endswith(word)


@pytest.mark.parametrize("text, metric", [
    ("全国社会保障基金积累7810亿元，比五年前增加5800多亿元。", "全国社会保障基金积累"),
    ("工业企业利润由上年下降2.3%转为增长8.5%。", "工业企业利润"),
    ("基础养老金最低标准提高到现在的1721元。", "基础养老金最低标准"),
    ("中央财政投入社会保障资金2930亿元，比上年预计数增加439亿元，增长17.6%。", "中央财政投入社会保障资金"),
    ("单位国内生产总值能耗由前三年分别上升4.9%、5.5%，转为下降1.2%。", "单位国内生产总值能耗"),
])
def test_the_words_of_a_comparison_or_a_turn_leave_the_metric(text, metric):
    assert {r.metric for r in rows(text)} == {metric}


@pytest.mark.parametrize("verb", ["安排", "拿出"])
@pytest.mark.parametrize("purpose", ["支持116户国有企业实施政策性关闭破产", "用于促进就业"])
def test_an_allocations_purpose_right_after_its_money(verb, purpose):
    out = rows(f"中央财政{verb}219亿元{purpose}。")
    assert out[0].metric.startswith(f"中央财政{verb}（") and "亿" not in out[0].metric


@pytest.mark.parametrize("done", ["淘汰落后生产能力", "新增装机容量"])
def test_what_each_did_after_a_respectively_is_each_ones(done):
    out = rows(f"煤炭、电解铝分别{done}1.1亿吨和120万吨。")
    assert [r.metric for r in out] == [f"煤炭{done}", f"电解铝{done}"]


@pytest.mark.parametrize("lead", ["中央财政用于", "全市财政用于"])
def test_a_spenders_lead_holds_for_each_item_of_its_list(lead):
    out = rows(f"{lead}科技、教育和卫生的支出分别为774亿元、536亿元和138亿元。")
    assert all(r.metric.startswith(lead) for r in out) and len({r.metric for r in out}) == 3


@pytest.mark.parametrize("verb, kept", [("实施", ""), ("招引", ""), ("新开工", "新开工")])
@pytest.mark.parametrize("measure", ["年度投资", "总投资"])
def test_the_money_of_things_counted_is_theirs_not_more_of_the_doing(verb, kept, measure):
    out = rows(f"{verb}补短板项目245个、{measure}950亿元。")
    assert out[1].metric == f"{kept}补短板项目{measure}"


@pytest.mark.parametrize("verb", ["坚决守住", "严守", "划定"])
@pytest.mark.parametrize("line", ["耕地红线", "生态保护红线"])
def test_a_figure_sizing_a_bound_names_the_bound(verb, line):
    (r,) = rows(f"{verb}18亿亩{line}。")
    assert r.metric == verb + line


@pytest.mark.parametrize("modal", ["要", ""])
def test_one_figure_after_a_respectively_is_each_subjects(modal):
    out = rows(f"今年化学需氧量、氨氮排放量{modal}分别下降2%。")
    assert [(r.metric, r.value) for r in out] == [("化学需氧量排放量", 2.0), ("氨氮排放量", 2.0)]


def test_a_comparison_with_a_beginning_is_no_part_of_the_metric():
    (r,) = rows("清单管理措施比制度建立之初减少64%。")
    assert r.metric == "清单管理措施"


@pytest.mark.parametrize("before, metric", [("向困难群众发放一次性生活补助", "一次性生活补助惠及"),
                                            ("全面实现城乡九年免费义务教育", "城乡九年免费义务教育惠及学生")])
def test_whom_a_thing_done_reached_is_that_things(before, metric):
    out = rows(f"{before}，惠及1100多万{'学生' if '学生' in metric else '人'}。")
    assert out[-1].metric == metric


@pytest.mark.parametrize("target", ["国内生产总值增长8%左右", "居民消费价格涨幅控制在3%左右"])
def test_a_target_explained_is_no_thing_proposed(target):
    (r,) = rows(f"这里要着重说明，提出{target}，主要是强调好字当头。", heading="二、2010年工作任务", year=2010)
    assert not r.metric.startswith("提出") and r.canonical


@pytest.mark.parametrize("policy", ["确保全市政府投资资金统筹使用", "各级政府要进一步增加投入"])
def test_a_policy_said_before_money_is_no_purpose_of_it(policy):
    out = rows(f"{policy}，市财政拿出200亿元。")
    assert out[0].metric == "市财政拿出"


def test_a_short_object_keeps_its_verb_before_its_money():
    out = rows("招引项目38个、总投资116.2亿元。")
    assert out[1].metric == "招引项目总投资"


@pytest.mark.parametrize("whole", ["全国财政支出", "全市一般公共预算支出"])
def test_a_share_of_money_so_used_is_a_share_not_a_growth(whole):
    (r,) = rows(f"{whole}70%以上用于民生。")
    assert r.metric == f"{whole}用于民生的比重" and r.canonical is None


@pytest.mark.parametrize("base", ["一季度", "前三季度", "上半年", "上年一季度", "上月"])
@pytest.mark.parametrize("noun, subject", [("增幅", "全社会固定资产投资"), ("涨幅", "居民消费价格"),
                                           ("增速", "规模以上工业增加值")])
def test_a_growth_compared_with_an_earlier_part_of_the_year_is_the_growth_just_given(base, noun, subject):
    verb = "上涨" if noun == "涨幅" else "增长"
    out = rows(f"{subject}{verb}25.8%，{noun}比{base}回落1.2个百分点。")
    assert (out[-1].metric, out[-1].change, out[-1].unit) == (subject + noun, "decrease", "个百分点")
    assert out[-1].canonical is None  # a change of the growth, not the growth


@pytest.mark.parametrize("opening", ["今年，要", "今年要", "今年还要"])
def test_a_modal_after_this_year_sets_a_target_in_any_part(opening):
    out = rows(f"{opening}扫除青壮年文盲300万人左右。", heading="七、实施科教兴国战略", year=1999)
    assert [(r.modality, r.period) for r in out] == [("target", "1999")]


@pytest.mark.parametrize("noun", ["主要", "重要"])
def test_this_years_main_figures_are_no_target_by_the_word_yao(noun):
    out = rows(f"今年{noun}经济指标增长8%。", heading="一、1998年工作回顾", year=1999)
    assert out[0].modality == "actual"


@pytest.mark.parametrize("causative", ["要使", "使", "力争使"])
@pytest.mark.parametrize("region, things", [("全国", "人口地区普及九年义务教育"), ("全省", "行政村通光纤")])
def test_a_share_of_things_made_so_is_no_causative_verb(causative, region, things):
    (r,) = rows(f"{causative}{region}80%以上的{things}。")
    assert r.metric == f"{region}{things}比例"


@pytest.mark.parametrize("words", ["多年累计", "多年来", "多年来累计"])
def test_many_years_is_a_time_word_not_part_of_the_metric(words):
    (r,) = rows(f"{words}改造农村危房2400多万户。", heading="一、过去五年工作回顾", year=2023)
    assert r.metric == "改造农村危房"


@pytest.mark.parametrize("levels", ["省、市（地）级", "省、市、县级", "市、县两", "省和市级"])
def test_a_run_of_levels_is_one_modifier_of_the_things_counted(levels):
    out = rows(f"建成250个{levels}疾病预防控制中心。")
    if levels.endswith("两"):  # no 级 closes the run: the 、 parts things as before
        assert out[0].metric == "建成市"
    else:
        assert out[0].metric == f"建成{levels}疾病预防控制中心"


@pytest.mark.parametrize("verb", ["建成", "加固", "启动"])
@pytest.mark.parametrize("size, unit, thing, kept", [("长达", "公里", "西气东输管道", ""),
                                                     ("总长度", "公里", "轨道交通网络", "总长度"),
                                                     ("总规模", "亿元", "产业基金", "总规模")])
def test_a_size_before_de_is_the_things_named_after_it(verb, size, unit, thing, kept):
    (r,) = rows(f"{verb}{size}400{unit}的{thing}。")
    assert r.metric == verb + thing + kept


@pytest.mark.parametrize("predicate", ["全线贯通", "落户深圳", "建设进展顺利", "正式投入运营"])
def test_a_sized_subject_is_the_thing_not_what_it_did(predicate):
    (r,) = rows(f"总规模200亿元的产业投资基金{predicate}。")
    assert r.metric == "产业投资基金总规模"


@pytest.mark.parametrize("bound", ["以下", "以上", "及以下"])
@pytest.mark.parametrize("size, things", [("30万千瓦", "煤电机组"), ("10蒸吨", "燃煤锅炉"), ("500千伏", "输电线路")])
def test_a_size_bound_glued_to_the_things_it_picks_is_no_figure(bound, size, things):
    out = rows(f"淘汰{size}{bound}{things}2.3万台。")
    assert [r.value for r in out] == [23000.0]


@pytest.mark.parametrize("tail", ["，", "的目标，", "左右，"])
def test_a_bound_before_a_clause_end_or_an_aim_is_still_a_figure(tail):
    out = rows(f"新增风电装机1000万千瓦以上{tail}完成全年任务。")
    assert out[0].value == 10000000.0 and out[0].approx in ("at_least", "over")


@pytest.mark.parametrize("people", ["13亿中国人", "14亿多中国人民", "13亿各族人民"])
def test_the_nation_named_by_its_size_is_no_count(people):
    assert rows(f"解决{people}的吃饭问题始终是头等大事。") == []


def test_the_population_stated_is_still_a_count():
    (r,) = rows("全国总人口13亿人。")
    assert r.value == 1.3e9


@pytest.mark.parametrize("last", ["上年", "去年"])
@pytest.mark.parametrize("verb", ["下降", "减少"])
def test_the_change_a_figure_turned_from_is_last_years(last, verb):
    out = rows(f"工业企业利润由{last}{verb}2.3%转为增长8.5%。", heading="一、2016年工作回顾", year=2017)
    assert [r.period for r in out] == ["2015" if last == "上年" else "2016", "2016"]


@pytest.mark.parametrize("event", ["发生特大洪水后", "国际金融危机爆发以来", "以来", "抗击非典之后"])
@pytest.mark.parametrize("start, period", [(1998, "1998-2002"), (2002, "2002")])
def test_a_span_since_a_year_runs_to_the_year_before_the_report(event, start, period):
    out = rows(f"{start}年{event}，我们退田还湖、恢复水面2900平方公里。", heading="一、过去五年工作回顾", year=2003)
    assert [(r.period, r.metric) for r in out] == [(period, "退田还湖、恢复水面")]


@pytest.mark.parametrize("adverb", ["首次", "首度", "再次", "一举"])
def test_a_first_time_is_no_part_of_the_metric(adverb):
    (r,) = rows(f"国家财政收入总额{adverb}突破万亿元。")
    assert r.metric == "国家财政收入总额" and r.canonical


@pytest.mark.parametrize("gap", ["十年前", "五年前", "10年前"])
def test_a_ratio_to_years_ago_is_the_subjects(gap):
    out = rows(f"市场主体总量达到1.7亿户，是{gap}的3倍。")
    assert out[-1].metric == "市场主体总量" and out[-1].unit == "倍"


@pytest.mark.parametrize("conj", ["但", "但是"])
def test_a_conjunction_opens_no_metric(conj):
    (r,) = rows(f"尽管收入增速放缓，{conj}财政用于民生的比例达到70%以上。")
    assert r.metric == "财政用于民生的比例"


@pytest.mark.parametrize("n", ["一批", "一系列"])
def test_a_number_of_things_is_no_count(n):
    assert rows(f"突破{n}核心技术。") == []


@pytest.mark.parametrize("verb", ["设立", "建立", "下达"])
def test_what_is_already_done_in_a_plans_part_is_an_actual(verb):
    (r,) = rows(f"国家已{verb}400亿元新兴产业创业投资引导基金。", heading="二、2015年工作任务", year=2015)
    assert r.modality == "actual"


@pytest.mark.parametrize("last, modality", [("去年", "actual"), ("去年价格上涨的", "target")])
def test_last_year_opening_a_clause_in_a_plans_part_is_last_years(last, modality):
    (r,) = rows(f"{last}居民消费价格涨幅回落到2.6%。", heading="二、2013年工作任务", year=2013)
    assert r.modality == modality


@pytest.mark.parametrize("people", ["在校学生", "城市居民", "贫困人口"])
def test_a_unitless_count_before_people_counts_them(people):
    (r,) = rows(f"我国有2.9亿{people}。")
    assert r.metric == f"我国{people}" and r.unit == "人"


@pytest.mark.parametrize("per, unit", [("50公斤", "元"), ("10万人口", "人")])
def test_the_quantity_a_rate_is_per_is_no_figure(per, unit):
    out = rows(f"小麦最低收购价每{per}提高5{unit}。")
    assert len(out) == 1 and f"每{per}" in out[0].metric


@pytest.mark.parametrize("basis", ["月销售额", "年营业额"])
@pytest.mark.parametrize("lead", ["落实好", "阶段性将", "将"])
def test_a_basis_a_threshold_is_measured_in_is_kept_in_brackets(basis, lead):
    out = rows(f"{lead}小规模纳税人增值税起征点从{basis}3万元提高到10万元。")
    assert {r.metric for r in out} == {f"小规模纳税人增值税起征点（{basis}）"}


@pytest.mark.parametrize("verb", ["扩大到", "要覆盖", "推广到"])
@pytest.mark.parametrize("region", ["全国", "全省"])
def test_a_share_of_places_a_scheme_covers(verb, region):
    (r,) = rows(f"新农保试点范围{verb}{region}40%的县。")
    assert r.metric == f"新农保试点覆盖{region}县比例"


@pytest.mark.parametrize("span, period", [("两年来", "2001-2002"), ("三年来", "2000-2002")])
def test_a_span_opening_a_later_clause_holds_for_the_clauses_after_it(span, period):
    out = rows(f"从国债投资的效果看，{span}发行2100亿元长期国债，共建设5100多个项目。",
               heading="三、国债投资", year=2003)
    assert [r.period for r in out] == [period, period]


def test_a_term_word_after_a_semicolon_holds_again_after_a_named_year():
    out = rows("2002年高等学校在校生1600万人；五年内全国本专科毕业生1300万人，毕业研究生31万人。",
               heading="一、过去五年工作回顾", year=2003)
    assert [r.period for r in out] == ["2002", "1998-2002", "1998-2002"]


@pytest.mark.parametrize("n, period", [("五", "2006-2010"), ("三", "2006-2008")])
def test_within_n_years_with_a_modal_plans_over_those_years(n, period):
    (r,) = rows(f"{n}年内国家财政将投入200亿元。", heading="二、2006年工作任务", year=2006)
    assert (r.modality, r.period) == ("target", period)


@pytest.mark.parametrize("joiner", ["和", "、"])
@pytest.mark.parametrize("times, value", [("翻一番", 2.0), ("翻两番", 4.0)])
def test_a_doubling_of_several_things_is_each_ones(joiner, times, value):
    out = rows(f"到2020年国内生产总值{joiner}城乡居民人均收入比2010年{times}。", heading="二、今后五年目标任务",
               year=2016)
    assert [(r.metric, r.value) for r in out] == [("国内生产总值", value), ("城乡居民人均收入", value)]


@pytest.mark.parametrize("share", ["71%的煤电机组实现超低排放", "广播和电视的人口覆盖率都达到了85%以上",
                                   "政务服务事项实现网上可办比例超过90%"])
def test_a_share_of_things_in_a_state_is_the_terms_last_years(share):
    out = rows(f"{share}。", heading="一、过去五年工作回顾", year=2018)
    assert {(r.period, r.scope) for r in out} == {("2017", "annual")}


@pytest.mark.parametrize("share", ["五年新设外商投资企业4.4万家、占全国比重16.2%", "五年来全国财政支出70%以上用于民生"])
def test_a_share_of_a_terms_flow_keeps_the_term(share):
    out = rows(f"{share}。", heading="一、过去五年工作回顾", year=2018)
    assert out[-1].period == "2013-2017"


@pytest.mark.parametrize("adverb", ["先", "再", "首批"])
@pytest.mark.parametrize("verb, obj", [("发行", "超长期特别国债"), ("新建", "公办学校")])
def test_a_bare_verb_said_again_takes_its_object_from_earlier(adverb, verb, obj):
    out = rows(f"拟连续几年{verb}{obj}，专项用于重大项目建设，今年{adverb}{verb}30个。", heading="二、2024年工作任务")
    assert out[-1].metric == verb + obj


@pytest.mark.parametrize("last", ["上年", "去年"])
def test_each_of_a_list_a_figure_turned_from_is_last_years(last):
    out = rows(f"化学需氧量、二氧化硫排放量由{last}分别增长5.6%和13.1%，减为增长1.2%和1.8%。",
               heading="一、2006年工作回顾", year=2007)
    start = "2005" if last == "上年" else "2006"
    assert [r.period for r in out] == [start, start, "2006", "2006"]


@pytest.mark.parametrize("verb", ["建成", "新建", "新增"])
@pytest.mark.parametrize("unit", ["公里", "平方公里", "亩"])
def test_a_making_verb_holds_for_the_next_measure_of_the_same_unit(verb, unit):
    out = rows(f"五年{verb}新线5944{unit}，复线4603{unit}。", heading="一、过去五年工作回顾", year=2023)
    assert [r.metric for r in out] == [f"{verb}新线", f"{verb}复线"]


@pytest.mark.parametrize("own", ["贯通骑行道", "修复湿地"])
def test_a_clause_with_its_own_verb_keeps_it(own):
    out = rows(f"新建绿道308公里，{own}100公里。")
    assert out[-1].metric == own


@pytest.mark.parametrize("spender", ["中央财政安排", "省财政下达", "市级财政统筹"])
@pytest.mark.parametrize("money", ["资金", "专项资金", "补助资金"])
@pytest.mark.parametrize("purpose", ["支持十大重点节能工程", "用于农村危房改造"])
def test_the_purpose_in_the_clause_after_the_money_names_it(spender, money, purpose):
    (r,) = rows(f"{spender}423亿元{money}，{purpose}。")
    assert r.metric == f"{spender}{money}（{purpose}）"


@pytest.mark.parametrize("before", ["大力发展会展经济", "着力完善基础设施和公共服务"])
@pytest.mark.parametrize("purpose", ["支持举办各类展会", "用于停车难问题综合治理"])
def test_a_purpose_right_after_the_money_wins_over_the_clause_before(before, purpose):
    (r,) = rows(f"{before}，安排专项资金3880万元{purpose}。")
    assert r.metric == f"安排专项资金（{purpose}）"


@pytest.mark.parametrize("aim", ["的目标", "的预期目标", "的年度目标"])
@pytest.mark.parametrize("lead", ["没有实现年初确定的", "基本实现了", ""])
def test_a_figure_of_an_aim_is_a_target_in_a_review(aim, lead):
    out = rows(f"全市{lead}单位生产总值能耗降低4%左右、主要污染物排放总量减少2%{aim}。")
    assert [r.modality for r in out] == ["target", "target"] and out[0].period == "2023"


def test_a_figure_beside_an_aim_met_is_still_an_actual():
    out = rows("全市生产总值增长8%，完成了年初确定的目标。")
    assert out[0].modality == "actual"


@pytest.mark.parametrize("plan", ["去年政府工作报告提出", "上年的政府工作报告确定"])
def test_last_years_plan_quoted_is_its_target_until_what_came_of_it(plan):
    out = rows(f"{plan}，物价涨幅要从14.8%降到10%左右，经过努力，实际回落到6.1%。", heading="一、1996年工作回顾",
               year=1997)
    assert [(r.value, r.modality, r.period) for r in out] == [
        (14.8, "actual", "1995"), (10.0, "target", "1996"), (6.1, "actual", "1996")]


@pytest.mark.parametrize("subject", ["今年的经济增长", "国内生产总值增长"])
def test_an_expectation_stated_is_a_target(subject):
    (r,) = rows(f"综合分析国内外因素，{subject}预期为7%左右。", heading="二、继续扩大内需", year=1999)
    assert (r.modality, r.period, r.canonical) == ("target", "1999", "gdp.growth")


def test_the_registered_residents_urbanisation_rate_is_another_rate():
    out = rows("到2020年，常住人口城镇化率达到60%、户籍人口城镇化率达到45%。", heading="二、今后五年目标", year=2016)
    assert [r.canonical for r in out] == ["urbanization.rate", None]


@pytest.mark.parametrize("aim", ["预期目标", "目标", "今年的预期目标"])
@pytest.mark.parametrize("subject, canonical", [("经济增速", "gdp.growth"), ("居民消费价格涨幅", "cpi.growth")])
def test_a_bare_aim_is_the_target_of_the_thing_the_sentence_opens_on(aim, subject, canonical):
    (r,) = rows(f"{subject}是综合性指标，{aim}设定为6%以上，考虑了经济运行恢复情况。", heading="二、2021年工作任务",
                year=2021)
    assert (r.metric, r.canonical, r.modality) == (subject, canonical, "target")


@pytest.mark.parametrize("since", ["自2019年以来", "从2019年开始", "2019年至今", "2019年起"])
def test_a_span_since_a_year_in_its_other_wordings(since):
    (r,) = rows(f"{since}，累计新增就业50万人。", heading="一、过去五年工作回顾", year=2026)
    assert r.period == "2019-2025"


def test_around_a_year_is_no_span_since_it():
    (r,) = rows("2018年前后，全市新增就业50万人。", heading="一、过去五年工作回顾", year=2026)
    assert r.period != "2018-2025"


@pytest.mark.parametrize("lead", ["去年，", "去年底，", "过去一年，"])
def test_a_sentence_opening_on_last_year_in_a_plans_part_is_last_years(lead):
    (r,) = rows(f"{lead}全市地区生产总值增长5.2%。", heading="二、2024年工作安排", year=2024)
    assert (r.modality, r.period) == ("actual", "2023")


def test_a_sentence_opening_on_last_year_then_this_year_keeps_the_target():
    out = rows("去年，全市地区生产总值增长5.2%，今年预期目标5.5%左右。", heading="二、2024年工作安排", year=2024)
    assert [(r.modality, r.period) for r in out] == [("actual", "2023"), ("target", "2024")]


@pytest.mark.parametrize("year_word", ["全年", "当年"])
def test_a_span_opening_a_clause_stops_at_a_years_clause(year_word):
    out = rows(f"从就业情况看，三年来累计投入资金30亿元，{year_word}新增就业10万人。", heading="一、2023年工作回顾")
    assert out[-1].period == "2023"


@pytest.mark.parametrize("tail", ["和森林抚育20万亩", "并网发电", "惠及农户1万户"])
def test_a_bound_followed_by_a_conjunction_or_verb_is_a_figure(tail):
    out = rows(f"完成造林10万亩以上{tail}。")
    assert out[0].value == 100000.0


def test_a_share_after_qizhong_keeps_the_terms_span():
    out = rows("五年来新增就业60万人，其中高校毕业生比例40%。", heading="一、过去五年工作回顾", year=2026)
    assert [r.period for r in out] == ["2021-2025", "2021-2025"]


@pytest.mark.parametrize("tail, obj", [("支持项目建设", "政府债券"), ("是重点任务", "充电桩"), ("工作", "公办学校")])
def test_a_verb_said_again_takes_only_its_object(tail, obj):
    out = rows(f"拟连续几年新建{obj}{tail}，今年先新建500个。", heading="二、2024年工作任务")
    assert out[-1].metric == "新建" + obj


def test_a_span_within_years_yields_to_a_later_clause_on_this_year():
    out = rows("三年内将新建学校60所，今年新建20所。", heading="二、2024年工作任务", year=2024)
    assert [r.period for r in out] == ["2024-2026", "2024"]


@pytest.mark.parametrize("aim", ["力争", "争取", "计划"])
def test_a_span_within_years_after_an_aim_word(aim):
    (r,) = rows(f"{aim}三年内新建学校60所。", heading="二、2024年工作任务", year=2024)
    assert r.period == "2024-2026"


def test_what_was_already_issued_for_the_plans_year_is_that_years():
    (r,) = rows("已下达2024年新增专项债券额度500亿元。", heading="二、2024年预算草案", year=2024)
    assert (r.modality, r.period) == ("actual", "2024")


@pytest.mark.parametrize("name", ["城市建成区排水改造工程", "运营管理中心", "基本建设项目"])
def test_a_predicate_word_inside_a_name_cuts_nothing(name):
    (r,) = rows(f"总投资20亿元的{name}顺利推进。")
    assert r.metric == f"{name}总投资"


@pytest.mark.parametrize("joint", ["研究与试验发展经费投入", "文化和旅游产业增加值"])
def test_a_doubling_of_a_joint_name_is_one_row(joint):
    out = rows(f"全市{joint}比2020年翻一番。", heading="二、今后五年目标任务", year=2021)
    assert len(out) == 1


@pytest.mark.parametrize("months", ["1—11月", "1-8月", "上年同期1—9月"])
def test_a_month_range_is_a_comparison_base(months):
    out = rows(f"全市规上工业增加值增长6%，增速比{months}提高0.5个百分点。")
    assert out[-1].metric == "全市规上工业增加值增速"


@pytest.mark.parametrize("levels", ["市、区两级", "市、县和乡镇三级"])
def test_a_run_of_levels_with_its_count(levels):
    (r,) = rows(f"打造30个{levels}融媒体中心。")
    assert r.metric == f"打造{levels}融媒体中心"


@pytest.mark.parametrize("cn, year", [("一九八五", 1985), ("一九八〇", 1980), ("二〇二〇", 2020), ("二○二三", 2023)])
def test_a_year_in_chinese_digits_is_read_as_its_year(cn, year):
    out = rows(f"{cn}年，全国粮食产量比上年增长百分之三。", heading="一、过去五年工作回顾", year=year + 1)
    assert out[0].period == str(year)
    assert cn in out[0].evidence  # the evidence keeps the words as printed


@pytest.mark.parametrize("cn, horizon", [("一九八五", "1985"), ("二〇二五", "2025")])
def test_a_horizon_in_chinese_digits_plans_up_to_it(cn, horizon):
    (r,) = rows(f"到{cn}年，全国粮食产量比上年增长百分之三。", heading="二、今后任务", year=int(horizon) - 3)
    assert (r.modality, r.period) == ("target", f"{int(horizon) - 3}-{horizon}")


@pytest.mark.parametrize("joiner", ["同", "与", "跟", "和"])
def test_two_years_compared_up_front_date_the_changes_after(joiner):
    out = rows(f"1992年{joiner}1987年相比，钢产量增长百分之四十二，达到8000万吨；社会商品零售总额由1559亿元增加到2570亿元。",
               heading="一、过去五年工作回顾", year=1993)
    assert [(r.value, r.period) for r in out] == [(42.0, "1988-1992"), (8e7, "1992"), (1.559e11, "1987"),
                                                 (2.57e11, "1992")]


@pytest.mark.parametrize("joiner", ["和", "与", "同"])
def test_a_comparison_said_with_xiangbi_is_no_metric(joiner):
    out = rows(f"全市新增就业10万人，{joiner}2022年相比增长5%。")
    assert out[-1].metric == "全市新增就业"


@pytest.mark.parametrize("things", ["老年人助餐服务点位", "残疾人康复机构", "老年人活动中心"])
def test_people_naming_what_things_serve_count_no_people(things):
    (r,) = rows(f"新增1.2万{things}。")
    assert r.unit != "人"


@pytest.mark.parametrize("group", ["中等收入群体", "新就业形态劳动者"])
def test_a_unitless_count_of_a_group_of_people_is_people(group):
    (r,) = rows(f"我国有4亿多{group}。")
    assert r.unit == "人"


@pytest.mark.parametrize("base", ["去年基础上", "在去年基础上"])
def test_on_last_years_base_is_this_years_target(base):
    (r,) = rows(f"{base}再增长10%。", heading="二、2024年工作任务", year=2024)
    assert (r.modality, r.period) == ("target", "2024")


@pytest.mark.parametrize("verb, value", [("计划增长", 21.7), ("计划为", 3600.0), ("计划达到", 3600.0)])
def test_a_planned_figure_is_a_target_and_the_plan_no_part_of_the_metric(verb, value):
    unit = "%" if value == 21.7 else "亿元"
    (r,) = rows(f"在这个期间，全国固定资产投资总额{verb}{value:g}{unit}。", heading="二、第六个五年计划", year=1982)
    assert (r.metric, r.modality) == ("全国固定资产投资总额", "target")


def test_a_figure_against_the_plan_is_no_planned_figure():
    (r,) = rows("全国工业总产值比计划增长5%。", heading="一、1981年工作回顾", year=1982)
    assert r.modality == "actual"


@pytest.mark.parametrize("verb, change", [("递增", "increase"), ("递减", "decrease")])
def test_a_yearly_compounding_is_a_change(verb, change):
    out = rows(f"工业总产值增长20%，平均每年{verb}4%。")
    assert (out[-1].metric, out[-1].change) == ("工业总产值", change)


@pytest.mark.parametrize("kinds, head", [("食品、药品和其他消费品", "安全国家标准的制定修订工作"),
                                         ("节能、节水和资源综合利用", "等重大项目")])
def test_short_kinds_before_a_shared_head_stay_one_noun(kinds, head):
    (r,) = rows(f"今年要完成7700多项{kinds}{head}。", heading="二、2008年工作任务", year=2008)
    assert r.metric.endswith(kinds + head)


def test_things_counted_each_with_a_figure_stay_apart():
    out = rows("新建学校5所、医院3家。")
    assert [r.metric for r in out] == ["新建学校", "新建医院"]


@pytest.mark.parametrize("num, value", [("四亿零七百多万", 4.07e8), ("一亿二千万", 1.2e8), ("三亿五千多万", 3.5e8)])
def test_a_chinese_numeral_with_yi_scales_only_its_tail_by_wan(num, value):
    (r,) = rows(f"粮食产量达到{num}吨。")
    assert r.value == value


@pytest.mark.parametrize("built", ["在1992年快速增长的基础上", "在2022年稳定恢复的基础上"])
def test_the_year_built_on_is_no_year_of_the_paragraph(built):
    start = int(built[1:5])
    out = rows(f"{built}，{start + 1}年我国经济继续发展。国内生产总值比上年增长百分之十三点四。",
               heading=f"一、{start + 1}年工作回顾和{start + 2}年工作的基本方针", year=start + 2)
    assert out[0].period == str(start + 1)


@pytest.mark.parametrize("rate", ["人口自然增长率", "全市人口自然增长率"])
def test_a_natural_growth_rate_is_a_rate_not_a_change(rate):
    out = rows(f"{rate}由上年的1.2%下降到1.17%。")
    assert [(r.metric, r.change) for r in out] == [(rate, None), (rate, None)]


@pytest.mark.parametrize("measure", ["运营里程", "通车里程"])
def test_a_mileage_is_a_measure_each_listed_road_shares(measure):
    out = rows(f"铁路、高速公路{measure}均超过10万公里。")
    assert [r.metric for r in out] == [f"铁路{measure}", f"高速公路{measure}"]


@pytest.mark.parametrize("helped", ["助力9省54县（区、市）", "助推对口地区", "帮扶"])
def test_the_poor_of_regions_a_city_helps_are_not_its_poverty_reduction(helped):
    (r,) = rows(f"{helped}204万贫困人口全部脱贫。")
    assert r.canonical is None


@pytest.mark.parametrize("plan, year, period", [("“七五”计划草案规定", 1986, "1986-1990"),
                                                ("“十四五”规划确定", 2021, "2021-2025")])
def test_a_plan_that_lays_down_figures_plans_over_its_years(plan, year, period):
    (r,) = rows(f"{plan}，全国工农业总产值平均每年增长百分之六点七。", heading="二、关于五年计划", year=year)
    assert (r.modality, r.period) == ("target", period)


def test_the_tasks_a_plan_set_out_date_nothing():
    out = rows("我们按照“十二五”规划提出的改革任务，全年货物进出口总额增长22.5%。", heading="一、2011年工作回顾", year=2012)
    assert (out[0].modality, out[0].period) == ("actual", "2011")


@pytest.mark.parametrize("near, approx", [("接近", "below"), ("将近", "below"), ("", None)])
def test_a_doubling_nearly_reached_over_a_span(near, approx):
    (r,) = rows(f"全国财政收入十年{near}翻一番。", heading="一、过去五年工作回顾", year=2023)
    assert (r.metric, r.approx, r.period) == ("全国财政收入", approx, "2013-2022")


@pytest.mark.parametrize("base", ["在上年大幅度增长的基础上", "在明显提高质量和效益的基础上"])
def test_the_base_a_figure_builds_on_is_no_part_of_its_metric(base):
    out = rows(f"粮食总产量{base}，又增产291亿斤。")
    assert out[0].metric == "粮食总产量"


@pytest.mark.parametrize("qualifier", ["单位国内生产总值", "万元GDP"])
def test_a_qualifier_holds_for_a_longer_item_of_its_list(qualifier):
    out = rows(f"{qualifier}用水量、能耗、二氧化碳排放量分别下降23%、15%、18%。")
    assert out[-1].metric == f"{qualifier}二氧化碳排放量" and out[-1].canonical == "carbon.intensity"


@pytest.mark.parametrize("sentence, canonical", [
    ("清理政府规章和规范性文件，已废止近900件。", None),
    ("制定地方性法规10件，修改33件，废止12件。", "renda.laws_repealed"),
])
def test_a_bare_repeal_names_no_law(sentence, canonical):
    out = rows(sentence)
    assert out[-1].canonical == canonical


@pytest.mark.parametrize("places", ["省、自治区、直辖市", "省（区、市）"])
def test_the_provinces_named_together_are_one_noun(places):
    (r,) = rows(f"全国有27个{places}完成了村委会换届选举。")
    assert places in r.metric


@pytest.mark.parametrize("start, end", [("年初", "年末"), ("年初", "年底")])
def test_a_level_from_the_start_to_the_end_of_the_year_is_the_same_thing(start, end):
    out = rows(f"城市居民最低生活保障的覆盖人数由{start}的400多万人扩大到{end}的1120多万人。")
    assert [r.metric for r in out] == ["城市居民最低生活保障的覆盖人数"] * 2


@pytest.mark.parametrize("verb", ["扩大到", "推广到"])
def test_a_share_a_scheme_covers_with_no_region_named(verb):
    (r,) = rows(f"扎实推进新型农村社会养老保险试点，试点范围{verb}23%的县。")
    assert r.metric == "试点覆盖县比例"


PLAN = "二、2024年工作安排"


@pytest.mark.parametrize("modal", ["将", "拟", "要", "还要", "要再", "再", "为此将", "还将"])
@pytest.mark.parametrize("subject, act, obj, figure", [
    ("中央财政", "安排", "科技支出", "3700亿元"), ("", "压减", "钢铁产能", "5000万吨"),
    ("", "发行", "超长期特别国债", "1万亿元"), ("全省", "完成", "铁路投资", "800亿元"),
    ("", "开工建设", "保障性住房", "180万套"),
])
def test_a_plans_modal_words_name_nothing(modal, subject, act, obj, figure):
    (r,) = rows(f"{subject}{modal}{act}{obj}{figure}。", heading=PLAN)
    assert r.metric == f"{subject}{act}{obj}" and r.modality == "target"


@pytest.mark.parametrize("frame", ["国务院决定", "中央决定将", "国务院决定今年", "特别是", "预计全年", "提出今年"])
@pytest.mark.parametrize("thing, figure", [("安排建设资金", "30亿元"), ("退税减税", "2.5万亿元"),
                                           ("国内生产总值增长", "5%左右")])
def test_who_decided_and_what_it_stresses_name_nothing(frame, thing, figure):
    (r,) = rows(f"{frame}{thing}{figure}。", heading=PLAN)
    assert r.metric == thing.removesuffix("增长")


@pytest.mark.parametrize("when", ["去年", "今年", "年内", "全年"])
@pytest.mark.parametrize("subject, rest", [("新增的涉税市场主体", "纳税4.76万亿元"),
                                           ("深圳证券交易所", "股票成交额12万亿元")])
def test_a_time_word_inside_a_name_dates_it_and_names_nothing(when, subject, rest):
    (r,) = rows(f"{subject}{when}{rest}。")
    assert r.metric == subject + re.sub(r"[\d.万亿元]+$", "", rest)


@pytest.mark.parametrize("each", ["都要", "均将", "都将", "均要"])
@pytest.mark.parametrize("items, head", [(["二氧化硫", "化学需氧量"], "排放量"), (["城镇", "农村"], "居民收入"),
                                         (["化学需氧量", "氨氮", "二氧化硫"], "排放总量")])
def test_one_figure_for_each_of_a_list_under_a_modal(each, items, head):
    out = rows(f"{'、'.join(items)}{head}{each}减少2%。", heading=PLAN)
    assert [r.metric for r in out] == [i + head for i in items] and all(r.value == 2 for r in out)


@pytest.mark.parametrize("own, named", [(["在营网贷机构的数量", "借贷余额"], ["在营网贷机构的数量", "在营网贷机构借贷余额"]),
                                        (["死亡事故起数", "诉求解决率"], ["死亡事故起数", "诉求解决率"])])
def test_items_with_a_measure_of_their_own_take_no_head(own, named):
    out = rows(f"{'、'.join(own)}、出借人数均下降90%以上。")
    assert [r.metric for r in out] == [*named, "出借人数"]  # (the owner said once is each measure's)


@pytest.mark.parametrize("name", ["研究与实验发展经费", "研究与试验开发经费", "研究与试验发展经费", "研究与实验开发经费支出"])
def test_older_names_of_rd_intensity(name):
    (r,) = rows(f"全社会{name}占国内生产总值的比重达到1.5%。")
    assert r.canonical == "rd.intensity"


@pytest.mark.parametrize("span", ["五年", "这三年", "近两年", "过去五年"])
@pytest.mark.parametrize("spender", ["中央财政", "中央预算内投资"])
def test_a_span_ending_on_zhong_leaves_zhongyang_whole(span, spender):
    (r,) = rows(f"{span}{spender}支持西部大开发重点建设4600亿元。")
    assert r.metric.startswith(spender)


def _plan_years(n: int) -> str:
    start = 1966 + (n - 3) * 5
    return f"{start}-{start + 4}"


CN_ORDINALS = {6: "六", 7: "七", 8: "八", 9: "九", 10: "十", 11: "十一"}


@pytest.mark.parametrize("n", [6, 7, 8, 9, 10, 11])
@pytest.mark.parametrize("lead", ["第{}个五年计划规定，", "第{}个五年计划期间，", "{}五计划期间，"])
def test_a_plan_named_as_the_1980s_did_dates_its_figures(n, lead):
    start = 1966 + (n - 3) * 5
    text = lead.format(CN_ORDINALS[n]) + "全国基本建设投资总额计划安排二千三百亿元。"
    (r,) = rows(text, heading="一、关于基本建设的规模", year=start + 1)
    assert (r.modality, r.period, r.scope) == ("target", _plan_years(n), "term")


@pytest.mark.parametrize("n", [6, 7, 10])
@pytest.mark.parametrize("opening", ["各位代表：现在，我代表国务院，作关于我国国民经济和社会发展第{}个五年计划的报告，请大会审议。",
                                     "我受国务院委托，作关于“{}五”计划的报告。"])
def test_a_report_that_puts_a_plan_forward_states_its_targets(n, opening):
    start = 1966 + (n - 3) * 5
    ordinal = CN_ORDINALS[n]
    doc = Document("t", 1, [Block("paragraph", opening.format(ordinal), 1),
                            Block("heading", "一、关于人民生活的改善", 1, level=1),
                            Block("paragraph", "城乡居民的居住条件将继续得到改善。五年内预计农民新建住宅二十五亿平方米。", 1),
                            Block("paragraph", "计划规定，五年合计国家财政收入为五千九百五十三亿元。", 1)])
    out = extract_indicators(doc, year=start + 1)
    assert [(r.modality, r.period) for r in out] == [("target", _plan_years(n))] * 2


@pytest.mark.parametrize("subject", ["农业总产值", "社会商品零售总额", "轻工业总产值"])
@pytest.mark.parametrize("estimate", ["一九八二年预计", "2023年预计", "预计"])
def test_an_estimate_clause_keeps_the_sentences_subject(subject, estimate):
    out = rows(f"{subject}一九八一年比一九八○年增长百分之五点七，{estimate}比上年增长百分之五。", year=1982)
    assert [r.metric for r in out] == [subject, subject]


@pytest.mark.parametrize("report", [1982, 1993, 2008])
@pytest.mark.parametrize("subject", ["农业总产值", "社会商品零售总额"])
def test_the_years_a_sentence_names_date_it_where_its_part_names_none(report, subject):
    a, b = report - 2, report - 1
    out = rows(f"{subject}{a}年比{a - 1}年增长百分之五点七，{b}年比{a}年增长百分之五。",
               heading="一、关于工农业生产的发展速度", year=report)
    assert [(r.period, r.scope) for r in out] == [(str(a), "annual"), (str(b), "annual")]


@pytest.mark.parametrize("report", [1980, 1988, 2022])
@pytest.mark.parametrize("part", ["上半年", "一月至九月", "3月"])
def test_this_year_in_a_review_is_the_reports_own_year(report, part):
    out = rows(f"{report - 1}年粮食产量达到3亿吨，今年{part}工业总产值又比去年同期增长6%。",
               heading=f"一、{report - 1}年的工作", year=report)
    assert [r.period for r in out] == [str(report - 1), str(report)]


@pytest.mark.parametrize("part", ["上半年", "第四季度", "一季度", "1-9月", "一月至九月", "10月份"])
@pytest.mark.parametrize("subject", ["全国职工工资总额", "工业总产值第一季度"])
def test_a_part_of_the_year_alone_is_the_figure_befores_over_that_part(part, subject):
    out = rows(f"{subject}增长22%，{part}又比去年同期增长38%。")
    whole = subject.removesuffix("第一季度")
    assert [r.metric for r in out] == [subject, f"{whole}（{part}）"]


@pytest.mark.parametrize("conj", ["而", "而且", "而整个"])
@pytest.mark.parametrize("tail", ["却以", "仍以", "却"])
def test_a_conjunction_and_its_adverbs_name_nothing(conj, tail):
    (r,) = rows(f"前四年农业总产值平均每年增长7.9%，{conj}工业总产值{tail}每年递增7.2%的速度发展。")[1:]
    assert r.metric == ("整个" if conj == "而整个" else "") + "工业总产值"


@pytest.mark.parametrize("digits, low, high", [("一两", 1, 2), ("两三", 2, 3), ("五六", 5, 6)])
@pytest.mark.parametrize("scale, factor", [("", 1), ("百", 100), ("万", 10_000)])
def test_two_neighbouring_digits_are_a_range(digits, low, high, scale, factor):
    (r,) = rows(f"培训{digits}{scale}人。")
    assert (r.value, r.low, r.high) == (None, low * factor, high * factor)


@pytest.mark.parametrize("n, cn", [(2, "两"), (3, "三"), (4, "四")])
@pytest.mark.parametrize("lead", ["前{}年内", "这{}年中", "近{}年来"])
def test_a_span_back_dates_its_changes_and_its_levels_reached(n, cn, lead):
    year = 1983
    out = rows(f"{lead.format(cn)}，能源消费总量平均每年只增长百分之一点九，发电量由2030亿度增加到2560亿度。",
               heading="一、过去几年的工作", year=year)
    growth, start, end = out
    assert (growth.metric, growth.period) == ("能源消费总量", f"{year - n}-{year - 1}")
    assert (end.value, end.period, end.scope) == (2.56e11, str(year - 1), "annual")


@pytest.mark.parametrize("adverb", ["只", "仅", "总共只", "仅为"])
def test_only_names_nothing(adverb):
    (r,) = rows(f"全市三甲医院{adverb}16家。")
    assert r.metric == "全市三甲医院"


@pytest.mark.parametrize("name", ["进出口贸易总额", "我国进出口贸易总额", "全国进出口总额"])
def test_older_names_of_the_trade_total(name):
    level, growth = rows(f"{name}达到772亿元，比上年增长28%。")
    assert (level.canonical, growth.canonical) == ("trade.total", "trade.total.growth")


@pytest.mark.parametrize("name", ["物价上涨幅度", "全国物价上涨幅度"])
def test_the_rise_of_prices_is_the_price_growth(name):
    (r,) = rows(f"{name}控制在6%以内。", heading="二、2024年工作安排")
    assert r.canonical == "cpi.growth"


def test_the_rise_of_retail_prices_is_not_the_consumer_price_growth():
    (r,) = rows("商品零售物价上涨幅度控制在6%以内。", heading="二、2024年工作安排")
    assert r.canonical != "cpi.growth"


@pytest.mark.parametrize("cue", ["今年计划要求，", "计划规定，", "今年的计划要求"])
@pytest.mark.parametrize("figure", ["国民生产总值增长百分之六", "全社会固定资产投资增长8%"])
def test_what_a_plan_requires_is_a_target(cue, figure):
    (r,) = rows(f"{cue}{figure}。", heading="一、关于经济形势")
    assert r.modality == "target"


@pytest.mark.parametrize("noun", ["国债", "特别国债", "地方政府债券"])
@pytest.mark.parametrize("after", ["。", "，支持灾后恢复重建。"])
def test_issuing_more_names_what_is_issued(noun, after):
    (r,) = rows(f"增发1万亿元{noun}{after}", heading=PLAN)
    assert r.metric == f"增发{noun}"


@pytest.mark.parametrize("purpose", ["支持灾后恢复重建", "加强基础设施建设", "重点用于增加基础设施投资"])
def test_what_money_is_for_follows_the_noun_it_names(purpose):
    (r,) = rows(f"增发1万亿元国债{purpose}。", heading=PLAN)
    assert r.metric == "增发国债"


@pytest.mark.parametrize("verb", ["新增", "建成", "新建"])
@pytest.mark.parametrize("items", [[("发电装机容量", "1950万千瓦"), ("采煤能力", "8000万吨"), ("铁路通车里程", "1500公里")],
                                   [("铁路新线", "3300公里"), ("港口吞吐能力", "2600万吨"), ("高等级公路", "1900公里")]])
def test_capacities_made_each_in_its_own_measure_share_the_verb(verb, items):
    out = rows(f"全年{verb}" + "，".join(name + figure for name, figure in items) + "。")
    assert [r.metric for r in out] == [verb + name for name, _ in items]


@pytest.mark.parametrize("report", [1982, 2021, 2025])
@pytest.mark.parametrize("estimate", ["", "预计"])
def test_a_year_compared_with_another_is_the_figures(report, estimate):
    a, b = report - 2, report - 1
    out = rows(f"全市生产总值{a}年比{a - 1}年增长6%，{b}年{estimate}比{a}年增长3%。",
               heading=f"一、{b}年工作回顾", year=report)
    assert [r.period for r in out] == [str(a), str(b)]
    (first, second) = rows(f"{b}年{estimate}比{a}年，原煤增长4.6%，原油增长0.5%。",
                           heading=f"一、{a}年工作回顾", year=report)
    assert first.period == second.period == str(b)


@pytest.mark.parametrize("n, cn", [(2, "两"), (3, "三")])
def test_a_span_counts_in_the_reports_own_year_when_the_sentence_does(n, cn):
    year = 1982
    *_, mean = rows(f"农业总产值{year - 1}年比{year - 2}年增长5.7%，{year}年预计比{year - 1}年增长5%，"
                    f"{cn}年平均每年递增5.3%。", heading="一、前两年执行的情况", year=year)
    assert (mean.period, mean.scope) == (f"{year - n + 1}-{year}", "term")


@pytest.mark.parametrize("subject, growth_id", [("国内生产总值", "gdp.growth"), ("地方一般公共预算收入", "fiscal.revenue.growth"),
                                                ("规模以上工业增加值", "industry.value_added.growth")])
@pytest.mark.parametrize("span", ["五年来，", "“十三五”时期，", "过去五年，"])
def test_a_terms_whole_growth_is_no_years_rate(subject, growth_id, span):
    whole, mean = rows(f"{span}{subject}增长57.3%，年均增长9.5%。", heading="一、过去五年的工作")
    assert (whole.scope, whole.canonical, mean.canonical) == ("term", None, growth_id)


@pytest.mark.parametrize("measure", ["低保标准", "居民人均可支配收入", "低保人均补助标准"])
def test_town_and_country_under_respectively_are_two_sides(measure):
    town, country = rows(f"城乡{measure}分别提高5%和8%。")
    assert (town.metric, town.value, country.metric, country.value) == (f"城镇{measure}", 5, f"农村{measure}", 8)


@pytest.mark.parametrize("lead", ["要在近几年把", "在这几年", "要在1985年把"])
@pytest.mark.parametrize("tail", ["稳定在", "仍然安排", "仍"])
def test_a_plans_frame_and_still_name_nothing(lead, tail):
    (r,) = rows(f"{lead}石油总产量{tail}一亿吨。")
    assert r.metric == "石油总产量"


@pytest.mark.parametrize("school", ["中等职业学校", "普通高中", "成人高等学校"])
@pytest.mark.parametrize("measure", ["在校学生总数", "在校生人数", "毕业生人数"])
def test_a_sibling_measure_with_a_count_word_keeps_the_school(school, measure):
    _, other = rows(f"{school}招生810万人，{measure}2000万人。")
    assert other.metric == school + measure


@pytest.mark.parametrize("reach", ["惠及", "覆盖", "覆盖中西部地区"])
@pytest.mark.parametrize("things", ["在校生", "农村中小学", "行政村"])
def test_the_share_of_things_a_scheme_reaches(reach, things):
    _, share = rows(f"农村现代远程教育工程已投入80亿元，{reach}80%以上的{things}。")
    assert share.metric == f"农村现代远程教育工程{reach}{things}比例" and share.unit == "%"


@pytest.mark.parametrize("multiple", ["十倍", "百倍", "千倍", "三十倍"])
@pytest.mark.parametrize("noun", ["疯狂", "仇恨", "努力"])
def test_a_multiple_in_words_before_a_noun_is_a_figure_of_speech(multiple, noun):
    assert rows(f"他们以{multiple}的{noun}，拼命破坏。") == []
    (r,) = rows(f"进出口总额是1978年的{multiple.replace('百', '二十').replace('千', '四十')}。")
    assert r.unit == "倍"


@pytest.mark.parametrize("aspect", ["继续", "已", "已经", "要继续"])
@pytest.mark.parametrize("subject, act, obj, figure", [("", "发行", "长期建设国债", "1400亿元"),
                                                      ("重灾区", "完成", "投资", "8000亿元"),
                                                      ("", "代发", "地方债", "2000亿元")])
def test_aspect_words_name_nothing(aspect, subject, act, obj, figure):
    (r,) = rows(f"{subject}{aspect}{act}{obj}{figure}。", heading=PLAN)
    assert r.metric == f"{subject}{act}{obj}"


@pytest.mark.parametrize("tail", ["继续", "去年", "拟"])
def test_a_trailing_aspect_time_or_modal_word_names_nothing(tail):
    (r,) = rows(f"企业退休人员基本养老金{tail}提高10%。")
    assert r.metric == "企业退休人员基本养老金"


@pytest.mark.parametrize("whole", ["全社会消费品零售总额", "社会消费品零售总额"])
def test_the_whole_societys_retail_sales(whole):
    level, growth = rows(f"{whole}4.1万亿元，增长10.5%。")
    assert (level.canonical, growth.canonical) == ("retail.sales", "retail.sales.growth")


@pytest.mark.parametrize("per_unit", ["单位国内生产总值", "万元GDP", "单位地区生产总值"])
@pytest.mark.parametrize("second, growth_id", [("二氧化碳排放", "carbon.intensity"), ("用水量", "water.intensity")])
def test_a_per_unit_qualifier_holds_for_what_else_the_unit_uses(per_unit, second, growth_id):
    _, other = rows(f"{per_unit}能耗下降8.1%、{second}下降14.1%。")
    assert (other.metric, other.canonical) == (per_unit + second, growth_id)


@pytest.mark.parametrize("items", [["居民医保", "基本公共卫生服务经费"], ["城乡居民医保", "新农合"]])
def test_a_subsidy_standard_is_each_items_measure(items):
    out = rows(f"{'和'.join(items)}人均财政补助标准分别再提高30元和5元。", heading=PLAN)
    assert [r.metric for r in out] == [i + "人均财政补助标准" for i in items]


@pytest.mark.parametrize("n", [6, 7])
def test_a_horizon_at_the_plans_end_keeps_the_plans_term(n):
    start = 1966 + (n - 3) * 5
    doc = Document("t", 1, [Block("paragraph", f"现在，我代表国务院，作关于第{CN_ORDINALS[n]}个五年计划的报告。", 1),
                            Block("heading", "一、关于工农业生产的发展速度", 1, level=1),
                            Block("paragraph", f"到{start + 4}年，全国粮食产量计划达到三亿六千万吨，比{start - 1}年增长百分之十二点三。", 1)])
    out = extract_indicators(doc, year=start + 1)
    assert [(r.modality, r.period) for r in out] == [("target", _plan_years(n))] * 2


@pytest.mark.parametrize("estimate", ["预计", ""])
@pytest.mark.parametrize("report", [1982, 1993])
def test_two_years_compared_up_front_with_an_estimate(estimate, report):
    out = rows(f"{report}年{estimate}同{report - 2}年比较，棉花增长21.9%，油料增长39%。",
               heading=f"一、{report - 1}年的情况", year=report)
    assert [(r.period, r.scope) for r in out] == [(f"{report - 1}-{report}", "term")] * 2


@pytest.mark.parametrize("thing", ["人工草场面积", "电影故事片"])
def test_a_plan_word_alone_names_nothing(thing):
    out = rows(f"扩大{thing}，计划由1980年的3200万增加到1985年的1亿。")
    assert out and all(r.metric not in ("计划", "") for r in out)


@pytest.mark.parametrize("lead", ["据四川省试点的", "据全省试点的"])
def test_according_to_opens_no_metric(lead):
    (r, *_) = rows(f"{lead}84个地方企业的统计，产值增长14.9%。")
    assert not r.metric.startswith("据")


@pytest.mark.parametrize("done", ["裁减了", "进行了", "形成了"])
@pytest.mark.parametrize("today", ["", "今年"])
def test_a_verb_of_the_done_in_a_plans_part_is_a_fact(done, today):
    (r,) = rows(f"{today}我们{done}100万人的调整。", heading=PLAN, year=2024)
    assert (r.modality, r.period) == ("actual", "2024" if today else "2023")


@pytest.mark.parametrize("verb", ["提升到", "提高到", "下降到"])
@pytest.mark.parametrize("when", ["去年底的", "年末的", "2012年底的"])
def test_the_end_of_a_from_to_is_the_same_thing(verb, when):
    start, end = rows(f"银行业资本充足率从2007年底的8.4%{verb}{when}13.3%。", year=2013)
    assert start.metric == end.metric == "银行业资本充足率"


@pytest.mark.parametrize("a, b", [(1966, 1976), (1979, 1981), (2013, 2017)])
@pytest.mark.parametrize("form", ["从{a}年到{b}年，", "从{a}年到{b}年的几年中，", "{a}年至{b}年，"])
def test_a_span_of_years_named_dates_the_flows_and_the_levels_at_its_ends(a, b, form):
    lead = form.format(a=a, b=b)
    growth, = rows(f"{lead}工业产值平均每年增长12%。", heading="一、过去的工作", year=b + 2)
    assert (growth.period, growth.scope) == (f"{a}-{b}", "term")
    start, end = rows(f"{lead}普通高等学校由598所增加到715所。", heading="一、过去的工作", year=b + 2)
    assert (start.period, end.period, end.scope) == (str(a), str(b), "annual")
    (ratio,) = rows(f"五年投资是{a}年到{b}年投资总和的1.7倍。", heading="一、过去五年的工作", year=b + 10)
    assert ratio.period != f"{a}-{b}"


def test_a_span_inside_a_name_names_nothing():
    (r,) = rows("粮食产量在1953年到1978年间平均每年只增长五百多万吨。", heading="一、过去的工作", year=1986)
    assert (r.metric, r.period) == ("粮食产量", "1953-1978")


@pytest.mark.parametrize("n", ["两", "三", "五"])
def test_within_n_years_alone_looks_ahead_not_back(n):
    (r,) = rows(f"在{n}年内把人口自然增长率降到百分之一以下。", heading="一、过去的工作", year=1978)
    assert not (r.modality == "actual" and r.scope == "term")  # (no span of years already past)


@pytest.mark.parametrize("who", ["四川省试点的84个地方企业", "对全国3万户农民家庭"])
@pytest.mark.parametrize("survey", ["统计", "抽样调查"])
def test_a_surveys_figures_are_of_those_surveyed(who, survey):
    *_, r = rows(f"据{who}的{survey}，产值增长14.9%。")
    assert r.metric.endswith("产值") and len(r.metric) > 2
    (r,) = rows(f"据海关{survey}，进出口总额增长17.5%。")
    assert r.metric == "进出口总额"


@pytest.mark.parametrize("growth", ["经济增长8.8%", "经济年均增长6.5%", "经济同比增长5%"])
def test_the_economys_growth_is_named_so(growth):
    (r,) = rows(f"去年{growth}。")
    assert (r.metric, r.canonical) == ("经济增长", "gdp.growth")


@pytest.mark.parametrize("name", ["能源消耗强度", "能源强度"])
def test_energy_intensity_by_another_name(name):
    (r,) = rows(f"{name}下降3.7%。")
    assert r.canonical == "energy.intensity"


@pytest.mark.parametrize("rate", ["经济增速", "国内生产总值增速"])
def test_a_rate_named_as_one_keeps_its_id_over_a_term(rate):
    (r,) = rows(f"五年来，{rate}6.9%。", heading="一、过去五年的工作")
    assert (r.scope, r.canonical) == ("term", "gdp.growth")


@pytest.mark.parametrize("modal", ["预计", "可", "可以"])
@pytest.mark.parametrize("subject, act, figure", [("国家级高新技术企业", "新增", "1200家"), ("每年", "为企业减少用电成本", "5亿元"),
                                                  ("单位GDP能耗", "下降", "4.5%")])
def test_an_estimate_or_a_can_before_the_verb_names_nothing(modal, subject, act, figure):
    (r,) = rows(f"{subject}{modal}{act}{figure}。")
    assert modal not in r.metric and r.metric.startswith(subject)


@pytest.mark.parametrize("subject", ["贫困地区农村学生上重点高校人数", "贸易顺差"])
def test_a_run_of_years_names_nothing(subject):
    (r,) = rows(f"{subject}连续两年增长10%以上。")
    assert r.metric == subject


def test_at_one_go_names_nothing():
    (r,) = rows("一次性增加6万亿元地方专项债务限额。", heading=PLAN)
    assert r.metric.startswith("地方专项债务限额")


@pytest.mark.parametrize("year, plan", [(2007, "2006-2010"), (2013, "2011-2015"), (2024, "2021-2025")])
@pytest.mark.parametrize("lead", ["", "今年要关停1000万千瓦；"])
def test_five_years_in_a_plans_part_are_the_plan_the_year_falls_in(year, plan, lead):
    *_, five, this = rows(f"{lead}五年淘汰落后炼铁产能1亿吨，今年力争淘汰3000万吨。", heading=f"二、{year}年工作安排",
                          year=year)
    assert (five.period, five.scope, this.period) == (plan, "term", str(year))


@pytest.mark.parametrize("start", ["由上年", "由去年的", "从去年的"])
def test_where_a_plans_change_starts_is_last_years_fact(start):
    begin, end = rows(f"今年中央财政用于教育的投入，将{start}1076亿元增加到1562亿元。", heading="二、2008年工作安排",
                      year=2008)
    assert (begin.modality, begin.period, end.modality, end.period) == ("actual", "2007", "target", "2008")


@pytest.mark.parametrize("sentence, metric", [
    ("结果炼铁焦比降到705公斤。", "炼铁焦比"), ("全国城镇共安排就业2100万人。", "全国城镇安排就业"),
    ("力争使国民生产总值翻一番。", "国民生产总值"), ("城市污水处理率也提高到80%。", "城市污水处理率"),
    ("全市共接待国内外游客8315万人次。", "全市接待国内外游客"), ("要使城镇居民登记失业率控制在4%以内。", "城镇居民登记失业率"),
])
def test_connectives_causatives_and_sums_name_nothing(sentence, metric):
    (r,) = rows(sentence)
    assert r.metric == metric


def test_a_use_rate_keeps_its_use():
    (r,) = rows("公共自行车使用率提高到80%。")
    assert r.metric == "公共自行车使用率"


@pytest.mark.parametrize("measure", ["新增发电装机", "能源生产", "节约标准煤"])
def test_next_year_names_nothing(measure):
    (r,) = rows(f"明年{measure}300万。", heading="二、1981年的计划", year=1980)
    assert r.metric == measure


@pytest.mark.parametrize("ratio", ["财政赤字占国内生产总值的比重", "财政赤字占地区生产总值比重"])
def test_the_deficit_ratio_by_its_longer_name(ratio):
    (r,) = rows(f"{ratio}为2.8%。")
    assert r.canonical == "fiscal.deficit_ratio"


@pytest.mark.parametrize("report", [1988, 1998, 2013])
@pytest.mark.parametrize("mean", ["平均每年增长11%", "年均增长11%"])
def test_a_yearly_mean_after_a_years_level_in_a_five_year_review_is_the_terms(report, mean):
    level, growth = rows(f"{report - 1}年国内生产总值达到74772亿元，按可比价格计算，{mean}。",
                         heading="一、关于过去五年的政府工作", year=report)
    assert (level.period, growth.period, growth.scope) == (str(report - 1), f"{report - 5}-{report - 1}", "term")


@pytest.mark.parametrize("start", ["从人均", "由人均", "从户均"])
def test_a_per_head_start_keeps_its_basis_in_brackets(start):
    a, b = rows(f"全员劳动生产率{start}8.7万元提高到12万元以上。")
    assert a.metric == b.metric == f"全员劳动生产率（{start[1:]}）"


@pytest.mark.parametrize("subject, opening", [("外贸出口", "从7月份开始大幅度回升"), ("外贸进口", "从一季度起连续回升"),
                                              ("基本建设交付使用的固定资产占投资的比重", "")])
def test_a_figure_naming_nothing_is_the_subject_the_sentence_opens_on(subject, opening):
    out = rows(f"{subject}{opening}，全年达到1949亿元，比上年增长6.1%。")
    assert [r.metric for r in out] == [subject, subject]


def test_the_subject_of_a_long_sentence_is_not_lent_to_its_far_clauses():
    out = rows("社会保障体系建设取得突破性进展，城镇职工基本养老保险实现省级统筹，实施跨省转移接续办法，"
               "连续7年提高企业退休人员基本养老金水平，年均增长10%。")
    assert all("社会保障体系建设" not in r.metric for r in out)


@pytest.mark.parametrize("verb, obj", [("关停", "小火电机组"), ("淘汰", "落后产能"), ("关闭", "小煤矿")])
@pytest.mark.parametrize("this_year", ["今年要", "年内"])
def test_a_plans_term_figure_then_this_years_share(verb, obj, this_year):
    term, year = rows(f"“十一五”期间，{verb}5000万吨{obj}，{this_year}{verb}1000万吨。", heading="二、2007年工作安排",
                      year=2007)
    assert (term.period, year.period, year.metric) == ("2006-2010", "2007", verb + obj)


@pytest.mark.parametrize("events", ["安全事故总起数", "生产安全事故起数", "事故起数"])
@pytest.mark.parametrize("outcome", ["死亡人数", "受伤人数", "死亡"])
def test_the_outcome_of_events_counted_before(events, outcome):
    _, r = rows(f"{events}下降33.1%，{outcome}下降8.3%。")
    assert r.metric == events.removesuffix("总起数").removesuffix("起数") + outcome


@pytest.mark.parametrize("gloss", ["折合", "约合"])
def test_a_converted_figure_in_brackets_is_the_same_thing(gloss):
    out = rows(f"人均国内生产总值达4.6万元（{gloss}5561美元），增长6.5%。")
    assert {r.metric for r in out} == {"人均国内生产总值"} and out[-1].canonical == "gdp.per_capita.growth"


@pytest.mark.parametrize("done, reached", [("发放价格补贴", "约6700万人受益"), ("推出“深圳惠民保”", "理赔超3万人次"),
                                           ("发放一次性生活补助", "惠及1100多万人")])
def test_whom_a_measure_done_reached_is_named_for_it(done, reached):
    (r,) = rows(f"向困难群众{done}，{reached}。" if done.startswith("发放") else f"{done}，{reached}。")
    assert r.metric.startswith(done.removeprefix("发放").removeprefix("推出"))


def test_an_effort_stepped_up_names_no_one_reached():
    (r,) = rows("加大对家庭困难学生资助力度，4.3亿人次受益。")
    assert not r.metric.startswith("力度")


@pytest.mark.parametrize("verb", ["获", "荣获", "获得"])
def test_what_is_won_is_shared_by_the_next_item(verb):
    _, r = rows(f"共{verb}国际级奖72项，国家级奖283项。")
    assert r.metric == f"{verb}国家级奖"


def test_what_is_handled_is_shared_by_the_next_item():
    _, r = rows("办理人大代表建议533件，政协提案605件。")
    assert r.metric == "办理政协提案"


@pytest.mark.parametrize("unit", ["平方公里", "公顷", "亩"])
@pytest.mark.parametrize("net", ["净", ""])
def test_a_lists_last_unit_and_head_reach_its_bare_items(unit, net):
    out = rows(f"水土流失、荒漠化、沙化土地面积分别{net}减少10.6万、3.8万、3.3万{unit}。")
    assert [(r.metric, r.unit) for r in out] == [(m, unit) for m in ("水土流失面积", "荒漠化面积", "沙化土地面积")]


@pytest.mark.parametrize("year", [1981, 2007, 2024])
def test_next_year_is_the_year_after_the_reports(year):
    this, nxt = rows("中央财政支出今年增加到95亿元，明年将安排200亿元。", heading=f"二、{year}年工作安排", year=year)
    assert (this.period, nxt.period, nxt.modality) == (str(year), str(year + 1), "target")


@pytest.mark.parametrize("months", ["3个多月", "5个月"])
def test_a_while_is_no_count(months):
    assert rows(f"疫情发生已经过去{months}，生产生活秩序逐步恢复。") == []


@pytest.mark.parametrize("until", ["截止去年底", "截至2023年底", "截止到今年"])
def test_until_a_time_names_nothing(until):
    (r,) = rows(f"{until}共受理历史遗留违法建筑申报17.4万宗。")
    assert r.metric == "受理历史遗留违法建筑申报"


@pytest.mark.parametrize("subject", ["PCT国际专利申请", "新能源汽车产量", "高速铁路"])
@pytest.mark.parametrize("place", ["全国", "全省", "世界"])
def test_a_share_named_by_its_verb_is_that_share(subject, place):
    _, share = rows(f"{subject}增长12.5%，占{place}39.3%。")
    assert share.metric == f"{subject}占{place}比重"


@pytest.mark.parametrize("parts", [("社会事业投资", "重大基础设施建设", "灾后恢复重建"), ("商品房", "公租房", "共有产权房")])
def test_shares_of_a_breakdown_are_shares(parts):
    out = rows(f"{parts[0]}占43.7%，{parts[1]}占23.6%，{parts[2]}占14.8%。")
    assert [r.metric for r in out] == [p + "占比" for p in parts]


@pytest.mark.parametrize("subject", ["高铁营业里程", "光纤网络"])
@pytest.mark.parametrize("obj", ["大城市", "行政村", "县"])
def test_a_share_covered_is_of_the_things_covered(subject, obj):
    _, share = rows(f"{subject}达到3万公里、覆盖80%以上的{obj}。")
    assert share.metric == f"{subject}覆盖{obj}比例"


@pytest.mark.parametrize("scheme", ["新型农村合作医疗制度", "城乡居民养老保险"])
@pytest.mark.parametrize("state", ["不断完善", "稳步推进"])
def test_a_scheme_spread_to_a_share_of_places_named_before(scheme, state):
    (share,) = rows(f"{scheme}{state}，已扩大到全国86%的县。")
    assert share.metric == f"{scheme}覆盖县比例"


@pytest.mark.parametrize("verb", ["用好", "用活", "盘活"])
@pytest.mark.parametrize("fund", ["引导基金", "专项债券资金"])
def test_what_is_put_to_use_is_the_noun_after_the_number(verb, fund):
    (r,) = rows(f"完善政府和社会资本合作模式，{verb}1800亿元{fund}，依法严格履行合同。")
    assert r.metric == verb + fund


@pytest.mark.parametrize("aid", ["各类学校家庭困难学生资助", "农村留守儿童关爱"])
@pytest.mark.parametrize("reached", ["受益", "受惠"])
def test_those_an_effort_reached_are_named_by_its_object(aid, reached):
    (r,) = rows(f"加大对{aid}力度，4.3亿人次{reached}。")
    assert r.metric == aid + reached


@pytest.mark.parametrize("scheme", ["城镇居民基本医疗保险", "城乡居民基本养老保险", "新型农村合作医疗"])
def test_an_enrolment_is_in_the_scheme_named_before(scheme):
    out = rows(f"{scheme}试点城市由上年的88个增加到317个，参保人数增加7359万。")
    assert out[-1].metric == scheme + "参保人数"


@pytest.mark.parametrize("ordinal", ["七是", "", "同时"])
def test_the_scheme_of_an_enrolment_is_not_the_verb_setting_it_up(ordinal):
    (r,) = rows(f"{ordinal}建立少儿医疗保险制度，参保人数达到30万人。")
    assert r.metric == "少儿医疗保险参保人数"


@pytest.mark.parametrize("programme", ["汶川地震灾后恢复重建", "城镇老旧小区改造", "重点产业振兴和技术改造"])
@pytest.mark.parametrize("opening", ["我们加快推进{}", "{}继续推进", "支持{}", "各级政府加大对{}的支持"])
@pytest.mark.parametrize("amount", ["重灾区已完成投资", "中央财政安排资金", "带动总投资"])
def test_a_generic_amount_is_of_the_programme_its_sentence_opens_on(programme, opening, amount):
    (r,) = rows(f"{opening.format(programme)}，{amount}6545亿元。")
    assert r.metric == f"{amount.replace('已', '')}（{programme}）"


@pytest.mark.parametrize("programme", ["医疗卫生体制改革", "农村义务教育经费保障机制改革"])
def test_a_generic_amount_is_of_the_programme_it_serves(programme):
    out = rows(f"今后三年各级政府拟投入8500亿元，其中中央财政投入3318亿元，以保证{programme}的顺利推进。")
    assert [r.metric for r in out] == [f"各级政府投入（{programme}）", f"中央财政投入（{programme}）"]


@pytest.mark.parametrize("opening", ["扩大有效投资", "实施扩大内需战略"])
def test_a_whole_named_bare_takes_no_programme(opening):
    (r,) = rows(f"{opening}，投资增长5%。")
    assert "（" not in r.metric


@pytest.mark.parametrize("subject", ["中小企业宽带和专线平均资费", "一般工商业平均电价"])
@pytest.mark.parametrize("again", ["再", "又", ""])
def test_a_decrease_glued_to_its_name(subject, again):
    (r,) = rows(f"{subject}{again}降10%。")
    assert (r.metric, r.change) == (subject, "decrease")


@pytest.mark.parametrize("owner", ["户籍人口", "常住人口"])
@pytest.mark.parametrize("first, second", [("出生率", "自然增长率"), ("出生率", "死亡率")])
def test_an_owner_said_once_holds_for_its_listed_measures(owner, first, second):
    out = rows(f"{owner}{first}、{second}分别控制在13‰和11‰以内。")
    assert [r.metric for r in out] == [owner + first, owner + second]


@pytest.mark.parametrize("owner", ["在营P2P网贷机构", "小额贷款公司"])
def test_an_owner_said_once_holds_for_its_amounts(owner):
    out = rows(f"{owner}数量、借贷余额分别下降70%和60%。")
    assert [r.metric for r in out] == [owner + "数量", owner + "借贷余额"]


@pytest.mark.parametrize("things", [("二氧化硫", "氨氮"), ("食品", "药品")])
@pytest.mark.parametrize("verb", ["累计减排", "抽检", "回收"])
def test_a_verb_after_respectively_is_each_subjects(things, verb):
    out = rows(f"{things[0]}、{things[1]}分别{verb}5100吨和3600吨。")
    assert [r.metric for r in out] == [t + verb for t in things]


@pytest.mark.parametrize("basis", ["按可比口径计算", "按同口径计算"])
def test_a_basis_between_a_figure_and_its_growth_is_no_name(basis):
    _, growth = rows(f"地方一般公共预算收入221.9亿元，{basis}增长16.5%。")
    assert growth.metric == "地方一般公共预算收入"


@pytest.mark.parametrize("region", ["本市", "全省", ""])
@pytest.mark.parametrize("verb", ["实现", ""])
def test_a_bare_per_head_figure_after_a_whole_is_per_head_of_it(region, verb):
    out = rows(f"全年{verb}{region}生产总值2860.51亿元，比上年增长17.3%，人均5.39万元。")
    assert (out[-1].metric, out[-1].canonical) == ("人均生产总值", "gdp.per_capita")


@pytest.mark.parametrize("rest", ["为中西部地区贫困家庭学生免费提供教科书", "对困难群众发放补贴"])
def test_also_before_a_preposition_is_no_name(rest):
    (r,) = rows(f"还{rest}3400万套。")
    assert r.metric == rest


@pytest.mark.parametrize("granted", ["授予专利权", "颁发营业执照", "核发许可证"])
def test_what_a_term_granted_is_the_terms(granted):
    (r,) = rows(f"五年来取得一大批重要科技成果。{granted}22.4万件。", heading="一、过去五年的工作", year=1998)
    assert (r.period, r.scope) == ("1993-1997", "term")


@pytest.mark.parametrize("start, n, years", [(2004, "三", "2004-2006"), (2010, "两", "2010-2011"), (2003, "5", "2003-2006")])
def test_a_task_set_for_some_years_sums_over_them(start, n, years):
    (r,) = rows(f"{start}年我们提出用{n}年时间基本解决拖欠工程款问题，这项工作基本完成，各地已偿还拖欠工程款1834亿元。",
                heading="一、过去五年的工作", year=start + 4)
    assert (r.period, r.scope) == (years, "term")


@pytest.mark.parametrize("part, whole", [("高新技术产品出口", "全市出口总额"), ("税收收入", "一般公共预算收入"),
                                         ("中等职业学校的在校生", "高中阶段教育总人数")])
@pytest.mark.parametrize("verb", ["占", "已占", "占到", "达到"])
def test_a_share_of_a_whole_named_is_that_share(part, whole, verb):
    out = rows(f"{part}{verb}{whole}的33.7%。")
    assert out[-1].metric == f"{part}占{whole}比重"


@pytest.mark.parametrize("level", ["上升到今年的", "提高到2020年的"])
def test_a_level_of_a_year_named_is_no_share(level):
    assert "比重" not in rows(f"农村贫困发生率{level}10.2%。")[-1].metric


@pytest.mark.parametrize("connective", ["尽管", "虽然", "即使"])
@pytest.mark.parametrize("subject", ["我国能源消费总量", "预算外资金"])
def test_a_concession_opening_the_clause_is_no_name(connective, subject):
    (r,) = rows(f"{connective}{subject}增长1.9%，整个工业却以较快的速度发展。")
    assert r.metric == subject


@pytest.mark.parametrize("manner", ["却大幅度", "大大", "明显", "却明显"])
@pytest.mark.parametrize("subject", ["预算外资金", "城乡居民储蓄"])
def test_a_manner_before_the_change_is_no_name(manner, subject):
    (r,) = rows(f"在国家财政收入下降的同时，{subject}{manner}增加，达到650亿元。")
    assert r.metric == subject


@pytest.mark.parametrize("subject", ["同我国建交的国家总数", "上市公司数量"])
def test_now_before_a_level_is_no_name(subject):
    (r,) = rows(f"{subject}现已达到155个。")
    assert r.metric == subject


@pytest.mark.parametrize("basis", ["扣除物价因素", "扣除价格因素", "扣除物价上升因素后"])
@pytest.mark.parametrize("subject", ["农村居民人均纯收入", "城镇居民人均生活费收入"])
def test_net_of_prices_is_a_basis_of_the_growth(basis, subject):
    _, growth = rows(f"{subject}达到1220元，{basis}比上年增长5%。")
    assert growth.metric == subject


@pytest.mark.parametrize("manner", ["认真", "依法", "及时"])
def test_a_handling_verb_with_its_manner_is_shared_by_the_next_clause(manner):
    out = rows(f"{manner}办理人大议案2件、建议426件，政协建议案3件。")
    assert out[-1].metric == "办理政协建议案"


@pytest.mark.parametrize("verb", ["受理", "办结", "审结"])
def test_reconsideration_cases_are_no_deputies_bills(verb):
    (r,) = rows(f"依法{verb}行政复议案件300件。")
    assert r.canonical != "renda.deputies_bills"
