"""The questions the web pages ask that the CLI does not (yet): one article with its corpus links, one
entity with its series over time, one statement with its appearances, one story with its outlets,
facet counts of a search, and a plain article list.

Each is a function of a :class:`~dateline.store.Store` returning plain JSON-ready objects, so a page
and its ``/api/v1`` twin return the same data. They read the store's tables with the store's own
filters (``Store._filters``), and take the filters as keyword arguments, so a filter the store learns
is accepted here without a change.
"""

from __future__ import annotations

import inspect
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from dateline.store import Store

#: The largest page any list returns, and the deepest offset a list may be read to.
MAX_LIMIT = 500
MAX_OFFSET = 10_000
#: facets count the best FACET_WINDOW hits of a search (each hit's snippet costs its time)
FACET_WINDOW = 50

_DOMAIN = re.compile(r"^((?:[a-z0-9-]+\.)+(?:com|org|net|gov|edu|int|info|news|[a-z]{2}))(?:\.|$)", re.I)


def filters_of(method: Callable[..., Any], skip: Iterable[str] = ("limit",)) -> list[str]:
    """The keyword-only parameters of a store question (its filters), in order."""
    return [
        name
        for name, p in inspect.signature(method).parameters.items()
        if p.kind is inspect.Parameter.KEYWORD_ONLY and name not in set(skip)
    ]


def outlet_of(source: str | None, url: str | None) -> str:
    """Who published an article, as far as the store says: the URL's host without ``www.``, else a
    host-like start of the file name (``reuters.com.parasite.html``), else the file name."""
    if url:
        host = urlsplit(url).hostname or ""
        if host:
            return host.removeprefix("www.")
    name = re.split(r"[/\\]", (source or "").rstrip("/"))[-1]
    name = re.sub(r"(:\d+|#\d+)$", "", name)
    m = _DOMAIN.match(name)
    return m.group(1).lower() if m else (name or "unknown")


def _slim_table(store: Store) -> str:
    # the table Store._filters' "a." columns belong to (see store/sqlite.py and store/postgres.py)
    return "article_meta" if store.backend == "sqlite" else "article_search"


