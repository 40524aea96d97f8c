"""Batch runs: worker processes, error log, resume after an interruption, dedup, strictness.

The run's mechanics (interrupting it at a chosen document, failing one document) need a
stand-in extractor whose output is known; `test_real_extractor_*` runs the real one.
"""
from __future__ import annotations

import csv
import gc
import io
import json
from dataclasses import dataclass, field

import pytest

from geomap.documents import InputError
from geomap.export import ExportError, read_events
from geomap.pipeline import RunInterrupted, UsageError, content_hash, run_extract
from geomap.records import ControlRecord, Document, Event


@dataclass
class _Result:
    events: list
    controls: list
    mentions: list
    unresolved: list = field(default_factory=list)
    warnings: list = field(default_factory=list)


class ScriptedExtractor:
    """One airstrike per word "PlaceN" (at a point that depends on N), a control record per "captured".

    "crash" raises an error, "warn" adds an extractor warning, and the document with id `interrupt_at`
    raises KeyboardInterrupt, as Ctrl-C would.
    """

    def __init__(self, interrupt_at: str | None = None):
        self.interrupt_at = interrupt_at

    def extract_document(self, doc: Document) -> _Result:
        if doc.id == self.interrupt_at:
            raise KeyboardInterrupt
        if "crash" in doc.text:
            raise ValueError("cannot parse")
        events, mentions = [], []
        for i, word in enumerate(doc.text.split()):
            if word.startswith("Place"):
                n = int(word[5:])
                events.append(Event(f"{doc.id}-{i}", doc.id, "Explosions/Remote violence", "Air/drone strike",
                                    location=word, name=word, lat=33.0 + n / 10, lon=36.0 + n / 10,
                                    geo_precision=1, event_date=doc.date, time_precision=1 if doc.date else None))
                mentions.append(word)
            elif word == "Somewhere":
                events.append(Event(f"{doc.id}-{i}", doc.id, "Battles", "Armed clash", location=word))
                mentions.append(word)
        controls = [ControlRecord(doc.id, "Place1", "SDF", "change")] if "captured" in doc.text else []
        return _Result(events, controls, mentions, warnings=["place not found: 'X'"] if "warn" in doc.text else [])


def _corpus(path, n=60, extra=()):
    """n reports; report i names Place(i % 7), dated so that pairs of reports describe one strike."""
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"r{i}", "date": f"2016-08-{1 + (i // 2) % 28:02d}",
                                "text": f"report {i}: strike on Place{(i // 2) % 7} Somewhere"}) + "\n")
        for line in extra:
            f.write(line + "\n")
    return path


def _key(events):
    return sorted((e.event_id, e.lat, e.lon, tuple(e.doc_ids)) for e in events)


def test_one_and_two_workers_give_the_same_events(tmp_path):
    src = _corpus(tmp_path / "in.jsonl")
    one = run_extract([src], tmp_path / "one.geojson", extractor=ScriptedExtractor(), jobs=1)
    two = run_extract([src], tmp_path / "two.geojson", extractor=ScriptedExtractor(), jobs=2)
    assert one.documents == two.documents == 60
    assert _key(read_events(tmp_path / "one.geojson")[0]) == _key(read_events(tmp_path / "two.geojson")[0])
    assert one.events == two.events > 0


class _FreezeWatcher(ScriptedExtractor):
    """Notes, for each document, whether the collector's permanent generation held objects then,
    and its thresholds."""

    def __init__(self):
        super().__init__()
        self.frozen: list[int] = []
        self.thresholds: list[tuple[int, int, int]] = []

    def extract_document(self, doc: Document) -> _Result:
        self.frozen.append(gc.get_freeze_count())
        self.thresholds.append(gc.get_threshold())
        return super().extract_document(doc)


def test_one_process_run_freezes_what_exists_and_thaws_it_after(tmp_path):
    src = _corpus(tmp_path / "in.jsonl", n=4)
    watcher = _FreezeWatcher()
    assert gc.get_freeze_count() == 0
    run_extract([src], tmp_path / "out.jsonl", extractor=watcher, jobs=1)
    assert len(watcher.frozen) == 4 and all(watcher.frozen)  # the extractor is among the frozen
    assert gc.get_freeze_count() == 0  # a caller's objects are the collector's again


def test_one_process_run_collects_young_objects_less_often_and_restores_the_thresholds(tmp_path):
    src = _corpus(tmp_path / "in.jsonl", n=4)
    watcher = _FreezeWatcher()
    callers = gc.get_threshold()
    run_extract([src], tmp_path / "out.jsonl", extractor=watcher, jobs=1)
    assert all(t[0] > callers[0] for t in watcher.thresholds)
    assert gc.get_threshold() == callers


