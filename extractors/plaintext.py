"""Text already extracted by another tool → a Document."""

from __future__ import annotations

from extractors.model import Block, Document


def repair_text(text: str, source: str) -> Document:
    # Placeholder: blank lines separate paragraphs.
    paras = [p.replace("\n", "") for p in text.split("\n\n") if p.strip()]
    return Document(source=source, pages=1, blocks=[Block("paragraph", p, 1) for p in paras])
