"""The fifteenth audit's leftovers: a woman martyr counted, common words read as villages, raids in
which nothing happens."""

from functools import partial

from geomap.records import Document

from tiny_places import extract_events


events = partial(extract_events, date="2025-03-10")


def test_a_woman_martyr_is_one_killed(ex):
    (event,) = events(ex, "شهيدة وجرحى بقصف مدفعي لقوات النظام على مدينة منبج.")
    assert event.fatalities == 1
    (event,) = events(ex, "سقوط شهيدتين بقصف صاروخي على مدينة منبج.")
    assert event.fatalities == 2


def test_an_adverb_before_that_is_no_village():
    # «علما أن» ("knowing that") is also the name of a village
    from geomap.extraction import Extractor
    from tiny_places import extra_place, tiny_gazetteer_with

    alma = extra_place("X91", "Alma", "علما", 36.45, 37.40, "village", "SY02")
    ex = Extractor(tiny_gazetteer_with(alma))
    text = "اعتقلت قوات الأمن شابين في مدينة منبج، علما أن الشابين كانا قد عادا إليها مؤخرا."
    assert {e.name for e in events(ex, text)} == {"Manbij"}
    # the village itself, after a preposition, is still read
    text = "اعتقلت قوات الأمن شابين في علما أن صح الخبر."
    assert "Alma" in {e.name for e in events(ex, text)}


def test_around_a_prison_is_no_village_named_prison():
    # a village may be called «سجن» ("prison"); around a prison is near the prison, in its town
    from geomap.extraction import Extractor
    from tiny_places import extra_place, tiny_gazetteer_with

    sijn = extra_place("X92", "Sijn", "سجن", 32.70, 36.60, "village", "SY04")
    ex = Extractor(tiny_gazetteer_with(sijn))
    text = "قتل ثلاثة مسلحين في اشتباكات مع قوات الأمن في محيط سجن الصناعة داخل مدينة الحسكة."
    assert "Sijn" not in {e.name for e in events(ex, text)}
    text = "اندلعت اشتباكات عنيفة في محيط السجن المركزي بمدينة الحسكة."
    assert "Sijn" not in {e.name for e in events(ex, text)}


def test_yesterday_named_as_the_reports_own_weekday_is_that_day(ex):
    # 2025-03-08 is a Saturday: «أمس السبت» in a report recorded that Saturday was written on Sunday
    doc = Document("t", "قصفت القوات التركية أمس السبت مدينة منبج بالمدفعية الثقيلة.", date="2025-03-08")
    (event,) = ex.extract_document(doc).events
    assert event.event_date == "2025-03-08"
    # a weekday farther off is a slip: the counted day stands
    doc = Document("t", "قصفت القوات التركية أمس الخميس مدينة منبج بالمدفعية الثقيلة.", date="2025-03-08")
    (event,) = ex.extract_document(doc).events
    assert event.event_date == "2025-03-07"
