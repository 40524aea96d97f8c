"""Event coding on sentences written for these tests, against tests/tiny_places.py."""
import pickle

import pytest

from geomap.extraction import ExtractResult, Extractor, extract, to_geodataframe
from geomap.records import Document, Name, Place
from geomap.store import Gazetteer
from tiny_places import extra_place, tiny_gazetteer, tiny_gazetteer_with


UNNAMED = "Unidentified Armed Group (Syria)"  # ACLED's attacker of a bomb whose makers no one names


def run(ex, text, date="2016-04-01"):
    return ex.extract_document(Document("t", text, date=date))


def test_airstrike_with_actor_place_date_and_casualties(ex):
    res = run(ex, "قتل 5 مدنيين أمس في غارات روسية على بلدة كفرنبل جنوبي إدلب.")
    (e,) = res.events
    assert (e.event_type, e.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert e.actor1 == "Russian military"
    assert e.name == "Kafr Nabl" and e.geo_precision == 1 and e.admin1 == "Idleb"
    assert e.event_date == "2016-03-31" and e.time_precision == 1
    assert e.fatalities == 5 and "civilians" in e.victims
    assert e.notes == "قتل 5 مدنيين أمس في غارات روسية على بلدة كفرنبل جنوبي إدلب."
    assert e.event_id == "t:1" and e.start == 0 and e.end == len(e.notes)
    assert 0 < e.confidence <= 1


@pytest.mark.parametrize("text, sub", [
    ("قصف مدفعي على مدينة أريحا", "Shelling/artillery/missile attack"),
    ("تفجير انتحاري بسيارة مفخخة في مدينة القامشلي", "Suicide bomb"),
    ("انفجار عبوة ناسفة في مدينة منبج", "Remote explosive/landmine/IED"),
    ("هجوم بغاز الكلور على مدينة أريحا", "Chemical weapon"),
    ("اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في محيط مدينة إدلب", "Armed clash"),
    ("a suicide bomber blew himself up in Qamishli", "Suicide bomb"),
    ("Artillery shelling hit Manbij", "Shelling/artillery/missile attack"),
    ("ارتكبت الطائرات الحربية مجزرة في مدينة أريحا", "Air/drone strike"),
    ("عدوان جوي على مدينة حمص فجر اليوم", "Air/drone strike"),
    ("رمايات مدفعية على أطراف مدينة منبج", "Shelling/artillery/missile attack"),
    # One-word triggers with an attached pronoun («its raids», «its strike»).
    ("واصلت الطائرات الحربية غاراتها على مدينة أريحا", "Air/drone strike"),
    ("شنت المقاتلات غارتها الثانية على مدينة منبج", "Air/drone strike"),
])
def test_trigger_classes(ex, text, sub):
    assert [e.sub_event_type for e in run(ex, text).events] == [sub]


def test_generic_strike_word_becomes_an_air_strike_when_aircraft_are_named(ex):
    (e,) = run(ex, "قصف لطائرات التحالف الدولي على مدينة الرقة").events
    assert e.sub_event_type == "Air/drone strike" and "Coalition" in e.actor1


def test_plans_hopes_denials_and_condemnations_are_not_events(ex):
    for text in ("تعتزم روسيا شن غارات على مدينة إدلب", "وتتضمن المقترحات تنسيق الضربات الجوية على منبج",
                 "نفى الجيش الروسي قصف مدينة أريحا", "أدانت الخارجية الغارات على مدينة إدلب",
                 "Russia said it would strike Idlib", "The ministry denied shelling Manbij"):
        assert run(ex, text).events == [], text


def test_a_list_of_places_splits_the_fatalities(ex):
    events = run(ex, "ذكرت مصادر محلية مقتل 36 من مسلحي داعش بضربات جوية للتحالف الدولي في الرقة والحسكة ودير الزور").events
    assert [e.admin1 for e in events] == ["Ar-Raqqa", "Al-Hasakeh", "Deir-ez-Zor"]
    assert all(e.geo_precision == 3 for e in events)
    assert sum(e.fatalities for e in events) == 36 and {e.fatalities for e in events} == {12}
    assert all("split evenly" in e.fatalities_note for e in events)
    assert all(e.actor2.startswith("Islamic State") and "fighters of Islamic State" in e.victims for e in events)
    # what does not divide evenly goes to the first place: the parts add up to the report's figure
    events = run(ex, "Coalition aircraft bombed ISIS positions in Raqqa and Manbij, killing 15 militants.").events
    assert [e.fatalities for e in events] == [8, 7]


def test_reports_of_one_bombing_merge_and_keep_every_figure(ex):
    text = ("سقط 30 قتيلا على الأقل بهجوم انتحاري أعلن تنظيم داعش مسؤوليته عنه في مدينة منبج. "
            "وأكدت مصادر طبية استقبال 25 قتيلا و90 جريحا في مستشفيات منبج إثر الهجوم الانتحاري. "
            "وسمع دوي انفجارين في منبج.")
    (e,) = run(ex, text).events
    assert e.sub_event_type == "Suicide bomb" and e.actor1.startswith("Islamic State")
    assert (e.fatalities, e.fatalities_low, e.fatalities_high, e.injuries) == (30, 25, 30, 90)
    assert "25 (medical sources)" in e.fatalities_note


def test_war_wide_tolls_are_not_event_fatalities(ex):
    (e,) = run(ex, "قصف جوي على مدينة إدلب في الحرب التي أودت بحياة نحو 300 ألف إنسان").events
    assert e.fatalities is None


def test_control_change_and_statement(ex):
    res = run(ex, "سيطر تنظيم داعش على بلدة القريتين في 3 حزيران. وقطعت قوات النظام طرق الإمداد نحو شرق حلب "
                  "الخاضعة لسيطرة فصائل المعارضة", date="2015-08-07")
    change = [c for c in res.controls if c.kind == "change"]
    assert [(c.name, c.faction, c.date) for c in change] == [("Al-Qaryatayn", "Islamic State (ISIS)", "2015-06-03")]
    statement = [c for c in res.controls if c.kind == "statement"]
    assert [c.faction for c in statement] == ["Opposition forces (FSA)"]
    subs = {e.sub_event_type: e for e in res.events}
    assert subs["Non-state actor overtakes territory"].event_date == "2015-06-03"
    assert subs["Other"].actor1 == "Syrian regime forces (government)"
    (e,) = run(ex, "استعادت قوات النظام السيطرة على مدينة تدمر").events
    assert e.sub_event_type == "Government regains territory"
    # a capture by a force the report does not name is an event, but no change the map can colour
    res = run(ex, "The town of Tadmor was captured after heavy fighting.")
    assert [e.sub_event_type for e in res.events] == ["Non-state actor overtakes territory"] and res.controls == []


def test_dates_default_to_the_report_date_and_stay_relative_without_one(ex):
    (e,) = run(ex, "غارة جوية على مدينة منبج").events
    assert e.event_date == "2016-04-01" and "report date" in e.date_note
    (e,) = run(ex, "غارة جوية على مدينة منبج أمس", date=None).events
    assert e.event_date is None and "no report date" in e.date_note


def test_unknown_actor_is_kept_blank_and_airstrike_actor_not_invented(ex):
    (e,) = run(ex, "غارة جوية على مدينة منبج").events
    assert e.actor1 == ""


def test_nothing_abroad_and_no_placeless_events(ex):
    assert run(ex, "غارات على موسكو").events == []
    assert run(ex, "هجمات بغاز الكلور في سورية").events == []


@pytest.mark.parametrize("text, killed", [
    ("An air strike killed five people on Sunday, activists said, without giving a location.", 5),
    ("قتل ثلاثة مدنيين بغارة جوية لم يعرف مكانها", 3),
])
def test_an_attack_with_a_toll_in_a_report_that_names_no_place_is_kept_without_one(ex, text, killed):
    (e,) = run(ex, text).events
    assert (e.sub_event_type, e.fatalities, e.lat, e.geo_precision) == ("Air/drone strike", killed, None, None)
    assert e.location == "" and e.location_note == "the report names no place for it"


def test_an_event_at_a_village_placed_at_its_sub_district_says_so():
    from geomap.records import NEAR

    ex = Extractor(tiny_gazetteer_with(extra_place("X50", "Khirbet Tin", "خربة التين", 35.7, 36.6, "village", "SY07",
                                                   precision=NEAR)))
    (e,) = run(ex, "غارة جوية على قرية خربة التين").events
    assert (e.place_id, e.geo_precision) == ("X50", NEAR) and "no coordinates" in e.location_note


@pytest.mark.parametrize("text, actors", [
    ("Government forces captured the town of Kafr Nabl from rebels on Sunday after days of heavy fighting.",
     ("Syrian regime forces (government)", "Opposition forces (FSA)")),
    ("IS seized Kafr Nabl after heavy fighting with army troops on Sunday.",
     ("Islamic State (ISIS)", "Syrian regime forces (government)")),
])
def test_the_side_a_town_was_taken_from_is_the_captures_other_side(ex, text, actors):
    (e,) = run(ex, text).events
    assert (e.actor1, e.actor2) == actors


def test_a_single_shell_and_a_present_tense_liberation_are_events(ex):
    (e,) = run(ex, "A shell fell on Kafr Nabl, injuring 3.").events
    assert (e.sub_event_type, e.injuries) == ("Shelling/artillery/missile attack", 3)
    (e,) = run(ex, "قوات النظام تحرر بلدة كفرنبل").events
    assert e.sub_event_type == "Government regains territory"


@pytest.mark.parametrize("text", [
    "Opposition activists said shelling hit Kafr Nabl, killing two people.",
    "A car bomb killed 5 people in Manbij, and the Turkish defence ministry accused the YPG of the attack.",
])
def test_who_tells_of_an_attack_or_blames_another_is_not_its_attacker(ex, text):
    (e,) = run(ex, text).events
    assert e.actor1 not in ("Opposition forces (FSA)", "Turkish military")


def test_a_force_that_tells_of_its_own_raid_is_its_attacker(ex):
    (e,) = run(ex, "The coalition said it conducted a helicopter raid in Kafr Nabl that killed an ISIS official.").events
    assert e.actor1 == "US-led Coalition"


def test_the_owner_of_a_patrol_a_bomb_hit_is_the_target_though_the_noun_has_a_proclitic(ex):
    (e,) = run(ex, "انفجرت عبوة ناسفة بدورية لقوات سوريا الديمقراطية في مدينة منبج").events
    assert (e.actor1, e.actor2) == (UNNAMED, "SDF (Syrian Democratic Forces)")


def test_special_forces_that_carried_out_a_raid_landed(ex):
    (e,) = run(ex, "U.S. special forces carried out a raid in Kafr Nabl, killing an IS leader.").events
    assert (e.sub_event_type, e.actor1) == ("Armed clash", "US-led Coalition")


def test_a_city_known_by_an_old_name_like_a_village_listed_beside_it_is_not_that_village():
    from geomap.records import Name

    aleppo = extra_place("X62", "Halab", "حلب", 36.2, 37.16, "city", "SY02", population=2_000_000)
    aleppo.names.append(Name("Berea", "en", "geonames"))
    ex = Extractor(tiny_gazetteer_with(aleppo, extra_place("X63", "Bara", "البارة", 35.68, 36.54, "village", "SY07")))
    events = run(ex, "Regime jets struck Kafr Nabl, Bara and Ariha on Sunday.").events
    assert [e.place_id for e in events if e.location == "Bara"] == ["X63"]


@pytest.mark.parametrize("text", ["Government forces captured Kafr Nabl on Monday, a day after Russian jets bombed the town.",
                                  "Government forces captured Kafr Nabl, a day after Russian jets bombed the town."])
def test_a_capture_told_with_the_day_after_something_else_takes_ground(ex, text):
    kinds = {e.sub_event_type for e in run(ex, text).events}
    assert {"Government regains territory", "Air/drone strike"} <= kinds


@pytest.mark.parametrize("text", ["Turkish forces and their affiliated SNA factions shelled the village of Hazwan.",
                                  "قصفت القوات التركية وفصائل الجيش الوطني قرية حزوان"])
def test_a_force_and_its_affiliated_factions_are_joint_attackers(ex, text):
    (e,) = run(ex, text).events
    assert (e.actor1, e.actor2) == ("Turkish military; Syrian National Army (Turkish-backed factions)", "")


def test_attacks_on_civilians_with_no_armed_target_are_no_battle(ex):
    (e,) = run(ex, "صعدت قوات النظام هجماتها على المدنيين في بلدة كفرنبل").events
    assert (e.event_type, e.sub_event_type, e.actor2) == ("Violence against civilians", "Attack", "Civilians (Syria)")


def test_an_axis_is_a_front_near_its_place(ex):
    (e,) = run(ex, "Clashes continue between the SDF and IS cells on the Kafr Nabl axis.").events
    assert (e.sub_event_type, e.name, e.geo_precision) == ("Armed clash", "Kafr Nabl", 2)


def test_a_date_after_a_list_of_places_dates_the_attack_on_each(ex):
    events = run(ex, "Russian jets struck Kafr Nabl, Ariha and Manbij on Sunday.", date="2016-04-05").events
    assert sorted((e.name, e.event_date) for e in events) == [
        ("Ariha", "2016-04-03"), ("Kafr Nabl", "2016-04-03"), ("Manbij", "2016-04-03")]


@pytest.mark.parametrize("text, bombed", [
    ("Government forces captured Kafr Nabl on Monday, a day after Russian jets bombed the town.", "2016-04-03"),
    ("Government forces captured Kafr Nabl on Monday, two days after Russian jets bombed the town.", "2016-04-02"),
])
def test_what_came_days_before_an_event_told_with_its_day_is_dated_back_from_it(ex, text, bombed):
    events = {e.sub_event_type: e.event_date for e in run(ex, text, date="2016-04-05").events}
    assert events == {"Government regains territory": "2016-04-04", "Air/drone strike": bombed}


def test_python_api(ex):
    events = extract("غارات روسية على مدينة أريحا أمس", date="2016-04-01", gazetteer=tiny_gazetteer(), doc_id="x")
    assert [(e.event_id, e.name, e.event_date) for e in events] == [("x:1", "Ariha", "2016-03-31")]
    gdf = to_geodataframe(events + [events[0].__class__("y:1", "y", "Battles", "Armed clash")])
    assert str(gdf.crs) == "EPSG:4326" and len(gdf) == 2
    assert gdf.geometry.iloc[0].x == pytest.approx(events[0].lon) and gdf.geometry.iloc[1] is None
    assert {"event_type", "fatalities", "notes"} <= set(gdf.columns)
    clone = pickle.loads(pickle.dumps(ex))
    assert [e.name for e in clone.extract_document(Document("t", "قصف مدفعي على مدينة أريحا")).events] == ["Ariha"]
    with pytest.raises(ValueError):
        ex.extract_document(Document("t", "text", date="yesterday"))
    assert isinstance(run(ex, ""), ExtractResult)


def test_words_masked_against_platform_filters_are_read(ex):
    # Tatweel-and-space or tatweel-and-dot inside a word, dots between letters: one word each.
    (e,) = run(ex, "إصـ.ـابة طفلين في قـ ـصـ ـف مدفـ.ـعي لقوات إ.س.ر.ا.ئ.ي.ل على مدينة أريحا").events
    assert e.sub_event_type == "Shelling/artillery/missile attack" and e.name == "Ariha"
    assert e.actor1 == "Israeli military"
    assert e.location == "مدينة أريحا"  # offsets still point into the text as written
    # a star between tatweels masks as well
    (e,) = run(ex, "جيـ*ـش الاحتـ*ـلال التـ*ـركي يقـ*ـصف مدينة أريحا").events
    assert (e.sub_event_type, e.actor1) == ("Shelling/artillery/missile attack", "Turkish military")


def test_unmask_keeps_length_and_leaves_plain_text_alone():
    from geomap.extraction import unmask

    for text in ("قـ ـصـ ـف", "مسـ.ــيرة", "إس.را.ئ.يل", "وصلت سوريا.وقال المراسل", "أ.ف.ب"):
        assert len(unmask(text)) == len(text)
    assert unmask("وصلت سوريا.وقال المراسل") == "وصلت سوريا.وقال المراسل"  # a missing space is no mask
    assert unmask("أ.ف.ب") == "أ.ف.ب"


def test_deaths_alone_are_an_event_only_when_nothing_else_says_how(ex):
    (e,) = run(ex, "استشهاد 3 مدنيين في مدينة أريحا اليوم، رحمهم الله").events
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    assert e.name == "Ariha" and e.fatalities == 3
    events = run(ex, "استشهاد 3 مدنيين في مدينة أريحا. وكانت غارة جوية قد استهدفت المدينة.").events
    assert {e.sub_event_type for e in events} == {"Air/drone strike"}


def test_joint_attackers_are_both_actor1_but_two_sides_of_a_clash_are_not(ex):
    (e,) = run(ex, "نفذت قوات سوريا الديمقراطية بدعم من التحالف الدولي مداهمة في قرية حزوان").events
    assert e.actor1 == "SDF (Syrian Democratic Forces); US-led Coalition" and e.actor2 == ""
    (e,) = run(ex, "قصف مدفعي لقوات النظام وروسيا على مدينة أريحا").events
    assert e.actor1 == "Syrian regime forces (government); Russian military"
    (e,) = run(ex, "اشتباكات بين قوات النظام وقسد في مدينة منبج").events
    assert e.actor1 == "Syrian regime forces (government)" and e.actor2 == "SDF (Syrian Democratic Forces)"


def test_by_and_origin_words_make_the_attacker(ex):
    (e,) = run(ex, "قصف جوي من طيران النظام على مدينة أريحا").events
    assert e.actor1 == "Syrian regime forces (government)" and e.actor2 == ""
    (e,) = run(ex, "سقوط 4 قذائف على مدينة منبج مصدرها مناطق سيطرة قسد").events
    assert e.actor1 == "SDF (Syrian Democratic Forces)"


def test_a_place_near_another_is_where_it_happened(ex):
    (e,) = run(ex, "قرية حزوان قرب مدينة منبج تعرضت لقصف مدفعي").events
    assert e.name == "Hazwan"


def test_around_a_place_is_its_place_at_precision_two_in_both_languages(ex):
    for text in ("قصفت المدفعية محيط مدينة منبج", "سقطت قذائف بالقرب من مدينة منبج",
                 "غارات على أطراف مدينة منبج", "Artillery shelled the outskirts of Manbij"):
        (e,) = run(ex, text).events
        assert (e.name, e.geo_precision) == ("Manbij", 2), text


def test_around_a_place_named_at_the_attack_beats_an_exact_place_named_aside(ex):
    # Where the displaced victim came from is no rival to where the shells fell.
    (e,) = run(ex, "مقتل نازح من قرية حزوان بقصف مدفعي على محيط مدينة منبج").events
    assert (e.name, e.geo_precision) == ("Manbij", 2)


def test_same_kind_of_attack_twice_in_a_clause_gives_an_event_per_place(ex):
    res = run(ex, "قصفت قوات النظام بلدة كفرنبل بالتزامن مع قصف مدفعي استهدف مدينة أريحا")
    assert sorted((e.sub_event_type, e.name) for e in res.events) == [
        ("Shelling/artillery/missile attack", "Ariha"), ("Shelling/artillery/missile attack", "Kafr Nabl")]
    res = run(ex, "غارة جوية على مدينة منبج وغارة أخرى على قرية حزوان")
    assert sorted(e.name for e in res.events) == ["Hazwan", "Manbij"]


def test_an_attack_named_as_the_cause_of_deaths_is_the_same_event(ex):
    # «مجزرة في أريحا جراء قصف صاروخي ...»: the second trigger explains the first, one event.
    (e,) = run(ex, "مقتل 4 مدنيين في مجزرة بمدينة أريحا جراء قصف صاروخي مصدره مواقع قوات النظام شمالي إدلب").events
    assert e.name == "Ariha" and e.fatalities == 4


def test_a_raid_that_only_arrests_is_the_arrests(ex):
    # ACLED codes a raid with detentions and no violence as Arrests, not as a battle.
    subs = {e.sub_event_type for e in run(ex, "داهمت قوات التحالف الدولي منزلا في مدينة منبج واعتقلت شخصين").events}
    assert subs == {"Arrests"}


def test_a_raid_that_kills_stays_a_battle_beside_its_arrests(ex):
    text = "داهمت قوات التحالف الدولي منزلا في مدينة منبج واعتقلت شخصين. وقتل خلال المداهمة رجل من سكان المنزل."
    assert {e.sub_event_type for e in run(ex, text).events} == {"Armed clash", "Arrests"}


def test_a_round_ups_other_attacks_leave_a_raid_that_arrests_the_arrests(ex):
    # Another kind of attack, somewhere else, is another item of the round-up...
    text = ("The SDF arrested two ISIS suspects in a raid on Manbij. "
            "Elsewhere, Turkish drones struck a car near Qamishli, killing three people.")
    kinds = {(e.sub_event_type, e.name) for e in run(ex, text).events}
    assert kinds == {("Arrests", "Manbij"), ("Air/drone strike", "Qamishli")}
    # ... but a death told with no attack of its own may be the raid's, which then stays a battle.
    text = "The SDF arrested two ISIS suspects in a raid on Manbij. A third man was killed in Qamishli."
    assert ("Armed clash", "Manbij") in {(e.sub_event_type, e.name) for e in run(ex, text).events}


def test_the_place_after_the_attack_word_is_its_target(ex):
    (e,) = run(ex, "ذكر ناشطون في مدينة منبج أن غارة جوية استهدفت قرية حزوان").events
    assert e.name == "Hazwan"


def test_a_single_bullet_is_an_attack_and_border_guards_are_turkish(ex):
    (e,) = run(ex, "أصيب شاب بطلقات نارية أطلقها حرس الحدود التركي قرب مدينة القامشلي").events
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    assert e.actor1 == "Turkish military"
    (e,) = run(ex, "توفي رجل متأثرا برصاصة أطلقتها الجندرمة على مدينة القامشلي").events
    assert e.sub_event_type == "Attack" and e.actor1 == "Turkish military"


def test_pyd_written_letter_by_letter_is_the_kurdish_forces(ex):
    (e,) = run(ex, "قصفت ب ي د مدينة منبج بقذائف الهاون").events
    assert e.actor1 == "YPG (Kurdish People's Protection Units)"


def test_a_raid_with_no_named_force_takes_the_one_named_for_the_first(ex):
    events = run(ex, "نفذت قوات التحالف الدولي عملية إنزال جوي في مدينة الرقة. "
                     "وجرت عملية إنزال ثانية ليلا في مدينة منبج.").events
    assert [e.name for e in events] == ["Raqqa", "Manbij"]
    assert all(e.actor1 == "US-led Coalition" for e in events)


def test_an_earlier_incident_with_its_own_date_stays_apart_from_the_report_day(ex):
    events = run(ex, "غارات جوية على مدينة أريحا. وتعرضت مدينة أريحا لغارات جوية مماثلة في 2 شباط الماضي.").events
    assert sorted(e.event_date for e in events) == ["2016-02-02", "2016-04-01"]
    # A date within a day of the report's is the same incident, and dates it.
    (e,) = run(ex, "غارات جوية على مدينة أريحا. وتعرضت مدينة أريحا لغارات جوية أمس.").events
    assert e.event_date == "2016-03-31"


def test_english_relative_dates_weeks_and_plans_date_the_event(ex):
    # The report date, 2016-04-01, is a Friday.
    (e,) = run(ex, "Warplanes bombed Manbij overnight.").events
    assert (e.event_date, e.time_precision) == ("2016-03-31", 1)  # the night before, as «الليلة الماضية»
    (e,) = run(ex, "Monday's air strike on Ariha killed three civilians.").events
    assert e.event_date == "2016-03-28"
    (e,) = run(ex, "Russian jets struck the town of Ariha last week.").events
    assert (e.event_date, e.time_precision) == ("2016-03-21", 2)  # that week, by its Monday
    (e,) = run(ex, "غارات جوية على مدينة أريحا قبل ثلاثة أيام.").events
    assert (e.event_date, e.time_precision) == ("2016-03-29", 1)
    # A coming day is the date of a plan, not of the strike: the report's day dates it.
    (e,) = run(ex, "Jets struck Ariha ahead of talks on 5 April.").events
    assert e.event_date == "2016-04-01" and "report date" in e.date_note
    # Earlier this week and the report's day may be one incident; last week is another one.
    (e,) = run(ex, "Russian jets struck Ariha. Russian jets struck Ariha earlier this week.").events
    assert (e.event_date, e.time_precision) == ("2016-03-28", 2)
    events = run(ex, "Russian jets struck Ariha. Russian jets struck Ariha last week.").events
    assert sorted(e.event_date for e in events) == ["2016-03-21", "2016-04-01"]


def test_habitual_and_past_period_statements_are_background(ex):
    for text in ("تتعرض مدينة أريحا بشكل مستمر للقصف المدفعي",
                 "خلال العام الماضي، استجابت فرق الإنقاذ في مدينة منبج إلى 64 هجوما جويا",
                 "The town of Manbij is shelled almost every day"):
        assert run(ex, text).events == [], text
    # The background clause does not undo the event the sentence reports first.
    (e,) = run(ex, "قتل 3 مدنيين في غارة على مدينة أريحا، وتتعرض المدينة للقصف بشكل مستمر").events
    assert e.sub_event_type == "Air/drone strike" and e.fatalities == 3


def test_the_subject_of_an_attack_verb_is_the_attacker(ex):
    # Arabic puts the verb first: the actor right after «استهدفت» is who struck, not the target.
    (e,) = run(ex, "استهدفت طائرات التحالف مواقع لداعش في مدينة الرقة").events
    assert e.actor1 == "US-led Coalition" and e.actor2 == "Islamic State (ISIS)"
    # After a noun of attack the same verb introduces the target.
    (e,) = run(ex, "غارة جوية استهدفت عناصر داعش في مدينة الرقة").events
    assert e.actor1 == "" and e.actor2 == "Islamic State (ISIS)"


def test_a_word_that_marks_the_attacker_outweighs_a_nearer_actor(ex):
    (e,) = run(ex, "نفذت القوات الأمريكية، ليل أمس، وإلى جانبها قسد، عملية إنزال في قرية حزوان").events
    assert e.actor1.startswith("US-led Coalition")


def test_a_verb_that_opens_a_clause_takes_its_subject_even_far_from_the_weapon(ex):
    (e,) = run(ex, "وهدأت الجبهات، فيما استهدفت قوات النظام بالصواريخ مدينة أريحا").events
    assert e.actor1 == "Syrian regime forces (government)" and e.actor2 == ""


def test_two_joined_attackers_stay_one_pair_whichever_is_nearer(ex):
    events = run(ex, "وامتد قصف قوات النظام وروسيا إلى ريف إدلب بقصف مدفعي استهدف مدينة أريحا").events
    (e,) = [e for e in events if e.name == "Ariha"]
    assert e.actor1 == "Syrian regime forces (government); Russian military" and e.actor2 == ""


def test_a_shooting_takes_the_shooter_named_in_a_later_sentence(ex):
    (e,) = run(ex, "أصيب رجل برصاصة في قرية حزوان صباح اليوم. وقال شهود إن الجنود الأتراك أطلقوا الرصاص من خلف الجدار.").events
    assert e.sub_event_type == "Attack" and e.name == "Hazwan" and e.actor1 == "Turkish military"


def test_a_city_named_like_its_governorate_yields_to_a_smaller_place_of_it(ex):
    (e,) = run(ex, "#حلب غارة جوية تطال قرية حزوان").events
    assert e.name == "Hazwan"
    # A city of another governorate is no locator of the village: the nearer place stays.
    (e,) = run(ex, "#حمص غارة جوية تطال قرية حزوان").events
    assert e.name == "Homs"


def test_the_owner_of_what_was_hit_is_not_where_it_was_hit(ex):
    (e,) = run(ex, "قصفت طائرة مسيرة سيارة تابعة لمشفى منبج على طريق قرية حزوان").events
    assert e.name == "Hazwan"


def test_an_attack_told_without_a_place_happened_at_the_reports_place(ex):
    events = run(ex, "اعتقلت قوات التحالف الدولي شابا في مدينة منبج. وقال أقاربه إن المداهمة جرت برا فجرا.").events
    assert sorted((e.sub_event_type, e.name) for e in events) == [("Armed clash", "Manbij"), ("Arrests", "Manbij")]
    # Honest about it: the raid's own sentence names no place.
    notes = {e.sub_event_type: e.location_note for e in events}
    assert notes["Arrests"] == "" and "names no place" in notes["Armed clash"]
    # A kind the report already places is not repeated.
    events = run(ex, "غارة جوية على مدينة أريحا. وتحدث الأهالي عن غارات عنيفة طوال الليل.").events
    assert [(e.sub_event_type, e.name) for e in events] == [("Air/drone strike", "Ariha")]


@pytest.mark.parametrize("text, actor1, actor2", [
    # English: the attacker stands before the verb, the target after it
    ("US drone strike kills an ISIS commander near Raqqa.", "US-led Coalition", "Islamic State (ISIS)"),
    ("Turkish jets bombed YPG positions in Manbij.", "Turkish military", "YPG (Kurdish People's Protection Units)"),
    ("Regime artillery shelled rebel positions in Ariha.", "Syrian regime forces (government)",
     "Opposition forces (FSA)"),
    # Arabic, verb first: a patrol that raids or storms is the subject, its owner the attacker...
    ("داهمت دورية تابعة لقوات النظام بيتا في مدينة منبج واعتقلت رجلا", "Syrian regime forces (government)", ""),
    ("اقتحمت دورية لداعش مدرسة في مدينة الرقة", "Islamic State (ISIS)", ""),
    # ... the object of another's attack is the target
    ("هاجم مسلحون مجهولون دورية لقوات النظام في مدينة منبج", "Unidentified Armed Group (Syria)",
     "Syrian regime forces (government)"),
    # ... and so is the owner of a vehicle a bomb went off in, named after «تابعة»
    # (its makers unnamed: ACLED's unidentified armed group)
    ("انفجرت عبوة ناسفة بسيارة عسكرية تابعة للجيش الوطني قرب مدينة منبج", "Unidentified Armed Group (Syria)",
     "Syrian National Army (Turkish-backed factions)"),
])
def test_the_order_of_subject_verb_and_object_names_attacker_and_target(ex, text, actor1, actor2):
    (e,) = run(ex, text).events
    assert (e.actor1, e.actor2) == (actor1, actor2)


def test_the_pronoun_us_is_no_actor(ex):
    (e,) = run(ex, "Witnesses told us an air strike hit Ariha.").events
    assert e.actor1 == ""


def test_english_joined_attackers_are_a_pair_but_the_two_sides_of_a_clash_are_not(ex):
    (e,) = run(ex, "Hezbollah fighters and regime forces besieged Tadmor.").events
    assert e.actor1 == "Hezbollah; Syrian regime forces (government)"
    (e,) = run(ex, "The SDF and ISIS clashed near Manbij.").events
    assert (e.actor1, e.actor2) == ("SDF (Syrian Democratic Forces)", "Islamic State (ISIS)")


def test_a_weapon_strike_is_one_attack_and_flown_raids_are_air_strikes(ex):
    (e,) = run(ex, "A rocket strike on Ariha killed two people.").events
    assert e.sub_event_type == "Shelling/artillery/missile attack" and e.fatalities == 2
    (e,) = run(ex, "Six people died in Russian raids on Kafr Nabl.").events
    assert (e.sub_event_type, e.actor1) == ("Air/drone strike", "Russian military")
    (e,) = run(ex, "Regime forces raided homes in Kafr Nabl.").events
    assert e.sub_event_type == "Armed clash"  # a raid on the ground


def test_a_trailing_toll_belongs_to_the_attack_told_before_it(ex):
    (e,) = run(ex, "An air strike, reportedly Russian, hit a bakery in Ariha, killing 9.").events
    assert e.fatalities == 9 and e.actor1 == "Russian military"


def test_a_downed_aircraft_is_no_air_strike(ex):
    (e,) = run(ex, "Rebels shot down a regime helicopter near Ariha.").events
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Armed clash", "Opposition forces (FSA)",
                                                      "Syrian regime forces (government)")


