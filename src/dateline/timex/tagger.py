"""Find the time expressions of an article and normalise them to TIMEX3 values.

The tagger runs the rules of :mod:`dateline.timex.rules` over each paragraph, keeps the longest
non-overlapping matches, then resolves them in reading order:

* deictic expressions ("yesterday", "on Sunday", "In December", "next week") against the reference
  time: the publication time, or, inside a quotation, the time the statement was made when the text
  gives it (see :func:`statement_time`);
* weekday and month names in the direction of their clause's tense (past: the most recent one;
  future: the next one; otherwise the nearest);
* anaphoric expressions ("the following day", "two days later", "that week") against the last
  date resolved in the discourse.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from dateline.model import Anchor, TimeExpr
from dateline.timex.calendar import When, parse_value
from dateline.timex.rules import RULES, Context, Result, Rule
from dateline.timex.rules.base import fold
from dateline.timex.tense import TenseIndex

if TYPE_CHECKING:
    from spacy.tokens import Doc

QUOTE_RX = re.compile(r"“[^”“]{2,}”|\"[^\"]{2,}\"|«[^»]{2,}»")
#: a reporting verb in the present tense: the statement is as recent as the article
PRESENT_REPORT = re.compile(r"\b(?:says|say|tells|adds|writes|explains|insists|argues|notes|warns)\b", re.I)
#: the end of a sentence: a stop, then a space and a capital or an opening quotation mark
SENTENCE_STOP = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])")
#: how long before publication a narrated date may still be when a quoted remark was made
STATEMENT_WINDOW_DAYS = 7
#: how many paragraphs back that date may be when the speaker is not known
STATEMENT_PARAGRAPHS = 2


@dataclass
class Span:
    """A candidate expression inside one paragraph."""

    start: int
    end: int
    rule: Rule
    match: re.Match[str]


@dataclass
class QuoteSpan:
    start: int
    end: int
    id: str | None = None
    #: where the speaker is mentioned in the article (all mentions of its entity), when known
    speaker: list[tuple[int, int]] | None = None


def _safe(rule: Rule, match: re.Match[str], ctx: Context) -> Result | None:
    """A rule's result, or None where the calendar cannot hold it ("2021 years ago", "31 February")."""
    try:
        return rule.resolve(match, ctx)
    except (ValueError, OverflowError):
        return None


def _find(paragraph: str) -> list[Span]:
    found: list[Span] = []
    dummy = Context(ref=When("day", date(2000, 6, 15)), prev=None, tense=lambda: None, before="", after="")
    folded = fold(paragraph)
    for r in RULES:
        if not r.may_match(folded):
            continue
        for m in r.regex.finditer(paragraph):
            if m.end() == m.start():
                continue
            dummy.before, dummy.after = paragraph[max(0, m.start() - 40) : m.start()], paragraph[m.end() : m.end() + 40]
            if _safe(r, m, dummy) is None:
                continue
            found.append(Span(m.start(), m.end(), r, m))
    found.sort(key=lambda s: (-(s.end - s.start), -s.rule.priority, s.start))
    taken: list[Span] = []
    for s in found:
        if all(s.end <= t.start or s.start >= t.end for t in taken):
            taken.append(s)
    return sorted(taken, key=lambda s: s.start)


def _ref_when(published: str | None) -> When | None:
    if not published:
        return None
    try:
        return When("day", datetime.fromisoformat(published.replace("Z", "+00:00")).date())
    except ValueError:
        return parse_value(published)


