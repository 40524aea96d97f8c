import datetime as dt

import pytest

from geomap.dates import DAY, MONTH, dates_in, parse_report_date


def first(text, report):
    found = dates_in(text, report)
    assert found, text
    return found[0]


@pytest.mark.parametrize("text, report, expected", [
    ("قتل أمس في تفجير", "2016-07-28", "2016-07-27"),
    ("أول من أمس", "2024-11-26", "2024-11-24"),
    ("الليلة الماضية", "2024-11-26", "2024-11-25"),
    ("فجر اليوم", "2024-11-26", "2024-11-26"),
    ("يوم الثلاثاء", "2024-11-28", "2024-11-26"),  # the Tuesday before a Thursday
    ("يوم الثلاثاء الماضي", "2024-11-26", "2024-11-19"),  # said on a Tuesday: a week back
    ("yesterday", "2020-03-01", "2020-02-29"),
    ("on Tuesday", "2024-11-27", "2024-11-26"),
    # One of each form the word prefilter of find_dates must let through.
    ("البارحة", "2024-11-26", "2024-11-25"),
    ("قبل يومين", "2024-11-26", "2024-11-24"),
    ("two days ago", "2024-11-26", "2024-11-24"),
    ("last night", "2024-11-26", "2024-11-25"),
    ("this morning", "2024-11-26", "2024-11-26"),
    ("هذا الصباح", "2024-11-26", "2024-11-26"),
    ("tonight", "2024-11-26", "2024-11-26"),
    ("صباح الخميس", "2024-11-28", "2024-11-28"),
    ("last Sunday", "2024-11-26", "2024-11-24"),
    ("السبت", "2024-11-26", "2024-11-23"),
])
def test_relative_dates_count_back_from_the_report(text, report, expected):
    d = first(text, report)
    assert d.date == expected and d.precision == DAY and d.relative


@pytest.mark.parametrize("text, expected", [
    ("في 5 كانون الثاني 2019", "2019-01-05"),
    ("في 5 تشرين الأول 2019", "2019-10-05"),
    ("في 21 أيار 2015", "2015-05-21"),
    ("في 21 مايو 2015", "2015-05-21"),
    ("26/11/2024", "2024-11-26"),
    ("2024-11-26", "2024-11-26"),
    ("March 3, 2017", "2017-03-03"),
    ("24 أغسطس/ آب 2016", "2016-08-24"),
])
def test_explicit_dates_in_levantine_egyptian_and_numeric_forms(text, expected):
    assert first(text, None).date == expected


def test_day_month_without_year_takes_the_latest_year_not_after_the_report():
    assert first("سيطر عليها في 21 مايو", "2015-08-07").date == "2015-05-21"
    # a December day reported in March belongs to the year before
    assert first("في 5 كانون الأول", "2024-03-01").date == "2023-12-05"


def test_month_and_year_has_month_precision():
    d = first("في شهر أيار 2015", "2016-01-01")
    assert d.date == "2015-05-01" and d.precision == MONTH


def test_without_report_date_relative_dates_stay_unresolved_with_a_reason():
    d = first("قتل أمس", None)
    assert d.date is None and "no report date" in d.note
    d = first("في 21 مايو", None)
    assert d.date is None and "no report date" in d.note


def test_future_and_bare_words_are_not_dates():
    assert dates_in("تعلن في مطلع أغسطس المقبل", "2016-07-28") == []
    assert dates_in("الاثنين يحملان السلاح", "2016-07-28") == []  # «the two», not Monday
    assert dates_in("they may leave", "2016-07-28") == []


def test_parse_report_date():
    assert parse_report_date("2016-07-28T10:00:00") == dt.date(2016, 7, 28)
    assert parse_report_date(None) is None
    with pytest.raises(ValueError):
        parse_report_date("28 July")
