"""OCHA COD-AB administrative boundaries (any file OGR opens: TopoJSON, GeoJSON, shapefile, GeoPackage).

Each layer is one admin level; the level comes from the P-code's length (SY01 governorate,
SY0100 district, SY010000 sub-district), so the layer names do not matter.
"""
from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import Iterator

from ..records import Name, Place, NEAR, REGION
from .fields import en_ar, names
from .report import BuildReport

SOURCE = "ocha-admin"
KIND_BY_LEVEL = {1: "governorate", 2: "district", 3: "subdistrict"}
PRECISION_BY_LEVEL = {1: REGION, 2: NEAR, 3: NEAR}
_PCODE = re.compile(r"^[A-Z]{2}(\d{2})+$")
_OGR_SUFFIXES = {".topojson", ".geojson", ".json", ".shp", ".gpkg", ".fgb", ".gml", ".kml", ".zip"}
_CENTRE = "مركز "  # «مركز X»: the sub-district centred on the town X


def recognises(path: Path, head: str) -> bool:
    """Polygons with P-codes, in any format OGR opens: judged by the layers' fields (a TopoJSON's
    properties come after its arcs, far beyond the first bytes)."""
    suffix = path.suffix.lower()
    if suffix not in _OGR_SUFFIXES:
        return False
    if suffix in {".json", ".geojson", ".topojson"}:
        polygons = '"Topology"' in head or ('"FeatureCollection"' in head and "Polygon" in head)
        if not polygons:
            return False
    try:
        return any(_pcode_field(_fields(path, layer)) for layer in _layers(path))
    except Exception:  # noqa: BLE001 - whatever OGR cannot open is not ours
        return False


def read_admin(path: Path, report: BuildReport) -> Iterator[Place]:
    """Governorates, districts and sub-districts, polygons made valid, names fixed by script."""
    import geopandas as gpd
    import shapely

    for layer in _layers(path):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # GDAL chatter about TopoJSON without CRS
            gdf = gpd.read_file(path, layer=layer, engine="pyogrio")
        code_field = _pcode_field(list(gdf.columns))
        if code_field is None:
            report.skip(f"{SOURCE}: layer without P-codes ({path.name}:{layer})")
            continue
        geoms = gdf.geometry.values
        invalid = ~shapely.is_valid(geoms) & ~shapely.is_missing(geoms)
        if invalid.any():
            geoms = geoms.copy()
            geoms[invalid] = shapely.make_valid(geoms[invalid])
            report.repair(f"{SOURCE}: invalid polygon made valid", int(invalid.sum()))
        centroids = shapely.centroid(geoms)
        inside = shapely.contains(geoms, centroids)
        points = [c if ok else shapely.point_on_surface(g) for c, g, ok in zip(centroids, geoms, inside)]
        for row, geom, point in zip(gdf.drop(columns="geometry").to_dict("records"), geoms, points):
            place = _place(row, code_field, geom, point, report)
            if place is not None:
                yield place


def _place(row: dict, code_field: str, geom, point, report: BuildReport) -> Place | None:
    code = str(row.get(code_field) or "").strip()
    m = _PCODE.match(code)
    level = len(m.group(0)) // 2 - 1 if m else 0
    if level not in KIND_BY_LEVEL or geom is None or geom.is_empty:
        report.skip(f"{SOURCE}: row without a usable P-code or polygon")
        return None
    if en_ar(row.get("ADM0_EN"), row.get("ADM0_AR"))[2]:
        report.repair(f"{SOURCE}: ADM0_EN/ADM0_AR swapped")
    prefix = "NAME" if "NAME_EN" in row else f"ADM{level}"
    name, name_ar, swapped = en_ar(row.get(f"{prefix}_EN"), row.get(f"{prefix}_AR"))
    if swapped:
        report.repair(f"{SOURCE}: NAME_EN/NAME_AR swapped")
    if not (name or name_ar):
        report.skip(f"{SOURCE}: unit without a name")
        return None
    admin = {}
    for lv in range(1, level):
        en, ar, _ = en_ar(row.get(f"ADM{lv}_EN"), row.get(f"ADM{lv}_AR"))
        admin[f"admin{lv}"], admin[f"admin{lv}_ar"] = en, ar
    admin[f"admin{level}"], admin[f"admin{level}_ar"] = name, name_ar
    spellings = names(SOURCE, name, name_ar, row.get("NAM_EN_REF"), row.get("NAM_AR_REF"))
    if name_ar.startswith(_CENTRE):
        spellings.append(Name(name_ar[len(_CENTRE):].strip(), "ar", SOURCE))
    report.count_read(SOURCE)
    return Place(
        id=code, name=name or name_ar, name_ar=name_ar, lat=round(point.y, 6), lon=round(point.x, 6),
        kind=KIND_BY_LEVEL[level], country=str(row.get("ADM0_PCODE") or code[:2]),
        admin1_id=code[:4], precision=PRECISION_BY_LEVEL[level], names=spellings,
        sources=[SOURCE], geometry_wkb=geom.wkb, **admin,
    )


def _layers(path: Path) -> list[str]:
    import pyogrio

    return [str(name) for name, _ in pyogrio.list_layers(path)]


def _fields(path: Path, layer: str) -> list[str]:
    import pyogrio

    return list(pyogrio.read_info(path, layer=layer)["fields"])


def _pcode_field(fields: list[str]) -> str | None:
    """PCODE (2016 COD-AB), else the deepest ADMn_PCODE (newer COD-AB layers)."""
    if "PCODE" in fields:
        return "PCODE"
    levels = sorted(int(f[3]) for f in fields if re.fullmatch(r"ADM\d_PCODE", f))
    return f"ADM{levels[-1]}_PCODE" if levels and levels[-1] > 0 else None
