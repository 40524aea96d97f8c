"""Resolver and toponyms: choosing among namesakes by what the text calls the place and where
it says it is (village or city quarter, the countryside of a town, the city a report named)."""
from collections import Counter
from pathlib import Path

from geomap.actors import find_actors
from geomap.records import REGION, Name
from geomap.resolver import Context, Resolver
from geomap.segment import segment
from geomap.sources.curated import read_curated
from geomap.sources.report import BuildReport
from geomap.toponyms import ToponymFinder
from tiny_places import extra_place, tiny_gazetteer_with

CURATED = Path(__file__).resolve().parents[1] / "gazetteer"


def test_a_place_called_a_village_is_not_the_city_quarter_of_its_name():
    # the village's own record joins three names, so its spelling is far less like the query's
    village = extra_place("C9101", "Safsafa - Jdeideh - Kabireh", "الصفصافة-الجديدة-الكبيرة", 34.80, 36.95,
                          "village", "SY04")
    village.names += [Name("Safsafa", "en", "test"), Name("الصفصافة", "ar", "test")]
    r = Resolver(tiny_gazetteer_with(
        extra_place("curated:homs-safsafa", "Safsafa", "الصفصافة", 34.72, 36.70, "neighbourhood", "SY04",
                    population=100_000), village))  # a big quarter
    for q in ("قرية الصفصافة", "village of Safsafa", "قرية الصفصافة، ريف حمص الشرقي"):
        assert r.resolve(q).place.id == "C9101", q
    assert r.resolve("حي الصفصافة").place.id == "curated:homs-safsafa"  # called a quarter, it is one


def test_the_countryside_of_a_town_is_around_the_town_not_in_its_districts_middle():
    town = (36.53, 37.95)  # Manbij in the tiny gazetteer
    r = Resolver(tiny_gazetteer_with(
        extra_place("curated:rif-manbij", "Manbij countryside", "ريف منبج", 36.40, 38.20, "region", "SY02", precision=3),
        extra_place("curated:rif-halab", "Aleppo countryside", "ريف حلب", 36.20, 37.60, "region", "SY02", precision=3)))
    for q in ("ريف منبج", "the Manbij countryside", "قرى ريف منبج"):
        m = r.resolve(q)
        assert (m.place.id, (m.lat, m.lon), m.precision) == ("curated:rif-manbij", town, REGION), q
    m = r.resolve("ريف حلب")  # a governorate's countryside keeps its region
    assert (m.place.id, (m.lat, m.lon)) == ("curated:rif-halab", (36.20, 37.60))


def _resolved(finder, text):
    seg = segment(text)
    blocked = {k for a in find_actors(seg.tokens) for k in range(a.first, a.last)}
    resolved, _ = finder.resolve(seg, finder.find(seg, blocked))
    return {m.text: m.match for m in resolved}


def test_a_quarter_the_gazetteer_lacks_is_in_the_city_the_report_named_before():
    finder = ToponymFinder(Resolver(tiny_gazetteer_with(
        extra_place("C9102", "Kurum", "الكروم", 34.90, 36.60, "village", "SY04"),
        extra_place("C9103", "Sharqiya", "الشرقية", 34.90, 36.80, "village", "SY04"))))
    found = _resolved(finder, "قصفت الطائرات مدينة حلب صباحا. وسقطت قذائف على حي الكروم.")
    assert found["حي الكروم"].place.id == "C1007"
    found = _resolved(finder, "قصفت الطائرات مدينة حلب صباحا، وتركز القصف على الأحياء الشرقية.")
    assert all(m.place.id != "C9103" for m in found.values())


def test_curated_aliases_of_old_and_foreign_names():
    by_id = {p.id: p for p in read_curated(CURATED, BuildReport())}
    def names(pid):
        return {n.text for n in by_id[pid].names}
    assert {"Resulayn", "Resülayn"} <= names("C4988")  # Ras al-Ain, as the Turkish press writes it
    assert {"Apamea", "أفاميا"} <= names("C3207")  # the ruins by Qalaat al-Madiq
    assert {"Şehba region", "Şehba"} <= names("curated:shahba-region")  # north of Aleppo, not Sweida's Shahba
    assert {"Menagh", "منغ"} <= names("curated:menagh-airbase")
    assert "al-Jinah" in names("C1032")


