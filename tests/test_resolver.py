"""Resolver: exact and fuzzy matching, hints, modifiers, precision, and refusing bad answers."""
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from geomap.records import EXACT, NEAR, REGION, Name
from geomap.distance import distance_km
from geomap.resolver import Context, Resolver, parse_query

sys.path.insert(0, str(Path(__file__).parent))
from tiny_places import extra_place, tiny_gazetteer, tiny_gazetteer_with  # noqa: E402


@pytest.fixture(scope="module")
def r():
    return Resolver(tiny_gazetteer())


def test_exact_arabic_and_english_spellings(r):
    for q in ("القريتين", "Al-Qaryatayn", "Qaryatein", "بالقريتين", "al Qaryatain"):
        m = r.resolve(q)
        assert m.place.id == "C2002", q
        assert m.precision == EXACT
        assert m.score == 1.0


def test_fuzzy_spelling_slip(r):
    m = r.resolve("Qaryatien")  # letters swapped
    assert m.place is not None and m.place.id == "C2002"
    assert 0.7 < m.score < 1.0


def test_head_word_and_hint(r):
    m = r.resolve("قرية حزوان، حلب")
    assert m.place.id == "C5004"
    assert m.place.admin1_id == "SY02"


def test_hint_picks_the_right_namesake(r):
    assert r.resolve("تل أحمر، الحسكة").place.id == "C4002"
    assert r.resolve("Tell Ahmar, Aleppo").place.id == "C5001"


def test_namesake_contradicting_the_hint_is_not_returned(r):
    # the only «تل أحمر» candidates are in Hasakah and Aleppo: none in Homs
    m = r.resolve("تل أحمر، حمص")
    assert m.place is None or m.place.id not in ("C4002", "C5001")


def test_an_unknown_neighbourhood_falls_back_to_the_city_an_unknown_village_to_the_governorate(r):
    hood = r.resolve("حي الزهيرات، حلب")  # no such quarter in the test gazetteer
    assert (hood.place.id, hood.precision) == ("C1007", NEAR)  # somewhere in the city of Aleppo
    village = r.resolve("قرية الزهيرات، حلب")
    assert (village.place.id, village.precision) == ("SY02", REGION)  # somewhere in the governorate
    # In English a district of a city is a quarter of it; «منطقة» may be an admin district.
    district = r.resolve("Zuhayrat district, Aleppo")
    assert (district.place.id, district.precision) == ("C1007", NEAR)
    assert r.resolve("منطقة الزهيرات، حلب").place.id == "SY02"


def test_context_votes_pull_towards_one_governorate(r):
    ctx = Context(admin1_votes={"SY08": 3})
    assert r.resolve("تل أحمر", ctx).place.id == "C4002"
    ctx = Context(admin1_votes={"SY02": 3})
    assert r.resolve("تل أحمر", ctx).place.id == "C5001"


def test_city_not_the_governorate_of_the_same_name(r):
    m = r.resolve("حلب")
    assert m.place.kind == "city" and m.precision == EXACT


def test_governorate_when_the_query_asks_for_it(r):
    m = r.resolve("محافظة حلب")
    assert m.place.kind == "governorate"
    assert m.precision == REGION


def test_direction_modifier_marks_an_area(r):
    m = r.resolve("شرقي حلب")
    assert m.place.id == "C1007"
    assert "east" in m.modifier
    assert m.precision == NEAR


def test_a_direction_after_a_countryside_head_is_its_not_part_of_a_village_name():
    # a village in another governorate is named «حمص الشرقية»; «بادية حمص الشرقية» is Homs's east
    r = Resolver(tiny_gazetteer_with(extra_place("C9901", "Eastern Homs", "حمص الشرقية", 35.5, 36.5, "village", "SY07")))
    m = r.resolve("بادية حمص الشرقية")
    assert m.place.admin1_id == "SY04" and m.precision == REGION
    assert r.resolve("قرية حمص الشرقية").place.id == "C9901"  # named as a village, it is the village


def test_countryside_of_a_governorate_is_a_region(r):
    m = r.resolve("ريف حمص الجنوبي الشرقي")
    assert m.place.admin1_id == "SY04"
    assert "countryside" in m.modifier and "south-east" in m.modifier
    assert m.precision == REGION


def test_place_abroad_resolves_abroad(r):
    m = r.resolve("موسكو")
    assert m.place.country == "RU"


def test_unknown_name_is_unresolved_not_wrong(r):
    m = r.resolve("Xyzzyville")
    assert m.place is None and m.lat is None
    assert m.note


