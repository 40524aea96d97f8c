"""Place mentions in text, on a small hand-written gazetteer (tests/tiny_places.py)."""
import pytest

from geomap.actors import find_actors
from geomap.records import REGION
from geomap.resolver import Resolver
from geomap.segment import segment
from geomap.toponyms import ToponymFinder
from tiny_places import extra_place, tiny_gazetteer, tiny_gazetteer_with


@pytest.fixture(scope="module")
def finder():
    return ToponymFinder(Resolver(tiny_gazetteer()))


def mentions(finder, text):
    seg = segment(text)
    blocked = {k for a in find_actors(seg.tokens) for k in range(a.first, a.last)}
    found = finder.find(seg, blocked)
    resolved, unresolved = finder.resolve(seg, found)
    return {m.text: m for m in resolved}, [m.text for m in unresolved]


def test_clitics_and_head_words(finder):
    found, _ = mentions(finder, "انفجار بمدينة القامشلي وقصف على كفر نبل والقريتين")
    # The mention names the place: the preposition or «و» fused to its first word is left out.
    assert found["مدينة القامشلي"].match.place.name == "Qamishli"
    assert found["كفر نبل"].match.place.name == "Kafr Nabl"
    assert found["القريتين"].match.place.name == "Al-Qaryatayn"


def test_a_place_named_again_gets_the_same_answer_of_its_own(finder):
    # The second «كفرنبل» is answered as the first was, with a Match of its own (callers annotate
    # matches); «ريف حلب» is no «حلب».
    seg = segment("قصف على كفرنبل ثم على ريف حلب، وعاد القصف على كفرنبل وعلى حلب")
    first, region, again, city = finder.resolve(seg, finder.find(seg, set()))[0]
    assert first.match.place.name == "Kafr Nabl" and again.start > first.start
    assert again.match.to_dict() == first.match.to_dict() and again.match is not first.match
    assert (region.text, city.text) == ("ريف حلب", "حلب")
    assert (region.match.place.kind, city.match.place.kind) == ("governorate", "city")


def test_mention_offsets_point_at_the_text(finder):
    text = "قصف على بلدة كفرنبل اليوم"
    found, _ = mentions(finder, text)
    (m,) = found.values()
    assert text[m.start:m.end] == m.text == "بلدة كفرنبل"
    text = "قصف على حلب وبالقريتين وبلدة كفرنبل"  # the «و» of a list and a preposition are left out
    found, _ = mentions(finder, text)
    assert [text[m.start:m.end] for m in found.values()] == [m.text for m in found.values()] == [
        "حلب", "القريتين", "بلدة كفرنبل"]



def test_a_name_that_begins_with_waw_keeps_it_in_its_mention():
    finder = ToponymFinder(Resolver(tiny_gazetteer_with(
        extra_place("X10", "Wadi Barada", "وادي بردى", 33.65, 36.15, "region", "SY02"))))
    text = "قصف على حلب ووادي بردى وعلى وادي بردى"
    found, _ = mentions(finder, text)
    assert [m.text for m in found.values()] == ["حلب", "وادي بردى"]
    assert all(m.match.place.id == "X10" for m in found.values() if m.text != "حلب")


@pytest.mark.parametrize("text, unknown", [("قصفت قوات النظام قرية تل زعفرانة بالمدفعية", "قرية تل زعفرانة"),
                                           ("قصفت قوات النظام قرية خربة زعفرانة", "قرية خربة زعفرانة")])
def test_a_names_first_word_after_a_head_goes_on_with_the_next(text, unknown):
    # «تل», «خربة» begin names: the village is «تل زعفرانة», unknown here, not the town «التل»
    finder = ToponymFinder(Resolver(tiny_gazetteer_with(
        extra_place("X20", "At Tall", "التل", 33.61, 36.31, "town", "SY02"),
        extra_place("X21", "Khirbeh", "خربة", 36.95, 41.82, "village", "SY08"))))
    found, unresolved = mentions(finder, text)
    assert found == {} and unresolved == [unknown]


def test_the_town_whose_name_is_such_a_word_with_the_article_is_still_found():
    finder = ToponymFinder(Resolver(tiny_gazetteer_with(extra_place("X20", "At Tall", "التل", 33.61, 36.31, "town", "SY02"))))
    found, _ = mentions(finder, "قصفت الطائرات مدينة التل بالصواريخ")
    assert [m.match.place.id for m in found.values()] == ["X20"]


def test_a_digests_heading_places_the_villages_told_under_it():
    # two villages of one name, in Aleppo and in Hasakah; a round-up tells each governorate's
    # news under its name and «::»
    finder = ToponymFinder(Resolver(tiny_gazetteer_with(
        extra_place("X30", "Khirbet Mahmoud", "خربة محمود", 36.30, 37.40, "village", "SY02"),
        extra_place("X31", "Khirbet Mahmoud", "خربة محمود", 36.70, 40.90, "village", "SY08"))))
    text = ("حلب::قصف مدفعي على قرية خربة محمود.\n"
            "الحسكة::اعتقلت قسد شابين في قرية خربة محمود.")
    seg = segment(text)
    found = finder.find(seg, set())
    finder.resolve(seg, found)
    assert [f.match.place.id for f in found if f.match.place.kind == "village"] == ["X30", "X31"]


