"""Where things live, and Prefect's environment, set before Prefect is first imported."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CATALOG = PROJECT_ROOT / "catalog" / "sources.yaml"
DEFAULT_DATA_DIR = Path("data")
DEFAULT_DB = DEFAULT_DATA_DIR / "baogao.duckdb"

# How PDFs are read; each can be overridden per run on the command line or in the environment.
DEFAULT_ENGINE = os.environ.get("BAOGAO_ENGINE", "pdfplumber")  # pdfplumber / pdfium
DEFAULT_OCR = os.environ.get("BAOGAO_OCR", "auto")  # never / auto / always
OCR_DPI = int(os.environ.get("BAOGAO_OCR_DPI", "200"))  # page render resolution for OCR
OCR_THREADS = int(os.environ.get("BAOGAO_OCR_THREADS", "0"))  # 0: one per core


def ocr_options():
    """The OCR settings as the extractors take them."""
    from extractors.engines import OcrOptions

    return OcrOptions(dpi=OCR_DPI, threads=OCR_THREADS)


def configure_prefect_env() -> None:
    """Keep Prefect's state inside the project and send nothing anywhere.

    Without PREFECT_API_URL, Prefect runs an ephemeral local server; its database goes under
    PREFECT_HOME, which we keep in the project rather than ~/.prefect.
    """
    os.environ.setdefault("PREFECT_HOME", str(PROJECT_ROOT / ".prefect"))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
