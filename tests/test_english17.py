"""English reports in the style of wire copy: sides named with "-led", targets named by who uses
them, and "a day after" a dated event (sentences written for these tests)."""
from __future__ import annotations

from tiny_places import extract_events

HTS = "HTS (Hayat Tahrir al-Sham / Nusra Front)"


def test_a_side_that_leads_the_fighters_is_the_actor(ex):
    for text in ("HTS-led fighters captured the town of Ariha on Saturday.",
                 "HTS-led rebels seized the town of Ariha on Saturday."):
        (e,) = extract_events(ex, text, "2024-11-30")
        assert e.sub_event_type == "Non-state actor overtakes territory"
        assert e.actor1 == HTS, text


def test_the_side_that_uses_the_sites_hit_is_the_target(ex):
    (e,) = extract_events(ex, "US forces struck sites near Manbij used by the Quds Force on Friday.", "2024-02-04")
    assert e.actor1 == "US-led Coalition"
    assert e.actor2.startswith("Iran-backed")
    (e,) = extract_events(ex, "Jets bombed depots in Manbij owned by the SDF on Friday.", "2024-02-04")
    assert "SDF" in e.actor2 and "SDF" not in e.actor1


def test_a_day_after_a_later_dated_clause_is_the_day_before_it(ex):
    events = extract_events(ex, "A day after jets bombed Ariha, regime forces shelled Kafr Nabl on Monday.", "2024-02-07")
    dates = {e.name: e.event_date for e in events}
    assert dates == {"Kafr Nabl": "2024-02-05", "Ariha": "2024-02-04"}


def test_a_day_after_before_an_event_is_no_next_day(ex):
    text = "Regime forces shelled Ariha on Saturday. Jets bombed Kafr Nabl a day after rebels shelled Manbij."
    dates = {e.name: e.event_date for e in extract_events(ex, text, "2024-02-07")}
    assert dates["Ariha"] == "2024-02-03"
    assert dates.get("Kafr Nabl") != "2024-02-04"  # not the day after Saturday: nothing says so
    text = "Regime forces shelled Ariha on Saturday. A day after, jets bombed Kafr Nabl."
    dates = {e.name: e.event_date for e in extract_events(ex, text, "2024-02-07")}
    assert dates == {"Ariha": "2024-02-03", "Kafr Nabl": "2024-02-04"}
