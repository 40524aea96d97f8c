"""The map page in headless Chromium: it loads offline, shows every event, its popups, layer
control, type filter and time slider work, and no report can run script in it."""
from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from pathlib import Path

import pytest

import map_samples as samples
from geomap import offline
from geomap.control import parse_day
from geomap.records import ControlRecord, Event
from geomap.mapping import event_kind, render, save_map

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} not installed"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright for Python not installed"
    return None


if _missing():
    pytest.skip(_missing(), allow_module_level=True)

from playwright.sync_api import sync_playwright  # noqa: E402

REGIONAL = Event("regional", "d", "Explosions/Remote violence", "Shelling/artillery/missile attack", name="Westgov",
                 admin1="Westgov", lat=34.2, lon=36.9, geo_precision=3, event_date="2016-02-02", notes="Shelling in Westgov.")
UNDATED = Event("undated", "d", "Battles", "Armed clash", name="Somewhere", lat=35.1, lon=37.3, notes="No date given.")
TWIN = Event("twin", "d", "Explosions/Remote violence", "Shelling/artillery/missile attack", name="Kafr Nabl",
             lat=samples.known_event().lat, lon=samples.known_event().lon, event_date="2016-07-29", notes="Shells fell.")
EVENTS = [REGIONAL, UNDATED, *samples.events(40), samples.known_event(), TWIN,
          *(samples.hostile_event(i) for i in range(len(samples.XSS)))]
CONTROLS = samples.controls()
KNOWN = len(EVENTS) - len(samples.XSS) - 2  # index of the known event in the page


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("maps")
    title = "Test map " + samples.XSS[1]
    off = save_map(render(EVENTS, CONTROLS, title=title, offline=True, heatmap=True,
                          boundaries=samples.boundaries()), folder / "offline.html")
    on = save_map(render(EVENTS, CONTROLS, title=title), folder / "online.html")
    return {"offline": off, "online": on, "folder": folder}


class Page:
    """A loaded map page, with what went wrong while it ran."""

    def __init__(self, browser, path: Path, serve_cdn: bool = False):
        self.context = browser.new_context(viewport={"width": 1280, "height": 800})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.network: list[str] = []
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        cdn = {a.url: a.path for a in offline.ASSETS} if serve_cdn else {}
        self.page.route("**/*", lambda route: self._route(route, cdn))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.geomapPage && window.geomapPage.ready", timeout=15000)

    def _route(self, route, cdn):
        url = route.request.url
        if url.startswith("file:"):
            return route.continue_()
        if url in cdn:  # the online page's scripts, served from the same packaged files
            kind = "text/css" if url.endswith(".css") else "application/javascript"
            return route.fulfill(status=200, content_type=kind, body=cdn[url].read_bytes())
        self.network.append(url)
        return route.abort()

    def js(self, code: str, arg=None):
        return self.page.evaluate(code, arg)

    def visible(self) -> int:
        return self.js("geomapPage.visibleCount()")


@pytest.fixture
def page(browser, pages):
    p = Page(browser, pages["offline"])
    yield p
    p.context.close()


def test_offline_page_loads_leaflet_without_errors_or_network(page):
    assert page.js("typeof window.L") == "object" and page.js("L.version") == "1.9.3"
    assert page.js("typeof L.MarkerClusterGroup") == "function"
    assert page.errors == [] and page.network == []


def test_every_event_is_a_feature_on_the_map(page):
    assert page.js("geomapPage.markers.length") == len(EVENTS)
    assert page.js("geomapPage.cluster.getLayers().length") == len(EVENTS)
    assert page.visible() == len(EVENTS)
    assert f"{len(EVENTS)} of {len(EVENTS)} events shown" in page.page.inner_text(".gm-count")