def test_two_sources_disagreeing_give_the_lower_toll_and_note_the_dispute(ex):
    (e,) = run(ex, "SOHR said 12 people died in air strikes on Ariha, while SANA put the toll at 15.").events
    assert (e.fatalities, e.fatalities_low, e.fatalities_high) == (12, 12, 15)
    assert e.fatalities_note.startswith("disputed: 12 (SOHR); 15 (SANA)")


def test_the_side_hit_is_actor2_when_no_target_is_named(ex):
    (e,) = run(ex, "Coalition jets struck Manbij on Monday, killing seven ISIS fighters.").events
    assert (e.actor1, e.actor2) == ("US-led Coalition", "Islamic State (ISIS)")
    (e,) = run(ex, "Turkish artillery shelled the village of Hazwan, wounding four civilians.").events
    assert e.actor2 == "Civilians (Syria)"
    # Fighters of no named group name no target.
    (e,) = run(ex, "Shelling hit Manbij on Monday, killing five fighters.").events
    assert e.actor2 == ""


def test_a_day_of_last_month_is_a_date_not_background(ex):
    report = "2016-03-10"
    (e,) = run(ex, "في السابع عشر من الشهر الماضي قصفت طائرات حربية قرية حزوان", date=report).events
    assert (e.name, e.event_date, e.time_precision) == ("Hazwan", "2016-02-17", 1)
    # The past period itself is still background.
    assert run(ex, "خلال الشهر الماضي تعرضت قرية حزوان للقصف", date=report).events == []



def test_an_air_base_named_is_no_cue_of_aircraft(ex):
    (e,) = run(ex, "US missiles hit the Shayrat airbase on Friday.").events
    assert (e.sub_event_type, e.name) == ("Shelling/artillery/missile attack", "Shayrat airbase")
    (e,) = run(ex, "Jets hit the Shayrat airbase on Friday.").events
    assert e.sub_event_type == "Air/drone strike"


def test_one_scan_finds_the_same_phrases_as_each_list_alone():
    from geomap.events import EventCoder
    from geomap.lexicon import trigger_matcher, word_matcher
    from geomap.segment import segment

    seg = segment("تتعرض البلدة بشكل مستمر للقصف، وقد يشن الطيران غارات جديدة خلال الحرب")
    got = EventCoder().phrases(seg)
    assert got.triggers == trigger_matcher().find(seg.tokens, seg.words) != []
    assert got.modal == word_matcher("modal").find(seg.tokens, seg.words)
    assert got.background == word_matcher("background").find(seg.tokens, seg.words) != []
    assert got.war_wide == word_matcher("war_wide").find(seg.tokens, seg.words)


@pytest.mark.parametrize("text, kinds", [
    ("استهدفت طائرات حربية بالصواريخ مدينة حمص", ["Air/drone strike"]),
    ("صواريخ قادمة من الأجواء اللبنانية استهدفت مدينة حمص", ["Air/drone strike"]),
    ("Jets fired missiles at Homs on Monday.", ["Air/drone strike"]),
    ("قصفت قوات النظام بالصواريخ مدينة حمص", ["Shelling/artillery/missile attack"]),
    ("قصف مدفعي وغارات جوية على مدينة حمص", ["Air/drone strike", "Shelling/artillery/missile attack"]),
])
def test_missiles_that_aircraft_fire_are_one_air_strike(ex, text, kinds):
    assert sorted(e.sub_event_type for e in run(ex, text).events) == kinds


def test_taking_full_control_is_a_change_of_control(ex):
    res = run(ex, "Rebels took full control of the town of Ariha on Sunday.")
    (e,) = res.events
    assert e.sub_event_type == "Non-state actor overtakes territory" and e.name == "Ariha"
    assert [(c.kind, c.name) for c in res.controls] == [("change", "Ariha")]


def test_a_held_compound_says_who_holds_the_place_after_it(ex):
    res = run(ex, "Airstrikes hit the rebel-held town of Kafr Nabl on Tuesday. Jets pounded ISIS-held Raqqa.")
    assert sorted((c.kind, c.faction, c.name) for c in res.controls) == [
        ("statement", "Islamic State (ISIS)", "Raqqa"), ("statement", "Opposition forces (FSA)", "Kafr Nabl")]
    assert run(ex, "Jets pounded the well-held town of Ariha.").controls == []  # no side named


# -- English wire reports: verbs of bombardment, reference back, actors, dates ---------------

def test_pounded_is_an_attack_verb_and_the_jets_before_it_the_attacker(ex):
    (e,) = run(ex, "Russian jets pounded Kafr Nabl on Wednesday, killing at least 9 people.").events
    assert (e.sub_event_type, e.actor1, e.fatalities) == ("Air/drone strike", "Russian military", 9)
    assert e.event_date == "2016-03-30"


def test_the_strikes_of_the_next_sentence_are_the_attack_told_before(ex):
    res = run(ex, "Russian jets pounded Kafr Nabl on Wednesday.\nThe strikes also hit Ariha, activists said.")
    ariha = next(e for e in res.events if e.name == "Ariha")
    assert (ariha.sub_event_type, ariha.actor1, ariha.event_date) == ("Air/drone strike", "Russian military",
                                                                      "2016-03-30")


def test_arabic_shelling_with_the_article_refers_back_to_the_air_raid(ex):
    res = run(ex, "شنت طائرات روسية غارة على بلدة كفرنبل. وطال القصف مدينة أريحا.")
    ariha = next(e for e in res.events if e.name == "Ariha")
    assert (ariha.sub_event_type, ariha.actor1) == ("Air/drone strike", "Russian military")


def test_an_attack_word_that_names_another_attacker_does_not_refer_back(ex):
    res = run(ex, "Russian jets pounded Kafr Nabl.\nThe strikes by rebels hit Ariha.")
    ariha = next(e for e in res.events if e.name == "Ariha")
    assert ariha.sub_event_type == "Shelling/artillery/missile attack"


def test_a_toll_told_after_the_raids_joins_them(ex):
    (e,) = run(ex, "Russian jets carried out raids on Kafr Nabl. The raids killed five people.").events
    assert (e.sub_event_type, e.fatalities) == ("Air/drone strike", 5)


def test_a_nationality_before_border_is_no_actor(ex):
    (e,) = run(ex, "A car bomb exploded near Manbij on the Turkish border, killing six people.").events
    assert (e.actor1, e.actor2) == (UNNAMED, "")


def test_government_aircraft_are_the_regime_and_barrel_bombs_name_it(ex):
    (e,) = run(ex, "Government helicopters dropped barrel bombs on Ariha.").events
    assert e.actor1 == "Syrian regime forces (government)"
    (e,) = run(ex, "Helicopters dropped barrel bombs on Ariha.").events
    assert e.actor1 == "Syrian regime forces (government)"
    (e,) = run(ex, "ألقى الطيران المروحي براميل متفجرة على مدينة أريحا").events
    assert e.actor1 == "Syrian regime forces (government)"


def test_an_air_strike_with_no_actor_takes_none_when_the_report_names_two_air_forces(ex):
    text = "Russian jets pounded Kafr Nabl. A US-led coalition drone strike hit Raqqa. An air strike hit Ariha."
    ariha = next(e for e in run(ex, text).events if e.name == "Ariha")
    assert ariha.actor1 == ""
    ariha = next(e for e in run(ex, "Russian jets pounded Kafr Nabl. An air strike hit Ariha.").events
                 if e.name == "Ariha")
    assert ariha.actor1 == "Russian military"


def test_a_date_in_a_clause_of_its_own_dates_the_attack_but_not_one_beside_said(ex):
    (e,) = run(ex, "A suicide bomber blew himself up in Qamishli, killing 11 people, on Wednesday.").events
    assert e.event_date == "2016-03-30"
    (e,) = run(ex, "A drone strike hit a car in Raqqa, the Pentagon said on Wednesday.").events
    assert e.event_date == "2016-04-01"


@pytest.mark.parametrize("text, dates", [
    # a round-up's header before a colon dates every item listed after it...
    ("ما جرى أمس في الشمال: غارة روسية على بلدة كفرنبل، وقصف مدفعي على مدينة أريحا",
     ["2016-03-31", "2016-03-31"]),
    ("Tuesday's events in the north: Russian jets struck Kafr Nabl, and regime guns shelled Ariha.",
     ["2016-03-29", "2016-03-29"]),
    # ... but a date of who spoke dates the statement, not what it tells
    ("ذكر مراسلنا أمس في الشمال: غارة روسية على بلدة كفرنبل", ["2016-04-01"]),
])
def test_a_round_up_header_before_a_colon_dates_its_items(ex, text, dates):
    assert [e.event_date for e in run(ex, text).events] == dates


