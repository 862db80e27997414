"""Calendar values at a granularity (a day, a month, an ISO week, a quarter...) and their TIMEX3 form.

A :class:`When` is a representative date plus the granularity it stands for; shifting keeps the
granularity (``When("quarter", 1989-08-15).shift(-1, "year")`` is ``1988-Q3``).
"""

from __future__ import annotations

import calendar as _cal
from dataclasses import dataclass, replace
from datetime import date, timedelta

#: granularities from the finest to the coarsest
GRANULARITIES = ("day", "week", "weekend", "month", "quarter", "half", "season", "year", "decade", "century")
SEASONS = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, _cal.monthrange(year, month + 1)[1]))


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class When:
    """A calendar value: ``gran`` says which part of ``day`` is meant; ``suffix`` is a part of day or a clock time."""

    gran: str
    day: date
    suffix: str = ""  # "TEV", "T14:00", ...
    season: str = ""  # for gran == "season"

    @property
    def value(self) -> str:
        d = self.day
        if self.gran == "day":
            return f"{d.year:04d}-{d.month:02d}-{d.day:02d}{self.suffix}"
        if self.gran in ("week", "weekend"):
            iso = d.isocalendar()
            return f"{iso[0]:04d}-W{iso[1]:02d}" + ("-WE" if self.gran == "weekend" else "")
        if self.gran == "month":
            return f"{d.year:04d}-{d.month:02d}"
        if self.gran == "quarter":
            return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
        if self.gran == "half":
            return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
        if self.gran == "season":
            return f"{d.year:04d}-{self.season}"
        if self.gran == "year":
            return f"{d.year:04d}"
        if self.gran == "decade":
            return f"{d.year // 10:03d}"
        return f"{d.year // 100:02d}"

    def with_suffix(self, suffix: str) -> When:
        return replace(self, gran="day", suffix=suffix)

    def shift(self, n: int | float, unit: str) -> When:
        """Move by ``n`` units (day, week, month, quarter, year, decade, century), keeping the granularity."""
        d = self.day
        k = int(n)
        if unit == "day":
            d = d + timedelta(days=k)
        elif unit in ("week", "weekend"):
            d = d + timedelta(weeks=k)
        elif unit == "month":
            d = add_months(d, k)
        elif unit == "quarter":
            d = add_months(d, 3 * k)
        elif unit == "half":
            d = add_months(d, 6 * k)
        elif unit in ("year", "season"):
            d = add_years(d, k)
        elif unit == "decade":
            d = add_years(d, 10 * k)
        elif unit == "century":
            d = add_years(d, 100 * k)
        return replace(self, day=d)

    def coarser(self, gran: str) -> When:
        """The same moment at a coarser granularity (never finer than it is)."""
        if GRANULARITIES.index(gran) <= GRANULARITIES.index(self.gran):
            return self
        return When(gran, self.day)


def parse_value(value: str | None) -> When | None:
    """The :class:`When` of a TIMEX3 or ISO value written as a day, month or year (else None)."""
    if not value:
        return None
    head = value[:10]
    try:
        if len(value) >= 10 and value[4] == "-" and value[7] == "-":
            return When("day", date.fromisoformat(head))
        if len(value) == 7 and value[4] == "-" and value[5:].isdigit():
            return When("month", date(int(value[:4]), int(value[5:7]), 1))
        if len(value) == 4 and value.isdigit():
            return When("year", date(int(value), 1, 1))
    except ValueError:
        return None
    return None


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (0 = Monday) of a month; ``n = -1`` is the last."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year, month, _cal.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return date(year, month, day + 1)
