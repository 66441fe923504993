"""Render a repaired Document for people (Markdown, text) and for tools (JSON)."""

from __future__ import annotations

import json

from extractors.model import Document

_FURNITURE = {"header", "footer"}


def to_json(doc: Document) -> str:
    payload = {
        "source": doc.source,
        "pages": doc.pages,
        "text_status": doc.text_status,
        "text_source": doc.text_source,
        "ocr_confidence": doc.ocr_confidence,
        "ocr_pages": doc.ocr_pages,
        "notes": doc.notes,
        "blocks": [b.to_dict() for b in doc.blocks],
    }
    return json.dumps(payload, ensure_ascii=False, indent=1)


def to_markdown(doc: Document) -> str:
    out: list[str] = []
    if doc.text_status != "ok":
        out.append(f"> {doc.source}: {doc.text_status.replace('_', ' ')}; no text was extracted.")
    article = None
    for b in doc.blocks:
        if b.type in _FURNITURE:
            continue
        if b.article is not None and b.article != article:
            if article is not None:
                out.append("---")
            article = b.article
        if b.type == "title":
            out.append(f"# {b.text}")
        elif b.type == "subtitle":
            out.append(f"**{b.text}**")
        elif b.type == "heading":
            out.append("#" * min(6, (b.level or 1) + 1) + f" {b.text}")
        elif b.type in ("byline", "caption"):
            out.append(f"*{b.text}*")
        else:
            out.append(b.text)
    for note in doc.notes:
        out.append(f"<!-- {note} -->")
    return "\n\n".join(out) + "\n"


def to_text(doc: Document) -> str:
    return "\n\n".join(b.text for b in doc.blocks if b.type not in _FURNITURE) + "\n"