def test_a_place_in_the_middle_of_a_town_is_in_that_town():
    # «وسط حمص»: a quarter the gazetteer lacks is Homs, not a village of its name 30 km off
    finder = ToponymFinder(Resolver(tiny_gazetteer_with(
        extra_place("C9104", "Zahra", "الزهراء", 34.95, 36.95, "village", "SY04"))))
    found = _resolved(finder, "قتل رجل برصاص مجهولين في منطقة الزهراء وسط حمص.")
    assert found["منطقة الزهراء"].place.id == "C2001" and found["منطقة الزهراء"].precision == 2
    assert _resolved(finder, "قتل رجل برصاص مجهولين في منطقة الزهراء.")["منطقة الزهراء"].place.id == "C9104"


def test_a_town_the_hint_just_misses_is_the_town_not_its_sub_district():
    # the sub-district's centre lies within the hint's reach of Homs, its seat just beyond it
    resolver = Resolver(tiny_gazetteer_with(
        extra_place("C9105", "Karma", "الكرمة", 35.10, 36.71, "town", "SY07"),
        extra_place("SY070901", "Karma", "الكرمة", 35.00, 36.71, "subdistrict", "SY07")))
    match = resolver.resolve("بلدة الكرمة جنوب حمص")
    assert match.place.id == "C9105" and match.precision == 1


def test_a_sub_district_with_no_outline_locates_the_village_near_its_point():
    # two villages of one name in one governorate: the one near the (curated) sub-district's point
    resolver = Resolver(tiny_gazetteer_with(
        extra_place("C9106", "Dalia", "الدالية", 36.45, 36.95, "village", "SY02"),
        extra_place("C9107", "Dalia", "الدالية", 36.00, 38.20, "village", "SY02"),
        extra_place("X9108", "Kafrouma", "كفروما", 36.44, 36.89, "subdistrict", "SY02", precision=2)))
    assert resolver.resolve("قرية الدالية، ناحية كفروما").place.id == "C9106"


def test_bare_shahba_in_a_report_on_aleppo_is_the_region_north_of_aleppo():
    # «الشهباء», as Kurdish reports call the region around Tell Rifaat, is spelt like a town «شهبا»
    # elsewhere (Sweida's): a report whose other places are in Aleppo governorate means the region
    region = next(p for p in read_curated(CURATED, BuildReport()) if p.id == "curated:shahba-region")
    resolver = Resolver(tiny_gazetteer_with(
        region, extra_place("C9109", "Shahba", "شهبا", 34.85, 36.63, "town", "SY04")))
    assert resolver.resolve("الشهباء", Context(admin1_votes=Counter({"SY02": 3}))).place.id == region.id


def test_a_quarter_is_in_the_last_city_named_plainly_not_one_told_by_a_direction():
    # «مراسلنا شمالي حلب»: the land north of Aleppo, no city whose quarters the report goes on to name
    finder = ToponymFinder(Resolver(tiny_gazetteer_with()))
    found = _resolved(finder, "سقطت قذائف على مدينة منبج. وقال مراسلنا شمالي حلب إن القصف طال حي الكروم القريب.")
    assert found["حي الكروم القريب"].place.id == "C5002"


def test_curated_eastern_syria_and_tal_hmis_spelt_with_kha():
    places = read_curated(CURATED, BuildReport())
    east = next(p for p in places if p.id == "curated:east-syria")
    resolver = Resolver(tiny_gazetteer_with(east))
    for q in ("شرقي سوريا", "الشرق السوري", "eastern Syria"):
        assert resolver.resolve(q).place.id == east.id, q
    assert "تل خميس" in {n.text for p in places if p.id == "C4639" for n in p.names}
