"""The eighteenth round's leftovers and audit of the merged output: arrests made in a raid that
killed are part of that raid's event; the drowned are no attack's dead; a vague count over a list
of places counts none of them; the dead named one by one are counted; deaths told after an attack
at its place are its toll; a region's attack with a toll of its own is no copy of a town's outside it;
«قوات الحكومة» is the government's forces; an attack told as going on from the sentence before
(«كما استهدفت», «طال القصف أيضاً») is by that sentence's attacker; an air force's "strikes" on
positions are air strikes; merging: a report's event at a place the gazetteer lacks, placed at its
governorate, is no region-level copy of the report's town; a day glued to a Latin word before it is read."""

from shapely.geometry import box

from geomap.dedup import same_incident
from geomap.records import REGION, Event
from geomap.extraction import Extractor
from tiny_places import extra_place, extract_events, kinds_at, tiny_gazetteer_with

CLASH, ATTACK, ARRESTS = "Armed clash", "Attack", "Arrests"


def test_arrests_in_a_raid_that_killed_are_the_raids_event(ex):
    # ACLED codes one event for a raid, by its most violent part: the arrests are no second event
    assert kinds_at(ex, "قتل شاب واعتقل شقيقاه خلال مداهمة نفذتها قسد على منزلهم في مدينة منبج فجر اليوم.") == [
        (ATTACK, "Manbij")]


def test_arrests_in_a_raid_that_killed_no_one_stay_arrests(ex):
    assert kinds_at(ex, "اعتقلت قسد شابين خلال مداهمة منزلهم في مدينة منبج فجر اليوم.") == [(ARRESTS, "Manbij")]


def test_arrests_of_another_day_beside_a_killing_stay(ex):
    # the arrest is told in another sentence: its own event
    text = "قتل شاب برصاص مجهولين في مدينة منبج. واعتقلت قسد ثلاثة أشخاص في مدينة الرقة."
    assert sorted(kinds_at(ex, text)) == [(ARRESTS, "Raqqa"), (ATTACK, "Manbij")]


def test_the_drowned_are_no_attacks_dead(ex):
    assert kinds_at(ex, "انتشل الدفاع المدني جثث سبعة مهاجرين غرقوا بعد انقلاب قاربهم قرب مدينة الرقة.") == []
    assert kinds_at(ex, "The bodies of nine migrants who drowned when their boat capsized were found near Raqqa.") == []


def test_a_killing_told_beside_a_drowning_stays(ex):
    assert kinds_at(ex, "قتل شاب برصاص قوات النظام في مدينة أريحا، وغرق طفل في النهر.") == [(ATTACK, "Ariha")]


def test_a_vague_count_over_a_list_of_places_counts_none_of_them(ex):
    text = "وقصفت الطائرات الروسية بعدة غارات بلدة كفرنبل ومدينة أريحا ومدينة إدلب، وسجلت عدة إصابات بين المدنيين."
    assert [(e.name, e.injuries) for e in extract_events(ex, text)] == [
        ("Kafr Nabl", None), ("Ariha", None), ("Idleb", None)]


def test_a_number_over_a_list_of_places_is_still_split(ex):
    text = "وقصفت قوات النظام بلدة كفرنبل ومدينة أريحا، ما أدى لمقتل 4 مدنيين."
    assert [(e.name, e.fatalities) for e in extract_events(ex, text)] == [("Kafr Nabl", 2), ("Ariha", 2)]


def test_the_dead_named_one_by_one_are_counted(ex):
    for text, dead in (("استشهد أحمد العلي ومحمود الخالد وأصيب عدد من المدنيين بقصف لقوات النظام على مدينة أريحا.", 2),
                       ("قتل كل من خالد الحسن ومحمد العمر وأحمد الصالح بقصف لقوات النظام على مدينة أريحا.", 3),
                       ("قتل محمد الأحمد برصاص قناص في مدينة أريحا.", 1)):
        assert [e.fatalities for e in extract_events(ex, text)] == [dead], text


def test_deaths_told_after_an_attack_at_its_place_are_its_toll(ex):
    for text in ("قصفت قوات النظام مدينة أريحا صباح اليوم. وقتلت امرأة في أريحا.",
                 "Syrian government forces shelled the town of Ariha this morning. A woman was killed in Ariha."):
        assert [(e.sub_event_type, e.fatalities) for e in extract_events(ex, text)] == [
            ("Shelling/artillery/missile attack", 1)], text


def test_deaths_of_another_day_at_the_place_are_no_toll_of_the_attack(ex):
    text = "قصفت قوات النظام مدينة أريحا صباح اليوم. وكانت امرأة قد قتلت في أريحا في 12 آذار الماضي."
    assert [e.fatalities for e in extract_events(ex, text) if e.sub_event_type.startswith("Shelling")] == [None]


