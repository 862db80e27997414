"""The questions the web pages ask that the CLI does not (yet): one article with its corpus links, one
entity with its series over time, one statement with its appearances, one story with its outlets,
facet counts of a search, and a plain article list.

Each is a function of a :class:`~dateline.corpus.Store` returning plain JSON-ready objects, so a page
and its ``/api/v1`` twin return the same data. Where the store has the question (statements:
``Store.quotes``; stories: ``Store.stories``; events across outlets: ``Store.coverage``) the answer is
the store's own object, the one ``dateline COMMAND --json`` prints; an article's outlet is the one
stored with it. Lists take the one filter vocabulary (:class:`dateline.store.filters.Filters`).
"""

from __future__ import annotations

import inspect
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from dateline.store.base import marks

if TYPE_CHECKING:
    from dateline.corpus import Store

#: The largest page any list returns, and the deepest offset a list may be read to.
MAX_LIMIT = 500
MAX_OFFSET = 10_000
#: facets count the best FACET_WINDOW hits of a search (each hit's snippet costs its time)
FACET_WINDOW = 50


def filters_of(method: Callable[..., Any], skip: Iterable[str] = ("limit",)) -> list[str]:
    """The keyword-only parameters of a store question (its filters), in order."""
    return [
        name
        for name, p in inspect.signature(method).parameters.items()
        if p.kind is inspect.Parameter.KEYWORD_ONLY and name not in set(skip)
    ]


