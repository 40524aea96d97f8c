"""Common words that fold like village names are no villages: adverbs written without their
accusative mark («ردا على», "in response to", is not al-Radda; «خوفا من», "for fear of", not
al-Khufa), set phrases («بهذا الصدد», "in this regard", not Sadad; «حوله», "around it", not
al-Houla; «أنباء», "news", and «معامل», "factories"), and a man's name told as one («شخص اسمه صبار
السنجار»)."""
from geomap.extraction import Extractor
from geomap.records import Document
from tiny_places import extra_place, tiny_gazetteer_with


def test_adverbs_of_response_and_of_fear_are_not_villages():
    ex = Extractor(tiny_gazetteer_with(extra_place("C9301", "Raddeh", "الردة", 35.83, 39.36, "village", "SY11"),
                                       extra_place("C9302", "Al Khufah", "الخوفة", 36.90, 41.10, "village", "SY08")))
    text = "قصفت مدفعية الجيش التركي مواقع قسد قرب منبج، ردا على مقتل جنديين، خوفا من تقدمها نحو الحدود."
    events = ex.extract_document(Document("t", text, date="2023-05-02")).events
    assert {e.name for e in events} == {"Manbij"}


def test_set_phrases_and_a_name_told_as_one_are_not_places():
    ex = Extractor(tiny_gazetteer_with(extra_place("C9303", "Sadad", "صدد", 34.31, 36.92, "town", "SY04"),
                                       extra_place("C9304", "Houleh", "الحولة", 34.86, 36.56, "town", "SY04"),
                                       extra_place("C9305", "Sinjar", "السنجار", 35.59, 37.00, "village", "SY07")))
    text = ("داهمت دورية منزلا في مدينة منبج واعتقلت شخصا اسمه صبار السنجار، وبهذا الصدد أطلقت النار "
            "على شاب كان يقف حوله فأصيب بجروح.")
    events = ex.extract_document(Document("t", text, date="2023-05-02")).events
    assert events and {e.name for e in events} == {"Manbij"}


def test_news_and_factories_are_not_villages():
    ex = Extractor(tiny_gazetteer_with(extra_place("C9306", "Enab", "انباء", 36.52, 36.95, "village", "SY02"),
                                       extra_place("C9307", "Maamel", "معامل", 36.60, 36.63, "village", "SY02")))
    text = "قصفت طائرات حربية معامل لإنتاج المخدرات قرب مدينة منبج، وأنباء عن إصابات بين العمال."
    events = ex.extract_document(Document("t", text, date="2023-05-02")).events
    assert events and {e.name for e in events} == {"Manbij"}
