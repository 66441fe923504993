"""Connecting to the warehouse: schema and views are applied on every read-write connect.

Readers and the writer never share a file. The flow writes into a private working file beside
the warehouse (`baogao.duckdb` → `baogao.writer.duckdb`) and, after every run, publishes a copy
of it as the warehouse itself, swapped in with one rename. Analysts, `baogao sql`, notebooks and
BI tools open the published file read-only: a reader never holds the writer's lock, and a reader
that keeps a connection open goes on seeing the snapshot it opened until it reconnects.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import os
import re
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import yaml

HERE = Path(__file__).resolve().parent
SCHEMA_DIR = HERE / "schema"
VIEWS_DIR = HERE / "views"
COMMENTS_FILE = HERE / "comments.yaml"

# The published warehouse is written in the storage format of DuckDB 1.0, which every DuckDB
# 1.x and later opens: an analyst's older DuckDB CLI or BI driver must not be locked out.
STORAGE_VERSION = "v1.0.0"

_LOCK_RE = re.compile(r"Could not set lock|Conflicting lock", re.IGNORECASE)
_PID_RE = re.compile(r"\(PID (\d+)\)")


class WarehouseLocked(RuntimeError):
    """Another process holds the file; the message says which one."""

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


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def apply_comments(con: duckdb.DuckDBPyConnection, path: Path = COMMENTS_FILE) -> None:
    """COMMENT ON every table, view and column the comments file describes and the database has.

    Views are replaced on every connect, which drops their comments, so they are applied again.
    """
    described = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    common = described.pop("_common", None) or {}
    objects = {name: (kind, comment) for name, kind, comment in con.execute(
        "SELECT table_name, 'TABLE', comment FROM duckdb_tables()"
        " WHERE database_name = current_database()"
        " UNION ALL SELECT view_name, 'VIEW', comment FROM duckdb_views()"
        " WHERE NOT internal AND database_name = current_database()").fetchall()}
    columns = {(t, c): comment for t, c, comment in con.execute(
        "SELECT table_name, column_name, comment FROM duckdb_columns()"
        " WHERE database_name = current_database()").fetchall()}
    statements = []
    for name, entry in described.items():
        if name not in objects:
            continue
        entry = entry or {}
        kind, comment = objects[name]
        if entry.get("_") and entry["_"] != comment:
            statements.append(f'COMMENT ON {kind} "{name}" IS {_quote(entry["_"])}')
        own = entry.get("columns") or {}
        for (table, column), comment in sorted(columns.items()):
            text = own.get(column) or common.get(column)
            if table == name and text and text != comment:
                statements.append(f'COMMENT ON COLUMN "{name}"."{column}" IS {_quote(text)}')
    if statements:
        # One commit, not one a statement: a connect must stay cheap.
        with transaction(con):
            for statement in statements:
                con.execute(statement)


def _schema_digest(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def migrate(con: duckdb.DuckDBPyConnection, *, force: bool = False) -> None:
    # Tables are created with IF NOT EXISTS; views are replaced so a changed view file takes
    # effect. A file whose schema files are unchanged since the last migration is left alone:
    # connecting must stay cheap.
    files = _sql_files(SCHEMA_DIR) + _sql_files(VIEWS_DIR)
    files += [COMMENTS_FILE] if COMMENTS_FILE.exists() else []
    digest = _schema_digest(files)
    try:
        applied = con.execute("SELECT digest FROM warehouse_schema").fetchone()
    except duckdb.CatalogException:
        applied = None
    if applied and applied[0] == digest and not force:
        return
    # One transaction: each DDL statement on its own would commit (and sync) once.
    with transaction(con):
        for path in files:
            if path.suffix == ".sql":
                con.execute(path.read_text(encoding="utf-8"))
        con.execute("CREATE TABLE IF NOT EXISTS warehouse_schema "
                    "(digest VARCHAR, applied_at TIMESTAMP)")
        con.execute("DELETE FROM warehouse_schema")
        con.execute("INSERT INTO warehouse_schema VALUES (?, current_timestamp)", [digest])
    if COMMENTS_FILE.exists():
        apply_comments(con)


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


def _open(db_path: Path, read_only: bool, locked: bool = True) -> duckdb.DuckDBPyConnection:
    """A user's read-only connection reads the warehouse and nothing else: external access is off
    and the configuration locked, so no query can read, list or write other files or load
    extensions. The writer's keeps DuckDB 1.0's storage format (see STORAGE_VERSION)."""
    config = (dict(READ_ONLY_CONFIG) if locked else {}) if read_only else {
        "storage_compatibility_version": STORAGE_VERSION}
    try:
        con = duckdb.connect(str(db_path), read_only=read_only, config=config)
    except duckdb.IOException as exc:
        if is_lock_error(exc):
            raise
        message = str(exc).splitlines()[0]
        if "not a valid DuckDB database" in message:
            raise WarehouseError(f"{db_path}: not a DuckDB database file") from None
        raise WarehouseError(f"{db_path}: cannot open the warehouse ({message})") from None
    if read_only and locked:
        con.execute("SET lock_configuration = true")
    return con


def lock_holder(message: str) -> str:
    """Who holds a DuckDB file lock, from DuckDB's message: the PID and, where /proc tells,
    the command line ('PID 4242: baogao run --db data/baogao.duckdb')."""
    match = _PID_RE.search(message)
    if not match:
        return "another process"
    pid = match.group(1)
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
        command = " ".join(Path(a).name if i == 0 else a
                           for i, a in enumerate(raw.decode(errors="replace").split("\0")) if a)
    except OSError:
        command = ""
    command = " ".join(command.split())  # one line, whatever the arguments held
    if len(command) > 120:
        command = command[:117] + "..."
    return f"PID {pid}: {command}" if command else f"PID {pid}"


def is_lock_error(exc: BaseException) -> bool:
    return isinstance(exc, duckdb.Error) and bool(_LOCK_RE.search(str(exc)))


def connect(db_path: str | Path, *, read_only: bool = False, wait: float = 0.0,
            on_wait: Callable[[str], None] | None = None,
            locked: bool = True) -> duckdb.DuckDBPyConnection:
    """Open the warehouse file. A locked file is retried for up to `wait` seconds (backing off
    from 0.2 s to 5 s), telling `on_wait` who holds it; then WarehouseLocked names the holder."""
    db_path = Path(db_path)
    check_db_file(db_path)
    if read_only and not db_path.exists():
        raise FileNotFoundError(f"{db_path}: no warehouse here yet; run `baogao run` first")
    if not read_only:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait
    delay = 0.2
    told = None
    marker = _waiting_marker(db_path)
    try:
        while True:
            try:
                con = _open(db_path, read_only, locked)
                break
            except duckdb.Error as exc:
                if not is_lock_error(exc):
                    raise
                holder = lock_holder(str(exc))
                if time.monotonic() + delay > deadline:
                    raise WarehouseLocked(
                        f"{db_path}: locked by {holder}"
                        + (f"; gave up after waiting {wait:.0f} s" if wait else "")) from None
                if on_wait and holder != told:
                    on_wait(f"{db_path}: locked by {holder}; waiting up to {wait:.0f} s")
                    told = holder
                if not read_only:
                    with contextlib.suppress(OSError):  # a hint to the holder, not a lock
                        marker.touch()
                time.sleep(delay)
                delay = min(delay * 2, 5.0)
    finally:
        marker.unlink(missing_ok=True)
    if not read_only:
        try:
            migrate(con)
        except BaseException:
            con.close()
            raise
    return con


def _waiting_marker(db_path: Path, pid: int | None = None) -> Path:
    return db_path.with_name(f"{db_path.name}.waiting.{pid or os.getpid()}")


def writers_waiting(db_path: str | Path) -> bool:
    """Whether another process waits to write `db_path` (it leaves a marker while it waits;
    a marker whose process is gone is dropped). The holder of the writer lets go of it between
    documents only then: reopening the file for every document costs the run's one core."""
    db_path = Path(db_path)
    for marker in db_path.parent.glob(f"{glob.escape(db_path.name)}.waiting.*"):
        try:
            os.kill(int(marker.name.rsplit(".", 1)[1]), 0)
            return True
        except ProcessLookupError:
            marker.unlink(missing_ok=True)
        except (ValueError, PermissionError):
            return True
    return False


