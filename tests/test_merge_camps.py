"""Merged events: one attacking side (a camp of allies) and a date no report contradicts."""
from __future__ import annotations

from geomap.dedup import deduplicate
from geomap.lexicon import actor_camps
from geomap.records import REPORT_DATED, Event

REGIME, RUSSIA, IRAN = "Syrian regime forces (government)", "Russian military", "Iran-backed militias (Iranian forces)"
TURKEY, SNA = "Turkish military", "Syrian National Army (Turkish-backed factions)"
SDF, COALITION, ISRAEL = "SDF (Syrian Democratic Forces)", "US-led Coalition", "Israeli military"
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def ev(doc: str, actor1: str = "", actor2: str = "", precision: int = 1, day: str = "2022-04-26", **kw) -> Event:
    return Event(event_id=f"{doc}-1", doc_id=doc, event_type=SHELLING[0], sub_event_type=SHELLING[1],
                 actor1=actor1, actor2=actor2, lat=36.51, lon=37.09, geo_precision=precision, admin1="Aleppo",
                 place_id="town", location="town", event_date=day, notes=f"a sentence of {doc}", **kw)


def test_the_camps_are_curated_data():
    camps = actor_camps()
    assert camps[REGIME] == camps[RUSSIA] == camps[IRAN] != camps[TURKEY] == camps[SNA]
    assert camps[SDF] == camps[COALITION] != camps[ISRAEL]
    assert "Unidentified Armed Group (Syria)" not in camps and "SOHR" not in camps


def test_an_attacker_of_the_opposing_camp_is_dropped_allies_stay():
    # three outlets blame the regime or its Russian ally for shelling a town; a fourth names Turkey
    (e,) = deduplicate([ev("a", REGIME), ev("b", RUSSIA), ev("c", f"{REGIME}; {RUSSIA}"), ev("d", TURKEY)])
    assert e.actor1 == f"{REGIME}; {RUSSIA}"
    assert "d: " + TURKEY in e.actor_note  # the analyst still sees who said what


def test_a_side_named_acting_jointly_with_the_blamed_camp_stays():
    # «قصف مصدره مناطق سيطرة قسد والنظام»: the regime fires with the SDF; Russia, named only
    # with the regime by another outlet, does not
    (e,) = deduplicate([ev("a", SDF), ev("b", SDF), ev("c", f"{SDF}; {REGIME}"), ev("d", f"{REGIME}; {RUSSIA}")])
    assert e.actor1 == f"{SDF}; {REGIME}"


def test_of_two_camps_named_equally_the_one_a_report_says_was_hit_is_the_target():
    # one report reads the regime's air defences as the attacker; another says Israel struck regime posts
    (e,) = deduplicate([ev("a", REGIME), ev("b", ISRAEL, REGIME)])
    assert (e.actor1, e.actor2) == (ISRAEL, REGIME)


def test_camps_named_equally_with_nothing_else_to_tell_them_apart_go_to_the_best_located_report():
    # one strike has one attacking side: not both; the note still tells who named which
    (e,) = deduplicate([ev("a", TURKEY, precision=2), ev("b", COALITION)])
    assert e.actor1 == COALITION and "a: " + TURKEY in e.actor_note


def test_no_target_from_a_region_level_report_or_an_ally_of_its_own_attacker():
    # "factions struck regime positions in rural Idlib" says nothing of who was hit in this town,
    # and «قسد بمساندة التحالف» read as the coalition hitting the SDF is a misreading
    # (the camps stay tied, and go to the best-located report's)
    for reports, attacker in (([ev("a", REGIME), ev("b", "Ansar al-Tawhid", REGIME, precision=3)], REGIME),
                              ([ev("a", TURKEY, precision=2), ev("b", COALITION, SDF)], COALITION)):
        (e,) = deduplicate(reports)
        assert e.actor1 == attacker


def test_a_date_one_report_states_gives_way_to_two_reports_filed_before_it():
    # two reports filed on the 5th tell of the strike; a repost on the 7th says «أمس»
    filed = [ev("a", day="2022-04-05", date_note=REPORT_DATED), ev("b", day="2022-04-05", date_note=REPORT_DATED)]
    late = ev("c", day="2022-04-06", date_note="yesterday: 1 day(s) before 2022-04-07")
    (e,) = deduplicate([*filed, late])
    assert (e.event_date, e.date_note) == ("2022-04-05", REPORT_DATED)
    # one report filed before it is no agreement (a repost may carry an earlier day)
    (e,) = deduplicate([filed[0], late])
    assert e.event_date == "2022-04-06"
    # nor is a date two texts state
    (e,) = deduplicate([*filed, late, ev("d", day="2022-04-06", date_note="today: 0 day(s) before 2022-04-06")])
    assert e.event_date == "2022-04-06"
