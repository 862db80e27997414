"""The layout's word lists in one place: time words of timestamp lines, words that are no place of a
dateline, and the news and photo agencies a credit or a dateline names (the way trafilatura keeps its
vocabulary apart from its rules).  This module imports nothing else of dateline.

Each list names what it is for; the rules that read them are in the modules of :mod:`dateline.layout`
and in ``dateline.boilerplate`` (photo credits).
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- timestamps ---------------------------------------------------------------------------------
#: "Updated", "Last modified on", "aktualisiert am", "mis à jour le": what opens an update time
UPDATED = re.compile(
    r"\b(?:updated|last\s+updated|modified|last\s+modified|edited|revised|aktualisiert|zuletzt\s+aktualisiert|"
    r"geändert|mis\s+à\s+jour|actualizado|aggiornato)\b\s*(?:on|at|am|um|le|el|il)?\s*:?",
    re.I,
)
#: "Published", "Posted on", "veröffentlicht am", "publié le": what opens a publication time
PUBLISHED = re.compile(
    r"\b(?:published|posted|first\s+published|released|created|veröffentlicht|erstellt|erschienen|publiziert|"
    r"publié|publicado|pubblicato|gepubliceerd)\b\s*(?:on|at|am|um|le|el|il)?\s*:?",
    re.I,
)
#: words of a timestamp line besides its date: "on", "at", "GMT", "p.m.", "|"
TIME_WORDS = re.compile(
    r"\b(?:updated|last|published|posted|first|modified|on|at|gmt|utc|et|est|edt|pt|am|pm|a\.m\.|p\.m\.|"
    r"bst|cet|msk|ist|z|\|)\b",
    re.I,
)
#: the other words a timestamp line may hold: "by", "5 min read", "Lesedauer", "Stand", "Datum"
TIMESTAMP_FILLER = re.compile(
    r"\b(?:by|and|read|min|minutes?|reading|time|date|last|mins?|uhr|um|am|von|le|à|el|de|il|op|stand|datum|"
    r"lesedauer|lesezeit)\b",
    re.I,
)

# --- bylines ------------------------------------------------------------------------------------
#: words of an author's role on the line below the name ("Opinion contributor", "Special to X")
AUTHOR_ROLES = re.compile(
    r"\b(?i:contributors?|columnists?|correspondents?|editors?|writers?|reporters?|staff|special\s+to|opinion|guest|"
    r"analysts?|fellow|professor|founder|author|journalist|producer|critic|bureau|desk)\b"
)
#: small words of an outlet's name ("The Rutherford Institute", "Tampa Bay Times", "Special to the Post")
NAME_SMALL_WORDS = frozenset(["of", "the", "and", "for", "to", "in", "on", "at", "&", "de", "la", "le", "del"])
#: honorifics before a name and endings after it ("Dr. Jane Doe", "John Doe Jr.")
HONORIFICS = _words("dr prof rev sen rep gov gen col capt sgt lt mr mrs ms mx")
NAME_SUFFIXES = _words("jr sr ii iii iv phd md")

# --- datelines -----------------------------------------------------------------------------------
#: words that open sentences and are no place ("But — ...", "This — ...")
NOT_PLACES = _words(
    """the a an and but or so yes no this that these those it he she we they i you in on at for of to by with
    from as if when while here there then now today yesterday meanwhile however still also"""
)

#: labels that open a story in capitals before a dash or colon and are no place ("BREAKING —",
#: "UPDATE:", "EXCLUSIVE —", "OPINION —")
KICKERS = _words(
    """breaking update updated exclusive opinion analysis editorial commentary watch video live news photos
    review correction clarification advertisement sponsored developing alert urgent flash"""
)

# --- agencies ------------------------------------------------------------------------------------
#: news agencies (wire services) as they name themselves in credits and datelines
NEWS_AGENCIES = (
    "AFP", "AP", "Reuters", "Xinhua", "TASS", "Sputnik", "RIA Novosti", "Anadolu Agency", "Bloomberg", "AAP",
    "dpa", "ANSA", "Kyodo", "Yonhap", "EPA-EFE", "PA Media",
)  # fmt: skip
#: a wire credited on a line of its own at the top of a story ("The Associated Press", "Reuters")
WIRE_NAMES = frozenset(
    name.casefold()
    for name in (
        *NEWS_AGENCIES, "Associated Press", "The Associated Press", "Agence France-Presse", "Agence France Presse",
        "United Press International", "UPI", "Reuters Staff", "AP Staff",
    )
)  # fmt: skip
#: who holds a photo's credit: the news agencies, picture agencies and free-image sites, as one regular
#: expression (optional endings in brackets: "Getty" or "Getty Images"); ``boilerplate`` reads photo
#: credits with it.  Alternatives in this order (a longer one never hides behind a shorter one).
CREDIT_HOLDERS = (
    r"AFP|AP|Reuters|Getty(?: Images)?|EPA(?:-EFE)?|Shutterstock|Alamy|PA(?: Media| Wire)?|Xinhua|TASS|"
    r"Sputnik|RIA Novosti|Anadolu(?: Agency)?|Bloomberg|NurPhoto|SOPA Images|ZUMA(?: Press)?|Wikimedia(?: Commons)?|"
    r"AAP|dpa|ANSA|Kyodo|Yonhap|Pexels|Unsplash|iStock(?:photo)?"
)
