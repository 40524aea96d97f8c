"""A user's CSV of extra places and aliases (checkpoints, bases, neighbourhoods...).

Columns: name, aliases (separated by ";" or "|"), lat, lon, kind, admin1, and optionally name_ar.
A row without coordinates adds its aliases to an existing place of that name.
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Iterator

from ..normalize import clean
from ..records import EXACT, KIND_RANK, Place
from .fields import in_syria_bbox, lang_of, names, read_text, slug, to_float
from .report import BuildReport

SOURCE = "user"
_ALIAS_SEP = re.compile(r"\s*[;|]\s*")


class UserCSVError(ValueError):
    """The file is not a places CSV at all (no `name` column)."""


def recognises(path: Path, head: str) -> bool:
    if path.suffix.lower() != ".csv":
        return False
    header = {c.strip().lower() for c in re.split(r"[,;\t]", head.split("\n", 1)[0].lstrip("\ufeff"))}
    return "name" in header and bool({"lat", "aliases", "name_ar"} & header)


def read_user_csv(path: Path, report: BuildReport) -> Iterator[Place]:
    """Places (with coordinates) and alias rows (lat None); bad rows are counted and skipped."""
    text, bad = read_text(path)
    if bad:
        report.repair(f"{SOURCE}: invalid UTF-8 in {path.name}", bad)
    try:
        dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = csv.DictReader(io.StringIO(text), dialect=dialect)
    fields = {(f or "").strip().lower(): f for f in rows.fieldnames or []}
    if "name" not in fields:
        raise UserCSVError(f"{path}: no 'name' column (columns: name, aliases, lat, lon, kind, admin1, name_ar)")
    for row in rows:
        row = {k: clean(row.get(orig) or "") for k, orig in fields.items()}
        place = _place(row, report)
        if place is not None:
            yield place


def _place(row: dict[str, str], report: BuildReport) -> Place | None:
    name = row.get("name", "")
    if not name:
        report.skip(f"{SOURCE}: row without a name")
        return None
    lat, lon = to_float(row.get("lat")), to_float(row.get("lon"))
    if (lat is None) != (lon is None) or (lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180)):
        report.skip(f"{SOURCE}: row with half or impossible coordinates")
        return None
    kind = (row.get("kind") or "village").lower()
    if kind not in KIND_RANK:
        report.repair(f"{SOURCE}: unknown kind, taken as landmark")
        kind = "landmark"
    name_ar = row.get("name_ar") or (name if lang_of(name) == "ar" else "")
    aliases = [a for a in _ALIAS_SEP.split(row.get("aliases", "")) if a]
    report.count_read(SOURCE)
    return Place(
        id=f"user:{slug(name)}", name=name, name_ar=name_ar, lat=lat, lon=lon, kind=kind,
        country="SY" if lat is None or in_syria_bbox(lat, lon) else "", admin1=row.get("admin1", ""),
        precision=EXACT, names=names(SOURCE, name, name_ar, *aliases), sources=[SOURCE],
    )
