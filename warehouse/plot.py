"""A chart of one canonical indicator across years: actuals as lines, targets as markers,
points flagged by the last check run in red."""

from __future__ import annotations

import logging
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

import duckdb
import matplotlib

matplotlib.use("Agg")  # files only; there may be no display

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib import font_manager  # noqa: E402

FLAG_COLOR = "#d62728"


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """The family name of an installed font covering Chinese, or None. Fonts are never
    downloaded: without one the chart falls back to ASCII labels."""
    if not shutil.which("fc-list"):
        return None
    # The font registers as weight 500; matplotlib warns on every lookup of "normal" otherwise.
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    try:
        out = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True,
                             timeout=10, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    for line in out.splitlines():
        path = line.split(":")[0].strip()
        if not path or not Path(path).exists():
            continue
        try:
            font_manager.fontManager.addfont(path)
            return font_manager.FontProperties(fname=path).get_name()
        except (OSError, RuntimeError, ValueError):
            continue
    return None


def _ascii(text: str | None, fallback: str) -> str:
    if text and text.isascii():
        return text
    return fallback


def _series(con: duckdb.DuckDBPyConnection, canonical: str, region: str | None) -> pd.DataFrame:
    # In display units (亿元, 万人): an axis of 2e13 元 is read by nobody.
    query = """
        SELECT region, kind, name, name_en, indicator_kind, year, actual, actual_unit, target,
               target_low, target_high, target_unit
        FROM indicator_series_display
        WHERE canonical = ? AND scope = 'annual'
    """
    params: list[object] = [canonical]
    if region is not None:
        query += " AND region = ?"
        params.append(region)
    return con.execute(query + " ORDER BY region, kind, year", params).df()


def _flags(con: duckdb.DuckDBPyConnection, canonical: str) -> pd.DataFrame:
    """Points the last check run flagged at error or warning, with the value they flagged."""
    try:
        return con.execute(
            """SELECT region, kind, year, value, previous_value, severity, detail
               FROM check_findings
               WHERE canonical = ? AND severity IN ('error', 'warning')
                 AND run_id = (SELECT run_id FROM check_runs
                               ORDER BY started_at DESC, run_id DESC LIMIT 1)""",
            [canonical],
        ).df()
    except duckdb.Error:
        return pd.DataFrame(columns=["region", "kind", "year", "value", "previous_value",
                                     "severity", "detail"])


def plot_indicator(con: duckdb.DuckDBPyConnection, canonical: str, out_path: Path,
                   region: str | None = None) -> Path:
    """Write a PNG of `canonical` across years (one line per region and report kind) and return
    its path. Raises ValueError when the warehouse has no annual figure for it."""
    data = _series(con, canonical, region)
    if data.empty:
        where = f" for {region}" if region else ""
        raise ValueError(f"no annual figures of {canonical}{where} in the warehouse")
    flags = _flags(con, canonical)
    font = cjk_font()
    if font:
        plt.rcParams["font.sans-serif"] = [font, *plt.rcParams["font.sans-serif"]]
        plt.rcParams["axes.unicode_minus"] = False

    def label(text: str | None, fallback: str) -> str:
        return (text or fallback) if font else _ascii(text, fallback)

    fig, ax = plt.subplots(figsize=(8, 4.5), dpi=100)
    groups = list(data.groupby(["region", "kind"], sort=True, dropna=False))
    for i, ((reg, kind), rows) in enumerate(groups):
        color = f"C{i % 10}"
        name = label(f"{reg} {kind}" if len(groups) > 1 else str(reg),
                     f"region {i + 1}")
        actual = rows.dropna(subset=["actual"])
        if len(actual):
            ax.plot(actual["year"], actual["actual"], "-o", color=color,
                    label=f"{name} actual" if font is None else f"{name} 实际")
        target = rows.dropna(subset=["target"])
        if len(target):
            ax.scatter(target["year"], target["target"], marker="^", s=60, facecolors="none",
                       edgecolors=color, label=f"{name} target" if font is None else f"{name} 目标")
            ranged = target.dropna(subset=["target_low", "target_high"])
            if len(ranged):
                ax.vlines(ranged["year"], ranged["target_low"], ranged["target_high"],
                          colors=color, linestyles=":")
        mine = flags[(flags["region"] == reg) & (flags["kind"] == kind)].dropna(subset=["year"])
        flagged = mine.dropna(subset=["value"])
        # A missing figure has no value: mark where last year's figure would have continued.
        missing = mine[mine["value"].isna()].dropna(subset=["previous_value"])
        if len(missing):
            ax.scatter(missing["year"], missing["previous_value"], marker="x", s=90,
                       color=FLAG_COLOR, linewidths=2, zorder=5,
                       label="missing" if font is None else "缺失")
        if len(flagged):
            ax.scatter(flagged["year"], flagged["value"], s=140, facecolors="none",
                       edgecolors=FLAG_COLOR, linewidths=2, zorder=5,
                       label="flagged" if font is None else "检查标记")
    units = {u for u in pd.concat([data["actual_unit"], data["target_unit"]]).dropna()}
    unit = ", ".join(sorted(units))
    english = data["name_en"].dropna()
    title = label(data["name"].dropna().iloc[0] if data["name"].notna().any() else None,
                  english.iloc[0] if len(english) else canonical)
    ax.set_title(title if title == canonical else f"{title} ({canonical})")
    ax.set_xlabel("year" if font is None else "年份")
    ax.set_ylabel(label(unit, "value") if unit else "value")
    years = sorted({int(y) for y in data["year"].dropna()})
    ax.set_xticks(years)
    # Scale errors span powers of ten; a log axis keeps the sane points readable beside them.
    values = pd.concat([data["actual"], data["target"]]).dropna()
    if len(values) and (values > 0).all() and values.max() / values.min() >= 1000:
        ax.set_yscale("log")
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize="small", loc="best")
    fig.tight_layout()
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out_path, format="png")
    plt.close(fig)
    return out_path
