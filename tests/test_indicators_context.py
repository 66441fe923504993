from __future__ import annotations

import pytest

from extractors.indicators import extract_indicators
from extractors.indicators.context import five_year_plan, heading_scope, infer_year
from extractors.model import Block, Document


def doc(*blocks: tuple[str, str, int | None]) -> Document:
    return Document("t", 1, [Block(t, text, 1, level=lv) for t, text, lv in blocks])


def test_year_from_dated_subtitle_and_from_review_heading():
    assert infer_year(doc(("subtitle", "——2024年3月5日在第十四届全国人民代表大会上", None)).blocks) == 2024
    assert infer_year(doc(("heading", "一、2023年工作回顾", 1)).blocks) == 2024
    assert infer_year(doc(("paragraph", "2023年是开局之年。", None)).blocks) == 2023
    assert infer_year(doc(("paragraph", "无年份。", None)).blocks) is None


def test_review_section_gives_actuals_of_its_year():
    rows = extract_indicators(doc(("heading", "一、2023年工作回顾", 1),
                                  ("paragraph", "城镇新增就业1244万人。", None)))
    assert [(r.modality, r.period, r.scope) for r in rows] == [("actual", "2023", "annual")]


def test_term_review_gives_the_term_years():
    rows = extract_indicators(doc(("heading", "过去五年工作回顾", 1),
                                  ("paragraph", "开展执法检查22次。", None)), year=2023)
    assert [(r.modality, r.period, r.scope) for r in rows] == [("actual", "2018-2022", "term")]
    assert rows[0].canonical == "renda.law_inspections"


def test_target_section_and_target_cue():
    rows = extract_indicators(doc(("heading", "三、2024年政府工作任务", 1),
                                  ("paragraph", "城镇新增就业1200万人以上。", None)))
    assert [(r.modality, r.period) for r in rows] == [("target", "2024")]
    rows = extract_indicators(doc(("heading", "一、2023年工作回顾", 1),
                                  ("paragraph", "今年发展主要预期目标是：国内生产总值增长5%左右。", None)))
    assert [(r.modality, r.period) for r in rows] == [("target", "2024")]


def test_a_reason_given_for_a_target_is_a_fact():
    rows = extract_indicators(doc(
        ("heading", "二、2024年工作安排", 1),
        ("paragraph", "地区生产总值增长5%左右，主要考虑是：我市经济总量已突破5000亿元，基数抬高。", None)),
        year=2024)
    assert [(r.value, r.modality, r.period) for r in rows] == [
        (5.0, "target", "2024"), (5e11, "actual", "2023")]


def test_scope_word_carries_through_the_paragraph():
    rows = extract_indicators(doc(("heading", "工作回顾", 1),
                                  ("paragraph", "本届以来，共作出决议决定53项，任免767人次。", None)),
                              year=2023)
    assert {(r.period, r.scope) for r in rows} == {("2018-2022", "term")}


def test_heading_scope_and_five_year_plans():
    assert heading_scope("无关标题", 2024) is None
    assert five_year_plan("“十三五”时期") == "2016-2020"
    assert five_year_plan("“十四五”时期") == "2021-2025"


def test_term_paragraph_gives_every_figure_the_term_unless_the_sentence_names_a_year():
    rows = extract_indicators(doc(
        ("heading", "一、“十一五”时期国民经济和社会发展的回顾", 1),
        ("paragraph", "这五年，人民生活明显改善。城镇新增就业5771万人。去年对外贸易总额达到2.97万亿美元。", None),
        ("paragraph", "五年来粮食连年增产，2010年粮食产量达到1.09万亿斤。", None),
        ("paragraph", "2010年，国内生产总值达到39.8万亿元，比2005年增长69.9%。", None)), year=2011)
    got = {(r.metric, round(r.value, 1)): (r.modality, r.period, r.scope) for r in rows}
    assert got[("城镇新增就业", 57710000)] == ("actual", "2006-2010", "term")
    assert got[("对外贸易总额", 2.97e12)] == ("actual", "2010", "annual")
    assert got[("粮食产量", 1.09e12)] == ("actual", "2010", "annual")
    assert got[("国内生产总值", 3.98e13)] == ("actual", "2010", "annual")
    assert got[("国内生产总值", 69.9)] == ("actual", "2006-2010", "term")  # a change since 2005