def test_unknown_name_with_region_is_placed_at_the_region(r):
    m = r.resolve("قرية زعبلاوي، إدلب")
    assert m.place.id == "SY07"
    assert m.precision == REGION and m.modifier == "within"


@pytest.mark.parametrize("q", ["", "   ", "،.!?", "x" * 10_000])
def test_bad_queries_give_clear_unresolved_rows(r, q):
    m = r.resolve(q)
    assert m.place is None
    assert m.note
    assert m.to_dict()["lat"] is None


def test_top_k_lists_distinct_candidates(r):
    ms = r.resolve_top("تل أحمر", k=5)
    assert len(ms) == 2
    assert len({m.place.id for m in ms}) == 2


def test_ranked_answers_are_shared_and_resolve_top_copies_them(r):
    shared = r.ranked("تل أحمر", 5)
    assert [m.place.id for m in shared] == [m.place.id for m in r.resolve_top("تل أحمر", k=5)]
    assert r.ranked("تل أحمر", 5)[0] is shared[0]  # remembered, not worked out again
    mine = r.resolve_top("تل أحمر", k=5)[0]
    mine.score = -1.0  # a caller's note on its copy leaves the remembered answer as it was
    assert shared[0].score != -1.0 and r.resolve_top("تل أحمر", k=5)[0].score == shared[0].score


def test_parse_query_splits_name_heads_modifiers_and_hints():
    q = parse_query("قرية حزوان شرقي حلب")
    assert q.kind_hint == "village"
    q = parse_query("Al Azba town, Deir Ezzor")
    assert q.core == "al azba" and q.kind_hint == "town" and q.hints == ["Deir Ezzor"]
    q = parse_query("الفتيح, منطقة جبلة")
    assert q.hints == ["منطقة جبلة"]
    q = parse_query("village of Khirab Ashk in the Kobani countryside")
    assert q.fallback and "kobani" in q.fallback


def test_directions_joined_by_and_are_all_directions():
    # (not a place «وشمال», which fuzzily matched a village «الشمالي»)
    q = parse_query("شمال وشمال غرب سوريا")
    assert (q.directions, q.core) == (["north", "north", "west"], "سوريا")


# -- on the real sources (skipped without ../shared) ------------------------------------------

SEED_PLACES = [  # name as a report writes it, true lat, lon (from EXPECTED.md), the precision expected
    ("القامشلي", 37.05, 41.23, EXACT),
    ("القريتين", 34.23, 37.24, EXACT),
    ("تدمر", 34.56, 38.28, EXACT),
    ("Qaryatein", 34.23, 37.24, EXACT),
    ("Al-Qaryatayn", 34.23, 37.24, EXACT),
]


@pytest.mark.parametrize("name,lat,lon,precision", SEED_PLACES)
def test_seed_places_on_full_gazetteer(full_gazetteer, name, lat, lon, precision):
    m = Resolver(full_gazetteer).resolve(name)
    assert m.lat is not None
    assert distance_km(lat, lon, m.lat, m.lon) <= 5
    assert m.precision == precision


def test_seed_regions_and_abroad_on_full_gazetteer(full_gazetteer):
    r = Resolver(full_gazetteer)
    assert r.resolve("حمص").place.admin1_id == "SY04"
    m = r.resolve("ريف حمص الجنوبي الشرقي")
    assert m.place.admin1_id == "SY04" and m.precision == REGION
    m = r.resolve("ريف القلمون الشرقي")
    assert m.place is not None and m.precision >= NEAR
    for abroad in ("ماليزيا", "واشنطن", "موسكو"):
        assert r.resolve(abroad).place.country != "SY", abroad
    m = r.resolve("شرق حلب")
    assert distance_km(36.20, 37.16, m.lat, m.lon) <= 15 and m.precision == NEAR


def test_cli_resolve_json_contract(tmp_path, full_gazetteer):
    f = tmp_path / "q.txt"
    f.write_bytes("القريتين\n\nQaryatein, Homs\n".encode() + b"\xff\xfe bad\n")
    env = {"GEOMAP_GAZETTEER": str(full_gazetteer.path), "PATH": __import__("os").environ["PATH"]}
    p = subprocess.run([sys.executable, "-m", "geomap.cli", "resolve", "--json", "--file", str(f)],
                       capture_output=True, text=True, env=env)
    assert p.returncode == 0, p.stderr
    rows = [json.loads(line) for line in p.stdout.splitlines()]
    assert len(rows) == 4
    assert set(rows[0]) >= {"query", "name", "name_ar", "lat", "lon", "kind", "id", "admin1", "admin1_ar",
                            "score", "precision"}
    assert rows[0]["lat"] is not None and rows[1]["lat"] is None
    assert "invalid UTF-8" in p.stderr


