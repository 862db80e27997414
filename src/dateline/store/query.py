"""The search query language, parsed once and rendered for each back end.

The syntax is PostgreSQL's ``websearch_to_tsquery``: words (all must match), ``"a phrase"``,
``OR`` between two items, ``-word`` or ``-"a phrase"`` to exclude.  Punctuation inside a word splits
it into a phrase ("U.S." is the phrase "U S").  A query that cannot be parsed raises
:class:`~dateline.errors.StoreError` with a one-line message; no SQL error ever reaches a user.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dateline.errors import Errors, StoreError

MAX_QUERY = 1000

_TOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]
    #: written in double quotes (matters only for the PostgreSQL rendering)
    quoted: bool = False


@dataclass(frozen=True)
class Query:
    #: all groups must match; within a group any term may (OR)
    groups: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...]


#: the escape clause every LIKE / ILIKE filter carries, so that the user's text matches literally
LIKE_ESCAPE = "ESCAPE '\\'"


def like_literal(text: str, *, contains: bool = False) -> str:
    """``text`` as a LIKE pattern matching itself only (``%``, ``_`` and ``\\`` escaped); ``contains``
    wraps it in ``%...%`` to match anywhere inside a value.  Use it with :data:`LIKE_ESCAPE`."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%" if contains else escaped


def _bad(query: str, detail: str) -> StoreError:
    return StoreError(Errors.E040.format(query=query[:80], detail=detail))


def parse(query: str) -> Query:
    """Parse a search query; raises StoreError for one that cannot be searched."""
    if len(query) > MAX_QUERY:
        raise _bad(query, f"longer than {MAX_QUERY} characters")
    if query.count('"') % 2:
        raise _bad(query, "a double quote is not closed")
    items: list[tuple[str, Term | None, bool]] = []  # (kind, term, negated); kind "term" | "or"
    for m in _TOKEN.finditer(query):
        if m.group(3) is not None:
            raw = m.group(3)
            if raw == "OR":
                items.append(("or", None, False))
                continue
            if raw == "AND":
                continue
            negated = raw.startswith("-") and len(raw) > 1
            words = tuple(w.lower() for w in _WORD.findall(raw[1:] if negated else raw))
            if not words:
                if raw.startswith("-"):
                    raise _bad(query, "'-' must be followed by a word to exclude")
                continue
            items.append(("term", Term(words), negated))
        else:
            words = tuple(w.lower() for w in _WORD.findall(m.group(2)))
            if words:
                items.append(("term", Term(words, quoted=True), bool(m.group(1))))
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    pending_or = False
    for i, (kind, term, negated) in enumerate(items):
        if kind == "or":
            prev_ok = i > 0 and items[i - 1][0] == "term" and not items[i - 1][2]
            next_ok = i + 1 < len(items) and items[i + 1][0] == "term" and not items[i + 1][2]
            if not (prev_ok and next_ok):
                raise _bad(query, "OR needs a word or phrase on each side")
            pending_or = True
            continue
        assert term is not None
        if negated:
            excluded.append(term)
        elif pending_or:
            groups[-1].append(term)
        else:
            groups.append([term])
        pending_or = False
    if not groups:
        raise _bad(
            query,
            "there is no word to search for" if not excluded else "give a word to find, not only words to exclude",
        )
    return Query(tuple(tuple(g) for g in groups), tuple(excluded))


def _fts5_term(term: Term) -> str:
    return '"' + " ".join(term.words) + '"'


def to_fts5(q: Query) -> str:
    """Render for SQLite FTS5 MATCH (every term a quoted string, so no word is an operator)."""
    parts = []
    for group in q.groups:
        inner = " OR ".join(_fts5_term(t) for t in group)
        parts.append(f"({inner})" if len(group) > 1 else inner)
    text = " AND ".join(parts)
    if q.excluded:
        text = f"({text}) NOT ({' OR '.join(_fts5_term(t) for t in q.excluded)})"
    return text


def _web_term(term: Term) -> str:
    return '"' + " ".join(term.words) + '"' if len(term.words) > 1 or term.quoted else term.words[0]


def to_websearch(q: Query) -> str:
    """Render, cleaned, for PostgreSQL ``websearch_to_tsquery``."""
    parts = [" OR ".join(_web_term(t) for t in group) for group in q.groups]
    parts += ["-" + _web_term(t) for t in q.excluded]
    return " ".join(parts)
