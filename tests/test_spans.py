"""The span invariant: every span of the record sits on token boundaries of the text it indexes."""

from __future__ import annotations

import csv
import random

import pytest

from dateline.attribution.labels import LABELS, decode, whole_words
from dateline.model import Article, Cue, Entity, Mention, Quote
from dateline.spans import WARNING, enforce, on_boundaries, violations
from helpers import DATA


def test_boundaries():
    text = "the US are striving to make the deal"
    assert on_boundaries(text, 0, 6)  # "the US"
    assert not on_boundaries(text, 1, 6)  # "he US": cuts "the"
    assert not on_boundaries(text, 4, 25)  # "... to ma": cuts "make"
    assert not on_boundaries(text, 3, 6)  # starts with a space
    assert not on_boundaries(text, 5, 5)  # empty
    assert on_boundaries("“Amazing,” he said", 0, 10)  # quotation marks are boundaries


def _article(text: str, quote: tuple[int, int], cue: tuple[int, int]) -> Article:
    q = Quote(
        id="q1",
        kind="indirect",
        text=text[quote[0] : quote[1]],
        start=quote[0],
        end=quote[1],
        cue=Cue(text=text[cue[0] : cue[1]], start=cue[0], end=cue[1]),
    )
    at = text.index("US")
    entity = Entity(id="e1", type="GPE", name="US", mentions=[Mention(start=at, end=at + 2, text="US")])
    return Article(id="x", text=text, quotes=[q], entities=[entity])


def test_enforce_takes_out_what_cuts_a_word_and_warns():
    text = "Officials said the US are striving to make a deal."
    good = _article(text, (15, 49), (10, 14))
    assert violations(good) == [] and enforce(good) == 0 and good.warnings == []
    bad = _article(text, (16, 40), (10, 14))  # "he US are striving to ma"
    found = violations(bad)
    assert [v.where for v in found] == ["quote q1"]
    assert enforce(bad) == 1
    assert bad.quotes == [] and bad.entities[0].mentions[0].text == "US"
    assert bad.warnings == [WARNING.format(n=1, where="quote q1 [16:40] 'he US are striving to ma'")]


def test_a_word_takes_the_label_of_its_first_labelled_piece():
    # "called remdesivir": the model labelled the pieces "re" and "iv" Content, "md", "es", "ir" outside
    offsets = [(0, 6), (7, 9), (9, 11), (11, 13), (13, 15), (15, 17)]
    word_ids = [0, 1, 1, 1, 1, 1]
    content_b, content_i = LABELS.index("B-Content"), LABELS.index("I-Content")
    labels = [0, content_b, 0, 0, content_b, 0]
    assert decode(labels, offsets) == [("Content", 7, 9), ("Content", 13, 15)]  # pieces: "re", "iv"
    assert decode(whole_words(labels, word_ids), offsets) == [("Content", 7, 17)]  # the whole word
    # a Source on "##rin" of "Sorin" alone is a Source on "Sorin"
    source_b = LABELS.index("B-Source")
    assert decode(whole_words([0, source_b], [0, 0]), [(0, 2), (2, 5)]) == [("Source", 0, 5)]
    assert whole_words([0, 0, content_i], [0, 1, None]) == [0, 0, content_i]


SCRAPED = DATA / "scraped-bodies"


@pytest.mark.skipif(not SCRAPED.exists(), reason="scraped bodies not found (set DATELINE_DATA)")
def test_no_span_cuts_a_word_on_scraped_bodies():
    """A fixed sample of the real scraped bodies (bench_wire.py --spans-all checks all 1,665)."""
    import dateline

    csv.field_size_limit(10**9)
    rows = []
    for path in sorted(SCRAPED.glob("*/*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows += [(f"{path.stem}:{r['news_id']}", r["body_text"]) for r in csv.DictReader(handle)]
    for key, body in random.Random(11).sample(rows, 6):
        article = dateline.analyze(text=body)
        assert violations(article) == [], key
        assert not any("cut a word" in w for w in article.warnings), key
