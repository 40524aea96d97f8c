"""The fast paths of matching (per-word tables, early stops) give the same answers as the rules."""
from geomap import lexicon
from geomap.lexicon import MatcherGroup, PhraseMatcher
from geomap.records import Name, Place
from geomap.resolver import Resolver
from geomap.segment import segment
from geomap.store import Gazetteer
from geomap.toponyms import ToponymFinder


def spans(matcher, text):
    tokens = segment(text).tokens
    return [(" ".join(t.text for t in tokens[i:j]), payload) for i, j, payload in matcher.find(tokens)]


def test_longest_phrase_wins_whatever_the_order_of_entries():
    entries = [("قصف", "short"), ("قصف مدفعي", "long"), ("قصف مدفعي عنيف", "longest")]
    for order in (entries, entries[::-1]):
        m = PhraseMatcher(order)
        assert spans(m, "وقع قصف مدفعي عنيف على البلدة") == [("قصف مدفعي عنيف", "longest")]
        assert spans(m, "وقع قصف مدفعي على البلدة ثم قصف") == [("قصف مدفعي", "long"), ("قصف", "short")]


def test_longest_phrase_wins_across_exact_and_stem_entries():
    m = PhraseMatcher([("قصف", "word"), ("قصف* مدفعي", "stem")])
    assert spans(m, "قصف مدفعي") == [("قصف مدفعي", "stem")]
    assert spans(m, "وقصف جوي") == [("وقصف", "word")]


def test_among_equal_lengths_the_first_entry_wins():
    m = PhraseMatcher([("غارة جوية", "first"), ("غارة جوية", "second")])
    assert spans(m, "غارة جوية") == [("غاره جويه", "first")]


def test_proclitics_on_the_first_word_stars_and_articles_on_later_words():
    m = PhraseMatcher([("طائر* مسير*", "drone"), ("تنظيم الدولة", "isis")])
    assert spans(m, "بطائرات مسيرة") == [("بطايرات مسيره", "drone")]  # folded: ئ is ي
    assert spans(m, "عناصر تنظيم دولة") == [("تنظيم دوله", "isis")]
    assert spans(m, "طائرات حربية") == []


def test_matches_do_not_cross_sentences():
    m = PhraseMatcher([("قصف مدفعي", "long"), ("قصف", "short")])
    assert spans(m, "قصف. مدفعي") == [("قصف", "short")]


def test_the_word_table_bound_changes_nothing(monkeypatch):
    text = "قصف مدفعي على البلدة. ثم قصف جديد وقصف مدفعي آخر قرب المدرسة"
    entries = [("قصف مدفعي", "long"), ("قصف", "short")]
    expected = spans(PhraseMatcher(entries), text)
    monkeypatch.setattr(lexicon, "_MAX_WORDS", 3)  # cleared again and again while reading
    bounded = PhraseMatcher(entries)
    assert spans(bounded, text) == expected == [("قصف مدفعي", "long"), ("قصف", "short"), ("وقصف مدفعي", "long")]
    assert len(bounded._by_word) <= len(set(t.text for t in segment(text).tokens))


def test_a_matcher_group_finds_what_each_matcher_finds_alone():
    # Overlapping lists: each keeps its own longest matches, as if read alone.
    group_of = [PhraseMatcher([("قصف مدفعي", "long"), ("قصف", "short")]),
                PhraseMatcher([("مدفعي عنيف", "heavy")]),
                PhraseMatcher([("طائرات", "planes")])]
    seg = segment("قصف مدفعي عنيف على البلدة. ثم قصف مدفعي عنيف آخر")
    found = MatcherGroup(group_of).find(seg.tokens, seg.words)
    assert found == [m.find(seg.tokens, seg.words) for m in group_of]
    assert [len(f) for f in found] == [2, 2, 0]


def _place(pid, en, ar):
    return Place(pid, en, ar, 36.0, 37.0, "village", admin1="Aleppo", admin1_id="SY02",
                 names=[Name(en, "en", "test"), Name(ar, "ar", "test")])


def test_long_names_are_found_though_their_first_words_are_no_name():
    # Neither «عين» nor «عين البيضا» is a place here: the lookup must go on to the third word,
    # and must stop at «عين» followed by a word that no name continues with.
    gaz = Gazetteer([_place("P1", "Ain al-Bayda Tahtani", "عين البيضا التحتاني"), _place("P2", "Kafr Hamra", "كفر حمرة")])
    finder = ToponymFinder(Resolver(gaz))
    seg = segment("قصف على قرية عين البيضا التحتاني وعلى عين الماء وكفر حمرة")
    found = finder.find(seg, set())
    names = [(seg.original(seg.tokens[f.name_first].start, seg.tokens[f.name_last - 1].end), [p.id for p in f.candidates])
             for f in found]
    assert names == [("عين البيضا التحتاني", ["P1"]), ("وكفر حمرة", ["P2"])]


def test_namesakes_near_the_reports_other_places_score_by_distance_bands():
    # The shortcut that skips points far apart in latitude must not change the bands.
    from geomap.toponyms import _proximity
    bonus = _proximity([(36.0, 37.0), (34.0, 37.0)])
    assert bonus(36.1, 37.0, (0.0, 0.0)) == 3.0  # about 11 km from the first
    assert bonus(36.0, 37.5, (0.0, 0.0)) == 1.5  # about 45 km east of it, the same latitude
    assert bonus(35.0, 37.0, (0.0, 0.0)) == 0.0  # about 111 km from both
    assert bonus(36.1, 37.0, (36.0, 37.0)) == 0.0  # a place's own point does not count


def test_key_prefix_test_agrees_with_a_scan_of_all_keys():
    # Keys shorter than the bucket, keys that are prefixes of others, prefixes of no key.
    from geomap.toponyms import _KeyPrefixes
    keys = ["ab", "abc", "abcd", "abd", "abz", "tal", "talabyad", "talaa", "tall", "x", "zzz"]
    index = _KeyPrefixes(keys)
    for prefix in ["a", "ab", "abc", "abcd", "abcde", "abd", "abe", "ta", "tal", "tala", "talab", "tall", "talz",
                   "x", "xy", "zz", "zzz", "zzzz", "b", "q"]:
        assert index(prefix) == any(k.startswith(prefix) for k in keys), prefix


def test_phrases_of_one_first_word_are_told_apart_by_their_second():
    # A word's phrases are tried by the text of the word after it; those that take any second
    # word (one word, a stem) stay in the running for every text.
    m = PhraseMatcher([("قصف مدفعي", "artillery"), ("قصف الطيران", "planes"), ("قصف صاروخ*", "rockets"),
                       ("قصف", "any")])
    assert spans(m, "قصف مدفعي") == [("قصف مدفعي", "artillery")]
    assert spans(m, "قصف طيران") == [("قصف طيران", "planes")]  # a later word may drop its article
    assert spans(m, "قصف صاروخي") == [("قصف صاروخي", "rockets")]
    assert spans(m, "قصف جوي ثم قصف") == [("قصف", "any"), ("قصف", "any")]
    assert m.contains(segment("قصف").tokens[0]) and not m.contains(segment("مدفعي").tokens[0])
