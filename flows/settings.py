"""Where things live, and Prefect's environment, set before Prefect is first imported."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CATALOG = PROJECT_ROOT / "catalog" / "sources.yaml"
DEFAULT_DATA_DIR = Path("data")
DEFAULT_DB = DEFAULT_DATA_DIR / "baogao.duckdb"
DEFAULT_TIMEZONE = "Asia/Shanghai"  # reports are published on China's clock
DEFAULT_LOCK_WAIT = 600.0  # seconds a run waits for another writer of the same warehouse

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
    # INFO reaches the run's Logs tab in the UI; the terminal shows warnings only (and the
    # progress bar), not a line for every task-run state change.
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO")
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "WARNING")
    # On a loaded machine the ephemeral API takes longer than Prefect's 20 s default to start.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


def default_roots(catalog: str | Path) -> list[Path]:
    """The folders a catalogue's local sources may be read from, unless --root says otherwise.

    The catalogue's own folder, plus BAOGAO_ROOTS (os.pathsep-separated). The bundled catalogue's
    reports live beside it in samples/, so that folder is allowed for it alone.
    """
    catalog = Path(catalog).resolve()
    roots = [catalog.parent]
    roots += [Path(r) for r in os.environ.get("BAOGAO_ROOTS", "").split(os.pathsep) if r]
    if catalog == DEFAULT_CATALOG:
        roots.append(PROJECT_ROOT / "samples")
    return roots
