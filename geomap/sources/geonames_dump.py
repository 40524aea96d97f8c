"""GeoNames country dumps (SY.txt, allCountries.txt: 19 tab-separated columns) and their download."""
from __future__ import annotations

import io
import urllib.error
import urllib.request
import zipfile
from pathlib import Path
from typing import Iterator

from ..records import EXACT, NEAR, REGION, Place
from .fields import first_arabic, geonames_spellings, kind_by_population, to_float, to_int
from .report import BuildReport

SOURCE = "geonames-dump"
DUMP_URL = "https://download.geonames.org/export/dump/{country}.zip"
COLUMNS = 19
# Feature code -> kind; feature class decides the rest (see _kind).
_CODE_KINDS = {
    "PCLI": "country", "ADM1": "governorate", "ADM2": "district", "ADM3": "subdistrict",
    "PPLC": "city", "PPLA": "city", "PPLX": "neighbourhood", "AIRP": "airport", "AIRB": "airport",
    "AIRF": "airport", "CMPRF": "camp", "CMP": "camp", "RGN": "region", "AREA": "region",
}
_AREA_PRECISION = {"country": REGION, "governorate": REGION, "region": REGION,
                   "district": NEAR, "subdistrict": NEAR}


class FetchError(RuntimeError):
    """The dump could not be downloaded or unpacked (offline, unknown country, bad archive)."""


def recognises(path: Path, head: str) -> bool:
    first = head.split("\n", 1)[0].split("\t")
    return len(first) == COLUMNS and first[0].strip().isdigit()


def read_dump(path: Path, report: BuildReport) -> Iterator[Place]:
    """One Place per well-formed line; short or unparsable lines are counted and skipped."""
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            lat, lon = (to_float(cols[4]), to_float(cols[5])) if len(cols) == COLUMNS else (None, None)
            if lat is None or lon is None or not cols[0].isdigit():
                report.skip(f"{SOURCE}: malformed line")
                continue
            population = to_int(cols[14])
            kind = _kind(cols[6], cols[7], population)
            spellings = geonames_spellings(SOURCE, cols[1], cols[2], *cols[3].split(","))
            report.count_read(SOURCE)
            yield Place(
                id=f"geonames:{cols[0]}", name=cols[1], name_ar=first_arabic(spellings), lat=lat, lon=lon,
                kind=kind, country=cols[8], population=population, precision=_AREA_PRECISION.get(kind, EXACT),
                names=spellings, sources=[SOURCE],
            )


def _kind(feature_class: str, feature_code: str, population: int) -> str:
    if feature_code in _CODE_KINDS:
        return _CODE_KINDS[feature_code]
    if feature_class == "P":
        return kind_by_population(population)
    if feature_class == "S":
        return "landmark"
    return "region" if feature_class in {"A", "L"} else "landmark"


def fetch_dump(country: str, dest: Path, *, timeout: float = 60.0) -> Path:
    """Download GeoNames' <COUNTRY>.zip and unpack its <COUNTRY>.txt into `dest`; return that path.

    ValueError for a malformed country code, FetchError when the download or archive fails."""
    from ..atomic import atomic_path

    country = country.strip().upper()
    if not (len(country) == 2 and country.isalpha()) and country != "ALLCOUNTRIES":
        raise ValueError(f"not a two-letter country code: {country!r}")
    url = DUMP_URL.format(country="allCountries" if country == "ALLCOUNTRIES" else country)
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            data = resp.read()
    except (urllib.error.URLError, OSError) as e:
        raise FetchError(f"cannot download {url}: {getattr(e, 'reason', e)} (offline?)") from None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            member = next(n for n in z.namelist() if n.endswith(".txt") and not n.startswith("readme"))
            target = Path(dest) / Path(member).name
            with atomic_path(target) as tmp:
                tmp.write_bytes(z.read(member))
    except (zipfile.BadZipFile, StopIteration):
        raise FetchError(f"{url} did not give a GeoNames zip archive") from None
    return target
