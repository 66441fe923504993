"""Loading one document's rows: all of them in one transaction, replacing any earlier load."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd

from extractors.model import Document, Indicator
from warehouse.db import transaction


@dataclass(slots=True)
class DocumentRecord:
    id: str
    region: str | None
    body: str | None
    kind: str | None
    year: int | None
    url: str | None = None
    sha256: str | None = None
    raw_path: str | None = None
    parser_version: str | None = None
    status: str = "loaded"  # loaded / failed / no_text
    error: str | None = None


_BLOCK_COLS = ["document_id", "seq", "type", "level", "page", "article", "text"]
_INDICATOR_COLS = ["document_id", "seq", "metric", "canonical", "value", "low", "high", "unit",
                   "approx", "change", "modality", "period", "scope", "evidence", "page",
                   "text_source"]


def _insert(con: duckdb.DuckDBPyConnection, table: str, cols: list[str], rows: list[dict]) -> None:
    if not rows:
        return
    frame = pd.DataFrame(rows, columns=cols)  # noqa: F841 - read by DuckDB's replacement scan
    con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM frame")


def load_document(
    con: duckdb.DuckDBPyConnection,
    record: DocumentRecord,
    document: Document | None = None,
    indicators: list[Indicator] | None = None,
) -> None:
    """Replace everything stored for `record.id` with this load, atomically."""
    blocks = document.blocks if document else []
    block_rows = [{"document_id": record.id, "seq": i, "type": b.type, "level": b.level,
                   "page": b.page, "article": b.article, "text": b.text}
                  for i, b in enumerate(blocks)]
    indicator_rows = [{"document_id": record.id, "seq": i, **ind.to_dict(),
                       "text_source": document.page_source(ind.page) if document else None}
                      for i, ind in enumerate(indicators or [])]
    with transaction(con):
        for table in ("blocks", "indicators"):
            con.execute(f"DELETE FROM {table} WHERE document_id = ?", [record.id])
        con.execute("DELETE FROM documents WHERE id = ?", [record.id])
        con.execute(
            """INSERT INTO documents (id, region, body, kind, year, sha256, url, raw_path,
                                      parser_version, pages, status, text_status, text_source,
                                      ocr_confidence, error, loaded_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp)""",
            [record.id, record.region, record.body, record.kind, record.year, record.sha256,
             record.url, record.raw_path, record.parser_version,
             document.pages if document else None, record.status,
             document.text_status if document else None,
             document.text_source if document else None,
             document.ocr_confidence if document else None, record.error],
        )
        _insert(con, "blocks", _BLOCK_COLS, block_rows)
        _insert(con, "indicators", _INDICATOR_COLS, indicator_rows)


def load_canonical_catalog(con: duckdb.DuckDBPyConnection, entries: list[dict]) -> None:
    """Refresh `canonical_indicators` from the catalogue file's entries."""
    rows = [{"id": e["id"], "name": e.get("name"), "kind": e.get("kind"), "unit": e.get("unit"),
             "min_value": e.get("min"), "max_value": e.get("max"), "better": e.get("better")}
            for e in entries]
    with transaction(con):
        con.execute("DELETE FROM canonical_indicators")
        _insert(con, "canonical_indicators",
                ["id", "name", "kind", "unit", "min_value", "max_value", "better"], rows)
