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


def _warehouse(tmp_path):
    db = tmp_path / "w.duckdb"
    with connect(db) as con:
        load_document(con, DocumentRecord("d1", "临江市", None, "政府工作报告", 2024),
                      indicators=[Indicator("地区生产总值", 5.0, "%")])
    return db


def test_sql_reads_the_warehouse_and_nothing_else(tmp_path, capsys):
    import pytest

    db = _warehouse(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("password=hunter2\n")
    target = tmp_path / "out.csv"
    queries = {
        f"select * from read_blob('{secret}')": "disabled by configuration",
        f"select * from read_csv('{secret}')": "disabled by configuration",
        f"select * from glob('{tmp_path}/*')": "disabled by configuration",
        f"copy indicators to '{target}'": "COPY is refused",
        f"export database '{tmp_path / 'dump'}'": "EXPORT is refused",
        f"attach '{tmp_path / 'other.duckdb'}' as other": "ATTACH is refused",
        "install httpfs": "INSTALL/LOAD is refused",
        "load httpfs": "INSTALL/LOAD is refused",
        "set enable_external_access = true": "locked",
        "reset lock_configuration": "locked",
    }
    for query, message in queries.items():
        assert main(["sql", query, "--db", str(db)]) == 2, query
        err = capsys.readouterr().err
        assert message in err and err.count("\n") == 1, (query, err)
    assert not target.exists() and not (tmp_path / "dump").exists()
    assert "hunter2" not in capsys.readouterr().out
    # Reading the warehouse itself still works, views and pragmas included.
    assert main(["sql", "select count(*) as n from indicators", "--db", str(db)]) == 0
    assert "1" in capsys.readouterr().out
    # Every user read path, not only `sql`.
    with connect(db, read_only=True) as con, pytest.raises(Exception, match="disabled by conf"):
        con.execute(f"select * from read_text('{secret}')").fetchall()


def test_bad_db_files_exit_2_naming_the_file(tmp_path, capsys):
    import os

    text = tmp_path / "notes.duckdb"
    text.write_text("not a database\n")
    os.mkfifo(tmp_path / "pipe.duckdb")
    cases = {text: "not a DuckDB database file", tmp_path: "a directory",
             tmp_path / "pipe.duckdb": "not a regular file"}
    for db, message in cases.items():
        for argv in (["sql", "select 1", "--db", str(db)], ["checks", "--db", str(db)],
                     ["run", "--db", str(db)]):
            assert main(argv) == 2, argv
            err = capsys.readouterr().err
            assert err == f"baogao: {db}: {message}\n" or (str(db) in err and message in err)
            assert err.count("\n") == 1


def _encrypted_pdf(path, user_password="secret"):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption(user_password,
                                                                        ownerPassword="o"))
    c.drawString(100, 700, "report")
    c.save()
    return path


def test_bad_extract_inputs_exit_2_with_one_line(tmp_path, capsys):
    import os
    import time

    os.mkfifo(tmp_path / "pipe.pdf")
    cases = {tmp_path: "a directory, not a file",
             tmp_path / "pipe.pdf": "a FIFO, not a regular file",
             __import__("pathlib").Path("/dev/zero"): "a device, not a regular file",
             _encrypted_pdf(tmp_path / "locked.pdf"): "encrypted: password required"}
    for path, message in cases.items():
        for command in ("extract", "indicators"):
            start = time.monotonic()
            assert main([command, str(path)]) == 2
            assert time.monotonic() - start < 30  # never waits on a FIFO or reads a device
            assert capsys.readouterr().err == f"baogao: {path}: {message}\n"
    # Encrypted for permissions only (an empty user password) is readable as any PDF.
    assert main(["extract", str(_encrypted_pdf(tmp_path / "open.pdf", "")), "--format", "text"]) == 0
    assert "report" in capsys.readouterr().out


def test_plot_to_a_full_disk_exits_2(tmp_path, capsys):
    from warehouse.checks import run_checks

    db = tmp_path / "w.duckdb"
    with connect(db) as con:
        for year, value in ((2022, 5.0), (2023, 6.0)):
            load_document(con, DocumentRecord(f"r{year}", "临江市", None, "政府工作报告", year),
                          indicators=[Indicator("地区生产总值增长", value, "%", period=str(year - 1),
                                                scope="annual", canonical="gdp.growth")])
        run_checks(con)
    assert main(["plot", "gdp.growth", "--db", str(db), "--out", "/dev/full"]) == 2
    assert capsys.readouterr().err == "baogao: /dev/full: disk full\n"


def test_checks_say_when_they_did_not_complete(tmp_path, capsys):
    from warehouse.checks import run_checks

    db = tmp_path / "w.duckdb"
    with connect(db) as con:
        load_document(con, DocumentRecord("r2023", "临江市", None, "政府工作报告", 2023))
        run_checks(con)
    assert main(["checks", "--db", str(db)]) == 0
    assert capsys.readouterr().out.strip() == "no findings"
    with connect(db) as con:  # what a run killed between its load and its checks leaves
        load_document(con, DocumentRecord("r2024", "临江市", None, "政府工作报告", 2024))
    assert main(["checks", "--db", str(db)]) == 1
    captured = capsys.readouterr()
    assert "no findings" not in captured.out
    assert captured.err == (f"{db}: checks did not complete after the last load of 1 document(s) "
                            "(r2024); the next `baogao run` runs them\n")
    with connect(db) as con:
        run_checks(con)
    assert main(["checks", "--db", str(db)]) == 0