def _meta(store: Store, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Headline, dates, source, URL, outlet and story of each article id."""
    wanted = sorted(set(ids))
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        rows = store.query(
            "SELECT id, headline, published, day, source_key, url, outlet, story_id FROM articles "
            f"WHERE id IN ({marks(chunk)})",
            chunk,
        )
        for aid, headline, published, day, source, url, outlet, story in rows:
            out[aid] = {
                "id": aid,
                "headline": headline,
                "published": published,
                "day": day,
                "source": source,
                "url": url,
                "outlet": outlet,
                "story_id": story,
            }
    return out


def article_links(store: Store, article_id: str) -> dict[str, Any]:
    """What an article links to in the corpus: the corpus entity of each of its entities (``eid`` ->
    canonical id), its story and the story's other articles."""
    entities: dict[str, str] = dict(
        store.query(
            "SELECT e.eid, k.canonical FROM entities e JOIN entity_keys k ON k.ckey = e.ckey WHERE e.article_id = ?",
            (article_id,),
        )
    )
    story = store.query("SELECT story_id FROM articles WHERE id = ?", (article_id,))
    story_id = story[0][0] if story else None
    # a story can hold thousands of copies: read a bounded number of its members (no sort in SQL)
    others = (
        sorted(
            r[0]
            for r in store.query(
                "SELECT id FROM articles WHERE story_id = ? AND id <> ? LIMIT ?", (story_id, article_id, MAX_LIMIT)
            )
        )[:50]
        if story_id
        else []
    )
    return {"entities": entities, "story_id": story_id, "story_articles": list(_meta(store, others).values())}


def entity(store: Store, entity_id: str) -> dict[str, Any] | None:
    """One corpus entity as ``Store.entities`` shows it (aliases, counts, first and last seen)."""
    rows = store.query(
        "SELECT id, type, name, articles, mentions, first_seen, last_seen FROM corpus_entities WHERE id = ?",
        (entity_id,),
    )
    if not rows:
        return None
    cid, type_, name, articles, mentions, first, last = rows[0]
    aliases = sorted(
        {
            r[0]
            for r in store.query(
                "SELECT n.name FROM entity_keys k JOIN entity_names n ON n.ckey = k.ckey WHERE k.canonical = ?", (cid,)
            )
        }
        - {name}
    )
    return {
        "id": cid,
        "type": type_,
        "name": name,
        "aliases": aliases,
        "articles": articles,
        "mentions": mentions,
        "first_seen": first,
        "last_seen": last,
    }


def _keys(store: Store, entity_id: str) -> list[str]:
    return [r[0] for r in store.query("SELECT ckey FROM entity_keys WHERE canonical = ? ORDER BY ckey", (entity_id,))]


def entity_series(store: Store, entity_id: str) -> list[dict[str, Any]]:
    """Per month (YYYY-MM): the entity's statements (quotes it made, one per story and wording) and
    its mentions (in articles published that month). Months with neither are left out."""
    keys = _keys(store, entity_id)
    if not keys:
        return []
    placeholders = marks(keys)
    said: Counter[str] = Counter()
    for (day,) in store.query(
        f"SELECT MIN(q.day) FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_ckey IN ({placeholders}) "
        "AND q.day IS NOT NULL GROUP BY a.story_id, q.norm",
        keys,
    ):
        said[str(day)[:7]] += 1
    named: Counter[str] = Counter()
    for day, n in store.query(
        f"SELECT a.day, SUM(CASE WHEN e.mentions > 0 THEN e.mentions ELSE 1 END) FROM entities e "
        f"JOIN articles a ON a.id = e.article_id WHERE e.ckey IN ({placeholders}) AND a.day IS NOT NULL GROUP BY a.day",
        keys,
    ):
        named[str(day)[:7]] += int(n)
    return [{"month": m, "statements": said[m], "mentions": named[m]} for m in sorted(set(said) | set(named))]


def entity_topics(store: Store, entity_id: str, limit: int = 20) -> list[dict[str, Any]]:
    """The corpus entities its statements mention most (what it talks about), with counts."""
    keys = _keys(store, entity_id)
    if not keys:
        return []
    placeholders = marks(keys)
    rows = store.query(
        f"SELECT k.canonical, COUNT(DISTINCT q.norm) AS n FROM quotes q JOIN quote_entities qe "
        f"ON qe.article_id = q.article_id AND qe.qid = q.qid JOIN entity_keys k ON k.ckey = qe.ckey "
        f"WHERE q.speaker_ckey IN ({placeholders}) GROUP BY k.canonical ORDER BY n DESC, k.canonical LIMIT ?",
        [*keys, limit],
    )
    names = _names(store, [r[0] for r in rows])
    return [
        {"id": cid, "name": names.get(cid, cid.split(":", 1)[-1]), "type": cid.split(":", 1)[0], "statements": int(n)}
        for cid, n in rows
        if cid != entity_id
    ]


def _names(store: Store, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    return dict(store.query(f"SELECT id, name FROM corpus_entities WHERE id IN ({marks(ids)})", ids))


def speakers(store: Store, limit: int = 20) -> list[dict[str, Any]]:
    """The people quoted most (statements: one per story and wording), with their corpus entity."""
    rows = store.query(
        "SELECT k.canonical, COUNT(DISTINCT a.story_id || ' ' || q.norm) AS n FROM quotes q "
        "JOIN articles a ON a.id = q.article_id JOIN entity_keys k ON k.ckey = q.speaker_ckey "
        "GROUP BY k.canonical ORDER BY n DESC, k.canonical LIMIT ?",
        (limit,),
    )
    names = _names(store, [r[0] for r in rows])
    return [{"id": cid, "name": names.get(cid, cid.split(":", 1)[-1]), "statements": int(n)} for cid, n in rows]


def statement(store: Store, article_id: str, qid: str) -> dict[str, Any] | None:
    """The statement (``Store.quotes``) the quote ``article_id/qid`` belongs to: its appearances
    (earliest first, across stories and outlets), first seen, outlets and wording variants, the same
    object ``dateline quotes --json`` prints."""
    rows = store.query(
        "SELECT a.story_id FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.article_id = ? AND q.qid = ?",
        (article_id, qid),
    )
    if not rows:
        return None
    wanted = f"{article_id}/{qid}"
    # the story's statements, each with its appearances outside the story too
    for s in store.quotes(story=rows[0][0], limit=1_000_000):
        if wanted in s["quote_ids"]:
            return s
    return None


def story(store: Store, story_id: str) -> dict[str, Any] | None:
    """A story: its articles (oldest first) with outlet and day, and per outlet the days it ran it."""
    # at most MAX_LIMIT of a large story's articles, read without a sort in SQL (a story of thousands
    # of copies would be sorted whole); the size is counted apart
    ids = sorted(r[0] for r in store.query("SELECT id FROM articles WHERE story_id = ? LIMIT ?", (story_id, MAX_LIMIT)))
    if not ids:
        return None
    meta = _meta(store, ids)
    articles = sorted(meta.values(), key=lambda m: (m["day"] is None, m["day"] or "", m["id"]))
    by_outlet: dict[str, list[str]] = defaultdict(list)
    for m in articles:
        by_outlet[m["outlet"] or "unknown"].append(m["day"] or "")
    head = meta.get(story_id, articles[0])
    days = [m["day"] for m in articles if m["day"]]
    return {
        "story_id": story_id,
        "headline": head["headline"],
        "size": len(articles)
        if len(articles) < MAX_LIMIT
        else int(store.query("SELECT COUNT(*) FROM articles WHERE story_id = ?", (story_id,))[0][0]),
        "first_seen": min(days) if days else None,
        "last_seen": max(days) if days else None,
        "articles": articles,
        "coverage": [
            {"outlet": o, "articles": len(d), "first": min(d), "last": max(d), "days": sorted(set(d))}
            for o, d in sorted(by_outlet.items(), key=lambda kv: (min(kv[1]), kv[0]))
        ],
    }


def facets(store: Store, hits: list[dict[str, Any]], limit: int = 10) -> dict[str, list[dict[str, Any]]]:
    """Counts of search hits by outlet, by month published, and by speaker quoted in them."""
    outlets: Counter[str] = Counter()
    months: Counter[str] = Counter()
    for h in hits:
        outlets[h.get("outlet") or "unknown"] += 1
        if h.get("published"):
            months[str(h["published"])[:7]] += 1
    by_speaker: Counter[str] = Counter()
    ids = sorted({h["id"] for h in hits})
    if ids:
        rows = store.query(
            f"SELECT DISTINCT q.article_id, k.canonical FROM quotes q JOIN entity_keys k ON k.ckey = q.speaker_ckey "
            f"WHERE q.article_id IN ({marks(ids)})",
            ids,
        )
        by_speaker.update(c for _, c in rows)
    names = _names(store, list(by_speaker))

    def top(c: Counter[str]) -> list[tuple[str, int]]:
        return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]

    return {
        "outlet": [{"value": o, "count": n} for o, n in top(outlets)],
        "month": [{"value": m, "count": n} for m, n in sorted(months.items(), reverse=True)[:limit]],
        "speaker": [{"value": names.get(s, s), "id": s, "count": n} for s, n in top(by_speaker)],
    }


def event_coverage(event: dict[str, Any]) -> list[dict[str, Any]]:
    """Per outlet (first to carry it first), the days a ``Store.coverage`` event's articles ran: the
    rows of :func:`dateline.web.charts.coverage`."""
    by_outlet: dict[str, list[str]] = defaultdict(list)
    for a in event["articles"]:
        by_outlet[a.get("outlet") or "unknown"].append(str(a.get("published") or "")[:10])
    return [
        {"outlet": o, "articles": len(d), "first": min(d), "last": max(d), "days": sorted(set(d))}
        for o, d in by_outlet.items()
    ]


def home(store: Store, speakers_limit: int = 15, entities_limit: int = 24, stories_limit: int = 8) -> dict[str, Any]:
    """What the start page shows: the corpus counts it prints (``Store.stats``' own queries for them,
    read from covering indexes: migration 0005), the people quoted most, the entities reported most,
    and the largest stories (bounded: the story's size from the story index, its headline the one of
    the article it is named after, never a read of all its members)."""

    def one(sql: str) -> Any:
        return store.query(sql)[0][0]

    stats = {
        "articles": int(one("SELECT COUNT(*) FROM articles")),
        "statements": int(
            one(
                "SELECT COUNT(*) FROM (SELECT DISTINCT a.story_id, q.norm FROM quotes q "
                "JOIN articles a ON a.id = q.article_id) s"
            )
        ),
        "corpus_entities": int(one("SELECT COUNT(*) FROM corpus_entities")),
        "story_clusters": int(
            one("SELECT COUNT(*) FROM (SELECT story_id FROM articles GROUP BY story_id HAVING COUNT(*) > 1) s")
        ),
        "first_published": one("SELECT MIN(day) FROM articles"),
        "last_published": one("SELECT MAX(day) FROM articles"),
    }
    sizes = store.query(
        "SELECT story_id, COUNT(*) AS n FROM articles GROUP BY story_id HAVING COUNT(*) > 1 "
        "ORDER BY n DESC, story_id LIMIT ?",
        (stories_limit,),
    )
    heads = _meta(store, [sid for sid, _ in sizes])
    stories = [{"story_id": sid, "size": int(n), "headline": heads.get(sid, {}).get("headline")} for sid, n in sizes]
    return {
        "stats": stats,
        "speakers": speakers(store, speakers_limit),
        "entities": store.entities(limit=entities_limit),
        "stories": stories,
    }
