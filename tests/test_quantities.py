from dataclasses import replace

import pytest

from geomap.quantities import INJURED, KILLED, figures_in, summarize


def kinds(text):
    return [(f.kind, f.value) for f in figures_in(text)]


@pytest.mark.parametrize("text, expected", [
    ("قتل 9 مدنيين وأصيب 30 آخرون", [(KILLED, 9), (INJURED, 30)]),
    ("مقتل ٩ مدنيين", [(KILLED, 9)]),
    ("استقبال 23 قتيلا، إضافة إلى 61 جريحا", [(KILLED, 23), (INJURED, 61)]),
    ("مقتل خمسة وعشرين مدنياً", [(KILLED, 25)]),
    ("مقتل مئة شخص", [(KILLED, 100)]),
    ("مقتل طفلين وإصابة ثلاثة آخرين", [(KILLED, 2), (INJURED, 3)]),
    ("قتيل وجرحى في القصف", [(KILLED, 1)]),
    ("five civilians were killed and dozens wounded", [(KILLED, 5), (INJURED, 12)]),
    ("killed 1,200 people", [(KILLED, 1200)]),
    ("Three civilians were shot dead near the well", [(KILLED, 3)]),
    ("30 civilians, among them 4 women, were wounded", [(INJURED, 30), (INJURED, 4)]),
    ("Nine people, including two children, were killed", [(KILLED, 9), (KILLED, 2)]),
    ("Six people, among them a woman, were killed", [(KILLED, 6)]),
    # a dual with its owner's pronoun, and «آخران», are two
    ("قتلت امرأة وأصيب طفلاها بجروح", [(KILLED, 1), (INJURED, 2)]),
    ("قضى رجل وأصيب آخران بانفجار لغم", [(KILLED, 1), (INJURED, 2)]),
    # «لمقتله»: the death of the one the sentence named; a shepherd is a victim noun
    ("استهدفت مسيرة سيارة القيادي ما أدى لمقتله", [(KILLED, 1)]),
    ("انفجار لغم أسفر عن مقتل راع", [(KILLED, 1)]),
])
def test_casualty_figures(text, expected):
    assert kinds(text) == expected


def test_vague_amounts_follow_the_documented_convention():
    assert [(f.value, f.qualifier) for f in figures_in("وأصيب العشرات بجروح")] == [(10, "vague")]
    assert figures_in("قتل عدة أشخاص")[0].value == 3
    assert figures_in("مئات القتلى")[0].value == 100


def test_numbers_that_are_not_people():
    assert kinds("مقتل 17 من عناصر داعش خلال الـ72 ساعة") == [(KILLED, 17)]
    assert kinds("نفذت الطائرات 12 غارة") == []
    assert kinds("قتل في عام 2015 في المدينة") == []


def test_qualifiers_and_victims():
    (f,) = figures_in("قتل 12 شخصا على الأقل")
    assert f.qualifier == "at least"
    (f,) = figures_in("وأفاد ناشطون أن عدد القتلى ارتفع إلى 15 شخصا")
    assert f.qualifier == "latest"
    (f,) = figures_in("بمقتل 8 من عناصر التنظيم")
    assert "fighters" in f.victims
    (f,) = figures_in("مقتل 7 مدنيين بينهم أطفال")
    assert f.victims == "civilians, children"


def test_summary_prefers_latest_then_at_least_and_keeps_the_range():
    figures = figures_in("قتل 20 شخصا على الأقل. استقبال 17 قتيلا. تحدث ناشطون عن 19 قتيلا. ارتفع عدد القتلى إلى 22")
    best, low, high, note = summarize(figures)
    assert (best, low, high) == (22, 17, 22)
    assert note.startswith("20 (at least); 17; 19; 22 (latest)")
    assert summarize([]) == (None, None, None, "")
    # a vague amount counts only when no number is given
    assert summarize(figures_in("وأصيب العشرات بجروح و75 جريحا"))[0] == 75


@pytest.mark.parametrize("text", [
    "أسفر القصف عن سقوط 30 مدنيا بين قتيل وجريح",
    "وصل عدد القتلى والجرحى إلى 30 شخصا",
    "قتل أو أصيب 30 شخصا في الغارة",
    "30 people were killed and wounded in the raid",
])
def test_a_count_of_the_dead_and_the_wounded_together_is_neither(text):
    assert kinds(text) == []


