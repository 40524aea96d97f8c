"""Dates of events told over two sentences, or at a place a dash cuts in two (own sentences)."""
import pytest

from geomap.records import Document

REPORT = "2016-04-08"  # a Friday


def dates(ex, text):
    return {e.name: e.event_date for e in ex.extract_document(Document("t", text, date=REPORT)).events}


def test_a_sentence_going_on_with_the_fighting_told_before_is_of_its_day(ex):
    text = ("Heavy clashes broke out between the army and rebels in Raqqa on Tuesday. "
            "The monitor said 30 fighters died in clashes in Manbij alone.")
    assert dates(ex, text) == {"Raqqa": "2016-04-05", "Manbij": "2016-04-05"}


@pytest.mark.parametrize("text, place", [
    ("قتل 9 مدنيين في غارات جوية على سوق مدينة كفرنبل. وكانت الغارات قد استهدفت السوق صباح أمس.", "Kafr Nabl"),
    # the pluperfect sentence tells the attack again with a trigger of its own
    ("ارتفع عدد قتلى الغارات على سوق مدينة أريحا إلى 8 قتلى. وكانت طائرات حربية قد شنت غارتين على السوق مساء أمس.",
     "Ariha"),
])
def test_the_day_told_after_the_attack_in_a_pluperfect_sentence_dates_it(ex, text, place):
    assert dates(ex, text) == {place: "2016-04-07"}


def test_a_road_between_two_places_keeps_its_day(ex):
    text = "Two civilians were killed when a roadside bomb exploded on the Qamishli - Tell Ahmar road on Tuesday."
    assert set(dates(ex, text).values()) == {"2016-04-05"}


def test_the_day_a_run_of_attacks_began_is_not_the_day_of_the_attacks(ex):
    text = "كان المراسل يتابع الهجمات التركية على مدينة منبج منذ 2 نيسان."
    assert dates(ex, text) == {"Manbij": REPORT}


def _precision(ex, text):
    return {e.name: (e.event_date, e.time_precision) for e in ex.extract_document(Document("t", text, date=REPORT)).events}


def test_a_vague_days_ago_gives_the_week_before_the_report_not_a_day(ex):
    text = "وكانت قوات النظام قد قصفت قبل أيام مدينة أريحا بقذائف المدفعية."
    assert _precision(ex, text) == {"Ariha": ("2016-04-01", 2)}


def test_an_attack_at_a_place_referred_back_to_takes_the_day_told_there(ex):
    text = ("Rebels seized the town of Manbij on Wednesday after days of heavy fighting. "
            "Jets bombed a convoy of cars near the town, killing 7 people.")
    assert set(dates(ex, text).values()) == {"2016-04-06"}


def test_a_day_in_the_clause_an_outcome_goes_on_from_dates_it(ex):
    text = "كما جرت مداهمة مماثلة في منتصف الشهر الجاري في مدينة منبج، أسفرت عن اعتقال شابين."
    assert _precision(ex, text) == {"Manbij": ("2016-04-01", 3)}


def test_a_day_a_statement_was_made_before_the_attack_told_is_not_its_day(ex):
    text = "أعلن الدفاع المدني، الأربعاء، مقتل مدني وإصابة 5، إثر قصف بطائرة مسيرة، استهدف أمس مدينة أريحا."
    assert [e.event_date for e in ex.extract_document(Document("t", text, date=REPORT)).events] == ["2016-04-07"]


def test_what_was_documented_is_of_the_day_it_was_documented(ex):
    text = ("وكان المرصد قد وثق يوم أمس، مقتل 4 مدنيين بقصف مدفعي على مدينة منبج، "
            "تزامن ذلك مع قصف مماثل على مدينة أريحا.")
    assert dates(ex, text) == {"Manbij": "2016-04-07", "Ariha": "2016-04-07"}


def test_a_day_in_brackets_dates_only_what_the_brackets_tell(ex):
    text = "قصفت قوات النظام مدينة أريحا (وكانت قد قصفت مدينة منبج قبل أيام) بقذائف المدفعية."
    assert dates(ex, text)["Ariha"] == REPORT
