"""Resolution accuracy on the Airwars dev place records, by geoloc_precision.

Queries `location_ar` and `location_en` separately, with the governorate appended as context
when the name does not already contain it (as ../shared/eval/score_resolve.py does), and
reports the share resolved within 5 km and 25 km of the true coordinates.

    python bench/eval_resolve.py [--places PATH] [--gazetteer PATH] [--failures N]
"""
from __future__ import annotations

import argparse
import collections
import csv
import json
import os
import time
from pathlib import Path

from geomap.gazetteer import load_gazetteer
from geomap.distance import distance_km
from geomap.resolver import Resolver

DEFAULT = Path(os.environ.get("GEOMAP_SHARED", Path(__file__).resolve().parents[1] / ".." / "shared")) / "data/eval/airwars-dev-places.csv"
SYRIA = (32.0, 37.5, 35.5, 42.5)


def queries(path: Path, lang: str):
    for r in csv.DictReader(open(path, encoding="utf-8")):
        if not r["lat"]:
            continue
        lat, lon = float(r["lat"]), float(r["lon"])
        if not (SYRIA[0] <= lat <= SYRIA[1] and SYRIA[2] <= lon <= SYRIA[3]):
            continue
        name = r[f"location_{lang}"].strip()
        region = r[f"region_{lang}"]
        if not name:
            continue
        q = name if (not region or region in name) else f"{name}{'، ' if lang == 'ar' else ', '}{region}"
        yield q, lat, lon, r["geoloc_precision"] or "(blank)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--places", type=Path, default=DEFAULT)
    ap.add_argument("--gazetteer", type=Path, default=None)
    ap.add_argument("--failures", type=int, default=0, help="print N failed queries per language")
    args = ap.parse_args()
    if not args.places.is_file():
        raise SystemExit(f"no place records at {args.places} (give --places)")
    resolver = Resolver(load_gazetteer(args.gazetteer))
    summary = {}
    for lang in ("ar", "en"):
        stats = collections.defaultdict(collections.Counter)
        failed = []
        t = time.perf_counter()
        for q, lat, lon, prec in queries(args.places, lang):
            m = resolver.resolve(q)
            d = distance_km(lat, lon, m.lat, m.lon) if m.lat is not None else None
            group = "village/town/city" if prec in ("village", "town", "city") else prec
            for g in {prec, group}:
                stats[g]["n"] += 1
                stats[g]["5km"] += d is not None and d <= 5
                stats[g]["25km"] += d is not None and d <= 25
            if d is None or d > 5:
                failed.append((q, m.place.name if m.place else None, None if d is None else round(d)))
        secs = time.perf_counter() - t
        print(f"\n{lang}: {sum(stats[g]['n'] for g in stats if g != 'village/town/city')} queries in {secs:.1f} s")
        print(f"  {'geoloc_precision':<22}{'n':>6}{'≤5 km':>9}{'≤25 km':>9}")
        for g, c in sorted(stats.items(), key=lambda kv: -kv[1]["n"]):
            print(f"  {g:<22}{c['n']:>6}{100 * c['5km'] / c['n']:>8.1f}%{100 * c['25km'] / c['n']:>8.1f}%")
            summary[f"{lang}:{g}"] = round(100 * c["5km"] / c["n"], 1)
        for f in failed[: args.failures]:
            print("  miss:", f)
    print(json.dumps(summary, ensure_ascii=False))


if __name__ == "__main__":
    main()
