"""The project's own gazetteer tables (`gazetteer/*.csv`, described in gazetteer/README.md).

- regions.csv: regional names no source lists as a feature (ريف حلب, القلمون, Eastern Ghouta),
  each with a fallback centre and the OCHA admin units it covers (`region_pcodes`);
- aliases.csv: variant spellings of places the sources do list (كوباني, Deir Ezzor), keyed by
  the target's OCHA P-code so the build merges them onto it by id, with the target's names and
  point so they still resolve in the built-in default, which has no OCHA data;
- landmarks.csv: air bases, airports, city quarters and a few other sites, which reports name
  often and the sources hardly list («مطار الشعيرات», "T4 airbase", «قاعدة التنف», «حي المزة»);
- countries.csv: countries and the foreign cities Syria news names (ماليزيا, جنيف).

A bad row is counted in the build report (`report.skip`) and left out; it never stops the build.
"""
from __future__ import annotations

import csv
import hashlib
import io
import re
from pathlib import Path
from typing import Iterator

from ..normalize import clean
from ..records import AREA_KINDS, EXACT, KIND_RANK, NEAR, REGION, Name, Place
from .fields import in_syria_bbox, read_text, to_float, to_int
from .report import BuildReport

SOURCE = "curated"
REGIONS, ALIASES, LANDMARKS, COUNTRIES = "regions.csv", "aliases.csv", "landmarks.csv", "countries.csv"

ADMIN_PCODE = re.compile(r"^SY\d{2}(\d{2}(\d{2})?)?$")  # governorate, district, sub-district
COMMUNITY_PCODE = re.compile(r"^C\d{4,5}$")
GOVERNORATE_PCODE = re.compile(r"^SY\d{2}$")
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_ISO2 = re.compile(r"^[A-Z]{2}$")
_LIST_SEP = re.compile(r"\s*;\s*")

# Names of the governorates, so curated places carry admin1 without the OCHA boundaries.
GOVERNORATES = {
    "SY01": ("Damascus", "دمشق"), "SY02": ("Aleppo", "حلب"), "SY03": ("Rural Damascus", "ريف دمشق"),
    "SY04": ("Homs", "حمص"), "SY05": ("Hama", "حماة"), "SY06": ("Lattakia", "اللاذقية"),
    "SY07": ("Idleb", "إدلب"), "SY08": ("Al-Hasakeh", "الحسكة"), "SY09": ("Deir-ez-Zor", "دير الزور"),
    "SY10": ("Tartous", "طرطوس"), "SY11": ("Ar-Raqqa", "الرقة"), "SY12": ("Dar'a", "درعا"),
    "SY13": ("As-Sweida", "السويداء"), "SY14": ("Quneitra", "القنيطرة"),
}


class RowError(ValueError):
    """Why one table row cannot be used; the message is the report's skip reason."""


def read_curated(curated_dir: Path, report: BuildReport) -> Iterator[Place]:
    """Every usable row of the four tables as a Place. `report` needs `skip(reason, n=1)` and
    `count_read(source, n=1)` (geomap.sources.report.BuildReport)."""
    for table, to_place in ((REGIONS, _region), (ALIASES, _alias), (LANDMARKS, _landmark), (COUNTRIES, _country)):
        seen: set[str] = set()
        for row in _rows(Path(curated_dir) / table, report):
            try:
                place = to_place(row)
                if place.id in seen:
                    raise RowError("duplicate id")
            except RowError as e:
                report.skip(f"{SOURCE} {table}: {e}")
                continue
            seen.add(place.id)
            report.count_read(SOURCE)
            yield place


def digest(curated_dir: Path) -> str:
    """A digest of the tables' bytes: a store built from other tables than the shipped ones
    misses their newer rows (gazetteer.load_gazetteer says so)."""
    h = hashlib.sha256()
    for table in (REGIONS, ALIASES, LANDMARKS, COUNTRIES):
        path = Path(curated_dir) / table
        h.update(table.encode() + b"\0" + (path.read_bytes() if path.is_file() else b"") + b"\0")
    return h.hexdigest()[:16]


def region_pcodes(curated_dir: Path) -> dict[str, list[str]]:
    """Place id -> the OCHA admin P-codes a region covers (for the union of their outlines).

    Regions without P-codes (known only by a centre) and unusable rows are left out."""
    out: dict[str, list[str]] = {}
    for row in _rows(Path(curated_dir) / REGIONS, BuildReport()):
        try:
            place, pcodes = _region(row), _pcodes(row)
        except RowError:
            continue
        if pcodes:
            out.setdefault(place.id, pcodes)
    return out


