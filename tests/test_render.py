"""The map without a browser: event kinds, factions, control over time, control areas, the page's
data and its safety, offline inlining, atomic saving and the `geomap map` command."""
from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import re

import folium
import pytest
import shapely
from shapely.geometry import Point, box
from typer.testing import CliRunner

import map_samples as samples
from geomap import control, mapping, offline
from geomap.records import ControlRecord, Event
from geomap.mapping import EVENT_KINDS, event_kind, render, safe_url, save_map


def _html(m: folium.Map) -> str:
    return m.get_root().render()


# --- event kinds and factions ------------------------------------------------------------------

@pytest.mark.parametrize("sub, notes, kind", [
    ("Air/drone strike", "Warplanes struck the town.", "airstrike"),
    ("Air/drone strike", "A Turkish drone hit a car.", "drone"),
    ("Air/drone strike", "استهدفت طائرة مسيرة سيارة", "drone"),
    ("Shelling/artillery/missile attack", "", "shelling"),
    ("Suicide bomb", "", "bomb"),
    ("Remote explosive/landmine/IED", "A roadside device exploded.", "ied"),
    ("Remote explosive/landmine/IED", "A car bomb exploded near the market.", "bomb"),
    ("Armed clash", "", "clash"),
    ("Chemical weapon", "", "chemical"),
    ("Government regains territory", "", "territory"),
    ("Non-state actor overtakes territory", "", "territory"),
    ("Peaceful protest", "", "other"),
    ("drone", "", "drone"),  # our own kind names pass through
])
def test_event_kind_maps_acled_sub_event_types(sub, notes, kind):
    assert event_kind(Event("e", "d", "", sub, notes=notes)) == kind


def test_every_kind_has_a_distinct_shape_or_colour():
    looks = {(k.shape, k.colour) for k in EVENT_KINDS}
    assert len(looks) == len(EVENT_KINDS)


@pytest.mark.parametrize("text, key", [
    ("Syrian government forces", "government"), ("قوات النظام", "government"), ("Hezbollah", "government"),
    ("Free Syrian Army", "opposition"), ("الجيش السوري الحر", "opposition"), ("rebel factions", "opposition"),
    ("Syrian Democratic Forces", "sdf"), ("قسد", "sdf"), ("ISIS", "isis"), ("تنظيم الدولة الإسلامية", "isis"),
    ("Hayat Tahrir al-Sham", "hts"), ("Syrian National Army", "turkey"), ("US-led coalition", "coalition"),
    ("a local clan", "other"), ("", "other"),
])
def test_faction_of(text, key):
    assert control.faction_of(text).key == key


def test_faction_colours_are_distinct_and_documented():
    factions = (*control.FACTIONS, control.OTHER)
    assert len({f.colour for f in factions}) == len(factions)
    assert all(re.fullmatch(r"#[0-9A-F]{6}", f.colour) for f in factions)


# --- control over time and control areas -----------------------------------------------------

def test_control_timeline_orders_by_date_and_answers_for_a_day():
    records = [
        ControlRecord("a", "Manbij", "SDF", "change", lat=36.5281, lon=37.9549, date="2016-08-12"),
        ControlRecord("b", "منبج", "داعش", "statement", lat=36.5282, lon=37.9548, date="2016-01-10"),
        ControlRecord("c", "Manbij", "rebels", "statement", lat=36.5281, lon=37.9549),  # undated
        ControlRecord("d", "Nowhere", "ISIS", "statement"),  # no coordinates: cannot be drawn
    ]
    places = control.control_timeline(records)
    assert len(places) == 1  # both spellings, ~10 m apart, are one place
    manbij = places[0]
    assert [f for _, f, _ in manbij.history] == ["opposition", "isis", "sdf"]
    assert manbij.faction_on(dt.date(2015, 6, 1)) == "opposition"
    assert manbij.faction_on(dt.date(2016, 8, 11)) == "isis"
    assert manbij.faction_on(dt.date(2016, 8, 12)) == "sdf"
    assert control.control_on(places, None) == {manbij.key: "sdf"}


