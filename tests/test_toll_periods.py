"""Figures that are not the toll of the event told: a count of a past period told after it, and
an age warning on pictures."""
from tiny_places import extract_events


def test_a_figure_told_after_words_of_a_past_period_is_not_the_events_toll(ex):
    text = ("شنت طائرات روسية غارات على بلدة كفرنبل اليوم، وكانت فرقنا قد وثقت خلال العام الماضي "
            "60 غارة على المنطقة أدت إلى مقتل 25 مدنيا.")
    (e,) = extract_events(ex, text)
    assert (e.name, e.fatalities) == ("Kafr Nabl", None)


def test_a_figure_after_words_of_how_often_stays_the_events_toll(ex):
    text = "استهدف قصف صاروخي مصدره مناطق النظام، بشكل متكرر اليوم الأحياء السكنية في مدينة أريحا، ما أدى لمقتل 3 مدنيين."
    (e,) = extract_events(ex, text)
    assert (e.name, e.fatalities) == ("Ariha", 3)


def test_an_age_warning_on_pictures_is_no_toll(ex):
    for text in ("قصفت قوات النظام بلدة كفرنبل اليوم، ونشر ناشطون صورا صادمة (+18) لجثث الضحايا.",
                 "Regime forces shelled Kafr Nabl today; activists shared shocking pictures (18+) of the dead."):
        (e,) = extract_events(ex, text)
        assert (e.name, e.fatalities) == ("Kafr Nabl", None), text
