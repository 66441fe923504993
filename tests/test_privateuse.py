"""Glyphs a font maps to private-use code points, read from their use in the document."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractors.engines import ENGINES
from extractors.extract import extract_document
from extractors.indicators import extract_indicators
from extractors.pdf import Char, PageData, char_from_baseline
from extractors.privateuse import resolve_private_use
from tests.pagegen import FACES, Flow, Page, write_pdf

FACE = next((FACES[k] for k in ("kai", "ming", "hei") if k in FACES), None)
needs_face = pytest.mark.skipif(FACE is None, reason="no embedded CJK TrueType face "
                                "(fonts-arphic-ukai / -uming / fonts-wqy-zenhei)")

PARAGRAPHS = [
    "全市一般公共预算收入完成810.8亿元，增长3.2%，完成预算的101.5%，收入质量稳步提升，"
    "税收收入完成612.4亿元，增长2.7%。",
    "政府性基金预算收入完成420.6亿元，下降12.3%，主要是土地出让收入减少，"
    "国有资本经营预算收入完成17.4亿元，完成调整预算的96.2%。",
    "新华·波罗的海国际航运中心发展指数继续提升，集装箱吞吐量超过2400万标准箱，增长5.1%。",
]
# Codes the generated font's ToUnicode map is rewritten to: the point to a plane-16 private-use
# point (as Founder's faces do), the comma and the middle dot to BMP private-use points.
PRIVATE = {".": 0x1001B0, "，": 0xE2A0, "·": 0xE3C1}



def remap_to_unicode(path: Path, targets: dict[str, int]) -> Path:
    """Point the ToUnicode entries of `targets` (character → code point) of an uncompressed
    PDF elsewhere, keeping the file's length: a target beyond the BMP (two UTF-16 units) takes
    its extra bytes from the map's own name (pdfium rejects a map whose entry count is off)."""
    data = path.read_bytes()
    for ch, cp in targets.items():
        old = f"<{ord(ch):04X}>".encode()
        new = "<{}>".format(chr(cp).encode("utf-16-be").hex().upper()).encode()
        entry = re.search(rb"<[0-9A-F]{2}> " + re.escape(old) + rb"\n", data)
        assert entry, f"{ch!r} is not in the font's ToUnicode map"
        data = data[:entry.end() - 1 - len(old)] + new + data[entry.end() - 1:]
        extra = len(new) - len(old)
        if extra:
            name = re.search(rb"/CMapName /(\S+) def", data)
            assert name and len(name.group(1)) > extra, "no map name to take the bytes from"
            data = data[:name.start(1)] + name.group(1)[extra:] + data[name.end(1):]
    path.write_bytes(data)
    return path


def _report_pdf(tmp_path: Path, remap: bool) -> Path:
    page = Page()
    flow = Flow(columns=[(72.0, 523.0)], top=90.0, bottom=780.0, size=12.0, font=FACE,
                latin=FACE)
    assert not flow.set(page, PARAGRAPHS)
    path = write_pdf(tmp_path / f"pua-{remap}.pdf", [page], compress=False)
    return remap_to_unicode(path, PRIVATE) if remap else path


@needs_face
@pytest.mark.parametrize("engine", ENGINES)
def test_private_use_point_and_comma_are_read_from_their_use(tmp_path: Path, engine: str) -> None:
    plain = extract_document(_report_pdf(tmp_path, False), engine=engine, ocr="never")
    doc = extract_document(_report_pdf(tmp_path, True), engine=engine, ocr="never")
    text = "\n".join(b.text for b in doc.blocks)
    assert "810.8亿元，增长3.2%" in text
    assert "完成预算的101.5%" in text
    # The middle dot stands between words only: nothing on the page says what it is.
    assert "新华\ue3c1波罗的海" in text
    assert text == "\n".join(b.text for b in plain.blocks).replace("·", "\ue3c1")
    notes = " ".join(doc.notes)
    assert "U+1001B0" in notes and "'.'" in notes and "U+E2A0" in notes and "'，'" in notes
    assert re.search(r"1 glyph\(s\) mapped to private-use code points \(U\+E3C1\)", notes)
    values = {(i.metric, i.value) for i in extract_indicators(doc, year=2025)}
    assert {(i.metric, i.value) for i in extract_indicators(plain, year=2025)} == values
    assert any(v == pytest.approx(810.8e8) and "一般公共预算收入" in m for m, v in values)


@needs_face
def test_both_engines_read_private_use_glyphs_alike(tmp_path: Path) -> None:
    path = _report_pdf(tmp_path, True)
    docs = [extract_document(path, engine=e, ocr="never") for e in ENGINES]
    assert [b.text for b in docs[0].blocks] == [b.text for b in docs[1].blocks]
    assert docs[0].notes == docs[1].notes


def _line(page: PageData, text: str, x: float, baseline: float, size: float = 10.0) -> None:
    for ch in text:
        page.chars.append(char_from_baseline(ch, x, x + size, baseline - size, baseline, size,
                                             "F", True, (1, 0, 0, 1), baseline))
        x += size


def _page(lines: list[str]) -> PageData:
    page = PageData(1, 595, 842)
    for k, text in enumerate(lines):
        _line(page, text, 72.0, 100.0 + 16.0 * k)
    return page


def test_thousands_groups_leave_the_mark_undecided() -> None:
    page = _page(["收入1\ue001234亿元", "支出2\ue001100亿元", "余额3\ue001456亿元"])
    report = resolve_private_use([page])
    assert report.unresolved == 3 and not report.replaced
    assert "".join(c.text for c in page.chars).count("\ue001") == 3


def test_a_mark_ending_paragraphs_is_a_full_stop_and_one_inside_lines_a_comma() -> None:
    stop, comma = "\U000f0001", "\ue002"
    page = _page([f"一二三四五六七八九十一二三四五六七八九十一二三四{comma}五六七八九十",
                  f"一二三{comma}四五{stop}",
                  f"一二三四五六七八九十一二三四{comma}五六七八九十一二三四五六七八九十",
                  f"一二三四五六七八{stop}"])
    report = resolve_private_use([page])
    assert report.resolved == {("F", stop): "。", ("F", comma): "，"}
    assert report.unresolved == 0


def test_a_mark_between_numerals_only_is_the_point_whatever_the_plane() -> None:
    for mark in ("\ue000", "\U000f1234", "\U001001b0"):
        page = _page([f"增长30{mark}2％", f"１{mark}一般公共预算", f"收入１６２１{mark}３亿元"])
        assert resolve_private_use([page]).replaced == 3
        assert [c.text for c in page.chars if c.text == "."] == ["."] * 3


def test_no_private_use_no_change() -> None:
    page = _page(["收入810.8亿元，增长3.2%。"])
    before = [Char(c.text, c.x0, c.x1, c.top, c.bottom, c.size, c.font) for c in page.chars]
    report = resolve_private_use([page])
    assert not report.notes() and [c.text for c in page.chars] == [c.text for c in before]
