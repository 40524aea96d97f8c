"""Resolver rules for the ways reports and gazetteers spell one village differently: qualifiers,
generic first words, vowels, the report's region a little or quite wrong, namesakes to choose from.

The gazetteer here is invented (names and boxes), two square governorates side by side:
Idleb west of longitude 36.9, Aleppo east of it.
"""
import pytest
import shapely

from geomap import normalize as nz
from geomap.records import EXACT, NEAR, REGION, Name, Place
from geomap.resolver import Resolver, parse_query
from geomap.store import Gazetteer

BORDER_LON = 36.9


def _gov(pid, en, ar, west, east):
    box = shapely.box(west, 35.3, east, 36.7)
    return Place(pid, en, ar, 36.0, (west + east) / 2, "governorate", admin1=en, admin1_id=pid, precision=REGION,
                 names=[Name(en, "en", "t"), Name(ar, "ar", "t")], geometry_wkb=box.wkb)


def _village(pid, names, lon, gov, kind="village", lat=36.0, precision=EXACT, population=0):
    en = next(n for n in names if not nz.is_arabic(n))
    ar = next((n for n in names if nz.is_arabic(n)), "")
    return Place(pid, en, ar, lat, lon, kind, admin1={"SY02": "Aleppo", "SY07": "Idleb"}[gov], admin1_id=gov,
                 precision=precision, population=population, names=[Name(n, "", "t") for n in names])


PLACES = [
    _gov("SY07", "Idleb", "إدلب", 35.9, BORDER_LON),
    _gov("SY02", "Aleppo", "حلب", BORDER_LON, 38.5),
    # the same name on both sides of the border: the side the query names wins
    _village("V01", ["Tell Warda", "تل وردة"], 36.85, "SY07", kind="town", population=20_000),
    _village("V02", ["Tell Warda", "تل وردة"], 37.60, "SY02"),
    # only just across the border (~20 km), far across it, and a town of a unique name far across it
    _village("V03", ["Ain Zarqa", "عين زرقا"], 36.70, "SY07"),
    _village("V04", ["Qasr Bint", "قصر بنت"], 36.10, "SY07"),
    _village("V05", ["Marj Hasna", "مرج حسنا"], 36.20, "SY07", kind="town", population=15_000),
    # twin villages told apart by a qualifier, a name with a generic first word, a bare name
    _village("V06", ["Big Jurn", "جرن كبير"], 37.20, "SY02"),
    _village("V07", ["Little Jurn", "جرن صغير"], 37.25, "SY02"),
    _village("V08", ["Tell Rummana", "تل رمانة"], 37.40, "SY02"),
    _village("V21", ["Rummani", "رماني"], 37.42, "SY02"),
    _village("V09", ["Hawsh", "حوش"], 37.80, "SY02"),
    _village("V10", ["Saffura", "صفورة"], 38.00, "SY02"),
    # vowels written otherwise
    _village("V11", ["Suwaylima", "سويلمة"], 37.90, "SY02"),
    _village("V12", ["Dabes", "دابس"], 38.10, "SY02"),
    _village("V20", ["Dumuka", "دموكة"], 38.30, "SY02"),
    _village("V13", ["Dubsa", "دبسة"], 38.20, "SY02"),
    # one key, two spellings; and a name known twice, once only by its sub-district's centroid
    _village("V14", ["Ghafar"], 37.30, "SY02"),
    _village("V15", ["Jafar"], 37.35, "SY02"),
    _village("V16", ["Hazima", "حزيمة"], 37.45, "SY02", precision=NEAR),
    _village("V17", ["Hazima", "حزيمة"], 37.50, "SY02"),
    # a sub-district named after its village
    Place("S01", "Tal Shihab", "تل شهاب", 36.05, 37.70, "subdistrict", admin1="Aleppo", admin1_id="SY02",
          precision=NEAR, names=[Name("تل شهاب", "ar", "t")],
          geometry_wkb=shapely.box(37.6, 35.95, 37.8, 36.15).wkb),
    _village("V18", ["Tal Shihab", "تل شهاب"], 36.02, "SY02", lat=36.02),
    # a village whose name is close to a landmark's
    _village("V19", ["Khuraybah"], 37.15, "SY02"),
    # a sub-district and its town; another sub-district of the same consonants; a village whose name is
    # only consonant-like the one asked for, just outside the first sub-district
    Place("S02", "Sarin", "صرين", 36.45, 38.25, "subdistrict", admin1="Aleppo", admin1_id="SY02",
          precision=REGION, names=[Name("صرين", "ar", "t")], geometry_wkb=shapely.box(38.1, 36.3, 38.4, 36.6).wkb),
    _village("V30", ["Sarin", "صرين"], 38.25, "SY02", kind="town", lat=36.45),
    Place("S03", "Suran", "صوران", 35.5, 36.35, "subdistrict", admin1="Idleb", admin1_id="SY07",
          precision=REGION, names=[Name("صوران", "ar", "t")], geometry_wkb=shapely.box(36.2, 35.4, 36.5, 35.6).wkb),
    _village("V31", ["Gharraf", "غراف"], 38.45, "SY02", lat=36.45),
]