def test_cli_resolve_without_names_exits_2(tmp_path):
    # (no names, and an empty stdin: a stdin that is no terminal is read for names)
    p = subprocess.run([sys.executable, "-m", "geomap.cli", "resolve"], capture_output=True, text=True, input="")
    assert p.returncode == 2
    assert "Traceback" not in p.stderr


def test_a_governorate_is_placed_at_its_capital_as_acled_does(r):
    m = r.resolve("محافظة إدلب")
    assert m.place.kind == "governorate" and m.precision == REGION
    assert (m.lat, m.lon) == (35.93, 36.63)  # Idleb city, not the governorate's middle
    m = r.resolve("قرية زعبلاوي، إدلب")  # unknown village: the region it names, at its capital
    assert (m.lat, m.lon) == (35.93, 36.63) and m.precision == REGION


def test_alternatives_are_tried_in_turn(r):
    assert r.resolve("زعبلاوي و حزوان، حلب").place.id == "C5004"
    assert r.resolve("Xyzzy or Hazwan, Aleppo").place.id == "C5004"


def test_answers_are_copies(r):
    a = r.resolve("حزوان")
    a.note = "changed by a caller"
    assert r.resolve("حزوان").note == ""


def test_a_foreign_capital_beats_a_syrian_village_of_its_name_unless_the_query_says_where():
    from geomap.records import Name, Place
    from geomap.store import Gazetteer

    gaz = Gazetteer([
        Place("C9001", "Al-Doha", "الدوحة", 36.0, 37.0, "village", admin1="Aleppo", admin1_id="SY02",
              names=[Name("الدوحة", "ar", "test")]),
        Place("SY02", "Aleppo", "حلب", 36.2, 37.6, "governorate", admin1_id="SY02", precision=REGION,
              names=[Name("حلب", "ar", "test")]),
        Place("geonames:290030", "Doha", "الدوحة", 25.29, 51.53, "city", country="QA", population=344_939,
              names=[Name("الدوحة", "ar", "test")]),
    ])
    r = Resolver(gaz)
    assert r.resolve("الدوحة").place.country == "QA"
    assert r.resolve("الدوحة، حلب").place.id == "C9001"


def test_a_quarter_of_a_city_beats_a_village_of_its_name_but_not_a_town():
    from geomap.records import Name, Place
    from geomap.store import Gazetteer

    def place(pid, ar, lat, lon, kind, admin1_id, sources):
        return Place(pid, pid, ar, lat, lon, kind, admin1_id=admin1_id,
                     names=[Name(ar, "ar", s) for s in sources], sources=list(sources))

    r = Resolver(Gazetteer([
        place("village-homs", "جوبر", 34.68, 36.67, "village", "SY04", ("a", "b", "c")),
        place("quarter-damascus", "جوبر", 33.53, 36.34, "neighbourhood", "SY01", ("d",)),
        place("town-aleppo", "دارة عزة", 36.28, 36.85, "town", "SY02", ("a",)),
        place("quarter-aleppo", "دارة عزة", 36.20, 37.08, "neighbourhood", "SY02", ("d", "e")),
    ]))
    assert r.resolve("جوبر").place.id == "quarter-damascus"  # told of more than the village, with no context
    assert r.resolve("دارة عزة").place.id == "town-aleppo"
    assert r.resolve("قرية جوبر").place.id == "village-homs"  # called a village, it is the village


def test_x_east_of_y_is_x_located_by_y(r):
    m = r.resolve("قرية حزوان شرقي حلب")
    assert m.place.id == "C5004" and m.precision == EXACT and not m.modifier


def _abroad_gazetteer():
    """A village and a town at home, big namesakes abroad (public facts: Samandağ in Hatay is
    «السويدية», Al Jadid in Libya «الجديد»), a Lebanese border town and a country."""
    from geomap.records import Name, Place
    from geomap.store import Gazetteer

    def place(pid, en, ar, lat, lon, kind, country="SY", population=0, precision=EXACT):
        return Place(pid, en, ar, lat, lon, kind, country=country, population=population, precision=precision,
                     admin1_id="SY02" if country == "SY" else "", names=[Name(ar, "ar", "test"), Name(en, "en", "test")])

    return Gazetteer([
        place("SY02", "Aleppo", "حلب", 36.2, 37.6, "governorate", precision=REGION),
        place("C9101", "Suwaydiyah", "السويدية", 36.3, 37.2, "village"),
        place("C9102", "Dar Kabira", "دار كبيرة", 33.5, 36.3, "village"),  # the home country reaches south
        place("geonames:301975", "Samandag", "السويدية", 36.08, 35.98, "city", "TR", 123_447),
        place("geonames:2219960", "Al Jadid", "الجديد", 27.05, 14.4, "city", "LY", 126_386),
        place("curated:city-arsal", "Arsal", "عرسال", 34.18, 36.42, "city", "LB", 50_000),
        place("curated:country-my", "Malaysia", "ماليزيا", 4.2, 102.0, "country", "MY", precision=REGION),
    ])


