"""Rules found by auditing unseen report text (scripts/audit_indicators.py): one test each."""

from __future__ import annotations

import pytest

from extractors.indicators import extract_indicators
from extractors.model import Block, Document
from extractors.plaintext import repair_text


def read(text: str, *, heading: str | None = None, year: int | None = 2012) -> list:
    blocks = [Block("heading", heading, 1, level=1)] if heading else []
    blocks.append(Block("paragraph", text, 1))
    return extract_indicators(Document("t", 1, blocks), year=year)


def rows(text: str, **kw) -> list[tuple]:
    return [(r.metric, r.value, r.unit, r.approx, r.change) for r in read(text, **kw)]


def test_level_after_change_verb_is_no_change_and_keeps_the_metric():
    # 下降到 states the new level: the metric is not cut to 赤字率下, there is no change
    assert rows("赤字率下降到1.5％左右。") == [("赤字率", 1.5, "%", "approx", None)]
    assert rows("试点范围扩大到20个省。")[0][4] is None


def test_comparison_base_is_not_the_metric():
    got = rows("国家外汇储备达4033亿美元，比年初增加1168亿美元。")
    assert got[1] == ("国家外汇储备", 1.168e11, "美元", None, "increase")
    got = rows("国家财政支农支出达4077亿元，比前五年累计增加1852亿元。")
    assert got[1][0] == "国家财政支农支出"


def test_from_to_levels_take_the_subject_of_the_clause_before():
    got = rows("中央财政用于教育的投入，将由去年的1076亿元增加到1562亿元。")
    assert [g[0] for g in got] == ["中央财政用于教育的投入"] * 2
    assert [g[4] for g in got] == [None, None]


def test_adverb_only_phrase_takes_the_previous_metric():
    got = rows("国家财政性教育经费支出五年累计7.79万亿元，年均增长21.58%。")
    assert got[1] == ("国家财政性教育经费支出", 21.58, "%", None, "increase")


def test_leading_year_is_not_part_of_the_metric():
    got = rows("2012年占国内生产总值比例达到4%。")
    assert got == [("占国内生产总值比例", 4, "%", None, None)]


def test_jianqing_is_a_decrease():
    assert rows("农民负担平均减轻30%。") == [("农民负担", 30, "%", None, "decrease")]


def test_over_after_the_unit():
    got = rows("科技投入比前五年增长一倍多。")
    assert got == [("科技投入", 1, "倍", "over", "increase")]


def test_approximator_before_the_change_verb():
    assert rows("移动网络流量资费至少降低30%。") == [
        ("移动网络流量资费", 30, "%", "at_least", "decrease")]


def test_liang_ci_is_a_count():
    got = rows("国务院两次召开全国再就业工作会议。")
    assert [(g[1], g[2]) for g in got] == [(2, "次")]
    assert rows("十二届人大两次会议。") == []


def test_policy_named_by_its_article_count_is_no_quantity():
    assert rows("认真落实鼓励引导民间投资新36条。") == []


def test_count_scaled_by_wan_without_a_unit_word():
    got = rows("新增第四代移动通信用户3.4亿、光缆线路550多万公里。")
    assert got == [("新增第四代移动通信用户", 3.4e8, "", None, None),
                   ("新增光缆线路", 5.5e6, "公里", "over", None)]
    got = rows("全年组织2100万城乡劳动者参加职业培训。")
    assert got[0][1:3] == (2.1e7, "人")  # the noun after names people
    assert rows("改革开放30多年来。") == []


def test_shared_verb_for_capacity_cuts():
    got = rows("共淘汰落后炼铁产能1.17亿吨、炼钢产能7800万吨。")
    assert got[1][0] == "淘汰炼钢产能"


def _doc(*blocks: tuple[str, str, int | None]) -> Document:
    return Document("t", 1, [Block(t, x, 1, level=lv) for t, x, lv in blocks])


def test_top_headings_after_the_coming_year_part_stay_targets():
    doc = _doc(("heading", "一、2014年工作回顾", 1), ("paragraph", "城镇新增就业1322万人。", None),
               ("heading", "二、2015年工作总体部署", 1), ("paragraph", "赤字率2.3%。", None),
               ("heading", "三、把改革开放扎实推向纵深", 1),
               ("paragraph", "今年新增退耕还林还草66.7万公顷。", None))
    got = {r.value: (r.modality, r.period) for r in extract_indicators(doc, year=2015)}
    assert got[13220000] == ("actual", "2014")
    assert got[667000] == ("target", "2015")


def test_headings_asking_for_next_years_work():
    doc = _doc(("heading", "三、对2018年政府工作的建议", 1), ("paragraph", "资费降低30%。", None))
    assert extract_indicators(doc, year=2018)[0].modality == "target"
    doc = _doc(("heading", "三、2011年的工作", 1), ("paragraph", "赤字率2%。", None))
    assert extract_indicators(doc, year=2011)[0].modality == "target"


def test_a_finished_five_year_plan_heading_holds_actuals():
    doc = _doc(("heading", "二、今年主要任务", 1),
               ("heading", "（二）“十五”期间国民经济和社会发展主要情况", 2),
               ("paragraph", "进出口贸易总额增长两倍。", None))
    row = extract_indicators(doc, year=2006)[0]
    assert (row.modality, row.period) == ("actual", "2001-2005")


