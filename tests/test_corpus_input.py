"""Metadata given with the input: JSON Lines fields, CSV/TSV columns, --field, and the outlet."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from dateline.errors import UsageError
from dateline.outlets import registered_domain
from dateline.readers import Input, iter_inputs
from dateline.readers.fields import authors_value, column_map, parse_field_overrides

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
SCRAPED = Path(__import__("os").environ.get("DATELINE_DATA", Path(__file__).parents[2] / "shared" / "data")) / (
    "scraped-bodies"
)


def test_csv_rows_are_articles_with_their_metadata() -> None:
    items = list(iter_inputs([str(CORPUS / "wire.csv")]))
    assert all(isinstance(i, Input) for i in items) and len(items) == 3
    first = items[0]
    assert isinstance(first, Input)
    assert first.format == "csv" and first.line == 1 and first.source == str(CORPUS / "wire.csv")
    assert first.title == "Harbour strike talks collapse" and first.authors == ["Anna Berg"]
    assert first.published == "2024-03-04T09:00:00Z" and first.outlet == "Wire News"
    assert first.url == "https://www.wirenews.example.com/world/harbour-strike-talks"
    assert first.text is not None and first.text.startswith("ROTTERDAM (Wire News)") and "\n\n" in first.text


def test_jsonl_metadata_fields() -> None:
    items = [i for i in iter_inputs([str(CORPUS / "daily.jsonl")]) if isinstance(i, Input)]
    assert [i.id for i in items] == ["daily-101", "daily-102", "daily-103", "daily-104"]
    assert items[0].authors == ["Lena Koch"] and items[1].authors == ["Sam Price"]  # a list or a string
    assert items[0].outlet == "The Daily Ledger" and items[0].title.startswith("Dock workers")  # type: ignore[union-attr]


def test_csv_without_a_text_column_is_refused_whole() -> None:
    items = list(iter_inputs([str(CORPUS / "no_text.csv")]))
    assert len(items) == 1 and not isinstance(items[0], Input)
    assert items[0].problem.startswith("E017") and "'headline'" in items[0].problem


def test_field_override_names_the_text_column(tmp_path: Path) -> None:
    path = tmp_path / "t.tsv"
    path.write_text("Story\tHEADLINE\tWhen\nThe mayor spoke.\tMayor speaks\t2024-01-02\n", encoding="utf-8")
    refused = list(iter_inputs([str(path)]))
    assert len(refused) == 1 and refused[0].problem.startswith("E017")  # type: ignore[union-attr]
    (item,) = iter_inputs([str(path)], fields={"text": "story", "published": "WHEN"})
    assert isinstance(item, Input) and item.text == "The mayor spoke." and item.title == "Mayor speaks"
    assert item.published == "2024-01-02"


def test_csv_rows_keep_newlines_and_skip_blank_rows(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Body_Text", "Title"])
        w.writerow(["First para.\n\nSecond, with a comma.", "One"])
        w.writerow(["", ""])
        w.writerow(["   ", "Empty body"])
    items = list(iter_inputs([str(path)]))
    assert isinstance(items[0], Input) and items[0].text == "First para.\n\nSecond, with a comma."
    assert not isinstance(items[1], Input) and items[1].source == f"{path}:2" and items[1].problem.startswith("E001")
    assert len(items) == 2


def test_field_overrides_and_names() -> None:
    assert parse_field_overrides(["text=body_text", "Outlet=site"]) == {"text": "body_text", "outlet": "site"}
    for bad in (["text"], ["nope=x"], ["text="]):
        with pytest.raises(UsageError, match="E018"):
            parse_field_overrides(bad)
    assert column_map(["ID", "Body_Text", "Publisher", "publish_date"]) == {
        "text": "Body_Text",
        "outlet": "Publisher",
        "published": "publish_date",
        "id": "ID",
    }
    assert authors_value("['Emma Bowman', 'Jo Li']") == ["Emma Bowman", "Jo Li"]
    assert authors_value("A. Writer; B. Writer") == ["A. Writer", "B. Writer"]
    assert authors_value([]) is None


@pytest.mark.parametrize(
    ("url", "domain"),
    [
        ("https://www.bbc.co.uk/news/world-1", "bbc.co.uk"),
        ("https://edition.cnn.com/2020/05/17/x.html", "cnn.com"),
        ("http://news.yahoo.co.jp/a", "yahoo.co.jp"),
        ("https://sputniknews.com/x", "sputniknews.com"),
        ("https://127.0.0.1/x", None),
        ("not a url", None),
        (None, None),
    ],
)
def test_registered_domain(url: str | None, domain: str | None) -> None:
    assert registered_domain(url) == domain


def test_registered_domain_reads_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    from dateline import outlets

    outlets._psl.cache_clear()
    assert registered_domain("https://www.theguardian.com/world") == "theguardian.com"


def test_real_scraped_csv_reads_one_article_a_row() -> None:
    path = SCRAPED / "reliable" / "news-dataset_npr.csv"
    if not path.exists():
        pytest.skip(f"{path} is not here (set DATELINE_DATA)")
    with open(path, newline="", encoding="utf-8") as f:
        csv.field_size_limit(1 << 30)
        rows = sum(1 for _ in csv.DictReader(f))
    items = list(iter_inputs([str(path)]))
    good = [i for i in items if isinstance(i, Input)]
    assert len(items) == rows and len(good) >= rows - 2
    assert all(i.outlet == "National Public Radio (NPR)" and i.url and i.title for i in good)


def test_analyze_cli_takes_given_metadata(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from dateline.cli import app

    story = tmp_path / "s.txt"
    story.write_text("Talks end\n\nThe talks ended on Monday, officials said.\n", encoding="utf-8")
    result = CliRunner().invoke(
        app,
        ["analyze", str(story), "--raw", "--title", "Given title", "--author", "Jane Doe", "--outlet", "Reuters"],
    )
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["headline"] == "Given title" and record["byline"] == ["Jane Doe"] and record["outlet"] == "Reuters"
    assert record["metadata_origin"] == {"byline": "given", "headline": "given", "outlet": "given"}
    bad = CliRunner().invoke(app, ["analyze", str(story), "--field", "body"])
    assert bad.exit_code == 2 and "E018" in bad.output


def test_outlet_from_given_then_url_then_dateline_and_given_published_wins() -> None:
    from dateline.pipeline import Given, Pipeline

    pipe = Pipeline(stages=("layout", "clean"))
    body = "Talks begin\n\nMOSCOW (Reuters) - The talks began on Monday, officials said.\n\nThey will go on."
    wire = pipe.analyze(text=body)
    assert wire.outlet == "Reuters" and wire.metadata_origin["outlet"] == "dateline"
    web = pipe.analyze(text=body, url="https://www.example.co.uk/a")
    assert web.outlet == "example.co.uk" and web.metadata_origin["outlet"] == "url"
    given = pipe.analyze(text=body, url="https://www.example.co.uk/a", given=Given(outlet="Example Daily"))
    assert given.outlet == "Example Daily" and given.metadata_origin["outlet"] == "given"
    dated = "Talks begin\n\nPublished 3 January 2022\n\nThe talks began on Monday, officials said."
    parsed = pipe.analyze(text=dated)
    assert (
        parsed.published
        and parsed.published.startswith("2022-01-03")
        and parsed.metadata_origin["published"] == "parsed"
    )
    won = pipe.analyze(text=dated, given=Given(published="2022-01-05T10:00:00Z"))
    assert won.published == "2022-01-05T10:00:00+00:00" and won.metadata_origin["published"] == "given"
    fallback = pipe.analyze(text=dated, published="2022-01-05T10:00:00Z")  # --published: only when none is read
    assert fallback.published.startswith("2022-01-03")  # type: ignore[union-attr]


def test_ingest_reads_csv_rows_and_rejects_a_table_without_text(tmp_path: Path) -> None:
    from dateline.corpus import open_store
    from dateline.ingest import count_inputs, ingest

    paths = [str(CORPUS / "wire.csv"), str(CORPUS / "no_text.csv")]
    assert count_inputs(paths) == 4  # three rows, and the refused table counted once
    db = str(tmp_path / "c.db")
    report = ingest(paths, db, workers=1, progress=False)
    assert (report.new, report.rejected) == (3, 1)
    with open_store(db) as store:
        assert store.rejects()[0]["reason"].startswith("E017")
        assert {s["outlet"] for s in store.stories(min_size=1)} == {"Wire News"}
        assert store.find_article(f"{CORPUS / 'wire.csv'}:2").headline == "Trump rally draws thousands in Ohio"
    again = ingest(paths, db, workers=1, progress=False)  # rerun: every row's source key is known
    assert (again.new, again.present) == (0, 4)
