"""One incident told in one report is one event, whatever words the report uses for it."""
import pytest

from geomap.extraction import Extractor
from geomap.records import Document
from tiny_places import tiny_gazetteer


@pytest.fixture(scope="module")
def ex():
    return Extractor(tiny_gazetteer())


def kinds(ex, text):
    return sorted(e.sub_event_type for e in ex.extract_document(Document("t", text, date="2025-02-25")).events)


def test_a_drone_dropped_bomb_with_no_attacker_is_one_event(ex):
    # read both as a drone strike and as a bomb: one blast, one event
    assert len(kinds(ex, "قتل شاب اليوم بانفجار عبوة ناسفة ألقتها طائرة مسيرة مجهولة على سيارته في بلدة حزوان.")) == 1


def test_shelling_and_air_strikes_by_named_attackers_stay_two(ex):
    text = "أصيب مدنيان اليوم بقصف مدفعي لقوات النظام على بلدة كفرنبل، كما تعرضت البلدة لغارات جوية روسية."
    assert kinds(ex, text) == ["Air/drone strike", "Shelling/artillery/missile attack"]
