"""A sentence that counts what a period saw («منذ مطلع العام», "since the start of the year")
and names no day of its own is a running total, not an attack."""
from tiny_places import extract_events


def test_a_running_total_since_the_start_of_the_year_is_no_event(ex):
    text = ("قصفت طائرة مسيرة تركية قرية تل أحمر قرب القامشلي اليوم، ما أدى لمقتل مدنيين اثنين. "
            "وبذلك يرتفع إلى 40 عدد الضربات التي نفذتها المسيرات التركية على المنطقة، منذ مطلع العام، "
            "تسببت بمقتل 55 شخصا.")
    events = extract_events(ex, text)
    assert [(e.name, e.fatalities) for e in events] == [("Tell Ahmar", 2)]


def test_english_running_totals_are_no_event_either(ex):
    text = ("Turkish drones struck Tell Ahmar near Qamishli on Monday, killing two civilians. "
            "Turkish drone strikes on Qamishli and its villages, counted since the start of the year, have killed 55 people.")
    events = extract_events(ex, text)
    assert [(e.name, e.fatalities) for e in events] == [("Tell Ahmar", 2)]


def test_a_day_of_its_own_keeps_the_event_of_a_counted_sentence(ex):
    text = "Turkish drones struck Manbij on Monday, the tenth strike on the town since the start of the year."
    assert [e.name for e in extract_events(ex, text)] == ["Manbij"]