def test_one_heading_is_a_label_not_a_digest():
    finder = ToponymFinder(Resolver(tiny_gazetteer_with(
        extra_place("X30", "Khirbet Mahmoud", "خربة محمود", 36.30, 37.40, "village", "SY02", population=900),
        extra_place("X31", "Khirbet Mahmoud", "خربة محمود", 36.70, 40.90, "village", "SY08", population=100))))
    seg = segment("الحسكة::\nقصف مدفعي على قرية خربة محمود في ريف حلب.")
    found = finder.find(seg, set())
    finder.resolve(seg, found)
    assert "X31" not in [f.match.place.id for f in found if f.match is not None]


def test_directions_before_a_word_no_place_alone_are_part_of_a_regions_name():
    # «سوريا» alone is a common word (a report's every page says it); «شمال غرب سوريا» is a region
    finder = ToponymFinder(Resolver(tiny_gazetteer_with(
        extra_place("X40", "Syria", "سوريا", 35.0, 38.5, "country"),
        extra_place("X41", "North-west Syria", "شمال غرب سوريا", 35.9, 36.7, "region", precision=3))))
    found, _ = mentions(finder, "غارة جوية في شمال غرب سوريا")
    assert [(t, m.match.place.id) for t, m in found.items()] == [("شمال غرب سوريا", "X41")]


def test_an_english_article_written_apart_begins_the_mention(finder):
    text = "Drones struck Manbij and Al Qaryatayn, and el Youm was shelled"
    found, _ = mentions(finder, text)
    assert list(found) == ["Manbij", "Al Qaryatayn", "el Youm"]
    assert found["Al Qaryatayn"].match.place.id == "C2002"
    assert text[found["el Youm"].start:found["el Youm"].end] == "el Youm"



@pytest.mark.parametrize("lat, lon, kept", [(35.60, 36.46, True), (36.50, 38.00, False)])
def test_an_unknown_english_spelling_listed_after_a_place_is_kept_only_near_it(lat, lon, kept):
    finder = ToponymFinder(Resolver(tiny_gazetteer_with(
        extra_place("X20", "Kansafra", "كنصفرة", 35.68, 36.52, "village", "SY07"),
        extra_place("X21", "Sfuhen", "سفوهن", lat, lon, "village", "SY07"))))
    found, unresolved = mentions(finder, "Guns shelled Kansafra and Sufuhen, Reuters said.")
    assert [f.extra.get("list_with") for f in finder.find(segment("Jets hit Kansafra and nearby Kafr Sufuhen"), set())] \
        == [None, 0]  # two capitalised words, "and nearby": one more place of the list
    assert "Kansafra" in found and "Reuters" not in found and "Reuters" not in unresolved
    if kept:
        assert found["Sufuhen"].match.place.id == "X21"
    else:  # a like spelling far from the list is some other place: left unresolved
        assert "Sufuhen" not in found and unresolved == ["Sufuhen"]



def test_an_arabic_name_listed_under_a_plural_head_word_is_a_place_though_spelled_otherwise():
    finder = ToponymFinder(Resolver(tiny_gazetteer_with(
        extra_place("X20", "Kansafra", "كنصفرة", 35.68, 36.52, "village", "SY07"),
        extra_place("X21", "Sfuhen", "سفوهن", 35.60, 36.46, "village", "SY07"))))
    found, _ = mentions(finder, "قصفت قوات النظام قرى كنصفرة وسفوهين وكفرنبل")
    assert [(t, m.match.place.id) for t, m in found.items()] == [
        ("قرى كنصفرة", "X20"), ("سفوهين", "X21"), ("كفرنبل", "C3001")]  # and the known name after it
    found, _ = mentions(finder, "قصف على كنصفرة وسفوهين")  # no plural head word: no sign it is a place
    assert list(found) == ["كنصفرة"]


def test_two_places_joined_by_a_hyphen_are_a_road_near_the_first(finder):
    for text in ("A drone hit a car on the Manbij-Aleppo road.", "An IED went off on the Manbij-Raqqa highway."):
        found, _ = mentions(finder, text)
        (m,) = found.values()
        assert (m.text.split("-")[0], m.match.place.name, m.match.precision) == ("Manbij", "Manbij", 2), text
    found, _ = mentions(finder, "Manbij-based fighters and Turkish-backed factions met Aleppo-born officials.")
    assert not found


def test_direction_phrases_extend_the_span(finder):
    found, _ = mentions(finder, "غارات على ريف حمص الجنوبي الشرقي وعلى شرق حلب")
    assert "ريف حمص الجنوبي الشرقي" in found
    assert found["ريف حمص الجنوبي الشرقي"].match.modifier.startswith("countryside")
    assert "شرق حلب" in found


def test_locating_phrase_is_a_hint_not_a_place(finder):
    # «X شمالي Y»: Y says where X is; the namesake in the right governorate wins
    found, _ = mentions(finder, "قصف قرية تل أحمر شمالي الحسكة")
    (m,) = [m for t, m in found.items() if "تل أحمر" in t]
    assert m.match.place.admin1 == "Al-Hasakeh"
    found, _ = mentions(finder, "قصف قرية تل أحمر قرب منبج")
    (m,) = [m for t, m in found.items() if "تل أحمر" in t]
    assert m.match.place.admin1 == "Aleppo"


def test_people_actors_and_common_words_are_not_places(finder):
    found, _ = mentions(finder, "قال الرئيس بشار الأسد اليوم إن تنظيم الدولة والجيش الحر في حلب")
    assert list(found) == ["حلب"]  # «اليوم» is a village in the test gazetteer, but a common word


