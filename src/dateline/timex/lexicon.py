"""Words the time tagger knows: numbers, units, months, weekdays, parts of day, seasons, modifiers."""

from __future__ import annotations

import re

_UNITS_0 = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(_UNITS_0)}
NUMBER_WORDS.update(_TENS)
NUMBER_WORDS.update({"a": 1, "an": 1, "a dozen": 12, "dozen": 12, "a couple of": 2, "couple of": 2,
                     "a couple": 2, "a hundred": 100, "hundred": 100, "a thousand": 1000})  # fmt: skip
#: words for an unknown number ("several years" is PXY)
VAGUE_NUMBERS = {"a few", "few", "several", "many", "some", "dozens of", "hundreds of", "a number of", "the few"}

_NUM_ALTS = sorted(
    [*(f"{t}[- ](?:{'|'.join(_UNITS_0[1:10])})" for t in _TENS), *NUMBER_WORDS, *VAGUE_NUMBERS],
    key=len,
    reverse=True,
)
_WORDNUM = "(?:" + "|".join(a.replace(" ", r"\s+") for a in _NUM_ALTS) + ")"
#: a cardinal number, in digits or words, halves included ("2 1/2", "two and a half", "half an") (group-free)
NUM = (
    r"(?:(?:\d+(?:\.\d+)?|" + _WORDNUM + r")(?:\s+1/2|\s+and\s+a\s+half)?"
    r"|half\s+an?|an?\s+half|\d+(?:\.\d+)?|" + _WORDNUM + ")"
)

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
            "final": -1, "last": -1}  # fmt: skip


def parse_number(text: str) -> float | None:
    """The value of a NUM match; None for a vague number ("several")."""
    words = re.sub(r"\s+", " ", text.lower().strip())
    if words in ("half a", "half an", "a half", "an half"):
        return 0.5
    for suffix in (" 1/2", " and a half"):
        if words.endswith(suffix):
            whole = parse_number(words[: -len(suffix)])
            return None if whole is None else whole + 0.5
    if words in VAGUE_NUMBERS:
        return None
    try:
        return float(words)
    except ValueError:
        pass
    if words in NUMBER_WORDS:
        return float(NUMBER_WORDS[words])
    parts = re.split(r"[- ]", words)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in NUMBER_WORDS:
        return float(_TENS[parts[0]] + NUMBER_WORDS[parts[1]])
    return None


#: unit word -> (canonical unit, TIMEX duration designator, multiplier)
UNITS: dict[str, tuple[str, str, int]] = {
    "second": ("second", "TS", 1), "minute": ("minute", "TM", 1), "hour": ("hour", "TH", 1),
    "day": ("day", "D", 1), "night": ("day", "D", 1), "week": ("week", "W", 1), "fortnight": ("week", "W", 2),
    "weekend": ("weekend", "WE", 1), "month": ("month", "M", 1), "quarter": ("quarter", "Q", 1),
    "year": ("year", "Y", 1), "decade": ("decade", "DE", 1), "century": ("century", "CE", 1),
    "centurie": ("century", "CE", 1),
}  # fmt: skip
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|weekend|month|quarter|year|decade|centur(?:y|ie))"
#: a word every match of ``UNIT`` contains (a rule's ``needs``)
UNIT_WORDS = ("second", "minute", "hour", "day", "night", "week", "month", "quarter", "year", "decade", "centur")

_MONTH_FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]  # fmt: skip
MONTH_NUMBER: dict[str, int] = {}
for _i, _m in enumerate(_MONTH_FULL, 1):
    MONTH_NUMBER[_m.lower()] = _i
    MONTH_NUMBER[_m[:3].lower()] = _i
MONTH_NUMBER["sept"] = 9

_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
#: a month name, full or abbreviated; capitalised (case-sensitive, so "may" the verb is not a month)
MONTH = (
    r"(?-i:"
    + "|".join(_MONTH_FULL + [m.upper() for m in _MONTH_FULL])
    + "|(?:"
    + _ABBR
    + r")\.?|(?:"
    + _ABBR.upper()
    + r")\.?)"
)
#: a month written in full (what a month standing alone must be)
MONTH_FULL = (
    r"(?-i:" + "|".join(_MONTH_FULL + [m.upper() for m in _MONTH_FULL]) + r"|(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.)"
)


def month_number(text: str) -> int:
    return MONTH_NUMBER[
        text.lower().rstrip(".")[:4].rstrip("t") if text.lower().startswith("sept") else text.lower().rstrip(".")[:3]
    ]


_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAY = r"(?-i:" + "|".join(_WEEKDAYS + [w.upper() for w in _WEEKDAYS]) + ")"
WEEKDAY_ABBR = r"(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\."


def weekday_number(text: str) -> int:
    """0 = Monday."""
    return ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].index(text.lower()[:3])


PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
               "midday": "MI", "noon": "MI", "dawn": "MO", "daybreak": "MO", "dusk": "EV", "lunchtime": "MI"}  # fmt: skip
PART = r"(?:morning|afternoon|evening|night|overnight|midday|dawn|dusk|lunchtime)"

SEASON_CODE = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_WORDS = tuple(SEASON_CODE)
SEASON = r"(?:" + "|".join(SEASON_WORDS) + ")"

#: a modifier before an amount of time -> TIMEX3 mod
MODS = {"more than": "MORE_THAN", "over": "MORE_THAN", "well over": "MORE_THAN", "just over": "MORE_THAN",
        "upwards of": "MORE_THAN", "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN",
        "just under": "LESS_THAN", "nearly": "LESS_THAN", "almost": "LESS_THAN", "about": "APPROX",
        "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX", "close to": "APPROX",
        "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS",
        "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "only": None, "just": None}  # fmt: skip
MOD = (
    "(?:"
    + "|".join(sorted((m.replace(" ", r"\s+") for m in MODS), key=len, reverse=True)).replace(
        "|over|", r"|over(?!\s+the\b)|"
    )
    + ")"
)

#: "early December" -> START ...
POSITION_MODS = {"early": "START", "the beginning of": "START", "the start of": "START", "the early part of": "START",
                 "mid": "MID", "mid-": "MID", "the middle of": "MID", "late": "END", "the end of": "END",
                 "the latter part of": "END", "the close of": "END"}  # fmt: skip
POSITION = (
    "(?:" + "|".join(sorted((m.replace(" ", r"\s+") for m in POSITION_MODS if m != "mid"), key=len, reverse=True)) + ")"
)


def position_mod(text: str | None) -> str | None:
    if not text:
        return None
    return POSITION_MODS.get(
        re.sub(r"\s+", " ", text.lower().strip()).rstrip(" ").rstrip("-") + ("-" if text.strip().endswith("-") else ""),
        POSITION_MODS.get(re.sub(r"\s+", " ", text.lower().strip())),
    )


def mod_of(text: str | None) -> str | None:
    if not text:
        return None
    return MODS.get(re.sub(r"\s+", " ", text.lower().strip()))
