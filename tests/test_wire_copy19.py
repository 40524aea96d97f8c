"""Reports of 2025, most in English (sentences written for these tests): who the victims were,
told between commas; raids that detain, and the day of their arrests; a suicide attack that
began with gunfire; "X and the Y air base"."""
from __future__ import annotations

import pytest

from geomap.quantities import KILLED, figures_in
from tiny_places import extract_events


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