def quote_spans(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[QuoteSpan]:
    """Spans between quotation marks, paragraph by paragraph (for when no quotes stage ran)."""
    spans: list[QuoteSpan] = []
    for start, end in paragraphs:
        for m in QUOTE_RX.finditer(text, start, end):
            spans.append(QuoteSpan(m.start(), m.end()))
    return spans


def _sentence(text: str, ps: int, pe: int, qs: int, qe: int) -> tuple[int, int]:
    """The bounds of the sentence around a quote at ``qs``-``qe`` in the paragraph ``ps``-``pe`` (by its stops)."""
    stops = [m.end() for m in SENTENCE_STOP.finditer(text, ps, qs)]
    after = SENTENCE_STOP.search(text, qe, pe)
    return (stops[-1] if stops else ps), (after.end() if after else pe)


def statement_time(
    text: str,
    quote: tuple[int, int],
    paragraph: tuple[int, int],
    times: Sequence[TimeExpr],
    published: str | None,
    quotes: Sequence[tuple[int, int]] = (),
    *,
    paragraphs: Sequence[tuple[int, int]] = (),
    speaker: Sequence[tuple[int, int]] | None = None,
) -> TimeExpr | None:
    """The time expression that says when the quoted remark at ``quote`` was made, if any.

    1. a day-level date or time in the same paragraph, outside quotation marks ("he said on Sunday");
    2. else, when the remark is reported in the past tense ("the diplomat said"), the last
       day-level date of the narrative before it, if it falls in the week before publication and
       belongs to the speaker's story: its paragraph mentions the speaker (``speaker``: the spans of
       the speaker's mentions) or, when the speaker is not known, it is at most
       :data:`STATEMENT_PARAGRAPHS` paragraphs back.  A quote that follows "On Sunday evening,
       Ryabkov met ..." was made on Sunday evening; one that follows another person's Saturday was not.
    """
    qs, qe = quote
    ps, pe = paragraph

    def usable(t: TimeExpr) -> bool:
        when = parse_value(t.value)
        return t.type in ("DATE", "TIME") and when is not None and when.gran == "day"

    spans = sorted(quotes)
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))  # the furthest end of the spans so far

    def quoted(t: TimeExpr) -> bool:
        # inside some quote: the spans starting at or before t.start reach past t.end (a bisection, not a scan)
        k = bisect.bisect_right(starts, t.start)
        return (k > 0 and reach[k - 1] >= t.end) or (qs <= t.start and t.end <= qe)

    outside = text[ps:qs] + " " + text[qe:pe]
    ref = _ref_when(published)

    def not_ahead(t: TimeExpr) -> bool:
        # no remark is made after its report is published: "expects an answer as early as Wednesday"
        when = parse_value(t.value)
        return ref is None or when is None or when.day <= ref.day

    same = [t for t in times if ps <= t.start and t.end <= pe and not quoted(t) and usable(t) and not_ahead(t)]
    if same:
        nearest = min(same, key=lambda t: min(abs(t.start - qe), abs(qs - t.end)))
        # "Earlier this month, X announced that ... . Also Tuesday, Y said ...": a remark whose own sentence
        # has its own (coarser) time was not made on another sentence's day
        s0, s1 = _sentence(text, ps, pe, qs, qe)
        own = [t for t in times if s0 <= t.start and t.end <= s1 and not quoted(t) and parse_value(t.value)]
        if own and not s0 <= nearest.start < s1:
            return None
        return nearest
    if PRESENT_REPORT.search(re.sub(r"“[^”]*”|\"[^\"]*\"", " ", outside)):
        return None
    earlier = [t for t in times if t.end <= qs and not quoted(t) and usable(t)]
    if not earlier:
        return None
    last = earlier[-1]
    when = parse_value(last.value)
    if ref is None or when is None:
        return None
    if not 0 <= (ref.day - when.day).days <= STATEMENT_WINDOW_DAYS:
        return None
    para_of = [n for n, (a, b) in enumerate(paragraphs) if a <= last.start < b]
    if speaker is not None:
        if para_of:
            a, b = paragraphs[para_of[0]]
            return last if any(a <= s0 < b for s0, _ in speaker) else None
        return None
    here = [n for n, (a, b) in enumerate(paragraphs) if a <= qs < b]
    if para_of and here and here[0] - para_of[0] > STATEMENT_PARAGRAPHS:
        return None
    return last


