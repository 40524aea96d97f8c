"""The seventeenth audit's rules (sentences written for these tests, against tests/tiny_places.py)."""

from tiny_places import extract_events as events


# «صواريخ من اتجاه الجولان», "missiles from the direction of the sea": where the fire came from or
# over, not a place it hit.

def test_the_direction_fire_came_from_is_no_place_hit(ex):
    for text in ("شن العدو عدوانا بالصواريخ من اتجاه منبج مستهدفا مواقع في مدينة حلب.",
                 "The enemy fired missiles from the direction of Manbij targeting sites in Aleppo city."):
        assert [e.name for e in events(ex, text)] == ["Aleppo"], text


# A round-up that names the regime for one shelling and the regime and Russia for the next: a
# shelling told after them with no attacker of its own is the regime's, the side both include.

_SHELLED = ("قتل مدني بقصف مدفعي لقوات النظام على مدينة أريحا. وأصيب طفلان بقصف صاروخي لقوات النظام وروسيا "
            "على مدينة إدلب. ")


def test_a_shelling_told_with_no_attacker_takes_the_side_those_before_share(ex):
    found = {e.name: e.actor1 for e in events(ex, _SHELLED + "وطال القصف المدفعي أيضا مدينة كفرنبل.")}
    assert found["Kafr Nabl"] == "Syrian regime forces (government)"


def test_attackers_that_share_no_side_give_none(ex):
    text = ("قتل مدني بقصف مدفعي لقوات النظام على مدينة أريحا. وأصيب طفلان بقصف مدفعي للجيش التركي على مدينة "
            "منبج. وطال القصف المدفعي أيضا مدينة كفرنبل.")
    assert {e.name: e.actor1 for e in events(ex, text)}["Kafr Nabl"] == ""
