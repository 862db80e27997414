"""A speaker's statements are grouped once per change of the store (migration 0006_statement_groups,
``dateline.corpus.statements.refresh``), not on every read: the kept groups must give exactly the
answers grouping on each read gave (the same JSON, for every speaker, with and without filters), and
every change the grouping depends on (new quotes, an entity merge or split, a story's articles
changed) must mark the speakers it touches, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import sqlite3

import pytest

from dateline.corpus import open_store, provenance, statements
from dateline.web import create_app
from helpers import corpus_articles, corpus_store, store_backends

BACKENDS = store_backends()


@pytest.fixture(scope="module", params=BACKENDS)
def url(request, tmp_path_factory):
    with corpus_store(request.param, tmp_path_factory.mktemp("statements")) as found:
        yield found


def grouping_on_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """Answer as before the kept groups: every question groups its quotes as it reads them."""
    monkeypatch.setattr(statements, "grouped_speaker", lambda db, keys: None)


def speakers_of(store) -> list[str]:
    return [
        r[0]
        for r in store.query(
            "SELECT DISTINCT k.canonical FROM quotes q JOIN entity_keys k ON k.ckey = q.speaker_ckey ORDER BY 1"
        )
    ]


def test_kept_groups_answer_as_grouping_on_read(url, monkeypatch):
    store = open_store(url)
    try:
        speakers = speakers_of(store)
        assert len(speakers) >= 8
        assert store.query("SELECT COUNT(*) FROM statement_dirty")[0][0] == 0  # grouped when it was closed
        questions = []
        for speaker in speakers:
            topics = [
                r[0]
                for r in store.query(
                    "SELECT DISTINCT k2.canonical FROM quotes q JOIN entity_keys k ON k.ckey = q.speaker_ckey "
                    "JOIN quote_entities qe ON qe.article_id = q.article_id AND qe.qid = q.qid "
                    "JOIN entity_keys k2 ON k2.ckey = qe.ckey WHERE k.canonical = ? ORDER BY 1",
                    (speaker,),
                )
            ]
            questions += [{"speaker": speaker, "limit": n} for n in (1, 2, 100)]
            questions += [{"speaker": speaker, "about": t, "limit": 100} for t in topics]
            questions += [{"speaker": speaker, "since": "2022-02-20", "context": True}]
        calls = []
        real_group = provenance.group
        monkeypatch.setattr(provenance, "group", lambda rows: calls.append(len(rows)) or real_group(rows))
        kept = [json.dumps(store.quotes(**q), sort_keys=True) for q in questions]
        pure = sum(1 for q in questions if set(q) == {"speaker", "limit"})
        assert len(calls) == len(questions) - pure  # one speaker, no other filter: nothing grouped on read
        grouping_on_read(monkeypatch)
        on_read = [json.dumps(store.quotes(**q), sort_keys=True) for q in questions]
    finally:
        store.close()
    assert kept == on_read
    # Ryabkov's statements about NATO are among them (the demo's three clicks), and a statement
    # carried by both outlets of the seed story has two appearances
    ryabkov = [
        json.loads(k) for k, q in zip(kept, questions, strict=True) if q.get("about") and "riabkov" in q["speaker"]
    ]
    assert any(ryabkov) and any(s["count"] == 2 for found in ryabkov for s in found)


def test_the_speaker_endpoint_answers_the_same(url, monkeypatch):
    from fastapi.testclient import TestClient

    store = open_store(url)
    try:
        speakers = speakers_of(store)
    finally:
        store.close()
    addresses = [f"/api/v1/entities/{s}" for s in speakers] + [f"/api/v1/entities/{s}?about=NATO" for s in speakers]
    with TestClient(create_app(db=url, cache_size=0)) as client:
        kept = [client.get(a).text for a in addresses]
        grouping_on_read(monkeypatch)
        on_read = [client.get(a).text for a in addresses]
    assert kept == on_read
    assert sum('"statement_id"' in k for k in kept) >= len(speakers)


def test_changes_mark_their_speakers_and_a_refresh_groups_them_again(tmp_path, monkeypatch):
    # the seed story (examples/seed.txt), its copy by a second outlet, and the hostile article (also
    # quoting Ryabkov, in a story of its own)
    articles = corpus_articles()
    seed, copy = (
        next(a for a in articles if a.headline.startswith("Deputy FM") and a.outlet == o)
        for o in ("Sputnik", "example.org")
    )
    hostile = next(a for a in articles if "<script>" in a.headline)
    store = open_store(str(tmp_path / "s.db"))
    try:
        store.add_articles([seed, hostile], refresh=True)
        ryabkov = next(s for s in speakers_of(store) if "riabkov" in s)
        before = store.quotes(speaker=ryabkov, limit=100)
        assert not any(copy.id in s["articles"] for s in before)
        # a second outlet's copy (grouped when the store is closed, or refreshed): its speakers are
        # marked, and their questions group on read meanwhile (the answer already holds the copy)
        store.add_articles([copy])
        assert ryabkov in [r[0] for r in store.query("SELECT speaker FROM statement_dirty")]
        assert statements.grouped_speaker(store, store.resolve_name(ryabkov)) is None
        meanwhile = store.quotes(speaker=ryabkov, limit=100)
        assert any(copy.id in s["articles"] and seed.id in s["articles"] for s in meanwhile)
        assert store.refresh_statements() >= 1
        assert store.query("SELECT COUNT(*) FROM statement_dirty")[0][0] == 0
        assert statements.grouped_speaker(store, store.resolve_name(ryabkov)) == ryabkov
        assert store.quotes(speaker=ryabkov, limit=100) == meanwhile
        # a story changed under the quotes (what a story merge writes): their speakers are marked
        store.execute("UPDATE articles SET story_id = ? WHERE id = ?", ("elsewhere", copy.id))
        assert ryabkov in [r[0] for r in store.query("SELECT speaker FROM statement_dirty")]
        store.refresh_statements()
        # the kept statements copy what they show of an article: a changed headline marks them too
        store.execute("UPDATE articles SET headline = ? WHERE id = ?", ("Changed", copy.id))
        assert ryabkov in [r[0] for r in store.query("SELECT speaker FROM statement_dirty")]
        store.refresh_statements()
        shown = [a["headline"] for s in store.quotes(speaker=ryabkov, limit=100) for a in s["appearances"]]
        assert "Changed" in shown
        # two speakers merged by a person: the merged entity's statements are grouped again
        others = [s for s in speakers_of(store) if s != ryabkov]
        store.merge_entities(ryabkov, others[0])
        assert store.query("SELECT COUNT(*) FROM statement_dirty")[0][0] == 0
        merged = statements.grouped_speaker(store, store.resolve_name(ryabkov))
        assert merged is not None
        kept = store.quotes(speaker=merged, limit=100)
        assert {s["speaker_id"] for s in kept} == {merged}
        grouping_on_read(monkeypatch)
        assert kept == store.quotes(speaker=merged, limit=100)
        (gone,) = {ryabkov, others[0]} - {merged}
        assert store.query("SELECT COUNT(*) FROM statement_groups WHERE speaker = ?", (gone,))[0][0] == 0
        assert store.query("SELECT COUNT(*) FROM statement_groups WHERE speaker = ?", (merged,))[0][0] > 0
    finally:
        store.close()


def test_a_store_made_before_the_kept_groups_marks_every_speaker(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    store = open_store(str(path))
    store.add_articles(corpus_articles())
    want = speakers_of(store)
    answers = [store.quotes(speaker=s, limit=100) for s in want]
    store.close()
    # undo migration 0006 as if the store had been made by an earlier dateline
    conn = sqlite3.connect(path)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'statement_%'"):
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP TABLE statement_groups")
    conn.execute("DROP TABLE statement_dirty")
    conn.execute("DELETE FROM migrations WHERE name = '0006_statement_groups'")
    conn.commit()
    conn.close()
    store = open_store(str(path))
    try:
        assert sorted(r[0] for r in store.query("SELECT speaker FROM statement_dirty")) == want
        assert [store.quotes(speaker=s, limit=100) for s in want] == answers  # grouped on read
        assert store.refresh_statements() == len(want)
        assert [store.quotes(speaker=s, limit=100) for s in want] == answers  # read from the kept groups
    finally:
        store.close()


def test_groups_written_again_between_two_reads_are_not_mixed(tmp_path, monkeypatch):
    """A refresh committing between the reads of one question (the order, then the statements' rows)
    renumbers the groups: the question notices and groups on read instead of mixing the two."""
    store = open_store(str(tmp_path / "s.db"))
    try:
        store.add_articles(corpus_articles(), refresh=True)
        ryabkov = next(s for s in speakers_of(store) if "riabkov" in s)
        want = {about: store.quotes(speaker=ryabkov, about=about, limit=100) for about in (None, "NATO")}
        real = statements._kept

        def renumbered_first(db, speaker, groups):
            db.execute("UPDATE statement_groups SET grp = grp + 1000 WHERE speaker = ?", (speaker,))
            return real(db, speaker, groups)

        calls = []
        real_group = provenance.group
        monkeypatch.setattr(statements, "_kept", renumbered_first)
        monkeypatch.setattr(provenance, "group", lambda rows: calls.append(len(rows)) or real_group(rows))
        for about, answer in want.items():
            assert store.quotes(speaker=ryabkov, about=about, limit=100) == answer
        # both grouped on read: the speaker alone once, about NATO all its quotes and then those found
        assert len(calls) == 3
    finally:
        store.close()
