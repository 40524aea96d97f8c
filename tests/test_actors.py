"""Actor mentions in sentences written for these tests."""
import pytest

from geomap.actors import find_actors
from geomap.segment import segment


def names(text):
    return [a.name for a in find_actors(segment(text).tokens)]


@pytest.mark.parametrize("text", [
    "a convoy waited on the Turkish border",
    "shells fell on Turkish territory",
    "قذائف سقطت على الحدود السورية التركية",
    "سقطت قذيفة في الأراضي التركية",
])
def test_a_nationality_describing_a_place_is_no_actor(text):
    assert names(text) == []


@pytest.mark.parametrize("text", [
    "Turkish jets hit the village",
    "a Turkish strike hit the village",
    "استهدفت مسيرة تركية سيارة",
    "قصفت المدفعية التركية القرية",
])
def test_a_nationality_of_an_attacker_stays_an_actor(text):
    assert names(text) == ["Turkish military"]


def test_a_mountain_named_after_a_people_is_no_actor():
    assert names("قصفت الفصائل مواقع في جبل الأكراد") == ["Opposition forces (FSA)"]
    assert names("اشتبك الأكراد مع الفصائل") == ["YPG (Kurdish People's Protection Units)", "Opposition forces (FSA)"]


def test_government_forces_of_every_arm_are_the_regime():
    assert names("Government troops and government warplanes") == ["Syrian regime forces (government)"] * 2
    # the security branches are the regime's too, in English as in Arabic
    assert names("two members of the Military Security and one of State Security") == \
        ["Syrian regime forces (government)"] * 2


@pytest.mark.parametrize("text", ["اغتال مسلحون مجهولون قيادياً", "unidentified gunmen opened fire"])
def test_unknown_gunmen_are_the_unidentified_armed_group(text):
    assert names(text) == ["Unidentified Armed Group (Syria)"]


@pytest.mark.parametrize("text", ["NLF fighters repelled an attack", "الجبهة الوطنية للتحرير تصد هجوما"])
def test_the_national_front_for_liberation_by_its_abbreviation_too(text):
    assert names(text) == ["National Front for Liberation"]


@pytest.mark.parametrize("text, expected", [
    # A name written with the article needs it: without it, «قاعدة» is a base and «نظام» a system.
    ("سقطت قذيفة قرب قاعدة حميميم", []),
    ("تعطل نظام الرادار في المطار", []),
    ("قتل قيادي في تنظيم القاعدة", ["al-Qaeda"]),
    ("اتهمت الحكومة الفصيل بالارتباط بالقاعدة", ["al-Qaeda"]),
    ("تقدمت قوات نظام الأسد", ["Syrian regime forces (government)"]),
])
def test_an_actor_written_with_the_article_needs_it(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", ["rebels overran a government checkpoint", "jets hit government positions"])
def test_government_before_a_military_noun_is_the_regime(text):
    assert "Syrian regime forces (government)" in names(text)


@pytest.mark.parametrize("text", [
    # «القاعدة» with a nationality or an adjective after it, or a word of attack before it, is a base.
    "قصفت مسيرة القاعدة التركية قرب القرية",
    "سقطت قذائف على القاعدة العسكرية في المطار",
    "قصف القاعدة ليلا",
])
def test_the_base_is_no_al_qaeda(text):
    assert "al-Qaeda" not in names(text)


def test_bodies_of_unknown_people_name_no_unknown_killer():
    assert "Unidentified Armed Group (Syria)" not in names("عثر الأهالي على جثث أشخاص مجهولي الهوية")
    assert names("أطلق مسلحون مجهولو الهوية النار") == ["Unidentified Armed Group (Syria)"]


@pytest.mark.parametrize("text", ["مقتل قيادي في حراس الدين بغارة", "a drone killed a Hurras al-Din commander"])
def test_hurras_al_din_is_a_group_of_its_own(text):
    assert names(text) == ["Hurras al-Din"]


@pytest.mark.parametrize("text, expected", [
    # the Kurdish agencies' words for Turkey's army and the factions it backs
    ("the Turkish occupation army shelled the village", ["Turkish military"]),
    ("mercenaries of the Turkish occupation kidnapped a man", ["Syrian National Army (Turkish-backed factions)"]),
    ("the occupation mercenaries attacked the village", ["Syrian National Army (Turkish-backed factions)"]),
    # SANA's word for the Syrian army
    ("army units retook the village", ["Syrian regime forces (government)"]),
    # ... not the army units of another
    ("Israeli army units fired at the village", ["Israeli military"]),
])
def test_agency_words_for_the_forces_of_the_north(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # regime media's "terrorists": an unnamed armed group...
    ("terrorists fired rockets at the neighbourhood", ["Unidentified Armed Group (Syria)"]),
    ("التنظيمات الإرهابية تستهدف الأحياء السكنية بالقذائف", ["Unidentified Armed Group (Syria)"]),
    # ...the group the report named before...
    ("قصفت جبهة النصرة القرية ثم انسحب الإرهابيون", ["HTS (Hayat Tahrir al-Sham / Nusra Front)"] * 2),
    # ...the group named right after it...
    ("terrorists of the Nusra Front shelled the town", ["HTS (Hayat Tahrir al-Sham / Nusra Front)"]),
    ("إرهابيين من داعش", ["Islamic State (ISIS)"]),
    # ...and no side at all when it counts the dead
    ("أفادت مصادر بمقتل ثلاثة إرهابيين", []),
    ("army units killed 5 terrorists", ["Syrian regime forces (government)"]),
])
def test_terrorists_in_regime_media_are_the_group_named_else_an_unidentified_one(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وحدات من جيشنا الباسل تستهدف تحركات المسلحين", "Syrian regime forces (government)"),
    ("داهمت دورية للأمن العسكري منزلا", "Syrian regime forces (government)"),
    ("اختطف مرتزقة فرقة الحمزات مواطنين", "Syrian National Army (Turkish-backed factions)"),
    ("قصف جيش الاحتلال التركي ومرتزقته القرى", "Syrian National Army (Turkish-backed factions)"),  # "its mercenaries"
    ("شنت طائرات حربية أردنية غارات على مهربين", "Jordanian military"),
    ("Jordanian jets struck smugglers", "Jordanian military"),
    ("بعد سيطرة إدارة العمليات العسكرية على المدينة", "Military Operations Command (HTS-led)"),
])
def test_regime_and_kurdish_media_names_for_the_sides(text, expected):
    assert expected in names(text)


