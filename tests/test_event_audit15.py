"""The fifteenth audit's rules (sentences written for these tests, against tests/tiny_places.py)."""

from tiny_places import extract_events as events


def sides(ex, text):
    return sorted((e.sub_event_type, e.actor1, e.actor2) for e in events(ex, text))


# A side that takes part in another's operation («بمشاركة», «برفقة», «بالتعاون مع», «بمساندة من»),
# however many words of its men stand between, is never the operation's target.

def test_a_partner_named_after_its_men_is_no_target(ex):
    for text in ("نفذت قوات التحالف الدولي فجر اليوم عملية إنزال جوي في مدينة منبج، وبمشاركة عناصر من قوات "
                 "سوريا الديمقراطية، واعتقلت ثلاثة رجال.",
                 "اعتقلت قوات التحالف الدولي رجلين بعد إنزال جوي نفذته بمساندة من ميليشيات قسد على منزل في "
                 "مدينة منبج."):
        assert all("SDF" not in e.actor2 for e in events(ex, text)), text


def test_a_partner_of_the_deed_joins_the_doer(ex):
    assert sides(ex, "نفذت قوات التحالف الدولي عملية إنزال جوي في مدينة منبج، بالتعاون مع وحدات خاصة من "
                     "قوات سوريا الديمقراطية، واعتقلت شابين.") == [
        ("Arrests", "US-led Coalition; SDF (Syrian Democratic Forces)", "")]


def test_at_the_hands_of_marks_who_did_it(ex):
    assert [(e.actor1, e.fatalities) for e in events(ex, "قتل شابان على أيدي عناصر قسد خلال مداهمة منزلهما في "
                                                         "مدينة منبج.")] == [("SDF (Syrian Democratic Forces)", 2)]


# «مناطق سيطرة النظام», «المناطق التي تسيطر قسد»: who holds an area, told to say where fire came
# from or where someone went; no area changes hands.

def test_the_areas_a_side_holds_are_no_capture(ex):
    for text in ("وسبق أن استهدف قصف مدفعي مصدره المناطق التي تسيطر قوات سوريا الديمقراطية وقوات النظام، "
                 "يوم الأربعاء، قرية حزوان دون وقوع إصابات.",
                 "تعرض رتل روسي لإطلاق نار أثناء دخوله إلى مناطق سيطرة قوات النظام في مدينة الرقة.",
                 "قتل عنصر من قسد على ضفة النهر الفاصلة بين سيطرة قوات النظام ومناطق سيطرة قسد قرب مدينة الرقة."):
        assert all("territory" not in e.sub_event_type for e in events(ex, text)), text


def test_the_areas_a_side_took_are_a_capture(ex):
    assert [e.sub_event_type for e in events(ex, "استعادت قوات النظام اليوم المناطق التي سيطرت عليها الفصائل "
                                                 "في محيط مدينة أريحا.")] == ["Government regains territory"]


# What a report sums up over a recent stretch of time («خلال الأيام القليلة الماضية», «في الآونة
# الأخيرة», «خلال الفترة الماضية») or places in a series («ضمن سلسلة») is background, no incident.

def test_a_summary_of_recent_days_is_background(ex):
    for text in ("وخلال الأيام القليلة الماضية، ارتفعت وتيرة التصعيد في ريف منبج، وسط قصف مدفعي متبادل بين "
                 "القوات التركية وقسد.",
                 "تأتي هذه الحملة ضمن سلسلة من المداهمات التي تنفذها قسد في ريف منبج.",
                 "وكثفت قوات النظام خلال الفترة الماضية قصفها على مدينة أريحا.",
                 "وازدادت هجمات داعش على الرقة التي شهدت مواجهات دامية في الآونة الأخيرة.",
                 "وخلال الأيام الأخيرة، شنت قوات النظام هجمات على مدينة إدلب."):
        assert events(ex, text) == [], text