def test_unknown_village_after_head_word_is_reported(finder):
    found, unresolved = mentions(finder, "قصفت الطائرات قرية زعفرانستان غربي حلب")
    assert any("زعفرانستان" in u for u in unresolved) or any(
        "زعفرانستان" in t and m.match.precision and m.match.precision >= 2 for t, m in found.items())


def test_english_names_must_be_capitalised(finder):
    found, _ = mentions(finder, "Russian jets struck Ariha; the raqqa of the text")
    assert "Ariha" in found and not any("raqqa" in t for t in found)
    # a longer name needs one capital: "central Syria" is the region, not the country
    region = extra_place("R1", "Central Syria", "وسط سوريا", 34.86, 37.17, "region", precision=REGION)
    found, _ = mentions(ToponymFinder(Resolver(tiny_gazetteer_with(region))), "Jets struck targets in central Syria")
    assert found["central Syria"].match.place.id == "R1"


@pytest.fixture(scope="module")
def finder_with_homonyms():
    """The tiny gazetteer plus villages named like a number, a surname, «his house», a month,
    a verbal noun and «ministry» without its «و»."""
    extra = [extra_place(pid, en, ar, lat, lon, "village", "SY02")
             for pid, en, ar, lat, lon in (("X1", "Sabaa", "سبعة", 36.1, 37.1), ("X2", "Sanjar", "السنجار", 36.2, 37.2),
                                           ("X3", "Manzaleh", "منزلة", 36.3, 37.3), ("X4", "Tishrine", "تشرين", 36.4, 37.4),
                                           ("X5", "Eskat", "إسقاط", 36.5, 37.5), ("X6", "Zara", "زارة", 36.6, 37.6),
                                           ("X7", "Sheikh Maqsoud", "الشيخ مقصود", 36.7, 37.7))]
    extra.append(extra_place("X8", "Daher", "الضاهر", 36.8, 37.8, "town", "SY02"))
    return ToponymFinder(Resolver(tiny_gazetteer_with(*extra)))


def test_numbers_surnames_and_houses_are_not_villages(finder_with_homonyms):
    found, _ = mentions(finder_with_homonyms, "سقوط سبعة صواريخ على مدينة منبج")
    assert list(found) == ["مدينة منبج"]
    found, _ = mentions(finder_with_homonyms, "داهمت الدورية منزل المدعو صابر السنجار في مدينة منبج")
    assert list(found) == ["مدينة منبج"]
    found, _ = mentions(finder_with_homonyms, "استهدفت غارة منزله في مدينة منبج")
    assert list(found) == ["مدينة منبج"]
    # The same words with a head word are places again.
    found, _ = mentions(finder_with_homonyms, "قصف على قرية السنجار")
    assert found["قرية السنجار"].match.place.name == "Sanjar"



def test_months_and_common_nouns_are_not_villages(finder_with_homonyms):
    for text in ("قصفت الطائرات مدينة منبج في تشرين الماضي",
                 "أعلنت الفصائل عن إسقاط طائرة مسيرة فوق مدينة منبج",
                 "قالت وزارة الدفاع إن الطائرات قصفت مدينة منبج"):
        found, _ = mentions(finder_with_homonyms, text)
        assert list(found) == ["مدينة منبج"], text
    found, _ = mentions(finder_with_homonyms, "قصف على قرية تشرين")
    assert found["قرية تشرين"].match.place.name == "Tishrine"


def test_links_and_head_words_after_a_title_are_no_descriptors(finder_with_homonyms):
    # «طفل» is a name title, and «في», «قرية» end like nisba adjectives («الأميركي»): they must
    # not be skipped as the child's descriptors, or the village would be taken for his name.
    found, _ = mentions(finder_with_homonyms, "أصيب طفل في قرية حزوان برصاص قناص")
    assert found["قرية حزوان"].match.place.name == "Hazwan"
    # A title right after a head word is the first word of a place name, not a person's title.
    found, _ = mentions(finder_with_homonyms, "قصفت المدفعية قرية الشيخ مقصود صباحا")
    assert found["قرية الشيخ مقصود"].match.place.name == "Sheikh Maqsoud"
    # The title still names a person elsewhere.
    found, _ = mentions(finder_with_homonyms, "التقى الوفد الشيخ مقصود في مدينة منبج")
    assert list(found) == ["مدينة منبج"]


def test_the_words_after_house_of_name_a_person(finder_with_homonyms):
    # «منزل X Y»: the house's owner, whose family name can be a town's.
    found, _ = mentions(finder_with_homonyms, "قصفت طائرة مسيرة منزل \"سعيد الضاهر\" في مدينة منبج")
    assert list(found) == ["مدينة منبج"]
    found, _ = mentions(finder_with_homonyms, "دمرت الغارة منزلا في بلدة الضاهر")
    assert found["بلدة الضاهر"].match.place.name == "Daher"


@pytest.fixture(scope="module")
def finder_with_foreign_word():
    """The tiny gazetteer plus a Libyan village whose name is the first word of an unknown Syrian one."""
    abroad = extra_place("geonames:1", "Al Sahil", "الساحل", 32.0, 13.0, "village", country="LY")
    return ToponymFinder(Resolver(tiny_gazetteer_with(abroad)))


