"""Rules for amounts of time: durations ("two hours", "more than a year"), "ago" and "a year
earlier" (dates an amount away), and vague amounts ("years", "the past year")."""

from __future__ import annotations

import re

from dateline.timex.calendar import When, add_months
from dateline.timex.lexicon import (
    MOD,
    NUM,
    UNIT,
    UNIT_WORDS,
    UNITS,
    mod_of,
    parse_number,
)
from dateline.timex.rules.base import FLAGS, Context, Result, prev_or_ref, ref_result, rule

# ---------------------------------------------------------------- amounts of time

_MODP = rf"(?:(?P<mod>{MOD})\s+)?"


_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("TH", 24), "TH": ("TM", 60), "TM": ("TS", 60)}


def duration_value(n: float | None, unit_word: str) -> str:
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
    needs=UNIT_WORDS,
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
        base, kind = prev_or_ref(ctx)
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
    base, kind = prev_or_ref(ctx)
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
    needs=UNIT_WORDS,
)
def _duration(m: re.Match[str], ctx: Context) -> Result | None:
    n = parse_number(m["n"])
    if m["half"] and n is not None:
        n += 0.5
    nword = m["n"].lower()
    unit_word = m["unit"].lower()
    if m["old"]:
        return None  # an age
    if unit_word.startswith("quarter") and (re.match(r"\s+of\b", ctx.after, FLAGS) or "-" in m.group(0)):
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
        if re.search(r"(?:\d|%|percent|cents?|dollars?|times|once|twice|thrice)\s*$", ctx.before, FLAGS) and nword in (
            "a",
            "an",
        ):
            return Result("SET", duration_value(1, unit_word))
    if (
        n is not None
        and n > 1
        and not plural
        and not re.search(r"-", m.group(0))
        and unit_word not in ("second", "minute", "hour")
    ):
        pass
    return Result("DURATION", duration_value(n, unit_word), mod_of(m["mod"]))


@rule(
    "vague_duration",
    rf"{_MODP}(?P<det>(?:over\s+|through\s+)?the\s+|the\s+(?:past|last|next|coming|previous|following|first|early|final|opening|closing)\s+(?:few\s+|several\s+)?|(?:in\s+)?recent\s+|for\s+|several\s+|many\s+|a\s+few\s+|few\s+|some\s+|coming\s+)(?P<unit>day|week|month|quarter|year|decade|centurie|hour|minute)s",
    priority=0,
    needs=UNIT_WORDS,
)
def _vague_duration(m: re.Match[str], ctx: Context) -> Result | None:
    det = m["det"].lower().strip()
    unit = m["unit"].lower()
    if det.startswith("for"):
        return None
    if det in ("the", "over the", "through the") or det.startswith("over the") or det.startswith("through the"):
        if det == "the" and not re.match(r"\s+(?:ahead|to\s+come)\b", ctx.after, FLAGS):
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
    return Result("DURATION", duration_value(None, unit), mod_of(m["mod"]))


@rule("bare_units", r"(?P<unit>year|decade|month|week|centurie|day|hour|minute)s", priority=-1)
def _bare_units(m: re.Match[str], ctx: Context) -> Result | None:
    if not re.search(r"\b(?:for|over|in|within|take|takes|took|taken|last|lasted)\s+$", ctx.before, FLAGS):
        return None
    if re.match(r"\s+(?:of|ago|earlier|later|before|after|old)\b", ctx.after, FLAGS):
        return None
    if re.search(r"\bin\s+$", ctx.before, FLAGS) and not re.match(r"\s*[.,;]", ctx.after):
        return None
    return Result("DURATION", duration_value(None, m["unit"]))


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
        and not re.search(r"\b(?:for|over|during|in|throughout)\s+$", ctx.before, FLAGS)
    ):
        return ref_result(When("year", ctx.ref.day).shift(-1, "year"))
    return Result("DURATION", duration_value(1, unit))
