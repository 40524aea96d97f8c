"""The build: merging by P-code and by name and distance, admin units, the store, the CLI."""
from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from geomap.gazetteer import build_gazetteer, describe, fill_admin, load_gazetteer, merge_places
from geomap.normalize import key
from geomap.records import EXACT, Name, Place
from geomap.sources import geonames_builtin
from geomap.sources.report import BuildReport
from geomap.store import Gazetteer

SRC = Path(__file__).parent / "fixtures" / "sources"


def _place(id, name, lat, lon, kind="village", source="a", **kw):
    return Place(id=id, name=name, lat=lat, lon=lon, kind=kind, names=[Name(name, "", source)],
                 sources=[source], **kw)


@pytest.fixture(scope="module")
def fixture_store(tmp_path_factory):
    out = tmp_path_factory.mktemp("fx") / "g.sqlite"
    report = build_gazetteer([SRC], output=out, curated_dir=None, builtin=False)
    return report, Gazetteer.read(out)


@pytest.fixture()
def no_builtin(monkeypatch):
    """The CLI always adds the world's GeoNames; tests of its plumbing do without (speed)."""
    monkeypatch.setattr(geonames_builtin, "read_builtin", lambda report: iter(()))


def _one(gaz, name, kind=None):
    found = [p for p in gaz.lookup(key(name)) if kind is None or p.kind == kind]
    assert len(found) == 1, (name, found)
    return found[0]


def test_merge_by_pcode_keeps_ocha_and_takes_better_point(fixture_store):
    _, gaz = fixture_store
    damascus = gaz.by_id["C1001"]
    assert damascus.sources == ["ocha-communities", "syrian-archive"]
    assert (damascus.lat, damascus.lon) == (33.51, 36.29)  # OCHA's point, not SA's
    # names-only community placed at its sub-district, then given SA's exact point
    qaboun = gaz.by_id["C1003"]
    assert (qaboun.lat, qaboun.lon, qaboun.precision) == (33.54, 36.33, EXACT)
    assert qaboun.geometry_wkb is None and "syrian-archive" in qaboun.sources


def test_merge_by_name_and_distance(fixture_store):
    _, gaz = fixture_store
    airbase = _one(gaz, "مطار النيرب")
    assert set(airbase.sources) == {"geonames-dump", "syrian-archive-landmarks"}
    assert {"Nayrab Military Airbase", "Nayrab airbase"} <= {n.text for n in gaz.names(airbase)}
    seat = _one(gaz, "تل سكين")
    assert set(seat.sources) == {"geonames-dump", "syrian-archive-landmarks"}


def test_user_alias_joins_existing_place_and_unknown_alias_is_counted(fixture_store):
    report, gaz = fixture_store
    aleppo = _one(gaz, "Halab al-Shahba")
    assert aleppo.id == "geonames:170063" and aleppo.kind == "city"
    assert "user" in aleppo.sources
    assert gaz.lookup(key("Phantom")) == []
    assert report.merges["alias with no place of that name: skipped"] == 1
    assert gaz.by_id["user:checkpoint-7"].kind == "checkpoint"


def test_admin_units_filled_from_polygons(fixture_store):
    report, gaz = fixture_store
    aleppo = gaz.by_id["geonames:170063"]  # a GeoNames point inside the Jebel Saman outline
    assert (aleppo.admin1, aleppo.admin1_ar, aleppo.admin3, aleppo.admin1_id) == ("Aleppo", "حلب", "Jebel Saman", "SY02")
    assert report.repairs["admin units filled from the OCHA polygon containing the place"] >= 1


def test_region_across_governorates_or_country_takes_no_admin_unit_from_its_centre():
    import shapely

    unit = _place("SY0700", "Idleb", 35.9, 36.6, kind="district", admin1="Idleb", admin1_id="SY07")
    unit.geometry_wkb = shapely.box(36.0, 35.5, 37.0, 36.5).wkb
    village = _place("v", "Binnish", 35.95, 36.7)
    region = _place("curated:nw", "North-west Syria", 35.95, 36.6, kind="region")
    country = _place("curated:country-sy", "Syria", 35.9, 36.5, kind="country")  # (a centre in Idleb, for the test)
    fill_admin([unit, village, region, country], BuildReport())
    assert (village.admin1, village.admin1_id) == ("Idleb", "SY07")
    # else every «سوريا» of a report would vote for the governorate under the country's centre
    assert (region.admin1, region.admin1_id) == (country.admin1, country.admin1_id) == ("", "")


def test_report_is_stored_and_counts_every_repair(fixture_store):
    report, gaz = fixture_store
    stored = BuildReport.from_dict(gaz.report)
    assert stored.places == len(gaz.places) == report.places
    assert stored.read["ocha-admin"] == 4 and stored.kinds["subdistrict"] == 2
    assert stored.repairs["ocha-communities: name cut mid-character, tail dropped"] == 1
    assert stored.skipped["geonames-dump: malformed line"] == 1
    assert sum(stored.sources.values()) >= stored.places


