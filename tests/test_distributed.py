"""The Dask engine: input chunking, same events as the local engine, partitioned GeoParquet."""
from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

pytest.importorskip("distributed")

from geomap import distributed as dist  # noqa: E402
from geomap import parquet_dir  # noqa: E402
from geomap.dedup import deduplicate  # noqa: E402
from geomap.documents import InputError, InputProblem, read_inputs  # noqa: E402
from geomap.export import read_events, write_events  # noqa: E402
from geomap.records import Event  # noqa: E402

# A few real Syrian towns (coordinates are facts); the toy extractor below knows only these.
TOWNS = {"Saraqib": (35.864, 36.806), "Binnish": (35.957, 36.713), "Ariha": (35.813, 36.609)}


class ToyExtractor:
    """One airstrike per sentence naming a known town: enough to tell engines apart, no gazetteer needed."""

    def extract_document(self, doc):
        events = []
        for i, sentence in enumerate(doc.text.split(".")):
            for town, (lat, lon) in TOWNS.items():
                if town in sentence:
                    events.append(Event(event_id=f"{doc.id}:{i}:{town}", doc_id=doc.id,
                                        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                                        location=town, name=town, lat=lat, lon=lon, place_id=town, geo_precision=1,
                                        event_date=doc.date, notes=sentence.strip(),
                                        fatalities=sentence.count("killed") or None))
        return SimpleNamespace(events=events, controls=[], mentions=events, unresolved=[], warnings=[])


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0") as cluster, \
            Client(cluster) as c:
        yield c


def _corpus(folder: Path, n: int = 60) -> Path:
    """JSONL shards plus loose text files; several reports of each strike, some without ids."""
    folder.mkdir(parents=True, exist_ok=True)
    towns = list(TOWNS)
    for shard in range(3):
        with open(folder / f"shard{shard}.jsonl", "w", encoding="utf-8") as f:
            for i in range(n):
                town = towns[(i + shard) % 3]
                rec = {"text": f"Warplanes struck {town}. {'Two killed.' * (i % 2)} Report {shard}-{i}.",
                       "date": f"2019-05-{1 + i % 9:02d}"}
                if i % 4:
                    rec["id"] = f"s{shard}-{i}"
                f.write(json.dumps(rec) + "\n")
                if i == 7:
                    f.write("\n{broken json\n")
    (folder / "loose.txt").write_text("An airstrike hit Ariha. Three killed in Ariha.", encoding="utf-8")
    (folder / "notes.csv").write_text("a,b\n", encoding="utf-8")
    return folder


def _docs(items):
    return [(d.id, d.text, d.date) for d in items if not isinstance(d, InputProblem)]


def _problems(items):
    return [(p.severity, p.path, p.line, p.doc_id) for p in items if isinstance(p, InputProblem)]


def test_chunks_of_a_big_jsonl_read_exactly_like_the_whole_file(tmp_path):
    corpus = _corpus(tmp_path / "in")
    path = corpus / "shard1.jsonl"
    chunks, _ = dist.plan_chunks([path], chunk_bytes=500)
    assert len(chunks) > 5 and all(c.end is not None for c in chunks)
    assert chunks[0].start == 0 and all(a.end == b.start for a, b in zip(chunks, chunks[1:]))
    pieces = [item for c in chunks for item in dist.read_chunk(c)]
    whole = list(read_inputs([path]))
    assert _docs(pieces) == _docs(whole)  # default ids carry line numbers: they must agree
    assert _problems(pieces) == _problems(whole) and _problems(whole)


def test_folder_plan_follows_the_local_reader(tmp_path):
    corpus = _corpus(tmp_path / "in")
    chunks, skipped = dist.plan_chunks([corpus], chunk_bytes=700)
    items = [item for c in chunks for item in dist.read_chunk(c, "2020-01-01")]
    whole = list(read_inputs([corpus], "2020-01-01"))
    assert _docs(items) == _docs(whole)
    assert [p.path for p in skipped] == [str(corpus / "notes.csv")]


def test_plan_rejects_stdin_missing_and_empty_input(tmp_path):
    for paths in (["-"], [tmp_path / "nope"], []):
        with pytest.raises(InputError):
            dist.plan_chunks(paths)


def test_output_folder_is_left_out_of_the_walk(tmp_path):
    corpus = _corpus(tmp_path / "in")
    out = corpus / "out"
    out.mkdir()
    (out / "old.jsonl").write_text('{"text": "Saraqib"}\n')
    chunks, _ = dist.plan_chunks([corpus], exclude=[out])
    assert not any("out" in Path(c.path).parts for c in chunks)


def test_partition_keeps_order_and_balances():
    items = list(range(10))
    parts = dist.partition(items, 4)
    assert [x for p in parts for x in p] == items
    assert sorted(len(p) for p in parts) == [2, 2, 3, 3]
    assert dist.partition(items[:2], 8) == [[0], [1]]


def _sorted_rows(events):
    return sorted((e.to_dict() for e in events), key=lambda r: r["event_id"])


def _round_trip(events, path):
    """Events as the local engine's output file gives them back (same conversions on both sides)."""
    write_events(path, events)
    return read_events(path)[0]


