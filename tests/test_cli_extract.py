"""`geomap extract` from the command line: exit codes, messages, outputs."""
from __future__ import annotations

import datetime as dt
import importlib
import json
import pkgutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from geomap.export import read_events

REPORT = "قصفت طائرات حربية مدينة حلب صباح اليوم ما أدى إلى مقتل خمسة مدنيين وإصابة آخرين."


def _invoke(*args, input=None):
    import geomap.cli

    # Register every command, as `geomap` itself does.
    for module in pkgutil.iter_modules(geomap.cli.__path__):
        if not module.name.startswith("_"):  # not __main__, which would run the CLI
            importlib.import_module(f"geomap.cli.{module.name}")
    return CliRunner().invoke(geomap.cli.app, ["extract", *map(str, args)], input=input)


@pytest.fixture(autouse=True)
def _no_user_gazetteer(tmp_path, monkeypatch):
    # A run that would load the default gazetteer must not build one in the user's data folder:
    # a store named by GEOMAP_GAZETTEER that does not exist is an error instead.
    monkeypatch.setenv("GEOMAP_GAZETTEER", str(tmp_path / "default-gazetteer.sqlite"))


@pytest.fixture
def gazetteer_path(request):
    return request.getfixturevalue("default_gazetteer").path


@pytest.mark.parametrize("args, message", [
    (["missing.txt"], "no such file"),
    (["{report}", "-o", "out.kml"], "cannot tell the format"),
    (["{report}", "--format", "shapefile"], "unknown format"),
    (["{report}", "--date", "28 Julyish"], "not a date"),
    (["{report}", "--resume"], "--resume needs an output file"),
    (["{report}", "-o", "out.gpkg", "--jobs", "-2"], "--jobs"),
    (["{report}", "--format", "gpkg"], "cannot go to standard output"),
    (["{report}", "--engine", "local", "--scheduler", "tcp://127.0.0.1:1"], "--scheduler needs --engine dask"),
    (["{report}", "--gazetteer", "missing.sqlite"], "no gazetteer at"),
    (["{report}", "--engine", "spark"], "unknown engine"),
    (["{report}", "--date", "03/04/2018"], "not a date (use YYYY-MM-DD)"),
    (["{report}", "--date", "06-11-2018"], "not a date (use YYYY-MM-DD)"),
    (["{report}", "-o", "out.geojson", "--format", "csv"], "--format csv but the extension .geojson"),
    (["{report}", "-o", "nodir/out.geojson"], "out.geojson: the folder nodir does not exist"),
    (["{report}", "-o", "nodir/parts"], "parts: the folder nodir does not exist"),
    (["missing.txt", "missing2.txt"], "no input can be read (missing.txt: no such file or folder; 1 more)"),
    (["{report}"], "no gazetteer at"),  # GEOMAP_GAZETTEER names a store that is not there
])
def test_bad_arguments_exit_2_with_one_line(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    result = _invoke(*[a.replace("{report}", "report.txt") for a in args])
    assert result.exit_code == 2, result.output
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.txt"]  # nothing written


def test_nothing_readable_exits_1(tmp_path, gazetteer_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "noise.bin.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    result = _invoke(tmp_path / "empty.txt", tmp_path / "noise.bin.txt", "-o", tmp_path / "out.geojson",
                     "--gazetteer", gazetteer_path)
    assert result.exit_code == 1
    assert "empty file" in result.stderr and "binary file" in result.stderr and "nothing could be read" in result.stderr
    assert not (tmp_path / "out.geojson").exists()


def test_extract_to_stdout_and_to_files(tmp_path, gazetteer_path):
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    result = _invoke(tmp_path / "r.txt", "--date", "2016-07-28", "--gazetteer", gazetteer_path)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["type"] == "FeatureCollection" and data["features"]
    assert all(f["properties"]["event_date"] in ("2016-07-28", None) for f in data["features"])
    result = _invoke(tmp_path / "r.txt", "-o", tmp_path / "out.csv", "--gazetteer", gazetteer_path)
    assert result.exit_code == 0 and (tmp_path / "out.csv").read_text(encoding="utf-8-sig").startswith("event_id_cnty")
    assert "1 document read" in result.stderr


def test_broken_jsonl_line_warns_and_strict_fails(tmp_path, gazetteer_path):
    lines = [json.dumps({"id": "a", "text": REPORT}), '{"id": "b", "text": ', json.dumps({"id": "c", "text": "لا شيء هنا"})]
    (tmp_path / "in.jsonl").write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = _invoke(tmp_path / "in.jsonl", "-o", out, "--gazetteer", gazetteer_path)
    assert result.exit_code == 0
    assert "in.jsonl:2" in result.stderr and "not valid JSON" in result.stderr and out.is_file()
    log = [json.loads(line) for line in open(f"{out}.errors.jsonl", encoding="utf-8")]
    assert any(p["line"] == 2 and p["severity"] == "error" for p in log)
    out.unlink()
    result = _invoke(tmp_path / "in.jsonl", "-o", out, "--gazetteer", gazetteer_path, "--strict")
    assert result.exit_code == 1 and "--strict" in result.stderr
    assert [e["doc_id"] for e in map(json.loads, out.read_text(encoding="utf-8").splitlines())] == ["a"]


def test_standard_input_to_standard_output(tmp_path, monkeypatch, gazetteer_path):
    monkeypatch.chdir(tmp_path)
    result = _invoke("-", "-o", "-", "--format", "jsonl", "--gazetteer", gazetteer_path,
                     input=json.dumps({"id": "s", "text": REPORT, "date": "2016-07-28"}) + "\n")
    assert result.exit_code == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events and all(e["doc_id"] == "s" for e in events)
    assert not list(tmp_path.iterdir())  # "-o -" is stdout, not a folder named "-"


def test_console_script_never_shows_a_traceback(tmp_path):
    proc = subprocess.run([sys.executable, "-c", "from geomap.cli import main; main()", "extract",
                           str(tmp_path / "nope.jsonl")], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and "no such file" in proc.stderr


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_folder_output_is_partitioned_geoparquet_with_either_engine(tmp_path, gazetteer_path, engine):
    if engine == "dask":
        pytest.importorskip("distributed")
    geopandas = pytest.importorskip("geopandas")
    folder = tmp_path / "in"
    folder.mkdir()
    with open(folder / "reports.jsonl", "w", encoding="utf-8") as f:
        for i in range(6):  # two reports a day of the same strike: merged into one event a day
            f.write(json.dumps({"id": f"r{i}", "text": REPORT, "date": f"2016-07-{10 + 3 * (i // 2)}"},
                               ensure_ascii=False) + "\n")
    out = folder / "events"  # inside the input folder: a second run must not read it back
    for _ in range(2):
        result = _invoke(folder, "-o", out, "--engine", engine, "--jobs", "1", "--gazetteer", gazetteer_path)
        assert result.exit_code == 0, result.stderr
        assert "6 documents read" in result.stderr and "Traceback" not in result.stderr
    parts = sorted(out.glob("part-*.parquet"))
    frame = geopandas.read_parquet(out)
    assert parts and len(frame) >= 3 and frame.crs is not None
    assert frame.geometry.notna().any()
    assert (frame.groupby("event_date")["source_count"].max() == 2).all()
    assert sorted(frame["event_date"].unique()) == [dt.date(2016, 7, 10), dt.date(2016, 7, 13), dt.date(2016, 7, 16)]
    assert not [p for p in tmp_path.rglob(".*")]  # no temporary folder left


def test_folder_output_never_replaces_other_files(tmp_path, gazetteer_path):
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    home = tmp_path / "documents"
    home.mkdir()
    (home / "notes.txt").write_text("mine", encoding="utf-8")
    result = _invoke(tmp_path / "r.txt", "-o", home, "--gazetteer", gazetteer_path)
    assert result.exit_code == 2 and "holds other files" in result.stderr
    assert [p.name for p in home.iterdir()] == ["notes.txt"]


def test_named_file_of_another_kind_is_skipped_with_the_folder_walks_message(tmp_path, gazetteer_path):
    (tmp_path / "acled.csv").write_text("event_id_cnty,event_date\nSYR1,04 April 2017\n", encoding="utf-8")
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    result = _invoke(tmp_path / "acled.csv", "--gazetteer", gazetteer_path)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.strip().endswith("acled.csv: skipped: not a .txt, .html, .json or .jsonl file")
    result = _invoke(tmp_path / "acled.csv", tmp_path / "r.txt", "--gazetteer", gazetteer_path)
    assert result.exit_code == 0 and "acled.csv: skipped: not a .txt" in result.stderr
    assert all(f["properties"]["doc_id"] == "r.txt" for f in json.loads(result.stdout)["features"])


def test_missing_input_among_others_is_reported_and_the_others_read(tmp_path, gazetteer_path):
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    out = tmp_path / "out.geojson"
    result = _invoke(tmp_path / "nosuch.txt", tmp_path / "r.txt", "-o", out, "--gazetteer", gazetteer_path)
    assert result.exit_code == 0 and "nosuch.txt: no such file or folder" in result.stderr
    assert "1 document read, 1 failed" in result.stderr and read_events(out)[0]
    out.unlink()
    result = _invoke(tmp_path / "nosuch.txt", tmp_path / "r.txt", "-o", out, "--gazetteer", gazetteer_path, "--strict")
    assert result.exit_code == 1 and "--strict: 1 error, 0 warnings" in result.stderr and read_events(out)[0]


def test_empty_standard_input_is_like_an_empty_file(tmp_path, gazetteer_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    for args, stdin in (([tmp_path / "empty.txt"], None), (["-"], ""), (["-"], "\n  \n")):
        result = _invoke(*args, "--gazetteer", gazetteer_path, input=stdin)
        assert result.exit_code == 1 and "nothing could be read" in result.stderr and result.stdout == ""


def test_a_text_with_no_events_is_a_run_that_worked(tmp_path, gazetteer_path):
    (tmp_path / "r.txt").write_text("The weather was fine.", encoding="utf-8")
    result = _invoke(tmp_path / "r.txt", "--gazetteer", gazetteer_path)
    assert result.exit_code == 0 and json.loads(result.stdout)["features"] == []


def test_ctrl_c_is_said_once(tmp_path, monkeypatch):
    import geomap.pipeline

    def interrupted(*args, **kwargs):
        raise geomap.pipeline.RunInterrupted(12, tmp_path / "out.geojson.state")

    monkeypatch.setattr(geomap.pipeline, "run_extract", interrupted)
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    result = _invoke(tmp_path / "r.txt", "-o", tmp_path / "out.geojson")
    assert result.exit_code == 130
    assert result.stderr.splitlines() == [f"geomap: interrupted; 12 documents saved in {tmp_path}/out.geojson.state "
                                          "(run again with --resume to continue)"]


def test_date_option_notes_the_own_dates_it_replaced(tmp_path, gazetteer_path):
    lines = [{"id": "a", "text": REPORT, "date": "2016-07-28"}, {"id": "b", "text": REPORT, "date": "2019-05-14"}]
    (tmp_path / "in.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    result = _invoke(tmp_path / "in.jsonl", "--date", "2019-05-14", "--gazetteer", gazetteer_path)
    assert result.exit_code == 0
    assert "geomap: note: --date 2019-05-14 replaced the own date of 1 record\n" in result.stderr
