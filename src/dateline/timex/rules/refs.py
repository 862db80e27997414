"""Rules for past, present and future references ("now", "recently", "soon") and the rarer forms:
year end, fiscal years, spoken years, quarters of a named year, "-long" amounts, parts of a day."""

from __future__ import annotations

import re
from datetime import date

from dateline.timex.calendar import When, add_months
from dateline.timex.lexicon import position_mod
from dateline.timex.rules.amounts import duration_value
from dateline.timex.rules.base import FLAGS, Context, Result, part_suffix, ref_result, rule
from dateline.timex.rules.dates import ORDINAL, QUARTER_ORDINALS

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
        if not re.match(r"\s+(?:\w+ed|was|were|had|ruled|held|thought|known|seen)\b", ctx.after, FLAGS) or re.search(
            r"\bat\s+$", ctx.before, FLAGS
        ):
            return None
    if word == "future" and not re.search(r"\bin\s+(?:the\s+)?(?:near\s+)?$", ctx.before, FLAGS):
        return None
    if word == "soon" and (
        re.search(r"\bas\s+$", ctx.before, FLAGS)
        or re.match(r"\s+(?:after|as|afterwards?|thereafter)\b", ctx.after, FLAGS)
    ):
        return None
    if word in ("previously", "recent"):
        return None  # TimeML tags these only now and then: more often wrong than right as a tag
    if word == "current" and re.match(
        r"\s+(?:account|affairs|events|members?|owners?|and|status|law|rules?|form)\b", ctx.after, FLAGS
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
    return ref_result(When("year", ctx.ref.day), mod="END")


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
    return ref_result(When("year", ctx.ref.day).shift(shift, "year"))


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
    if re.match(r"\s*(?:percent|dollars|people|%)", ctx.after, FLAGS):
        return None
    return Result("DATE", str(year), when=When("year", date(year, 1, 1)))


@rule(
    "year_quarter",
    rf"the\s+(?P<y>1[6-9]\d\d|20\d\d)\s+(?:{ORDINAL}[\s-]+)?(?:fiscal\s+)?(?P<unit>quarter|period|half)",
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
    if not re.search(r"\bfor\s+$", ctx.before, FLAGS):
        return None  # only as the length of something: "for a while"
    return Result("DURATION", "PXX")


@rule("unit_long", r"(?P<unit>day|week|month|year|decade|hour|minute)(?P<pl>s)?-long")
def _unit_long(m: re.Match[str], ctx: Context) -> Result | None:
    return Result("DURATION", duration_value(None if m["pl"] else 1, m["unit"]))


@rule("in_the_part", r"the\s+(?:(?P<pos>early|late|mid-?)\s*)?(?P<part>morning|afternoon|evening)|the\s+(?P<day>day)")
def _in_the_part(m: re.Match[str], ctx: Context) -> Result | None:
    if m["day"]:
        if not re.search(r"\b(?:later|earlier|early|late)\s+in\s+$", ctx.before, FLAGS):
            return None
    elif not re.search(r"\b(?:in|during|by|through|until)\s+$", ctx.before, FLAGS):
        return None
    base = ctx.prev if ctx.prev is not None and ctx.prev.gran == "day" else ctx.ref
    if base is None:
        return Result("TIME", None, anchor="none")
    kind = "prev" if base is ctx.prev else "ref"
    if m["day"]:
        when = When("day", base.day)
        return Result("DATE", when.value, anchor=kind, when=when)
    when = When("day", base.day, part_suffix(m["part"]))
    return Result("TIME", when.value, position_mod(m["pos"]), kind, when)
