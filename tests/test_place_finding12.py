"""Finding place names: accented Latin spellings, bracketed areas, pronoun-suffixed common words,
places abroad; the places either side of «بين», a group's name, a governorate's label, military
airbases, a distance told from a place, the place that locates a whole list, wide regions, a strike
told again with no place (on the small hand-written gazetteer of tests/tiny_places.py)."""
from pathlib import Path

from geomap.extraction import Extractor
from geomap.records import Document, Name
from geomap.resolver import Resolver
from geomap.segment import segment
from geomap.sources.curated import read_curated
from geomap.sources.report import BuildReport
from geomap.toponyms import ToponymFinder
from tiny_places import extra_place, tiny_gazetteer_with

CURATED = Path(__file__).resolve().parents[1] / "gazetteer"


def _finder(*extra):
    return ToponymFinder(Resolver(tiny_gazetteer_with(*extra)))


def _found(finder, text):
    seg = segment(text)
    found = finder.find(seg, set())
    finder.resolve(seg, found)
    return [(seg.original(*f.span(seg)), f) for f in found]


def test_accented_latin_letters_are_part_of_a_word():
    seg = segment("Shelling on Serêkaniyê and QAMIŞLO, near Kobanî")
    assert seg.words == ["shelling", "on", "serekaniye", "and", "qamislo", "near", "kobani"]
    assert len(seg.folded) == len(seg.text)  # one character for one: offsets stay those of the text


def test_a_kurdish_spelling_is_one_name_not_its_first_letters():
    ras = extra_place("C4988", "Ras al-Ain", "رأس العين", 36.85, 40.07, "city", "SY08")
    ras.names.append(Name("Serekaniye", "en", "test"))
    finder = _finder(ras, extra_place("X1", "Ser", "سر", 35.1, 36.9, "village", "SY07"))
    (text, f), = _found(finder, "Turkish artillery shelled Serêkaniyê, wounding two civilians.")
    assert text == "Serêkaniyê" and f.match.place.id == "C4988"


def test_a_bracketed_area_picks_the_namesake_and_is_no_place_of_its_own():
    finder = _finder()
    for area, pid in (("Aleppo", "C5001"), ("Al-Hasakeh governorate", "C4002")):
        (name, f), (bracket, g) = _found(finder, f"Unknown gunmen killed a man near Tell Ahmar ({area}).")
        assert (name, bracket) == ("near Tell Ahmar", area)
        assert f.match.place.id == pid and g.hint_of == 0 and f.hint == 1


def test_a_bracketed_area_after_an_arabic_name_locates_it():
    (name, f), (area, g) = _found(_finder(), "قتل مسلحون مجهولون رجلا قرب تل أحمر (الحسكة)")
    assert (name, area) == ("قرب تل أحمر", "الحسكة") and f.match.place.id == "C4002" and g.hint_of == 0


def test_a_town_name_after_a_bracket_does_not_go_on_into_it():
    finder = _finder(extra_place("X3", "Heish", "حيش", 35.55, 36.64, "town", "SY07"))
    (name, f), *_rest = _found(finder, "Regime forces shelled Heish (Kafr Nabl, Idleb) at dawn.")
    assert name == "Heish" and f.match.place.id == "X3"


def test_a_pronoun_on_a_common_word_is_no_town_that_folds_alike():
    finder = _finder(extra_place("X4", "Halfaya", "حلفايا", 35.26, 36.60, "town", "SY07"))
    assert [t for t, _f in _found(finder, "قصف لقوات النظام وحلفائه على كفرنبل")] == ["كفرنبل"]
    assert [t for t, _f in _found(finder, "قصف لقوات النظام على حلفايا")] == ["حلفايا"]


def test_a_verbal_noun_governing_an_is_no_village():
    finder = _finder(extra_place("X5", "Kashf", "الكشف", 34.4, 36.8, "village", "SY04"))
    assert [t for t, _f in _found(finder, "وبعد أيام من الكشف عن المقبرة قصفت الطائرات كفرنبل")] == ["كفرنبل"]
    assert [t for t, _f in _found(finder, "قصفت الطائرات قرية الكشف")] == ["قرية الكشف"]


def test_a_place_in_a_country_abroad_is_not_its_syrian_namesake():
    finder = _finder(extra_place("X6", "Sanjar", "سنجار", 35.59, 37.0, "town", "SY07"),
                     extra_place("geonames:99417", "Iraq", "العراق", 33.0, 44.0, "country", country="IQ"))
    for text in ("A drone hit a car near Sanjar in northern Iraq.", "قصفت طائرة سيارة قرب سنجار في شمال العراق",
                 "قصفت طائرة سيارة قرب سنجار بشمال العراق"):
        assert all(f.match.place.country != "SY" for _t, f in _found(finder, text)), text
    assert [f.match.place.id for _t, f in _found(finder, "A drone hit a car near Sanjar in Idleb.")][0] == "X6"


