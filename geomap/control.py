"""Who holds what: factions, per-place control histories and control areas.

Pure functions over `ControlRecord`s. A place's history is its records in date order; the
faction holding it on a day is the last record on or before that day. Control areas are
Voronoi cells of the controlled places, cut to a reach around each place and to the
country outline, so one town held in the far north does not paint half the map.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import Iterable, Sequence

import shapely
from shapely import affinity
from shapely.geometry import Point

from .normalize import fold_ar, fold_en
from .records import ControlRecord


@dataclass(frozen=True)
class Faction:
    """A family of armed groups drawn in one fixed colour."""

    key: str
    label: str
    colour: str
    patterns: tuple[str, ...] = ()  # folded substrings, English or Arabic


# Colours are the Okabe–Ito palette (safe for the common colour-vision deficiencies), plus a
# neutral grey for unknown. The order is the order of matching: specific names come before
# the broad ones they contain ("Free Syrian Army" before "Syrian army", "Syrian Democratic
# Forces" before anything "Syrian").
FACTIONS: tuple[Faction, ...] = (
    Faction("isis", "Islamic State (ISIS)", "#000000",
            ("isis", "isil", "islamic state", "daesh", "daish", "داعش", "تنظيم الدوله", "الدوله الاسلاميه")),
    Faction("hts", "HTS / Nusra Front", "#56B4E9",
            ("hts", "hayat tahrir", "hayaat tahrir", "tahrir al-sham", "tahrir al sham", "nusra",
             "fateh al-sham", "fatah al-sham", "هيئه تحرير الشام", "تحرير الشام", "النصره", "فتح الشام")),
    Faction("sdf", "SDF / Kurdish YPG", "#F0E442",
            ("sdf", "ypg", "ypj", "kurdish", "syrian democratic forces", "قسد", "سوريا الديمقراطيه",
             "وحدات حمايه", "الكرديه", "الاكراد", "الكردي")),
    Faction("turkey", "Turkey and the SNA", "#0072B2",
            ("turkish", "turkey", "türk", "syrian national army", "sna", "euphrates shield", "olive branch",
             "الجيش الوطني", "درع الفرات", "غصن الزيتون", "التركي", "تركيا")),
    Faction("coalition", "US-led coalition", "#E69F00",
            ("coalition", "united states", "u.s.", "us-led", "us forces", "american", "التحالف", "الامريكي")),
    # (before the regime's: the forces of Damascus after 8 December 2024, actors.GOVERNMENT, are
    # no longer Assad's)
    Faction("transitional", "Syrian government (since Dec 2024)", "#CC79A7",
            ("(2024-)", "transitional government", "general security", "الحكومه الانتقاليه", "الامن العام")),
    Faction("opposition", "Armed opposition", "#009E73",
            ("opposition", "rebel", "fsa", "free syrian army", "jaish al-islam", "jaysh al-islam", "ahrar",
             "faylaq", "failaq", "jaish al-fatah", "المعارضه", "الجيش الحر", "السوري الحر", "الفصائل", "الثوار", "جيش الاسلام",
             "احرار الشام", "فيلق", "جيش الفتح")),
    Faction("government", "Syrian government and allies", "#D55E00",
            ("government", "regime", "syrian army", "saa", "assad", "loyalist", "hezbollah", "hizbollah",
             "russian", "iranian", "ndf", "tiger forces", "النظام", "الجيش السوري", "الجيش العربي السوري",
             "قوات الاسد", "حزب الله", "الروسي", "الروسيه", "الايراني", "الايرانيه", "الدفاع الوطني", "الحكومه",
             "الحكوميه")),
)
OTHER = Faction("other", "Other / unknown", "#999999")
_BY_KEY = {f.key: f for f in (*FACTIONS, OTHER)}


def faction_by_key(key: str) -> Faction:
    return _BY_KEY.get(key, OTHER)


def _fold(text: str) -> str:
    return fold_en(fold_ar(text.lower())) if text else ""


def _has(folded: str, pattern: str) -> bool:
    # Short Latin acronyms (sdf, saa, sna, fsa) must stand as words, not inside longer ones.
    if len(pattern) <= 4 and pattern.isascii():
        return re.search(rf"(?<![a-z0-9]){re.escape(pattern)}(?![a-z0-9])", folded) is not None
    return pattern in folded


_FOLDED = tuple((f, tuple(_fold(p) for p in f.patterns)) for f in FACTIONS)


def faction_of(text: str) -> Faction:
    """The faction a free-text actor name belongs to ("قوات النظام" -> government)."""
    folded = _fold(text or "")
    for faction, patterns in _FOLDED:
        if any(_has(folded, p) for p in patterns):
            return faction
    return OTHER


_ISO_DAY = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ]|$)")


def parse_day(value) -> dt.date | None:
    """A date from an ISO string ("2016-07-28", "2016-07", "2016", "2016-07-28T10:00") or a date; None if not one."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    m = _ISO_DAY.match(str(value).strip())
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


