"""Statements: one speaker's words wherever they appeared, read from the store's quotes.

:func:`quotes` lists statements (the appearances of a quote across copies and re-wordings, grouped by
:mod:`dateline.corpus.provenance`) with their first appearance, outlets and wording variants;
:func:`timeline` lists what an entity did and said, by date. Both take checked
:class:`~dateline.store.filters.Filters` and read through the store interface
(:class:`dateline.corpus.interface.Tables`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial
from typing import Any

from dateline.corpus import entities, provenance
from dateline.corpus.interface import Tables
from dateline.store.base import day_of, marks
from dateline.store.filters import Filters, article_where, quote_where

APPEARANCE_SQL = (
    "SELECT q.article_id, q.qid, q.kind, q.text, q.norm, q.speaker, q.speaker_ckey, k.canonical, q.date, "
    "q.day, q.start_offset, q.end_offset, a.story_id, a.headline, a.outlet, a.published, a.url, a.source_key "
    "FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entity_keys k ON k.ckey = q.speaker_ckey"
)
APPEARANCE_KEYS = (
    "article_id",
    "qid",
    "kind",
    "text",
    "norm",
    "speaker",
    "speaker_ckey",
    "speaker_id",
    "date",
    "day",
    "start",
    "end",
    "story_id",
    "headline",
    "outlet",
    "published",
    "url",
    "source",
)


def appearances(db: Tables, where: str, params: list[Any]) -> list[dict[str, Any]]:
    return _appearance_dicts(db.query(f"{APPEARANCE_SQL} WHERE {where} ORDER BY q.article_id, q.qid", params))


def _appearance_dicts(rows: list[Any]) -> list[dict[str, Any]]:
    out = [dict(zip(APPEARANCE_KEYS, r, strict=True)) for r in rows]
    for r in out:  # a speaker named without an entity ("the minister") is still one speaker key
        r["resolved"] = r["speaker_id"] is not None
        r["speaker_id"] = r["speaker_id"] or r["speaker_ckey"]
    return out


def quotes(db: Tables, f: Filters, *, context: bool = False, limit: int = 50) -> list[dict[str, Any]]:
    """Statements, newest first. A statement is one speaker's words wherever they appeared: copies
    in one story and the same wording (equal, cut short or with a word changed) in other articles
    (:mod:`dateline.corpus.provenance`). Each lists its appearances earliest first (first seen:
    outlet and time) and its wording variants; ``said_on`` (the day the article says it was said)
    and ``published`` are apart, ``date`` is said_on else the first publication day. Filters: see
    :class:`~dateline.store.filters.Filters`, checked (dates are the day said, else published). ``context`` adds each
    appearance's paragraph."""
    resolve = cache(partial(entities.resolve_name, db))  # a question resolves its speaker twice
    where, params = quote_where(f, resolve)
    if where is None:
        return []
    grouped = grouped_speaker(db, resolve(f.speaker)) if f.speaker else None
    if grouped is not None and f == Filters(speaker=f.speaker):
        # every statement of one speaker: its kept groups (refresh), only the page's built
        found = speaker_statements(db, grouped, context=context, limit=limit)
        if found is not None:
            return found
        grouped = None  # grouped again between two reads: group on read
    rows = appearances(db, where, params)
    kept = kept_statements_of(db, grouped, rows) if grouped is not None else None
    if kept is not None:
        # the statements the filtered quotes belong to, from the speaker's kept groups (what
        # statements_in finds by grouping all of the speaker's quotes), grouped again as below
        rows = kept
    elif f.any():
        # the statement's other appearances, outside the filters, still belong to it
        speakers = sorted({r["speaker_id"] for r in rows if r["speaker_id"]})
        if speakers:
            more = appearances(db, f"k.canonical IN ({marks(speakers)})", speakers)
            known = {(r["article_id"], r["qid"]) for r in rows}
            extra = [r for r in more if (r["article_id"], r["qid"]) not in known]
            rows = statements_in(rows, extra)
    statements = [statement(db, g, context=context) for g in provenance.group(rows)]
    newest_first(statements, lambda s: (s["date"], s["statement_id"]))
    return statements[: max(1, limit)]


