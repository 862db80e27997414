"""The dateline field: where and from whom the story was filed, split off the first prose paragraph
("MOSCOW/GENEVA (Sputnik) -", "LONDON, Jan 10 (Reuters) -", "(Reuters) -", "New Delhi (Sputnik):",
"Washington —")."""

from __future__ import annotations

import re

from dateline import boilerplate
from dateline.layout.words import KICKERS, NOT_PLACES
from dateline.model import DatelineInfo

_PLACE = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*"
#: a place in capitals, more places after "/", a region after a comma, a date, the agency in brackets,
#: then a dash or a colon: "MOSCOW/GENEVA (Sputnik) -", "KYIV, Ukraine, May 3 (AP) —"
RE_DATELINE = re.compile(
    rf"^(?P<places>{_PLACE}(?:\s*/\s*{_PLACE})*(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)*)?)"
    rf"(?:,\s*(?P<date>(?:(?i:{boilerplate.MONTH_WORDS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{boilerplate.MONTH_WORDS})\.?)(?:,?\s+\d{{4}})?))?"
    r"\s*(?:\((?P<agency>[^()]{2,40})\)\s*)?"
    r"(?P<dash>[-–—]{1,2}|:)\s+",
)
#: the agency alone opening the text: "(Reuters) - ", "(TMU) – ", "(Natural News) " (a name of 1-4
#: capitalised words or an acronym in brackets, then a dash, a colon or the sentence)
RE_AGENCY_DATELINE = re.compile(
    r"^\((?P<agency>[A-Z][\w.&'’]*(?:\s+[A-Z][\w.&'’]*){0,3})\)(?:\s*(?P<dash>[-–—]{1,2}|:)\s+|\s+(?=[\"“‘A-Z0-9]))"
)
#: a place in title case ("Washington —", "New Delhi (Sputnik):", "Kyiv, Ukraine (AP) —"): the place
#: needs an agency after it, or else an en or em dash (a hyphen or colon after words could be prose)
RE_TITLE_DATELINE = re.compile(
    r"^(?P<places>[A-Z][a-z]+(?:[ -][A-Z][a-z.]+){0,2}(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?)"
    r"\s*(?:\((?P<agency>[^()]{2,40})\)\s*(?P<dash>[-–—]{1,2}|:)|(?P<long>[–—]))\s+(?=[\"“‘A-Z0-9])"
)


def _title(place: str) -> str:
    if place.isupper():
        return " ".join(w.capitalize() if len(w) > 2 or "." not in w else w for w in place.split())
    return place


def split_dateline(text: str) -> tuple[DatelineInfo, int] | None:
    """The dateline at the start of ``text`` and where the body after it starts: "PLACE (Agency) -",
    "PLACE, Month D (Agency) -", "PLACE -", the agency alone ("(Reuters) -", "(Natural News) "), or a
    place in title case before an agency or a long dash ("Washington —", "New Delhi (Sputnik):")."""
    agency_only = RE_AGENCY_DATELINE.match(text)
    if agency_only is not None:
        agency = agency_only.group("agency").strip()
        info = DatelineInfo(text=text[: agency_only.end()].strip(), places=[], agency=agency, date=None)
        return info, agency_only.end()
    m = RE_DATELINE.match(text)
    if not m:
        return _title_dateline(text)
    places_text = m.group("places")
    first = re.split(r"[/,]", places_text)[0].strip()
    # a dateline's first place is written in capitals ("PARIS", "KYIV, Ukraine"); needs an agency or a dash
    if not first.replace(".", "").replace(" ", "").replace("-", "").isupper() or len(first) < 2:
        return None
    if first.split()[0].casefold() in KICKERS:
        return None  # "BREAKING —", "UPDATE:", "EXCLUSIVE —": a label, not a place
    if m.group("dash") == ":" and not m.group("agency"):
        return None
    places = [_title(p.strip()) for p in re.split(r"\s*[/,]\s*", places_text) if p.strip()]
    info = DatelineInfo(
        text=text[: m.end()].strip(),
        places=places,
        agency=(m.group("agency") or "").strip() or None,
        date=m.group("date"),
    )
    return info, m.end()


def _title_dateline(text: str) -> tuple[DatelineInfo, int] | None:
    m = RE_TITLE_DATELINE.match(text)
    if m is None:
        return None
    places_text = m.group("places")
    if places_text.split()[0].lower().strip(",") in NOT_PLACES or places_text.split()[0].casefold() in KICKERS:
        return None
    places = [p.strip() for p in re.split(r"\s*,\s*", places_text) if p.strip()]
    info = DatelineInfo(
        text=text[: m.end()].strip(), places=places, agency=(m.group("agency") or "").strip() or None, date=None
    )
    return info, m.end()


def strong_dateline(text: str) -> bool:
    """Whether ``text`` opens with a dateline no prose sentence opens with: a place in capitals before
    an agency or a long dash ("LONDON (Reuters) -", "BEIRUT, Lebanon —"), or the agency alone before a
    dash ("(Reuters) -")."""
    found = split_dateline(text)
    if found is None:
        return False
    info, _cut = found
    dash = info.text[-1] in "—–" or info.text.endswith("--")
    if not info.places:
        return bool(info.agency) and info.text[-1] in "-—–:"
    return info.text[:2].isupper() and (bool(info.agency) or dash)
