"""The committed sample PDFs are exactly what scripts/make_samples.py generates."""

from __future__ import annotations

import functools
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CATALOG = ROOT / "catalog" / "sources.yaml"

pytest.importorskip("reportlab")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("samples")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_samples.py"), str(out)],
                   check=True, cwd=ROOT)
    return out


def test_generator_writes_the_committed_files(generated: Path) -> None:
    made = sorted(p.name for p in generated.glob("*.pdf"))
    committed = sorted(p.name for p in SAMPLES.glob("*.pdf"))
    assert made == committed
    assert len(made) == 6


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.glob("*.pdf")))
def test_committed_sample_matches_generator(generated: Path, name: str) -> None:
    assert (generated / name).read_bytes() == (SAMPLES / name).read_bytes(), (
        f"samples/{name} drifted from scripts/make_samples.py; run `make samples` and commit")


def test_generator_is_deterministic(generated: Path, tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_samples.py"), str(tmp_path)],
                   check=True, cwd=ROOT)
    for pdf in generated.glob("*.pdf"):
        assert (tmp_path / pdf.name).read_bytes() == pdf.read_bytes(), pdf.name


def test_catalogue_paths_exist() -> None:
    entries = yaml.safe_load(CATALOG.read_text(encoding="utf-8"))["sources"]
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids))
    for entry in entries:
        assert {"id", "region", "body", "kind", "year", "path"} <= entry.keys(), entry
        assert (CATALOG.parent / entry["path"]).is_file(), entry["path"]


def test_every_sample_is_catalogued() -> None:
    entries = yaml.safe_load(CATALOG.read_text(encoding="utf-8"))["sources"]
    listed = {(CATALOG.parent / e["path"]).resolve() for e in entries}
    assert {p.resolve() for p in SAMPLES.glob("*.pdf")} <= listed


@functools.cache
def _generator():
    """scripts/make_samples.py as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("make_samples", ROOT / "scripts" / "make_samples.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_samples"] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def _text(runs) -> str:
    return "".join(t for t, _ in runs)


def test_official_text_extracts_in_reading_order() -> None:
    """Every paragraph's characters come out of pdfplumber in order (top-to-bottom, left-to-right)."""
    import pdfplumber

    gen = _generator()
    docs = {f"linjiang-gwr-{y}.pdf": (f"临江市政府工作报告（{y}年）", gen.gwr_blocks(y)) for y in gen.YEARS}
    docs["linjiang-renda-2024.pdf"] = ("临江市人民代表大会常务委员会工作报告（2024年）",
                                       gen.renda_blocks())
    for name, (head, blocks) in docs.items():
        with pdfplumber.open(SAMPLES / name) as pdf:
            stream = "".join(
                ch["text"] for page in pdf.pages
                for ch in sorted(page.chars, key=lambda c: (round(c["top"]), c["x0"])))
        stream = re.sub(r"— \d+ —", "", stream.replace(head, "")).replace(" ", "")
        for block in blocks:
            assert _text(block.runs).replace(" ", "") in stream, (name, _text(block.runs)[:20])


def test_broadsheet_text_extracts_column_by_column() -> None:
    import pdfplumber

    gen = _generator()
    page_cls = gen.Broadsheet
    colw = (page_cls.W - 2 * page_cls.MARGIN - (page_cls.COLS - 1) * page_cls.GUTTER) / page_cls.COLS
    with pdfplumber.open(SAMPLES / "linjiang-gwr-2024-daily.pdf") as pdf:
        page = pdf.pages[0]
        banners = sorted((r for r in page.rects if r["fill"]), key=lambda r: r["top"])
        box = next(r for r in page.rects if not r["fill"])
        stream = ""
        for band, nxt in zip(banners, [*banners[1:], box], strict=True):
            for col in range(page_cls.COLS):
                x0 = page_cls.MARGIN + col * (colw + page_cls.GUTTER)
                chars = [c for c in page.chars if band["bottom"] < c["top"] < nxt["top"]
                         and x0 - 1 <= c["x0"] < x0 + colw]
                stream += "".join(c["text"] for c in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])))
        all_text = "".join(c["text"] for c in page.chars)
    assert "进出口" not in all_text  # the 摘编 leaves the faulty figure out
    for _, paras in gen.daily_sections():
        for runs in paras:
            assert _text(runs) in stream, _text(runs)[:20]