def test_clicking_a_known_event_opens_its_popup(page, pages):
    page.js("i => new Promise(done => geomapPage.reveal(i, done))", KNOWN)
    assert page.js("i => geomapPage.map.hasLayer(geomapPage.markers[i])", KNOWN)  # out of its cluster
    x, y = page.js("i => { const p = geomapPage.map.latLngToContainerPoint(geomapPage.markers[i].getLatLng());"
                   " return [p.x, p.y]; }", KNOWN)
    page.page.mouse.click(x, y)
    popup = page.page.wait_for_selector(".leaflet-popup-content", timeout=5000)
    text = popup.inner_text()
    known = samples.known_event()
    # An English note quoting Arabic reads left to right with the quote isolated, not reordered.
    dated = popup.query_selector("xpath=//tr[th='Dated by']/td")
    assert dated.get_attribute("dir") == "ltr"
    assert dated.text_content() == "\u2068الأسبوع الماضي\u2069: the week before 2016-08-04"
    for expected in (known.notes, known.name, known.name_ar, known.actor1, "2016-07-28 (within that week)",
                     "Killed", "4", "Toll by report\t4; 3", "Wounded", "Reports\t3",
                     known.actor_note, "Area\tIdleb › Maarrat An Nu'man", "(geo_precision 1)",
                     "Document\tknown, other, third", "Confidence\t0.87"):
        assert expected in text
    assert popup.query_selector("a.gm-link").get_attribute("href") == known.url
    page.page.screenshot(path=str(pages["folder"] / "screenshot-popup.png"))


def test_layer_control_switches_layers_off_and_on(page):
    def box(name):
        return page.page.locator(".leaflet-control-layers-overlays").get_by_role("checkbox", name=name, exact=True)

    assert page.js("geomapPage.map.hasLayer(geomapPage.cluster)")
    box("Events").click()
    assert not page.js("geomapPage.map.hasLayer(geomapPage.cluster)")
    box("Events").click()
    assert page.js("geomapPage.map.hasLayer(geomapPage.cluster)")
    held = "geomapPage.places.filter(p => geomapPage.map.hasLayer(p.marker)).length"
    assert page.js(held) == 3
    box("Control: who holds each place").click()
    assert page.js(held) == 0


def test_events_at_one_place_can_each_be_reached(page):
    # Two events at Kafr Nabl's exact point: their cluster spreads out rather than stacking them.
    i, j = page.js("""() => { const m = geomapPage.markers;
        const twin = m.findIndex((x, k) => k !== %d && x.getLatLng().equals(m[%d].getLatLng()));
        return [%d, twin]; }""" % (KNOWN, KNOWN, KNOWN))
    assert j > KNOWN
    page.js("i => new Promise(done => geomapPage.reveal(i, done))", j)
    a, b = page.js("([i, j]) => [i, j].map(k => { const p = geomapPage.map.latLngToContainerPoint("
                   "geomapPage.markers[k].getLatLng()); return [p.x, p.y]; })", [KNOWN, j])
    assert page.js("([i, j]) => geomapPage.map.hasLayer(geomapPage.markers[i]) && geomapPage.map.hasLayer(geomapPage.markers[j])",
                   [KNOWN, j])
    assert abs(a[0] - b[0]) + abs(a[1] - b[1]) > 10


def test_hovering_a_regional_event_outlines_its_region(page):
    page.js("() => new Promise(done => geomapPage.reveal(0, done))")
    x, y = page.js("() => { const p = geomapPage.map.latLngToContainerPoint(geomapPage.markers[0].getLatLng());"
                   " return [p.x, p.y]; }")
    assert page.js("geomapPage.outline.getLayers().length") == 0
    page.page.mouse.move(x, y)
    bounds = page.js("() => { const b = geomapPage.outline.getLayers()[0].getBounds();"
                     " return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]; }")
    assert bounds == pytest.approx([35.5, 32.5, 38.5, 37.5], abs=0.01)  # Westgov, not a circle round the point
    page.page.wait_for_timeout(100)  # Leaflet drops canvas mouse moves closer than 32 ms to the last
    page.page.mouse.move(5, 400)
    assert page.js("geomapPage.outline.getLayers().length") == 0


def test_clicking_a_control_area_tells_who_holds_it(page):
    # A point of Palmyra's area 13 km from the town, where no event is.
    page.js("() => { geomapPage.map.setView([34.67, 38.22], 10, {animate: false}); }")
    x, y = page.js("() => { const p = geomapPage.map.latLngToContainerPoint([34.67, 38.22]); return [p.x, p.y]; }")
    page.page.mouse.click(x, y)
    text = page.page.wait_for_selector(".leaflet-popup-content", timeout=5000).inner_text()
    assert "Palmyra" in text and "Syrian government and allies" in text and "Government forces retook" in text


def test_type_filter_hides_one_kind(page):
    counts = Counter(event_kind(e) for e in EVENTS)
    page.page.locator('input[data-kind="airstrike"]').uncheck()
    assert page.visible() == len(EVENTS) - counts["airstrike"] < len(EVENTS)
    page.page.locator('input[data-kind="airstrike"]').check()
    assert page.visible() == len(EVENTS)


