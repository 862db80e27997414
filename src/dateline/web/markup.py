"""An article's clean text as HTML, with its quotes, speakers, entities and time expressions marked.

Every character of the text is escaped; the marks are elements the page adds around the escaped
pieces. Spans may overlap (an entity inside a quote, a time inside both), so the text is cut at every
span boundary and each piece carries the classes of all the spans covering it.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote

from markupsafe import Markup, escape

if TYPE_CHECKING:
    from dateline.model import Article


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # quote, speaker, entity, time
    href: str | None = None
    title: str | None = None
    #: a quote's id: its first piece carries the statement link
    ref: str | None = None


def entity_href(canonical: str) -> str:
    return "/entities/" + quote(canonical, safe=":")


def marks(article: Article, corpus_ids: dict[str, str]) -> list[Mark]:
    """The spans to mark: quotes (linked to their statement page), speakers and entity mentions (linked
    to the corpus entity), time expressions (with their TIMEX3 value)."""
    out: list[Mark] = []
    names = {e.id: e for e in article.entities}
    for q in article.quotes:
        who = q.speaker.text if q.speaker else "unknown speaker"
        out.append(
            Mark(
                q.start,
                q.end,
                "quote",
                f"/statements/{quote(article.id)}/{quote(q.id)}",
                f"{q.kind} quote: {who}",
                q.id,
            )
        )
        if q.speaker is not None:
            ent = q.speaker.entity
            href = entity_href(corpus_ids[ent]) if ent and ent in corpus_ids else None
            out.append(Mark(q.speaker.start, q.speaker.end, "speaker", href, f"speaker of {q.id}"))
    for e in article.entities:
        href = entity_href(corpus_ids[e.id]) if e.id in corpus_ids else None
        for m in e.mentions:
            out.append(Mark(m.start, m.end, "entity", href, f"{e.type}: {names[e.id].name}"))
    for t in article.times:
        out.append(Mark(t.start, t.end, "time", None, f"{t.type} {t.value or ''}".strip()))
    return [m for m in out if 0 <= m.start < m.end <= len(article.text)]


def render_span(text: str, start: int, end: int, spans: list[Mark]) -> Markup:
    """HTML of ``text[start:end]`` with the marks that fall in it."""
    inside = [m for m in spans if m.start < end and m.end > start]
    cuts = sorted({start, end, *(max(start, m.start) for m in inside), *(min(end, m.end) for m in inside)})
    parts: list[str] = []
    for a, b in itertools.pairwise(cuts):
        piece: Markup = escape(text[a:b])
        covering = [m for m in inside if m.start <= a and b <= m.end]
        # innermost link wins: a speaker or an entity inside a quote links to the entity
        link = next((m for m in covering if m.kind in ("speaker", "entity") and m.href), None)
        time = next((m for m in covering if m.kind == "time"), None)
        if time is not None:
            piece = Markup('<span class="t" title="{}">{}</span>').format(time.title or "", piece)
        if link is not None:
            cls = "spk" if link.kind == "speaker" else "ent"
            piece = Markup('<a class="{}" href="{}" title="{}">{}</a>').format(cls, link.href, link.title or "", piece)
        else:
            plain = next((m for m in covering if m.kind in ("speaker", "entity")), None)
            if plain is not None:
                cls = "spk" if plain.kind == "speaker" else "ent"
                piece = Markup('<span class="{}" title="{}">{}</span>').format(cls, plain.title or "", piece)
        for q in (m for m in covering if m.kind == "quote"):
            opener = Markup("")
            if q.start == a and q.href:
                opener = Markup('<a class="qlink" href="{}" title="the statement: every appearance">❝</a>').format(
                    q.href
                )
            piece = Markup('<span class="q" data-quote="{}" title="{}">{}{}</span>').format(
                q.ref or "", q.title or "", opener, piece
            )
        parts.append(piece)
    return Markup("").join(parts)


def paragraphs(article: Article, corpus_ids: dict[str, str]) -> list[tuple[int, Markup]]:
    """The article's paragraphs as marked HTML, each with its index (the whole text when it has none)."""
    spans = marks(article, corpus_ids)
    bounds = [(p.start, p.end) for p in article.paragraphs] or [(0, len(article.text))]
    return [(i, render_span(article.text, s, e, spans)) for i, (s, e) in enumerate(bounds)]


def removed_before(article: Article) -> dict[int, list[int]]:
    """Where each removed piece goes between the paragraphs: ``{paragraph index: [removed indexes]}``,
    index ``len(paragraphs)`` for the end. Removed lines carry their line in the cleaned input; when
    the input was text (the paragraphs are found, in order, in its lines) each goes before the first
    paragraph after it. Otherwise (an HTML page, whose line numbers count the text extracted from it)
    they all go first, in their order."""
    n = len(article.paragraphs)
    if not article.removed:
        return {}
    lines = article.original.splitlines() if not article.original.lstrip().startswith("<") else []
    starts: list[int | None] = []
    pos = 0
    for p in article.paragraphs:
        head = article.text[p.start : p.end].strip()[:40]
        found = None
        for i in range(pos, len(lines)):
            if head and head in lines[i]:
                found = i + 1
                pos = i + 1
                break
        starts.append(found)
    if not n or sum(s is not None for s in starts) * 2 < n:
        return {0: list(range(len(article.removed)))}
    out: dict[int, list[int]] = {}
    for r_index, r in enumerate(article.removed):
        where = n
        if r.line is not None:
            for p_index, line in enumerate(starts):
                if line is not None and line > r.line:
                    where = p_index
                    break
        out.setdefault(where, []).append(r_index)
    return out


def safe_url(url: str | None) -> str | None:
    """A URL the page may link to: http or https only (never ``javascript:`` or ``data:``)."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None
