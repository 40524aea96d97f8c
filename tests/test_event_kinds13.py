"""The kind of an event: ground attacks told beside a verb of striking or beside another part's
guns, arrests told as «القبض على», attacks named only in a charge (sentences written for these
tests, against tests/tiny_places.py)."""

from geomap.records import Document
from geomap.segment import segment

from tiny_places import kinds_at as kinds

CLASH, SHELLING, ARRESTS = "Armed clash", "Shelling/artillery/missile attack", "Arrests"


def test_an_armed_attack_that_hit_a_car_is_no_shelling(ex):
    # «استهدف» is the verb of the armed attack, not a shell's
    assert kinds(ex, "أصيب عنصران من قسد إثر هجوم مسلح استهدف سيارة عسكرية قرب مدينة القامشلي.") == [
        (CLASH, "Qamishli")]


def test_an_attack_on_a_base_is_a_fight_beside_the_guns_that_answered_it(ex):
    text = "قتل جندي تركي بهجوم لقوات سوريا الديمقراطية على قاعدة تركية قرب مدينة منبج، وردت المدفعية التركية بقصف قرية حزوان."
    assert kinds(ex, text) == [(CLASH, "Manbij"), (SHELLING, "Hazwan")]


def test_attacks_of_any_kind_beside_shelling_stay_its_shelling(ex):
    # «هجمات» on villages, not on a post: the shelling the sentence tells
    text = "صعدت قوات النظام هجماتها على قرى ريف إدلب، واستهدفت بقصف مدفعي مدينة أريحا."
    assert CLASH not in {k for k, _n in kinds(ex, text)}


def test_a_man_caught_is_an_arrest_and_the_attacks_he_is_charged_with_are_none(ex):
    text = "أعلنت قسد إلقاء القبض على أحد عناصر داعش في مدينة الرقة، بتهمة المشاركة في هجمات استهدفت عناصرها."
    assert kinds(ex, text) == [(ARRESTS, "Raqqa")]
    # «قبضة» (a grip) is no arrest
    assert kinds(ex, "عاد الرجل إلى مدينة الرقة بعد تراجع قبضة التنظيم هناك.") == []


def test_a_word_of_battle_before_an_operations_hashtag_is_its_name(ex):
    text = "قصف الطيران الحربي مدينة أريحا. تابعوا أخبار معركة #فجر_الحرية في مدينة حمص."
    assert kinds(ex, text) == [("Air/drone strike", "Ariha")]


def test_a_word_of_attack_after_a_place_head_is_the_places_name(ex):
    # «سد عدوان», a dam named «عدوان»: the body found there is the one event
    text = "عثر الأهالي على جثة شاب قرب سد عدوان غربي مدينة حمص."
    assert kinds(ex, text) == [("Attack", "Homs")]


def test_a_word_stretched_by_tatweels_across_a_space_or_dot_is_one_word():
    text = "فقـ ـد رجل حياته ومقـ.ـتل اثنين"
    seg = segment(text)
    assert [t.text for t in seg.tokens] == ["فقد", "رجل", "حياته", "ومقتل", "اثنين"]
    assert [seg.original(t.start, t.end) for t in seg.tokens] == ["فقـ ـد", "رجل", "حياته", "ومقـ.ـتل", "اثنين"]


def test_army_units_right_after_a_dateline_are_the_regimes(ex):
    # the agency's name before "Army units" is no actor whose army they are
    (e,) = ex.extract_document(Document("t", "HOMS (SANA) - Army units restored security to the town of Ariha "
                                             "after the last gunmen left it.", date="2023-05-02")).events
    assert (e.sub_event_type, e.actor1, e.name) == ("Government regains territory", "Syrian regime forces (government)", "Ariha")