def test_a_longer_name_is_not_its_first_word():
    finder = _finder(extra_place("X7", "Tal", "تل", 33.6, 36.3, "town", "SY04"),
                     extra_place("X8", "Karri", "كري", 36.7, 36.7, "village", "SY02"),
                     extra_place("geonames:1", "Kerry", "", 52.1, -9.6, "city", country="IE", population=150_000))
    # a common word after a generic first word; a foreign city spelled as the first word
    for text in ("Regime forces shelled Tal Abu Ali at dawn.", "A drone struck a car near Kerri Mouzan."):
        assert not any(f.match is not None and f.match.place.id in ("X7", "X8") for _t, f in _found(finder, text)), text
    assert [f.match.place.id for _t, f in _found(finder, "A drone struck a car near Kerri, killing two.")] == ["X8"]


def test_a_countryside_after_between_x_and_y_locates_x_too():
    # Tell Ahmar and Kawkab are villages of both Aleppo and Hasakeh; Manbij's vote is for Aleppo
    finder = _finder(extra_place("X9", "Kawkab", "كوكب", 36.80, 40.90, "village", "SY08"),
                     extra_place("X10", "Kawkab", "كوكب", 36.30, 37.90, "village", "SY02"))
    found = dict(_found(finder, "قصفت قوات النظام منبج. وانفجر لغم على الطريق الواصل بين قرية تل أحمر "
                                "وقرية كوكب بريف الحسكة"))
    assert found["بين قرية تل أحمر"].match.place.id == "C4002"


def _jasim():
    return extra_place("X7", "Jasim", "جاسم", 35.99, 36.06, "town", "SY07")


def test_a_name_before_a_fathers_is_a_persons_wherever_it_stands_bare():
    finder = _finder(_jasim())
    text = "داهم مسلحون منزلا وقتلوا امرأة مع جاسم محمد العبيد، ثم اعتقلوا جاسم وأخاه. وقصفوا مدينة جاسم."
    assert [name for name, _f in _found(finder, text)] == ["مدينة جاسم"]


def test_a_quoted_name_of_several_words_is_a_persons():
    finder = _finder(_jasim())
    assert _found(finder, 'أعدم مسلحون امرأة وابنها "جاسم العبيد" في قرية نائية.') == []
    assert _found(finder, 'وصل وفد إلى "جاسم" أمس.')[0][0] == "جاسم"


def test_a_leaders_name_is_no_place():
    finder = _finder(_jasim())
    assert _found(finder, "اغتال مجهولون القيادي جاسم العبيد قرب منزله.") == []


def test_a_proclitic_on_a_function_word_is_no_first_name():
    # «بأن» folds to «بان», a first name: the place before it is no man's name
    finder = _finder(extra_place("X11", "Shahba", "الشهباء", 36.30, 37.20, "region", "SY02"))
    text = "أفاد مراسلنا في عفرين والشهباء بأن المواطن سعيد حسن عمر أصيب بجروح."
    assert "الشهباء" in [name for name, _f in _found(finder, text)]


def test_a_word_spelled_apart_from_the_village_folding_confuses_it_with_is_no_place():
    finder = _finder(extra_place("X12", "Jat", "جات", 36.70, 37.90, "village", "SY02"),
                     extra_place("X13", "Safha", "صفحا", 36.40, 41.10, "village", "SY08"),
                     extra_place("X14", "Rawda", "الروضة", 35.00, 36.90, "village", "SY04"))
    # a hamza on the line (a verb), a final «ة» (a common noun), a missing article
    assert _found(finder, "داهمت دورية مدينة حلب، جاءت على خلفية منشور.") \
        == _found(finder, "داهمت دورية مدينة حلب.")
    assert _found(finder, "نشر تعليق على صفحة ناشط معروف.") == []
    assert _found(finder, "سقطت قذيفة قريبا من روضة للأطفال.") == []
    # spelled as the village is, it still is one
    assert [name for name, _f in _found(finder, "سقطت قذيفة على صفحا.")] == ["صفحا"]
    assert [name for name, _f in _found(finder, "سقطت قذيفة على الروضة.")] == ["الروضة"]


