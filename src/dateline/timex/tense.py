"""The tense of the clause a time expression sits in, read from the spaCy parse.

"In December, Russia released ..." is past (the previous December); "talks are scheduled for January
12" and "we will meet on Friday" are future (the next one).  Anything else is "present" or unknown.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

FUTURE_AUX = {"will", "shall", "'ll", "wo", "’ll"}
MODALS = {"would", "could", "should", "might", "may", "must", "can", "ca"}
#: verbs whose participle or infinitive points forward ("is scheduled for", "plans to", "is due on")
PLAN = {"schedule", "plan", "slate", "reschedule", "intend"}
SCHEDULE = {"schedule", "plan", "expect", "due", "set", "slate", "intend", "reschedule"}
STATIVE = {
    "be",
    "have",
    "say",
    "tell",
    "know",
    "think",
    "believe",
    "remain",
    "seem",
    "hold",
    "own",
    "show",
    "represent",
    "include",
    "mean",
    "want",
    "need",
    "see",
    "feel",
    "expect",
    "appear",
    "report",
    "add",
}
#: nouns of events that are held on a date: "elections in November", "primaries for August" name the
#: occurrence nearest the article, ahead of it on a tie, whatever the tense of the clause around them
EVENT_NOUNS = {
    "election", "primary", "vote", "poll", "referendum", "runoff", "caucus", "ballot", "summit", "conference",
    "convention", "games", "olympics", "tournament", "championship", "deadline", "session", "meeting", "talks",
    "trial", "hearing", "launch", "festival", "inauguration", "celebration", "visit",
}  # fmt: skip
#: verbs that move the end of something forward: "extended ... through July 4", "closed until September"
DEFER = {"extend", "prolong", "postpone", "delay", "defer", "push", "suspend", "close", "shut", "ban", "keep",
         "stay", "remain", "continue", "run", "last"}  # fmt: skip
#: what makes "could" a past ability ("could not be reached Monday") or a past possibility ("could have")
NOT_DONE = {"not", "n't", "never", "have"}
SCHEDULE_WORDS = {"scheduled", "planned", "expected", "due", "slated", "set", "upcoming", "forthcoming", "ahead"}


def _governor(tok: Token) -> Token | None:
    v = tok
    for _ in range(12):
        if v.pos_ in ("VERB", "AUX") and v.dep_ not in ("amod",):
            return v
        if v.lower_ in SCHEDULE_WORDS and v.pos_ == "ADJ":
            return v
        if v.head.i == v.i:
            return None
        v = v.head
    return None


def tense_of(tok: Token) -> str | None:
    """``"past"``, ``"future"``, ``"present"``, ``"event"`` (a date of an event noun: "elections in
    November") or None for the clause governing ``tok``."""
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:  # "in August and November"
        head = head.head
    prep = head.head if head.dep_ == "pobj" else None
    if (
        prep is not None
        and prep.lower_ in ("in", "for")
        and prep.head.pos_ in ("NOUN", "PROPN")
        and prep.head.lemma_.lower() in EVENT_NOUNS
    ):
        return "event"
    v = _governor(tok)
    if (
        prep is not None
        and prep.lower_ in ("until", "till", "through", "to")
        and v is not None
        and v.lemma_.lower() in DEFER
    ):
        return "future"  # "extended the closure through July 4": the end of a span set from now on
    for _ in range(4):
        if v is None:
            return None
        if v.lower_ in SCHEDULE_WORDS and v.pos_ == "ADJ":
            return "future"
        auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        words = {a.lower_ for a in auxes}
        if words & FUTURE_AUX or v.lower_ in FUTURE_AUX:
            return "future"
        if "going" in words and "to" in words:
            return "future"
        if any(a.lower_ == "be" and a.tag_ == "VB" for a in auxes) and not words & (MODALS | {"to"}):
            return "future"  # a mandate: "urged that schools be reopened by late summer"
        if v.tag_ == "VBN" and not words and v.lemma_.lower() not in SCHEDULE | PLAN:
            return "past"  # a bare participle: "the decision, announced Wednesday, ..."
        if v.lemma_.lower() in PLAN and v.tag_ != "VBD":
            return "future"  # what is planned or scheduled lies ahead of the planning
        if v.lemma_.lower() in SCHEDULE and (v.tag_ == "VBN" or "to" in {c.lower_ for c in v.children}):
            return "future"
        if v.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
            return "past"
        if v.tag_ == "VBN" and (
            words & {"has", "have", "had", "'ve", "’ve"} or (not words and v.dep_ in ("acl", "relcl"))
        ):
            return "past"
        if v.tag_ == "VB" and "to" in words and v.head.lemma_ == "be" and v.head.tag_ in ("VBZ", "VBP"):
            return "future"  # "is to resume trading Tuesday"
        if "could" in words and v.tag_ == "VB" and not {c.lower_ for c in v.children} & NOT_DONE:
            return "future"  # "a vaccine could be ready by December": a possibility ahead
        if words & MODALS:
            # "would" in reported speech is a future seen from the past ("said he would meet Friday")
            return "future" if words & {"will", "shall", "can", "may", "might", "must", "should", "would"} else None
        if v.tag_ in ("VBZ", "VBP") and "to" not in words:
            return "present"
        if v.head.i == v.i:
            return None
        # an infinitive or a participle: the tense is its governor's
        nxt = _governor(v.head)
        if nxt is not None and nxt.i == v.i:
            return None
        v = nxt
    return None


class TenseIndex:
    """Find the token at a character offset of a paragraph and the tense of its clause (cached)."""

    def __init__(self, doc: Doc | None) -> None:
        self.doc = doc
        self.starts = [t.idx for t in doc] if doc is not None else []
        self.cache: dict[int, str | None] = {}

    def at(self, offset: int) -> str | None:
        if self.doc is None or not self.starts:
            return None
        i = max(0, bisect_right(self.starts, offset) - 1)
        if i not in self.cache:
            self.cache[i] = tense_of(self.doc[i])
        return self.cache[i]
