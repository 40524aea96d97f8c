"""The eighteenth audit's rules (sentences written for these tests, against tests/tiny_places.py)."""

from tiny_places import extract_events, kinds_at


# «أفرجت قسد عن فلان بعد اعتقال دام شهراً», "released after six months in detention": the arrest
# was made long before and is only recalled; the report's news is the release, no ACLED event.

def test_an_arrest_told_by_how_long_the_detention_lasted_is_no_event(ex):
    for text in ("أفرجت قوات قسد عن شابين من مدينة الرقة بعد اعتقال دام ثلاثة أشهر في سجونها.",
                 "أطلقت قسد سراح ثلاثة إخوة من مدينة القامشلي بعد أكثر من عام على اعتقالهم.",
                 "أخلت قسد سبيل المعلم بعد سنتين من اعتقاله في مدينة الرقة."):
        assert kinds_at(ex, text) == [], text


def test_an_arrest_days_before_a_release_is_still_the_arrest(ex):
    for text in ("أفرجت قسد عن شاب بعد يومين من اعتقاله في مدينة الرقة.",
                 "اعتقلت قسد ثلاثة شبان في مدينة الرقة بعد أشهر من الملاحقة."):
        assert kinds_at(ex, text) == [("Arrests", "Raqqa")], text


# «ارتقى», «ارتقاء»: "rose" (as a martyr), the word many Syrian pages use for being killed.

def test_those_who_rose_as_martyrs_are_counted_dead(ex):
    for text, toll in (("ارتقاء طفلة وإصابة اثنين من أفراد عائلتها جراء قصف مدفعي لقوات النظام على مدينة أريحا.", (1, 2)),
                       ("ارتقى 6 مدنيين بقصف صاروخي على مدينة منبج.", (6, None)),
                       ("أفاد مراسلنا بارتقاء شخص جراء القصف الإسرائيلي على مدينة حمص.", (1, None))):
        assert [(e.fatalities, e.injuries) for e in extract_events(ex, text)] == [toll], text


# A date written in digits ("2023/4/28", «28_04_2023») before a word of death: its day counts no one.

def test_the_day_of_a_date_in_digits_is_no_toll(ex):
    for text in ("مدينة كفرنبل 2023/4/28 مقتل الشاب أحمد بقصف مدفعي على مدينة كفرنبل",
                 "مدينة كفرنبل 28-4-2023 قتل شاب بقصف مدفعي على مدينة كفرنبل"):
        assert [e.fatalities for e in extract_events(ex, text)] == [1], text


# «أحد سكان القرية», "two of the town's residents": its residents are civilians; a raid whose shot
# kills one is an attack on them, not a battle told beside it.

def test_residents_killed_are_civilians(ex):
    text = "داهمت قوات قسد قرية تل أحمر بريف القامشلي مستخدمة الرصاص الحي ما أدى إلى مقتل أحد سكان القرية."
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in extract_events(ex, text)] == [
        ("Attack", "Civilians (Syria)", 1)]
    text = "قتل اثنان من سكان مدينة منبج بقصف مدفعي تركي على المدينة."
    assert [(e.actor2, e.fatalities) for e in extract_events(ex, text)] == [("Civilians (Syria)", 2)]


# A page's links to other stories, their headlines cut short with dots, one a line: no event of the
# report (its own title cut short, or a feed's long posts cut short, still are).

_BODY = "قتل مدني بقصف مدفعي لقوات النظام على مدينة أريحا صباح اليوم.\n\n"


def test_a_list_of_headlines_cut_short_is_no_event(ex):
    links = ("غارات روسية تستهدف أطراف مدينة إدلب...\n\nقصف تركي يطال قرى في ريف منبج...\n\n"
             "اشتباكات عنيفة بين الفصائل في مدينة حلب…\n")
    assert kinds_at(ex, _BODY + links) == [("Shelling/artillery/missile attack", "Ariha")]


def test_a_title_cut_short_before_its_text_stays(ex):
    text = "قصف مدفعي يستهدف مدينة كفرنبل...\n\nقصف مدفعي لقوات النظام يستهدف مدينة كفرنبل ويوقع جرحى."
    assert kinds_at(ex, text) == [("Shelling/artillery/missile attack", "Kafr Nabl")]


# «الشهيد الإعلامي فلان الذي استشهد جراء غارة», «المتطوع "فلان" الذي ارتقى»: one named, with a
# person's noun, and a relative clause of his death: one dead (once, when a word before the noun
# already told it).

def test_one_named_whose_death_a_relative_clause_tells_is_one_dead(ex):
    for text, dead in (("شيّع أهالي مدينة أريحا الصحفي سامر الخطيب الذي استشهد بغارة جوية روسية على المدينة.", 1),
                       ('نعى الدفاع المدني المتطوع "سامر الخطيب" الذي ارتقى إثر غارات جوية على مدينة أريحا.', 1),
                       ("مقتل الطفل سامر الذي قتل بقصف مدفعي على مدينة أريحا.", 1)):
        assert [e.fatalities for e in extract_events(ex, text)] == [dead], text


# A journalist, a rescuer killed: ACLED's civilians, also when a relative clause tells the death.

def test_journalists_and_rescuers_hit_are_civilians(ex):
    for text in ("استشهد الصحفي سامر الخطيب بغارة جوية روسية على مدينة أريحا.",
                 'نعى الدفاع المدني المتطوع "سامر الخطيب" الذي ارتقى إثر غارات جوية على مدينة أريحا.'):
        assert [e.actor2 for e in extract_events(ex, text)] == ["Civilians (Syria)"], text
