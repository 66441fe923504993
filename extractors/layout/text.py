"""Character-level text rules: which gaps are spaces, full-width forms, joining lines."""

from __future__ import annotations

import re

from extractors.pdf import Char

_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}  # ０-９
_FULLWIDTH.update({c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_FULLWIDTH.update({c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_FULLWIDTH[0x3000] = 0x20  # ideographic space: a space, judged below like any other

_LATIN = re.compile(r"[A-Za-z]")
# A space survives only between two Latin words (or a Latin word and a number after it).
_SPACES = re.compile(r"\s+")
_SENTENCE_END = set("。！？；：…”」』）)!?;:")
_CLOSING = "”」』）)’\"'"


def half_width(text: str) -> str:
    return text.translate(_FULLWIDTH)


def _is_latin_word_char(ch: str) -> bool:
    return bool(_LATIN.match(ch)) or ch in "-'’."


def tidy(text: str) -> str:
    """Half-width digits/letters; drop every space except one between Latin words."""
    text = half_width(text)

    def keep(m: re.Match[str]) -> str:
        s, e = m.start(), m.end()
        if s == 0 or e == len(text):
            return ""
        a, b = text[s - 1], text[e]
        if (_is_latin_word_char(a) or a.isdigit()) and _LATIN.match(b):
            return " "
        if _LATIN.match(a) and b.isdigit():
            return " "
        return ""

    return _SPACES.sub(keep, text)


def line_text(chars: list[Char], space_em: float = 0.3) -> str:
    """Characters of one line, left to right; a gap of `space_em` of the glyph size reads as a space.

    Whether that space survives is `tidy`'s decision, so justified CJK lines never get one.
    """
    out: list[str] = []
    prev: Char | None = None
    for c in chars:
        if prev is not None and c.x0 - prev.x1 > space_em * min(c.size, prev.size):
            out.append(" ")
        out.append(c.text)
        prev = c
    return "".join(out)


def join_lines(lines: list[str]) -> str:
    """Lines of one paragraph: Chinese and numbers join without a gap, English words with one."""
    out = ""
    for ln in lines:
        ln = ln.strip()
        if not ln:
            continue
        if out and _LATIN.match(ln[0]):
            if out.endswith("-") and len(out) > 1 and _LATIN.match(out[-2]):
                out = out[:-1]  # a word hyphenated at the line end
            elif _LATIN.match(out[-1]):
                out += " "
        out += ln
    return tidy(out)


def ends_sentence(text: str) -> bool:
    text = text.rstrip()
    return bool(text) and text[-1] in _SENTENCE_END


def ends_on_stop(text: str) -> bool:
    """Ends on a stop; a closing quote or bracket counts only after one (……。” closes a
    sentence, 把好“普法关” closes a word)."""
    text = text.rstrip()
    bare = text.rstrip(_CLOSING)
    return ends_sentence(bare) if bare != text else ends_sentence(text)
