"""Rewrite the reviewed snapshot of the seed's record: tests/fixtures/seed.expected.json.

    .venv/bin/python scripts/update_snapshots.py          # write it
    .venv/bin/python scripts/update_snapshots.py --check  # exit 1 if it is out of date

Only the foundation fields are kept (the ones the layout and clean stages fill); entities, quotes,
times and events have tests of their own.  After rewriting, READ THE DIFF against examples/seed.txt
before committing it: the snapshot is only worth what its review was.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "seed.txt"
SNAPSHOT = ROOT / "tests" / "fixtures" / "seed.expected.json"

#: the record fields the snapshot covers
FIELDS = (
    "schema",
    "id",
    "headline",
    "published",
    "updated",
    "dateline",
    "byline",
    "media",
    "text",
    "paragraphs",
    "removed",
    "warnings",
)


def foundation_fields(record: dict[str, Any]) -> dict[str, Any]:
    """The snapshot's part of a record (a dict from ``Article.to_dict()``)."""
    return {key: record[key] for key in FIELDS}


def seed_snapshot() -> dict[str, Any]:
    import dateline

    article = dateline.analyze(text=SEED.read_text(encoding="utf-8"))
    return foundation_fields(article.to_dict())


def render(snapshot: dict[str, Any]) -> str:
    return json.dumps(snapshot, ensure_ascii=False, indent=2) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check; exit 1 if the snapshot is out of date")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    text = render(seed_snapshot())
    current = SNAPSHOT.read_text(encoding="utf-8") if SNAPSHOT.exists() else ""
    if args.check:
        if text != current:
            print(f"{SNAPSHOT.relative_to(ROOT)} is out of date: run scripts/update_snapshots.py and review the diff")
            return 1
        return 0
    SNAPSHOT.parent.mkdir(parents=True, exist_ok=True)
    SNAPSHOT.write_text(text, encoding="utf-8")
    print(f"wrote {SNAPSHOT.relative_to(ROOT)}{' (unchanged)' if text == current else ''}: review it by eye")
    return 0


if __name__ == "__main__":
    sys.exit(main())
