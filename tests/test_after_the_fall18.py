"""Reports after Assad's fall (8 December 2024): the army and the state's other plain names are
the transitional government's; a "General Security" before it is no side that can be told;
"remnants of the former regime" are a side of their own (sentences written for these tests)."""
from __future__ import annotations

import pytest

from geomap.control import faction_of
from geomap.documents import Document
from tiny_places import extract_events

REGIME = "Syrian regime forces (government)"
GOVERNMENT = "Syrian government forces (2024-)"
LOYALISTS = "Assad loyalists (former regime)"


def _attackers_before_and_after_the_fall(ex, text):
    (before,) = extract_events(ex, text, "2024-06-05")
    (after,) = extract_events(ex, text, "2025-03-12")
    return before.actor1, after.actor1


@pytest.mark.parametrize("text", ["Syrian army units shelled Ariha on Monday.",
                                  "قصف الجيش السوري مدينة أريحا يوم الاثنين."])
def test_the_army_is_the_governments_of_the_reports_day(ex, text):
    assert _attackers_before_and_after_the_fall(ex, text) == (REGIME, GOVERNMENT)


def test_names_of_assads_own_forces_stay_his(ex):
    (e,) = extract_events(ex, "قصفت قوات النظام مدينة أريحا يوم الاثنين.", "2025-03-12")
    assert e.actor1 == REGIME


def test_the_general_security_before_the_fall_is_no_known_side(ex):
    assert _attackers_before_and_after_the_fall(ex, "اعتقل عناصر الأمن العام شابين في مدينة أريحا.") == ("", GOVERNMENT)


@pytest.mark.parametrize("text", ["هاجم فلول النظام البائد حاجزا للأمن العام في مدينة أريحا.",
                                  "Gunmen loyal to the former regime attacked a General Security checkpoint in Ariha."])
def test_remnants_of_the_former_regime_attack_the_government(ex, text):
    (e,) = extract_events(ex, text, "2025-03-07")
    assert (e.actor1, e.actor2) == (LOYALISTS, GOVERNMENT)


def test_the_map_draws_the_new_government_apart_from_assads():
    assert faction_of(GOVERNMENT).key == "transitional"
    assert faction_of(REGIME).key == faction_of(LOYALISTS).key == "government"


def test_the_zionist_enemy_is_israel(ex):
    (e,) = extract_events(ex, "استشهد مدنيان في مدينة أريحا جراء القصف الصهيوني.", "2025-01-15")
    assert e.actor1 == "Israeli military"


@pytest.mark.parametrize("text", ["خرجت مسيرة جماهيرية في مدينة منبج تطالب بالإفراج عن المعتقلين.",
                                  "شهدت مدينة حمص مسيرات حاشدة رفع خلالها المشاركون شعارات داعمة للجيش."])
def test_a_crowds_march_is_a_protest_not_a_drone(ex, text):
    (e,) = extract_events(ex, text, "2025-03-08")
    assert e.event_type == "Protests"



def test_security_forces_are_the_governments_after_the_fall_and_none_before(ex):
    assert _attackers_before_and_after_the_fall(ex, "Security forces arrested two men in Ariha on Monday.") == ("", GOVERNMENT)
    for text in ("Kurdish security forces arrested two men in Qamishli on Monday.",
                 "اعتقلت قوات الأمن الداخلي في مناطق الإدارة الذاتية شابين في مدينة القامشلي."):
        (e,) = extract_events(ex, text, "2025-03-09")
        assert e.actor1 == "Asayish (Kurdish security forces)", text


def test_an_event_before_the_fall_told_after_it_keeps_the_army_assads(ex):
    text = "Syrian army units shelled Ariha on 5 December 2024, three days before the fall of Assad."
    (e,) = extract_events(ex, text, "2024-12-20")
    assert e.event_date == "2024-12-05"
    assert e.actor1 == REGIME


def test_a_government_held_town_is_held_by_the_government_of_the_reports_day(ex):
    text = "Shelling hit the government-held town of Ariha on Monday."
    held = {d: [(c.faction, c.name) for c in ex.extract_document(Document("t", text, date=d)).controls]
            for d in ("2024-06-05", "2025-03-12")}
    assert held == {"2024-06-05": [(REGIME, "Ariha")], "2025-03-12": [(GOVERNMENT, "Ariha")]}