def test_a_village_or_town_head_keeps_a_name_at_home_or_across_the_border():
    r = Resolver(_abroad_gazetteer())
    # a bare name may be the big city abroad...
    assert r.resolve("السويدية").place.country == "TR"
    assert r.resolve("الجديد").place.country == "LY"
    assert r.resolve("ماليزيا").place.kind == "country"
    # ...but «قرية/بلدة/حي X» is a settlement: the one at home, or none rather than one 2,600 km off
    assert r.resolve("قرية السويدية").place.id == "C9101"
    assert r.resolve("village of Samandag").place.id == "geonames:301975"  # no namesake at home: next door
    for q in ("قرية الجديد", "حي الجديد", "Al Jadid village", "قرية ماليزيا"):
        assert r.resolve(q).place is None, q
    # a town just across the border is still one
    assert r.resolve("بلدة عرسال").place.id == "curated:city-arsal"


def test_remembered_answers_are_the_fresh_ones():
    # The resolver keeps answers and their parts (parsed queries, hint places, keys, direction
    # points); a warm one, whose callers changed what they got, must answer as a new one does.
    queries = ["شرقي حلب", "ريف حمص الجنوبي الشرقي", "تل أحمر", "تل أحمر، الحسكة", "Qaryatien",
               "قرية زعبلاوي، إدلب", "قرية حزوان، حلب", "محافظة حلب", "حلب", "Xyzzyville"]
    contexts = [None, Context(admin1_votes={"SY08": 3}), Context(admin1_votes={"SY02": 1})]
    warm = Resolver(tiny_gazetteer())
    for k in (1, 5, 2):
        for ctx in reversed(contexts):
            for q in reversed(queries):
                for m in warm.resolve_top(q, k, ctx):
                    m.lat, m.score, m.note = 0.0, 0.0, "changed by the caller"
    for k in (5, 1):
        for ctx in contexts:
            for q in queries:
                fresh = Resolver(tiny_gazetteer()).resolve_top(q, k, ctx)
                assert [m.to_dict() for m in warm.resolve_top(q, k, ctx)] == [m.to_dict() for m in fresh], (q, k)
                assert len(fresh) <= k


def test_an_answer_kept_from_without_votes_is_the_one_the_votes_give():
    # A name is worked out once without the report's governorate votes; that answer is reused
    # when the votes cannot change it. It must be what working the name out with them gives.
    queries = ["حلب", "محافظة حلب", "تل أحمر", "قرية حزوان، حلب", "شرقي حلب", "حمص", "Qaryatien"]
    votes = [{"SY02": 1}, {"SY02": 2, "SY08": 1}, {"SY08": 3}, {"SY04": 5}, {"SY07": 1, "SY11": 2}]
    r = Resolver(tiny_gazetteer())
    for q in queries:
        for v in votes:
            ctx = Context(admin1_votes=Counter(v))
            for k in (1, 5):
                worked_out = Resolver(tiny_gazetteer())._resolve_top(q, k, ctx)
                assert [m.to_dict() for m in r.resolve_top(q, k, ctx)] == [m.to_dict() for m in worked_out], (q, v, k)


def test_votes_change_an_answer_only_when_they_favour_some_candidates():
    from geomap.resolver import _Unvoted

    aleppo = _Unvoted(admin1_ids={"SY02"})  # every candidate in one governorate
    assert aleppo.same_with(Counter({"SY02": 2, "SY08": 1}))  # the same share for each
    assert aleppo.same_with(Counter({"SY08": 1}))  # nothing for any
    assert not _Unvoted(admin1_ids={"SY02"}, close=True).same_with(Counter({"SY02": 1}))  # rounding could swap two
    both = _Unvoted(admin1_ids={"SY02", "SY08"})
    assert not both.same_with(Counter({"SY02": 1}))
    assert not both.same_with(Counter({"SY02": 1, "SY08": 1}))
    assert both.same_with(Counter({"SY04": 3}))
    assert not _Unvoted(admin1_ids={"SY02", ""}).same_with(Counter({"SY02": 1}))  # no governorate, no share


