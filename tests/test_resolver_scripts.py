"""Resolver rules for names written in the other script, glued conjunctions, odd separators and
weak spelling matches. The gazetteer is invented: two square governorates side by side, Idleb
west of longitude 36.9 and Aleppo east of it.
"""
import pytest
import shapely

from geomap import normalize as nz
from geomap.records import EXACT, REGION, Name, Place
from geomap.resolver import VOWEL_BLIND, Resolver, parse_query
from geomap.store import Gazetteer


def _gov(pid, en, ar, west, east):
    return Place(pid, en, ar, 36.0, (west + east) / 2, "governorate", admin1=en, admin1_id=pid, precision=REGION,
                 names=[Name(en, "en", "t"), Name(ar, "ar", "t")],
                 geometry_wkb=shapely.box(west, 35.3, east, 36.7).wkb)


def _place(pid, names, lon, gov="SY02", kind="village", population=0):
    en = next(n for n in names if not nz.is_arabic(n))
    ar = next((n for n in names if nz.is_arabic(n)), "")
    return Place(pid, en, ar, 36.0, lon, kind, admin1={"SY02": "Aleppo", "SY07": "Idleb"}[gov], admin1_id=gov,
                 precision=EXACT, population=population, names=[Name(n, "", "t") for n in names])


PLACES = [
    _gov("SY07", "Idleb", "إدلب", 35.9, 36.9),
    _gov("SY02", "Aleppo", "حلب", 36.9, 38.5),
    # a quarter known in English by a translation, in Arabic by its own name
    _place("Q1", ["Mill Road", "طريق الطاحون"], 37.10, kind="neighbourhood"),
    _place("V1", ["Tell Zaytun", "تل زيتون"], 37.30),
    _place("V2", ["Ain Ward", "عين ورد"], 37.35),
    _place("V3", ["Badi", "البدي"], 37.40),
    # a big town and a village of near names: the spelling decides, not the size
    _place("T1", ["Ain Zora", "عين زورة"], 37.50, kind="city", population=500_000),
    _place("V4", ["Anjora", "عنجورة"], 37.55),
    # a city quarter whose name begins with «كرم», and a village of the name without it
    _place("Q2", ["Karm al-Jawzi", "كرم الجوزي"], 37.60, kind="neighbourhood"),
    _place("V5", ["Rumaysa", "الرميسة"], 37.70),
    _place("V6", ["Jawz", "الجوز"], 37.65),  # one letter short of the quarter's name without «كرم»
]


@pytest.fixture(scope="module")
def r():
    return Resolver(Gazetteer(PLACES))


def test_a_name_known_only_by_its_other_script_is_found_by_its_consonants(r):
    assert r.resolve("Tareeq al-Tahoun, Aleppo").place.id == "Q1"


def test_a_consonant_match_across_scripts_must_lie_in_the_named_area(r):
    m = r.resolve("Tareeq al-Tahoun, Idleb")
    assert m.place.id == "SY07" and m.precision == REGION


@pytest.mark.parametrize("a,b", [("طريق الباب", "Tareeq al-Bab"), ("حطلة", "Hatla"), ("الليرمون", "Liramon")])
def test_consonants_agree_across_scripts(a, b):
    assert nz.consonants(nz.key(a)) == nz.consonants(nz.key(b))


def test_romanized_arabic_keeps_its_long_vowels():
    assert nz.romanize(nz.key("طريق الباب")) == "trikbab"
    assert nz.romanize("tarikbab") == "tarikbab"


def test_near_the_x_keeps_the_whole_name():
    q = parse_query("near the old mill, Raqqa")
    assert q.core == "old mill" and q.near and q.hints == ["Raqqa"] and not q.fallback


def test_central_is_a_modifier_of_the_area_not_a_place():
    q = parse_query("central countryside of Idleb")
    assert q.core == "idleb" and q.countryside and q.near


def test_a_conjunction_glued_to_the_next_name(r):
    q = parse_query("تل زيتون وعين ورد")
    assert q.alternatives == ["تل زيتون", "عين ورد"]
    assert r.resolve("قصر نسر وعين ورد، حلب").place.id == "V2"  # the first is unknown, the second is not
    assert parse_query("عين ورد").alternatives == []  # «ورد» is no conjunction when the name is known
    assert r.resolve("عين ورد، حلب").place.id == "V2"


def test_the_arabic_decimal_separator_separates_a_list():
    assert parse_query("عين ورد٫ حلب").hints == ["حلب"]


def test_vowels_read_as_one_need_three_consonants(r):
    # two consonants with any vowels are too many names: no better than a plain spelling slip
    assert dict((k, s) for s, k in r._fuzzy("Badu", 84)).get("badi", 0) < VOWEL_BLIND


def test_a_big_place_does_not_win_a_spelling_slip(r):
    assert r.resolve("Ain Jora, Aleppo").place.id == "V4"


def test_karm_is_added_to_a_quarter_s_name_but_never_dropped(r):
    assert r.resolve("Al Jawzi, Aleppo").place.id == "Q2"
    assert r.resolve("كرم الرميسة، حلب").place.id != "V5"
