"""Resolver and build rules of the seventeenth round: a community named with its sub-district to
tell it from namesakes, a misspelt name that is one twin of a pair, and two names written one
after the other that are no list of neighbours.

The places are invented (names and coordinates), in the tiny gazetteer's governorates.
"""
import json

from geomap.records import EXACT, NEAR
from geomap.resolver import Resolver
from geomap.sources.ocha_communities import read_communities
from geomap.sources.report import BuildReport
from tiny_places import extra_place, ocha_community, tiny_gazetteer_with


def _community(code, en, ar, sub_en, sub_ar, lat, lon):
    return ocha_community(code, en, ar, lat, lon, subdistrict=(sub_en, sub_ar))


def test_a_community_named_with_its_sub_district_is_also_known_by_its_name_alone(tmp_path):
    path = tmp_path / "communities.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        _community("C9701", "Deir Saleh Tal Qamar", "دير صالح تل قمر", "Tall Qamar", "تل قمر", 36.3, 37.2),
        _community("C9702", "Tal Qamar", "تل قمر", "Tall Qamar", "تل قمر", 36.31, 37.21),
        _community("C9703", "Ain Jamil", "عين جميل", "Tall Qamar", "تل قمر", 36.32, 37.22),
    ]}, ensure_ascii=False), encoding="utf-8")
    places = {p.id: p for p in read_communities([path], [], [], {}, BuildReport())}
    assert {"Deir Saleh", "دير صالح"} <= {n.text for n in places["C9701"].names}
    # the sub-district's own town, and a name with no unit after it, keep their names
    assert {n.text for n in places["C9702"].names} == {"Tal Qamar", "تل قمر"}
    assert {n.text for n in places["C9703"].names} == {"Ain Jamil", "عين جميل"}


def test_a_misspelt_name_without_a_qualifier_finds_a_twin_with_one_in_the_named_area():
    r = Resolver(tiny_gazetteer_with(
        extra_place("C9711", "Western Tal Zaytun", "تل الزيتون غربي", 36.80, 40.40, "village", "SY08"),
        extra_place("C9712", "Tal Zaytun", "تل الزيتون", 34.80, 37.20, "village", "SY04"),
        extra_place("C9713", "Western Kabsh", "كبش غربي", 35.90, 38.90, "village", "SY11"),
        extra_place("C9714", "Kabsh", "كبش", 34.70, 37.10, "village", "SY04")))
    # «تالزيتون»: the generic word and the name run together, a long vowel written out
    assert r.resolve("تالزيتون، الحسكة").place.id == "C9711"
    assert r.resolve("Kabish, Raqqa").place.id == "C9713"
    # a query with a qualifier of its own is not given the other twin of a spelling
    assert r.resolve("Kabish Sharqi, Raqqa").place.id == "SY11"


def _two_names_gazetteer():
    return tiny_gazetteer_with(
        extra_place("C9721", "Wadi Shams", "وادي شمس", 35.10, 40.60, "town", "SY09"),
        extra_place("C9722", "Umm Farah", "أم فرح", 35.35, 40.62, "village", "SY09"),  # ~28 km north
        extra_place("C9723", "Khirbat Nur", "خربة نور", 35.20, 40.20, "village", "SY09"),
        extra_place("C9724", "Jisr Tin", "جسر تين", 36.00, 39.40, "village", "SY11"),
        extra_place("C9725", "Nur", "نور", 35.25, 40.30, "village", "SY09"))


def test_a_town_written_before_a_village_near_it_tells_where_the_village_is():
    r = Resolver(_two_names_gazetteer())
    m = r.resolve("وادي شمس أم فرح، دير الزور")
    assert (m.place.id, m.precision) == ("C9722", EXACT)


def test_a_known_name_written_with_an_unknown_one_is_near_the_known_one_in_the_named_area():
    r = Resolver(_two_names_gazetteer())
    m = r.resolve("البستان خربة نور، دير الزور")
    assert (m.place.id, m.precision) == ("C9723", NEAR)
    # outside the area the query names, the known name is no answer: the area is
    assert r.resolve("البستان جسر تين، دير الزور").place.id == "SY09"
    # a quarter's name is one name, whatever names it holds
    assert r.resolve("حي البستان خربة نور، دير الزور").place.id == "SY09"
    # a generic first word and a name are one name, not two: «خربة نور» is no «خربة» by «نور»
    assert r.resolve("كرم نور، دير الزور").place.id == "SY09"


def test_a_two_word_name_with_its_words_the_other_way_round_is_found_in_the_named_area():
    r = Resolver(tiny_gazetteer_with(
        extra_place("C9731", "Sheikh Dawud", "الشيخ داود", 35.90, 36.70, "village", "SY07")))
    assert r.resolve("داود الشيخ، إدلب").place.id == "C9731"
    assert r.resolve("Dawud Sheikh, Idlib").place.id == "C9731"
    # a guess: elsewhere, or with no area named, it is no answer
    assert r.resolve("داود الشيخ، حلب").place.id == "SY02"
    assert r.resolve("داود الشيخ").place is None