def newest_first(items: list[Any], date_and_id: Callable[[Any], tuple[str | None, str]]) -> None:
    """Sort ``items`` in place as statements are listed: date newest first, the undated last, then id."""
    items.sort(key=lambda item: (date_and_id(item)[0] is None, date_and_id(item)[0] or "", date_and_id(item)[1]))
    items.sort(key=lambda item: date_and_id(item)[0] or "", reverse=True)


# ---- statements grouped once per change of the store (migration 0006_statement_groups) ----------

#: the columns of statement_groups that copy an appearance, and the appearance's keys they hold
KEPT_COLUMNS = (
    "article_id",
    "qid",
    "kind",
    "text",
    "norm",
    "speaker_name",
    "speaker_ckey",
    "said",
    "day",
    "start_offset",
    "end_offset",
    "story_id",
    "headline",
    "outlet",
    "published",
    "url",
    "source_key",
)
KEPT_KEYS = tuple(k for k in APPEARANCE_KEYS if k != "speaker_id")


def grouped_speaker(db: Tables, keys: list[str]) -> str | None:
    """The corpus entity whose quotes are those of ``keys`` when its kept groups are current (it is
    one entity, and not marked changed since :func:`refresh` grouped it); None otherwise."""
    if not keys:
        return None
    canonicals = db.query(f"SELECT DISTINCT canonical FROM entity_keys WHERE ckey IN ({marks(keys)})", keys)
    if len(canonicals) != 1:
        return None
    speaker = str(canonicals[0][0])
    if db.query("SELECT 1 FROM statement_dirty WHERE speaker = ?", (speaker,)):
        return None
    return speaker


def statement_date(rows: list[dict[str, Any]]) -> str | None:
    """A statement's date: the first day it was said on, else its first publication day."""
    said = sorted(d for r in rows if (d := day_of(r["date"])))
    return said[0] if said else day_of(rows[0]["published"]) or rows[0]["day"]


def _kept(db: Tables, speaker: str, groups: list[int]) -> dict[int, list[dict[str, Any]]]:
    """The appearances of a speaker's kept statements ``groups``, each earliest first."""
    out: dict[int, list[dict[str, Any]]] = {}
    for i in range(0, len(groups), 500):
        chunk = groups[i : i + 500]
        rows = db.query(
            f"SELECT grp, {', '.join(KEPT_COLUMNS)} FROM statement_groups WHERE speaker = ? AND grp IN "
            f"({marks(chunk)}) ORDER BY grp, pos",
            [speaker, *chunk],
        )
        for grp, *values in rows:
            # what appearances() reads for the quote: its speaker is this corpus entity
            r = dict(zip(KEPT_KEYS, values, strict=True))
            r["speaker_id"], r["resolved"] = speaker, True
            out.setdefault(int(grp), []).append(r)
    return out


def speaker_statements(db: Tables, speaker: str, *, context: bool, limit: int) -> list[dict[str, Any]] | None:
    """:func:`quotes` of one speaker and no other filter, from its kept groups: the statements are
    ordered by their kept dates and only the first ``limit`` are read and built. None when the
    groups were written again between the two reads (a refresh committed meanwhile)."""
    heads = db.query(
        "SELECT grp, date, article_id, qid FROM statement_groups WHERE speaker = ? AND pos = 0", (speaker,)
    )
    newest_first(heads, lambda h: (h[1], f"{h[2]}/{h[3]}"))  # the order quotes() lists statements in
    first = {int(h[0]): (h[2], h[3]) for h in heads[: max(1, limit)]}
    top = list(first)
    kept = _kept(db, speaker, top)
    if any(g not in kept or (kept[g][0]["article_id"], kept[g][0]["qid"]) != first[g] for g in top):
        return None
    return [statement(db, kept[g], context=context) for g in top]