def test_separate_counts_beside_each_other_stay_apart():
    assert kinds("سقط 4 قتلى و 9 جرحى") == [(KILLED, 4), (INJURED, 9)]


@pytest.mark.parametrize("text, expected", [
    ("the shell killed a man and his three sons", [(KILLED, 4)]),
    ("قتل رجل وطفلان بالقصف", [(KILLED, 3)]),
    ("مقتل 4 مدنيين و3 من عناصر الشرطة", [(KILLED, 7)]),
    ("2 women and 3 children were killed", [(KILLED, 5)]),
    ("between 4 and 6 people were killed", [(KILLED, 4)]),  # a range, not a list (its top: high)
    ("مقتل 2 وإصابة 5", [(KILLED, 2), (INJURED, 5)]),
    ("ارتقاء قتيل وجريح", [(KILLED, 1), (INJURED, 1)]),
])
def test_the_items_of_a_list_of_victims_add_up(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("the mortar round hit the school, killing a girl", [(KILLED, 1)]),
    ("the blast killed four people and wounded nine", [(KILLED, 4), (INJURED, 9)]),
    ("killing two people and wounding 7 others", [(KILLED, 2), (INJURED, 7)]),
    ("the toll from last night's bombing of the market has risen to 31", [(KILLED, 31)]),
    ("سقوط جريحين بالقصف", [(INJURED, 2)]),
])
def test_english_lone_victims_trailing_clauses_and_updated_tolls(text, expected):
    assert kinds(text) == expected


def test_disputed_sources_give_the_most_conservative_figure():
    figures = [replace(f, source=s) for f, s in zip(figures_in("20 killed. 26 killed"), ("SOHR", "SANA"))]
    assert summarize(figures) == (20, 20, 26, "disputed: 20 (SOHR); 26 (SANA)")
    # one source, or none, is a total and its parts, or an update: not a dispute
    assert summarize(figures_in("20 killed. 26 killed"))[0] == 26


def test_the_texts_given_by_the_caller_give_the_same_figures():
    from geomap.quantities import casualty_figures
    from geomap.segment import segment

    seg = segment("قصف على البلدة أدى إلى مقتل أربعة مدنيين، وأصيب 5 أشخاص")
    assert casualty_figures(seg.tokens, seg.words) == casualty_figures(seg.tokens)
    assert [(f.kind, f.value) for f in casualty_figures(seg.tokens, seg.words)] == [(KILLED, 4), (INJURED, 5)]


def test_a_sentence_with_numbers_but_no_word_of_death_or_injury_has_no_figures():
    # The sentence is skipped before any number is read; a casualty word beside it brings one back.
    assert kinds("سقطت 40 قذيفة على 3 أحياء") == []
    assert kinds("سقطت 40 قذيفة على 3 أحياء، وأصيب 5 أشخاص") == [(INJURED, 5)]
    assert kinds("three men died") == [(KILLED, 3)]


@pytest.mark.parametrize("text, expected", [
    ("قتل جنديان وأصيب شخصان في الانفجار", [(KILLED, 2), (INJURED, 2)]),  # nominative duals
    ("استشهد رجل وأصيب ثلاثة آخرون", [(KILLED, 1), (INJURED, 3)]),  # the verb of death before a lone noun
    ("أدى القصف لمقتل قيادي في الفصيل", [(KILLED, 1)]),  # «لمقتل»: the proclitic aside
    ("أصيبت سيدة وابنتها بجروح", [(INJURED, 2)]),  # a relative joins the list
    ("لقي شاب حتفه قرب الحاجز", [(KILLED, 1)]),
    ("Twelve people lost their lives in the blast", [(KILLED, 12)]),
    ("Three women were among the dead", [(KILLED, 3)]),
    ("Four boys were among the wounded", [(INJURED, 4)]),
    ("A sniper shot dead a veteran rebel commander", [(KILLED, 1)]),
    ("Three ISIS fighters were shot dead at the checkpoint", [(KILLED, 3)]),  # the side counts for no word
    # an English lone victim before its passive verb is one, with a few words about who the
    # victim was between the noun and the verb
    ("a man from Homs was killed by shelling on the town", [(KILLED, 1)]),
    ("a girl in the village of Hazwan was wounded by a sniper", [(INJURED, 1)]),
    # SANA's and the Kurdish agencies' word of death
    ("a civilian was martyred when shells hit the town", [(KILLED, 1)]),
    ("a drone targeted a car, martyring two civilians", [(KILLED, 2)]),
    ("gunmen shot dead a member of the local council", [(KILLED, 1)]),
    # a number between: the noun is not the one killed
    ("a man said that four were killed", [(KILLED, 4)]),
    # the side of each victim noun stands between the number and the noun
    ("4 rebel fighters and 2 regime soldiers died in the fighting", [(KILLED, 6)]),
    # "one" of one family is no count, and the aside does not replace the whole
    ("nine members of the same family, among them three children, were killed", [(KILLED, 9), (KILLED, 3)]),
    ("قضى 5 أفراد من عائلة واحدة في القصف", [(KILLED, 5)]),
    # the number before its noun: «ارتفع إلى N عدد ... الذين قتلوا»
    ("ارتفع إلى 9 عدد الأطفال الذين قتلوا في القصف", [(KILLED, 9)]),
    # English victims before their verb
    ("an old man and his wife were killed when the shell hit", [(KILLED, 2)]),
    ("between 2 and 4 civilians were reportedly killed", [(KILLED, 2)]),
])
def test_tolls_told_as_duals_verbs_and_idioms(text, expected):
    assert kinds(text) == expected


