"""Entities across articles: which corpus keys (``TYPE:name_key``) are one entity, kept up to date as
articles arrive, with a person's merges and splits applied, and the names a user gives resolved to it.

A **corpus entity** is the connected component of :func:`dateline.identity.same_referent` over corpus
keys (bare surnames never link two people, so "Johnson" cannot join two Johnsons), named by its
smallest key, with counts and first/last seen days (table ``corpus_entities``). The clustering itself
is :mod:`dateline.corpus.linking`; this module reads and writes its tables (``entity_keys``,
``entity_blocks``, ``entity_names``, ``entity_overrides``, ``corpus_entities``) through the store
interface (:class:`dateline.corpus.interface.Tables`).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import defaultdict
from functools import partial
from typing import Any

from dateline.corpus import linking
from dateline.corpus.interface import Tables
from dateline.errors import AmbiguousNameError, Errors, StoreError
from dateline.identity import acronym, name_key, same_referent
from dateline.model import Article
from dateline.store import query as fts_query
from dateline.store.base import marks
from dateline.store.filters import Filters, article_where

_WORDS = re.compile(r"[^\W_]+", re.UNICODE)
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW", "MISC")


def _name_quality(name: str) -> tuple[bool, int, str]:
    """Sort key: the best surface form first (not all capitals, longest, then alphabetical)."""
    return (name.isupper() and len(name) > 4, -len(name), name)


def _blocks(ckey: str, type_: str, key: str, name: str) -> set[str]:
    """Blocking keys: two corpus keys are tested with same_referent only if they share one."""
    if type_ == "PERSON":
        return {f"PERSON:s:{key.split()[-1]}"}
    out = set()
    short = acronym(name)
    if short:
        out.add(f"{type_}:a:{short}")
    words = _WORDS.findall(name)
    if len(words) >= 2:
        out.add(f"{type_}:a:" + "".join(w[0] for w in words).upper())
    letters = re.sub(r"[^A-Za-z]", "", name)
    if 2 <= len(letters) <= 10 and " " not in name.strip() and sum(c.isupper() for c in letters) >= 2:
        out.add(f"{type_}:a:{letters.upper()}")
    return out


def _links(type_: str, key_a: str, key_b: str) -> bool:
    """Whether two keys may be merged at all (a bare surname never merges two people)."""
    return not (type_ == "PERSON" and (" " not in key_a or " " not in key_b))


def corpus_keys(article: Article) -> dict[str, str]:
    """The corpus key (``TYPE:name_key``) of each of the article's entities that has one, by entity id."""
    out: dict[str, str] = {}
    for e in article.entities:
        key = name_key(e.name, e.type)
        if key:
            out[e.id] = f"{e.type}:{key}"
    return out


