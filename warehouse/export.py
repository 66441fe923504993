"""Exporting the warehouse for other tools: every table and view, one Parquet or CSV file each."""

from __future__ import annotations

from pathlib import Path

import duckdb


def export_warehouse(con: duckdb.DuckDBPyConnection, out_dir: str | Path, *, fmt: str = "parquet",
                     views: bool = True) -> list[Path]:
    if fmt not in ("parquet", "csv"):
        raise ValueError(f"unknown export format {fmt!r}: parquet or csv")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    names = [n for (n,) in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()"
        " AND table_name <> 'warehouse_schema' ORDER BY 1").fetchall()]
    if views:
        names += [n for (n,) in con.execute(
            "SELECT view_name FROM duckdb_views() WHERE NOT internal"
            " AND database_name = current_database() ORDER BY 1").fetchall()]
    options = "FORMAT parquet, COMPRESSION zstd" if fmt == "parquet" else "FORMAT csv, HEADER"
    written = []
    for name in names:
        target = out / f"{name}.{fmt}"
        tmp = target.with_name(f".{target.name}.part")
        path_sql = "'" + str(tmp).replace("'", "''") + "'"
        con.execute(f'COPY (SELECT * FROM "{name}") TO {path_sql} ({options})')
        tmp.replace(target)  # a reader of the folder never sees a half-written file
        written.append(target)
    return written