def test_one_process_run_leaves_a_callers_freeze_alone(tmp_path):
    src = _corpus(tmp_path / "in.jsonl", n=4)
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        watcher = _FreezeWatcher()  # made after the caller's freeze: would be frozen by a second one
        run_extract([src], tmp_path / "out.jsonl", extractor=watcher, jobs=1)
        assert watcher.frozen == [before] * 4 and gc.get_freeze_count() == before
    finally:
        gc.unfreeze()


def test_workers_replaced_mid_run_lose_and_repeat_nothing(tmp_path, monkeypatch):
    from geomap import pipeline

    monkeypatch.setattr(pipeline, "TASKS_PER_WORKER", 1)  # a fresh worker for every task
    src = _corpus(tmp_path / "in.jsonl", n=50)
    one = run_extract([src], tmp_path / "one.jsonl", extractor=ScriptedExtractor(), jobs=1, dedup=False)
    two = run_extract([src], tmp_path / "two.jsonl", extractor=ScriptedExtractor(), jobs=2, dedup=False)
    assert two.documents == 50 and two.events == one.events == 100
    assert _key(read_events(tmp_path / "one.jsonl")[0]) == _key(read_events(tmp_path / "two.jsonl")[0])


def test_dedup_merges_reports_of_one_strike_and_no_dedup_keeps_them(tmp_path):
    src = _corpus(tmp_path / "in.jsonl", n=20)
    merged = run_extract([src], tmp_path / "m.jsonl", extractor=ScriptedExtractor())
    kept = run_extract([src], tmp_path / "k.jsonl", extractor=ScriptedExtractor(), dedup=False)
    assert kept.events == kept.events_extracted == 40  # one strike and one placeless clash per report
    # Reports 2k and 2k+1 describe the same strike (same place, same day): 10 strikes, 20 clashes.
    assert merged.events_extracted == 40 and merged.events == 30
    strikes = [e for e in read_events(tmp_path / "m.jsonl")[0] if e.lat is not None]
    assert all(e.source_count == 2 and len(e.doc_ids) == 2 for e in strikes)
    assert merged.events_without_place == kept.events_without_place == 20


def test_bad_documents_are_logged_and_the_rest_is_kept(tmp_path):
    src = _corpus(tmp_path / "in.jsonl", n=10, extra=['{"text": "crash now"', json.dumps({"id": "c", "text": "crash"}),
                                                       json.dumps({"id": "w", "text": "warn Place3"}),
                                                       json.dumps({"id": "d", "text": "Place4", "date": "soon"}),
                                                       json.dumps({"id": "q", "text": "nothing here"})])
    err = io.StringIO()
    summary = run_extract([src], tmp_path / "out.csv", extractor=ScriptedExtractor(), stderr=err)
    assert (summary.documents, summary.failed, summary.warnings, summary.notes) == (13, 2, 1, 2)
    log = [json.loads(line) for line in open(tmp_path / "out.csv.errors.jsonl", encoding="utf-8")]
    assert {(p["doc_id"], p["severity"]) for p in log} == {
        ("in.jsonl:11", "error"), ("c", "error"), ("d", "warning"), ("w", "note"), ("q", "note")}
    assert all(set(p) == {"doc_id", "path", "line", "severity", "message"} for p in log)
    assert "extraction failed: ValueError: cannot parse" in err.getvalue()
    assert summary.written and len(read_events(tmp_path / "out.csv")[0]) == summary.events


def test_old_error_log_is_removed_by_a_clean_run(tmp_path):
    src = _corpus(tmp_path / "in.jsonl", n=4)
    (tmp_path / "out.geojson.errors.jsonl").write_text('{"message": "old"}\n', encoding="utf-8")
    summary = run_extract([src], tmp_path / "out.geojson", extractor=ScriptedExtractor())
    assert summary.error_log is None and not (tmp_path / "out.geojson.errors.jsonl").exists()