def _with_west_aleppo_countryside() -> Extractor:
    # a region with an outline west of Aleppo city; Hazwan (north-east of the city) lies outside it
    west = extra_place("test:west-aleppo", "Western Aleppo countryside", "ريف حلب الغربي", 36.20, 36.80, "region",
                       gov="SY02", precision=REGION)
    west.geometry_wkb = box(36.5, 36.0, 37.05, 36.4).wkb
    return Extractor(tiny_gazetteer_with(west))


def test_a_regions_attack_with_its_own_toll_is_no_copy_of_a_towns_outside_it():
    text = ("قتل طفل وأصيب آخر جراء سقوط قذائف على قرية حزوان. وقتل عشرة عسكريين وجرح تسعة آخرون جراء استهداف "
            "حافلتهم في ريف حلب الغربي.")
    events = extract_events(_with_west_aleppo_countryside(), text)
    assert sorted((e.name, e.fatalities, e.injuries) for e in events) == [
        ("Hazwan", 1, 1), ("Western Aleppo countryside", 10, 9)]


def test_a_regions_copy_of_a_towns_attack_with_the_same_toll_still_folds_into_it():
    text = "قتل طفل جراء سقوط قذائف على ريف حلب الغربي. وكانت القذائف قد سقطت على قرية حزوان ما أدى لمقتل طفل."
    events = extract_events(_with_west_aleppo_countryside(), text)
    assert [(e.name, e.fatalities) for e in events] == [("Hazwan", 1)]


def test_the_governments_forces_are_the_regime(ex):
    events = extract_events(ex, "قصفت قوات الحكومة بالمدفعية الثقيلة بلدة كفرنبل.")
    assert [e.actor1 for e in events] == ["Syrian regime forces (government)"]


def test_an_attack_told_as_going_on_is_by_the_attacker_before_it(ex):
    # two sides shell in the report: the one of the sentence before, not a guess from the report
    for text, attacker in (
            ("قصفت قوات النظام مدينة منبج بالمدفعية. وقالت مصادر إن الفصائل استهدفت بعشرات القذائف مواقع قوات "
             "النظام في مدينة أريحا.\n\nكما استهدفت مواقع أخرى في بلدة كفرنبل.", "Opposition forces (FSA)"),
            ("استهدفت الفصائل بالقذائف مواقع قوات النظام في مدينة منبج. وقصفت قوات النظام مدينة أريحا بالمدفعية.\n\n"
             "وأضافت المصادر أن القصف المدفعي طال أيضاً مواقع لفصائل المعارضة في بلدة كفرنبل.",
             "Syrian regime forces (government)")):
        sides = {e.name: e.actor1 for e in extract_events(ex, text)}
        assert (sides["Ariha"], sides["Kafr Nabl"]) == (attacker, attacker), text


def test_an_attack_of_another_kind_going_on_is_not_the_one_before(ex):
    text = "وقصفت قوات النظام مدينة أريحا بالمدفعية.\n\nكما استهدفت طائرة مسيرة سيارة في بلدة كفرنبل."
    sides = {e.name: e.actor1 for e in extract_events(ex, text)}
    assert sides["Kafr Nabl"] != "Syrian regime forces (government)"


def test_an_air_forces_strikes_on_positions_are_air_strikes(ex):
    for text, kind in (("The US said it carried out strikes on ISIS positions near Palmyra.", "Air/drone strike"),
                       ("Rebels struck a regime checkpoint near Palmyra.", "Armed clash")):
        assert [e.sub_event_type for e in extract_events(ex, text)] == [kind], text


def _shelling(place: str, lat: float, lon: float, precision: int, note: str = "") -> Event:
    return Event(event_id=place, doc_id="d", event_type="Explosions/Remote violence",
                 sub_event_type="Shelling/artillery/missile attack", actor1="Syrian regime forces (government)",
                 lat=lat, lon=lon, geo_precision=precision, admin1="Idleb", place_id=place, location=place,
                 event_date="2022-11-06", location_note=note)


def test_a_place_the_gazetteer_lacks_is_no_region_level_copy_of_the_reports_town():
    town = _shelling("kansafra", 35.64, 36.55, 1)
    camp = _shelling("SY07", 35.93, 36.63, 3, "name not found; placed at the region the query names")
    region = _shelling("SY07", 35.93, 36.63, 3)
    assert not same_incident(town, camp)
    assert same_incident(town, region)  # «قصف على ريف إدلب» over the town's shelling: one incident


def test_a_day_glued_to_a_latin_word_is_read(ex):
    text = "صفحة الرصد · Shared with Public28 نوفمبر 2025 اشتباكات بين قسد والفصائل في مدينة منبج."
    assert [e.event_date for e in extract_events(ex, text, "2025-12-01")] == ["2025-11-28"]
