"""Resolver: the area a query names ("X, Idlib") is surer than how X is spelled. A place inside
the area, spelled nearly as written, beats a namesake or a closer spelling outside it."""
from geomap.records import EXACT, REGION, Name, Place
from geomap.resolver import Resolver
from tiny_places import extra_place, tiny_gazetteer_with


def _place(pid, en, ar, lat, lon, kind, governorate, population=5000):
    """A place in a governorate the tiny gazetteer lacks: (English, Arabic, P-code)."""
    gov_en, gov_ar, gov_id = governorate
    return Place(pid, en, ar, lat, lon, kind, admin1=gov_en, admin1_ar=gov_ar, admin1_id=gov_id,
                 population=population, precision=REGION if kind == "governorate" else EXACT,
                 names=[Name(en, "en", "test"), Name(ar, "ar", "test")])


HAMA = ("Hama", "حماة", "SY05")
LATTAKIA_TOWN = _place("C9201", "Jablah", "جبلة", 35.36, 35.92, "city", ("Lattakia", "اللاذقية", "SY06"), 80_000)
LATTAKIA_TOWN.names.append(Name("Jabala", "en", "test"))
IDLIB_VILLAGE = extra_place("C9202", "Jbala", "جبالا", 35.57, 36.56, "village", "SY07")


def test_a_close_spelling_inside_the_named_area_beats_the_one_town_of_the_name_elsewhere():
    r = Resolver(tiny_gazetteer_with(LATTAKIA_TOWN, IDLIB_VILLAGE))
    assert r.resolve("Jabala town, Idlib").place.id == "C9202"
    assert r.resolve("Jabala").place.id == "C9201"  # no area named: the town


def test_the_one_town_of_a_name_stays_the_answer_when_nothing_in_the_area_is_spelled_like_it():
    r = Resolver(tiny_gazetteer_with(LATTAKIA_TOWN))
    assert r.resolve("Jabala town, Idlib").place.id == "C9201"


def test_of_two_fuzzy_spellings_the_one_inside_the_named_governorate_wins():
    # Tamanaah, in Idlib but near Hama city, is spelled a little more like the query than
    # al-Latamneh, which is in Hama governorate, as the query says
    r = Resolver(tiny_gazetteer_with(
        _place("SY05", "Hama", "حماة", 35.20, 36.90, "governorate", HAMA),
        _place("C9203", "Hama", "حماة", 35.13, 36.75, "city", HAMA, 500_000),
        _place("C9205", "Latmana", "اللطامنة", 35.32, 36.62, "town", HAMA),
        extra_place("C9204", "Tamanaah", "التمانعة", 35.46, 36.75, "town", "SY07")))
    assert r.resolve("Ltamenah, Hama").place.id == "C9205"
    assert r.resolve("Ltamenah").place.id == "C9204"  # with no area named, the closer spelling
