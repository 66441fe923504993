"""Numerals: Arabic (with thousands commas), full-width and Chinese, and the scale words 万/亿."""

from __future__ import annotations

import re

CN_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
CN_SMALL_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
CN_BIG_UNITS: dict[str, int] = {"万": 10_000, "亿": 100_000_000}
SCALES: dict[str, float] = {
    "万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4,
    "千": 1e3,
}
CN_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿"

# Full-width forms map one-to-one onto ASCII so that offsets in the normalised text stay valid.
_FULLWIDTH = str.maketrans({
    **{chr(0xFF10 + i): str(i) for i in range(10)},
    "％": "%", "．": ".", "－": "-", "～": "~", "＋": "+",
})


# A middle dot between digits before a percent sign or a scale word is a decimal point (5·8％ in
# older typeset reports); 5·12 before 地震 is a date.
_DOT_DECIMAL = re.compile(r"(?<=\d)[·・](?=\d+(?:[%‰]|万|亿|个百分点|倍))")


# A year in Chinese digits (一九八五年, 二〇二〇年), as older reports write it: the same four digits.
_CN_YEAR = re.compile(r"(?:一九|二[〇零○])[〇零○一二三四五六七八九]{2}(?=年)")
_CN_YEAR_DIGITS = str.maketrans({**{k: str(v) for k, v in CN_DIGITS.items() if k != "两"}, "○": "0"})


def arabic_years(text: str) -> str:
    """一九八五年 → 1985年, char for char."""
    if "年" in text and _CN_YEAR.search(text):
        return _CN_YEAR.sub(lambda m: m.group().translate(_CN_YEAR_DIGITS), text)
    return text


# Web copies of older reports group thousands with the full-width comma (粮食产量33，212万吨): three
# digits straight before a scale or unit word, all through the copy. One such figure alone stays
# two numbers (解决问题28，579件), as the grammar has it.
_WIDE_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:，\d{3})+(?![\d.])(?=[万亿千百多余]|[^\W\d_])")


def groups_wide_thousands(texts: list[str], least: int = 3) -> bool:
    """Whether a document's figures group thousands with full-width commas (`least` of them)."""
    found = 0
    for text in texts:
        if "，" in text:
            found += len(_WIDE_THOUSANDS.findall(text.translate(_FULLWIDTH)))
            if found >= least:
                return True
    return False


def ascii_thousands(text: str) -> str:
    """33，212万吨 → 33,212万吨: only the grouping commas change."""
    if "，" not in text:
        return text
    chars = list(text)
    for m in _WIDE_THOUSANDS.finditer(text.translate(_FULLWIDTH)):
        for i in range(m.start(), m.end()):
            if chars[i] == "，":
                chars[i] = ","
    return "".join(chars)


def normalise(text: str) -> str:
    """Full-width digits and signs to ASCII, and years in Chinese digits to Arabic ones, all
    char for char, so spans map back to the source."""
    text = arabic_years(text.translate(_FULLWIDTH))
    return _DOT_DECIMAL.sub(".", text) if "·" in text or "・" in text else text


def parse_arabic(token: str) -> float:
    """'28,579' → 28579.0; '1.3' → 1.3. Only ASCII commas are thousands separators."""
    return float(normalise(token).replace(",", ""))


def _section(text: str) -> int:
    """A numeral below 10,000 (十/百/千 positions): '三千二百' → 3200, '十五' → 15."""
    total, digit = 0, None
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_SMALL_UNITS:
            total += (1 if digit is None else digit) * CN_SMALL_UNITS[ch]
            digit = None
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + (digit or 0)


def parse_chinese(text: str) -> float:
    """A Chinese numeral to its value: '一千二百万' → 12000000, '五点二' → 5.2, '三〇五' → 305.

    Handles the positional form (十/百/千 within 万/亿 groups), digit strings without positions
    (二〇二三) and a decimal part after 点. Raises ValueError on anything else.
    """
    if not text:
        raise ValueError("empty numeral")
    if "点" in text:
        whole, _, frac = text.partition("点")
        if not frac or any(ch not in CN_DIGITS for ch in frac):
            raise ValueError(f"bad decimal part: {text!r}")
        base = parse_chinese(whole) if whole else 0.0
        return base + float("0." + "".join(str(CN_DIGITS[c]) for c in frac))
    if all(ch in CN_DIGITS for ch in text) and len(text) > 1:
        return float("".join(str(CN_DIGITS[c]) for c in text))
    if "万亿" in text:  # 一万亿, 两万三千亿: 万 of 亿s
        head, _, tail = text.partition("万亿")
        return parse_chinese(head or "一") * 1e12 + (parse_chinese(tail) * 1e8 if tail else 0.0)
    total = 0
    rest = text
    for big in ("亿", "万"):
        if big in rest:
            head, _, rest = rest.partition(big)
            total += (_section(head) if head else 1) * CN_BIG_UNITS[big]
            # 万 after 亿 belongs to the part below 亿: multiply it there, not on the total
            if big == "亿" and "万" in rest:
                head2, _, rest = rest.partition("万")
                total += (_section(head2) if head2 else 1) * 10_000
                break
    total += _section(rest) if rest else 0
    return float(total)


def scale_of(word: str | None) -> float:
    """The factor of a scale word after a number ('万' → 1e4); 1 when there is none."""
    return SCALES.get(word or "", 1.0)


ARABIC_RE = re.compile(r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def to_float(token: str) -> float:
    """Arabic or Chinese numeral text to a float."""
    token = normalise(token)
    if ARABIC_RE.fullmatch(token):
        return parse_arabic(token)
    return parse_chinese(token)
