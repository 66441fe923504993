"""The committed sample PDFs are exactly what scripts/make_samples.py generates."""

from __future__ import annotations

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
