from __future__ import annotations

import duckdb
import pytest

from extractors.model import Block, Document, Indicator
from warehouse.db import connect
from warehouse.load import DocumentRecord, load_document


def record(**kw) -> DocumentRecord:
    base = {"id": "lj-2024", "region": "临江市", "body": None, "kind": "政府工作报告", "year": 2024}
    return DocumentRecord(**(base | kw))


def doc(*texts: str) -> Document:
    return Document("x.pdf", pages=1, blocks=[Block("paragraph", t, 1) for t in texts])


def counts(con) -> tuple[int, int, int]:
    return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("documents", "blocks", "indicators"))


def test_reloading_a_document_replaces_its_rows(tmp_path):
    con = connect(tmp_path / "w.duckdb")
    ind = [Indicator("城镇新增就业", 12000.0, "人"), Indicator("地区生产总值", 5.0, "%")]
    load_document(con, record(), doc("a", "b"), ind)
    load_document(con, record(id="other"), doc("c"), ind[:1])
    assert counts(con) == (2, 3, 3)
    load_document(con, record(), doc("a2"), ind[:1])
    assert counts(con) == (2, 2, 2)
    assert con.execute("SELECT text FROM blocks WHERE document_id = 'lj-2024'").fetchall() == [("a2",)]


def test_a_failed_load_leaves_the_previous_rows(tmp_path):
    con = connect(tmp_path / "w.duckdb")
    load_document(con, record(), doc("a"), [Indicator("x", 1.0, "个")])
    broken = Indicator(None, 2.0, "个")  # metric is NOT NULL in the schema
    with pytest.raises(duckdb.Error):
        load_document(con, record(), doc("new"), [broken])
    assert counts(con) == (1, 1, 1)
    assert con.execute("SELECT text FROM blocks").fetchall() == [("a",)]


def test_schema_is_applied_idempotently_and_survives_reopening(tmp_path):
    path = tmp_path / "w.duckdb"
    with connect(path) as con:
        load_document(con, record(status="failed", error="x.pdf: not a PDF"))
    with connect(path) as con:  # migrating again must keep the data
        assert con.execute("SELECT status, error FROM documents").fetchall() == [
            ("failed", "x.pdf: not a PDF")]
    with connect(path, read_only=True) as con, pytest.raises(duckdb.Error):
        con.execute("DELETE FROM documents")
