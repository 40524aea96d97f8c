"""The seventeenth audit's rules (sentences written for these tests, against tests/tiny_places.py)."""

from tiny_places import extract_events as events


# «صواريخ من اتجاه الجولان», "missiles from the direction of the sea": where the fire came from or
# over, not a place it hit.

def test_the_direction_fire_came_from_is_no_place_hit(ex):
    for text in ("شن العدو عدوانا بالصواريخ من اتجاه منبج مستهدفا مواقع في مدينة حلب.",
                 "The enemy fired missiles from the direction of Manbij targeting sites in Aleppo city."):
        assert [e.name for e in events(ex, text)] == ["Aleppo"], text
