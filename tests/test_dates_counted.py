"""Days a report counts from another: "the previous day", «في اليوم السابق», from the day told
before it or, with none, from the report's own date."""
import datetime as dt

import pytest

from geomap.dates import DAY, dates_in, previous_day
from geomap.segment import fold
from tiny_places import extract_events


@pytest.mark.parametrize("text", [
    "Russian jets struck Ariha on Monday. Regime artillery had shelled Kafr Nabl the previous day.",
    "قصفت طائرات روسية مدينة أريحا يوم الاثنين. وفي اليوم السابق قصفت المدفعية بلدة كفرنبل.",
])
def test_the_previous_day_is_counted_from_the_day_told_before(ex, text):
    events = extract_events(ex, text, date="2020-03-11")
    assert sorted((e.name, e.event_date) for e in events) == [("Ariha", "2020-03-09"), ("Kafr Nabl", "2020-03-08")]


def test_with_no_day_told_before_the_previous_day_is_the_day_before_the_report(ex):
    (e,) = extract_events(ex, "The coalition said its jets struck Raqqa a day earlier.", date="2020-03-11")
    assert e.event_date == "2020-03-10"


def test_the_day_before_something_is_no_date():
    folded = fold("Jets struck Ariha the day before the talks began.")[0]
    assert previous_day(folded, 0, len(folded), None, dt.date(2020, 3, 11)) is None
    folded = fold("Jets struck Ariha the day before.")[0]
    day = previous_day(folded, 0, len(folded), None, dt.date(2020, 3, 11))
    assert (day.date, day.precision) == ("2020-03-10", DAY)
    assert [d.date for d in dates_in("the day before yesterday", "2020-03-11")] == ["2020-03-09"]
    assert previous_day(folded, 0, len(folded), None, None) is None  # nothing to count from
