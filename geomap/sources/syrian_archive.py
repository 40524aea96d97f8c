"""Syrian Archive (Mnemonic) location list and landmark list.

Locations: `search_name_*` carry a ` (((id)))` suffix and join the place with its sub-district,
district and governorate by " - " (or "GOVERNORATE : place" for city neighbourhoods);
`closest_geonames_post_code` is mostly an OCHA community P-code, else an admin P-code.
Landmarks: strings for coordinates, some far from their stated region.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from ..normalize import AR_HEADS, clean, fold_ar, key, strip_article_ar, words
from ..records import EXACT, NEAR, Place
from ..distance import distance_km
from .fields import in_syria_bbox, json_rows, names, to_float
from .report import BuildReport

SOURCE = "syrian-archive"
LANDMARK_SOURCE = "syrian-archive-landmarks"
# A landmark this far outside every governorate its region names is taken to be misplaced.
FAR_FROM_REGION_KM = 10.0

_SUFFIX = re.compile(r"\s*(?:-{3}\s*)?\(\(\(\s*\d*\s*\)\)\)\s*$")
_PARTS = re.compile(r"\s+-\s+")
_AR_FIRST = re.compile(r"\s*-\s*")
_PAREN = re.compile(r"\s*\([^)]*\)")
_COMMUNITY = re.compile(r"^C\d{4,5}$")
_ADMIN_CODE = re.compile(r"^SY\d{2}(\d{2}){0,2}$")
# English admin words Syrian Archive appends to a landmark's name: the town is the admin seat.
_ADMIN_SUFFIX = re.compile(r"\s+(nahiyah|nahiya|mantiqah|mantiqa)\s*$", re.I)

# Kind of a landmark from a word (or two) of its name, English or folded Arabic without article.
_KIND_WORDS = {
    "airport": ("airbase", "air base", "airport", "airfield", "مطار"),
    "checkpoint": ("checkpoint", "حاجز"),
    "camp": ("camp", "مخيم"),
    "neighbourhood": ("neighbourhood", "neighborhood", "quarter", "hay", "projects", "dahiya", "حي",
                      "مساكن", "ضاحيه"),
    "landmark": ("roundabout", "hospital", "prison", "mosque", "church", "square", "street", "st",
                 "bridge", "school", "university", "market", "souq", "souk", "factory", "dam", "barracks",
                 "academy", "college", "stadium", "station", "castle", "citadel", "hotel", "base",
                 "brigade", "regiment", "دوار", "مشفي", "مستشفي", "سجن", "جامع", "مسجد", "كنيسه",
                 "ساحه", "شارع", "جسر", "مدرسه", "جامعه", "سوق", "معمل", "سد", "قلعه", "فندق",
                 "كليه", "ملعب", "محطه", "ثكنه", "فوج", "لواء"),
}


# Arabic head words that say what kind of settlement follows: «قرية ميزناز» is the village ميزناز.
_HEAD_KINDS = {"city": "city", "town": "town", "village": "village", "subdistrict": "town",
               "neighbourhood": "neighbourhood"}
# A landmark this close to a governorate capital is one of its neighbourhoods, else a village.
CITY_RADIUS_KM = 8.0


def recognises_locations(path: Path, head: str) -> bool:
    return '"search_name_en"' in head


def recognises_landmarks(path: Path, head: str) -> bool:
    return '"arabic_name"' in head and '"region"' in head


def kind_from_name(*texts: str) -> str | None:
    """airport / checkpoint / camp / neighbourhood / landmark when a word of the name says so."""
    folded = " " + " ".join(strip_article_ar(w) for t in texts if t for w in words(t)) + " "
    for kind, kind_words in _KIND_WORDS.items():
        if any(f" {w} " in folded for w in kind_words):
            return kind
    return None


def split_head(ar: str) -> tuple[str | None, str]:
    """(kind, the name without its head word) for «قرية X», «حي X»...; (None, ar) otherwise."""
    first, _, rest = ar.partition(" ")
    kind = _HEAD_KINDS.get(AR_HEADS.get(fold_ar(first), ""))
    return (kind, rest.strip()) if kind and rest.strip() else (None, ar)


def read_locations(path: Path, admin: dict[str, Place], report: BuildReport) -> Iterator[Place]:
    """One Place per row; id is the OCHA community code when the row gives one (merge by P-code)."""
    for row in json_rows(path, SOURCE, report):
        place = _location(row, admin, report)
        if place is not None:
            yield place


def _location(row: dict, admin: dict[str, Place], report: BuildReport) -> Place | None:
    en_full = _strip_suffix(row.get("search_name_en"))
    ar_short = _strip_suffix(row.get("search_name_ar_short") or row.get("search_name_ar"))
    if _SUFFIX.search(clean(row.get("search_name_en") or "")):
        report.repair(f"{SOURCE}: ' (((id)))' suffix removed")
    code = str(row.get("closest_geonames_post_code") or "").strip()
    city_part = " : " in ar_short or " : " in en_full
    if city_part:  # "GOVERNORATE : place": a neighbourhood or landmark of a city
        region_ar, _, ar = ar_short.partition(" : ")
        en = en_full.partition(" : ")[2]
    else:
        region_ar, en, ar = "", _PARTS.split(en_full)[0], _AR_FIRST.split(ar_short)[0]
    en = _PAREN.sub("", en).strip()
    if not (en or ar):
        report.skip(f"{SOURCE}: row without a name")
        return None
    if _ADMIN_SUFFIX.search(en):  # "Qamishli nahiyah": OCHA's boundaries give the unit; this point is off
        report.skip(f"{SOURCE}: an admin unit, left to the OCHA boundaries")
        return None
    lat, lon = to_float(row.get("lat")), to_float(row.get("lon"))
    area = admin.get(code) if _ADMIN_CODE.match(code) else None
    precision = EXACT
    if lat is None or lon is None:
        if area is None:
            report.skip(f"{SOURCE}: no coordinates and no known admin P-code")
            return None
        lat, lon, precision = area.lat, area.lon, NEAR
        report.repair(f"{SOURCE}: no coordinates, placed at its admin unit")
    elif not in_syria_bbox(lat, lon):
        report.skip(f"{SOURCE}: coordinates outside Syria")
        return None
    default = "neighbourhood" if region_ar.startswith("مدينة") else "village"
    head, bare = split_head(ar)
    report.count_read(SOURCE)
    place = Place(
        id=code if _COMMUNITY.match(code) else f"sa:{row.get('id')}",
        name=en or ar, name_ar=ar, lat=lat, lon=lon, kind=kind_from_name(en, ar) or head or default,
        precision=precision, names=names(SOURCE, en, ar, bare), sources=[SOURCE],
    )
    if area is not None:
        _copy_admin(area, place)
    return place


def read_landmarks(path: Path, governorates: list[Place], capitals: list[Place],
                   report: BuildReport) -> Iterator[Place]:
    """Landmarks; those far from the governorate(s) their region names are skipped and counted.
    With no word of the name telling its kind, one near a governorate capital is taken to be a
    neighbourhood, any other a village."""
    for row in json_rows(path, LANDMARK_SOURCE, report):
        en = clean(row.get("name") or "")
        ar = clean(row.get("arabic_name") or "")
        lat, lon = to_float(row.get("latitude")), to_float(row.get("longitude"))
        if not (en or ar):
            report.skip(f"{LANDMARK_SOURCE}: row without a name")
            continue
        if lat is None or lon is None:
            report.skip(f"{LANDMARK_SOURCE}: no coordinates")
            continue
        if not in_syria_bbox(lat, lon) or _far_from_region(lat, lon, row.get("region") or "", governorates):
            report.skip(f"{LANDMARK_SOURCE}: coordinates far from the stated region")
            continue
        seat = _ADMIN_SUFFIX.search(en)
        en = _ADMIN_SUFFIX.sub("", en)
        head, bare = split_head(ar)
        in_city = any(distance_km(lat, lon, c.lat, c.lon) <= CITY_RADIUS_KM for c in capitals)
        kind = ("town" if seat else None) or head or kind_from_name(en, ar)
        report.count_read(LANDMARK_SOURCE)
        yield Place(
            id=f"sa-landmark:{row.get('id')}", name=en or ar, name_ar=ar, lat=lat, lon=lon,
            kind=kind or ("neighbourhood" if in_city else "village"), precision=EXACT,
            names=names(LANDMARK_SOURCE, en, ar, bare), sources=[LANDMARK_SOURCE],
        )


def region_governorates(region: str, governorates: list[Place]) -> list[Place]:
    """Governorates a free-text region names ("DAMASCUS" -> Damascus and Rural Damascus)."""
    from rapidfuzz import fuzz

    k = key(region)
    if not k:
        return []
    return [g for g in governorates if k in key(g.name) or fuzz.ratio(k, key(g.name)) >= 75]


def _far_from_region(lat: float, lon: float, region: str, governorates: list[Place]) -> bool:
    import shapely
    from shapely.ops import nearest_points

    govs = [g for g in region_governorates(region, governorates) if g.geometry_wkb]
    if not govs:
        return False  # unknown region: the bounding box check is all we can do
    point = shapely.Point(lon, lat)
    for g in govs:
        nearest = nearest_points(g.geometry, point)[0]
        if distance_km(lat, lon, nearest.y, nearest.x) <= FAR_FROM_REGION_KM:
            return False
    return True


def _copy_admin(area: Place, place: Place) -> None:
    for f in ("admin1", "admin1_ar", "admin2", "admin2_ar", "admin3", "admin3_ar", "admin1_id"):
        setattr(place, f, getattr(area, f))


def _strip_suffix(text: str | None) -> str:
    return _SUFFIX.sub("", clean(text or "")).strip(" -")
