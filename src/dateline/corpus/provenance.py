"""One statement across articles: the same speaker saying the same words, wherever it was printed.

Two appearances (quotes of articles) are one **statement** when they are the same quote in copies of
one story (same normalised wording), or when their speakers are the same corpus entity and their
wordings, after :func:`dateline.dedup.normalise` (quote marks, case and punctuation folded), are

* equal, or
* one contained in the other (a quote cut short), the shorter of at least :data:`MIN_WORDS` words, or
* nearly equal: the words the two share in order (difflib's matching blocks over word lists) cover
  at least :data:`NEAR` of the shorter one, which has at least :data:`MIN_WORDS` words (a changed or
  dropped word).

A statement lists its appearances earliest first (by publication time, then article id), the first
being where it was first seen; its **variants** are its distinct wordings, each with the word changes
from the first wording.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import Any

#: the shorter wording needs this many words to be matched by containment or near equality
MIN_WORDS = 5
#: near equality: share of the shorter wording's words matched in order
NEAR = 0.8

_QUOTES = re.compile(r"[\"“”„‟«»‹›]|(?<!\w)['‘’‚‛]|['‘’‚‛](?!\w)")


def display_wording(text: str) -> str:
    """A quote as a reader compares it: quote marks, outer punctuation and runs of spaces dropped."""
    return " ".join(_QUOTES.sub(" ", text).split()).strip(" ,.;:")


def same_wording(a: str, b: str) -> bool:
    """Whether two normalised wordings are one statement's (equal, contained or nearly equal)."""
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) < MIN_WORDS:
        return False
    if f" {' '.join(short)} " in f" {' '.join(long)} ":
        return True
    matched = sum(m.size for m in SequenceMatcher(None, short, long, autojunk=False).get_matching_blocks())
    return matched >= NEAR * len(short)


def changes(first: str, other: str) -> list[dict[str, str]]:
    """Word changes from ``first`` to ``other`` (display wordings): ``{"from": ..., "to": ...}``; a dropped
    stretch at either end (a quote cut short) is not a change."""
    wa, wb = first.split(), other.split()
    fold = [w.lower().strip(".,;:!?") for w in wa], [w.lower().strip(".,;:!?") for w in wb]
    ops = SequenceMatcher(None, fold[0], fold[1], autojunk=False).get_opcodes()
    out = []
    for i, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal":
            continue
        at_edge = i in (0, len(ops) - 1)
        if at_edge and (tag == "delete" or tag == "insert"):
            continue
        out.append({"from": " ".join(wa[i1:i2]), "to": " ".join(wb[j1:j2])})
    return out


def _when(published: str | None) -> tuple[int, str]:
    if not published:
        return (1, "")
    try:
        moment = _dt.datetime.fromisoformat(published.replace("Z", "+00:00"))
    except ValueError:
        return (0, published)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_dt.UTC)
    return (0, moment.astimezone(_dt.UTC).isoformat())


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _shingles(words: list[str]) -> set[str]:
    if len(words) < 3:
        return set()
    return {" ".join(words[i : i + 3]) for i in range(len(words) - 2)}


def group(appearances: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Group appearances into statements; each needs ``norm``, ``speaker_id`` (None when unknown),
    ``story_id``, ``published`` and ``article_id``/``qid``. Groups come earliest appearance first."""
    items = sorted(appearances, key=lambda r: (_when(r["published"]), r["article_id"], r["qid"]))
    uf = _UnionFind(len(items))
    copies: dict[tuple[str, str], int] = {}
    by_speaker: dict[str, list[int]] = {}
    for i, r in enumerate(items):
        key = (r["story_id"], r["norm"])
        if key in copies:
            uf.union(copies[key], i)
        else:
            copies[key] = i
        if r["speaker_id"]:
            by_speaker.setdefault(r["speaker_id"], []).append(i)
    for members in by_speaker.values():
        index: dict[str, list[int]] = {}
        exact: dict[str, int] = {}
        for i in members:
            norm = items[i]["norm"]
            if norm in exact:
                uf.union(exact[norm], i)
                continue
            exact[norm] = i
            words = norm.split()
            seen: set[int] = set()
            for sh in _shingles(words):
                for j in index.get(sh, ()):
                    if j not in seen:
                        seen.add(j)
                        if uf.find(i) != uf.find(j) and same_wording(norm, items[j]["norm"]):
                            uf.union(i, j)
                index.setdefault(sh, []).append(i)
    groups: dict[int, list[dict[str, Any]]] = {}
    for i, r in enumerate(items):
        groups.setdefault(uf.find(i), []).append(r)
    return [groups[k] for k in sorted(groups)]


def variants(group_rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The distinct wordings of a statement, first seen first: text, count, outlets, first seen, and
    the word changes from the first wording."""
    seen: dict[str, dict[str, Any]] = {}
    for r in group_rows:
        wording = display_wording(r["text"])
        v = seen.setdefault(wording.lower(), {"text": wording, "count": 0, "outlets": [], "first_seen": r["published"]})
        v["count"] += 1
        if r.get("outlet") and r["outlet"] not in v["outlets"]:
            v["outlets"].append(r["outlet"])
    out = list(seen.values())
    first = out[0]["text"] if out else ""
    for v in out:
        v["changes"] = changes(first, v["text"]) if v["text"] != first else []
    return out


def most_common(values: Sequence[str | None]) -> str | None:
    counted = Counter(v for v in values if v)
    return min(counted, key=lambda v: (-counted[v], v)) if counted else None
