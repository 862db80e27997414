"""What every reader yields: one :class:`Input` per article read (re-exported as ``dateline.readers.Input``).

Its own module so that the readers of each format (:mod:`~dateline.readers.jsonl`,
:mod:`~dateline.readers.csv`, :mod:`~dateline.readers.warc`) and the package that picks them import it
without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Input:
    """One article to analyse, as read: either ``text`` or ``html`` is set.

    ``title``, ``authors``, ``published``, ``url``, ``outlet``, ``language`` and ``id`` are metadata given
    with the input (a JSON Lines record, a CSV row): given values win over what the analysis reads.
    """

    source: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    published: str | None = None
    format: str = "text"
    encoding: str | None = None
    line: int | None = None
    title: str | None = None
    authors: list[str] | None = None
    outlet: str | None = None
    language: str | None = None
    id: str | None = None
