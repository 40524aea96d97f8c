"""The area a report names beside a village («بريف بلدة Y», «التابعة لناحية Y», «في منطقة Y»,
"X, Y") decides between the village's namesakes: a small town locates the places near it, not
every place in its governorate."""
import pytest

from geomap.resolver import Resolver
from geomap.segment import segment
from geomap.toponyms import ToponymFinder
from tiny_places import extra_place, tiny_gazetteer_with

# Two villages of one name in one governorate (Al-Hasakeh): the bigger one near Qamishli, the
# other beside a small town 120 km south; and two of another name in Idleb and Aleppo.
NORTH = extra_place("X901", "Tal al-Ward", "تل الورد", 36.95, 41.15, "village", "SY08", population=9000)
SOUTH = extra_place("X902", "Tal al-Ward", "تل الورد", 35.84, 41.06, "village", "SY08", population=500)
SMALL_TOWN = extra_place("X903", "Umm al-Khair", "أم الخير", 35.80, 41.04, "village", "SY08")
PLAIN = extra_place("curated:test-plain", "Rouj Plain", "سهل الروج", 35.95, 36.45, "region", "SY07", precision=3)
IN_PLAIN = extra_place("X904", "Zaytuna", "الزيتونة", 35.96, 36.43, "village", "SY07", population=300)
ELSEWHERE = extra_place("X905", "Zaytuna", "الزيتونة", 36.40, 37.05, "village", "SY02", population=8000)
CYPRUS = extra_place("curated:country-cy", "Cyprus", "قبرص", 35.0, 33.2, "country", country="CY")


@pytest.fixture(scope="module")
def resolver():
    return Resolver(tiny_gazetteer_with(NORTH, SOUTH, SMALL_TOWN, PLAIN, IN_PLAIN, ELSEWHERE, CYPRUS))


def places(finder, text):
    seg = segment(text)
    resolved, _ = finder.resolve(seg, finder.find(seg, set()))
    return {m.text: m.match.place.id for m in resolved}


@pytest.mark.parametrize("query", ["قرية تل الورد، أم الخير", "Tal al-Ward village, Umm al-Khair"])
def test_a_small_town_locates_the_namesake_near_it_not_any_in_its_governorate(resolver, query):
    assert resolver.resolve(query).place.id == "X902"


def test_a_governorate_or_its_city_still_stands_for_the_whole_governorate(resolver):
    assert resolver.resolve("قرية تل الورد، الحسكة").place.admin1_id == "SY08"


def hints(finder, text):
    """Each mention's text and the text of the mention that locates it (or None)."""
    seg = segment(text)
    found = finder.find(seg, set())
    said = [seg.original(seg.tokens[f.first].start, seg.tokens[f.last - 1].end) for f in found]
    return {said[n]: None if f.hint is None else said[f.hint] for n, f in enumerate(found)}


@pytest.mark.parametrize("text, area", [
    ("قصف مدفعي على قرية تل الورد بريف بلدة أم الخير", "بريف بلدة أم الخير"),
    ("داهمت دورية قرية تل الورد التابعة لناحية أم الخير", "لناحية أم الخير"),
])
def test_the_countryside_or_sub_district_named_after_a_village_locates_it(resolver, text, area):
    finder = ToponymFinder(resolver)
    assert hints(finder, text)["قرية تل الورد"] == area
    assert places(finder, text)["قرية تل الورد"] == "X902"


def test_an_area_named_after_in_mintaqa_locates_the_villages_listed_before(resolver):
    finder = ToponymFinder(resolver)
    text = "قصفت المدفعية محيط قريتي الزيتونة والمشمش في منطقة سهل الروج"
    assert hints(finder, text)["محيط قريتي الزيتونة"] == "منطقة سهل الروج"
    assert places(finder, text)["محيط قريتي الزيتونة"] == "X904"


@pytest.mark.parametrize("text, area", [
    ("Regime artillery shelled Zaytuna in the Rouj Plain.", "Rouj Plain"),
    ("Shells fell on Zaytuna, Rouj Plain, at dawn.", "Rouj Plain"),
])
def test_an_english_area_after_in_the_or_a_comma_locates_the_village(resolver, text, area):
    assert hints(ToponymFinder(resolver), text)["Zaytuna"] == area


def test_a_country_after_fi_is_no_area_of_the_place_before(resolver):
    finder = ToponymFinder(resolver)
    assert hints(finder, "سقطت قذائف في مناطق عدة وصولا إلى الرقة وكذلك في قبرص")["الرقة"] is None
