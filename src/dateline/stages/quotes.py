"""The ``quotes``  stage (being built: see the issue that fills ``quotes`` in the record)."""

from __future__ import annotations

from dateline.pipeline import Document, stage


@stage("quotes")
def run_quotes(doc: Document) -> None:
    doc.article.quotes = []
