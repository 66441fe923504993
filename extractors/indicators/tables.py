"""Table cells that reach the text one per paragraph (a budget's 支出表: a row label, then its
figures): a growth cell is read as the sentence its row and column say."""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.model import Block

# A cell: a figure alone, perhaps with a footnote mark (-4.1%①, 1.8%④).
GROWTH_CELL = re.compile(r"\s*(-?[0-9０-９][0-9０-９,.，]*)\s*[%％]\s*[①-⑳*]?\s*")
NUMBER_CELL = re.compile(r"\s*-?[0-9０-９][0-9０-９,.，]*\s*[%％]?\s*[①-⑳*]?\s*")
HEADER_YEAR = re.compile(r"((?:19|20)\d{2})年")
# A column that holds a growth: 增幅, 增长%, 比上年增长
GROWTH_HEADER = re.compile(r"增幅|增长|增速|同比")
UNIT_LINE = re.compile(r"^(?:金额)?单位[:：]")
LABEL_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]+[.．、]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、])\s*")
SHORT = 30  # characters: longer paragraphs are prose, not cells


def _is_cell(block: Block) -> bool:
    return block.type == "paragraph" and bool(NUMBER_CELL.fullmatch(block.text))


def _is_short(block: Block) -> bool:
    text = block.text.strip()
    return block.type == "paragraph" and 0 < len(text) <= SHORT and not re.search(r"[。；;，,]", text)


def _header(blocks: list[Block], first_label: int) -> list[str]:
    """The column names of the table whose rows run back to `first_label`: the short paragraphs
    just before the first row, without the unit line (金额单位：万元)."""
    names: list[str] = []
    j = first_label - 1
    while j >= 0 and _is_short(blocks[j]) and not _is_cell(blocks[j]):
        names.insert(0, blocks[j].text.strip())
        j -= 1
    return [n for n in names if not UNIT_LINE.match(n)]


def _row_start(blocks: list[Block], label: int) -> int:
    """The label of the table's first row: back over rows (a short label, then cells)."""
    first = label
    j = label - 1
    while j >= 0 and _is_cell(blocks[j]):
        while j >= 0 and _is_cell(blocks[j]):
            j -= 1
        if j >= 0 and _is_short(blocks[j]) and not re.search(r"[0-9０-９]", blocks[j].text):
            first, j = j, j - 1
        else:
            break
    return first


def read_cells(blocks: list[Block]) -> list[Block]:
    """The blocks with each growth cell of a table rewritten as its sentence: 八.卫生健康支出 |
    788,062 | 844,446 | 1.8%④ under 支出项目 | 2025年预算数 | 2024年预算数 | 增幅 →
    2025年卫生健康支出增幅1.8%。 A growth cell whose row or column cannot be told is left out: a
    figure without the words that name it is no indicator."""
    out = list(blocks)
    # a footnote mark or page furniture between cells (⑦) is no cell of the table
    at = [n for n, b in enumerate(blocks) if b.type == "paragraph"]
    paragraphs = [blocks[n] for n in at]
    for i, block in enumerate(paragraphs):
        cell = GROWTH_CELL.fullmatch(block.text)
        if not cell:
            continue
        k = i - 1
        while k >= 0 and _is_cell(paragraphs[k]):
            k -= 1
        column = i - k - 1  # the cells of the row before this one
        label = paragraphs[k].text.strip() if k >= 0 else ""
        name = LABEL_NUMBER.sub("", label)
        header = _header(paragraphs, _row_start(paragraphs, k)) if k >= 0 and _is_short(paragraphs[k]) else []
        growth = GROWTH_HEADER.search(header[column + 1]) if len(header) > column + 1 else None
        if not name or re.search(r"[0-9０-９]", name) or not growth:
            out[at[i]] = replace(block, text="")
            continue
        year = next((m.group(1) for h in header if (m := HEADER_YEAR.search(h))), "")
        out[at[i]] = replace(block, text=f"{year + '年' if year else ''}{name}{growth.group()}{cell.group(1)}%。")
    return out
