"""Connecting to the warehouse: schema and views are applied on every read-write connect."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

HERE = Path(__file__).resolve().parent
SCHEMA_DIR = HERE / "schema"
VIEWS_DIR = HERE / "views"

# What a user's connection may not do even though it cannot write the warehouse: these reach
# other files (ATTACH, COPY, EXPORT) or pull code in (INSTALL, LOAD). External access being off
# stops them too; refusing them by name gives a message that says why.
REFUSED_STATEMENTS = {
    duckdb.StatementType.ATTACH: "ATTACH",
    duckdb.StatementType.DETACH: "DETACH",
    duckdb.StatementType.COPY: "COPY",
    duckdb.StatementType.EXPORT: "EXPORT",
    duckdb.StatementType.LOAD: "INSTALL/LOAD",
}
# Every read path opened for users: the warehouse file and nothing else on this machine.
READ_ONLY_CONFIG = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
}


class WarehouseError(Exception):
    """A --db file that cannot be a warehouse, or SQL a user connection refuses; names the file."""


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


def check_db_file(db_path: str | Path) -> None:
    """Raise WarehouseError unless `db_path` is absent or looks like a DuckDB file (its magic)."""
    db_path = Path(db_path)
    try:
        mode = db_path.stat().st_mode
    except FileNotFoundError:
        return
    if stat.S_ISDIR(mode):
        raise WarehouseError(f"{db_path}: a directory, not a DuckDB database file")
    if not stat.S_ISREG(mode):
        raise WarehouseError(f"{db_path}: not a regular file (a FIFO or a device?), not a DuckDB "
                             "database file")
    with open(db_path, "rb") as handle:
        head = handle.read(12)
    if head and head[8:12] != b"DUCK":
        raise WarehouseError(f"{db_path}: not a DuckDB database file")


def _open(db_path: Path, **kw) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(db_path), **kw)
    except duckdb.IOException as exc:
        message = str(exc).splitlines()[0]
        if "not a valid DuckDB database" in message:
            raise WarehouseError(f"{db_path}: not a DuckDB database file") from None
        raise WarehouseError(f"{db_path}: cannot open the warehouse ({message})") from None


def connect(db_path: str | Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A read-write connection for the flow, or a user's read-only one.

    A read-only connection reads the warehouse and nothing else: external access is off and the
    configuration locked, so no query can read, list or write other files or load extensions.
    """
    db_path = Path(db_path)
    check_db_file(db_path)
    if read_only:
        if not db_path.exists():
            raise FileNotFoundError(f"{db_path}: no warehouse here yet; run `baogao run` first")
        con = _open(db_path, read_only=True, config=dict(READ_ONLY_CONFIG))
        con.execute("SET lock_configuration = true")
        return con
    db_path.parent.mkdir(parents=True, exist_ok=True)
    con = _open(db_path)
    migrate(con)
    return con


def refuse_side_effects(con: duckdb.DuckDBPyConnection, query: str) -> None:
    """Raise WarehouseError before running a user's query that would reach beyond the warehouse."""
    try:
        statements = con.extract_statements(query)
    except duckdb.Error:
        return  # a syntax error: running the query reports it with DuckDB's own message
    for statement in statements:
        name = REFUSED_STATEMENTS.get(statement.type)
        if name:
            raise WarehouseError(f"{name} is refused: `baogao sql` reads the warehouse and "
                                 "nothing else (no other files, no extensions)")
