"""Each gazetteer reader on small files written in its source's format (tests/fixtures/sources)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from geomap.records import EXACT, NEAR, REGION
from geomap.sources import detect, discover, SourceError
from geomap.sources.geonames_dump import FetchError, fetch_dump, read_dump
from geomap.sources.ocha_admin import read_admin
from geomap.sources.ocha_communities import read_communities
from geomap.sources.report import BuildReport
from geomap.sources.syrian_archive import kind_from_name, read_landmarks, read_locations, split_head
from geomap.sources.user_csv import UserCSVError, read_user_csv
from geomap.sources.fields import arabic_or_latin_names, en_ar

SRC = Path(__file__).parent / "fixtures" / "sources"


@pytest.fixture()
def report():
    return BuildReport()


@pytest.fixture()
def admin(report):
    return {p.id: p for p in read_admin(SRC / "admin.topojson", BuildReport())}


def test_detect_gives_each_fixture_its_reader():
    expected = {
        "admin.topojson": "ocha-admin", "communities.geojson": "ocha-communities",
        "community-names.json": "ocha-community-names", "subdistrict-names.json": "ocha-subdistrict-names",
        "sa-locations.json": "syrian-archive-locations", "sa-landmarks.json": "syrian-archive-landmarks",
        "SY.txt": "geonames-dump", "extra.places.csv": "user-csv",
    }
    assert {p.name: detect(p) for p in SRC.iterdir()} == expected


def test_detect_ignores_garbage_and_discover_reports_it(tmp_path):
    (tmp_path / "junk.json").write_bytes(b"\x00\xff not json at all")
    (tmp_path / "notes.csv").write_text("a,b\n1,2\n")
    found = discover([tmp_path])
    assert found.files == {}
    assert sorted(p.name for p in found.unrecognised) == ["junk.json", "notes.csv"]


def test_discover_missing_folder_raises(tmp_path):
    with pytest.raises(SourceError, match="not found"):
        discover([tmp_path / "nope"])


def test_admin_levels_swaps_and_invalid_polygons(report):
    places = {p.id: p for p in read_admin(SRC / "admin.topojson", report)}
    assert set(places) == {"SY01", "SY02", "SY010000", "SY020000"}
    assert places["SY01"].kind == "governorate" and places["SY01"].precision == REGION
    sub = places["SY020000"]
    assert sub.kind == "subdistrict" and sub.precision == NEAR
    assert (sub.admin1, sub.admin1_ar, sub.admin2, sub.admin1_id) == ("Aleppo", "حلب", "Jebel Saman", "SY02")
    # «مركز جبل سمعان» keeps its full name and gains the bare one as a variant
    assert sub.name_ar == "مركز جبل سمعان"
    assert {"مركز جبل سمعان", "جبل سمعان"} <= {n.text for n in sub.names}
    assert sub.geometry.is_valid and sub.geometry.geom_type == "MultiPolygon"
    assert report.repairs["ocha-admin: invalid polygon made valid"] == 1
    assert report.repairs["ocha-admin: ADM0_EN/ADM0_AR swapped"] == 2
    # the point stands inside its outline
    gov = places["SY01"]
    assert gov.geometry.contains(__import__("shapely").Point(gov.lon, gov.lat))


def test_communities_join_repair_and_placement(admin, report):
    places = {p.id: p for p in read_communities(
        [SRC / "communities.geojson"], [SRC / "community-names.json"], [SRC / "subdistrict-names.json"],
        admin, report)}
    assert set(places) == {"C1001", "C1002", "C2001", "C1003"}  # C9001's sub-district is unknown
    assert places["C1001"].kind == "city" and places["C2001"].kind == "town"
    assert places["C1002"].kind == "village"
    # the names list adds its spelling to the point's
    assert {"Yarmuk", "Yarmouk", "اليرموك"} <= {n.text for n in places["C1002"].names}
    # the cut name loses its broken tail; the first part of a joined name is a variant
    cut = places["C2001"]
    assert "\ufffd" not in cut.name_ar and cut.name_ar.startswith("الاشرفية الشرقية-")
    assert "الاشرفية الشرقية" in {n.text for n in cut.names}
    assert "Eastern Ashrafiyeh" in {n.text for n in cut.names}
    assert report.repairs["ocha-communities: name cut mid-character, tail dropped"] == 1
    # names-only community: its sub-district's point and outline, precision 2, its admin names
    listed, sub = places["C1003"], admin["SY010000"]
    assert (listed.lat, listed.lon, listed.precision) == (sub.lat, sub.lon, NEAR)
    assert listed.admin1 == "Damascus" and listed.geometry is not None
    assert report.skipped["ocha-communities: listed community without coordinates or a known sub-district"] == 1


def test_syrian_archive_locations(admin, report):
    places = list(read_locations(SRC / "sa-locations.json", admin, report))
    by_name = {p.name: p for p in places}
    assert set(by_name) == {"Damascus", "Qaboun", "Sheikh Maqsoud", "Wadi Somewhere"}
    assert by_name["Damascus"].id == "C1001"  # community P-code kept for the merge
    assert by_name["Qaboun"].name_ar == "القابون"  # "- دمشق" and "(Damascus)" stripped
    hood = by_name["Sheikh Maqsoud"]
    assert hood.kind == "neighbourhood" and hood.id == "sa:2"
    assert "الشيخ مقصود" in {n.text for n in hood.names}
    assert hood.admin1 == "Aleppo"  # from its admin P-code
    nocoord = by_name["Wadi Somewhere"]
    assert (nocoord.lat, nocoord.precision) == (admin["SY010000"].lat, NEAR)
    assert report.repairs["syrian-archive: ' (((id)))' suffix removed"] == 6
    assert report.skipped["syrian-archive: no coordinates and no known admin P-code"] == 1
    # "X nahiyah": a sub-district, whose point is not where OCHA's boundaries put the unit
    assert report.skipped["syrian-archive: an admin unit, left to the OCHA boundaries"] == 1
    assert all("(((" not in n.text for p in places for n in p.names)


def test_syrian_archive_landmarks_kinds_and_far_off(admin, report):
    governorates = [p for p in admin.values() if p.kind == "governorate"]
    places = {p.name: p for p in read_landmarks(SRC / "sa-landmarks.json", governorates, [], report)}
    assert "Mezzeh prison" not in places  # said to be in Damascus, placed in Aleppo
    assert report.skipped["syrian-archive-landmarks: coordinates far from the stated region"] == 1
    assert places["Nayrab airbase"].kind == "airport"
    assert places["Tal Sakkin"].kind == "town"  # "nahiyah" dropped: the sub-district's seat
    assert places["Akramiyah"].name_ar == "الأكرمية"


def test_landmarks_without_admin_fall_back_to_syria_box(tmp_path, report):
    rows = [{"id": 0, "name": "Somewhere", "arabic_name": "مكان", "region": "HAMA", "latitude": "48.8", "longitude": "2.3"},
            {"id": 1, "name": "Hama clock", "arabic_name": "ساحة الساعة", "region": "HAMA", "latitude": "35.13", "longitude": "36.75"}]
    path = tmp_path / "lm.json"
    path.write_text(json.dumps(rows, ensure_ascii=False))
    places = list(read_landmarks(path, [], [], report))
    assert [p.name for p in places] == ["Hama clock"] and places[0].kind == "landmark"


def test_kind_and_head_words():
    assert kind_from_name("Kweires airbase") == "airport"
    assert kind_from_name("", "دوار الصاخور") == "landmark"
    assert kind_from_name("Saraqib") is None
    assert split_head("قرية ميزناز") == ("village", "ميزناز")
    assert split_head("مطار حماة") == (None, "مطار حماة")  # never «حماة» as the airport's name


def test_geonames_dump(report):
    places = {p.id: p for p in read_dump(SRC / "SY.txt", report)}
    assert len(places) == 4 and report.skipped["geonames-dump: malformed line"] == 1
    aleppo = places["geonames:170063"]
    assert (aleppo.kind, aleppo.population, aleppo.name_ar) == ("city", 1602264, "حلب")
    assert "Халеб" not in {n.text for n in aleppo.names}  # other scripts dropped
    assert places["geonames:170062"].kind == "governorate" and places["geonames:170062"].precision == REGION
    assert places["geonames:7910046"].kind == "airport"
    # its airport codes are no names a report would use («DAM» is not Damascus)
    assert {n.text for n in places["geonames:7910046"].names} >= {"Al Nayrab", "مطار النيرب"}
    assert not {"OSAP", "ALP"} & {n.text for n in places["geonames:7910046"].names}
    assert places["geonames:169999"].kind == "village" and places["geonames:169999"].precision == EXACT


def test_fetch_offline_and_bad_code(tmp_path, monkeypatch):
    import urllib.request

    def offline(*a, **k):
        raise urllib.error.URLError("Temporary failure in name resolution")

    monkeypatch.setattr(urllib.request, "urlopen", offline)
    with pytest.raises(FetchError, match="offline"):
        fetch_dump("SY", tmp_path)
    with pytest.raises(ValueError):
        fetch_dump("Syria", tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_user_csv(report):
    places = list(read_user_csv(SRC / "extra.places.csv", report))
    assert [p.name for p in places] == ["Checkpoint 7", "Aleppo", "Ghost alias"]
    cp = places[0]
    assert (cp.kind, cp.lat, cp.lon, cp.name_ar) == ("checkpoint", 36.25, 37.2, "حاجز السابع")
    assert {"Seventh checkpoint", "CP7"} <= {n.text for n in cp.names}
    alias = places[1]
    assert alias.lat is None and {"Halab al-Shahba", "الشهباء"} <= {n.text for n in alias.names}
    assert report.skipped == {"user: row without a name": 1, "user: row with half or impossible coordinates": 1}


def test_user_csv_without_name_column(tmp_path, report):
    path = tmp_path / "x.csv"
    path.write_text("title,lat\nfoo,1\n")
    with pytest.raises(UserCSVError, match="name"):
        list(read_user_csv(path, report))


def test_field_helpers():
    assert en_ar("حلب", "Aleppo") == ("Aleppo", "حلب", True)
    assert en_ar("Aleppo", "حلب") == ("Aleppo", "حلب", False)
    kept = {n.text for n in arabic_or_latin_names("t", "Ḩamāh", "حماة", "Хама", "哈馬", "ہما")}
    assert kept == {"Ḩamāh", "حماة"}