def test_strikes_an_air_force_carries_out_are_air_strikes(ex):
    (e,) = run(ex, "The US-led coalition said it carried out 14 strikes near Raqqa.").events
    assert e.sub_event_type == "Air/drone strike"
    # an airbase's name is no cue to aircraft: missiles of no air force are shelling
    (e,) = run(ex, "Missiles hit the Shayrat airbase on Tuesday.").events
    assert e.sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.parametrize("text, sub", [
    # Israel's missiles in Syria are fired from its jets...
    ("Israeli missiles hit the Shayrat airbase on Tuesday.", "Air/drone strike"),
    ("Israeli rockets targeted a depot near the city of Homs.", "Air/drone strike"),
    # ... not when its guns or tanks are named.
    ("Israeli artillery and missiles hit a post near the city of Homs.", "Shelling/artillery/missile attack"),
    # Israel strikes from the air: a plain «قصف»/«استهداف» of Israel's is an air strike...
    ("القصف الإسرائيلي على مدينة حمص أوقع خسائر", "Air/drone strike"),
    ("استهداف إسرائيلي لموقع قرب مدينة حمص", "Air/drone strike"),
    # ... unless the text names its guns or tanks.
    ("قصفت دبابات إسرائيلية موقعا قرب مدينة حمص", "Shelling/artillery/missile attack"),
    # «القصف الروسي» may be artillery: left as it was.
    ("القصف الروسي على مدينة حمص أوقع خسائر", "Shelling/artillery/missile attack"),
])
def test_an_israeli_strike_is_from_the_air(ex, text, sub):
    (e,) = run(ex, text).events
    assert e.sub_event_type == sub


def test_a_trigger_running_past_an_actor_name_still_counts(ex):
    (e,) = run(ex, "A Turkish drone strike killed two fighters near Manbij.").events
    assert (e.sub_event_type, e.actor1) == ("Air/drone strike", "Turkish military")


def test_the_actor_after_an_english_verb_is_its_object(ex):
    (e,) = run(ex, "Masked men assassinated a rebel commander in Ariha.").events
    assert (e.actor1, e.actor2) == ("", "Opposition forces (FSA)")


def test_a_region_event_folds_into_a_town_told_beside_it_but_not_across_a_round_up(ex):
    head = "Shelling killed two children in Al-Hasakeh.\n"
    (e,) = run(ex, head + "Turkish artillery shelled Qamishli.").events
    assert (e.name, e.fatalities) == ("Qamishli", 2)
    events = run(ex, head + "Regime forces shelled Raqqa.\nRebels shelled Hazwan.\nTurkish artillery shelled Qamishli.").events
    assert [(e.name, e.fatalities) for e in events if e.admin1 == "Al-Hasakeh"] == [("Al-Hasakeh", 2), ("Qamishli", None)]


def test_the_words_ending_the_sentence_before_mark_no_actor(ex):
    events = run(ex, "An airstrike hit the town of Ariha.\nSDF fighters captured Manbij.").events
    (e,) = [e for e in events if e.name == "Manbij"]
    assert (e.actor1, e.actor2) == ("SDF (Syrian Democratic Forces)", "")


def test_planes_are_aircraft_and_no_plans(ex):
    (e,) = run(ex, "Planes struck a bakery in Ariha.").events
    assert e.sub_event_type == "Air/drone strike"
    assert run(ex, "Russia plans to strike Ariha.").events == []


def test_a_date_in_the_clause_of_what_the_attack_did_dates_it(ex):
    (e,) = run(ex, "A mine exploded in Raqqa, killing a boy on Wednesday.").events
    assert e.event_date == "2016-03-30"
    (e,) = run(ex, "انفجر لغم في مدينة الرقة، ما أدى إلى مقتل طفل يوم الأربعاء.").events
    assert e.event_date == "2016-03-30"
    # an aside of who were among the dead does not cut the attack off from its place and day
    (e,) = run(ex, "A mine killed three men, including a shepherd, in Raqqa on Wednesday.").events
    assert e.event_date == "2016-03-30"
    (e,) = run(ex, "قتل ثلاثة رجال، بينهم راع، بانفجار لغم في مدينة الرقة يوم الأربعاء.").events
    assert e.event_date == "2016-03-30"


def test_a_verb_before_as_does_not_make_the_attacker_a_target(ex):
    (e,) = run(ex, "Four civilians were killed as coalition planes hit a bakery in Raqqa.").events
    assert e.actor1 == "US-led Coalition"


def test_a_word_of_attack_beside_a_bomb_is_the_bomb_attack(ex):
    (e,) = run(ex, "A roadside bomb targeted a patrol near Manbij, wounding two soldiers.").events
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    # in a list of incidents, a shelling in a clause of its own stays a shelling, by its own attacker
    bomb, shelling = run(ex, "انفجرت عبوة ناسفة في مدينة منبج، وقصف تركي على قرية حزوان").events
    assert (bomb.sub_event_type, bomb.actor1) == ("Remote explosive/landmine/IED", UNNAMED)
    assert (shelling.sub_event_type, shelling.actor1) == ("Shelling/artillery/missile attack", "Turkish military")


def test_a_date_clause_with_the_time_of_day_dates_the_attack(ex):
    (e,) = run(ex, "On the night of March 28, regime helicopters dropped barrel bombs on Ariha.").events
    assert e.event_date == "2016-03-28"


def test_a_withdrawal_is_a_transfer_and_the_side_leaving_is_actor2(ex):
    (e,) = run(ex, "ISIS fighters pulled out of Manbij on Wednesday.").events
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Non-violent transfer of territory")
    assert (e.actor1, e.actor2) == ("", "Islamic State (ISIS)")


def test_a_capture_with_the_government_among_joint_attackers_is_regained(ex):
    (e,) = run(ex, "Hezbollah fighters and regime troops retook Palmyra.").events
    assert e.sub_event_type == "Government regains territory"


def test_a_nationality_after_the_weapon_is_the_attacker(ex):
    (e,) = run(ex, "استهدفت مسيّرة تركية سيارة في مدينة القامشلي").events
    assert (e.actor1, e.actor2) == ("Turkish military", "")


def test_the_owner_of_a_convoy_is_hit_not_the_attacker(ex):
    (e,) = run(ex, "استهدفت طائرة مسيرة رتلاً عسكرياً للقوات الروسية قرب مدينة منبج").events
    assert (e.actor1, e.actor2) == ("", "Russian military")


def test_a_leader_of_a_group_is_the_side_hit(ex):
    (e,) = run(ex, "أعلن التحالف الدولي مقتل قيادي في تنظيم داعش بغارة على مدينة الرقة").events
    assert (e.actor1, e.actor2) == ("US-led Coalition", "Islamic State (ISIS)")


@pytest.mark.parametrize("text", [
    "أعدم تنظيم داعش رجلين في مدينة الرقة بتهمة التعاون مع قوات النظام",
    "ISIS executed four men in Raqqa accused of collaborating with the regime",
])
def test_an_actor_named_in_a_charge_takes_no_part(ex, text):
    (e,) = run(ex, text).events
    # (the men executed are civilians, if anyone: never the side they were charged with helping)
    assert e.actor1 == "Islamic State (ISIS)" and e.actor2 in ("", "Civilians (Syria)")


def test_the_fighting_that_won_a_town_is_no_second_event(ex):
    (e,) = run(ex, "سيطرت فصائل المعارضة على بلدة كفرنبل بعد معارك مع قوات النظام").events
    assert e.sub_event_type == "Non-state actor overtakes territory" and e.actor1 == "Opposition forces (FSA)"


def test_protesters_are_the_actor_of_a_protest(ex):
    (e,) = run(ex, "خرجت مظاهرة في مدينة إدلب تطالب بإسقاط النظام").events
    assert (e.actor1, e.actor2) == ("Protesters (Syria)", "")


def test_a_strike_on_a_checkpoint_with_no_weapon_is_a_ground_attack(ex):
    (e,) = run(ex, "Rebels struck an army checkpoint near Ariha").events
    assert e.sub_event_type == "Armed clash"
    (e,) = run(ex, "Regime artillery struck a checkpoint near Ariha").events
    assert e.sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.parametrize("text", [
    "أحيا ناشطون الذكرى الخامسة للهجوم الكيماوي على مدينة أريحا",  # an anniversary
    "أكد ناشطون أن الطائرات الروسية لم تقصف مدينة أريحا اليوم",  # a denial with «لم»
    "وفد من أهالي أريحا يزور مدينة إدلب.\n\nإعداد وتحرير: سامر",  # «تحرير» of a byline is editing
])
def test_no_event_from_anniversaries_denials_and_bylines(ex, text):
    assert run(ex, text).events == []


def test_unidentified_gunmen_are_an_actor(ex):
    (e,) = run(ex, "Unknown gunmen shot dead a commander in Manbij").events
    assert e.actor1 == "Unidentified Armed Group (Syria)" and e.fatalities == 1


def test_a_day_of_the_current_month_in_a_clause_of_its_own(ex):
    (e,) = run(ex, "قتل رجل بانفجار لغم في مدينة منبج، يوم 3 آذار الجاري.", date="2016-03-20").events
    assert e.event_date == "2016-03-03"


def test_israeli_fire_into_quneitra_is_not_called_an_air_strike():
    places = tiny_gazetteer().places + [Place("Q1", "Khan Arnaba", "خان أرنبة", 33.18, 35.89, "town",
                                              admin1="Quneitra", admin1_ar="القنيطرة", admin1_id="SY14",
                                              names=[Name("خان أرنبة", "ar", "test")])]
    (e,) = Extractor(Gazetteer(places)).extract_document(Document("t", "قصف إسرائيلي على بلدة خان أرنبة", date="2020-01-01")).events
    assert e.sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.parametrize("text", ["أسقطت الدفاعات الجوية طائرة مسيرة فوق مدينة حمص",
                                  "تمكنت المضادات من إسقاط طائرة حربية فوق مدينة إدلب"])
def test_an_aircraft_shot_down_struck_nothing(ex, text):
    assert not any(e.sub_event_type == "Air/drone strike" for e in run(ex, text).events)


def test_a_withdrawal_under_attack_is_the_attackers_capture(ex):
    (e,) = run(ex, "انسحبت قوات النظام من مدينة أريحا بعد هجوم واسع لجيش الفتح").events
    assert (e.sub_event_type, e.actor1, e.actor2) == (
        "Non-state actor overtakes territory", "Jaish al-Fatah", "Syrian regime forces (government)")


def test_a_withdrawal_after_an_assault_by_named_attackers(ex):
    (e,) = run(ex, "ISIS fighters withdrew from Raqqa after an assault by SDF fighters").events
    assert (e.actor1, e.actor2) == ("SDF (Syrian Democratic Forces)", "Islamic State (ISIS)")


def test_a_body_found_is_a_killing_with_its_toll(ex):
    (e,) = run(ex, "عثر الأهالي على جثة شاب مقتول قرب مدينة منبج").events
    assert e.event_type == "Violence against civilians" and e.fatalities == 1


def test_a_written_date_beats_today_before_it(ex):
    (e,) = run(ex, "قصفت قوات النظام مدينة أريحا أمس الخميس 19 آذار", date="2020-03-24").events
    assert e.event_date == "2020-03-19"


def test_air_defence_repelling_a_raid_is_no_battle(ex):
    subs = {e.sub_event_type for e in run(ex, "تصدت الدفاعات الجوية لعدوان إسرائيلي على محيط مدينة حمص").events}
    assert subs == {"Air/drone strike"}


def test_jets_striking_positions_is_an_air_strike(ex):
    (e,) = run(ex, "Israeli jets struck Iranian positions near the city of Homs").events
    assert e.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("text", ["Government troops withdrew from Ariha after a rebel offensive",
                                  "سيطرت فصائل المعارضة على مدينة أريحا بعد انسحاب قوات النظام منها إثر معارك عنيفة"])
def test_the_takers_of_a_place_left_under_attack(ex, text):
    (e,) = run(ex, text).events
    assert (e.sub_event_type, e.actor1) == ("Non-state actor overtakes territory", "Opposition forces (FSA)")


def test_a_withdrawal_with_its_subject_between_verb_and_place(ex):
    (e,) = run(ex, "انسحبت قوات النظام ليلا من بلدة كفرنبل").events
    assert e.sub_event_type == "Non-violent transfer of territory" and e.name == "Kafr Nabl"


def test_the_turkish_base_was_hit_not_al_qaeda(ex):
    (e,) = run(ex, "قصفت طائرة مسيرة القاعدة التركية في مدينة منبج").events
    assert e.actor2 == "Turkish military" and "al-Qaeda" not in e.actor1 + e.actor2


def test_a_body_found_is_a_killing_in_english(ex):
    (e,) = run(ex, "The body of a shepherd was found near Manbij").events
    assert e.sub_event_type == "Attack" and e.name == "Manbij"


def test_each_part_of_a_round_up_takes_the_toll_told_in_it(ex):
    res = run(ex, "وثق ناشطون مقتل 6 مدنيين في قصف جوي على بلدة كفرنبل، و2 آخرين في قصف مدفعي على مدينة أريحا.")
    tolls = {e.name: e.fatalities for e in res.events}
    assert tolls == {"Kafr Nabl": 6, "Ariha": 2}


def test_a_total_broken_down_goes_only_to_its_parts_and_each_part_keeps_its_actors(ex):
    res = run(ex, "قتل 9 أشخاص، هم 5 في غارات روسية على بلدة كفرنبل و4 بقصف صاروخي لقوات النظام على مدينة أريحا.")
    by_place = {e.name: e for e in res.events}
    assert (by_place["Kafr Nabl"].fatalities, by_place["Ariha"].fatalities) == (5, 4)
    assert by_place["Kafr Nabl"].actor1 == "Russian military"
    assert by_place["Kafr Nabl"].actor2 != "Syrian regime forces (government)"
    assert by_place["Ariha"].actor2 != "Russian military"


def test_a_young_man_shot_dead_is_a_civilian_victim(ex):
    (e,) = run(ex, "استشهد شاب برصاص قناص لقوات النظام في مدينة أريحا.").events
    assert e.actor2 == "Civilians (Syria)"


@pytest.mark.parametrize("text, actor1, actor2", [
    # a sniper of one armed side shooting the fighters of another: a battle, the sniper's side first
    ("قتل عنصر من قوات النظام برصاص قناص من هيئة تحرير الشام قرب مدينة أريحا",
     "HTS (Hayat Tahrir al-Sham / Nusra Front)", "Syrian regime forces (government)"),
    ("Two SDF fighters were wounded by an ISIS sniper near Manbij.",
     "Islamic State (ISIS)", "SDF (Syrian Democratic Forces)"),
    # shots told beside the clashes they were part of: the other side named is the attacker
    ("A regime soldier was shot dead near Ariha, while an HTS fighter was killed in the same clashes.",
     "HTS (Hayat Tahrir al-Sham / Nusra Front)", "Syrian regime forces (government)"),
])
def test_shots_at_the_fighters_of_an_armed_side_are_an_armed_clash(ex, text, actor1, actor2):
    (e,) = run(ex, text).events
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Armed clash", actor1, actor2)


def test_a_background_phrase_inside_a_group_name_does_not_hide_the_event(ex):
    # «هيئة تحرير الشام» reads like «هيئة التحرير» (an editorial board) once the article is folded away
    (e,) = run(ex, "قتل 3 من قوات النظام و2 من هيئة تحرير الشام في اشتباكات قرب مدينة أريحا.").events
    assert e.sub_event_type == "Armed clash" and e.fatalities == 5


def test_an_english_group_killed_in_a_passive_clause_is_the_victim(ex):
    (e,) = run(ex, "Up to 8 SDF fighters were killed in an air strike on Manbij.").events
    assert e.actor2 == "SDF (Syrian Democratic Forces)" and e.actor1 != e.actor2


def test_the_tolls_of_both_sides_of_a_clash_name_its_two_sides(ex):
    (e,) = run(ex, "قتل 3 من قوات النظام و2 من هيئة تحرير الشام في اشتباكات قرب مدينة أريحا.").events
    assert (e.actor1, e.actor2) == ("Syrian regime forces (government)", "HTS (Hayat Tahrir al-Sham / Nusra Front)")


def test_the_children_among_the_dead_make_them_civilian_victims(ex):
    (e,) = run(ex, "مقتل 7 أشخاص من أسرة واحدة بينهم 4 أطفال في قصف على مدينة أريحا.").events
    assert e.actor2 == "Civilians (Syria)" and e.fatalities == 7


def test_bodies_found_in_english_count_as_the_dead(ex):
    (e,) = run(ex, "The bodies of four shepherds were found near Manbij").events
    assert e.fatalities == 4


@pytest.mark.parametrize("text", [
    "قتل 9 مدنيين، بينهم 5 في بلدة كفرنبل و4 في مدينة أريحا، في غارات روسية يوم الجمعة.",
    "قتل 9 مدنيين، منهم 5 في بلدة كفرنبل و4 في مدينة أريحا، في غارات روسية يوم الجمعة.",
    "شنت طائرات روسية يوم الجمعة غارات على بلدة كفرنبل ومدينة أريحا، ما أدى إلى مقتل 5 مدنيين في كفرنبل و4 في أريحا.",
    "Russian air strikes killed 9 civilians on Friday, five in Kafr Nabl and four in Ariha.",
    "Russian air strikes killed 9 civilians on Friday, including five in Kafr Nabl and four in Ariha.",
    "Russian air strikes killed 9 civilians on Friday, five of them in Kafr Nabl and four in Ariha.",
])
def test_a_toll_told_place_by_place_makes_an_event_per_place_with_its_own_part(ex, text):
    events = run(ex, text).events
    assert [(e.name, e.fatalities) for e in events] == [("Kafr Nabl", 5), ("Ariha", 4)]
    assert {(e.sub_event_type, e.actor1, e.event_date) for e in events} == {
        ("Air/drone strike", "Russian military", "2016-04-01")}
    assert not any(e.location.startswith(("و", "and ")) for e in events)


def test_what_a_breakdown_by_place_leaves_whole_is_split_evenly(ex):
    events = run(ex, "Russian air strikes killed 9 civilians, five in Kafr Nabl and four in Ariha, and wounded 20.").events
    assert [(e.name, e.fatalities, e.injuries) for e in events] == [("Kafr Nabl", 5, 10), ("Ariha", 4, 10)]


@pytest.mark.parametrize("text", [
    "قتل 9 مدنيين، بينهم 3 أطفال و2 نساء، في غارات روسية على بلدة كفرنبل.",
    "Russian air strikes on Kafr Nabl killed 9 civilians, including three children.",
    # the parts of the total, told of two names of one place
    "قتل 9 مدنيين، بينهم 5 في مدينة أريحا و4 في أريحا، في غارات روسية.",
])
def test_a_total_not_broken_down_by_place_stays_one_event(ex, text):
    (e,) = run(ex, text).events
    assert e.fatalities == 9 and e.name in ("Kafr Nabl", "Ariha")


# -- air defence, words that refer back, headlines over their body ----------------------------

@pytest.mark.parametrize("text", [
    "تصدت وسائط دفاعنا الجوي لعدوان إسرائيلي بالصواريخ استهدف محيط مدينة حمص",
    "وتصدت منظومات الدفاع الجوي لصواريخ إسرائيلية على مطار الشعيرات",
    "Syrian air defences shot down Israeli missiles fired at the Shayrat airbase.",
])
def test_air_defence_meeting_a_strike_is_no_battle_only_the_strike_is(ex, text):
    assert [e.sub_event_type for e in run(ex, text).events] == ["Air/drone strike"]


def test_fighters_repelling_an_assault_are_still_a_battle(ex):
    (e,) = run(ex, "تصدت فصائل المعارضة لهجوم قوات النظام على بلدة كفرنبل").events
    assert e.sub_event_type == "Armed clash"


@pytest.mark.parametrize("outcome", ["وأدى العدوان إلى", "وأسفر الهجوم عن", "وأسفرت الغارة عن", "وأدى القصف إلى",
                                     "وأسفر الاستهداف عن"])
def test_an_arabic_attack_noun_after_the_attack_takes_its_kind_and_actor_at_its_own_place(ex, outcome):
    text = f"قصفت طائرات إسرائيلية مطار الشعيرات فجر اليوم. {outcome} مقتل مدنيين اثنين في مدينة حمص."
    events = run(ex, text).events
    assert [(e.name, e.sub_event_type, e.actor1, e.fatalities) for e in events] == [
        ("Shayrat airbase", "Air/drone strike", "Israeli military", None),
        ("Homs", "Air/drone strike", "Israeli military", 2)]


