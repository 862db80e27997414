"""The response cache of ``dateline serve`` (dateline.web.cache): an answer is reused only for the
same request and only while the store is unchanged; a write from another connection drops it."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from dateline.corpus import open_store
from dateline.model import Article
from dateline.web import create_app
from helpers import corpus_store

HIT = "x-dateline-cache"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    with corpus_store("sqlite", tmp_path_factory.mktemp("cache")) as url:
        yield url


def test_the_same_request_is_answered_from_the_cache(db):
    with TestClient(create_app(db=db)) as client:
        first = client.get("/api/v1/search?q=NATO")
        again = client.get("/api/v1/search?q=NATO")
        other = client.get("/api/v1/search?q=NATO&limit=3")
    assert first.status_code == again.status_code == other.status_code == 200
    assert HIT not in first.headers and again.headers[HIT] == "hit"
    assert again.content == first.content
    # the answer from the cache keeps every header, the security headers included
    assert again.headers["content-type"] == first.headers["content-type"]
    assert "content-security-policy" in again.headers
    assert HIT not in other.headers and len(other.json()["items"]) <= 3


def test_a_write_from_another_connection_drops_the_cached_answers(db, tmp_path):
    url = str(tmp_path / "copy.db")
    source, target = open_store(db), open_store(url)
    try:
        records = [a.to_dict() for a in source.iter_articles()]
        target.add_articles([Article.from_dict(r) for r in records[:2]])
    finally:
        source.close()
        target.close()
    with TestClient(create_app(db=url)) as client:
        before = client.get("/api/v1/articles?limit=100").json()["items"]
        assert client.get("/api/v1/articles?limit=100").headers.get(HIT) == "hit"
        writer = open_store(url)  # another connection (as dateline ingest would be) adds an article
        try:
            writer.add_articles([Article.from_dict(records[2])])
        finally:
            writer.close()
        after = client.get("/api/v1/articles?limit=100")
    assert HIT not in after.headers
    assert len(after.json()["items"]) == len(before) + 1


def test_errors_are_not_cached_and_size_zero_turns_it_off(db):
    with TestClient(create_app(db=db), raise_server_exceptions=False) as client:
        for _ in range(2):
            missing = client.get("/api/v1/articles/no-such-article")
            assert missing.status_code == 404 and HIT not in missing.headers
    with TestClient(create_app(db=db, cache_size=0)) as client:
        client.get("/api/v1/stats")
        assert HIT not in client.get("/api/v1/stats").headers
        assert client.app.state.cache is False  # type: ignore[attr-defined]


def test_the_cache_keeps_at_most_its_size_least_recently_used_dropped(db):
    with TestClient(create_app(db=db, cache_size=2)) as client:
        for q in ("NATO", "Ryabkov", "Geneva"):
            client.get(f"/api/v1/search?q={q}")
        assert client.get("/api/v1/search?q=Geneva").headers.get(HIT) == "hit"
        assert HIT not in client.get("/api/v1/search?q=NATO").headers  # the oldest was dropped
