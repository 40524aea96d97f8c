"""The seventeenth round's known leftovers: a clause opener glued to the dot before it."""

from tiny_places import extract_events


def test_a_dot_glued_to_a_clause_opener_ends_the_sentence(ex):
    # two strikes, the second told after «.كما» with no space: the drone strike on its own town
    text = "قصفت قوات النظام بالمدفعية مدينة منبج.كما استهدف الطيران المسير سيارة في بلدة كفرنبل."
    # the second sentence's, not the first's: the regime's guns are no side of the drone strike
    drone = next(e for e in extract_events(ex, text) if e.name == "Kafr Nabl")
    assert (drone.sub_event_type, drone.actor1, drone.notes[:3]) == ("Air/drone strike", "", "كما")

