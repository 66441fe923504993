"""Table cells one per paragraph: a growth cell is read as its row and column say."""

from __future__ import annotations

import pytest

from extractors.indicators import extract_indicators
from extractors.model import Block, Document


def table(rows: list[tuple[str, list[str]]], header: list[str], mark: str = "") -> list[Block]:
    blocks = [Block("heading", "2025年省级一般公共预算支出表", 1, level=2), Block("paragraph", "金额单位：万元", 1)]
    blocks += [Block("paragraph", h, 1) for h in header]
    for label, cells in rows:
        blocks.append(Block("paragraph", label, 1))
        blocks += [Block("paragraph", c + mark, 1) for c in cells]
        if mark:
            blocks.append(Block("other", "⑦", 1))
    return blocks


ROWS = [("一.一般公共服务支出", ["798,557", "728,348", "-4.1%"]), ("二.国防支出", ["26,760", "23,594", "13.4%"]),
        ("三.教育支出", ["3,655,311", "3,527,312", "3.6%"])]


@pytest.mark.parametrize("mark", ["", "①"])
@pytest.mark.parametrize("growth", ["增幅", "比上年增长"])
def test_a_growth_cell_is_its_rows_growth_in_the_tables_year(mark, growth):
    doc = Document("t", 1, table(ROWS, ["支出项目", "2025年预算数", "2024年预算数", growth], mark))
    out = extract_indicators(doc, year=2025)
    assert [(r.metric, r.value, r.period) for r in out] == [
        ("一般公共服务支出", -4.1, "2025"), ("国防支出", 13.4, "2025"), ("教育支出", 3.6, "2025")]


def test_a_percent_cell_of_a_column_that_is_no_growth_is_left_out():
    doc = Document("t", 1, table(ROWS, ["项目", "2025年预算数", "2024年预算数", "占比"]))
    assert extract_indicators(doc, year=2025) == []


def test_a_bare_figure_with_no_table_around_it_names_nothing():
    doc = Document("t", 1, [Block("heading", "一、2024年工作回顾", 1, level=1), Block("paragraph", "5.3%", 1)])
    assert extract_indicators(doc, year=2025) == []