def test_a_compound_name_in_al_din_alone_is_a_mans():
    finder = _finder(extra_place("X15", "Nour al-Din", "نور الدين", 36.10, 37.10, "neighbourhood", "SY02"))
    assert _found(finder, "كتب نور الدين سالم تعليقا: رحمه الله.") == []
    assert [name for name, _f in _found(finder, "سقطت قذيفة في نور الدين.")] == ["نور الدين"]


def test_a_word_in_construct_with_children_or_a_persons_title_is_no_village():
    finder = _finder(extra_place("X16", "Hadiqa", "حديقة", 35.00, 36.90, "village", "SY04"))
    assert _found(finder, "سقطت قذيفة على حديقة أطفال وسط الحي.") == []
    assert _found(finder, "نشر صورة على حديقة الناشط.") == []
    assert [name for name, _f in _found(finder, "سقطت قذيفة على حديقة صباحا.")] == ["حديقة"]


def test_a_countryside_and_a_direction_adjective_name_no_village():
    finder = _finder(extra_place("X21", "Shamali", "الشمالي", 35.10, 36.70, "village", "SY04"))
    found = _found(finder, "الرقة::عثر الأهالي على جثث ثلاثة رجال بالريف الشمالي.")
    assert all(f.match is None or f.match.place.id != "X21" for _name, f in found)
    assert "الشمالي" not in [name for name, _f in found]
    # the village itself, called by its name, still is one
    assert [f.match.place.id for _name, f in _found(finder, "سقطت قذيفة على قرية الشمالي.")] == ["X21"]


def test_an_area_joined_by_bi_to_a_city_is_a_part_of_that_city():
    # a village of the city's governorate, but far from the city
    finder = _finder(extra_place("X22", "Hamra", "الحمراء", 36.60, 38.00, "village", "SY02"))
    (_a, f), _b = _found(finder, "سقطت قذيفة على منطقة الحمراء بحلب.")
    assert f.match is None or f.match.place.id != "X22"
    (_a, f), _b = _found(finder, "سقطت قذيفة على منطقة الحمراء بريف حلب.")
    assert f.match.place.id == "X22"  # a countryside says only where


def test_an_indefinite_noun_a_present_verb_describes_is_no_village():
    finder = _finder(extra_place("X24", "Mashad", "مشهد", 35.50, 36.70, "village", "SY07"))
    for verb in ("يعكس", "يظهر"):
        assert not _found(finder, f"قتل ثلاثة رجال، في مشهد {verb} حالة الفوضى.")
    # the village, with no verb after it, still is one
    (name, f), = _found(finder, "سقطت قذيفة في مشهد صباحا.")
    assert f.match.place.id == "X24"


def test_a_generic_first_word_goes_on_with_abu_and_the_name_after_it():
    finder = _finder(extra_place("X25", "Tala", "تلة", 35.90, 36.10, "village", "SY07"))
    found = _found(finder, "قصفت الفصائل مواقع على محور تلة أم رجيم بريف إدلب الشمالي.")
    assert found[0][0] == "محور تلة أم رجيم" and found[0][1].key == ""
    assert all(f.match is None or f.match.place.id != "X25" for _name, f in found)


def test_a_distance_before_a_direction_still_locates_the_place_before_it():
    for text in ("A bomb killed two soldiers in Tell Ahmar, 20 km east of Manbij.",
                 "قتل عنصران بانفجار عبوة في قرية تل أحمر، 20 كم شرق منبج"):
        (name, f), (_where, g) = _found(_finder(), text)
        assert name.endswith(("Tell Ahmar", "تل أحمر")) and f.hint == 1 and g.hint_of == 0
        assert f.match.place.id == "C5001"


def test_the_towns_either_side_of_a_place_locate_it_and_are_no_places_of_their_own():
    finder = _finder()
    found = _found(finder, "قصفت مسيرة حاجزا في قرية اليوم بين مدينتي منبج وحلب.")
    village, manbij, aleppo = (f for _name, f in found)
    assert village.match.place.id == "C5003" and village.hint == 1 and manbij.hint_of == 0 and aleppo.hint_of == 1
    # a counted head word («مدينتي») between «بين» and the first town: one road, no second place
    (_name, first), (_other, second) = _found(finder, "استهدفت مسيرة سيارة على الطريق بين مدينتي منبج وحلب.")
    assert first.hint_of is None and second.hint_of == 0


def test_an_indefinite_word_many_villages_are_named_is_no_place():
    farms = [extra_place(f"X{n}", "Mazraa", "المزرعة" if n else "مزرعة", 35.0 + n / 10, 36.5, "village", "SY07")
             for n in range(6)]
    finder = _finder(*farms)
    found = _found(finder, "انفجرت عبوة قرب مزرعة بقرية حزوان.")
    assert [f.match.place.id for _name, f in found] == ["C5004"]
    # with its article the word is the village's name
    assert any(f.match.place.id.startswith("X") for _name, f in _found(finder, "انفجرت عبوة قرب المزرعة."))