def test_losing_homes_is_no_toll():
    assert kinds("The families lost their homes and 2 were hurt") == [(INJURED, 2)]


@pytest.mark.parametrize("text, expected", [
    ("اغتال مسلحون مجهولون قيادياً في البلدة", [(KILLED, 1)]),  # the subject between verb and victim
    ("قضى شخصان بنيران قناص", [(KILLED, 2)]),
    ("وجدت دورية جثة رجل على الطريق", [(KILLED, 1)]),
    ("ناقش المجلس قضية طفل مفقود", []),  # «قضية» is no «قضى»
])
def test_deaths_told_by_verbs_and_bodies(text, expected):
    assert kinds(text) == expected


def test_dead_of_both_sides_named_after_each_number_add_up():
    (f,) = figures_in("قتل 3 من عناصر النظام و5 من مقاتلي المعارضة في المعارك")
    assert (f.kind, f.value) == (KILLED, 8)


def test_a_toll_that_rose_to_a_number_after_the_place_is_the_latest():
    (f,) = figures_in("ارتفع عدد القتلى جراء القصف على بلدة الهبيط إلى 9")
    assert (f.kind, f.value, f.qualifier) == (KILLED, 9, "latest")


def test_a_range_counts_its_bottom_and_keeps_its_top_as_the_high_estimate():
    (f,) = figures_in("gunmen shot dead between 2 and 5 villagers at the checkpoint")
    assert (f.kind, f.value, f.high) == (KILLED, 2, 5)
    assert summarize([f])[:3] == (2, 2, 5)


def test_others_take_the_kind_and_victims_of_the_figure_before():
    fs = figures_in("مقتل 4 مدنيين في غارة على القرية، و2 آخرين في غارة على المدينة")
    assert [(f.kind, f.value, f.victims) for f in fs] == [(KILLED, 4, "civilians"), (KILLED, 2, "civilians")]


def test_a_total_broken_down_marks_its_parts():
    total, a, b = figures_in("وثق ناشطون مقتل 9 أشخاص، هم 5 في غارات على القرية و4 بقصف على المدينة")
    assert (total.value, a.value, b.value) == (9, 5, 4)
    assert a.part_of == b.part_of == total.start and total.part_of is None


def test_a_young_man_killed_is_a_civilian():
    (f,) = figures_in("استشهد شاب برصاص قناص")
    assert f.victims == "civilians"


def test_one_and_two_name_victims_told_before_them():
    # «اثنين», «واحدة» follow their noun: the victims are named before the number
    (f,) = figures_in("قضى في القصف مدنيين اثنين من سكان الحي")
    assert (f.value, f.victims) == (2, "civilians")
    (f,) = figures_in("أسفر الانفجار عن إصابة مواطنين اثنين بجروح")
    assert (f.kind, f.value, f.victims) == (INJURED, 2, "civilians")


def test_counts_of_places_right_after_a_total_are_its_parts():
    total, a, b = figures_in("monitors recorded the deaths of 7 civilians: 4 in air raids on one town and 3 in shelling")
    assert (total.value, a.value, b.value) == (7, 4, 3) and a.part_of == b.part_of == total.start