def link_article(db: Tables, article: Article, ent_ckey: dict[str, str], day: str | None) -> None:
    """Link a newly stored article's entity keys (``ent_ckey``, from :func:`corpus_keys`) into the
    corpus entities: new keys join the entities they may be (people and, once a person has merged or
    split entities, every key: their region is clustered again) and the counts and first/last seen
    days of every entity touched are brought up to date. Runs inside the article's transaction."""
    mentions: dict[str, int] = defaultdict(int)
    names: dict[str, list[str]] = defaultdict(list)
    for e in article.entities:
        ckey = ent_ckey.get(e.id)
        if ckey:
            mentions[ckey] += max(1, len(e.mentions))
            names[ckey].append(e.name)
    db.execute_many(
        "INSERT INTO entity_names (ckey, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
        sorted({(ck, n) for ck, ns in names.items() for n in ns}),
    )
    redo_keys: set[str] = set()
    touched: set[str] = set()
    relink_keys: set[str] = set()
    any_overrides = bool(db.query("SELECT 1 FROM entity_overrides WHERE undone IS NULL LIMIT 1"))
    for ckey in sorted(mentions):
        type_, key = ckey.split(":", 1)
        name = min(names[ckey], key=_name_quality)
        found = db.query("SELECT name, canonical FROM entity_keys WHERE ckey = ?", (ckey,))
        if found:
            best = min([found[0][0], name], key=_name_quality)
            db.execute("UPDATE entity_keys SET articles = articles + 1, name = ? WHERE ckey = ?", (best, ckey))
            touched.add(ckey)
            continue
        db.execute(
            "INSERT INTO entity_keys (ckey, type, name, canonical, articles) VALUES (?, ?, ?, ?, 1)",
            (ckey, type_, name, ckey),
        )
        blocks = sorted(_blocks(ckey, type_, key, name))
        db.execute_many(
            "INSERT INTO entity_blocks (block, ckey) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [(b, ckey) for b in blocks],
        )
        if type_ == "PERSON" or any_overrides:
            # people (a surname alone may join or leave a person) and any key once a person has
            # merged or split entities: its region is clustered again (dateline.corpus.linking)
            relink_keys.add(ckey)
            redo_keys.add(ckey)
            touched.add(ckey)
            continue
        group = {ckey}
        if blocks:
            placeholders = marks(blocks)
            cands = db.query(
                f"SELECT DISTINCT k.ckey, k.name, k.canonical FROM entity_blocks b JOIN entity_keys k ON k.ckey = b.ckey "
                f"WHERE b.block IN ({placeholders}) AND k.ckey <> ?",
                [*blocks, ckey],
            )
            for cand_key, cand_name, cand_canonical in cands:
                if cand_canonical in group or not _links(type_, key, cand_key.split(":", 1)[1]):
                    continue
                if same_referent(name, cand_name, type_):
                    group.add(cand_canonical)
        canonical = min(group)
        if len(group) > 1:
            members = sorted(group)
            placeholders = marks(members)
            db.execute(
                f"UPDATE entity_keys SET canonical = ? WHERE canonical IN ({placeholders})", [canonical, *members]
            )
            db.execute(f"DELETE FROM corpus_entities WHERE id IN ({placeholders})", members)
        redo_keys.add(ckey)
        touched.add(ckey)
    relinked = relink(db, relink_keys) if relink_keys else set()
    # the canonical of every key touched by this article, after all merges
    canon_of = {ck: db.query("SELECT canonical FROM entity_keys WHERE ckey = ?", (ck,))[0][0] for ck in sorted(touched)}
    redo = {canon_of[ck] for ck in redo_keys} | relinked
    bump: dict[str, int] = defaultdict(int)
    for ck in touched:
        if canon_of[ck] not in redo:
            bump[canon_of[ck]] += mentions[ck]
    for canonical in sorted(redo):
        recompute(db, canonical)
    for canonical, n in sorted(bump.items()):
        row = db.query("SELECT first_seen, last_seen FROM corpus_entities WHERE id = ?", (canonical,))
        if not row:
            recompute(db, canonical)
            continue
        first, last = row[0]
        if day is not None:
            first = day if first is None or day < first else first
            last = day if last is None or day > last else last
        db.execute(
            "UPDATE corpus_entities SET articles = articles + 1, mentions = mentions + ?, first_seen = ?, "
            "last_seen = ?, name = ? WHERE id = ?",
            (n, first, last, display_name(db, canonical), canonical),
        )


def region(db: Tables, ckeys: set[str]) -> set[str]:
    """The keys whose components may change with ``ckeys``: the keys sharing a block with them,
    every member of their components, and the keys a person merged with any of those (with their
    components). An edge that leaves this region was never made (a split kept it out), so
    clustering the region alone gives what clustering everything would."""
    placeholders = marks(ckeys)
    keys = {
        r[0]
        for r in db.query(
            f"SELECT b2.ckey FROM entity_blocks b1 JOIN entity_blocks b2 ON b2.block = b1.block "
            f"WHERE b1.ckey IN ({placeholders})",
            sorted(ckeys),
        )
    } | set(ckeys)
    merges = active_overrides(db, "merge")
    while True:
        placeholders = marks(keys)
        members = {
            r[0]
            for r in db.query(
                f"SELECT ckey FROM entity_keys WHERE canonical IN "
                f"(SELECT canonical FROM entity_keys WHERE ckey IN ({placeholders}))",
                sorted(keys),
            )
        }
        partners = {b for a, b in merges if a in members} | {a for a, b in merges if b in members}
        people = sorted(k for k in members | partners if k.startswith("PERSON:"))
        mates: set[str] = set()
        if people:  # a surname alone is linked from its whole block: read all of it
            placeholders = marks(people)
            mates = {
                r[0]
                for r in db.query(
                    f"SELECT b2.ckey FROM entity_blocks b1 JOIN entity_blocks b2 ON b2.block = b1.block "
                    f"WHERE b1.ckey IN ({placeholders})",
                    people,
                )
            }
        grown = keys | members | partners | mates
        if grown == keys:
            return keys
        keys = grown


