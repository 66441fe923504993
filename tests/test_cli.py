from __future__ import annotations

import csv
import io
import json

from extractors.model import Indicator
from flows.cli import main
from warehouse.db import connect
from warehouse.load import DocumentRecord, load_document


def test_extract_json_has_the_bench_shape(sample_pdfs, capsys):
    pdf = next(iter(sample_pdfs.values()))
    assert main(["extract", str(pdf), "--format", "json"]) == 0
    blocks = json.loads(capsys.readouterr().out)["blocks"]
    assert blocks and {"type", "level", "text", "page"} <= set(blocks[0])
    assert all(b["page"] >= 1 and b["text"] for b in blocks)


def test_extract_and_indicators_read_plain_text(tmp_path, capsys):
    txt = tmp_path / "report.txt"
    txt.write_text("过去五年，开展执法检查22次、专题询问9次。\n", encoding="utf-8")
    assert main(["extract", str(txt), "--format", "text"]) == 0
    assert "开展执法检查22次" in capsys.readouterr().out
    assert main(["indicators", str(txt), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {float(r["value"]) for r in rows} == {22.0, 9.0}
    assert {"metric", "canonical", "unit", "approx", "modality", "period"} <= set(rows[0])


def test_bad_input_names_the_file_and_the_problem(tmp_path, capsys):
    page = tmp_path / "report.pdf"
    page.write_text("<!DOCTYPE html><html><body>404</body></html>")
    assert main(["extract", str(page)]) == 2
    err = capsys.readouterr().err
    assert str(page) in err and "HTML" in err
    assert main(["indicators", str(tmp_path / "nope.pdf")]) == 2
    assert "file not found" in capsys.readouterr().err


def test_sql_reads_without_writing(tmp_path, capsys):
    db = tmp_path / "w.duckdb"
    assert main(["sql", "select 1", "--db", str(db)]) == 2
    assert "run `baogao run` first" in capsys.readouterr().err
    with connect(db) as con:
        load_document(con, DocumentRecord("d1", "临江市", None, "政府工作报告", 2024),
                      indicators=[Indicator("地区生产总值", 5.0, "%")])
    assert main(["sql", "select metric, value from indicators", "--db", str(db)]) == 0
    assert "地区生产总值" in capsys.readouterr().out
    assert main(["sql", "delete from indicators", "--db", str(db)]) == 2
    assert "read-only" in capsys.readouterr().err.lower()


def test_checks_prints_the_last_run_filtered(tmp_path, capsys):
    from warehouse.checks import run_checks

    db = tmp_path / "w.duckdb"
    with connect(db) as con:
        for year, value in ((2022, 10.0), (2023, 11.0), (2024, 110.0)):
            load_document(con, DocumentRecord(f"r{year}", "临江市", None, "人大常委会工作报告", year),
                          indicators=[Indicator("开展执法检查", value, "次", period=str(year - 1),
                                                scope="annual", canonical="renda.law_inspections")])
        con.execute("INSERT INTO canonical_indicators (id, name, kind, unit) "
                    "VALUES ('renda.law_inspections', '执法检查', 'count', '次')")
        run_checks(con)
    assert main(["checks", "--db", str(db), "--severity", "error"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("1 error") and "scale_error" in lines[1] and "2023" in lines[1]
    assert main(["checks", "--db", str(db), "--year", "2021"]) == 0
    assert capsys.readouterr().out.strip() == "no findings"
