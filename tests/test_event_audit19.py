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


# «أصيب فلان في القصف التركي على المحطة، ونقل إلى مشافي القامشلي»: the attack told before (the
# article), named again only with the town its wounded were taken to, is that attack, not one there.

def test_the_town_the_wounded_were_taken_to_is_no_second_attack(ex):
    text = ("قصف الجيش التركي صباح اليوم قرية تل أحمر بريف القامشلي. "
            "وأفاد مراسلنا بإصابة مدني في القصف التركي على القرية، ونقل إلى مشافي مدينة القامشلي.")
    assert [(e.sub_event_type, e.name, e.admin1) for e in extract_events(ex, text)] == [
        ("Shelling/artillery/missile attack", "Tell Ahmar", "Al-Hasakeh")]


# A crawled post's page title («<page> - <the post's first words>...» over "Facebook<page>'s Post")
# repeats the post told in full below it: the post is the event (the page's name is no place). A
# page that kept only its title keeps it.

def test_a_posts_cut_title_is_no_second_event(ex):
    text = ("تدمر - مسيرة أمريكية تستهدف سيارة يستقلها...\nFacebookتدمر's Post\n\n"
            "تدمرMay 2, 2023 · Shared with Publicمسيرة أمريكية تستهدف سيارة يستقلها قيادي في مدينة كفرنبل صباح اليوم.")
    assert kinds_at(ex, text) == [("Air/drone strike", "Kafr Nabl")]


def test_a_page_that_kept_only_its_title_keeps_its_event(ex):
    text = "مرصد الشمال - قصف تركي بالمدفعية على مدينة منبج...\nFacebookمرصد الشمال's Post"
    assert kinds_at(ex, text) == [("Shelling/artillery/missile attack", "Manbij")]


# «Shared with Publicقصفت قوات النظام ...»: the post's first verb, glued to its Latin header,
# still opens its clause, so the side after it is who did it.

def test_a_verb_glued_to_a_posts_header_still_has_its_subject_after_it(ex):
    text = "ادلب بوستMay 2, 2023 · Shared with Publicاستهدفت الفصائل المسلحة مدينة أريحا بالمدفعية الثقيلة."
    assert [(e.actor1, e.actor2) for e in extract_events(ex, text)] == [("Opposition forces (FSA)", "")]


# «الفصائل التابعة للجيش الوطني»: the factions are the group they belong to.

def test_factions_belonging_to_a_named_group_are_that_group(ex):
    text = "قصفت الفصائل التابعة للجيش الوطني مدينة منبج بقذائف المدفعية."
    assert [e.actor1 for e in extract_events(ex, text)] == ["Syrian National Army (Turkish-backed factions)"]
