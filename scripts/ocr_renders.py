"""Image-only renders of gold pages, for measuring OCR against a known text.

usage: .venv/bin/python scripts/ocr_renders.py [CORPUS_DIR] [--out DIR] [--dpi 150 200 300]

Every PDF in CORPUS_DIR (default ../shared/corpus/real) with a `.gold.json` or
`.indicators.jsonl` beside it is rendered page by page with pypdfium2 in grey at each dpi and
wrapped into an image-only PDF of the same page size, `DIR/dpi<N>/<stem>.pdf`; the gold files are
linked beside it (not copied). Score a folder with the bench, reading with OCR:

    printf '#!/bin/sh\\nexec .venv/bin/baogao "$@" --engine pdfium --ocr auto\\n' > /tmp/baogao-ocr
    chmod +x /tmp/baogao-ocr
    BAOGAO=/tmp/baogao-ocr ../shared/bench/run.sh /tmp/ocr-renders/dpi200 /tmp/ocr-out/dpi200

and the text layer the same way on CORPUS_DIR, for the layout score to compare with.
"""

from __future__ import annotations

import argparse
import io
from pathlib import Path

GOLD_SUFFIXES = (".gold.json", ".indicators.jsonl")


def render_image_only(src: Path, dst: Path, dpi: int) -> Path:
    """`src` with every page replaced by its grey picture, on pages of the same size."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(src))
    out = pdfium.PdfDocument.new()
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            pil = page.render(scale=dpi / 72, grayscale=True).to_pil()
            page.close()
            buf = io.BytesIO()
            # Saved at the render's resolution, the picture's page has the source page's size.
            pil.save(buf, "PDF", resolution=dpi)
            del pil
            one = pdfium.PdfDocument(buf.getvalue())
            out.import_pages(one)
            one.close()
        dst.parent.mkdir(parents=True, exist_ok=True)
        out.save(str(dst))
    finally:
        out.close()
        pdf.close()
    return dst


def gold_pdfs(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.glob("*.pdf")
                  if any((corpus / f"{p.stem}{s}").exists() for s in GOLD_SUFFIXES))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path,
                    default=Path(__file__).resolve().parents[1] / "../shared/corpus/real")
    ap.add_argument("--out", type=Path, default=Path("/tmp/ocr-renders"))
    ap.add_argument("--dpi", type=int, nargs="+", default=[150, 200, 300])
    args = ap.parse_args()
    corpus = args.corpus.resolve()
    for dpi in args.dpi:
        folder = args.out / f"dpi{dpi}"
        for src in gold_pdfs(corpus):
            render_image_only(src, folder / src.name, dpi)
            for s in GOLD_SUFFIXES:
                gold, link = corpus / f"{src.stem}{s}", folder / f"{src.stem}{s}"
                if gold.exists() and not link.exists():
                    link.symlink_to(gold)
            print(folder / src.name)


if __name__ == "__main__":
    main()
