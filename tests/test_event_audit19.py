"""The nineteenth audit's rules (sentences written for these tests, against tests/tiny_places.py)."""

from tiny_places import extract_events, kinds_at


# The US-led coalition and the SDF (with its Asayish police) raid together: one is never the
# other's target in an incident told with both («مدعومة بالطيران المروحي التابع للتحالف»).

def test_the_coalition_and_its_partner_on_the_ground_are_both_the_raiders(ex):
    for text in ("داهمت قوات سوريا الديمقراطية مدعومة بالطيران المروحي التابع للتحالف الدولي مدينة الرقة واعتقلت ثلاثة شبان.",
                 "قامت قوات قسد ويساندها طيران التحالف الدولي بحملة دهم في مدينة الرقة واعتقلت خمسة أشخاص."):
        events = extract_events(ex, text)
        assert [e.sub_event_type for e in events] == ["Arrests"], text
        assert set(events[0].actor1.split("; ")) == {"US-led Coalition", "SDF (Syrian Democratic Forces)"}, text
        assert events[0].actor2 == "", text


# «الهجمات المستمرة», «القصف الروسي المستمر»: a campaign spoken of as a whole (a threat, the
# backdrop of suffering) is no incident; the same words as the cause of today's wounded are one.

def test_a_campaign_spoken_of_as_going_on_is_no_event(ex):
    for text in ("وقالت المنظمة إن الهجمات المستمرة لقوات النظام تهدد حياة آلاف المدنيين في مدينة أريحا.",
                 "في ظل هذا القصف الروسي المستمر على مدينة إدلب، يعيش الأطفال في خوف دائم من الطائرات."):
        assert kinds_at(ex, text) == [], text


def test_wounded_told_as_hurt_by_the_ongoing_shelling_are_an_event(ex):
    text = "أصيب ثلاثة مدنيين في مدينة منبج نتيجة القصف التركي المستمر على المنطقة."
    assert [(e.sub_event_type, e.name, e.injuries) for e in extract_events(ex, text)] == [
        ("Shelling/artillery/missile attack", "Manbij", 3)]


# «وتكثر عمليات استهداف ...», «وتتكرر الانتهاكات ...»: how often things happen, a trend, no incident.

def test_a_sentence_on_how_often_attacks_happen_is_no_event(ex):
    for text in ("وتكثر عمليات استهداف دوريات قوات النظام في محيط مدينة تدمر.",
                 "وتتكرر الاعتداءات على المدنيين في مدينة الرقة وريفها."):
        assert kinds_at(ex, text) == [], text
