"""One statement across articles: the same words of one speaker, wherever they were printed.

Two appearances (quotes of articles) are one **statement** when they are the same quote in copies of
one story (same normalised wording), or when their wordings, after :func:`dateline.dedup.normalise`
(quote marks, case and punctuation folded), match as strongly as their speakers require:

* the **same speaker** (one corpus entity, or one unresolved speaker key such as "the minister"):
  wordings equal, or, compared over their content words (:data:`FUNCTION_WORDS` left out: a
  re-telling changes "the" to "a" and "is" to "was"), one contained in the other (a quote cut short)
  or nearly equal (the words the two share in order, difflib's matching blocks over word lists, cover
  at least :data:`NEAR` of the shorter: a changed or dropped word); the shorter needs
  :data:`MIN_WORDS` content words;
* a speaker found on **one side only** (the other unknown, or named without an entity): the same
  test, the shorter needing :data:`MIN_WORDS_UNSURE` words;
* **two different speakers** (attribution differs between outlets: a pronoun resolved to the wrong
  name, a spokesman credited instead of the minister): only a long quote, at least
  :data:`MIN_WORDS_STRONG` words, matched at :data:`NEAR_STRONG` or more.

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
from functools import lru_cache
from typing import Any

#: the shorter wording needs this many words to be matched by containment or near equality
MIN_WORDS = 3
#: ... when one side's speaker is unknown or unresolved
MIN_WORDS_UNSURE = 4
#: ... when the two speakers differ (and the share of words matched in order it needs)
MIN_WORDS_STRONG = 5
NEAR_STRONG = 0.9
#: near equality: share of the shorter wording's words matched in order
NEAR = 0.8
#: words a re-telling changes without changing what was said (articles, prepositions, auxiliaries, tense):
#: wordings are compared without them ("not", "no", "never" and every content word stay)
FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "for",
        "to",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "that",
        "this",
        "these",
        "those",
        "and",
        "its",
    ]
)
#: a word pair in more appearances than this is too common to find candidates by
COMMON_SHINGLE = 200

_QUOTES = re.compile(r"[\"“”„‟«»‹›]|(?<!\w)['‘’‚‛]|['‘’‚‛](?!\w)")


@lru_cache(maxsize=65536)
def display_wording(text: str) -> str:
    """A quote as a reader compares it: quote marks, outer punctuation and runs of spaces dropped."""
    return " ".join(_QUOTES.sub(" ", text).split()).strip(" ,.;:")


@lru_cache(maxsize=65536)
def content_words(norm: str) -> tuple[str, ...]:
    """The words of a normalised wording that carry what was said (:data:`FUNCTION_WORDS` left out)."""
    return tuple(w for w in norm.split() if w not in FUNCTION_WORDS)


def same_wording(a: str, b: str, *, min_words: int = MIN_WORDS, near: float = NEAR) -> bool:
    """Whether two normalised wordings are one statement's: equal; one contained in the other word for
    word (the shorter having ``min_words`` + 1 words, at least 4); the same content words (two or more,
    for one speaker); or, over their content words (the shorter having ``min_words``), one contained in
    the other or nearly equal."""
    if a == b:
        return True
    fa, fb = a.split(), b.split()
    short_all, long_all = (fa, fb) if len(fa) <= len(fb) else (fb, fa)
    if len(short_all) >= max(4, min_words + 1) and f" {' '.join(short_all)} " in f" {' '.join(long_all)} ":
        return True
    wa, wb = content_words(a), content_words(b)
    if len(wa) >= 2 and wa == wb and min_words <= MIN_WORDS:
        return True  # the same content words: "an alarming development", "the alarming development"
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) < min_words:
        return False
    if f" {' '.join(short)} " in f" {' '.join(long)} ":
        return True
    # the words matched in order are at most the words the two share: a cheap bound first
    if sum(min(c, long.count(w)) for w, c in Counter(short).items()) < near * len(short):
        return False
    matched = sum(m.size for m in SequenceMatcher(None, short, long, autojunk=False).get_matching_blocks())
    return matched >= near * len(short)


def same_statement(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two appearances (``norm``, ``speaker_id``, ``resolved``) are one statement."""
    sa, sb = a.get("speaker_id"), b.get("speaker_id")
    if sa and sa == sb:
        return same_wording(a["norm"], b["norm"])
    if not (sa and sb and a.get("resolved", True) and b.get("resolved", True)):
        return same_wording(a["norm"], b["norm"], min_words=MIN_WORDS_UNSURE)
    return same_wording(a["norm"], b["norm"], min_words=MIN_WORDS_STRONG, near=NEAR_STRONG)


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


def when(published: str | None) -> tuple[int, str]:
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


def _shingles(words: Sequence[str]) -> set[str]:
    """Word pairs: two wordings that match share one (the shortest matched has three content words)."""
    if len(words) < 2:
        return set()
    return {" ".join(words[i : i + 2]) for i in range(len(words) - 1)}


def group(appearances: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Group appearances into statements; each needs ``norm``, ``speaker_id`` (None when unknown),
    ``resolved`` (whether the speaker is a corpus entity; default True), ``story_id``, ``published``
    and ``article_id``/``qid``. Groups come earliest appearance first."""
    items = sorted(appearances, key=lambda r: (when(r["published"]), r["article_id"], r["qid"]))
    uf = _UnionFind(len(items))
    copies: dict[tuple[str, str], int] = {}
    same: dict[tuple[str, str], int] = {}
    for i, r in enumerate(items):
        key = (r["story_id"], r["norm"])
        if key in copies:
            uf.union(copies[key], i)
        else:
            copies[key] = i
        if r["speaker_id"]:
            key = (r["speaker_id"], r["norm"])
            if key in same:
                uf.union(same[key], i)
            else:
                same[key] = i
    index: dict[str, list[int]] = {}
    content = [content_words(r["norm"]) for r in items]
    for i in range(len(items)):
        for sh in _shingles(content[i]):
            index.setdefault(sh, []).append(i)
    for i, r in enumerate(items):
        shared: Counter[int] = Counter()
        for sh in _shingles(content[i]):
            posting = index[sh]
            if len(posting) <= COMMON_SHINGLE:
                shared.update(j for j in posting if j > i)
        for j, n in shared.items():
            # a match keeps most word pairs of the shorter wording (a changed word costs two)
            enough = n >= (min(len(content[i]), len(content[j])) - 1) // 2
            if enough and uf.find(i) != uf.find(j) and same_statement(r, items[j]):
                uf.union(i, j)
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
