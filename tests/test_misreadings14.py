"""Small misreadings of extraction: Kurdish factions read as the rebels, a person's nisba read as
an army, a side that only tells of an attack read as its attacker, a market named after a weekday
read as the date (sentences written for these tests, against tests/tiny_places.py)."""
import datetime as dt


from geomap.actors import find_actors
from geomap.dates import find_dates
from geomap.segment import fold, segment

from tiny_places import extract_events as events

YPG = "YPG (Kurdish People's Protection Units)"


def actor_names(text):
    return [a.name for a in find_actors(segment(text).tokens) if a.is_actor]


def test_kurdish_factions_are_the_kurdish_forces_not_the_rebels():
    assert actor_names("قصفت الفصائل الكردية بلدة مارع") == [YPG]
    assert actor_names("سقطت قذائف مصدرها مواقع الميليشيات الكردية") == [YPG]


def test_bare_factions_stay_the_rebels():
    assert actor_names("قصفت الفصائل مواقع النظام") == ["Opposition forces (FSA)", "Syrian regime forces (government)"]


def test_a_nisba_after_a_personal_name_is_no_army():
    assert actor_names("مقتل رجل يدعى خالد التركي بقصف مسيرة") == []
    assert actor_names("اعتقال القيادي أبو عمر الروسي") == []


def test_a_nationality_after_a_weapon_stays_an_army():
    assert actor_names("قصف مدفعي تركي على القرية") == ["Turkish military"]
    assert actor_names("قصف الجيش التركي القرية") == ["Turkish military"]


def test_a_drone_strike_killing_a_man_with_a_nisba_names_no_attacker(ex):
    found = events(ex, "مقتل رجل يدعى خالد التركي إثر قصف بطائرة مسيرة استهدف سيارته قرب بلدة كفرنبل.")
    assert [(e.name, e.actor1) for e in found] == [("Kafr Nabl", "")]


def test_a_side_that_explains_the_attack_is_not_its_attacker(ex):
    text = ("قتل خمسة مدنيين جراء قصف طائرة مسيرة تركية استهدف منزلاً قرب منبج، بحسب ما أعلنته قوى الأمن الداخلي. "
            "وأوضحت الأسايش أن القصف أدى إلى إصابة ثلاثة آخرين.")
    found = events(ex, text)
    assert [e.actor1 for e in found] == ["Turkish military"]


def test_a_side_that_tells_its_own_attack_stays_the_attacker(ex):
    found = events(ex, "وقالت قسد إنها استهدفت مواقع لداعش في قرية حزوان.")
    assert [e.actor1 for e in found] == ["SDF (Syrian Democratic Forces)"]
    found = events(ex, "وقالت قسد إن قواتها استهدفت مواقع لداعش في قرية حزوان.")
    assert [e.actor1 for e in found] == ["SDF (Syrian Democratic Forces)"]


def days(text, report=dt.date(2023, 5, 5)):  # a Friday
    return [str(d.date) for d in find_dates(fold(text)[0], report)]


def test_a_market_named_after_a_weekday_is_no_date():
    assert days("سقطت صواريخ على ما يعرف بـ«سوق الأربعاء» في المدينة") == []
    assert days("shelling hit the Wednesday market of the town") == []


def test_a_weekday_beside_a_market_stays_a_date():
    assert days("سقطت صواريخ يوم الأربعاء على سوق المدينة") == ["2023-05-03"]
    assert days("the market was shelled on Wednesday") == ["2023-05-03"]


def test_the_side_a_detainee_belongs_to_is_not_the_arrester(ex):
    found = events(ex, "وقال ناشطون إن قسد داهمت منزل القيادي في داعش أبو خالد في قرية حزوان واعتقلته.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in found] == [
        ("Arrests", "SDF (Syrian Democratic Forces)", "Islamic State (ISIS)")]


def test_factions_loyal_to_the_turkish_army_are_its_proxies():
    assert actor_names("قصف مدفعي نفذته القوات التركية والفصائل الموالية لها على القرية") == [
        "Turkish military", "Syrian National Army (Turkish-backed factions)"]


def test_the_side_whose_helicopters_help_a_raid_is_not_its_maker(ex):
    text = "قالت مصادر إن قسد داهمت بمساندة مروحيتين تابعتين لقوات التحالف منزل القيادي في داعش في قرية حزوان واعتقلته."
    assert [(e.actor1, e.actor2) for e in events(ex, text)] == [
        ("SDF (Syrian Democratic Forces)", "Islamic State (ISIS)")]
