"""Shared fixtures. The spaCy model and the seed's analysis are made once per test session."""

from __future__ import annotations

import pytest

from helpers import SEED


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
