"""Connecting to the warehouse: schema and views are applied on every read-write connect."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

HERE = Path(__file__).resolve().parent
SCHEMA_DIR = HERE / "schema"
VIEWS_DIR = HERE / "views"


def _sql_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.sql")) if folder.is_dir() else []


def migrate(con: duckdb.DuckDBPyConnection) -> None:
    # Tables are created with IF NOT EXISTS; views are replaced so a changed view file takes effect.
    for path in _sql_files(SCHEMA_DIR) + _sql_files(VIEWS_DIR):
        con.execute(path.read_text(encoding="utf-8"))


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """All of the block's writes, or none of them."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def connect(db_path: str | Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    db_path = Path(db_path)
    if read_only:
        if not db_path.exists():
            raise FileNotFoundError(f"{db_path}: no warehouse here yet; run `baogao run` first")
        return duckdb.connect(str(db_path), read_only=True)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(db_path))
    migrate(con)
    return con
