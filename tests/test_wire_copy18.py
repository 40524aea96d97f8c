"""Wire copy and monitors' bulletins in English: ranges and compound numbers, the side's name
between a count and its verb, headlines without "were", a side inside "killed in ... strike",
"came under regime shelling" (sentences written for these tests)."""
from __future__ import annotations

import pytest

from geomap.quantities import INJURED, KILLED, figures_in
from tiny_places import extract_events


@pytest.mark.parametrize("text, expected", [
    ("between three and five civilians were killed", [(KILLED, 3, 5)]),
    ("one hundred and twenty five people were killed", [(KILLED, 125, None)]),
    ("two hundred people were wounded", [(INJURED, 200, None)]),
    ("مقتل مئة وخمسة وعشرين مدنيا", [(KILLED, 125, None)]),
    ("مقتل ثلاث مئة مدني", [(KILLED, 300, None)]),
])
def test_numbers_joined_by_and_only_when_they_make_one(text, expected):
    assert [(f.kind, f.value, f.high) for f in figures_in(text)] == expected


def test_a_range_is_its_ends_not_their_sum(ex):
    (e,) = extract_events(ex, "Coalition airstrikes hit a building in Raqqa, killing between three and five civilians.",
                          "2017-03-04")
    assert (e.fatalities, e.fatalities_low, e.fatalities_high) == (3, 3, 5)


@pytest.mark.parametrize("text, expected", [
    ("Four fighters of the Deir Ezzor Military Council were killed and six tribesmen were wounded.",
     [(KILLED, 4), (INJURED, 6)]),
    ("Two members from the Raqqa Internal Security Forces were wounded.", [(INJURED, 2)]),
])
def test_a_count_takes_its_verb_past_the_name_of_their_side(text, expected):
    assert [(f.kind, f.value) for f in figures_in(text)] == expected


def test_the_toll_of_a_clash_told_in_the_next_sentence(ex):
    text = ("Clashes broke out between the SDF and tribal fighters in Manbij on Monday. "
            "Four fighters of the local military council were killed and six tribesmen were wounded.")
    (e,) = extract_events(ex, text, "2023-08-15")
    assert e.sub_event_type == "Armed clash"
    assert (e.fatalities, e.injuries) == (4, 6)


def test_a_headline_count_of_a_sides_men_is_of_the_dead(ex):
    (e,) = extract_events(ex, "Turkish drone strike on a car near Qamishli. Two SDF members killed.", "2024-02-10")
    assert e.actor1 == "Turkish military"
    assert "SDF" in e.actor2
    assert e.fatalities == 2
    (e,) = extract_events(ex, "Two SDF members killed in Qamishli.", "2024-02-10")
    assert "SDF" in e.actor2 and "SDF" not in e.actor1


def test_the_side_whose_strike_killed_is_no_target(ex):
    for text in ("Two civilians were killed in Turkish drone strike on Qamishli.",
                 "Two civilians killed in Russian raids on Idlib."):
        (e,) = extract_events(ex, text, "2024-02-10")
        assert e.actor1 in ("Turkish military", "Russian military"), text
        assert e.actor2 == "Civilians (Syria)", text


def test_who_comes_under_a_sides_shelling_is_its_target(ex):
    text = "Turkish troops at a post near Manbij came under regime shelling, killing five Turkish soldiers."
    (e,) = extract_events(ex, text, "2020-02-05")
    assert e.actor1 == "Syrian regime forces (government)"
    assert e.actor2 == "Turkish military"
    text = "Rebels withdrew from Ariha under heavy shelling."
    shelling = [e for e in extract_events(ex, text, "2020-02-05") if e.sub_event_type.startswith("Shelling")]
    assert all("Opposition" not in e.actor1 for e in shelling)


def test_suspected_fighters_who_attack_are_the_attackers(ex):
    (e,) = extract_events(ex, "Suspected ISIS militants attacked a bus near Palmyra on Sunday, killing five.", "2022-04-04")
    assert e.actor1 == "Islamic State (ISIS)"
    (e,) = extract_events(ex, "Security forces arrested three men suspected of belonging to ISIS in Raqqa.", "2022-04-04")
    assert e.actor2 == "Islamic State (ISIS)"


def test_the_attack_a_strike_responds_to_is_the_other_sides(ex):
    text = ("US forces struck ISIS targets near Palmyra on Friday in response to an attack in Raqqa "
            "that killed two US soldiers.")
    answered = [e for e in extract_events(ex, text, "2025-12-20") if e.name == "Raqqa"]
    assert answered and all(e.actor1 != "US-led Coalition" and e.actor2 == "US-led Coalition" for e in answered)


def test_forces_hit_in_a_place_are_hit_there(ex):
    text = "Israeli jets struck the army headquarters in Homs on Wednesday and targeted government forces in Raqqa."
    assert {e.name for e in extract_events(ex, text, "2025-07-16")} == {"Homs", "Raqqa"}
    (e,) = extract_events(ex, "Militants in Ariha fired shells at Kafr Nabl on Monday.", "2020-07-16")
    assert e.name == "Kafr Nabl"
