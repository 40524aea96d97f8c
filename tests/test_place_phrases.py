"""Phrases around place names that say which place a report means: quarters named like a city
("Bab X"), «حي X في مدينة Y», and roads named by their two ends."""
import pytest

from geomap.extraction import extract
from geomap.resolver import Resolver
from geomap.toponyms import ToponymFinder
from test_toponyms import mentions
from tiny_places import extra_place, tiny_gazetteer_with

_PLACES = (
    extra_place("X1", "Al Bab", "الباب", 36.37, 37.51, "city", "SY02"),
    extra_place("X2", "Bab Hood", "باب هود", 34.725, 36.705, "neighbourhood", "SY04"),
    extra_place("X3", "Sheikh Salim", "الشيخ سليم", 36.23, 37.15, "neighbourhood", "SY02"),
    extra_place("X4", "Jdeideh", "الجديدة", 34.735, 36.72, "neighbourhood", "SY04"),
    extra_place("X5", "Sukhna", "السخنة", 34.89, 38.87, "town", "SY04"),
    extra_place("X6", "Saraqib", "سراقب", 35.86, 36.80, "city", "SY07"),
)


@pytest.fixture(scope="module")
def gazetteer():
    return tiny_gazetteer_with(*_PLACES)


@pytest.fixture(scope="module")
def finder(gazetteer):
    return ToponymFinder(Resolver(gazetteer))


def test_a_bare_city_word_before_another_name_word_begins_a_longer_name(finder):
    # «الباب» is "al-Bab" in English: "Bab Hood" is a quarter of Homs, not the city
    # (a quarter the gazetteer lacks, and one spelled otherwise: the two words are no known name)
    found, unresolved = mentions(finder, "Mortar shells hit the Bab Dreib neighbourhood of Homs.")
    assert "X1" not in {m.match.place.id for m in found.values()}
    assert "Bab Dreib neighbourhood" in list(found) + unresolved
    found, _ = mentions(finder, "Regime shelling hit Bab Houd in Homs.")
    assert found["Bab Houd"].match.place.id == "X2"
    found, _ = mentions(finder, "Shells hit al-Bab on Monday.")  # the city, written with its article
    assert found["al-Bab"].match.place.id == "X1"


def test_a_title_before_a_neighbourhood_head_word_is_the_quarters_name(finder):
    found, _ = mentions(finder, "Shells fell on the Sheikh Salim neighbourhood of Aleppo.")
    assert found["Sheikh Salim neighbourhood"].match.place.id == "X3"


def test_a_quarter_in_a_named_city_is_the_events_place(gazetteer):
    (e,) = extract("تعرض حي الجديدة في مدينة حمص لقصف مدفعي أدى إلى مقتل شخص.", "2016-03-01", gazetteer)
    assert (e.name, e.geo_precision) == ("Jdeideh", 1)


@pytest.mark.parametrize("text, place, precision", [
    ("انفجرت عبوة ناسفة على الطريق الدولي حلب - إدلب قرب سراقب ما أدى إلى مقتل عنصر.", "Saraqib", 2),
    ("A roadside bomb exploded on the Homs - Palmyra road near Sukhna, killing two soldiers.", "Sukhna", 2),
    ("A roadside bomb exploded on the Manbij-Aleppo road near Sukhna, killing two soldiers.", "Sukhna", 2),
    # a head word after «قرب», an adjective of the road before it; «عند مدينة» ("at the town of") is the town
    ("انفجرت عبوة ناسفة على طريق حمص - تدمر قرب بلدة السخنة ما أدى إلى مقتل عنصر.", "Sukhna", 2),
    ("استهدفت غارة شاحنة على طريق حلب - إدلب الدولي قرب سراقب.", "Saraqib", 2),
    ("قصفت قوات النظام طريق حلب - إدلب عند مدينة سراقب.", "Saraqib", 1),
])
def test_a_place_near_a_road_places_the_event_on_the_road(gazetteer, text, place, precision):
    (e,) = extract(text, "2016-03-01", gazetteer)
    assert (e.name, e.geo_precision) == (place, precision)


def test_a_road_named_by_its_ends_is_one_place_near_the_first(gazetteer):
    (e,) = extract("A roadside bomb exploded on the Homs - Palmyra road, killing two soldiers.", "2016-03-01", gazetteer)
    assert (e.name, e.geo_precision) == ("Homs", 2)


def _with_outline(place, west: float, south: float, east: float, north: float):
    from shapely.geometry import box
    place.geometry_wkb = box(west, south, east, north).wkb
    return place


def test_a_directed_countryside_says_which_namesake_it_holds():
    # Two villages called «المنصورة» in Aleppo governorate: «ريف حلب الغربي» is the one west of Aleppo
    gazetteer = tiny_gazetteer_with(
        extra_place("M2", "Mansura", "المنصورة", 36.02, 37.33, "village", "SY02", population=2000),
        extra_place("M1", "Mansoura", "المنصورة", 36.20, 37.05, "village", "SY02"),
        _with_outline(extra_place("curated:west-rif-halab", "Western Aleppo countryside", "ريف حلب الغربي",
                                  36.18, 36.87, "region", "SY02", precision=3), 36.5, 35.9, 37.1, 36.5))
    for text in ("قصفت قوات النظام قرية المنصورة بريف حلب الغربي.",
                 "Regime artillery shelled the village of Mansoura in western Aleppo countryside.",
                 "Regime artillery shelled the village of Mansoura in the western Aleppo countryside."):
        (e,) = extract(text, "2016-03-01", gazetteer)
        assert e.place_id == "M1", text


def test_a_named_town_of_its_size_beats_a_village_another_place_speaks_for():
    # The other incident is in Aleppo; a village of the name there does not outweigh the town in Homs.
    gazetteer = tiny_gazetteer_with(
        extra_place("Q1", "Qusayr", "القصير", 34.51, 36.58, "town", "SY04", population=30_000),
        extra_place("Q2", "Qusayr", "القصير", 35.95, 37.30, "village", "SY02"))
    events = extract("A roadside bomb killed two soldiers near the town of Qusayr on Monday. "
                     "Turkish artillery shelled Manbij on Tuesday.", "2016-03-01", gazetteer)
    assert {e.place_id for e in events} == {"Q1", "C5002"}