@pytest.mark.parametrize("text", [
    "a joint Russian-Turkish convoy drove along the highway",
    "سيرت القوات الروسية التركية المشتركة جولة جديدة على الطريق",
])
def test_two_nationalities_written_as_one_are_a_joint_actor(text):
    assert names(text) == ["Russian military; Turkish military"]


@pytest.mark.parametrize("text", ["a well-known Turkish-Syrian border crossing", "a pro-Russian blogger"])
def test_a_hyphened_word_with_one_nationality_or_none_is_no_joint_actor(text):
    assert not any(";" in n for n in names(text))


@pytest.mark.parametrize("text, name", [
    ("Kurdish-led forces detained two men", "SDF (Syrian Democratic Forces)"),
    ("seven pro-government fighters died", "NDF and pro-government militias"),
    ("the army recaptured the hill", "Syrian regime forces (government)"),  # "the army" of Syria's reports
    ("قصفت ميليشيا أسد التلة", "Syrian regime forces (government)"),  # as the opposition press names it
])
def test_english_descriptions_of_sides_name_them(text, name):
    seg = segment(text)
    assert name in [a.name for a in find_actors(seg.tokens)]


def test_an_army_with_its_nation_is_that_nations():
    seg = segment("the Turkish army shelled the hill")
    assert [a.name for a in find_actors(seg.tokens)] == ["Turkish military"]


@pytest.mark.parametrize("text", ["troops took the town from insurgents", "rebel factions shelled the town",
                                  "the attack by rebel groups"])
def test_wire_services_words_for_the_armed_opposition(text):
    assert names(text) == ["Opposition forces (FSA)"]


@pytest.mark.parametrize("text, actor", [
    ("pro-Assad forces shelled the town", "Syrian regime forces (government)"),
    ("loyalist forces shelled the town", "Syrian regime forces (government)"),
    ("Damascus-backed militias shelled the town", "NDF and pro-government militias"),
])
def test_wire_services_words_for_the_regime_and_its_militias(text, actor):
    assert names(text) == [actor]


def test_an_army_post_is_the_regimes_unless_another_army_is_named():
    assert names("gunmen attacked an army post") == ["Unidentified Armed Group (Syria)", "Syrian regime forces (government)"]
    assert names("rebels attacked a Turkish army post") == ["Opposition forces (FSA)", "Turkish military"]


@pytest.mark.parametrize("text", ["the siege imposed by the Fourth Division", "the Tiger Forces shelled the town",
                                  "Republican Guard units shelled the town"])