def test_the_attack_of_the_next_sentence_is_the_attack_told_before(ex):
    events = run(ex, "Israeli jets struck the Shayrat airbase. The attack killed two soldiers in Homs.").events
    homs = next(e for e in events if e.name == "Homs")
    assert (homs.sub_event_type, homs.actor1, homs.fatalities) == ("Air/drone strike", "Israeli military", 2)


def test_the_toll_of_the_attack_with_no_place_joins_the_bombing_told_before(ex):
    (e,) = run(ex, "انفجرت سيارة مفخخة في مدينة منبج. وأسفر الهجوم عن مقتل 5 مدنيين.").events
    assert (e.name, e.sub_event_type, e.fatalities) == ("Manbij", "Remote explosive/landmine/IED", 5)


def test_a_raid_word_never_takes_the_kind_of_shelling_told_before(ex):
    events = run(ex, "قصفت قوات النظام بلدة كفرنبل بالمدفعية. وأسفرت الغارة عن مقتل طفل في مدينة أريحا.").events
    assert next(e for e in events if e.name == "Ariha").sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("text", [
    "غارات روسية على إدلب\n\nشنت طائرات حربية روسية غارات على بلدة كفرنبل، ما أدى إلى مقتل 4 مدنيين.",
    "Russian jets strike Idlib\n\nRussian warplanes bombed the town of Kafr Nabl in Idlib province, killing 4 civilians.",
])
def test_a_headline_naming_the_governorate_city_is_the_event_its_body_places(ex, text):
    events = run(ex, text).events
    assert [(e.name, e.sub_event_type, e.actor1, e.fatalities) for e in events] == [
        ("Kafr Nabl", "Air/drone strike", "Russian military", 4)]


@pytest.mark.parametrize("text", [
    "Warplanes pound Kafr Nabl\n\nThe raids killed four people in Ariha.",
    "Russian jets strike Kafr Nabl\n\nRaids killed four people in Ariha.",
])
def test_raids_opening_the_body_are_the_headline_air_strikes(ex, text):
    events = run(ex, text).events
    assert [(e.name, e.sub_event_type) for e in events] == [("Kafr Nabl", "Air/drone strike"),
                                                           ("Ariha", "Air/drone strike")]
    assert events[1].fatalities == 4 and len({e.actor1 for e in events}) == 1


@pytest.mark.parametrize("verb", ["pound", "pounds", "hits", "targets"])
def test_a_headline_verb_in_the_present_is_an_attack(ex, verb):
    (e,) = run(ex, f"Russian warplanes {verb} Kafr Nabl").events
    assert (e.sub_event_type, e.actor1) == ("Air/drone strike", "Russian military")


@pytest.mark.parametrize("army", ["Turkish army", "Turkish occupation army"])
def test_an_army_and_its_mercenaries_are_joint_attackers(ex, army):
    (e,) = run(ex, f"The {army} and its mercenaries shelled the town of Manbij.").events
    assert e.actor1 == "Turkish military; Syrian National Army (Turkish-backed factions)" and e.actor2 == ""


def test_army_units_restoring_security_to_a_village_retake_it(ex):
    (e,) = run(ex, "Army units restored security and stability to the town of Kafr Nabl.").events
    assert (e.sub_event_type, e.actor1) == ("Government regains territory", "Syrian regime forces (government)")


def test_a_headline_city_joins_only_the_first_place_of_the_body(ex):
    text = ("غارات روسية على إدلب\n\nشنت طائرات روسية غارات على بلدة كفرنبل.\n"
            "وفي وقت لاحق، قصفت طائرات روسية مدينة أريحا ما أدى إلى مقتل طفلين.")
    assert [(e.name, e.fatalities) for e in run(ex, text).events] == [("Kafr Nabl", None), ("Ariha", 2)]


@pytest.mark.parametrize("text, names", [
    # the body tells no place more precisely
    ("Russian jets strike Idlib\n\nFour people were killed there, activists said.", ["Idleb"]),
    # the body's place lies in another governorate
    ("غارات روسية على حلب\n\nشنت طائرات روسية غارات على بلدة كفرنبل.", ["Aleppo", "Kafr Nabl"]),
    # a first line with a full stop is a sentence of the report, not a headline
    ("Russian jets struck Idlib.\n\nRussian jets bombed Kafr Nabl.", ["Idleb", "Kafr Nabl"]),
    # another kind of attack
    ("قصف مدفعي على إدلب\n\nشنت طائرات روسية غارات على بلدة كفرنبل.", ["Idleb", "Kafr Nabl"]),
])
def test_a_headline_city_stays_an_event_unless_its_body_tells_the_same_attack_inside(ex, text, names):
    assert sorted(e.name for e in run(ex, text).events) == sorted(names)


@pytest.mark.parametrize("text", [
    "Army units destroyed the positions of terrorist groups near Kafr Nabl, killing several terrorists.",
    "وحدات من الجيش العربي السوري تدمر مقرات للتنظيمات الإرهابية في محيط بلدة كفرنبل",
    # the verb first, the units between it and what they destroyed
    "ودمرت وحدات من الجيش العربي السوري تحصينات وأوكارا للإرهابيين في محيط بلدة كفرنبل.",
])
def test_regime_media_destroying_terrorist_positions_is_a_clash_with_an_unnamed_group(ex, text):
    # "terrorists" in regime media name whatever armed group it fights: ACLED's unidentified one
    (e,) = run(ex, text).events
    assert (e.sub_event_type, e.name) == ("Armed clash", "Kafr Nabl")
    assert (e.actor1, e.actor2) == ("Syrian regime forces (government)", "Unidentified Armed Group (Syria)")


@pytest.mark.parametrize("text, killed", [
    ("ISIS fighters stormed an army post near Ariha, killing three soldiers, while four of the attackers were killed.", 7),
    ("هاجمت خلايا داعش حاجزا لقوات النظام قرب أريحا ما أدى لمقتل عنصرين، فيما قتل ثلاثة من المهاجمين", 5),
    # two sources giving their own tolls of the same dead: a dispute, not two sides
    ("قال المرصد السوري إن 4 مدنيين قتلوا بقصف مدفعي على أريحا، بينما قال الدفاع المدني إن 6 قتلوا", 4),
])
def test_the_tolls_of_both_sides_told_either_side_of_while_add_up(ex, text, killed):
    (e,) = run(ex, text).events
    assert e.fatalities == killed


@pytest.mark.parametrize("text", [
    "Idlib: US-led coalition helicopters conducted a raid in Kafr Nabl, one arrested",
    "US-led coalition forces carried out an airdrop in the town of Kafr Nabl and arrested two men.",
])
def test_a_landed_raid_that_arrests_is_the_arrests_where_the_raid_was(ex, text):
    (e,) = run(ex, text).events
    assert (e.sub_event_type, e.actor1, e.name) == ("Arrests", "US-led Coalition", "Kafr Nabl")


@pytest.mark.parametrize("text", [
    "The US-led coalition conducted a helicopter raid in Kafr Nabl, killing an ISIS official.",
    "The US-led coalition carried out an airdrop operation in Kafr Nabl, killing an ISIS official.",
    "US special forces raid in Kafr Nabl kills an ISIS official",
])
def test_a_raid_flown_in_that_kills_is_a_battle_on_the_ground_not_an_air_strike(ex, text):
    (e,) = run(ex, text).events
    assert (e.sub_event_type, e.actor1, e.name, e.fatalities) == ("Armed clash", "US-led Coalition", "Kafr Nabl", 1)


def test_the_actor_of_another_kind_of_attack_in_the_sentence_is_not_this_ones(ex):
    text = "انفجار لغم أرضي في محيط أريحا أسفر عن مقتل راع، وغارة روسية على بلدة كفرنبل"
    by_kind = {e.sub_event_type: e for e in run(ex, text).events}
    assert by_kind["Remote explosive/landmine/IED"].actor1 == UNNAMED and by_kind["Remote explosive/landmine/IED"].fatalities == 1
    assert by_kind["Air/drone strike"].actor1 == "Russian military"


def test_arabic_regime_media_restoring_security_retakes_the_village(ex):
    (e,) = run(ex, "الجيش العربي السوري يعيد الأمن والاستقرار إلى بلدة كفرنبل بعد القضاء على آخر الإرهابيين فيها").events
    assert (e.sub_event_type, e.actor1, e.name) == ("Government regains territory", "Syrian regime forces (government)",
                                                     "Kafr Nabl")


@pytest.mark.parametrize("text, kind", [
    ("A homemade bomb went off outside a shop in Qamishli.", ("Remote explosive/landmine/IED", UNNAMED)),
    ("An explosive device blew up beside the market of Manbij.", ("Remote explosive/landmine/IED", UNNAMED)),
    # shots at armed men by nameless gunmen are, for ACLED, a battle
    ("A joint patrol came under fire on the road near Ariha.", ("Armed clash", "Unidentified Armed Group (Syria)")),
    ("Gunmen opened fire on a regime checkpoint outside Manbij, killing one soldier.",
     ("Armed clash", "Unidentified Armed Group (Syria)")),
    ("تعرضت دورية للنظام لإطلاق نار على طريق أريحا.", ("Armed clash", "Unidentified Armed Group (Syria)"))])
def test_blasts_and_shots_told_by_phrasal_verbs(ex, text, kind):
    [e] = run(ex, text).events
    assert (e.sub_event_type, e.actor1) == kind


def test_who_came_under_fire_is_the_target_and_civilians_stay_civilians(ex):
    """The subject of "came under fire" suffers it; shots at a civilian stay violence against civilians."""
    (patrol,) = run(ex, "A Turkish patrol came under fire near Ariha.").events
    (car,) = run(ex, "Gunmen opened fire on a car in Manbij, killing a civilian.").events
    assert (patrol.actor1, patrol.actor2) == ("Unidentified Armed Group (Syria)", "Turkish military")
    assert car.sub_event_type == "Attack" and car.fatalities == 1


def test_arrests_in_a_round_up_take_no_attacker_of_a_strike(ex):
    evs = run(ex, "Russian jets bombed Kafr Nabl, while police arrested four men in Manbij.").events
    arrest = next(e for e in evs if e.sub_event_type == "Arrests")
    assert arrest.actor1 == "" and arrest.name == "Manbij"


def test_a_sentence_that_names_a_place_abroad_is_not_moved_to_the_reports_place(ex):
    # A page's other news: the killing in Moscow happened there, not in the report's Manbij.
    res = run(ex, "وصل وفد إلى مدينة منبج.\n\nاغتيال دبلوماسي في موسكو.")
    assert res.events == [] and "موسكو" in [m.text for m in res.mentions]  # still a place the report names
    res = run(ex, "وصل وفد إلى مدينة منبج.\n\nاغتيال دبلوماسي أمس.")  # no place at all: the report's
    assert [e.name for e in res.events] == ["Manbij"]
    # a country that is also an actor is the place after «في» / "in", and the actor otherwise
    world = Extractor(tiny_gazetteer_with(
        extra_place("geonames:298795", "Turkey", "تركيا", 39.0, 35.0, "country", country="TR", population=80_000_000),
        extra_place("geonames:130758", "Iran", "إيران", 32.0, 53.0, "country", country="IR", population=80_000_000),
        extra_place("geonames:250441", "Amman", "عمان", 31.95, 35.93, "city", country="JO", population=4_000_000)))
    for other_news in ("انفجار سيارة مفخخة في تركيا.", "A car bomb went off in Turkey.", "اغتيال ضابط في إيران.",
                       "استهداف سفينة قبالة تركيا.", "استهداف ناقلة نفط قبالة عمان."):  # «قبالة»: off its coast
        res = run(world, "وصل وفد إلى مدينة منبج.\n\n" + other_news)
        assert res.events == [] and {"تركيا", "Turkey", "إيران", "عمان"} & {m.text for m in res.mentions}, other_news
    (e,) = run(world, "قصفت تركيا قرية قرب منبج.").events
    assert (e.actor1, e.name) == ("Turkish military", "Manbij")


@pytest.mark.parametrize("text, actor", [
    ("انتشرت وحدات من الشرطة العسكرية الروسية ودخلت بلدة كفرنبل ضمن اتفاق لوقف إطلاق النار", "Russian military"),
    ("دخلت قوات النظام مدينة أريحا بموجب تسوية مع وجهاء المدينة", "Syrian regime forces (government)"),
    ("Regime troops entered Ariha on Monday under a deal with local elders", "Syrian regime forces (government)"),
])
def test_entering_a_place_under_a_deal_is_a_handover_not_a_capture(ex, text, actor):
    res = run(ex, text)
    (e,) = res.events
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Non-violent transfer of territory")
    assert e.actor1 == actor
    # the place changes hands all the same: the control map shows who holds it now
    assert [(c.name, c.faction, c.kind) for c in res.controls] == [(e.name, actor, "change")]


def test_a_withdrawal_alone_names_no_new_holder(ex):
    res = run(ex, "انسحبت قوات النظام من مدينة أريحا")
    assert [e.sub_event_type for e in res.events] == ["Non-violent transfer of territory"] and res.controls == []


def test_entering_under_a_deal_after_fighting_stays_a_capture(ex):
    subs = {e.sub_event_type for e in run(ex, "دخلت قوات النظام مدينة أريحا بموجب اتفاق تسوية بعد معارك عنيفة").events}
    assert "Government regains territory" in subs and "Non-violent transfer of territory" not in subs


@pytest.mark.parametrize("text, sub, actor2", [
    ("أطلق عناصر مجهولون النار على دورية لقوات النظام قرب مدينة أريحا", "Armed clash",
     "Syrian regime forces (government)"),
    ("أطلق ملثمون النار على سيارة مدنية عند مدخل مدينة منبج", "Attack", ""),
])
def test_a_shooting_verb_split_by_its_shooters(ex, text, sub, actor2):
    (e,) = run(ex, text).events
    assert (e.sub_event_type, e.actor2) == (sub, actor2)


@pytest.mark.parametrize("text", [
    "قذيفة هاون استهدفت الدورية الروسية التركية المشتركة قرب مدينة منبج",
    "A mortar round struck a Russian-Turkish patrol near Manbij",
])
def test_a_joint_patrol_of_two_nationalities_is_both_of_them(ex, text):
    (e,) = run(ex, text).events
    assert "Russian military; Turkish military" in (e.actor1, e.actor2)


@pytest.mark.parametrize("text", [
    "قتل عدد من المدنيين في غارة على مدينة أريحا",
    "A number of civilians were killed when jets bombed Ariha.",
])
def test_a_number_of_dead_is_coded_as_several_are(ex, text):
    (e,) = run(ex, text).events
    assert e.fatalities == 3 and "(vague)" in e.fatalities_note


def test_killed_and_wounded_a_number_of_is_no_death_toll_as_with_a_figure(ex):
    vague, exact = (run(ex, f"قتل وجرح {n} من الأشخاص في قصف على مدينة منبج").events[0] for n in ("عدد", "5"))
    assert vague.fatalities is None and exact.fatalities is None


@pytest.mark.parametrize("text, actor1, actor2", [
    ("Russian-Turkish patrols were shelled near Manbij.", "", "Russian military; Turkish military"),
    ("Russian and Turkish patrols were targeted by regime forces near Manbij.",
     "Syrian regime forces (government)", "Turkish military"),
    ("Turkish military vehicles were struck near Manbij.", "", "Turkish military"),
    ("US bases were hit near Manbij.", "", "US-led Coalition"),
])
def test_the_subject_of_a_passive_attack_is_the_target_and_its_agent_the_attacker(ex, text, actor1, actor2):
    (e,) = run(ex, text).events
    assert (e.actor1, e.actor2) == (actor1, actor2)


def test_two_sides_joined_as_the_subject_of_a_passive_are_both_no_attacker(ex):
    (e,) = run(ex, "Russian and Turkish patrols were targeted near Manbij.").events
    assert e.actor1 == "" and e.actor2 in ("Russian military", "Turkish military")


@pytest.mark.parametrize("text, actor2", [
    ("تعرضت دورية روسية لهجوم قرب مدينة منبج", "Russian military"),
    ("A joint Russian-Turkish patrol was attacked near Manbij.", "Russian military; Turkish military"),
])
def test_an_attack_on_a_named_armed_side_by_no_one_named_is_a_battle(ex, text, actor2):
    (e,) = run(ex, text).events
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Armed clash", "Unidentified Armed Group (Syria)", actor2)


def test_an_air_strike_and_shelling_in_two_clauses_keep_their_own_kinds(ex):
    events = run(ex, "غارة جوية على مدينة أريحا، وقصف مدفعي على مدينة منبج").events
    assert {(e.name, e.sub_event_type) for e in events} == {
        ("Ariha", "Air/drone strike"), ("Manbij", "Shelling/artillery/missile attack")}


@pytest.mark.parametrize("text, actor1, actor2", [
    ("اشتباكات بين مقاتلي أحرار الشام وقوات النظام قرب مدينة أريحا", "Ahrar al-Sham", "Syrian regime forces (government)"),
    ("هاجم مقاتلو جيش العزة مواقع قوات النظام قرب مدينة أريحا", "Jaish al-Izza", "Syrian regime forces (government)"),
    ("Turkistan Islamic Party fighters attacked regime positions near Ariha.", "Turkistan Islamic Party",
     "Syrian regime forces (government)"),
    ("اشتباكات بين مقاتلي العشائر وقسد في مدينة منبج", "Arab tribal forces", "SDF (Syrian Democratic Forces)"),
])
def test_named_factions_and_tribal_forces_are_actors_of_their_own(ex, text, actor1, actor2):
    (e,) = run(ex, text).events
    assert (e.actor1, e.actor2) == (actor1, actor2)


def test_the_dead_of_an_attack_are_not_fighters_of_its_attacker(ex):
    (e,) = run(ex, "قتل أربعة عناصر بهجوم نفذه تنظيم داعش قرب مدينة أريحا").events
    assert e.fatalities == 4 and "Islamic State" not in e.victims
    (e,) = run(ex, "قتل أربعة عناصر من تنظيم داعش بقصف قرب مدينة أريحا").events
    assert e.victims == "fighters of Islamic State (ISIS)"


@pytest.mark.parametrize("text, sub", [
    ("تظاهر المئات في مدينة أريحا ضد غلاء الأسعار", "Peaceful protest"),
    ("احتج سكان مدينة أريحا على قطع المياه", "Peaceful protest"),
    ("Hundreds of residents of Ariha took to the streets on Friday.", "Peaceful protest"),
    ("Students held a sit-in in Ariha against the power cuts.", "Peaceful protest"),
    ("فرضت قوات النظام حصاراً خانقاً على مدينة أريحا", "Other"),  # a siege: strategic development
])
def test_protest_verbs_and_a_siege_imposed_are_events(ex, text, sub):
    (e,) = run(ex, text).events
    assert e.sub_event_type == sub


def test_keeping_supplies_out_is_no_entry_into_a_town(ex):
    assert run(ex, "منعت قوات النظام دخول الطحين إلى مدينة أريحا").events == []


def test_suspects_of_a_group_are_not_who_arrested_them(ex):
    (e,) = run(ex, "اعتقلت دورية شابين يشتبه بانتمائهما لتنظيم داعش في مدينة منبج").events
    assert e.sub_event_type == "Arrests" and e.actor1 != "Islamic State (ISIS)"


def test_an_air_force_that_suffers_an_attack_flies_no_strike(ex):
    (e,) = run(ex, "A Russian patrol was targeted with an IED near Ariha.").events
    assert (e.sub_event_type, e.actor2) == ("Remote explosive/landmine/IED", "Russian military")
    (e,) = run(ex, "Russian strikes hit Ariha.").events
    assert e.sub_event_type == "Air/drone strike"


def test_two_sides_that_launch_an_offensive_together_are_joint_attackers(ex):
    (e,) = run(ex, "Hezbollah and regime forces launched an offensive on Tadmor.").events
    assert (e.actor1, e.actor2) == ("Hezbollah; Syrian regime forces (government)", "")
    (e,) = run(ex, "Turkish troops and their Syrian rebel allies attacked Tadmor.").events
    assert (e.actor1, e.actor2) == ("Turkish military; Opposition forces (FSA)", "")
    (e,) = run(ex, "Regime forces and rebels clashed near Tadmor.").events  # with each other
    assert (e.actor1, e.actor2) == ("Syrian regime forces (government)", "Opposition forces (FSA)")


