"""The fifteenth round's known leftovers: home towns, merged tolls and sides, city centres,
loyal factions, vague counts of victims."""

import dataclasses
from functools import partial

from tiny_places import extract_events


events = partial(extract_events, date="2025-03-10")


def test_a_victims_home_town_is_not_where_he_was_hit(ex):
    # the town he is from is named right after the shooting; where it happened comes after
    text = "قتل مدني برصاص قوات النظام، وهو من أبناء مدينة منبج، على حاجز عند مدخل مدينة حلب."
    assert {e.name for e in events(ex, text)} == {"Aleppo"}


def test_the_son_of_a_town_killed_elsewhere_is_placed_where_it_happened(ex):
    text = "استشهد الشاب خالد برصاص قناص، وهو ابن مدينة منبج، وذلك على أطراف مدينة حلب."
    assert {e.name for e in events(ex, text)} == {"Aleppo"}


def test_a_home_town_and_the_place_that_locates_it_are_kept_when_nothing_else_is_named(ex):
    # only the home town (and where it lies) is named: the attack stays there
    text = "أصيب مواطن من أهالي قرية حزوان غرب مدينة منبج برصاص الجنود الأتراك أمام منزله."
    assert {e.name for e in events(ex, text)} == {"Hazwan"}


def test_the_city_centre_is_a_part_of_the_city_named_not_a_place_named_so():
    # a gazetteer may list some city's centre as a place called «مركز المدينة»
    from geomap.extraction import Extractor
    from tiny_places import extra_place, tiny_gazetteer_with

    centre = extra_place("X90", "Al-Madena", "مركز المدينة", 35.13, 36.74, "village", "SY04")
    ex = Extractor(tiny_gazetteer_with(centre))
    assert {e.name for e in events(ex, "سقطت قذائف صاروخية على مركز مدينة منبج وأصابت ثلاثة مدنيين.")} == {"Manbij"}
    text = "قصفت القوات التركية مدينة منبج اليوم. وقال مصدر محلي إن القصف استهدف مركز المدينة وأصاب ثلاثة مدنيين."
    assert {e.name for e in events(ex, text)} == {"Manbij"}


def test_the_factions_loyal_to_the_regime_are_pro_government_militias(ex):
    text = "قصفت قوات النظام والفصائل الموالية لها بلدة كفرنبل بالمدفعية الثقيلة اليوم."
    (e,) = events(ex, text)
    assert e.actor1 == "Syrian regime forces (government); NDF and pro-government militias"


def test_the_owner_of_a_guard_post_hit_is_its_target(ex):
    (e,) = events(ex, "استهدفت قسد برشاش ثقيل مخفراً للجيش التركي قرب منبج.")
    assert (e.actor1, e.actor2) == ("SDF (Syrian Democratic Forces)", "Turkish military")


def test_several_victims_are_no_count_of_the_dead():
    from geomap.quantities import figures_in

    # «ضحايا» are casualties: some of these several are in a critical state, alive
    assert figures_in("أسفر القصف عن وقوع عدة ضحايا من المدنيين بعضهم في حالة حرجة.") == []
    assert figures_in("سقوط عدد من الضحايا في صفوف المدنيين جراء القصف.") == []
    # a number of victims is a toll; several killed are three
    assert [(f.kind, f.value) for f in figures_in("سقوط 7 ضحايا مدنيين بينهم أطفال.")] == [("killed", 7)]
    assert [(f.kind, f.value) for f in figures_in("أدى القصف إلى مقتل عدد من المدنيين.")] == [("killed", 3)]


def _report(doc, fatalities, victims, actor1="Russian military"):
    from geomap.records import Event

    return Event(event_id=f"{doc}-1", doc_id=doc, event_type="Explosions/Remote violence",
                 sub_event_type="Air/drone strike", actor1=actor1, lat=35.9, lon=36.4, geo_precision=1,
                 admin1="Idleb", place_id="v", location="v", event_date="2022-09-08", notes=f"a sentence of {doc}",
                 fatalities=fatalities, victims=victims)


def test_tolls_of_different_people_merge_to_the_conservative_figure():
    from geomap.dedup import deduplicate

    # a ministry claims 120 militants killed; a local outlet counts 7 civilians: no later count of one toll
    (e,) = deduplicate([_report("a", 7, "civilians, children"), _report("b", 120, "fighters")])
    assert e.fatalities == 7 and (e.fatalities_low, e.fatalities_high) == (7, 120)
    assert "b: 120 fighters" in e.fatalities_note and "a: 7 civilians" in e.fatalities_note
    # the same people counted twice: the higher, later count
    (e,) = deduplicate([_report("a", 7, "civilians"), _report("b", 9, "civilians, children")])
    assert e.fatalities == 9 and e.fatalities_note == "a: 7; b: 9"


def test_an_air_strike_blamed_equally_on_a_faction_and_an_air_force_is_the_air_forces():
    from geomap.dedup import deduplicate

    # the best-located report takes the faction that had taken the town for the strike's attacker
    faction = _report("a", 3, "civilians", actor1="Military Operations Command (HTS-led)")
    (e,) = deduplicate([faction, dataclasses.replace(_report("b", 3, "civilians"), geo_precision=2)])
    assert e.actor1 == "Russian military"
    assert "a: Military Operations Command (HTS-led)" in e.actor_note


def test_opposing_camps_named_equally_are_not_one_attacker():
    from geomap.dedup import deduplicate

    shelling = {"sub_event_type": "Shelling/artillery/missile attack"}
    (e,) = deduplicate([dataclasses.replace(_report("a", 2, "civilians", actor1="Opposition forces (FSA)"), **shelling),
                        dataclasses.replace(_report("b", 2, "civilians", actor1="Syrian regime forces (government)"),
                                            geo_precision=2, **shelling)])
    assert e.actor1 == "Opposition forces (FSA)"