def test_interrupted_run_resumes_where_it_stopped(tmp_path):
    src = _corpus(tmp_path / "in.jsonl", n=40, extra=[json.dumps({"id": "cap", "text": "Place2 captured"})])
    full = run_extract([src], tmp_path / "full.geojson", extractor=ScriptedExtractor())

    out = tmp_path / "out.geojson"
    with pytest.raises(KeyboardInterrupt):
        run_extract([src], out, extractor=ScriptedExtractor(interrupt_at="r25"))
    assert not out.exists()
    state = (tmp_path / "out.geojson.state").read_text().split()
    assert len(state) == 25
    # A crash mid-write leaves a torn line behind; resume must shrug it off.
    with open(tmp_path / "out.geojson.partial.jsonl", "a", encoding="utf-8") as f:
        f.write('{"hash": "abc", "events": [{"event_id"')

    resumed = run_extract([src], out, extractor=ScriptedExtractor(), resume=True)
    assert (resumed.skipped, resumed.documents) == (25, 16)
    assert _key(read_events(out)[0]) == _key(read_events(tmp_path / "full.geojson")[0])
    assert resumed.events == full.events and resumed.controls == full.controls == 1
    assert not (tmp_path / "out.geojson.state").exists() and not (tmp_path / "out.geojson.partial.jsonl").exists()


def test_a_resumed_run_keeps_the_copies_of_a_story_done_before_it(tmp_path):
    # syndicated copies: one text under several ids; the interruption comes between two of them
    src = tmp_path / "in.jsonl"
    with open(src, "w", encoding="utf-8") as f:
        for i in range(8):
            f.write(json.dumps({"id": f"r{i}", "date": "2016-08-01", "text": "strike on Place1"}) + "\n")
    full = run_extract([src], tmp_path / "full.geojson", extractor=ScriptedExtractor(), dedup=False)
    out = tmp_path / "out.geojson"
    with pytest.raises(KeyboardInterrupt):
        run_extract([src], out, extractor=ScriptedExtractor(interrupt_at="r4"), dedup=False)
    resumed = run_extract([src], out, extractor=ScriptedExtractor(), resume=True, dedup=False)
    assert resumed.events == full.events == 8
    assert sorted(e.doc_id for e in read_events(out)[0]) == [f"r{i}" for i in range(8)]


def _interrupted(tmp_path, out_name: str):
    """Six reports, a run without dedup interrupted at the fifth: the input and the output path."""
    src = _corpus(tmp_path / "in.jsonl", n=6)
    out = tmp_path / out_name
    with pytest.raises(KeyboardInterrupt):
        run_extract([src], out, extractor=ScriptedExtractor(interrupt_at="r4"), dedup=False)
    return src, out


def test_document_written_to_sidecar_but_not_in_state_is_redone_once(tmp_path):
    src, out = _interrupted(tmp_path, "out.jsonl")
    # Drop the last hash from the state: as if the crash came between sidecar and state.
    state = tmp_path / "out.jsonl.state"
    hashes = state.read_text().split()
    state.write_text("\n".join(hashes[:-1]) + "\n")
    resumed = run_extract([src], out, extractor=ScriptedExtractor(), resume=True, dedup=False)
    assert (resumed.skipped, resumed.documents) == (3, 3)
    ids = [e.event_id for e in read_events(out)[0]]
    assert len(ids) == len(set(ids)) == 12


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_one_and_two_workers_write_the_same_bytes(tmp_path, fmt):
    # With workers, each document's sidecar line is made in the worker; without, in the parent.
    src = _corpus(tmp_path / "in.jsonl", n=30, extra=[json.dumps({"id": "cap", "text": "Place2 captured"})])
    for jobs in (1, 2):
        run_extract([src], tmp_path / f"{jobs}.{fmt}", extractor=ScriptedExtractor(), jobs=jobs, dedup=False)
    assert (tmp_path / f"1.{fmt}").read_bytes() == (tmp_path / f"2.{fmt}").read_bytes()
    assert (tmp_path / f"1.control.{fmt}").read_bytes() == (tmp_path / f"2.control.{fmt}").read_bytes()


def test_resumed_sidecar_lines_of_another_version_are_completed(tmp_path):
    src, out = _interrupted(tmp_path, "out.csv")
    # As an older geomap would have written them: a field fewer, one since dropped.
    sidecar = tmp_path / "out.csv.partial.jsonl"
    lines = [json.loads(line) for line in sidecar.read_text(encoding="utf-8").splitlines() if line.strip()]
    for line in lines:
        for row in line["events"]:
            del row["source_count"]
            row["retired"] = "x"
    sidecar.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    resumed = run_extract([src], out, extractor=ScriptedExtractor(), resume=True, dedup=False)
    assert (resumed.skipped, resumed.documents, resumed.events) == (4, 2, 12)
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 12 and all(r["source_count"] == "1" and "retired" not in r for r in rows)


