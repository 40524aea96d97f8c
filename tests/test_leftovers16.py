"""The sixteenth round's known leftovers: leads that sum up the body's events, a side named after
its aircraft, duals, the days of reports dated a day behind, captions glued to a post's last word."""

from tiny_places import extract_events, kinds_at


def test_a_lead_on_a_governorate_is_the_summary_of_its_towns_told_after(ex):
    # the lead's joint attackers, then the towns one by one, another side's attack between them
    text = ("قصفت قوات النظام وروسيا بالمدفعية قرى محافظة إدلب اليوم. وقصفت قوات النظام بلدة كفرنبل بقذائف المدفعية. "
            "كما قصفت القوات التركية مدينة منبج. وقصفت قوات النظام مدينة أريحا بالصواريخ.")
    assert [name for _kind, name in kinds_at(ex, text)] == ["Ariha", "Kafr Nabl", "Manbij"]


def test_the_toll_of_a_lead_on_a_region_goes_to_the_town_its_sentence_names(ex):
    text = "قتل طفل وأصيبت امرأة بقصف مدفعي لقوات النظام وروسيا على محافظة إدلب، حيث قصفت قوات النظام بلدة كفرنبل."
    (e,) = extract_events(ex, text)
    assert (e.name, e.fatalities, e.injuries) == ("Kafr Nabl", 1, 1)


def test_a_region_with_a_toll_no_town_inside_tells_is_kept(ex):
    # the dead of the noon strikes are not those of the evening's strike on one town
    text = ("قتل خمسة مدنيين بغارات جوية روسية على محافظة إدلب ظهر اليوم. كما شنت الطائرات الروسية غارات على مدينة منبج. "
            "وقصفت قسد مدينة حلب بالصواريخ. وفي المساء شنت الطائرات الروسية غارات على بلدة كفرنبل دون وقوع إصابات.")
    assert {(e.name, e.fatalities) for e in extract_events(ex, text)} == {
        ("Idleb", 5), ("Manbij", None), ("Aleppo", None), ("Kafr Nabl", None)}


def test_another_sides_attack_on_the_region_is_no_summary(ex):
    text = ("قصفت قوات النظام بلدة كفرنبل بالمدفعية اليوم. وقصفت قوات النظام مدينة أريحا. "
            "في المقابل قصفت الفصائل بالصواريخ مواقع قوات النظام في محافظة إدلب.")
    assert "Idleb" in {e.name for e in extract_events(ex, text)}


def test_the_side_named_after_by_and_its_aircraft_or_guns_is_the_attacker(ex):
    # «من طيران تركي مسير»: by Turkish drones, not the Turkish army hit
    for text in ("أصيب ستة عناصر من قسد بغارتين جويتين من طيران تركي مسير على قرية حزوان.",
                 "أصيب مدنيان بقصف من مدفعية الجيش التركي على قرية حزوان.",
                 "قتل مدني بقصف بواسطة طائرة مسيرة تركية على قرية حزوان."):
        (e,) = extract_events(ex, text)
        assert e.actor1 == "Turkish military", text


def test_a_dual_whose_plural_is_another_word_is_a_toll_of_two():
    from geomap.quantities import figures_in

    assert [(f.kind, f.value) for f in figures_in("أعدم مسلحون رجلين أمام أهالي القرية.")] == [("killed", 2)]
    assert [(f.kind, f.value) for f in figures_in("أسفر القصف عن إصابة سيدتين بجروح.")] == [("injured", 2)]


def test_a_bare_yesterday_in_a_report_dated_a_day_behind_is_the_day_it_names(ex):
    # «أمس السبت» in a report dated that Saturday: it was written on the Sunday, and its other «أمس» is Saturday too
    text = ("قصفت قوات النظام بلدة حزوان يوم أمس. "
            "وقتل مدنيان بقصف قوات النظام يوم أمس السبت على بلدة حزوان.")
    (e,) = extract_events(ex, text, "2023-01-21")
    assert (e.event_date, e.fatalities) == ("2023-01-21", 2)


def test_yesterday_in_a_post_made_the_day_after_the_reports_date_is_that_date(ex):
    text = "شبكة الأخبارNovember 21, 2024 · Shared with Public\nاستهدفت مسيرة تركية ليلة أمس بلدة حزوان."
    (e,) = extract_events(ex, text, "2024-11-20")
    assert e.event_date == "2024-11-20"
    (e,) = extract_events(ex, text, "2024-11-21")  # a post of the report's own day: yesterday is the day before
    assert e.event_date == "2024-11-20"


def test_bare_english_strikes_right_after_air_strikes_are_more_of_them(ex):
    text = "Russian jets struck Ariha on Monday, killing two civilians. Later, strikes hit Kafr Nabl."
    assert kinds_at(ex, text) == [("Air/drone strike", "Ariha"), ("Air/drone strike", "Kafr Nabl")]
    # after shelling, or with nothing flown before, a bare strike stays the guns' («strikes» names no weapon)
    text = "Regime artillery shelled Ariha on Monday. Later, strikes hit Kafr Nabl."
    assert kinds_at(ex, text) == [("Shelling/artillery/missile attack", "Ariha"),
                                  ("Shelling/artillery/missile attack", "Kafr Nabl")]


def test_a_friday_right_after_a_verb_of_announcing_is_the_day(ex):
    # a bare «الجمعة» may be Friday prayers; «أعلنوا الجمعة» is the day of the announcement
    text = "وكان مقاتلو العشائر أعلنوا الجمعة سيطرتهم على بلدة حزوان بعد اشتباكات مع قسد."
    (e,) = extract_events(ex, text, "2023-09-02")
    assert e.event_date == "2023-09-01"


def test_a_posts_caption_cue_glued_to_its_last_word_parts_from_it(ex):
    from geomap.extraction import unglue_captions

    text = "قتل عنصران بغارات إسرائيلية على مدينة حمصصورة بالتعليقAll reactions:12"
    assert len(unglue_captions(text)) == len(text)
    assert {e.name for e in extract_events(ex, text)} == {"Homs"}
    assert unglue_captions("صورة بالتعليق: قصف على حمص") == "صورة بالتعليق: قصف على حمص"  # a caption line of its own stays
