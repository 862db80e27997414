"""Run every benchmark in turn and print its figures (``make bench``).

    .venv/bin/python benchmarks/run_all.py            # quick: a sample of each data set (~15 min)
    .venv/bin/python benchmarks/run_all.py --full     # the figures in the README (hours on 2 cores)
    .venv/bin/python benchmarks/run_all.py ner timex  # only the named ones

Each benchmark is also a script of its own; its docstring says what it measures and how. A
benchmark whose data is missing says so and is skipped.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: name -> (script, quick arguments, full arguments)
BENCHMARKS: dict[str, tuple[str, list[str], list[str]]] = {
    "extraction": ("bench_extraction.py", ["--sample", "100"], []),
    "throughput": ("bench_throughput.py", ["--n", "50", "--full-n", "10"], []),
    "ner": ("bench_ner.py", ["--docs", "40"], []),
    "attribution": ("bench_attribution.py", ["--limit", "20"], []),
    "speakers": ("bench_speakers.py", ["--docs", "20"], []),
    "pipeline-speed": ("bench_pipeline_speed.py", ["--docs", "30"], []),
    "timex": ("bench_timex.py", ["--limit", "60", "--speed", "50"], []),
    "ingest": ("bench_ingest.py", ["--limit", "200"], []),
    "neardup": ("bench_neardup.py", ["--limit", "600"], []),
    "store": ("bench_store.py", ["--articles", "10000"], []),
    "search": (
        "bench_search.py",
        ["--articles", "10000", "--queries", "100", "--db", "/tmp/dateline-bench/search-10k.db"],
        [],
    ),
    "provenance": ("bench_provenance.py", ["--limit", "30"], ["--limit", "150"]),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help=f"benchmarks to run (default all): {', '.join(BENCHMARKS)}")
    parser.add_argument("--full", action="store_true", help="full data sets, as reported in the README")
    args = parser.parse_args()
    unknown = [n for n in args.names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s) {unknown}; known: {', '.join(BENCHMARKS)}")
    failed = []
    for name in args.names or list(BENCHMARKS):
        script, quick, full = BENCHMARKS[name]
        command = [sys.executable, str(HERE / script), *(full if args.full else quick)]
        print(f"\n=== {name}: {' '.join(command[1:])}", flush=True)
        started = time.perf_counter()
        code = subprocess.call(command)
        print(f"=== {name}: exit {code} after {time.perf_counter() - started:.0f} s", flush=True)
        if code:
            failed.append(name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
