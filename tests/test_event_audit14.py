"""The fourteenth audit's rules (sentences written for these tests, against tests/tiny_places.py):
aircraft that only fly over or escort a raid strike nothing; a raid whose dead are civilians, with
no fighting told, is an attack on civilians (ACLED: Violence against civilians), not a battle."""

from geomap.records import Document

from tiny_places import kinds_at as kinds

AIR, SHELLING, CLASH, ATTACK, ARRESTS = ("Air/drone strike", "Shelling/artillery/missile attack", "Armed clash",
                                         "Attack", "Arrests")


def test_a_drone_escorting_a_raid_that_arrests_is_no_strike(ex):
    assert kinds(ex, "داهمت دورية لقسد برفقة طائرة مسيرة، فجر اليوم، عدة منازل في مدينة منبج، واعتقلت شابين.") == [
        (ARRESTS, "Manbij")]


def test_arrests_in_a_raid_backed_by_a_drone_are_the_arrests(ex):
    assert kinds(ex, "اعتقال رجلين خلال عملية مداهمة نفذتها قسد بمساندة طائرة مسيرة في مدينة منبج فجر اليوم.") == [
        (ARRESTS, "Manbij")]


def test_a_drone_that_strikes_stays_a_strike(ex):
    assert kinds(ex, "استهدفت طائرة مسيرة تركية سيارة في مدينة منبج.") == [(AIR, "Manbij")]


def test_scouting_aircraft_flying_over_make_no_air_strike(ex):
    assert kinds(ex, "قصفت قوات النظام بلدة كفرنبل، وتزامن القصف مع تحليق مكثف لطائرات الاستطلاع الروسية "
                     "في أجواء المنطقة.") == [(SHELLING, "Kafr Nabl")]


def test_warplanes_striking_under_scouting_flights_stay_an_air_strike(ex):
    assert kinds(ex, "قصفت طائرات حربية روسية مدينة أريحا وسط تحليق لطائرات الاستطلاع.") == [(AIR, "Ariha")]


def test_a_landing_that_kills_civilians_is_an_attack_on_them(ex):
    assert kinds(ex, "نفذت قوات التحالف الدولي عملية إنزال جوي في مدينة منبج أسفرت عن مقتل امرأة وابنها "
                     "واعتقال ابنها الثاني.") == [(ATTACK, "Manbij")]  # its arrests are part of it (ACLED: one event)


def test_a_raid_told_beside_its_killing_of_a_civilian_is_that_attack(ex):
    assert kinds(ex, "مقتل رجل برصاص قسد عن طريق الخطأ خلال عملية مداهمة بحثا عن أحد المطلوبين في مدينة منبج.") == [
        (ATTACK, "Manbij")]


def test_a_landing_with_a_fight_told_stays_a_battle(ex):
    assert kinds(ex, "إنزال للتحالف في مدينة منبج أدى لمقتل طفل. وأثناء الإنزال حصل اشتباك.") == [(CLASH, "Manbij")]


def test_a_raid_that_arrests_a_civilian_kills_no_one(ex):
    assert kinds(ex, "اعتقلت قسد مدنيا بعدما داهمت منزله في مدينة منبج.") == [(ARRESTS, "Manbij")]


def test_attacks_a_confession_recalls_are_no_event(ex):
    assert kinds(ex, "وخلال اعترافات أولية لعناصر الخلية، أكدوا قيامهم باستهداف قوى الأمن داخل مدينة الرقة، "
                     "حيث تسبب في مقتل عدد من العناصر.") == []


def test_what_a_documentary_shows_is_no_event(ex):
    assert kinds(ex, "وعكس الفيلم تورط النظام بزرع الألغام في مدينة أريحا وكفرنبل.") == []


def test_attacks_called_part_of_a_method_are_commentary(ex):
    assert kinds(ex, "الهجمات المستمرة لقوات النظام على مدينة أريحا تأتي ضمن منهجية لقتل الحياة.") == []


def test_an_attack_told_before_a_remark_on_policy_stays(ex):
    assert kinds(ex, "أصيب 3 مدنيين جراء قصف مدفعي لقوات النظام على مدينة أريحا، ويأتي القصف استمرارا لسياسة "
                     "ممنهجة.") == [(SHELLING, "Ariha")]


def test_a_toll_told_on_its_day_dates_the_attack_of_the_cause_clause_after_it(ex):
    text = ("وأشارت المنظمة إلى أن يوم أمس الأحد 30 نيسان قتل مدني وأصيب اثنان آخران، جراء قصف صاروخي مصدره "
            "مناطق قسد، استهدف مخيما في قرية حزوان.")
    events = ex.extract_document(Document("t", text, date="2023-05-01")).events
    assert [(e.name, e.event_date) for e in events] == [("Hazwan", "2023-04-30")]
