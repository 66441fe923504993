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


K = "kind: 政府工作报告"


@pytest.mark.parametrize(("text", "message"), [
    ("[]", "top-level `sources:`"),
    (f"sources:\n  - {{id: a, region: r, {K}, year: 2024}}", "entry 1 \\(a\\): give exactly one of url"),
    (f"sources:\n  - {{id: a, region: r, {K}, path: x}}", "missing year"),
    (f"sources:\n  - {{id: 'a b', region: r, {K}, year: 2024, path: x}}", "letters, digits"),
    (f"sources:\n  - {{id: \"a\\n\", region: r, {K}, year: 2024, path: x}}", "no spaces or line breaks"),
    (f"sources:\n  - {{id: a, region: r, {K}, year: x1, path: x}}", "not a whole number"),
    (f"sources:\n  - {{id: a, region: r, {K}, year: yes, path: x}}", "year True is not a whole"),
    (f"sources:\n  - {{id: a, region: r, {K}, year: 2024.9, path: x}}", "year 2024.9 is not a whole"),
    (f"sources:\n  - {{id: a, region: r, {K}, year: -5, path: x}}", "year -5 is outside 1949-"),
    (f"sources:\n  - {{id: a, region: r, {K}, year: 3024, path: x}}", "year 3024 is outside"),
    ("sources:\n  - {id: a, region: r, kind: 工作报告, year: 2024, path: x}",
     "kind '工作报告' is not one of 政府工作报告, 人大常委会工作报告, 预算报告, 统计公报"),
    (f"sources:\n  - {{id: a, region: r, {K}, year: 2024, path: x, yaer: 2023}}",
     "unknown key\\(s\\) yaer"),
    (f"sources:\n  - {{id: a, region: r, {K}, year: 2024, url: 'ftp://x'}}", "http"),
    (f"sources:\n  - {{id: a, region: '', {K}, year: 2024, path: x}}", "region must be a non-empty"),
    (f"sources:\n  - {{id: a, region: r, {K}, year: 2024, path: x}}\n"
     f"  - {{id: a, region: r, {K}, year: 2023, path: y}}", "entry 2 \\(a\\): id 'a' appears twice"),
    ("sources: [", "not valid YAML"),
    ("sources: []\nroots: [/]", "unknown top-level key"),
])
def test_bad_catalogues_name_file_entry_and_problem(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(CatalogError, match=message) as info:
        load_sources(path)
    assert all(line.startswith(f"{path}: ") for line in info.value.problems)
    assert len(str(info.value).splitlines()) == len(info.value.problems)


def test_every_problem_is_reported_at_once(tmp_path):
    path = write(tmp_path, f"""
sources:
  - {{id: a, region: r, {K}, year: yes, path: x}}
  - {{id: b, region: r, {K}, year: 2024, path: y}}
  - {{id: c, region: r, kind: 报告, year: 2024, path: z, extra: 1}}
""")
    with pytest.raises(CatalogError) as info:
        load_sources(path)
    problems = info.value.problems
    assert [p.split(":")[1].strip() for p in problems] == ["entry 1 (a)", "entry 3 (c)",
                                                          "entry 3 (c)"]


def test_a_gbk_catalogue_is_a_clear_error(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_bytes(f"sources:\n  - {{id: a, region: 临江市, {K}, year: 2024, path: x}}\n"
                     .encode("gbk"))
    with pytest.raises(CatalogError, match="not UTF-8 .*a GBK file\\? save it as UTF-8") as info:
        load_sources(path)
    assert str(path) in str(info.value)
    bom = tmp_path / "bom.yaml"  # a UTF-8 file with a byte-order mark is fine
    bom.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().decode("gbk").encode())
    assert load_sources(bom)[0].region == "临江市"
    with pytest.raises(CatalogError, match="a directory"):
        load_sources(tmp_path)