def test_merge_rules():
    report = BuildReport()
    ocha = _place("C1", "Saraqib", 35.86, 36.80, source="ocha-communities")
    gn = _place("geonames:1", "Saraqib", 35.865, 36.806, kind="town", source="geonames", population=34231)
    far = _place("geonames:2", "Saraqib", 36.5, 37.5, source="geonames")  # same name, ~90 km off
    area = _place("SY0701", "Saraqib", 35.86, 36.80, kind="district", source="ocha-admin")
    twin = _place("C2", "Saraqib", 35.87, 36.81, source="ocha-communities")  # OCHA lists each once
    places = merge_places([area, ocha, gn, far, twin], report)
    assert [p.id for p in places] == ["SY0701", "C1", "geonames:2", "C2"]
    merged = places[1]
    assert merged.kind == "town" and merged.population == 34231  # GeoNames' size lifts the village
    assert merged.sources == ["ocha-communities", "geonames"]
    assert report.merges == {"same name nearby": 1}


def test_pcode_far_apart_kept_apart():
    report = BuildReport()
    ocha = _place("C1", "Kafr Nabl", 35.61, 36.56, source="ocha-communities")
    sa = _place("C1", "Elsewhere", 33.0, 36.0, source="syrian-archive")
    places = merge_places([ocha, sa], report)
    assert [p.id for p in places] == ["C1", "C1:syrian-archive"]
    assert report.merges["same P-code but too far apart: kept apart"] == 1


def test_garbage_file_is_reported_and_the_rest_builds(tmp_path):
    src = tmp_path / "src"
    shutil.copytree(SRC, src)
    (src / "junk.bin").write_bytes(os.urandom(256))
    (src / "broken-sa.json").write_text('[{"search_name_en": "x (((1)))", "lat": ')  # cut short
    report = build_gazetteer([src], output=tmp_path / "g.sqlite", curated_dir=None, builtin=False)
    assert report.files[str(src / "junk.bin")] == "unrecognised"
    assert any("broken-sa.json" in e for e in report.errors)
    assert report.read["ocha-communities"] == 4 and report.places > 10


def test_cli_build_info_and_exit_codes(tmp_path, no_builtin, monkeypatch):
    from geomap.cli import app
    import geomap.cli.gazetteer  # noqa: F401  (registers the commands)

    monkeypatch.delenv("GEOMAP_SOURCES", raising=False)
    runner = CliRunner()
    out = tmp_path / "g.sqlite"
    bad = runner.invoke(app, ["gazetteer", "build", "--source", str(tmp_path / "missing"), "-o", str(out)])
    assert bad.exit_code == 2 and "source folder not found" in bad.output and not out.exists()
    assert "Traceback" not in bad.output
    bad_csv = runner.invoke(app, ["gazetteer", "build", "--user-csv", str(tmp_path / "x.csv"), "-o", str(out)])
    assert bad_csv.exit_code == 2 and "user CSV not found" in bad_csv.output

    ok = runner.invoke(app, ["gazetteer", "build", "--source", str(SRC), "-o", str(out)])
    assert ok.exit_code == 0, ok.output
    assert out.is_file() and "places" in ok.output

    info = runner.invoke(app, ["gazetteer", "info", "--gazetteer", str(out)])
    assert info.exit_code == 0
    for expected in ("places by source", "ocha-communities", "places by kind", "governorate",
                     "repairs", "ADM0_EN/ADM0_AR swapped", "skipped"):
        assert expected in info.output
    missing = runner.invoke(app, ["gazetteer", "info", "--gazetteer", str(tmp_path / "none.sqlite")])
    assert missing.exit_code == 2 and "no gazetteer" in missing.output
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_text("not sqlite")
    assert runner.invoke(app, ["gazetteer", "info", "--gazetteer", str(garbage)]).exit_code == 2


def test_cli_fetch_offline(tmp_path, monkeypatch):
    import urllib.error
    import urllib.request
    from geomap.cli import app
    import geomap.cli.gazetteer  # noqa: F401

    def offline(*a, **k):
        raise urllib.error.URLError("no network")

    monkeypatch.setattr(urllib.request, "urlopen", offline)
    runner = CliRunner()
    result = runner.invoke(app, ["gazetteer", "fetch", "SY", "--dest", str(tmp_path)])
    assert result.exit_code == 1 and "cannot download" in result.output
    assert runner.invoke(app, ["gazetteer", "fetch", "Syria"]).exit_code == 2
    assert list(tmp_path.iterdir()) == []