def test_time_slider_shows_only_what_happened_by_then(page):
    t0 = dt.date.fromisoformat(page.js("geomapPage.cfg.t0"))
    day = dt.date(2016, 4, 15)
    page.js("d => { const s = document.querySelector('.gm-slider'); s.value = d;"
            " s.dispatchEvent(new Event('input')); }", (day - t0).days)
    # Undated events stay: the slider cannot place them.
    expected = sum(1 for e in EVENTS if not e.event_date or parse_day(e.event_date) <= day)
    assert 0 < page.visible() == expected < len(EVENTS)
    assert day.isoformat() in page.page.inner_text(".gm-date")
    # Control follows the slider: Manbij was ISIS's in April, the SDF's after August.
    manbij = "geomapPage.places.find(p => p.p.n === 'Manbij').marker.options.fillColor"
    assert page.js(manbij) == "#000000"
    page.page.select_option(".gm-window", "7")
    week = sum(1 for e in EVENTS if not e.event_date or day - dt.timedelta(days=7) < parse_day(e.event_date) <= day)
    assert page.visible() == week < expected
    page.js("d => { const s = document.querySelector('.gm-slider'); s.value = d;"
            " s.dispatchEvent(new Event('input')); }", (dt.date(2016, 9, 1) - t0).days)
    assert page.js(manbij) == "#F0E442"


def test_no_report_can_run_script_even_with_every_popup_open(page):
    n_places = page.js("geomapPage.places.length")
    for i in range(len(EVENTS)):
        page.js("i => { geomapPage.showArea(i); geomapPage.openEvent(i); }", i)
    for j in range(n_places):
        page.js("j => geomapPage.openPlace(j)", j)
    search = page.page.locator(".gm-search input")
    for payload in samples.XSS:
        search.fill(payload)
        search.press("Enter")
    page.page.wait_for_timeout(300)
    # The hostile text is shown, as text.
    page.js(f"geomapPage.openEvent({len(EVENTS) - 1})")
    # opening an event may first zoom it out of its cluster: wait for its popup
    page.page.wait_for_function(
        "s => [...document.querySelectorAll('.leaflet-popup-content')].some(p => p.innerText.includes(s))",
        arg=samples.XSS[-1], timeout=5000)
    assert samples.XSS[1] in page.page.inner_text(".gm-title")
    assert page.page.locator(".leaflet-popup-content a").count() == 0  # the javascript: link was dropped
    assert page.js("typeof window.__pwned") == "undefined"
    assert page.dialogs == [] and page.errors == []
    assert page.page.locator(".leaflet-container img[src='x'], .leaflet-container svg[onload]").count() == 0


def test_map_is_drawn_not_empty(page, pages):
    # Canvas pixels: the basemap and the markers were painted.
    painted = page.js("""() => [...document.querySelectorAll('.leaflet-pane canvas')].map(c => {
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++; return n; })""")
    assert len(painted) >= 2 and sum(1 for n in painted if n > 1000) >= 2
    shot = Path(os.environ.get("GEOMAP_SCREENSHOT", pages["folder"] / "screenshot-test.png"))
    page.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000


def test_online_page_runs_with_its_scripts_from_the_cdn(browser, pages):
    p = Page(browser, pages["online"], serve_cdn=True)
    try:
        assert p.errors == [] and p.visible() == len(EVENTS)
        assert any("tile.openstreetmap.org" in url for url in p.network)  # tiles are asked for (and blocked here)
        assert "OpenStreetMap" in p.page.inner_text(".leaflet-control-attribution")
    finally:
        p.context.close()


def test_online_page_without_a_connection_says_how_to_make_one_that_works(browser, pages):
    context = browser.new_context()
    try:
        page = context.new_page()
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
        page.goto(pages["online"].as_uri())
        page.wait_for_selector(".geomap-no-leaflet", timeout=15000)
        assert "--offline" in page.inner_text(".geomap-no-leaflet")
    finally:
        context.close()