def kept_statements_of(db: Tables, speaker: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    """``rows`` (quotes of ``speaker``) plus the other appearances of the kept statements they belong
    to; None when a quote is not where the kept groups said (they were written again meanwhile)."""
    if not rows:
        return rows
    members = db.query("SELECT grp, article_id, qid FROM statement_groups WHERE speaker = ?", (speaker,))
    group_of = {(a, q): int(g) for g, a, q in members}
    wanted = {(r["article_id"], r["qid"]) for r in rows}
    if not wanted <= group_of.keys():
        return None
    kept = _kept(db, speaker, sorted({group_of[k] for k in wanted}))
    found = {(r["article_id"], r["qid"]): g for g, group_rows in kept.items() for r in group_rows}
    if any(found.get(k) != group_of[k] for k in wanted):
        return None
    out = list(rows)
    for group_rows in kept.values():
        out.extend(r for r in group_rows if (r["article_id"], r["qid"]) not in wanted)
    return out


def refresh(db: Tables, batch: int = 50) -> int:
    """Group the statements of every speaker marked changed (``statement_dirty``, kept by the store's
    triggers) and keep them in ``statement_groups``, ``batch`` speakers a transaction; returns how
    many speakers were grouped. A speaker marked again while it was grouped stays marked."""
    dirty = [(str(s), int(n)) for s, n in db.query("SELECT speaker, n FROM statement_dirty ORDER BY speaker")]
    for i in range(0, len(dirty), batch):
        chunk = dirty[i : i + batch]
        speakers = [s for s, _ in chunk]
        with db.transaction():
            by_speaker: dict[str, list[dict[str, Any]]] = {s: [] for s in speakers}
            for r in appearances(db, f"k.canonical IN ({marks(speakers)})", speakers):
                by_speaker[r["speaker_id"]].append(r)
            kept: list[tuple[Any, ...]] = []
            for speaker, rows in by_speaker.items():
                for g, group_rows in enumerate(provenance.group(rows)):
                    date = statement_date(group_rows)
                    kept += [
                        (speaker, g, p, date if p == 0 else None, *(r[k] for k in KEPT_KEYS))
                        for p, r in enumerate(group_rows)
                    ]
            db.execute(f"DELETE FROM statement_groups WHERE speaker IN ({marks(speakers)})", speakers)
            columns = ("speaker", "grp", "pos", "date", *KEPT_COLUMNS)
            db.execute_many(f"INSERT INTO statement_groups ({', '.join(columns)}) VALUES ({marks(columns)})", kept)
            db.execute_many("DELETE FROM statement_dirty WHERE speaker = ? AND n = ?", chunk)
    return len(dirty)


def statements_in(rows: list[dict[str, Any]], extra: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` plus the appearances of ``extra`` that group with one of them."""
    if not extra:
        return rows
    wanted = {(r["article_id"], r["qid"]) for r in rows}
    out = list(rows)
    for group_rows in provenance.group(rows + extra):
        if any((r["article_id"], r["qid"]) in wanted for r in group_rows):
            out.extend(r for r in group_rows if (r["article_id"], r["qid"]) not in wanted)
    return out


def statement(db: Tables, rows: list[dict[str, Any]], *, context: bool = False) -> dict[str, Any]:
    first = rows[0]
    speaker_id = provenance.most_common([r["speaker_id"] for r in rows if r.get("resolved")])
    speaker = (
        entities.entity_name(db, speaker_id) if speaker_id else provenance.most_common([r["speaker"] for r in rows])
    )
    said = sorted(d for r in rows if (d := day_of(r["date"])))
    texts = paragraphs(db, rows) if context else {}
    appearances = []
    for r in rows:
        item = {
            "quote_id": f"{r['article_id']}/{r['qid']}",
            "article_id": r["article_id"],
            "text": r["text"],
            "kind": r["kind"],
            "said_on": day_of(r["date"]),
            "published": r["published"],
            "outlet": r["outlet"],
            "headline": r["headline"],
            "url": r["url"],
            "source": r["source"],
            "story_id": r["story_id"],
            "speaker": r["speaker"],
        }
        if context:
            item["context"] = texts.get((r["article_id"], r["qid"]))
        appearances.append(item)
    outlets = []
    for r in rows:
        if r["outlet"] and r["outlet"] not in outlets:
            outlets.append(r["outlet"])
    return {
        "statement_id": f"{first['article_id']}/{first['qid']}",
        "text": first["text"],
        "speaker": speaker,
        "speaker_id": speaker_id,
        "kind": first["kind"],
        "date": statement_date(rows),
        "said_on": said[0] if said else None,
        "published": first["published"],
        "headline": first["headline"],
        "outlet": first["outlet"],
        "url": first["url"],
        "story_id": first["story_id"],
        "first_seen": {
            "article_id": first["article_id"],
            "outlet": first["outlet"],
            "published": first["published"],
            "headline": first["headline"],
            "url": first["url"],
        },
        "count": len(rows),
        "outlets": outlets,
        "articles": sorted({r["article_id"] for r in rows}),
        "quote_ids": sorted(a["quote_id"] for a in appearances),
        "appearances": appearances,
        "variants": provenance.variants(rows),
        **({"context": appearances[0]["context"]} if context else {}),
    }


def paragraphs(db: Tables, rows: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """The paragraph of ``Article.text`` (paragraphs are joined by a blank line) around each quote."""
    out: dict[tuple[str, str], str] = {}
    ids = sorted({r["article_id"] for r in rows})
    texts: dict[str, str] = dict(db.query(f"SELECT id, text FROM articles WHERE id IN ({marks(ids)})", ids))
    for r in rows:
        out[(r["article_id"], r["qid"])] = paragraph_around(texts.get(r["article_id"], ""), r["start"], r["end"])
    return out


def timeline(db: Tables, entity: str, f: Filters, *, limit: int = 200) -> list[dict[str, Any]]:
    """What an entity did and said, by date: events it takes part in and its statements (one per
    statement, at its first appearance). Each item has date, kind, text, article_id, item,
    headline, outlet, published, url and story_id. Filters: checked
    :class:`~dateline.store.filters.Filters` (dates: the event's or statement's date, else the publication day); ``kind`` keeps statements
    of that kind only."""
    resolve = partial(entities.resolve_name, db)
    keys = resolve(entity)
    if not keys:
        return []
    placeholders = marks(keys)
    items: list[dict[str, Any]] = []
    if not f.kind and not f.speaker:
        where, params = article_where(Filters(outlet=f.outlet, source=f.source, about=f.about, story=f.story), resolve)
        if where is not None:
            for art, evid, kind_, text, date, day, headline, story_id, outlet_, published, url in db.query(
                f"SELECT DISTINCT e.article_id, e.evid, e.kind, e.text, e.date, a.day, a.headline, a.story_id, "
                f"a.outlet, a.published, a.url FROM event_entities ee JOIN events e ON e.article_id = ee.article_id "
                f"AND e.evid = ee.evid JOIN articles a ON a.id = e.article_id WHERE ee.ckey IN ({placeholders}) AND {where}",
                [*keys, *params],
            ):
                when = day_of(date) or day
                if (f.since and (when or "") < f.since) or (f.until and (when or "9999") > f.until):
                    continue
                items.append(
                    {
                        "date": when,
                        "kind": f"event:{kind_}",
                        "text": text,
                        "article_id": art,
                        "item": evid,
                        "headline": headline,
                        "outlet": outlet_,
                        "published": published,
                        "url": url,
                        "story_id": story_id,
                    }
                )
    where, params = quote_where(f, resolve)
    if where is not None:
        rows = appearances(db, f"q.speaker_ckey IN ({placeholders}) AND {where}", [*keys, *params])
        for group_rows in provenance.group(rows):
            r = group_rows[0]
            items.append(
                {
                    "date": r["day"],
                    "kind": "quote",
                    "text": r["text"],
                    "article_id": r["article_id"],
                    "item": r["qid"],
                    "headline": r["headline"],
                    "outlet": r["outlet"],
                    "published": r["published"],
                    "url": r["url"],
                    "story_id": r["story_id"],
                }
            )
    items.sort(key=lambda i: (i["date"] or "9999", i["article_id"], i["item"]))
    return items[: max(1, limit)]


def paragraph_around(text: str, start: int, end: int) -> str:
    """The paragraph of ``text`` (paragraphs joined by a blank line) that holds ``text[start:end]``."""
    begin = text.rfind("\n\n", 0, max(0, start))
    stop = text.find("\n\n", end)
    return text[0 if begin < 0 else begin + 2 : len(text) if stop < 0 else stop].strip()
