"""The ``layout`` stage: read the structure of a scraped article's plain text.

Every non-empty line of the body becomes a :class:`Line` with a ``kind``:

``headline``, ``timestamp``, ``byline``, ``media`` (caption and/or credit), ``widget`` (subscribe,
share, related, cookie, ... boilerplate, with its ``reason``), or ``body``.  The dateline
(``MOSCOW/GENEVA (Sputnik) -``) is split off the first body line.  The ``clean`` stage then builds
the clean text from the ``body`` lines.  Rules are about kinds of line, never about one article.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from dateline import boilerplate, bylines, textblocks
from dateline.document import Document, Line, stage
from dateline.model import Article, DatelineInfo, Media
from dateline.pageblock import page_block
from dateline.timeparse import RE_WEEKDAY, find_date, parse_timestamp, writes_day_first

# --- timestamps -------------------------------------------------------------------------------
_UPDATED = re.compile(
    r"\b(?:updated|last\s+updated|modified|last\s+modified|edited|revised|aktualisiert|zuletzt\s+aktualisiert|"
    r"geändert|mis\s+à\s+jour|actualizado|aggiornato)\b\s*(?:on|at|am|um|le|el|il)?\s*:?",
    re.I,
)
_PUBLISHED = re.compile(
    r"\b(?:published|posted|first\s+published|released|created|veröffentlicht|erstellt|erschienen|publiziert|"
    r"publié|publicado|pubblicato|gepubliceerd)\b\s*(?:on|at|am|um|le|el|il)?\s*:?",
    re.I,
)
_TIME_WORDS = re.compile(
    r"\b(?:updated|last|published|posted|first|modified|on|at|gmt|utc|et|est|edt|pt|am|pm|a\.m\.|p\.m\.|"
    r"bst|cet|msk|ist|z|\|)\b",
    re.I,
)


def _timestamp_parts(text: str, day_first: bool | None) -> tuple[str | None, str | None] | None:
    """(published, updated) if ``text`` is a timestamp line, else None."""
    if len(text) > 140 or find_date(text, day_first=day_first) is None:
        return None
    # what is left once dates, clock times, zones and time words are taken out must be next to nothing
    residue = re.sub(r"\d", " ", text)
    residue = RE_WEEKDAY.sub(" ", residue)
    residue = re.sub(boilerplate.MONTH_WORDS, " ", residue, flags=re.I)
    residue = _TIME_WORDS.sub(" ", residue)
    residue = _PUBLISHED.sub(" ", _UPDATED.sub(" ", residue))
    residue = re.sub(boilerplate.MONTH_NAMES_INTL, " ", residue, flags=re.I)
    residue = re.sub(
        r"\b(?:by|and|read|min|minutes?|reading|time|date|last|mins?|uhr|um|am|von|le|à|el|de|il|op|stand|datum|"
        r"lesedauer|lesezeit)\b",
        " ",
        residue,
        flags=re.I,
    )
    words = re.findall(r"[A-Za-z]{2,}", residue)
    if len(words) > 3:
        return None
    upd = _UPDATED.search(text)
    if upd:
        before, after = text[: upd.start()], text[upd.end() :]
        published = parse_timestamp(before, day_first=day_first) if find_date(before, day_first=day_first) else None
        updated = parse_timestamp(after, day_first=day_first)
        return published, updated
    return parse_timestamp(text, day_first=day_first), None


# --- datelines --------------------------------------------------------------------------------
_PLACE = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*"
RE_DATELINE = re.compile(
    rf"^(?P<places>{_PLACE}(?:\s*/\s*{_PLACE})*(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)*)?)"
    rf"(?:,\s*(?P<date>(?i:{boilerplate.MONTH_WORDS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{boilerplate.MONTH_WORDS})\.?))?"
    r"\s*(?:\((?P<agency>[^()]{2,40})\)\s*)?"
    r"(?P<dash>[-–—]{1,2}|:)\s+",
)


def _title(place: str) -> str:
    if place.isupper():
        return " ".join(w.capitalize() if len(w) > 2 or "." not in w else w for w in place.split())
    return place


#: the agency alone opening the text: "(Reuters) - ", "(TMU) – ", "(Natural News) " (a name of 1-4
#: capitalised words or an acronym in brackets, then a dash, a colon or the sentence)
RE_AGENCY_DATELINE = re.compile(
    r"^\((?P<agency>[A-Z][\w.&'’]*(?:\s+[A-Z][\w.&'’]*){0,3})\)(?:\s*(?P<dash>[-–—]{1,2}|:)\s+|\s+(?=[\"“‘A-Z0-9]))"
)
#: a place in title case ("Washington —", "New Delhi (Sputnik):", "Kyiv, Ukraine (AP) —"): the place
#: needs an agency after it, or else an en or em dash (a hyphen or colon after words could be prose)
RE_TITLE_DATELINE = re.compile(
    r"^(?P<places>[A-Z][a-z]+(?:[ -][A-Z][a-z.]+){0,2}(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?)"
    r"\s*(?:\((?P<agency>[^()]{2,40})\)\s*(?P<dash>[-–—]{1,2}|:)|(?P<long>[–—]))\s+(?=[\"“‘A-Z0-9])"
)
#: words that open sentences and are no place ("But — ...", "This — ...")
_NOT_PLACES = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "but",
        "or",
        "so",
        "yes",
        "no",
        "this",
        "that",
        "these",
        "those",
        "it",
        "he",
        "she",
        "we",
        "they",
        "i",
        "you",
        "in",
        "on",
        "at",
        "for",
        "of",
        "to",
        "by",
        "with",
        "from",
        "as",
        "if",
        "when",
        "while",
        "here",
        "there",
        "then",
        "now",
        "today",
        "yesterday",
        "meanwhile",
        "however",
        "still",
        "also",
    ]
)


def split_dateline(text: str) -> tuple[DatelineInfo, int] | None:
    """The dateline at the start of ``text`` and where the body after it starts: "PLACE (Agency) -",
    "PLACE, Month D (Agency) -", "PLACE -", the agency alone ("(Reuters) -", "(Natural News) "), or a
    place in title case before an agency or a long dash ("Washington —", "New Delhi (Sputnik):")."""
    agency_only = RE_AGENCY_DATELINE.match(text)
    if agency_only is not None:
        agency = agency_only.group("agency").strip()
        info = DatelineInfo(text=text[: agency_only.end()].strip(), places=[], agency=agency, date=None)
        return info, agency_only.end()
    m = RE_DATELINE.match(text)
    if not m:
        return _title_dateline(text)
    places_text = m.group("places")
    first = re.split(r"[/,]", places_text)[0].strip()
    # a dateline's first place is written in capitals ("PARIS", "KYIV, Ukraine"); needs an agency or a dash
    if not first.replace(".", "").replace(" ", "").replace("-", "").isupper() or len(first) < 2:
        return None
    if m.group("dash") == ":" and not m.group("agency"):
        return None
    places = [_title(p.strip()) for p in re.split(r"\s*[/,]\s*", places_text) if p.strip()]
    info = DatelineInfo(
        text=text[: m.end()].strip(),
        places=places,
        agency=(m.group("agency") or "").strip() or None,
        date=m.group("date"),
    )
    return info, m.end()


def _title_dateline(text: str) -> tuple[DatelineInfo, int] | None:
    m = RE_TITLE_DATELINE.match(text)
    if m is None:
        return None
    places_text = m.group("places")
    if places_text.split()[0].lower().strip(",") in _NOT_PLACES:
        return None
    places = [p.strip() for p in re.split(r"\s*,\s*", places_text) if p.strip()]
    info = DatelineInfo(
        text=text[: m.end()].strip(), places=places, agency=(m.group("agency") or "").strip() or None, date=None
    )
    return info, m.end()


# --- media ------------------------------------------------------------------------------------
def _media(text: str) -> tuple[Media, list[tuple[str, str]]] | None:
    """Caption/credit of a photo line, and pieces of it that are widgets (e.g. 'Go to the mediabank')."""
    credit_match = boilerplate.find_credit(text)
    if credit_match is None:
        return None
    credit, caption, widgets = credit_match
    return Media(caption=caption, credit=credit), widgets


# --- the stage --------------------------------------------------------------------------------
#: the longest paragraph read as one: a longer one is cut into paragraphs of at most this many characters
#: (after a sentence's end where there is one, else after a space, else inside a word), so every rule
#: of the layout and clean stages runs on bounded lines
MAX_LINE_CHARS = 10_000
LONG_LINE_WARNING = "{count} paragraph(s) over {limit:,} characters were cut into paragraphs of at most {limit:,}"
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]* ")


def cut_long(text: str, limit: int = MAX_LINE_CHARS) -> list[str]:
    """``text`` as pieces of at most ``limit`` characters, cut after a sentence end or a space when the
    piece has one; the pieces joined by single spaces give ``text`` back (but where cut inside a word)."""
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start : start + limit + 1]
        ends = [m.end() for m in _SENTENCE_END.finditer(window, limit // 2)]
        cut = ends[-1] if ends else window.rfind(" ", limit // 2) + 1
        cut = cut if cut > 0 else limit
        pieces.append(text[start : start + cut].rstrip())
        start += cut
    pieces.append(text[start:])
    return [p for p in pieces if p]


#: the layout rules read this many lines and characters of a text; the rest is listed in removed
MAX_LINES = 10_000
MAX_LAYOUT_CHARS = 500_000
UNREAD_WARNING = (
    "the text has {lines:,} paragraphs and {chars:,} characters: the layout and cleaning rules read the first "
    "{read:,} paragraphs ({limit_lines:,} / {limit_chars:,} characters at most); the rest is listed in removed ('past the text limit')"
)


def split_lines(body: str) -> list[Line]:
    lines: list[Line] = []
    for number, raw in enumerate(body.splitlines(), start=1):
        text = " ".join(raw.replace("\ufeff", " ").split())  # a byte-order mark is not text
        if len(text) > MAX_LINE_CHARS:
            lines.extend(Line(text=piece, number=number) for piece in cut_long(text))
        elif text:
            lines.append(Line(text=text, number=number))
    return lines


def _headline_candidate(line: Line, following: list[Line]) -> bool:
    return bool(following) and boilerplate.headline_like(line.text)


#: how many of a body's last lines may be a note about its author
BIO_LINES = 3
#: how many lines before the main block of a page are searched for its headline, date and byline
HEADER_WINDOW = 12
#: a line of at most this many words with a date in it, away from the header, can date a page
DATE_LINE_WORDS = 8
#: a title-like line scores its words up to this many (longer is not more title-like)
HEADLINE_WORD_SCORE = 8
#: how many lines below a title-like line its date or byline may be
HEADLINE_LOOKAHEAD = 3
#: what each line between a title-like line and the main block costs it
HEADLINE_DISTANCE = 0.25
#: how many of the main block's first lines may hold the headline (the block can open with a notice)
HEADLINE_INSIDE = 4
#: the longest headline of a page, in words
HEADLINE_MAX_WORDS = 24
#: a line below a title-like line with more words than this is prose, not its date or byline line
HEADER_LINE_WORDS = 12
#: a title-like line scoring less than this is not taken for the headline
HEADLINE_MIN_SCORE = 2.0
#: a saved page's first line is its title when it has this many words and this share of them on topic
PAGE_TITLE_MIN_WORDS = 4
PAGE_TITLE_ON_TOPIC = 0.5
#: a "Title | Site" first line is the page's title when the part before the separator has this many words
PAGE_TITLE_HEAD_WORDS = 2
#: a one-word part of a page title repeated near the main block is its headline from this many characters
PAGE_TITLE_PART_CHARS = 6
#: how many lines below a page's title may repeat its site's name (the logo)
TITLE_LOGO_LINES = 2
#: how many lines above the main block a page's title shown again is its heading, on topic or not
TITLE_HEADING_LINES = 6
#: the longest run of characters without a space in a page's first line taken for its title
TITLE_MAX_RUN = 60
#: what a title-like line gains when all its words (not stop words) come back in the main block
HEADLINE_TOPIC = 4.0
#: what a title-like line gains when the page repeats it
HEADLINE_REPEATED = 4.0
#: what a title-like line below the block's first line loses
HEADLINE_INSIDE_COST = 4.0
#: how many of the main block's first lines are read as part of its header (date, byline)
HEADER_BLOCK_LINES = 5
_WORD = re.compile(r"[^\W\d_]{3,}")


@stage("layout", reads=("body",), uses=("html_meta",), writes=("lines", "metadata"))
def run_layout(doc: Document) -> None:
    if doc.raw:
        return
    lines = split_lines(doc.body)
    read, chars = 0, 0
    for line in lines:
        if read >= MAX_LINES or chars + len(line.text) > MAX_LAYOUT_CHARS:
            break
        read, chars = read + 1, chars + len(line.text)
    unread = lines[read:]
    for line in unread:
        line.read = False
    if unread:
        doc.article.warnings.append(
            UNREAD_WARNING.format(
                lines=len(lines),
                chars=sum(len(line.text) for line in lines),
                read=read,
                limit_lines=MAX_LINES,
                limit_chars=MAX_LAYOUT_CHARS,
            )
        )
    _layout(doc, lines[:read])
    doc.lines = lines


def _layout(doc: Document, lines: list[Line]) -> None:
    article = doc.article
    doc.lines = lines
    long = sum(
        1
        for raw in doc.body.splitlines()
        if len(raw) > MAX_LINE_CHARS and len(raw.split()) and len(" ".join(raw.split())) > MAX_LINE_CHARS
    )
    if long:
        article.warnings.append(LONG_LINE_WARNING.format(count=long, limit=MAX_LINE_CHARS))
    day_first = writes_day_first(doc.body)
    meta = doc.html_meta
    title = meta.get("title")
    if title:
        article.headline = " ".join(str(title).split())
    if meta.get("author"):
        article.byline = [a.strip() for a in re.split(r";|\band\b|,", str(meta["author"])) if a.strip()]
    if meta.get("date") and not article.published:
        article.published = parse_timestamp(str(meta["date"])) or str(meta["date"])

    # a whole page saved as text: only its main block of prose (and the header just above it) is read
    block = None if article.source.format == "html" else page_block([line.text for line in lines])
    first, last = block if block is not None else (0, len(lines) - 1)
    header_start = max(0, first - HEADER_WINDOW) if block is not None else 0
    for index, line in enumerate(lines):
        if index < header_start or index > last:
            line.kind, line.reason = "boilerplate", _outside_reason(line.text)
    if block is not None and not title:
        _page_header(article, lines, header_start, (first, last), day_first)
    elif not title and lines and _headline_candidate(lines[0], lines[1:]):
        lines[0].kind, lines[0].reason = "headline", "headline"
        article.headline = lines[0].text
    if not title and article.headline is None and article.source.format != "html" and _title_line(lines, day_first):
        # nothing else reads as the headline: the first line has the shape of a saved page's title
        lines[0].kind, lines[0].reason = "headline", "headline"
        article.headline = _strip_site_name(lines[0].text)
        for line in lines[1:]:
            if line.kind == "body" and _same_text(line.text, lines[0].text):
                line.kind, line.reason = "headline", "repeats the headline"  # the title shown again

    header_zone = True  # headline, timestamps and bylines come before the first body paragraph
    seen_body = 0
    for index, line in enumerate(lines[header_start : last + 1], start=header_start):
        if line.kind != "body":
            continue
        text = line.text
        if title and _same_text(text, str(title)):
            line.kind, line.reason = "headline", "headline"
            continue
        if article.headline and _same_text(text, article.headline):
            # the headline again (a page repeats it): not a body line, so it does not hide the dateline
            line.kind, line.reason = "headline", "repeats the headline"
            continue
        widget = boilerplate.widget_reason(text)
        if widget == "embedded post" and article.source.format == "html":
            widget = None  # from HTML, trafilatura kept the post as part of the article (a quoted tweet)
        if widget:
            line.kind, line.reason = "widget", widget
            continue
        media = _media(text)
        if media is not None:
            item, pieces = media
            line.kind, line.reason = "media", "media"
            if pieces:
                # widget pieces inside the photo line ("Go to the mediabank"): the line is listed as its
                # pieces in order, each once, and nothing of it is left over
                line.removed.extend(_split_around(text, pieces, "media"))
                line.text = ""
            _add_media(article.media, item)
            continue
        stamp = _timestamp_parts(text, day_first) if seen_body < 3 else None
        if stamp is not None:
            published, updated = stamp
            line.kind, line.reason = "timestamp", "timestamp"
            if published and not article.published:
                article.published = published
            if updated and not article.updated:
                article.updated = updated
            continue
        if (index >= len(lines) - BIO_LINES or header_zone) and boilerplate.author_bio(text):
            # "Jane Doe is a senior reporter for X.": a note about the author, who wrote the article
            line.kind, line.reason = "bio", "author bio"
            name = text.split(" is ")[0].split(" was ")[0].strip()
            if name and name not in article.byline and len(name.split()) <= 4:
                article.byline.append(name)
            continue
        names = bylines.byline(text) if (header_zone or seen_body < 3 or index >= len(lines) - 3) else None
        if names:
            line.kind, line.reason = "byline", "byline"
            for name in names:
                if name not in article.byline:
                    article.byline.append(name)
            continue
        if index < first:  # above the page's main block: not part of the body
            line.kind, line.reason = "boilerplate", _outside_reason(text)
            continue
        if header_zone and article.dateline is None:
            found = split_dateline(text)
            if found is not None:
                info, cut = found
                article.dateline = info
                line.removed.append((text[:cut].rstrip(), "dateline"))
                line.text = text[cut:]
        header_zone = False
        seen_body += 1


def _outside_reason(text: str) -> str:
    return boilerplate.widget_reason(text) or "outside the main text"


def _page_header(
    article: Article, lines: list[Line], header_start: int, block: tuple[int, int], day_first: bool | None
) -> None:
    """Headline, date and byline of a page from the lines just above its main block.

    The headline is the best title-like line there: nearest the block, a few words long, and preferably
    one the page repeats (breadcrumbs, share text and the heading itself); the date and byline are the
    nearest ones written above the block (or in its first lines), or a line that is only a name, above
    the block or just below it (an author box).
    """
    first, last = block
    counts: dict[str, int] = {}
    for line in lines:
        key = boilerplate.normalise(line.text)
        counts[key] = counts.get(key, 0) + 1
    best: tuple[float, Line] | None = None
    stops = textblocks.page_stopwords("\n".join(line.text for line in lines))
    topic = {w.casefold() for line in lines[first + HEADLINE_INSIDE : block[1] + 1] for w in _WORD.findall(line.text)}
    # the headline is above the block or among its first lines (the block may open with a notice)
    stop = min(len(lines), first + HEADLINE_INSIDE)
    for index in range(header_start, stop):
        line = lines[index]
        text = line.text
        words = len(text.split())
        if words < 2 or not boilerplate.headline_like(text, HEADLINE_MAX_WORDS) or boilerplate.widget_reason(text):
            continue
        if _media(text) is not None or bylines.byline(text) or _timestamp_parts(text, day_first) is not None:
            continue
        if (
            bylines.RE_INLINE_BYLINE.search(text)
            or boilerplate.ends_article(text)
            or not re.search(r"[^\W\d_]{3}", text)
        ):
            continue
        if re.search(r"^[←→«»‹›<>]|[←→«»‹›<>]$", text):
            continue  # a link to the previous or next post
        score = min(words, HEADLINE_WORD_SCORE) - HEADLINE_DISTANCE * abs(first - index)
        content = {w.casefold() for w in _WORD.findall(text)} - stops
        if content:
            # a title names the article's topic: its words come back in the prose
            score += HEADLINE_TOPIC * len(content & topic) / len(content)
        if counts.get(boilerplate.normalise(text), 0) > 1:
            score += HEADLINE_REPEATED  # the page repeats its title (breadcrumb, heading, share text)
        if index > first:
            score -= HEADLINE_INSIDE_COST  # inside the block: more likely a subheading
        is_name = bylines.name_line(text, stops) is not None
        if is_name:
            score -= 4  # a person's name (an author line, a photo credit) is not a title
        for following in lines[index + 1 : index + 1 + HEADLINE_LOOKAHEAD]:
            if len(following.text.split()) > HEADER_LINE_WORDS:
                continue  # prose that mentions a date is not the headline's date line
            if (
                find_date(following.text) is not None
                or bylines.byline(following.text)
                or bylines.RE_INLINE_BYLINE.search(following.text)
                or bylines.RE_BY_ALONE.match(following.text)
                or (not is_name and bylines.name_line(following.text, stops))
            ):
                score += 4  # a headline is followed by its date or byline
                break
        if re.search(r"[»«|←→/>]|^\W|(?:,.*){2}", text):
            score -= 4  # breadcrumbs, menus, lists of categories
        if best is None or score > best[0]:
            best = (score, line)
    if best is not None and best[0] < HEADLINE_MIN_SCORE:
        best = None  # nothing there reads like a title
    heading_line = best[1] if best is not None else None  # the byline is looked for next to it
    page_title = _page_title(lines, header_start, topic, stops)
    near = max(header_start, first - TITLE_HEADING_LINES)
    title_topic = _topic(lines, block)
    stop = min(len(lines), first + HEADLINE_INSIDE)
    repeated = _repeated_title(lines, stop, day_first, title_topic, stops, near=near, first=first)
    if repeated is not None and (best is None or best[1] is not repeated):
        # the page shows its title (the first line, or the part of it that is not the site's name) again
        # as a line near the main block: that line is the headline, whatever scored best
        best, page_title = (HEADLINE_MIN_SCORE, repeated), None
    if page_title is not None:
        # the page's own title line (scrapers that save the whole document put <title> first) names the
        # article; a heading above the block that it contains is the cleaner form ("Title | Site")
        title_form = boilerplate.normalise(_strip_site_name(page_title.text))
        heading = boilerplate.normalise(best[1].text) if best is not None else ""
        if not heading or not title_form.startswith(heading) or 2 * len(heading) < len(title_form):
            best = (HEADLINE_MIN_SCORE, page_title)
    if best is not None:
        best[1].kind, best[1].reason = "headline", "headline"
        # the title line is listed in `removed` whole; the headline is its part without the site's name
        article.headline = _strip_site_name(best[1].text) if best[1] is page_title else best[1].text
    window = range(header_start, min(len(lines), first + HEADER_BLOCK_LINES))
    if not article.published:
        # the date nearest below the headline first, then the rest of the header
        # (where the page shows the headline first, when it shows it several times)
        start = header_start
        if best is not None and article.headline:
            key = boilerplate.normalise(article.headline)
            at = lines.index(best[1])
            start = min(
                (i for i in range(max(1, header_start), at) if boilerplate.normalise(lines[i].text) == key), default=at
            )
        for index in [*range(start, window.stop), *range(header_start, start)]:
            text = lines[index].text
            if len(text) <= 160 and find_date(text, day_first=day_first) is not None:
                article.published = parse_timestamp(text, day_first=day_first)
                if article.published:
                    break
    if not article.published:  # else the nearest short date line above the block, then inside it
        for index in [*range(header_start - 1, -1, -1), *range(first, min(len(lines), last + 1))]:
            text = lines[index].text
            if len(text.split()) <= DATE_LINE_WORDS and find_date(text, day_first=day_first) is not None:
                article.published = parse_timestamp(text, day_first=day_first)
                if article.published:
                    break
    if not article.byline:
        heading_at = lines.index(heading_line) if heading_line is not None else None
        skip = {index for index, line in enumerate(lines) if line.kind == "headline"}
        texts = [line.text for line in lines]
        article.byline.extend(bylines.page_byline(texts, heading_at, window, block, stops, skip))


def _page_title(lines: list[Line], header_start: int, topic: set[str], stops: AbstractSet[str]) -> Line | None:
    """The first line of a saved page when it is the page's title: title-like, a few words, on topic.

    "Headline | Site" (a title and the site's name after a separator) has the shape of a page title,
    not of a menu, wherever the main block starts; otherwise only a line above the header window
    counts (inside it, the headline rules read it anyway), and most of its content words must come
    back in the article's prose, which a site menu's do not.
    """
    if not lines:
        return None
    line = lines[0]
    text = line.text
    if boilerplate.widget_reason(text) or bylines.byline(text) or _media(text) is not None:
        return None
    site = _SITE_SUFFIX.search(text)
    if site is not None:
        head = _SITE_SEPARATOR.split(text)[0]
        if len(head.split()) >= PAGE_TITLE_HEAD_WORDS and _title_shape(text) and _title_shape(head.rstrip(".")):
            return line
    if len(text.split()) < PAGE_TITLE_MIN_WORDS or not boilerplate.headline_like(text, 2 * HEADLINE_MAX_WORDS):
        return None
    content = {w.casefold() for w in _WORD.findall(text)} - stops
    if not content or len(content & topic) / len(content) < PAGE_TITLE_ON_TOPIC:
        return None
    return line


def _repeated_title(
    lines: list[Line],
    stop: int,
    day_first: bool | None,
    topic: set[str],
    stops: AbstractSet[str],
    *,
    near: int | None = None,
    first: int | None = None,
) -> Line | None:
    """A line among ``lines[1:stop]`` that repeats the page's first line, or a part of it between the
    separators of a page title ("Site - Section - Headline", "Headline › Blog"), when the first line is
    the page's title: a headline the page shows below its title, without the site's name.

    Of several such lines the longest is taken (a site's or section's name is shorter than a headline),
    then the one nearest the main block, but not one just below the title when there are others (a
    site's name comes back in its logo at the top).  Like any title the line names the
    article's topic (most of its content words come back in the prose), unless it stands just above the
    main block (``near`` to ``first``) or, for a title of some words, among its first lines, where a
    heading stands: a site's name or slogan first and again in its logo is not one.  A first line of
    two or three words without a separator counts only when it comes back just above the block: a
    site's menu word does not."""
    if len(lines) < 2:
        return None
    title = lines[0].text
    whole = boilerplate.normalise(title)
    separated = _TITLE_SEPARATOR.search(title) is not None
    if not separated and len(title.split()) < 2:
        return None  # a site's menu or logo line ("Startseite", "Menü"), not a page title
    short = not separated and len(title.split()) < PAGE_TITLE_MIN_WORDS
    first = stop if first is None else first
    near = first if near is None else near
    # the whole title, or one part of it or several parts in a row
    parts = [boilerplate.normalise(part) for part in _TITLE_SEPARATOR.split(title)]
    forms = {whole} | {
        " ".join(p for p in parts[i:j] if p) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)
    }
    # the headline is the longest part but for the last ("Headline | Site": a site's name may be longer),
    # and the last part alone is the site's name unless it is the longest ("Site: Headline")
    shortest = max(map(len, parts[:-1]), default=0)
    found: list[tuple[int, int, Line]] = []
    for index in range(1, stop):
        line = lines[index]
        text = line.text
        key = boilerplate.normalise(text)
        if not key or key not in forms or len(key) < shortest:
            continue
        # just above the block a repeat is a heading (a title of some words also among its first lines)
        heading = near <= index < first or (index >= first and not short)
        if not heading and (short or not _on_topic(text, topic, stops)):
            continue
        words = len(text.split())
        if words < 2 and not (separated and len(key) >= PAGE_TITLE_PART_CHARS):
            continue
        # the page's own title vouches for the line: a headline may end with a full stop or open with «
        if (
            not _title_shape(text.rstrip("."))
            or boilerplate.widget_reason(text)
            or bylines.byline(text)
            or _timestamp_parts(text, day_first) is not None
        ):
            continue
        if key == parts[-1] and len(key) < max(map(len, parts)):
            continue
        found.append((len(key), index, line))
    if len(found) > 1:
        # the line just below the title repeats its site's name (the logo): the headline is another
        found = [item for item in found if item[1] > TITLE_LOGO_LINES] or found
    return max(found, key=lambda item: item[:2])[2] if found else None


def _on_topic(text: str, topic: set[str], stops: AbstractSet[str]) -> bool:
    """Whether most of the content words of ``text`` come back in the article's prose (``topic``)."""
    content = {w.casefold() for w in _WORD.findall(text)} - stops
    return bool(content) and len(content & topic) / len(content) >= PAGE_TITLE_ON_TOPIC


def _topic(lines: list[Line], block: tuple[int, int]) -> set[str]:
    """The words of the main block's prose, below the lines that may hold the headline (or the whole
    block when it is too short for that)."""
    first, last = block
    start = first + HEADLINE_INSIDE if last - first >= 2 * HEADLINE_INSIDE else first
    return {w.casefold() for line in lines[start : last + 1] for w in _WORD.findall(line.text)}


def _title_line(lines: list[Line], day_first: bool | None) -> bool:
    """Whether the first of ``lines`` has the shape of a page's title: "Headline | Site", or two words
    or more that the page shows again (a sentence too), and not a notice, a byline, a date or a photo
    line.  A site's menu word or skip link ("Zum Inhalt springen") is not; nor is an article's first
    paragraph, which reads like a title but does not come back."""
    if not lines:
        return False
    text = lines[0].text
    if (
        boilerplate.widget_reason(text)
        or bylines.byline(text)
        or _media(text) is not None
        or find_date(text, day_first=day_first) is not None
        or len(_strip_site_name(text).split()) > HEADLINE_MAX_WORDS
        or not re.search(r"[^\W\d_]{2}", text)
        or max(map(len, text.split())) > TITLE_MAX_RUN
    ):
        return False  # (a paragraph-long run of an unspaced script is prose or a menu run together)
    site = _SITE_SUFFIX.search(text)
    if site is not None and len(_SITE_SEPARATOR.split(text)[0].split()) >= PAGE_TITLE_HEAD_WORDS:
        return _title_shape(text)
    # else the page shows the line again (a heading): a first paragraph of an article does not come back
    key = boilerplate.normalise(text)
    if len(text.split()) < 2 or not any(boilerplate.normalise(line.text) == key for line in lines[1:]):
        return False
    return _title_shape(text.rstrip("."))


def _title_shape(text: str) -> bool:
    """A page title's shape: a few words, not ending like a part of a sentence."""
    words = text.split()
    if not words or len(words) > 2 * HEADLINE_MAX_WORDS or len(text) > 300:
        return False
    return text[-1] not in ".;,:" or text.endswith("...")


# what separates a site's name from the headline in a page title ("Headline | Site", "Headline – Site")
_SITE_SEP = r"\s+(?:\||–|—|-|::|·|»|«|›|‹)\s+"
_SITE_SUFFIX = re.compile(_SITE_SEP + r"(?P<site>[^|–—:·»«›‹]{2,60})$")
_SITE_SEPARATOR = re.compile(_SITE_SEP)
# what separates the parts of a page title: "Site - Section - Headline", "Headline › Blog", "Site: Headline"
_TITLE_SEPARATOR = re.compile(r"\s*[|›‹»«]\s*|\s+(?:–|—|-|::|·)\s+|:\s+")


def _strip_site_name(text: str) -> str:
    """'Headline | Site' -> 'Headline': a short last segment after a separator is the site's name."""
    m = _SITE_SUFFIX.search(text)
    if m and len(m.group("site").split()) <= 4 and len(text[: m.start()].split()) >= 3:
        return text[: m.start()].strip()
    return text


def _split_around(text: str, pieces: list[tuple[str, str]], reason: str) -> list[tuple[str, str]]:
    """``text`` cut into the ``pieces`` (in order) and the segments between them, given ``reason``."""
    out: list[tuple[str, str]] = []
    position = 0
    for piece, piece_reason in pieces:
        at = text.find(piece, position)
        if at < 0:
            continue
        if text[position:at].strip():
            out.append((text[position:at].strip(), reason))
        out.append((piece, piece_reason))
        position = at + len(piece)
    if text[position:].strip():
        out.append((text[position:].strip(), reason))
    return out


def _same_text(a: str, b: str) -> bool:
    return boilerplate.normalise(a) == boilerplate.normalise(b)


def _add_media(media: list[Media], item: Media) -> None:
    """Add a photo line; a credit repeated under its caption joins the item it belongs to."""
    for existing in media:
        if item.caption is None and item.credit and existing.credit == item.credit:
            return
        if item.caption is None and existing.credit is None and existing.caption:
            existing.credit = item.credit
            return
        if item.credit is None and existing.caption is None:
            existing.caption = item.caption
            return
    media.append(item)