def test_direction_points_are_kept_per_area_and_quadrant():
    # The point of «ريف X الشمالي» is cut out of X's outline once; the south must not get it.
    from shapely.geometry import box

    from geomap.records import Name, Place
    from geomap.store import Gazetteer

    square = Place("SYT1", "Testgov", "تستية", 35.0, 37.0, "governorate", admin1_id="SYT1", precision=REGION,
                   names=[Name("Testgov", "en", "test")], geometry_wkb=box(36.0, 34.0, 38.0, 36.0).wkb)
    r = Resolver(Gazetteer([square]))
    for _ in range(2):
        north, south = r.resolve("northern Testgov countryside"), r.resolve("southern Testgov countryside")
        north_east = r.resolve("north-eastern Testgov countryside")
        assert north.lat > 35.0 > south.lat
        assert north_east.lat > 35.0 and north_east.lon > 37.0
        assert (north.lat, north.lon) != (north_east.lat, north_east.lon)


def test_same_consonants_spelled_unlike_need_the_hint_to_agree(r):
    # "Huzaywina" has Hazwan's consonants (h-z-n) but little of its spelling.
    assert r.resolve("Huzaywina").place is None
    assert r.resolve("Huzaywina, Aleppo").place.id == "C5004"


def test_a_countryside_however_phrased_is_the_curated_region_of_that_name():
    r = Resolver(tiny_gazetteer_with(
        extra_place("curated:south-rif-idlib", "Southern Idlib countryside", "ريف إدلب الجنوبي", 35.57, 36.77, "region",
                    "SY07", precision=REGION),
        extra_place("curated:rif-idlib", "Idlib countryside", "ريف إدلب", 35.78, 36.68, "region", "SY07", precision=REGION)))
    for q in ("Idlib's southern countryside", "the southern countryside of Idlib", "ريف إدلب الجنوبي", "الريف الجنوبي لإدلب"):
        assert r.resolve(q).place.id == "curated:south-rif-idlib", q
    for q in ("بلدات وقرى أرياف إدلب", "ريفي إدلب", "countryside of Idlib"):
        assert r.resolve(q).place.id == "curated:rif-idlib", q
    m = r.resolve("Idlib's northern countryside")  # no such region: around Idlib, to the north
    assert not m.place.id.startswith("curated:") and m.modifier == "countryside north"


def test_a_town_at_home_beats_a_bigger_foreign_city_spelled_more_like_the_query():
    palmira = extra_place("geonames:9", "Palmira", "", 3.53, -76.3, "city", country="CO", population=300_000)
    palmira.names.append(Name("Palmyra", "en", "test"))
    r = Resolver(tiny_gazetteer_with(palmira))
    assert r.resolve("Palmyra").place.name == "Tadmor"
    assert r.resolve("Moscow").place.country == "RU"  # no Syrian town of that name


def test_a_road_named_after_a_place_runs_near_it_unless_the_whole_is_a_name():
    r = Resolver(tiny_gazetteer_with(extra_place("X7", "", "طريق الباب", 36.21, 37.20, "neighbourhood", "SY02")))
    m = r.resolve("طريق حلب")
    assert (m.place.id, m.precision, m.modifier) == ("C1007", NEAR, "road")
    assert (r.resolve("طريق الباب").place.id, r.resolve("حي طريق الباب").precision) == ("X7", 1)
    # ...but «طريق حلب - منبج» is the road from Aleppo to Manbij, whatever quarter it names
    m = r.resolve("طريق حلب - منبج")
    assert (m.place.id, m.precision, m.modifier) == ("C1007", NEAR, "road")


def test_a_direction_word_that_is_part_of_a_name_is_not_a_direction():
    r = Resolver(tiny_gazetteer_with(extra_place("X4", "", "حزوان الشرقي", 36.41, 37.75, "village", "SY02")))
    m = r.resolve("قرية حزوان الشرقي")
    assert (m.place.id, m.precision, m.modifier) == ("X4", 1, "")
    assert r.resolve("شرقي حلب").modifier == "east"  # a direction before a name stays one


