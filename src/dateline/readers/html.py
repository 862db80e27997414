"""HTML: the main content and metadata through trafilatura, then the same text stages as plain text."""

from __future__ import annotations

import re
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


#: a value that is a script or data URL, never a title, author or link of an article
_SCRIPT_URL = re.compile(r"^\s*(?:javascript|vbscript|data|file|blob)\s*:", re.I)
#: <template> content is inert markup, never shown: it is cut before extraction
_TEMPLATE = re.compile(r"<template\b.*?</template\s*>", re.I | re.S)
URL_WARNING = "{what} {value!r} was dropped: only http and https URLs are kept"
META_WARNING = "the page's {key} {value!r} is a script or data URL and was dropped"


#: an element keeps its attributes up to this many; one with more loses them all (the text stays)
MAX_ATTRIBUTES = 500
#: elements nested deeper than this are unwrapped (their tags dropped, their text kept in place)
MAX_DEPTH = 200
LIMIT_WARNING = "{count:,} element(s) {what}: their tags were dropped, their text kept"
_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)((?:[^<>\"']|\"[^\"]*\"|'[^']*')*)>")
#: elements with no end tag, or an optional one: they do not count in the depth
_FLAT = frozenset(
    "area base br col embed hr img input link meta source track wbr p li dt dd tr td th option optgroup thead "
    "tbody tfoot colgroup caption rt rp html head body".split()
)


def bound_markup(html: str) -> tuple[str, list[str]]:
    """``html`` within :data:`MAX_ATTRIBUTES` and :data:`MAX_DEPTH`, and a warning for each limit met;
    one pass over the tags, linear in the page's length."""
    crowded = deep = 0
    stack: list[bool] = []  # for each open element counted in the depth: whether its tags were dropped

    def tag(match: re.Match[str]) -> str:
        nonlocal crowded, deep
        closing, name, attrs = match.group(1), match.group(2).lower(), match.group(3)
        if len(attrs) > MAX_ATTRIBUTES * 2 and attrs.count("=") > MAX_ATTRIBUTES:
            crowded += 1
            attrs = " /" if attrs.rstrip().endswith("/") else ""
        if name in _FLAT or attrs.rstrip().endswith("/"):
            return f"<{closing}{match.group(2)}{attrs}>"
        if closing:
            return "" if stack and stack.pop() else match.group(0)
        dropped = len(stack) >= MAX_DEPTH
        deep += dropped
        stack.append(dropped)
        return "" if dropped else f"<{match.group(2)}{attrs}>"

    if html.count("<") < MAX_DEPTH and len(html) < MAX_ATTRIBUTES * 4:
        return html, []
    bounded = _TAG.sub(tag, html)
    warnings = []
    if crowded:
        warnings.append(
            LIMIT_WARNING.format(count=crowded, what=f"had over {MAX_ATTRIBUTES} attributes").replace(
                "their tags were dropped", "their attributes were dropped"
            )
        )
    if deep:
        warnings.append(LIMIT_WARNING.format(count=deep, what=f"were nested over {MAX_DEPTH} deep"))
    return bounded, warnings


def web_url(url: str | None) -> bool:
    """Whether ``url`` is an http(s) URL (the only kind a record keeps)."""
    return bool(url) and re.match(r"^https?://[^\s/]", str(url).strip(), re.I) is not None


def extract_html(html: str, *, url: str | None = None) -> tuple[str, dict[str, Any]]:
    """Return the main text (one paragraph a line) and the page metadata trafilatura finds.

    ``<template>`` content is cut first (browsers never show it); a metadata value that is a script
    or data URL is dropped, with a line in ``meta["warnings"]``.
    """
    import trafilatura

    bounded, warnings = bound_markup(_TEMPLATE.sub("", html))
    result = trafilatura.bare_extraction(bounded, url=url, **EXTRACT_OPTIONS)
    if result is None:
        return "", {"warnings": warnings} if warnings else {}
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = data.get("text") or ""
    meta: dict[str, Any] = {}
    for key in ("title", "author", "date", "url", "hostname", "sitename", "description", "categories", "tags"):
        value = data.get(key)
        if not value:
            continue
        if isinstance(value, str) and (_SCRIPT_URL.match(value) or (key == "url" and not web_url(value))):
            warnings.append(META_WARNING.format(key=key, value=value[:80]))
            continue
        meta[key] = value
    if warnings:
        meta["warnings"] = warnings
    return text, meta
