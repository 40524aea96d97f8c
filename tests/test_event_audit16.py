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


# What readers write under a social post, from its reaction counter ("All reactions:") to the end
# of that line, reports nothing; the page's own comment ("Author" and its name) is the report's.

_POST = ("صفحة الأخبارOctober 21, 2024 · Shared with Publicغارة جوية إسرائيلية تستهدف سيارة وسط مدينة حلب، "
         "وأنباء عن مقتل من بداخلها.All reactions:71172 commentsLikeCommentMost relevant")


def test_readers_comments_under_a_post_report_nothing(ex):
    text = _POST + ("سامي الحلبيوين الجيش اللي بقصف الشعب بس1y3محمد العليمنشان هيك الجيش البارح انسحب من مدينة "
                    "منبج1yابو عبيدة الحمصيحسبنا الله1y")
    assert [(e.sub_event_type, e.name) for e in events(ex, text)] == [("Air/drone strike", "Aleppo")]


def test_the_pages_own_comment_is_the_report(ex):
    text = _POST + ("سامي الحلبيحسبنا الله1y1Authorصفحة الأخبارالتفاصيل: قصفت مدفعية النظام مدينة أريحا صباح "
                    "اليوم.43wمحمد العليالله يحمي البلد43w")
    assert sorted(e.name for e in events(ex, text)) == ["Aleppo", "Ariha"]


# «مقتل أحمد العلي», «اغتيال "محمد الخالد"», «مقتل "عبدالله الحسن"»: a noun of death right before a
# given name tells one dead, placed where the words after it say.

def test_one_named_dead_is_one(ex):
    for text in ('مقتل "عبدالله الحسن" خلال مداهمة نفذتها قسد على مدينة منبج.',
                 "اغتيال محمد الخالد برصاص مسلحين مجهولين في مدينة منبج."):
        assert [e.fatalities for e in events(ex, text)] == [1], text


def test_the_named_dead_counts_where_he_was_killed(ex):
    found = events(ex, "أطلقت مدفعية النظام قذائف على مدينة أريحا ومدينة إدلب، ما تسبب بمقتل أحمد العلي في "
                       "مدينة أريحا وإصابة ثلاثة مدنيين في مدينة إدلب.")
    assert sorted((e.name, e.fatalities, e.injuries) for e in found) == [("Ariha", 1, None), ("Idleb", None, 3)]


def test_a_named_speaker_is_no_victim(ex):
    assert [e.fatalities for e in events(ex, "قال محمد العلي إن قصفا تركيا استهدف مدينة منبج.")] == [None]


# «عملية إنزال جوي استهدفت منزل فلان», «الحملة استهدفت منازل المدنيين»: whom a raid was aimed at,
# no strike of its own (but «حملة قصف استهدفت» is a bombardment).

def test_what_a_raid_targeted_is_no_strike(ex):
    assert [e.sub_event_type for e in events(ex, "نفذ التحالف الدولي فجر اليوم عملية إنزال جوي استهدفت منزل رجل "
                                                "في مدينة منبج، تخللها إطلاق نار وانفجار قنابل.")] == ["Armed clash"]
    assert [e.sub_event_type for e in events(ex, "شاركت قوات التحالف قبل يومين في عملية مماثلة استهدفت منزل تاجر "
                                                "سلاح في مدينة منبج، وأسفرت عن اعتقاله.")] == ["Arrests"]


def test_a_bombing_campaign_that_targeted_a_town_is_shelling(ex):
    assert [e.sub_event_type for e in events(ex, "شنت قوات النظام حملة قصف استهدفت مدينة أريحا.")] == [
        "Shelling/artillery/missile attack"]


# «منذ سيطرة الفصائل على عفرين», «بعد سيطرتها على المدينة», «خلال ست سنوات من سيطرة الفصائل»: a
# capture named to date something else, no capture told.

def test_a_capture_that_dates_something_else_is_none(ex):
    for text in ("وتعرضت مدينة منبج منذ سيطرة فصائل المعارضة عليها لقصف متكرر من قسد.",
                 "ويعتبر القصف على مدينة تدمر هو الأول بعد سيطرة قوات النظام على المدينة.",
                 "وخلال ست سنوات من سيطرة الفصائل على مدينة منبج ارتكبت انتهاكات واسعة."):
        assert all("territory" not in e.sub_event_type for e in events(ex, text)), text


def test_a_capture_told_is_one(ex):
    assert [e.sub_event_type for e in events(ex, "سيطرت فصائل المعارضة اليوم على مدينة منبج بعد اشتباكات مع "
                                                "قسد.")] == ["Non-state actor overtakes territory"]
