"""Layout repair: pdfplumber characters and graphics → blocks in reading order."""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from extractors.model import Block, Document


def repair_pdf(path: Path) -> Document:
    # Placeholder until the layout repair lands: one paragraph per page.
    with pdfplumber.open(path) as pdf:
        blocks = [Block("paragraph", (p.extract_text() or "").replace("\n", ""), i + 1)
                  for i, p in enumerate(pdf.pages)]
        return Document(source=path.name, pages=len(pdf.pages), blocks=blocks)
