"""Rules for days and periods named relative to the reference time: today, weekdays, holidays,
"this week", "the month", "that year"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateline.timex.calendar import When, easter, nth_weekday
from dateline.timex.lexicon import (
    PART,
    PART_OF_DAY,
    POSITION,
    UNITS,
    WEEKDAY,
    position_mod,
    weekday_number,
)
from dateline.timex.rules.base import (
    FLAGS,
    Context,
    Result,
    closest,
    context_direction,
    part_suffix,
    prev_or_ref,
    ref_result,
    rule,
    type_for,
    weekday_when,
)

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
        return Result(type_for(part_suffix(part)), None, anchor="none")
    day = ctx.ref.day + timedelta(days=shift)
    suffix = part_suffix(part)
    when = When("day", day, suffix)
    mod = {"early": "START", "earlier": "START", "late": "END", "later": "END"}.get((m["pos"] or "").lower())
    return Result(type_for(suffix), when.value, mod, anchor="ref", when=when)


@rule(
    "weekday",
    rf"(?:(?P<pos>early|late)\s+)?(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|past)\s+)?(?P<wd>{WEEKDAY})(?:,?\s+(?P<part>{PART}))?",
    priority=1,
)
def _weekday(m: re.Match[str], ctx: Context) -> Result | None:
    rel = re.sub(r"\s+", " ", m["rel"] or "").lower() or None
    when = weekday_when(weekday_number(m["wd"]), ctx, rel)
    suffix = part_suffix(m["part"])
    if when is None:
        return Result(type_for(suffix), f"XXXX-WXX-{weekday_number(m['wd']) + 1}{suffix}", anchor="none")
    when = when.with_suffix(suffix) if suffix else when
    mod = {"early": "START", "late": "END"}.get((m["pos"] or "").lower())
    return Result("DATE", when.value, mod, anchor="ref", when=when)


@rule("weekdays", rf"(?P<wd>{WEEKDAY})s", priority=1)
def _weekdays(m: re.Match[str], ctx: Context) -> Result | None:
    if not re.search(r"\b(?:on|every|most|some|all)\s+$", ctx.before, FLAGS):
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
    picked = closest(ref, [on(y) for y in (ref.year - 1, ref.year, ref.year + 1)], context_direction(ctx))
    return ref_result(When("day", picked))


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
    if rel == "past" and not re.search(r"\b(?:this)\s+$", ctx.before, FLAGS) and m.group(0).lower().startswith("past"):
        pass
    shift = {"last": -1, "past": -1, "this past": -1, "next": 1, "coming": 1, "this coming": 1}.get(rel, 0)
    pos = (m["pos"] or "").lower()
    mod = {"earlier": "START", "later": "END"}.get(pos) or position_mod(m["pos"])
    if ctx.ref is None:
        return Result("DATE", None, mod, "none")
    gran = "weekend" if unit == "weekend" else unit
    when = When(gran, ctx.ref.day).shift(shift, unit)
    return ref_result(when, mod=mod)


#: "the rest of the day", "the end of the day": the day itself ("the government of the day" is not)
DAY_PART_OF = re.compile(
    r"\b(?:rest|end|start|beginning|middle|most|part|remainder|course|balance|time|hours?)\s+of\s+$", FLAGS
)
#: what follows "the week before/after" when it is counted from a happening ("... the election", "... he left")
EVENT_AFTER = re.compile(
    r"\s+(?!last\b)(?:the|a|an|his|her|its|their|our|my|your|these|those|he|she|they|we|it|i|[A-Z]\w*)\b"
)


@rule("the_unit", r"the\s+(?P<unit>week|month|year|weekend|day)(?!\s+(?:before|after|earlier|later|ago))", priority=0)
def _the_unit(m: re.Match[str], ctx: Context) -> Result | None:
    unit = m["unit"].lower()
    if unit == "day" and re.search(r"\bof\s+$", ctx.before, FLAGS) and not DAY_PART_OF.search(ctx.before):
        return None  # "the government of the day", "the question of the day": no length of time
    if re.search(r"\b(?:for|through|throughout|all)\s+$", ctx.before, FLAGS) or (
        unit != "weekend" and re.search(r"\b(?:over|during|of)\s+$", ctx.before, FLAGS)
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
            if context_direction(ctx) == "future"
            else ref - timedelta(days=(ref.weekday() - 5) % 7)
        )
        return ref_result(When("weekend", sat))
    base, kind = prev_or_ref(ctx)
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
        if EVENT_AFTER.match(ctx.after):
            # "the day after his death": counted from a happening, which is taken to be on the last day
            # the text named; where the last date named is not a day ("the end of March"), unknown
            if ctx.prev is None or ctx.prev.gran != "day":
                return Result("DATE", None, anchor="none")
            if unit == "day" and re.search(r"(?:\b\d{1,4}|day),\s*$", ctx.before):
                return Result("DATE", ctx.prev.value, anchor="prev", when=ctx.prev)  # "Oct. 12, the day before X"
        shift = -1 if m["dir"].lower() == "before" else 1
    else:
        shift = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1, "the prior": -1}.get(
            det, 0
        )
    base, kind = prev_or_ref(ctx)
    if base is None:
        return Result("DATE", None, anchor="none")
    if (unit in PART_OF_DAY or unit == "day") and base.gran != "day" and ctx.prev_day is not None:
        base = ctx.prev_day  # "That week, ...; the next morning": the last day mentioned
    if unit in PART_OF_DAY:
        if base.gran != "day":
            if ctx.ref is None:
                return Result("TIME", None, anchor="none")
            base, kind = ctx.ref, "ref"
        when = When("day", base.day + timedelta(days=shift), part_suffix(unit))
        return Result("TIME", when.value, anchor=kind, when=when)
    if base.gran not in ("day",) and unit == "day":
        if ctx.ref is None:
            return Result("DATE", None, anchor="none")
        base, kind = ctx.ref, "ref"
    when = base.coarser(unit if unit != "weekend" else "weekend").shift(shift, unit)
    if unit == "day":
        when = When("day", when.day)
    return Result("DATE", when.value, anchor=kind, when=when)
