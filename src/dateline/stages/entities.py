"""The ``entities``  stage (being built: see the issue that fills ``entities`` in the record)."""

from __future__ import annotations

from dateline.pipeline import Document, stage


@stage("entities")
def run_entities(doc: Document) -> None:
    doc.article.entities = []