def test_plan_paragraph_ahead_is_a_term_target_and_a_passed_year_paragraph_is_annual():
    rows = extract_indicators(doc(
        ("heading", "二、“十三五”时期发展成就和“十四五”时期主要目标任务", 1),
        ("paragraph", "过去五年，城镇新增就业超过6000万人。", None),
        ("paragraph", "“十四五”时期是新征程的第一个五年。城镇调查失业率控制在5.5%以内。", None),
        ("heading", "一、过去五年工作回顾", 1),
        ("paragraph", "刚刚过去的2020年，城镇新增就业1186万人。", None)), year=2021)
    got = {r.value: (r.modality, r.period, r.scope) for r in rows}
    assert got[60000000] == ("actual", "2016-2020", "term")
    assert got[5.5] == ("target", "2021-2025", "term")
    assert got[11860000] == ("actual", "2020", "annual")
    assert [r.value for r in rows] == [60000000, 5.5, 11860000]  # in document order


def test_from_last_years_figure_to_this_ones():
    rows = extract_indicators(doc(
        ("heading", "二、2025年工作安排", 1),
        ("paragraph", "居民消费价格涨幅目标由上年的3%左右调整为2%左右，"
                      "粮食产量目标从去年的1.3万亿斤提高到1.4万亿斤。", None),
        ("heading", "一、2024年工作回顾", 1),
        ("paragraph", "城镇调查失业率从上年的5.6%降至5.2%。", None),
    ), year=2025)
    got = {(r.value, r.modality, r.period, r.canonical) for r in rows}
    assert {(3.0, "target", "2024", "cpi.growth"), (2.0, "target", "2025", "cpi.growth"),
            (5.6, "actual", "2023", "unemployment.surveyed"),
            (5.2, "actual", "2024", "unemployment.surveyed"),
            (1.3e12, "target", "2024", "grain.output"),
            (1.4e12, "target", "2025", "grain.output")} <= got


def test_the_years_a_heading_names_decide_its_part():
    # 主要工作 plans in its own year's report and looks back in the next one's
    for heading, year, want in [
        ("二、2017年主要工作", 2017, ("target", "2017", "annual")),
        ("一、“十四五”时期发展成就和2025年主要工作", 2026, ("actual", "2025", "annual")),
        ("二、“十五五”时期主要目标任务和2026年工作安排", 2026, ("target", "2026", "annual")),
        ("一、2021年以来工作回顾", 2022, ("actual", "2021", "annual")),
        ("二、“十四五”时期发展目标和重点任务", 2021, ("target", "2021-2025", "term")),
        ("二、今后五年的目标任务", 2010, ("target", "2010-2014", "term")),
        ("二、新的要求新的形势新的目标", 2008, ("target", "2008", "annual")),
        ("一、2006年经济社会发展基本情况", 2007, ("actual", "2006", "annual")),
    ]:
        s = heading_scope(heading, year)
        assert (s.modality, s.period, s.scope) == want, heading
    assert heading_scope("“十三五”成就和“十四五”目标", 2021) is None


def _one(heading: str, sentence: str, year: int):
    rows = extract_indicators(doc(("heading", heading, 1), ("paragraph", sentence, None)), year=year)
    return [(r.metric, r.modality, r.period, r.scope) for r in rows]


@pytest.mark.parametrize("lead", ["今年", "年内", "今年中央财政预算"])
def test_what_this_year_will_bring_in_a_review_is_this_years_target(lead):
    ((_, modality, period, _),) = _one("一、2002年工作回顾", f"{lead}用于这项改革的资金将达305亿元。", 2003)
    assert (modality, period) == ("target", "2003")


