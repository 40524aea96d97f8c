"""Tolls told in a line of their own, in the passive, updated, or broken down by place (round 12c)."""
import pytest

from geomap.quantities import INJURED, KILLED, figures_in
from geomap.records import Document


def tolls(ex, text):
    return {e.name: (e.fatalities, e.injuries) for e in ex.extract_document(Document("t", text, date="2020-03-11")).events}


@pytest.mark.parametrize("line, killed", [
    ("4 fatalities.", 4),
    ("No fatalities were reported.", 0),
    ("Fatalities: 5 (3 HTS, 2 NLF).", 5),
])
def test_an_acled_line_of_fatalities_is_the_toll_of_the_attack_before_it(ex, line, killed):
    text = f"On 9 March 2020, regime artillery shelled the town of Kafr Nabl. {line}"
    assert tolls(ex, text)["Kafr Nabl"][0] == killed


@pytest.mark.parametrize("text, expected", [
    ("Six civilians were reported killed when jets hit the market", [(KILLED, 6)]),
    ("A man and his three sons were killed by a drone strike", [(KILLED, 4)]),
    ("At least nine SDF guards were killed.", [(KILLED, 9)]),
    ("Two council members were killed in the blast", [(KILLED, 2)]),
    ("قتل ثلاثة عناصر وأصيب رابع بانفجار عبوة", [(KILLED, 3), (INJURED, 1)]),
])
def test_passive_tolls_of_victims_named_by_kin_or_role(text, expected):
    assert [(f.kind, f.value) for f in figures_in(text)] == expected


def test_no_fatalities_is_a_toll_of_nought():
    assert [(f.kind, f.value) for f in figures_in("No fatalities.")] == [(KILLED, 0)]


def test_an_earlier_toll_does_not_replace_the_latest(ex):
    text = ("The death toll from the air strikes on the town of Kafr Nabl in Idlib province on Tuesday rose to 30, "
            "the Syrian Observatory said. Earlier it had said that the toll had risen to 22.")
    assert tolls(ex, text)["Kafr Nabl"][0] == 30


def test_a_toll_raised_later_updates_the_attack(ex):
    text = "Warplanes struck the town of Kafr Nabl on Tuesday, killing eight people. The civil defence later raised the toll to 12."
    assert tolls(ex, text)["Kafr Nabl"][0] == 12


def test_a_toll_told_of_one_of_the_places_struck_is_that_places_alone(ex):
    text = "قصفت الطائرات الحربية بلدتي كفرنبل وأريحا، وتسبب القصف بمقتل 4 مدنيين في أريحا."
    assert tolls(ex, text) == {"Kafr Nabl": (None, None), "Ariha": (4, None)}


def test_a_toll_in_a_clause_of_outcome_is_that_of_the_attack_told_just_before_it(ex):
    text = "استهدفت طائرة مسيرة قرية حزوان، كما قصفت طائرة مسيرة مركزا للشرطة في منبج، ما أسفر عن إصابة 3 عناصر."
    assert tolls(ex, text) == {"Hazwan": (None, None), "Manbij": (None, 3)}


def test_the_sum_of_several_incidents_told_one_by_one_is_no_one_incidents_toll(ex):
    text = ("وقعت 3 حوادث انفجار لمخلفات الحرب أدت لإصابة 8 مدنيين بينهم 5 أطفال، كان الأول في بلدة كفرنبل وأدى "
            "لإصابة 3 مدنيين، وأصيب في الثاني 4 أطفال بانفجار في قرية حزوان، وفي الثالث أصيب طفل بانفجار في بلدة أريحا.")
    assert tolls(ex, text) == {"Kafr Nabl": (None, 3), "Hazwan": (None, 4), "Ariha": (None, 1)}


def test_an_outcome_that_says_where_it_fell_is_the_attack_told_there(ex):
    text = ("شنت الطائرات الروسية 12 غارة على مدينة إدلب وريفها: نفذت الطائرات غارات مكثفة طالت العديد من البلدات، "
            "حيث استهدفت الغارات كلا من مدينة إدلب وبلدات أريحا وكفرنبل وحزوان، "
            "مما أسفر عن مقتل مدني وإصابة اثنين بين مدينتي إدلب وأريحا.")
    got = tolls(ex, text)
    assert got["Idleb"] == (1, 2) and got["Kafr Nabl"] == got["Hazwan"] == (None, None)


@pytest.mark.parametrize("text, killed", [
    ("قتل ضابط في قوات النظام وسائقه بانفجار عبوة ناسفة في مدينة منبج.", 2),
    ("SDF fighters attacked a post in Manbij on Sunday, leaving three SNA fighters dead.", 3),
])
def test_every_dead_man_of_a_side_counts(ex, text, killed):
    assert tolls(ex, text) == {"Manbij": (killed, None)}


def test_bodies_found_are_the_dead_they_count():
    assert [(f.kind, f.value) for f in figures_in("More than 40 bodies were found in the town on Sunday")] == [(KILLED, 40)]


def test_bodies_found_after_an_offensive_are_its_victims_not_a_battle(ex):
    for text in ("Medics said 60 bodies were found in Kafr Nabl after a government offensive on the town.",
                 "عثر على 60 جثة في بلدة كفرنبل بعد هجوم لقوات النظام على البلدة."):
        [e] = ex.extract_document(Document("t", text, date="2020-03-11")).events
        assert (e.sub_event_type, e.fatalities) == ("Attack", 60), text


def test_who_were_among_a_toll_told_at_a_place_do_not_replace_it(ex):
    text = ("قصفت طائرات النظام بلدتي كفرنبل وأريحا، وتسبب القصف بمقتل 6 مدنيين بينهم 3 أطفال في كفرنبل، "
            "وإصابة 2 في أريحا.")
    assert tolls(ex, text) == {"Kafr Nabl": (6, None), "Ariha": (None, 2)}
    # a bare number of them told at a place is the part counted there
    assert [(f.value, f.among) for f in figures_in("قتل 10 مدنيين بينهم 3 في إدلب")] == [(10, False), (3, False)]


def test_a_toll_after_caused_is_the_attack_told_just_before_it(ex):
    # «تسببت باستشهاد»: an outcome clause, as «ما أدى إلى»; its toll is the shelling of Ariha told
    # right before it, not the first attack of the sentence
    text = ("وثق ناشطون استهداف قوات النظام، بلدة أريحا بالمدفعية الثقيلة، تسببت باستشهاد طفلين، "
            "في حين شن الطيران الحربي غارات على أطراف كفرنبل.")
    got = tolls(ex, text)
    assert got["Ariha"] == (2, None) and got["Kafr Nabl"] == (None, None)
