"""`geomap extract` from the command line: exit codes, messages, outputs."""
from __future__ import annotations

import importlib
import json
import pkgutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

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
    # A run that loads the default gazetteer must not build one in the user's data folder.
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
])
def test_bad_arguments_exit_2_with_one_line(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    result = _invoke(*[a.replace("{report}", "report.txt") for a in args])
    assert result.exit_code == 2, result.output
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.txt"]  # nothing written


def test_nothing_readable_exits_1(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "noise.bin.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    result = _invoke(tmp_path / "empty.txt", tmp_path / "noise.bin.txt", "-o", tmp_path / "out.geojson")
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
    assert result.exit_code == 1 and "--strict" in result.stderr and not out.exists()


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
    assert sorted(frame["event_date"].unique()) == ["2016-07-10", "2016-07-13", "2016-07-16"]
    assert not [p for p in tmp_path.rglob(".*")]  # no temporary folder left


def test_folder_output_never_replaces_other_files(tmp_path, gazetteer_path):
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    home = tmp_path / "documents"
    home.mkdir()
    (home / "notes.txt").write_text("mine", encoding="utf-8")
    result = _invoke(tmp_path / "r.txt", "-o", home, "--gazetteer", gazetteer_path)
    assert result.exit_code == 2 and "holds other files" in result.stderr
    assert [p.name for p in home.iterdir()] == ["notes.txt"]