def test_the_regimes_named_units_are_the_regime(text):
    assert names(text) == ["Syrian regime forces (government)"]


@pytest.mark.parametrize("text", ["The Syrian National Coalition condemned the strike", "أدان الائتلاف الوطني السوري القصف"])
def test_the_political_opposition_coalition_is_no_us_led_coalition(text):
    assert names(text) == ["Syrian National Coalition"]


@pytest.mark.parametrize("text, expected", [
    ("IS seized the town after heavy fighting", ["Islamic State (ISIS)"]),
    ("The town is under siege and this is the third attack", []),
])
def test_is_in_capitals_is_the_islamic_state_and_the_verb_is_not(text, expected):
    seg = segment(text)
    assert [a.name for a in find_actors(seg.tokens, seg.words, seg.original)] == expected


def test_gunmen_of_a_named_group_are_that_group():
    seg = segment("IS gunmen attacked the village")
    assert [a.name for a in find_actors(seg.tokens, seg.words, seg.original)] == ["Islamic State (ISIS)"]


@pytest.mark.parametrize("text", [
    "three died in the raid, the Iranian Mehr agency reported",
    "the Russian Hmeimim Centre said the truce held",
    "the Syrian American Medical Society counted the wounded",
    "نقلت وكالة مهر الإيرانية أن الغارة قتلت ثلاثة",
    "أحصت الجمعية الطبية السورية الأمريكية الجرحى",
    "قالت مصادر تركية إن الهدنة صامدة",
])
def test_a_nationality_in_the_name_of_an_outlet_or_society_is_no_actor(text):
    seg = segment(text)
    assert [a.name for a in find_actors(seg.tokens, seg.words, seg.original) if a.is_actor] == []


@pytest.mark.parametrize("text, expected", [
    ("a Russian strike hit the Red Crescent centre", ["Russian military"]),
    ("قصفت الطائرات الروسية المركز الثقافي", ["Russian military"]),
    # an outlet's noun further back, but a verb between: the adjective is the attack's
    ("اندلعت اشتباكات على الحدود ثم جاءت الضربات الإسرائيلية", ["Israeli military"]),
])
def test_a_nationality_of_an_attack_beside_a_noun_of_an_outlet_stays_an_actor(text, expected):
    seg = segment(text)
    assert [a.name for a in find_actors(seg.tokens, seg.words, seg.original) if a.is_actor] == expected


@pytest.mark.parametrize("text, expected", [
    ("Damascus government forces entered the town", ["Syrian regime forces (government)"]),
    ("Ankara-backed rebels entered the town", ["Syrian National Army (Turkish-backed factions)"]),
    ("gunmen killed two shepherds", ["Unidentified Armed Group (Syria)", "Civilians (Syria)"]),
    ("قتل مسلحون اثنين من جامعي الكمأة", ["Unidentified Armed Group (Syria)", "Civilians (Syria)"]),
])
def test_sides_named_by_their_capital_patron_or_work(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, sides", [
    ("Jihadists stormed an army post", ["Unidentified Armed Group (Syria)"]),  # no group named: one ACLED cannot name
    ("HTS shelled the town. Jihadists stormed an army post", ["HTS (Hayat Tahrir al-Sham / Nusra Front)"] * 2),
])
def test_jihadists_are_the_group_named_before_else_unidentified(text, sides):
    assert names(text) == sides + ["Syrian regime forces (government)"]


@pytest.mark.parametrize("text, sides", [
    ("الجيش يستعيد السيطرة على بلدة كفرنبل", ["Syrian regime forces (government)"]),  # a headline's subject
    ("واستعاد الجيش السيطرة على البلدة بعد معارك", ["Syrian regime forces (government)"]),
    ("حرر الجيش قرية حزوان", ["Syrian regime forces (government)"]),
    ("استعاد الجيش الوطني السيطرة على قرية حزوان", ["Syrian National Army (Turkish-backed factions)"]),
    ("الجيش التركي يستعيد السيطرة على التلة", ["Turkish military"]),
    ("استعاد الجيش اللبناني السيطرة على التلال", []),  # an army of a nation the list lacks: not Syria's
    ("الجيش يقصف بلدة كفرنبل", []),  # bare and not regaining ground: any army's
    ("أعلن الجيش أنه أسقط طائرة", []),
])
def test_a_bare_army_regaining_ground_is_the_syrian_army(text, sides):
    assert names(text) == sides
