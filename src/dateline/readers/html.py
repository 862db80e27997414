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
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
        "p",
        "li",
        "dt",
        "dd",
        "tr",
        "td",
        "th",
        "option",
        "optgroup",
        "thead",
        "tbody",
        "tfoot",
        "colgroup",
        "caption",
        "rt",
        "rp",
        "html",
        "head",
        "body",
    ]
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
    or data URL is dropped, with a line in ``meta["warnings"]``.  ``meta["left_out"]`` holds the
    page's visible lines that are in neither the text nor a metadata value, each with the reason its
    container gives (navigation, comments, related links, ...): the clean stage lists them in
    ``removed``, so nothing the page shows disappears without a word.
    """
    import trafilatura

    bounded, warnings = bound_markup(_TEMPLATE.sub("", html))
    result = trafilatura.bare_extraction(bounded, url=url, **EXTRACT_OPTIONS)
    if result is None:  # no article found: all the page shows is left out
        empty: dict[str, Any] = {"warnings": warnings} if warnings else {}
        empty["left_out"] = left_out(visible_lines(bounded), [])
        return "", empty
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
    # what the record keeps word for word: the body (text or removed, line by line) and the headline and
    # byline taken from the metadata (a date is rewritten as ISO 8601; a description or site name is not kept)
    accounted = [text, *(str(meta[key]) for key in ("title", "author") if key in meta)]
    meta["left_out"] = left_out(visible_lines(bounded), accounted)
    return text, meta


# --- what the page shows outside the body (so that nothing disappears silently) ---------------------

#: elements whose content a browser does not show as text
_HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "canvas", "select"})
#: elements that start a new line of visible text
_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "td",
        "th",
        "tr",
        "ul",
        "br",
        "caption",
        "button",
        "label",
        "legend",
        "option",
    ]
)
#: the reason a piece of page text is not part of the article, from its container (tag, then class / id words)
_REGION_TAGS = {
    "nav": "navigation",
    "header": "page header",
    "footer": "page footer",
    "aside": "aside or related links",
    "form": "form",
    "button": "button",
    "label": "form",
    "figcaption": "media",
}
_REGION_WORDS = (
    (re.compile(r"comment|disqus|discussion|repl(?:y|ies)", re.I), "comments"),
    (
        re.compile(
            r"related|recommend|more-?stories|read-?more|teaser|trending|popular|most-?read|outbrain|taboola", re.I
        ),
        "related links",
    ),
    (re.compile(r"\b(?:nav|menu|breadcrumb|masthead|topbar|sidebar)|navigation", re.I), "navigation"),
    (re.compile(r"share|social|follow|newsletter|subscribe|signup|sign-up", re.I), "share or subscribe widget"),
    (re.compile(r"cookie|consent|gdpr|privacy", re.I), "cookie notice"),
    (re.compile(r"\bad(?:s|vert\w*)?\b|sponsor|promo", re.I), "advertisement"),
    (re.compile(r"footer|copyright|legal", re.I), "page footer"),
    (re.compile(r"header", re.I), "page header"),
    (re.compile(r"caption|credit|photo|image|media", re.I), "media"),
)
OUTSIDE_PAGE = "page text outside the article"


def _region(element: Any) -> str:
    """Why text inside ``element`` is not the article's: its nearest container that says so."""
    node = element
    while node is not None and isinstance(node.tag, str):
        tag = node.tag.lower()
        if tag in _REGION_TAGS:
            return _REGION_TAGS[tag]
        marks = f"{node.get('class') or ''} {node.get('id') or ''} {node.get('role') or ''}"
        if marks.strip():
            for pattern, reason in _REGION_WORDS:
                if pattern.search(marks):
                    return reason
        node = node.getparent()
    return OUTSIDE_PAGE


def visible_lines(html: str) -> list[tuple[str, str]]:
    """The page's visible text as (line, reason-if-left-out) pairs, in page order (scripts, styles,
    templates and the head are not visible; the title is in ``title``)."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:  # lxml refuses an empty document or odd input: then there is no visible text
        return []
    lines: list[tuple[str, str]] = []
    current: list[str] = []
    owner: list[Any] = [None]

    def flush() -> None:
        text = " ".join(" ".join(current).split())
        if text:
            lines.append((text, _region(owner[0])))
        current.clear()

    def visit(node: Any) -> None:
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag in _HIDDEN or not isinstance(node.tag, str):
            return
        block = tag in _BLOCKS
        if block:
            flush()
            owner[0] = node
        if node.text:
            current.append(node.text)
        for child in node:
            visit(child)
            if child.tail:
                if owner[0] is not node and block:
                    flush()
                    owner[0] = node
                current.append(child.tail)
        if block:
            flush()

    body = root.find("body")
    try:
        visit(body if body is not None else root)
    except RecursionError:  # (the parser stops nesting at 256 levels; this is a second guard)
        pass
    flush()
    return lines


def left_out(lines: list[tuple[str, str]], accounted: list[str]) -> list[tuple[str, str]]:
    """The ``lines`` that ``accounted`` (the body and the metadata the record keeps) does not hold,
    compared as normalised words counted with their repeats: a line whose words are all still
    available in ``accounted`` uses them up; any other line is left out (and must be listed).  So
    every visible word is either used up once in the record or in a line returned here."""
    from collections import Counter

    from dateline.boilerplate import normalise

    held = Counter(" ".join(normalise(text) for text in accounted if text).split())
    out = []
    for text, reason in lines:
        words = Counter(normalise(text).split())
        if not words:
            continue
        if all(held[word] >= n for word, n in words.items()):
            held.subtract(words)
        else:
            out.append((text, reason))
    return out
