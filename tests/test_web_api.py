"""The REST API (/api/v1) on SQLite and PostgreSQL: every endpoint, its filters, pages and errors,
the CLI's --json twin, and the safety rules (escaping, CSP, read-only, 400 JSON errors, time limits)."""

from __future__ import annotations

import json
import time
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from dateline.cli import app as cli_app
from dateline.web import create_app
from dateline.web.app import QueryTimeout, Stores
from helpers import corpus_store, store_backends

BACKENDS = store_backends()


@pytest.fixture(scope="module", params=BACKENDS)
def served(request, tmp_path_factory):
    with (
        corpus_store(request.param, tmp_path_factory.mktemp("web")) as url,
        TestClient(create_app(db=url), raise_server_exceptions=False) as client,
    ):
        yield url, client


@pytest.fixture
def client(served) -> TestClient:
    return served[1]


class Tags(HTMLParser):
    """Every element of a page with its attributes, as a browser's parser reads them."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.seen.append((tag, attrs))


def get(client: TestClient, url: str, status: int = 200) -> dict:
    r = client.get(url)
    assert r.status_code == status, (url, r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith("application/json")
    return r.json()


def ryabkov(client: TestClient) -> dict:
    people = get(client, "/api/v1/entities?type=PERSON&limit=100")["items"]
    return next(e for e in people if e["name"].endswith("Ryabkov"))


def test_search_finds_and_marks(client):
    body = get(client, "/api/v1/search?q=NATO")
    heads = [h["headline"] for h in body["items"]]
    assert any("Anti-Russian Sentiment Within NATO" in (h or "") for h in heads)
    assert all(
        set(h) >= {"id", "headline", "published", "source", "url", "story_id", "snippet", "score"}
        for h in body["items"]
    )
    assert any("<mark>" in (h["snippet"] or "") for h in body["items"])
    assert body["offset"] == 0 and body["limit"] == 20


def test_search_filters_by_day_and_source(client):
    since = get(client, "/api/v1/search?q=Ryabkov&since=2022-01-11")["items"]
    assert since and all(h["published"] >= "2022-01-11" for h in since)
    until = get(client, "/api/v1/search?q=Ryabkov&until=2022-01-10")["items"]
    assert [h["source"] for h in until] == ["examples/seed.txt"] or all(h["published"] < "2022-01-11" for h in until)
    wire = get(client, "/api/v1/search?q=Ryabkov&source=wire.example")["items"]
    assert wire and all("wire.example.org" in h["url"] for h in wire)


def test_quotes_by_speaker_about_nato(client):
    items = get(client, "/api/v1/quotes?speaker=Ryabkov&about=NATO")["items"]
    assert items, "Ryabkov's statements about NATO"
    assert all("Ryabkov" in (q["speaker"] or "") for q in items)
    assert all("NATO" in q["text"] for q in items)
    everything = get(client, "/api/v1/quotes?speaker=Ryabkov&limit=500")["items"]
    assert len(everything) > len(items)


def test_the_api_returns_what_the_cli_prints_with_json(served):
    url, client = served
    runner = CliRunner()
    for cli_args, api in [
        (["quotes", "--speaker", "Ryabkov", "--about", "NATO"], "/api/v1/quotes?speaker=Ryabkov&about=NATO&limit=50"),
        (["search", "Geneva talks"], "/api/v1/search?q=Geneva%20talks"),
        (["entities", "--type", "PERSON"], "/api/v1/entities?type=PERSON&limit=50"),
        (["timeline", "--entity", "Wendy Sherman"], "/api/v1/timeline?entity=Wendy%20Sherman&limit=200"),
        (["stories", "--min-size", "2"], "/api/v1/stories?min_size=2&limit=50"),
    ]:
        out = runner.invoke(cli_app, [*cli_args, "--json", "--db", url])
        assert out.exit_code == 0, out.output
        assert get(client, api)["items"] == json.loads(out.output), cli_args
    out = runner.invoke(cli_app, ["stats", "--json", "--db", url])
    assert get(client, "/api/v1/stats") == json.loads(out.output)


def test_pages_of_a_list_are_stable_and_complete(client):
    whole = get(client, "/api/v1/quotes?limit=500")["items"]
    assert len(whole) > 10
    seen, url = [], "/api/v1/quotes?limit=7"
    while url:
        body = get(client, url)
        seen += body["items"]
        url = body["next"]
    assert seen == whole
    ids, url = [], "/api/v1/articles?limit=2"
    while url:
        body = get(client, url)
        assert len(body["items"]) == 2 or not body["next"]
        ids += [a["id"] for a in body["items"]]
        url = body["next"]
    assert ids == [a["id"] for a in get(client, "/api/v1/articles?limit=100")["items"]]
    assert len(set(ids)) == get(client, "/api/v1/stats")["articles"] == 5


def test_articles_list_filters_and_one_record(client):
    wire = get(client, "/api/v1/articles?source=wire.example")["items"]
    # the outlet stored with the article: the URL's registered domain
    assert [a["outlet"] for a in wire] == ["example.org"]
    assert wire == get(client, "/api/v1/articles?outlet=example.org")["items"]
    newest = get(client, "/api/v1/articles?since=2022-01-11")["items"]
    assert len(newest) == 2
    record = get(client, f"/api/v1/articles/{wire[0]['id']}")
    assert record["schema"] == "dateline.article/1" and record["id"] == wire[0]["id"]
    assert "original" not in record
    assert get(client, f"/api/v1/articles/{wire[0]['id']}?original=true")["original"]


def test_entity_statement_and_story(client):
    person = ryabkov(client)
    view = get(client, f"/api/v1/entities/{person['id']}")
    assert view["entity"]["id"] == person["id"]
    assert view["series"] and view["series"][0]["month"] == "2022-01" and view["series"][0]["statements"] > 0
    assert "NATO" in [t["name"] for t in view["topics"]]
    about = get(client, f"/api/v1/entities/{person['id']}?about=NATO")
    assert about["statements"] and all("NATO" in s["text"] for s in about["statements"])
    # a statement the copy carried too: two appearances, two outlets, first seen on the seed's day
    shared = next(s for s in view["statements"] if s["count"] == 2)
    statement = get(client, f"/api/v1/statements/{shared['quote_ids'][0]}")
    # the statement is Store.quotes' own object (what `dateline quotes --json` prints)
    assert statement == shared
    assert len(statement["appearances"]) == 2
    # the seed names its wire agency in the dateline; the copy's outlet is its URL's domain
    assert statement["outlets"] == ["Sputnik", "example.org"]
    assert statement["first_seen"]["published"][:10] == "2022-01-10"
    story = get(client, f"/api/v1/stories/{shared['story_id']}")
    assert story["size"] == 2 and [c["outlet"] for c in story["coverage"]] == ["Sputnik", "example.org"]
    assert story["coverage"][1]["days"] == ["2022-01-11"]


def test_facets_count_the_hits(client):
    facets = get(client, "/api/v1/facets?q=Ryabkov")
    assert {f["value"] for f in facets["outlet"]} >= {"Sputnik", "example.org"}
    assert facets["month"][0] == {"value": "2022-01", "count": 3}
    assert any(f["value"].endswith("Ryabkov") for f in facets["speaker"])


def test_openapi_lists_every_endpoint_and_the_store_filters(client):
    doc = get(client, "/api/v1/openapi.json")
    paths = doc["paths"]
    for path in (
        "/api/v1/search",
        "/api/v1/quotes",
        "/api/v1/articles",
        "/api/v1/articles/{article_id}",
        "/api/v1/facets",
        "/api/v1/entities",
        "/api/v1/entities/{entity_id}",
        "/api/v1/statements/{article_id}/{qid}",
        "/api/v1/timeline",
        "/api/v1/stories",
        "/api/v1/stories/{story_id}",
        "/api/v1/stats",
        "/api/v1/rejects",
    ):
        assert path in paths, path
    names = {p["name"] for p in paths["/api/v1/quotes"]["get"]["parameters"]}
    assert {"speaker", "about", "since", "limit", "offset"} <= names


@pytest.mark.parametrize(
    ("url", "status", "code"),
    [
        ("/api/v1/search?q=%22unclosed", 400, "E040"),
        ("/api/v1/search?q=-only", 400, "E040"),
        ("/api/v1/search", 400, "E070"),
        ("/api/v1/search?q=a&since=yesterday", 400, "E041"),
        ("/api/v1/quotes?since=2022-13-45", 400, "E041"),
        ("/api/v1/quotes?speker=Ryabkov", 400, "E071"),
        ("/api/v1/quotes?limit=100000", 400, "E070"),
        ("/api/v1/quotes?limit=0", 400, "E070"),
        ("/api/v1/quotes?offset=-1", 400, "E070"),
        ("/api/v1/stories?min_size=many", 400, "E070"),
        ("/api/v1/articles/0000000000000000", 404, "E072"),
        ("/api/v1/entities/PERSON:nobody%20at%20all", 404, "E072"),
        ("/api/v1/statements/0000000000000000/q1", 404, "E072"),
        ("/api/v1/stories/nope", 404, "E072"),
        ("/api/v1/nothing-here", 404, "E072"),
    ],
)
def test_bad_requests_get_one_json_error_line(client, url, status, code):
    body = get(client, url, status)
    assert body["error"]["code"] == code, body
    message = body["error"]["message"]
    assert code in message.split(" ", 2)[:2] and "\n" not in message and "Traceback" not in message


def test_read_only_no_write_endpoint_and_analyze_off(client):
    for method in ("post", "put", "delete", "patch"):
        r = getattr(client, method)("/api/v1/quotes")
        assert r.status_code == 405 and r.json()["error"]["code"] == "E070"
    r = client.post("/api/v1/analyze", json={"text": "Ryabkov said hello."})
    assert r.status_code == 400 and r.json()["error"]["code"] == "E073"
    page = client.post("/analyze", data={"text": "Ryabkov said hello."})
    assert page.status_code == 400 and "E073" in page.text


def test_every_response_carries_the_security_headers(client):
    for url in ("/", "/api/v1/stats", "/static/style.css", "/api/v1/nothing"):
        r = client.get(url)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "default-src 'none'" in csp and "unsafe-inline" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"


def test_the_hostile_article_is_escaped_everywhere(client):
    # its javascript: URL is not kept as the article's URL: found by its headline
    hostile = [a for a in get(client, "/api/v1/articles")["items"] if "xss-headline" in (a["headline"] or "")]
    assert len(hostile) == 1
    aid = hostile[0]["id"]
    person = ryabkov(client)
    pages = [
        f"/articles/{aid}",
        "/search?q=pwned",
        "/search?q=essential",
        "/search?q=alert",
        "/articles?source=corpus.jsonl",
        "/quotes?speaker=Ryabkov",
        f"/entities/{person['id']}",
        "/articles",
        "/",
    ]
    statements = get(client, f"/api/v1/entities/{person['id']}")["statements"]
    pages += [f"/statements/{s['quote_ids'][0]}" for s in statements if aid in s["articles"]]
    for url in pages:
        r = client.get(url)
        assert r.status_code == 200, url
        tags = Tags()
        tags.feed(r.text)
        assert not {"script", "iframe", "img", "b", "object", "embed"} & {t for t, _ in tags.seen}, url
        for tag, attrs in tags.seen:
            for name, value in attrs:
                assert not name.startswith("on"), (url, tag, name)
                assert not (value or "").strip().lower().startswith("javascript:"), (url, tag, name, value)
    article = client.get(f"/articles/{aid}").text
    assert "&lt;script&gt;alert(&#39;xss-headline&#39;)&lt;/script&gt;" in article
    assert "&lt;iframe src=&#34;javascript:alert(&#39;frame&#39;)&#34;&gt;" in article
    assert get(client, f"/api/v1/articles/{aid}")["source"].get("url") is None  # the javascript: URL is dropped


def test_list_pages_export_csv_and_json(client):
    r = client.get("/quotes?speaker=Ryabkov&format=csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    lines = r.text.splitlines()
    assert lines[0].startswith("statement_id,text,speaker,speaker_id,kind,date") and len(lines) > 2
    as_json = client.get("/quotes?speaker=Ryabkov&format=json").json()
    assert len(as_json) == len(get(client, "/api/v1/quotes?speaker=Ryabkov&limit=200")["items"])
    assert client.get("/quotes?format=xml").json()["error"]["code"] == "E078"
    for url in ("/search?q=NATO", "/articles", "/entities", "/stories?min_size=1"):
        r = client.get(url + ("&" if "?" in url else "?") + "format=json")
        assert r.status_code == 200 and isinstance(r.json(), list) and r.json(), url


def test_pages_answer(client):
    person = ryabkov(client)
    for url in (
        "/",
        "/search",
        "/search?q=NATO",
        "/quotes",
        "/entities",
        "/stories?min_size=1",
        "/articles",
        f"/entities/{person['id']}?about=NATO",
        "/analyze",
    ):
        r = client.get(url)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html"), url
    r = client.get("/search?q=%22")
    assert r.status_code == 400 and "E040" in r.text and "Traceback" not in r.text


def test_store_work_past_the_time_limit_is_stopped(served):
    url, _ = served
    stores = Stores(url, timeout=0.2)
    slow = (
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000000) SELECT count(*) FROM c"
        if stores.backend == "sqlite"
        else "SELECT pg_sleep(5)"
    )
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="E075"), stores.session() as store:
        store.query(slow)
    assert time.monotonic() - started < 3
    with stores.session() as store:  # the connection is still usable
        assert store.stats()["articles"] > 0
    stores.close()


def test_analyze_when_allowed(served):
    url, _ = served
    with TestClient(create_app(db=url, allow_analyze=True, max_analyze_bytes=2000)) as client:
        record = client.post("/api/v1/analyze", json={"text": '"We are ready," Sergei Ryabkov said on Monday.'}).json()
        assert record["schema"] == "dateline.article/1" and record["quotes"]
        big = client.post("/api/v1/analyze", json={"text": "word " * 1000})
        assert big.status_code == 400 and big.json()["error"]["code"] == "E074"
        empty = client.post("/api/v1/analyze", json={"title": "no text"})
        assert empty.status_code == 400 and empty.json()["error"]["code"] == "E077"
        page = client.post("/analyze", data={"text": '"We are ready," Sergei Ryabkov said on Monday.'})
        assert page.status_code == 200 and 'class="q"' in page.text
        assert client.get("/api/v1/stats").json()["articles"] == 5  # nothing was stored


def test_ci_runs_the_browser_tests_and_fails_if_they_skip():
    from helpers import ROOT

    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    helper = (ROOT / ".ci" / "chromium.sh").read_text(encoding="utf-8")
    assert "source .ci/chromium.sh" in run and run.index("source .ci/chromium.sh") < run.index("make test")
    assert "DATELINE_REQUIRE_BROWSER=1" in helper and "export DATELINE_CHROMIUM DATELINE_REQUIRE_BROWSER" in helper
    browser_tests = (ROOT / "tests" / "test_web_browser.py").read_text(encoding="utf-8")
    assert "if _REASON and REQUIRED:\n    pytest.fail(" in browser_tests


def test_marked_text_reads_as_the_text_and_nests():
    import html as html_module
    import re

    from dateline.web.markup import Mark, render_span

    text = 'He said "<b>NATO</b> & Russia met on Monday" & left.'
    q0 = text.index('"')
    spans = [
        Mark(q0, text.index("left") - 3, "quote", "/statements/a/q1", "direct", "q1"),
        Mark(text.index("<b>NATO"), text.index("NATO</b>") + 4, "entity", "/entities/ORG:nato", "ORG"),
        Mark(text.index("Monday") - 3, text.index("Monday") + 6, "time", None, "DATE 2022-01-10"),
        Mark(text.index("Russia"), text.index("Russia") + 6, "entity", None, "GPE"),
    ]
    out = str(render_span(text, 0, len(text), spans))
    tags = Tags()
    tags.feed(out)
    assert {t for t, _ in tags.seen} <= {"span", "a"}
    assert html_module.unescape(re.sub(r"<[^>]+>", "", out)).replace("❝", "") == text
    assert out.count('class="q"') >= 3 and 'href="/entities/ORG:nato"' in out and 'class="t"' in out


def test_links_and_outlets():
    from dateline.web.markup import safe_url

    assert safe_url("https://example.org/a") == "https://example.org/a"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "//evil.example", None, ""):
        assert safe_url(bad) is None, bad


def test_lists_take_the_one_filter_vocabulary(served):
    url, client = served
    # every list endpoint accepts since/until/outlet/source/speaker/about/kind/story (Filters)
    vocabulary = "since=2022-01-01&until=2022-12-31&outlet=example&source=corpus&speaker=Ryabkov&about=NATO&kind=direct"
    for path in ("articles", "search?q=NATO&", "quotes", "entities", "stories", "coverage"):
        sep = "" if path.endswith("&") else "?"
        get(client, f"/api/v1/{path}{sep}{vocabulary}")
    by_speaker = get(client, "/api/v1/articles?speaker=Ryabkov&kind=direct")["items"]
    assert {a["outlet"] for a in by_speaker} == {"Sputnik", "example.org"}
    story = by_speaker[0]["story_id"]
    assert {a["story_id"] for a in get(client, f"/api/v1/articles?story={story[:8]}")["items"]} == {story}
    # the page's statements are the CLI's --json statements, object for object
    out = CliRunner().invoke(cli_app, ["quotes", "--db", url, "--speaker", "Ryabkov", "--outlet", "example", "--json"])
    assert out.exit_code == 0, out.output
    cli = json.loads(out.output)
    assert get(client, "/api/v1/quotes?speaker=Ryabkov&outlet=example")["items"] == cli
    # events carried by several outlets: Store.coverage, with each event's articles and outlets
    events = get(client, "/api/v1/coverage?min_outlets=1")["items"]
    assert all(set(e) >= {"first_seen", "outlets", "stories", "articles"} for e in events)


def test_an_ambiguous_speaker_lists_the_candidates(tmp_path):
    import dateline
    from dateline.corpus import open_store
    from dateline.web.markup import entity_href

    db = str(tmp_path / "two-smiths.db")
    with open_store(db) as store:
        store.add_articles(
            [
                dateline.analyze(text='LONDON - "We will win," Anna Smith said on Monday.', published="2022-02-01"),
                dateline.analyze(text='PARIS - "We will lose," Bob Smith told reporters.', published="2022-02-02"),
            ]
        )
        store.optimize()
    with TestClient(create_app(db=db), raise_server_exceptions=False) as client:
        body = get(client, "/api/v1/quotes?speaker=Smith", status=400)
        assert body["error"]["code"] == "E046"
        assert {c["name"] for c in body["error"]["candidates"]} == {"Anna Smith", "Bob Smith"}
        page = client.get("/quotes?speaker=Smith")
        assert page.status_code == 400 and "E046" in page.text
        for c in body["error"]["candidates"]:
            assert f'href="{entity_href(c["id"])}"' in page.text
        assert get(client, "/api/v1/quotes?speaker=Anna Smith")["items"]


def test_coverage_page_is_store_coverage(client):
    from dateline.web import charts
    from dateline.web.queries import event_coverage

    page = client.get("/coverage?min_outlets=1&since=2020-01-01")
    assert page.status_code == 200 and 'name="outlet"' in page.text and 'name="speaker"' in page.text
    exported = client.get("/coverage?min_outlets=1&since=2020-01-01&format=json").json()
    assert exported == get(client, "/api/v1/coverage?min_outlets=1&since=2020-01-01")["items"]
    # an event's chart: one row per outlet, in the order they first carried it, a dot per day
    event = {
        "articles": [
            {"outlet": "Reuters", "published": "2022-01-10T09:00:00+00:00"},
            {"outlet": "BBC", "published": "2022-01-10T12:00:00+00:00"},
            {"outlet": "Reuters", "published": "2022-01-12"},
            {"outlet": None, "published": None},
        ]
    }
    rows = event_coverage(event)
    assert [(r["outlet"], r["articles"], r["days"]) for r in rows] == [
        ("Reuters", 2, ["2022-01-10", "2022-01-12"]),
        ("BBC", 1, ["2022-01-10"]),
        ("unknown", 1, [""]),
    ]
    assert sum(len(r["dots"]) for r in charts.coverage(rows)["rows"]) == 3