def test_interrupted_run_keeps_its_error_log(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": broken}\n' + _corpus(tmp_path / "c.jsonl", n=6).read_text(), encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        run_extract([src], tmp_path / "out.jsonl", extractor=ScriptedExtractor(interrupt_at="r3"))
    log = [json.loads(line) for line in open(tmp_path / "out.jsonl.errors.jsonl", encoding="utf-8")]
    assert [(p["line"], p["severity"]) for p in log] == [(1, "error")]


def test_without_resume_an_old_state_is_discarded(tmp_path):
    src = _corpus(tmp_path / "in.jsonl", n=6)
    out = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt):
        run_extract([src], out, extractor=ScriptedExtractor(interrupt_at="r3"))
    err = io.StringIO()
    again = run_extract([src], out, extractor=ScriptedExtractor(), stderr=err)
    assert again.skipped == 0 and again.documents == 6 and "discarded" in err.getvalue()


def test_nothing_readable_writes_nothing(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    summary = run_extract([tmp_path / "empty.txt"], tmp_path / "out.geojson", extractor=ScriptedExtractor())
    assert summary.nothing_read and summary.failed == 1 and not summary.written
    assert not (tmp_path / "out.geojson").exists()
    assert not (tmp_path / "out.geojson.state").exists()


def test_an_input_warning_is_counted_apart_from_extractor_notes_and_the_rest_is_written(tmp_path):
    # (what --strict's exit code reads: warnings and failures of the input, not notes on its text)
    src = _corpus(tmp_path / "in.jsonl", n=3, extra=[json.dumps({"text": "warn Place1"})])
    summary = run_extract([src], tmp_path / "ok.gpkg", extractor=ScriptedExtractor())
    assert summary.written and summary.notes == 1 and summary.warnings == 0
    src.write_bytes(src.read_bytes() + b'{"text": "Place2 \xff"}\n')  # invalid UTF-8: an input warning
    summary = run_extract([src], tmp_path / "out.gpkg", extractor=ScriptedExtractor())
    assert summary.warnings == 1 and summary.written and (tmp_path / "out.gpkg").exists()


def test_stdout_output(tmp_path):
    src = _corpus(tmp_path / "in.jsonl", n=4, extra=[json.dumps({"text": "Place1 captured"})])
    out = io.StringIO()
    summary = run_extract([src], extractor=ScriptedExtractor(), stdout=out, dedup=False)
    data = json.loads(out.getvalue())
    assert len(data["features"]) == summary.events == 9 and summary.controls_dropped == 1


def test_options_checked_before_any_work(tmp_path):
    src = _corpus(tmp_path / "in.jsonl", n=1)
    with pytest.raises(UsageError, match="--resume"):
        run_extract([src], None, extractor=ScriptedExtractor(), resume=True)
    with pytest.raises(UsageError, match="jobs"):
        run_extract([src], tmp_path / "o.csv", extractor=ScriptedExtractor(), jobs=-1)
    with pytest.raises(UsageError, match="no gazetteer"):
        run_extract([src], tmp_path / "o.csv", gazetteer=tmp_path / "missing.sqlite")


def test_progress_bar_with_rate_and_eta_only_when_asked(tmp_path):
    src = _corpus(tmp_path / "in.jsonl", n=30)
    bar = io.StringIO()
    run_extract([src], tmp_path / "a.jsonl", extractor=ScriptedExtractor(), stderr=bar, progress=True)
    last = bar.getvalue().split("\r")[-2]
    assert "100%" in last and "30 documents" in last and "/s" in last and "ETA 0:00" in last
    quiet = io.StringIO()  # not a terminal: no bar by default
    run_extract([src], tmp_path / "b.jsonl", extractor=ScriptedExtractor(), stderr=quiet)
    assert "\r" not in quiet.getvalue()


def test_content_hash_depends_on_id_text_and_date():
    a = Document("a", "same text", "2016-01-01")
    assert content_hash(a) == content_hash(Document("a", "same text", "2016-01-01"))
    assert content_hash(a) != content_hash(Document("other id", "same text", "2016-01-01"))  # a syndicated copy
    assert content_hash(a) != content_hash(Document("a", "same text", "2016-01-02"))
    assert content_hash(a) != content_hash(Document("a", "same text!", "2016-01-01"))


def test_real_extractor_finds_a_placed_event(tmp_path, default_gazetteer):
    (tmp_path / "r.txt").write_text("قصفت طائرات حربية مدينة حلب صباح اليوم ما أدى إلى مقتل خمسة مدنيين.",
                                    encoding="utf-8")
    summary = run_extract([tmp_path / "r.txt"], tmp_path / "o.geojson", gazetteer=default_gazetteer,
                          date="2016-07-28")
    events, _ = read_events(tmp_path / "o.geojson")
    assert summary.documents == 1 and events
    assert any(e.lat is not None and 35.5 < e.lat < 37 and 36.5 < e.lon < 38 for e in events)  # Aleppo


def test_folder_output_is_written_in_parts_as_events_come(tmp_path, monkeypatch):
    geopandas = pytest.importorskip("geopandas")
    from geomap import parquet_dir

    monkeypatch.setattr(parquet_dir, "PART_ROWS", 8)
    src = _corpus(tmp_path / "in.jsonl", n=40, extra=[json.dumps({"id": "cap", "text": "Place2 captured"})])
    flat = run_extract([src], tmp_path / "flat.jsonl", extractor=ScriptedExtractor())
    out = tmp_path / "events"
    with pytest.raises(KeyboardInterrupt):
        run_extract([src], out, extractor=ScriptedExtractor(interrupt_at="r30"))
    assert not out.exists()  # nothing half-written
    summary = run_extract([src], out, extractor=ScriptedExtractor(), resume=True)
    parts = sorted(out.glob("part-*.parquet"))
    assert summary.events == flat.events and len(parts) == -(-flat.events // 8)
    frame = geopandas.read_parquet(out)
    assert sorted(frame["event_id"]) == sorted(e.event_id for e in read_events(tmp_path / "flat.jsonl")[0])
    dates = [d for d in frame["event_date"] if d is not None]
    assert dates and dates == sorted(dates)  # parts follow each other in date order
    assert summary.controls == 1 and list(geopandas.read_parquet(out / "_control")["doc_id"]) == ["cap"]
    assert [p.name for p in (out / "_control").iterdir()] == ["events.control.parquet"]  # no empty events file
    left = [p.name for p in tmp_path.iterdir()]
    assert not [n for n in left if n.startswith(".") or n.endswith((".partial.jsonl", ".state"))], left


def test_interrupted_run_says_what_was_saved_and_leaves_the_saying_to_its_caller(tmp_path):
    src = _corpus(tmp_path / "in.jsonl", n=6)
    err = io.StringIO()
    with pytest.raises(RunInterrupted) as info:
        run_extract([src], tmp_path / "out.jsonl", extractor=ScriptedExtractor(interrupt_at="r3"), stderr=err)
    assert (info.value.saved, info.value.state_path) == (3, tmp_path / "out.jsonl.state")
    assert "interrupted" not in err.getvalue()  # the command says it, once


def test_date_option_notes_once_how_many_own_dates_it_replaced(tmp_path):
    src = _corpus(tmp_path / "in.jsonl", n=4)  # dated 2016-08-01, 08-01, 08-02, 08-02
    err = io.StringIO()
    summary = run_extract([src], tmp_path / "o.jsonl", extractor=ScriptedExtractor(), date="2016-08-01", stderr=err)
    assert summary.dates_replaced == 2
    assert [line for line in err.getvalue().splitlines() if "--date" in line] == [
        "geomap: note: --date 2016-08-01 replaced the own date of 2 records"]


def test_missing_input_among_others_fails_alone(tmp_path):
    src = _corpus(tmp_path / "in.jsonl", n=2)
    summary = run_extract([tmp_path / "nope.txt", src], tmp_path / "o.jsonl", extractor=ScriptedExtractor())
    assert (summary.documents, summary.failed, summary.written) == (2, 1, True)


def test_output_folder_and_date_checked_before_any_work(tmp_path):
    src = _corpus(tmp_path / "in.jsonl", n=1)
    with pytest.raises(ExportError, match=r"nope/o.jsonl: the folder .*nope does not exist"):
        run_extract([src], tmp_path / "nope" / "o.jsonl", extractor=ScriptedExtractor())
    with pytest.raises(ExportError, match="the folder"):
        run_extract([src], tmp_path / "o.jsonl", error_log=tmp_path / "nope" / "log.jsonl", extractor=ScriptedExtractor())
    with pytest.raises(InputError, match="not a date"):
        run_extract([src], tmp_path / "o.jsonl", date="03/04/2016", extractor=ScriptedExtractor())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_gazetteer_named_by_the_environment_must_exist(tmp_path, monkeypatch):
    src = _corpus(tmp_path / "in.jsonl", n=1)
    monkeypatch.setenv("GEOMAP_GAZETTEER", str(tmp_path / "typo.sqlite"))
    with pytest.raises(UsageError, match="no gazetteer at .*typo.sqlite .*geomap gazetteer build --output"):
        run_extract([src], tmp_path / "o.csv")
    assert not (tmp_path / "typo.sqlite").exists()
