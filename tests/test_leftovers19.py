"""The nineteenth round's leftovers and audit of the merged output: a countryside head word before a
list of governorates («ريفي حلب وإدلب») is each name's."""

from tiny_places import extract_events

SHELLING = "Shelling/artillery/missile attack"


def test_a_countryside_head_word_before_a_list_of_governorates_is_each_name_s(ex):
    # «ريفي حلب وإدلب»: the countryside of Idlib too, not the city of Idlib
    events = extract_events(ex, "جددت قوات النظام قصفها المدفعي على البلدات والقرى في ريفي حلب وإدلب اليوم.")
    assert [(e.name, e.geo_precision) for e in events] == [("Aleppo", 3), ("Idleb", 3)]

