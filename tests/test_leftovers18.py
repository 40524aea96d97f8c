"""The eighteenth round's leftovers and audit of the merged output: arrests made in a raid that
killed are part of that raid's event."""

from tiny_places import kinds_at

CLASH, ATTACK, ARRESTS = "Armed clash", "Attack", "Arrests"


def test_arrests_in_a_raid_that_killed_are_the_raids_event(ex):
    # ACLED codes one event for a raid, by its most violent part: the arrests are no second event
    assert kinds_at(ex, "قتل شاب واعتقل شقيقاه خلال مداهمة نفذتها قسد على منزلهم في مدينة منبج فجر اليوم.") == [
        (ATTACK, "Manbij")]


def test_arrests_in_a_raid_that_killed_no_one_stay_arrests(ex):
    assert kinds_at(ex, "اعتقلت قسد شابين خلال مداهمة منزلهم في مدينة منبج فجر اليوم.") == [(ARRESTS, "Manbij")]


def test_arrests_of_another_day_beside_a_killing_stay(ex):
    # the arrest is told in another sentence: its own event
    text = "قتل شاب برصاص مجهولين في مدينة منبج. واعتقلت قسد ثلاثة أشخاص في مدينة الرقة."
    assert sorted(kinds_at(ex, text)) == [(ARRESTS, "Raqqa"), (ATTACK, "Manbij")]
