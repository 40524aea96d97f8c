"""Reports in the style of wire copy: sides named with "-led", targets named by who uses them,
"a day after" a dated event, protests held on an anniversary (sentences written for these tests)."""
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


def test_a_protest_marking_an_anniversary_is_held_now(ex):
    for text in ("Dozens of people demonstrated in Ariha on Tuesday to mark the anniversary of the revolution.",
                 "خرجت مظاهرة في مدينة أريحا يوم الثلاثاء إحياء لذكرى الثورة."):
        (e,) = extract_events(ex, text, "2022-03-15")
        assert e.sub_event_type == "Peaceful protest" and e.name == "Ariha", text
    # what is only recalled on the day stays background
    assert extract_events(ex, "في الذكرى السنوية لمجزرة أريحا قتل فيها عشرات المدنيين.", "2022-03-15") == []


def test_an_ambush_of_civilians_is_violence_against_them(ex):
    for text in ("ISIS militants ambushed a group of shepherds near Manbij on Tuesday, killing 12 people.",
                 "نصب عناصر داعش كمينا لمجموعة من الرعاة قرب منبج، ما أدى لمقتل 12 مدنيا."):
        (e,) = extract_events(ex, text, "2023-04-12")
        assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack"), text
    (e,) = extract_events(ex, "ISIS militants ambushed a regime convoy near Manbij on Tuesday, killing 9 soldiers.", "2023-04-12")
    assert e.sub_event_type == "Armed clash"


def test_the_day_after_an_english_month_is_no_toll(ex):
    (e,) = extract_events(ex, "Russian jets struck a market in Ariha on Nov. 3, killing a dozen civilians.", "2019-11-05")
    assert (e.event_date, e.fatalities) == ("2019-11-03", 12)


def test_what_a_side_named_with_its_backer_owns_was_hit(ex):
    text = "A car bomb exploded at a checkpoint of the Turkish-backed Syrian National Army in Manbij, killing 9 people."
    (e,) = extract_events(ex, text, "2019-11-05")
    assert "Syrian National Army" in e.actor2 and "Syrian National Army" not in e.actor1


def test_the_same_day_is_the_day_told_before(ex):
    text = "Regime shelling hit Ariha on Sunday, killing seven. Russian jets also struck Kafr Nabl the same day."
    assert {e.name: e.event_date for e in extract_events(ex, text, "2021-03-23")} == {
        "Ariha": "2021-03-21", "Kafr Nabl": "2021-03-21"}
    # in its own sentence, after a day told there; «نفس اليوم» is not today
    text = "شنت طائرات روسية غارات على أريحا في 17 من آذار، كما قتل طفل في نفس اليوم بقصف مدفعي على بلدة كفرنبل."
    assert {e.name: e.event_date for e in extract_events(ex, text, "2021-03-23")} == {
        "Ariha": "2021-03-17", "Kafr Nabl": "2021-03-17"}


def test_a_capital_named_in_an_actor_alias_is_no_common_word():
    # "Damascus government forces" puts "damascus" in the lexicon, whose words are kept from
    # being read as places on their own: not the capital's
    from geomap.toponyms import _stopwords
    assert "damascus" not in _stopwords() and "forces" in _stopwords()


def test_the_side_that_attacks_after_when_is_not_the_dead_ones(ex):
    (e,) = extract_events(ex, "At least 25 soldiers were killed when ISIS militants attacked a bus near Manbij.", "2020-12-30")
    assert e.fatalities == 25 and "Islamic State" not in e.victims
    (e,) = extract_events(ex, "Three fighters of the SDF were killed in Manbij.", "2020-12-30")
    assert e.victims == "fighters of SDF (Syrian Democratic Forces)"


def test_an_obituary_tells_no_attack(ex):
    text = "وفيات مدينة أريحا يوم السبت. توفي إلى رحمة الله تعالى الشاب أحمد الخالد، رحمه الله وأسكنه فسيح جناته."
    assert extract_events(ex, text, "2024-12-01") == []
    # (a death told with how it came stays one)
    text = "توفي الشاب أحمد الخالد متأثرا بجراحه جراء قصف قوات النظام على مدينة أريحا، رحمه الله."
    assert [e.name for e in extract_events(ex, text, "2024-12-01")] == ["Ariha"]


def test_a_day_announced_with_the_subject_between(ex):
    text = "أعلنت قوات سوريا الديمقراطية الجمعة سيطرتها على مدينة منبج."
    (e,) = extract_events(ex, text, "2023-03-13")
    assert e.event_date == "2023-03-10"
