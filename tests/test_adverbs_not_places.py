"""Adverbs written without their accusative mark are no villages: «ردا على» ("in response to")
is not al-Radda, «خوفا من» ("for fear of") not al-Khufa."""
from geomap.extraction import Extractor
from geomap.records import Document
from tiny_places import extra_place, tiny_gazetteer_with


def test_adverbs_of_response_and_of_fear_are_not_villages():
    ex = Extractor(tiny_gazetteer_with(extra_place("C9301", "Raddeh", "الردة", 35.83, 39.36, "village", "SY11"),
                                       extra_place("C9302", "Al Khufah", "الخوفة", 36.90, 41.10, "village", "SY08")))
    text = "قصفت مدفعية الجيش التركي مواقع قسد قرب منبج، ردا على مقتل جنديين، خوفا من تقدمها نحو الحدود."
    events = ex.extract_document(Document("t", text, date="2023-05-02")).events
    assert {e.name for e in events} == {"Manbij"}