@pytest.fixture(scope="module")
def r():
    return Resolver(Gazetteer(PLACES))


def test_inside_the_named_governorate_beats_just_across_its_border(r):
    assert r.resolve("Tell Warda, Aleppo").place.id == "V02"
    assert r.resolve("Tell Warda, Idleb").place.id == "V01"


def test_just_across_the_border_is_the_answer_when_nothing_is_inside(r):
    m = r.resolve("Ain Zarqa, Aleppo")
    assert m.place.id == "V03"
    assert m.score < 1.0  # the region disagreed


def test_a_village_far_from_the_named_region_is_not_taken(r):
    m = r.resolve("Qasr Bint, Aleppo")
    assert m.place.id == "SY02" and m.precision == REGION


def test_the_one_town_of_a_name_is_taken_whatever_region_the_query_names(r):
    assert r.resolve("Marj Hasna, Aleppo").place.id == "V05"
    assert r.resolve("مرج حسنا، حلب").place.id == "V05"


def test_a_qualifier_dropped_added_or_spelled_otherwise(r):
    assert r.resolve("جرن، حلب").place.id in ("V06", "V07")
    assert r.resolve("جرن الكبيرة، حلب").place.id == "V06"  # «كبير» and «الكبيرة» say the same
    assert r.resolve("Jurn Saghir, Aleppo").place.id == "V07"  # "Little Jurn" keyed with its qualifier last
    assert r.resolve("Hawsh Tahtani, Aleppo").place.id == "V09"


def test_a_generic_first_word_dropped_by_the_report_or_added_by_it(r):
    # "Rummani" is one letter off; "Tell Rummana" is the name itself, with "Tell" said
    assert r.resolve("Rummana, Aleppo").place.id == "V08"
    assert r.resolve("رمانة، حلب").place.id == "V08"
    assert r.resolve("Kherbet Saffura, Aleppo").place.id == "V10"


def test_same_consonants_however_unlike_the_vowels(r):
    assert r.resolve("Salma, Aleppo").place.id == "V11"
    assert r.resolve("داميكو، حلب").place.id == "V20"  # long vowels and taa marbuta aside: «دمك»


def test_latin_vowel_runs_read_as_one(r):
    scores = dict((k, s) for s, k in r._fuzzy("Dabis", 84))
    assert scores["dabas"] >= 0.88 > scores.get("dubsa", 0)
    assert r.resolve("Dabis, Aleppo").place.id == "V12"


def test_among_namesakes_by_key_the_spelling_decides(r):
    assert r.resolve("Ghafar, Aleppo").place.id == "V14"
    assert r.resolve("Jafar, Aleppo").place.id == "V15"


def test_a_place_with_its_own_point_beats_a_namesake_at_a_centroid(r):
    assert r.resolve("حزيمة، حلب").place.id == "V17"


def test_a_village_beats_the_subdistrict_named_after_it(r):
    assert r.resolve("تل شهاب").place.id == "V18"
    assert r.resolve("ناحية تل شهاب").place.id == "S01"


def test_landmark_words_leave_a_name_that_must_match_exactly(r):
    m = r.resolve("Tell Warda hospital, Aleppo")
    assert m.place.id == "V02" and m.precision == NEAR
    assert r.resolve("Khuraysa, Aleppo").place.id == "V19"  # a village name with a slip...
    m = r.resolve("Khuraysa school, Aleppo")  # ...but a school is named after anything
    assert m.place.id == "SY02"


def test_trailing_near_words_are_not_part_of_the_name():
    q = parse_query("Tell Warda city centre, Aleppo")
    assert q.core == "tell warda" and q.near and q.kind_hint == "city"
    q = parse_query("the Qasr Bint desert")  # the desert around a place is its countryside («بادية X»)
    assert q.core == "qasr bint" and q.countryside and q.curated == "qasr bint countryside"


