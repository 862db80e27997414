"""Helpers the tests share: paths, the offset check, a test corpus and a comparable dump of a SQLite store.

Test modules import from here (``from helpers import ...``); pytest puts ``tests/`` on the path.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLES = ROOT / "examples"
SEED = EXAMPLES / "seed.txt"
DATA = Path(os.environ.get("DATELINE_DATA", ROOT.parent / "shared" / "data"))
INGEST_FIXTURES = FIXTURES / "ingest"


def assert_offsets(article) -> None:
    """Every offset in the record points at the text it claims."""
    text = article.text
    for p in article.paragraphs:
        assert 0 <= p.start <= p.end <= len(text)
    for entity in article.entities:
        for m in entity.mentions:
            assert text[m.start : m.end] == m.text, (entity.id, m)
    for q in article.quotes:
        assert text[q.start : q.end] == q.text, q.id
        for part in (q.speaker, q.cue, q.addressee):
            if part is not None:
                assert text[part.start : part.end] == part.text, (q.id, part)
    for t in article.times:
        assert text[t.start : t.end] == t.text, t.id
    for e in article.events:
        assert text[e.start : e.end] == e.text, e.id
        for ev in e.evidence:
            assert text[ev.start : ev.end] == ev.text, e.id


#: columns whose values depend on the run rather than the content (row numbers, clocks)
RUN_TIME_COLUMNS = {"n", "rowid", "applied", "applied_at", "created_at", "updated_at", "ingested_at", "inserted_at"}


def make_corpus(root: Path, *, copies: int = 1) -> tuple[Path, dict[str, int]]:
    """A folder with the fixture JSON Lines (``copies`` times, each copy's bodies changed a little, so
    copies are near duplicates of the first), the bundled examples, an empty and a binary file.
    Returns the folder and the expected counts of one clean ingest."""
    corpus = root / "corpus"
    corpus.mkdir()
    lines = (INGEST_FIXTURES / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    for k in range(copies):
        out = []
        for line in lines:
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                out.append(line)
                continue
            if k and "text" in record:
                record["text"] += f"\n\nThis report was updated {k} time(s) after publication."
            out.append(json.dumps(record))
        (corpus / f"feed{k}.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    for name in ("seed.txt", "reuters.com.parasite.html"):
        shutil.copy(EXAMPLES / name, corpus / name)
    (corpus / "empty.txt").write_text("   \n", encoding="utf-8")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02\x03 not text \x00" * 4)
    per_copy_articles = 16
    expected = {
        "read": copies * 19 + 4,
        "new": copies * per_copy_articles + 2,
        "present": copies * 1,  # each feed carries a wire copy of its first item
        "rejected": copies * 2 + 2,  # per feed: a malformed line and one without a body; empty, binary
    }
    return corpus, expected


def dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, sorted, without run-time columns (FTS shadow tables left out)."""
    con = sqlite3.connect(db)
    try:
        tables = [
            name
            for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if not name.startswith("sqlite_") and "_fts" not in name
        ]
        out: dict[str, list[tuple[Any, ...]]] = {}
        for table in tables:
            columns = [row[1] for row in con.execute(f'PRAGMA table_info("{table}")')]
            keep = [c for c in columns if c.lower() not in RUN_TIME_COLUMNS]
            select = ", ".join(f'"{c}"' for c in keep)
            rows = con.execute(f'SELECT {select} FROM "{table}"').fetchall()
            out[table] = sorted(rows, key=repr)
        return out
    finally:
        con.close()


#: the store's tables the spaCy stages fill (entities, quotes, times, events)
NLP_TABLES = ("entities", "quotes", "times", "events")


def nlp_rows(db: Path) -> dict[str, int]:
    """How many rows each table of :data:`NLP_TABLES` holds, plus the stored records' entities and quotes:
    all zero when a text-only pipeline (``TEXT_STAGES``) made the store."""
    from dateline.corpus import open_store

    tables = dump(db)
    counts = {table: len(tables[table]) for table in NLP_TABLES}
    store = open_store(str(db))
    try:
        articles = list(store.iter_articles())
    finally:
        store.close()
    counts["record entities"] = sum(len(a.entities) for a in articles)
    counts["record quotes"] = sum(len(a.quotes) for a in articles)
    return counts


# the small corpus the web tests serve: examples/ and tests/fixtures/web/corpus.jsonl (a second
# outlet's copy of the seed story, and a hostile article), analysed once per test session
WEB_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "web"
PG_URL = os.environ.get("DATELINE_TEST_POSTGRES", "")


@lru_cache(maxsize=1)
def corpus_articles() -> tuple:
    from dateline.api import analyze_inputs
    from dateline.readers import iter_inputs

    paths = [str(ROOT / "examples"), str(WEB_FIXTURES / "corpus.jsonl")]
    out = []
    for item in analyze_inputs(iter_inputs(paths)):
        assert not isinstance(item, Exception), item
        out.append(item)
    return tuple(out)


@lru_cache(maxsize=1)
def postgres_reason() -> str | None:
    if not PG_URL:
        return "DATELINE_TEST_POSTGRES is not set (source .ci/postgres.sh to start a throwaway server)"
    try:
        import psycopg

        with psycopg.connect(PG_URL, connect_timeout=5):
            pass
    except Exception as err:  # any failure to connect is a reason to skip here (never in CI)
        return f"PostgreSQL at DATELINE_TEST_POSTGRES cannot be reached: {str(err).strip().splitlines()[0]}"
    return None


def store_backends() -> list:
    """The stores a test runs on: SQLite, and PostgreSQL marked ``postgres`` and skipped (with the
    reason) where no server can be reached."""
    import pytest

    reason = postgres_reason()
    return [
        "sqlite",
        pytest.param(
            "postgres", marks=[pytest.mark.postgres, pytest.mark.skipif(reason is not None, reason=reason or "")]
        ),
    ]


@contextmanager
def corpus_store(backend: str, folder: Path) -> Iterator[str]:
    """A store of the web corpus on ``backend`` ("sqlite" or "postgres"); yields its URL."""
    from dateline.corpus import open_store

    schema = None
    if backend == "sqlite":
        url = str(folder / f"web-{uuid.uuid4().hex[:8]}.db")
    else:
        import psycopg

        schema = f"w_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        sep = "&" if "?" in PG_URL else "?"
        url = f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    store = open_store(url)
    try:
        store.add_articles(corpus_articles())
    finally:
        store.close()
    try:
        yield url
    finally:
        if schema:
            import psycopg

            with psycopg.connect(PG_URL, autocommit=True) as conn:
                conn.execute(f"DROP SCHEMA {schema} CASCADE")