def test_a_quarter_of_a_named_town_is_in_that_town_not_elsewhere_in_its_governorate():
    # «القصور» is one letter off «صور», a town of the same governorate 45 km from the city: a
    # quarter («حي») of the city cannot be there, so the unknown quarter is placed at the city.
    city = extra_place("DZ1", "Deir-ez-Zor", "دير الزور", 35.34, 40.14, "city", "SY09", population=200_000)
    far = extra_place("DZ2", "Sur", "صور", 35.51, 40.66, "town", "SY09")
    r = Resolver(tiny_gazetteer_with(city, far))
    assert r.resolve("صور، دير الزور").place.id == "DZ2"  # the town itself, named as a town
    m = r.resolve("حي القصور، دير الزور")
    assert (m.place.id, m.precision) == ("DZ1", NEAR)
    # a namesake inside the city is still the quarter's answer
    near = extra_place("DZ3", "Sour", "صور", 35.35, 40.15, "landmark", "SY09")
    assert Resolver(tiny_gazetteer_with(city, far, near)).resolve("حي القصور، دير الزور").place.id == "DZ3"


def test_a_crossing_with_a_name_of_its_own_is_itself_not_near_it():
    r = Resolver(tiny_gazetteer_with(extra_place("X3", "", "معبر منبج الحدودي", 36.6, 37.9, "landmark", "SY02")))
    m = r.resolve("معبر منبج الحدودي")
    assert (m.place.id, m.precision) == ("X3", 1)
    assert (r.resolve("معبر منبج").place.name, r.resolve("معبر منبج").precision) == ("Manbij", 2)


def test_a_governorate_named_by_its_city_wins_over_a_namesake_just_across_its_line():
    # "X, Idlib" is the governorate: a namesake near Idlib city but in Aleppo governorate only
    # comes second, though it is as close to the city.
    r = Resolver(tiny_gazetteer_with(
        extra_place("X8", "Hamidiya", "الحميدية", 36.05, 36.95, "village", "SY02"),
        extra_place("X9", "Hamidiya", "الحميدية", 35.62, 36.66, "village", "SY07")))
    for q in ("الحميدية، إدلب", "Hamidiya, Idlib"):
        assert [m.place.id for m in r.resolve_top(q, 2)] == ["X9", "X8"], q
    assert r.resolve("الحميدية، حلب").place.id == "X8"


def test_the_exact_name_just_outside_the_named_area_beats_a_weak_spelling_inside_it():
    def top(inside: str) -> str:
        r = Resolver(tiny_gazetteer_with(extra_place("X1", "Babila", "بابيلا", 36.30, 37.00, "village", "SY02"),
                                         extra_place("X2", "", inside, 35.70, 36.50, "village", "SY07")))
        return r.resolve("بابيلا، إدلب").place.id
    assert top("أصيلة") == "X1"  # only a weak likeness in Idlib: the region is the likelier slip
    assert top("بابيلة") == "X2"  # the same name spelled a little otherwise: the region holds


@pytest.mark.parametrize("query, pid", [
    ("قرية تل أحمر التابعة لمدينة منبج", "C5001"),
    ("قرية تل أحمر التابعة لناحية منبج", "C5001"),
    ("تل أحمر الواقعة في ريف القامشلي", "C4002"),
    ("قرية تل أحمر الواقعة بريف القامشلي", "C4002"),
    ("قرية تل أحمر التابعة للقامشلي", "C4002"),
    ("المنطقة الواقعة بين منبج وحزوان", "C5002"),  # a head word alone before: no place, no split
])
def test_belonging_to_and_lying_in_name_where_the_place_is(r, query, pid):
    assert r.resolve(query).place.id == pid


def test_around_an_airport_is_near_the_airport_and_an_unknown_one_near_its_town():
    r = Resolver(tiny_gazetteer_with(extra_place("X11", "Shayrat", "الشعيرات", 34.49, 36.95, "village", "SY04")))
    exact = r.resolve("مطار الشعيرات")
    assert (exact.place.id, exact.precision) == ("curated:shayrat-airbase", 1)
    for q in ("محيط مطار الشعيرات", "قرب مطار الشعيرات"):  # «مطار» is a head word and the name's own
        m = r.resolve(q)
        assert (m.place.id, m.precision) == ("curated:shayrat-airbase", 2), q
    m = r.resolve("محيط مطار الشعيرات الشمالي")  # north of the airport: no part of its name
    assert m.place.id == "curated:shayrat-airbase" and "north" in m.modifier
    for q in ("مطار منبج", "منطقة منبج"):  # no such airport known, the area of the town: by it, not at its centre
        m = r.resolve(q)
        assert (m.place.name, m.precision, m.modifier) == ("Manbij", 2, "near"), q


def test_near_an_airbase_in_english_is_near_the_airbase_however_it_is_called():
    r = Resolver(tiny_gazetteer())
    for q, precision in (("near Shayrat airbase", 2), ("the vicinity of Shayrat airport", 2),
                         ("Shayrat airport, Homs", 1)):
        m = r.resolve(q)
        assert (m.place.id, m.precision) == ("curated:shayrat-airbase", precision), q
    assert (r.resolve("Manbij airport").place.name, r.resolve("Manbij airport").precision) == ("Manbij", 2)