def test_the_parts_of_a_broken_down_total_are_no_lower_estimate_of_it():
    figures = figures_in("مقتل 7 أشخاص، هم 4 في البلدة و3 في القرية")
    assert [f.part_of is not None for f in figures] == [False, True, True]
    assert summarize(figures)[:3] == (7, 7, 7)


def _offset(text, word):
    """The folded offset of a word of a test sentence (no folding changes these words' lengths)."""
    return text.index(word)


@pytest.mark.parametrize("text", [
    "قتل 9 مدنيين، منهم 5 في البلدة و4 في القرية",
    "Shelling killed 9 people on Monday, five in the town and four in the village",
    "Shelling killed 9 people, including five in the town and four in the village",
    "Shelling killed 9 people, five of them in the town and four in the village",
])
def test_a_total_told_place_by_place_marks_each_part_and_its_place(text):
    total, a, b = figures_in(text)
    assert (total.value, a.value, b.value) == (9, 5, 4)
    assert a.part_of == b.part_of == total.start and total.part_of is None
    words = ("البلدة", "القرية") if "البلدة" in text else ("the town", "the village")
    assert (a.at, b.at) == tuple(_offset(text, w) for w in words)


def test_counts_told_place_by_place_after_a_word_of_death_are_each_a_toll():
    text = "مقتل 5 مدنيين في البلدة و3 في القرية"
    a, b = figures_in(text)
    assert [(f.kind, f.value, f.part_of) for f in (a, b)] == [(KILLED, 5, None), (KILLED, 3, None)]
    assert (a.at, b.at) == (_offset(text, "البلدة"), _offset(text, "القرية"))


@pytest.mark.parametrize("text", ["مقتل 9 مدنيين بينهم 3 أطفال و2 نساء",
                                  "Shelling killed 9 people, including three children"])
def test_a_total_broken_down_by_who_the_victims_were_names_no_place(text):
    assert all(f.at is None for f in figures_in(text))


@pytest.mark.parametrize("text", ["A landmine killed a shepherd near the village.",
                                  "انفجار لغم يقتل مزارعا قرب القرية.",
                                  "The raid killed an ISIS official and a militant's brother was arrested.",
                                  "استشهاد صحفي جراء غارة جوية على المدينة", "مقتل مسؤول في الحزب بانفجار عبوة",
                                  "وأفاد الدفاع المدني بأن مدنيا استشهد جراء القصف", "وقالت مصادر إن شابا قتل برصاص قناص"])
def test_a_lone_worker_killed_is_one_death(text):
    (f,) = [f for f in figures_in(text) if f.kind == KILLED]
    assert f.value == 1


@pytest.mark.parametrize("text", ["استشهد 7 مدنيين بينهم طفلان جراء القصف",
                                  "قتل 7 مدنيين بينهم 3 أطفال وامرأة بغارات",
                                  "Seven civilians were killed, among them a mother and her two children."])
def test_who_were_among_the_dead_is_no_lower_estimate_of_the_toll(text):
    best, low, high, note = summarize(figures_in(text))
    assert (best, low, high) == (7, 7, 7) and "among them" in note


@pytest.mark.parametrize("text, expected", [
    ("قتل مدني وأصيب آخر بقصف مدفعي", [(KILLED, 1), (INJURED, 1)]),
    ("killing one civilian and wounding another", [(KILLED, 1), (INJURED, 1)]),
    ("Unidentified gunmen assassinated a former commander.", [(KILLED, 1)]),
    ("وفي آخر حصيلة للقصف قتل 5 مدنيين", [(KILLED, 5)]),
])
def test_another_one_hurt_and_one_assassinated_are_counted(text, expected):
    assert [(f.kind, f.value) for f in figures_in(text)] == expected


@pytest.mark.parametrize("text, expected", [("Thirty-three Turkish soldiers were killed", 33),
                                            ("The strike killed twenty-one people", 21)])
def test_english_tens_and_units_joined_by_a_hyphen_are_one_number(text, expected):
    assert [f.value for f in figures_in(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("قتل عدد من المدنيين بالقصف", [(KILLED, 3, "vague")]),
    ("وأصيب عدداً من الأطفال بجروح", [(INJURED, 3, "vague")]),
    ("A number of fighters were killed overnight", [(KILLED, 3, "vague")]),
    ("the strike killed a number of people", [(KILLED, 3, "vague")]),
])
def test_a_number_of_is_a_vague_amount_as_several_is(text, expected):
    assert [(f.kind, f.value, f.qualifier) for f in figures_in(text)] == expected