def test_head_word_keeps_a_longer_unknown_name_over_a_foreign_first_word(finder_with_foreign_word):
    # «قرية الساحل بكارين»: the head word announces a Syrian village; its first word alone is only
    # a Libyan name, so the whole name is kept (and «بكارين» is not read as «ب» + a place).
    found, unresolved = mentions(finder_with_foreign_word, "قصفت المدفعية قرية الساحل بكارين في ريف حلب")
    texts = list(found) + unresolved
    assert "قرية الساحل بكارين" in texts
    assert all(m.match.place.country == "SY" for m in found.values())
    # A Syrian name is still taken as it is, whatever follows it.
    found, _ = mentions(finder_with_foreign_word, "قصفت المدفعية قرية حزوان بكارين")
    assert found["قرية حزوان"].match.place.name == "Hazwan"


def test_an_unknown_spelling_after_a_head_word_is_kept_whole_past_a_foreign_name():
    # "Nabel" is only a Tunisian town: after "the town of", "Kfar Nabel" is one name (a spelling
    # the gazetteer lacks), resolved fuzzily, not the unknown "Kfar" followed by Tunisia.
    finder = ToponymFinder(Resolver(tiny_gazetteer_with(
        extra_place("geonames:2", "Nabel", "", 36.45, 10.73, "town", country="TN"))))
    found, unresolved = mentions(finder, "Artillery shelled the town of Kfar Nabel on Monday.")
    assert found["town of Kfar Nabel"].match.place.name == "Kafr Nabl"


def test_a_city_before_a_comma_and_a_direction_is_located_by_it_not_locating_it(finder):
    # The comma-and-direction phrase locates the town before it, however big that town is; and
    # "the town of al X" keeps its head word past the article.
    seg = segment("The strike hit the town of al Manbij, west of Aleppo city.")
    f = finder.find(seg, set())
    assert (seg.original(seg.tokens[f[0].first].start, seg.tokens[f[0].last - 1].end), f[0].hint, f[1].hint_of) == (
        "town of al Manbij", 1, 0)


def test_a_governorate_after_a_comma_locates_the_smaller_place_before_it(finder):
    for text in ("Jets struck Hazwan, Aleppo governorate.", "قصف على قرية حزوان، حلب"):
        f = finder.find(segment(text), set())
        assert (f[0].hint, f[1].hint_of) == (1, 0), text
    # A name that is only a governorate's locates even a city before it ("Manbij, Aleppo governorate").
    named = ToponymFinder(Resolver(tiny_gazetteer_with(
        extra_place("SY02-name", "Aleppo governorate", "", 36.2, 37.6, "governorate", "SY02"))))
    f = named.find(segment("Jets struck Manbij, Aleppo governorate."), set())
    assert (f[0].hint, f[1].hint_of) == (1, 0)
    # Two governorates, or a countryside joined by «و», are a list.
    f = finder.find(segment("قصف في الرقة، حلب"), set())
    assert f[1].extra.get("list_with") == 0 and f[1].hint_of is None


def test_a_direction_after_a_comma_locates_the_place_before_it(finder):
    for text in ("Jets struck Hazwan, west of Manbij.", "قصف الطيران قرية حزوان، غربي منبج"):
        found, _ = mentions(finder, text)
        assert [m.match.place.name for m in found.values()][0] == "Hazwan"
        seg = segment(text)
        f = finder.find(seg, set())
        assert (f[0].hint, f[1].hint_of) == (1, 0), text  # a locating phrase, not a list of two places


def test_a_village_listed_after_a_place_needs_no_preposition(finder):
    for text in ("قصفت المدفعية منبج وحزوان", "Artillery shelled Manbij and Hazwan", "Artillery shelled Manbij, Hazwan"):
        found, _ = mentions(finder, text)
        assert [m.match.place.name for m in found.values()] == ["Manbij", "Hazwan"], text
    # A headline that ends with a place is no list with the next line's first word.
    found, _ = mentions(finder, "Artillery shelled Manbij\nHazwan residents fled")
    assert [m.match.place.name for m in found.values()] == ["Manbij"]


def test_english_names_spelled_like_common_words_under_vowel_blind_keys():
    # "Hass" and "Waer" fold to the keys of "has" and "war"; as written they are no common words.
    finder = ToponymFinder(Resolver(tiny_gazetteer_with(
        extra_place("X9", "Hass", "", 35.62, 36.60, "village", "SY07"),
        extra_place("geonames:3", "Waer", "", 32.5, -1.96, "town", country="MA"))))
    found, _ = mentions(finder, "Jets struck Kafr Nabl and Hass.")
    assert [m.match.place.name for m in found.values()] == ["Kafr Nabl", "Hass"]
    found, unresolved = mentions(finder, "A car bomb went off in the Waer district of Homs.")
    waer = [m for t, m in found.items() if "Waer" in t]
    assert waer and waer[0].match.place.country == "SY"  # not the Moroccan town: at Homs, as its hint
    found, unresolved = mentions(finder, "A car bomb went off in the Waer district.")
    assert unresolved == ["Waer district"] and not found


def test_a_city_is_the_city_in_a_report_about_another_governorate():
    finder = ToponymFinder(Resolver(tiny_gazetteer_with(extra_place("X8", "Homs", "حمص", 35.9, 39.1, "village", "SY11"))))
    text = "Jets struck Raqqa and the Raqqa countryside again. Rockets also landed in Homs."
    found, _ = mentions(finder, text)
    assert found["Homs"].match.place.kind == "city"
    found, _ = mentions(finder, text.replace("in Homs", "in the village of Homs"))
    assert found["village of Homs"].match.place.id == "X8"


