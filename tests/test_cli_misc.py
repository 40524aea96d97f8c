"""`geomap resolve` and `geomap gazetteer info` from the command line: where names come from, and
which gazetteer is used (only the default store is built when missing)."""
from __future__ import annotations

import importlib
import pkgutil

import pytest
from typer.testing import CliRunner


def _geomap(*args, input=None):
    import geomap.cli

    for module in pkgutil.iter_modules(geomap.cli.__path__):
        if not module.name.startswith("_"):
            importlib.import_module(f"geomap.cli.{module.name}")
    return CliRunner().invoke(geomap.cli.app, list(map(str, args)), input=input)


@pytest.fixture
def gazetteer_path(default_gazetteer):
    return default_gazetteer.path


def test_resolve_reads_names_from_standard_input(gazetteer_path):
    result = _geomap("resolve", "--gazetteer", gazetteer_path, "--json", input="Aleppo\nحلب\n")
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 2 and '"lat": 36.' in result.stdout


def test_resolve_with_nothing_to_resolve_says_how(gazetteer_path):
    result = _geomap("resolve", "--gazetteer", gazetteer_path, input="")
    assert result.exit_code == 2 and "give place names" in result.stderr


def test_resolve_refuses_a_binary_file_in_one_line(tmp_path, gazetteer_path):
    (tmp_path / "names.bin").write_bytes(bytes(range(256)) * 8 + b"\nAleppo\n")
    result = _geomap("resolve", "-f", tmp_path / "names.bin", "--gazetteer", gazetteer_path)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [f"geomap: {tmp_path / 'names.bin'}: binary file (NUL bytes); "
                                          "not a list of place names"]


def test_resolve_reads_a_windows_1256_file_as_extract_does(tmp_path, gazetteer_path):
    (tmp_path / "names.txt").write_bytes("حلب\nحمص\n".encode("cp1256"))
    result = _geomap("resolve", "-f", tmp_path / "names.txt", "--gazetteer", gazetteer_path)
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [f"geomap: {tmp_path / 'names.txt'}: not UTF-8; read as Windows-1256 (Arabic)"]
    assert [line.split("\t")[0] for line in result.stdout.splitlines()] == ["حلب", "حمص"]
    assert "unresolved" not in result.stdout


@pytest.mark.parametrize("how", ["option", "environment"])
@pytest.mark.parametrize("command", [["resolve", "Saraqib"], ["gazetteer", "info"], ["extract", "{report}"],
                                     ["map", "{report}"]])
def test_a_named_gazetteer_that_does_not_exist_is_not_built(tmp_path, monkeypatch, how, command):
    (tmp_path / "r.txt").write_text("Airstrikes on Saraqib.", encoding="utf-8")
    typo = tmp_path / "typo.sqlite"
    monkeypatch.setenv("GEOMAP_GAZETTEER", str(typo))
    args = [a.replace("{report}", str(tmp_path / "r.txt")) for a in command]
    if how == "option":
        monkeypatch.delenv("GEOMAP_GAZETTEER")
        args += ["--gazetteer", str(typo)]
    result = _geomap(*args, "-o", tmp_path / "m.html") if command[0] == "map" else _geomap(*args)
    assert result.exit_code == 2
    assert result.stderr == f"geomap: no gazetteer at {typo} (build one with: geomap gazetteer build --output {typo})\n"
    assert not typo.exists() and not (tmp_path / "m.html").exists()


def test_extract_to_a_pipe_writes_through_it_and_leaves_nothing_beside_it(tmp_path, gazetteer_path):
    # `-o /dev/null` (here a named pipe, which a test may make): no file renamed over it, and no
    # sidecar, error log or control file written beside it
    import os
    import threading

    report = tmp_path / "in" / "report.txt"
    report.parent.mkdir()
    report.write_text("قصفت قوات النظام مدينة حلب أمس.\nسيطرت فصائل المعارضة على مدينة إدلب.\n", encoding="utf-8")
    (report.parent / "empty.txt").write_text("", encoding="utf-8")  # a problem, told on stderr only
    out = tmp_path / "out" / "events"
    out.parent.mkdir()
    os.mkfifo(out)
    read: list[str] = []
    reader = threading.Thread(target=lambda: read.append(out.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    result = _geomap("extract", report.parent, "-o", out, "--format", "jsonl", "--date", "2016-07-28",
                     "--gazetteer", gazetteer_path)
    reader.join(10)
    assert result.exit_code == 0 and "empty" in result.stderr, result.output
    assert out.is_fifo() and sorted(p.name for p in out.parent.iterdir()) == ["events"]
    assert any('"event_type"' in line for line in read[0].splitlines())