def test_sentence_cues_override_the_part():
    # an estimate of the year just ended is an actual, whatever the verb
    for verb in ("预计", "初步预计，", "预计全年"):
        rows = _one("一、2013年工作回顾", f"{verb}本市生产总值增长10.5%左右。", 2014)
        assert rows[0][1:] == ("actual", "2013", "annual"), verb
    # a stated target of the coming year inside a review or a plan's part
    for heading in ("一、2013年工作回顾", "二、“十四五”时期发展目标和重点任务"):
        rows = _one(heading, "今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。", 2021)
        assert rows[0][1:] == ("target", "2021", "annual"), heading
    # a horizon ahead plans up to it; a level reached in a past year is no horizon
    assert _one("三、2021年工作安排", "到2025年，经济总量超过4万亿元。", 2021)[0][1:] == (
        "target", "2021-2025", "term")
    assert _one("一、“十四五”时期发展成就", "到2025年，经济总量达到3.87万亿元。", 2026)[0][1] == "actual"


def test_a_glossary_yields_no_figures():
    rows = extract_indicators(doc(("heading", "附件", 1), ("heading", "名词解释", 2),
                                  ("paragraph", "三个一百：建设100个项目。", None)), year=2007)
    assert rows == []


@pytest.mark.parametrize("heading", ["二、2025年预算草案", "一、2024年预算执行情况", "二、2025年工作安排"])
@pytest.mark.parametrize("opening", ["2023年，", "2023年末，", "2023年全年，"])
def test_a_sentence_opening_on_a_past_year_states_that_years_figures(heading, opening):
    doc = Document("t", 1, [Block("heading", heading, 1, level=1),
                            Block("paragraph", f"{opening}财政部核定我省地方政府债务限额23850亿元。", 1)])
    (r,) = extract_indicators(doc, year=2025)
    assert (r.modality, r.period) == ("actual", "2023")


def test_a_later_year_in_the_sentence_takes_over_from_its_opening():
    doc = Document("t", 1, [Block("heading", "一、2024年工作回顾", 1, level=1),
                            Block("paragraph", "2020年，生产总值为2.7万亿元；2024年达到3.7万亿元。", 1)])
    first, second = extract_indicators(doc, year=2025)
    assert (first.period, second.period) == ("2020", "2024")


@pytest.mark.parametrize("plan, year, prior", [("九五", 2001, 2000), ("十五", 2006, 2005), ("十三五", 2021, 2020)])
@pytest.mark.parametrize("opening", ["世纪之交的{y}年，是{p}时期的最后一年。", "各位代表，刚刚过去的{y}年，是{p}时期的收官之年。"])
def test_a_paragraph_opening_on_the_last_year_of_a_plan_is_about_that_year(plan, year, prior, opening):
    rows = extract_indicators(doc(
        ("heading", f"一、“{plan}”时期简要回顾和{prior}年经济社会发展基本情况", 1),
        ("paragraph", f"“{plan}”时期是发展的重要时期，全市生产总值年均增长15%。", None),
        ("paragraph", opening.format(y=prior, p=f"“{plan}”") + "实现国内生产总值1665亿元，增长14.2%。", None),
        ("paragraph", "高新技术产品产值1064亿元，增长29.8%。", None)), year=year)
    first = five_year_plan(f"“{plan}”时期")
    assert (rows[0].period, rows[0].scope) == (first, "term")
    assert {(r.period, r.scope) for r in rows[1:]} == {(str(prior), "annual")}


@pytest.mark.parametrize("passing", ["结构调整是我市“十五”时期经济发展的主线，", "这是实现“十五”时期目标的关键，"])
def test_a_plan_named_in_passing_does_not_date_the_paragraphs_after_it(passing):
    rows = extract_indicators(doc(
        ("heading", "二、2002年的主要工作", 1),
        ("paragraph", passing + "要加快发展。", None),
        ("paragraph", "今年重点实施80个技术改造项目，城镇登记失业率控制在2.8%以内。", None)), year=2002)
    assert {(r.modality, r.period, r.scope) for r in rows} == {("target", "2002", "annual")}


