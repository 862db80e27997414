"""The timestamp field: a line that is only a date and time (and a few time words) gives the
publication time, the update time, or both ("Published 10 Jan 2022 | Updated 11 Jan 2022")."""

from __future__ import annotations

import re

from dateline import boilerplate
from dateline.layout.config import DEFAULT, LayoutConfig
from dateline.layout.words import PUBLISHED, TIME_WORDS, TIMESTAMP_FILLER, UPDATED
from dateline.timeparse import RE_WEEKDAY, find_date, parse_timestamp


def timestamp_parts(
    text: str, day_first: bool | None, config: LayoutConfig = DEFAULT
) -> tuple[str | None, str | None] | None:
    """(published, updated) if ``text`` is a timestamp line, else None."""
    if len(text) > config.timestamp_chars or find_date(text, day_first=day_first) is None:
        return None
    # what is left once dates, clock times, zones and time words are taken out must be next to nothing
    residue = re.sub(r"\d", " ", text)
    residue = RE_WEEKDAY.sub(" ", residue)
    residue = re.sub(boilerplate.MONTH_WORDS, " ", residue, flags=re.I)
    residue = TIME_WORDS.sub(" ", residue)
    residue = PUBLISHED.sub(" ", UPDATED.sub(" ", residue))
    residue = re.sub(boilerplate.MONTH_NAMES_INTL, " ", residue, flags=re.I)
    residue = TIMESTAMP_FILLER.sub(" ", residue)
    words = re.findall(r"[A-Za-z]{2,}", residue)
    if len(words) > config.timestamp_residue_words:
        return None
    upd = UPDATED.search(text)
    if upd:
        before, after = text[: upd.start()], text[upd.end() :]
        published = parse_timestamp(before, day_first=day_first) if find_date(before, day_first=day_first) else None
        updated = parse_timestamp(after, day_first=day_first)
        return published, updated
    return parse_timestamp(text, day_first=day_first), None
