"""The nineteenth round's leftovers and audit of the merged output: a countryside head word before a
list of governorates («ريفي حلب وإدلب») is each name's; a running total that what a report told brings
a count to («وبذلك يرتفع عدد ...», "This brings the number of ...") is no event nor toll of its own; the town
of a hospital the wounded were taken to is no place of the attack; aircraft that back a battle make no air
strike of it; a side blamed where no one claimed the attack is not its attacker; the attack a reply answers
has its own kind and day; an attack a force prepares for is not yet one."""

from tiny_places import extract_events

SHELLING = "Shelling/artillery/missile attack"


def test_a_countryside_head_word_before_a_list_of_governorates_is_each_name_s(ex):
    # «ريفي حلب وإدلب»: the countryside of Idlib too, not the city of Idlib
    events = extract_events(ex, "جددت قوات النظام قصفها المدفعي على البلدات والقرى في ريفي حلب وإدلب اليوم.")
    assert [(e.name, e.geo_precision) for e in events] == [("Aleppo", 3), ("Idleb", 3)]


def test_a_running_total_told_after_an_attack_is_no_event(ex):
    text = ("قصفت قوات النظام بلدة كفرنبل اليوم، ما أدى لمقتل مدنيين اثنين. وبذلك يرتفع عدد ضحايا القصف الروسي "
            "على مدينة أريحا خلال الأسبوع الجاري إلى 40 مدنيا.")
    assert [(e.name, e.fatalities) for e in extract_events(ex, text)] == [("Kafr Nabl", 2)]


def test_an_english_running_total_is_no_event(ex):
    text = ("Regime artillery shelled Ariha on Monday, killing two civilians. The shelling brings to 40 the number "
            "of civilians killed in Idlib this week.")
    assert [(e.name, e.fatalities) for e in extract_events(ex, text)] == [("Ariha", 2)]


def test_a_total_the_toll_of_an_attack_brings_a_count_to_is_not_its_toll(ex):
    for text in ("أدى القصف التركي على مدينة منبج إلى مقتل مدنيين اثنين، ليرتفع بذلك عدد القتلى خلال يومين إلى 5.",
                 "Turkish shelling killed two civilians in Manbij, bringing the number killed there this week to 9."):
        assert [(e.name, e.fatalities) for e in extract_events(ex, text)] == [("Manbij", 2)], text


def test_an_attack_s_own_toll_told_again_with_a_later_death_stays(ex):
    # «ضحايا القصف»: the count of that one attack, no span of time: its toll
    text = ("قصفت القوات التركية مدينة منبج أمس. وتوفي اليوم شاب متأثرا بجراحه التي أصيب بها في القصف، وبذلك يرتفع "
            "عدد ضحايا القصف إلى 3 قتلى.")
    assert 3 in [e.fatalities for e in extract_events(ex, text)]


def test_the_town_of_a_hospital_that_treats_the_wounded_is_no_place_of_the_attack(ex):
    text = ("قصفت القوات التركية قرية حزوان مساء أمس. وأصيب جراء القصف شاب بجروح بليغة، ويتلقى حاليا العلاج "
            "في مستشفى الشفاء في مدينة منبج.")
    assert [e.name for e in extract_events(ex, text)] == ["Hazwan"]


def test_a_hospital_in_the_town_the_attack_hit_leaves_it_the_place(ex):
    text = "قصفت القوات التركية مدينة منبج اليوم، وأصيب ثلاثة مدنيين نقلوا إلى مشفى مدينة منبج."
    assert [(e.name, e.injuries) for e in extract_events(ex, text)] == [("Manbij", 3)]


def test_aircraft_backing_a_battle_make_no_air_strike(ex):
    for text in ("SDF fighters, backed by coalition aircraft, clashed with ISIS militants in Raqqa on Monday.",
                 "اشتبكت قوات قسد بمساندة طيران التحالف مع خلايا داعش في مدينة الرقة اليوم."):
        assert [e.sub_event_type for e in extract_events(ex, text)] == ["Armed clash"], text


def test_a_side_blamed_where_no_one_claimed_the_attack_is_not_its_attacker(ex):
    for text in ("A car bomb exploded in Manbij on Monday, killing five civilians. No group claimed responsibility, "
                 "but Turkish officials blamed the YPG.",
                 "انفجرت سيارة مفخخة في مدينة منبج اليوم، ما أدى لمقتل خمسة مدنيين. ولم تتبن أي جهة التفجير، فيما "
                 "اتهمت الحكومة المؤقتة وحدات حماية الشعب."):
        assert [e.actor1 for e in extract_events(ex, text)] == ["Unidentified Armed Group (Syria)"], text


def test_the_attack_a_reply_answers_has_its_own_kind_and_day(ex):
    for text in ("Regime forces shelled Kafr Nabl on Tuesday in response to an attack by HTS fighters on their "
                 "positions near Ariha last week.",
                 "قصفت قوات النظام بلدة كفرنبل اليوم الثلاثاء ردا على هجوم شنته الفصائل على مواقعها قرب أريحا "
                 "الأسبوع الماضي."):
        events = {e.name: (e.sub_event_type, e.event_date) for e in extract_events(ex, text, "2024-03-06")}
        assert events["Ariha"] == ("Armed clash", "2024-02-26") and events["Kafr Nabl"][0] == SHELLING, text


def test_an_attack_a_force_is_preparing_for_is_no_event(ex):
    for text in ("انتشر رتل لقوات قسد في قرية حزوان تحضيراً لمداهمة المعابر النهرية.",
                 "Regime forces massed troops near Ariha in preparation for an assault on the town."):
        assert extract_events(ex, text) == [], text