def test_fought_is_a_battle_between_named_sides_only(ex):
    (e,) = run(ex, "Rebels fought ISIS near Tadmor for two days.").events
    assert e.sub_event_type == "Armed clash" and {e.actor1, e.actor2} == {"Opposition forces (FSA)", "Islamic State (ISIS)"}
    assert run(ex, "Her son fought near Tadmor years ago.").events == []


def test_a_trigger_noun_in_the_accusative_is_still_the_noun(ex):
    # «شن هجوماً», «نصب كميناً»: the alif of the accusative is no other word
    (e,) = run(ex, "شن تنظيم داعش هجوماً على حاجز لقوات النظام قرب مدينة أريحا").events
    assert (e.actor1, e.actor2) == ("Islamic State (ISIS)", "Syrian regime forces (government)")


def test_a_force_that_backs_the_attackers_is_not_the_one_that_acts(ex):
    (e,) = run(ex, "Regime forces backed by Russian air power captured Kafr Nabl on Wednesday.").events
    assert e.sub_event_type == "Government regains territory" and e.actor1.startswith("Syrian regime forces")
    assert e.actor2 == ""  # a helper of the attackers is no side they fight
    (e,) = run(ex, "قصفت قوات النظام المدعومة من روسيا مدينة أريحا").events
    assert e.actor1 == "Syrian regime forces (government); Russian military" and e.actor2 == ""


def test_where_the_gunners_are_stationed_is_not_what_they_hit(ex):
    (e,) = run(ex, "قتل مدنيان بقصف مدفعي مصدره قوات النظام المتمركزة في كفرنبل استهدف مدينة أريحا").events
    assert (e.name, e.fatalities) == ("Ariha", 2)
    (e,) = run(ex, "Regime troops stationed in Kafr Nabl shelled Ariha.").events
    assert e.name == "Ariha"


def test_where_the_fire_came_from_is_the_attackers_not_the_target(ex):
    # «مصدرها القاعدة التركية في X»: the base the shell came from is the attacker, X where it stands
    (e,) = run(ex, "قتل مدني في مدينة منبج بقذيفة مصدرها القاعدة التركية في قرية حزوان").events
    assert (e.name, e.actor1) == ("Manbij", "Turkish military")
    # ... but what the fire from a named source fell on is the target
    (e,) = run(ex, "قتل عنصر بقصف صاروخي مصدره قسد على مدينة منبج").events
    assert (e.name, e.actor1) == ("Manbij", "SDF (Syrian Democratic Forces)")


@pytest.mark.parametrize("text", [
    "ISIS withdrew from Tadmor, handing it to regime forces.",
    "انسحب تنظيم داعش من مدينة تدمر لصالح قوات النظام",
])
def test_who_a_place_is_left_to_takes_it(ex, text):
    res = run(ex, text)
    (e,) = res.events
    assert (e.sub_event_type, e.actor1, e.actor2) == (
        "Non-violent transfer of territory", "Syrian regime forces (government)", "Islamic State (ISIS)")
    assert [c.faction for c in res.controls] == ["Syrian regime forces (government)"]


@pytest.mark.parametrize("dateline", ["HOMS, Syria (AP) —", "Homs (Reuters) -", "Homs, SANA –", "حمص - سانا\n", "حمص (خاص) -"])
def test_the_place_a_report_is_filed_from_is_not_where_it_happened(ex, dateline):
    body = ("Rebels fought on the edge of eastern Aleppo, as air strikes killed 12 people, activists said."
            if dateline[0].isascii() else "اشتبك مقاتلو المعارضة في الأحياء الشرقية من حلب، بينما قتل 12 شخصا في غارات جوية.")
    names = {e.name for e in run(ex, f"{dateline} {body}").events}
    assert "Homs" not in names and names


@pytest.mark.parametrize("heading", ["مقالات ذات صلة", "اقرأ أيضاً:", "الأكثر قراءة", "Related articles"])
def test_a_pages_list_of_its_other_stories_tells_no_event(ex, heading):
    text = ("قصفت طائرات حربية مدينة أريحا صباح اليوم.\n\n"
            f"{heading}\n\n"
            "غارات روسية على مدينة منبج\n"
            "مقتل ثلاثة مدنيين بقصف على مدينة الرقة\n\n"
            "وفي مدينة حمص، قصفت قوات النظام الأحياء الجنوبية بالمدفعية الثقيلة صباح اليوم، ما أدى إلى "
            "دمار واسع في منازل المدنيين وخروج المستشفى الرئيسي عن الخدمة بحسب ناشطين محليين.")
    # the list ends where a paragraph of the body goes on
    assert {e.name for e in run(ex, text).events} == {"Ariha", "Homs"}


@pytest.mark.parametrize("link", ["previous post: غارات روسية على مدينة منبج", "السابق\n\nغارات روسية على مدينة منبج",
                                  "التالي\nمقتل ثلاثة مدنيين بقصف على مدينة منبج", "Next\nRussian jets strike Manbij"])
def test_a_link_to_the_next_story_tells_no_event(ex, link):
    text = f"قصفت طائرات حربية مدينة أريحا صباح اليوم.\n\n{link}"
    assert {e.name for e in run(ex, text).events} == {"Ariha"}


def test_a_withdrawal_told_beside_the_capture_of_its_place_is_that_capture(ex):
    for text in ("Syrian troops took control of Ariha after rebels withdrew from the town overnight.",
                 "انسحبت فصائل المعارضة من مدينة أريحا وسيطرت عليها قوات النظام"):
        (e,) = run(ex, text).events
        assert (e.sub_event_type, e.actor1, e.actor2) == (
            "Government regains territory", "Syrian regime forces (government)", "Opposition forces (FSA)")
    # a withdrawal from another place stays an event of its own
    events = run(ex, "Rebels withdrew from Ariha while regime forces took the town of Kafr Nabl.").events
    assert {e.name for e in events} == {"Ariha", "Kafr Nabl"}


def test_headline_tense_captures_and_iranian_backed_militias(ex):
    (e,) = run(ex, "Regime captures Kafr Nabl from Iranian-backed militiamen").events
    assert (e.sub_event_type, e.actor2) == ("Government regains territory", "Iran-backed militias (Iranian forces)")


def test_an_air_force_named_as_the_owner_of_a_patrol_flies_no_strike(ex):
    (e,) = run(ex, "A roadside bomb struck a Russian military police patrol near Ariha, wounding three soldiers.").events
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Remote explosive/landmine/IED", UNNAMED, "Russian military")


@pytest.mark.parametrize("text", [
    "Unknown gunmen shot dead a former rebel commander in Ariha on Wednesday.",
    "اغتال مجهولون قياديا سابقا في الجيش الحر في مدينة أريحا",
    "Gunmen killed two former members of ISIS in Ariha.",
])
def test_former_fighters_are_civilians(ex, text):
    # ACLED codes an attack on a former member of an armed group as one on a civilian
    (e,) = run(ex, text).events
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)")
    # ... while a sitting one is a fighter of his side
    (e,) = run(ex, text.replace("former ", "").replace("سابقا ", "")).events
    assert e.actor2 in ("Opposition forces (FSA)", "Islamic State (ISIS)")


@pytest.mark.parametrize("text, actor1, actor2", [
    ("Gunmen killed two civilians in Ariha.", "Unidentified Armed Group (Syria)", "Civilians (Syria)"),
    # gunmen of a side named after them are that side's
    ("Gunmen loyal to the regime kidnapped a man in Ariha.", "Syrian regime forces (government)", ""),
    ("خطف مسلحون تابعون للنظام رجلا في مدينة أريحا", "Syrian regime forces (government)", ""),
    ("Gunmen from ISIS attacked a checkpoint in Ariha.", "Islamic State (ISIS)", ""),
    ("هاجم مسلحون حاجزا لقوات النظام في أريحا", "Unidentified Armed Group (Syria)", "Syrian regime forces (government)"),
    # gunmen of a group named next are that group's
    ("اشتبكت قوات سوريا الديمقراطية مع المسلحين من عناصر تنظيم داعش في مدينة منبج",
     "SDF (Syrian Democratic Forces)", "Islamic State (ISIS)"),
])
def test_gunmen_no_group_is_named_for_are_an_unidentified_armed_group(ex, text, actor1, actor2):
    (e,) = run(ex, text).events
    assert (e.actor1, e.actor2) == (actor1, actor2)


@pytest.mark.parametrize("text", [
    "In 2013, regime forces struck Ariha with chemical weapons.",
    "On this day in 2013, regime forces struck Ariha with chemical weapons.",
    "في مثل هذا اليوم من عام 2013 قصفت قوات النظام مدينة أريحا بالكيماوي",
    "وكانت قوات النظام قد سيطرت على مدينة أريحا عام 2016",
])
def test_history_a_report_recalls_is_no_event(ex, text):
    assert run(ex, text, date="2023-08-21").events == []
    # the same words told of this year are news
    assert run(ex, text.replace("2013", "2023").replace("2016", "2023"), date="2023-08-21").events


def test_a_clause_of_history_leaves_the_news_beside_it(ex):
    text = "The town of Ariha, which regime forces captured in 2018, was shelled today by rebels."
    assert [e.sub_event_type for e in run(ex, text, date="2023-08-21").events] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text, actor1, actor2", [
    ("قصفت مسيرة تركية سيارة قرب مدينة القامشلي، ما أدى لمقتل شخصين، يرجح أنهما من قوات سوريا الديمقراطية.",
     "Turkish military", "SDF (Syrian Democratic Forces)"),
    ("A drone strike hit a car near Qamishli, killing two men believed to be ISIS members.",
     "", "Islamic State (ISIS)"),
    # who is believed to have fired is the attacker
    ("سقطت صواريخ على مدينة القامشلي، يعتقد أن الجيش التركي أطلقها", "Turkish military", ""),
])
def test_the_side_the_dead_are_believed_to_belong_to_is_the_target(ex, text, actor1, actor2):
    (e,) = run(ex, text).events
    assert (e.actor1, e.actor2) == (actor1, actor2)


def test_a_kamikaze_drone_is_a_drone_strike(ex):
    (e,) = run(ex, "استهدفت مسيرة تركية انتحارية مزرعة قرب مدينة القامشلي").events
    assert (e.sub_event_type, e.actor1) == ("Air/drone strike", "Turkish military")


def test_the_verb_of_a_raid_is_the_raid_and_its_target_comes_after_the_supporter(ex):
    text = "نفذت قوات سوريا الديمقراطية مدعومة من قوات التحالف الدولي مداهمة استهدفت خلايا تنظيم داعش في مدينة منبج"
    (e,) = run(ex, text).events  # no shelling beside the raid
    assert (e.sub_event_type, e.actor1, e.actor2) == (
        "Armed clash", "SDF (Syrian Democratic Forces); US-led Coalition", "Islamic State (ISIS)")


@pytest.mark.parametrize("text", [
    "صورة لسيارة محترقة نتيجة قصف تركي سابق قرب مدينة القامشلي",
    "تعرضت مدينة القامشلي لغارات سابقة",
    "Residents of Qamishli still rebuild after earlier strikes.",
])
def test_an_attack_told_as_an_earlier_one_is_no_event(ex, text):
    assert run(ex, text).events == []
    # the same attack told plainly is one, and a former commander's killing stays one
    assert run(ex, "قصف تركي على مدينة القامشلي").events and run(ex, "اغتيال قيادي سابق في مدينة القامشلي").events


@pytest.mark.parametrize("text", ["#حلب #الطائرات_المسيرة #منبج", "شهداء مدينة منبج #معركة_ردع_العدوان"])
def test_a_trigger_inside_a_hashtag_of_several_words_is_a_label(ex, text):
    assert [e.sub_event_type for e in run(ex, text).events] in ([], ["Attack"])  # the dead of an obituary at most
    assert run(ex, "#عاجل قصف روسي على #منبج").events  # a hashtag place in running text is a place


@pytest.mark.parametrize("text", [
    "دخلت أول قافلة مساعدات أممية إلى مدينة منبج",
    "قصفت الطائرات بعد دخول العام الجديد مدينة منبج",
    "استولت قوات سوريا الديمقراطية على عدد من منازل المدنيين في مدينة منبج",
    "سيطر عليهم الخوف في مدينة منبج",
    # who holds what, told in passing
    "وتسيطر قوات سوريا الديمقراطية على مدينة منبج منذ سنوات",
    "تقع مدينة منبج في مناطق شمال سوريا الخارجة عن سيطرة النظام",
])
def test_what_takes_no_ground_makes_no_change_of_control(ex, text):
    result = run(ex, text)
    assert all(e.event_type != "Battles" or "territory" not in e.sub_event_type for e in result.events)
    assert [c for c in result.controls if c.kind == "change"] == []


def test_who_holds_a_place_is_never_its_attacker(ex):
    text = "شهدت مدينة منبج الخاضعة لسيطرة الجيش الوطني السوري تفجيراً بسيارة مفخخة"
    (e,) = run(ex, text).events
    assert (e.actor1, e.actor2) == (UNNAMED, "Syrian National Army (Turkish-backed factions)")
    assert [(c.kind, c.faction) for c in run(ex, text).controls] == [
        ("statement", "Syrian National Army (Turkish-backed factions)")]


def test_who_mans_the_post_that_was_hit_is_the_target_and_turkish_backed_fighters_the_sna(ex):
    (e,) = run(ex, "A suicide bomber killed 5 people at a checkpoint manned by Hayat Tahrir al-Sham in Manbij.").events
    assert (e.actor1, e.actor2) == (UNNAMED, "HTS (Hayat Tahrir al-Sham / Nusra Front)")
    (e,) = run(ex, "Turkish-backed fighters clashed with the YPG near Manbij.").events
    assert (e.actor1, e.actor2) == ("Syrian National Army (Turkish-backed factions)", "YPG (Kurdish People's Protection Units)")


@pytest.mark.parametrize("text, actor1", [
    ("أحرقت قوات النظام منازل المدنيين في مدينة أريحا", "Syrian regime forces (government)"),
    ("Regime forces looted and burned homes in Ariha.", "Syrian regime forces (government)"),
    ("نهب عناصر الجيش الوطني محاصيل المزارعين في مدينة منبج", "Syrian National Army (Turkish-backed factions)"),
])
def test_homes_burnt_razed_or_looted_are_property_destruction(ex, text, actor1):
    (e,) = run(ex, text).events
    assert (e.event_type, e.sub_event_type, e.actor1) == ("Strategic developments", "Looting/property destruction", actor1)
    # homes an attack burnt are its damage, no event of their own
    events = run(ex, "قصفت قوات النظام مدينة أريحا ما أدى إلى حرق منازل المدنيين").events
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text", ["Vacuum bombs struck Ariha.", "Napalm was dropped on Ariha.", "قصف بقنابل فوسفورية على مدينة أريحا"])
def test_bombs_only_aircraft_drop_are_air_strikes(ex, text):
    assert [e.sub_event_type for e in run(ex, text).events] == ["Air/drone strike"]


def test_parties_between_the_verb_and_their_deal_sign_it(ex):
    # (the two parties are ACLED's two actors of an agreement)
    (e,) = run(ex, "وقعت قوات سوريا الديمقراطية وقوات النظام اتفاقا لتسليم مدينة منبج").events
    assert (e.sub_event_type, e.actor1, e.actor2) == (
        "Agreement", "SDF (Syrian Democratic Forces)", "Syrian regime forces (government)")
    assert run(ex, "وقع حادث سير في مدينة منبج").events == []  # «وقع» "happened": no deal


@pytest.mark.parametrize("text", [
    "Russian jets bombed Ariha on Monday. Five civilians were killed.",
    "قصفت طائرات روسية مدينة أريحا صباح اليوم. وقتل خمسة مدنيين.",
    "A car bomb went off in Ariha. Five people lost their lives.",
    "انفجرت سيارة مفخخة في مدينة أريحا. ولقي خمسة أشخاص مصرعهم.",
])
def test_deaths_told_with_no_how_right_after_an_attack_are_its_toll(ex, text):
    (e,) = run(ex, text).events
    assert (e.name, e.fatalities) == ("Ariha", 5)


def test_deaths_after_attacks_on_several_places_or_told_with_their_own_cause_are_no_toll_of_it(ex):
    events = run(ex, "Russian jets bombed Ariha and Kafr Nabl on Monday. Five civilians were killed.").events
    assert {e.name for e in events} == {"Ariha", "Kafr Nabl"} and not any(e.fatalities for e in events)
    # the next sentence's deaths have a cause of their own, told there
    events = run(ex, "Russian jets bombed Ariha on Monday. Five civilians were killed in a landmine blast.").events
    assert [e.fatalities for e in events if e.sub_event_type == "Air/drone strike"] == [None]


@pytest.mark.parametrize("text", ["سقطت قذيفتان على مدينة أريحا", "سقط صاروخان على مدينة أريحا",
                                  "أطلقت قوات النظام صاروخين على مدينة أريحا"])
def test_two_shells_or_rockets_in_the_dual_are_shelling(ex, text):
    (e,) = run(ex, text).events
    assert (e.sub_event_type, e.name) == ("Shelling/artillery/missile attack", "Ariha")


@pytest.mark.parametrize("text", [
    "Two children were wounded when an unexploded cluster bomblet went off in Kafr Nabl.",
    "أصيب طفلان بانفجار قنبلة عنقودية من مخلفات القصف في بلدة كفرنبل",
    "أصيب طفلان بانفجار قذيفة غير منفجرة في بلدة كفرنبل",
    "أصيب طفلان بانفجار ذخائر غير منفجرة خلفها قصف النظام في بلدة كفرنبل",
])
def test_what_an_earlier_attack_left_going_off_now_is_an_explosive_not_that_attack(ex, text):
    (e,) = run(ex, text).events
    assert (e.sub_event_type, e.name, e.injuries) == ("Remote explosive/landmine/IED", "Kafr Nabl", 2)


def test_unprecedented_shelling_is_still_shelling(ex):
    (e,) = run(ex, "قصف مدفعي غير مسبوق على بلدة كفرنبل").events
    assert e.sub_event_type == "Shelling/artillery/missile attack"


def test_a_line_of_one_word_tells_no_event(ex):
    assert len(run(ex, "مقتل مدني في كفرنبل برصاص مجهولين\n\nاستهداف\n").events) == 1
    assert [e.sub_event_type for e in run(ex, "قصف مدفعي على كفرنبل\nاستهداف").events] == [
        "Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text, actor1, actor2", [
    ("Air strikes believed to be Russian hit a market in Ariha, killing 11 people.", "Russian military", ""),
    ("A drone strike killed two men believed to be ISIS members in Ariha.", "", "Islamic State (ISIS)"),
])
def test_an_attack_believed_to_be_a_sides_is_by_it_but_victims_believed_to_be_of_it_are_hit(ex, text, actor1, actor2):
    (e,) = run(ex, text).events
    assert (e.actor1, e.actor2) == (actor1, actor2)


@pytest.mark.parametrize("text, kind, killed", [
    ("سيطرت فصائل المعارضة على بلدة كفرنبل، وقتل في المعارك 8 عناصر من النظام.", "Non-state actor overtakes territory", 8),
    ("قتل 3 مدنيين وأصيب 10 آخرون بغارات جوية روسية، استهدفت منازل في بلدة كفرنبل", "Air/drone strike", 3),
])
def test_an_event_told_again_in_a_clause_with_no_place_of_its_own_is_the_same_event(ex, text, kind, killed):
    (e,) = run(ex, text).events
    assert (e.sub_event_type, e.name, e.fatalities) == (kind, "Kafr Nabl", killed)


@pytest.mark.parametrize("text, sides", [
    ("دارت اشتباكات عنيفة بين عناصر من الفرقة الرابعة ومسلحين محليين في بلدة كفرنبل",
     ("Syrian regime forces (government)", "Unidentified Armed Group (Syria)")),
    ("Clashes broke out between fighters of the SDF and ISIS cells in Kafr Nabl.",
     ("SDF (Syrian Democratic Forces)", "Islamic State (ISIS)")),
])
def test_the_men_of_a_side_named_after_between_are_that_side_against_the_other(ex, text, sides):
    (e,) = run(ex, text).events
    assert (e.actor1, e.actor2) == sides


def test_a_side_under_bombardment_is_its_target_and_pulling_out_loses_the_town(ex):
    events = run(ex, "Regime forces took control of Kafr Nabl after rebels pulled out under heavy bombardment.").events
    by_kind = {e.sub_event_type: e for e in events}
    capture = by_kind["Government regains territory"]
    assert (capture.actor1, capture.actor2) == ("Syrian regime forces (government)", "Opposition forces (FSA)")
    assert by_kind["Shelling/artillery/missile attack"].actor1 != "Opposition forces (FSA)"


