"""The sixteenth audit's rules (sentences written for these tests, against tests/tiny_places.py)."""

from tiny_places import extract_events as events


# What a report sums up over a stretch of days or more («منذ عدة أيام», «خلال اليومين الماضيين»,
# «منذ أكثر من عامين») is background, no incident.

def test_a_summary_of_days_or_years_is_background(ex):
    for text in ("وتشهد مدينة إدلب منذ عدة أيام قصفا متبادلا بين الفصائل وقوات النظام.",
                 "وتتعرض مدينة منبج لقصف تنفذه القوات التركية منذ أكثر من عامين، وتسببت الهجمات بمقتل 50 مدنيا.",
                 "واعتقلت قسد العشرات من أبناء مدينة منبج خلال اليومين الماضيين.",
                 "ومنذ بضعة أيام لا تغادر الطائرات المسيرة الروسية أجواء مدينة أريحا."):
        assert events(ex, text) == [], text


def test_an_hour_long_clash_is_no_summary(ex):
    assert [e.sub_event_type for e in events(ex, "تتواصل الاشتباكات منذ أكثر من ساعة في مدينة منبج بين قسد "
                                                "والفصائل.")] == ["Armed clash"]
