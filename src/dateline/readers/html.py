"""HTML: the main content and metadata through trafilatura, then the same text stages as plain text."""

from __future__ import annotations

from typing import Any

#: trafilatura settings; deduplication stays off: its process-wide cache returns empty text
#: when the same page is extracted twice in one process.
EXTRACT_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "deduplicate": False,
    "with_metadata": True,
    "favor_recall": False,
}


def extract_html(html: str, *, url: str | None = None) -> tuple[str, dict[str, Any]]:
    """Return the main text (one paragraph a line) and the page metadata trafilatura finds."""
    import trafilatura

    result = trafilatura.bare_extraction(html, url=url, **EXTRACT_OPTIONS)
    if result is None:
        return "", {}
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = data.get("text") or ""
    meta = {
        key: data.get(key)
        for key in ("title", "author", "date", "url", "hostname", "sitename", "description", "categories", "tags")
        if data.get(key)
    }
    return text, meta
