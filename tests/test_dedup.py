"""Cross-source deduplication on synthetic events."""
from __future__ import annotations

import itertools
import math
import random

import pytest

from geomap.dedup import clusters, deduplicate, deduplicate_stream, same_incident
from geomap.distance import distance_km
from geomap.records import REPORT_DATED, Event

# A village in Idlib governorate and points at known offsets from it.
LAT, LON = 35.65, 36.60
_ids = itertools.count()


def shifted(km_east: float, km_north: float = 0.0) -> tuple[float, float]:
    return (LAT + km_north / 111.32, LON + km_east / (111.32 * math.cos(math.radians(LAT))))


def ev(doc="d1", *, day="2017-03-05", kind=("Explosions/Remote violence", "Air/drone strike"),
       at=(LAT, LON), precision=1, admin1="Idlib", place="p1", **kw) -> Event:
    n = next(_ids)
    return Event(event_id=f"{doc}-{n}", doc_id=doc, event_type=kind[0], sub_event_type=kind[1],
                 lat=at[0], lon=at[1], geo_precision=precision, event_date=day, admin1=admin1,
                 place_id=place, location=place, notes=f"sentence {n} of {doc}", **kw)


SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def test_offsets_are_what_they_say():
    assert distance_km(LAT, LON, *shifted(3)) == pytest.approx(3, abs=0.01)


def test_merges_same_kind_nearby_same_day_from_different_docs():
    out = deduplicate([ev("a"), ev("b", at=shifted(1)), ev("c", at=shifted(0, 1.5))])
    assert len(out) == 1
    assert out[0].doc_ids == ["a", "b", "c"] and out[0].source_count == 3


def test_day_apart_merges_but_two_days_never():
    assert len(deduplicate([ev("a", day="2017-03-05"), ev("b", day="2017-03-06")])) == 1
    out = deduplicate([ev("a", day="2017-03-05"), ev("b", day="2017-03-07")])
    assert len(out) == 2 and all(e.source_count == 1 for e in out)


def test_no_chaining_across_three_days():
    # Each pair of consecutive days is within a day, but the first and last are not.
    out = deduplicate([ev("a", day="2017-03-05"), ev("b", day="2017-03-06"), ev("c", day="2017-03-07")])
    assert len(out) == 2
    assert sorted(len(e.doc_ids) for e in out) == [1, 2]


def test_no_chaining_in_space():
    # 1.5 km steps: neighbours within 2 km, the ends 3 km apart.
    out = deduplicate([ev("a", at=shifted(0), place="x"), ev("b", at=shifted(1.5), place="y"),
                       ev("c", at=shifted(3), place="z")])
    assert len(out) == 2


def test_different_kinds_never_merge():
    out = deduplicate([ev("a"), ev("b", kind=SHELLING),
                       ev("c", kind=("Explosions/Remote violence", "Remote explosive/landmine/IED"))])
    assert len(out) == 3


def test_far_places_never_merge():
    assert len(deduplicate([ev("a"), ev("b", at=shifted(40), place="other")])) == 2


@pytest.mark.parametrize("km, precision, merged", [
    (1.5, 1, True), (3, 1, False),       # exact places: 2 km
    (3, 2, True), (9, 2, True), (12, 2, False),  # near a place: 10 km
])
def test_distance_depends_on_the_less_precise_location(km, precision, merged):
    a = ev("a", precision=1)
    b = ev("b", at=shifted(km), precision=precision, place="q")
    assert same_incident(a, b) is merged
    assert (len(deduplicate([a, b])) == 1) is merged


def test_region_level_report_merges_within_its_governorate_only():
    vague = ev("v", at=shifted(60), precision=3, place="idlib-countryside")
    assert len(deduplicate([ev("a"), vague])) == 1
    elsewhere = ev("w", at=shifted(20), precision=3, admin1="Hama", place="hama-countryside")
    assert len(deduplicate([ev("a"), elsewhere])) == 2
    # Without governorates, 50 km applies.
    assert same_incident(ev("a", admin1=None), ev("v", at=shifted(45), precision=3, admin1=None, place="r"))
    assert not same_incident(ev("a", admin1=None), ev("v", at=shifted(55), precision=3, admin1=None, place="r"))


