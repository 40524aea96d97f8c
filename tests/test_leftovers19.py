"""The nineteenth round's leftovers and audit of the merged output: a countryside head word before a
list of governorates («ريفي حلب وإدلب») is each name's; a running total that what a report told brings
a count to («وبذلك يرتفع عدد ...», "This brings the number of ...") is no event nor toll of its own."""

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
