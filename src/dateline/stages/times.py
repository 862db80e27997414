"""The ``times``  stage (being built: see the issue that fills ``times`` in the record)."""

from __future__ import annotations

from dateline.pipeline import Document, stage


@stage("times")
def run_times(doc: Document) -> None:
    doc.article.times = []
