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
                   "approx", "change", "modality", "period", "scope", "evidence", "evidence_offset",
                   "page", "text_source"]


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
        # In the same transaction: rows that changed are rows the checks have not seen yet.
        con.execute("INSERT OR REPLACE INTO checks_due (document_id) VALUES (?)", [record.id])


def keep_previous(con: duckdb.DuckDBPyConnection, document_id: str, failure: str) -> bool:
    """Today's bytes failed: keep the document's earlier load and note the failure beside it.

    Returns False when there is no earlier good load to keep (the caller records a failed one).
    """
    with transaction(con):
        kept = con.execute(
            "UPDATE documents SET last_failure = ?, last_failure_at = current_timestamp "
            "WHERE id = ? AND status <> 'failed' RETURNING id", [failure, document_id]).fetchall()
    return bool(kept)


def clear_failure(con: duckdb.DuckDBPyConnection, document_id: str) -> None:
    """The source gave good bytes again: yesterday's failure no longer stands beside its rows."""
    con.execute("UPDATE documents SET last_failure = NULL, last_failure_at = NULL "
                "WHERE id = ? AND last_failure IS NOT NULL", [document_id])


def load_canonical_catalog(con: duckdb.DuckDBPyConnection, entries: list[dict]) -> None:
    """Refresh `canonical_indicators` from the catalogue file's entries, with each entry's
    English name and display unit (catalog/display.yaml)."""
    from warehouse.display import load_display

    display = load_display(entries)
    rows = [{"id": e["id"], "name": e.get("name"), "kind": e.get("kind"), "unit": e.get("unit"),
             "min_value": e.get("min"), "max_value": e.get("max"), "better": e.get("better"),
             "name_en": display[e["id"]].name_en if e["id"] in display else None,
             "display_unit": display[e["id"]].unit if e["id"] in display else e.get("unit"),
             "display_factor": display[e["id"]].factor if e["id"] in display else 1.0}
            for e in entries]
    with transaction(con):
        con.execute("DELETE FROM canonical_indicators")
        _insert(con, "canonical_indicators",
                ["id", "name", "kind", "unit", "min_value", "max_value", "better", "name_en",
                 "display_unit", "display_factor"], rows)
