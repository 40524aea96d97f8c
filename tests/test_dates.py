import datetime as dt

import pytest

from geomap.dates import DAY, MONTH, WEEK, YEAR, dates_in, parse_report_date


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
    ("أبرز أحداث الأمس", "2024-11-26", "2024-11-25"),
    ("قبل يومين", "2024-11-26", "2024-11-24"),
    ("two days ago", "2024-11-26", "2024-11-24"),
    ("last night", "2024-11-26", "2024-11-25"),
    ("this morning", "2024-11-26", "2024-11-26"),
    ("هذا الصباح", "2024-11-26", "2024-11-26"),
    ("tonight", "2024-11-26", "2024-11-26"),
    ("صباح الخميس", "2024-11-28", "2024-11-28"),
    ("last Sunday", "2024-11-26", "2024-11-24"),
    ("السبت", "2024-11-26", "2024-11-23"),
    ("overnight", "2024-11-26", "2024-11-25"),  # the night before, as «الليلة الماضية»
    ("منذ يومين", "2024-11-26", "2024-11-24"),
    ("three days ago", "2024-11-26", "2024-11-23"),
    ("12 days ago", "2024-11-26", "2024-11-14"),
    ("قبل أربعة أيام", "2024-11-26", "2024-11-22"),
    ("منذ 5 أيام", "2024-11-26", "2024-11-21"),
    ("ليل الجمعة", "2024-11-26", "2024-11-22"),
    ("Thursday's shelling", "2024-11-26", "2024-11-21"),
    ("early Sunday", "2024-11-26", "2024-11-24"),
    ("يوم الاثنين الفائت", "2024-11-25", "2024-11-18"),
    ("on the 3rd", "2024-11-26", "2024-11-03"),
    ("on the 28th", "2024-11-26", "2024-10-28"),  # not yet this month: the month before
    ("في الحادي والعشرين من الشهر الجاري", "2024-11-26", "2024-11-21"),
    ("الثاني عشر من الشهر الماضي", "2024-11-26", "2024-10-12"),
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


@pytest.mark.parametrize("text, report, expected, precision", [
    ("last week", "2024-11-27", "2024-11-18", WEEK),  # a Wednesday: the ISO week before, by its Monday
    ("في الأسبوع الماضي", "2024-11-25", "2024-11-18", WEEK),
    ("earlier this week", "2024-11-28", "2024-11-25", WEEK),
    ("في وقت سابق من هذا الأسبوع", "2024-11-28", "2024-11-25", WEEK),
    ("late last month", "2024-11-26", "2024-10-01", MONTH),
    ("أواخر الشهر الماضي", "2024-01-10", "2023-12-01", MONTH),
    ("earlier this month", "2024-11-26", "2024-11-01", MONTH),
    ("مطلع الشهر الجاري", "2024-11-26", "2024-11-01", MONTH),
    ("in March", "2024-11-26", "2024-03-01", MONTH),
    ("in December", "2024-11-26", "2023-12-01", MONTH),  # not yet this year
    ("mid-June", "2024-11-26", "2024-06-01", MONTH),
    ("في شهر آذار", "2024-11-26", "2024-03-01", MONTH),
    ("خلال تشرين الأول الماضي", "2024-10-20", "2023-10-01", MONTH),  # «الماضي»: not the report's own
])
def test_weeks_and_months_take_their_first_day_with_their_precision(text, report, expected, precision):
    d = first(text, report)
    assert (d.date, d.precision) == (expected, precision) and d.relative


def test_the_report_s_own_week_or_month_is_not_a_date_unless_the_event_came_earlier_in_it():
    # «the third strike this month» counts; the report's own day dates the strike better.
    for text in ("this week", "this month", "الأسبوع الجاري", "خلال شهر تشرين الثاني الحالي", "in November"):
        assert dates_in(text, "2024-11-26") == [], text