def test_a_desert_named_after_a_town_is_its_countryside():
    r = Resolver(tiny_gazetteer_with(extra_place("curated:rif-palmyra", "Palmyra countryside", "ريف تدمر", 34.45, 38.87,
                                                 "region", "SY04", precision=REGION)))
    for q in ("the Palmyra desert", "the desert of Palmyra", "بادية تدمر"):
        m = r.resolve(q)
        assert (m.place.id, m.precision) == ("curated:rif-palmyra", REGION), q


def test_english_crossings_farms_and_a_glued_article(r):
    for q in ("Hazwan Crossing, Aleppo", "Hazwan farms"):  # by the village
        m = r.resolve(q)
        assert (m.place.id, m.precision) == ("C5004", 2), q
    assert r.resolve("Alqaryatayn").place.id == "C2002"  # "Al Qaryatayn" written as one word
    assert r.resolve("Aleppo").place.id == "C1007"  # ...but a name that begins with "Al" is itself


def test_a_qualified_name_spelled_otherwise_falls_back_to_its_stem(r):
    # "Lower Hazwana": no twin of that name is known, and the stem is Hazwan spelled otherwise.
    for q in ("Hazwana Tahtani, Aleppo", "Lower Hazwin, Aleppo"):
        assert r.resolve(q).place.id == "C5004", q


def test_a_road_named_after_both_its_ends_without_a_dash_is_still_a_road(r):
    for q in ("طريق حلب منبج", "طريق حلب - منبج"):  # the two ends need not be near each other
        m = r.resolve(q)
        assert (m.place.name, m.precision, m.modifier) == ("Aleppo", 2, "road"), q


def test_a_landmark_named_with_its_landmark_word_is_itself_and_never_a_city_abroad():
    bridge = extra_place("curated:qozak-bridge", "Qozak bridge", "جسر قوزاق", 36.63, 38.21, "landmark", "SY02")
    village = extra_place("X50", "Qozak", "قوزاق", 36.60, 38.25, "village", "SY02")
    quarter = extra_place("X51", "Sakhour", "الصاخور", 36.22, 37.19, "neighbourhood", "SY02")
    abroad = extra_place("geonames:7", "Sehore", "", 23.2, 77.08, "city", country="IN", population=300_000)
    abroad.names.append(Name("Sakhour", "en", "test"))
    r = Resolver(tiny_gazetteer_with(bridge, village, quarter, abroad))
    for q, precision in (("Qozak bridge", 1), ("near the Qozak bridge", 2), ("جسر قوزاق", 1), ("محيط جسر قوزاق", 2)):
        m = r.resolve(q)
        assert (m.place.id, m.precision) == ("curated:qozak-bridge", precision), q
    m = r.resolve("Sakhour roundabout")  # by the quarter of that name, not in India
    assert (m.place.id, m.precision, m.modifier) == ("X51", 2, "near")


def test_an_english_name_that_begins_with_a_near_word_is_the_name_not_near_it():
    region = extra_place("R1", "Central Syria", "وسط سوريا", 34.86, 37.17, "region", "", precision=REGION)
    r = Resolver(tiny_gazetteer_with(region))
    m = r.resolve("central Syria")
    assert (m.place.id, m.precision, m.modifier) == ("R1", REGION, "")
    assert r.resolve("central Aleppo").modifier == "near"  # a near word before another name still is one


def test_a_city_matched_only_by_an_old_name_unlike_the_query_loses_to_a_village_of_that_name():
    # "Berea" is one of Aleppo's old names: its key is that of the village of al-Bara
    city = extra_place("X81", "Halab", "حلب", 36.2, 37.15, "city", "SY02", population=2_000_000)
    city.names.append(Name("Berea", "en", "test"))
    village = extra_place("X82", "Bara", "البارة", 35.68, 36.54, "village", "SY07")
    r = Resolver(tiny_gazetteer_with(city, village))
    assert r.resolve("Bara").place.id == "X82"
    assert r.resolve("Halab").place.id == "X81"


def test_a_village_the_sources_list_without_coordinates_says_where_it_was_put():
    r = Resolver(tiny_gazetteer_with(extra_place("X50", "Khirbet Tin", "خربة التين", 35.7, 36.6, "village", "SY07",
                                                 precision=NEAR)))
    m = r.resolve("خربة التين")
    assert (m.place.id, m.precision) == ("X50", NEAR) and "no coordinates" in m.note
    assert r.resolve("Ariha").note == ""


