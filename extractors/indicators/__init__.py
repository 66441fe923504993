"""Indicators: stated quantities read out of a repaired document."""

from __future__ import annotations

from extractors.model import Document, Indicator


def extract_indicators(doc: Document, *, year: int | None = None) -> list[Indicator]:
    # Placeholder until the grammar lands.
    return []
