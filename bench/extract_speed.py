"""Extraction speed per core, against a bare pass over the same corpus.

Builds N reports of ~4 KB (see report_corpus.py), then times, in one process:
  - bare: read the JSONL (geomap.documents), NFKC-normalise and tokenise each text;
  - extract: read the JSONL and run Extractor.extract_document on each report.
Prints a summary and one JSON line. Targets: extract >= 1,000 reports/s/core and
extract time <= 5x the bare pass. Both wall-clock and CPU time are given: on a shared
machine the CPU figures are the steadier ones. `--passes 2` runs the extraction again over
the same reports, which shows the steady state once the per-word tables are filled (the first
pass, which meets every word and place for the first time, is printed too);
`--profile 25` prints the 25 functions with the most own time in the last pass (cProfile
slows the pass down, so its figures are not the timed ones).

    python bench/extract_speed.py                      # 2,000 reports
    python bench/extract_speed.py --reports 200 --gazetteer STORE
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import unicodedata
from contextlib import ExitStack
from pathlib import Path

import report_corpus

_TOKEN = re.compile(r"\w+")


def timed_pass(path: Path, work) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, sum of work(doc)) over the documents of a JSONL file."""
    from geomap.documents import Document, read_inputs

    wall, cpu, total = time.perf_counter(), time.process_time(), 0
    for doc in read_inputs([path]):
        if isinstance(doc, Document):
            total += work(doc)
    return time.perf_counter() - wall, time.process_time() - cpu, total


def bare_pass(path: Path) -> tuple[float, float, int]:
    return timed_pass(path, lambda doc: len(_TOKEN.findall(unicodedata.normalize("NFKC", doc.text))))


def extract_pass(path: Path, extractor) -> tuple[float, float, int]:
    return timed_pass(path, lambda doc: len(extractor.extract_document(doc).events))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=2000)
    ap.add_argument("--size", type=int, default=4000, help="bytes per report")
    ap.add_argument("--gazetteer", help="gazetteer store (default: the user's, built if missing)")
    ap.add_argument("--passes", type=int, default=1, help="extraction passes over the same reports (the last is reported)")
    ap.add_argument("--profile", type=int, metavar="N", help="then profile one more pass and print its top N functions")
    args = ap.parse_args()

    from geomap.extraction import Extractor
    from geomap.gazetteer import load_gazetteer
    from geomap.pipeline import freeze_for_run

    gazetteer = load_gazetteer(args.gazetteer)
    extractor = Extractor(gazetteer)
    texts, origin = report_corpus.source_texts(gazetteer)
    with tempfile.TemporaryDirectory(prefix="geomap-bench-") as tmp, ExitStack() as collector:
        freeze_for_run(collector)  # as `geomap extract` does once it has its extractor
        path = report_corpus.write_corpus(Path(tmp) / "corpus.jsonl", texts, args.reports, args.size)
        mb = path.stat().st_size / 1e6
        bare_pass(path)  # warm the page cache, so both passes read from memory
        bare_s, bare_cpu, tokens = bare_pass(path)
        extract_s, extract_cpu, events = extract_pass(path, extractor)
        first_s = extract_s
        for _ in range(max(1, args.passes) - 1):
            extract_s, extract_cpu, events = extract_pass(path, extractor)
        if args.profile:
            import cProfile
            import pstats

            profile = cProfile.Profile()
            profile.runcall(extract_pass, path, extractor)
            pstats.Stats(profile, stream=sys.stderr).sort_stats("tottime").print_stats(args.profile)
    result = {
        "bench": "extract_speed", "reports": args.reports, "bytes_per_report": args.size, "corpus_mb": round(mb, 1),
        "source": origin, "passes": max(1, args.passes), "events": events, "tokens": tokens,
        "bare_s": round(bare_s, 3), "bare_reports_per_s": round(args.reports / bare_s),
        "extract_s": round(extract_s, 2), "extract_reports_per_s_per_core": round(args.reports / extract_s, 1),
        "ratio_extract_to_bare": round(extract_s / bare_s, 1),
        "first_pass_reports_per_s": round(args.reports / first_s, 1),
        "extract_cpu_s": round(extract_cpu, 2), "extract_reports_per_cpu_s": round(args.reports / extract_cpu, 1),
        "ratio_extract_to_bare_cpu": round(extract_cpu / bare_cpu, 1),
        "target_reports_per_s": 1000, "target_ratio": 5,
    }
    result["meets_targets"] = (result["extract_reports_per_s_per_core"] >= 1000
                               and result["ratio_extract_to_bare"] <= 5)
    print(f"{args.reports} reports of ~{args.size} B ({origin}): bare {result['bare_reports_per_s']:,}/s, "
          f"extract {result['extract_reports_per_s_per_core']:,}/s/core, ratio {result['ratio_extract_to_bare']}x "
          f"(CPU time: {result['extract_reports_per_cpu_s']:,}/s, ratio {result['ratio_extract_to_bare_cpu']}x; "
          f"first pass {result['first_pass_reports_per_s']:,}/s)",
          file=sys.stderr)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
