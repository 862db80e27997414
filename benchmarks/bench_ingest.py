"""Ingest throughput and peak memory on BBC News (2,225 articles): 1 worker against 2 (or more).

Each configuration runs in a fresh process, into a fresh SQLite store, so spaCy's start-up, the
pool's start-up and every write are counted, and memory is measured per run:

- ``articles/s``: inputs handled / wall time of :func:`dateline.ingest.ingest` (reading, analysis,
  writing; model loading included);
- ``peak RSS, all``: the largest sum of resident memory over the run's whole process tree (sampled
  every 0.1 s with psutil: the parent and its workers together);
- ``peak RSS, parent`` / ``largest worker``: ``getrusage`` ``ru_maxrss`` of the parent and of its
  largest child;
- ``CPU s/article``: CPU time (user + system) of the parent and of its workers, per input: unlike
  the rate, it hardly depends on what else the machine is running.  With one worker everything runs
  in the parent.

Then the store is ingested again to check a rerun adds nothing.  The machine should be quiet: the
script prints the load average before each run.

    .venv/bin/python benchmarks/bench_ingest.py [--workers 1 2] [--limit N] [--executor local|dask]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import data_dir


def one_run(paths: list[str], db: str, workers: int, executor: str) -> dict[str, Any]:
    """Run one ingest in this process (called in a child) and return its figures."""
    import resource

    from dateline.ingest import ingest

    report = ingest(paths, db, workers=workers, executor=executor, progress=False)
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_parent = own.ru_utime + own.ru_stime
    cpu_workers = children.ru_utime + children.ru_stime
    again = ingest(paths, db, workers=workers, executor=executor, progress=False)
    from dateline.corpus import open_store

    store = open_store(db)
    try:
        stats = store.stats()
    finally:
        store.close()
    return {
        **report.as_dict(),
        "rate": report.read / report.seconds,
        "cpu_parent_s": cpu_parent,
        "cpu_workers_s": cpu_workers,
        "rerun_new": again.new,
        "rerun_seconds": again.seconds,
        "maxrss_parent_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "maxrss_child_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "stats": stats,
    }


def _sample_tree(pid: int, peak: list[float], stop: threading.Event) -> None:
    import psutil

    try:
        root = psutil.Process(pid)
    except psutil.NoSuchProcess:
        return
    while not stop.is_set():
        total = 0
        try:
            for proc in [root, *root.children(recursive=True)]:
                try:
                    total += proc.memory_info().rss
                except psutil.NoSuchProcess:
                    pass
        except psutil.NoSuchProcess:
            break
        peak[0] = max(peak[0], total / 2**20)
        time.sleep(0.1)


def measure(paths: list[str], workers: int, executor: str, keep: Path | None = None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="dateline-bench-") as tmp:
        db = str(Path(tmp) / "bench.db")
        args = [sys.executable, __file__, "--child", "--workers", str(workers), "--executor", executor, "--db", db]
        proc = subprocess.Popen([*args, "--", *paths], stdout=subprocess.PIPE, text=True)
        peak = [0.0]
        stop = threading.Event()
        sampler = threading.Thread(target=_sample_tree, args=(proc.pid, peak, stop), daemon=True)
        sampler.start()
        out, _ = proc.communicate()
        stop.set()
        sampler.join()
        if proc.returncode != 0:
            raise SystemExit(f"ingest with {workers} worker(s) failed (exit {proc.returncode})")
        result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
        result["peak_tree_mb"] = peak[0]
        if keep is not None:
            keep.parent.mkdir(parents=True, exist_ok=True)
            for suffix in ("", "-wal", "-shm"):
                Path(str(keep) + suffix).unlink(missing_ok=True)
            shutil.copy(db, keep)
        return result


def limited(folder: Path, limit: int | None) -> list[str]:
    """The five topic folders (not the set's README.TXT), or ``limit`` files spread evenly over them."""
    topics = sorted(p for p in folder.iterdir() if p.is_dir())
    if not limit:
        return [str(p) for p in topics]
    files = sorted(f for t in topics for f in t.glob("*.txt"))
    step = max(1, len(files) // limit)
    return [str(p) for p in files[::step][:limit]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--executor", default="local", choices=["local", "dask"])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (a quick run)")
    parser.add_argument("--json", default=None, help="also write the figures to this JSON file")
    parser.add_argument("--keep", type=Path, default=None, help="keep the last run's store here (SQLite file)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", default=None, help=argparse.SUPPRESS)
    parser.add_argument("paths", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(one_run(args.paths, args.db, args.workers[0], args.executor)))
        return
    folder = data_dir("bbc-news")
    paths = limited(folder, args.limit)
    results = []
    for workers in args.workers:
        load = os.getloadavg()
        print(f"load average before the {workers}-worker run: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}", flush=True)
        keep = args.keep if workers == args.workers[-1] else None
        result = measure(paths, workers, args.executor, keep)
        result["load_before"] = load
        results.append(result)
        print(
            f"  {workers} worker(s): {result['read']} inputs in {result['seconds']:.1f} s = {result['rate']:.1f}/s; "
            f"new {result['new']}, present {result['present']}, rejected {result['rejected']}, "
            f"failed {result['failed']}; rerun added {result['rerun_new']} in {result['rerun_seconds']:.1f} s",
            flush=True,
        )
    base = results[0]["rate"]
    print()
    print(
        f"| workers ({args.executor}) | articles/s | speed-up | CPU s/article: parent + workers "
        f"| peak RSS, all processes | parent | largest worker | load before |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for r in results:
        n = r["read"]
        print(
            f"| {r['workers']} | {r['rate']:.2f} | {r['rate'] / base:.2f}x "
            f"| {r['cpu_parent_s'] / n:.3f} + {r['cpu_workers_s'] / n:.3f} "
            f"| {r['peak_tree_mb']:.0f} MB | {r['maxrss_parent_mb']:.0f} MB | {r['maxrss_child_mb']:.0f} MB "
            f"| {r['load_before'][0]:.1f} |"
        )
    stats = results[-1]["stats"]
    print(f"\nstore after one run: {json.dumps(stats, default=str)}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
