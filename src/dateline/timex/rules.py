"""The tagger's rules: one regular expression per kind of expression, and how to normalise it.

Each :class:`Rule` finds candidate spans in a paragraph; its ``resolve`` turns a match into a
:class:`Result` given a :class:`Context` (the reference time, the last date of the discourse and the
tense of the clause).  Spans are the named group ``x`` when the pattern has one (so context such as
"on" can be matched without being tagged), else the whole match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from dateline.timex.calendar import SEASONS, When, add_months, easter, nth_weekday
from dateline.timex.lexicon import (
    MOD,
    MONTH,
    MONTH_FULL,
    NUM,
    PART,
    PART_OF_DAY,
    POSITION,
    SEASON,
    SEASON_CODE,
    UNIT,
    UNITS,
    WEEKDAY,
    WEEKDAY_ABBR,
    mod_of,
    month_number,
    parse_number,
    position_mod,
    weekday_number,
)  # fmt: skip

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


RULES: list[Rule] = []
_F = re.IGNORECASE


def rule(name: str, pattern: str, priority: int = 0) -> Callable[[Resolver], Resolver]:
    regex = re.compile(r"(?<![\w'’-])" + pattern + r"(?![\w-]|['’](?!s\b)\w)", _F)

    def register(fn: Resolver) -> Resolver:
        RULES.append(Rule(name, regex, fn, priority))
        return fn

    return register


# ---------------------------------------------------------------- helpers


def _direction(ctx: Context) -> str | None:
    tense = ctx.tense()
    return tense if tense in ("past", "future") else None


def _closest(ref: date, options: list[date], direction: str | None, window: int = 0, future_extra: int = 60) -> date:
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
    return min(options, key=lambda d: (abs((d - ref).days), d > ref))


def _month_when(month: int, ctx: Context, day: int | None = None) -> When | None:
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
        picked = _closest(ref_for_month, options, _direction(ctx), MONTH_WINDOW_DAYS)
        return When("month", picked)
    return When("day", _closest(ref, options, _direction(ctx), TENSE_WINDOW_DAYS))


def _weekday_when(weekday: int, ctx: Context, rel: str | None) -> When | None:
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
    if _direction(ctx) == "future" and not re.match(r"['’]s\b", ctx.after):
        return When("day", ref + timedelta(days=(weekday - ref.weekday()) % 7))
    return When("day", ref - timedelta(days=(ref.weekday() - weekday) % 7))


def _year(text: str) -> int:
    year = int(text.lstrip("'’"))
    if year < 100:
        year += 2000 if year < 40 else 1900
    return year


def _ref_result(when: When | None, type_: str = "DATE", mod: str | None = None, unknown: str | None = None) -> Result:
    if when is None:
        return Result(type_, unknown, mod, "none")
    return Result(type_, when.value, mod, "ref", when)


def _prev_or_ref(ctx: Context) -> tuple[When | None, str]:
    if ctx.prev is not None:
        return ctx.prev, "prev"
    return ctx.ref, "ref"


def _part_suffix(part: str | None) -> str:
    return "T" + PART_OF_DAY[part.lower()] if part else ""


def _type_for(suffix: str) -> str:
    return "TIME" if suffix else "DATE"


# ---------------------------------------------------------------- explicit dates


@rule("iso", r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<H>\d{2}):(?P<M>\d{2}))?", priority=5)
def _iso(m: re.Match[str], ctx: Context) -> Result | None:
    try:
        day = date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    if m["H"]:
        return Result("TIME", f"{day.isoformat()}T{m['H']}:{m['M']}", when=When("day", day, f"T{m['H']}:{m['M']}"))
    return Result("DATE", day.isoformat(), when=When("day", day))


@rule("numeric", r"(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})", priority=4)
def _numeric(m: re.Match[str], ctx: Context) -> Result | None:
    a, b = int(m["a"]), int(m["b"])
    if m["sep"] == "." or a > 12 or (ctx.day_first and b <= 12):
        d, mo = a, b
    else:
        mo, d = a, b
    try:
        day = date(_year(m["y"]), mo, d)
    except ValueError:
        return None
    return Result("DATE", day.isoformat(), when=When("day", day))


_WD = rf"(?:(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?"
_DAYNUM = r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEARNUM = r"(?P<y>1[6-9]\d\d|20\d\d|'\d\d)"


def _day_month(m: re.Match[str], ctx: Context) -> Result | None:
    month = month_number(m["mon"])
    day_n = int(m["d"])
    if m["y"]:
        try:
            day = date(_year(m["y"]), month, day_n)
        except ValueError:
            return None
        return Result("DATE", day.isoformat(), when=When("day", day))
    if m["wd"] and ctx.ref is not None:
        # "Saturday, April 25": the year in which that day is a Saturday
        weekday = weekday_number(m["wd"])
        for year in (ctx.ref.day.year, ctx.ref.day.year - 1, ctx.ref.day.year + 1):
            try:
                day = date(year, month, day_n)
            except ValueError:
                continue
            if day.weekday() == weekday:
                return _ref_result(When("day", day))
    when = _month_when(month, ctx, day_n)
    return _ref_result(when, unknown=f"XXXX-{month:02d}-{day_n:02d}")


rule("month_day", rf"{_WD}(?P<mon>{MONTH})\s+{_DAYNUM}(?:,?\s+{_YEARNUM})?", priority=3)(_day_month)
rule("day_month", rf"{_WD}(?:the\s+)?{_DAYNUM}(?:\s+of)?\s+(?P<mon>{MONTH})(?:,?\s+{_YEARNUM})?", priority=3)(
    _day_month
)


@rule(
    "month_year",
    rf"(?:(?P<pos>{POSITION}|early|mid-?|late)\s*)?(?P<mon>{MONTH})(?:,|\s+of)?\s+(?P<y>1[6-9]\d\d|20\d\d)",
    priority=2,
)
def _month_year(m: re.Match[str], ctx: Context) -> Result | None:
    month = month_number(m["mon"])
    day = date(int(m["y"]), month, 1)
    return Result("DATE", f"{day.year:04d}-{month:02d}", position_mod(m["pos"]), when=When("month", day))


@rule("month", rf"(?:(?P<pos>{POSITION}|early-?|mid-?|late-?)\s*)?(?P<mon>{MONTH_FULL})", priority=1)
def _month(m: re.Match[str], ctx: Context) -> Result | None:
    name = m["mon"]
    if name.lower() in ("may", "march") and not m["pos"]:  # noqa: SIM102
        # the verbs: only a month after a preposition or a determiner
        if not re.search(
            r"\b(?:in|since|until|till|by|from|through|last|next|this|early|late|of|to|during|before|after|the)\s+$",
            ctx.before,
            _F,
        ):
            return None
    if re.match(r"\s*\d", ctx.after):
        return None
    month = month_number(name)
    when = _month_when(month, ctx)
    return _ref_result(when, mod=position_mod(m["pos"]), unknown=f"XXXX-{month:02d}")


@rule("rel_month", rf"(?P<rel>last|next|this|this\s+past|this\s+coming)\s+(?P<mon>{MONTH_FULL})", priority=2)
def _rel_month(m: re.Match[str], ctx: Context) -> Result | None:
    if ctx.ref is None:
        return Result("DATE", None, anchor="none")
    month = month_number(m["mon"])
    ref = ctx.ref.day
    rel = m["rel"].lower().split()[-1]
    year = ref.year
    if rel in ("last", "past"):
        year = ref.year if month < ref.month else ref.year - 1
    elif rel in ("next", "coming"):
        year = ref.year if month > ref.month else ref.year + 1
    return _ref_result(When("month", date(year, month, 1)))


@rule(
    "year",
    rf"(?:(?P<pos>{POSITION}|early|mid-|late|the\s+first\s+half\s+of|the\s+second\s+half\s+of)\s*)?(?P<fy>fiscal(?:\s+year)?\s+|FY\s*|the\s+year\s+)?(?P<y>1[6-9]\d\d|20\d\d)",
)
def _year_rule(m: re.Match[str], ctx: Context) -> Result | None:
    before, after = ctx.before, ctx.after
    if re.search(r"[$€£#¥]\s*$|\d[,.]?$", before) or re.match(r"\s*(?:%|percent|per\s+cent|[,.]\d|-\d|\d)", after, _F):
        return None
    if re.match(
        r"\s*(?:people|troops|soldiers|workers|employees|jobs|shares|cars|units|tons|tonnes|barrels|feet|meters|metres|miles|kilometers|dollars|yen|euros|pounds|points|votes|acres|members)\b",
        after,
        _F,
    ):
        return None
    year = int(m["y"])
    pos = (m["pos"] or "").lower()
    if "half" in pos:
        half = 1 if "first" in pos else 2
        return Result("DATE", f"{year}-H{half}", when=When("half", date(year, 1 if half == 1 else 7, 1)))
    return Result("DATE", str(year), position_mod(m["pos"]), when=When("year", date(year, 1, 1)))


@rule(
    "decade",
    r"(?:the\s+)?(?:(?P<pos>early|mid-?|late)\s*)?(?P<dec>1[6-9]\d0|20[0-9]0|'\d0|\d0)'?s|(?:the\s+)?(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)",
    priority=2,
)
def _decade(m: re.Match[str], ctx: Context) -> Result | None:
    if m["word"]:
        tens = {
            "twenties": 2,
            "thirties": 3,
            "forties": 4,
            "fifties": 5,
            "sixties": 6,
            "seventies": 7,
            "eighties": 8,
            "nineties": 9,
        }[m["word"].lower()]
        year = 1900 + tens * 10
    else:
        text = m["dec"].lstrip("'")
        if len(text) == 2:
            if not m.group(0).lower().startswith("the") and "'" not in m["dec"]:
                return None  # "80s" in "in their 80s" is an age
            year = 1900 + int(text)
        else:
            year = int(text)
    return Result("DATE", f"{year // 10:03d}", position_mod(m["pos"]), when=When("decade", date(year, 1, 1)))


@rule(
    "century",
    r"(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century|the\s+(?P<rel>last|next|this|previous)\s+century",
    priority=2,
)
def _century(m: re.Match[str], ctx: Context) -> Result | None:
    if m["n"]:
        year = (int(m["n"]) - 1) * 100
        return Result("DATE", f"{year // 100:02d}", when=When("century", date(max(year, 1), 1, 1)))
    if ctx.ref is None:
        return Result("DATE", None, anchor="none")
    shift = {"last": -1, "past": -1, "previous": -1, "next": 1}.get(m["rel"].lower(), 0)
    return _ref_result(When("century", ctx.ref.day).shift(shift, "century"))


# ---------------------------------------------------------------- quarters, halves, seasons

_ORD = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)"


#: the ordinal words of a quarter ("the third quarter", "Q3")
QUARTER_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "last": 4,
}


@rule(
    "quarter",
    rf"(?:the\s+)?{_ORD}[\s-]+(?:fiscal[\s-]+)?quarter(?:\s+of\s+(?:(?P<y>1[6-9]\d\d|20\d\d)|(?P<rel>this|last|next)\s+year))?|(?P<q>Q[1-4])(?:\s+(?P<y2>1[6-9]\d\d|20\d\d))?",
    priority=2,
)
def _quarter(m: re.Match[str], ctx: Context) -> Result | None:
    if m["q"]:
        q = int(m["q"][1])
    else:
        q = QUARTER_ORDINALS[m["ord"].lower()]
        if m["ord"].lower() == "last" and not m["y"] and not m["rel"]:
            return None  # "the last quarter": handled as a relative quarter
    year_text = m["y"] or m["y2"]
    if year_text:
        year = int(year_text)
        return Result("DATE", f"{year}-Q{q}", when=When("quarter", date(year, 3 * q - 2, 1)))
    if ctx.ref is None:
        return Result("DATE", f"XXXX-Q{q}", anchor="none")
    ref = ctx.ref.day
    year = ref.year + {"last": -1, "next": 1}.get((m["rel"] or "").lower(), 0)
    if not m["rel"]:
        options = [date(y, 3 * q - 2, 1) for y in (ref.year - 1, ref.year, ref.year + 1)]
        quarter_start = date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1)
        # quarters are reported once they are over: the past one unless the clause is future
        year = _closest(quarter_start, options, _direction(ctx) or "past", MONTH_WINDOW_DAYS, -40).year
    return _ref_result(When("quarter", date(year, 3 * q - 2, 1)))


@rule(
    "the_quarter",
    r"the\s+(?P<rel>latest|most\s+recent|recent|past|previous|last|current|same|year-earlier|year-ago|year\s+earlier|comparable|prior-year|year-before)?\s*(?:fiscal\s+)?(?P<unit>quarter|period)",
)
def _the_quarter(m: re.Match[str], ctx: Context) -> Result | None:
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    if m["unit"].lower() == "period" and not rel:
        return None
    if ctx.ref is None:
        return Result("DATE", None, anchor="none")
    if rel in ("current",):
        return _ref_result(When("quarter", ctx.ref.day))
    base = ctx.prev if ctx.prev is not None and ctx.prev.gran == "quarter" else None
    if base is None:
        base = When("quarter", add_months(ctx.ref.day, -3))
    if rel in ("year-earlier", "year-ago", "year earlier", "comparable", "prior-year", "year-before", "same"):
        if rel == "same" and m["unit"].lower() == "quarter":
            return None
        return Result("DATE", base.shift(-1, "year").value, anchor="ref", when=None)
    return Result("DATE", base.value, anchor="ref", when=base)


@rule(
    "half",
    r"(?:the\s+)?(?P<ord>first|second|1st|2nd)\s+half(?:\s+of\s+(?:(?P<y>1[6-9]\d\d|20\d\d)|(?P<rel>this|last|next)\s+year))?",
    priority=1,
)
def _half(m: re.Match[str], ctx: Context) -> Result | None:
    h = 1 if m["ord"].lower() in ("first", "1st") else 2
    if m["y"]:
        year = int(m["y"])
    elif ctx.ref is not None:
        year = ctx.ref.day.year + {"last": -1, "next": 1}.get((m["rel"] or "").lower(), 0)
    else:
        return Result("DATE", f"XXXX-H{h}", anchor="none")
    return Result(
        "DATE",
        f"{year}-H{h}",
        anchor="explicit" if m["y"] else "ref",
        when=When("half", date(year, 1 if h == 1 else 7, 1)),
    )


@rule(
    "season",
    rf"(?:(?P<rel>this|last|next|this\s+past|this\s+coming|the|early|late|mid-?)\s*)(?P<s>{SEASON})(?:\s+(?:of\s+)?(?P<y>1[6-9]\d\d|20\d\d))?|(?P<s2>{SEASON})\s+(?:of\s+)?(?P<y2>1[6-9]\d\d|20\d\d)",
    priority=1,
)
def _season(m: re.Match[str], ctx: Context) -> Result | None:
    name = (m["s"] or m["s2"]).lower()
    code = SEASON_CODE[name]
    year_text = m["y"] or m["y2"]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    mod = position_mod(rel) if rel in ("early", "late", "mid", "mid-") else None
    if (
        name == "fall"
        and rel == "the"
        and not year_text
        and not re.search(r"\b(?:in|during|by|until|this|last|next)\s+$", ctx.before, _F)
    ):
        return None
    if year_text:
        year = int(year_text)
        return Result("DATE", f"{year}-{code}", mod, when=When("season", date(year, SEASONS[code], 1), season=code))
    if ctx.ref is None:
        return Result("DATE", f"XXXX-{code}", mod, "none")
    ref = ctx.ref.day
    options = [date(y, SEASONS[code], 1) for y in (ref.year - 1, ref.year, ref.year + 1)]
    rel_word = rel.split()[-1] if rel else ""
    if rel_word in ("last", "past"):
        picked = max(d for d in options if d < date(ref.year, ref.month, 1) or d.year < ref.year)
    elif rel_word in ("next", "coming"):
        picked = min(d for d in options if d > ref)
    elif rel_word == "this":
        picked = date(ref.year, SEASONS[code], 1)
    else:
        picked = _closest(ref, options, _direction(ctx))
    return _ref_result(When("season", picked, season=code), mod=mod)


# ---------------------------------------------------------------- deictic days


@rule(
    "today",
    rf"(?:(?P<pos>early|late|later|earlier)\s+)?(?P<w>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|last\s+night|this\s+(?P<part>{PART}))(?:\s+(?P<part2>{PART}))?",
    priority=2,
)
def _today(m: re.Match[str], ctx: Context) -> Result | None:
    word = re.sub(r"\s+", " ", m["w"].lower())
    shift = {
        "yesterday": -1,
        "tomorrow": 1,
        "last night": -1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }.get(word, 0)
    part = m["part"] or m["part2"]
    if word == "tonight":
        part = "night"
    if word == "last night":
        part = "night"
    if ctx.ref is None:
        return Result(_type_for(_part_suffix(part)), None, anchor="none")
    day = ctx.ref.day + timedelta(days=shift)
    suffix = _part_suffix(part)
    when = When("day", day, suffix)
    mod = {"early": "START", "earlier": "START", "late": "END", "later": "END"}.get((m["pos"] or "").lower())
    return Result(_type_for(suffix), when.value, mod, anchor="ref", when=when)


@rule(
    "weekday",
    rf"(?:(?P<pos>early|late)\s+)?(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|past)\s+)?(?P<wd>{WEEKDAY})(?:,?\s+(?P<part>{PART}))?",
    priority=1,
)
def _weekday(m: re.Match[str], ctx: Context) -> Result | None:
    rel = re.sub(r"\s+", " ", m["rel"] or "").lower() or None
    when = _weekday_when(weekday_number(m["wd"]), ctx, rel)
    suffix = _part_suffix(m["part"])
    if when is None:
        return Result(_type_for(suffix), f"XXXX-WXX-{weekday_number(m['wd']) + 1}{suffix}", anchor="none")
    when = when.with_suffix(suffix) if suffix else when
    mod = {"early": "START", "late": "END"}.get((m["pos"] or "").lower())
    return Result("DATE", when.value, mod, anchor="ref", when=when)


@rule("weekdays", rf"(?P<wd>{WEEKDAY})s", priority=1)
def _weekdays(m: re.Match[str], ctx: Context) -> Result | None:
    if not re.search(r"\b(?:on|every|most|some|all)\s+$", ctx.before, _F):
        return None
    return Result("SET", f"XXXX-WXX-{weekday_number(m['wd']) + 1}")


_HOLIDAYS = r"(?P<h>Christmas(?:\s+Day|\s+Eve)?|New\s+Year's(?:\s+Day|\s+Eve)|Thanksgiving(?:\s+Day)?|Independence\s+Day|July\s+Fourth|the\s+Fourth\s+of\s+July|Easter(?:\s+Sunday)?|Good\s+Friday|Halloween|Valentine's\s+Day|Labor\s+Day|Memorial\s+Day|Veterans\s+Day|Boxing\s+Day|Election\s+Day)"


@rule("holiday", rf"(?-i:{_HOLIDAYS})(?:\s+(?P<y>1[6-9]\d\d|20\d\d))?", priority=2)
def _holiday(m: re.Match[str], ctx: Context) -> Result | None:
    name = re.sub(r"\s+", " ", m["h"].lower())

    def on(year: int) -> date:
        if name.startswith("christmas"):
            return date(year, 12, 24 if "eve" in name else 25)
        if name.startswith("new year's"):
            return date(year, 12, 31) if "eve" in name else date(year, 1, 1)
        if name.startswith("thanksgiving"):
            return nth_weekday(year, 11, 3, 4)
        if "independence" in name or "fourth" in name:
            return date(year, 7, 4)
        if name.startswith("easter"):
            return easter(year)
        if name == "good friday":
            return easter(year) - timedelta(days=2)
        if name == "halloween":
            return date(year, 10, 31)
        if name.startswith("valentine"):
            return date(year, 2, 14)
        if name == "labor day":
            return nth_weekday(year, 9, 0, 1)
        if name == "memorial day":
            return nth_weekday(year, 5, 0, -1)
        if name == "veterans day":
            return date(year, 11, 11)
        if name == "election day":  # the US one: the Tuesday after the first Monday of November
            return nth_weekday(year, 11, 0, 1) + timedelta(days=1)
        return date(year, 12, 26)

    if m["y"]:
        day = on(int(m["y"]))
        return Result("DATE", day.isoformat(), when=When("day", day))
    if ctx.ref is None:
        return Result("DATE", None, anchor="none")
    ref = ctx.ref.day
    picked = _closest(ref, [on(y) for y in (ref.year - 1, ref.year, ref.year + 1)], _direction(ctx))
    return _ref_result(When("day", picked))


# ---------------------------------------------------------------- relative weeks, months, years

_REL_UNIT = r"(?P<unit>week|weekend|month|year|quarter|decade)"


@rule(
    "this_unit",
    rf"(?:(?P<pos>{POSITION}|early|late|earlier|later|mid-)\s*)?(?P<rel>this|last|next|this\s+past|this\s+coming|coming|past|the\s+coming|the\s+current|current|the\s+present)\s+{_REL_UNIT}",
    priority=1,
)
def _this_unit(m: re.Match[str], ctx: Context) -> Result | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower()).replace("the ", "")
    unit = m["unit"].lower()
    if rel == "past" and not re.search(r"\b(?:this)\s+$", ctx.before, _F) and m.group(0).lower().startswith("past"):
        pass
    shift = {"last": -1, "past": -1, "this past": -1, "next": 1, "coming": 1, "this coming": 1}.get(rel, 0)
    pos = (m["pos"] or "").lower()
    mod = {"earlier": "START", "later": "END"}.get(pos) or position_mod(m["pos"])
    if ctx.ref is None:
        return Result("DATE", None, mod, "none")
    gran = "weekend" if unit == "weekend" else unit
    when = When(gran, ctx.ref.day).shift(shift, unit)
    return _ref_result(when, mod=mod)


@rule("the_unit", r"the\s+(?P<unit>week|month|year|weekend|day)(?!\s+(?:before|after|earlier|later|ago))", priority=0)
def _the_unit(m: re.Match[str], ctx: Context) -> Result | None:
    unit = m["unit"].lower()
    if re.search(r"\b(?:for|through|throughout|all)\s+$", ctx.before, _F) or (
        unit != "weekend" and re.search(r"\b(?:over|during|of)\s+$", ctx.before, _F)
    ):
        code = UNITS[unit][1]
        if unit == "weekend":
            return Result("DURATION", "P2D")
        return Result("DURATION", f"P1{code}")
    if unit == "day":
        return None
    if unit == "weekend":
        if ctx.ref is None:
            return Result("DATE", None, anchor="none")
        ref = ctx.ref.day
        sat = (
            ref + timedelta(days=(5 - ref.weekday()) % 7)
            if _direction(ctx) == "future"
            else ref - timedelta(days=(ref.weekday() - 5) % 7)
        )
        return _ref_result(When("weekend", sat))
    base, kind = _prev_or_ref(ctx)
    if base is None:
        return Result("DATE", None, anchor="none")
    when = base.coarser(unit)
    return Result("DATE", when.value, anchor=kind, when=when)


@rule(
    "anaphoric",
    rf"(?P<det>the\s+(?:following|next|previous|preceding|same|prior)|that|that\s+same|the\s+very\s+same)\s+(?P<unit>day|week|weekend|month|year|quarter|{PART})|the\s+(?P<unit2>day|week|month|year|night|morning|evening)\s+(?P<dir>before|after)(?!\s+(?:yesterday|tomorrow))",
    priority=2,
)
def _anaphoric(m: re.Match[str], ctx: Context) -> Result | None:
    det = re.sub(r"\s+", " ", (m["det"] or "").lower())
    unit = (m["unit"] or m["unit2"]).lower()
    if m["dir"]:
        shift = -1 if m["dir"].lower() == "before" else 1
    else:
        shift = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1, "the prior": -1}.get(
            det, 0
        )
    base, kind = _prev_or_ref(ctx)
    if base is None:
        return Result("DATE", None, anchor="none")
    if (unit in PART_OF_DAY or unit == "day") and base.gran != "day" and ctx.prev_day is not None:
        base = ctx.prev_day  # "That week, ...; the next morning": the last day mentioned
    if unit in PART_OF_DAY:
        if base.gran != "day":
            if ctx.ref is None:
                return Result("TIME", None, anchor="none")
            base, kind = ctx.ref, "ref"
        when = When("day", base.day + timedelta(days=shift), _part_suffix(unit))
        return Result("TIME", when.value, anchor=kind, when=when)
    if base.gran not in ("day",) and unit == "day":
        if ctx.ref is None:
            return Result("DATE", None, anchor="none")
        base, kind = ctx.ref, "ref"
    when = base.coarser(unit if unit != "weekend" else "weekend").shift(shift, unit)
    if unit == "day":
        when = When("day", when.day)
    return Result("DATE", when.value, anchor=kind, when=when)


# ---------------------------------------------------------------- amounts of time

_MODP = rf"(?:(?P<mod>{MOD})\s+)?"


_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("TH", 24), "TH": ("TM", 60), "TM": ("TS", 60)}


def _duration_value(n: float | None, unit_word: str) -> str:
    unit, code, mult = UNITS[unit_word.lower().rstrip("s") if unit_word.lower() != "centuries" else "centurie"]
    if unit == "weekend":
        return "P2D" if n == 1 else ("PXWE" if n is None else f"P{int(n) * 2}D")
    if n is None:
        amount = "X"
    else:
        n = n * mult
        if code == "DE":
            code, n = "Y", n * 10
        elif code == "CE":
            code, n = "Y", n * 100
        if not float(n).is_integer() and code in _SMALLER:
            # "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M
            whole, rest = int(n), n - int(n)
            smaller, factor = _SMALLER[code]
            part = f"{round(rest * factor)}{smaller.lstrip('T')}"
            head = f"{whole}{code.lstrip('T')}" if whole else ""
            if code.startswith("T"):
                return f"PT{head}{part}"
            return f"P{head}T{part}" if smaller.startswith("T") else f"P{head}{part}"
        amount = str(int(n)) if float(n).is_integer() else str(n)
    if code.startswith("T"):
        return f"PT{amount}{code[1:]}"
    return f"P{amount}{code}"


@rule(
    "ago",
    rf"{_MODP}(?P<n>{NUM})[\s-]+(?P<unit>{UNIT})s?\s+(?P<dir>ago|earlier|later|before|after|from\s+now|hence|back)(?!\s+(?:the|a|his|her|their|its|that|this)\b)",
    priority=3,
)
def _ago(m: re.Match[str], ctx: Context) -> Result | None:
    n = parse_number(m["n"])
    unit = UNITS[m["unit"].lower()][0]
    direction = m["dir"].lower()
    sign = -1 if direction in ("ago", "earlier", "before", "back") else 1
    mod = mod_of(m["mod"])
    if mod in ("LESS_THAN", "MORE_THAN") or mod == "EQUAL_OR_MORE":
        mod = "APPROX" if mod == "LESS_THAN" else mod
    if direction in ("ago", "from now", "hence", "back"):
        base, kind = ctx.ref, "ref"
        if n == 1 and unit == "year" and ctx.prev is not None and ctx.prev.gran == "quarter":
            # "profit rose in the third quarter from $5 a year ago": that quarter, a year before
            return Result("DATE", ctx.prev.shift(-1, "year").value, mod, "prev", None)
    else:
        base, kind = _prev_or_ref(ctx)
    if n is None or base is None or unit in ("second", "minute", "hour"):
        return Result("DATE", "PAST_REF" if sign < 0 and n is None else None, mod, "none")
    gran = {
        "day": "day",
        "week": "day",
        "weekend": "week",
        "month": "month",
        "quarter": "quarter",
        "year": "year",
        "decade": "year",
        "century": "year",
    }[unit]
    start = base if kind == "prev" and base.gran != "day" else When("day", base.day)
    shifted = start.shift(sign * n * UNITS[m["unit"].lower()][2], unit)
    when = (
        shifted
        if kind == "prev" and base.gran not in ("day", "week") and unit in ("year", "decade", "century")
        else shifted.coarser(gran)
    )
    if unit == "day" and kind == "prev" and base.gran != "day":
        when = shifted
    return Result("DATE", when.value, mod, kind, when)


@rule(
    "year_earlier",
    r"(?:a\s+)?year[\s-]+(?:earlier|ago|before)(?P<q>[\s-]+(?:quarter|period|level|figure|results?))?|year[\s-]+earlier|year-ago",
    priority=2,
)
def _year_earlier(m: re.Match[str], ctx: Context) -> Result | None:
    base, kind = _prev_or_ref(ctx)
    if base is not None and kind == "prev" and base.gran not in ("quarter", "half", "month", "day"):
        base, kind = ctx.ref, "ref"  # compared with a year: the year before the reference year
    if base is None:
        return Result("DATE", None, anchor="none")
    if kind == "ref":
        base = When("quarter", add_months(base.day, -3)) if "quarter" in m.group(0).lower() else When("year", base.day)
    when = base.shift(-1, "year")
    if when.gran not in ("quarter", "half", "year"):
        when = when.coarser("year")
    # a comparison point ("up from $5 a year earlier"): it does not move the discourse
    return Result("DATE", when.value, anchor=kind, when=None)


@rule(
    "duration",
    rf"{_MODP}(?:(?P<the>the\s+(?:past|last|next|first|previous|coming|following|final|remaining|initial|full|entire|whole)|the|another|an\s+additional|more\s+than\s+the\s+past)\s+)?(?P<n>{NUM})(?:[\s-]+(?:full|more|straight|consecutive|long|additional|extra|successive|calendar|fiscal|business|working|trading|hour|or\s+so|-))*[\s-]+(?P<unit>{UNIT})s?(?P<half>\s+and\s+a\s+half)?(?P<long>[\s-]+long)?(?P<old>[\s-]+old)?",
    priority=1,
)
def _duration(m: re.Match[str], ctx: Context) -> Result | None:
    n = parse_number(m["n"])
    if m["half"] and n is not None:
        n += 0.5
    nword = m["n"].lower()
    unit_word = m["unit"].lower()
    if m["old"]:
        return None  # an age
    if unit_word.startswith("quarter") and (re.match(r"\s+of\b", ctx.after, _F) or "-" in m.group(0)):
        return None  # "three-quarters of the vote": a fraction
    if nword in ("a", "an") and unit_word == "second":
        return None
    if (
        nword in ("some", "many")
        and not m["the"]
        and unit_word.endswith("s") is False
        and not m.group(0).lower().endswith("s")
    ):
        return None
    plural = m.group(0).rstrip().lower().endswith("s") or m["long"]
    if nword in ("a", "an", "one") and not m["mod"] and not m["the"]:  # noqa: SIM102
        # "$5 a year", "twice a day": a frequency
        if re.search(r"(?:\d|%|percent|cents?|dollars?|times|once|twice|thrice)\s*$", ctx.before, _F) and nword in (
            "a",
            "an",
        ):
            return Result("SET", _duration_value(1, unit_word))
    if (
        n is not None
        and n > 1
        and not plural
        and not re.search(r"-", m.group(0))
        and unit_word not in ("second", "minute", "hour")
    ):
        pass
    return Result("DURATION", _duration_value(n, unit_word), mod_of(m["mod"]))


@rule(
    "vague_duration",
    rf"{_MODP}(?P<det>(?:over\s+|through\s+)?the\s+|the\s+(?:past|last|next|coming|previous|following|first|early|final|opening|closing)\s+(?:few\s+|several\s+)?|(?:in\s+)?recent\s+|for\s+|several\s+|many\s+|a\s+few\s+|few\s+|some\s+|coming\s+)(?P<unit>day|week|month|quarter|year|decade|centurie|hour|minute)s",
    priority=0,
)
def _vague_duration(m: re.Match[str], ctx: Context) -> Result | None:
    det = m["det"].lower().strip()
    unit = m["unit"].lower()
    if det.startswith("for"):
        return None
    if det in ("the", "over the", "through the") or det.startswith("over the") or det.startswith("through the"):
        if det == "the" and not re.match(r"\s+(?:ahead|to\s+come)\b", ctx.after, _F):
            return None  # "the years" alone: only "over the years", "the weeks ahead"
        if det == "the":
            return Result("DATE", "FUTURE_REF")
    if det.endswith("recent") and unit == "year":
        return Result("DATE", "PAST_REF")
    if re.match(r"the\s+(?:past|last)\s+(?:few|several)", det):
        return Result("DATE", "PAST_REF")  # a vague stretch up to now (TimeML: a past reference)
    if det.startswith("coming"):
        return Result("DATE", "FUTURE_REF")
    if det.endswith("recent") or det.startswith("in recent"):
        pass
    return Result("DURATION", _duration_value(None, unit), mod_of(m["mod"]))


@rule("bare_units", r"(?P<unit>year|decade|month|week|centurie|day|hour|minute)s", priority=-1)
def _bare_units(m: re.Match[str], ctx: Context) -> Result | None:
    if not re.search(r"\b(?:for|over|in|within|take|takes|took|taken|last|lasted)\s+$", ctx.before, _F):
        return None
    if re.match(r"\s+(?:of|ago|earlier|later|before|after|old)\b", ctx.after, _F):
        return None
    if re.search(r"\bin\s+$", ctx.before, _F) and not re.match(r"\s*[.,;]", ctx.after):
        return None
    return Result("DURATION", _duration_value(None, m["unit"]))


@rule(
    "past_year",
    r"the\s+(?P<rel>past|last|previous|coming|next)\s+(?P<unit>year|month|week|decade|century|day|quarter)(?!\s+(?:or|and)\b)",
    priority=1,
)
def _past_year(m: re.Match[str], ctx: Context) -> Result | None:
    rel = m["rel"].lower()
    unit = m["unit"].lower()
    if rel in ("previous", "next"):
        return None  # anaphoric: "the previous year" is a date (rule "anaphoric")
    if unit == "quarter":
        return None
    if (
        unit == "year"
        and rel in ("past", "last")
        and ctx.ref is not None
        and not re.search(r"\b(?:for|over|during|in|throughout)\s+$", ctx.before, _F)
    ):
        return _ref_result(When("year", ctx.ref.day).shift(-1, "year"))
    return Result("DURATION", _duration_value(1, unit))


# ---------------------------------------------------------------- clock times


_ZONES = {"gmt": "Z", "utc": "Z", "bst": "+01:00", "cet": "+01:00", "cest": "+02:00", "eet": "+02:00", "msk": "+03:00",
          "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00", "mst": "-07:00", "mdt": "-06:00",
          "pst": "-08:00", "pdt": "-07:00", "jst": "+09:00", "ist": "+05:30"}  # fmt: skip
_ZONE = r"(?-i:GMT|UTC|BST|CET|CEST|EET|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|JST|IST)"


@rule(
    "clock",
    rf"(?:(?P<mod>about|around|approximately|at\s+about|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?(?:(?P<h>\d{{1,2}})(?::(?P<mi>\d\d))?\s*(?P<ap>a\.m\.|p\.m\.|am|pm|a\.m|p\.m)(?!\w)|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?!\d|:\d)(?=\s*(?:{_ZONE}|h\b|hrs|hours|local))|(?<=\bat\s)(?P<h5>[01]?\d|2[0-3]):(?P<mi5>[0-5]\d)(?!\d|:\d)|(?P<word>noon|midnight|midday)|(?P<h3>\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o'clock|(?P<h4>\d{{1,2}})(?=\s+in\s+the\s+(?:morning|afternoon|evening)))(?:\s+(?P<part>in\s+the\s+(?:morning|afternoon|evening)|at\s+night))?(?:\s*\(?(?P<z>{_ZONE}|local\s+time)\)?)?(?:,?\s+(?:on\s+)?(?:(?P<cwd>{WEEKDAY})(?:,?\s+(?:(?P<cmon2>{MONTH})\s+(?P<cday2>[12]\d|3[01]|0?[1-9])(?!\d)|(?P<cday3>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?P<cmon3>{MONTH})))?|(?P<cmon>{MONTH})\s+(?P<cday>[12]\d|3[01]|0?[1-9])(?!\d)|(?P<cdeic>today|tomorrow|yesterday)))?",
    priority=2,
)
def _clock(m: re.Match[str], ctx: Context) -> Result | None:
    if m["word"]:
        hour, minute = (0, 0) if m["word"].lower() == "midnight" else (12, 0)
    elif m["h3"]:
        h3 = m["h3"].lower()
        hour = (
            int(h3)
            if h3.isdigit()
            else [
                "one",
                "two",
                "three",
                "four",
                "five",
                "six",
                "seven",
                "eight",
                "nine",
                "ten",
                "eleven",
                "twelve",
            ].index(h3)
            + 1
        )
        minute = 0
    elif m["h4"]:
        hour, minute = int(m["h4"]), 0
        if not m["part"] or hour > 12:
            return None
    else:
        hour = int(m["h"] or m["h2"] or m["h5"])
        minute = int(m["mi"] or m["mi2"] or m["mi5"] or 0)
        ap = (m["ap"] or "").lower().replace(".", "")
        if ap == "pm" and hour < 12:
            hour += 12
        elif ap == "am" and hour == 12:
            hour = 0
    part = (m["part"] or "").lower()
    if ("afternoon" in part or "evening" in part or "night" in part) and hour < 12:
        hour += 12
    if hour > 23 or minute > 59:
        return None
    clock = f"T{hour:02d}:{minute:02d}"
    mod = "APPROX" if m["mod"] and m["mod"].lower().split()[-1] in ("about", "around", "approximately") else None
    base = ctx.prev if ctx.prev is not None and ctx.prev.gran == "day" and ctx.prev.suffix[:2] != "T0" else ctx.ref
    kind = "prev" if base is ctx.prev and base is not None else "ref"
    if m["cmon2"] or m["cmon3"]:
        mon, day_n = (m["cmon2"], m["cday2"]) if m["cmon2"] else (m["cmon3"], m["cday3"])
        base, kind = _month_when(month_number(mon), ctx, int(day_n)), "ref"
    elif m["cwd"]:
        base, kind = _weekday_when(weekday_number(m["cwd"]), ctx, None), "ref"
    elif m["cmon"]:
        base, kind = _month_when(month_number(m["cmon"]), ctx, int(m["cday"])), "ref"
    elif m["cdeic"] and ctx.ref is not None:
        shift = {"today": 0, "tomorrow": 1, "yesterday": -1}[m["cdeic"].lower()]
        base, kind = When("day", ctx.ref.day + timedelta(days=shift)), "ref"
    if base is None:
        return Result("TIME", f"XXXX-XX-XX{clock}", mod, "none")
    when = When("day", base.day, clock)
    return Result("TIME", when.value, mod, kind, when)


# ---------------------------------------------------------------- sets


@rule(
    "set",
    rf"(?P<every>every|each)\s+(?:(?P<other>other|second)\s+|(?P<n>{NUM})\s+)?(?P<unit>{UNIT}|{WEEKDAY}|{PART}|{SEASON})s?|(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly|biweekly|fortnightly)|(?P<times>once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit2>{UNIT})|per\s+(?P<unit3>day|week|month|year|hour)",
    priority=3,
)
def _set(m: re.Match[str], ctx: Context) -> Result | None:
    if m["adv"]:
        value = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
                 "nightly": "P1D", "quarterly": "P3M", "biweekly": "P2W", "fortnightly": "P2W"}[m["adv"].lower()]  # fmt: skip
        if m["adv"].lower() in ("quarterly", "annually") and not re.search(
            r"\b(?:paid|pays|pay|held|meets?|reviewed|renewed|published|updated)\s+$", ctx.before, _F
        ):
            return None  # "quarterly earnings", "annually adjusted": an adjective, not a set
        return Result("SET", value)
    if m["times"] or m["unit3"]:
        return Result("SET", _duration_value(1, m["unit2"] or m["unit3"]))
    unit = m["unit"]
    if re.fullmatch(WEEKDAY, unit):
        return Result("SET", f"XXXX-WXX-{weekday_number(unit) + 1}")
    low = unit.lower()
    if low in PART_OF_DAY:
        return Result("SET", f"XXXX-XX-XXT{PART_OF_DAY[low]}")
    if low in SEASON_CODE:
        return Result("SET", f"XXXX-{SEASON_CODE[low]}")
    n = 2 if m["other"] else (parse_number(m["n"]) if m["n"] else 1)
    return Result("SET", _duration_value(n, low))


# ---------------------------------------------------------------- past, present, future


_REFS = {"the near term": "FUTURE_REF", "the short term": "FUTURE_REF","now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
         "at present": "PRESENT_REF", "presently": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
         "at the moment": "PRESENT_REF", "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF",
         "the past": "PAST_REF", "formerly": "PAST_REF", "previously": "PAST_REF", "once": "PAST_REF",
         "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "soon": "FUTURE_REF",
         "in the coming days": "FUTURE_REF", "the foreseeable future": "FUTURE_REF", "the distant past": "PAST_REF",
         "the recent past": "PAST_REF", "future": "FUTURE_REF", "as soon as possible": "FUTURE_REF"}  # fmt: skip


@rule(
    "refs",
    r"(?P<w>the\s+(?:near|short)\s+term|right\s+now|now|currently|current|at\s+present|presently|nowadays|these\s+days|at\s+the\s+moment|recently|recent|lately|the\s+(?:distant\s+|recent\s+)?past|formerly|previously|once|the\s+(?:near\s+|foreseeable\s+)?future|future|as\s+soon\s+as\s+possible|soon)",
)
def _refs(m: re.Match[str], ctx: Context) -> Result | None:
    word = re.sub(r"\s+", " ", m["w"].lower())
    if word == "once":  # noqa: SIM102
        # "once" is a past reference only before a past participle or a past verb ("once ruled")
        if not re.match(r"\s+(?:\w+ed|was|were|had|ruled|held|thought|known|seen)\b", ctx.after, _F) or re.search(
            r"\bat\s+$", ctx.before, _F
        ):
            return None
    if word == "future" and not re.search(r"\bin\s+(?:the\s+)?(?:near\s+)?$", ctx.before, _F):
        return None
    if word == "soon" and (
        re.search(r"\bas\s+$", ctx.before, _F) or re.match(r"\s+(?:after|as|afterwards?|thereafter)\b", ctx.after, _F)
    ):
        return None
    if word in ("previously", "recent"):
        return None  # TimeML tags these only now and then: more often wrong than right as a tag
    if word == "current" and re.match(
        r"\s+(?:account|affairs|events|members?|owners?|and|status|law|rules?|form)\b", ctx.after, _F
    ):
        return None
    if word == "previously" or word == "formerly":
        pass
    return Result("DATE", _REFS[word])


@rule(
    "year_end", r"(?:(?P<mod>around|about)\s+)?(?P<x>year[\s-]end|year's\s+end|the\s+end\s+of\s+the\s+year)", priority=2
)
def _year_end(m: re.Match[str], ctx: Context) -> Result | None:
    if ctx.ref is None:
        return Result("DATE", None, "END", "none")
    return _ref_result(When("year", ctx.ref.day), mod="END")


@rule(
    "fiscal_year",
    r"the\s+(?P<rel>full|fiscal|current\s+fiscal|latest\s+fiscal|previous\s+fiscal|last\s+fiscal|full\s+fiscal|entire)\s+year",
    priority=1,
)
def _fiscal_year(m: re.Match[str], ctx: Context) -> Result | None:
    if ctx.ref is None:
        return Result("DATE", None, anchor="none")
    rel = m["rel"].lower()
    shift = -1 if rel.split()[0] in ("latest", "previous", "last") else 0
    return _ref_result(When("year", ctx.ref.day).shift(shift, "year"))


_SPOKEN_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_SPOKEN_TENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_SPOKEN_DECADES = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


@rule(
    "spoken_year",
    r"(?:the\s+year\s+)?(?:(?P<c>nineteen|eighteen|twenty)[\s-]+(?:(?P<dec>"
    + "|".join(_SPOKEN_DECADES)
    + r")(?:[\s-]+(?P<u>"
    + "|".join(_SPOKEN_UNITS)
    + r"))?|(?P<teen>"
    + "|".join(_SPOKEN_TENS)
    + r")|hundred)|two\s+thousand(?:\s+(?:and\s+)?(?P<u2>"
    + "|".join(_SPOKEN_UNITS)
    + r"))?)",
    priority=2,
)
def _spoken_year(m: re.Match[str], ctx: Context) -> Result | None:
    if m["c"]:
        century = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}[m["c"].lower()]
        if m["dec"]:
            year = (
                century
                + 10 * (_SPOKEN_DECADES.index(m["dec"].lower()) + 2)
                + (_SPOKEN_UNITS.index(m["u"].lower()) + 1 if m["u"] else 0)
            )
        elif m["teen"]:
            year = century + 10 + _SPOKEN_TENS.index(m["teen"].lower())
        else:
            year = century
    else:
        year = 2000 + (_SPOKEN_UNITS.index(m["u2"].lower()) + 1 if m["u2"] else 0)
    if re.match(r"\s*(?:percent|dollars|people|%)", ctx.after, _F):
        return None
    return Result("DATE", str(year), when=When("year", date(year, 1, 1)))


@rule(
    "year_quarter",
    rf"the\s+(?P<y>1[6-9]\d\d|20\d\d)\s+(?:{_ORD}[\s-]+)?(?:fiscal\s+)?(?P<unit>quarter|period|half)",
    priority=3,
)
def _year_quarter(m: re.Match[str], ctx: Context) -> Result | None:
    year = int(m["y"])
    if m["ord"]:
        n = QUARTER_ORDINALS[m["ord"].lower()]
    elif ctx.prev is not None and ctx.prev.gran == m["unit"].lower().replace("period", "quarter"):
        n = (ctx.prev.day.month - 1) // (6 if ctx.prev.gran == "half" else 3) + 1
    elif ctx.ref is not None:
        n = (add_months(ctx.ref.day, -3).month - 1) // 3 + 1
    else:
        return Result("DATE", f"{year}-QX")
    if m["unit"].lower() == "half":
        n = min(n, 2)
        return Result("DATE", f"{year}-H{n}", when=When("half", date(year, 1 if n == 1 else 7, 1)))
    return Result("DATE", f"{year}-Q{n}", when=When("quarter", date(year, 3 * n - 2, 1)))


@rule(
    "while",
    r"a\s+while|some\s+time|a\s+long\s+time|a\s+short\s+time|a\s+(?:fairly\s+)?(?:long|lengthy|short|brief)\s+period",
)
def _while(m: re.Match[str], ctx: Context) -> Result | None:
    if not re.search(r"\bfor\s+$", ctx.before, _F):
        return None  # only as the length of something: "for a while"
    return Result("DURATION", "PXX")


@rule("unit_long", r"(?P<unit>day|week|month|year|decade|hour|minute)(?P<pl>s)?-long")
def _unit_long(m: re.Match[str], ctx: Context) -> Result | None:
    return Result("DURATION", _duration_value(None if m["pl"] else 1, m["unit"]))


@rule("in_the_part", r"the\s+(?:(?P<pos>early|late|mid-?)\s*)?(?P<part>morning|afternoon|evening)|the\s+(?P<day>day)")
def _in_the_part(m: re.Match[str], ctx: Context) -> Result | None:
    if m["day"]:
        if not re.search(r"\b(?:later|earlier|early|late)\s+in\s+$", ctx.before, _F):
            return None
    elif not re.search(r"\b(?:in|during|by|through|until)\s+$", ctx.before, _F):
        return None
    base = ctx.prev if ctx.prev is not None and ctx.prev.gran == "day" else ctx.ref
    if base is None:
        return Result("TIME", None, anchor="none")
    kind = "prev" if base is ctx.prev else "ref"
    if m["day"]:
        when = When("day", base.day)
        return Result("DATE", when.value, anchor=kind, when=when)
    when = When("day", base.day, _part_suffix(m["part"]))
    return Result("TIME", when.value, position_mod(m["pos"]), kind, when)