def test_region_report_joins_one_incident_and_never_bridges_two():
    a, b = ev("a", place="x"), ev("b", at=shifted(8), place="y")
    vague = ev("v", at=shifted(30), precision=3, place="idlib-countryside")
    out = deduplicate([a, b, vague])
    assert len(out) == 2
    assert not any({"a", "b"} <= set(e.doc_ids) for e in out)


def test_one_document_two_places_are_two_incidents():
    # Two villages 1 km apart in the same report: the report itself says they differ.
    out = deduplicate([ev("a", place="x"), ev("a", at=shifted(1), place="y")])
    assert len(out) == 2
    # The same place mentioned twice in one report is one incident.
    assert len(deduplicate([ev("a", place="x"), ev("a", place="x")])) == 1


def test_a_reports_region_level_copy_folds_into_its_place():
    # A headline "shelling on rural Idlib, 9 dead since Sunday" over a body naming the town hit:
    # one incident at the town, with the town's own toll (the region's is the report's total).
    town = ev("a", kind=SHELLING, place="t", fatalities=2, actor1="Regime")
    region = ev("a", kind=SHELLING, at=shifted(30), precision=3, place="rural-idlib", fatalities=9,
                actor1="Regime")
    out = deduplicate([region, town])
    assert len(out) == 1 and out[0].place_id == "t" and out[0].fatalities == 2
    # The region's figure stands when the report gives none for the town.
    town.fatalities = None
    assert deduplicate([region, town])[0].fatalities == 9
    # Not another governorate, another day, or another attacker's shelling.
    for other in (dict(admin1="Hama"), dict(day="2017-03-06"), dict(actor1="Rebels")):
        vague = ev("a", kind=SHELLING, at=shifted(30), precision=3, place="rural-idlib",
                   **{"actor1": "Regime", **other})
        assert len(deduplicate([vague, town])) == 2, other


def test_neighbouring_villages_named_by_different_reports_stay_apart():
    # Two villages 1.8 km apart, each shelled the same day: close enough for the distance
    # rule, but a report naming one village is no report of the other.
    north = ev("a", kind=SHELLING, place="v1", name="Tell Bayda", name_ar="تل بيضا")
    south = ev("b", kind=SHELLING, at=shifted(0, 1.8), place="v2", name="Kafr Salim", name_ar="كفر سليم")
    assert not same_incident(north, south)
    # A "near the village" report 6 km off names a third village: still apart.
    near = ev("c", kind=SHELLING, at=shifted(6), precision=2, place="v3", name="Ain Hamra", name_ar="عين حمرا")
    assert len(deduplicate([north, south, near])) == 3


def test_a_roundup_naming_two_villages_leaves_each_with_its_own_reports():
    # Two reports tell of the second village; a roundup lists the first village, 1.5 km off,
    # then the second. The roundup's first village must not be taken into the second's incident.
    first = dict(kind=SHELLING, place="v1", name="Tell Bayda", name_ar="تل بيضا")
    second = dict(kind=SHELLING, at=shifted(1.5), place="v2", name="Kafr Salim", name_ar="كفر سليم")
    out = deduplicate([ev("a", **second), ev("b", **second), ev("r", **first), ev("r", **second)])
    by_place = {e.place_id: e.doc_ids for e in out}
    assert by_place == {"v1": ["r"], "v2": ["a", "b", "r"]}


def test_a_place_named_after_its_town_is_the_same_place():
    town = ev("a", place="t", name="Kafr Salim", name_ar="كفر سليم")
    farm = ev("b", at=shifted(1.2), place="f", name="Mazraat Kafr Salim", name_ar="مزرعة كفر سليم")
    subdistrict = ev("c", at=shifted(4), precision=2, place="n", name="Kafr Salim", name_ar="ناحية كفر سليم")
    assert len(deduplicate([town, farm, subdistrict])) == 1


def test_undated_events_merge_only_within_one_report():
    assert len(deduplicate([ev("a", day=None), ev("b", day=None)])) == 2
    assert len(deduplicate([ev("a", day=None), ev("b")])) == 2
    assert len(deduplicate([ev("a", day=None), ev("a", day=None)])) == 1