def active_overrides(db: Tables, action: str) -> list[tuple[str, str]]:
    rows = db.query("SELECT a, b FROM entity_overrides WHERE action = ? AND undone IS NULL ORDER BY n", (action,))
    return [(str(a), str(b)) for a, b in rows]


def relink(db: Tables, ckeys: set[str]) -> set[str]:
    """Cluster the region of ``ckeys`` again and write what changed; returns the canonicals whose
    corpus entity must be recomputed (their rows are gone when they no longer name a component)."""
    area = region(db, ckeys)
    if not area:
        return set()
    placeholders = marks(area)
    ordered = sorted(area)
    rows = db.query(f"SELECT ckey, name, canonical FROM entity_keys WHERE ckey IN ({placeholders})", ordered)
    block_rows = db.query(f"SELECT block, ckey FROM entity_blocks WHERE ckey IN ({placeholders})", ordered)
    blocks: dict[str, set[str]] = defaultdict(set)
    for b, ck in block_rows:
        blocks[ck].add(b)
    keys = [linking.Key(ck, name, frozenset(blocks[ck])) for ck, name, _ in rows]
    result = linking.cluster(keys, active_overrides(db, "merge"), active_overrides(db, "split"))
    old = {ck: canon for ck, _, canon in rows}
    changed = sorted(ck for ck in old if result.canonical[ck] != old[ck])
    affected: set[str] = set()
    for ck in changed:
        db.execute("UPDATE entity_keys SET canonical = ? WHERE ckey = ?", (result.canonical[ck], ck))
        affected.update((old[ck], result.canonical[ck]))
    affected |= {result.canonical[ck] for ck in ckeys if ck in result.canonical}
    gone = sorted(c for c in affected if c not in set(result.canonical.values()))
    if gone:
        db.execute(f"DELETE FROM corpus_entities WHERE id IN ({marks(gone)})", gone)
    return affected - set(gone)


def recluster(db: Tables) -> int:
    """Cluster every corpus key again from scratch (the automatic links, then a person's merges
    and splits); returns how many keys changed entity. Merges, splits and undos call it."""
    with db.transaction():
        before: dict[str, str] = dict(db.query("SELECT ckey, canonical FROM entity_keys"))
        if not before:
            return 0
        rows = db.query("SELECT ckey, name FROM entity_keys")
        blocks: dict[str, set[str]] = defaultdict(set)
        for b, ck in db.query("SELECT block, ckey FROM entity_blocks"):
            blocks[ck].add(b)
        keys = [linking.Key(ck, name, frozenset(blocks[ck])) for ck, name in rows]
        result = linking.cluster(keys, active_overrides(db, "merge"), active_overrides(db, "split"))
        changed = sorted(ck for ck in before if result.canonical[ck] != before[ck])
        affected: set[str] = set()
        for ck in changed:
            db.execute("UPDATE entity_keys SET canonical = ? WHERE ckey = ?", (result.canonical[ck], ck))
            affected.update((before[ck], result.canonical[ck]))
        alive = set(result.canonical.values())
        gone = sorted(c for c in affected if c not in alive)
        if gone:
            db.execute(f"DELETE FROM corpus_entities WHERE id IN ({marks(gone)})", gone)
        for canonical in sorted(affected & alive):
            recompute(db, canonical)
    return len(changed)