def test_control_areas_are_disjoint_cells_around_their_places_within_reach_and_outline():
    pts = [(36.2, 37.1), (36.3, 37.4), (35.9, 37.2), (36.6, 39.5)]
    places = [control.ControlPlace(str(i), f"p{i}", lat, lon) for i, (lat, lon) in enumerate(pts)]
    outline = box(36.9, 35.8, 37.9, 36.7)  # the last place is outside, beyond its reach
    cells = control.control_areas(places, outline, reach_km=20)
    assert len(cells) == len(places)
    for place, cell in zip(places[:3], cells):
        assert cell.contains(Point(place.lon, place.lat))
        assert outline.buffer(1e-9).contains(cell)
        assert cell.bounds[3] - cell.bounds[1] <= 2 * 20 / 111.32 + 1e-6  # no further than the reach
    assert cells[3].is_empty
    for i in range(3):
        for j in range(i + 1, 3):
            assert cells[i].intersection(cells[j]).area < 1e-9


def test_a_single_place_gets_a_disc():
    [cell] = control.control_areas([control.ControlPlace("k", "only", 35.0, 38.0)], reach_km=10)
    assert cell.contains(Point(38.0, 35.0)) and 0 < cell.area < 0.05


# --- URLs and the page's data --------------------------------------------------------------

@pytest.mark.parametrize("url, ok", [
    ("https://example.org/a?b=1", True), ("http://example.org", True), ("javascript:alert(1)", False),
    (" JavaScript:alert(1)", False), ("data:text/html,<script>", False), ("//example.org", False),
    ("example.org/x", False), ("", False), (None, False), ("https://", False),
])
def test_safe_url_keeps_only_http_links(url, ok):
    assert bool(safe_url(url)) is ok


def test_render_puts_each_located_event_in_one_compact_layer():
    evs = samples.events(30)
    unlocated = Event("u", "d", "Battles", "Armed clash", location="somewhere")
    m = render([*evs, unlocated], samples.controls())
    assert isinstance(m, folium.Map)
    assert m.geomap.events == 30 and m.geomap.no_coordinates == 1 and m.geomap.control_places == 3
    data = samples.page_data(_html(m))
    ev = data["ev"]
    assert len(ev["x"]) == len(ev["y"]) == len(ev["k"]) == 30
    kinds = [k["key"] for k in data["kinds"]]
    assert [kinds[k] for k in ev["k"]] == [event_kind(e) for e in evs]
    assert [data["str"][i] for i in ev["s"]] == [e.notes for e in evs]
    assert all(round(x, 4) == x for x in ev["x"])
    # Strings are stored once: 30 events share 3 first actors.
    assert len({data["str"][i] for i in ev["a1"]}) == 3 and data["str"].count("Actor 0") == 1


def test_since_and_until_limit_events_but_keep_the_control_state_at_the_start():
    m = render(samples.events(36), samples.controls(), since="2016-06-01", until="2016-06-30")
    data = samples.page_data(_html(m))
    days = [dt.date.fromisoformat(data["t0"]) + dt.timedelta(days=d) for d in data["ev"]["d"]]
    assert days and all(dt.date(2016, 6, 1) <= d <= dt.date(2016, 6, 30) for d in days)
    assert m.geomap.events == len(days) and m.geomap.out_of_range == 36 - len(days)
    manbij = next(p for p in data["ctl"] if p["n"] == "Manbij")
    # Held by ISIS since January: that record stays (before the window), the August one goes.
    assert [h[2] for h in manbij["h"]] == ["ISIS"]
    assert dt.date.fromisoformat(data["t0"]) + dt.timedelta(days=manbij["h"][0][0]) == dt.date(2016, 1, 10)


@pytest.mark.parametrize("since, until", [("2016-13-01", None), (None, "yesterday"), ("2016-07-01", "2016-06-01")])
def test_bad_date_range_is_a_value_error(since, until):
    with pytest.raises(ValueError):
        render(samples.events(3), since=since, until=until)


