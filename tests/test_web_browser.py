"""The pages in a real headless Chromium (Debian's ``chromium``, driven by Playwright): a person's
path from the start page to a speaker's statements about a topic, search to article, the marks, the
chart, the export link, and the hostile article (no script runs, no dialog, no request made).

Skips, saying why, where Playwright or Chromium is missing, unless DATELINE_REQUIRE_BROWSER=1
(what .ci/run sets): then a missing browser fails. Screenshots go to the test's output folder, and
to docs/img/ with DATELINE_DOCS_SCREENSHOTS=1 (``make screenshots``).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from helpers import ROOT, corpus_store, store_backends

CHROMIUM = os.environ.get("DATELINE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
REQUIRED = os.environ.get("DATELINE_REQUIRE_BROWSER") == "1"


def _browser_reason() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install -r requirements/dev.txt)"
    if not Path(CHROMIUM).exists():
        return f"no Chromium at {CHROMIUM} (apt-get install chromium, or set DATELINE_CHROMIUM)"
    return None


_REASON = _browser_reason()
if _REASON and REQUIRED:
    pytest.fail(f"DATELINE_REQUIRE_BROWSER=1 but the browser tests cannot run: {_REASON}", pytrace=False)
pytestmark = [pytest.mark.slow, pytest.mark.skipif(_REASON is not None, reason=_REASON or "")]

BACKENDS = store_backends()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module", params=BACKENDS)
def base_url(request, tmp_path_factory):
    import uvicorn

    from dateline.web import create_app

    with corpus_store(request.param, tmp_path_factory.mktemp("browser")) as url:
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(db=url), host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 20
        while not server.started:
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
        server.should_exit = True
        thread.join(10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"], headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser, request):
    context = browser.new_context(viewport={"width": 1200, "height": 900}, accept_downloads=True)
    pg = context.new_page()
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))  # type: ignore[attr-defined]
    yield pg
    context.close()


@pytest.fixture
def shoot(tmp_path, request):
    """Save a full-page screenshot under the test's output folder (and docs/img/ when asked)."""
    docs = os.environ.get("DATELINE_DOCS_SCREENSHOTS") == "1" and "sqlite" in request.node.name

    def save(pg, name: str) -> Path:
        out = tmp_path / f"{name}.png"
        pg.screenshot(path=str(out), full_page=True)
        assert out.stat().st_size > 5000
        if docs:
            (ROOT / "docs" / "img").mkdir(parents=True, exist_ok=True)
            pg.screenshot(path=str(ROOT / "docs" / "img" / f"{name}.png"), full_page=False)
        return out

    return save


def test_ryabkov_on_nato_in_three_clicks(base_url, page, shoot):
    page.goto(base_url + "/")
    clicks = 0
    page.locator("ol.speakers a", has_text="Ryabkov").first.click()
    clicks += 1
    page.wait_for_load_state()
    assert "Ryabkov" in page.locator("h1").inner_text()
    assert page.locator("svg rect.bar").count() >= 2, "the chart of statements and mentions"
    page.locator(".topics a", has_text="NATO").first.click()
    clicks += 1
    page.wait_for_load_state()
    statements = page.locator("ol.statements li.statement blockquote")
    assert statements.count() >= 2
    texts = statements.all_inner_texts()
    assert all("NATO" in t for t in texts), texts
    assert "eyes and ears of the most anti-Russian group within NATO" in " ".join(texts)
    assert clicks <= 3
    shoot(page, "speaker")
    # the export link gives a file of what the page shows
    href = page.locator(".export a", has_text="CSV").get_attribute("href")
    csv = page.request.get(base_url + href)
    assert csv.ok and csv.text().splitlines()[0].startswith("statement_id,text,speaker")
    assert len(csv.text().strip().splitlines()) == len(texts) + 1
    # a statement: every appearance, in both outlets
    page.locator("li.statement", has_text="eyes and ears of the most").locator("a.open-statement").click()
    page.wait_for_load_state()
    rows = page.locator("table.appearances tbody tr")
    assert rows.count() == 2
    # the seed's stored outlet is its dateline's wire agency; the copy's, its URL's domain
    assert {"Sputnik", "example.org"} <= set(" ".join(rows.all_inner_texts()).split())
    shoot(page, "statement")
    assert not page.dialogs and not page.errors


def test_search_to_article_with_marks(base_url, page, shoot):
    page.goto(base_url + "/")
    page.locator(".big-search input").fill('"Geneva"')
    page.locator(".big-search input").press("Enter")
    page.wait_for_load_state()
    assert page.locator("li.hit").count() >= 2
    assert page.locator(".facets").inner_text().count("example.org") == 1
    assert page.locator("li.hit mark").count() >= 1
    shoot(page, "search")
    page.locator("a.hit-title", has_text="Anti-Russian Sentiment").first.click()
    page.wait_for_load_state()
    quotes = page.locator(".body span.q")
    assert quotes.count() >= 5 and quotes.first.is_visible()
    assert page.locator(".body a.spk", has_text="Ryabkov").count() >= 1
    assert page.locator(".body a.ent", has_text="NATO").count() >= 1
    assert page.locator(".body span.t").count() >= 3
    # what cleaning removed: hidden, shown in place by the toggle
    shoot(page, "article")
    removed = page.locator(".body p.removed")
    assert removed.count() >= 1 and not removed.first.is_visible()
    page.locator("label[for=show-removed]").click()
    assert removed.first.is_visible()
    shoot(page, "article-removed")
    # from a speaker's name to their page
    page.locator(".body a.spk", has_text="Ryabkov").first.click()
    page.wait_for_load_state()
    assert "Ryabkov" in page.locator("h1").inner_text()
    assert not page.dialogs and not page.errors


def test_story_coverage_chart(base_url, page, shoot):
    page.goto(base_url + "/stories")
    page.locator("table.list a").first.click()
    page.wait_for_load_state()
    assert page.locator("svg circle.dot").count() == 2
    assert {"Sputnik", "example.org"} <= set(page.locator("figure.chart").inner_text().split())
    shoot(page, "story")


def test_hostile_article_runs_nothing_and_loads_nothing(base_url, page, shoot):
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    # its javascript: URL is not kept: found among the feed's articles by its headline
    page.goto(base_url + "/articles?source=corpus.jsonl")
    page.locator("table.list a", has_text="xss-headline").first.click()
    page.wait_for_load_state("networkidle")
    heading = page.locator("h1").inner_text()
    assert "<script>alert('xss-headline')</script>" in heading  # shown as text
    body = page.locator(".body").inner_text()
    assert "<iframe src=\"javascript:alert('frame')\"></iframe>" in body
    assert page.title() != "pwned" and "pwned" not in page.evaluate("document.title")
    assert page.locator("script, iframe, img, object, embed").count() == 0
    assert page.locator("a[href^='javascript' i]").count() == 0
    # hover and click what would carry a handler, tick the toggle: still nothing
    page.locator(".body").hover()
    page.locator("label[for=show-removed]").click()
    page.wait_for_timeout(300)
    shoot(page, "hostile")
    assert page.dialogs == [] and page.errors == []
    origin = urlsplit(base_url)
    for url in requests:
        parts = urlsplit(url)
        assert (parts.scheme, parts.netloc) == (origin.scheme, origin.netloc), url
        assert parts.path.startswith(("/articles", "/static/")), url