def test_day_first_numeric_dates_and_ordinal_days_with_a_year():
    assert first("4/3/2016", None).date == "2016-03-04"  # day first, as in Syria and Britain
    assert first("السابع عشر من كانون الأول 2014", "2016-01-01").date == "2014-12-17"
    assert first("the 3rd of January", "2016-01-24").date == "2016-01-03"


def test_dates_after_the_report_are_plans_not_event_dates():
    for text in ("5 March 2016", "3/3/2016", "في 5 آذار 2016", "next Monday", "يوم الأحد المقبل"):
        assert dates_in(text, "2016-03-02") == [], text
    # a month date is its first day, which may lie before the report's day: still a date
    assert first("in March 2016", "2016-03-02").date == "2016-03-01"


def test_words_that_look_like_dates_but_are_not():
    for text in ("the 3rd Division", "on the 4th Brigade's positions", "on New Year's Eve",
                 "في اب", "march on the capital"):
        assert dates_in(text, "2016-03-02") == [], text


@pytest.mark.parametrize("text, expected", [
    ("قصف المدفعية استهدف البلدة أمس الخميس 19 آذار", "2020-03-19"),
    ("تعرضت البلدة اليوم الجمعة 20 آذار لغارات", "2020-03-20"),
    ("the town was shelled yesterday, Friday March 20", "2020-03-20"),
])
def test_a_written_day_and_month_beats_the_relative_word_before_it(text, expected):
    (d,) = dates_in(text, "2020-04-02")  # a report published days later
    assert d.date == expected and not d.relative


def test_a_relative_word_apart_from_a_written_date_stays_its_own():
    found = dates_in("قتل أمس رجل أصيب في 20 آذار", "2020-04-02")
    assert [d.date for d in found] == ["2020-04-01", "2020-03-20"]


@pytest.mark.parametrize("report, expected, disagrees", [
    ("2021-03-05", "2021-03-04", False),  # a Friday: yesterday was Thursday
    ("2021-03-07", "2021-03-06", True),   # a Sunday: yesterday is Saturday, not Thursday
])
def test_yesterday_and_its_weekday_are_one_date(report, expected, disagrees):
    (d,) = dates_in("قتل رجل أمس الخميس في القرية", report)
    assert d.date == expected and ("would be" in d.note) == disagrees


@pytest.mark.parametrize("text, expected", [
    ("قصفت الطائرات القرية في 11أيار", "2016-05-11"),  # a month glued to its day
    ("the shelling began on the 3rdmay", "2016-05-03"),
    ("a car bomb went off in mid-April", "2016-04-01"),  # a month inside a hyphened word
    ("قتل شاب في الثالث من كانون الثاني", "2016-01-03"),  # a month of two words
    ("سقطت قذيفة على السوق يوم 9 الجاري", "2016-05-09"),
    ("دمرت الغارة المستشفى قبل ثلاثة أسابيع", "2016-04-29"),
    ("the market was shelled over the weekend", "2016-05-14"),
    ("قصفت الطائرات السوق قبل أسبوعين", "2016-05-06"),
    ("the bakery was hit a week ago", "2016-05-13"),
    ("غارات متتالية بين 10 و12 أيار", "2016-05-10"),
    ("غارات على الحي فجر اليوم", "2016-05-20"),
    ("قصف مدفعي يوم الجمعة الماضي", "2016-05-13"),
    ("وقتل شخصان منذ ثلاثة أيام", "2016-05-17"),
])
def test_dates_found_from_the_sentence_tokens_as_from_its_text(text, expected):
    # Which patterns can match is told from the words the caller passes (segment's tokens) or,
    # without them, from the text: both must let every form through.
    from geomap.dates import find_dates
    from geomap.segment import segment

    seg, report = segment(text), dt.date(2016, 5, 20)
    (sent,) = seg.sentences
    with_words = find_dates(seg.folded, report, sent.start, sent.end, seg.words)
    assert with_words == find_dates(seg.folded, report, sent.start, sent.end)
    assert [d.date for d in with_words] == [expected], text