def test_imprecise_events_are_linked_to_the_area_they_stand_for():
    region = Event("r", "d", "", "Shelling/artillery/missile attack", name="Westgov", admin1="Westgov",
                   lat=35.0, lon=37.0, geo_precision=3)
    by_id = Event("p", "d", "", "Armed clash", place_id="SYX2", lat=35.0, lon=40.0, geo_precision=2)
    exact = Event("e", "d", "", "Armed clash", place_id="SYX2", lat=35.0, lon=40.1, geo_precision=1)
    data = samples.page_data(_html(render([region, by_id, exact], boundaries=samples.boundaries())))
    areas = data["ev"]["ar"]
    assert areas[2] == -1 and areas[0] != areas[1] and min(areas[:2]) >= 0
    west = shapely.geometry.shape(data["areas"][areas[0]])
    assert west.contains(Point(37.0, 35.0)) and not west.contains(Point(40.0, 35.0))


def test_control_areas_are_clipped_to_the_boundaries():
    data = samples.page_data(_html(render([], samples.controls(), boundaries=samples.boundaries())))
    outline = box(35.5, 32.5, 42.0, 37.5)
    for place in data["ctl"]:
        cell = shapely.geometry.shape(place["c"])
        assert outline.buffer(0.002).contains(cell) and cell.contains(Point(place["x"], place["y"]))


def test_report_strings_never_reach_the_page_as_markup():
    hostile = [samples.hostile_event(i) for i in range(len(samples.XSS))]
    m = render(hostile, samples.controls(), title=samples.XSS[0], offline=True)
    page = _html(m)
    for payload in ("<script>window.__pwned", "<img src=x", "<svg onload", "javascript:window"):
        assert payload not in page
    data = samples.page_data(page)  # ...yet the text itself is all there, to be shown as text
    assert set(samples.XSS) <= set(data["str"]) and data["title"] == samples.XSS[0]
    assert "<title>&lt;script&gt;" in page


def test_offline_page_needs_no_network(tmp_path):
    path = save_map(render(samples.events(5), offline=True, heatmap=True), tmp_path / "m.html")
    page = path.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link)[^>]+(src|href)=", page)
    assert "L.markerClusterGroup" in page and "geomap.start" in page
    online = save_map(render(samples.events(5)), tmp_path / "online.html").read_text(encoding="utf-8")
    assert offline.ASSETS[0].url in online and "tile.openstreetmap.org" in online


def test_inline_assets_refuses_a_page_that_would_need_the_network():
    with pytest.raises(offline.OfflineAssetError):
        offline.inline_assets('<html><script src="https://cdn.example.org/x.js"></script></html>')
    known = offline.inline_assets(f'<link rel="stylesheet" href="{offline.links("leaflet_css", kind="css")[0][1]}"/>')
    assert known.startswith("<style>") and "url(data:image/png;base64," in known


def test_save_map_leaves_nothing_behind_when_it_fails(tmp_path, monkeypatch):
    target = tmp_path / "maps" / "m.html"

    def broken(html):
        raise offline.OfflineAssetError("no")

    monkeypatch.setattr(mapping.assets, "inline_assets", broken)
    with pytest.raises(offline.OfflineAssetError):
        save_map(render(samples.events(3), offline=True), target)
    assert not target.exists() and not list(target.parent.glob("*"))


# --- the command ----------------------------------------------------------------------------

def _invoke(*args):
    import geomap.cli

    for module in pkgutil.iter_modules(geomap.cli.__path__):
        importlib.import_module(f"geomap.cli.{module.name}")
    return CliRunner().invoke(geomap.cli.app, ["map", *map(str, args)])


@pytest.fixture
def events_file(tmp_path, monkeypatch):
    from geomap.export import write_events

    monkeypatch.setenv("GEOMAP_GAZETTEER", str(tmp_path / "no-gazetteer.sqlite"))
    path = tmp_path / "events.geojson"
    write_events(path, samples.events(12), samples.controls())
    return path


def test_cli_maps_an_events_file(events_file, tmp_path):
    out = tmp_path / "events.html"
    result = _invoke(events_file, "-o", out, "--offline", "--title", "Test map", "--heatmap")
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    data = samples.page_data(page)
    assert len(data["ev"]["x"]) == 12 and len(data["ctl"]) == 3 and data["title"] == "Test map"
    assert "Heat map (events)" in page


