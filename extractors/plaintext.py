"""Text already extracted by another tool → a Document.

A naive extraction of a newspaper page breaks lines at the column edge, puts blank lines where
columns or boxes end (often mid-sentence), sets justified lines with spaces between CJK
characters, splits numbers from their units across lines, and mixes page furniture (column
labels, dates, bylines) into the text. Repair: join lines into paragraphs by sentence endings,
remove spaces inside CJK text, and classify short standalone lines as headings or furniture.
"""

from __future__ import annotations

import re

from extractors.layout.text import join_lines, tidy
from extractors.model import Block, Document

# A space survives only between two Latin/digit characters (“RCEP 区域” loses it, “GDP growth” not).
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\ufeff]")
SENTENCE_END = tuple("。！？!?…")
CLOSERS = "”’」』）)"
LEAD_IN = tuple("：:，,；;、")  # a line ending so leads into what follows: 各位代表：
BYLINE_RE = re.compile(r"(?:记者|通讯员|编辑|校对|责编|责任编辑|来源|摄影?)[：:\s]")
DATE_RE = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\s*星期[一二三四五六日天])?$"
                     r"|^星期[一二三四五六日天]$|^\d{4}[-./]\d{1,2}[-./]\d{1,2}$")
NUMBERED_HEADING = re.compile(r"[一二三四五六七八九十]{1,3}、\S")
ORDINAL_OPENING = re.compile(r"(?:第[一二三四五六七八九十]{1,3}|首先|其次|最后)[，,、]")
PAGE_RE = re.compile(r"^(?:第?\s*[A-Z]?\d{1,3}\s*版|[A-Z]\d{1,2}|—\s*\d+\s*—|-\s*\d+\s*-|\d{1,3})$")


def squeeze_spaces(text: str) -> str:
    """Drop the spaces a justified CJK line carries ('问 题、重 要' → '问题、重要') the way the PDF
    path does, and the zero-width characters web copies leave inside words."""
    return tidy(ZERO_WIDTH.sub("", text))


def _ends_sentence(line: str) -> bool:
    return line.rstrip(CLOSERS).endswith(SENTENCE_END)


def _line_kind(line: str, standalone: bool, max_heading: int) -> str | None:
    """'header'/'byline'/'heading'/'title' for a line that is not body text, else None."""
    if DATE_RE.match(line) or PAGE_RE.match(line):
        return "header"
    if BYLINE_RE.search(line) and len(line) <= 30 and not _ends_sentence(line):
        return "byline"
    if line.startswith("——"):
        return "subtitle"
    # a heading's halves around a comma are phrases; a line cut after 举办 is not a heading (an
    # ordinal opening it, 第五，商品购销两旺，…, is no half)
    phrases = ORDINAL_OPENING.sub("", line, count=1)
    halves_ok = all(len(part) >= 5 for part in re.split(r"[，,]", phrases)) if re.search(
        r"[，,]", phrases) else True
    if (standalone and halves_ok and not _ends_sentence(line) and len(line) <= max_heading
            and not line.endswith(LEAD_IN)):
        return "heading"
    return None


def _one_paragraph_a_line(lines: list[str], long_line: int = 60, share: float = 0.6) -> bool:
    """Text published one paragraph a line (web copies): long lines, hardly a blank between them.

    A naive PDF extraction breaks lines at the column edge, so its lines are short; a web copy's
    lines are whole paragraphs, and a short line among them stands alone as a heading."""
    filled = [len(x) for x in lines if x]
    if len(filled) < 5:
        return False
    blanks = sum(1 for a, b in zip(lines, lines[1:], strict=False) if a and not b)
    in_long = sum(n for n in filled if n >= long_line)
    return in_long >= share * sum(filled) and blanks < 0.3 * len(filled)


# A line of zero-width characters alone: where a web copy's source broke a page or column, often
# inside a sentence or a number (国内生产总值达到74.4 / ​ / 万亿元).
SOFT_BREAK = re.compile("\n[ \t\u3000]*[\u200b\u200c\u200d\ufeff\u2060]+[ \t\u3000]*\n(?=[^\n])")


def _join_soft_breaks(text: str) -> str:
    """Join the lines around a soft break inside a sentence; after a sentence's end it parts them."""
    def join(m: re.Match) -> str:
        before = text[:m.start()].rstrip(" \t\u3000")
        return "\n\n" if not before or _ends_sentence(before[-40:]) else ""
    return SOFT_BREAK.sub(join, text)


