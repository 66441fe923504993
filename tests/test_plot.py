"""plot_indicator: a PNG of a series with targets, actuals and flagged points."""

from __future__ import annotations

from pathlib import Path

import matplotlib.colors as mcolors
import numpy as np
import pytest

from extractors.model import Indicator
from warehouse import plot
from warehouse.checks import run_checks
from warehouse.db import connect
from warehouse.load import DocumentRecord, load_canonical_catalog, load_document

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def grain(modality: str, value: float, year: int) -> Indicator:
    return Indicator(metric="粮食产量", value=value, unit="斤", modality=modality,
                     period=str(year), scope="annual", canonical="grain.output")


@pytest.fixture
def con(tmp_path: Path):
    con = connect(tmp_path / "w.duckdb")
    load_canonical_catalog(con, [{"id": "grain.output", "name": "粮食产量", "kind": "amount",
                                  "unit": "斤"}])
    for year, target, actual in [(2022, 1.3e12, 1.37e12), (2023, 1.3e12, 1.37e12),
                                 (2024, 1.3e8, 1.39e12), (2025, 1.4e12, 1.41e12)]:
        load_document(con, DocumentRecord(f"cn-{year}", "中国", "国务院", "政府工作报告", year),
                      None, [grain("target", target, year), grain("actual", actual, year - 1)])
    run_checks(con)
    return con


@pytest.fixture
def captured(monkeypatch):
    """The figure plot_indicator drew, kept open for inspection."""
    figures = []
    monkeypatch.setattr(plot.plt, "close", figures.append)
    return figures


def red_points(fig) -> list[tuple[float, float]]:
    red = np.array(mcolors.to_rgba(plot.FLAG_COLOR))
    points = []
    for coll in fig.axes[0].collections:
        edges = coll.get_edgecolors()
        if len(edges) and np.allclose(edges[0], red):
            points.extend(map(tuple, coll.get_offsets()))
    return points


def test_writes_a_png_with_the_scale_error_flagged(con, tmp_path, captured):
    out = plot.plot_indicator(con, "grain.output", tmp_path / "charts" / "grain.png")
    assert out == tmp_path / "charts" / "grain.png"
    assert out.read_bytes()[:8] == PNG_MAGIC
    # in the catalogue's display unit: 1.3亿斤 is 0.00013 万亿斤
    assert red_points(captured[0]) == [(2024.0, pytest.approx(1.3e-4))]
    # a log axis: the flagged point is 10^-4 of the others
    assert captured[0].axes[0].get_yscale() == "log"


def test_region_filter_and_unknown_indicator(con, tmp_path):
    with pytest.raises(ValueError, match="no annual figures of grain.output for 临江市"):
        plot.plot_indicator(con, "grain.output", tmp_path / "x.png", region="临江市")
    with pytest.raises(ValueError, match="nothing.here"):
        plot.plot_indicator(con, "nothing.here", tmp_path / "x.png")
    assert plot.plot_indicator(con, "grain.output", tmp_path / "y.png", region="中国").exists()


def test_ascii_labels_without_a_cjk_font(con, tmp_path, captured, monkeypatch):
    monkeypatch.setattr(plot, "cjk_font", lambda: None)
    plot.plot_indicator(con, "grain.output", tmp_path / "ascii.png")
    ax = captured[0].axes[0]
    texts = [ax.get_title(), ax.get_xlabel(), ax.get_ylabel(),
             *(t.get_text() for t in ax.get_legend().get_texts())]
    assert all(t.isascii() for t in texts), texts
    assert ax.get_title() == "Grain output (grain.output)"
    assert "region 1 actual" in texts and "flagged" in texts


@pytest.mark.skipif(plot.cjk_font() is None, reason="no CJK font installed")
def test_chinese_labels_with_a_cjk_font(con, tmp_path, captured):
    plot.plot_indicator(con, "grain.output", tmp_path / "zh.png")
    ax = captured[0].axes[0]
    assert ax.get_title() == "粮食产量 (grain.output)"
    assert ax.get_ylabel() == "万亿斤"
    assert "中国 目标" in [t.get_text() for t in ax.get_legend().get_texts()]