def test_between_two_places_is_one_place_near_the_first(finder, finder_with_homonyms):
    for text in ("An air strike hit a car on the road between Manbij and Hazwan.",
                 "غارة على سيارة على الطريق بين مدينة منبج وقرية حزوان"):
        seg = segment(text)
        found = finder.find(seg, set())
        resolved, _ = finder.resolve(seg, found)
        assert [f.hint_of for f in found] == [None, 0], text  # the second only says which way
        assert (resolved[0].match.place.name, resolved[0].match.precision) == ("Manbij", 2), text
    # Two sides, not two places: no place at all; nor «بين شهيد وجريح» ("between dead and hurt").
    found, _ = mentions(finder, "Clashes between regime forces and rebels in Manbij")
    assert list(found) == ["Manbij"]
    found, _ = mentions(finder_with_homonyms, "خمسة مصابين بين سبعة وجريح في منبج")
    assert list(found) == ["منبج"]
    # «بين» is no speech verb here: the name after it is no person's
    found, _ = mentions(finder, "سقطت قذيفة على الطريق الواصل بين منبج وحزوان")
    assert list(found)[0] == "بين منبج"


def test_lists_with_a_loose_and_and_short_first_words():
    finder = ToponymFinder(Resolver(tiny_gazetteer_with(
        extra_place("X6", "Tal Hazwan", "تل حزوان", 36.43, 37.71, "village", "SY02"))))
    found, _ = mentions(finder, "قصف على منبج وتل حزوان")  # «و» glued to a name of two-letter first word
    assert [m.match.place.name for m in found.values()] == ["Manbij", "Tal Hazwan"]
    found, _ = mentions(finder, "قصف على #منبج و #حزوان")  # «و» on its own
    assert [m.match.place.name for m in found.values()] == ["Manbij", "Hazwan"]
    found, _ = mentions(finder, 'قصف على منبج و"حزوان نيوز" تنشر الصور')  # a name in quotes is no list
    assert [m.match.place.name for m in found.values()] == ["Manbij"]


def test_a_quarter_named_like_a_town_is_an_unknown_quarter_of_the_city_that_locates_it(finder):
    found, _ = mentions(finder, "سقطت قذيفة على حي منبج كرمة وسط حلب")
    assert (found["حي منبج كرمة"].match.place.name, found["حي منبج كرمة"].match.precision) == ("Aleppo", 2)


def test_places_with_head_words_joined_by_and_are_a_list_and_a_front_is_near_its_place(finder):
    found = finder.find(segment("غارات على مدينة منبج وقرية حزوان"), set())
    assert found[1].extra.get("list_with") == 0
    found, _ = mentions(finder, "اشتباكات على محور حزوان")
    assert (found["محور حزوان"].match.place.name, found["محور حزوان"].match.precision) == ("Hazwan", 2)


def test_countryside_and_edges_with_the_article_are_head_words(finder):
    found, _ = mentions(finder, "قصف على الأطراف الشمالية لمدينة منبج")
    m = found["الأطراف الشمالية لمدينة منبج"].match
    assert (m.place.name, m.precision) == ("Manbij", 2)
    found, _ = mentions(finder, "قصف على الريف الشرقي لمحافظة حلب")
    assert found["الريف الشرقي لمحافظة حلب"].match.precision == 3


def test_a_crossing_named_after_a_place_is_near_it(finder):
    found, _ = mentions(finder, "جرحى بقصف على معبر حزوان")
    assert (found["معبر حزوان"].match.place.name, found["معبر حزوان"].match.precision) == ("Hazwan", 2)


def test_a_camp_the_gazetteer_lacks_is_at_the_place_it_is_named_after(finder):
    found, _ = mentions(finder, "قصف على مخيم حزوان للنازحين")
    assert found["مخيم حزوان"].match.place.name == "Hazwan"


def test_a_road_named_after_places_is_near_the_first_and_no_event_at_the_others(finder):
    seg = segment("استهدفت مسيرة سيارة على طريق حلب منبج الدولي")
    found = finder.find(seg, set())
    resolved, _ = finder.resolve(seg, found)
    assert [f.hint_of for f in found] == [None, 0]  # Manbij is the road's other end
    road = resolved[0].match
    assert (road.place.name, road.precision, road.modifier) == ("Aleppo", 2, "road")
    # a village the road passes, named after it, says where on the road
    seg = segment("استهدفت مسيرة سيارة على طريق حلب منبج الدولي قرب قرية حزوان")
    found = finder.find(seg, set())
    resolved, _ = finder.resolve(seg, found)
    assert [f.hint_of for f in found] == [2, 0, None]  # the road and its other end only locate Hazwan
    village = resolved[2].match
    assert (village.place.name, village.precision) == ("Hazwan", 2)


def test_quarters_named_by_a_direction_are_part_of_the_city_but_residential_quarters_name_nothing(finder):
    for text in ("الأحياء الشرقية من منبج", "الحي الشرقي من مدينة منبج"):
        found, _ = mentions(finder, f"قصف مدفعي على {text}")
        m = found[text].match
        assert (m.place.name, m.precision, m.modifier) == ("Manbij", 2, "eastern neighbourhoods"), text
    found, _ = mentions(finder, "قصف استهدف الأحياء السكنية في مدينة منبج")
    assert [(t, m.match.place.name) for t, m in found.items()] == [("مدينة منبج", "Manbij")]