def entity_key(db: Tables, name: str) -> str:
    """The corpus key a person means by ``name`` in a merge or split: an entity id (``PERSON:...``),
    else the exact key of the name (refused when it names keys of several types), else the entity
    another spelling names (:meth:`resolve_name`: E046 when several), else E047."""
    if ":" in name and db.query("SELECT 1 FROM entity_keys WHERE ckey = ?", (name,)):
        return name
    found = []
    for type_ in ENTITY_TYPES:
        key = name_key(name, type_)
        if key and db.query("SELECT 1 FROM entity_keys WHERE ckey = ?", (f"{type_}:{key}",)):
            found.append(f"{type_}:{key}")
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise AmbiguousNameError(name, [candidate(db, ck) for ck in found])
    keys = resolve_name(db, name)  # another spelling of one entity (or E046 with the candidates)
    if keys:
        return str(db.query("SELECT canonical FROM entity_keys WHERE ckey = ?", (keys[0],))[0][0])
    raise StoreError(Errors.E047.format(name=name))


def candidate(db: Tables, ckey: str) -> dict[str, Any]:
    canonical = db.query("SELECT canonical FROM entity_keys WHERE ckey = ?", (ckey,))
    cid = canonical[0][0] if canonical else ckey
    row = db.query("SELECT name, type, articles FROM corpus_entities WHERE id = ?", (cid,))
    name, type_, articles = row[0] if row else (ckey.split(":", 1)[1], ckey.split(":", 1)[0], 0)
    return {"id": cid, "name": name, "type": type_, "articles": int(articles or 0)}


def merge(db: Tables, a: str, b: str) -> dict[str, Any]:
    """Record that ``a`` and ``b`` (names or entity ids) are one entity, and re-cluster; the override
    is kept in the store (``entity_overrides``), applied after every ingest, and can be undone."""
    return override(db, "merge", a, b)


def split(db: Tables, a: str, b: str) -> dict[str, Any]:
    """Record that ``a`` and ``b`` are different entities (no link may join them), and re-cluster."""
    return override(db, "split", a, b)


def override(db: Tables, action: str, a: str, b: str) -> dict[str, Any]:
    ka, kb = entity_key(db, a), entity_key(db, b)
    ka, kb = sorted((ka, kb))
    now = _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    with db.transaction():
        for other in ("merge", "split"):  # a newer decision on the same pair replaces an older one
            db.execute(
                "UPDATE entity_overrides SET undone = ? WHERE action = ? AND a = ? AND b = ? AND undone IS NULL",
                (now, other, ka, kb),
            )
        db.execute("INSERT INTO entity_overrides (action, a, b, created) VALUES (?, ?, ?, ?)", (action, ka, kb, now))
        number = db.query("SELECT MAX(n) FROM entity_overrides")[0][0]
    changed = recluster(db)
    return {"number": int(number), "action": action, "a": ka, "b": kb, "created": now, "changed": changed}


def overrides(db: Tables, *, all: bool = False) -> list[dict[str, Any]]:
    """The merges and splits a person made, oldest first (undone ones too with ``all``)."""
    where = "" if all else " WHERE undone IS NULL"
    rows = db.query(f"SELECT n, action, a, b, created, undone FROM entity_overrides{where} ORDER BY n")
    return [
        {"number": int(n), "action": act, "a": a, "b": b, "created": created, "undone": undone}
        for n, act, a, b, created, undone in rows
    ]


def undo(db: Tables, number: int) -> dict[str, Any]:
    """Undo merge or split number ``number`` and re-cluster (E049 when there is none to undo)."""
    rows = db.query("SELECT action, a, b FROM entity_overrides WHERE n = ? AND undone IS NULL", (int(number),))
    if not rows:
        raise StoreError(Errors.E049.format(number=number))
    now = _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    with db.transaction():
        db.execute("UPDATE entity_overrides SET undone = ? WHERE n = ?", (now, int(number)))
    changed = recluster(db)
    action, a, b = rows[0]
    return {"number": int(number), "action": action, "a": a, "b": b, "undone": now, "changed": changed}


def display_name(db: Tables, canonical: str) -> str:
    rows = db.query("SELECT name, articles FROM entity_keys WHERE canonical = ?", (canonical,))
    return min(rows, key=lambda r: (-r[1], *_name_quality(r[0])))[0] if rows else canonical.split(":", 1)[1]


