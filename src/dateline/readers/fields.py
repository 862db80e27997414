"""The metadata fields a JSON Lines record or a CSV/TSV row may carry, and the names they go by.

A field is found under its own name or one of its aliases, in any case (``Title``, ``body_text``,
``publish_date``); ``--field text=COLUMN`` names the column for a field outright.  Given values win
over what the analysis reads from the text, and the record says so (``Article.metadata_origin``).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from typing import Any

from dateline.errors import Errors, UsageError

#: field -> the names it is found under, first match wins (compared case-insensitively)
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body_text", "body", "content", "article_text", "article"),
    "html": ("html", "raw_html"),
    "title": ("title", "headline"),
    "author": ("author", "authors", "byline"),
    "published": ("published", "publish_date", "published_at", "pubdate", "date"),
    "url": ("url", "link"),
    "outlet": ("outlet", "publisher", "site_name"),
    "language": ("language", "lang"),
    "id": ("id", "article_id", "news_id", "doc_id"),
}

_SPLIT_AUTHORS = re.compile(r"\s*;\s*|\s*\|\s*")


def parse_field_overrides(values: list[str] | None) -> dict[str, str]:
    """``["text=body_text", ...]`` -> ``{"text": "body_text"}``; a bad one raises UsageError (E018)."""
    out: dict[str, str] = {}
    for value in values or []:
        field, sep, column = value.partition("=")
        field = field.strip().lower()
        if not sep or field not in FIELD_NAMES or not column.strip():
            raise UsageError(Errors.E018.format(value=value, fields=", ".join(FIELD_NAMES)))
        out[field] = column.strip()
    return out


def column_map(columns: list[str], overrides: Mapping[str, str] | None = None) -> dict[str, str]:
    """Field -> the column (as written in ``columns``) that holds it: overrides first, then the names."""
    lower: dict[str, str] = {}
    for col in columns:
        lower.setdefault(col.strip().lower(), col)
    found: dict[str, str] = {}
    used: set[str] = set()
    for field, column in (overrides or {}).items():
        if column.strip().lower() in lower:
            found[field] = lower[column.strip().lower()]
            used.add(found[field])
    for field, names in FIELD_NAMES.items():
        if field in found or field in (overrides or {}):
            continue
        for name in names:
            match = lower.get(name)
            if match is not None and match not in used:
                found[field] = match
                used.add(match)
                break
    return found


def text_value(value: Any, *, numbers: bool = False) -> str | None:
    """A given string value, stripped; None for a missing, empty or non-string one (``numbers``: an
    integer becomes its text, as an id may be)."""
    if isinstance(value, bool) or value is None:
        return None
    if numbers and isinstance(value, int):
        value = str(value)
    if not isinstance(value, str) or not _printable_text(value):
        return None
    value = value.strip()
    return value or None


#: the longest author list written as a string that is parsed as a list (longer: split on separators)
MAX_AUTHORS_LITERAL = 2_000


def _printable_text(value: str) -> bool:
    """Whether a given metadata value can be stored as it is: no NUL, no lone surrogate (the policy of
    bodies; such a value is dropped rather than the record refused)."""
    if "\x00" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def authors_value(value: Any) -> list[str] | None:
    """The authors given: a list, a string, or a list written as a string (``"['A', 'B']"``, as scrapers save)."""
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("[") and text.endswith("]") and len(text) <= MAX_AUTHORS_LITERAL:
            try:
                parsed = ast.literal_eval(text)
            except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
                parsed = None
            if isinstance(parsed, list):
                value = parsed
        if isinstance(value, str):
            value = [a for a in _SPLIT_AUTHORS.split(text) if a]
    if isinstance(value, list):
        names = [name for v in value if (name := text_value(v)) is not None]
        return names or None
    return None


def given_metadata(record: Mapping[str, Any], columns: Mapping[str, str]) -> dict[str, Any]:
    """The metadata of one record: title, authors, published, url, outlet, language, id (None when absent)."""

    def get(field: str) -> Any:
        col = columns.get(field)
        return record.get(col) if col is not None else None

    return {
        "title": text_value(get("title")),
        "authors": authors_value(get("author")),
        "published": text_value(get("published")),
        "url": text_value(get("url")),
        "outlet": text_value(get("outlet")),
        "language": text_value(get("language")),
        "id": text_value(get("id"), numbers=True),
    }
