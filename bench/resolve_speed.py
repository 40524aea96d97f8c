"""Fuzzy resolution speed and accuracy, side by side with rapidfuzz's extractOne over every name.

Queries are the dev split's place names (Arabic and English, with their governorate), each
given one random spelling slip (a letter dropped, doubled or swapped) so that the exact index
cannot answer them. geomap resolves all N; the brute-force baseline (`process.extractOne` over
every name key in the gazetteer) runs on a sample and its per-query time is extrapolated.
Also reports the store's load time and the resident memory after loading.

    python bench/resolve_speed.py [--n 10000] [--baseline 300] [--gazetteer PATH]
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import time

from rapidfuzz import process

from eval_resolve import DEFAULT, queries
from geomap import normalize as nz
from geomap.distance import distance_km
from geomap.resolver import Resolver
from geomap.store import Gazetteer
from geomap.config import store_path


def slip(text: str, rng: random.Random) -> str:
    name, sep, rest = text.partition(",") if "," in text else text.partition("،")
    if len(name) < 5:
        return text
    i = rng.randrange(1, len(name) - 1)
    op = rng.choice("dup swap drop".split())
    if op == "dup":
        name = name[:i] + name[i] + name[i:]
    elif op == "swap":
        name = name[:i] + name[i + 1] + name[i] + name[i + 2:]
    else:
        name = name[:i] + name[i + 1:]
    return name + sep + rest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--baseline", type=int, default=300, help="queries given to the brute-force baseline")
    ap.add_argument("--gazetteer", default=None)
    ap.add_argument("--places", default=DEFAULT)
    args = ap.parse_args()

    t = time.perf_counter()
    gaz = Gazetteer.read(store_path(args.gazetteer))
    load_s = time.perf_counter() - t
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    rng = random.Random(7)
    base = [row for lang in ("ar", "en") for row in queries(args.places, lang)]
    rows = [(slip(q, rng), lat, lon) for q, lat, lon, _ in (rng.choice(base) for _ in range(args.n))]

    resolver = Resolver(gaz)
    t = time.perf_counter()
    ours = [resolver.resolve(q) for q, _, _ in rows]
    ours_s = (time.perf_counter() - t) / len(rows)

    keys = gaz.keys()
    sample = rows[: args.baseline]
    t = time.perf_counter()
    brute = []
    for q, _, _ in sample:
        core = q.split(",")[0].split("،")[0]
        best = process.extractOne(nz.key(core), keys)  # rapidfuzz defaults (WRatio)
        places = gaz.lookup(best[0]) if best else []
        brute.append(max(places, key=lambda p: (p.country == "SY", p.rank), default=None))
    brute_s = (time.perf_counter() - t) / len(sample)

    def acc(found, rows):
        ok = sum(1 for (q, lat, lon), f in zip(rows, found)
                 if f is not None and f[0] is not None and distance_km(lat, lon, f[0], f[1]) <= 5)
        return 100 * ok / len(rows)

    ours_acc = acc([(m.lat, m.lon) for m in ours[: len(sample)]], sample)
    brute_acc = acc([(p.lat, p.lon) if p else None for p in brute], sample)
    result = {
        "queries": len(rows), "names": len(keys), "load_s": round(load_s, 3), "rss_mb_after_load": round(rss_mb),
        "geomap_ms_per_query": round(1000 * ours_s, 3), "extractOne_ms_per_query": round(1000 * brute_s, 2),
        "speedup": round(brute_s / ours_s, 1),
        "acc5km_on_baseline_sample": {"geomap": round(ours_acc, 1), "extractOne": round(brute_acc, 1)},
        "acc5km_all_geomap": round(acc([(m.lat, m.lon) for m in ours], rows), 1),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
