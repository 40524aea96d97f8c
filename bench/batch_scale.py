"""Batch runs at scale: reports/s with 1 and 2 worker processes, and peak memory at two corpus sizes.

  - scaling: `run_extract` (no dedup, so that only the parallel part is timed) on the same
    corpus with --jobs 1 and 2. Target: 2 workers >= 1.8x the reports/s of 1.
  - memory: a full run (dedup on) in a fresh process for each of --small and --large
    reports; peak RSS of that process and of its workers. Target: large within 10 % of small
    (memory does not grow with the corpus).
Prints a summary and one JSON line.

    python bench/batch_scale.py                        # 2k for scaling; 10k and 100k for memory
    python bench/batch_scale.py --quick                # 500; 1k and 10k
    python bench/batch_scale.py --small 2000 --large 20000 --size 1000 --gazetteer STORE
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import report_corpus


def _peak_rss_mb() -> dict:
    # ru_maxrss is in KiB on Linux; RUSAGE_CHILDREN is the largest of the waited-for workers.
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_rss_mb": round(own, 1), "worker_peak_rss_mb": round(workers, 1)}


def child(corpus: str, gazetteer: str | None, jobs: int) -> int:
    """One full run in this process; prints its counts and peak memory as JSON."""
    from geomap.pipeline import run_extract

    with tempfile.TemporaryDirectory(prefix="geomap-bench-") as tmp:
        summary = run_extract([corpus], Path(tmp) / "events.jsonl", gazetteer=gazetteer, jobs=jobs)
    print(json.dumps({"documents": summary.documents, "events": summary.events,
                      "seconds": round(summary.elapsed, 1), **_peak_rss_mb()}))
    return 0


def memory_run(corpus: Path, gazetteer: str | None, jobs: int) -> dict:
    cmd = [sys.executable, __file__, "--child", str(corpus), "--jobs", str(jobs)]
    if gazetteer:
        cmd += ["--gazetteer", gazetteer]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--speed-reports", type=int, default=2000, help="corpus size for the 1 vs 2 workers timing")
    ap.add_argument("--small", type=int, default=10_000)
    ap.add_argument("--large", type=int, default=100_000)
    ap.add_argument("--size", type=int, default=4000, help="bytes per report")
    ap.add_argument("--quick", action="store_true", help="500 reports for scaling, 1k and 10k for memory")
    ap.add_argument("--jobs", type=int, default=1, help="workers for the memory runs")
    ap.add_argument("--gazetteer", help="gazetteer store (default: the user's, built if missing)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(args.child, args.gazetteer, args.jobs)
    if args.quick:
        args.speed_reports, args.small, args.large = 500, 1000, 10_000

    from geomap.config import store_path
    from geomap.gazetteer import load_gazetteer
    from geomap.pipeline import run_extract

    store = str(store_path(args.gazetteer))
    gazetteer = load_gazetteer(store)  # built once here when missing, not in the timed runs
    texts, origin = report_corpus.source_texts(gazetteer)
    result = {"bench": "batch_scale", "bytes_per_report": args.size, "source": origin}
    with tempfile.TemporaryDirectory(prefix="geomap-bench-") as tmp:
        tmp = Path(tmp)
        corpus = report_corpus.write_corpus(tmp / "speed.jsonl", texts, args.speed_reports, args.size)
        for jobs in (1, 2):
            t = time.perf_counter()
            run_extract([corpus], tmp / f"out{jobs}.jsonl", gazetteer=gazetteer, jobs=jobs, dedup=False)
            seconds = time.perf_counter() - t
            result[f"reports_per_s_{jobs}_workers"] = round(args.speed_reports / seconds, 1)
        result["speedup_2_workers"] = round(result["reports_per_s_2_workers"] / result["reports_per_s_1_workers"], 2)
        print(f"scaling ({args.speed_reports} reports): 1 worker {result['reports_per_s_1_workers']}/s, "
              f"2 workers {result['reports_per_s_2_workers']}/s, x{result['speedup_2_workers']}", file=sys.stderr)

        for label, n in (("small", args.small), ("large", args.large)):
            path = report_corpus.write_corpus(tmp / f"{label}.jsonl", texts, n, args.size)
            run = memory_run(path, store, args.jobs)
            path.unlink()
            result[f"{label}_reports"] = n
            result[f"{label}_run"] = run
            print(f"memory ({n} reports, {args.jobs} worker(s)): peak RSS {run['peak_rss_mb']} MB "
                  f"(workers {run['worker_peak_rss_mb']} MB), {run['seconds']} s", file=sys.stderr)
    small = result["small_run"]["peak_rss_mb"] + result["small_run"]["worker_peak_rss_mb"]
    large = result["large_run"]["peak_rss_mb"] + result["large_run"]["worker_peak_rss_mb"]
    result["rss_growth"] = round(large / small - 1, 3)
    result["meets_targets"] = result["speedup_2_workers"] >= 1.8 and result["rss_growth"] <= 0.10
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