def test_a_word_that_ends_in_a_month_s_name_names_no_month():
    # «الإرهاب» ends in «اب» (August), "dismay" in "may": neither is a month for a day before it.
    assert dates_in("قتل 3 في هجوم الإرهاب", "2016-05-20") == []
    assert dates_in("to the 3 dismay of residents", "2016-05-20") == []


@pytest.mark.parametrize("text, report, expected", [
    ("the shelling on May 14 killed two", "2024-05-20", "2024-05-14"),
    ("fighting has gone on since May 3", "2024-05-20", "2024-05-03"),
    ("two men were shot dead 14 May.", "2024-05-20", "2024-05-14"),
    ("the 14th of May", "2024-05-20", "2024-05-14"),
])
def test_an_english_may_with_a_time_word_or_no_verb_after_it_is_the_month(text, report, expected):
    assert first(text, report).date == expected


def test_an_english_may_before_a_verb_is_the_modal():
    for text in ("at least 14 may have died", "the toll of 9 may rise", "they may 5"):
        assert dates_in(text, "2024-05-20") == [], text


@pytest.mark.parametrize("text, expected, precision", [
    ("قصف متواصل بين 4 و6 آذار", "2024-03-04", WEEK),
    ("وفي الفترة من 2 إلى 5 آذار الجاري", "2024-03-02", WEEK),
    ("between 4 and 6 March", "2024-03-04", WEEK),
    ("between March 1 and 13", "2024-03-01", MONTH),  # longer than a week
    ("4-6 March 2023", "2023-03-04", WEEK),
])
def test_a_range_of_days_is_dated_by_its_first_day(text, expected, precision):
    (d,) = dates_in(text, "2024-03-15")
    assert (d.date, d.precision) == (expected, precision) and "to" in d.note


def test_a_number_joined_to_a_date_is_no_range():
    (d,) = dates_in("قتل 3 و12 آذار", "2024-03-15")
    assert (d.date, d.precision) == ("2024-03-12", DAY)


@pytest.mark.parametrize("text, report, expected", [
    ("ليلة الجمعة - السبت", "2024-03-15", "2024-03-15"),  # the Saturday is still to come
    ("ليلة الجمعة/السبت", "2024-03-17", "2024-03-15"),
    ("the night of Saturday to Sunday", "2024-03-17", "2024-03-16"),
    ("ليل السبت على الأحد", "2024-03-18", "2024-03-16"),
    ("بعد منتصف ليل السبت - الأحد", "2024-03-18", "2024-03-17"),  # after midnight: the second day
])
def test_a_night_between_two_weekdays_is_one_date_of_its_first_day(text, report, expected):
    (d,) = dates_in(text, report)
    assert (d.date, d.precision) == (expected, DAY)


def test_two_weekdays_that_are_not_one_night_stay_two_dates():
    assert [d.date for d in dates_in("on Monday and Thursday", "2024-03-15")] == ["2024-03-11", "2024-03-14"]


@pytest.mark.parametrize("text, expected", [
    ("قبل أسبوع", "2024-03-08"),
    ("منذ أسبوعين", "2024-03-01"),
    ("a week ago", "2024-03-08"),
    ("3 weeks ago", "2024-02-23"),
    ("last weekend", "2024-03-09"),  # a Friday report: the Saturday before
])
def test_weeks_back_and_weekends_have_a_week_s_precision(text, expected):
    d = first(text, "2024-03-15")
    assert (d.date, d.precision) == (expected, WEEK) and d.relative


def test_early_in_the_report_s_own_month_named_is_that_month():
    for text in ("مطلع آذار", "early March"):
        d = first(text, "2024-03-20")
        assert (d.date, d.precision) == ("2024-03-01", MONTH), text
    assert dates_in("في آذار", "2024-03-20") == []  # as "this month": the report's day is better


@pytest.mark.parametrize("text", ["يوم 8 الجاري", "في الـ8 من آذار", "يوم الجمعة الموافق 8 آذار"])
def test_more_arabic_day_of_month_forms(text):
    (d,) = dates_in(text, "2024-03-20")
    assert (d.date, d.precision) == ("2024-03-08", DAY)


