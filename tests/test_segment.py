import pytest

from geomap.segment import clauses, fold, segment, sentences


def test_arabic_sentences_and_clauses_keep_offsets():
    text = "قتل 5 مدنيين، وأصيب 3 آخرون في قصف على بلدة كفرنبل. هل انتهى القصف؟ نعم\nسطر جديد"
    sents = sentences(text)
    assert [s for _a, _b, s in sents] == ["قتل 5 مدنيين، وأصيب 3 آخرون في قصف على بلدة كفرنبل.",
                                         "هل انتهى القصف؟", "نعم", "سطر جديد"]
    for a, b, s in sents:
        assert text[a:b] == s
    cl = [c for _a, _b, c in clauses(text)]
    assert cl[:2] == ["قتل 5 مدنيين،", "وأصيب 3 آخرون في قصف على بلدة كفرنبل."]
    assert all(text[a:b] == c for a, b, c in clauses(text))


def test_abbreviations_and_decimals_do_not_end_sentences():
    text = "U.S. forces struck Raqqa at 2.5 km from the river. Then they left."
    assert [s for _a, _b, s in sentences(text)] == ["U.S. forces struck Raqqa at 2.5 km from the river.", "Then they left."]
    assert len(sentences("عناصر من «داعش» تسيطر على المدينة. أ.ب")) == 2


def test_folding_drops_marks_and_maps_back_to_the_original():
    text = "قُتِلَ ٥ مدنيّين في «القامشلي»"
    folded, _dropped = fold(text)
    assert folded == 'قتل 5 مدنيين في "القامشلي"'
    seg = segment(text)
    words = [seg.original(t.start, t.end) for t in seg.tokens]
    assert words[1] == "٥" and words[-1] == "القامشلي"
    assert seg.tokens[0].text == "قتل"
    # The text and the gazetteer fold alike: a «چ» is a «ج» in both.
    assert segment("قرية البچاري").tokens[1].text == "البجاري" == fold("البجاري")[0]


def test_tokens_carry_readings_without_proclitics():
    seg = segment("بالقريتين وريف حلب")
    by_text = {t.text: t.readings for t in seg.tokens}
    assert "القريتين" in by_text["بالقريتين"] and "قريتين" in by_text["بالقريتين"]
    assert "ريف" in by_text["وريف"]


def test_arabic_and_latin_letters_glued_together_are_two_tokens():
    seg = segment("غارات على منبجpic.twitter.com و newsagencyالتحالف الدولي")
    words = [t.text for t in seg.tokens]
    assert words[2:4] == ["منبج", "pic"]
    assert "newsagency" in words and "التحالف" in words
    # Latin words keep their hyphens and apostrophes.
    assert [t.text for t in segment("al-Bab and Ma'arrat").tokens] == ["al-bab", "and", "ma'arrat"]


def test_tokens_know_their_sentence_and_clause():
    seg = segment("قصف، ثم غارة - ليلا. انفجار ... ودمار!   «حريق»: دخان")
    assert [(t.text, t.sentence, t.clause) for t in seg.tokens] == [
        ("قصف", 0, 0), ("ثم", 0, 1), ("غاره", 0, 1), ("ليلا", 0, 2), ("انفجار", 1, 3), ("ودمار", 2, 4),
        ("حريق", 3, 5), ("دخان", 3, 6)]
    assert [[t.text for t in s.tokens] for s in seg.sentences] == [
        ["قصف", "ثم", "غاره", "ليلا"], ["انفجار"], ["ودمار"], ["حريق", "دخان"]]


def test_a_spaced_dash_ends_a_clause_and_its_spaces_are_its_own():
    # « - - »: the space between the dashes is the first one's, so the second ends no clause
    assert [c for _a, _b, c in clauses("قصف - - غارة – ليلا —نهارا")] == ["قصف -", "- غارة –", "ليلا —نهارا"]
    # a dash with no space on one side, or a dash that ends the sentence, ends no clause
    assert [c for _a, _b, c in clauses("حلب-ادلب -حماة")] == ["حلب-ادلب -حماة"]
    assert [c for _a, _b, c in clauses("غارة - \nقصف")] == ["غارة -", "قصف"]
    # a quote closed before a dash ends one too
    assert [c for _a, _b, c in clauses('قال "انتهى" - ثم رحل')] == ['قال "انتهى"', "-", "ثم رحل"]


def test_offsets_map_back_across_dropped_characters_at_either_end():
    text = "ءقُتِلَّ ــ مدني ء"  # a hamza first and last, marks and tatweel in between
    seg = segment(text)
    # A word's span ends at its last letter: the marks after it are not part of it.
    assert [seg.original(t.start, t.end) for t in seg.tokens] == ["قُتِل", "مدني"]
    assert seg.original(seg.tokens[0].start, seg.tokens[-1].end) == "قُتِلَّ ــ مدني"
    assert seg.orig(len(seg.folded)) == len(text)
    # A hamza that ends a word is one of its letters, though folding drops it.
    seg = segment("قصف على مدينة السويداء اليوم")
    assert seg.original(seg.tokens[3].start, seg.tokens[3].end) == "السويداء"


@pytest.mark.parametrize("text, n", [
    ("Jets struck the town on Aug. 3 and killed two.", 1),
    ("Brig. Gen. Ali Hassan said the attack failed. Others disagreed.", 2),
    ("It happened in Aug. Then it stopped.", 2),  # a month with no day after it may end a sentence
])
def test_a_dot_after_a_title_or_a_month_before_its_day_ends_no_sentence(text, n):
    assert len(segment(text).sentences) == n


@pytest.mark.parametrize("text, n", [
    ("قصفت الطائرات المدينة.وقال المرصد إن خمسة قتلوا", 2),  # a dot glued before «و» and a word
    ("جرت العملية في المنطقة.العملية استمرت ساعتين", 2),  # after a word's last letter (ة)
    ("نفذت الغارة على مواقع تنظيم الدولة (داعش).وذكرت مصادر محلية", 2),  # after a bracket
    ("قتل جندي إس.را.ئ.يلي في الهجوم", 1),  # a word broken apart by dots to dodge filters
    ("أصيب عنصر من الجيش الإسر.ائيلي", 1),
    ("نقل مراسل السورية.نت الخبر", 1),  # a site's name
])
def test_a_dot_glued_between_arabic_words_ends_a_sentence_but_not_inside_a_word(text, n):
    assert len(segment(text).sentences) == n