def test_a_place_in_an_armed_groups_name_is_none_of_its_deeds():
    finder = _finder()
    for text in ("قنصت قوات تحرير منبج عنصرا على محور قرية حزوان.",
                 "The Manbij Liberation Forces sniped a fighter near the village of Hazwan."):
        assert [f.match.place.id for _name, f in _found(finder, text)] == ["C5004"]
    # the freeing of the town names it
    assert [f.match.place.id for _name, f in _found(finder, "أعلنت الفصائل تحرير منبج.")] == ["C5002"]


def test_a_clause_with_no_place_under_a_governorate_label_takes_the_sentences_place_in_it():
    ex = Extractor(tiny_gazetteer_with(extra_place("X70", "Deir-ez-Zor", "دير الزور", 35.33, 40.14, "city", "SY09"),
                                       extra_place("X71", "Hajin", "هجين", 34.70, 40.83, "town", "SY09")))
    text = "دير الزور::نفذت قسد عملية مداهمة في بلدة هجين، وأسفرت عن اعتقال 4 شبان.\n\nالرقة::قتل شاب."
    events = ex.extract_document(Document("t", text, date="2021-05-01")).events
    assert events and all(e.name == "Hajin" for e in events)


def test_a_military_airbase_is_the_base_the_gazetteer_names_either_way():
    # (the base is named after the village beside it)
    finder = _finder(extra_place("X72", "Shayrat", "الشعيرات", 34.50, 36.95, "village", "SY04"))
    for text in ("Jets hit the Shayrat military airbase at dawn.", "Jets hit the Shayrat military airport at dawn.",
                 "Jets hit the Shayrat airport at dawn."):
        (name, f), = _found(finder, text)
        assert name.startswith("Shayrat") and f.match.place.id == "curated:shayrat-airbase"


def test_the_town_whose_edge_a_place_is_at_locates_it():
    finder = _finder()
    (_name, f), (_where, g) = _found(finder, "انفجرت عبوة في منطقة حزوان بالطرف الشرقي من مدينة منبج.")
    assert f.hint == 1 and g.hint_of == 0


def test_the_place_shells_were_fired_from_is_not_where_they_fell():
    ex = Extractor(tiny_gazetteer_with())
    for text in ("أصيب ثلاثة مدنيين بقذائف أطلقها مسلحون من حزوان على مدينة منبج.",
                 "Rebels fired rockets from Hazwan on Manbij, wounding three civilians.",
                 "Armed groups positioned in Hazwan fired mortar shells on Manbij, wounding three civilians."):
        events = ex.extract_document(Document("t", text, date="2018-03-10")).events
        assert [e.name for e in events] == ["Manbij"], text
    # fleeing from a village is no firing: it stays the place
    events = ex.extract_document(Document("t", "قتل مدني بقصف جوي أثناء نزوحه من حزوان.", date="2018-03-10")).events
    assert [e.name for e in events] == ["Hazwan"]


def test_a_city_named_as_its_governorate_by_a_reporter_or_beside_its_villages_is_the_governorate():
    ex = Extractor(tiny_gazetteer_with())

    def precision(text):
        events = ex.extract_document(Document("t", text, date="2021-10-11")).events
        return {e.geo_precision for e in events if e.name == "Idleb"}

    assert precision("قال مراسلنا في إدلب إن قصفا مدفعيا استهدف منازل المدنيين، ما أدى لإصابة رجلين.") == {3}
    assert precision("Our correspondent in Idlib said shelling hit homes, wounding two men.") == {3}
    assert precision("قصفت قوات النظام إدلب، فيما انفجرت عبوة ناسفة في بلدة كفرنبل.") == {3}
    # «مدينة» says the city, and so does a place beside it (Ariha, 14 km off)
    assert precision("قصفت قوات النظام مدينة إدلب، فيما انفجرت عبوة ناسفة في بلدة كفرنبل.") == {1}
    assert precision("قصفت قوات النظام إدلب، فيما انفجرت عبوة ناسفة في بلدة أريحا.") == {1}


def test_the_city_a_government_is_named_for_is_none_of_its_forces_deeds():
    finder = _finder()
    for text in ("قصفت قوات حكومة حلب قرية حزوان بالمدفعية.", "The Aleppo government forces shelled the village of Hazwan."):
        assert [f.match.place.id for _name, f in _found(finder, text)] == ["C5004"]


