"""Places misread in text: a common word that is also a village's name (an adjective after «و»,
a noun in construct with the name after it), and an outlet's name that holds a town's (sentences
written for these tests, against tests/tiny_places.py and two made-up namesakes)."""
import pytest

from geomap.extraction import Extractor
from geomap.records import Document
from geomap.resolver import Resolver
from geomap.segment import segment
from geomap.toponyms import ToponymFinder
from tiny_places import extra_place, tiny_gazetteer_with

# a town spelled like «وجيزة» less its «و» ("brief"), a village spelled like «مقبرة» ("cemetery")
JIZEH = extra_place("t:jizeh", "Jizeh", "جيزة", 32.57, 36.32, "town")
MAQBARA = extra_place("t:maqbara", "Maqbara", "مقبرة", 36.63, 40.56, "village")
EAST = extra_place("t:east", "Eastern Syria", "شرق سوريا", 35.13, 40.32, "region")


@pytest.fixture(scope="module")
def gaz():
    return tiny_gazetteer_with(JIZEH, MAQBARA, EAST)


@pytest.fixture(scope="module")
def finder(gaz):
    return ToponymFinder(Resolver(gaz))


@pytest.fixture(scope="module")
def ex(gaz):
    return Extractor(gaz)


def names(finder, text):
    seg = segment(text)
    return [[p.name for p in f.candidates][:1] or [""] for f in finder.find(seg, set())]


def places(ex, text):
    return [e.name for e in ex.extract_document(Document("t", text, date="2023-05-02")).events]


def test_an_adjective_after_an_indefinite_noun_is_no_town(finder):
    assert names(finder, "اشتبكت قسد مع عناصر التنظيم لفترة وجيزة قرب منبج") == [["Manbij"]]


def test_a_town_listed_after_a_place_keeps_its_conjunction(finder):
    assert names(finder, "قصفت قوات النظام قرية مقبرة وجيزة") == [["Maqbara"], ["Jizeh"]]
    assert names(finder, "تعرضت بلدة جيزة للقصف") == [["Jizeh"]]
    assert names(finder, "سقطت قذائف قرب مقبرة وتدمر") == [["Maqbara"], ["Tadmor"]]


def test_a_noun_in_construct_with_a_hashtag_or_a_definite_noun_is_no_village(finder):
    assert names(finder, "انتشر مسلحون في المنطقة القريبة من مقبرة #غويران") == []
    assert names(finder, "سقطت قذيفة قرب مقبرة الشهداء") == []
    assert names(finder, "سقطت قذيفة قرب مقبرة صباحا") == [["Maqbara"]]


def test_a_noun_with_an_agreeing_adjective_is_no_village(finder):
    assert names(finder, "استهدف القصف محيط مقبرة قديمة في ريف حلب") == [["Aleppo"]]


def test_near_a_noun_in_construct_with_a_town_is_near_the_town(finder):
    assert names(finder, "غارات جوية بمحيط مقبرة تدمر صباح اليوم") == [["Tadmor"]]


def test_a_village_after_its_head_word_is_still_a_village(finder):
    assert names(finder, "قصفت الطائرات قرية مقبرة غربي الحسكة") == [["Maqbara"], ["Al-Hasakeh"]]


def test_an_outlet_named_after_a_city_is_no_place_of_the_event(ex):
    assert places(ex, "إدلب Online: قصف مدفعي يستهدف أطراف قرية حزوان") == ["Hazwan"]
    assert places(ex, "إدلب Online: قصف مدفعي يستهدف نقاط الفصائل") == []
    assert places(ex, "قصف مدفعي يستهدف نقاط الفصائل #الشرق_سوريا") == []


def test_eastern_syria_is_still_a_place(ex):
    assert places(ex, "قصف مدفعي يستهدف نقاط الفصائل في شرق سوريا") == ["Eastern Syria"]
