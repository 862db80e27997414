"""The ``events`` stage: the article's dated happenings, and when each quoted remark was made.

Runs last: it reads ``article.times`` (the times stage), ``article.quotes`` (the quotes stage) and
``article.entities`` (only ``Entity.mentions``, ``Quote.speaker.entity`` and ``Quote.cue``), and the
spaCy parse in ``doc.docs``.

* **Statements**: every quote becomes a ``statement`` event; ``Quote.date`` is the time the remark was
  made when the text gives it (:func:`dateline.timex.statement_time`: a date in the reporting clause,
  or the narrated day it follows), else the publication day when it is reported in the present tense.
* **Happenings**: a trigger word (meet, talks, summit, release, decide, ...) and a calendar date
  (``DATE``/``TIME`` with a day, month or year value) in the same sentence are linked, each date to
  a trigger before it if there is one, the nearest in the dependency tree.  A happening dated after publication, or
  announced as "scheduled", "planned", "due", is ``scheduled``.  Mentions of one happening (same kind
  and date) are merged, their evidence kept.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dateline.document import Document, stage
from dateline.model import Article, Event, EventRef, Quote, TimeExpr
from dateline.timex import quote_spans, statement_time
from dateline.timex.calendar import parse_value

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

#: lemma -> kind of happening
TRIGGERS: dict[str, str] = {
    **dict.fromkeys(["meet", "meeting", "talk", "talks", "negotiation", "negotiate", "summit", "conference",
                     "session", "dialogue", "consultation", "visit", "hold"], "meeting"),
    **dict.fromkeys(["release", "publish", "unveil", "launch", "issue", "present"], "release"),
    **dict.fromkeys(["decide", "decision", "approve", "vote", "rule", "ruling", "sign", "adopt", "announce",
                     "agree", "reject", "pass", "elect", "election", "referendum"], "decision"),
    **dict.fromkeys(["attack", "strike", "explode", "explosion", "kill", "arrest", "crash", "fire"], "incident"),
}  # fmt: skip
#: triggers that are happenings as nouns too ("the meeting", "the summit"); the others only as verbs
NOUN_TRIGGERS = {"meeting", "talk", "talks", "negotiation", "summit", "conference", "session", "dialogue",
                 "consultation", "visit", "decision", "ruling", "vote", "release", "launch", "attack", "explosion",
                 "strike", "crash", "fire", "election", "referendum"}  # fmt: skip
SCHEDULED = re.compile(
    r"\b(?:scheduled|planned|due|slated|set\s+to|expected\s+to|will|upcoming|to\s+be\s+held)\b", re.I
)
PRESENT_REPORT = re.compile(r"\b(?:says|say|tells|adds|writes|insists|argues|notes|warns)\b", re.I)
PLACE_TYPES = {"GPE", "LOC", "FAC"}
#: a date after these words ends a span ("through July 4", "until June") rather than dating a happening
DEADLINE = re.compile(r"\b(?:through|until|till|thru)\s+(?:the\s+)?$", re.I)
#: dependents of a trigger that are clauses of their own, whose names are not the happening's participants
CLAUSES = {"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "mark", "punct"}


def _calendar(t: TimeExpr) -> bool:
    return t.type in ("DATE", "TIME") and t.value is not None and t.value[:1].isdigit() and "X" not in t.value


def _tree_distance(a: Token, b: Token) -> int:
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    index_b = {t.i: n for n, t in enumerate(up_b)}
    for n, t in enumerate(up_a):
        if t.i in index_b:
            return n + index_b[t.i]
    return 99


def _day(value: str | None) -> str | None:
    when = parse_value(value)
    return when.day.isoformat() if when is not None and when.gran == "day" else None


def quote_date(article: Article, quote: Quote) -> tuple[str | None, str | None]:
    """(TIMEX3 value, time id) of when the remark ``quote`` was made, when the text gives it."""
    for t in article.times:
        if t.anchor is not None and t.anchor.kind == "quote" and t.anchor.ref == quote.id and t.anchor.value:
            return t.anchor.value, None
    paragraph = next(
        ((p.start, p.end) for p in article.paragraphs if p.start <= quote.start < p.end), (0, len(article.text))
    )
    quotes = [(q.start, q.end) for q in article.quotes]
    said = statement_time(
        article.text,
        (quote.start, quote.end),
        paragraph,
        article.times,
        article.published,
        quotes,
        paragraphs=[(p.start, p.end) for p in article.paragraphs],
        speaker=article.speaker_mentions(quote),
    )
    if said is not None:
        return said.value, said.id
    outside = article.text[paragraph[0] : quote.start] + " " + article.text[quote.end : paragraph[1]]
    if article.published and PRESENT_REPORT.search(outside):
        return _day(article.published) or article.published[:10], None
    return None, None


def _statements(article: Article) -> list[Event]:
    events = []
    for q in article.quotes:
        q.date, time_id = quote_date(article, q)
        trigger = q.cue if q.cue is not None else q
        participants = [q.speaker.entity] if q.speaker is not None and q.speaker.entity else []
        evidence = [EventRef(start=q.start, end=q.end, text=q.text)]
        if q.speaker is not None:
            evidence.append(EventRef(start=q.speaker.start, end=q.speaker.end, text=q.speaker.text))
        events.append(
            Event(
                id="",
                kind="statement",
                text=trigger.text,
                start=trigger.start,
                end=trigger.end,
                date=q.date,
                time=time_id,
                participants=participants,
                quote=q.id,
                evidence=evidence,
            )
        )
    return events


def _mentions_in(article: Article, start: int, end: int) -> list[tuple[str, str, int, int]]:
    found: list[tuple[str, str, int, int]] = []
    for e in article.entities:
        for m in e.mentions:
            if start <= m.start and m.end <= end:
                found.append((e.id, e.type, m.start, m.end))
    return found


def _happenings(doc: Document) -> list[Event]:
    article = doc.article
    events: list[Event] = []
    times = [t for t in article.times if _calendar(t)]
    if not times or not doc.docs:
        return events
    published_day = _day(article.published)
    quoted = [(q.start, q.end) for q in quote_spans(article.text, [(p.start, p.end) for p in article.paragraphs])]

    def inside(offset: int) -> tuple[int, int] | None:
        return next(((qs, qe) for qs, qe in quoted if qs <= offset < qe), None)

    for para, sdoc in zip(article.paragraphs, doc.docs, strict=False):
        base = para.start
        for sent in sdoc.sents:
            s_start, s_end = base + sent.start_char, base + sent.end_char
            in_sent = [
                t
                for t in times
                if s_start <= t.start
                and t.end <= s_end
                # "extended the pay rise through July 4": the end of a span, not the day something happened
                and not DEADLINE.search(article.text[max(s_start, t.start - 8) : t.start])
            ]
            if not in_sent:
                continue
            named = {t.i for ent in sent.ents if ent.label_ != "EVENT" for t in ent}
            triggers = [
                tok
                for tok in sent
                if tok.lemma_.lower() in TRIGGERS
                and tok.i not in named  # "Meet the Fockers", "the Conference Board": names, not happenings
                and not any(c.dep_ == "compound" and c.lower_ in ("news", "press") for c in tok.children)
                and (tok.pos_ == "VERB" or (tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in NOUN_TRIGGERS))
            ]
            triggers = [
                tok
                for tok in triggers
                if not (tok.lemma_.lower() == "hold" and not any(c.dep_ == "nsubjpass" for c in tok.children))
            ]
            if not triggers:
                continue
            used: set[int] = set()
            for t in in_sent:
                head = _token_at(sent, t.start - base)
                if head is None:
                    continue
                # a date inside quotation marks dates what the quote says, and one outside what the text
                # narrates: '"Throughout the first quarter, ...," he said in a news release'
                side = inside(t.start)
                options = [
                    tok
                    for tok in triggers
                    if tok.i not in used
                    and not (t.start - base <= tok.idx < t.end - base)
                    and inside(base + tok.idx) == side
                ]
                if not options:
                    continue
                # a date follows what it dates ("talks are scheduled for January 10"): triggers before it first
                best = min(
                    options, key=lambda tok: (tok.idx > head.idx, _tree_distance(head, tok), abs(tok.idx - head.idx))
                )
                used.add(best.i)
                events.append(_event(article, sent, base, best, t, published_day))
    return events


def _token_at(sent: SpacySpan, offset: int) -> Token | None:
    for tok in sent:
        if tok.idx <= offset < tok.idx + len(tok.text):
            return tok
    return None


def _event(
    article: Article, sent: SpacySpan, base: int, trigger: Token, time: TimeExpr, published_day: str | None
) -> Event:
    text = article.text
    start, end = base + trigger.idx, base + trigger.idx + len(trigger.text)
    s_start, s_end = base + sent.start_char, base + sent.end_char
    while s_end > s_start and text[s_end - 1].isspace():
        s_end -= 1  # spaCy's sentence keeps the white space around it
    while s_start < s_end and text[s_start].isspace():
        s_start += 1
    kind = TRIGGERS[trigger.lemma_.lower()]
    if trigger.lemma_.lower() == "hold":
        subject = next(c for c in trigger.children if c.dep_ == "nsubjpass")
        if subject.lemma_.lower() in TRIGGERS:
            trigger = subject
            start, end = base + subject.idx, base + subject.idx + len(subject.text)
    day = _day(time.value)
    clause = text[s_start:s_end]
    ahead = day is not None and published_day is not None and day > published_day
    announced = SCHEDULED.search(clause[: max(0, time.start - s_start)]) is not None
    not_past = day is None or published_day is None or day >= published_day
    if (ahead or announced) and kind in ("meeting", "decision", "release") and not_past:
        kind = "scheduled"
    mentions = _mentions_in(article, s_start, s_end)
    participants: list[str] = []
    place = None
    arguments = _argument_offsets(trigger, base)
    for eid, etype, m_start, m_end in mentions:
        before = text[max(s_start, m_start - 4) : m_start].lower()
        if etype in PLACE_TYPES and re.search(r"\b(?:in|at)\s+$", before) and place is None:
            place = next(e.name for e in article.entities if e.id == eid)
        elif (
            etype in ("PERSON", "ORG", "GPE", "NORP")
            and eid not in participants
            and any(m_start <= k < m_end for k in arguments)
        ):
            participants.append(eid)
    if place is None:
        for ent in sent.ents:
            if ent.label_ in PLACE_TYPES and re.search(
                r"\b(?:in|at)\s+$", text[max(s_start, base + ent.start_char - 4) : base + ent.start_char]
            ):
                place = ent.text
                break
    evidence = [
        EventRef(start=time.start, end=time.end, text=time.text),
        EventRef(start=s_start, end=s_end, text=text[s_start:s_end]),
    ]
    return Event(id="", kind=kind, text=text[start:end], start=start, end=end, date=time.value, time=time.id,
                 participants=participants, place=place, evidence=evidence)  # fmt: skip


def _argument_offsets(trigger: Token, base: int) -> set[int]:
    """Offsets (in the article text) of the words that take part in ``trigger``'s happening.

    Its own phrase ("talks between Moscow and Washington", "Ryabkov met with Sherman") without the
    clauses hanging from it ("announced that Alford was taking a pay cut": the coaches named in the
    clause did not announce), and the subject of the verb a noun or infinitive trigger depends on
    ("Russia held talks", "Russia plans to meet").
    """
    words: set[int] = set()

    def add(tok: Token) -> None:
        if tok.dep_ in CLAUSES or (tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")):
            return
        if tok.dep_ == "amod" and tok is not trigger:
            return  # "the Minneapolis-based retailer announced": the retailer, not Minneapolis
        words.add(base + tok.idx)
        for child in tok.children:
            add(child)

    add(trigger)
    head = trigger
    for _ in range(2):  # "Russia held talks", "Russia wants to hold talks"
        if head.dep_ not in ("dobj", "nsubjpass", "attr", "xcomp", "pobj", "prep") or head.head.i == head.i:
            break
        head = head.head
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass", "agent") and child is not trigger:
                add(child)
    return words


def _merge(events: list[Event]) -> list[Event]:
    merged: list[Event] = []
    for e in events:
        same = next(
            (
                m
                for m in merged
                if e.kind != "statement" and m.kind == e.kind and m.date == e.date and m.date is not None
            ),
            None,
        )
        if same is None:
            merged.append(e)
            continue
        same.evidence.extend(r for r in e.evidence if all((r.start, r.end) != (x.start, x.end) for x in same.evidence))
        same.participants.extend(p for p in e.participants if p not in same.participants)
        same.place = same.place or e.place
    return merged


def timeline_key(event: Event) -> tuple[int, str, int]:
    """Order of a timeline: dated events by date (a month before its days), undated ones last."""
    return (0 if event.date else 1, event.date or "", event.start)


@stage("events", reads=("times",), uses=("quotes", "entities"), writes=("events",))
def run_events(doc: Document) -> None:
    article = doc.article
    events = _merge(_happenings(doc)) + _statements(article)
    events.sort(key=lambda e: e.start)
    for n, e in enumerate(events, 1):
        e.id = f"v{n}"
    article.events = events