def recompute(db: Tables, canonical: str) -> None:
    row = db.query(
        "SELECT COUNT(DISTINCT e.article_id), SUM(e.mentions), MIN(a.day), MAX(a.day) FROM entity_keys k "
        "JOIN entities e ON e.ckey = k.ckey JOIN articles a ON a.id = e.article_id WHERE k.canonical = ?",
        (canonical,),
    )[0]
    # entity rows with no mention list still count once, like add_entities
    mentions = db.query(
        "SELECT SUM(CASE WHEN e.mentions > 0 THEN e.mentions ELSE 1 END) FROM entity_keys k "
        "JOIN entities e ON e.ckey = k.ckey WHERE k.canonical = ?",
        (canonical,),
    )[0][0]
    articles_per_key = db.query(
        "SELECT k.ckey, COUNT(DISTINCT e.article_id) FROM entity_keys k JOIN entities e ON e.ckey = k.ckey "
        "WHERE k.canonical = ? GROUP BY k.ckey",
        (canonical,),
    )
    for ck, n in articles_per_key:
        db.execute("UPDATE entity_keys SET articles = ? WHERE ckey = ?", (n, ck))
    db.execute(
        "INSERT INTO corpus_entities (id, type, name, articles, mentions, first_seen, last_seen) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
        "articles = excluded.articles, mentions = excluded.mentions, first_seen = excluded.first_seen, "
        "last_seen = excluded.last_seen",
        (
            canonical,
            canonical.split(":", 1)[0],
            display_name(db, canonical),
            row[0] or 0,
            mentions or 0,
            row[2],
            row[3],
        ),
    )


def resolve_entity(db: Tables, name: str) -> list[str]:
    """The corpus keys that ``name`` may denote: its exact key under any type, the keys in the same
    components, and (for people) every key same_referent accepts ("Ryabkov" finds "Sergei Ryabkov").
    Lenient: every candidate's keys; :meth:`resolve_name` refuses a name that means several."""
    canonicals = exact_canonicals(db, name) | lenient_canonicals(db, name)
    if not canonicals:
        like = db.ilike()
        rows = db.query(
            f"SELECT canonical FROM entity_keys WHERE name {like} ? {fts_query.LIKE_ESCAPE}",
            (fts_query.like_literal(name),),
        )
        canonicals.update(r[0] for r in rows)
    return keys_of(db, canonicals)


def keys_of(db: Tables, canonicals: set[str]) -> list[str]:
    if not canonicals:
        return []
    found = sorted(canonicals)
    placeholders = marks(found)
    return sorted(r[0] for r in db.query(f"SELECT ckey FROM entity_keys WHERE canonical IN ({placeholders})", found))


def exact_canonicals(db: Tables, name: str) -> set[str]:
    out: set[str] = set()
    if ":" in name:
        out.update(r[0] for r in db.query("SELECT canonical FROM entity_keys WHERE ckey = ?", (name,)))
        if out:
            return out
    for type_ in ENTITY_TYPES:
        key = name_key(name, type_)
        if key:
            rows = db.query("SELECT canonical FROM entity_keys WHERE ckey = ?", (f"{type_}:{key}",))
            out.update(r[0] for r in rows)
    return out


def lenient_canonicals(db: Tables, name: str) -> set[str]:
    person = name_key(name, "PERSON")
    if not person:
        return set()
    rows = db.query(
        "SELECT k.name, k.canonical FROM entity_blocks b JOIN entity_keys k ON k.ckey = b.ckey WHERE b.block = ?",
        (f"PERSON:s:{person.split()[-1]}",),
    )
    return {c for n, c in rows if same_referent(name, n, "PERSON")}


