"""The corpus store: the same tests on SQLite and on PostgreSQL.

PostgreSQL runs when DATELINE_TEST_POSTGRES holds a postgresql:// URL of a server that answers
(.ci/postgres.sh starts one; .ci/run always does); otherwise those cases skip and say why.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dateline
from dateline import dedup
from dateline.corpus import Store, open_store
from dateline.errors import StoreError
from dateline.identity import name_key
from dateline.model import Article, Cue, Entity, Event, Mention, Quote, Source, SpeakerRef, TimeExpr
from dateline.pipeline import content_id
from helpers import PG_URL, postgres_reason, store_backends

FIXTURES = Path(__file__).parent / "fixtures" / "store"
_PG_SKIP = postgres_reason()


@pytest.fixture(params=store_backends())
def make_store(request, tmp_path) -> Iterator[Callable[[], Store]]:
    """A factory of fresh, empty stores of the parametrised back end (a new file or a new schema)."""
    opened: list[Store] = []
    schemas: list[str] = []

    def make() -> Store:
        if request.param == "sqlite":
            store = open_store(str(tmp_path / f"{uuid.uuid4().hex[:8]}.db"))
        else:
            import psycopg

            schema = f"t_{uuid.uuid4().hex[:12]}"
            with psycopg.connect(PG_URL, autocommit=True) as conn:
                conn.execute(f"CREATE SCHEMA {schema}")
            schemas.append(schema)
            sep = "&" if "?" in PG_URL else "?"
            store = open_store(f"{PG_URL}{sep}options=-csearch_path%3D{schema}")
        opened.append(store)
        return store

    yield make
    for store in opened:
        try:
            store.close()
        except Exception:
            pass
    if schemas:
        import psycopg

        with psycopg.connect(PG_URL, autocommit=True) as conn:
            for schema in schemas:
                conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def store(make_store) -> Store:
    return make_store()


# ---- articles built by hand (offsets found in real text), so these tests need no NLP model ----


def _spans(text: str, form: str) -> list[tuple[int, int]]:
    out, at = [], text.find(form)
    while at >= 0:
        out.append((at, at + len(form)))
        at = text.find(form, at + len(form))
    return out


def build(
    name: str,
    *,
    published: str | None = None,
    url: str | None = None,
    path: str | None = None,
    line: int | None = None,
    entities: list[tuple[str, str, list[str]]] = (),  # type: ignore[assignment]
    quotes: list[tuple[str, str | None]] = (),  # type: ignore[assignment]
    events: list[tuple[str, str, str | None, list[str]]] = (),  # type: ignore[assignment]
    text: str | None = None,
) -> Article:
    """An article from tests/fixtures/store/<name>.txt (first line the headline) with the given facts.

    entities: (type, name, written forms); quotes: (quoted text, speaker name or None);
    events: (trigger, kind, date, participant names).
    """
    raw = text if text is not None else (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    headline, _, body = raw.partition("\n\n") if text is None else ("", "", raw)
    body = body.strip()
    ents = []
    for i, (type_, ename, forms) in enumerate(entities, 1):
        mentions = [Mention(start=s, end=e, text=body[s:e]) for f in forms for s, e in _spans(body, f)]
        ents.append(
            Entity(id=f"e{i}", type=type_, name=ename, aliases=[f for f in forms if f != ename], mentions=mentions)
        )
    by_name = {e.name: e.id for e in ents}
    qs = []
    for i, (qtext, speaker) in enumerate(quotes, 1):
        s, e = _spans(body, qtext)[0]
        ref = None
        if speaker is not None:
            surface = speaker.split()[-1]
            ss, se = _spans(body, surface)[0]
            ref = SpeakerRef(entity=by_name.get(speaker), text=surface, start=ss, end=se)
        cue_at = body.find(" said")
        cue = Cue(text="said", start=cue_at + 1, end=cue_at + 5) if cue_at >= 0 else None
        qs.append(Quote(id=f"q{i}", kind="direct", text=qtext, start=s, end=e, speaker=ref, cue=cue))
    evs = []
    for i, (trigger, kind, date, names) in enumerate(events, 1):
        s, e = _spans(body, trigger)[0]
        evs.append(
            Event(
                id=f"v{i}", kind=kind, text=trigger, start=s, end=e, date=date, participants=[by_name[n] for n in names]
            )
        )
    times = [
        TimeExpr(id=f"t{i}", text=w, start=s, end=e, type="DATE", value=None)
        for i, (w, (s, e)) in enumerate(((w, sp) for w in ("Sunday", "Thursday") for sp in _spans(body, w)[:1]), 1)
    ]
    return Article(
        id=content_id(raw + (url or "")),
        source=Source(path=path or f"fixtures/{name}.txt", url=url, format="jsonl" if line else "text", line=line),
        headline=headline or None,
        published=published,
        text=body,
        entities=ents,
        quotes=qs,
        times=times,
        events=evs,
        original=raw,
    )


RYABKOV_SERGEI = ("PERSON", "Sergei Ryabkov", ["Sergei Ryabkov", "Ryabkov"])
RYABKOV_SERGEY = ("PERSON", "Sergey Ryabkov", ["Sergey Ryabkov", "Ryabkov"])
SHERMAN = ("PERSON", "Wendy Sherman", ["Wendy Sherman", "Sherman"])
NATO = ("ORG", "NATO", ["NATO"])
OSCE = ("ORG", "OSCE", ["OSCE"])
QUOTE_WIRE = '"We will not make concessions under pressure,"'
QUOTE_OTHER = '"The reply leaves no room for optimism,"'


def wire(**kw) -> Article:
    return build(
        "wire",
        published="2022-01-09T18:00:00+00:00",
        entities=[RYABKOV_SERGEI, SHERMAN, NATO, OSCE],
        quotes=[(QUOTE_WIRE, "Sergei Ryabkov")],
        events=[("meet in Geneva", "meeting", "2022-01-10", ["Sergei Ryabkov", "Wendy Sherman"])],
        **kw,
    )


def wire_copy(**kw) -> Article:
    return build(
        "wire_copy",
        published="2022-01-10T07:30:00+00:00",
        entities=[RYABKOV_SERGEI, SHERMAN, NATO, OSCE],
        quotes=[(QUOTE_WIRE, "Sergei Ryabkov")],
        **kw,
    )


def other(**kw) -> Article:
    return build(
        "other",
        published="2022-01-27T12:00:00+00:00",
        entities=[RYABKOV_SERGEY, NATO],
        quotes=[(QUOTE_OTHER, "Sergey Ryabkov")],
        **kw,
    )


def seed_words(start: int, end: int) -> str:
    """A run of words of the seed article (real sentences, cut to a window)."""
    words = (Path(__file__).parent.parent / "examples" / "seed.txt").read_text(encoding="utf-8").split()
    return " ".join(words[start:end])


# ---- records, sources, rejects, migrations ----------------------------------------------------


def test_record_round_trips_and_adding_twice_adds_nothing(store: Store) -> None:
    a = wire()
    assert store.add_article(a) is True
    assert store.add_article(a) is False
    assert store.get_article(a.id) == a
    assert store.get_article("0" * 16) is None
    assert store.has_article(a.id) and not store.has_article("0" * 16)
    assert store.stats()["articles"] == 1
    assert "fixtures/wire.txt" in store.known_sources()


@pytest.mark.slow
def test_analysed_seed_round_trips(store: Store, seed_article) -> None:
    assert store.add_article(seed_article)
    back = store.get_article(seed_article.id)
    assert back == seed_article
    assert back.to_json() == seed_article.to_json()
    assert list(store.iter_articles()) == [seed_article]


def test_the_same_content_from_a_second_source_is_one_article_and_two_known_sources(store: Store) -> None:
    a = wire(path="feed.jsonl", line=3)
    b = a.model_copy(update={"source": Source(path="mirror.jsonl", format="jsonl", line=7)})
    assert store.add_articles([a, b]) == 1
    assert {"feed.jsonl:3", "mirror.jsonl:7"} <= store.known_sources()
    assert store.stats()["articles"] == 1


def test_optimize_keeps_every_answer(store: Store) -> None:
    store.add_articles([wire(), wire_copy(), other()])
    before = (store.search("Ryabkov"), store.search("NATO", since="2022-01-10"), store.snapshot())
    store.optimize()
    assert (store.search("Ryabkov"), store.search("NATO", since="2022-01-10"), store.snapshot()) == before


def test_rejects_are_kept_with_their_reason_once_per_source(store: Store) -> None:
    store.add_reject("bad/one.bin", "E002 binary input")
    store.add_reject("bad/one.bin", "E002 binary input (again)")
    store.add_reject("feed.jsonl:9", "E006 malformed JSON on this line")
    assert store.rejects() == [
        {"source": "bad/one.bin", "reason": "E002 binary input (again)"},
        {"source": "feed.jsonl:9", "reason": "E006 malformed JSON on this line"},
    ]
    assert {"bad/one.bin", "feed.jsonl:9"} <= store.known_sources()
    assert store.stats()["rejects"] == 2


def test_migrations_are_named_recorded_and_applied_once(make_store) -> None:
    from dateline.store.migrations import migrations

    store = make_store()
    names = [name for name, _ in migrations(store.backend)]
    assert names[0] == "0001_initial"
    assert store.stats()["migrations"] == names
    store.add_article(wire())
    again = open_store(store.url) if store.backend == "sqlite" else None
    if again is not None:  # reopening the same file keeps the data and applies nothing twice
        assert again.stats()["migrations"] == names
        assert again.stats()["articles"] == 1
        again.close()


def test_pending_migrations_are_applied_to_an_existing_sqlite_store(tmp_path) -> None:
    """0002 and 0003 changed stores made by 0001: reopening one applies them, keeping its data."""
    import sqlite3

    path = str(tmp_path / "old.db")
    with open_store(path) as store:
        store.add_articles([wire(path="wires/reuters/1.txt"), other(path="wires/tass/2.txt")])
    conn = sqlite3.connect(path)
    # back to the schema of 0001: rowids in storage order, no article_meta, no counters
    conn.execute("UPDATE articles SET n = n % (1 << 28)")
    conn.execute("DROP TABLE article_meta")
    conn.execute("DROP TABLE counters")
    conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
    conn.execute("DELETE FROM migrations WHERE name IN ('0002_search_filters', '0003_day_ordered_rowids')")
    conn.commit()
    conn.close()
    with open_store(path) as store:
        assert {"0002_search_filters", "0003_day_ordered_rowids"} <= set(store.stats()["migrations"])
        rows = store.query("SELECT n, day FROM articles ORDER BY n")
        assert [day for _, day in rows] == ["2022-01-09", "2022-01-27"]
        assert all(n >= (1 << 28) * 19000 for n, _ in rows)
        store.add_article(wire_copy(path="wires/afp/3.txt"))
        assert [h["source"] for h in store.search("Ryabkov", since="2022-01-10", until="2022-01-10")] == [
            "wires/afp/3.txt"
        ]
        assert [h["source"] for h in store.search("Ryabkov", source="tass")] == ["wires/tass/2.txt"]
        assert [h["source"] for h in store.search("Ryabkov", until="2022-01-09")] == ["wires/reuters/1.txt"]


@pytest.mark.postgres
@pytest.mark.skipif(_PG_SKIP is not None, reason=_PG_SKIP or "")
def test_pending_migrations_are_applied_to_an_existing_postgres_store(monkeypatch) -> None:
    """0003 moved full text into the slim article_search table: reopening a store made by 0001 and
    0002 backfills it, and searches answer as on a store made with every migration."""
    import psycopg

    import dateline.store.postgres as pg_module

    schemas = [f"t_{uuid.uuid4().hex[:12]}" for _ in range(2)]
    sep = "&" if "?" in PG_URL else "?"
    old_url, new_url = (f"{PG_URL}{sep}options=-csearch_path%3D{schema}" for schema in schemas)
    articles = [wire(path="wires/reuters/1.txt"), wire_copy(path="wires/afp/3.txt"), other(path="wires/tass/2.txt")]
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        for schema in schemas:
            conn.execute(f"CREATE SCHEMA {schema}")
    try:
        every = pg_module.migrations
        with monkeypatch.context() as m:  # the store as 0001 and 0002 made it, written as they wrote it
            # (0004 and later are applied: today's writes need their tables; 0003 comes on reopening)
            m.setattr(pg_module, "migrations", lambda backend: [x for x in every(backend) if x[0][:4] != "0003"])

            def insert_0002(self, values):
                columns = pg_module.ARTICLE_COLUMNS
                self.execute(
                    f"INSERT INTO articles ({', '.join(columns)}) VALUES ({','.join('?' * len(columns))})", values
                )

            m.setattr(pg_module.PostgresDatabase, "insert_article_row", insert_0002)
            with open_store(old_url) as store:
                store.add_articles(articles[:2])
                assert "0003_search_table" not in store.stats()["migrations"]
                assert store.query("SELECT count(*) FROM articles WHERE tsv IS NOT NULL")[0][0] == 2
        with open_store(old_url) as old, open_store(new_url) as new:
            assert "0003_search_table" in old.stats()["migrations"]
            old.add_article(articles[2])
            new.add_articles(articles)
            assert old.query("SELECT count(*) FROM article_search")[0][0] == 3
            for query, kw in [
                ("Ryabkov", {}),
                ("Ryabkov", {"since": "2022-01-10", "until": "2022-01-10"}),
                ("Ryabkov", {"source": "TASS"}),
                ("Ryabkov", {"until": "2022-01-09"}),
                ('"frank conversation"', {}),
                ("NATO OR Sherman", {}),
            ]:
                hits = old.search(query, **kw)
                assert hits, (query, kw)
                assert hits == new.search(query, **kw)
            assert [h["source"] for h in old.search("Ryabkov", source="tass")] == ["wires/tass/2.txt"]
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            for schema in schemas:
                conn.execute(f"DROP SCHEMA {schema} CASCADE")


def test_a_failure_inside_add_article_leaves_no_trace(store: Store, monkeypatch) -> None:
    store.add_article(other())
    before = store.snapshot()

    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store, "write_times_events", boom)
    with pytest.raises(RuntimeError):
        store.add_article(wire())
    assert store.snapshot() == before
    assert not store.has_article(wire().id)
    monkeypatch.undo()
    assert store.add_article(wire())


def test_open_store_reports_what_is_wrong(tmp_path) -> None:
    with pytest.raises(StoreError, match="E042"):
        open_store("postgresql://nobody@127.0.0.1:1/none")
    (tmp_path / "dir.db").mkdir()
    with pytest.raises(StoreError, match="E042"):
        open_store(str(tmp_path / "dir.db"))
    assert dateline.open_store is open_store


# ---- duplicates and stories ------------------------------------------------------------------


def test_syndicated_copies_and_revisions_form_stories(store: Store) -> None:
    a, b, c = wire(), wire_copy(), other()
    exact = a.model_copy(update={"id": "ffff000000000000", "source": Source(path="elsewhere/wire.txt")})
    store.add_articles([a, b, c, exact])
    rows = {r["story_id"]: r for r in store.stories()}
    story = min(a.id, b.id, exact.id)
    assert set(rows) == {story}
    assert rows[story]["size"] == 3
    assert rows[story]["articles"] == sorted([a.id, b.id, exact.id])
    assert rows[story]["first_seen"] == "2022-01-09" and rows[story]["last_seen"] == "2022-01-10"
    stats = store.stats()
    assert stats["story_clusters"] == 1 and stats["duplicates"] == 2 and stats["exact_duplicates"] == 1
    # a revision of one URL joins its story even with a different body
    r1 = build("r1", text=seed_words(0, 120), url="https://example.org/story", published="2022-01-10")
    r2 = build("r2", text=seed_words(200, 330), url="https://example.org/story", published="2022-01-11")
    store.add_articles([r1, r2])
    assert any(s["articles"] == sorted([r1.id, r2.id]) for s in store.stories())
    assert len(store.stories(min_size=1)) == 3


def test_stories_do_not_depend_on_the_order_of_arrival(make_store) -> None:
    # A ~ B (Jaccard 0.53) and B ~ C, but A and C are unrelated: one story of three, named by the smallest id
    a = build("a", text=seed_words(0, 100))
    b = build("b", text=seed_words(30, 130))
    c = build("c", text=seed_words(60, 160))
    d = build("d", text=seed_words(250, 400))
    assert dedup.jaccard(dedup.shingles(a.text), dedup.shingles(b.text)) >= dedup.THRESHOLD
    assert dedup.jaccard(dedup.shingles(a.text), dedup.shingles(c.text)) < dedup.THRESHOLD
    snapshots = []
    for order in ([a, b, c, d], [c, d, a, b], [d, c, b, a]):
        store = make_store()
        for article in order:
            store.add_article(article)
        [story] = store.stories()
        assert story["story_id"] == min(a.id, b.id, c.id)
        assert story["articles"] == sorted([a.id, b.id, c.id])
        snapshots.append(store.snapshot())
    assert snapshots[0] == snapshots[1] == snapshots[2]


# ---- entities across articles ----------------------------------------------------------------


def test_entities_merge_across_spellings_with_counts_and_dates(store: Store) -> None:
    store.add_articles([other(), wire(), wire_copy()])
    by_name = {e["name"]: e for e in store.entities(limit=100)}
    ryabkov = next(e for e in by_name.values() if "Ryabkov" in e["name"])
    assert ryabkov["type"] == "PERSON"
    assert ryabkov["articles"] == 3
    assert ryabkov["first_seen"] == "2022-01-09" and ryabkov["last_seen"] == "2022-01-27"
    assert {ryabkov["name"], *ryabkov["aliases"]} == {"Sergei Ryabkov", "Sergey Ryabkov"}
    assert by_name["NATO"]["articles"] == 3 and by_name["Wendy Sherman"]["articles"] == 2
    assert [e["name"] for e in store.entities(type="ORG")] == ["NATO", "OSCE"]
    assert store.stats()["corpus_entities"] == 4


def test_a_bare_surname_does_not_join_two_people(store: Store) -> None:
    text = "Boris Johnson met Dustin Johnson at the club, and Johnson later left."
    store.add_article(build("j1", text=text, entities=[("PERSON", "Boris Johnson", ["Boris Johnson"])]))
    store.add_article(build("j2", text=text + " Later.", entities=[("PERSON", "Dustin Johnson", ["Dustin Johnson"])]))
    store.add_article(build("j3", text=text + " Then.", entities=[("PERSON", "Johnson", ["Johnson"])]))
    names = sorted(e["name"] for e in store.entities())
    assert names == ["Boris Johnson", "Dustin Johnson", "Johnson"]
    # the lenient look-up still finds both Johnsons from the surname
    keys = {f"PERSON:{name_key(n, 'PERSON')}" for n in ("Boris Johnson", "Dustin Johnson", "Johnson")}
    assert set(store.resolve_entity("Johnson")) == keys


def test_entity_merging_does_not_depend_on_order(make_store) -> None:
    arts = [
        other(),
        wire(),
        build("s", text="S. Ryabkov spoke in Moscow.", entities=[("PERSON", "S. Ryabkov", ["S. Ryabkov"])]),
    ]
    snaps = []
    for order in (arts, arts[::-1]):
        store = make_store()
        store.add_articles(order)
        snaps.append(store.snapshot())
        ryabkov = [e for e in store.entities(type="PERSON") if "Ryabkov" in e["name"]]
        assert len(ryabkov) == 1 and ryabkov[0]["articles"] == 3
    assert snaps[0] == snaps[1]


# ---- quotes and timelines --------------------------------------------------------------------


def test_a_quote_repeated_across_a_story_is_one_statement(store: Store) -> None:
    a, b, c = wire(), wire_copy(), other()
    store.add_articles([a, b, c])
    rows = store.quotes(speaker="Sergei Ryabkov")
    assert [r["text"] for r in rows] == [QUOTE_OTHER, QUOTE_WIRE]  # newest first
    wire_statement = rows[1]
    assert wire_statement["articles"] == sorted([a.id, b.id]) and wire_statement["count"] == 2
    assert wire_statement["story_id"] == min(a.id, b.id)
    assert store.stats()["quotes"] == 3 and store.stats()["statements"] == 2
    # any spelling the corpus knows finds the same statements
    assert store.quotes(speaker="Ryabkov") == rows
    assert store.quotes(speaker="Sergey Riabkov") == rows
    assert store.quotes(speaker="Wendy Sherman") == []
    assert [r["text"] for r in store.quotes(speaker="Ryabkov", since="2022-01-20")] == [QUOTE_OTHER]
    assert store.quotes(speaker="Ryabkov", limit=1) == rows[:1]
    # a statement with no date at all comes last, on every back end
    undated = build(
        "undated",
        text='Ryabkov said: "Nothing is agreed yet," on the way out.',
        entities=[("PERSON", "Sergei Ryabkov", ["Ryabkov"])],
        quotes=[('"Nothing is agreed yet,"', "Sergei Ryabkov")],
    )
    store.add_article(undated)
    assert [r["date"] for r in store.quotes(speaker="Ryabkov")] == ["2022-01-27", "2022-01-09", None]


def test_quotes_about_an_entity(store: Store) -> None:
    body = 'Ryabkov said: "NATO must stop its expansion," and left.'
    art = build(
        "about",
        text=body,
        entities=[("PERSON", "Sergei Ryabkov", ["Ryabkov"]), NATO],
        quotes=[('"NATO must stop its expansion,"', "Sergei Ryabkov")],
    )
    store.add_articles([art, other()])
    about = store.quotes(about="NATO")
    assert [r["text"] for r in about] == ['"NATO must stop its expansion,"']
    assert store.quotes(speaker="Ryabkov", about="NATO") == about
    assert store.quotes(about="Nobody Here") == []


def test_timeline_orders_events_and_statements_by_date(store: Store) -> None:
    store.add_articles([other(), wire(), wire_copy()])
    items = store.timeline(entity="Ryabkov")
    assert [(i["date"], i["kind"]) for i in items] == [
        ("2022-01-09", "quote"),
        ("2022-01-10", "event:meeting"),
        ("2022-01-27", "quote"),
    ]
    assert [i["kind"] for i in store.timeline(entity="Wendy Sherman")] == ["event:meeting"]
    assert store.timeline(entity="Nobody Here") == []


# ---- search ----------------------------------------------------------------------------------


def test_search_ranks_filters_and_marks_snippets(store: Store) -> None:
    a, c = wire(path="wires/reuters/1.txt"), other(path="wires/tass/2.txt")
    store.add_articles([a, c])
    hits = store.search("Ryabkov")
    assert {h["id"] for h in hits} == {a.id, c.id}
    assert all("<mark>Ryabkov</mark>" in h["snippet"] for h in hits)
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    assert set(hits[0]) == {"id", "headline", "outlet", "published", "source", "url", "story_id", "snippet", "score"}
    # a word in the headline ranks its article first
    assert store.search("NATO")[0]["id"] == c.id
    assert [h["id"] for h in store.search('"frank conversation"')] == [a.id]
    assert [h["id"] for h in store.search("Ryabkov -Sherman")] == [c.id]
    assert [h["id"] for h in store.search("Ryabkov", since="2022-01-20")] == [c.id]
    assert [h["id"] for h in store.search("Ryabkov", until="2022-01-09")] == [a.id]
    assert [h["id"] for h in store.search("Ryabkov", source="TASS")] == [c.id]
    assert store.search("Ryabkov", limit=1) == hits[:1]
    assert store.search("zyzzyva") == []


def test_date_filters_at_the_edges(store: Store) -> None:
    text = "Talks on arms control resumed in Geneva on the day the report was published."
    old = build("old", text=text, published="1965-05-01")
    epoch = build("epoch", text=text + " Again.", published="1970-01-01T00:00:00+00:00")
    undated = build("undated", text=text + " Later.")
    new = build("new", text=text + " Today.", published="2022-01-10T23:59:00-05:00")
    store.add_articles([new, undated, epoch, old])

    def found(**kw):
        return {h["id"] for h in store.search("arms control", **kw)}

    assert found() == {old.id, epoch.id, undated.id, new.id}
    assert found(until="1966-01-01") == {old.id}
    assert found(since="1960-01-01", until="1970-01-01") == {old.id, epoch.id}
    assert found(since="1970-01-02") == {new.id}
    assert found(since="2022-01-10", until="2022-01-10") == {new.id}
    assert found(since="2030-01-01") == set()


def test_when_many_articles_match_the_newest_are_ranked(store: Store, monkeypatch) -> None:
    import dateline.store.postgres as pg_module
    import dateline.store.sqlite as sqlite_module

    a, b, c = wire(), wire_copy(), other()
    store.add_articles([a, b, c])  # stored in this order: c is the newest
    for module in (sqlite_module, pg_module):
        monkeypatch.setattr(module, "RANK_WINDOW", 2)
    assert {h["id"] for h in store.search("Ryabkov")} == {b.id, c.id}
    assert {h["id"] for h in store.search("Ryabkov", until="2022-01-20")} == {a.id, b.id}


def test_the_window_is_the_newest_matches_whichever_slice_finds_it(store: Store, monkeypatch) -> None:
    """PostgreSQL looks for the window among the newest 8 x RANK_WINDOW articles first, then 24 x, then
    all: whichever answers, the window is the RANK_WINDOW newest matches, as on SQLite."""
    import datetime as dt
    import random

    import dateline.store.postgres as pg_module
    import dateline.store.sqlite as sqlite_module

    text = seed_words(0, 80)
    day0 = dt.date(2021, 12, 1)
    arts = []
    for i in range(40):  # one a day; "talks" in all, "Valletta" in every fifth, "Lisbon" in the two oldest
        extra = (" Delegates met in Valletta." if i % 5 == 0 else "") + (" Lisbon spoke." if i < 2 else "")
        extra += " Sherman replied." if i in (3, 30) else ""
        arts.append(
            build(
                f"day{i}",
                text=f"Talks resumed on day {i}. {text}{extra}",
                published=(day0 + dt.timedelta(days=i)).isoformat(),
                path=f"wires/{'ab'[i % 2]}/{i}.txt",
            )
        )
    order = list(range(40))
    random.Random(3).shuffle(order)  # stored out of publication order
    store.add_articles([arts[i] for i in order])
    for module in (sqlite_module, pg_module):
        monkeypatch.setattr(module, "RANK_WINDOW", 2)

    def window(query: str, **kw: str) -> set[int]:
        return {int(h["source"].rsplit("/", 1)[1].split(".")[0]) for h in store.search(query, **kw)}

    day = {i: (day0 + dt.timedelta(days=i)).isoformat() for i in range(40)}
    assert window("talks") == {39, 38}  # the first slice (16 newest) holds the window
    assert window("Valletta") == {35, 30}
    assert window("Sherman") == {30, 3}  # the first slice holds one match: all are searched
    assert window("Lisbon") == {1, 0}  # none in the first slice
    assert window("talks", until=day[20]) == {20, 19}
    assert window("Valletta", until=day[22]) == {20, 15}
    assert window("Valletta", since=day[12], until=day[22]) == {20, 15}
    assert window("Valletta", source="wires/b") == {35, 25}
    if store.backend == "postgres":  # "the" is a stop word there: nothing to look up, one word to exclude
        assert window("the -talks") == set()
        assert window("the -Valletta") == {39, 38}
        assert window("the -Valletta", until=day[30]) == {29, 28}


@pytest.mark.parametrize(
    ("query", "detail"),
    [
        ('"unbalanced', "not closed"),
        ("OR NATO", "OR needs"),
        ("NATO OR", "OR needs"),
        ("-NATO", "not only words to exclude"),
        ("   ", "no word"),
        ("!!! ???", "no word"),
    ],
)
def test_a_malformed_search_is_a_clear_error(store: Store, query: str, detail: str) -> None:
    with pytest.raises(StoreError, match=detail) as info:
        store.search(query)
    assert str(info.value).startswith("E040 bad search query")
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    "query",
    ["NEAR(a b)", "text:Ryabkov", "^Ryabkov", "Ryabkov*", "a AND b", "(NATO", "Ryabkov's", "U.S.-Russia", "NOT"],
)
def test_operator_characters_are_searched_as_words(store: Store, query: str) -> None:
    store.add_article(wire())
    assert isinstance(store.search(query), list)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from([*"ab \"-()*:^.'", " OR ", "NEAR", " AND ", "NOT "]), max_size=12).map("".join))
def test_any_query_gives_hits_or_a_store_error(store: Store, query: str) -> None:
    try:
        assert isinstance(store.search(query), list)
    except StoreError as err:
        assert str(err).startswith("E040")


def test_bad_dates_are_clear_errors(store: Store) -> None:
    for call in (lambda: store.search("x", since="last week"), lambda: store.quotes(since="2022-13-01")):
        with pytest.raises(StoreError, match="E041"):
            call()


# ---- export ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_export_every_table(store: Store, tmp_path, fmt: str) -> None:
    import csv

    import pyarrow.parquet as pq

    from dateline.store import EXPORT_COLUMNS

    store.add_articles([wire(), wire_copy(), other()])
    store.add_reject("x.bin", "E002 binary input")
    expected = {"articles": 3, "quotes": 3, "entities": 4, "times": 5, "events": 1, "stories": 2, "rejects": 1}
    for table, rows in expected.items():
        out = tmp_path / f"{table}.{fmt}"
        assert store.export(table, fmt, str(out)) == rows
        columns = [c for c, _ in EXPORT_COLUMNS[table]]
        if fmt == "parquet":
            data = pq.read_table(out)
            assert data.column_names == columns and data.num_rows == rows
        elif fmt == "csv":
            with open(out, newline="", encoding="utf-8") as f:
                got = list(csv.reader(f))
            assert got[0] == columns and len(got) == rows + 1
        else:
            lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
            assert len(lines) == rows and list(lines[0]) == columns
    with pytest.raises(StoreError, match="E043"):
        store.export("mentions", fmt, str(tmp_path / "x"))
    with pytest.raises(StoreError, match="E044"):
        store.export("articles", "xlsx", str(tmp_path / "x"))


# ---- the commands (SQLite through typer's runner) ---------------------------------------------

CORPUS_COMMANDS = ("search", "quotes", "timeline", "entities", "stories", "stats", "rejects", "export")


@pytest.fixture
def corpus_db(tmp_path) -> str:
    path = str(tmp_path / "corpus.db")
    with open_store(path) as store:
        store.add_articles([wire(), wire_copy(), other()])
        store.add_reject("bad.bin", "E002 binary input")
    return path


def run_cli(*args: str):
    from typer.testing import CliRunner

    from dateline.cli import app

    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def test_commands_print_json_for_machines(corpus_db: str) -> None:
    hits = json.loads(run_cli("search", "Ryabkov", "--db", corpus_db, "--json").stdout)
    assert len(hits) == 3 and all("<mark>" in h["snippet"] for h in hits)
    statements = json.loads(run_cli("quotes", "--speaker", "Ryabkov", "--db", corpus_db, "--json").stdout)
    assert [len(s["articles"]) for s in statements] == [1, 2]
    timeline = json.loads(run_cli("timeline", "--entity", "Wendy Sherman", "--db", corpus_db, "--json").stdout)
    assert [t["kind"] for t in timeline] == ["event:meeting"]
    ents = json.loads(run_cli("entities", "--type", "PERSON", "--db", corpus_db, "--json").stdout)
    assert [e["articles"] for e in ents] == [3, 2]
    stories = json.loads(run_cli("stories", "--db", corpus_db, "--json").stdout)
    assert [s["size"] for s in stories] == [2]
    stats = json.loads(run_cli("stats", "--db", corpus_db, "--json").stdout)
    assert stats["articles"] == 3 and stats["statements"] == 2
    assert json.loads(run_cli("rejects", "--db", corpus_db, "--json").stdout) == [
        {"source": "bad.bin", "reason": "E002 binary input"}
    ]


def test_commands_print_tables_for_people(corpus_db: str) -> None:
    out = run_cli("search", "frank conversation", "--db", corpus_db).stdout
    assert "Russia and US to resume" in out and "<mark>" not in out
    assert "concessions" in run_cli("quotes", "--speaker", "Sergei Ryabkov", "--db", corpus_db).stdout
    assert "Ryabkov" in run_cli("entities", "--db", corpus_db).stdout
    assert "articles" in run_cli("stats", "--db", corpus_db).stdout
    assert "no quotes" in run_cli("quotes", "--speaker", "Nobody", "--db", corpus_db).stdout


def test_export_command_writes_the_file(corpus_db: str, tmp_path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "quotes.parquet"
    result = run_cli("export", "quotes", "--format", "parquet", "-o", str(out), "--db", corpus_db)
    assert result.exit_code == 0 and "wrote 3 quotes rows" in result.stdout
    assert pq.read_table(out).num_rows == 3
    bad = run_cli(
        "export", "quotes", "--format", "csv", "-o", str(tmp_path / "no" / "dir" / "x.csv"), "--db", corpus_db
    )
    assert bad.exit_code == 2 and "cannot write" in bad.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("search", '"unbalanced'),
        ("search", "--", "-Ryabkov"),
        ("search", "Ryabkov", "--since", "yesterday"),
        ("quotes", "--since", "2022-02-30"),
    ],
)
def test_bad_questions_exit_2_with_one_line(corpus_db: str, args: tuple[str, ...]) -> None:
    result = run_cli(args[0], "--db", corpus_db, *args[1:])
    assert result.exit_code == 2
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "dateline: error: " in lines[0] and "Traceback" not in result.output
    assert "sqlite" not in result.stderr.lower()


def test_every_corpus_command_has_an_example_and_is_documented() -> None:
    corpus_md = (Path(__file__).parent.parent / "docs" / "corpus.md").read_text(encoding="utf-8")
    for name in CORPUS_COMMANDS:
        help_text = run_cli(name, "--help").stdout
        assert f"dateline {name}" in help_text, f"`dateline {name} --help` shows no example"
        assert f"`dateline {name}" in corpus_md, f"dateline {name} is not in docs/corpus.md"


def test_streams_nest_and_stay_consistent(store: Store, tmp_path) -> None:
    store.add_articles([wire(), wire_copy(), other()])
    seen = []
    for article in store.iter_articles(batch=1):
        seen.append(article.id)
        assert store.export("times", "jsonl", str(tmp_path / f"{article.id}.jsonl")) == 5
    assert seen == sorted(a.id for a in (wire(), wire_copy(), other()))


def test_filters_match_percent_and_underscore_literally(store: Store) -> None:
    """`quotes --speaker %`, `--about _`, `timeline --entity %`, `search --source %`: no wildcard reaches SQL."""
    about = build(
        "about",
        text='Ryabkov said: "NATO must stop its expansion," and left.',
        entities=[("PERSON", "Sergei Ryabkov", ["Ryabkov"]), NATO],
        quotes=[('"NATO must stop its expansion,"', "Sergei Ryabkov")],
    )
    store.add_articles([wire(path="wires/reuters/1.txt"), about])
    assert (
        store.quotes(speaker="Ryabkov") and store.timeline(entity="Ryabkov") and store.quotes(about="NATO")
    )  # there is something to find
    for hostile in ("%", "_", "%%", "_%_", "\\%", "Ryab%", "R_abkov"):
        assert store.quotes(speaker=hostile) == [], hostile
        assert store.quotes(about=hostile) == [], hostile
        assert store.timeline(entity=hostile) == [], hostile
        assert store.search("Ryabkov", source=hostile) == [], hostile
    # the characters still match where they are really there
    under = other(path="wires/under_score%/3.txt")
    store.add_article(under)
    assert [h["id"] for h in store.search("Ryabkov", source="under_score%")] == [under.id]
