"""The seventeenth round's known leftovers: a clause opener glued to the dot before it, the attack
a reply answers, an event told on from a year long past, a side listed with the one hit, a town's
name as a common noun before its adjective."""

from tiny_places import extract_events, kinds_at


def test_a_dot_glued_to_a_clause_opener_ends_the_sentence(ex):
    # two strikes, the second told after «.كما» with no space: the drone strike on its own town
    text = "قصفت قوات النظام بالمدفعية مدينة منبج.كما استهدف الطيران المسير سيارة في بلدة كفرنبل."
    # the second sentence's, not the first's: the regime's guns are no side of the drone strike
    drone = next(e for e in extract_events(ex, text) if e.name == "Kafr Nabl")
    assert (drone.sub_event_type, drone.actor1, drone.notes[:3]) == ("Air/drone strike", "", "كما")


def test_the_attack_a_reply_answers_is_the_other_sides(ex):
    # «ردا على», «انتقاما ل»: the attack answered, on the side replying, by the side named after the word
    for text, attackers in (
            ("قصفت قوات النظام بلدة كفرنبل ردا على هجوم الفصائل على مواقع قوات النظام في مدينة أريحا.",
             ("Opposition forces (FSA)", "Syrian regime forces (government)")),
            ("قصفت قوات النظام بلدة كفرنبل بالمدفعية، انتقاما لاستهداف مواقعها في مدينة أريحا.",
             ("Unidentified Armed Group (Syria)", "Syrian regime forces (government)"))):
        sides = {e.name: (e.actor1, e.actor2) for e in extract_events(ex, text)}
        assert sides["Kafr Nabl"][0] == "Syrian regime forces (government)", text
        assert sides["Ariha"] == attackers, text


def test_a_reply_told_after_its_word_of_revenge_is_the_repliers(ex):
    text = "وردا على المجزرة، قصفت قوات النظام بلدة كفرنبل بالصواريخ، وقصفت مدينة أريحا."
    assert {e.actor1 for e in extract_events(ex, text)} == {"Syrian regime forces (government)"}


def test_an_event_told_on_from_a_year_long_past_is_history(ex):
    # the capture told in the clause after the year: the offensive of 2018, recalled in 2022
    text = ("شنت القوات التركية هجوما في مطلع عام 2018 على مدينة منبج، وبعد معارك استمرت شهرين سيطرت عليها. "
            "وقصفت قوات النظام اليوم بلدة كفرنبل.")
    assert kinds_at(ex, text, "2022-05-01") == [("Shelling/artillery/missile attack", "Kafr Nabl")]


def test_a_side_listed_with_the_one_whose_positions_were_hit_is_hit_too(ex):
    # «مواقع لفصائل المعارضة وهيئة تحرير الشام»: both sides' positions shelled, by nobody named here;
    # «على مواقع وأرتال ميليشيات أسد وإيران»: allies hit together, not the two sides of a fight
    for text, sides in (
            ("وطال القصف المدفعي أيضا مواقع لفصائل المعارضة وهيئة تحرير الشام في بلدة كفرنبل.",
             ("", "Opposition forces (FSA)")),
            ("شهدت المنطقة هجمات جديدة على مواقع وأرتال ميليشيات أسد وإيران قرب بلدة كفرنبل.",
             ("Unidentified Armed Group (Syria)", "Syrian regime forces (government)"))):
        (e,) = extract_events(ex, text)
        assert (e.actor1, e.actor2) == sides, text


def test_a_town_named_like_a_common_noun_is_no_place_before_its_adjective(ex):
    # «الحراك السلمي»: the peaceful movement, not the town of Hrak (named alone, it is the town)
    from tiny_places import extra_place, tiny_gazetteer_with
    from geomap.extraction import Extractor

    hrak = Extractor(tiny_gazetteer_with(extra_place("C9001", "Hrak", "الحراك", 32.75, 36.30, "town", population=20000)))
    assert [e.name for e in extract_events(hrak, "اعتقلت قوات النظام شابين من الحراك السلمي في مدينة منبج.")] == ["Manbij"]
    assert [e.name for e in extract_events(hrak, "اعتقلت قوات النظام شابين في الحراك.")] == ["Hrak"]