@pytest.mark.parametrize("plan, period, modality", [("十二五", "2011-2015", "target"), ("十一五", "2006-2010", "actual")])
def test_a_clause_led_by_a_plan_is_dated_to_the_plan(plan, period, modality):
    rows = extract_indicators(doc(
        ("heading", "三、2012年工作安排", 1),
        ("paragraph", f"设立文化创意产业专项资金，“{plan}”期间财政投入25亿元。", None)), year=2012)
    assert (rows[0].period, rows[0].scope, rows[0].modality) == (period, "term", modality)


@pytest.mark.parametrize("base", ["2020", "2018"])
def test_a_ratio_to_a_base_year_is_over_the_years_since_like_a_growth(base):
    rows = extract_indicators(doc(("heading", "一、2025年工作回顾", 1),
                                  ("paragraph", f"合作区地区生产总值增长10.3%、经济总量为{base}年的4.7倍。", None)),
                              year=2026)
    assert (rows[-1].period, rows[-1].scope) == (f"{int(base) + 1}-2025", "term")


def test_a_level_reached_by_a_year_is_that_years():
    rows = extract_indicators(doc(("heading", "二、2026年工作安排", 1),
                                  ("paragraph", "数字经济核心产业增加值由2020年的2000亿元增加到2025年的3000亿元。", None)),
                              year=2026)
    assert [r.period for r in rows] == ["2020", "2025"]


@pytest.mark.parametrize("word", ["五年累计", "五年共"])
def test_a_clause_of_term_words_is_the_terms_in_a_years_sentence(word):
    rows = extract_indicators(doc(("heading", "一、2014年工作回顾", 1),
                                  ("paragraph", f"全市固定资产投资2717亿元，{word}突破1万亿元。", None)), year=2015)
    assert [(r.period, r.scope) for r in rows] == [("2014", "annual"), ("2010-2014", "term")]


def _review(text: str, year: int = 2024):
    return extract_indicators(doc(("heading", f"一、{year - 1}年工作回顾", 1), ("paragraph", text, None)),
                              year=year)


@pytest.mark.parametrize("span, years", [("两", 2), ("三", 3), ("四", 4), ("十", 10)])
@pytest.mark.parametrize("wording", ["这{}年我们累计新建学校120所。", "近{}年累计新建学校120所。",
                                     "{}年来新建学校120所。", "财政收入3136亿元，{}年翻了一番多。"])
def test_a_span_of_years_just_past_dates_its_figures_to_them(span, years, wording):
    r = _review(wording.format(span))[-1]
    assert (r.modality, r.period, r.scope) == ("actual", f"{2024 - years}-2023", "term")


@pytest.mark.parametrize("span, period", [("三", "2024-2026"), ("五", "2024-2028"), ("几", None)])
@pytest.mark.parametrize("lead", ["今后", "未来", "确保未来"])
def test_a_span_ahead_makes_a_target_of_those_years_in_a_review(span, period, lead):
    (r,) = _review(f"{lead}{span}年内将投入106亿元。")
    assert (r.modality, r.period, r.scope, r.metric) == ("target", period, "term", "投入")


def test_a_run_of_years_inside_a_phrase_is_no_span():
    (r,) = _review("连续两年位居全国第一，新建学校120所。")
    assert (r.modality, r.period) == ("actual", "2023")


@pytest.mark.parametrize("horizon, year, period", [("到2010年", 2006, "2006-2010"), ("至2030年", 2026, "2026-2030")])
def test_a_paragraph_opening_on_a_horizon_plans_up_to_it(horizon, year, period):
    rows = extract_indicators(doc(("heading", "二、“十一五”时期的目标任务", 1),
                                  ("paragraph", f"{horizon}，主要预期目标是：", None),
                                  ("paragraph", "——本市生产总值年均增长13%左右，人均GDP达到1.2万美元。", None)),
                              year=year)
    assert {(r.modality, r.period, r.scope) for r in rows} == {("target", period, "term")}


def test_a_paragraph_opening_on_a_past_year_is_that_years():
    rows = extract_indicators(doc(("heading", "一、过去五年工作回顾", 1),
                                  ("paragraph", "到2005年，本市生产总值达到4926亿元。", None)), year=2006)
    assert [(r.modality, r.period) for r in rows] == [("actual", "2005")]


