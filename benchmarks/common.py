"""Helpers shared by the benchmark scripts: where the evaluation data is, and how to report."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def data_dir(*parts: str) -> Path:
    """``$DATELINE_DATA/<parts>`` (default ``../shared/data``); exit cleanly when it is missing."""
    base = Path(os.environ.get("DATELINE_DATA", ROOT.parent / "shared" / "data"))
    path = base.joinpath(*parts)
    if not path.exists():
        print(f"skipped: evaluation data not found at {path} (set DATELINE_DATA)")
        sys.exit(0)
    return path


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f
