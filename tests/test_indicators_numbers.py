from __future__ import annotations

import pytest

from extractors.indicators.numbers import normalise, parse_chinese, scale_of, to_float


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
