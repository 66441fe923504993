"""A held-out page for OCR: one page of a real PDF, its text layer's extract as the gold.

usage: .venv/bin/python scripts/ocr_heldout.py SOURCE.pdf PAGE [--out DIR] [--dpi 150 200]

Writes DIR/<stem>-p<PAGE>.text.pdf (the page alone), and for each dpi an image-only render of it,
DIR/dpi<N>/<stem>-p<PAGE>.pdf, with the text layer's `extract --format json --engine pdfium
--ocr never` beside it as `.gold.json`; score it with scripts/ocr_diff.py (the flat layout score:
the gold has no articles).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path)
    ap.add_argument("page", type=int)
    ap.add_argument("--out", type=Path, default=Path("/tmp/ocr-heldout"))
    ap.add_argument("--dpi", type=int, nargs="+", default=[150, 200])
    args = ap.parse_args()
    import pypdfium2 as pdfium

    sys.path.insert(0, str(ROOT / "scripts"))
    from ocr_renders import render_image_only

    args.out.mkdir(parents=True, exist_ok=True)
    stem = f"{args.source.stem}-p{args.page}"
    text = args.out / f"{stem}.text.pdf"
    pdf, one = pdfium.PdfDocument(str(args.source)), pdfium.PdfDocument.new()
    one.import_pages(pdf, [args.page - 1])
    one.save(str(text))
    gold = subprocess.run([str(ROOT / ".venv/bin/baogao"), "extract", str(text), "--format", "json",
                           "--engine", "pdfium", "--ocr", "never"],
                          capture_output=True, text=True, check=True).stdout
    for dpi in args.dpi:
        render_image_only(text, args.out / f"dpi{dpi}" / f"{stem}.pdf", dpi)
        (args.out / f"dpi{dpi}" / f"{stem}.gold.json").write_text(gold, encoding="utf-8")
        print(args.out / f"dpi{dpi}" / f"{stem}.pdf")


if __name__ == "__main__":
    main()
