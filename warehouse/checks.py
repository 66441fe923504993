"""Data checks over the warehouse: one SQL file per check in `checks/`, run after every load.

A check is a query returning the rows that fail it (the way dbt data tests do), with the columns
in RESULT_COLUMNS. Its severity is declared in its header (`-- severity: error`); a check whose
rows differ in severity returns a `severity` column, which wins over the header.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd

from warehouse.db import transaction

CHECKS_DIR = Path(__file__).resolve().parent / "checks"
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
RESULT_COLUMNS: list[str] = ["region", "kind", "year", "metric", "canonical", "value",
                             "previous_value", "detail", "document_id"]
STORED_COLUMNS: list[str] = ["run_id", "check_name", "severity", *RESULT_COLUMNS]

_SEVERITY_RE = re.compile(r"^--\s*severity:\s*(\w+)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Check:
    name: str  # the file name without .sql
    severity: str  # declared in the header; rows may override it
    description: str  # the header's other comment lines
    sql: str


@dataclass(slots=True)
class CheckRun:
    run_id: str
    errors: int
    warnings: int
    infos: int
    results: pd.DataFrame = field(repr=False)

    @property
    def counts(self) -> dict[str, int]:
        return {"error": self.errors, "warning": self.warnings, "info": self.infos}


def parse_check(path: Path) -> Check:
    text = path.read_text(encoding="utf-8")
    severity = None
    description: list[str] = []
    for line in text.splitlines():
        if not line.startswith("--"):
            break
        match = _SEVERITY_RE.match(line)
        if match:
            severity = match.group(1).lower()
        else:
            description.append(line[2:].strip())
    if severity not in SEVERITIES:
        # A check without a readable severity must still be heard, so it defaults to the loudest.
        severity = "error"
    return Check(path.stem, severity, " ".join(d for d in description if d), text)


def load_checks(folder: Path = CHECKS_DIR) -> list[Check]:
    return [parse_check(p) for p in sorted(folder.glob("*.sql"))]


def _run_one(con: duckdb.DuckDBPyConnection, check: Check) -> pd.DataFrame:
    try:
        frame = con.execute(check.sql).df()
    except duckdb.Error as exc:
        # A broken check would otherwise pass silently; report it as a failure of its own.
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        frame = pd.DataFrame([{"detail": f"check {check.name} failed to run: {message}",
                               "severity": "error"}])
    missing = [c for c in RESULT_COLUMNS if c not in frame.columns]
    for col in missing:
        frame[col] = None
    if "severity" not in frame.columns:
        frame["severity"] = check.severity
    frame["severity"] = frame["severity"].where(frame["severity"].isin(SEVERITIES), "error")
    # format() yields NULL when any argument is NULL; a row must still say what it is about.
    frame["detail"] = frame["detail"].fillna(f"{check.name} (no detail)")
    frame["check_name"] = check.name
    return frame[["check_name", "severity", *RESULT_COLUMNS]]


def sort_results(frame: pd.DataFrame) -> pd.DataFrame:
    """Errors first, then warnings, then infos; within one severity by region, year, check."""
    if frame.empty:
        return frame.reset_index(drop=True)
    order = frame["severity"].map({s: i for i, s in enumerate(SEVERITIES)}).fillna(len(SEVERITIES))
    keyed = frame.assign(_order=order)
    keyed = keyed.sort_values(["_order", "region", "kind", "year", "check_name", "canonical",
                               "document_id"], na_position="last", kind="stable")
    return keyed.drop(columns="_order").reset_index(drop=True)


def _new_run_id(now: datetime) -> str:
    # Sortable by time, unique across concurrent runs.
    return f"{now:%Y%m%dT%H%M%S%f}-{uuid.uuid4().hex[:6]}"


def run_checks(con: duckdb.DuckDBPyConnection, run_id: str | None = None,
               checks: list[Check] | None = None) -> CheckRun:
    """Run every check and store the results as a new run; earlier runs are kept."""
    now = datetime.now(UTC).replace(tzinfo=None)
    run_id = run_id or _new_run_id(now)
    checks = load_checks() if checks is None else checks
    frames = [_run_one(con, check) for check in checks]
    frames = [f for f in frames if not f.empty]
    results = (pd.concat(frames, ignore_index=True) if frames
               else pd.DataFrame(columns=["check_name", "severity", *RESULT_COLUMNS]))
    results.insert(0, "run_id", run_id)
    results["year"] = pd.array(pd.to_numeric(results["year"], errors="coerce"), dtype="Int64")
    for col in ("value", "previous_value"):
        results[col] = pd.to_numeric(results[col], errors="coerce").astype("float64")
    results = sort_results(results)
    counts = {s: int((results["severity"] == s).sum()) for s in SEVERITIES}

    stored = results[STORED_COLUMNS]  # noqa: F841 - read by DuckDB's replacement scan
    with transaction(con):
        con.execute(
            "INSERT INTO check_runs (run_id, started_at, errors, warnings, infos) "
            "VALUES (?, ?, ?, ?, ?)",
            [run_id, now, counts["error"], counts["warning"], counts["info"]],
        )
        if len(results):
            cols = ", ".join(STORED_COLUMNS)
            con.execute(f"INSERT INTO check_results ({cols}) SELECT {cols} FROM stored")
        con.execute("DELETE FROM checks_due")
    return CheckRun(run_id, counts["error"], counts["warning"], counts["info"], results)


def checks_due(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Documents loaded since the last complete check run (a run killed before its checks)."""
    try:
        return [r[0] for r in con.execute(
            "SELECT document_id FROM checks_due ORDER BY document_id").fetchall()]
    except duckdb.CatalogException:  # a warehouse from before checks_due: nothing is known due
        return []


