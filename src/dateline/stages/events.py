"""The ``events``  stage (being built: see the issue that fills ``events`` in the record)."""

from __future__ import annotations

from dateline.pipeline import Document, stage


@stage("events")
def run_events(doc: Document) -> None:
    doc.article.events = []