def test_keeps_fatality_range_and_most_reported_figure():
    out = deduplicate([
        ev("a", fatalities=3, fatalities_low=2, fatalities_high=3),
        ev("b", fatalities=7),
        ev("c", fatalities=7, fatalities_low=5, fatalities_high=9),
        ev("d"),
    ])
    [e] = out
    assert (e.fatalities_low, e.fatalities, e.fatalities_high) == (2, 7, 9)
    assert "a: 3" in e.fatalities_note and "c: 7" in e.fatalities_note


def test_fatality_tie_goes_to_the_higher_figure():
    [e] = deduplicate([ev("a", fatalities=3), ev("b", fatalities=5)])
    assert (e.fatalities_low, e.fatalities, e.fatalities_high) == (3, 5, 5)


def test_one_outlier_report_widens_the_range_but_not_the_figure():
    [e] = deduplicate([ev("a", fatalities=7), ev("b", fatalities=7), ev("c", fatalities=30)])
    assert (e.fatalities_low, e.fatalities, e.fatalities_high) == (7, 7, 30)


def test_with_no_two_reports_agreeing_an_outlier_does_not_carry_the_figure():
    [e] = deduplicate([ev("a", fatalities=2), ev("b", fatalities=7), ev("c", fatalities=120)])
    assert (e.fatalities_low, e.fatalities, e.fatalities_high) == (2, 7, 120)


def test_events_without_coordinates_merge_only_within_one_report():
    assert len(deduplicate([ev("a", at=(None, None)), ev("b", at=(None, None))])) == 2
    assert len(deduplicate([ev("a", at=(None, None)), ev("a", at=(None, None))])) == 1
    assert len(deduplicate([ev("a", at=(None, None), place="x"), ev("a", at=(None, None), place="y")])) == 2


def test_keeps_the_most_precise_location_then_the_most_confident():
    near = ev("a", at=shifted(4), precision=2, confidence=0.9, place="near")
    exact = ev("b", precision=1, confidence=0.4, place="exact", actor1="")
    [e] = deduplicate([near, exact])
    assert (e.lat, e.lon, e.geo_precision, e.place_id) == (exact.lat, exact.lon, 1, "exact")
    assert e.event_id == exact.event_id
    assert e.notes.startswith(exact.notes) and near.notes in e.notes
    assert e.confidence == 0.9
    low, high = ev("c", confidence=0.3), ev("d", confidence=0.8)
    [e] = deduplicate([low, high])
    assert e.event_id == high.event_id


def test_merged_date_is_the_earliest_report_day_when_no_text_states_one():
    [e] = deduplicate([ev("a", day="2017-03-06", date_note=REPORT_DATED),
                       ev("b", day="2017-03-05", date_note=REPORT_DATED)])
    assert e.event_date == "2017-03-05"


def test_input_is_not_modified():
    a, b = ev("a"), ev("b")
    deduplicate([a, b])
    assert a.doc_ids == [] and a.source_count == 1 and b.notes.startswith("sentence")


def _random_events(seed: int, n: int) -> list[Event]:
    rnd = random.Random(seed)
    kinds = [("Explosions/Remote violence", "Air/drone strike"), SHELLING]
    return [ev(f"doc{rnd.randrange(n // 2)}", day=f"2017-03-{rnd.randrange(1, 6):02d}", kind=rnd.choice(kinds),
               at=shifted(rnd.uniform(0, 30), rnd.uniform(0, 30)), precision=rnd.choice([1, 1, 2, 3]),
               place=f"p{rnd.randrange(40)}", fatalities=rnd.choice([None, 1, 2, 5]),
               confidence=rnd.choice([0.3, 0.5, 0.8]))
            for _ in range(n)]


def _signature(events):
    return sorted((e.event_id, tuple(e.doc_ids), e.fatalities) for e in events)


def test_order_independent_and_stream_equals_batch():
    events = _random_events(1, 300)
    expected = _signature(deduplicate(events))
    assert len(expected) < len(events)  # something merged
    for seed in range(3):
        shuffled = events[:]
        random.Random(seed).shuffle(shuffled)
        assert _signature(deduplicate(shuffled)) == expected
    by_date = sorted(events, key=lambda e: e.event_date)
    assert _signature(deduplicate_stream(by_date)) == expected


