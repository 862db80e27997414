"""Shared fixtures. The spaCy model and the seed's analysis are made once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLES = ROOT / "examples"
SEED = EXAMPLES / "seed.txt"
DATA = Path(os.environ.get("DATELINE_DATA", ROOT.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_article(seed_text):
    """The seed analysed by the full default pipeline (spaCy included)."""
    import dateline

    return dateline.analyze(text=seed_text)


@pytest.fixture(scope="session")
def text_pipeline():
    from dateline.pipeline import TEXT_STAGES, Pipeline

    return Pipeline(stages=TEXT_STAGES)


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