@pytest.mark.parametrize("clause, period, scope", [
    ("地区生产总值由9581.5亿元增加到1.75万亿元。", "2015", "annual"),
    ("三甲医院从10家增加到22家。", "2015", "annual"),
    ("建成区绿化覆盖率达到45%。", "2015", "annual"),
    ("累计新增就业达到64万人。", "2011-2015", "term"),
    ("地区生产总值年均增长9.6%。", "2011-2015", "term"),
    ("旅客年吞吐量3972万人次。", "2015", "annual"),
    ("金融机构本外币存贷款余额达24.6万亿元。", "2015", "annual"),
    ("五年新建垃圾转运站423座，公厕403个。", "2011-2015", "term"),
    ("连续三次被评为全国文明城市。", "2011-2015", "term"),
    ("城镇化率从52.6%提高到58.5%，8000多万农业转移人口成为城镇居民。", "2011-2015", "term"),
    ("本市生产总值翻了一番。", "2011-2015", "term"),
    ("PM2.5年均浓度降至19微克/立方米。", "2015", "annual"),
    ("先进制造业占工业增加值比重由70.8%提高至76.1%。", "2015", "annual"),
    ("高新区等6条高速路、隧道等11个收费站取消收费。", "2011-2015", "term"),
    ("微软等58个世界500强项目落户本市。", "2011-2015", "term"),
    ("重点实验室等创新载体累计达1107家。", "2015", "annual"),
    ("污水日处理能力累计达到760万吨。", "2015", "annual"),
    ("全市民生支出累计达1.6万亿元。", "2011-2015", "term"),
    ("累计新建学校达到120所。", "2011-2015", "term"),
    ("公交日均客流量突破千万人次。", "2015", "annual"),
    ("汽车保有量突破3亿辆。", "2015", "annual"),
    ("基本养老保险参保率超过80%。", "2015", "annual"),
    ("新增学位超90万个、床位超3万张。", "2011-2015", "term"),
    ("环保否决的项目年均超过1000项。", "2011-2015", "term"),
    ("引进各类人才超过50万人。", "2011-2015", "term"),
    ("社会组织超过8600家，专业社工达7600人，注册志愿者105万人。", "2015", "annual"),
    ("中国五百强企业达30家，主营收入超百亿企业65家。", "2015", "annual"),
    ("专业社工达7600人，新建学校120所。", "2011-2015", "term"),
    ("专业社工达7600人，五年累计培训社工2万人。", "2011-2015", "term"),
    ("建成社区中心538个，专业社工达7600人，位居全国榜首3次。", "2011-2015", "term"),
    ("建成社区中心538个，专业社工达7600人，注册志愿者105万人。", "2015", "annual"),
    ("审批时间压缩到120个工作日。", "2015", "annual"),
    ("基本公共卫生服务经费人均补助标准从50元提高到84元。", "2015", "annual"),
    ("公共财政收入从5.1万亿元增加到11.7万亿元。", "2015", "annual"),
    ("T3航站楼建成投用，旅客年吞吐量3972万人次。", "2015", "annual"),
    ("地铁运营和在建里程389公里。", "2015", "annual"),
    ("工业增加值、财政收入跃上新台阶，分别为4050亿元、1106.8亿元。", "2015", "annual"),
])
def test_a_level_a_term_reached_is_its_last_years(clause, period, scope):
    rows = extract_indicators(doc(("heading", "一、“十二五”时期工作回顾", 1), ("paragraph", clause, None)),
                              year=2016)
    assert (rows[-1].modality, rows[-1].period, rows[-1].scope) == ("actual", period, scope)


@pytest.mark.parametrize("aim", ["确保完成", "力争实现", "完成"])
@pytest.mark.parametrize("plan, period", [("“十三五”期间", "2016-2020"), ("“十四五”时期", "2021-2025")])
def test_a_plans_aim_to_meet_is_over_the_plans_years(aim, plan, period):
    doc = Document("t", 1, [Block("heading", "二、2020年工作安排", 1, level=1),
                            Block("paragraph", f"建设筹集公共住房不少于8万套，{aim}{plan}建设筹集40万套的目标。", 1)])
    out = extract_indicators(doc, year=2020)
    assert [r.period for r in out] == ["2020", period]


