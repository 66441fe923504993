from __future__ import annotations

import pytest

from flows.sources import CatalogError, load_sources


def write(tmp_path, text):
    path = tmp_path / "sources.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_paths_resolve_against_the_catalogue(tmp_path):
    path = write(tmp_path, """
sources:
  - {id: a-2024, region: 临江市, kind: 政府工作报告, year: 2024, path: reports/a.pdf}
  - {id: b-2024, region: 临江市, kind: 政府工作报告, year: "2024", url: "http://127.0.0.1/b.pdf"}
""")
    a, b = load_sources(path)
    assert a.location == str((tmp_path / "reports" / "a.pdf").resolve())
    assert not a.is_remote and b.is_remote and b.year == 2024


@pytest.mark.parametrize(("text", "message"), [
    ("[]", "top-level `sources:`"),
    ("sources:\n  - {id: a, region: r, kind: k, year: 2024}", "exactly one of url and path"),
    ("sources:\n  - {id: a, region: r, kind: k, path: x}", "missing year"),
    ("sources:\n  - {id: 'a b', region: r, kind: k, year: 1, path: x}", "may hold only"),
    ("sources:\n  - {id: a, region: r, kind: k, year: x1, path: x}", "not a number"),
    ("sources:\n  - {id: a, region: r, kind: k, year: 1, url: 'ftp://x'}", "http"),
    ("sources:\n  - {id: a, region: r, kind: k, year: 1, path: x}\n"
     "  - {id: a, region: r, kind: k, year: 2, path: y}", "appears twice"),
    ("sources: [", "not valid YAML"),
])
def test_bad_catalogues_name_file_and_problem(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(CatalogError, match=message) as info:
        load_sources(path)
    assert str(path) in str(info.value)
