"""Reports of 2025, most in English (sentences written for these tests): who the victims were,
told between commas; raids that detain, and the day of their arrests; a suicide attack that
began with gunfire; "X and the Y air base"; the sides of the fighting in Sweida; what a protest is
against; "near X and in Y"; a toll disowned as a claim; an army bus."""
from __future__ import annotations

import pytest

from geomap.quantities import KILLED, figures_in
from geomap.extraction import Extractor
from tiny_places import extra_place, extract_events, tiny_gazetteer_with


@pytest.mark.parametrize("text", [
    "At least 20 people, most of them women, were killed when a car bomb went off.",
    "At least 20 people, mostly women and children, were killed in the blast.",
    "Some 20 people, many of them displaced, were killed in the shelling.",
])
def test_an_aside_between_commas_leaves_the_count_its_verb(text):
    assert [(f.kind, f.value) for f in figures_in(text)] == [(KILLED, 20)]



@pytest.mark.parametrize("text", [
    "US forces conducted a raid in Ariha on June 10, detaining two men.",
    "داهمت قوات الأمن منزلا في مدينة أريحا يوم 10 حزيران، واعتقلت شخصين.",
])
def test_arrests_of_a_raid_are_made_on_the_raids_day(ex, text):
    (e,) = extract_events(ex, text, "2025-06-12")
    assert (e.sub_event_type, e.name, e.event_date) == ("Arrests", "Ariha", "2025-06-10")


def test_a_suicide_bombers_gunfire_is_part_of_his_attack(ex):
    text = "A suicide bomber opened fire and then detonated his explosive vest inside a church in Ariha, killing 25 worshippers."
    assert [(e.sub_event_type, e.fatalities) for e in extract_events(ex, text, "2025-06-23")] == [("Suicide bomb", 25)]


def test_a_site_after_and_the_is_listed_with_the_place_before(ex):
    text = "Israeli strikes hit the town of Ariha and the Shayrat airbase in Homs province overnight."
    assert sorted(e.name for e in extract_events(ex, text, "2025-04-03")) == ["Ariha", "Shayrat airbase"]


@pytest.mark.parametrize("text", [
    "Clashes between Bedouin tribal fighters and Druze armed groups in Ariha killed at least 30 people on Sunday.",
    "اندلعت اشتباكات بين مسلحي البدو والفصائل الدرزية في مدينة أريحا أسفرت عن مقتل 30 شخصا.",
])
def test_the_sides_of_the_sweida_fighting_are_known(ex, text):
    (e,) = extract_events(ex, text, "2025-07-14")
    assert (e.actor1, e.actor2, e.name, e.fatalities) == ("Arab tribal forces", "Druze armed groups (Sweida)", "Ariha", 30)


def test_a_group_named_for_sweida_leaves_sweida_a_place():
    sweida = extra_place("X92", "Sweida", "السويداء", 32.71, 36.57, "city", population=70_000)
    ex = Extractor(tiny_gazetteer_with(sweida))
    (e,) = extract_events(ex, "Clashes in Sweida killed at least 30 people on Sunday.", "2025-07-14")
    assert e.name == "Sweida"


@pytest.mark.parametrize("text", [
    "Hundreds of people protested in Ariha on Monday against Turkish attacks on Manbij.",
    "تظاهر المئات في مدينة أريحا يوم الاثنين احتجاجا على الهجمات التركية.",
])
def test_what_a_protest_is_against_is_no_event_of_its_own(ex, text):
    assert [e.sub_event_type for e in extract_events(ex, text, "2025-01-28")] == ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    "Turkish jets struck positions near Ariha and in the countryside of Raqqa on Sunday.",
    "قصفت الطائرات التركية مواقع قرب أريحا وفي ريف الرقة يوم الأحد.",
])
def test_a_second_place_after_and_in_is_struck_too(ex, text):
    # (the countryside of Raqqa: the governorate's area, precision 3)
    assert [(e.name, e.geo_precision) for e in extract_events(ex, text, "2024-06-14")] == [("Ariha", 2), ("Ar-Raqqa", 3)]


@pytest.mark.parametrize("text", [
    "قصفت الطائرات الروسية مدينة أريحا أمس، وزعمت وزارة الدفاع الروسية أنها قتلت 120 مسلحا.",
    "Russian jets struck Ariha on Thursday, allegedly killing 120 militants.",
])
def test_a_toll_the_report_disowns_as_a_claim_is_no_toll(ex, text):
    assert [(e.name, e.fatalities) for e in extract_events(ex, text, "2022-09-09")] == [("Ariha", None)]


@pytest.mark.parametrize("date, target", [("2024-06-14", "Syrian regime forces (government)"),
                                          ("2025-06-14", "Syrian government forces (2024-)")])
def test_an_army_bus_ambushed_is_the_armys(ex, date, target):
    (e,) = extract_events(ex, "Nine soldiers were killed when ISIS militants ambushed an army bus near Ariha on Thursday.", date)
    assert (e.actor1, e.actor2, e.fatalities) == ("Islamic State (ISIS)", target, 9)