def test_the_text_output_shows_a_governorate_capitals_governorate(tmp_path):
    from geomap.store import write_store

    store = tmp_path / "g.sqlite"
    write_store(tiny_gazetteer().places, store, {})
    p = subprocess.run([sys.executable, "-m", "geomap.cli", "resolve", "Idlib", "-g", str(store)],
                       capture_output=True, text=True, input="")
    assert "(city, Idleb)" in p.stdout


def _with_names(place, *names):
    place.names += [Name(text, lang, source) for text, lang, source in names]
    return place


def test_a_name_the_curated_table_gives_a_city_is_its_own_but_an_old_one_is_not():
    thawrah = _with_names(extra_place("X60", "Al-Thawrah", "الثورة", 35.84, 38.55, "city", "SY11", population=70000),
                          ("الطبقة", "ar", "curated"))
    tabaqa = extra_place("X61", "Tabaqa", "الطبقة", 36.9, 41.9, "village", "SY08")
    aleppo = _with_names(extra_place("X62", "Halab", "حلب", 36.2, 37.16, "city", "SY02", population=2_000_000),
                         ("Berea", "en", "geonames"))
    bara = extra_place("X63", "Bara", "البارة", 35.68, 36.54, "village", "SY07")
    r = Resolver(tiny_gazetteer_with(thawrah, tabaqa, aleppo, bara))
    assert r.resolve("الطبقة").place.id == "X60"
    assert r.resolve("Bara").place.id == "X63"


def test_a_quarter_asked_and_its_town_found_is_part_of_the_town(r):
    m = r.resolve("حي في منبج")
    assert (m.place.id, m.precision) == ("C5002", NEAR)


def test_the_reports_own_country_as_a_hint_says_nothing_of_where_in_it():
    syria = extra_place("X70", "Syria", "سوريا", 35.0, 38.5, "country")
    r = Resolver(tiny_gazetteer_with(syria))
    m = r.resolve("Idleb province, Syria")
    assert (m.place.id, m.precision) == ("SY07", REGION)


def test_a_direction_from_a_city_outweighs_a_village_named_with_it():
    # a village whose name is "eastern" + a city's, far away: "eastern Manbij" is east of the city
    village = extra_place("X80", "Eastern Manbij", "منبج الشرقية", 35.0, 36.75, "village", "SY04")
    r = Resolver(tiny_gazetteer_with(village))
    m = r.resolve("eastern Manbij")
    assert (m.place.id, m.precision) == ("C5002", NEAR)
    assert r.resolve("قرية منبج الشرقية").place.id == "X80"  # called a village, it is the village


def test_a_directed_countryside_of_a_town_lies_that_way_from_the_town():
    # Manbij district's middle lies south of the town: «ريف منبج الشمالي» is north of the town itself
    from shapely.geometry import box
    district = extra_place("SY0205", "Manbij", "منبج", 36.25, 37.95, "district", "SY02", precision=NEAR)
    district.geometry_wkb = box(37.6, 35.7, 38.3, 36.8).wkb
    r = Resolver(tiny_gazetteer_with(district))
    for q, north, east in (("ريف منبج الشمالي", 1, 0), ("Manbij's western countryside", 0, -1)):
        m = r.resolve(q)
        assert m.place.id == "SY0205" and m.precision == NEAR, q
        assert (m.lat - 36.53) * north >= 0 and (m.lon - 37.95) * east >= 0, q
        assert 5 < distance_km(m.lat, m.lon, 36.53, 37.95) < 20, q


def test_a_countryside_region_holds_the_towns_of_its_governorate_loosely():
    # Reports put al-Bab in «ريف حلب الشمالي», though a drawn northern region may leave it out;
    # a village of the name far outside the region is only just contradicted
    from shapely.geometry import box
    north = extra_place("curated:north-rif-halab", "Northern Aleppo countryside", "ريف حلب الشمالي", 36.5, 37.18,
                        "region", "SY02", precision=REGION)
    north.geometry_wkb = box(36.9, 36.27, 37.3, 36.66).wkb
    r = Resolver(tiny_gazetteer_with(north, extra_place("X1", "Al Bab", "الباب", 36.37, 37.51, "city", "SY02",
                                                         population=60_000)))
    m = r.resolve("مدينة الباب، ريف حلب الشمالي")
    assert (m.place.id, m.precision, m.score) == ("X1", EXACT, 1.0)
    assert r.resolve("قرية حزوان، ريف حلب الشمالي").place.id == "C5004"
