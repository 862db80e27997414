"""The small corpus the web tests serve: examples/ and tests/fixtures/web/corpus.jsonl (a second
outlet's copy of the seed story, and a hostile article), analysed once per test session."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
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


@contextmanager
def corpus_store(backend: str, folder: Path) -> Iterator[str]:
    """A store of the web corpus on ``backend`` ("sqlite" or "postgres"); yields its URL."""
    from dateline.store import open_store

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
