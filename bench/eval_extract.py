"""Extraction quality on the Airwars development split (mirrors ../shared/eval/score_extract.py).

For each real Arabic text tied to exactly one geocoded incident: is there an event of that
document within 10 km of the incident, and among those, does the attack kind and the actor
match the incident's? Reported over all such texts and over those that name the incident's
place as written. Runs the Extractor in-process (no CLI), then deduplicates as `geomap extract`
does (`--no-dedup`: each report's own events), and times the extraction.

    python bench/eval_extract.py [--data ../shared/data/eval] [--gazetteer PATH] [--show-misses N]
"""
from __future__ import annotations

import argparse
import collections
import json

import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from geomap.dedup import deduplicate  # noqa: E402
from geomap.distance import distance_km  # noqa: E402
from geomap.extraction import Extractor  # noqa: E402
from geomap.records import Document  # noqa: E402

KIND = {"airstrike": ("air",), "drone": ("drone", "air"), "artillery": ("shelling", "artillery", "missile"),
        "ground": ("clash", "armed", "attack", "raid"), "naval": ("shelling", "missile")}
ACTOR = {"russian": ("russia",), "turkish": ("turk",), "coalition": ("coalition",), "ypg": ("ypg", "sdf", "kurd"),
         "israeli": ("israel",), "iranian": ("iran",), "syrian democratic": ("sdf", "syrian democratic"),
         "uk": ("coalition", "uk", "brit")}
# How a text names each belligerent: the actor target counts texts that name one.
NAMED = {"russian": r"روس|russia", "turkish": r"ترك|turk", "coalition": r"التحالف|coalition|أمريك|امريك|american",
         "ypg": r"قسد|الوحدات الكردية|ypg|sdf|pkk|سوريا الديمقراطية", "israeli": r"إسرائيل|اسرائيل|israel",
         "iranian": r"إيران|ايران|iran", "syrian democratic": r"قسد|سوريا الديمقراطية|sdf",
         "uk": r"بريطاني|british|التحالف|coalition"}
HEADS = re.compile(r"^(قرية|بلدة|مدينة|حي|ناحية|منطقة|مخيم)\s+")



def kinds(s):
    s = (s or "").lower()
    return {k for k in KIND if k in s or (k == "ground" and "counter-terrorism" in s)}


def load(path: Path) -> list[dict]:
    docs = []
    for line in path.open(encoding="utf-8"):
        t = json.loads(line)
        if len(t["incidents"]) != 1 or not t["incidents"][0].get("lat"):
            continue
        inc = t["incidents"][0]
        place = HEADS.sub("", re.split(r"[,،]", inc.get("location_ar") or "")[0].strip())
        pub = (t.get("publication_date") or "")[:10]
        date = pub if re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub) else inc.get("date")
        docs.append(dict(id=t["source_id"], text=t["text"], date=date, inc=inc, named=bool(place) and place in t["text"]))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(REPO.parent / "shared" / "data" / "eval"))
    ap.add_argument("--gazetteer", default=None, help="gazetteer store (default: the user's, built if missing)")
    ap.add_argument("--show-misses", type=int, default=0, help="print this many named texts with no event near")
    ap.add_argument("--no-dedup", action="store_true", help="score each report's own events, before cross-report merging")
    args = ap.parse_args()
    path = Path(args.data) / "airwars-dev-texts.jsonl"
    if not path.is_file():
        sys.exit(f"no development split at {path}")
    from geomap.gazetteer import load_gazetteer

    ex = Extractor(load_gazetteer(args.gazetteer, quiet=True))
    docs = load(path)
    stats = collections.Counter()
    misses = []
    t0 = time.perf_counter()
    results = {d["id"]: ex.extract_document(Document(d["id"], d["text"], date=d["date"])) for d in docs}
    elapsed = time.perf_counter() - t0
    # As the scorer sees `geomap extract`: a merged event stands for every report it lists.
    by_doc = collections.defaultdict(list)
    events = [e for r in results.values() for e in r.events if e.lat is not None]
    for e in (events if args.no_dedup else deduplicate(events)):
        for doc_id in dict.fromkeys([e.doc_id, *e.doc_ids]):
            by_doc[doc_id].append(e)
    for d in docs:
        inc, evs = d["inc"], by_doc[d["id"]]
        close = [e for e in evs if distance_km(float(inc["lat"]), float(inc["lon"]), e.lat, e.lon) <= 10]
        for sub in ("all", "named") if d["named"] else ("all",):
            stats[sub] += 1
            stats[sub + "_loc"] += bool(close)
            ks = kinds(inc.get("strike_type_en"))
            if ks:
                stats[sub + "_kind_n"] += 1
                words = " ".join(f"{e.sub_event_type} {e.event_type}" for e in close).lower()
                stats[sub + "_kind"] += any(w in words for k in ks for w in KIND[k])
            want = [ws for k, ws in ACTOR.items() if k in (inc.get("belligerent_en") or "").lower()]
            if want:
                stats[sub + "_actor_n"] += 1
                words = " ".join(f"{e.actor1} {e.actor2}" for e in close).lower()
                hit = any(w in words for ws in want for w in ws)
                stats[sub + "_actor"] += hit
                bel = (inc.get("belligerent_en") or "").lower()
                if any(re.search(NAMED[k], d["text"], re.I) for k in NAMED if k in bel):
                    stats[sub + "_actor_text_n"] += 1
                    stats[sub + "_actor_text"] += hit
        if d["named"] and not close:
            misses.append((d, evs))
    pct = lambda a, b: 100 * stats[a] / max(stats[b], 1)  # noqa: E731
    size = sum(len(d["text"]) for d in docs)
    print(f"named ({stats['named']} texts): within 10 km {pct('named_loc', 'named'):.1f}% (goal 90), "
          f"kind {pct('named_kind', 'named_kind_n'):.1f}% (goal 85), actor {pct('named_actor', 'named_actor_n'):.1f}%; "
          f"actor where the text names one {pct('named_actor_text', 'named_actor_text_n'):.1f}% "
          f"of {stats['named_actor_text_n']} (goal 80)")
    print(f"all ({stats['all']} texts): within 10 km {pct('all_loc', 'all'):.1f}%, "
          f"kind {pct('all_kind', 'all_kind_n'):.1f}%, actor {pct('all_actor', 'all_actor_n'):.1f}%")
    print(f"speed: {len(docs) / elapsed:.0f} texts/s, {size / elapsed / 1e6:.2f} MB/s on one core "
          f"({size / len(docs) / 1000:.1f} KB per text)")
    for d, evs in misses[: args.show_misses]:
        inc = d["inc"]
        print("---", d["id"], inc["location_ar"], inc["lat"], inc["lon"], inc.get("strike_type_en"), inc.get("belligerent_en"))
        for e in evs[:4]:
            print("   ", e.sub_event_type, "|", e.actor1, "|", e.location, "->", e.name, e.admin1,
                  round(distance_km(float(inc["lat"]), float(inc["lon"]), e.lat, e.lon)), "km")


if __name__ == "__main__":
    main()
