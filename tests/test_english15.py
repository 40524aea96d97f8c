"""The fifteenth round's English reading (sentences written for these tests, against
tests/tiny_places.py):
- who holds a checkpoint hit is its target even with words of the holder between "manned by" and
  its name, and so is whom a raid searches for ("searching for ISIS cells", «بحثا عن خلايا داعش»);
- a sentence that only counts more victims («وأصيب 20 آخرون», "dozens more were wounded") adds them
  to the attack told just before;
- an aside set off by commas between a count and its verb ("four civilians, among them a woman,
  were killed") leaves the count its verb;
- a short sentence that only tells the wounded, with no cause of its own, is the toll of the
  attack told just before it;
- "a man", "a shepherd" killed are civilians, as «رجل» and «شاب» are;
- a headline's toll in a part of the country that spans governorates ("northeast Syria") is the
  body's attack with that toll."""

import pytest

from geomap.extraction import Extractor

from tiny_places import extra_place, extract_events as events, tiny_gazetteer_with


def test_the_side_manning_a_checkpoint_is_hit_with_its_adjective_before_it(ex):
    [e] = events(ex, "Islamic State fighters detonated a car bomb at a checkpoint manned by Kurdish YPG "
                     "militiamen in Manbij, killing four fighters.")
    assert (e.actor1, e.actor2) == ("Islamic State (ISIS)", "YPG (Kurdish People's Protection Units)")


def test_the_side_manning_a_checkpoint_is_hit_with_its_fighters_named_first(ex):
    [e] = events(ex, "ISIS detonated a car bomb at a checkpoint held by fighters of the SDF in Manbij.")
    assert e.actor1 == "Islamic State (ISIS)" and e.actor2.startswith("SDF")


def test_dozens_more_wounded_in_the_next_sentence_are_the_strike_s(ex):
    [e] = events(ex, "Russian jets struck a market in Ariha on Sunday, killing 32 people. "
                     "Rescuers said dozens more were wounded.")
    assert (e.fatalities, e.injuries) == (32, 12)


def test_arabic_others_wounded_in_the_next_sentence_are_the_strike_s(ex):
    [e] = events(ex, "قصفت طائرات روسية مدينة أريحا يوم الأحد ما أدى لمقتل 32 شخصا. وأصيب 20 آخرون بجروح.")
    assert (e.fatalities, e.injuries) == (32, 20)


def test_a_count_with_no_word_of_more_victims_is_no_update(ex):
    [e] = events(ex, "قصفت طائرات روسية مدينة أريحا يوم الأحد ما أدى لمقتل 32 شخصا. وكان 20 شخصا قد أصيبوا "
                     "الشهر الماضي.")
    assert (e.fatalities, e.injuries) == (32, None)


def test_a_toll_with_an_aside_between_commas_before_its_verb_counts(ex):
    [e] = events(ex, "At least four civilians, among them a woman and her son, were reportedly killed when "
                     "coalition jets struck Raqqa on Monday.")
    assert e.fatalities == 4


def test_a_sentence_that_only_tells_the_wounded_is_the_toll_of_the_attack_before_it(ex):
    [e] = events(ex, "On 2 May 2023, an IED planted by unknown perpetrators hit a vehicle of the Asayish in "
                     "Manbij. 2 Asayish members were injured.")
    assert (e.fatalities, e.injuries) == (None, 2)


def test_wounded_with_a_cause_of_their_own_are_no_toll_of_the_attack_before(ex):
    [e] = events(ex, "انفجرت عبوة ناسفة بسيارة عسكرية في مدينة منبج. وأصيب 3 أطفال جراء سقوطهم من سطح منزل.")
    assert e.injuries is None


def test_a_man_killed_by_sniper_fire_is_a_civilian_attacked(ex):
    [e] = events(ex, "A man was killed by sniper fire from regime forces in Ariha.")
    assert (e.sub_event_type, e.actor2, e.victims) == ("Attack", "Civilians (Syria)", "civilians")


def test_members_of_a_side_are_no_men_taken_for_civilians(ex):
    [e] = events(ex, "Two SDF members were killed by Turkish shelling on Manbij.")
    assert e.victims != "civilians" and e.actor2.startswith("SDF")


@pytest.fixture(scope="module")
def with_northeast():
    """The tiny gazetteer with a part of the country that spans governorates."""
    return Extractor(tiny_gazetteer_with(extra_place("curated:north-east-syria", "northeast Syria", "شمال شرق سوريا",
                                                     36.6, 40.3, "region", precision=3)))


def test_a_headline_toll_in_a_part_of_the_country_is_the_body_s_attack(with_northeast):
    found = events(with_northeast, "Turkish drone strikes kill five in northeast Syria\n\nQAMISHLI, May 2 - Turkish drone "
                       "strikes killed five people near Qamishli on Tuesday, Kurdish officials said.")
    assert [(e.name, e.fatalities) for e in found] == [("Qamishli", 5)]


def test_a_part_of_the_country_with_another_toll_stays_another_attack(with_northeast):
    found = events(with_northeast, "Turkish drone strikes killed five people near Qamishli on Tuesday. Turkish drone strikes "
                       "also killed two people elsewhere in northeast Syria on Tuesday.")
    assert sorted(e.fatalities for e in found) == [2, 5]


def test_whom_a_raid_searches_for_is_its_target(ex):
    [e] = events(ex, "SDF fighters raided homes in Manbij searching for ISIS cells.")
    assert (e.actor1, e.actor2) == ("SDF (Syrian Democratic Forces)", "Islamic State (ISIS)")


def test_whom_a_raid_searches_for_is_never_its_raider(ex):
    [e] = events(ex, "داهمت قوات الأمن الداخلي بلدة تل أحمر في ريف الحسكة بحثا عن خلايا داعش.")
    assert e.actor1 != "Islamic State (ISIS)" and e.actor2 == "Islamic State (ISIS)"