def test_an_english_name_that_goes_on_with_an_article_is_not_the_city_of_its_first_word():
    # "Bab al-Salama" (a crossing the gazetteer lacks) is not the city of al-Bab.
    finder = ToponymFinder(Resolver(tiny_gazetteer_with(
        extra_place("X5", "Al Bab", "الباب", 36.37, 37.52, "city", "SY02", population=100_000))))
    found, _ = mentions(finder, "A car bomb went off in Manbij, near the Bab al-Salama crossing.")
    assert list(found) == ["Manbij"]
    found, _ = mentions(finder, "Jets struck al-Bab and Manbij.")
    assert list(found) == ["al-Bab", "Manbij"]


def test_english_possessive_places(finder):
    found, _ = mentions(finder, "Shelling hit Aleppo's Hazwan and Idlib’s southern countryside.")
    assert found["Hazwan"].match.place.name == "Hazwan"
    region = found["Idlib’s southern countryside"].match
    assert region.place.name == "Idleb" and region.modifier == "countryside south"
    # Suburbs and outskirts are around the city, not its whole countryside.
    for text, mention in (("Jets struck Manbij's eastern suburbs.", "Manbij's eastern suburbs"),
                          ("Jets struck Manbij's outskirts.", "Manbij's outskirts"),
                          ("Rockets hit the outskirts of Manbij.", "outskirts of Manbij"),
                          ("Guns shelled villages around Manbij.", "villages around Manbij"),
                          ("A car bomb went off outside Manbij.", "outside Manbij"),
                          ("Clashes went on along the Manbij front.", "Manbij front"),
                          ("اشتباكات على جبهة منبج", "جبهة منبج"),
                          ("Clashes broke out in the Manbij area.", "Manbij area"),
                          ("قصف مدفعي على منطقة منبج", "منطقة منبج"),
                          ("قصف على الأراضي المحيطة بمدينة منبج", "المحيطة بمدينة منبج"),
                          ("قصف على القرى القريبة من منبج", "القريبة من منبج")):
        found, _ = mentions(finder, text)
        assert (found[mention].match.place.name, found[mention].match.precision) == ("Manbij", 2), text


def test_a_countryside_head_word_is_every_listed_name_s(finder):
    for text in ("قصفت المدفعية ريفي حلب وإدلب", "Artillery shelled the countryside of Aleppo and Idlib"):
        found, _ = mentions(finder, text)
        assert len(found) == 2 and all("countryside" in m.match.modifier and m.match.precision >= 2
                                       for m in found.values()), text


def test_a_lone_far_village_of_another_governorate_is_doubted(finder):
    # Homs and Tadmor agree on Homs governorate; Hazwan, in Aleppo's, is over 150 km from both.
    found, _ = mentions(finder, "قصف على مدينة حمص ومدينة تدمر، ومقتل رجل في قرية حزوان")
    assert found["قرية حزوان"].match.score <= 0.5 and "far from" in found["قرية حزوان"].match.note
    assert found["مدينة تدمر"].match.score == 1.0
    # With a hint that says where it is, it is placed there (by the resolver or by the doubt).
    found, _ = mentions(finder, "قصف على مدينة حمص ومدينة تدمر، ومقتل رجل في قرية حزوان قرب تدمر")
    (m,) = [m for t, m in found.items() if "حزوان" in t]
    assert m.match.place.name == "Tadmor"
    # The report's other places do not agree on a region: nothing to doubt.
    found, _ = mentions(finder, "قصف على مدينة حمص ومدينة منبج، ومقتل رجل في قرية حزوان")
    assert found["قرية حزوان"].match.score == 1.0 and not found["قرية حزوان"].match.note


def test_an_english_city_name_alone_is_a_place(finder):
    found, _ = mentions(finder, "Warplanes struck Aleppo on Monday.")
    assert found["Aleppo"].match.place.kind == "city"


@pytest.mark.parametrize("name", ["Aleppo", "Damascus", "Homs", "Hama", "Idlib", "Raqqa", "Deir ez-Zor",
                                  "Hasakah", "Daraa", "Latakia", "Tartus", "Quneitra", "حلب", "دمشق", "حمص"])
def test_no_governorate_name_is_a_common_word(name):
    # Multi-word lexicon phrases lend each of their words to the stop list: none may be a capital.
    from geomap.normalize import word_key
    from geomap.toponyms import _stopwords

    assert not set(map(word_key, name.split())) & _stopwords()


@pytest.mark.parametrize("written", ["Al-Qaryatayn", "al-Qaryatayn", "Deir ez-Zor", "Deir-ez-Zor"])
def test_hyphenated_english_names_are_found(finder, written):
    # One token («al-qaryatayn», «ez-zor») holds the article and the word: keyed as names are.
    found, _ = mentions(finder, f"Jets bombed {written} on Sunday.")
    assert [m.match.place.name for m in found.values()] in (["Al-Qaryatayn"], ["Deir-ez-Zor"])


def test_english_head_word_after_a_known_name(finder):
    found, _ = mentions(finder, "Jets bombed Kafr Nabl town in Idlib on Sunday.")
    assert found["Kafr Nabl town"].match.place.name == "Kafr Nabl"
    assert "town in Idlib" not in found  # the head belongs to the name before it


def test_english_head_word_after_an_unknown_name_locates_it_by_what_follows(finder):
    found, unresolved = mentions(finder, "Shells fell on the Zahra neighbourhood of Homs.")
    m = found["Zahra neighbourhood"]
    assert m.match.place.name == "Homs" and m.match.precision >= 2  # the part of Homs it names is unknown
    assert "neighbourhood of Homs" not in found and not unresolved