@pytest.mark.parametrize("args, code, message", [
    (["{missing}"], 2, "no such file"),
    (["{bad}"], 2, "not a readable"),
    (["{empty}"], 1, "nothing to draw"),
    (["{events}", "--since", "2016-02-30"], 2, "not a date"),
    (["{events}", "-o", "{tmp}/map.png"], 2, "HTML"),
])
def test_cli_bad_input_gets_a_message_an_exit_code_and_no_page(events_file, tmp_path, args, code, message):
    from geomap.export import write_events

    (tmp_path / "bad.geojson").write_text("not json", encoding="utf-8")
    write_events(tmp_path / "empty.geojson", [], [])
    names = {"missing": tmp_path / "missing.geojson", "bad": tmp_path / "bad.geojson",
             "empty": tmp_path / "empty.geojson", "events": events_file, "tmp": tmp_path}
    out = tmp_path / "out" / "map.html"
    out.parent.mkdir()
    result = _invoke(*[a.format(**names) for a in args], *([] if "-o" in args else ["-o", out]))
    assert result.exit_code == code
    assert message in result.output and "Traceback" not in result.output
    assert not out.exists() and not (tmp_path / "map.png").exists()


def test_cli_output_folder_must_exist_but_the_default_maps_folder_is_made(events_file, tmp_path, monkeypatch):
    result = _invoke(events_file, "-o", tmp_path / "nope" / "m.html")
    assert result.exit_code == 2 and "m.html: the folder" in result.output and "does not exist" in result.output
    assert not (tmp_path / "nope").exists()
    monkeypatch.chdir(tmp_path)
    result = _invoke(events_file)
    assert result.exit_code == 0 and (tmp_path / "maps" / "events.html").is_file()


def test_cli_missing_input_among_others_is_reported_and_skipped(events_file, tmp_path):
    result = _invoke(tmp_path / "nope.geojson", events_file, "-o", tmp_path / "m.html")
    assert result.exit_code == 0 and "nope.geojson: no such file or folder" in result.output
    assert (tmp_path / "m.html").is_file()


def test_cli_reads_acled_dates_and_warns_once_about_others(events_file, tmp_path):
    (tmp_path / "acled.csv").write_text(
        "event_id_cnty,event_date,event_type,sub_event_type,latitude,longitude\n"
        "SYR1,04 April 2017,Explosions/Remote violence,Air/drone strike,35.4,36.6\n"
        "SYR2,sometime,Battles,Armed clash,35.5,36.6\n"
        "SYR3,later,Battles,Armed clash,35.6,36.6\n", encoding="utf-8")
    result = _invoke(tmp_path / "acled.csv", "-o", tmp_path / "m.html")
    assert result.exit_code == 0
    assert [line for line in result.output.splitlines() if "not understood" in line] == [
        f"geomap map: {tmp_path / 'acled.csv'}: 2 event dates not understood (such as 'sometime'); drawn without a date"]
    assert "2017-04-04 to 2017-04-04" in result.output


def test_cli_counts_read_in_the_singular(tmp_path, monkeypatch):
    from geomap.export import write_events

    monkeypatch.setenv("GEOMAP_GAZETTEER", str(tmp_path / "no-gazetteer.sqlite"))
    write_events(tmp_path / "one.geojson", samples.events(1), samples.controls()[:1])
    result = _invoke(tmp_path / "one.geojson", "-o", tmp_path / "m.html")
    assert result.exit_code == 0 and "geomap map: 1 event, 1 controlled place, " in result.output


def test_cli_bad_date_is_refused_before_any_work(events_file, tmp_path):
    result = _invoke(events_file, "--date", "03/04/2018", "-o", tmp_path / "m.html")
    assert result.exit_code == 2 and "not a date (use YYYY-MM-DD)" in result.output
    assert not (tmp_path / "m.html").exists()


def test_the_page_carries_what_an_analyst_checks_an_event_against():
    known = samples.known_event()
    data = samples.page_data(_html(render([known])))
    ev, text = data["ev"], data["str"]
    assert ev["tp"] == [2] and text[ev["dn"][0]] == known.date_note
    assert text[ev["fn"][0]] == "4; 3" and ev["cf"] == [0.87]
    assert text[ev["ad"][0]] == "Idleb › Maarrat An Nu'man"
    assert text[ev["doc"][0]] == "known, other, third"
    assert data["control_shape"] not in {k["shape"] for k in data["kinds"]}