def resolve_name(db: Tables, name: str) -> list[str]:
    """The corpus keys of the one entity ``name`` means (an entity id, any spelling the corpus
    knows); ``[]`` when it means none. A name that may mean several entities (a surname shared by
    two people, "Trump" for Donald and Ivanka) raises :class:`AmbiguousNameError` (E046) listing
    the candidates with their article counts; a full name or an entity id picks one."""
    exact = exact_canonicals(db, name)
    if exact and (len(exact) > 1 or not surname_only(db, next(iter(exact)))):
        return keys_of(db, exact)
    lenient = lenient_canonicals(db, name) | exact
    if len(lenient) > 1:
        raise AmbiguousNameError(name, sorted((candidate(db, c) for c in lenient), key=_by_articles))
    if not lenient:
        like = db.ilike()
        lenient = {
            r[0]
            for r in db.query(
                f"SELECT canonical FROM entity_keys WHERE name {like} ? {fts_query.LIKE_ESCAPE}",
                (fts_query.like_literal(name),),
            )
        }
        if len(lenient) > 1:
            raise AmbiguousNameError(name, sorted((candidate(db, c) for c in lenient), key=_by_articles))
    return keys_of(db, lenient)


def surname_only(db: Tables, canonical: str) -> bool:
    """Whether an entity is a person known only by a surname (every key one word)."""
    if not canonical.startswith("PERSON:"):
        return False
    keys = db.query("SELECT ckey FROM entity_keys WHERE canonical = ?", (canonical,))
    return all(" " not in k.split(":", 1)[1] for (k,) in keys)


def candidates(db: Tables, name: str) -> list[dict[str, Any]]:
    """Every entity ``name`` may mean, most reported first: id, name, type, articles."""
    canonicals = exact_canonicals(db, name) | lenient_canonicals(db, name)
    return sorted((candidate(db, c) for c in canonicals), key=_by_articles)


def entity_name(db: Tables, canonical: str) -> str:
    row = db.query("SELECT name FROM corpus_entities WHERE id = ?", (canonical,))
    return str(row[0][0]) if row else display_name(db, canonical)


def listing(db: Tables, f: Filters, *, type: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Corpus entities, most widely reported first, with their aliases (other names merged in); a
    surname left apart because it may mean several people lists them as ``may_be``. With filters
    (checked :class:`~dateline.store.filters.Filters`; dates are publication days) the counts and
    first/last seen are over the articles that pass."""
    type_where, type_params = ("c.type = ?", [type.upper()]) if type else ("TRUE", [])
    if f.any():
        where, params = article_where(f, partial(resolve_name, db))
        if where is None:
            return []
        rows = db.query(
            "SELECT c.id, c.type, c.name, COUNT(DISTINCT e.article_id) AS n, "
            "SUM(CASE WHEN e.mentions > 0 THEN e.mentions ELSE 1 END) AS m, MIN(a.day), MAX(a.day) "
            "FROM entities e JOIN entity_keys k ON k.ckey = e.ckey JOIN corpus_entities c ON c.id = k.canonical "
            f"JOIN articles a ON a.id = e.article_id WHERE {where} AND {type_where} "
            "GROUP BY c.id, c.type, c.name ORDER BY n DESC, m DESC, c.id LIMIT ?",
            [*params, *type_params, max(1, limit)],
        )
    else:
        rows = db.query(
            f"SELECT c.id, c.type, c.name, c.articles, c.mentions, c.first_seen, c.last_seen FROM corpus_entities c "
            f"WHERE {type_where} ORDER BY c.articles DESC, c.mentions DESC, c.id LIMIT ?",
            [*type_params, max(1, limit)],
        )
    out = []
    for cid, type_, name, articles, mentions, first, last in rows:
        aliases = sorted(
            {
                r[0]
                for r in db.query(
                    "SELECT n.name FROM entity_keys k JOIN entity_names n ON n.ckey = k.ckey WHERE k.canonical = ?",
                    (cid,),
                )
            }
            - {name}
        )
        item = {
            "id": cid,
            "type": type_,
            "name": name,
            "aliases": aliases,
            "articles": int(articles or 0),
            "mentions": int(mentions or 0),
            "first_seen": first,
            "last_seen": last,
        }
        if surname_only(db, cid):
            item["may_be"] = [
                c for c in (candidate(db, x) for x in sorted(lenient_canonicals(db, name))) if c["id"] != cid
            ]
        out.append(item)
    return out


def _by_articles(c: dict[str, Any]) -> tuple[int, str]:
    return (-int(c["articles"]), str(c["id"]))
