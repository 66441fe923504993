from __future__ import annotations

import pytest

from extractors.indicators.numbers import (
    ascii_thousands,
    normalise,
    parse_chinese,
    scale_of,
    to_float,
)


@pytest.mark.parametrize("text, value", [
    ("十", 10), ("十五", 15), ("二十", 20), ("一百零五", 105), ("三千二百", 3200),
    ("一千二百万", 12_000_000), ("三亿五千万", 350_000_000), ("两千", 2000), ("五点二", 5.2),
    ("二〇二三", 2023), ("万", 10_000),
])
def test_chinese_numerals(text, value):
    assert parse_chinese(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "点五点", "五x"])
def test_bad_chinese_numerals_raise(text):
    with pytest.raises(ValueError):
        parse_chinese(text)


def test_arabic_full_width_and_thousands():
    assert to_float("28,579") == 28579
    assert to_float("１２.５") == 12.5
    assert normalise("６％－６．５％") == "6%-6.5%"


def test_scale_words():
    assert scale_of("万亿") == 1e12 and scale_of("亿") == 1e8 and scale_of(None) == 1


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@pytest.mark.parametrize("seed", range(6))
def test_full_width_thousands_commas_group_digits(seed):
    import random

    from extractors.indicators import extract_indicators
    from extractors.plaintext import repair_text

    rng = random.Random(seed)
    figures = [rng.randrange(1_000, 9_999_999) for _ in range(3)]
    units = [rng.choice(["万吨", "亿元", "万人", "个", "万千瓦"]) for _ in figures]
    digits = str.maketrans("0123456789", "０１２３４５６７８９") if seed % 2 else None
    parts = [f"{name}{_grouped(n, '，')}{unit}" for name, n, unit in
             zip(["粮食产量", "财政收入", "新增就业"], figures, units, strict=True)]
    text = "去年，" + "，".join(parts) + "。"
    if digits:
        text = text.translate(digits)
    rows = extract_indicators(repair_text(text, "t.txt"), year=1980)
    assert [r.value / (10_000 if r.unit in {"吨", "人", "千瓦"} else 1e8 if r.unit == "元" else 1)
            for r in rows] == pytest.approx(figures)


def test_a_full_width_comma_groups_only_in_a_copy_that_groups_so():
    from extractors.indicators import extract_indicators
    from extractors.plaintext import repair_text

    def values(text: str) -> list[tuple[float, str]]:
        return [(r.value, r.unit) for r in extract_indicators(repair_text(text, "t.txt"), year=2021)]

    assert values("解决问题28，579件。") == [(579, "件")]
    assert ascii_thousands("增长12%，300家企业扭亏，粮食产量33，212万吨") == "增长12%，300家企业扭亏，粮食产量33,212万吨"


@pytest.mark.parametrize("text, low, high", [("百分之四到五", 4, 5), ("百分之四到百分之五", 4, 5), ("百分之五至十", 5, 10),
                                             ("百分之八到九", 8, 9)])
def test_a_percent_in_words_to_another_is_a_range(text, low, high):
    from extractors.indicators.grammar import find_quantities

    (q,) = find_quantities(f"每年递增{text}。")
    assert (q.value, q.low, q.high, q.unit) == (None, low, high, "%")


def test_a_percent_in_words_before_a_horizon_is_no_range():
    from extractors.indicators.grammar import find_quantities

    assert [(q.value, q.unit) for q in find_quantities("增长百分之五到2025年。")][0] == (5, "%")


@pytest.mark.parametrize("text, value", [("2万5千公里", 25000), ("1万6千多户", 16000), ("1万3千亿斤", 1.3e12),
                                          ("3万2千5百人", 32500)])
def test_arabic_digits_with_their_positions_spelt_out(text, value):
    from extractors.indicators.grammar import find_quantities

    (q,) = find_quantities(f"增加到{text}。")
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize("text, low, high", [("百分之二、三", 2, 3), ("百分之五、六", 5, 6)])
def test_a_percent_in_words_with_a_neighbouring_digit_is_a_range(text, low, high):
    from extractors.indicators.grammar import find_quantities

    (q,) = find_quantities(f"节约油{text}。")
    assert (q.value, q.low, q.high) == (None, low, high)


def test_two_percents_listed_stay_two():
    from extractors.indicators.grammar import find_quantities

    assert [q.value for q in find_quantities("分别增长百分之五、百分之七。")] == [5, 7]