def tag(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    docs: Sequence[Doc] | None = None,
    published: str | None = None,
    *,
    quotes: Sequence[QuoteSpan] | None = None,
    day_first: bool | None = None,
) -> list[TimeExpr]:
    """The time expressions of ``text`` (offsets into ``text``), resolved against ``published``."""
    ref = _ref_when(published)
    ref_value = published
    if quotes is None:
        quotes = quote_spans(text, paragraphs)
    quote_pairs = [(q.start, q.end) for q in quotes]

    found: list[tuple[int, Span, TenseIndex, tuple[int, int]]] = []
    for i, (ps, pe) in enumerate(paragraphs):
        index = TenseIndex(docs[i] if docs is not None and i < len(docs) else None)
        for s in _find(text[ps:pe]):
            found.append((ps, s, index, (ps, pe)))

    def in_quote(start: int, end: int) -> QuoteSpan | None:
        for q in quotes or ():
            if q.start <= start and end <= q.end:
                return q
        return None

    results: dict[int, TimeExpr] = {}
    last_day: dict[str, When | None] = {"narrative": None}
    whens: dict[int, When] = {}

    def resolve(k: int, base: When | None, prev: tuple[When | None, str | None]) -> Result | None:
        _ps, s, index, (pst, pen) = found[k]
        para = text[pst:pen]
        ctx = Context(
            ref=base,
            prev=prev[0],
            prev_day=last_day["narrative"] if prev[0] is not None and prev[0].gran != "day" else None,
            tense=lambda: index.at(s.start),
            before=para[max(0, s.start - 40) : s.start],
            after=para[s.end : s.end + 40],
            day_first=day_first,
        )
        return _safe(s.rule, s.match, ctx)

    def record(k: int, res: Result, anchor: Anchor) -> None:
        ps, s, _, _ = found[k]
        results[k] = TimeExpr(
            id="",
            text=text[ps + s.start : ps + s.end],
            start=ps + s.start,
            end=ps + s.end,
            type=res.type,  # type: ignore[arg-type]
            value=res.value,
            mod=res.mod,
            anchor=anchor,
        )
        if res.when is not None and res.type in ("DATE", "TIME"):
            whens[k] = res.when

    def anchor_for(
        res: Result, base_kind: str, base_value: str | None, base_ref: str | None, prev: tuple[When | None, str | None]
    ) -> Anchor:
        if res.anchor == "ref":
            if base_value is None:
                return Anchor(kind="none")
            return Anchor(kind=base_kind, value=base_value, ref=base_ref)  # type: ignore[arg-type]
        if res.anchor == "prev":
            return Anchor(kind="previous", value=prev[0].value if prev[0] else None, ref=prev[1])
        if res.anchor == "none":
            return Anchor(kind="none")
        return Anchor(kind="explicit")

    # pass 1: the narrative (outside quotation marks), in reading order
    prev: tuple[When | None, str | None] = (None, None)
    order = sorted(range(len(found)), key=lambda k: found[k][0] + found[k][1].start)
    ids = {k: f"t{n + 1}" for n, k in enumerate(order)}
    quoted_ks = []
    for k in order:
        ps, s, _, _ = found[k]
        if in_quote(ps + s.start, ps + s.end) is not None:
            quoted_ks.append(k)
            continue
        res = resolve(k, ref, prev)
        if res is None:
            continue
        record(k, res, anchor_for(res, "published", ref_value, None, prev))
        if k in whens and res.value and not res.value.startswith("P"):
            prev = (whens[k], ids[k])
            if whens[k].gran == "day":
                last_day["narrative"] = whens[k]
    # pass 2: inside quotation marks, against the time the remark was made
    narrative = sorted((results[k].model_copy(update={"id": ids[k]}) for k in results), key=lambda t: t.start)
    qprev: dict[int, tuple[When | None, str | None]] = {}
    for k in quoted_ks:
        ps, s, _, para = found[k]
        q = in_quote(ps + s.start, ps + s.end)
        assert q is not None
        said = statement_time(
            text, (q.start, q.end), para, narrative, published, quote_pairs, paragraphs=paragraphs, speaker=q.speaker
        )
        if said is not None:
            base = parse_value(said.value)
            base = When("day", base.day) if base is not None else None
            kind, value, ref_id = "quote", said.value, q.id or said.id
        else:
            base, kind, value, ref_id = ref, "published", ref_value, None
        key = q.start
        local_prev = qprev.get(key, (base, said.id if said is not None else None))
        res = resolve(k, base, local_prev)
        if res is None:
            continue
        record(k, res, anchor_for(res, kind, value, ref_id, local_prev))
        if k in whens and res.value and not res.value.startswith("P"):
            qprev[key] = (whens[k], ids[k])
    out = sorted(results.items(), key=lambda kv: kv[1].start)
    return [t.model_copy(update={"id": f"t{n + 1}"}) for n, (_, t) in enumerate(out)]
