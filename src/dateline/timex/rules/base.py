"""What every rule shares: the :class:`Rule` registry, the :class:`Context` a rule resolves in, its
:class:`Result`, and the helpers that pick a calendar date in the direction of a clause's tense."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from dateline.timex.calendar import When
from dateline.timex.lexicon import PART_OF_DAY

Tense = str | None  # "past", "future", "present" or None
#: a month or a day of a month without a year is taken in the direction of its clause's tense only
#: within this many days of the reference time (a date further away would have been given a year)
TENSE_WINDOW_DAYS = 270
#: the same for a month name standing alone ("In December")
MONTH_WINDOW_DAYS = 310


@dataclass
class Context:
    """What a rule may use to resolve a match."""

    ref: When | None  # the deictic anchor: publication time, or when a quoted statement was made
    prev: When | None  # the last date resolved in the discourse
    prev_day: When | None = None  # the last day resolved in the discourse
    tense: Callable[[], Tense] = lambda: None
    before: str = ""  # the paragraph's text before the match
    after: str = ""  # the paragraph's text after the match
    day_first: bool | None = None


@dataclass
class Result:
    type: str
    value: str | None
    mod: str | None = None
    #: "ref" (the deictic anchor), "prev" (the discourse), "explicit" (written out), "none"
    anchor: str = "explicit"
    #: the calendar value, when it can anchor later expressions
    when: When | None = None


Resolver = Callable[[re.Match[str], Context], "Result | None"]


@dataclass
class Rule:
    name: str
    regex: re.Pattern[str]
    resolve: Resolver
    priority: int = 0
    tags: set[str] = field(default_factory=set)
    #: words one of which every match contains (lower-case; checked against the paragraph's
    #: :func:`fold`): a paragraph with none of them is not scanned. Empty: always scanned.
    needs: tuple[str, ...] = ()

    def may_match(self, folded: str) -> bool:
        """Whether the rule can match a paragraph, given its :func:`fold`: a cheap substring test
        that spares the regular expression most paragraphs (see :attr:`needs`)."""
        return not self.needs or any(word in folded for word in self.needs)


def fold(text: str) -> str:
    """``text`` folded so that every character a case-insensitive pattern letter matches becomes that
    letter: ``str.casefold()``, and the dotless "ı", which ``re.IGNORECASE`` matches to "i"."""
    return text.casefold().replace("ı", "i")


RULES: list[Rule] = []
FLAGS = re.IGNORECASE


def rule(name: str, pattern: str, priority: int = 0, needs: tuple[str, ...] = ()) -> Callable[[Resolver], Resolver]:
    """Register a rule; ``needs``: words one of which every match of ``pattern`` contains."""
    # the pattern is grouped so that both boundaries hold for every alternative of a top-level "a|b"
    regex = re.compile(r"(?<![\w'’-])(?:" + pattern + r")(?![\w-]|['’](?!s\b)\w)", FLAGS)

    def register(fn: Resolver) -> Resolver:
        RULES.append(Rule(name, regex, fn, priority, needs=needs))
        return fn

    return register


# ---------------------------------------------------------------- helpers


#: "back in March", "as far back as June": the past, whatever the clause's tense ("would explain ... back in March")
BACK_IN = re.compile(r"\bback\s+(?:in|on|at|as)\s+$", re.IGNORECASE)


#: "as early as Wednesday" outside a past-tense clause looks ahead
AS_EARLY_AS = re.compile(r"\bas\s+(?:early|soon)\s+as\s+$", re.IGNORECASE)


#: a deadline: "by September", "by late summer", "by the end of June"
BY_DEADLINE = re.compile(r"\bby\s+(?:the\s+)?(?:(?:early|late|mid)-?\s*)?$", re.IGNORECASE)


def context_direction(ctx: Context) -> str | None:
    if BACK_IN.search(ctx.before):
        return "past"
    tense = ctx.tense()
    if tense != "past" and AS_EARLY_AS.search(ctx.before):
        return "future"  # "expects an answer soon, perhaps as early as Wednesday"
    if tense in (None, "present") and BY_DEADLINE.search(ctx.before):
        return "future"  # "if there are 250,000 dead by Election Day": a deadline not in the past
    return tense if tense in ("past", "future") else None


#: how many days nearer the next occurrence of an event's month counts than the last one
AHEAD_DAYS = 45


def _ahead(ctx: Context) -> bool:
    """Whether a tie between the last and the next occurrence goes to the next: a clause in the present
    ("voters go to the polls in November") or the date of an event noun ("elections in November")."""
    return ctx.tense() in ("present", "event")


def closest(
    ref: date,
    options: list[date],
    direction: str | None,
    window: int = 0,
    future_extra: int = 60,
    ahead: bool = False,
) -> date:
    """The option nearest ``ref`` in ``direction``; with ``window``, only within that many days of it."""
    if window:
        # a clause's tense does not reach a year away ("the Jan. 14 deadline" in a January article);
        # an explicit future ("will", "scheduled") reaches a little further
        reach = window + future_extra if direction == "future" else window
        near = [d for d in options if abs((d - ref).days) <= reach]
        options = near or options
    if direction == "past":
        before = [d for d in options if d <= ref]
        if before:
            return max(before)
    elif direction == "future":
        after = [d for d in options if d >= ref]
        if after:
            return min(after)
    if ahead:  # what is held on a date is more often ahead: the next occurrence wins a near tie
        return min(options, key=lambda d: (abs((d - ref).days) - (AHEAD_DAYS if d >= ref else 0), d < ref))
    return min(options, key=lambda d: (abs((d - ref).days), d > ref))


def month_when(month: int, ctx: Context, day: int | None = None) -> When | None:
    if ctx.ref is None:
        return None
    ref = ctx.ref.day
    options = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            options.append(date(year, month, day or 1))
        except ValueError:
            continue
    if not options:
        return None
    if day is None:
        # a month is "past" while it is running too
        ref_for_month = date(ref.year, ref.month, 1)
        picked = closest(ref_for_month, options, context_direction(ctx), MONTH_WINDOW_DAYS, ahead=_ahead(ctx))
        return When("month", picked)
    return When("day", closest(ref, options, context_direction(ctx), TENSE_WINDOW_DAYS))


def weekday_when(weekday: int, ctx: Context, rel: str | None) -> When | None:
    if ctx.ref is None:
        return None
    ref = ctx.ref.day
    rel = (rel or "").lower()
    monday = ref - timedelta(days=ref.weekday())
    if rel in ("last", "past", "this past"):
        back = (ref.weekday() - weekday) % 7 or 7
        return When("day", ref - timedelta(days=back))
    if rel in ("next", "coming", "this coming"):
        fwd = (weekday - ref.weekday()) % 7 or 7
        return When("day", ref + timedelta(days=fwd))
    if rel == "this":
        return When("day", monday + timedelta(days=weekday))
    # news mostly reports what has happened: a weekday is the last one (today included) unless
    # its clause is in the future tense; a possessive ("Friday's close") is always a past day
    if context_direction(ctx) == "future" and not re.match(r"['’]s\b", ctx.after):
        return When("day", ref + timedelta(days=(weekday - ref.weekday()) % 7))
    return When("day", ref - timedelta(days=(ref.weekday() - weekday) % 7))


def year_of(text: str) -> int:
    year = int(text.lstrip("'’"))
    if year < 100:
        year += 2000 if year < 40 else 1900
    return year


def ref_result(when: When | None, type_: str = "DATE", mod: str | None = None, unknown: str | None = None) -> Result:
    if when is None:
        return Result(type_, unknown, mod, "none")
    return Result(type_, when.value, mod, "ref", when)


def prev_or_ref(ctx: Context) -> tuple[When | None, str]:
    if ctx.prev is not None:
        return ctx.prev, "prev"
    return ctx.ref, "ref"


def part_suffix(part: str | None) -> str:
    return "T" + PART_OF_DAY[part.lower()] if part else ""


def type_for(suffix: str) -> str:
    return "TIME" if suffix else "DATE"