def test_load_gazetteer_builds_once_then_caches(tmp_path, no_builtin, monkeypatch, capsys):
    monkeypatch.setenv("GEOMAP_SOURCES", str(SRC))
    path = tmp_path / "auto.sqlite"
    first = load_gazetteer(path)
    assert "no gazetteer at" in capsys.readouterr().err and path.is_file()
    assert first.by_id["C1001"].name == "Damascus"
    assert load_gazetteer(path, quiet=True) is first  # cached: no reload
    build_gazetteer([], output=path, curated_dir=None, builtin=False)  # rebuilt: new mtime
    again = load_gazetteer(path)
    assert again is not first and "C1001" not in again.by_id


def test_a_store_built_from_other_curated_tables_than_the_shipped_ones_says_so(tmp_path, capsys):
    from geomap.config import CURATED_DIR

    tables = shutil.copytree(CURATED_DIR, tmp_path / "curated")
    path = tmp_path / "g.sqlite"
    build_gazetteer([], output=path, curated_dir=tables, builtin=False)
    load_gazetteer(path)
    assert "older curated tables" not in capsys.readouterr().err  # the same tables: nothing to say
    with open(tables / "landmarks.csv", "a", encoding="utf-8") as f:
        f.write("test-site,Test site,,,,landmark,35.0,37.0,SY05\n")
    build_gazetteer([], output=path, curated_dir=tables, builtin=False)
    load_gazetteer(path)
    err = capsys.readouterr().err
    assert "older curated tables" in err and "geomap gazetteer build" in err


def test_a_store_without_the_spelling_index_says_to_rebuild_it(tmp_path, capsys):
    from geomap.config import CURATED_DIR

    path = tmp_path / "g.sqlite"
    build_gazetteer([], output=path, curated_dir=CURATED_DIR, builtin=False)
    load_gazetteer(path)
    assert "without the index" not in capsys.readouterr().err
    con = sqlite3.connect(path)  # as a store written by an older geomap
    con.execute("DROP INDEX names_place")
    con.commit()
    con.close()
    gaz = load_gazetteer(path)
    assert "without the index" in capsys.readouterr().err
    place = next(p for p in gaz.places if gaz.names(p))  # still read, only slower
    assert gaz.names(place)


def test_describe_lists_sources_and_kinds(fixture_store):
    _, gaz = fixture_store
    text = describe(gaz)
    assert f"places: {len(gaz.places)}" in text
    assert "syrian-archive-landmarks" in text and "checkpoint" in text


def test_default_gazetteer_has_the_world_and_syria(default_gazetteer):
    aleppo = [p for p in default_gazetteer.lookup(key("حلب")) if p.kind == "city"]
    assert aleppo and abs(aleppo[0].lat - 36.2) < 0.1 and abs(aleppo[0].lon - 37.15) < 0.1
    moscow = [p for p in default_gazetteer.lookup(key("موسكو")) if p.country == "RU"]
    assert moscow and moscow[0].kind == "city"
    assert any(p.kind == "country" for p in default_gazetteer.lookup(key("Turkey")))


@pytest.mark.shared
def test_full_build_counts_and_known_places(full_gazetteer):
    report = BuildReport.from_dict(full_gazetteer.report)
    kinds = report.kinds
    # (the 272 OCHA sub-districts and one curated, gazetteer/regions.csv)
    assert kinds["governorate"] == 14 and kinds["district"] == 62 and kinds["subdistrict"] == 273
    ocha = sum(1 for p in full_gazetteer.places if "ocha-communities" in p.sources)
    assert ocha > 5000
    assert report.repairs["ocha-communities: name cut mid-character, tail dropped"] == 6
    assert report.repairs["ocha-admin: invalid polygon made valid"] >= 6
    assert report.skipped.get("syrian-archive-landmarks: coordinates far from the stated region", 0) > 0
    assert not report.errors
    known = {"Kafr Nobol": (35.61, 36.56), "Aleppo": (36.20, 37.14), "Tadmor": (34.56, 38.28)}
    for name, (lat, lon) in known.items():
        place = next(p for p in full_gazetteer.lookup(key(name)) if p.id.startswith("C"))  # the community
        assert abs(place.lat - lat) < 0.05 and abs(place.lon - lon) < 0.05, name
        assert place.admin1 and place.admin1_id.startswith("SY")
    syrian = [p for p in full_gazetteer.places if p.country == "SY" and p.kind != "country"]
    assert sum(1 for p in syrian if p.admin1) / len(syrian) > 0.99


def test_ocha_twin_names_give_every_part_and_name_district_pairs_the_first():
    from geomap.sources.ocha_communities import _spellings

    # «_» pairs two names of one village (Arabic and Kurdish, say): its English "A - B" does too
    twins = {n.text for n in _spellings("Dabsa - Gundik", "دبسة_گونديك")}
    assert {"Dabsa", "Gundik", "دبسة"} <= twins
    # without «_», "A - B" is a name and the district it lies in
    located = {n.text for n in _spellings("Dabsa - Efrin", "دبسة - عفرين")}
    assert "Dabsa" in located and "Efrin" not in located
