"""Glyphs a font maps to private-use code points, read from what the page shows around them.

Some fonts (Founder's symbol faces in Chinese budget reports, among others) map a punctuation
glyph to a private-use code point (U+E000–U+F8FF, planes 15–16) in their ToUnicode table, so
810．8亿元 reads 810 + U+1001B0 + 8亿元. The code point says nothing, but the document does: one
code point of one font is one glyph, so every place it is drawn is evidence about what it is.

- A mark drawn between numerals, and never after a word, is the point: the decimal point in
  810．8, the dot of a list number (1．一般公共预算). Unless every numeral after it is a group of
  exactly three digits (then it may as well be a thousands separator: left undecided).
- A mark drawn after words is a clause mark. One that ends paragraphs (the last glyph of a line
  that stops short of the lines around it) is a full stop; one that never does, while it is
  followed by more text on its line, is a comma (、 and ； part figures as a comma does).
- Anything else — a mark between words (a middle dot?), one seen once, contradictory use — is
  left as drawn and counted, so the reader is told instead of being guessed at.

The evidence is geometric (neighbours on the same baseline), so both engines decide alike.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from extractors.pdf import Char, PageData


@dataclass(frozen=True, slots=True)
class PrivateUseParams:
    line_em: float = 0.35  # glyphs whose baselines differ by less than this share a line
    touch_em: float = 0.8  # a neighbour stands at most this far from the glyph
    short_em: float = 2.0  # a line ending this much before the lines around it ends a paragraph
    column_em: float = 3.0  # lines starting within this of each other are one column
    stack_em: float = 2.6  # lines this close in baseline are neighbours in their column
    min_clause: int = 3  # occurrences needed before a clause mark is called a comma
    gutter_em: float = 1.5  # a gap this wide on one baseline parts two columns' lines


def private_use(text: str) -> bool:
    return len(text) == 1 and unicodedata.category(text) == "Co"


def _kind(c: Char | None) -> str:
    if c is None:
        return "none"
    t = c.text
    if t.isdigit() and t.isascii() or "\uff10" <= t <= "\uff19":
        return "digit"
    if t.isalpha() and not private_use(t):
        return "word"
    return "other"


@dataclass(slots=True)
class _Evidence:
    between_digits: int = 0
    after_digit: int = 0
    after_word: int = 0
    after_other: int = 0
    paragraph_end: int = 0
    inside_line: int = 0
    groups_after: list[int] = field(default_factory=list)  # digit run lengths after the mark

    @property
    def total(self) -> int:
        return self.after_digit + self.after_word + self.after_other


@dataclass(slots=True)
class PrivateUseReport:
    resolved: dict[tuple[str, str], str] = field(default_factory=dict)  # (font, code) → text
    replaced: int = 0
    unresolved: int = 0
    unresolved_codes: list[str] = field(default_factory=list)

    def notes(self) -> list[str]:
        out = []
        if self.replaced:
            what = ", ".join(f"U+{ord(code):04X} ({font or 'unnamed font'}) as {text!r}"
                             for (font, code), text in sorted(self.resolved.items()))
            out.append(f"{self.replaced} glyph(s) mapped to private-use code points read from "
                       f"their use: {what}")
        if self.unresolved:
            codes = ", ".join(self.unresolved_codes)
            out.append(f"{self.unresolved} glyph(s) mapped to private-use code points ({codes}) "
                       "could not be read from their use and were left as drawn")
        return out


class _Lines:
    """One page's glyphs bucketed by baseline, to find a glyph's neighbours on its line, and the
    line segments (a column's line: glyphs on one baseline without a gutter between them)."""

    def __init__(self, page: PageData, p: PrivateUseParams) -> None:
        self.p = p
        self.step = max(1.0, p.line_em * _median_size(page))
        self.buckets: dict[int, list[Char]] = defaultdict(list)
        rows: dict[int, list[Char]] = defaultdict(list)
        for c in page.chars:
            if not c.text.isspace() and c.upright:
                self.buckets[int(c.bottom // self.step)].append(c)
                rows[round(c.bottom / self.step)].append(c)
        self.segments: list[tuple[float, float, float]] = []  # x0, x1, baseline
        self.segment_of: dict[int, int] = {}
        for row in rows.values():
            row.sort(key=lambda c: c.x0)
            start = 0
            for i in range(1, len(row) + 1):
                if i == len(row) or row[i].x0 - row[i - 1].x1 > p.gutter_em * row[i].size:
                    seg = row[start:i]
                    for c in seg:
                        self.segment_of[id(c)] = len(self.segments)
                    self.segments.append((seg[0].x0, max(c.x1 for c in seg), seg[0].bottom))
                    start = i

    def _near(self, c: Char) -> list[Char]:
        k = int(c.bottom // self.step)
        tol = self.p.line_em * c.size
        return [o for b in (k - 1, k, k + 1) for o in self.buckets.get(b, ())
                if o is not c and abs(o.bottom - c.bottom) <= tol]

    def neighbours(self, c: Char) -> tuple[Char | None, Char | None]:
        """The nearest glyph on each side, by centres: fonts that claim a full em for a digit
        set half as far apart overlap their boxes, so box gaps say little."""
        reach = (self.p.touch_em + 0.5) * c.size
        left = right = None
        for o in self._near(c):
            d = o.xc - c.xc
            if -reach <= d < 0 and (left is None or o.xc > left.xc):
                left = o
            elif 0 < d <= reach and (right is None or o.xc < right.xc):
                right = o
        return left, right

    def run_after(self, c: Char) -> int:
        """How many digits follow the glyph on its line."""
        n, cur = 0, c
        while n < 64:
            _, nxt = self.neighbours(cur)
            if _kind(nxt) != "digit":
                break
            n, cur = n + 1, nxt
        return n

    def ends_short(self, c: Char) -> bool:
        """The glyph ends a line that stops well short of a line above or below it in its
        column: the last line of a paragraph."""
        k = self.segment_of.get(id(c))
        if k is None:
            return False
        x0, x1, y = self.segments[k]
        if x1 > c.x1 + 0.5 * c.size:
            return False
        col, short, stack = (self.p.column_em * c.size, self.p.short_em * c.size,
                             self.p.stack_em * c.size)
        return any(0 < abs(oy - y) <= stack and abs(ox0 - x0) <= col and ox1 - c.x1 >= short
                   for ox0, ox1, oy in self.segments)


def _median_size(page: PageData) -> float:
    sizes = sorted(c.size for c in page.chars if not c.text.isspace())
    return sizes[len(sizes) // 2] if sizes else 10.0


def _decide(ev: _Evidence, p: PrivateUseParams) -> str | None:
    if ev.between_digits and not ev.after_word and not ev.after_other:
        if all(g == 3 for g in ev.groups_after):
            return None  # 1,234 or 1.234: the numerals cannot tell
        return "."
    if ev.after_word and not ev.between_digits:
        if ev.paragraph_end >= 2 or (ev.paragraph_end and ev.total <= 3):
            return "。"
        if ev.paragraph_end == 0 and ev.inside_line and ev.total >= p.min_clause:
            return "，"
    return None


def resolve_private_use(pages: list[PageData], p: PrivateUseParams = PrivateUseParams()
                        ) -> PrivateUseReport:
    """Replace, in place, the private-use glyphs whose use decides what they are."""
    report = PrivateUseReport()
    found: list[tuple[Char, _Lines]] = []
    for page in pages:
        if not any(private_use(c.text) for c in page.chars):
            continue
        lines = _Lines(page, p)
        found += [(c, lines) for c in page.chars if private_use(c.text)]
    if not found:
        return report
    evidence: dict[tuple[str, str], _Evidence] = defaultdict(_Evidence)
    for c, lines in found:
        ev = evidence[(c.font, c.text)]
        left, right = lines.neighbours(c)
        lk, rk = _kind(left), _kind(right)
        if lk == "digit":
            ev.after_digit += 1
            if rk == "digit":
                ev.between_digits += 1
                ev.groups_after.append(lines.run_after(c))
        elif lk == "word":
            ev.after_word += 1
        else:
            ev.after_other += 1
        if rk == "none" and lines.ends_short(c):
            ev.paragraph_end += 1
        elif rk in ("word", "digit"):
            ev.inside_line += 1
    decided = {key: _decide(ev, p) for key, ev in evidence.items()}
    unresolved: set[str] = set()
    for c, _ in found:
        text = decided[(c.font, c.text)]
        if text is None:
            report.unresolved += 1
            unresolved.add(f"U+{ord(c.text):04X}")
            continue
        report.resolved[(c.font, c.text)] = text
        report.replaced += 1
        c.text = text
    report.unresolved_codes = sorted(unresolved)
    return report