def writer_path(db_path: str | Path) -> Path:
    """The flow's private working file for the published warehouse `db_path`."""
    db_path = Path(db_path)
    return db_path.with_name(f"{db_path.stem}.writer{db_path.suffix or '.duckdb'}")


def connect_writer(db_path: str | Path, *, wait: float = 600.0,
                   on_wait: Callable[[str], None] | None = None) -> duckdb.DuckDBPyConnection:
    """The read-write connection to the working file behind the warehouse `db_path`.

    A warehouse published before there was a working file (or written directly) is adopted as
    the starting point, so its history carries on.
    """
    db_path = Path(db_path)
    work = writer_path(db_path)
    if not work.exists() and db_path.exists():
        con = connect(work, wait=wait, on_wait=on_wait)
        try:
            if not con.execute("SELECT count(*) FROM documents").fetchone()[0]:
                _copy_database(con, db_path, into_current=True)
        except BaseException:
            con.close()
            raise
        return con
    return connect(work, wait=wait, on_wait=on_wait)


def _copy_database(con: duckdb.DuckDBPyConnection, other: Path, *, into_current: bool) -> None:
    current = con.execute("SELECT current_database()").fetchone()[0]
    options = "(READ_ONLY)" if into_current else f"(STORAGE_VERSION '{STORAGE_VERSION}')"
    con.execute(f"ATTACH {_quote(str(other))} AS baogao_copy {options}")
    try:
        if into_current:
            # Views and macros are created by migrate(); copy the rows of the tables only.
            for (table,) in con.execute(
                    "SELECT table_name FROM duckdb_tables() WHERE database_name = 'baogao_copy'"
                    " AND table_name <> 'warehouse_schema'").fetchall():
                cols = [c for (c,) in con.execute(
                    "SELECT column_name FROM duckdb_columns() WHERE database_name = 'baogao_copy'"
                    " AND table_name = ? ORDER BY column_index", [table]).fetchall()]
                mine = {c for (c,) in con.execute(
                    "SELECT column_name FROM duckdb_columns() WHERE database_name = ?"
                    " AND table_name = ?", [current, table]).fetchall()}
                shared = ", ".join(f'"{c}"' for c in cols if c in mine)
                if shared:
                    con.execute(f'INSERT INTO "{current}"."{table}" ({shared}) '
                                f'SELECT {shared} FROM baogao_copy."{table}"')
        else:
            con.execute(f'COPY FROM DATABASE "{current}" TO baogao_copy')
    finally:
        con.execute("DETACH baogao_copy")


def publish_snapshot(con: duckdb.DuckDBPyConnection, db_path: str | Path) -> Path:
    """Copy the writer's database to `db_path` and swap it in atomically.

    The copy is made while the writer still holds its lock, so no other writer can change the
    working file half-way through; the rename leaves readers of the old snapshot undisturbed.
    """
    db_path = Path(db_path)
    tmp = db_path.with_name(f".{db_path.name}.{os.getpid()}.tmp")
    for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
        leftover.unlink(missing_ok=True)
    try:
        _copy_database(con, tmp, into_current=False)
        os.replace(tmp, db_path)
    finally:
        tmp.unlink(missing_ok=True)
    return db_path


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
