"""The seed articles (../shared/seeds, skipped when absent) give the events EXPECTED.md lists,
and nothing about the talks abroad becomes an event."""


import pytest

from geomap.distance import distance_km
from geomap.extraction import Extractor
from geomap.records import Document

pytestmark = pytest.mark.shared



@pytest.fixture(scope="module")
def seeds(shared_dir):
    folder = shared_dir.parent / "seeds"
    if not (folder / "EXPECTED.md").is_file():
        pytest.skip(f"seed articles not found at {folder}")
    return folder


@pytest.fixture(scope="module")
def run(seeds, full_gazetteer):
    ex = Extractor(full_gazetteer)

    def go(name, date):
        return ex.extract_document(Document(name, (seeds / name).read_text(encoding="utf-8"), date=date))
    return go


def near(events, lat, lon, r):
    return [e for e in events if e.lat is not None and distance_km(lat, lon, e.lat, e.lon) <= r]


def in_syria(e):
    return 32 <= e.lat <= 37.5 and 35.5 <= e.lon <= 42.5


def test_qamishli_bombing(run):
    res = run("000_6c1f73f97fec4aa7.txt", "2016-07-28")
    q = near(res.events, 37.05, 41.23, 5)
    bomb = [e for e in q if e.sub_event_type == "Suicide bomb"]
    assert bomb, [(e.sub_event_type, e.name) for e in res.events]
    e = bomb[0]
    assert "ISIS" in e.actor1
    assert 44 <= e.fatalities <= 50 and e.fatalities_low == 44
    assert e.injuries == 140
    assert e.event_date == "2016-07-27"
    aleppo = near(res.events, 36.20, 37.16, 15)
    assert any("regime" in e.actor1.lower() for e in aleppo)
    assert any(c.kind == "statement" and "Opposition" in c.faction for c in res.controls)
    assert all(in_syria(e) for e in res.events)
    # the US-Russia talks, the envoy and the proposed strikes on al-Nusra are not events
    assert not any("Nusra" in e.actor1 + e.actor2 for e in res.events)
    mentioned = {m.text for m in res.mentions}
    assert not mentioned & {"جون كيري", "كيري", "بشار الأسد"}


def test_qaryatayn_falls_to_isis(run):
    res = run("004_cd5e121719a9bdf0.txt", "2015-08-07")
    qa = near(res.events, 34.23, 37.24, 5)
    assert any(e.sub_event_type == "Non-state actor overtakes territory" and "ISIS" in e.actor1 for e in qa)
    air = [e for e in res.events if e.sub_event_type == "Air/drone strike"]
    assert air and all("Coalition" in e.actor1 for e in air)
    assert sum(e.fatalities or 0 for e in air) == 51
    for lat, lon in [(35.33, 40.14), (36.50, 40.75), (35.95, 39.01)]:
        assert any(distance_km(lat, lon, e.lat, e.lon) <= 150 for e in air)
    palmyra = near(res.events, 34.56, 38.28, 5)
    assert any(e.event_date == "2015-05-21" for e in palmyra)
    assert any(c.kind == "change" and c.date == "2015-05-21" and c.name for c in res.controls)
    assert all(in_syria(e) for e in res.events)
    # the war-wide toll and the chlorine attacks in general are not events
    assert not any((e.fatalities or 0) >= 1000 for e in res.events)
    assert not any(e.sub_event_type == "Chemical weapon" for e in res.events)
