"""The corpus answers a newsroom's questions, on SQLite and PostgreSQL: filters, context rows,
statements across outlets, identity (surnames, merges and splits), coverage, ``show``.

The articles are tests/fixtures/corpus (a wire service's CSV and a newspaper's JSON Lines, analysed
once per module) and, for identity, records built by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.corpus import Store
from dateline.errors import AmbiguousNameError, StoreError
from dateline.model import Article, Entity, Mention, Quote, Source, SpeakerRef
from dateline.pipeline import content_id
from test_store import make_store, store  # noqa: F401  (the SQLite / PostgreSQL store fixtures)

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


@pytest.fixture(scope="module")
def records() -> list[Article]:
    from dateline.api import analyze_inputs
    from dateline.readers import iter_inputs

    out = [a for a in analyze_inputs(iter_inputs([str(CORPUS / "wire.csv"), str(CORPUS / "daily.jsonl")]))]
    assert all(isinstance(a, Article) for a in out)
    return out  # type: ignore[return-value]


@pytest.fixture
def corpus(store: Store, records: list[Article]) -> Store:  # noqa: F811
    store.add_articles(records)
    return store


CONTEXT_KEYS = {"headline", "outlet", "published", "url"}


def test_statement_across_outlets_first_seen_and_variants(corpus: Store) -> None:
    rows = corpus.quotes(speaker="Maria Jansen", kind="direct")
    deal = next(r for r in rows if "night shifts" in r["text"])
    assert deal["count"] == 2 and deal["outlets"] == ["Wire News", "The Daily Ledger"]
    assert deal["first_seen"]["outlet"] == "Wire News" and deal["first_seen"]["published"].startswith("2024-03-04")
    assert [a["outlet"] for a in deal["appearances"]] == ["Wire News", "The Daily Ledger"]
    assert [v["changes"] for v in deal["variants"]] == [[], [{"from": "a", "to": "any"}]]
    assert deal["said_on"] is None and deal["published"].startswith("2024-03-04")
    assert set(deal) >= CONTEXT_KEYS and all(set(a) >= CONTEXT_KEYS for a in deal["appearances"])
    # "Jansen" alone (daily-104) is the one Jansen of the corpus
    assert any(r["first_seen"]["headline"] == "Strike vote set for Friday" for r in rows)
    with_context = corpus.quotes(speaker="Jansen", kind="direct", context=True)
    assert all(r["context"] and r["text"] in r["context"] for r in with_context)


def test_one_filter_vocabulary(corpus: Store) -> None:
    daily = corpus.quotes(outlet="daily ledger")
    # a statement passes when one of its appearances does; it still lists all of them
    assert daily and all(any(a["outlet"] == "The Daily Ledger" for a in r["appearances"]) for r in daily)
    assert any(r["first_seen"]["outlet"] == "Wire News" for r in daily)
    indirect = corpus.quotes(kind="indirect")
    assert indirect and all(any(a["kind"] == "indirect" for a in r["appearances"]) for r in indirect)
    # the wire's direct quote, reported by the daily in its own sentence: one statement, two kinds
    port = next(r for r in indirect if "two million euros" in r["text"])
    assert [a["kind"] for a in port["appearances"]] == ["direct", "indirect"]
    assert all(r["date"] <= "2024-03-04" for r in corpus.quotes(until="2024-03-04"))
    assert corpus.quotes(source="wire.csv:3") and all(
        "Roth" in (r["speaker"] or "") for r in corpus.quotes(source="wire.csv:3")
    )
    hits = corpus.search("strike", outlet="wire news")
    assert [h["headline"] for h in hits] == ["Harbour strike talks collapse"] and hits[0]["outlet"] == "Wire News"
    assert {h["headline"] for h in corpus.search("strike", speaker="Maria Jansen", kind="direct")} >= {
        "Harbour strike talks collapse",
        "Dock workers dig in as strike enters third week",
    }
    assert corpus.search("strike", since="2024-03-06") and all(
        h["published"] >= "2024-03-06" for h in corpus.search("strike", since="2024-03-06")
    )
    people = {e["name"]: e for e in corpus.entities(type="PERSON", outlet="wire news")}
    assert people["Maria Jansen"]["articles"] == 1 and "Ivanka Trump" not in people
    story = corpus.search("museum")[0]["story_id"]
    assert [s["headline"] for s in corpus.stories(min_size=1, story=story[:8])] == ["Museum reopens after fire"]
    assert all(set(s) >= CONTEXT_KEYS for s in corpus.stories(min_size=1))
    items = corpus.timeline(entity="Donald Trump", outlet="wire")
    assert items and all(i["outlet"] == "Wire News" and set(i) >= CONTEXT_KEYS for i in items)
    with pytest.raises(StoreError, match=r"^E050 bad kind 'shouted': choose direct, indirect or mixed$"):
        corpus.quotes(kind="shouted")
    with pytest.raises(StoreError, match=r"^since: E041 bad date 'March': give a date as YYYY-MM-DD$"):
        corpus.entities(since="March")


def test_ambiguous_speaker_lists_candidates(corpus: Store) -> None:
    with pytest.raises(AmbiguousNameError) as err:
        corpus.quotes(speaker="Trump")
    names = [(c["name"], c["articles"]) for c in err.value.candidates]
    assert names == [("Donald Trump", 2), ("Ivanka Trump", 1)] and "E046" in str(err.value)
    assert corpus.quotes(speaker="Donald Trump") and corpus.quotes(speaker="PERSON:ivanka trump")
    with pytest.raises(AmbiguousNameError):  # a merge by an ambiguous spelling is refused the same way
        corpus.merge_entities("Trump", "Ivanka Trump")
    # a speaker the article names without an entity is shown as written, not as its folded key
    assert "His campaign" in {r["speaker"] for r in corpus.quotes(outlet="daily ledger")}


def test_coverage_groups_one_event_across_outlets(corpus: Store) -> None:
    events = corpus.coverage()
    got = sorted(sorted(a["headline"] for a in e["articles"]) for e in events)
    assert got == [
        ["Dock workers dig in as strike enters third week", "Harbour strike talks collapse"],
        ["Trump promises Ohio victory", "Trump rally draws thousands in Ohio"],
    ]
    assert all(e["outlets"] == ["Wire News", "The Daily Ledger"] for e in events)
    assert corpus.coverage(about="Claudia Roth") == []


def test_find_article_by_id_prefix_source_and_own_id(corpus: Store, records: list[Article]) -> None:
    first = records[0]
    assert corpus.find_article(first.id[:8]).id == first.id
    assert corpus.find_article(str(CORPUS / "wire.csv") + ":1").id == first.id
    assert corpus.find_article("daily-102").headline == "Trump promises Ohio victory"
    with pytest.raises(StoreError, match="E048"):
        corpus.find_article("nothing-like-this")


# ---- identity, with records built by hand (no NLP) -------------------------------------------------


def person_article(names: list[str], said: str, *, day: str) -> Article:
    """An article naming ``names`` (the first speaks ``said``)."""
    text = " ".join(f"{n} was there." for n in names) + f' "{said}," {names[0]} said.'
    ents = []
    for i, n in enumerate(names, 1):
        at = text.find(n)
        ents.append(Entity(id=f"e{i}", type="PERSON", name=n, mentions=[Mention(start=at, end=at + len(n), text=n)]))
    qs, qe = text.find(f'"{said}'), text.find(f'"{said}') + len(said) + 3
    sp = text.rfind(names[0])
    quote = Quote(
        id="q1",
        kind="direct",
        text=text[qs:qe],
        start=qs,
        end=qe,
        speaker=SpeakerRef(entity="e1", text=names[0], start=sp, end=sp + len(names[0])),
    )
    return Article(
        id=content_id(text),
        source=Source(path=f"hand/{content_id(text)}.txt"),
        published=f"{day}T10:00:00+00:00",
        outlet="Hand Made",
        text=text,
        entities=ents,
        quotes=[quote],
    )


SURNAME = person_article(["Trump"], "We will build it", day="2024-01-01")
DONALD = person_article(["Donald Trump"], "It will be great", day="2024-01-02")
IVANKA = person_article(["Ivanka Trump"], "The museum opens today", day="2024-01-03")


def _entity(db: Store, key: str) -> str:
    return db.query("SELECT canonical FROM entity_keys WHERE ckey = ?", (key,))[0][0]


def test_surname_joins_the_one_person_it_can_mean_in_any_order(make_store) -> None:  # noqa: F811
    one, two = make_store(), make_store()
    one.add_articles([SURNAME, DONALD])
    two.add_articles([DONALD, SURNAME])
    for s in (one, two):
        assert _entity(s, "PERSON:trump") == _entity(s, "PERSON:donald trump")
        assert [e["name"] for e in s.entities(type="PERSON")] == ["Donald Trump"]
    assert one.snapshot() == two.snapshot()
    # a second Trump: the surname alone stays apart, both listed as what it may be
    one.add_article(IVANKA)
    two.add_article(IVANKA)
    assert one.snapshot() == two.snapshot()
    assert _entity(one, "PERSON:trump") == "PERSON:trump"
    apart = next(e for e in one.entities(type="PERSON") if e["id"] == "PERSON:trump")
    assert sorted(c["name"] for c in apart["may_be"]) == ["Donald Trump", "Ivanka Trump"]
    assert {e["name"]: e["articles"] for e in one.entities(type="PERSON")} == {
        "Donald Trump": 1,
        "Ivanka Trump": 1,
        "Trump": 1,
    }


def test_merge_and_split_survive_ingest_and_reclustering_and_undo(make_store) -> None:  # noqa: F811
    s = make_store()
    s.add_articles([SURNAME, DONALD, IVANKA])
    done = s.merge_entities("Trump", "Donald Trump")
    assert done["number"] == 1 and _entity(s, "PERSON:trump") == "PERSON:donald trump"
    later = person_article(["Trump"], "Another speech", day="2024-01-04")
    s.add_article(later)  # a new article with the surname, after the merge
    s.recluster_entities()
    assert _entity(s, "PERSON:trump") == "PERSON:donald trump"
    assert len(s.quotes(speaker="Donald Trump")) == 3  # its own and the surname's two
    split = s.split_entities("Ivanka Trump", "PERSON:donald trump")
    assert [o["action"] for o in s.entity_overrides()] == ["merge", "split"] and split["number"] == 2
    s.undo_override(1)
    assert _entity(s, "PERSON:trump") == "PERSON:trump"
    assert [o["number"] for o in s.entity_overrides()] == [2] and len(s.entity_overrides(all=True)) == 2
    with pytest.raises(StoreError, match="E049"):
        s.undo_override(1)
    with pytest.raises(StoreError, match="E047"):
        s.merge_entities("Nobody Here", "Trump")


def test_split_keeps_a_surname_apart_from_its_only_person(make_store) -> None:  # noqa: F811
    s = make_store()
    s.add_articles([SURNAME, DONALD])
    s.split_entities("Trump", "Donald Trump")
    assert _entity(s, "PERSON:trump") == "PERSON:trump"
    s.add_article(person_article(["Trump"], "Yet another", day="2024-01-05"))
    assert _entity(s, "PERSON:trump") == "PERSON:trump"
    assert s.recluster_entities() == 0


# ---- the command line ----------------------------------------------------------------------------


def test_cli_newsroom_session(tmp_path: Path, records: list[Article]) -> None:
    from typer.testing import CliRunner

    from dateline.cli import app
    from dateline.corpus import open_store

    db = str(tmp_path / "c.db")
    with open_store(db) as s:
        s.add_articles(records)
    run = CliRunner().invoke
    ambiguous = run(app, ["quotes", "--speaker", "Trump", "--db", db])
    assert ambiguous.exit_code == 2 and "Donald Trump" in ambiguous.output and "2 articles" in ambiguous.output
    out = run(app, ["quotes", "--speaker", "Maria Jansen", "--kind", "direct", "--context", "--json", "--db", db])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.stdout)
    assert any(r["count"] == 2 and r["first_seen"]["outlet"] == "Wire News" for r in rows)
    shown = run(app, ["show", "daily-101", "--format", "json", "--db", db])
    assert shown.exit_code == 0 and json.loads(shown.stdout)["outlet"] == "The Daily Ledger"
    text = run(app, ["show", "daily-101", "--db", db])
    assert text.exit_code == 0 and "The Daily Ledger" in text.output
    merged = run(app, ["entities", "merge", "Ivanka Trump", "Donald Trump", "--db", db])
    assert merged.exit_code == 0, merged.output
    listed = run(app, ["entities", "overrides", "--json", "--db", db])
    assert [o["action"] for o in json.loads(listed.stdout)] == ["merge"]
    assert run(app, ["entities", "undo", "1", "--db", db]).exit_code == 0
    for command in (["entities", "--outlet", "wire", "--json"], ["coverage", "--json"], ["stories", "--min-size", "1"]):
        assert run(app, [*command, "--db", db]).exit_code == 0
    bad = run(app, ["timeline", "--entity", "Donald Trump", "--kind", "loud", "--db", db])
    assert bad.exit_code == 2 and "E050 bad --kind 'loud': choose direct, indirect or mixed" in bad.output
    # dates and flags are checked at the CLI's edge, which names its option (the store names its parameter)
    for command, message in [
        (["quotes", "--since", "yesterday"], "--since: E041 bad date 'yesterday': give a date as YYYY-MM-DD"),
        (["search", "x", "--until", "2022-13-45"], "--until: E041 bad date '2022-13-45': give a date as YYYY-MM-DD"),
    ]:
        bad = run(app, [*command, "--db", db])
        assert bad.exit_code == 2 and message in " ".join(bad.output.split()), bad.output


def test_real_multi_outlet_bodies(store: Store) -> None:  # noqa: F811
    """Scraped bodies of two outlets (../shared/data; skipped when absent): outlets and filters hold."""
    import os

    from dateline.api import analyze_inputs
    from dateline.readers import Input, iter_inputs

    base = Path(os.environ.get("DATELINE_DATA", Path(__file__).parents[2] / "shared" / "data")) / "scraped-bodies"
    paths = [base / "reliable" / "news-dataset_npr.csv", base / "reliable" / "news-dataset_cbs_news.csv"]
    if not all(p.exists() for p in paths):
        pytest.skip(f"{base} is not here (set DATELINE_DATA)")
    picked: list[Input] = []
    for p in paths:
        picked += [i for i in iter_inputs([str(p)]) if isinstance(i, Input)][:3]
    articles = [a for a in analyze_inputs(picked) if isinstance(a, Article)]
    assert len(articles) == 6
    store.add_articles(articles)
    outlets = {a["outlet"] for s in store.stories(min_size=1) for a in [s]}
    assert len(outlets) == 2 and all(o for o in outlets)
    npr = store.quotes(outlet="npr", limit=500)
    assert npr and all(r["appearances"][0]["outlet"] == "National Public Radio (NPR)" for r in npr)
    assert all(set(r) >= CONTEXT_KEYS for r in store.quotes(limit=500))


# ---- the pure functions ----------------------------------------------------------------------------


def test_same_wording_rules() -> None:
    from dateline.corpus.provenance import changes, display_wording, same_wording
    from dateline.dedup import normalise as n

    assert same_wording(n('"We will not accept a deal,"'), n("\u201cwe will not accept a deal.\u201d"))
    assert same_wording(n("We are going to win Ohio by a lot, believe me"), n("We are going to win Ohio by a lot"))
    assert same_wording(n("the cost of the proposals was being evaluated"), n("a cost for a proposals was evaluated"))
    assert not same_wording(n("We will accept the deal"), n("We will never sign any deal with them"))
    assert not same_wording(n("thank you"), n("thank you all very much"))  # too short to be contained
    assert changes(display_wording('"cuts a deal,"'), display_wording("\u201ccuts any deal.\u201d")) == [
        {"from": "a", "to": "any"}
    ]
    assert changes("we are going to win Ohio by a lot", "we are going to win Ohio") == []  # cut short


def test_grouping_needs_stronger_wording_when_speakers_differ() -> None:
    from dateline.corpus.provenance import group
    from dateline.dedup import normalise as n

    def row(i: int, text: str, speaker: str | None, resolved: bool = True) -> dict:
        return {
            "article_id": f"a{i}",
            "qid": "q1",
            "norm": n(text),
            "speaker_id": speaker,
            "resolved": resolved,
            "story_id": f"a{i}",
            "published": f"2024-01-0{i}T00:00:00+00:00",
        }

    same = [row(1, "prices will rise again", "P:x"), row(2, "prices would rise again", "P:x")]
    assert len(group(same)) == 1
    other = [row(1, "prices will rise again", "P:x"), row(2, "prices will rise again soon", "P:y")]
    assert len(group(other)) == 2  # two people, a short wording: two statements
    long = "the committee will not raise interest rates before the election whatever happens to prices"
    assert len(group([row(1, long, "P:x"), row(2, long, "P:y")])) == 1  # a long quote, misattributed once
    said = "food and fuel prices will rise again next spring"
    unsure = [row(1, f"{said} and summer", "P:x"), row(2, said, "P:he", False)]
    assert len(group(unsure)) == 1  # one side's speaker unresolved: a medium wording is enough
    assert (
        len(group([row(1, "prices will rise again soon", "P:x"), row(2, "prices will rise again", "P:he", False)])) == 2
    )
    assert [r["article_id"] for r in group(list(reversed(same)))[0]] == ["a1", "a2"]  # earliest first


def test_linking_surname_rule_and_overrides() -> None:
    from dateline.corpus.linking import Key, cluster

    def person(name: str) -> Key:
        key = name.lower()
        return Key(f"PERSON:{key}", name, frozenset({f"PERSON:s:{key.split()[-1]}"}))

    trump, donald, ivanka = person("Trump"), person("Donald Trump"), person("Ivanka Trump")
    assert cluster([trump, donald]).canonical["PERSON:trump"] == "PERSON:donald trump"
    three = cluster([trump, donald, ivanka])
    assert three.canonical["PERSON:trump"] == "PERSON:trump"
    assert three.ambiguous == {"PERSON:trump": ["PERSON:donald trump", "PERSON:ivanka trump"]}
    merged = cluster([trump, donald, ivanka], merges=[("PERSON:donald trump", "PERSON:trump")])
    assert merged.canonical["PERSON:trump"] == "PERSON:donald trump" and merged.ambiguous == {}
    apart = cluster([trump, donald], splits=[("PERSON:donald trump", "PERSON:trump")])
    assert apart.canonical["PERSON:trump"] == "PERSON:trump"