def test_a_capitalised_word_with_a_lower_case_suffix_is_no_name(finder):
    found, unresolved = mentions(finder, "Clashes broke out in the ISIS-held area on Monday.")
    assert not found and not unresolved


def test_english_direction_of_a_place_and_near_the_village_of(finder):
    found, _ = mentions(finder, "Shells fell south of Manbij and near the village of Hazwan.")
    assert found["south of Manbij"].match.precision == 2
    assert found["near the village of Hazwan"].match.place.name == "Hazwan"
    assert not any(t.startswith("the") for t in found)  # "the" names nothing


def test_a_village_name_that_goes_on_in_capitals_is_another_place(finder):
    found, _ = mentions(finder, "Jets bombed positions in Hazwan Qibli and in Manbij Military Council bases.")
    assert "Hazwan" not in found  # an unknown "Hazwan Qibli", not the known village
    assert found["Manbij"].match.place.name == "Manbij"  # a city before an institution's name stays


def test_a_place_after_a_list_locates_every_name_of_it(finder):
    # «X وY في ريف Z»: the second name is unknown, yet Z still says where X is.
    seg = segment("قصفت الطائرات قريتي تل أحمر والبستانة في ريف منبج")
    found = finder.find(seg, set())
    village, unknown, countryside = found  # the unknown name is kept, listed under «قريتي»
    assert countryside.hint_of == 1 and village.hint == unknown.hint == 2
    resolved, _ = finder.resolve(seg, found)
    assert resolved[0].match.place.id == "C5001"  # the Tell Ahmar of Aleppo governorate
    # A function word after «و» is no unknown name: the list, and the link, end there.
    seg = segment("قصفت الطائرات قرية تل أحمر والذي في ريف منبج")
    assert finder.find(seg, set())[1].hint_of is None


@pytest.mark.parametrize("text, locator, located", [
    ("Shells hit the Aleppo province village of Hazwan on Monday.", "Aleppo province", "village of Hazwan"),
    ("Shelling killed four people in the Homs suburb of Tadmor.", "Homs", "Tadmor"),
    ("Shells hit the Aleppo district of Hazwan on Monday.", "Aleppo", "district of Hazwan"),
    ("Shells hit the Hazwan district of Manbij on Monday.", "Manbij", "Hazwan district"),
])
def test_english_of_phrases_say_which_place_locates_which(finder, text, locator, located):
    # A bigger place before a head word (or "suburb") and "of" locates the place after; after a
    # smaller place and its head word, the place after "of" locates it.
    seg = segment(text)
    found = finder.find(seg, set())
    by_text = {seg.original(seg.tokens[f.first].start, seg.tokens[f.last - 1].end): n for n, f in enumerate(found)}
    assert found[by_text[locator]].hint_of == by_text[located]
    assert found[by_text[located]].hint == by_text[locator]


def test_a_head_word_known_only_as_a_foreign_name_is_no_place():
    # «سد» is also al-Sadd in Qatar; «سد الفرات» names a dam the gazetteer lacks, not Qatar.
    qatar = extra_place("QA1", "As Sadd", "السد", 25.29, 51.50, "town", country="QA")
    finder = ToponymFinder(Resolver(tiny_gazetteer_with(qatar)))
    found, _ = mentions(finder, "قصفت الطائرات محيط سد الفرات قرب منبج")
    assert all(m.match.place.country == "SY" for m in found.values())
    assert [m.match.place.id for m in found.values()] == ["C5002"]


def test_a_letter_written_apart_is_no_word_of_a_name(finder):
    # «18 آب لـ 40 هجوماً»: the month and a preposition written apart, not the village «آبل»
    abel = extra_place("X9", "Abel", "آبل", 36.69, 36.84, "village", "SY07")
    found, _ = mentions(ToponymFinder(Resolver(tiny_gazetteer_with(abel))), "استجابت الفرق حتى 18 آب لـ 40 هجوماً")
    assert found == {}


def test_an_adverb_in_the_accusative_is_no_place():
    # «رداً» ("in response") folds like a village's name; its fathatan says it is the adverb
    finder = ToponymFinder(Resolver(tiny_gazetteer_with(
        extra_place("C9902", "Raddeh", "ردة", 35.0, 37.0, "town", "SY02", population=20000))))
    found, _ = mentions(finder, "قصف مدفعي على منبج رداً على هجوم، وقصف آخر على بلدة ردة")
    assert sorted(found) == ["بلدة ردة", "منبج"]
    found, _ = mentions(finder, "قصف مدفعي على منبج ردا على هجوم")
    assert sorted(found) == ["منبج"]  # without the mark too: the word is too common to be the town


@pytest.mark.parametrize("verb", ["pounded", "captured", "raided", "stormed"])
def test_a_capitalised_village_right_after_a_verb_of_attack_is_a_place(finder, verb):
    found, _ = mentions(finder, f"Regime forces {verb} Hazwan at dawn.")
    assert [m.match.place.name for m in found.values()] == ["Hazwan"]
    # a possessive after it names a person's house more often than a village's
    found, _ = mentions(finder, f"Security forces {verb} Hazwan's house at dawn.")
    assert not found


