"""The fifteenth round's known leftovers: home towns, merged tolls and sides, city centres,
loyal factions, vague counts of victims."""

from geomap.records import Document


def events(ex, text):
    return ex.extract_document(Document("t", text, date="2025-03-10")).events


def test_a_victims_home_town_is_not_where_he_was_hit(ex):
    # the town he is from is named right after the shooting; where it happened comes after
    text = "قتل مدني برصاص قوات النظام، وهو من أبناء مدينة منبج، على حاجز عند مدخل مدينة حلب."
    assert {e.name for e in events(ex, text)} == {"Aleppo"}


def test_the_son_of_a_town_killed_elsewhere_is_placed_where_it_happened(ex):
    text = "استشهد الشاب خالد برصاص قناص، وهو ابن مدينة منبج، وذلك على أطراف مدينة حلب."
    assert {e.name for e in events(ex, text)} == {"Aleppo"}


def test_a_home_town_and_the_place_that_locates_it_are_kept_when_nothing_else_is_named(ex):
    # only the home town (and where it lies) is named: the attack stays there
    text = "أصيب مواطن من أهالي قرية حزوان غرب مدينة منبج برصاص الجنود الأتراك أمام منزله."
    assert {e.name for e in events(ex, text)} == {"Hazwan"}