def test_clusters_are_complete_link_and_cover_every_event():
    events = _random_events(2, 400)
    groups = clusters(events)
    assert sorted(e.event_id for g in groups for e in g) == sorted(e.event_id for e in events)
    assert any(len(g) > 2 for g in groups)
    for g in groups:
        assert all(same_incident(x, y) for x, y in itertools.combinations(g, 2))


def test_stream_rejects_unsorted_input():
    with pytest.raises(ValueError, match="sorted by date"):
        list(deduplicate_stream([ev("a", day="2017-03-07"), ev("b", day="2017-03-05")]))


def test_stream_emits_finished_days_before_the_end():
    def gen():
        yield ev("a", day="2017-03-01")
        yield ev("b", day="2017-03-01")
        yield ev("c", day="2017-03-05")
        raise AssertionError("read too far")

    it = deduplicate_stream(gen())
    first = next(it)
    assert first.doc_ids == ["a", "b"]


def test_stream_releases_undated_events_document_by_document():
    def gen():
        yield ev("a", day=None)
        yield ev("a", day=None)
        yield ev("b", day=None)
        raise AssertionError("read too far")

    first = next(deduplicate_stream(gen()))
    assert first.doc_ids == ["a"] and first.source_count == 1 and "sentence" in first.notes


def test_undated_and_dated_mixed_stream_equals_batch():
    events = _random_events(3, 200)
    undated = [ev(f"u{i // 3}", day=None, place=f"p{i % 2}") for i in range(30)]
    expected = _signature(deduplicate(undated + events))
    shuffled = undated + events
    random.Random(0).shuffle(shuffled)
    assert _signature(deduplicate(shuffled)) == expected
    assert sum(1 for e in deduplicate(undated) if e.source_count == 1) == 20  # 3 per doc, 2 places: 2 events
    by_date = undated + sorted(events, key=lambda e: e.event_date)  # the pipeline's order
    assert _signature(deduplicate_stream(by_date)) == expected


def test_region_report_joins_the_most_reported_incident_not_the_nearest():
    # Two villages 4 km apart struck the same day; the town at the governorate's capital is
    # where a region-level report's point sits, yet "somewhere in the governorate" says nothing
    # of which village: the incident three reports tell is the likelier one.
    capital = ev("a", place="capital")
    village = [ev(d, at=shifted(4), place="village") for d in ("b", "c", "d")]
    vague = ev("e", precision=3, place="Idlib-rural")
    out = deduplicate([capital, *village, vague])
    assert sorted(e.doc_ids for e in out) == [["a"], ["b", "c", "d", "e"]]


def test_merged_attackers_list_every_attribution_most_named_first():
    regime, russia = "Syrian regime forces (government)", "Russian military"
    out = deduplicate([ev("a", actor1=regime), ev("b", actor1=russia), ev("c", actor1=russia),
                       ev("d", actor1="", actor2="Civilians (Syria)")])
    assert len(out) == 1
    e = out[0]
    assert e.actor1 == f"{russia}; {regime}"
    assert "a: " + regime in e.actor_note and "b: " + russia in e.actor_note
    assert e.actor2 == "Civilians (Syria)"


def test_agreeing_reports_leave_no_actor_note():
    out = deduplicate([ev("a", actor1="ISIS"), ev("b", actor1="ISIS"), ev("c")])
    assert [(e.actor1, e.actor_note) for e in out] == [("ISIS", "")]


def test_reports_that_all_inferred_the_attacker_keep_saying_so():
    inferred = "attacker not named in its sentence: the group that claimed it"
    both = deduplicate([ev("a", actor1="ISIS", actor_note=inferred), ev("b", actor1="ISIS", actor_note=inferred)])
    one_named = deduplicate([ev("a", actor1="ISIS", actor_note=inferred), ev("b", actor1="ISIS")])
    assert [e.actor_note for e in both] == [inferred] and [e.actor_note for e in one_named] == [""]


def test_a_report_that_could_not_name_the_bomber_does_not_dispute_one_that_does():
    bomb = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    (e,) = deduplicate([ev("a", kind=bomb, actor1="Unidentified Armed Group (Syria)"),
                        ev("b", kind=bomb, actor1="Islamic State (ISIS)")])
    assert (e.actor1, e.actor_note) == ("Islamic State (ISIS)", "")