def _meta(store: Store, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Headline, dates, source, URL, outlet and story of each article id."""
    wanted = sorted(set(ids))
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        rows = store._query(
            "SELECT id, headline, published, day, source_key, url, story_id FROM articles "
            f"WHERE id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        for aid, headline, published, day, source, url, story in rows:
            out[aid] = {
                "id": aid,
                "headline": headline,
                "published": published,
                "day": day,
                "source": source,
                "url": url,
                "outlet": outlet_of(source, url),
                "story_id": story,
            }
    return out


def list_articles(store: Store, *, limit: int = 20, offset: int = 0, **filters: Any) -> list[dict[str, Any]]:
    """Stored articles, newest first (then by id: a stable order), passing the store's search filters."""
    for name in filters_of(store._filters, ()):
        filters.setdefault(name, None)
    where, params = store._filters(**filters)
    join = f" JOIN {_slim_table(store)} a ON a.n = x.n" if where else ""
    # newest first with the undated last, in a form each back end reads from its index on day
    order = "x.day DESC, x.id" if store.backend == "sqlite" else "x.day DESC NULLS LAST, x.id"
    rows = store._query(
        f"SELECT x.id, x.headline, x.published, x.day, x.source_key, x.url, x.story_id FROM articles x{join} "
        f"WHERE 1 = 1{where} ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return [
        {
            "id": aid,
            "headline": headline,
            "published": published,
            "source": source,
            "url": url,
            "outlet": outlet_of(source, url),
            "story_id": story,
        }
        for aid, headline, published, _day, source, url, story in rows
    ]


def article_links(store: Store, article_id: str) -> dict[str, Any]:
    """What an article links to in the corpus: the corpus entity of each of its entities (``eid`` ->
    canonical id), its story and the story's other articles."""
    entities: dict[str, str] = dict(
        store._query(
            "SELECT e.eid, k.canonical FROM entities e JOIN entity_keys k ON k.ckey = e.ckey WHERE e.article_id = ?",
            (article_id,),
        )
    )
    story = store._query("SELECT story_id FROM articles WHERE id = ?", (article_id,))
    story_id = story[0][0] if story else None
    # a story can hold thousands of copies: read a bounded number of its members (no sort in SQL)
    others = (
        sorted(
            r[0]
            for r in store._query(
                "SELECT id FROM articles WHERE story_id = ? AND id <> ? LIMIT ?", (story_id, article_id, MAX_LIMIT)
            )
        )[:50]
        if story_id
        else []
    )
    return {"entities": entities, "story_id": story_id, "story_articles": list(_meta(store, others).values())}


def entity(store: Store, entity_id: str) -> dict[str, Any] | None:
    """One corpus entity as ``Store.entities`` shows it (aliases, counts, first and last seen)."""
    rows = store._query(
        "SELECT id, type, name, articles, mentions, first_seen, last_seen FROM corpus_entities WHERE id = ?",
        (entity_id,),
    )
    if not rows:
        return None
    cid, type_, name, articles, mentions, first, last = rows[0]
    aliases = sorted(
        {
            r[0]
            for r in store._query(
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
    return [r[0] for r in store._query("SELECT ckey FROM entity_keys WHERE canonical = ? ORDER BY ckey", (entity_id,))]


def entity_series(store: Store, entity_id: str) -> list[dict[str, Any]]:
    """Per month (YYYY-MM): the entity's statements (quotes it made, one per story and wording) and
    its mentions (in articles published that month). Months with neither are left out."""
    keys = _keys(store, entity_id)
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    said: Counter[str] = Counter()
    for (day,) in store._query(
        f"SELECT MIN(q.day) FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_ckey IN ({marks}) "
        "AND q.day IS NOT NULL GROUP BY a.story_id, q.norm",
        keys,
    ):
        said[str(day)[:7]] += 1
    named: Counter[str] = Counter()
    for day, n in store._query(
        f"SELECT a.day, SUM(CASE WHEN e.mentions > 0 THEN e.mentions ELSE 1 END) FROM entities e "
        f"JOIN articles a ON a.id = e.article_id WHERE e.ckey IN ({marks}) AND a.day IS NOT NULL GROUP BY a.day",
        keys,
    ):
        named[str(day)[:7]] += int(n)
    return [{"month": m, "statements": said[m], "mentions": named[m]} for m in sorted(set(said) | set(named))]


def entity_topics(store: Store, entity_id: str, limit: int = 20) -> list[dict[str, Any]]:
    """The corpus entities its statements mention most (what it talks about), with counts."""
    keys = _keys(store, entity_id)
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    rows = store._query(
        f"SELECT k.canonical, COUNT(DISTINCT q.norm) AS n FROM quotes q JOIN quote_entities qe "
        f"ON qe.article_id = q.article_id AND qe.qid = q.qid JOIN entity_keys k ON k.ckey = qe.ckey "
        f"WHERE q.speaker_ckey IN ({marks}) GROUP BY k.canonical ORDER BY n DESC, k.canonical LIMIT ?",
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
    return dict(store._query(f"SELECT id, name FROM corpus_entities WHERE id IN ({','.join('?' * len(ids))})", ids))


def speakers(store: Store, limit: int = 20) -> list[dict[str, Any]]:
    """The people quoted most (statements: one per story and wording), with their corpus entity."""
    rows = store._query(
        "SELECT k.canonical, COUNT(DISTINCT a.story_id || ' ' || q.norm) AS n FROM quotes q "
        "JOIN articles a ON a.id = q.article_id JOIN entity_keys k ON k.ckey = q.speaker_ckey "
        "GROUP BY k.canonical ORDER BY n DESC, k.canonical LIMIT ?",
        (limit,),
    )
    names = _names(store, [r[0] for r in rows])
    return [{"id": cid, "name": names.get(cid, cid.split(":", 1)[-1]), "statements": int(n)} for cid, n in rows]


def statement(store: Store, article_id: str, qid: str, variants: int = 20) -> dict[str, Any] | None:
    """A statement: the quote ``article_id/qid``, every appearance of its wording in the corpus
    (same normalised text, any story), the first seen, and wording variants by the same speaker
    (other quotes sharing most of its words)."""
    rows = store._query(
        "SELECT q.text, q.norm, q.speaker, q.speaker_ckey, q.kind, q.day, k.canonical FROM quotes q "
        "LEFT JOIN entity_keys k ON k.ckey = q.speaker_ckey WHERE q.article_id = ? AND q.qid = ?",
        (article_id, qid),
    )
    if not rows:
        return None
    text, norm, speaker, _speaker_ckey, kind, day, canonical = rows[0]
    found = store._query(
        "SELECT article_id, qid, text, day, cue FROM quotes WHERE norm = ? ORDER BY day IS NULL, day, article_id, qid LIMIT ?",
        (norm, MAX_LIMIT),
    )
    meta = _meta(store, [r[0] for r in found])
    appearances = [
        {**meta.get(aid, {"id": aid}), "article_id": aid, "qid": q, "text": t, "date": d, "cue": cue}
        for aid, q, t, d, cue in found
    ]
    for a in appearances:
        a.pop("id", None)
    out_variants: list[dict[str, Any]] = []
    if canonical:
        words = set(norm.split())
        keys = _keys(store, canonical)
        cands = store._query(
            f"SELECT article_id, qid, text, norm, day FROM quotes WHERE speaker_ckey IN ({','.join('?' * len(keys))}) "
            "AND norm <> ? ORDER BY day DESC, article_id, qid LIMIT ?",
            [*keys, norm, MAX_LIMIT],
        )
        scored = []
        for aid, q, t, n, d in cands:
            other = set(n.split())
            overlap = len(words & other) / max(1, min(len(words), len(other)))
            if overlap >= 0.6 and min(len(words), len(other)) >= 3:
                scored.append((-overlap, aid, q, t, d))
        vmeta = _meta(store, [s[1] for s in scored[:variants]])
        for neg, aid, q, t, d in sorted(scored)[:variants]:
            m = vmeta.get(aid, {})
            out_variants.append(
                {
                    "article_id": aid,
                    "qid": q,
                    "text": t,
                    "date": d,
                    "overlap": round(-neg, 3),
                    "outlet": m.get("outlet"),
                    "headline": m.get("headline"),
                }
            )
    first = appearances[0] if appearances else None
    return {
        "id": f"{article_id}/{qid}",
        "text": text,
        "speaker": speaker,
        "speaker_entity": canonical,
        "kind": kind,
        "date": day,
        "first_seen": {"date": first["date"], "article_id": first["article_id"], "outlet": first.get("outlet")}
        if first
        else None,
        "outlets": sorted({a.get("outlet") or "" for a in appearances}),
        "appearances": appearances,
        "variants": out_variants,
    }


def statement_outlets(store: Store, statements: list[dict[str, Any]]) -> None:
    """Add ``outlets`` (sorted) to each statement of ``Store.quotes``, from the articles carrying it."""
    meta = _meta(store, [a for s in statements for a in s.get("articles", [])])
    for s in statements:
        s.setdefault("outlets", sorted({meta[a]["outlet"] for a in s.get("articles", []) if a in meta}))


def story(store: Store, story_id: str) -> dict[str, Any] | None:
    """A story: its articles (oldest first) with outlet and day, and per outlet the days it ran it."""
    # at most MAX_LIMIT of a large story's articles, read without a sort in SQL (a story of thousands
    # of copies would be sorted whole); the size is counted apart
    ids = sorted(
        r[0] for r in store._query("SELECT id FROM articles WHERE story_id = ? LIMIT ?", (story_id, MAX_LIMIT))
    )
    if not ids:
        return None
    meta = _meta(store, ids)
    articles = sorted(meta.values(), key=lambda m: (m["day"] is None, m["day"] or "", m["id"]))
    by_outlet: dict[str, list[str]] = defaultdict(list)
    for m in articles:
        by_outlet[m["outlet"]].append(m["day"] or "")
    head = meta.get(story_id, articles[0])
    days = [m["day"] for m in articles if m["day"]]
    return {
        "story_id": story_id,
        "headline": head["headline"],
        "size": len(articles)
        if len(articles) < MAX_LIMIT
        else int(store._query("SELECT COUNT(*) FROM articles WHERE story_id = ?", (story_id,))[0][0]),
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
        outlets[h.get("outlet") or outlet_of(h.get("source"), h.get("url"))] += 1
        if h.get("published"):
            months[str(h["published"])[:7]] += 1
    by_speaker: Counter[str] = Counter()
    ids = sorted({h["id"] for h in hits})
    if ids:
        rows = store._query(
            f"SELECT DISTINCT q.article_id, k.canonical FROM quotes q JOIN entity_keys k ON k.ckey = q.speaker_ckey "
            f"WHERE q.article_id IN ({','.join('?' * len(ids))})",
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