@pytest.mark.parametrize("verb", ["增至", "提高到", "增加到", "上升至"])
@pytest.mark.parametrize("end", [2013, 2014, 2015])
@pytest.mark.parametrize("level", ["研发投入强度达4.05%", "占生产总值比重提高至43%"])
def test_a_level_after_a_run_of_years_is_the_runs_last_years(verb, end, level):
    rows = extract_indicators(doc(("heading", "一、“十二五”时期工作回顾", 1), ("paragraph", (
        f"五年来，全社会研发投入从2010年的500亿元{verb}{end}年的700亿元、年均增长9%，{level}。"), None)),
        year=2016)
    assert [(r.period, r.scope) for r in rows] == [
        ("2010", "annual"), (str(end), "annual"), (f"2011-{end}", "term"), (str(end), "annual")]


@pytest.mark.parametrize("verb", ["增加到", "提高到"])
def test_a_start_after_a_run_of_years_is_the_runs_first_years(verb):
    rows = extract_indicators(doc(("heading", "一、过去五年工作回顾", 1), ("paragraph", (
        f"财政收入由1997年的8651亿元{verb}2002年的18914亿元；外汇储备由1399亿美元{verb}2864亿美元。"), None)),
        year=2003)
    assert [r.period for r in rows] == ["1997", "2002", "1997", "2002"]


@pytest.mark.parametrize("total", ["五年共计", "累计"])
def test_the_parts_of_a_terms_total_are_the_terms(total):
    rows = extract_indicators(doc(("heading", "一、过去五年工作回顾", 1), ("paragraph", (
        f"转移支付由1997年的664亿元增加到2002年的4025亿元，{total}12319亿元，其中用于低保的资金1777亿元，"
        "用于增加工资1755亿元。"), None)), year=2003)
    assert [r.period for r in rows] == ["1997", "2002", "1998-2002", "1998-2002", "1998-2002"]


@pytest.mark.parametrize("opening", ["过去一年，我们的各项工作取得了很大成绩。", "去年，全国经济运行总体平稳。"])
def test_a_plans_paragraph_looking_back_on_the_year_past_states_its_actuals(opening):
    rows = extract_indicators(doc(("heading", "三、2011年的工作", 1), ("paragraph", (
        f"{opening}国内生产总值增长10.3%，城镇新增就业1168万人。今年城镇新增就业900万人以上。"), None)),
        year=2011)
    assert [(r.value, r.modality, r.period) for r in rows] == [
        (10.3, "actual", "2010"), (11680000, "actual", "2010"), (9000000, "target", "2011")]


@pytest.mark.parametrize("plan", ["“十一五”", "十一五", ""])
def test_a_span_opening_the_sentence_holds_for_its_later_clauses(plan):
    rows = _review(f"{plan}前四年累计单位国内生产总值能耗下降14.38%，化学需氧量、二氧化硫排放量分别下降9.66%和13.14%。",
                   year=2010)
    assert {(r.period, r.scope) for r in rows} == {("2006-2009", "term")}


def test_a_figure_compared_with_an_earlier_plans_is_its_total():
    rows = extract_indicators(doc(("heading", "一、“十二五”时期工作回顾", 1), ("paragraph", (
        "获奖励56项，PCT国际专利申请超5万件，分别是“十一五”的1.8倍和3.2倍。"), None)), year=2016)
    assert {(r.period, r.scope) for r in rows} == {("2011-2015", "term")}


def test_a_count_a_sentence_opening_on_the_term_names_is_the_terms():
    rows = extract_indicators(doc(("heading", "一、过去五年的工作", 1),
                                  ("paragraph", "五年来，我国缔结或者参加国际条约187个。", None)), year=1998)
    assert [(r.period, r.scope) for r in rows] == [("1993-1997", "term")]


