"""Synthetic events, control records and boundaries for the map tests (made up; coordinates are real places)."""
from __future__ import annotations

import re

from shapely.geometry import box

from geomap.records import ControlRecord, Event, Place
from geomap.mapping import unpack

# Payloads a hostile or broken report could carry; none of them may run in the page.
XSS = (
    '<script>window.__pwned=1</script>',
    '<img src=x onerror="window.__pwned=1;alert(1)">',
    '<svg onload="window.__pwned=1">',
    '"></script><script>window.__pwned=1</script>',
    "';window.__pwned=1;'",
)

SUB_EVENTS = (
    "Air/drone strike", "Shelling/artillery/missile attack", "Suicide bomb", "Remote explosive/landmine/IED",
    "Armed clash", "Chemical weapon", "Non-state actor overtakes territory",
)


def events(n: int = 40) -> list[Event]:
    """`n` located events over Syria, spread over 2016, with every kind and both precisions."""
    out = []
    for i in range(n):
        out.append(Event(
            event_id=f"ev{i}", doc_id=f"doc{i % 7}", event_type="Explosions/Remote violence",
            sub_event_type=SUB_EVENTS[i % len(SUB_EVENTS)], actor1=f"Actor {i % 3}", actor2="Civilians",
            location=f"Village {i}", name=f"Village {i}", name_ar=f"قرية {i}",
            lat=33.0 + (i * 0.37) % 4.0, lon=36.0 + (i * 0.53) % 5.0,
            geo_precision=1 if i % 4 else 2, event_date=f"2016-{1 + i % 12:02d}-{1 + i % 27:02d}",
            fatalities=i % 9, injuries=i % 5, notes=f"Sentence of event {i}.", url=f"https://example.org/{i}",
        ))
    return out


def known_event() -> Event:
    """One event with a distinctive sentence, to find its popup."""
    return Event(event_id="known", doc_id="known", event_type="Explosions/Remote violence",
                 sub_event_type="Air/drone strike", actor1="Military Forces of Russia", location="بلدة كفرنبل",
                 name="Kafr Nabl", name_ar="كفرنبل", lat=35.6139, lon=36.5611, geo_precision=1,
                 event_date="2016-07-28", fatalities=4, injuries=10, notes="Warplanes struck the market of Kafr Nabl.",
                 url="https://example.org/kafr-nabl", doc_ids=["known", "other", "third"], source_count=3,
                 actor_note="known: Military Forces of Russia; other: Syrian regime forces",
                 time_precision=2, date_note="الأسبوع الماضي: the week before 2016-08-04", fatalities_note="4; 3",
                 admin1="Idleb", admin2="Maarrat An Nu'man", confidence=0.87)


def hostile_event(i: int = 0) -> Event:
    """An event whose every string is an attack on the page."""
    bad = XSS[i % len(XSS)]
    return Event(event_id=f"x{i}", doc_id=bad, event_type=bad, sub_event_type="Air/drone strike", actor1=bad,
                 actor2=bad, actor_note=bad, location=bad, name=bad, name_ar=bad, lat=34.0 + i * 0.1, lon=38.0,
                 geo_precision=3, admin1=bad, event_date="2016-05-05", fatalities=1, victims=bad, notes=bad,
                 url="javascript:window.__pwned=1")


def controls() -> list[ControlRecord]:
    """Manbij held by ISIS, then taken by the SDF; Palmyra retaken by the government; one hostile record."""
    return [
        ControlRecord("c1", "Manbij", "ISIS", "statement", name="Manbij", lat=36.5281, lon=37.9549, date="2016-01-10",
                      notes="ISIS holds Manbij.", url="https://example.org/manbij-1"),
        ControlRecord("c2", "منبج", "قوات سوريا الديمقراطية", "change", name="Manbij", lat=36.5281, lon=37.9549,
                      date="2016-08-12", notes="SDF took Manbij.", url="https://example.org/manbij-2"),
        ControlRecord("c3", "Palmyra", "Syrian government forces", "change", name="Palmyra", lat=34.5503,
                      lon=38.2691, date="2016-03-27", notes="Government forces retook Palmyra."),
        ControlRecord("c4", XSS[1], XSS[0], "change", name=XSS[2], lat=35.95, lon=39.01, date="2016-06-01",
                      notes=XSS[3], url="javascript:window.__pwned=1"),
    ]


def boundaries() -> list[Place]:
    """Two made-up rectangular 'governorates' covering the sample area."""
    west = Place(id="SYX1", name="Westgov", kind="governorate", geometry_wkb=box(35.5, 32.5, 38.5, 37.5).wkb)
    east = Place(id="SYX2", name="Eastgov", kind="governorate", geometry_wkb=box(38.5, 32.5, 42.0, 37.5).wkb)
    return [west, east]


def page_data(html: str) -> dict:
    """The data block of a rendered page."""
    m = re.search(r'<script type="application/octet-stream" id="[^"]+">(.*?)</script>', html, re.S)
    assert m, "no data block in the page"
    return unpack(m.group(1))
