"""Event files: each format round-trips, opens in GDAL (what QGIS uses), and is written atomically."""
from __future__ import annotations

import csv
import json
import os
import threading

import pytest

from geomap import export
from geomap.export import (
    EventFileError, EventWriter, ExportError, check_output_folder, control_path, output_format, read_events,
    write_events,
)
from geomap.records import ControlRecord, Event

FORMATS = ["geojson", "csv", "gpkg", "parquet", "jsonl"]


def _events() -> list[Event]:
    return [
        Event("SY-1", "sohr:1", "Explosions/Remote violence", "Air/drone strike", actor1="Military Forces of Russia",
              location="بلدة كفرنبل", name="Kafr Nabl", name_ar="كفرنبل", lat=35.613889, lon=36.561111,
              place_id="C4216", admin1="Idleb", admin2="Maarrat An Nu'man", country="SY", geo_precision=1,
              event_date="2016-07-28", time_precision=1, date_note="أمس before 2016-07-29", fatalities=4,
              fatalities_low=3, fatalities_high=6, fatalities_note="3 (a), 6 (b)", injuries=10,
              victims="civilians", notes='غارات "روسية" على كفرنبل،\nوسقوط ضحايا', sentence=0, start=0, end=42,
              url="https://example.org/a", source="SOHR", confidence=0.85, doc_ids=["sohr:1", "enab:7"],
              source_count=2),
        Event("SY-2", "sohr:1", "Battles", "Armed clash", location="قرية مجهولة", notes="clashes", confidence=0.4),
        Event("SY-3", "enab:9", "Explosions/Remote violence", "Shelling/artillery/missile attack",
              location="Deir ez-Zor", name="Deir ez-Zor", lat=35.336, lon=40.141, geo_precision=2,
              event_date="2017-09-10", fatalities=0),
    ]