@pytest.mark.parametrize("clause, period, scope", [
    ("常住人口城镇化率提高到65%", "2015", "annual"), ("森林覆盖率达到45%", "2015", "annual"),
    ("城镇化率提高了5个百分点", "2011-2015", "term"),
    ("累计新增就业达到64万人", "2011-2015", "term"),
])
def test_a_level_reached_in_a_sentence_led_by_the_term_is_its_last_years(clause, period, scope):
    rows = extract_indicators(doc(("heading", "一、2015年工作回顾", 1), ("paragraph", f"五年来，{clause}。", None)),
                              year=2016)
    assert (rows[-1].period, rows[-1].scope) == (period, scope)


def test_a_paragraph_opening_on_a_past_year_in_a_plans_part_is_history_of_its_own():
    rows = extract_indicators(doc(("heading", "三、对今年政府工作的建议", 1),
                                  ("paragraph", "2003年抗击非典疫情给我们的重要启示之一，就是要统筹经济社会发展。", None),
                                  ("paragraph", "今年城镇保障性住房基本建成470万套。", None),
                                  ("paragraph", "城乡低保补助标准提高10%。", None)), year=2013)
    assert [(r.modality, r.period) for r in rows] == [("target", "2013"), ("target", "2013")]


@pytest.mark.parametrize("later", ["2011年，全国城镇新增就业900万人以上。", "要实现城镇新增就业900万人以上。",
                                   "城镇新增就业目标为900万人以上。"])
def test_a_look_back_ends_where_the_plan_speaks_again(later):
    rows = extract_indicators(doc(("heading", "三、2011年的工作", 1), ("paragraph", (
        f"过去一年，成绩来之不易。国内生产总值增长10.3%。{later}"), None)), year=2011)
    assert [(r.modality, r.period) for r in rows] == [("actual", "2010"), ("target", "2011")]


@pytest.mark.parametrize("clause, period, scope", [
    ("发明专利授权量累计达10万件", "2011-2015", "term"), ("新建学校、医院分别为120所和30家", "2011-2015", "term"),
    ("国家高新技术企业突破2.4万家", "2015", "annual"), ("社会组织超过1万家", "2015", "annual"),
])
def test_flows_and_doing_stay_the_terms_nouns_of_verbs_are_no_doing(clause, period, scope):
    rows = extract_indicators(doc(("heading", "一、“十二五”时期工作回顾", 1), ("paragraph", f"五年来，{clause}。", None)),
                              year=2016)
    assert (rows[-1].period, rows[-1].scope) == (period, scope)


@pytest.mark.parametrize("lead, years", [("西部大开发三年来", 3), ("重点区域开发建设启动两年来", 2)])
def test_a_span_in_the_sentences_first_clause_holds_for_its_figures(lead, years):
    (r,) = _review(f"{lead}，完成投资1100亿元。", year=2016)
    assert (r.period, r.scope) == (f"{2016 - years}-2015", "term")


@pytest.mark.parametrize("text", ["固定资产投资增速创十七年来新高，城市更新投资增长43.1%。",
                                  "西部大开发三年来，2015年完成投资1100亿元。"])
def test_no_span_where_the_years_are_a_record_or_the_clause_names_its_year(text):
    assert _review(text, year=2016)[-1].period == "2015"


@pytest.mark.parametrize("noun", ["虚拟电厂管理平台", "脑解析与脑模拟等重大科技基础设施"])
def test_the_拟_of_a_noun_is_no_plan(noun):
    ((_, modality, period, _),) = _one("一、2025年工作回顾", f"建成{noun}，可调负荷提升至130万千瓦。", 2026)
    assert (modality, period) == ("actual", "2025")


def test_a_look_back_at_the_term_in_a_plans_part_sets_no_term_on_the_plan():
    rows = extract_indicators(doc(("heading", "三、对今年政府工作的建议", 1),
                                  ("paragraph", "结合过去十年特别是近五年工作的体会，对今年政府主要工作提出以下建议。", None),
                                  ("paragraph", "今年城镇保障性住房基本建成470万套。", None)), year=2013)
    assert [(r.modality, r.period, r.scope) for r in rows] == [("target", "2013", "annual")]
