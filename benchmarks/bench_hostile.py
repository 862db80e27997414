"""The hostile inputs of issue 9: time, peak memory and outcome of ``dateline analyze`` on each.

Each case (built by ``tests/hostile.py``) runs in its own ``dateline analyze CASE --no-original``
process; the figures are its wall time, its peak resident memory (``ru_maxrss`` of the child) and
its exit code, with the first error line.  The bar is 10 s and 1 GB per case.

    .venv/bin/python benchmarks/bench_hostile.py [--only NAME] [--timeout 60]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from hostile import TIMED  # noqa: E402

BIN = Path(sys.executable).parent / "dateline"


def run_case(path: Path, timeout: float) -> tuple[float, float, int, str]:
    """Seconds, peak MB, exit code and first stderr line of ``dateline analyze path`` (killed past ``timeout``)."""
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(
            [str(BIN), "analyze", str(path), "--no-original", "-o", os.devnull], stdout=subprocess.DEVNULL, stderr=err
        )
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - started > timeout:
                proc.kill()
            time.sleep(0.02)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        lines = err.read().decode("utf-8", "replace").splitlines()
    first = next((line for line in lines if line.strip()), "")
    return seconds, usage.ru_maxrss / 1024, proc.returncode, first


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="run the cases whose name contains this")
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args()
    print(f"{'case':40} {'s':>6} {'MB':>6} {'exit':>4}  first error line")
    with tempfile.TemporaryDirectory() as tmp:
        for name, build in TIMED.items():
            if args.only and args.only not in name:
                continue
            folder = Path(tmp) / name.replace(" ", "_").replace("/", "_")
            folder.mkdir()
            seconds, peak, code, first = run_case(build(folder), args.timeout)
            print(f"{name:40} {seconds:6.1f} {peak:6.0f} {code:>4}  {first[:110]}", flush=True)


if __name__ == "__main__":
    main()
