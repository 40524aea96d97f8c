"""An air strike told again in a later sentence as a missile or a bombardment is one event."""

from functools import partial

from tiny_places import extract_events


events = partial(extract_events, date="2025-03-10")


def test_the_missile_of_a_drone_strike_told_after_it_is_the_strike(ex):
    text = ("استهدفت طائرة مسيرة تابعة للتحالف الدولي منزلا في مدينة منبج اليوم. "
            "وقال أحد السكان إن الصاروخ سقط قرب السوق. "
            "وأسفر الصاروخ عن إصابة أربعة مدنيين بجروح في مدينة منبج.")
    evs = events(ex, text)
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]
    assert evs[0].injuries == 4 and evs[0].actor1 == "US-led Coalition"


def test_an_israeli_bombardment_and_its_air_raid_at_one_place_are_one_strike(ex):
    text = ("Israeli shelling hit army positions in Homs today. "
            "A military source said Israeli jets fired missiles at positions in Homs.")
    assert [e.sub_event_type for e in events(ex, text)] == ["Air/drone strike"]


def test_nameless_artillery_after_air_strikes_on_a_town_is_another_attack(ex):
    text = ("شنت طائرات حربية غارات جوية على بلدة كفرنبل اليوم. "
            "وتعرضت البلدة بعد ذلك لقصف مدفعي مكثف أصاب ثلاثة مدنيين في كفرنبل.")
    assert sorted(e.sub_event_type for e in events(ex, text)) == [
        "Air/drone strike", "Shelling/artillery/missile attack"]


def test_a_nameless_bombardment_told_before_the_air_strike_stays_apart(ex):
    text = ("قتل مدنيان اليوم بقصف استهدف سوقا في مدينة منبج. "
            "وتتعرض مدينة منبج لغارات جوية من الطيران الحربي التركي.")
    assert "Shelling/artillery/missile attack" in {e.sub_event_type for e in events(ex, text)}


def test_a_day_within_the_month_the_text_gives_is_that_days_strike(ex):
    # a caption dates the strike by its month, the body by its day: one strike, of that day
    text = ("مقتل ثلاثة مدنيين بغارات روسية على أريحا في آذار 2025. "
            "وقتل ثلاثة مدنيين اليوم الإثنين جراء غارات جوية روسية على مدينة أريحا.")
    evs = events(ex, text)
    assert len(evs) == 1 and evs[0].event_date == "2025-03-10"


def test_a_headline_cut_at_two_dots_stands_for_its_governorate(ex):
    # the headline is one line cut into two sentences at «..»: its Idlib is the governorate the body's town is in
    text = ("بعد ساعات من الهدوء.. غارات روسية على إدلب\n\n"
            "شنت طائرات حربية روسية اليوم غارات جوية على بلدة كفرنبل وأصابت ثلاثة مدنيين.")
    assert [e.name for e in events(ex, text)] == ["Kafr Nabl"]
