"""The ``clean`` stage: build ``Article.text`` from the body lines the layout stage found.

Drops widgets, duplicate and near-duplicate paragraphs (normalised text, first one kept) and lists
every removal, with its reason, in ``Article.removed``.  With ``raw`` the input is the text.
"""

from __future__ import annotations

import re

from dateline import boilerplate, bylines
from dateline.document import Document, stage
from dateline.model import Paragraph, Removed
from dateline.pageblock import page_block

#: word 3-gram Jaccard similarity above which two paragraphs are near-duplicates
NEAR_DUPLICATE = 0.8
#: a paragraph is compared for near-duplication with this many kept paragraphs before it (exact
#: duplicates are found among all of them): linear time however many paragraphs a text has
NEAR_DUPLICATE_WINDOW = 50
#: the longest button of a consent dialog, in words
CONSENT_BUTTON_WORDS = 4
COOKIE_WARNING = "the body is only a cookie or consent notice: the page was probably saved before consent was given"


def _shingles(normal: str) -> set[tuple[str, ...]]:
    words = normal.split()
    if len(words) < 3:
        return {tuple(words)}
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def raw_paragraphs(text: str) -> list[Paragraph]:
    """Paragraph spans of pre-cleaned text: blank-line separated blocks, or lines when there are none."""
    splitter = r"\n[ \t]*\n" if re.search(r"\n[ \t]*\n", text) else r"\n"
    paragraphs, position = [], 0
    for piece in re.split(f"({splitter})", text):
        if re.fullmatch(splitter, piece):
            position += len(piece)
            continue
        stripped = piece.strip()
        if stripped:
            start = position + (len(piece) - len(piece.lstrip()))
            paragraphs.append(Paragraph(start=start, end=start + len(stripped)))
        position += len(piece)
    return paragraphs


@stage("clean", reads=("lines",), writes=("text",))
def run_clean(doc: Document) -> None:
    article = doc.article
    if doc.raw:
        article.text = doc.body
        article.paragraphs = raw_paragraphs(doc.body)
        return
    removed: list[Removed] = []
    kept: list[str] = []
    kept_numbers: list[int] = []
    kept_forms: list[tuple[str, set[tuple[str, ...]]]] = []
    kept_normals: set[str] = set()
    headline_form = boilerplate.normalise(article.headline or "")
    cookie_seen = False
    in_context = _context_debris(doc)
    for line in doc.lines:
        for piece, reason in line.removed:
            removed.append(Removed(text=piece, reason=reason, line=line.number))
        if line.kind != "body":
            cookie_seen = cookie_seen or line.reason == "cookie notice"
            if line.text:  # (a line split into pieces has none left)
                removed.append(Removed(text=line.text, reason=line.reason or line.kind, line=line.number))
            continue
        text = line.text.strip()
        if not text:
            continue
        if not line.read:  # past the layout's limits (layout.MAX_LINES, MAX_LAYOUT_CHARS): listed, not analysed
            removed.append(Removed(text=text, reason="past the text limit", line=line.number))
            continue
        if id(line) in in_context:  # a post's text, a listed headline, a poll's question (by the lines around it)
            removed.append(Removed(text=text, reason=in_context[id(line)], line=line.number))
            continue
        normal = boilerplate.normalise(text)
        if normal and normal == headline_form:
            removed.append(Removed(text=text, reason="repeats the headline", line=line.number))
            continue
        duplicate = (
            "duplicate paragraph" if normal and normal in kept_normals else _duplicate_reason(normal, kept_forms)
        )
        if duplicate:
            removed.append(Removed(text=text, reason=duplicate, line=line.number))
            continue
        kept.append(text)
        kept_numbers.append(line.number)
        kept_normals.add(normal)
        if len(normal) >= 40:  # shorter ones are only ever exact duplicates
            kept_forms.append((normal, _shingles(normal)))
            del kept_forms[:-NEAR_DUPLICATE_WINDOW]
    # repeat the page-level rules on what is kept until nothing changes, so that analysing the clean
    # text again removes nothing: a body never starts with a headline-like line (a second analysis would
    # take it for the headline), and a kept body is never itself a page with a smaller main block
    changed = True
    while changed:
        changed = False
        top = 0  # (an index, not pop(0): a text of 100,000 heading-like lines stays linear)
        while len(kept) - top > 1 and boilerplate.opening_headline(kept[top]):
            reason = "headline" if not article.headline else "heading above the body"
            if not article.headline:
                article.headline = kept[top]
            removed.append(Removed(text=kept[top], reason=reason, line=kept_numbers[top]))
            top += 1
            changed = True
        kept, kept_numbers = kept[top:], kept_numbers[top:]
        block = page_block(kept) if article.source.format != "html" else None
        if block is not None:
            first, last = block
            for text, number in (
                list(zip(kept, kept_numbers, strict=True))[:first]
                + list(zip(kept, kept_numbers, strict=True))[last + 1 :]
            ):
                removed.append(Removed(text=text, reason="outside the main text", line=number))
            kept, kept_numbers = kept[first : last + 1], kept_numbers[first : last + 1]
            changed = True
    # a consent notice leaves its buttons behind ("Accept all", "Manage preferences"): nothing else is left
    if cookie_seen and kept and all(len(text.split()) <= CONSENT_BUTTON_WORDS for text in kept):
        for text, number in zip(kept, kept_numbers, strict=True):
            removed.append(Removed(text=text, reason="cookie notice", line=number))
        kept, kept_numbers = [], []
    # an HTML page's visible text that is in neither the body nor the metadata (navigation, comments, ...)
    removed.extend(Removed(text=text, reason=reason) for text, reason in doc.html_meta.get("left_out", []))
    removed.sort(key=lambda r: r.line or 0)
    article.removed = removed
    if not kept and cookie_seen:
        article.warnings.append(COOKIE_WARNING)
    elif not kept:
        article.warnings.append("no body text was found")
    position, paragraphs = 0, []
    for text in kept:
        paragraphs.append(Paragraph(start=position, end=position + len(text)))
        position += len(text) + 2
    article.text = "\n\n".join(kept)
    article.paragraphs = paragraphs


def _context_debris(doc: Document) -> dict[int, str]:
    """The ids of body lines that are debris by the lines around them (see boilerplate.context_debris).

    From HTML a post trafilatura kept is part of the article, so only a text's lines are read."""
    if doc.article.source.format == "html":
        return {}
    lines = [line for line in doc.lines if line.read and line.text.strip()]
    found = boilerplate.context_debris(
        [(line.text.strip(), None if line.kind == "body" else (line.reason or line.kind)) for line in lines],
        byline=bylines.byline,
    )
    return {id(lines[index]): reason for index, reason in found.items()}


def _duplicate_reason(normal: str, kept: list[tuple[str, set[tuple[str, ...]]]]) -> str | None:
    if not normal:
        return None
    if len(normal) < 40:
        return None
    shingles = None
    for _other, other_shingles in kept:
        if shingles is None:
            shingles = _shingles(normal)
        union = len(shingles | other_shingles)
        if union and len(shingles & other_shingles) / union >= NEAR_DUPLICATE:
            return "near-duplicate paragraph"
    return None