def test_dask_engine_gives_the_local_engines_events(tmp_path, client):
    from geomap.pipeline import run_extract

    corpus = _corpus(tmp_path / "in")
    local = run_extract([corpus], tmp_path / "local.jsonl", extractor=ToyExtractor(), jobs=1)
    run = dist.run_dask([corpus], make_extractor=ToyExtractor, client=client, partitions=5, chunk_bytes=900)
    local_events, _ = read_events(tmp_path / "local.jsonl")
    assert local_events and run.partitions == 5
    assert _sorted_rows(_round_trip(run.events, tmp_path / "dask.jsonl")) == _sorted_rows(local_events)
    assert run.documents == local.documents and run.reports_in == local.events_extracted
    assert sum(p.severity == "error" for p in run.problems) == local.failed > 0  # the broken lines
    assert len(run.events) < run.reports_in  # dedup merged reports
    assert max(e.source_count for e in run.events) > 1


def test_no_dedup_keeps_every_report(tmp_path, client):
    corpus = _corpus(tmp_path / "in")
    run = dist.run_dask([corpus], make_extractor=ToyExtractor, client=client, dedup=False, chunk_bytes=800)
    assert run.partitions > 1
    assert len(run.events) == run.reports_in
    assert len(deduplicate(run.events)) < len(run.events)


def test_partitioned_geoparquet_reads_back_whole(tmp_path, client):
    import dask_geopandas
    import geopandas

    corpus = _corpus(tmp_path / "in")
    out = tmp_path / "events"
    run = dist.run_dask([corpus], make_extractor=ToyExtractor, client=client, partitions=3)
    parts = parquet_dir.write_parquet_dir(out, run.events, run.controls, partitions=run.partitions)
    assert len(parts) == 3 and parts == sorted(out.glob("part-*.parquet"))
    frame = geopandas.read_parquet(out)
    assert len(frame) == len(run.events) and frame.crs is not None
    assert set(frame["event_id"]) == {e.event_id for p in parts for e in read_events(p)[0]}
    assert dask_geopandas.read_parquet(out).npartitions == 3
    assert frame.geometry.x.between(36, 37).all()
    # Written again: replaced whole, nothing left beside it.
    parquet_dir.write_parquet_dir(out, read_events(parts[0])[0], partitions=1)
    assert len(list(out.glob("part-*.parquet"))) == 1
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary or old folder


def test_parquet_dir_never_replaces_what_is_not_its_own(tmp_path):
    target = tmp_path / "events"
    target.write_text("not a folder")
    with pytest.raises(InputError):
        parquet_dir.write_parquet_dir(target, [])
    assert target.read_text() == "not a folder"
    home = tmp_path / "documents"
    home.mkdir()
    (home / "thesis.docx").write_text("precious")
    with pytest.raises(InputError, match="other files"):
        parquet_dir.write_parquet_dir(home, [])
    assert (home / "thesis.docx").read_text() == "precious"


def test_is_parquet_dir():
    assert parquet_dir.is_parquet_dir("out/events")
    assert not parquet_dir.is_parquet_dir("out/events.geojson")
    assert not parquet_dir.is_parquet_dir("out/events", "csv")
    assert not parquet_dir.is_parquet_dir(None)


def test_unreachable_scheduler_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setattr(dist, "CONNECT_TIMEOUT", "1s")
    (tmp_path / "a.txt").write_text("Saraqib", encoding="utf-8")
    with pytest.raises(dist.DaskEngineError, match="cannot reach"):
        dist.run_dask([tmp_path], scheduler="tcp://127.0.0.1:1", make_extractor=ToyExtractor)


def _broken_extractor():
    raise OSError("gazetteer store is corrupt")


def test_worker_that_cannot_build_its_extractor_is_a_clear_error(tmp_path, client):
    (tmp_path / "a.txt").write_text("Saraqib", encoding="utf-8")
    with pytest.raises(dist.DaskEngineError, match="gazetteer store is corrupt"):
        dist.run_dask([tmp_path], make_extractor=_broken_extractor, client=client)


def test_missing_gazetteer_store_is_a_usage_error(tmp_path):
    from geomap.pipeline import UsageError

    (tmp_path / "a.txt").write_text("Saraqib", encoding="utf-8")
    with pytest.raises(UsageError, match="no gazetteer"):
        dist.run_dask([tmp_path], gazetteer=tmp_path / "missing.sqlite")


def test_real_extractor_same_events_on_worker_processes(tmp_path, default_gazetteer):
    """The real Extractor, through `run_extract(engine="dask")` on worker processes, against the local engine."""
    from geomap.pipeline import run_extract

    folder = tmp_path / "in"
    folder.mkdir()
    lines = ["غارات جوية على مدينة سراقب بريف إدلب الشرقي أسفرت عن مقتل ثلاثة مدنيين",
             "قصف مدفعي على بلدة بنش في ريف إدلب",
             "Russian warplanes struck the town of Ariha in Idlib countryside, killing two civilians."]
    with open(folder / "reports.jsonl", "w", encoding="utf-8") as f:
        for i in range(12):
            f.write(json.dumps({"id": f"r{i}", "text": lines[i % 3], "date": f"2019-05-0{1 + i % 4}"},
                               ensure_ascii=False) + "\n")
    local = run_extract([folder], tmp_path / "local.jsonl", gazetteer=default_gazetteer, jobs=1)
    dask = run_extract([folder], tmp_path / "dask.jsonl", gazetteer=default_gazetteer, jobs=2, engine="dask")
    local_events, _ = read_events(tmp_path / "local.jsonl")
    dask_events, _ = read_events(tmp_path / "dask.jsonl")
    assert local.events > 0 and dask.documents == local.documents == 12
    assert _sorted_rows(dask_events) == _sorted_rows(local_events)
