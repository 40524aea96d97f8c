"""Reports per second of the Dask engine against the local one, on synthetic reports.

Writes N short reports (Arabic and English, about strikes on towns taken from the gazetteer)
as JSONL shards, runs `geomap.pipeline.run_extract` with the local engine (--jobs processes)
and with `engine="dask"` (a LocalCluster of --jobs workers) on them, and prints
one JSON line: seconds and reports/s of each, and whether both gave the same events.

    python bench/dask_vs_local.py               # the target measurement: 100k reports
    python bench/dask_vs_local.py --quick       # 2k reports
    python bench/dask_vs_local.py --reports 20000 --jobs 4 --gazetteer STORE
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

AR = ["غارات جوية على {ar} في ريف {gov_ar} أسفرت عن مقتل {n} مدنيين",
      "قصف مدفعي استهدف {ar} صباح اليوم وأدى إلى سقوط {n} قتلى",
      "انفجار سيارة مفخخة في {ar} أسفر عن مقتل {n} أشخاص"]
EN = ["Warplanes struck {en} in {gov} countryside, killing {n} civilians.",
      "Artillery shelling hit {en} this morning, killing {n} people.",
      "A car bomb exploded in {en}, killing {n}."]


def towns(gazetteer, limit: int = 2000) -> list:
    places = [p for p in gazetteer.places
              if p.country == "SY" and p.kind in ("village", "town", "city") and p.name_ar and p.lat is not None]
    return places[:limit]


def write_reports(folder: Path, n: int, places: list, shards: int, seed: int = 0) -> None:
    rnd = random.Random(seed)
    files = [open(folder / f"shard{k:03d}.jsonl", "w", encoding="utf-8") for k in range(shards)]
    try:
        for i in range(n):
            p = rnd.choice(places)
            lang = rnd.random() < 0.7
            text = rnd.choice(AR if lang else EN).format(ar=p.name_ar, en=p.name, gov_ar=p.admin1_ar or "",
                                                         gov=p.admin1 or "Syria", n=rnd.randrange(1, 9))
            rec = {"id": f"r{i}", "text": text, "date": f"2018-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}"}
            files[i % shards].write(json.dumps(rec, ensure_ascii=False) + "\n")
    finally:
        for f in files:
            f.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=100_000)
    ap.add_argument("--quick", action="store_true", help="2,000 reports")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--gazetteer", help="gazetteer store (default: the user's, built if missing)")
    args = ap.parse_args()
    n = 2000 if args.quick else args.reports

    from geomap.config import store_path
    from geomap.export import read_events
    from geomap.gazetteer import load_gazetteer
    from geomap.pipeline import run_extract

    store = str(store_path(args.gazetteer))
    gazetteer = load_gazetteer(store)  # builds the default when missing, before the timed runs
    with tempfile.TemporaryDirectory(prefix="geomap-bench-") as tmp:
        inputs, out = Path(tmp) / "in", Path(tmp) / "out"
        inputs.mkdir()
        out.mkdir()
        write_reports(inputs, n, towns(gazetteer), shards=max(1, args.jobs) * 4)
        t = time.perf_counter()
        local = run_extract([inputs], out / "local.jsonl", jobs=args.jobs, gazetteer=store)
        local_s = time.perf_counter() - t
        t = time.perf_counter()
        dask = run_extract([inputs], out / "dask.jsonl", jobs=args.jobs, gazetteer=store, engine="dask")
        dask_s = time.perf_counter() - t
        same = (sorted(e.event_id for e in read_events(out / "local.jsonl")[0])
                == sorted(e.event_id for e in read_events(out / "dask.jsonl")[0]))
    print(json.dumps({
        "reports": n, "jobs": args.jobs,
        "local_seconds": round(local_s, 1), "local_reports_per_s": round(n / local_s, 1),
        "dask_seconds": round(dask_s, 1), "dask_reports_per_s": round(n / dask_s, 1),
        "events_local": local.events, "events_dask": dask.events, "same_events": same,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