def test_barrels_dropped_are_a_strike_but_a_drone_brought_down_is_none(ex):
    for text in ("أسقطت مروحيات النظام براميل متفجرة على بلدة كفرنبل", "أسقط الطيران المروحي براميل متفجرة على كفرنبل"):
        (e,) = run(ex, text).events
        assert (e.sub_event_type, e.actor1) == ("Air/drone strike", "Syrian regime forces (government)"), text
    for text in ("أسقطت الدفاعات الجوية التابعة لهيئة تحرير الشام طائرة مسيرة انتحارية فوق بلدة كفرنبل",
                 "تمكنت الفصائل من إسقاط طائرة مسيرة فوق كفرنبل"):
        assert run(ex, text).events == [], text


def test_the_men_of_a_post_who_fired_are_its_owners_and_a_side_charged_is_no_side(ex):
    (e,) = run(ex, "مقتل شاب وإصابة آخر برصاص عناصر حاجز تابع للأمن العسكري على أطراف بلدة كفرنبل").events
    assert (e.actor1, e.actor2) == ("Syrian regime forces (government)", "Civilians (Syria)")
    (e,) = run(ex, "نفذت قوات سوريا الديمقراطية حملة مداهمات في بلدة كفرنبل، اعتقلت خلالها 7 أشخاص "
                   "بتهمة الانتماء لتنظيم داعش").events
    assert (e.sub_event_type, e.actor1) == ("Arrests", "SDF (Syrian Democratic Forces)")


def test_a_place_and_the_village_of_another_are_a_list_of_two_places_hit(ex):
    events = run(ex, "Jets struck the outskirts of Kafr Nabl and the town of Ariha on Monday.").events
    assert {e.name for e in events} == {"Kafr Nabl", "Ariha"}


def test_a_headlines_subject_before_its_present_tense_verb_is_the_attacker(ex):
    (e,) = run(ex, "إسرائيل تقصف مستودعات أسلحة لحزب الله في بلدة كفرنبل").events
    assert (e.actor1, e.actor2) == ("Israeli military", "Hezbollah")
    (e,) = run(ex, "قسد تعتقل 5 شبان في بلدة كفرنبل").events
    assert (e.sub_event_type, e.actor1) == ("Arrests", "SDF (Syrian Democratic Forces)")


def test_the_dead_of_a_militia_named_by_its_kind_of_group_are_its_not_the_attackers(ex):
    (e,) = run(ex, 'مقتل 4 عناصر من ميليشيا "لواء فاطميون" إثر استهداف سيارتهم بطائرة مسيرة مجهولة قرب بلدة كفرنبل').events
    assert (e.actor1, e.actor2, e.fatalities) == ("", "Iran-backed militias (Iranian forces)", 4)


def test_a_capture_by_another_side_in_a_clause_with_no_place_is_not_the_placed_one(ex):
    events = run(ex, "Syrian government forces captured the town of Kafr Nabl from insurgents on Sunday, as "
                     "Russian-backed troops pressed an offensive into the last major rebel stronghold.").events
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Government regains territory", "Syrian regime forces (government)")]


def test_a_strike_named_as_a_noun_on_a_post_is_from_the_air_but_rebels_striking_a_post_fight(ex):
    (e,) = run(ex, "A Russian strike on a rebel position near Kafr Nabl killed three fighters.").events
    assert (e.sub_event_type, e.actor1) == ("Air/drone strike", "Russian military")
    (e,) = run(ex, "Rebels struck a regime checkpoint near Kafr Nabl.").events
    assert e.sub_event_type == "Armed clash"


@pytest.mark.parametrize("text", ["Russia withdrew some of its jets from the airbase near Kafr Nabl.",
                                  "سحبت روسيا عددا من طائراتها الحربية من محيط بلدة كفرنبل"])
def test_aircraft_moved_about_strike_nothing(ex, text):
    assert run(ex, text).events == []


@pytest.mark.parametrize("text", [
    "A year after the chemical attack on Kafr Nabl, survivors still suffer from breathing problems.",
    "On the anniversary of the massacre in Kafr Nabl, residents laid flowers.",
    "أحيا الأهالي الذكرى السنوية لمجزرة القصف على بلدة كفرنبل",
    "أكد الطرفان على ضرورة الحفاظ على وقف إطلاق النار في بلدة كفرنبل",
    "The envoy urged all parties to stop the shelling of Kafr Nabl.",
    "ستبدأ القوات التركية هجوماً على بلدة كفرنبل الأسبوع المقبل",
    "Since early May, regime air strikes have intensified on Kafr Nabl.",
    "The Observatory had no confirmation of reports that regime jets bombed Kafr Nabl.",
])
def test_anniversaries_and_calls_tell_no_event(ex, text):
    assert run(ex, text).events == []


@pytest.mark.parametrize("text, kind", [
    ("توصلت اللجنة المركزية إلى اتفاق مع قوات النظام يقضي بإجراء تسويات في بلدة كفرنبل", "Agreement"),
    ("سلمت قسد عدداً من القرى في محيط بلدة كفرنبل لقوات النظام", "Non-violent transfer of territory"),
    ("Hundreds of people demonstrated in Kafr Nabl on Friday against the local council.", "Peaceful protest"),
    ("The SDF announced full control of the town of Kafr Nabl after weeks of fighting.",
     "Non-state actor overtakes territory"),
])
def test_deals_reached_places_handed_over_demonstrations_and_control_announced(ex, text, kind):
    (e,) = run(ex, text).events
    assert (e.sub_event_type, e.name) == (kind, "Kafr Nabl")


@pytest.mark.parametrize("text", [
    "The truce around Kafr Nabl has largely held since the spring.",
    "وقال الوزير إن الهدنة في بلدة كفرنبل ما زالت صامدة",
    "درعا: مقتل أحد عناصر التسوية برصاص مجهولين في بلدة كفرنبل",
])
def test_a_deal_named_but_not_made_is_no_agreement(ex, text):
    assert "Agreement" not in [e.sub_event_type for e in run(ex, text).events]


@pytest.mark.parametrize("text", [
    "Regime forces shelled Kafr Nabl on Saturday in violation of the ceasefire.",
    "خرقت قوات النظام اتفاق وقف إطلاق النار بقصف مدفعي على بلدة كفرنبل",
])
def test_an_attack_breaking_a_truce_is_the_attack_alone(ex, text):
    assert [(e.sub_event_type, e.name) for e in run(ex, text).events] == [("Shelling/artillery/missile attack", "Kafr Nabl")]


@pytest.mark.parametrize("text", [
    "A ceasefire took effect in Kafr Nabl at noon on Friday.",
    "بدأ سريان الهدنة في بلدة كفرنبل ظهر اليوم",
    "قوات النظام تبدأ بإجراء تسوية في بلدة كفرنبل",
])
def test_a_deal_coming_into_force_is_an_agreement(ex, text):
    assert [(e.sub_event_type, e.name) for e in run(ex, text).events] == [("Agreement", "Kafr Nabl")]


@pytest.mark.parametrize("text", [
    "توفيت امرأة وأصيب طفلاها إثر انفجار أسطوانة غاز داخل منزلها في مدينة إدلب",
    "توفي طفل إثر حريق نشب في خيمة عائلته قرب بلدة كفرنبل",
    "A woman died when a gas cylinder exploded in her home in Idlib city on Saturday.",
    "Two children were killed in a traffic accident near Ariha.",
])
def test_the_dead_of_an_accident_are_no_attack(ex, text):
    assert run(ex, text).events == []


@pytest.mark.parametrize("text", [
    "وقال الوزير إن التهدئة في إدلب مستمرة رغم وجود بعض الخروقات والاشتباكات بين الحين والآخر",
    "Regime artillery shells the outskirts of Kafr Nabl from time to time.",
    "ومنذ بداية العام الحالي استجابت فرق الدفاع المدني لـ 165 هجوما على بلدة كفرنبل",
    "Since the start of the year, rescuers have responded to 40 air strikes on Kafr Nabl.",
])
def test_what_happens_from_time_to_time_is_background(ex, text):
    assert run(ex, text).events == []


@pytest.mark.parametrize("text", [
    "قتل رجل جراء استهدافه بالرصاص من قبل مسلحين مجهولين في بلدة كفرنبل",
    "أفاد ناشطون بأن شابا قتل جراء استهدافه من قبل مجهولين بالرصاص في بلدة كفرنبل",
    "Gunmen targeted a man with bullets in Kafr Nabl.",
])
def test_a_word_of_attack_beside_shooting_is_the_shootings_verb(ex, text):
    assert [(e.sub_event_type, e.name) for e in run(ex, text).events] == [("Attack", "Kafr Nabl")]


def test_shelling_beside_a_shooting_told_in_another_clause_stays_shelling(ex):
    events = run(ex, "استهدفت قوات النظام بلدة كفرنبل، وقتل رجل برصاص قناص في بلدة أريحا").events
    assert sorted((e.sub_event_type, e.name) for e in events) == [
        ("Attack", "Ariha"), ("Shelling/artillery/missile attack", "Kafr Nabl")]


@pytest.mark.parametrize("text", [
    "أفاد موقع \"دير الزور 24\" بأن مسلحين مجهولين قتلوا شابا بالرصاص في بلدة كفرنبل",
    "According to Deir Ezzor 24, gunmen shot dead a man in Kafr Nabl.",
])
def test_a_local_outlet_named_for_a_town_is_not_that_town(ex, text):
    (e,) = run(ex, text).events
    assert e.name == "Kafr Nabl" and "local media" in e.fatalities_note


def test_a_town_that_names_an_outlet_is_still_a_place_on_its_own(ex):
    (e,) = run(ex, "مقتل رجل مسن في الرقة إثر تعرضه لإطلاق نار من قبل مجهولين").events
    assert (e.sub_event_type, e.name, e.fatalities) == ("Attack", "Raqqa", 1)


def test_an_infiltration_attempt_is_a_battle(ex):
    events = run(ex, "HTS fighters repelled an infiltration attempt by regime forces near Kafr Nabl.").events
    assert [(e.sub_event_type, e.actor1, e.name) for e in events] == [
        ("Armed clash", "Syrian regime forces (government)", "Kafr Nabl")]


@pytest.mark.parametrize("text", ["No air strikes were recorded on Kafr Nabl on Sunday.",
                                  "There were no Russian air strikes on Kafr Nabl, activists said.",
                                  "Kafr Nabl saw no shelling on Sunday.",
                                  "The town of Kafr Nabl was not shelled on Sunday."])
def test_an_attack_denied_is_none(ex, text):
    assert run(ex, text).events == []


def test_no_one_hurt_is_no_count_but_the_shell_still_fell(ex):
    (e,) = run(ex, "No one was hurt when a shell hit a house in Kafr Nabl.").events
    assert (e.sub_event_type, e.injuries, e.fatalities) == ("Shelling/artillery/missile attack", None, None)


def test_an_attacker_taken_from_the_reports_other_strikes_says_so(ex):
    events = run(ex, "Warplanes struck Kafr Nabl, killing 4 civilians. In Raqqa, Russian jets hit an ISIS position.").events
    (kafr_nabl,) = [e for e in events if e.name == "Kafr Nabl"]
    (raqqa,) = [e for e in events if e.name == "Raqqa"]
    assert (kafr_nabl.actor1, raqqa.actor1) == ("Russian military", "Russian military")
    assert "not named in its sentence" in kafr_nabl.actor_note and raqqa.actor_note == ""


def test_a_claim_that_names_its_own_place_is_not_of_the_attack_before(ex):
    events = run(ex, "Gunmen killed a civilian in Kafr Nabl. ISIS claimed the killing of two soldiers near Palmyra.").events
    (e,) = [e for e in events if e.name == "Kafr Nabl"]
    assert e.actor1 != "Islamic State (ISIS)"


def test_a_claim_after_a_bombing_names_its_attacker_and_says_so(ex):
    (e,) = run(ex, "A car bomb exploded in Manbij, killing 5 people. ISIS claimed responsibility for the attack.").events
    assert (e.actor1, e.actor_note) == ("Islamic State (ISIS)", "attacker not named in its sentence: the group that claimed it")


def test_palmyra_is_a_place_though_its_name_is_also_a_verb(ex):
    (e,) = run(ex, "قصفت قوات النظام تدمر بقذائف الهاون").events
    assert (e.sub_event_type, e.name) == ("Shelling/artillery/missile attack", "Tadmor")


@pytest.mark.parametrize("text", ["وحدات من الجيش تدمر مقرات للإرهابيين في بلدة كفرنبل",
                                  "وحدات الجيش تدمر بالصواريخ عددا من مقرات الإرهابيين في بلدة كفرنبل"])
def test_the_verb_destroys_is_no_palmyra(ex, text):
    assert [e.name for e in run(ex, text).events] == ["Kafr Nabl"]


def test_a_village_right_after_an_attack_verb_and_its_subject_is_its_target(ex):
    # a village with no head word needs a slot that expects a place: after a preposition, or here
    (e,) = run(ex, "قصفت قوات النظام حزوان بقذائف الهاون").events
    assert (e.sub_event_type, e.name) == ("Shelling/artillery/missile attack", "Hazwan")


def test_an_event_dated_more_than_a_year_before_the_report_is_history(ex):
    text = "وفي أيار 2017 توصلت تركيا وروسيا إلى اتفاق على وقف إطلاق النار في بلدة كفرنبل"
    assert run(ex, text, date="2022-09-08").events == []
    assert [e.sub_event_type for e in run(ex, text, date="2017-06-01").events] == ["Agreement"]


@pytest.mark.parametrize("text, actor1", [
    ("انفجرت سيارة مفخخة في مدينة أريحا ما أدى لمقتل 4 أشخاص. وتبنى تنظيم داعش الهجوم في بيان.", "Islamic State (ISIS)"),
    ("A car bomb exploded in Ariha, killing four people. ISIS claimed responsibility for the attack.",
     "Islamic State (ISIS)"),
    ("A car bomb exploded in Ariha, killing four people. No group claimed responsibility.", UNNAMED),
])
def test_a_side_that_claims_the_attack_is_its_attacker(ex, text, actor1):
    (e,) = run(ex, text).events
    assert (e.sub_event_type, e.actor1) == ("Remote explosive/landmine/IED", actor1)


def test_the_international_road_between_two_cities_is_near_the_first_not_both_governorates(ex):
    (e,) = run(ex, "استهدفت مسيرة سيارة على الطريق الدولي حلب - منبج").events
    assert (e.name, e.geo_precision) == ("Aleppo", 2)


def test_the_side_that_tells_of_an_attack_after_it_is_not_its_target(ex):
    (e,) = run(ex, "A bomb exploded in Ariha, killing five people including two children, "
                   "Turkish-backed fighters said.").events
    # (the children among the dead make them civilians; the fighters who tell of it are none)
    assert (e.sub_event_type, e.actor2, e.fatalities) == ("Remote explosive/landmine/IED", "Civilians (Syria)", 5)
    assert "Turkish" not in e.victims


@pytest.mark.parametrize("text", ["تمكنت الفرق الهندسية من تفكيك عبوة ناسفة مزروعة في بلدة كفرنبل قبل انفجارها",
                                  "Engineers defused a roadside bomb in Kafr Nabl before it exploded."])
def test_a_bomb_defused_before_it_went_off_is_no_explosion(ex, text):
    assert run(ex, text).events == []


def test_a_mother_wounded_beside_her_child_is_one_of_the_wounded(ex):
    (e,) = run(ex, "استشهد طفل وأصيبت والدته جراء سقوط قذيفة مدفعية على منزلهم في بلدة كفرنبل").events
    assert (e.fatalities, e.injuries) == (1, 1)


def test_attacks_pointed_back_to_beside_a_new_one_are_not_told_again(ex):
    events = run(ex, "تبع هذه الغارات قصف مدفعي على أطراف بلدة كفرنبل").events
    assert [(e.sub_event_type, e.name) for e in events] == [("Shelling/artillery/missile attack", "Kafr Nabl")]
    # alone in its sentence, "this attack" is the one told before, with its toll
    (e,) = run(ex, "Russian jets struck Ariha. This attack killed five people.").events
    assert (e.sub_event_type, e.fatalities) == ("Air/drone strike", 5)


@pytest.mark.parametrize("text", [
    "مجزرة في بلدة كفرنبل\n\nقتل 7 مدنيين بينهم 3 أطفال جراء غارات جوية روسية استهدفت السوق الشعبي في البلدة صباح اليوم.",
    "Massacre in Kafr Nabl\n\nSeven civilians were killed when Russian jets struck the market of Kafr Nabl this morning.",
])
def test_a_headlines_word_of_attack_that_names_no_weapon_is_the_bodys_strike(ex, text):
    (e,) = run(ex, text).events
    assert (e.sub_event_type, e.actor1, e.name, e.fatalities) == ("Air/drone strike", "Russian military", "Kafr Nabl", 7)


def test_a_headlines_word_of_attack_alone_stays_shelling(ex):
    (e,) = run(ex, "قصف على بلدة كفرنبل").events
    assert e.sub_event_type == "Shelling/artillery/missile attack"


def test_people_held_by_a_side_say_nothing_of_who_holds_the_place(ex):
    res = run(ex, "Hundreds demonstrated in Ariha on Friday, calling for the release of detainees held by HTS.")
    assert res.controls == []
    res = run(ex, "The town of Ariha, controlled by HTS, was shelled.")
    assert [(c.faction, c.kind) for c in res.controls] == [("HTS (Hayat Tahrir al-Sham / Nusra Front)", "statement")]


@pytest.mark.parametrize("text, name", [
    ("قصفت طائرات روسية بلدة كفرنبل صباح اليوم. وبعد ساعات تعرضت البلدة لقصف مدفعي أدى إلى مقتل مدنيين اثنين.",
     "Kafr Nabl"),
    ("Russian jets struck the town of Ariha on Monday. Later, regime artillery shelled the town again, killing two.",
     "Ariha"),
    ("سقطت قذائف على مدينة حلب وقرية حزوان أمس. واستهدف قصف مدفعي القرية مساء اليوم فقتل طفلان.", "Hazwan"),
])
def test_the_town_or_village_a_sentence_names_by_its_head_word_is_the_one_told_before(ex, text, name):
    events = run(ex, text).events
    shelled = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack" and e.fatalities == 2]
    assert [e.name for e in shelled] == [name]
    assert "calls the place" in shelled[0].location_note


def test_a_neighbouring_village_or_a_town_told_only_as_a_region_is_no_antecedent(ex):
    # «القرية المجاورة» is another village; "north of Aleppo" is not the city itself
    events = run(ex, "سيطرت الفصائل على قرية حزوان. وقصفت قوات النظام القرية المجاورة فقتل مدنيان.").events
    assert all("calls the place" not in e.location_note for e in events)
    events = run(ex, "اشتباكات شمال حلب. وتعرضت المدينة لقصف أدى إلى مقتل مدنيين اثنين.").events
    assert all(e.name != "Aleppo" or "calls the place" not in e.location_note for e in events)


def test_a_town_taken_is_never_placed_by_its_head_word_alone(ex):
    # «يعود النزاع لفترة تحرير البلدة»: a town's capture told this way is often its history
    res = run(ex, "وقع اشتباك مسلح في بلدة كفرنبل. ويعود النزاع إلى فترة تحرير البلدة.")
    assert [e.sub_event_type for e in res.events] == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "كما أخلت الفصائل مقراتها في بلدة كفرنبل خوفاً من استهدافها بالغارات الجوية.",
    "Families fled the town of Ariha fearing air strikes.",
    "وطالب الأهالي بإخلاء السوق في مدينة أريحا تحسباً لتجدد القصف.",
])
def test_what_people_fear_or_brace_for_is_no_event(ex, text):
    assert run(ex, text).events == []


def test_a_helicopter_raid_that_arrests_is_a_landing_and_its_detainees_side_is_no_attacker(ex):
    (e,) = run(ex, "شنت القوات الخاصة الأميركية غارة بطائرة هليكوبتر على مدينة الرقة أسفرت عن اعتقال "
                   "رجل يعرف بانتمائه إلى تنظيم الدولة (داعش).").events
    assert (e.sub_event_type, e.actor1, e.actor2, e.name) == ("Arrests", "US-led Coalition", "Islamic State (ISIS)", "Raqqa")