def repair_text(text: str, source: str, *, max_heading: int = 40) -> Document:
    """Rebuild paragraphs and headings from a naive line-by-line extraction."""
    text = _join_soft_breaks(text.replace("\r\n", "\n"))
    spaced = [line.strip() for line in text.split("\n")]
    raw = [squeeze_spaces(line) for line in spaced]
    blocks: list[Block] = []
    para: list[str] = []  # lines of the paragraph being rebuilt, joined once when it ends
    title_lines, subtitle_lines = _title_lines(raw)
    per_line = _one_paragraph_a_line(raw)

    def flush() -> None:
        nonlocal para
        if para:
            blocks.append(Block("paragraph", join_lines(para), 1))
            para = []

    for i, line in enumerate(raw):
        if not line:
            continue
        prev_blank = i == 0 or not raw[i - 1]
        next_blank = i + 1 >= len(raw) or not raw[i + 1]
        standalone = (prev_blank and next_blank) or per_line
        # A line continuing an unfinished sentence is body text whatever it looks like, unless
        # it is a numbered heading set apart by blank lines (the sentence before lost its 。).
        numbered = standalone and bool(NUMBERED_HEADING.match(line)) and not _ends_sentence(line)
        if para and numbered and len(line) <= max_heading:
            flush()
        kind = None if para else _line_kind(spaced[i], standalone, max_heading)
        if i in title_lines:
            kind = "title"
        if kind == "subtitle" and (len(blocks) > 8 or any(b.type == "heading" for b in blocks)
                                   or "。" in line.rstrip(CLOSERS)[:-1]):
            # a dash-led line deep in the text, under a heading or holding a sentence is a list
            # item (——经济平稳较快发展。国内生产总值…), not the subtitle
            kind = None
        if line.startswith("——") and i in subtitle_lines:
            kind = "subtitle"
        if kind in ("header", "byline", "subtitle", "title"):
            flush()
            # furniture and titles keep the spaces they are set with (a title's phrases)
            blocks.append(Block(kind, re.sub(r"\s+", " ", spaced[i]), 1))
            continue
        if kind == "heading":
            flush()
            blocks.extend(_headings(spaced[i], first=not blocks))
            continue
        para.append(line)
        if per_line or (_ends_sentence(line) and (next_blank or _short_line(i, raw))):
            flush()
    flush()
    return Document(source=source, pages=1, blocks=blocks)


def _short_line(i: int, lines: list[str], ratio: float = 0.8) -> bool:
    """A line clearly shorter than its neighbours ends its paragraph (columns differ in width,
    so the measure is local)."""
    near = [len(lines[j]) for j in (i - 1, i + 1) if 0 <= j < len(lines) and lines[j]]
    return not near or len(lines[i]) < ratio * max(near)


def _title_lines(lines: list[str], most: int = 3) -> tuple[set[int], set[int]]:
    """Lines without sentence punctuation right above a '——' line: the title, and that line
    its subtitle."""
    found: set[int] = set()
    subtitles: set[int] = set()
    for i, line in enumerate(lines):
        if not line.startswith("——") or "。" in line.rstrip(CLOSERS)[:-1]:
            continue  # a dash line holding a sentence is a list item, not a subtitle
        j = i - 1
        while j >= 0 and not lines[j]:
            j -= 1
        while (j >= 0 and lines[j] and i - j <= most + 1 and not re.search(r"[。！？，；]", lines[j])
               and not re.match(r"[一二三四五六七八九十]+、", lines[j])):
            found.add(j)
            subtitles.add(i)
            j -= 1
    return found, subtitles


def _headings(line: str, first: bool) -> list[Block]:
    """A standalone line may hold two headings set side by side ('过去五年工作回顾 今年工作建议')."""
    parts = [p for p in re.split(r"\s{1,}", line) if p]
    if first and len(line) <= 6:
        return [Block("header", line, 1)]
    if len(parts) > 1 and all(4 <= len(p) <= 16 for p in parts) and re.search(
            r"回顾|建议|任务|工作|目标", line):
        return [Block("heading", p, 1, level=1) for p in parts]
    return [Block("heading", squeeze_spaces(line), 1, level=_level(line))]


def _level(line: str) -> int:
    if re.match(r"[一二三四五六七八九十]+、", line) or re.search(r"回顾|工作建议|工作任务|^附件", line):
        return 1
    return 2