@pytest.mark.parametrize("text", [
    "قتل وجرح عدد من الأشخاص",  # the dead and the hurt together, as «قتل وجرح 5»
    "شنت الطائرات عدداً من الغارات وقتل",  # a number of strikes, not of people
    "the number of people killed is unknown",  # "the number of": no amount
])
def test_a_number_of_what_is_no_toll_counts_nothing(text):
    assert kinds(text) == []


def test_beasts_are_no_victims():
    assert kinds("أصيب راعٍ بجروح ونفق عدد من المواشي") == [(INJURED, 1)]


def test_a_dual_of_the_dead_then_the_wounded_counts_each():
    # «شهيدان وجرح 5 آخرون»: the dual counts the dead itself; the 5 are the wounded
    assert [(f.kind, f.value) for f in figures_in("ارتقى شهيدان وجرح 5 آخرون في القصف")] == [(KILLED, 2), (INJURED, 5)]


@pytest.mark.parametrize("text, value, high", [
    ("Air strikes killed 10 to 15 people", 10, 15),
    ("قتل 10 إلى 15 شخصا بالغارات", 10, 15),
    ("Air strikes killed at least two dozen civilians", 24, None),
    # a toll that rose from one figure to another is the second
    ("The death toll rose from 10 to 15", 15, None),
    ("ارتفع عدد القتلى من 10 إلى 15", 15, None),
    # «الأحد» is the weekday, not the bottom of a range
    ("ارتفعت حصيلة القصف منذ الأحد، إلى تسعة قتلى", 9, None),
])
def test_ranges_dozens_and_tolls_that_rose(text, value, high):
    (f,) = [f for f in figures_in(text) if f.kind == KILLED]
    assert (f.value, f.high) == (value, high)


@pytest.mark.parametrize("text, expected", [
    # a page's counters and a post's age are no counts of people
    ("نحسبه عند الله شهيداAll reactions:316 comments", []),
    ("قتل 5 مدنيين 40w", [(KILLED, 5)]),
    # a handle's digits glued to the text after it are the handle's...
    ("@dikur100استشهد 3 مدنيين", [(KILLED, 3)]),
    # ... but a handle glued to the count after it leaves the count
    ("@NewsSYR8 قتلى مدنيين بقصف", [(KILLED, 8)]),
    # a post's views in tenths of thousands, and the time it was posted
    ("رحم الله الشهداء وصبر أهلهم204.7K", []),
    ("رحم الله الشهداء 12.3K", []),
    ("ارتقى مع شهداء الأمن العام3:37 PM", []),
    # a count glued to the word before it is one (posts lose their spaces)
    ("قتل 3 مدنيين وأصيب12 آخرون", [(KILLED, 3), (INJURED, 12)]),
    ("غارات على غربي إدلب5 شهداء", [(KILLED, 5)]),
])
def test_a_social_pages_counters_and_handles_are_no_tolls(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text, value", [
    ("Three fighters were killed on each side in the clashes", 6),
    ("قتل ثلاثة مقاتلين من كل طرف في الاشتباكات", 6),
    ("قتل خمسة مقاتلين من الطرفين", 5),  # of both sides together: the total
])
def test_a_toll_of_each_side_counts_both(text, value):
    assert kinds(text) == [(KILLED, value)]


@pytest.mark.parametrize("text", [
    "قتل 5 من عناصر النظام إلى جانب 3 مدنيين",
    "5 soldiers as well as 3 civilians were killed",
    "قتل 5 عناصر فضلا عن 3 مدنيين",
])
def test_alongside_joins_the_items_of_a_list_of_victims(text):
    assert kinds(text) == [(KILLED, 8)]


def test_the_other_kind_with_a_number_of_its_own_is_a_count_of_its_own():
    assert kinds("ارتقاء 3 شهداء وإصابة 12 آخرين") == [(KILLED, 3), (INJURED, 12)]
    assert kinds("لقي 3 أشخاص مصرعهم، وأصيب 14 آخرون بجروح") == [(KILLED, 3), (INJURED, 14)]
    # told together with no number between, the dead and the hurt are neither
    assert kinds("سقوط 4 قتلى وجرحى") == [] and kinds("الجرحى والقتلى 20") == []


