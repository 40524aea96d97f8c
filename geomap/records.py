"""Plain data records that flow through the pipeline.

text -> Document -> Mention -> Match (resolved place) -> Event / ControlRecord -> outputs.
Every stage takes and returns these; none of them does I/O.
"""
from __future__ import annotations

from dataclasses import dataclass, field, asdict
from typing import Any

# Precision of a location, following ACLED's geo_precision.
EXACT, NEAR, REGION = 1, 2, 3

# Larger is more important: a governorate outranks a city, which outranks a village.
KIND_RANK = {
    "country": 9,
    "governorate": 8,
    "region": 7,
    "city": 6,
    "district": 5,
    "town": 4,
    "subdistrict": 3,
    "village": 2,
    "camp": 2,
    "neighbourhood": 1,
    "landmark": 1,
    "airport": 1,
    "checkpoint": 0,
}
AREA_KINDS = {"country", "governorate", "region", "district", "subdistrict"}
# The date_note of an event dated by its report's day: its text told no day (dedup prefers told days).
REPORT_DATED = "report date (no date in the text)"


@dataclass
class Name:
    """One spelling of a place, and where it came from."""

    text: str
    lang: str  # "ar", "en" or "" (unknown / other script)
    source: str


@dataclass
class Place:
    """A gazetteer entry: one real place, with every spelling the sources gave it."""

    id: str  # OCHA P-code, "geonames:N", "sa:N", "curated:slug", "user:slug"
    name: str
    name_ar: str = ""
    lat: float | None = None
    lon: float | None = None
    kind: str = "village"
    country: str = "SY"
    admin1: str = ""
    admin1_ar: str = ""
    admin2: str = ""
    admin2_ar: str = ""
    admin3: str = ""
    admin3_ar: str = ""
    admin1_id: str = ""  # P-code of the governorate, when known
    population: int = 0
    # Intrinsic precision: 1 for a point place, 2 when the coordinates are only those of
    # the sub-district it lies in, 3 for a region or governorate.
    precision: int = EXACT
    names: list[Name] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    # Area outline as WKB bytes (kept undecoded until someone needs it).
    geometry_wkb: bytes | None = None

    @property
    def rank(self) -> int:
        return KIND_RANK.get(self.kind, 2)

    @property
    def is_area(self) -> bool:
        return self.kind in AREA_KINDS or self.precision == REGION

    @property
    def geometry(self):
        if self.geometry_wkb is None:
            return None
        import shapely

        return shapely.from_wkb(self.geometry_wkb)


@dataclass
class Match:
    """The answer to "where does this name point?"."""

    query: str
    place: Place | None = None
    score: float = 0.0
    precision: int | None = None
    modifier: str = ""  # e.g. "east", "countryside south-east", "eastern neighbourhoods"
    matched: str = ""  # the gazetteer spelling that matched
    lat: float | None = None  # may differ from place.lat when a modifier shifts the point
    lon: float | None = None
    note: str = ""  # why a query did not resolve, or how it was placed

    @property
    def resolved(self) -> bool:
        return self.place is not None and self.lat is not None

    def to_dict(self) -> dict[str, Any]:
        p = self.place
        return {
            "query": self.query,
            "name": p.name if p else None,
            "name_ar": p.name_ar if p else None,
            "lat": self.lat if p else None,
            "lon": self.lon if p else None,
            "kind": p.kind if p else None,
            "id": p.id if p else None,
            "admin1": p.admin1 if p else None,
            "admin1_ar": p.admin1_ar if p else None,
            "admin2": p.admin2 if p else None,
            "admin2_ar": p.admin2_ar if p else None,
            "country": p.country if p else None,
            "score": round(self.score, 3),
            "precision": self.precision,
            "modifier": self.modifier or None,
            "matched": self.matched or None,
            "note": self.note or None,
        }


@dataclass
class Document:
    """One report, as read from a file, a JSONL line or standard input."""

    id: str
    text: str
    date: str | None = None  # ISO date of publication, when known
    url: str | None = None
    source: str | None = None
    title: str | None = None
    path: str | None = None


@dataclass
class Mention:
    """A place named in a document's text, before or after resolution."""

    text: str  # as written in the report
    start: int  # character offsets into Document.text
    end: int
    sentence: int  # index of the sentence it stands in
    match: Match | None = None


@dataclass
class Event:
    """One event, coded in ACLED's taxonomy, traceable to its source sentence."""

    event_id: str
    doc_id: str
    event_type: str
    sub_event_type: str
    actor1: str = ""
    actor2: str = ""
    actor_note: str = ""  # which report named which attacker (merged reports disagreeing), or how an attacker its sentence does not name was found
    location: str = ""  # as written in the report
    location_note: str = ""  # set when the place is not named in the event's own sentence
    name: str | None = None  # resolved place
    name_ar: str | None = None
    lat: float | None = None
    lon: float | None = None
    place_id: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    country: str | None = None
    geo_precision: int | None = None
    event_date: str | None = None
    time_precision: int | None = None  # 1 day, 2 week, 3 month (ACLED); None when unknown
    date_note: str = ""  # why the date is what it is ("أمس before 2016-07-28", "relative, no report date")
    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    fatalities_note: str = ""  # which report gave which figure
    injuries: int | None = None
    victims: str = ""  # "civilians", "fighters of ISIS", ...
    notes: str = ""  # the source sentence
    sentence: int | None = None
    start: int | None = None  # character span of the sentence in the document
    end: int | None = None
    url: str | None = None
    source: str | None = None
    confidence: float = 0.5
    doc_ids: list[str] = field(default_factory=list)
    source_count: int = 1

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ControlRecord:
    """Who holds a place, from a change of control or a plain statement of it."""

    doc_id: str
    location: str
    faction: str
    kind: str  # "change" or "statement"
    name: str | None = None
    name_ar: str | None = None
    lat: float | None = None
    lon: float | None = None
    place_id: str | None = None
    admin1: str | None = None
    geo_precision: int | None = None
    date: str | None = None
    notes: str = ""
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
