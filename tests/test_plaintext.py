from __future__ import annotations

from pathlib import Path

import pytest

from extractors.indicators import extract_indicators
from extractors.plaintext import repair_text, squeeze_spaces

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "corpus" / "seed" / "zhengzhou-renda-2023.extracted.txt"


def test_spaces_between_cjk_and_digits_go_latin_words_keep_theirs():
    assert squeeze_spaces("问 题、重 要 立 法 218 次") == "问题、重要立法218次"
    assert squeeze_spaces("全面参与 RCEP区域合作") == "全面参与RCEP区域合作"
    assert squeeze_spaces("GDP growth") == "GDP growth"


def test_lines_rejoin_across_blank_lines_and_split_numbers():
    text = "扎实开展活动，举办\n\n常委会组成人员履职能力提升班 5\n期，培训2200余人次。\n"
    doc = repair_text(text, "t")
    assert [b.text for b in doc.blocks if b.type == "paragraph"] == [
        "扎实开展活动，举办常委会组成人员履职能力提升班5期，培训2200余人次。"]


def test_headings_furniture_titles():
    text = ("报告摘编\n\n聚力中心工作 聚焦民生关切\n为城市建设提供保障\n\n——某市人大常委会工作报告摘编\n"
            "1月5日上午，会议举行。\n\n过去五年工作回顾 今年工作建议\n\n开展执法检查22次。\n\n"
            "本报记者 张三\n")
    doc = repair_text(text, "t")
    kinds = [(b.type, b.text) for b in doc.blocks]
    assert kinds[0] == ("header", "报告摘编")
    assert [t for k, t in kinds if k == "title"] == ["聚力中心工作 聚焦民生关切", "为城市建设提供保障"]
    assert ("subtitle", "——某市人大常委会工作报告摘编") in kinds
    assert [t for k, t in kinds if k == "heading"] == ["过去五年工作回顾", "今年工作建议"]
    assert ("byline", "本报记者 张三") in kinds


@pytest.mark.skipif(not SEED.exists(), reason="../shared is absent")
def test_seed_extraction_yields_every_gold_indicator():
    import json

    doc = repair_text(SEED.read_text(encoding="utf-8"), SEED.name)
    gold = [json.loads(x) for x in SEED.with_name(SEED.stem + ".indicators.jsonl")
            .read_text(encoding="utf-8").splitlines() if x.strip()]
    out = {(i.value, i.unit) for i in extract_indicators(doc)}
    missing = [g["metric"] for g in gold if (g["value"], g["unit"]) not in out]
    assert not missing


def test_web_text_one_paragraph_a_line_keeps_its_headings():
    body = "我们坚持稳中求进工作总基调，全面深化改革开放，经济社会发展取得新成效，人民生活水平持续提高。" * 2
    text = "\n".join(["各位代表：", "一、2023年工作回顾", body, "（一）经济运行稳中向好", body * 2,
                      "二、2024年工作安排", body, "附件", "名词解释", body])
    kinds = [(b.type, b.level, b.text) for b in repair_text(text, "t").blocks]
    assert ("heading", 1, "一、2023年工作回顾") in kinds
    assert ("heading", 2, "（一）经济运行稳中向好") in kinds
    assert ("heading", 1, "附件") in kinds
    assert ("paragraph", None, "各位代表：") in kinds  # a line leading into what follows
    assert sum(1 for k in kinds if k[0] == "paragraph") == 5


@pytest.mark.parametrize("mark", ["\u200b", "\ufeff", "\u200b\u200b", " \u200b "])
@pytest.mark.parametrize("cut", [("经济增速是综合性指标，今年预期目标设定", "为6%以上，考虑了经济运行恢复情况。"),
                                 ("国内生产总值达到74.4", "万亿元，增长6.7%。")])
def test_a_line_of_zero_width_marks_inside_a_sentence_joins_its_halves(mark, cut):
    # a web copy, one paragraph a line: a short line there stands alone as a heading
    body = "我们坚持稳中求进工作总基调，全面深化改革开放，经济社会发展取得新成效，人民生活水平持续提高。" * 2
    text = "\n".join([body, body, cut[0], mark, cut[1] + body, body, body])
    texts = [b.text for b in repair_text(text, "t").blocks]
    assert cut[0] + cut[1] in "".join(texts) and not any(t == cut[0] for t in texts)


def test_a_line_of_zero_width_marks_after_a_sentence_parts_the_paragraphs():
    body = "我们坚持稳中求进工作总基调，全面深化改革开放，经济社会发展取得新成效，人民生活水平持续提高。" * 2
    first, second = body + "国内生产总值增长5%。", "城镇新增就业1200万人。" + body
    blocks = repair_text("\n".join([body, body, first, "\u200b", second, body, body]), "t").blocks
    assert [b.text for b in blocks] == [body, body, first, second, body, body]


@pytest.mark.parametrize("seed", range(8))
def test_an_ordinal_heading_of_short_phrases_stands_alone(seed):
    import random

    rng = random.Random(seed)
    ordinal = rng.choice(["第一", "第三", "第五", "第十", "首先", "其次"]) + rng.choice("，、")
    phrases = rng.sample(["商品购销两旺", "城乡市场活跃", "对外贸易有较大发展", "科学文教事业有了新的发展",
                          "人民生活继续改善", "财政收支基本平衡"], rng.randint(1, 3))
    heading = ordinal + "，".join(phrases)
    body = f"{rng.randint(1978, 2020)}年商业部门收购商品总额{rng.randint(100, 999)}亿元，比上年增长14.5%。"
    text = "\n\n".join(["前面一段话说完了。", heading, body, "后面一段话也说完了。"])
    blocks = repair_text(text, "t.txt").blocks
    assert [b.type for b in blocks if b.text == heading] == ["heading"]
    rows = extract_indicators(repair_text(text, "t.txt"), year=2021)
    assert rows and all(phrases[-1] not in r.metric for r in rows)
