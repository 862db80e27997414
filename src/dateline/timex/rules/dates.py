"""Rules for dates written out: ISO and numeric dates, day and month, months, years, decades,
centuries; quarters, halves and seasons."""

from __future__ import annotations

import re
from datetime import date

from dateline.timex.calendar import SEASONS, When, add_months
from dateline.timex.lexicon import (
    MONTH,
    MONTH_FULL,
    POSITION,
    SEASON,
    SEASON_CODE,
    SEASON_WORDS,
    WEEKDAY,
    WEEKDAY_ABBR,
    month_number,
    position_mod,
    weekday_number,
)
from dateline.timex.rules.base import (
    FLAGS,
    MONTH_WINDOW_DAYS,
    Context,
    Result,
    closest,
    context_direction,
    month_when,
    ref_result,
    rule,
    year_of,
)

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
        day = date(year_of(m["y"]), mo, d)
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
            day = date(year_of(m["y"]), month, day_n)
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
                return ref_result(When("day", day))
    when = month_when(month, ctx, day_n)
    return ref_result(when, unknown=f"XXXX-{month:02d}-{day_n:02d}")


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
            FLAGS,
        ):
            return None
    if re.match(r"\s*\d", ctx.after):
        return None
    month = month_number(name)
    when = month_when(month, ctx)
    return ref_result(when, mod=position_mod(m["pos"]), unknown=f"XXXX-{month:02d}")


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
    return ref_result(When("month", date(year, month, 1)))


@rule(
    "year",
    rf"(?:(?P<pos>{POSITION}|early|mid-|late|the\s+first\s+half\s+of|the\s+second\s+half\s+of)\s*)?(?P<fy>fiscal(?:\s+year)?\s+|FY\s*|the\s+year\s+)?(?P<y>1[6-9]\d\d|20\d\d)",
)
def _year_rule(m: re.Match[str], ctx: Context) -> Result | None:
    before, after = ctx.before, ctx.after
    if re.search(r"[$€£#¥]\s*$|\d[,.]?$", before) or re.match(
        r"\s*(?:%|percent|per\s+cent|[,.]\d|-\d|\d)", after, FLAGS
    ):
        return None
    if re.match(
        r"\s*(?:people|troops|soldiers|workers|employees|jobs|shares|cars|units|tons|tonnes|barrels|feet|meters|metres|miles|kilometers|dollars|yen|euros|pounds|points|votes|acres|members)\b",
        after,
        FLAGS,
    ):
        return None
    year = int(m["y"])
    pos = (m["pos"] or "").lower()
    if "half" in pos:
        half = 1 if "first" in pos else 2
        return Result("DATE", f"{year}-H{half}", when=When("half", date(year, 1 if half == 1 else 7, 1)))
    when: When | None = When("year", date(year, 1, 1))
    if not pos and not m["fy"] and ATTRIBUTIVE_BEFORE.search(before) and ATTRIBUTIVE_AFTER.match(after):
        # "the 2000 West End adaptation", "the 2012 arena show": a year that names a thing, not a time
        # the story moves to; "a week later" after it counts from the narrative's last date instead
        when = None
    return Result("DATE", str(year), position_mod(m["pos"]), when=when)


#: a year between a determiner and its noun names a thing ("the 2012 arena show")
ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|this|that)\s+$", FLAGS)
ATTRIBUTIVE_AFTER = re.compile(r"\s+(?!and\b|or\b|to\b|through\b|until\b)[A-Za-z]")


@rule(
    "decade",
    r"(?:the\s+)?(?:(?P<pos>early|mid-?|late)\s*)?(?P<dec>1[6-9]\d0|20[0-9]0|'\d0|\d0)'?s|(?:the\s+)?(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)",
    priority=2,
    needs=("0s", "0's", "ties"),
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
    return ref_result(When("century", ctx.ref.day).shift(shift, "century"))


# ---------------------------------------------------------------- quarters, halves, seasons

ORDINAL = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)"


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
    rf"(?:the\s+)?{ORDINAL}[\s-]+(?:fiscal[\s-]+)?quarter(?:\s+of\s+(?:(?P<y>1[6-9]\d\d|20\d\d)|(?P<rel>this|last|next)\s+year))?|(?P<q>Q[1-4])(?:\s+(?P<y2>1[6-9]\d\d|20\d\d))?",
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
        year = closest(quarter_start, options, context_direction(ctx) or "past", MONTH_WINDOW_DAYS, -40).year
    return ref_result(When("quarter", date(year, 3 * q - 2, 1)))


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
        return ref_result(When("quarter", ctx.ref.day))
    base = ctx.prev if ctx.prev is not None and ctx.prev.gran == "quarter" else None
    if base is None:
        base = When("quarter", add_months(ctx.ref.day, -3))
    if rel in ("year-earlier", "year-ago", "year earlier", "comparable", "prior-year", "year-before", "same"):
        if rel == "same" and m["unit"].lower() == "quarter":
            return None
        if rel == "same" and base is not ctx.prev:
            # "fell 4 per cent over the same period": the span the text just described, not a quarter
            return Result("DATE", None, anchor="none")
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
    needs=SEASON_WORDS,
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
        and not re.search(r"\b(?:in|during|by|until|this|last|next)\s+$", ctx.before, FLAGS)
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
        picked = closest(ref, options, context_direction(ctx))
    return ref_result(When("season", picked, season=code), mod=mod)
