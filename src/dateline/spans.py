"""The span invariant of the record: every span sits on token boundaries of the text it indexes.

A span (an entity mention, a quote, its speaker, cue and addressee, a time expression, an event and its
evidence) is right when ``text[start:end] == span.text``, it is not empty, it neither starts nor ends
with white space, and it does not cut a word: the characters on either side of each of its ends are not
both inside a word ("he US are striving to ma" cuts "the" and "make").  :func:`violations` lists the
spans that break it; :func:`enforce`, which the pipeline runs after its last stage, takes them out of
the record and says so in ``Article.warnings`` (the stages are built so that it never has to: the
benchmark ``bench_wire.py`` counts it on every scraped body).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from dateline.model import Article

#: the warning ``enforce`` leaves when it had to take spans out (a bug to report)
WARNING = "{n} span(s) cut a word or did not match the text and were left out: {where}"


def in_word(char: str) -> bool:
    """A letter, digit or combining mark: a character a token boundary never falls inside a run of."""
    return char.isalnum() or unicodedata.category(char).startswith("M")


def on_boundaries(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a non-empty stretch that starts and ends on token boundaries."""
    if not 0 <= start < end <= len(text):
        return False
    if text[start].isspace() or text[end - 1].isspace():
        return False
    if start > 0 and in_word(text[start - 1]) and in_word(text[start]):
        return False
    return not (end < len(text) and in_word(text[end - 1]) and in_word(text[end]))


@dataclass(frozen=True)
class Violation:
    """One span that breaks the invariant: what it is (``quote q3 cue``), where, and the text it claims."""

    where: str
    start: int
    end: int
    text: str

    def __str__(self) -> str:
        return f"{self.where} [{self.start}:{self.end}] {self.text[:40]!r}"


def _bad(text: str, start: int, end: int, claimed: str) -> bool:
    return text[start:end] != claimed or not on_boundaries(text, start, end)


def violations(article: Article) -> list[Violation]:
    """Every span of the record that is off the token boundaries of ``article.text`` or does not match it."""
    text = article.text
    out: list[Violation] = []

    def check(where: str, start: int, end: int, claimed: str) -> None:
        if _bad(text, start, end, claimed):
            out.append(Violation(where, start, end, claimed))

    for entity in article.entities:
        for m in entity.mentions:
            check(f"entity {entity.id} mention", m.start, m.end, m.text)
    for q in article.quotes:
        check(f"quote {q.id}", q.start, q.end, q.text)
        for name, part in (("speaker", q.speaker), ("cue", q.cue), ("addressee", q.addressee)):
            if part is not None:
                check(f"quote {q.id} {name}", part.start, part.end, part.text)
    for t in article.times:
        check(f"time {t.id}", t.start, t.end, t.text)
    for e in article.events:
        check(f"event {e.id}", e.start, e.end, e.text)
        for ev in e.evidence:
            check(f"event {e.id} evidence", ev.start, ev.end, ev.text)
    return out


def enforce(article: Article) -> int:
    """Take every span that breaks the invariant out of the record (a quote whose own span is off goes
    whole; an off speaker, cue or addressee is left unset), warn, and return how many there were."""
    found = violations(article)
    if not found:
        return 0
    text = article.text

    def ok(start: int, end: int, claimed: str) -> bool:
        return not _bad(text, start, end, claimed)

    for entity in article.entities:
        entity.mentions = [m for m in entity.mentions if ok(m.start, m.end, m.text)]
    article.entities = [e for e in article.entities if e.mentions]
    known = {e.id for e in article.entities}
    quotes = []
    for q in article.quotes:
        if not ok(q.start, q.end, q.text):
            continue
        if q.speaker is not None and not ok(q.speaker.start, q.speaker.end, q.speaker.text):
            q.speaker = None
        if q.cue is not None and not ok(q.cue.start, q.cue.end, q.cue.text):
            q.cue = None
        if q.addressee is not None and not ok(q.addressee.start, q.addressee.end, q.addressee.text):
            q.addressee = None
        for part in (q.speaker, q.addressee):
            if part is not None and part.entity not in known:
                part.entity = None
        quotes.append(q)
    article.quotes = quotes
    article.times = [t for t in article.times if ok(t.start, t.end, t.text)]
    times = {t.id for t in article.times}
    quote_ids = {q.id for q in article.quotes}
    events = []
    for e in article.events:
        if not ok(e.start, e.end, e.text):
            continue
        e.evidence = [ev for ev in e.evidence if ok(ev.start, ev.end, ev.text)]
        e.participants = [p for p in e.participants if p in known]
        if e.time is not None and e.time not in times:
            e.time = None
        if e.quote is not None and e.quote not in quote_ids:
            e.quote = None
        events.append(e)
    article.events = events
    article.warnings.append(WARNING.format(n=len(found), where="; ".join(str(v) for v in found[:3])))
    return len(found)