def _controls() -> list[ControlRecord]:
    return [ControlRecord("enab:9", "منبج", "SDF", "change", name="Manbij", lat=36.5281, lon=37.9549,
                          date="2016-08-12", notes="SDF took Manbij")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip(tmp_path, fmt):
    path = tmp_path / f"events.{fmt}"
    writer = write_events(path, _events(), _controls())
    assert (writer.events, writer.without_place, writer.controls) == (3, 1, 1)
    events, controls = read_events(path)
    assert events == _events()
    assert controls == _controls()


@pytest.mark.parametrize("fmt", FORMATS)
def test_rows_carried_by_json_write_the_same_files_as_records(tmp_path, fmt):
    # The batch run writes the rows its sidecar holds, without making Events again.
    a, b = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
    write_events(a, _events(), _controls())
    with EventWriter(b) as writer:
        writer.write_rows([json.loads(json.dumps(export.EVENTS.to_row(e))) for e in _events()],
                          [json.loads(json.dumps(export.CONTROLS.to_row(c))) for c in _controls()])
    assert (writer.events, writer.without_place, writer.controls) == (3, 1, 1)
    if fmt in ("gpkg", "parquet"):  # their files hold write times and such; their contents must agree
        assert read_events(a) == read_events(b) == (_events(), _controls())
    else:
        assert a.read_bytes() == b.read_bytes()
        assert control_path(a).read_bytes() == control_path(b).read_bytes()


def test_normal_row_gives_fields_their_types_and_json_keeps_it():
    odd = {"event_id": "e1", "doc_id": "d", "event_type": "Battles", "sub_event_type": "Armed clash",
           "lat": 35, "lon": "36.5", "fatalities": 3.0, "doc_ids": ("d", 7), "name": "", "unknown": 1}
    row = export.EVENTS.normal_row(odd)
    assert list(row) == export.EVENTS.names  # every field, in order; the unknown column dropped
    assert (row["lat"], row["lon"], row["fatalities"], row["doc_ids"], row["name"]) == (35.0, 36.5, 3, ["d", "7"], None)
    assert type(row["lat"]) is float and type(row["fatalities"]) is int
    assert row["source_count"] == 1 and row["actor1"] == ""  # defaults for the missing ones
    assert export.EVENTS.normal_row(json.loads(json.dumps(row))) == row


@pytest.mark.parametrize("fmt", ["gpkg", "parquet"])
def test_batched_formats_round_trip_across_batches(tmp_path, monkeypatch, fmt):
    monkeypatch.setattr(export, "BATCH", 2)
    many = [Event(f"e{i}", "d", "Battles", "Armed clash", lat=None if i % 3 else 35.0 + i / 100, lon=36.0,
                  fatalities=None if i % 2 else i) for i in range(7)]
    write_events(tmp_path / f"x.{fmt}", many)
    assert read_events(tmp_path / f"x.{fmt}") == (many, [])


@pytest.mark.parametrize("fmt", ["geojson", "gpkg", "parquet"])
def test_opens_in_gdal_and_geopandas_with_lon_lat_points(tmp_path, fmt):
    import geopandas as gpd

    path = tmp_path / f"events.{fmt}"
    write_events(path, _events(), _controls())
    frame = gpd.read_parquet(path) if fmt == "parquet" else gpd.read_file(path, layer="events" if fmt == "gpkg" else None)
    assert len(frame) == 3
    assert frame.crs.to_epsg() == 4326 or frame.crs.to_string() == "OGC:CRS84"  # both are lon/lat WGS 84
    assert frame.geometry.isna().sum() == 1
    first = frame.geometry.iloc[0]
    assert (round(first.x, 6), round(first.y, 6)) == (36.561111, 35.613889)
    assert list(frame["event_type"])[0] == "Explosions/Remote violence"
    if fmt != "parquet":
        import pyogrio

        info = pyogrio.read_info(path, layer="events" if fmt == "gpkg" else None)
        assert info["features"] == 3 and info["geometry_type"] == "Point"


def test_geopackage_has_events_first_and_control_layer(tmp_path):
    import pyogrio

    write_events(tmp_path / "e.gpkg", _events(), _controls())
    assert [name for name, _ in pyogrio.list_layers(tmp_path / "e.gpkg")] == ["events", "control"]
    assert not (tmp_path / "e.control.gpkg").exists()


def test_geojson_is_rfc7946(tmp_path):
    write_events(tmp_path / "e.geojson", _events())
    data = json.loads((tmp_path / "e.geojson").read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 3
    first, unplaced = data["features"][0], data["features"][1]
    assert first["geometry"] == {"type": "Point", "coordinates": [36.561111, 35.613889]}
    assert first["id"] == "SY-1" and first["properties"]["doc_ids"] == ["sohr:1", "enab:7"]
    assert unplaced["geometry"] is None and unplaced["properties"]["location"] == "قرية مجهولة"
    assert not (tmp_path / "e.control.geojson").exists()


def test_csv_has_acled_columns_first(tmp_path):
    write_events(tmp_path / "e.csv", _events())
    with open(tmp_path / "e.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    header = list(rows[0])
    assert header[:26] == ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                           "sub_event_type", "actor1", "inter1", "actor2", "inter2", "interaction",
                           "civilian_targeting", "iso", "country", "admin1", "admin2", "admin3", "location",
                           "latitude", "longitude", "geo_precision", "source", "notes", "fatalities", "location_text"]
    assert {"fatalities_low", "fatalities_high", "injuries", "doc_id", "url", "confidence", "place_id",
            "name_ar", "location_text"} <= set(header)
    assert rows[0]["location"] == "Kafr Nabl" and rows[0]["location_text"] == "بلدة كفرنبل"
    assert rows[1]["latitude"] == "" and rows[0]["notes"].count("\n") == 1


@pytest.mark.parametrize("actor1, actor2, event_type, want", [
    ("Russian military", "Civilians (Syria)", "Explosions/Remote violence",
     ("Political violence", "External/Other forces", "Civilians", "Civilians-External/Other forces",
      "Civilian targeting")),
    ("Hezbollah; Syrian regime forces (government)", "Opposition forces (FSA)", "Battles",
     ("Political violence", "Political militia", "Rebel group", "Rebel group-Political militia", "")),
    ("Syrian regime forces (government)", "", "Strategic developments",
     ("Strategic developments", "State forces", "", "State forces only", "")),
    ("Liwa al-Quds fighters", "", "Battles", ("Political violence", "", "", "", "")),
])
def test_csv_derives_acleds_actor_categories(tmp_path, actor1, actor2, event_type, want):
    event = Event("e", "d", event_type, "x", actor1=actor1, actor2=actor2, country="SY", event_date="2017-03-04")
    write_events(tmp_path / "e.csv", [event, Event("f", "d", event_type, "x")])
    with open(tmp_path / "e.csv", encoding="utf-8-sig", newline="") as f:
        row, undated = csv.DictReader(f)
    assert (row["disorder_type"], row["inter1"], row["inter2"], row["interaction"], row["civilian_targeting"]) == want
    assert (row["year"], row["iso"], undated["year"], undated["iso"]) == ("2017", "760", "", "")
    (back, _), _ = read_events(tmp_path / "e.csv")
    assert back == event  # the derived columns are not fields: read back, the event is as it was


def test_reads_an_acled_export(tmp_path):
    (tmp_path / "acled.csv").write_text(
        "event_id_cnty,event_date,year,event_type,sub_event_type,actor1,country,admin1,location,latitude,longitude,"
        "geo_precision,source,notes,fatalities,iso\n"
        "SYR1234,2019-05-02,2019,Explosions/Remote violence,Air/drone strike,Military Forces of Syria,Syria,Idleb,"
        "Kafr Nabl,35.6139,36.5611,1,SOHR,\"Barrel bombs, on the town\",2,760\n", encoding="utf-8")
    (event,), controls = read_events(tmp_path / "acled.csv")
    assert (event.event_id, event.name, event.lat, event.lon, event.fatalities, event.geo_precision) == (
        "SYR1234", "Kafr Nabl", 35.6139, 36.5611, 2, 1)
    assert event.notes == "Barrel bombs, on the town" and controls == []


def test_a_pipe_is_written_through_not_replaced_by_a_file(tmp_path):
    # (as `-o /dev/null` is: renaming a finished file over a device would replace the device)
    pipe = tmp_path / "events.jsonl"
    os.mkfifo(pipe)
    read: list[str] = []
    reader = threading.Thread(target=lambda: read.append(pipe.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    write_events(pipe, _events()[:1])
    reader.join(10)
    assert pipe.is_fifo() and json.loads(read[0].splitlines()[0])["event_id"] == "SY-1"
    os.mkfifo(tmp_path / "events.gpkg")
    with pytest.raises(ExportError, match="needs a file, not a device or pipe"):
        write_events(tmp_path / "events.gpkg", _events()[:1])


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    path = tmp_path / "e.geojson"
    write_events(path, _events()[:1])
    before = path.read_bytes()
    with pytest.raises(RuntimeError):
        with EventWriter(path) as writer:
            writer.write(_events())
            raise RuntimeError("disk on fire")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e.geojson"]


def test_stale_control_file_is_removed_when_a_rerun_has_none(tmp_path):
    path = tmp_path / "e.jsonl"
    write_events(path, _events(), _controls())
    assert control_path(path).is_file()
    write_events(path, _events())
    assert not control_path(path).exists() and read_events(path) == (_events(), [])


def test_stdout_streams_text_formats_and_refuses_binary(tmp_path, capsys):
    writer = write_events(None, _events(), _controls(), fmt="jsonl")
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["event_id"] for line in lines] == ["SY-1", "SY-2", "SY-3"]
    assert writer.controls_dropped == 1
    with pytest.raises(ExportError, match="standard output"):
        EventWriter(None, "gpkg")


def test_format_from_extension_or_option():
    assert output_format("a/b.GeoJSON") == "geojson" and output_format("x.geoparquet") == "parquet"
    assert output_format(None) == "geojson" and output_format("x.txt", "csv") == "csv"
    with pytest.raises(ExportError, match="cannot tell the format"):
        output_format("x.shp")
    with pytest.raises(ExportError, match="unknown format"):
        output_format("x.csv", "kml")
    assert control_path("out/events.geojson").name == "events.control.geojson"


@pytest.mark.parametrize("name, content, message", [
    ("missing.geojson", None, "no such file"),
    ("garbage.geojson", "{not json", "not a readable geojson"),
    ("points.geojson", '{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": null, '
                       '"properties": {"name": "x"}}]}', "no 'event_type'"),
    ("x.gpkg", "not a database", "not a readable gpkg"),
    ("x.shp", "", "cannot tell the format"),
])
def test_read_events_errors_are_one_line(tmp_path, name, content, message):
    if content is not None:
        (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(EventFileError, match=message) as info:
        read_events(tmp_path / name)
    assert "\n" not in str(info.value)


def test_format_option_and_extension_must_agree():
    with pytest.raises(ExportError, match="--format csv but the extension .geojson means geojson"):
        output_format("out/y.geojson", "csv")
    assert output_format("y.json", "geojson") == "geojson" and output_format("y", "csv") == "csv"


def test_output_folder_must_exist(tmp_path):
    check_output_folder(tmp_path / "x.geojson")
    with pytest.raises(ExportError, match=r"x.geojson: the folder .*nope does not exist"):
        check_output_folder(tmp_path / "nope" / "x.geojson")


def test_dates_are_date_columns_in_geopackage_and_geoparquet(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq
    import pyogrio

    write_events(tmp_path / "e.gpkg", _events(), _controls())
    for layer, column in (("events", "event_date"), ("control", "date")):
        info = pyogrio.read_info(tmp_path / "e.gpkg", layer=layer)
        assert dict(zip(info["fields"], info["dtypes"]))[column] == "datetime64[D]"  # an OGR Date field
    write_events(tmp_path / "e.parquet", _events(), _controls())
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.schema.field("event_date").type == pa.date32()
    assert table.column("event_date").to_pylist()[1] is None  # an undated event stays null
    assert pq.read_schema(tmp_path / "e.control.parquet").field("date").type == pa.date32()


def test_a_date_that_is_not_a_day_cannot_go_to_a_date_column(tmp_path):
    odd = Event("SY-9", "d", "Battles", "Armed clash", event_date="July 2016")
    with pytest.raises(ExportError, match="event_date 'July 2016' is not a day"):
        write_events(tmp_path / "e.parquet", [odd])
    assert not list(tmp_path.iterdir())


def test_acled_day_month_year_dates_are_read_as_iso(tmp_path):
    (tmp_path / "acled.csv").write_text(
        "event_id_cnty,event_date,event_type,sub_event_type,latitude,longitude\n"
        "SYR1,04 April 2017,Explosions/Remote violence,Air/drone strike,35.4,36.6\n"
        "SYR2,2017-04-05,Battles,Armed clash,35.4,36.6\n"
        "SYR3,,Battles,Armed clash,35.4,36.6\n", encoding="utf-8")
    events, _ = read_events(tmp_path / "acled.csv")
    assert [e.event_date for e in events] == ["2017-04-04", "2017-04-05", None]