@pytest.mark.parametrize("a,b", [
    ("Ain Elzaytun", "Ain al-Zaytun"),  # OCHA glues the article to the word it belongs to
    ("Tal Elsaman", "Tall as-Saman"),
    ("زعترا", "زعترة"),               # a final alef for taa marbuta
    ("الحمراء", "الحمرة"),            # «اء» once hamza is dropped
])
def test_spellings_that_share_a_key(a, b):
    assert nz.key(a) == nz.key(b)


def test_the_first_word_keeps_its_el_and_short_words_keep_theirs():
    assert nz.key("Elias") != nz.key("Ias")
    assert nz.key("Tal Elo") == "talalu"


def test_a_hint_that_is_an_area_s_own_name_is_not_read_as_a_near_spelling(r):
    # «صرين» is the Sarin sub-district; Suran only shares its consonants
    assert [p.id for p in r._hint_places("ريف مدينة صرين")] == ["S02"]


@pytest.mark.parametrize("q", ["كراف، ريف صرين", "كراف في ريف مدينة صرين"])
def test_a_weak_spelling_match_outside_the_named_area_loses_to_the_area(r, q):
    m = r.resolve(q)  # «غراف» has the consonants of «كراف» but lies a few km outside Sarin
    assert m.place.id in ("S02", "V30") and m.precision in (NEAR, REGION)


def test_a_neighbourhood_of_a_town_falls_back_to_the_town_not_its_sub_district(r):
    # no quarter of that name is known; «صرين» names both the sub-district and its town
    m = r.resolve("حي البستان، بلدة صرين")
    assert (m.place.id, m.precision) == ("V30", NEAR)
    # a village is not in the town: it stays somewhere in the sub-district
    assert r.resolve("قرية البستان، بلدة صرين").place.id == "S02"


def test_a_place_known_only_to_lie_in_a_sub_district_is_as_vague_as_the_sub_district(r):
    # Tal Shihab sub-district is small (precision 2): an unknown village in it is near its point,
    # not anywhere in a governorate (precision 3), which would let a cross-report merge take it far.
    m = r.resolve("قرية البستان، تل شهاب")
    assert (m.place.id, m.precision) == ("S01", NEAR)
    assert r.resolve("قرية البستان، حلب").precision == REGION
    assert r.resolve("ريف تل شهاب").precision == NEAR


@pytest.fixture(scope="module")
def r_slips():
    extra = [
        _village("W01", ["Karfa", "الكرفة"], 37.00, "SY02"),
        _village("W02", ["Baju", "باجو"], 37.10, "SY02"),
        _village("W03", ["Tannura", "تنورة"], 36.40, "SY07"),
        _village("W04", ["Bir Safsaf", "بير صفصاف"], 36.43, "SY07"),  # ~3 km from Tannura
        _village("W05", ["Hamdun", "حمدون"], 36.10, "SY07"),  # ~27 km from Tannura
    ]
    return Resolver(Gazetteer(PLACES + extra))


def test_one_slip_of_the_pen_is_a_weak_match_that_the_hint_must_confirm(r_slips):
    # two neighbouring letters swapped, and a letter dotted otherwise («ح» for «ج»): in a short
    # name, either is as unlike by ratio as any other letter changed
    assert r_slips.resolve("الكفرة، حلب").place.id == "W01"
    assert r_slips.resolve("باحو، حلب").place.id == "W02"
    # no hint, or a hint elsewhere: too weak to be the answer
    assert r_slips.resolve("الكفرة").place is None
    assert r_slips.resolve("باحو، إدلب").place.id == "SY07"


def test_slips_are_swaps_and_dots_only():
    g = Gazetteer(PLACES + [_village("W02", ["Baju", "باجو"], 37.10, "SY02")])
    assert g.slips(nz.key("باحو")) == [nz.key("باجو")]  # dots
    assert g.slips(nz.key("ناخو")) == [nz.key("باجو")]  # other dots on two letters
    assert g.slips(nz.key("بجاو")) == [nz.key("باجو")]  # a swap
    assert g.slips(nz.key("باجو")) == []  # the key itself is no slip
    assert g.slips(nz.key("بالو")) == []  # another letter is another name


def test_two_names_run_together_are_read_as_two_when_they_are_neighbours(r_slips):
    m = r_slips.resolve("تنورة بير صفصاف، إدلب")
    assert (m.place.id, m.precision) == ("W03", EXACT)
    # two known names far apart are no list: the phrase stays an unknown name
    assert r_slips.resolve("حمدون بير صفصاف، إدلب").place.id == "SY07"