def test_a_side_named_only_as_helping_leaves_the_attacker_to_the_sentence(ex):
    (e,) = run(ex, "قالت مصادر إن قوة تابعة لجيش سوريا الحرة، نفذت إنزالاً بمساندة من التحالف الدولي واعتقلت "
                   "شابين في مدينة الرقة.").events
    assert (e.sub_event_type, e.actor1) == ("Arrests", "Syrian Free Army (al-Tanf)")


def test_members_counted_of_a_side_are_whom_a_strike_killed(ex):
    (e,) = run(ex, "قصفت طائرات إسرائيلية مدينة تدمر. وقتل 33 عنصراً من الميليشيات الإيرانية.").events
    assert (e.actor1, e.actor2, e.fatalities) == ("Israeli military", "Iran-backed militias (Iranian forces)", 33)


def test_the_outskirts_of_the_town_told_before_are_its_own(ex):
    events = run(ex, "Government shelling killed three civilians in the town of Ariha on Monday. "
                     "Later, Russian warplanes struck the town's outskirts.").events
    assert [(e.actor1, e.name) for e in events] == [("Syrian regime forces (government)", "Ariha"),
                                                     ("Russian military", "Ariha")]
    assert "calls the place" in events[1].location_note


@pytest.mark.parametrize("text, actor", [
    ("Government shelling killed three civilians in Ariha.", "Syrian regime forces (government)"),
    ("The government air strikes hit Ariha.", "Syrian regime forces (government)"),
    ("The Lebanese government said shelling hit Ariha.", ""),  # a government that speaks fires nothing
])
def test_government_before_its_fire_is_the_regime(ex, text, actor):
    (e,) = run(ex, text).events
    assert e.actor1 == actor


def test_the_fighting_that_won_a_village_is_its_capture_not_the_losers(ex):
    (e,) = run(ex, "سيطرت فصائل المعارضة، فجر اليوم، على قرية حزوان بعد اشتباكات عنيفة مع قوات النظام، "
                   "قتل خلالها 6 عناصر من الطرفين.").events
    assert (e.sub_event_type, e.actor1, e.name, e.fatalities) == (
        "Non-state actor overtakes territory", "Opposition forces (FSA)", "Hazwan", 6)


def test_a_mine_left_over_from_the_fighting_tells_no_battle(ex):
    (e,) = run(ex, "Two children were killed when a landmine left over from the fighting exploded in Hazwan.").events
    assert (e.sub_event_type, e.fatalities) == ("Remote explosive/landmine/IED", 2)


def test_what_a_deal_stipulates_has_not_happened(ex):
    res = run(ex, "توصلت لجنة التفاوض في مدينة أريحا إلى اتفاق مع قوات النظام يقضي بتسليم السلاح ودخول قوات النظام إلى المدينة.")
    assert [e.sub_event_type for e in res.events] == ["Agreement"]


@pytest.mark.parametrize("text", [
    "Rebels and regime forces clashed near the town of Ariha on Saturday. Five soldiers and seven rebels were "
    "killed in the fighting, the Observatory said.",
    "اندلعت اشتباكات بين قوات النظام والفصائل في محيط بلدة أريحا. وقتل في المعارك 5 جنود و7 مقاتلين.",
])
def test_a_toll_told_of_the_fighting_is_the_battles_told_before(ex, text):
    (e,) = run(ex, text).events
    assert (e.sub_event_type, e.name, e.fatalities) == ("Armed clash", "Ariha", 12)


def test_where_a_force_withdrew_to_is_no_place_it_gave_up(ex):
    (e,) = run(ex, "استعادت قوات النظام السيطرة على بلدة كفرنبل بعد معارك مع الفصائل. وانسحبت الفصائل من البلدة "
                   "نحو مدينة أريحا.").events
    assert (e.sub_event_type, e.name) == ("Government regains territory", "Kafr Nabl")


def test_an_assassinated_former_commander_is_a_civilian(ex):
    (e,) = run(ex, "اغتال مسلحون مجهولون القيادي السابق في فصائل المعارضة بإطلاق النار عليه في بلدة كفرنبل.").events
    assert (e.sub_event_type, e.actor2) == ("Attack", "Civilians (Syria)")


def test_a_toll_told_after_strikes_on_two_villages_joins_those_strikes(ex):
    events = run(ex, "قصفت طائرات روسية قرية حزوان وبلدة كفرنبل. وأدى القصف إلى مقتل امرأتين.").events
    assert sorted((e.name, e.fatalities) for e in events) == [("Hazwan", 1), ("Kafr Nabl", 1)]
    assert all("2 in all" in e.fatalities_note for e in events)


def test_a_counter_attack_that_retakes_a_village_is_one_capture_there(ex):
    (e,) = run(ex, "Fighters from HTS launched a counter-attack on regime positions west of Ariha, retaking "
                   "the village of Hazwan.").events
    assert (e.sub_event_type, e.actor1, e.name) == ("Non-state actor overtakes territory",
                                                    "HTS (Hayat Tahrir al-Sham / Nusra Front)", "Hazwan")


@pytest.mark.parametrize("text, sub", [
    ("Rebels ambushed a patrol, capturing two soldiers near Ariha.", "Armed clash"),  # people taken, no ground
    ("Regime forces advanced on Ariha, seizing the nearby village of Hazwan.", "Government regains territory"),
])
def test_only_ground_taken_is_a_capture(ex, text, sub):
    assert [e.sub_event_type for e in run(ex, text).events] == [sub]


def test_a_place_that_is_under_a_sides_control_is_a_statement_not_a_capture(ex):
    res = run(ex, "بلدة كفرنبل تخضع في معظمها لسيطرة هيئة تحرير الشام.")
    assert res.events == []
    assert [(c.kind, c.faction) for c in res.controls] == [("statement", "HTS (Hayat Tahrir al-Sham / Nusra Front)")]


def test_a_plural_verb_of_shelling_is_a_trigger(ex):
    (e,) = run(ex, "مرتزقة الاحتلال التركي قصفوا قرية حزوان بالأسلحة الثقيلة مساء أمس.").events
    assert (e.sub_event_type, e.name) == ("Shelling/artillery/missile attack", "Hazwan")


def test_a_toll_told_of_one_of_the_places_struck_is_that_places_alone(ex):
    events = run(ex, "قصفت قوات النظام بالمدفعية بلدة كفرنبل وقرية حزوان ومدينة أريحا، واستشهد طفلان في قرية حزوان.").events
    assert sorted((e.name, e.fatalities) for e in events) == [("Ariha", None), ("Hazwan", 2), ("Kafr Nabl", None)]
    # but one counted "in each of" two places is split between them
    events = run(ex, "قصفت طائرات تركية مدينتي القامشلي ومنبج، وأدى القصف إلى إصابة عشرة أشخاص في كل من القامشلي ومنبج.").events
    assert sorted((e.name, e.injuries) for e in events) == [("Manbij", 5), ("Qamishli", 5)]


@pytest.mark.parametrize("text, actors", [
    ("Three rockets landed near a base in Raqqa, where US forces are based.", ("", "US-led Coalition")),
    ("سقطت قذائف صاروخية على قاعدة في مدينة الرقة حيث تتمركز القوات الأمريكية.", ("", "US-led Coalition")),
    ("US forces based in Raqqa shelled positions near Manbij.", ("US-led Coalition", "")),  # who fired
])
def test_a_side_told_as_stationed_where_the_fire_fell_is_its_target(ex, text, actors):
    (e,) = run(ex, text).events
    assert (e.actor1, e.actor2) == actors


@pytest.mark.parametrize("text", [
    "The offensive on Ariha entered its fifth week on Tuesday.",  # time entered, no ground
    "ومع دخول الاشتباكات في محيط مدينة أريحا يومها السادس، لا تزال خريطة السيطرة غامضة.",
])
def test_a_campaign_entering_its_next_week_takes_no_ground(ex, text):
    assert all(e.event_type != "Battles" or "territory" not in e.sub_event_type for e in run(ex, text).events)


def test_forces_sent_to_help_fend_off_an_assault_fight_no_battle_yet(ex):
    assert run(ex, "Pro-government militias arrived in Ariha on Tuesday to help the YPG fend off the assault.").events == []


def test_the_control_map_changes_no_control(ex):
    res = run(ex, "وبدت خريطة السيطرة في محيط مدينة أريحا راجحة لفصائل المعارضة.")
    assert res.events == [] and res.controls == []


@pytest.mark.parametrize("text", [
    "قصفت الطائرات 10 قرى في ريف حلب، أبرزها: حزوان، تل أحمر، ومنبج.",
    "قصفت الطائرات الحربية قرى ريف حلب، أبرزها حزوان وتل أحمر ومنبج.",
    "Jets struck several villages in the Aleppo countryside, including Hazwan, Tell Ahmar and Manbij.",
])
def test_the_places_named_among_those_of_a_region_are_where_it_happened(ex, text):
    events = run(ex, text).events
    assert sorted(e.name for e in events) == ["Hazwan", "Manbij", "Tell Ahmar"]
    assert all(e.geo_precision == 1 for e in events)


def test_an_aircraft_told_as_shot_down_is_the_target_not_an_air_strike(ex):
    (e,) = run(ex, "A Russian Mi-8 helicopter was shot down over Ariha on Monday, killing all five people on board.").events
    assert (e.sub_event_type, e.actor1, e.actor2, e.fatalities) == ("Armed clash", "", "Russian military", 5)


def test_the_siege_that_led_to_a_capture_is_no_event_of_its_own(ex):
    (e,) = run(ex, "Kurdish-led forces captured most of the city of Manbij from Islamic State on Saturday after a "
                   "two-month siege.").events
    assert e.sub_event_type == "Non-state actor overtakes territory"


def test_a_place_named_after_a_weapon_fires_nothing(ex):
    # "the Ramouseh artillery academy", «كلية المدفعية»: a place, no shelling
    (e,) = run(ex, "Rebels attacked government positions near Aleppo, including the artillery academy.").events
    assert e.sub_event_type == "Armed clash"


def test_a_toll_broken_down_place_by_place_past_an_aside_keeps_every_part(ex):
    events = run(ex, "ارتفع إلى 12 عدد الشهداء جراء الغارات الجوية على ريف إدلب اليوم، وهم: 5 في أريحا بينهم طفلان، "
                     "و4 في كفرنبل، و3 في مدينة إدلب.").events
    assert sorted((e.name, e.fatalities) for e in events) == [("Ariha", 5), ("Idleb", 3), ("Kafr Nabl", 4)]


@pytest.mark.parametrize("text", [
    "Russian jets struck the market in Ariha. Hours later, a second strike hit rescuers who had rushed to Ariha.",
    "قصفت طائرات روسية مدينة أريحا. وبعد ساعات استهدفت غارة ثانية فرق الإنقاذ في أريحا.",
])
def test_a_second_strike_is_one_more_of_those_told_before(ex, text):
    assert [(e.sub_event_type, e.actor1, e.name) for e in run(ex, text).events] == [
        ("Air/drone strike", "Russian military", "Ariha")]


def test_the_looting_of_a_place_taken_is_an_event_of_its_own(ex):
    events = run(ex, "نهبت عناصر من الجيش الوطني منازل المدنيين في قرية حزوان بعد سيطرتهم عليها.").events
    assert "Looting/property destruction" in [e.sub_event_type for e in events]


@pytest.mark.parametrize("text", [
    "Russian jets struck Ariha on Monday. The next day, regime artillery shelled Kafr Nabl.",
    "قصفت طائرات روسية مدينة أريحا يوم الاثنين. وفي اليوم التالي قصفت المدفعية بلدة كفرنبل.",
])
def test_the_next_day_is_counted_from_the_day_told_before(ex, text):
    events = run(ex, text, date="2020-03-11").events
    assert [(e.name, e.event_date) for e in events] == [("Ariha", "2020-03-09"), ("Kafr Nabl", "2020-03-10")]


def test_the_defenders_toll_told_of_the_attack_is_the_battles(ex):
    (e,) = run(ex, "Islamic State fighters launched an attack on government forces near Ariha overnight. The army "
                   "repelled the attack, killing 12 militants.").events
    assert (e.sub_event_type, e.actor1, e.actor2, e.fatalities) == (
        "Armed clash", "Islamic State (ISIS)", "Syrian regime forces (government)", 12)


def test_the_blast_told_again_is_the_bombing_told_before(ex):
    (e,) = run(ex, "A car bomb exploded near a checkpoint in Manbij, killing three people. The blast also wounded 10.").events
    assert (e.sub_event_type, e.fatalities, e.injuries) == ("Remote explosive/landmine/IED", 3, 10)


def test_each_part_of_a_round_up_keeps_its_own_weapon(ex):
    events = run(ex, "قصفت قوات النظام بالمدفعية بلدة كفرنبل، فيما شنت الطائرات الروسية غارات على أطراف مدينة أريحا، "
                     "بينما استهدفت الفصائل مواقع النظام في حزوان بالصواريخ.").events
    assert sorted((e.name, e.sub_event_type, e.actor1) for e in events) == [
        ("Ariha", "Air/drone strike", "Russian military"),
        ("Hazwan", "Shelling/artillery/missile attack", "Opposition forces (FSA)"),
        ("Kafr Nabl", "Shelling/artillery/missile attack", "Syrian regime forces (government)")]


def test_missiles_in_a_clause_that_goes_on_with_the_jets_are_theirs(ex):
    (e,) = run(ex, "نفذت الطائرات الحربية الروسية ثماني غارات جوية، مستهدفة بالصواريخ الفراغية محيط بلدة كفرنبل.").events
    assert (e.sub_event_type, e.actor1) == ("Air/drone strike", "Russian military")


# Round 11c: a toll updated in a later sentence, and another source's toll.
@pytest.mark.parametrize("text", [
    "Warplanes struck the town of Kafr Nabl on Tuesday, killing four civilians. The death toll later climbed to 10.",
    "قصفت طائرات حربية بلدة كفرنبل يوم الثلاثاء ما أدى لمقتل 4 مدنيين. وارتفعت حصيلة القتلى لاحقاً إلى 10.",
    "قصفت المدفعية مدينة أريحا. وقصفت طائرات حربية بلدة كفرنبل ما أدى لمقتل 4 مدنيين. وارتفعت الحصيلة إلى 10.",
])
def test_a_toll_that_rose_in_a_later_sentence_updates_the_last_attack_with_a_toll(ex, text):
    tolls = {e.name: (e.fatalities, e.fatalities_low, e.fatalities_high) for e in run(ex, text, date="2020-03-11").events}
    assert tolls["Kafr Nabl"] == (10, 4, 10) and tolls.get("Ariha", (None,) * 3) == (None,) * 3


@pytest.mark.parametrize("gap", [
    "\n\n",  # a new paragraph: another item of a digest
    " Schools stayed shut. Farmers lost their harvest. The roads were closed. ",  # four sentences on
])
def test_a_toll_that_rose_further_on_is_not_the_attacks(ex, gap):
    text = f"Warplanes struck the town of Kafr Nabl on Tuesday, killing four civilians. Markets were empty.{gap}" \
           "The death toll rose to 10."
    (e,) = run(ex, text, date="2020-03-11").events
    assert (e.fatalities, e.fatalities_low, e.fatalities_high) == (4, 4, 4)


def test_another_sources_toll_in_a_sentence_of_its_own_gives_the_cautious_figure(ex):
    (e,) = run(ex, "Jets hit the market in Ariha, killing up to 25 people. The Syrian Observatory put the toll at 19.").events
    assert (e.fatalities, e.fatalities_low, e.fatalities_high) == (19, 19, 25)
    assert e.fatalities_note == "disputed: 25 (the report); 19 (SOHR)"


@pytest.mark.parametrize("text", [
    "Regime troops recaptured the town of Kafr Nabl on Friday. Between 6 and 9 rebels were killed.",
    "Regime troops recaptured the town of Kafr Nabl on Friday. Between 6 and 9 rebels were killed in the last push.",
])
def test_a_toll_told_right_after_a_capture_is_the_captures(ex, text):
    (e,) = run(ex, text).events
    assert (e.sub_event_type, e.fatalities, e.fatalities_low, e.fatalities_high) == ("Government regains territory", 6, 6, 9)


def test_a_toll_after_a_blank_line_is_not_the_captures(ex):
    (e,) = run(ex, "Regime troops recaptured the town of Kafr Nabl on Friday.\n\nBetween 6 and 9 rebels were killed.").events
    assert e.fatalities is None


# Round 11b (audit 3): actors and triggers.

@pytest.mark.parametrize("text", [
    "قتل 4 مدنيين بقصف مدفعي على مدينة أريحا، بحسب الجمعية الطبية السورية الأمريكية.",
    "Shelling killed four civilians in Ariha, the Iranian Mehr agency reported.",
    "Shelling killed four civilians in Ariha on Sunday, the Russian Hmeimim Centre said.",
    "قتل 4 مدنيين بقصف مدفعي على مدينة أريحا، بحسب وكالة مهر الإيرانية.",
])
def test_the_nationality_of_the_outlet_that_tells_of_an_attack_is_not_its_attacker(ex, text):
    (e,) = run(ex, text).events
    assert e.actor1 == "" and e.actor2 == "Civilians (Syria)"


def test_forces_named_after_the_capital_take_the_town_not_the_capital():
    damascus = extra_place("X90", "Damascus", "دمشق", 33.51, 36.29, "city", population=2_000_000)
    ex = Extractor(tiny_gazetteer_with(damascus))
    res = run(ex, "Jihadists pulled out of Manbij on Sunday, hours before Damascus government forces seized it.")
    (e,) = res.events
    assert (e.sub_event_type, e.name, e.actor1) == ("Government regains territory", "Manbij",
                                                    "Syrian regime forces (government)")
    assert [c.location for c in res.controls if "Damascus" in c.location] == []


@pytest.mark.parametrize("text", [
    "IS militants attacked a group of shepherds near Palmyra, killing seven.",
    "هاجم عناصر داعش مجموعة من جامعي الكمأة قرب مدينة تدمر وقتلوا سبعة منهم",
    "قتل 7 أشخاص، معظمهم من الرعاة، جراء هجوم لداعش قرب مدينة تدمر",
])
def test_civilians_named_by_their_work_are_attacked_not_fought(ex, text):
    (e,) = run(ex, text).events
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Attack", "Islamic State (ISIS)", "Civilians (Syria)")


@pytest.mark.parametrize("verb", ["counterattacked", "counter-attacked"])
def test_a_counterattack_told_by_its_verb_is_a_battle(ex, verb):
    (e,) = run(ex, f"Rebels {verb} near Ariha, killing nine soldiers.").events
    assert (e.sub_event_type, e.actor1, e.name) == ("Armed clash", "Opposition forces (FSA)", "Ariha")


@pytest.mark.parametrize("text", [
    "Suspected Russian or regime jets bombed Ariha, killing three civilians.",
    "قتل 3 مدنيين بغارات روسية أو تابعة للنظام على مدينة أريحا",
])
def test_two_possible_attackers_are_one_uncertain_attacker(ex, text):
    (e,) = run(ex, text).events
    assert e.actor1 == "Russian military" and e.actor2 == "Civilians (Syria)"
    assert "Russian military or Syrian regime forces" in e.actor_note


# Round 11e (audit 3): the side that lost ground, a deal's sponsor, a site taken within a town.
@pytest.mark.parametrize("text", [
    "استعادت قوات النظام مدينة القريتين في ريف حمص، بعد انسحاب عناصر تنظيم الدولة منها",
    "سيطرت قوات النظام على مدينة القريتين، إثر انسحاب آخر مقاتلي داعش منها",
    "سيطرت قوات النظام على مدينة القريتين، بعد طرد آخر عناصر تنظيم داعش من المستودعات",
])
def test_the_side_that_withdrew_or_was_expelled_is_the_loser(ex, text):
    taken = [(e.name, e.actor1, e.actor2) for e in run(ex, text).events]
    assert taken == [("Al-Qaryatayn", "Syrian regime forces (government)", "Islamic State (ISIS)")]


@pytest.mark.parametrize("text", [
    "دخلت قوات النظام مدينة القريتين بعد اتفاق مع فصائل المعارضة برعاية روسية، وبسطت سيطرتها على مدينة القريتين",
    "دخلت قوات النظام مدينة القريتين بعد اتفاق مع فصائل المعارضة بوساطة روسية، وفرضت سيطرتها على مدينة القريتين",
])
def test_a_deals_sponsor_is_no_side_of_the_takeover(ex, text):
    res = run(ex, text)
    assert [(e.name, e.actor1, e.actor2) for e in res.events] == [
        ("Al-Qaryatayn", "Syrian regime forces (government)", "Opposition forces (FSA)")]
    assert {c.faction for c in res.controls} == {"Syrian regime forces (government)"}