def latest_run_id(con: duckdb.DuckDBPyConnection) -> str | None:
    row = con.execute(
        "SELECT run_id FROM check_runs ORDER BY started_at DESC, run_id DESC LIMIT 1"
    ).fetchone()
    return row[0] if row else None


def latest_results(
    con: duckdb.DuckDBPyConnection,
    region: str | None = None,
    year: int | None = None,
    severity: str | list[str] | tuple[str, ...] | None = None,
) -> pd.DataFrame:
    """The last run's results, errors first; filters are exact matches (severity may be a list)."""
    return _latest(con, f"SELECT {', '.join(STORED_COLUMNS)} FROM check_results",
                   region, year, severity)


def _latest(con: duckdb.DuckDBPyConnection, select: str, region: str | None, year: int | None,
            severity: str | list[str] | tuple[str, ...] | None) -> pd.DataFrame:
    where = ["run_id = ?"]
    params: list[object] = [latest_run_id(con)]
    if region is not None:
        where.append("region = ?")
        params.append(region)
    if year is not None:
        where.append("year = ?")
        params.append(int(year))
    if severity is not None:
        wanted = [severity] if isinstance(severity, str) else list(severity)
        where.append(f"severity IN ({', '.join('?' for _ in wanted)})")
        params.extend(wanted)
    frame = con.execute(f"{select} WHERE {' AND '.join(where)}", params).df()
    if len(frame):
        frame["year"] = pd.array(frame["year"], dtype="Int64")
    return sort_results(frame)


def latest_findings(
    con: duckdb.DuckDBPyConnection,
    region: str | None = None,
    year: int | None = None,
    severity: str | list[str] | tuple[str, ...] | None = None,
) -> pd.DataFrame:
    """The last run's findings as `check_findings` shows them: values in display units, with
    the document, page and evidence sentence each comes from; errors first."""
    return _latest(con, "SELECT * FROM check_findings", region, year, severity)


def _cell(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value).replace("|", "\\|").replace("\n", " ")


def summary_markdown(results: pd.DataFrame, max_rows: int = 50) -> str:
    """A markdown summary for the Prefect artifact and the terminal: counts, then one table per
    severity, errors first; warnings and infos are cut at `max_rows` so errors stay in view."""
    counts = {s: int((results["severity"] == s).sum()) if len(results) else 0 for s in SEVERITIES}
    lines = ["# Check results", "",
             f"**{counts['error']} errors**, {counts['warning']} warnings, {counts['info']} infos"]
    if not len(results):
        lines += ["", "No check returned a row."]
        return "\n".join(lines) + "\n"
    cols = ["check_name", "region", "kind", "year", "canonical", "value", "previous_value",
            "detail"]
    # From check_findings: the unit the values are shown in, and where the figure was read.
    cols[7:7] = [c for c in ("unit",) if c in results.columns]
    cols += [c for c in ("document_id", "page", "evidence") if c in results.columns]
    ordered = sort_results(results)
    for severity in SEVERITIES:
        rows = ordered[ordered["severity"] == severity]
        if rows.empty:
            continue
        lines += ["", f"## {severity.capitalize()}s ({len(rows)})", "",
                  "| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
        # Errors are never cut: a fault in the data must not hide behind a row limit.
        shown = rows if severity == "error" else rows.head(max_rows)
        for row in shown.itertuples(index=False):
            lines.append("| " + " | ".join(_cell(getattr(row, c)) for c in cols) + " |")
        if len(shown) < len(rows):
            lines.append(f"\n… and {len(rows) - len(shown)} more {severity}s")
    return "\n".join(lines) + "\n"