def test_an_incident_of_today_stays_an_event(ex):
    assert [e.sub_event_type for e in events(ex, "قصفت قوات النظام مدينة أريحا اليوم بعد أيام من الهدوء.")] == [
        "Shelling/artillery/missile attack"]


# «نفذت قسد حملة مداهمات في X. وأسفرت الحملة عن اعتقال شابين»: a raid whose arrests the next
# sentence tells, with no place of their own, is those arrests (ACLED: Arrests), where the raid was.

def test_a_raid_whose_arrests_the_next_sentence_tells_is_the_arrests(ex):
    assert sides(ex, "نفذت قسد حملة مداهمات وتفتيش في مدينة منبج فجر اليوم. وأسفرت الحملة عن اعتقال شابين.") == [
        ("Arrests", "SDF (Syrian Democratic Forces)", "")]
    assert [e.name for e in events(ex, "نفذت قسد حملة مداهمات وتفتيش في مدينة منبج فجر اليوم. "
                                       "وأسفرت الحملة عن اعتقال شابين.")] == ["Manbij"]


def test_arrests_told_elsewhere_after_a_raid_leave_it_a_raid(ex):
    assert sorted(e.name for e in events(ex, "نفذت قسد حملة مداهمات وتفتيش في مدينة منبج فجر اليوم. "
                                             "واعتقلت قسد شابين في مدينة الرقة.")) == ["Manbij", "Raqqa"]


def test_why_an_arrest_was_made_is_no_second_arrest(ex):
    assert sides(ex, "نفذت قسد حملة مداهمات في مدينة منبج واعتقلت شابين. وجاءت عملية الاعتقال على خلفية "
                     "خطبة ألقاها أحدهما قبل أيام.") == [("Arrests", "SDF (Syrian Democratic Forces)", "")]


# «الميليشيات المرتبطة بروسيا», «فصائل الجيش الوطني المدعوم من تركيا», «الفصائل الموالية لتركيا»:
# the patron named to describe a group is not the target of what the group does or suffers.

def test_the_patron_of_a_group_is_no_target(ex):
    for text in ("من جهة أخرى، أصيب مدني بجروح صباح اليوم الجمعة، إثر قصف مدفعي من قبل قوات النظام والمليشيات "
                 "المرتبطة بروسيا، استهدف منازل المدنيين في بلدة كفرنبل جنوبي محافظة إدلب.",
                 "قتل وجرح 7 مدنيين معظمهم أطفال، مساء السبت، إثر استهداف قوات النظام والميليشيات المرتبطة "
                 "بروسيا بلدة كفرنبل.",
                 "اندلعت اشتباكات عنيفة مع فصائل الجيش الوطني المعارض والمدعوم من تركيا على جبهة مدينة منبج بعد "
                 "منتصف الليل، وقتل عنصر من قسد."):
        assert all(e.actor2 not in ("Russian military", "Turkish military") for e in events(ex, text)), text


# «عنصر في الدفاع المدني يتفقد مكان قصف على كفرنبل - 23 من نيسان 2023 (الدفاع المدني)»: a photo's
# caption, its day and credit at the end of its line, tells no incident of the report's own.

def test_a_photo_caption_is_no_event(ex):
    text = ("قتل مدنيان بقصف مدفعي لقوات النظام على مدينة أريحا صباح اليوم.\n\n"
            "عنصر في الدفاع المدني يتفقد مكان قصف قوات النظام على مدينة كفرنبل - 23 من نيسان 2023 (الدفاع المدني)\n\n"
            "وأضاف المراسل أن القصف استمر ساعات.")
    assert [e.name for e in events(ex, text)] == ["Ariha"]


def test_a_headline_ending_with_photos_stays_an_event(ex):
    assert [e.name for e in events(ex, "قتلى ومصابون بقصف لقوات النظام على مدينة أريحا (صور)\n\n"
                                       "قتل مدنيان اليوم الأحد بقصف مدفعي على مدينة أريحا.")] == ["Ariha"]
