"""dateline: who said what, when, from raw news articles."""

from __future__ import annotations

from dateline.corpus import open_store
from dateline.model import SCHEMA_VERSION, Article, json_schema
from dateline.pipeline import Document, Pipeline, analyze

__version__ = "0.1.0"

__all__ = ["SCHEMA_VERSION", "Article", "Document", "Pipeline", "__version__", "analyze", "json_schema", "open_store"]