@dataclass
class ControlPlace:
    """One controlled place and its history: (day or None, faction key, record) in date order."""

    key: str
    name: str
    lat: float
    lon: float
    history: list[tuple[dt.date | None, str, ControlRecord]] = field(default_factory=list)

    def faction_on(self, day: dt.date | None) -> str | None:
        """The faction holding the place on `day` (None: the latest known); None before any record."""
        holder = None
        for when, faction, _ in self.history:
            if when is not None and day is not None and when > day:
                break
            holder = faction
        return holder


def _place_label(record: ControlRecord) -> str:
    return record.name or record.name_ar or record.location


def control_timeline(controls: Iterable[ControlRecord]) -> list[ControlPlace]:
    """Group control records by place (same coordinates to ~100 m) and order each history by date.

    Records without coordinates cannot be drawn and are left out. Undated records come first:
    they say who held the place at some time, and any dated record overrides them.
    """
    places: dict[str, ControlPlace] = {}
    for order, rec in enumerate(controls):
        if rec.lat is None or rec.lon is None or not (math.isfinite(rec.lat) and math.isfinite(rec.lon)):
            continue
        key = f"{rec.lat:.3f},{rec.lon:.3f}"
        place = places.get(key)
        if place is None:
            place = places[key] = ControlPlace(key, _place_label(rec), rec.lat, rec.lon)
        place.history.append((parse_day(rec.date), faction_of(rec.faction).key, rec))
    for place in places.values():
        # Stable sort keeps report order among records of the same day.
        place.history.sort(key=lambda h: h[0] or dt.date.min)
    return list(places.values())


def control_on(places: Sequence[ControlPlace], day: dt.date | None = None) -> dict[str, str]:
    """Place key -> faction key holding it on `day` (places not yet recorded are left out)."""
    held = {p.key: p.faction_on(day) for p in places}
    return {k: f for k, f in held.items() if f is not None}


def outline_of(geometries: Iterable) -> shapely.Geometry | None:
    """The union of boundary polygons (repaired when invalid), or None when there are none."""
    polys = [shapely.make_valid(g) for g in geometries if g is not None and not g.is_empty]
    return shapely.union_all(polys) if polys else None


def _reach(lat: float, lon: float, reach_km: float) -> shapely.Geometry:
    # A circle on the ground is an ellipse in degrees: a degree of longitude shrinks with latitude.
    r = reach_km / 111.32
    circle = Point(lon, lat).buffer(r, quad_segs=8)
    return affinity.scale(circle, xfact=1 / max(math.cos(math.radians(lat)), 0.1), yfact=1.0, origin=(lon, lat))


def control_areas(places: Sequence[ControlPlace], outline=None, reach_km: float = 25.0) -> list[shapely.Geometry]:
    """One area per place, in the order given: its Voronoi cell ∩ a `reach_km` disc ∩ `outline`.

    An area may be empty (a place outside the outline).
    """
    if not places:
        return []
    points = shapely.points([(p.lon, p.lat) for p in places])
    discs = [_reach(p.lat, p.lon, reach_km) for p in places]
    if len(places) == 1:
        cells = discs
    else:
        envelope = shapely.union_all(discs).envelope
        regions = shapely.voronoi_polygons(shapely.multipoints(points), extend_to=envelope, ordered=True)
        cells = [shapely.intersection(cell, disc) for cell, disc in zip(shapely.get_parts(regions), discs)]
    if outline is not None:
        cells = [shapely.intersection(cell, outline) for cell in cells]
    return cells