def test_an_unknown_second_word_of_a_listed_name_leaves_its_first_to_the_places_hint():
    # «قريتي كري موزان وقرقوب»: the gazetteer knows a far village by the first word alone
    finder = _finder(extra_place("X81", "Karri", "كري", 36.70, 36.68, "village", "SY02"))
    (_name, f), (_where, g) = _found(finder, "استهدفت مسيرة سيارة بين قريتي كري موزان وقرقوب جنوب القامشلي.")
    assert f.match.place.id == "C4001" and g.match.place.id == "C4001"


def test_the_city_a_regime_or_its_authorities_are_named_for_is_none_of_their_deeds():
    finder = _finder()
    for text in ("قصفت ميليشيات نظام حلب قرية حزوان بالمدفعية.", "قصفت قوات سلطة حلب قرية حزوان.",
                 "The Aleppo regime shelled the village of Hazwan."):
        assert [f.match.place.id for _name, f in _found(finder, text)] == ["C5004"], text


def test_a_place_a_distance_is_measured_from_is_only_near_the_site():
    finder = _finder()
    for text in ("نفذت قوات التحالف إنزالا جويا على بعد عدة كيلومترات من منبج، واعتقلت رجلين.",
                 "نفذت قوات التحالف إنزالا جويا على بعد 3 كم من مدينة منبج.",
                 "Coalition troops raided a house a few kilometres from Manbij."):
        (_name, f), = _found(finder, text)
        assert (f.match.place.id, f.match.modifier, f.match.precision) == ("C5002", "near", 2), text
    (_name, f), = _found(finder, "نفذت قوات التحالف إنزالا جويا في منبج بعد منتصف الليل.")
    assert (f.match.modifier, f.match.precision) == ("", 1)
    (_name, f), = _found(finder, "اعتقلت قوات التحالف رجلا بعد عودته من منبج.")  # «بعد»: "after"
    assert (f.match.modifier, f.match.precision) == ("", 1)


def test_a_place_that_locates_a_list_locates_its_unknown_first_village_too():
    # «قرى X وY الواقعة في ناحية Z»: an unknown X is placed by Z, not by the nearest spelling far off
    finder = _finder(extra_place("X9201", "Shiyukh", "الشيوخ", 36.70, 38.05, "subdistrict", "SY02", precision=2))
    (_x, f), (_y, g), (_z, h) = _found(finder, "تتعرض قرى كفرصغيرة وحزوان الواقعة في ناحية الشيوخ لقصف مدفعي.")
    assert f.hint == g.hint == 2 and f.match.place.id == "X9201"


def test_a_drone_strike_told_again_without_a_place_is_no_event_at_the_reports_main_place():
    east = next(p for p in read_curated(CURATED, BuildReport()) if p.id == "curated:east-syria")
    ex = Extractor(tiny_gazetteer_with(east))
    text = ("أعلن الجيش الأمريكي أنه شن غارة في شرقي سوريا أدت إلى مقتل قيادي في داعش. "
            "وكان القيادي قد أقام في منبج لعامين ثم في منبج مجددا. "
            "وتم استهدافه بطائرة مسيرة أثناء قيادته دراجة نارية. "
            "ويرى باحثون أن التنظيم تخلى عن استهداف العدو البعيد.")
    events = ex.extract_document(Document("t", text, date="2023-07-09")).events
    assert [(e.name, e.geo_precision) for e in events] == [("Eastern Syria", 3)]


def _regions():
    return (extra_place("R1", "North-east Syria", "شمال شرق سوريا", 35.85, 40.18, "region", precision=3),
            extra_place("R2", "Eastern Syria", "شرق سوريا", 35.13, 40.32, "region", precision=3))


def test_a_region_wider_than_a_governorate_after_a_comma_locates_the_place_before_it():
    finder = _finder(*_regions())
    (_name, f), (_region, g) = _found(finder, "نفذت قوات التحالف إنزالا جويا في بلدة حزوان، شرق سوريا.")
    assert g.hint_of == 0 and f.hint == 1 and f.match.place.id == "C5004"


def test_directions_before_a_known_name_are_part_of_a_longer_known_name():
    # «شمال وشرق سوريا» is one region, not the direction «شمال» before «وشرق سوريا»
    north_east, east = _regions()
    north_east.names.append(Name("شمال وشرق سوريا", "ar", "test"))
    (_name, f), (region, g) = _found(_finder(north_east, east), "قصفت الطائرات قرية حزوان شمال وشرق سوريا.")
    assert region == "شمال وشرق سوريا" and [p.id for p in g.candidates] == ["R1"] and g.hint_of is None
