"""The kind of an event: ground attacks told beside a verb of striking or beside another part's
guns, arrests told as «القبض على», attacks named only in a charge (sentences written for these
tests, against tests/tiny_places.py)."""
import pytest

from geomap.extraction import Extractor
from geomap.records import Document
from tiny_places import tiny_gazetteer

CLASH, SHELLING, ARRESTS = "Armed clash", "Shelling/artillery/missile attack", "Arrests"


@pytest.fixture(scope="module")
def ex():
    return Extractor(tiny_gazetteer())


def kinds(ex, text):
    return sorted((e.sub_event_type, e.name) for e in ex.extract_document(Document("t", text, date="2023-05-02")).events)


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