def _rows(path: Path, report: BuildReport) -> Iterator[dict[str, str]]:
    """The rows of one table, cleaned, keyed by lower-case column name."""
    if not path.is_file():
        report.skip(f"{SOURCE}: table {path.name} missing")
        return
    text, bad = read_text(path)
    if bad:
        report.skip(f"{SOURCE} {path.name}: not UTF-8, table left out")
        return
    reader = csv.DictReader(io.StringIO(text))
    for row in reader:
        if None in row or any(v is None for v in row.values()):
            report.skip(f"{SOURCE} {path.name}: row with the wrong number of fields")
            continue
        cleaned = {k.strip().lower(): clean(v) for k, v in row.items()}
        if any(cleaned.values()):
            yield cleaned


def _region(row: dict[str, str]) -> Place:
    _pcodes(row)  # a region naming a malformed unit is wrong as a whole
    return _place(row, f"{SOURCE}:{_slug(row)}", kind_default="region", syrian=True)


def _pcodes(row: dict[str, str]) -> list[str]:
    pcodes = _split(row.get("pcodes", ""))
    for code in pcodes:
        if not ADMIN_PCODE.match(code):
            raise RowError(f"malformed admin P-code {code!r}")
    return pcodes


def _alias(row: dict[str, str]) -> Place:
    target = row.get("target_pcode", "")
    if not (ADMIN_PCODE.match(target) or COMMUNITY_PCODE.match(target)):
        raise RowError("target_pcode missing or malformed")
    return _place(row, target, kind_default="village", syrian=True)


def _landmark(row: dict[str, str]) -> Place:
    return _place(row, f"{SOURCE}:{_slug(row)}", kind_default="landmark", syrian=True)


def _country(row: dict[str, str]) -> Place:
    iso2 = row.get("iso2", "").upper()
    if not _ISO2.match(iso2):
        raise RowError("iso2 missing or malformed")
    place = _place(row, f"{SOURCE}:{_slug(row)}", kind_default="country", syrian=False)
    place.country = iso2
    return place


def _place(row: dict[str, str], place_id: str, *, kind_default: str, syrian: bool) -> Place:
    """The fields every table shares: names, kind, point, precision, governorate."""
    name_en, name_ar = row.get("name_en", ""), row.get("name_ar", "")
    if not (name_en or name_ar):
        raise RowError("row without a name")
    kind = row.get("kind", "").lower() or kind_default
    if kind not in KIND_RANK:
        raise RowError(f"unknown kind {kind!r}")
    lat, lon = to_float(row.get("lat")), to_float(row.get("lon"))
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise RowError("lat/lon missing or not a coordinate")
    if syrian and not in_syria_bbox(lat, lon):
        raise RowError("lat/lon outside Syria")
    precision = REGION if kind in AREA_KINDS else EXACT
    if row.get("precision"):
        precision = to_int(row["precision"])
        if precision not in (EXACT, NEAR, REGION):
            raise RowError("precision not 1, 2 or 3")
    admin1_id = row.get("admin1_pcode", "") if syrian else ""
    if admin1_id and not GOVERNORATE_PCODE.match(admin1_id):
        raise RowError(f"malformed admin1_pcode {admin1_id!r}")
    admin1, admin1_ar = GOVERNORATES.get(admin1_id, ("", ""))
    return Place(
        id=place_id, name=name_en or name_ar, name_ar=name_ar, lat=lat, lon=lon, kind=kind,
        country="SY" if syrian else "", admin1=admin1, admin1_ar=admin1_ar, admin1_id=admin1_id,
        precision=precision, names=_names(row), sources=[SOURCE],
    )


def _names(row: dict[str, str]) -> list[Name]:
    """Every spelling of a row, once, tagged by the column it came from."""
    out: list[Name] = []
    seen: set[str] = set()
    for column, lang in (("name_en", "en"), ("name_ar", "ar"), ("aliases_en", "en"), ("aliases_ar", "ar")):
        for text in _split(row.get(column, "")):
            if text not in seen:
                seen.add(text)
                out.append(Name(text, lang, SOURCE))
    return out


def _split(value: str) -> list[str]:
    return [v for v in _LIST_SEP.split(value) if v]


def _slug(row: dict[str, str]) -> str:
    slug = row.get("id", "").lower()
    if not _SLUG.match(slug):
        raise RowError("id missing or not a slug (a-z, 0-9, hyphens)")
    return slug
