"""Bounded work per document: stream, page and character caps, deadline and memory limit."""

from __future__ import annotations

import time
import zlib

import pytest

from extractors.extract import extract_document
from extractors.guard import extract_bounded
from extractors.limits import Limits, cap_pages, check_pdf
from extractors.model import ExtractionError
from extractors.pdf import Char, PageData
from tests.pagegen import pdf_with_stream


def test_a_compression_bomb_is_refused_before_the_engine_inflates_it(tmp_path):
    bomb = pdf_with_stream(tmp_path / "bomb.pdf", zlib.compress(bytes(8 << 20), 9))
    small = Limits(max_stream_bytes=1 << 20)
    with pytest.raises(ExtractionError, match="inflates past 1 MiB .*compression bomb") as info:
        extract_document(bomb, small)
    assert str(bomb) in str(info.value)
    twice = pdf_with_stream(tmp_path / "twice.pdf",
                            zlib.compress(zlib.compress(bytes(8 << 20), 9), 9),
                            "[/FlateDecode /FlateDecode]")
    with pytest.raises(ExtractionError, match="inflates past 1 MiB"):
        check_pdf(twice, small)
    check_pdf(bomb, Limits(max_stream_bytes=16 << 20))  # under the cap it is the engine's


def test_images_have_a_cap_of_their_own(tmp_path):
    image = pdf_with_stream(tmp_path / "image.pdf", zlib.compress(bytes(8 << 20), 9),
                            "/FlateDecode /Subtype /Image /Width 4096 /Height 2048")
    check_pdf(image, Limits(max_stream_bytes=1 << 20, max_image_bytes=16 << 20))
    with pytest.raises(ExtractionError, match="inflates past 4 MiB .*MAX_IMAGE_BYTES"):
        check_pdf(image, Limits(max_stream_bytes=1 << 20, max_image_bytes=4 << 20))


def test_page_cap_refuses_a_document_with_too_many_pages(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "pages.pdf"
    c = canvas.Canvas(str(path))
    for n in range(5):
        c.drawString(100, 700, f"page {n}")
        c.showPage()
    c.save()
    with pytest.raises(ExtractionError, match="about 5 pages, more than the limit of 3"):
        extract_document(path, Limits(max_pages=3))
    assert extract_document(path, Limits(max_pages=5)).pages == 5


def test_characters_past_the_page_cap_are_dropped_with_a_note():
    chars = [Char("字", x, x + 10, 0, 10, 10, "f") for x in range(100)]
    pages = [PageData(1, 595, 842, chars[:10]), PageData(2, 595, 842, list(chars))]
    kept, notes = cap_pages(pages, Limits(max_chars_per_page=40))
    assert [len(p.chars) for p in kept] == [10, 40]
    assert notes == ["page 2: 100 characters, only the first 40 were read "
                     "(BAOGAO_LIMIT_MAX_CHARS_PER_PAGE)"]


@pytest.fixture(scope="module")
def long_text(tmp_path_factory):
    path = tmp_path_factory.mktemp("long") / "long.txt"
    path.write_text("城镇新增就业1200万人以上，开展执法检查22次，" * 20_000, encoding="utf-8")
    return path


def test_the_deadline_stops_a_long_extraction(long_text):
    start = time.monotonic()
    with pytest.raises(ExtractionError, match="longer than the 0.3 s deadline") as info:
        extract_bounded(long_text, 2024, Limits(deadline=0.3))
    assert str(long_text) in str(info.value)
    assert time.monotonic() - start < 15  # the child's start is not counted, the work is


def test_the_memory_limit_stops_a_greedy_extraction(tmp_path):
    big = tmp_path / "big.txt"  # 72 MB of text: its bytes and its characters need ~120 MiB
    big.write_text("字" * (24 << 20), encoding="utf-8")
    with pytest.raises(ExtractionError, match="needs more than 120 MiB of memory|process died"
                       ) as info:
        extract_bounded(big, 2024, Limits(deadline=60, max_memory=120 << 20))
    assert str(big) in str(info.value)


def test_bounded_extraction_gives_the_same_result(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("过去五年，开展执法检查22次、专题询问9次。\n", encoding="utf-8")
    doc, indicators = extract_bounded(path, 2024, Limits(deadline=60))
    inline, inline_indicators = extract_bounded(path, 2024, Limits(deadline=0))
    assert doc.blocks == inline.blocks and indicators == inline_indicators
    assert {i.value for i in indicators} == {22.0, 9.0}


def test_limits_from_the_environment():
    limits = Limits.from_env({"BAOGAO_LIMIT_MAX_PAGES": "10", "BAOGAO_LIMIT_DEADLINE": "2.5",
                              "BAOGAO_LIMIT_MAX_MEMORY": "1e9"})
    assert (limits.max_pages, limits.deadline, limits.max_memory) == (10, 2.5, 10**9)
    with pytest.raises(ValueError, match="BAOGAO_LIMIT_MAX_PAGES"):
        Limits.from_env({"BAOGAO_LIMIT_MAX_PAGES": "many"})
