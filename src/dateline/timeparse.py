"""Parsing the publication and update timestamps that wire and web articles print.

``parse_timestamp("02:51 GMT 10.01.2022")`` gives ``2022-01-10T02:51:00+00:00``.  Numeric dates are
read in the order the source uses: dotted dates (``10.01.2022``) are day-first, ISO dates year-first,
and slashed dates day-first when the document writes any unambiguous day-first date (a day over 12),
month-first otherwise (the US habit).  Zone names and offsets become an ISO 8601 offset; a timestamp
with no zone is written without one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?,?"

_FIXED = {"GMT": 0, "UTC": 0, "Z": 0, "UT": 0, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3,
          "IST": 5.5, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11, "HKT": 8, "SGT": 8, "WIB": 7}  # fmt: skip
_US_ZONES = {
    "ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
    "CT": "America/Chicago", "CST": "America/Chicago", "CDT": "America/Chicago",
    "MT": "America/Denver", "MST": "America/Denver", "MDT": "America/Denver",
    "PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
}  # fmt: skip
_ZONE = r"(?:GMT|UTC|UT|Z|BST|CET|CEST|EET|EEST|MSK|IST|JST|KST|AEST|AEDT|HKT|SGT|WIB|[ECMP][SD]?T)"

RE_ISO = re.compile(
    r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?"
    r"(?P<off>Z|[+-]\d{2}:?\d{2})?)?\b"
)
#: after a year, the start of a second date a scraper glued to it ("28. Juni 201914. Januar 2020",
#: "17/11/201917/11/2019": the published and updated dates of one header, their tags dropped)
_GLUED = r"(?=\d{1,2}(?:[./]\s?\d|\.?\s?[^\W\d_]))"
RE_NUMERIC = re.compile(
    rf"\b(?P<a>\d{{1,2}})(?P<sep>[./-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}(?:\b|{_GLUED})|\d{{2}}\b)"
)
RE_DAY_MONTH = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?(?P<mon>{_MONTH})(?:,?\s+(?P<y>\d{{4}})(?:\b|{_GLUED})|\b)",
    re.I,
)
RE_MONTH_DAY = re.compile(rf"\b(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}}))?", re.I)
RE_CLOCK = re.compile(
    r"(?<![\d.:/-])(?P<H>\d{1,2})(?:[:.](?P<M>\d{2}))(?::(?P<S>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?(?![\d/-])"
    r"|(?<![\d.:/-])(?P<H2>\d{1,2})\s*(?P<ampm2>[ap]\.?m\.?)(?!\w)",
    re.I,
)
RE_ZONE = re.compile(
    rf"(?<![A-Za-z])(?P<z>{_ZONE})(?![A-Za-z])(?:\s*(?P<zoff>[+-]\d{{1,2}}(?::?\d{{2}})?))?|(?P<off>[+-]\d{{2}}:?\d{{2}})\b"
)
RE_WEEKDAY = re.compile(rf"\b{_WEEKDAY}", re.I)

#: month names of other languages web pages are written in (German, French, Spanish, Italian, Dutch,
#: Portuguese, Polish genitive); only read in full dates with a year ("6. Juli 2015", "16 marca 2021")
MONTHS_INTL = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12,
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "dezembro": 12,
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7,
    "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
}  # fmt: skip
#: the names of ``MONTHS_INTL`` as one alternation, longest first
MONTH_INTL = "|".join(sorted(MONTHS_INTL, key=len, reverse=True))
RE_DAY_MONTH_INTL = re.compile(
    r"\b(?P<d>\d{1,2})(?:\.|º|er)?\s*(?:de\s+)?(?P<mon>"
    + MONTH_INTL
    + r")\.?,?\s+(?:de\s+)?(?P<y>\d{4})(?:\b|"
    + _GLUED
    + ")",
    re.I,
)

# month first, as blog software writes dates in other languages too: "Dezember 26, 2019", "März 7, 2018"
RE_MONTH_DAY_INTL = re.compile(
    r"\b(?P<mon>" + MONTH_INTL + r")\.?\s+(?P<d>\d{1,2}),\s+(?P<y>\d{4})(?:\b|" + _GLUED + ")",
    re.I,
)


@dataclass
class Found:
    """A timestamp found in a line: the ISO value and where it was."""

    value: str
    start: int
    end: int


def _zone(line: str, when: date) -> tzinfo | None:
    m = RE_ZONE.search(line)
    if not m:
        return None
    if m.group("off"):
        return _offset(m.group("off"))
    name = m.group("z").upper()
    if m.group("zoff"):
        return _offset(m.group("zoff"))
    if name in _FIXED:
        return timezone(timedelta(hours=_FIXED[name]))
    if name in _US_ZONES:
        return ZoneInfo(_US_ZONES[name])
    return None


def _offset(text: str) -> timezone:
    sign = -1 if text.startswith("-") else 1
    digits = text[1:].replace(":", "")
    hours = int(digits[:2]) if len(digits) >= 3 else int(digits)
    minutes = int(digits[2:4]) if len(digits) >= 4 else 0
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _year(text: str | None, default: int | None) -> int | None:
    if text is None:
        return default
    year = int(text)
    return year + 2000 if year < 100 else year


def find_date(
    line: str, *, day_first: bool | None = None, default_year: int | None = None
) -> tuple[date, int, int] | None:
    """The first calendar date written in ``line`` and its span, or None."""
    candidates: list[tuple[int, int, date]] = []
    for m in RE_ISO.finditer(line):
        try:
            candidates.append((m.start(), m.end(), date(int(m["y"]), int(m["m"]), int(m["d"]))))
        except ValueError:
            pass
    for m in RE_NUMERIC.finditer(line):
        a, b, year = int(m["a"]), int(m["b"]), _year(m["y"], default_year)
        if year is None:
            continue
        if m["sep"] == "." or a > 12:
            order_dmy = True
        elif b > 12:
            order_dmy = False
        else:
            order_dmy = bool(day_first)
        d, mo = (a, b) if order_dmy else (b, a)
        try:
            candidates.append((m.start(), m.end(), date(year, mo, d)))
        except ValueError:
            pass
    for rx in (RE_DAY_MONTH, RE_MONTH_DAY):
        for m in rx.finditer(line):
            year = _year(m["y"], default_year)
            if year is None:
                continue
            try:
                candidates.append((m.start(), m.end(), date(year, MONTHS[m["mon"].lower().rstrip(".")], int(m["d"]))))
            except ValueError:
                pass
    for m in (*RE_DAY_MONTH_INTL.finditer(line), *RE_MONTH_DAY_INTL.finditer(line)):
        try:
            candidates.append((m.start(), m.end(), date(int(m["y"]), MONTHS_INTL[m["mon"].lower()], int(m["d"]))))
        except ValueError:
            pass
    if not candidates:
        return None
    start, end, found = min(candidates, key=lambda c: (c[0], -c[1]))
    return found, start, end


def _clock(line: str, exclude: tuple[int, int]) -> tuple[int, int, int] | None:
    for m in RE_CLOCK.finditer(line):
        if exclude[0] <= m.start() < exclude[1]:
            continue
        hour = int(m["H"] or m["H2"])
        minute = int(m["M"] or 0)
        second = int(m["S"] or 0)
        ampm = (m["ampm"] or m["ampm2"] or "").lower().replace(".", "").replace(" ", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour < 24 and minute < 60 and second < 60:
            return hour, minute, second
    return None


def parse_timestamp(line: str, *, day_first: bool | None = None, default_year: int | None = None) -> str | None:
    """ISO 8601 value of the first timestamp in ``line`` (date, optional clock time and zone)."""
    iso = RE_ISO.search(line)
    if iso and iso["H"]:
        try:
            value = datetime.fromisoformat(iso.group(0).replace(" ", "T").replace("Z", "+00:00"))
        except ValueError:
            value = None
        if value is not None:
            if value.tzinfo is None:
                tz = _zone(line[iso.end() :], value.date())
                if tz is not None:
                    value = value.replace(tzinfo=tz)
            return value.isoformat()
    found = find_date(line, day_first=day_first, default_year=default_year)
    if found is None:
        return None
    day, start, end = found
    clock = _clock(line, (start, end))
    if clock is None:
        return day.isoformat()
    value = datetime(day.year, day.month, day.day, *clock)
    tz = _zone(line, day)
    if tz is not None:
        value = value.replace(tzinfo=tz)
        if isinstance(tz, ZoneInfo):
            value = value.astimezone(timezone(value.utcoffset() or timedelta(0)))
    return value.isoformat()


def writes_day_first(text: str) -> bool | None:
    """Whether the numeric dates of ``text`` are day-first (True), month-first (False) or unknown."""
    votes = 0
    for m in RE_NUMERIC.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if m["sep"] == "." or (a > 12 >= b):
            votes += 1
        elif b > 12 >= a:
            votes -= 1
    if votes == 0:
        return None
    return votes > 0


def normalise_published(value: str) -> str | None:
    """Normalise a user-given publication time (``--published``) to ISO 8601, or None if unreadable."""
    text = value.strip()
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            return parse_timestamp(text)
    if len(text) == 10:
        return parsed.date().isoformat()
    return parsed.isoformat()
