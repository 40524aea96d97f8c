"""Does deduplication make one event of the texts that report one incident, and never more?

On the Airwars dev split (texts grouped by the incidents they document):
  eligible   incidents reported by 2+ texts, each of which has an event within 10 km of it
  merged     share of the eligible incidents that become ONE event listing all their texts (target >= 0.90)
  wrong      events that merge distinct incidents: within 10 km of two incidents a day or less
             apart, each documented by one of the merged texts and not by another (target 0)
Also times `deduplicate` on `--synthetic N` random events (target: 100k in seconds).

Texts without a publication date get the incident's date as their report date with
`--dates fill` (the default; this measures merging, not dating), or none with `--dates own`.

    python bench/dedup_eval.py [--texts PATH] [--gazetteer STORE] [--dates fill|own] [--synthetic 100000]

Prints one JSON line.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

from geomap.dedup import deduplicate
from geomap.distance import distance_km
from geomap.documents import parse_date
from geomap.records import Document, Event

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("GEOMAP_SHARED_DIR", REPO.parent / "shared" / "data"))
PLACED_KM = 10.0


def load_texts(path: Path, dates: str) -> tuple[list[Document], dict[str, list[dict]]]:
    """Documents, and for each document id the incidents it documents."""
    docs, incidents = [], {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            doc_id = rec["source_id"]
            day = parse_date(rec.get("publication_date") or "")
            if day is None and dates == "fill":
                day = min((parse_date(i["date"]) for i in rec["incidents"] if i.get("date")), default=None)
            docs.append(Document(id=doc_id, text=rec["text"], date=day, url=rec.get("original_url")))
            incidents[doc_id] = rec["incidents"]
    return docs, incidents


def _places(events: list[Event], incident: dict) -> bool:
    if incident.get("lat") in (None, "") or incident.get("lon") in (None, ""):
        return False
    lat, lon = float(incident["lat"]), float(incident["lon"])
    return any(e.lat is not None and distance_km(e.lat, e.lon, lat, lon) <= PLACED_KM for e in events)


def _days_apart(a: dict, b: dict) -> int:
    da, db = parse_date(a.get("date") or ""), parse_date(b.get("date") or "")
    if not (da and db):
        return 99
    return abs((date.fromisoformat(da) - date.fromisoformat(db)).days)


def score(events: list[Event], merged: list[Event], incidents: dict[str, list[dict]]) -> dict:
    by_doc: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        by_doc[e.doc_id].append(e)
    texts: dict[str, set[str]] = defaultdict(set)
    info: dict[str, dict] = {}
    for doc_id, incs in incidents.items():
        for inc in incs:
            texts[inc["airwars_id"]].add(doc_id)
            info[inc["airwars_id"]] = inc
    multi = {i: t for i, t in texts.items() if len(t) > 1}
    eligible = {i: t for i, t in multi.items() if all(_places(by_doc[d], info[i]) for d in t)}
    ok = sum(1 for t in eligible.values() if any(t <= set(e.doc_ids) for e in merged))
    # Wrong: the event sits on two distinct incidents of the same days (within 10 km of each,
    # dated within a day of each other), each documented by one of its texts and not the other.
    # (Texts also mention incidents they are not labelled with, so texts that merely share no
    # label are counted apart, as `texts_without_common_incident`.)
    wrong_events, wrong_incidents, loose = 0, set(), 0
    for e in merged:
        if len(e.doc_ids) < 2:
            continue
        labels = {d: {i["airwars_id"] for i in incidents.get(d, [])} for d in e.doc_ids}
        loose += not set.intersection(*labels.values())
        near = sorted(i for i in set.union(*labels.values()) if e.lat is not None and _places([e], info[i]))
        bad = {(i, j) for i in near for j in near if i < j and _days_apart(info[i], info[j]) <= 1
               and any(i in t and j not in t for t in labels.values())
               and any(j in t and i not in t for t in labels.values())}
        if bad:
            wrong_events += 1
            wrong_incidents |= {x for pair in bad for x in pair}
    return {
        "texts": len(incidents), "incidents": len(texts), "multi_text_incidents": len(multi),
        "eligible": len(eligible), "merged_into_one": ok,
        "merged_share": round(ok / len(eligible), 3) if eligible else None,
        "wrong_merges": wrong_events, "incidents_in_wrong_merges": len(wrong_incidents),
        "texts_without_common_incident": loose,
        "events_in": len(events), "events_out": len(merged),
    }


def _gazetteer(path: str | None):
    from geomap.gazetteer import build_gazetteer, load_gazetteer

    if path:
        return load_gazetteer(path)
    store = Path(tempfile.mkdtemp(prefix="geomap-bench-")) / "gazetteer.sqlite"
    sources = [SHARED / "syria"] if (SHARED / "syria").is_dir() else []
    build_gazetteer(sources, output=store)
    return load_gazetteer(store)


def evaluate(texts: Path, gazetteer: str | None, dates: str) -> dict:
    from geomap.extraction import Extractor

    docs, incidents = load_texts(texts, dates)
    extractor = Extractor(_gazetteer(gazetteer))
    t = time.perf_counter()
    events = [e for d in docs for e in extractor.extract_document(d).events]
    extract_s = time.perf_counter() - t
    t = time.perf_counter()
    merged = deduplicate(events)
    out = score(events, merged, incidents)
    out.update(dates=dates, extract_seconds=round(extract_s, 1), dedup_seconds=round(time.perf_counter() - t, 3))
    return out


def synthetic(n: int, seed: int = 0) -> list[Event]:
    """`n` events over a year of Syria: 3 kinds, half exact places, a sixth regional, two per report."""
    rnd = random.Random(seed)
    kinds = [("Explosions/Remote violence", "Air/drone strike"),
             ("Explosions/Remote violence", "Shelling/artillery/missile attack"), ("Battles", "Armed clash")]
    out = []
    for i in range(n):
        kind = rnd.choice(kinds)
        out.append(Event(event_id=f"e{i}", doc_id=f"d{i // 2}", event_type=kind[0], sub_event_type=kind[1],
                         lat=rnd.uniform(32.5, 37.0), lon=rnd.uniform(35.7, 42.0),
                         geo_precision=rnd.choice([1, 1, 1, 2, 2, 3]), admin1=f"SY{rnd.randrange(1, 15):02d}",
                         place_id=f"p{rnd.randrange(5000)}",
                         event_date=f"2017-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}"))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", type=Path, default=SHARED / "eval" / "airwars-dev-texts.jsonl")
    ap.add_argument("--gazetteer", help="gazetteer store (default: build one from ../shared/data/syria)")
    ap.add_argument("--dates", choices=("fill", "own"), default="fill")
    ap.add_argument("--synthetic", type=int, default=100_000, help="events for the speed figure (0: skip)")
    args = ap.parse_args()
    result: dict = {}
    if args.synthetic:
        events = synthetic(args.synthetic)
        t = time.perf_counter()
        merged = deduplicate(events)
        result.update(synthetic_events=len(events), synthetic_events_out=len(merged),
                      synthetic_seconds=round(time.perf_counter() - t, 2))
    if args.texts.is_file():
        try:
            result.update(evaluate(args.texts, args.gazetteer, args.dates))
        except ImportError as e:
            result["eval_skipped"] = f"no extractor: {e}"
    else:
        result["eval_skipped"] = f"{args.texts} not found"
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