def test_the_northernmost_events_popup_is_in_view_and_clear_of_the_layer_control(page):
    north = max(range(len(EVENTS)), key=lambda i: EVENTS[i].lat)
    page.js("i => new Promise(done => geomapPage.reveal(i, done))", north)
    page.js("i => geomapPage.openEvent(i)", north)
    page.page.wait_for_timeout(600)  # the map pans to fit the popup
    popup = page.page.locator(".leaflet-popup").bounding_box()
    control = page.page.locator(".leaflet-control-layers").bounding_box()
    assert popup["y"] >= 0 and popup["y"] + popup["height"] <= 800
    overlaps = not (popup["x"] + popup["width"] <= control["x"] or control["x"] + control["width"] <= popup["x"]
                    or popup["y"] >= control["y"] + control["height"] or control["y"] >= popup["y"] + popup["height"])
    assert not overlaps


def test_on_load_every_event_lies_inside_the_map_clear_of_its_edges(browser, tmp_path):
    # Two events 7 degrees of longitude apart: at zoom 8 that is just the page's 1,280 pixels,
    # so a fit without room would put both markers on the edges, half cut off.
    events = [Event(f"e{n}", "d", "Battles", "Armed clash", name=f"P{n}", lat=35.0, lon=lon, geo_precision=1,
                    event_date="2016-02-02", notes="Clashes.") for n, lon in enumerate((36.0, 43.0))]
    p = Page(browser, save_map(render(events, [], offline=True), tmp_path / "edges.html"))
    try:
        width, height = p.js("() => { const s = geomapPage.map.getSize(); return [s.x, s.y]; }")
        points = p.js("() => geomapPage.markers.map(m => {"
                      " const c = geomapPage.map.latLngToContainerPoint(m.getLatLng()); return [c.x, c.y]; })")
        assert len(points) == 2
        assert all(30 <= x <= width - 30 and 30 <= y <= height - 30 for x, y in points), (width, height, points)
    finally:
        p.context.close()


def test_control_places_are_flags_no_event_kind_is_drawn_as(page):
    shapes = page.js("() => geomapPage.places.map(p => p.marker.options.shape)")
    kinds = page.js("() => geomapPage.cfg.kinds.map(k => k.shape)")
    assert shapes and set(shapes) == {"flag"} and "flag" not in kinds


def test_clusters_are_grey_not_the_faction_colours(page):
    colours = page.js("() => [...document.querySelectorAll('.marker-cluster, .marker-cluster div')]"
                      ".map(e => getComputedStyle(e).backgroundColor)")
    assert colours, "no cluster on the page"
    for colour in colours:
        r, g, b = (int(v) for v in colour[colour.index("(") + 1:].split(",")[:3])
        assert r == g == b, colour


def test_a_filtered_out_star_leaves_no_trace_on_the_canvas(browser, tmp_path):
    # A star reaches 1.6 radii out; Leaflet clears only the marker's radius unless told otherwise.
    bomb = Event("b", "d", "Explosions/Remote violence", "Suicide bomb", name="P", lat=33.6, lon=38.6,
                 geo_precision=1, event_date="2016-02-02", fatalities=60, notes="A car bomb.")
    p = Page(browser, save_map(render([bomb], [], offline=True), tmp_path / "star.html"))
    try:
        painted = """() => { const m = geomapPage.markers[0], r = m._renderer, k = window.devicePixelRatio || 1;
            const x = (m._point.x - r._bounds.min.x) * k, y = (m._point.y - r._bounds.min.y) * k, h = 40 * k;
            const d = r._ctx.getImageData(x - h, y - h, 2 * h, 2 * h).data;
            let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++; return n; }"""
        assert p.js(painted) > 500
        p.page.locator(".gm-legend input[data-kind=bomb]").uncheck()
        p.page.wait_for_timeout(300)
        assert p.visible() == 0 and p.js(painted) == 0
    finally:
        p.context.close()


def test_a_place_popup_without_dates_gives_no_made_up_date(browser, tmp_path):
    held = ControlRecord("c", "Al-Qaryatayn", "Islamic State (ISIS)", "statement", name="Al-Qaryatayn",
                         lat=34.23, lon=37.24, notes="ISIS holds the town.")
    p = Page(browser, save_map(render([], [held], offline=True), tmp_path / "undated.html"))
    try:
        p.js("() => { geomapPage.openPlace(0); }")
        text = p.page.wait_for_selector(".leaflet-popup-content").inner_text()
        assert "As of\tthe reports (none dated)" in text and "2000-" not in text
        assert "Held by\tIslamic State (ISIS)\n" in text  # the report's words only when they differ from the label
    finally:
        p.context.close()