def _small_warehouse(db):
    with connect(db) as con:
        load_document(con, DocumentRecord("d1", "临江市", None, "政府工作报告", 2024),
                      indicators=[Indicator("地区生产总值", 5.0, "%"),
                                  Indicator("城镇新增就业", 1.2e5, "人", modality="target")])
    return db


def test_version_and_help_with_defaults(capsys):
    import pytest

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and capsys.readouterr().out.startswith("baogao ")
    from flows.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, command in sub.choices.items():
        assert command.description, name
        for action in command._actions:
            if action.option_strings and action.dest != "help":
                assert action.help, f"{name} {action.option_strings}"
    text = " ".join(sub.choices["serve"].format_help().split())
    assert "(default: Asia/Shanghai)" in text and "(default: 0 6 * * *)" in text
    assert "(default: 600.0)" in " ".join(sub.choices["run"].format_help().split())


def test_sql_formats(tmp_path, capsys):
    db = _small_warehouse(tmp_path / "w.duckdb")
    query = "select metric, value from indicators order by seq"
    assert main(["sql", query, "--db", str(db), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["metric,value", "地区生产总值,5.0",
                                                    "城镇新增就业,120000.0"]
    assert main(["sql", query, "--db", str(db), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"metric": "地区生产总值", "value": 5.0},
                                                   {"metric": "城镇新增就业", "value": 120000.0}]
    assert main(["sql", query, "--db", str(db), "--format", "markdown"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:3] == ["| metric | value |", "|---|---|", "| 地区生产总值 | 5.0 |"]


def test_export_parquet_reads_back_with_pandas(tmp_path, capsys):
    import pandas as pd

    db = _small_warehouse(tmp_path / "w.duckdb")
    out = tmp_path / "export"
    assert main(["export", "--db", str(db), "--out", str(out)]) == 0
    written = capsys.readouterr().out.split()
    assert str(out / "indicators.parquet") in written
    assert str(out / "indicators_display.parquet") in written  # views too
    frame = pd.read_parquet(out / "indicators.parquet")
    assert sorted(frame["metric"]) == ["地区生产总值", "城镇新增就业"]
    assert frame.loc[frame["metric"] == "城镇新增就业", "value"].item() == 1.2e5
    assert main(["export", "--db", str(db), "--out", str(out), "--format", "csv",
                 "--tables-only"]) == 0
    csvs = capsys.readouterr().out.split()
    assert all(p.endswith(".csv") for p in csvs) and not any("_display" in p for p in csvs)
    assert pd.read_csv(out / "documents.csv")["id"].tolist() == ["d1"]


def test_catalogue_errors_and_unknown_regions_exit_2_in_one_line(tmp_path, capsys):
    bad = tmp_path / "sources.yaml"
    bad.write_text("sources:\n  - {id: a b, region: 临江市, kind: 政府工作报告, year: 2024, "
                   "url: 'http://127.0.0.1:9/x.pdf'}\n", encoding="utf-8")
    import time

    started = time.monotonic()
    assert main(["run", "--catalog", str(bad), "--db", str(tmp_path / "w.duckdb")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(bad) in err and "'a b'" in err
    assert time.monotonic() - started < 10  # said before any Prefect start
    assert not (tmp_path / "w.duckdb").exists()

    db = _small_warehouse(tmp_path / "w.duckdb")
    assert main(["checks", "--db", str(db), "--region", "临江"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown region '临江'" in err and "临江市" in err
    assert main(["plot", "gdp.growth", "--db", str(db), "--region", "北京"]) == 2
    assert "unknown region '北京'" in capsys.readouterr().err


def test_serve_registers_one_run_at_a_time_per_warehouse_on_chinas_clock(tmp_path, monkeypatch,
                                                                         capsys):
    from flows import cli
    from flows.pipeline import pipeline

    served = {}
    monkeypatch.setattr(pipeline, "serve", lambda **kw: served.update(kw))
    monkeypatch.chdir(tmp_path)
    assert main(["serve", "--db", "w.duckdb", "--data-dir", "d", "--cron", "30 7 * * 1"]) == 0
    (schedule,) = served["schedules"]
    assert schedule.cron == "30 7 * * 1" and schedule.timezone == "Asia/Shanghai"
    assert served["global_limit"].limit == 1
    params = served["parameters"]
    assert params["db"] == str(tmp_path / "w.duckdb") and params["data_dir"] == str(tmp_path / "d")
    assert served["name"] == cli.deployment_name(tmp_path / "w.duckdb")
    assert served["name"] != cli.deployment_name(tmp_path / "other.duckdb")
    out = capsys.readouterr().out
    assert "Asia/Shanghai" in out and served["name"] in out
