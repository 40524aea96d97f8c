"""Resolver and build rules of the eighteenth round: a name written with another Arabic ending, a
community named with its unit written short, a place written with its district after it, and the
Kurdish names of Afrin's towns.

The places are invented (names and coordinates), in the tiny gazetteer's governorates.
"""
import dataclasses
import json

from geomap.config import CURATED_DIR
from geomap.normalize import key
from geomap.resolver import Resolver
from geomap.sources.curated import read_curated
from geomap.sources.ocha_communities import read_communities
from geomap.sources.report import BuildReport
from tiny_places import extra_place, ocha_community, tiny_gazetteer_with


def test_a_name_with_another_ending_is_the_place_in_the_named_area_only():
    r = Resolver(tiny_gazetteer_with(
        extra_place("C9801", "Zubeira", "الزبيرة", 36.10, 39.20, "village", "SY11"),
        extra_place("C9802", "Qarnawiyeh", "القرناوية", 36.30, 40.90, "village", "SY08")))
    # «الزبيران» for «الزبيرة», «القرناوان» for «القرناوية»: one stem, two endings
    assert r.resolve("الزبيران، الرقة").place.id == "C9801"
    assert r.resolve("القرناوان، الحسكة").place.id == "C9802"
    # a guess from the ending alone is not made outside the named area
    assert r.resolve("الزبيران، الحسكة").place.id == "SY08"
    assert r.resolve("الزبيران").place is None


def _community(code, en, ar, district_en, district_ar, lat, lon):
    return ocha_community(code, en, ar, lat, lon, district=(district_en, district_ar),
                          governorate=("Idleb", "إدلب", "SY07"))


def test_a_community_named_with_the_first_word_of_its_district_is_also_known_by_its_name_alone(tmp_path):
    path = tmp_path / "communities.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        _community("C9811", "Hamidiyet Elbalut", "حميدية البلوط", "Balut-Ash-Sharqi", "البلوط الشرقي", 35.9, 36.3),
        # a first word too short to be a name of its own («تل») is no unit written short
        _community("C9812", "Saleh Tal", "صالح تل", "Tal Hamra", "تل حمرا", 35.8, 36.4),
    ]}, ensure_ascii=False), encoding="utf-8")
    places = {p.id: p for p in read_communities([path], [], [], {}, BuildReport())}
    assert "حميدية" in {n.text for n in places["C9811"].names}
    assert {n.text for n in places["C9812"].names} == {"Saleh Tal", "صالح تل"}


def test_a_place_written_with_its_district_after_it_is_the_place():
    town = dataclasses.replace(extra_place("C9821", "Kafr Safra", "كفر صفرا", 36.45, 36.62, "town", "SY02"),
                               admin2="Afrin", admin2_ar="عفرين")
    r = Resolver(tiny_gazetteer_with(
        town, extra_place("C9822", "Afrin", "عفرين", 36.51, 36.87, "city", "SY02")))  # ~23 km apart
    assert r.resolve("كفر صفرا عفرين، حلب").place.id == "C9821"
    # a town written before another town of another district is not read so
    other = dataclasses.replace(town, admin2="Jebel Saman", admin2_ar="جبل سمعان")
    r = Resolver(tiny_gazetteer_with(
        other, extra_place("C9822", "Afrin", "عفرين", 36.51, 36.87, "city", "SY02")))
    assert r.resolve("كفر صفرا عفرين، حلب").place.id != "C9821"


def test_the_kurdish_name_of_sheikh_al_hadid_reaches_it():
    by_key: dict[str, set[str]] = {}
    for p in read_curated(CURATED_DIR, BuildReport()):
        for n in p.names:
            by_key.setdefault(key(n.text), set()).add(p.id)
    for name in ("شيا", "Şiyê", "Shya"):
        assert "C1525" in by_key.get(key(name), set()), name


def test_of_two_spellings_alike_the_one_inside_the_narrowest_named_area_comes_first():
    r = Resolver(tiny_gazetteer_with(
        extra_place("SY029901", "Wadi Nakhla", "وادي نخلة", 36.70, 36.90, "subdistrict", "SY02"),
        extra_place("C9831", "Kafr Rumman", "كفر رمان", 36.20, 37.90, "village", "SY02"),  # ~100 km off
        extra_place("C9832", "Kafr Ramin", "كفر رامين", 36.72, 36.91, "village", "SY02")))
    # "Kafr Rumani" is spelled a little more like the far village, but the query names the sub-district
    assert r.resolve("Kafr Rumani, Aleppo").place.id == "C9831"
    assert r.resolve("Kafr Rumani, Wadi Nakhla, Aleppo").place.id == "C9832"


def test_a_letter_written_twice_by_a_slip_is_read_once():
    r = Resolver(tiny_gazetteer_with(
        extra_place("C9841", "Qasrawiyeh", "القصراوية", 36.60, 37.40, "village", "SY02")))
    # «قصرراو»: «ر» written twice, and the name's ending left off
    assert r.resolve("قصرراو، حلب").place.id == "C9841"


def test_the_double_lam_of_allah_is_no_slip():
    r = Resolver(tiny_gazetteer_with(extra_place("C9842", "Talaah", "الطالعة", 36.40, 40.70, "village", "SY08")))
    # «عطالله» (Atallah), a village no source lists, is not «الطالعة» read through «عطالة»
    assert r.resolve("قرية عطالله، الحسكة").place.id == "SY08"
