"""Posts that tell no event (a martyr mourned, a remark on an attack told before) and the kind of
an attack: aircraft that attack, raids a shelling followed, a shelling «مماثل» to one before
(sentences written for these tests, against tests/tiny_places.py)."""

from tiny_places import extract_events as events, kinds_at as kinds

AIR, SHELLING, CLASH, ATTACK = "Air/drone strike", "Shelling/artillery/missile attack", "Armed clash", "Attack"


def test_a_photo_of_a_martyr_with_a_prayer_is_no_killing(ex):
    assert events(ex, "#كفرنبل\nصورة للشهيد سامر خالد العلي رحمه الله وأسكنه فسيح جناته") == []


def test_a_martyr_titled_before_his_name_is_no_killing(ex):
    assert events(ex, "#أريحا\nالشهيد البطل عمر يوسف الحسن") == []


def test_martyrs_mourned_where_they_were_killed_stay_a_killing(ex):
    assert kinds(ex, "أسماء الشهداء الذين وثقناهم اليوم في بلدة كفرنبل رحمهم الله") == [(ATTACK, "Kafr Nabl")]


def test_martyrs_mourned_with_how_they_were_killed_stay_a_killing(ex):
    assert kinds(ex, "#أريحا\nشهيدان برصاص قناص رحمهما الله") == [(ATTACK, "Ariha")]


def test_martyrs_counted_after_a_shelling_stay_its_toll(ex):
    found = events(ex, "قصفت قوات النظام بلدة كفرنبل بالمدفعية صباح اليوم. وسقط ثلاثة شهداء.")
    assert [(e.sub_event_type, e.fatalities) for e in found] == [(SHELLING, 3)]


def test_a_remark_on_the_attack_told_before_is_no_second_one(ex):
    text = ("مقتل صحفيين بمسيرة تركية قرب منبج\n\nقتل الصحفيان سامر وليلى في هجوم نفذته طائرة مسيرة تركية قرب "
            "مدينة منبج أمس.\n\nوكان الصحفيان يغطيان الأحداث في قرية حزوان منذ أسبوع.\n\n"
            "الهجوم الذي استهدف الصحفيين ليس الأول من نوعه. فقد وثقت منظمات حقوقية عشرات الانتهاكات بحق الإعلاميين.")
    assert kinds(ex, text) == [(AIR, "Manbij")]


def test_these_attacks_with_a_purpose_are_a_remark_not_a_fight(ex):
    text = ("قتل الصحفي سامر في هجوم نفذته طائرة مسيرة تركية قرب مدينة منبج أمس.\n\nوقال البيان: إن الصحفيين هم "
            "عيون شعبنا. هذه الهجمات على الإعلام؛ غايتها بث الرعب في قلوب الناس، وكذلك كي تعطي الأمل لمجموعات "
            "المرتزقة ولكسر صمود أهلنا في قرية حزوان.")
    assert kinds(ex, text) == [(AIR, "Manbij")]


def test_an_attack_the_remark_places_and_dates_is_still_told(ex):
    text = "قتل جندي بقصف على مدينة منبج أمس.\n\nالقصف استهدف قرية حزوان صباح اليوم."
    assert (SHELLING, "Hazwan") in kinds(ex, text)


def test_aircraft_that_attack_strike_from_the_air(ex):
    assert kinds(ex, "شنت طائرات إسرائيلية هجوما على مقر لحركة حماس في مدينة حمص") == [(AIR, "Homs")]


def test_men_who_storm_a_house_beside_aircraft_fight_on_the_ground(ex):
    assert kinds(ex, "بمشاركة طيران حربي ومروحي ومدرعات اقتحموا منزلا في بلدة كفرنبل") != [(AIR, "Kafr Nabl")]


def test_the_raids_a_shelling_followed_are_no_strike_on_its_villages(ex):
    text = ("شنت الطائرات الروسية غارات على مدينة أريحا. وتبعت الغارات الجوية الروسية قصف مدفعي لقوات النظام "
            "وروسيا استهدف بلدة كفرنبل.")
    assert kinds(ex, text) == [(AIR, "Ariha"), (SHELLING, "Kafr Nabl")]


def test_a_similar_attack_is_of_the_kind_told_before_it(ex):
    text = ("شنت الطائرات الروسية غارات على مدينة أريحا، كما استهدف قصف مدفعي لقوات النظام بلدة كفرنبل، "
            "واستهدف قصف مماثل قرية حزوان.")
    assert kinds(ex, text) == [(AIR, "Ariha"), (SHELLING, "Hazwan"), (SHELLING, "Kafr Nabl")]