@pytest.mark.parametrize("text", [
    "سيطرت فصائل المعارضة على كلية الهندسة العسكرية في حمص بعد اشتباكات مع قوات النظام",
    "Rebels seized the military academy in Homs after clashes with regime forces.",
])
def test_a_site_taken_within_a_city_is_part_of_it(ex, text):
    res = run(ex, text)
    assert [(e.name, e.geo_precision, e.actor1) for e in res.events] == [("Homs", 2, "Opposition forces (FSA)")]
    assert res.controls == []  # one site does not make the whole city the rebels'


def test_a_city_taken_is_still_the_city(ex):
    res = run(ex, "سيطرت فصائل المعارضة على مدينة حمص بعد اشتباكات مع قوات النظام")
    assert [(e.name, e.geo_precision) for e in res.events] == [("Homs", 1)]
    assert [c.location for c in res.controls] == ["مدينة حمص"]


def test_a_takeover_told_again_without_a_place_keeps_the_first_day(ex):
    res = run(ex, "دخلت قوات النظام مدينة القريتين يوم الاثنين بعد اتفاق برعاية روسية، وبسطت سيطرتها على المعبر",
              date="2016-04-01")
    assert [(e.name, e.actor1, e.actor2, e.event_date) for e in res.events] == [
        ("Al-Qaryatayn", "Syrian regime forces (government)", "", "2016-03-28")]  # no Russian side


def test_an_assault_thrown_back_is_a_battle_then_the_regain(ex):
    text = ("Jihadists stormed the town of Ariha on Saturday, seizing positions on its edge before being "
            "pushed back by regime troops on Sunday.")
    res = run(ex, text, date="2016-04-01")  # a Friday
    assert sorted((e.sub_event_type, e.actor1, e.actor2, e.name, e.event_date) for e in res.events) == [
        ("Armed clash", UNNAMED, "Syrian regime forces (government)", "Ariha", "2016-03-26"),
        ("Government regains territory", "Syrian regime forces (government)", "", "Ariha", "2016-03-27")]


def test_a_capture_told_after_a_dated_withdrawal_takes_its_day(ex):
    (e,) = run(ex, "Rebel fighters withdrew from the town of Kafr Nabl on Tuesday, hours before government "
                   "forces seized it.", date="2016-03-31").events
    assert (e.sub_event_type, e.name, e.event_date) == ("Government regains territory", "Kafr Nabl", "2016-03-29")
    # in Arabic the taking may be a noun, whose possessor took the place («سيطرة قوات النظام عليها»)
    (e,) = run(ex, "انسحبت فصائل المعارضة من بلدة كفرنبل يوم الثلاثاء، قبل ساعات من سيطرة قوات النظام عليها.",
               date="2016-03-31").events
    assert (e.sub_event_type, e.actor1, e.actor2, e.event_date) == (
        "Government regains territory", "Syrian regime forces (government)", "Opposition forces (FSA)", "2016-03-29")


# Round 11f: tolls in round-ups.
@pytest.mark.parametrize("text, tolls", [
    ("قتل 6 مدنيين بغارات روسية على بلدة كفرنبل، فيما قتل مدنيان بقصف مدفعي لقوات النظام على مدينة أريحا.",
     [("Ariha", 2), ("Kafr Nabl", 6)]),
    ("قتل 4 من قوات النظام و2 من الفصائل في اشتباكات قرب مدينة أريحا، بينما قتل 7 مدنيين في غارات على بلدة كفرنبل.",
     [("Ariha", 6), ("Kafr Nabl", 7)]),
    ("قتل 20 مدنياً بغارات على مدينة أريحا، و5 مدنيين بغارات على بلدة كفرنبل.", [("Ariha", 20), ("Kafr Nabl", 5)]),
    # the attackers' own dead, told after "while" with no attack of their own: one toll
    ("قتل 4 جنود بهجوم لداعش على حاجز في مدينة منبج، فيما قتل 2 من المهاجمين.", [("Manbij", 6)]),
    ("قتلت امرأة بقصف على مدينة أريحا. وكان قد قتل في 14 آذار الماضي 3 مدنيين بقصف مماثل على بلدة كفرنبل.",
     [("Ariha", 1), ("Kafr Nabl", 3)]),
    ("قتل قيادي في قسد ومرافقه بمسيرة في مدينة القامشلي.", [("Qamishli", 2)]),
])
def test_each_clause_of_a_round_up_keeps_its_own_toll(ex, text, tolls):
    assert sorted((e.name, e.fatalities) for e in run(ex, text).events) == tolls


# Round 11g (audit 8): who is blamed, a bare «الجيش» regaining ground, a gas attack, places listed.
@pytest.mark.parametrize("text, attacker", [
    ("قتل 9 مدنيين بقصف صاروخي على سوق مدينة منبج، واتهمت فصائل المعارضة قوات النظام بالمسؤولية.",
     "Syrian regime forces (government)"),
    ("قتل 9 مدنيين بقصف صاروخي على سوق مدينة منبج، وحمّلت قوات النظام فصائل المعارضة المسؤولية.",
     "Opposition forces (FSA)"),
    ("Nine civilians died in rocket fire on a market in Manbij, and regime forces accused opposition "
     "factions of the attack.", "Opposition forces (FSA)"),
])
def test_the_accused_side_is_the_attacker_and_the_accuser_no_side(ex, text, attacker):
    (e,) = run(ex, text).events
    assert (e.name, e.actor1, e.actor2, e.fatalities) == ("Manbij", attacker, "Civilians (Syria)", 9)


def test_the_subject_of_an_attack_verb_may_follow_its_aircraft(ex):
    (e,) = run(ex, "استهدفت طائرات الاحتلال التركي المسيرة محيط مدينة منبج، وقتل مقاتلان من وحدات حماية الشعب.").events
    assert (e.sub_event_type, e.actor1, e.actor2) == (
        "Air/drone strike", "Turkish military", "YPG (Kurdish People's Protection Units)")


def test_a_bare_army_regaining_a_town_is_the_government_regaining_it(ex):
    (e,) = run(ex, "الجيش يستعيد السيطرة على بلدة كفرنبل.").events
    assert (e.sub_event_type, e.actor1, e.name) == ("Government regains territory", "Syrian regime forces (government)",
                                                    "Kafr Nabl")


def test_an_air_strike_with_poison_gas_is_one_chemical_attack(ex):
    (e,) = run(ex, "قتل 30 مدنياً اختناقاً جراء قصف جوي بغازات سامة على بلدة كفرنبل.").events
    assert (e.sub_event_type, e.name, e.fatalities) == ("Chemical weapon", "Kafr Nabl", 30)


def test_places_listed_among_those_counted_are_places_of_the_event(ex):
    res = run(ex, "سيطرت قوات النظام على مدينة إدلب و3 بلدات بريف إدلب، بينها كفرنبل وأريحا.")
    assert sorted(e.name for e in res.events) == ["Ariha", "Idleb", "Kafr Nabl"]
    # no count of places before the list: what follows «منها» is no place of the event
    assert [e.name for e in run(ex, "قصفت قوات النظام مدينة إدلب، ومنها انطلقت الطائرات نحو أريحا.").events] == ["Idleb"]


def test_another_at_a_second_place_is_the_same_attack_there(ex):
    res = run(ex, "غارة إسرائيلية على مطار الشعيرات تخرج مدرجه عن العمل، وأخرى على محيط مدينة حمص.")
    assert sorted((e.name, e.actor1) for e in res.events) == [
        ("Homs", "Israeli military"), ("Shayrat airbase", "Israeli military")]


# Round 11i
@pytest.mark.parametrize("text, date", [
    # a clause of «حيث» goes on with the day of the clause before it
    ("عاشت بلدة كفرنبل أمس ساعات صعبة، حيث اندلعت اشتباكات بين فصيلين محليين.", "2016-03-31"),
    # a date alone in its clause, «الماضي» after it
    ("وفي 20 آذار الماضي، قصفت طائرة مسيرة سيارة في بلدة كفرنبل.", "2016-03-20"),
    # what was seen is dated by the day it was seen...
    ("ورصد ناشطون بتاريخ 28 آذار الفائت، بأن غارة جوية استهدفت بلدة كفرنبل.", "2016-03-28"),
    # ... but what was said is not dated by the day it was said
    ("وقال ناشطون أمس، إن غارة جوية استهدفت بلدة كفرنبل.", "2016-04-01"),
])
def test_a_date_in_the_clause_that_opens_what_an_event_clause_tells(ex, text, date):
    (e,) = run(ex, text).events
    assert e.event_date == date


# Round 11h: one incident, one event (raids that arrest, drones that fire missiles).
def test_a_raid_that_arrests_in_a_digest_of_other_fighting_is_the_arrests(ex):
    # Fighting with deaths at another place, told before, is another item of the digest.
    text = ("اشتباكات عنيفة بين الفصائل وقوات النظام في مدينة أريحا وقتل 3 عناصر. "
            "وفي مدينة منبج داهمت قسد منزلا واعتقلت شابين.")
    kinds = sorted((e.sub_event_type, e.name) for e in run(ex, text).events)
    assert kinds == [("Armed clash", "Ariha"), ("Arrests", "Manbij")]
    # So is an air strike at another place told in the raid's own sentence.
    text = "اعتقلت قسد مدنيا بعدما داهمت منزله في مدينة منبج، فيما قصفت طائرات روسية بلدة كفرنبل وقتل 3 مدنيين."
    kinds = sorted((e.sub_event_type, e.name) for e in run(ex, text).events)
    assert kinds == [("Air/drone strike", "Kafr Nabl"), ("Arrests", "Manbij")]
    # A shot fired in the raid, told next, keeps it a battle beside its arrests.
    text = "داهمت قسد منزلا في مدينة منبج واعتقلت شابين. وأطلق عناصرها النار على جار لهم فأصابوه."
    assert {e.sub_event_type for e in run(ex, text).events} == {"Armed clash", "Arrests"}


def test_the_raiding_force_told_again_without_a_place_is_no_second_raid(ex):
    text = "داهمت قسد منزلا في مدينة منبج واعتقلت شابين. وقال شهود إن القوة المداهمة روعت الأطفال."
    assert [e.sub_event_type for e in run(ex, text).events] == ["Arrests"]


def test_a_missile_a_drone_fired_is_its_air_strike(ex):
    (e,) = run(ex, "قتل شخص بقصف صاروخي من طائرة مسيرة قرب مدينة منبج").events
    assert (e.sub_event_type, e.name, e.fatalities) == ("Air/drone strike", "Manbij", 1)
    # A missile attack told in a clause of its own, beside air strikes elsewhere, is another attack.
    text = "قتل رجل بغارات جوية روسية على قرية حزوان، وتعرضت مدينة منبج مساء لقصف صاروخي"
    kinds = sorted((e.sub_event_type, e.name) for e in run(ex, text).events)
    assert kinds == [("Air/drone strike", "Hazwan"), ("Shelling/artillery/missile attack", "Manbij")]


def test_cluster_bombs_a_rocket_carried_are_no_air_strike(ex):
    (e,) = run(ex, "قوات النظام تستهدف بصاروخ محمل بقنابل عنقودية مدينة أريحا").events
    assert e.sub_event_type == "Shelling/artillery/missile attack"


def test_one_named_victim_is_counted_at_the_place_told_after_the_name(ex):
    res = run(ex, "قصفت قوات النظام قريتي كفرنبل وأريحا، ما أدى إلى مقتل المدعو محمد السالم في قرية كفرنبل وإصابة طفلين في أريحا.")
    assert sorted((e.name, e.fatalities, e.injuries) for e in res.events) == [("Ariha", None, 2), ("Kafr Nabl", 1, None)]


# Round 11k: where the wounded were taken is no place of the attack.
@pytest.mark.parametrize("text", [
    "استهدف، قناص رجلين قرب بلدة كفرنبل. ونقلا إلى مشافي مدينة منبج لتلقي العلاج.",
    "استهدف، قناص رجلين قرب بلدة كفرنبل. وأسعفا إلى مدينة منبج.",
])
def test_no_event_where_the_wounded_were_taken(ex, text):
    assert {e.name for e in run(ex, text).events} == {"Kafr Nabl"}


def test_where_the_wounded_were_taken_is_the_place_when_no_other_is_named(ex):
    (e,) = run(ex, "أصيب رجلان برصاص قناص، ونقلا إلى مشفى في مدينة منبج.").events
    assert e.name == "Manbij"


# Round 11l: commentary is no event; a real incident in the same report stays.
@pytest.mark.parametrize("text", [
    "وتواصل قوات النظام قصف البلدات في ريف إدلب منذ توقيع الاتفاق.",  # an actor's policy, present tense
    "ويكثف الطيران الروسي غاراته على قرى ريف إدلب.",
    "تتعرض بلدات ريف إدلب لقصف شبه يومي من قوات النظام.",  # near-daily, no one day
    "وتبقى مدينة أريحا هدفاً دائماً لقصف قوات النظام.",
    "وقال المحلل العسكري إن القصف الروسي على مدينة أريحا لم يتوقف.",  # an analyst's view
    "Regime forces continue to shell villages around Kafr Nabl.",
])
def test_commentary_makes_no_event(ex, text):
    assert run(ex, text).events == []


def test_an_attack_still_going_on_is_an_event(ex):
    # the attack is the subject of "continue": it is under way, unlike an actor who "continues" a policy
    (e,) = run(ex, "ويستمر القصف المدفعي على بلدة كفرنبل حتى اللحظة.").events
    assert (e.sub_event_type, e.name) == ("Shelling/artillery/missile attack", "Kafr Nabl")


def test_commentary_leaves_the_incident_of_its_report(ex):
    text = ("وتواصل قوات النظام استهداف ريف إدلب، حيث قصفت فجر اليوم بلدة كفرنبل بالمدفعية. "
            "وعبر مواقع التواصل نشر ناشطون صوراً للقصف على مدينة أريحا.")
    names = sorted(e.name for e in run(ex, text).events)
    assert names == ["Ariha", "Kafr Nabl"]


@pytest.mark.parametrize("text, sub, name", [
    ("قصفت قوات النظام بلدة كفرنبل المحاصرة في ريف إدلب بعشرات القذائف.", "Shelling/artillery/missile attack", "Kafr Nabl"),
    ("Regime artillery shelled the besieged town of Ariha on Monday.", "Shelling/artillery/missile attack", "Ariha"),
])
def test_a_place_called_besieged_is_no_siege_event_of_its_own(ex, text, sub, name):
    assert [(e.sub_event_type, e.name) for e in run(ex, text).events] == [(sub, name)]


def test_a_siege_told_is_still_an_event(ex):
    (e,) = run(ex, "حاصرت قوات النظام بلدة كفرنبل من ثلاث جهات.").events
    assert (e.sub_event_type, e.name) == ("Other", "Kafr Nabl")


@pytest.mark.parametrize("text, sub", [
    ("ألقت مروحيات النظام برميلاً متفجراً على بلدة كفرنبل.", "Air/drone strike"),
    ("ألقى الطيران المروحي برميلين على مدينة أريحا مساء أمس.", "Air/drone strike"),
    ("قتل أربعة ركاب بانفجار عبوتين ناسفتين استهدفتا حافلة في مدينة منبج.", "Remote explosive/landmine/IED"),
    ("استهداف حاجز لقسد بالرشاشات من قبل مجهولين في مدينة منبج.", "Armed clash"),
])
def test_dual_and_accusative_weapons_and_machine_guns_name_their_kind(ex, text, sub):
    assert [e.sub_event_type for e in run(ex, text).events] == [sub]


def test_machine_guns_fired_beside_artillery_add_no_second_event(ex):
    (e,) = run(ex, "واستهدفت قوات النظام بقذائف المدفعية والرشاشات الثقيلة الأحياء السكنية في مدينة أريحا.").events
    assert (e.sub_event_type, e.name) == ("Shelling/artillery/missile attack", "Ariha")


def test_an_assassination_by_a_bomb_is_one_bomb_event(ex):
    (e,) = run(ex, "مقتل قيادي في الفصائل إثر اغتياله بعبوة ناسفة زرعت في سيارته في بلدة كفرنبل.").events
    assert (e.sub_event_type, e.name, e.fatalities) == ("Remote explosive/landmine/IED", "Kafr Nabl", 1)


def test_a_withdrawal_before_an_advance_is_the_advancing_sides_capture_only(ex):
    text = "انسحبت فصائل المعارضة من بلدة كفرنبل ومدينة أريحا، بعد تقدم قوات النظام والميليشيات المساندة لها."
    got = sorted((e.sub_event_type, e.actor1, e.name) for e in run(ex, text).events)
    assert got == [("Government regains territory", "Syrian regime forces (government)", n) for n in ("Ariha", "Kafr Nabl")]


@pytest.mark.parametrize("text", [
    "دانت الخارجية الفرنسية القصف الذي استهدف مشفى في مدينة أريحا.",
    "استنكرت المنظمة الغارات التي طالت مدرسة في بلدة كفرنبل.",
])
def test_a_condemnation_tells_no_event(ex, text):
    assert run(ex, text).events == []


def test_attacks_a_place_suffered_previously_are_no_event_now(ex):
    text = "قتل ثلاثة مدنيين بقصف مدفعي على بلدة كفرنبل. غارات روسية مماثلة استهدفت سابقا مدينة أريحا."
    assert [e.name for e in run(ex, text).events] == ["Kafr Nabl"]


def test_the_owner_of_what_strikes_told_before_hit_is_no_new_attacker(ex):
    text = ("شنت طائرات إسرائيلية غارات على محيط مدينة حمص فجر اليوم. "
            "وذكرت مصادر أن الضربات طالت مستودعات يستخدمها الحرس الثوري الإيراني.")
    assert [(e.sub_event_type, e.actor1) for e in run(ex, text).events] == [("Air/drone strike", "Israeli military")]


def test_where_the_attackers_are_is_not_the_place_they_fire_at(ex):
    (e,) = run(ex, "Militants in Ariha fired mortar shells at the town of Kafr Nabl on Monday.").events
    assert (e.sub_event_type, e.name) == ("Shelling/artillery/missile attack", "Kafr Nabl")


def test_the_subject_between_a_verb_of_shooting_and_its_fire_is_the_shooter(ex):
    (e,) = run(ex, "أطلق عناصر من قوات النظام النار على رجل في مدينة أريحا.").events
    assert (e.sub_event_type, e.actor1, e.name) == ("Attack", "Syrian regime forces (government)", "Ariha")


def test_bodies_found_in_a_mass_grave_are_a_strategic_development(ex):
    (e,) = run(ex, "Fifteen bodies were found in a mass grave in Ariha on Sunday.").events
    assert (e.event_type, e.sub_event_type, e.name) == ("Strategic developments", "Other", "Ariha")


def test_similar_attacks_the_verb_says_hit_a_place_before_are_no_event_now(ex):
    text = "Three civilians were killed by shelling on Kafr Nabl. Similar attacks hit Ariha before."
    assert [e.name for e in run(ex, text).events] == ["Kafr Nabl"]


def test_a_run_of_headlines_after_the_body_or_on_a_page_of_headlines_only_tells_no_event(ex):
    sidebar = ("الأحد 2024/05/05\n\nوزير الاقتصاد يزور معرضا للصناعات المحلية في العاصمة\n\n"
               "مقتل شاب برصاص مجهولين في مدينة منبج\n\nالأحد 2024/05/05\n\nافتتاح مدرسة جديدة في حي الجامعة\n\n"
               "ارتفاع أسعار الخضار في أسواق المدينة هذا الأسبوع\n\nانفجار عبوة ناسفة في مدينة حمص دون إصابات")
    body = "قتل مدنيان اثنان في غارة جوية استهدفت مدينة أريحا بريف إدلب صباح اليوم."
    assert {e.name for e in run(ex, f"غارة على أريحا\n\n{body}\n\n{sidebar}").events} == {"Ariha"}
    assert not run(ex, sidebar).events  # the page holds no article at all
    # a site's menu before the body holds the article's own headline: kept
    menu = "\n\n".join(["الصفحة الرئيسية للموقع الإخباري"] * 5)
    assert "Manbij" in {e.name for e in run(ex, f"{menu}\n\nمقتل شاب برصاص مجهولين في مدينة منبج\n\n{body}").events}
