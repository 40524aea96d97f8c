"""Batch runs at scale: reports/s with 1 and 2 worker processes, and peak memory at two corpus sizes.

  - scaling: `run_extract` (no dedup, so that only the parallel part is timed) on the same
    corpus with --jobs 1 and 2, each run in a fresh process (extraction caches start cold in
    both), `--rounds` times interleaved; the best time of each counts (other work on the
    machine only ever slows a run down). Target: 2 workers >= 1.8x the reports/s of 1.
    Also the CPU time of each run (parent and workers): twice the 1-worker CPU time over
    the 2-worker one is the speedup 2 idle cores would give, whatever else the machine runs.
  - memory: a full run (dedup on) in a fresh process for each of --small and --large
    reports; peak RSS of that process and of its largest worker. Target: large within 10 %
    of small (memory does not grow with the corpus).
Prints a summary and one JSON line.

    python bench/batch_scale.py --jobs 2              # 5k of 4 KB for scaling; 10k and 100k of 600 B for memory
    python bench/batch_scale.py --quick                # 500; 1k and 10k
    python bench/batch_scale.py --small 2000 --large 20000 --size 4000 --gazetteer STORE
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
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


def _cpu_seconds() -> float:
    """CPU time of this process and its finished workers: what the run cost, however busy the machine."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def child(corpus: str, gazetteer: str | None, jobs: int, dedup: bool) -> int:
    """One run in this process (the gazetteer loaded before the clock starts); prints its counts,
    seconds and peak memory as JSON."""
    # Their one-time imports are not what a long run spends its time on (geomap.distributed,
    # which the run imports for its folder writer, brings in dask.distributed: 0.2 s).
    import geomap.distributed  # noqa: F401
    import geomap.extraction  # noqa: F401
    from geomap.gazetteer import load_gazetteer
    from geomap.pipeline import run_extract

    loaded = load_gazetteer(gazetteer)
    with tempfile.TemporaryDirectory(prefix="geomap-bench-") as tmp:
        t, cpu = time.perf_counter(), _cpu_seconds()
        summary = run_extract([corpus], Path(tmp) / "events.jsonl", gazetteer=loaded, jobs=jobs, dedup=dedup)
        seconds, cpu = time.perf_counter() - t, _cpu_seconds() - cpu
    print(json.dumps({"documents": summary.documents, "events": summary.events,
                      "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), **_peak_rss_mb()}))
    return 0


def sentences(texts: list[str]) -> list[str]:
    """The sentences of the source texts: reports joined from random sentences are all
    different, whereas short cuts of the texts would repeat whole reports, which the
    extractor's caches would answer at once (and a single process would look too fast)."""
    return [s.strip() for t in texts for s in re.split(r"(?<=[.!?؟])\s+|\n+", t) if len(s.strip()) > 20]


def child_run(corpus: Path, gazetteer: str | None, jobs: int, dedup: bool = True) -> dict:
    cmd = [sys.executable, __file__, "--child", str(corpus), "--jobs", str(jobs)]
    if gazetteer:
        cmd += ["--gazetteer", gazetteer]
    if not dedup:
        cmd.append("--no-dedup")
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--speed-reports", type=int, default=5000, help="corpus size for the 1 vs 2 workers timing")
    ap.add_argument("--small", type=int, default=10_000)
    ap.add_argument("--large", type=int, default=100_000)
    ap.add_argument("--speed-size", type=int, default=4000,
                    help="bytes per report for the timing (issue 3's report size: per-process warm-up and the "
                         "parent's per-report work weigh as they do on real reports)")
    ap.add_argument("--size", type=int, default=600, help="bytes per report for the memory runs (a 100k run takes minutes)")
    ap.add_argument("--quick", action="store_true", help="500 reports for scaling, 1k and 10k for memory")
    ap.add_argument("--jobs", type=int, default=1, help="workers for the memory runs")
    ap.add_argument("--gazetteer", help="gazetteer store (default: the user's, built if missing)")
    ap.add_argument("--rounds", type=int, default=5, help="timed runs of each worker count (best counts)")
    ap.add_argument("--no-dedup", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(args.child, args.gazetteer, args.jobs, not args.no_dedup)
    if args.quick:
        args.speed_reports, args.small, args.large = 500, 1000, 10_000

    from geomap.config import store_path
    from geomap.gazetteer import load_gazetteer

    store = str(store_path(args.gazetteer))
    gazetteer = load_gazetteer(store)  # built once here when missing, not in the timed runs
    texts, origin = report_corpus.source_texts(gazetteer)
    texts = sentences(texts) or texts
    result = {"bench": "batch_scale", "date": time.strftime("%Y-%m-%d"), "cpus": os.cpu_count(),
              "machine": platform.machine(), "bytes_per_report_speed": args.speed_size, "bytes_per_report": args.size, "source": f"sentences of the {origin}"}
    with tempfile.TemporaryDirectory(prefix="geomap-bench-") as tmp:
        tmp = Path(tmp)
        corpus = report_corpus.write_corpus(tmp / "speed.jsonl", texts, args.speed_reports, args.speed_size)
        best = {1: float("inf"), 2: float("inf")}
        cpu = {1: float("inf"), 2: float("inf")}
        for _ in range(args.rounds):
            for jobs in best:
                run = child_run(corpus, store, jobs, dedup=False)
                best[jobs] = min(best[jobs], run["seconds"])
                cpu[jobs] = min(cpu[jobs], run["cpu_seconds"])
        for jobs, seconds in best.items():
            result[f"reports_per_s_{jobs}_workers"] = round(args.speed_reports / seconds, 1)
            result[f"cpu_seconds_{jobs}_workers"] = cpu[jobs]
        result["speedup_2_workers"] = round(result["reports_per_s_2_workers"] / result["reports_per_s_1_workers"], 2)
        # What 2 workers would give on 2 idle cores: the work (CPU time, parent included) of
        # the 2-worker run spread over both. Wall-clock figures suffer from any other load.
        result["cpu_bound_speedup_2_workers"] = round(2 * cpu[1] / cpu[2], 2)
        print(f"scaling ({args.speed_reports} reports, best of {args.rounds}): "
              f"1 worker {result['reports_per_s_1_workers']}/s, "
              f"2 workers {result['reports_per_s_2_workers']}/s, x{result['speedup_2_workers']} "
              f"(CPU time {cpu[1]} s vs {cpu[2]} s: x{result['cpu_bound_speedup_2_workers']} on idle cores)",
              file=sys.stderr)

        for label, n in (("small", args.small), ("large", args.large)):
            path = report_corpus.write_corpus(tmp / f"{label}.jsonl", texts, n, args.size)
            run = child_run(path, store, args.jobs)
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