def test_the_merged_event_keeps_the_best_located_report_though_a_vaguer_one_came_a_day_before():
    vague = ev("a", day="2017-03-04", at=shifted(20), precision=3, place="countryside", date_note=REPORT_DATED)
    sharp = ev("b", day="2017-03-05", date_note=REPORT_DATED)
    (out,) = deduplicate([vague, sharp])
    assert (out.geo_precision, out.place_id, out.doc_ids) == (1, "p1", ["a", "b"])
    assert out.event_date == "2017-03-04"  # the earliest report's day still dates it


def test_one_place_the_gazetteer_holds_twice_is_one_place_of_a_report():
    a = ev("d1", place="town-a", name="Jarablus", name_ar="جرابلس")
    b = ev("d1", place="town-b", at=shifted(1), name="Jarablus", name_ar="جرابلس")
    c = ev("d1", place="town-c", at=shifted(1), name="Ghandoura", name_ar="الغندورة")
    assert same_incident(a, b) and not same_incident(a, c)


CLASH = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")


def test_one_strike_told_as_air_raid_and_as_shelling_with_one_toll_merges():
    # two outlets disagree on the weapon but count the same four dead at the same village
    out = deduplicate([ev("a", fatalities=4), ev("b", kind=SHELLING, fatalities=4),
                       ev("c", kind=SHELLING, fatalities=4, fatalities_low=3)])
    assert len(out) == 1
    assert out[0].sub_event_type == SHELLING[1]  # two reports of three say shelling
    assert "kind: " in out[0].actor_note and "a: Air/drone strike" in out[0].actor_note


def test_kinds_tied_keep_the_more_specific():
    # a night raid that killed a family: one report a clash, the other an attack on civilians
    out = deduplicate([ev("a", kind=CLASH, fatalities=2), ev("b", kind=ATTACK, fatalities=2,
                                                              fatalities_low=1)])
    assert [(e.event_type, e.sub_event_type) for e in out] == [ATTACK]


def test_different_kinds_stay_apart_without_a_common_toll():
    pairs = [(ev("a"), ev("b", kind=SHELLING)),  # no toll: a town bombed and shelled the same day
             (ev("a", fatalities=2), ev("b", kind=SHELLING, fatalities=7)),  # tolls disagree
             (ev("a", fatalities=3, precision=3), ev("b", kind=SHELLING, fatalities=3, precision=3)),
             (ev("a", fatalities=1), ev("b", kind=("Strategic developments", "Arrests"), fatalities=1))]
    for x, y in pairs:
        assert not same_incident(x, y)
        assert len(deduplicate([x, y])) == 2


def test_merged_date_is_the_one_most_texts_state_not_the_report_days():
    # two reports filed a day early say nothing of the day, one says «أمس»; two texts say "today, Monday"
    out = deduplicate([ev("a", day="2017-03-05", date_note=REPORT_DATED),
                       ev("b", day="2017-03-05", date_note=REPORT_DATED),
                       ev("c", day="2017-03-05", date_note="yesterday: 1 day(s) before 2017-03-06"),
                       ev("d", day="2017-03-06", date_note="on Monday: latest before 2017-03-06", time_precision=1),
                       ev("e", day="2017-03-06", date_note="today: 0 day(s) before 2017-03-06", time_precision=1)])
    assert [(e.event_date, e.time_precision, e.date_note) for e in out] == [
        ("2017-03-06", 1, "on Monday: latest before 2017-03-06")]


def test_tied_stated_dates_go_to_the_report_days_then_to_the_later():
    told = [ev("a", day="2017-03-05", date_note="yesterday"), ev("b", day="2017-03-06", date_note="today")]
    assert [e.event_date for e in deduplicate(told)] == ["2017-03-06"]
    filed = ev("c", day="2017-03-05", date_note=REPORT_DATED)
    assert [e.event_date for e in deduplicate([*told, filed])] == ["2017-03-05"]


def test_merged_target_is_the_side_most_reports_say_was_hit():
    (e,) = deduplicate([ev("a", actor1="Regime", actor2="Rebels"), ev("b", actor1="Regime", actor2="Civilians"),
                        ev("c", actor2="Civilians"), ev("d", actor2="Regime"), ev("e", actor2="Regime")])
    assert e.actor2 == "Civilians"
