"""Rules for clock times (with zones) and for sets ("every week", "daily")."""

from __future__ import annotations

import re
from datetime import timedelta

from dateline.timex.calendar import When
from dateline.timex.lexicon import (
    MONTH,
    NUM,
    PART,
    PART_OF_DAY,
    SEASON,
    SEASON_CODE,
    UNIT,
    WEEKDAY,
    month_number,
    parse_number,
    weekday_number,
)
from dateline.timex.rules.amounts import duration_value
from dateline.timex.rules.base import FLAGS, Context, Result, month_when, rule, weekday_when

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
        base, kind = month_when(month_number(mon), ctx, int(day_n)), "ref"
    elif m["cwd"]:
        base, kind = weekday_when(weekday_number(m["cwd"]), ctx, None), "ref"
    elif m["cmon"]:
        base, kind = month_when(month_number(m["cmon"]), ctx, int(m["cday"])), "ref"
    elif m["cdeic"] and ctx.ref is not None:
        shift = {"today": 0, "tomorrow": 1, "yesterday": -1}[m["cdeic"].lower()]
        base, kind = When("day", ctx.ref.day + timedelta(days=shift)), "ref"
    if base is None:
        return Result("TIME", f"XXXX-XX-XX{clock}", mod, "none")
    when = When("day", base.day, clock)
    return Result("TIME", when.value, mod, kind, when)


# ---------------------------------------------------------------- sets


#: a word every match of the "set" rule contains ("biweekly" holds "weekly")
_SET_WORDS = ("every", "each", "daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "quarterly",
              "fortnightly", "once", "twice", "times", "per")  # fmt: skip


@rule(
    "set",
    rf"(?P<every>every|each)\s+(?:(?P<other>other|second)\s+|(?P<n>{NUM})\s+)?(?P<unit>{UNIT}|{WEEKDAY}|{PART}|{SEASON})s?|(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly|biweekly|fortnightly)|(?P<times>once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit2>{UNIT})|per\s+(?P<unit3>day|week|month|year|hour)",
    priority=3,
    needs=_SET_WORDS,
)
def _set(m: re.Match[str], ctx: Context) -> Result | None:
    if m["adv"]:
        value = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
                 "nightly": "P1D", "quarterly": "P3M", "biweekly": "P2W", "fortnightly": "P2W"}[m["adv"].lower()]  # fmt: skip
        if m["adv"].lower() in ("quarterly", "annually") and not re.search(
            r"\b(?:paid|pays|pay|held|meets?|reviewed|renewed|published|updated)\s+$", ctx.before, FLAGS
        ):
            return None  # "quarterly earnings", "annually adjusted": an adjective, not a set
        return Result("SET", value)
    if m["times"] or m["unit3"]:
        return Result("SET", duration_value(1, m["unit2"] or m["unit3"]))
    unit = m["unit"]
    if re.fullmatch(WEEKDAY, unit):
        return Result("SET", f"XXXX-WXX-{weekday_number(unit) + 1}")
    low = unit.lower()
    if low in PART_OF_DAY:
        return Result("SET", f"XXXX-XX-XXT{PART_OF_DAY[low]}")
    if low in SEASON_CODE:
        return Result("SET", f"XXXX-{SEASON_CODE[low]}")
    n = 2 if m["other"] else (parse_number(m["n"]) if m["n"] else 1)
    return Result("SET", duration_value(n, low))