@pytest.mark.parametrize("text, value, qualifier", [
    ("The fighting left four SDF fighters and at least seven militants dead", 11, "at least"),
    ("قتل 4 عناصر من قسد وما لا يقل عن 7 من داعش", 11, "at least"),
    ("مقتل 3 أطفال ونحو 10 نساء بالقصف", 13, "about"),
    ("قتل 4 عناصر من قوات النظام والميليشيات و7 من الفصائل", 11, ""),
])
def test_a_qualifier_inside_a_list_of_victims_keeps_the_list_whole(text, value, qualifier):
    [f] = figures_in(text)
    assert (f.kind, f.value, f.qualifier) == (KILLED, value, qualifier)


@pytest.mark.parametrize("text, value", [
    ("The strike killed a man, his wife and their three children.", 5),
    ("قتل رجل وزوجته وأطفالهما الثلاثة بغارة على البلدة", 5),
    ("أدى القصف إلى مقتل امرأة وطفلها", 2),  # her child, or her two
    ("أدى القصف إلى مقتل امرأة وطفليها", 3),
    ("قُتل شقيقان بقصف مدفعي على القرية", 2),  # two brothers
    ("استشهد مواطنان في استهداف مسيرة للمدينة", 2),
    ("استشهد عسكري جراء عدوان استهدف موقعاً عسكرياً", 1),  # a soldier, not the military site
    ("Strikes killed five people, three of them children.", 5),  # no "and" closes it: no list
])
def test_a_family_listed_with_commas_and_possessives_adds_up(text, value):
    assert max(f.value for f in figures_in(text) if f.kind == KILLED) == value


@pytest.mark.parametrize("text, kind, value", [
    ("A citizen was killed by unknown gunmen in the village.", KILLED, 1),
    ("Three citizens were wounded by shelling on the town.", INJURED, 3),
])
def test_citizens_are_counted_victims(text, kind, value):
    assert kinds(text) == [(kind, value)]


@pytest.mark.parametrize("text", [
    "A family of five was killed when a shell hit their home.",
    "قتل 6 أفراد من عائلة واحدة بقصف على البلدة",
])
def test_a_family_killed_is_civilians(text):
    (f,) = figures_in(text)
    assert (f.value, f.victims) in ((5, "civilians"), (6, "civilians"))


# Round 11c: tolls updated later, and a second source's figure.
@pytest.mark.parametrize("text", [
    "قتل 6 مدنيين بقصف على القرية، وارتفعت الحصيلة لاحقاً إلى 11",
    "قتل 6 مدنيين بقصف على القرية، وارتفعت حصيلة القتلى إلى 11",
])
def test_a_toll_that_rose_with_the_conjunction_is_the_latest(text):
    assert summarize(figures_in(text))[:3] == (11, 6, 11)


def test_who_were_among_a_toll_that_rose_are_no_later_toll():
    assert summarize(figures_in("ارتفع عدد القتلى إلى 12 بينهم ثلاثة أطفال"))[0] == 12



# Round 11f: the day of a date is no toll; one slain with his companion; a round-up's next toll.
@pytest.mark.parametrize("text, value", [
    ("وكان قد قتل في 14 آذار الماضي 3 مدنيين بقصف مماثل على البلدة", 3),
    ("قتل في 9 أيار 2018 خمسة أشخاص بانفجار في السوق", 5),
])
def test_the_day_of_a_date_is_no_toll(text, value):
    assert kinds(text) == [(KILLED, value)]


@pytest.mark.parametrize("text", [
    "قتل قيادي في الفصيل ومرافقه بانفجار عبوة على الطريق",
    "اغتال مسلحون مختار القرية وسائقه",
    "A militia leader and his bodyguard were killed by gunmen.",
])
def test_one_slain_with_his_companion_makes_two(text):
    assert kinds(text) == [(KILLED, 2)]


def test_a_round_up_clause_with_its_victims_is_the_next_toll():
    assert kinds("قتل 12 مدنياً بغارات على المدينة، و5 مدنيين بقصف على قرية مجاورة") == [(KILLED, 12), (KILLED, 5)]
    # but more of who were among a total are no toll of their own
    assert summarize(figures_in("قتل 12 مدنياً، بينهم 5 أطفال، و3 نساء"))[0] == 12


