"""Dates of events told over two sentences, or at a place a dash cuts in two (own sentences)."""
import pytest

from geomap.extraction import Extractor
from geomap.records import Document
from tiny_places import tiny_gazetteer

REPORT = "2016-04-08"  # a Friday


@pytest.fixture(scope="module")
def ex():
    return Extractor(tiny_gazetteer())


def dates(ex, text):
    return {e.name: e.event_date for e in ex.extract_document(Document("t", text, date=REPORT)).events}


def test_a_sentence_going_on_with_the_fighting_told_before_is_of_its_day(ex):
    text = ("Heavy clashes broke out between the army and rebels in Raqqa on Tuesday. "
            "The monitor said 30 fighters died in clashes in Manbij alone.")
    assert dates(ex, text) == {"Raqqa": "2016-04-05", "Manbij": "2016-04-05"}


def test_the_day_told_after_the_attack_in_a_pluperfect_sentence_dates_it(ex):
    text = "قتل 9 مدنيين في غارات جوية على سوق مدينة كفرنبل. وكانت الغارات قد استهدفت السوق صباح أمس."
    assert dates(ex, text) == {"Kafr Nabl": "2016-04-07"}


def test_a_road_between_two_places_keeps_its_day(ex):
    text = "Two civilians were killed when a roadside bomb exploded on the Qamishli - Tell Ahmar road on Tuesday."
    assert set(dates(ex, text).values()) == {"2016-04-05"}


def test_the_day_a_run_of_attacks_began_is_not_the_day_of_the_attacks(ex):
    text = "كان المراسل يتابع الهجمات التركية على مدينة منبج منذ 2 نيسان."
    assert dates(ex, text) == {"Manbij": REPORT}
