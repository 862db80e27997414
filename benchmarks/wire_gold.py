"""The hand-checked gold set over ``$DATELINE_DATA/scraped-bodies`` (issue 11): sample, show, build, check.

The gold files in ``benchmarks/gold/`` hold offsets into each body and a hash of it, never its text (the
bodies belong to their publishers and stay in ``../shared/data``). Annotators write an *authoring* file
that quotes the spans they mean; ``build`` turns the quotes into offsets and refuses any it cannot find.

    python benchmarks/wire_gold.py sample            # the sampled bodies: id, half, outlet, length
                                                     # (halves: tune, held, fresh)
    python benchmarks/wire_gold.py show ID           # the body with numbered lines and their offsets
    python benchmarks/wire_gold.py build FILE.json   # authoring file -> benchmarks/gold/<id>.json
    python benchmarks/wire_gold.py check             # every gold file still matches its body

An authoring file (one body)::

    {"id": "news-dataset_npr:0",
     "lines": {"0": "debris:headline", "2": "debris:caption", "*": "prose"},
     "dateline": "WASHINGTON (Reuters) -"   (the exact dateline text, or null),
     "statements": [
        {"text": "exact words of the content span", "nth": 1,
         "kind": "direct" | "indirect" | "mixed",
         "speaker": "Full Name of the person or body" | null,
         "speaker_kind": "person" | "organization" | "group" | "unnamed"}
     ],
     "notes": "free text"}

``lines`` labels every non-blank line by its number in ``show``: ``prose`` or ``debris:<kind>`` (kinds:
headline, caption, credit, teaser, share, widget, highlights, copyright, newsletter, bio, byline, date,
ad, nav, comment, other); ``"*"`` gives the label of every line not listed. ``nth`` picks the n-th
occurrence of ``text`` in the body (default 1).
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import data_dir

GOLD = Path(__file__).resolve().parent / "gold"
LINE_KINDS = {
    "headline", "caption", "credit", "teaser", "share", "widget", "highlights", "copyright",
    "newsletter", "bio", "byline", "date", "ad", "nav", "comment", "other",
}  # fmt: skip
STATEMENT_KINDS = {"direct", "indirect", "mixed"}
SPEAKER_KINDS = {"person", "organization", "group", "unnamed"}
SAMPLE_OUTLETS = 32
PER_OUTLET = 2
MIN_CHARS, MAX_CHARS = 600, 5000
FRESH_MAX_CHARS = 9000


def load_bodies() -> dict[str, dict[str, str]]:
    """Every scraped body by id ``<csv stem>:<news_id>``, with its file's folder (reliable/unreliable)."""
    csv.field_size_limit(10**9)
    root = data_dir("scraped-bodies")
    out: dict[str, dict[str, str]] = {}
    for path in sorted(root.glob("*/*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                row["folder"] = path.parent.name
                out[f"{path.stem}:{row['news_id']}"] = row
    return out


def body_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def line_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of every line of the body, blank ones included, split on ``\\n`` alone."""
    spans, start = [], 0
    for line in body.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def sample(bodies: dict[str, dict[str, str]]) -> list[dict[str, str]]:
    """Two bodies from each of 32 outlets (fixed seed); whole outlets go to the tune or the held-out half."""
    by_outlet: dict[str, list[str]] = defaultdict(list)
    for key, row in bodies.items():
        if MIN_CHARS <= len(row["body_text"]) <= MAX_CHARS:
            by_outlet[key.split(":")[0]].append(key)
    rng = random.Random(11)
    outlets = sorted(o for o, keys in by_outlet.items() if len(keys) >= PER_OUTLET)
    rng.shuffle(outlets)
    picked = []
    for index, outlet in enumerate(sorted(outlets[:SAMPLE_OUTLETS])):
        half = "tune" if index % 2 == 0 else "held"
        for key in rng.sample(sorted(by_outlet[outlet]), PER_OUTLET):
            picked.append({"id": key, "half": half, "outlet": outlet, "chars": str(len(bodies[key]["body_text"]))})
    return picked


def sample_fresh(bodies: dict[str, dict[str, str]]) -> list[dict[str, str]]:
    """The *fresh* half, drawn after the rules of the first round were written: up to two bodies from
    every outlet the first sample left out (fixed seed), the length cap raised to ``FRESH_MAX_CHARS``
    where an outlet has no body under ``MAX_CHARS``. Its outlets are in neither other half, and it was
    labelled without looking at dateline's output, so it tells how the rules do on outlets nobody tuned on."""
    used = {row["outlet"] for row in sample(bodies)}
    by_outlet: dict[str, list[str]] = defaultdict(list)
    seen: set[str] = set()
    for key, row in sorted(bodies.items()):
        text = row["body_text"]
        if MIN_CHARS <= len(text) <= FRESH_MAX_CHARS and text not in seen:  # one of each repost
            seen.add(text)
            by_outlet[key.split(":")[0]].append(key)
    rng = random.Random(13)
    picked = []
    for outlet in sorted(set(by_outlet) - used):
        keys = sorted(by_outlet[outlet])
        short = [k for k in keys if len(bodies[k]["body_text"]) <= MAX_CHARS]
        pool = short if short else keys
        for key in rng.sample(pool, min(PER_OUTLET, len(pool))):
            picked.append({"id": key, "half": "fresh", "outlet": outlet, "chars": str(len(bodies[key]["body_text"]))})
    return picked


def show(body: str) -> str:
    rows = []
    for number, (start, end) in enumerate(line_spans(body)):
        if start != end:
            rows.append(f"[{number}] @{start}-{end} {body[start:end]}")
    return "\n".join(rows)


def build(authoring: dict, bodies: dict[str, dict[str, str]], half: str) -> dict:
    key = authoring["id"]
    body = bodies[key]["body_text"]
    spans = line_spans(body)
    labels = {str(k): v for k, v in authoring["lines"].items()}
    default = labels.pop("*", None)
    lines = []
    for number, (start, end) in enumerate(spans):
        if start == end or not body[start:end].strip():
            continue
        label = labels.pop(str(number), default)
        if label is None:
            raise SystemExit(f"{key}: line {number} has no label")
        kind = None
        if label != "prose":
            name, _, kind = label.partition(":")
            if name != "debris" or kind not in LINE_KINDS:
                raise SystemExit(f"{key}: line {number}: bad label {label!r}")
        lines.append(
            {"line": number, "start": start, "end": end, "label": "prose" if kind is None else "debris", "kind": kind}
        )
    if labels:
        raise SystemExit(f"{key}: labels for blank or missing lines {sorted(labels)}")
    dateline = None
    if authoring.get("dateline"):
        at = body.find(authoring["dateline"])
        if at < 0:
            raise SystemExit(f"{key}: dateline {authoring['dateline']!r} not in the body")
        dateline = {"start": at, "end": at + len(authoring["dateline"])}
    statements = []
    for item in authoring.get("statements", []):
        text, nth = item["text"], int(item.get("nth", 1))
        at = -1
        for _ in range(nth):
            at = body.find(text, at + 1)
            if at < 0:
                raise SystemExit(f"{key}: statement text not found (occurrence {nth}): {text[:80]!r}")
        if item["kind"] not in STATEMENT_KINDS or item.get("speaker_kind", "person") not in SPEAKER_KINDS:
            raise SystemExit(f"{key}: bad kind in statement {text[:60]!r}")
        statements.append(
            {
                "start": at,
                "end": at + len(text),
                "kind": item["kind"],
                "speaker": item.get("speaker"),
                "speaker_kind": item.get("speaker_kind", "person" if item.get("speaker") else "unnamed"),
            }
        )
    statements.sort(key=lambda s: s["start"])
    return {
        "id": key,
        "half": half,
        "outlet": key.split(":")[0],
        "sha256": body_hash(body),
        "lines": lines,
        "dateline": dateline,
        "statements": statements,
        "notes": authoring.get("notes", ""),
    }


def load_gold() -> list[dict]:
    """The gold bodies: the files of ``benchmarks/gold/`` that hold a body's lines (other gold sets
    share the folder)."""
    found = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]
    return [g for g in found if isinstance(g, dict) and "sha256" in g and "lines" in g]


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"sample", "show", "build", "check"}:
        print(__doc__)
        return 2
    bodies = load_bodies()
    if argv[0] == "sample":
        for row in sample(bodies) + sample_fresh(bodies):
            print(row["id"], row["half"], row["outlet"], row["chars"], sep="\t")
    elif argv[0] == "show":
        print(show(bodies[argv[1]]["body_text"]))
    elif argv[0] == "build":
        halves = {row["id"]: row["half"] for row in sample(bodies) + sample_fresh(bodies)}
        GOLD.mkdir(exist_ok=True)
        for name in argv[1:]:
            authoring = json.loads(Path(name).read_text(encoding="utf-8"))
            gold = build(authoring, bodies, halves.get(authoring["id"], "extra"))
            out = GOLD / (gold["id"].replace(":", "__") + ".json")
            out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
            print(f"{out.name}: {len(gold['lines'])} lines, {len(gold['statements'])} statements")
    else:
        bad = 0
        for gold in load_gold():
            row = bodies.get(gold["id"])
            if row is None or body_hash(row["body_text"]) != gold["sha256"]:
                print(f"{gold['id']}: body missing or changed")
                bad += 1
        print(f"{len(load_gold())} gold bodies, {bad} mismatched")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
