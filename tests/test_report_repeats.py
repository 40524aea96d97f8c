"""One incident told in one report is one event, whatever words the report uses for it."""
import pytest

from geomap.extraction import Extractor
from geomap.records import Document
from tiny_places import extra_place, tiny_gazetteer, tiny_gazetteer_with


@pytest.fixture(scope="module")
def ex():
    return Extractor(tiny_gazetteer())


def kinds(ex, text):
    return sorted(e.sub_event_type for e in ex.extract_document(Document("t", text, date="2025-02-25")).events)


def test_a_drone_dropped_bomb_with_no_attacker_is_one_event(ex):
    # read both as a drone strike and as a bomb: one blast, one event
    assert len(kinds(ex, "قتل شاب اليوم بانفجار عبوة ناسفة ألقتها طائرة مسيرة مجهولة على سيارته في بلدة حزوان.")) == 1


def test_shelling_and_air_strikes_by_named_attackers_stay_two(ex):
    text = "أصيب مدنيان اليوم بقصف مدفعي لقوات النظام على بلدة كفرنبل، كما تعرضت البلدة لغارات جوية روسية."
    assert kinds(ex, text) == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_a_body_copy_with_no_day_of_its_own_takes_the_day_of_the_lead():
    # the body names a village next to the town of the lead, and no day; byline lines stand between
    ex = Extractor(tiny_gazetteer_with(extra_place("X71", "Tell Zaytun", "تل الزيتون", 35.64, 36.52, "village", "SY07")))
    text = ("إصابة ثلاثة مدنيين بقصف مدفعي على كفرنبل\n\n"
            "أصيب ثلاثة مدنيين بقصف مدفعي استهدف بلدة كفرنبل مساء أمس.\n\n"
            "وكالة محلية\n\nالثلاثاء 25 شباط\n\n"
            "وبحسب مصادر طبية فإن القصف المدفعي تسبب بإصابة ثلاثة مدنيين في قرية تل الزيتون ونقلوا إلى مشفى قريب.")
    events = ex.extract_document(Document("t", text, date="2025-02-25")).events
    assert {e.name for e in events} == {"Kafr Nabl", "Tell Zaytun"}
    assert {e.event_date for e in events} == {"2025-02-24"}


def test_a_vague_attack_in_the_headline_is_the_air_strike_the_body_tells(ex):
    # «هجوم» with its attacker reads as a clash; the body says how the attack was made
    text = "هجوم روسي على القريتين!\n\nشنت طائرات روسية غارات جوية على مدينة القريتين في ريف حمص الشرقي مساء اليوم، ما أدى إلى أضرار مادية."
    assert kinds(ex, text) == ["Air/drone strike"]


def test_a_bombing_with_no_weapon_attacker_or_day_is_the_strike_told_at_its_place(ex):
    # a cut-off title line, then the lead: the title's «استهداف» is the drone strike, not a shelling
    text = ("مقتل 4 مدنيين في استهداف جديد على منبج...\n\n"
            "قتل أربعة مدنيين وأصيب آخرون جراء غارة لطائرة مسيرة تركية على مدينة منبج شرقي حلب.")
    assert kinds(ex, text) == ["Air/drone strike"]


def test_a_strike_told_again_with_its_toll_at_a_quarter_of_its_city_is_one_event():
    # the second telling has no day of its own (_date_copies gives it the lead's) and names the quarter
    ex = Extractor(tiny_gazetteer_with(extra_place("X72", "Sheikh Maqsoud", "الشيخ مقصود", 36.23, 37.15, "neighbourhood", "SY02")))
    text = ("قتل 7 أشخاص على الأقل وأصيب آخرون يوم الأحد في غارة قالت مصادر محلية إنها روسية استهدفت مبنى في مدينة حلب. "
            "وبحسب المصادر فإن عدد القتلى بلغ 7 في غارة روسية استهدفت مبنى في حي الشيخ مقصود شمال حلب.")
    events = ex.extract_document(Document("t", text, date="2025-02-25")).events
    assert [(e.name, e.event_date, e.fatalities) for e in events] == [("Aleppo", "2025-02-23", 7)]