@pytest.mark.parametrize("text, expected", [
    ("In 2013, jets struck the town", "2013-01-01"),
    ("قصفت الطائرات البلدة عام 2013", "2013-01-01"),
    ("وكانت قد سيطرت عليها في العام 2016", "2016-01-01"),
    ("قبل عشر سنوات قصفت الطائرات البلدة", "2013-01-01"),
    ("Ten years ago, jets struck the town", "2013-01-01"),
    ("شن الجيش هجوماً في مطلع 2018 على البلدة", "2018-01-01"),
    ("In late 2015, jets struck the town", "2015-01-01"),
])
def test_a_year_before_the_reports_is_history(text, expected):
    assert [(d.date, d.precision) for d in dates_in(text, "2023-08-21")] == [(expected, YEAR)]


@pytest.mark.parametrize("text", ["displaced since 2011", "منذ عام 2011", "in 2023 the town", "عام 2023"])
def test_a_period_still_running_or_the_reports_own_year_is_no_past_year(text):
    assert dates_in(text, "2023-08-21") == []


@pytest.mark.parametrize("text", [
    "وفي 21 أيار", "the 3rd of May", "قتل 10 من شهر تموز", "بين 4 و6 آذار", "وفي الفترة من 2 إلى 5 آذار",
    "4-6 March", "between March 1 and 13", "from March 10 to 12", "غارات في نيسان 2019", "شهر تموز عام 2018",
    "في السابع عشر من الشهر الجاري", "الحادي والعشرين من أيار", "الثالث عشر من آب", "يوم 10 الجاري",
    "في 3 من الشهر الماضي", "أواخر شهر تموز الفائت", "وخلال شهر أيار", "a car bomb in mid-May",
    "earlier in March", "late March", "شهر آب", "قصفت البلدة عام 2013", "وفي العام 2016", "in 2013", "mid-2015",
])
def test_each_form_of_a_date_passes_the_cheap_test_tried_before_its_pattern(text):
    # Some patterns run only after a cheaper test of the sentence that each of their matches
    # passes (dates._DAY_MONTH_HINT, dates._year_after_word...): one of each form, to keep the two in step.
    from geomap import dates
    from geomap.segment import fold

    folded = fold(text)[0]
    tests = {dates._DAY_MONTH: dates._DAY_MONTH_HINT.search(folded), dates._DAY_RANGE: dates._RANGE_HINT.search(folded),
             dates._MONTH_YEAR: dates._FOUR_DIGITS.search(folded) and dates._MONTH_YEAR_HINT.search(folded),
             dates._MONTH_DAY: dates._MONTH_DAY_HINT.search(folded),
             dates._DAY_OF: dates._DIGITS_OF.search(folded) or dates._ORDINAL_OF.search(folded),
             dates._MONTH_ALONE: dates._MONTH_ALONE_HINT.search(folded),
             dates._YEAR_IN: dates._year_after_word(folded, 0, len(folded))}
    found = [passed for pattern, passed in tests.items() if pattern.search(folded)]
    assert found, text  # a form of one of them
    assert all(found), text


@pytest.mark.parametrize("text", ["وفي اليوم التالي قصفت المدفعية البلدة", "وفي اليوم نفسه قصفت المدفعية البلدة"])
def test_the_next_or_same_day_is_not_today(text):
    assert dates_in(text, "2020-03-11") == []


def test_days_before_counts_back_from_the_event_it_follows():
    from geomap.dates import DAY, DateMention, days_before
    from geomap.segment import fold

    then = DateMention(0, 0, "2016-04-04", DAY, "", False)
    text = fold("a day after jets bombed the town")[0]
    assert days_before(text, 0, len(text), then).date == "2016-04-03"
    text = fold("بعد يومين من قصف البلدة")[0]
    assert days_before(text, 0, len(text), then).date == "2016-04-02"
    text = fold("after jets bombed the town")[0]
    assert days_before(text, 0, len(text), then) is None