def test_after_an_english_head_word_a_lower_case_word_is_no_name():
    finder = ToponymFinder(Resolver(tiny_gazetteer_with(
        extra_place("X21", "Market", "ماركت", 36.3, 37.2, "village", "SY02"))))
    found, unresolved = mentions(finder, "Jets struck the town market this morning.")
    assert not found and not unresolved
    # nor a name the gazetteer lacks, to be matched fuzzily ("again" is not a village)
    found, unresolved = mentions(finder, "Artillery shelled the town again, killing two.")
    assert not found and not unresolved
    # after "of" a name is a name, however written
    found, _ = mentions(finder, "Jets struck the village of market this morning.")
    assert [m.match.place.name for m in found.values()] == ["Market"]
    found, _ = mentions(finder, "Jets struck the village of Market this morning.")
    assert [m.match.place.name for m in found.values()] == ["Market"]


def test_a_name_right_after_a_demonstrative_is_no_place():
    finder = ToponymFinder(Resolver(tiny_gazetteer_with(
        extra_place("X31", "Sadad", "صدد", 34.3, 36.9, "town", "SY04"))))
    found, _ = mentions(finder, "وفي هذا الصدد قال المرصد إن القصف مستمر.")
    assert not found
    found, _ = mentions(finder, "قصفت قوات النظام بلدة صدد.")
    assert [m.match.place.name for m in found.values()] == ["Sadad"]


def test_an_adjective_after_a_head_word_is_no_name():
    finder = ToponymFinder(Resolver(tiny_gazetteer_with(
        extra_place("X41", "Sghireh", "الصغيرة", 36.1, 37.1, "village", "SY02"))))
    found, unresolved = mentions(finder, "توغلت قوة في مدينة صغيرة قرب الحدود.")  # "a small town"
    assert not found and not unresolved
    found, _ = mentions(finder, "قصفت الطائرات قرية الصغيرة.")
    assert [m.match.place.name for m in found.values()] == ["Sghireh"]


def test_a_name_written_with_a_letter_and_digits_is_found():
    finder = ToponymFinder(Resolver(tiny_gazetteer_with(
        extra_place("X51", "T4 airbase", "مطار التيفور", 34.52, 37.63, "airport", "SY04"))))
    found, _ = mentions(finder, "Israeli jets struck the T4 airbase overnight.")
    assert [m.match.place.name for m in found.values()] == ["T4 airbase"]


@pytest.mark.parametrize("text", [
    "سيطرت الفصائل على 15 قرية وبلدة في ريف حلب",  # villages counted, with no name of their own
    "قصفت القوات التركية قرى في الريف الغربي لمدينة منبج",  # and the head words after them still reach the name
])
def test_villages_counted_in_a_countryside_are_that_countryside(text):
    finder = ToponymFinder(Resolver(tiny_gazetteer_with(  # villages whose names are those words
        extra_place("X61", "Madina", "المدينة", 36.0, 37.0, "village", "SY02"),
        extra_place("X62", "Qarayya", "القرية", 36.1, 37.1, "village", "SY02"))))
    found, _ = mentions(finder, text)
    (m,) = found.values()
    assert m.match.place.name in ("Aleppo", "Manbij") and m.match.precision >= 2


def test_a_word_that_leads_a_list_is_no_name_in_it():
    # «أبرزها» after a plural head's list is no village spelled otherwise, and what follows it is
    finder = ToponymFinder(Resolver(tiny_gazetteer()))
    found, _ = mentions(finder, "قصفت الطائرات قرى ريف حلب، أبرزها حزوان ومنبج.")
    assert [m.text for m in found.values()][-2:] == ["حزوان", "منبج"]
    assert all("برزها" not in m.text for m in found.values())


def test_a_first_name_or_common_word_in_a_name_a_head_word_announces_is_the_places():
    finder = ToponymFinder(Resolver(tiny_gazetteer_with(
        extra_place("X71", "Big Arab Hasan", "عرب حسن كبير", 36.65, 37.85, "village", "SY02"),
        extra_place("X72", "Sheikh Yusuf", "الشيخ يوسف", 35.9, 36.6, "village", "SY07"))))
    found, _ = mentions(finder, "قصفت الطائرات قرية عرب حسن كبير ومنطقة الشيخ يوسف.")
    assert sorted(m.match.place.name for m in found.values()) == ["Big Arab Hasan", "Sheikh Yusuf"]
    found, _ = mentions(finder, "قال حسن الأحمد إن القصف مستمر.")  # a person, with no head word
    assert not found
    # a list of the places among those told may open with a title's name
    found, _ = mentions(finder, "سيطرت الفصائل على 15 قرية في ريف حلب، أبرزها: الشيخ يوسف، وحزوان.")
    assert {"Sheikh Yusuf", "Hazwan"} <= {m.match.place.name for m in found.values()}


def test_a_neighbourhood_head_with_and_or_in_before_it():
    # «حي» is too short for the proclitic to come off by the general rule: «وحي X», «بحي X» are heads.
    firdous = extra_place("X91", "Al-Firdous", "الفردوس", 36.18, 37.15, "neighbourhood", "SY02")
    kalasa = extra_place("X92", "Al-Kalasa", "الكلاسة", 36.19, 37.14, "neighbourhood", "SY02")
    finder = ToponymFinder(Resolver(tiny_gazetteer_with(firdous, kalasa)))
    found, _ = mentions(finder, "سقطت براميل على حي الفردوس وحي الكلاسة، وقذيفة بحي الفردوس")
    assert found["حي الكلاسة"].match.place.name == "Al-Kalasa"  # the «و» is left out of the mention
    assert [m.head for m in finder.find(segment("قذيفة بحي الكلاسة"), set())] == ["neighbourhood"]
