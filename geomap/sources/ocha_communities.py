"""OCHA populated places: the communities GeoJSON, joined on P-code with the names-only lists.

A community known only from the names list takes the centroid and outline of its
sub-district (precision 2), so a report naming it still lands in the right area.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterator

from ..normalize import clean, is_arabic, key
from ..records import EXACT, NEAR, REGION, Name, Place
from .fields import en_ar, json_rows, names, read_text, to_float, to_int
from .report import BuildReport

SOURCE = "ocha-communities"
KIND_BY_CAPITAL = {0: "city", 1: "city", 2: "town", 3: "town"}
# A community placed at its area carries a copy of the area's outline, simplified to ~100 m:
# thousands of full-resolution copies would triple the store for no visible gain.
STAND_IN_TOLERANCE_DEG = 0.001
# Several communities are listed as "A - B" or "A_B" (twin villages, or a name and its district):
# the first part alone is how reports name it.
_JOINED = re.compile(r"\s*(?:_|\s-\s?|-\s)\s*")
# Namesakes are told apart by their sub-district or district written after the name («كفر ناصح
# تل رفعت», "Tal Aswad Amudeh"); reports write the name alone (_without_unit), if its key keeps
# this many letters.
_MIN_NAME_KEY = 3


def recognises_points(path: Path, head: str) -> bool:
    return '"FeatureCollection"' in head and "Point" in head and ("NAME_ARA" in head or "CAPIT_LVL" in head)


def recognises_names(path: Path, head: str) -> bool:
    return '"SubDistrictCode"' in head and '"Code"' in head


def recognises_subdistricts(path: Path, head: str) -> bool:
    return '"DistrictCode"' in head and '"SubDistrictCode"' not in head


def read_communities(
    points: list[Path],
    name_lists: list[Path],
    subdistrict_lists: list[Path],
    admin: dict[str, Place],
    report: BuildReport,
) -> Iterator[Place]:
    """Communities with coordinates, then the names-list communities placed at their sub-district."""
    listed = {r["Code"]: r for p in name_lists for r in json_rows(p, SOURCE, report) if r.get("Code")}
    subdistricts = {r["Code"]: r for p in subdistrict_lists for r in json_rows(p, SOURCE, report) if r.get("Code")}
    outlines = _StandInOutlines()
    seen: set[str] = set()
    for path in points:
        for props in _features(path):
            place = _point_place(props, listed.get(props.get("PCODE")), report)
            if place is not None and place.id not in seen:
                seen.add(place.id)
                yield place
    for code, row in listed.items():
        if code in seen:
            continue
        place = _listed_place(row, admin, subdistricts, outlines, report)
        if place is not None:
            yield place


def _point_place(props: dict, listed: dict | None, report: BuildReport) -> Place | None:
    code = (props.get("PCODE") or "").strip()
    lat, lon = to_float(props.get("LATITUDE")), to_float(props.get("LONGITUDE"))
    if not code or lat is None or lon is None:
        report.skip(f"{SOURCE}: community without a P-code or coordinates")
        return None
    name, name_ar, swapped = en_ar(_repaired(props.get("NAME_EN"), report), _repaired(props.get("NAME_ARA"), report))
    if swapped:
        report.repair(f"{SOURCE}: NAME_EN/NAME_ARA swapped")
    extra = (listed or {}).get("EN_Name"), (listed or {}).get("AR_Name")
    capital = props.get("CAPIT_LVL")
    report.count_read(SOURCE)
    return Place(
        id=code, name=name or name_ar, name_ar=name_ar, lat=lat, lon=lon,
        kind=KIND_BY_CAPITAL.get(to_int(capital) if capital is not None else None, "village"),
        admin1=clean(props.get("ADMIN1_EN") or ""), admin1_ar=clean(props.get("ADMIN1_ARA") or ""),
        admin2=clean(props.get("ADMIN2_EN") or ""), admin2_ar=clean(props.get("ADMIN2_ARA") or ""),
        admin3=clean(props.get("ADMIN3_EN") or ""), admin3_ar=clean(props.get("ADMIN3_ARA") or ""),
        admin1_id=props.get("ADMIN1_COD") or "", precision=EXACT,
        names=_spellings(name, name_ar, props.get("NAM_EN_REF"), *extra, *_without_unit(
            (name, name_ar), props.get("ADMIN3_EN"), props.get("ADMIN3_ARA"), props.get("ADMIN2_EN"),
            props.get("ADMIN2_ARA"))), sources=[SOURCE],
    )


def _listed_place(row: dict, admin: dict[str, Place], subdistricts: dict[str, dict],
                  outlines: "_StandInOutlines", report: BuildReport) -> Place | None:
    """Place a names-only community at its sub-district, else (sub-district list) at its district."""
    sub_code = row.get("SubDistrictCode", "")
    area = admin.get(sub_code)
    precision = NEAR
    admin3, admin3_ar = (area.admin3, area.admin3_ar) if area else ("", "")
    if area is None and sub_code in subdistricts:
        area = admin.get(subdistricts[sub_code].get("DistrictCode", ""))
        precision = REGION
        admin3, admin3_ar, _ = en_ar(subdistricts[sub_code].get("EN_Name"), subdistricts[sub_code].get("AR_Name"))
    if area is None:
        report.skip(f"{SOURCE}: listed community without coordinates or a known sub-district")
        return None
    name, name_ar, _ = en_ar(row.get("EN_Name"), row.get("AR_Name"))
    report.count_read(SOURCE)
    report.repair(f"{SOURCE}: no coordinates, placed at its {'sub-district' if precision == NEAR else 'district'}")
    return Place(
        id=row["Code"], name=name or name_ar, name_ar=name_ar, lat=area.lat, lon=area.lon, kind="village",
        admin1=area.admin1, admin1_ar=area.admin1_ar, admin2=area.admin2, admin2_ar=area.admin2_ar,
        admin3=admin3, admin3_ar=admin3_ar, admin1_id=area.admin1_id, country=area.country,
        precision=precision, names=_spellings(name, name_ar, *_without_unit(
            (name, name_ar), admin3, admin3_ar, area.admin2, area.admin2_ar)),
        sources=[SOURCE], geometry_wkb=outlines.of(area),
    )


class _StandInOutlines:
    """Simplified outlines of areas, computed once per area."""

    def __init__(self) -> None:
        self._wkb: dict[str, bytes | None] = {}

    def of(self, area: Place) -> bytes | None:
        if area.id not in self._wkb:
            import shapely

            geom = area.geometry
            self._wkb[area.id] = None if geom is None else shapely.simplify(
                geom, STAND_IN_TOLERANCE_DEG, preserve_topology=True).wkb
        return self._wkb[area.id]


def _spellings(*texts: str | None) -> list[Name]:
    """Every spelling, plus the parts of joined names. A name joined by "_" pairs an Arabic name
    with a Kurdish or Turkmen one («الأميرية_ميركان»), and so does its English "A - B": every part
    is a name. Otherwise "A - B" is mostly a name and its district («ابين- عفرين»): the first only."""
    whole = names(SOURCE, *texts)
    paired = any("_" in n.text for n in whole)
    parts = [part for n in whole if _JOINED.search(n.text)
             for part in (_JOINED.split(n.text) if paired else _JOINED.split(n.text)[:1])]
    return whole + [n for n in names(SOURCE, *parts) if n.text not in {w.text for w in whole}]


def _without_unit(texts: tuple[str, ...], *units: str | None) -> list[str]:
    """The names with the admin unit written after them to tell namesakes apart dropped («كفر ناصح»
    of «كفر ناصح تل رفعت» in sub-district Tall Refaat), where one is. In Arabic the unit may be
    written short, by its first word («جديدة الجسر» in district Jisr al-Shughur), if that word is a
    name of its own (_MIN_NAME_KEY letters: not «تل»; the Latin "Tal" would pass)."""
    unit_keys = {k for u in units if u for k in (key(u), _first_word_key(u)) if k}
    out = []
    for text in filter(None, texts):
        words = clean(text).split()
        out += [" ".join(words[:i]) for i in range(1, len(words))
                if key(" ".join(words[i:])) in unit_keys and len(key(" ".join(words[:i]))) >= _MIN_NAME_KEY]
    return out


def _first_word_key(unit: str) -> str:
    words = clean(unit).split()
    k = key(words[0]) if words and is_arabic(words[0]) else ""
    return k if len(k) >= _MIN_NAME_KEY else ""


def _repaired(text: str | None, report: BuildReport) -> str:
    """Drop the U+FFFD left where a name was cut mid-character."""
    text = text or ""
    if "\ufffd" in text:
        report.repair(f"{SOURCE}: name cut mid-character, tail dropped")
        text = text.split("\ufffd")[0]
    return text


def _features(path: Path) -> Iterator[dict]:
    text, _ = read_text(path)  # bytes first: some names are invalid UTF-8
    for feature in json.loads(text).get("features", []):
        yield feature.get("properties") or {}
