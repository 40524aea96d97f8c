"""One incident told in one report is one event, whatever words the report uses for it."""

from geomap.extraction import Extractor
from geomap.records import Document
from tiny_places import extra_place, tiny_gazetteer_with


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


def test_a_strike_retold_at_its_town_joins_that_town_not_the_city_near_it(ex):
    # the retelling (same day and toll) could fold into the city's event 14 km off (_retold); its own place comes first
    text = ("مقتل 6 مدنيين بقصف روسي على إدلب\n\n"
            "قتل 6 مدنيين وأصيب 9 آخرون بغارات جوية روسية على مدينة أريحا ظهر اليوم الثلاثاء.\n\n"
            "وقال مراسل محلي إن الطائرات الروسية شنت غارات على مدينة إدلب صباح اليوم.\n\n"
            "وأضاف أن إحدى الغارات أصابت سوقا شعبيا في مدينة أريحا اليوم، ما أدى لمقتل 6 مدنيين وإصابة 9 آخرين.")
    events = ex.extract_document(Document("t", text, date="2025-02-25")).events
    assert {e.name: e.injuries for e in events} == {"Idleb": None, "Ariha": 9}


def test_a_vague_headline_attack_takes_its_place_share_of_a_toll_split_over_two_places(ex):
    # the headline's event (one place) absorbs the body's strike on two towns: it keeps the town's share
    text = "هجوم روسي على كفرنبل!\n\nقتل 6 مدنيين اليوم بغارات جوية روسية استهدفت بلدتي كفرنبل وأريحا في ريف إدلب."
    events = ex.extract_document(Document("t", text, date="2025-02-25")).events
    assert sorted((e.name, e.sub_event_type, e.fatalities) for e in events) == [
        ("Ariha", "Air/drone strike", 3), ("Kafr Nabl", "Air/drone strike", 3)]


def test_a_strike_over_two_places_with_no_toll_takes_the_dead_told_later_at_one_of_them(ex):
    # nothing of the first telling is shared over the two towns: the later toll at one of them is its strike's
    text = ("قصفت قوات النظام بالمدفعية مدينة كفرنبل وبلدة أريحا اليوم.\n\n"
            "قتل مدني جراء القصف المدفعي على كفرنبل.")
    events = ex.extract_document(Document("t", text, date="2025-02-25")).events
    assert sorted((e.name, e.fatalities) for e in events) == [("Ariha", None), ("Kafr Nabl", 1)]


def test_what_a_man_used_to_do_is_no_event(ex):
    # «كان» right before the verb of the attack: a habit told of the past, no incident of the day
    text = "ونقلت الصحيفة عن جار سابق له أن الرجل كان مرهوبا في مدينة منبج، وكان يختطف الشبان من الأسواق بانتظام."
    assert kinds(ex, text) == []


def test_the_shelling_that_made_people_flee_is_no_event_unless_its_target_is_named(ex):
    flight = ("وثقت فرق الإغاثة نزوح مئات العائلات من مدينة كفرنبل وبلدة أريحا منتصف الشهر الجاري، "
              "جراء القصف العنيف من قبل قوات النظام.")
    assert kinds(ex, flight) == []
    targeted = "رصد ناشطون نزوح الأهالي من مدينة كفرنبل نحو القرى المجاورة نتيجة القصف المدفعي على المدينة صباح اليوم."
    assert kinds(ex, targeted) == ["Shelling/artillery/missile attack"]
    killed = "نزح عشرات الأهالي من مدينة كفرنبل وقتل مدنيان جراء القصف المدفعي لقوات النظام اليوم."
    assert kinds(ex, killed) == ["Shelling/artillery/missile attack"]