def test_review_term_word_in_the_coming_year_part_is_actual():
    doc = _doc(("heading", "二、2006年主要任务", 1),
               ("paragraph", "五年间，实际利用外商直接投资2740.8亿美元。", None))
    row = extract_indicators(doc, year=2006)[0]
    assert (row.modality, row.period) == ("actual", "2001-2005")


def test_dash_led_paragraphs_under_a_heading_are_body_text():
    text = ("各位代表：\n\n一、2003年工作回顾\n\n"
            "——经济快速发展。国内生产总值比上年增长9.1%。\n\n")
    doc = repair_text(text, "t.txt")
    assert [b.type for b in doc.blocks][-1] == "paragraph"
    assert extract_indicators(doc, year=2004)[0].value == 9.1


def test_two_subjects_pair_with_two_figures_without_fenbie():
    got = rows("城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4％和11.4％。")
    assert [(g[0], g[1], g[4]) for g in got] == [("城镇居民人均可支配收入", 8.4, "increase"),
                                                ("农村居民人均纯收入", 11.4, "increase")]


def test_a_noun_with_zengjia_lends_no_verb():
    got = rows("工业增加值增长6%和利润增长8%。")
    assert [g[0] for g in got] == ["工业增加值", "利润"]


def test_ratio_to_gdp_is_not_gdp_growth():
    row = read("全社会研发经费支出与国内生产总值之比达到2.08%。")[0]
    assert row.canonical == "rd.intensity"


def test_state_council_regulations_are_not_laws_made():
    got = read("国务院提请审议反垄断法草案等7件法律议案，制定修订行政法规47件。")
    assert [r.canonical for r in got] == [None, None]


def test_times_a_base_year_keeps_the_metric():
    got = rows("中央财政安排资金1713亿元，是2010年的2.2倍。")
    assert got[1][:3] == ("中央财政安排资金", 2.2, "倍")


def test_report_structure_and_words_are_not_quantities():
    for text in ("着力做好以下十一个方面工作：", "积极布局车规级芯片等关键零部件产业链。",
                 "将处方用药量放宽至3个月。", "做好科技金融、数字金融五篇大文章。",
                 "违规电动三四轮车全面退出。"):
        assert rows(text) == [], text


def test_counts_before_nouns_in_a_list():
    got = rows("促进12万城镇就业困难人员实现就业、4万农村劳动力就业参保。")
    assert got[1][:2] == ("农村劳动力就业参保", 40000)


def test_an_action_plan_is_no_target_cue():
    doc = _doc(("heading", "一、2023年工作回顾", 1),
               ("paragraph", "制定实施三年行动计划，技术合同成交额748.7亿元。", None))
    assert extract_indicators(doc, year=2024)[0].modality == "actual"


def test_numbered_heading_left_as_a_paragraph_still_scopes():
    doc = _doc(("paragraph", "一、2023年工作回顾", None),
               ("paragraph", "2023年是全面贯彻落实党的二十大精神的开局之年。", None),
               ("paragraph", "城镇新增就业28.1万人。", None),
               ("paragraph", "二、2024年工作安排", None),
               ("paragraph", "今年主要预期目标是：地区生产总值增长5%左右。", None))
    got = {r.value: (r.modality, r.period, r.approx) for r in extract_indicators(doc)}
    assert got[281000] == ("actual", "2023", None)
    assert got[5] == ("target", "2024", "approx")


@pytest.mark.parametrize("sentence, unit, canonical", [
    ("全年组织2100万城乡劳动者参加职业培训。", "人", None),     # a people noun after the count
    ("农村贫困人口减少1386万。", "人", "poverty.reduction"),     # a people metric before it
    ("新增500万农户。", "户", None),                            # households
    ("用户3.4亿。", "", None),                                  # unclear: no unit
    ("461万志愿者参与服务。", "人", None),
    ("口岸年出入境人次增至2.73亿。", "人次", None),              # the unit is the metric's last word
    ("全年参与人次达1451万。", "人次", None),
    ("机场起降架次增至38万。", "架次", None),
    ("全市开展全民健身项目103项次。", "项次", None), ("举办大型演唱会128场次。", "场次", None),
    ("6600多万纳税人受益。", "人", None), ("裁减军队员额30万。", "人", None),
    ("占国际市场份额提高2个多百分点。", "个百分点", None),
])
def test_a_unitless_count_takes_the_unit_its_noun_implies(sentence, unit, canonical):
    rows = extract_indicators(Document("t", 1, [Block("paragraph", sentence, 1)]), year=2024)
    assert [(r.unit, r.canonical) for r in rows] == [(unit, canonical)]


def test_a_latin_full_stop_after_chinese_ends_the_sentence():
    # Reports set in Latin punctuation: the metric of the next sentence never takes the last one's words
    got = rows("(1)全市收支.一般公共预算收入2221.7亿元,完成预算101.1％.税收收入1602亿元.")
    assert [g[0] for g in got] == ["一般公共预算收入", "一般公共预算收入完成预算", "税收收入"]
    assert [g[1] for g in got][0] == pytest.approx(2221.7e8)