@pytest.mark.parametrize("text, expected", [
    ("قتل المدعو سامي الراعي برصاص مجهولين قرب السوق", [(KILLED, 1)]),
    ("A shepherd was shot dead at the checkpoint.", [(KILLED, 1)]),
    ("A farmer was shot dead near his field.", [(KILLED, 1)]),
    # a name that says who spoke, not who died, and no one killed
    ("قال محمد السالم إن القصف لم يوقع قتلى", []),
])
def test_one_victim_told_by_name_or_by_shot_dead(text, expected):
    assert kinds(text) == expected


# Round 13c: «أثناء» and Monday are no two; a day written out before «من الشهر»; one named with his kin;
# victims by their work.
def test_during_and_monday_are_no_two_and_twelve_still_is():
    assert kinds("قتل جنديان وأصيب آخر أثناء مرور دوريتهم قرب الجسر") == [(KILLED, 2), (INJURED, 1)]
    assert kinds("مقتل اثني عشر مدنياً") == [(KILLED, 12)]
    assert kinds("قتل رجل، يوم الاثنين، بقصف على السوق") == [(KILLED, 1)]


@pytest.mark.parametrize("text", [
    "وكان خمسة عناصر من قوات الدفاع قد قتلوا في العشرين من الشهر الماضي",
    "قتلوا في 17 من آب بقصف على المعبر",
])
def test_a_day_told_before_of_the_month_is_no_toll(text):
    assert all(f.value not in (17, 20) for f in figures_in(text))


@pytest.mark.parametrize("text, expected", [
    ("أطلق مسلحون النار على سيارته ما أدى لإصابة سامر وطفليه", [(INJURED, 3)]),
    ("قتل خالد العمر وابنه بقذيفة على منزلهما", [(KILLED, 2)]),
    # one counted by his noun is not counted again
    ("أصيب رجل وطفلاه بقذيفة", [(INJURED, 3)]),
])
def test_one_named_with_his_kin_is_a_victim_too(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text, kind", [
    ("أسفر القصف عن مقتل المهندس سعيد الحلبي قرب المحطة", KILLED),
    ("نعت الجامعة وفاة الطالب أنس الخطيب الذي قضى بالغارة", KILLED),
    ("شيع الأهالي جثمان المتطوع فادي العلي الذي قضى بالغارة", KILLED),
    # or told before his verb, after «أن», or after "passed away"
    ("ذكر المراسل بأن مدنياً أصيب بقصف على أطراف القرية", INJURED),
    ("توفي الشاب رامي الأحمد متأثراً بجراحه", KILLED),
])
def test_one_victim_told_by_his_work_or_before_his_verb(text, kind):
    assert kinds(text) == [(kind, 1)]


@pytest.mark.parametrize("text, expected", [
    ("أفاد مراسل حمص 24 بوفاة رجل متأثراً بجراحه", [(KILLED, 1)]),
    # a count that follows its noun or ends in its victims is one
    ("خلّف القصف على البلدة 24 قتيلاً", [(KILLED, 24)]),
    ("سجل المشفى 24 إصابة بعد الغارة", [(INJURED, 24)]),
])
def test_a_place_then_24_is_an_outlets_name_no_count(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text, victims", [
    ("Troops and rebels fought in the town, leaving three dead on each side, residents said.", ""),
    ("قتل شخصان في القصف بحسب الأهالي", ""),
    # the tellers are no victims, but the victims told beside them are
    ("Four civilians were killed in the shelling, locals told reporters.", "civilians"),
])
def test_those_who_tell_of_a_toll_are_no_victims(text, victims):
    assert [f.victims for f in figures_in(text)] == [victims]


@pytest.mark.parametrize("text, expected", [
    ("الحمدان قُتل خلال مداهمة نفذتها دورية قرب منزله", [(KILLED, 1)]),
    ("سليم الأحمد أصيب برصاص قناص في الحي", [(INJURED, 1)]),
    # the verb's object or a word that names no one before it is no named victim
    ("الذي قتل في الغارة", []),
    ("النظام قتل المدنيين في البلدة", []),
])
def test_one_named_before_the_verb_of_his_death_is_a_victim(text, expected):
    assert kinds(text) == expected
