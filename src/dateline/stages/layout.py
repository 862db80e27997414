"""The ``layout`` stage: read the structure of a scraped article's plain text.

Every non-empty line of the body becomes a :class:`Line` with a ``kind``:

``headline``, ``timestamp``, ``byline``, ``bio``, ``media`` (caption and/or credit), ``widget``
(subscribe, share, related, cookie, ... boilerplate, with its ``reason``), or ``body``.  The dateline
(``MOSCOW/GENEVA (Sputnik) -``) is split off the first body line.  The ``clean`` stage then builds
the clean text from the ``body`` lines.  Rules are about kinds of line, never about one article.

This module is the driver: the rules for each field (headline, timestamp, byline, dateline, media)
are in :mod:`dateline.layout`, their thresholds in one :class:`~dateline.layout.config.LayoutConfig`
(:func:`run_layout` takes one; the pipeline runs it with the defaults).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dateline import boilerplate, bylines, textblocks
from dateline.document import Document, Line, stage
from dateline.layout import datelines, titles
from dateline.layout import header as page_header
from dateline.layout.config import DEFAULT, LayoutConfig
from dateline.layout.datelines import split_dateline
from dateline.layout.lines import cut_long, long_line_warning, mark_unread, split_lines
from dateline.layout.media import add_media, media_line, split_around
from dateline.layout.timestamps import timestamp_parts
from dateline.model import Article, DatelineInfo
from dateline.pageblock import page_block
from dateline.timeparse import parse_timestamp, writes_day_first

__all__ = ["DEFAULT", "LayoutConfig", "Line", "cut_long", "run_layout", "split_dateline", "split_lines"]

#: the limits of :data:`DEFAULT`, by their old names (docs/hostile.md lists them)
MAX_LINE_CHARS = DEFAULT.max_line_chars
MAX_LINES = DEFAULT.max_lines
MAX_LAYOUT_CHARS = DEFAULT.max_layout_chars

# the header rules by the names the tests know them by
_page_title = titles.page_title
_repeated_title = titles.repeated_title
_strip_site_name = titles.strip_site_name
_title_line = titles.title_line


@stage("layout", reads=("body",), uses=("html_meta",), writes=("lines", "metadata"))
def run_layout(doc: Document, config: LayoutConfig = DEFAULT) -> None:
    if doc.raw:
        return
    lines = split_lines(doc.body, config)
    read, warning = mark_unread(lines, config)
    if warning:
        doc.article.warnings.append(warning)
    _layout(doc, lines[:read], config)
    doc.lines = lines


def _layout(doc: Document, lines: list[Line], config: LayoutConfig) -> None:
    article = doc.article
    doc.lines = lines
    warning = long_line_warning(doc.body, config)
    if warning:
        article.warnings.append(warning)
    day_first = writes_day_first(doc.body)
    title = _html_metadata(article, doc.html_meta)
    # a whole page saved as text: only its main block of prose (and the header just above it) is read
    block = None if article.source.format == "html" else page_block([line.text for line in lines])
    first, last = block if block is not None else (0, len(lines) - 1)
    header_start = max(0, first - config.header_window) if block is not None else 0
    for index, line in enumerate(lines):
        if index < header_start or index > last:
            line.kind, line.reason = "boilerplate", _outside_reason(line.text)
    if not title:
        if block is not None:
            _page_header(article, lines, header_start, (first, last), day_first, config)
        else:
            _first_line_headline(article, lines)
        if article.headline is None and article.source.format != "html":
            _title_line_headline(article, lines, day_first, config)
    reading = _Reading(article, lines, first, day_first, config, title, page=block is not None)
    for index in range(header_start, last + 1):
        if lines[index].kind == "body":
            reading.read(index)


def _html_metadata(article: Article, meta: dict[str, object]) -> str | None:
    """The headline, byline and date HTML metadata gives (trafilatura's); the title, if any."""
    title = meta.get("title")
    if title:
        article.headline = " ".join(str(title).split())
    if meta.get("author"):
        article.byline = [a.strip() for a in re.split(r";|\band\b|,", str(meta["author"])) if a.strip()]
    if meta.get("date") and not article.published:
        article.published = parse_timestamp(str(meta["date"])) or str(meta["date"])
    return str(title) if title else None


def _first_line_headline(article: Article, lines: list[Line]) -> None:
    """An article (not a whole page): its first line is the headline when it reads like one, and is no
    byline, desk or wire credit ("Staff writer") or reposted story's credit."""
    if len(lines) > 1 and boilerplate.opening_headline(lines[0].text) and not _credits(lines):
        lines[0].kind, lines[0].reason = "headline", "headline"
        article.headline = lines[0].text


def _credits(lines: list[Line]) -> bool:
    """Whether the first of ``lines`` credits the story (a byline block, "By ...", "Staff", a wire, "Originally
    published on ...") rather than naming it."""
    text = lines[0].text
    return bool(
        bylines.byline(text)
        or bylines.credit_line(text)
        or bylines.reposted_names(text) is not None
        or bylines.byline_block([line.text for line in lines[:5]], 0)
    )


def _title_line_headline(article: Article, lines: list[Line], day_first: bool | None, config: LayoutConfig) -> None:
    """Nothing else reads as the headline: the first line, when it has the shape of a saved page's title,
    is (less the site's name); the lines that show it again are listed as its repeats.  A byline shown
    twice, or a desk's credit, is never the headline."""
    if not titles.title_line(lines, day_first, config) or _credits(lines):
        return
    lines[0].kind, lines[0].reason = "headline", "headline"
    article.headline = titles.strip_site_name(lines[0].text)
    for line in lines[1:]:
        if line.kind == "body" and _same_text(line.text, lines[0].text):
            line.kind, line.reason = "headline", "repeats the headline"  # the title shown again


def _page_header(
    article: Article,
    lines: list[Line],
    header_start: int,
    block: tuple[int, int],
    day_first: bool | None,
    config: LayoutConfig = DEFAULT,
) -> None:
    """Headline, date and byline of a page from the lines just above its main block (see
    :mod:`dateline.layout.header`)."""
    stops = textblocks.page_stopwords("\n".join(line.text for line in lines))
    header = page_header.Header(lines, header_start, block, day_first, stops, config)
    heading = page_header.best_heading(header)
    best, title_line = page_header.page_headline(header, heading)
    if best is not None:
        best.kind, best.reason = "headline", "headline"
        # the title line is listed in `removed` whole; the headline is its part without the site's name
        article.headline = titles.strip_site_name(best.text) if best is title_line else best.text
    if not article.published:
        article.published = page_header.page_published(header, best, article.headline)
    if not article.byline:
        article.byline.extend(page_header.page_byline(header, heading))


@dataclass
class _Reading:
    """The lines of the text read in order, each given its kind: headline, timestamps and bylines come
    before the first body paragraph (the header zone), the dateline opens that paragraph."""

    article: Article
    lines: list[Line]
    first: int
    day_first: bool | None
    config: LayoutConfig
    title: str | None
    #: a whole page saved as text (its header is read by the page rules: menus above it are no byline block)
    page: bool = False
    header_zone: bool = True
    seen_body: int = 0
    #: the byline block at the top of the text ends before this line
    block_end: int = 0
    #: whether the byline so far comes from notes about the author (another note adds to it)
    noted: bool = False
    #: how many lines of the text are a dash and a name (counted when the first is met)
    signatures: int | None = None

    def read(self, index: int) -> None:
        line = self.lines[index]
        if (
            self._headline(line)
            or self._bio(line, index)
            or (bylines.by_line(line.text) and self._byline_block(line, index))
            or self._widget(line)
            or self._media(line)
            or self._timestamp(line)
            or self._byline_block(line, index)
            or self._reposted(line, index)
            or self._byline(line, index)
            or self._signature(line, index)
        ):
            return
        if index < self.first:  # above the page's main block: not part of the body
            line.kind, line.reason = "boilerplate", _outside_reason(line.text)
            return
        opening = self.header_zone and self.article.dateline is None
        if (
            opening
            and _dateline(self.article, line) is None
            and (self._above_dateline(line, index) or self._summary_above_dateline(line, index))
        ):
            return
        self.header_zone = False
        self.seen_body += 1
        _glued_heading(line)
        _trailing_link(line)

    def _near_edge(self, index: int) -> bool:
        """In the header zone or among the text's last lines, where notes about the author stand."""
        return self.header_zone or index >= len(self.lines) - self.config.bio_lines

    def _add_names(self, names: list[str]) -> None:
        site = bylines.site_of(self.article.source.url)
        for index, name in enumerate(names):
            if index > 0 and site and bylines.outlet_name(name, site):
                continue  # "By Jane Doe, Example News" on examplenews.com: the site, not a second author
            if name not in self.article.byline:
                self.article.byline.append(name)

    def _headline(self, line: Line) -> bool:
        if self.title and _same_text(line.text, self.title):
            line.kind, line.reason = "headline", "headline"
            return True
        if self.article.headline and _same_text(line.text, self.article.headline):
            # the headline again (a page repeats it): not a body line, so it does not hide the dateline
            line.kind, line.reason = "headline", "repeats the headline"
            return True
        return False

    def _widget(self, line: Line) -> bool:
        widget = boilerplate.widget_reason(line.text)
        if widget == "embedded post" and self.article.source.format == "html":
            widget = None  # from HTML, trafilatura kept the post as part of the article (a quoted tweet)
        if widget:
            line.kind, line.reason = "widget", widget
        return bool(widget)

    def _media(self, line: Line) -> bool:
        media = media_line(line.text)
        if media is None:
            return False
        item, pieces = media
        line.kind, line.reason = "media", "media"
        if pieces:
            # widget pieces inside the photo line ("Go to the mediabank"): the line is listed as its
            # pieces in order, each once, and nothing of it is left over
            line.removed.extend(split_around(line.text, pieces, "media"))
            line.text = ""
        add_media(self.article.media, item)
        return True

    def _timestamp(self, line: Line) -> bool:
        if self.seen_body >= self.config.header_paragraphs:
            return False
        stamp = timestamp_parts(line.text, self.day_first, self.config)
        if stamp is None:
            return False
        published, updated = stamp
        line.kind, line.reason = "timestamp", "timestamp"
        if published and not self.article.published:
            self.article.published = published
        if updated and not self.article.updated:
            self.article.updated = updated
        return True

    def _bio(self, line: Line, index: int) -> bool:
        if not self._near_edge(index):
            return False
        name = bylines.author_note(line.text)
        if name is None:
            return False
        # "Jane Doe is a senior reporter for X.", "Follow Jane Doe on Twitter: @jdoe": a note about the
        # author, who wrote the article: it gives the byline when the text shows none
        line.kind, line.reason = "bio", "author bio"
        if name and len(name.split()) <= self.config.bio_name_words and (not self.article.byline or self.noted):
            self._add_names([name])
            self.noted = True
        return True

    def _byline_block(self, line: Line, index: int) -> bool:
        """The byline block at the top of the text: a names line ("Jane Doe", "By Jane Doe", "Staff"),
        then lines about who they are ("Opinion contributor", "The Example Times")."""
        if index < self.block_end and bylines.affiliation_line(line.text):
            line.kind, line.reason = "byline", "byline"
            return True
        if self.page or not (self.header_zone and self.seen_body == 0) or index < self.block_end:
            return False
        found = bylines.byline_block([item.text for item in self.lines[index : index + 1 + bylines.BLOCK_LINES]], 0)
        if found is None:
            return False
        span, names = found
        self.block_end = index + span
        line.kind, line.reason = "byline", "byline"
        self._add_names(names)
        return True

    def _reposted(self, line: Line, index: int) -> bool:
        """A reposted story's credit ("This article was originally published by Jane Doe at X") at the
        top or the end: its names are the byline when the text shows none."""
        if not self._near_edge(index):
            return False
        names = bylines.reposted_names(line.text)
        if names is None:
            return False
        line.kind, line.reason = "byline", "byline"
        if not self.article.byline:
            self._add_names(names)
        return True

    def _above_dateline(self, line: Line, index: int) -> bool:
        """A short line with a dateline just below it (a kicker, a notice, a stray credit): the story
        opens at the dateline, so the line is part of its header, not of the body."""
        words = self.config.header_line_words
        if len(line.text.split()) > words:
            return False
        for following in self.lines[index + 1 : index + 1 + self.config.dateline_lookahead]:
            text = following.text
            if following.kind == "body" and datelines.strong_dateline(text):
                line.kind, line.reason = "boilerplate", "above the dateline"
                return True
            if len(text.split()) > words and not (boilerplate.widget_reason(text) or media_line(text)):
                return False
        return False

    def _summary_above_dateline(self, line: Line, index: int) -> bool:
        """A point of a summary box over the story: sentences, then page furniture ("Visit our homepage
        for more stories", a newsletter plug), then the dateline, all within ``summary_lookahead`` lines.
        Without the furniture between, a paragraph above a dateline may be a blog's own words over the
        story it quotes, and stays."""
        words = self.config.summary_point_words
        if len(line.text.split()) > words:
            return False
        furniture = False
        for following in self.lines[index + 1 : index + 1 + self.config.summary_lookahead]:
            text = following.text
            if not text.strip():
                continue
            widget = boilerplate.widget_reason(text)
            if widget in _FURNITURE:
                furniture = True
            elif furniture and datelines.strong_dateline(text):
                line.kind, line.reason = "boilerplate", "highlights"
                return True
            elif furniture or len(text.split()) > words or widget or media_line(text):
                return False
        return False

    def _signature(self, line: Line, index: int) -> bool:
        """A contributor's signature under an item of a live blog, anywhere in the text: a dash and a
        name, perhaps with the outlet ("– Kelly Tyko", "— Todd Spangler, Detroit Free Press"), where the
        text signs :data:`SIGNATURES` items or more (one such line alone may sign a letter or a motto, part
        of the article) and the lines beside it are none (those are a list's items). It is no one's words:
        a "she wrote" after it is not the contributor's."""
        if not _signed(line.text):
            return False
        before = next((item.text for item in reversed(self.lines[:index]) if item.text.strip()), "")
        after = next((item.text for item in self.lines[index + 1 :] if item.text.strip()), "")
        if _signed(before) or _signed(after):
            return False  # a list's items ("– Praktiziere Dankbarkeit"), one under the other
        if self.signatures is None:
            self.signatures = sum(_signed(other.text) for other in self.lines)
        if self.signatures >= SIGNATURES:
            line.kind, line.reason = "byline", "byline"
            return True
        return False

    def _byline(self, line: Line, index: int) -> bool:
        near = self.config.header_paragraphs
        if not (self.header_zone or self.seen_body < near or index >= len(self.lines) - near):
            return False
        names = bylines.byline(line.text)
        if not names:
            return False
        line.kind, line.reason = "byline", "byline"
        self._add_names(names)
        return True


# a dash (not a hyphen, a list's marker), then at most eight words (a contributor's name and outlet), alone on
# the line
_SIGNATURE = re.compile(r"^[–—]\s*((?:\S+\s+){0,7}\S+)$")
#: a text's signature lines are a live blog's when it has at least this many
SIGNATURES = 2


def _signed(text: str) -> bool:
    """Whether a line is a dash and a person's name or a desk's credit, perhaps with the outlet."""
    found = _SIGNATURE.match(text.strip())
    if found is None:
        return False
    who = found.group(1)
    return bool(bylines.person_name(who.split(",")[0]) or bylines.credit_line(who))


#: widget lines that stand between a summary box and the story (see ``_summary_above_dateline``)
_FURNITURE = frozenset(
    ["navigation", "subscribe widget", "follow widget", "share widget", "read-more widget", "related widget", "teaser"]
)


def _dateline(article: Article, line: Line) -> DatelineInfo | None:
    """Split the dateline off the first body paragraph, when it opens with one."""
    found = split_dateline(line.text)
    if found is None:
        return None
    info, cut = found
    article.dateline = info
    line.removed.append((line.text[:cut].rstrip(), "dateline"))
    line.text = line.text[cut:]
    return info


#: a heading a scraper glued to the paragraph under it, with no space or stop between: a capitalised line of at
#: most 15 words, no mark of a sentence's end or a quotation in it, whose last word, in small letters, runs into
#: the capital that opens a sentence of six words or more ("Coronavirus may survive in sperm*C*hinese researchers
#: who tested ...");
#: lowercase-led names ("medRxiv", "bioRxiv") are no glue
_GLUED_HEADING = re.compile(
    r"(?P<head>[A-Z0-9][^.!?:;\"“”\n]{0,120}?(?<![\w-])[a-z]+(?:-[a-z]+)*[a-z])(?=[A-Z][a-z]+\b|[AI]\s)(?!Rxiv)"
    r"(?P<rest>(?:\S+\s+){5}.*\S)\s*$"
)


_NAME_PARTICLES = frozenset(
    ["de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "le", "la", "mac", "mc"]
)


def _glued_heading(line: Line) -> None:
    """Split a heading glued to its paragraph off the line (listed among the removed, "glued heading")."""
    found = _GLUED_HEADING.match(line.text)
    if found is None or len(found.group("head").split()) > 15 or found.group("head").split()[-1] in _NAME_PARTICLES:
        return  # ("Alexi *deT*ocqueville", "*deL*one": a name's particle)
    line.removed.append((found.group("head"), "glued heading"))
    line.text = line.text[found.start("rest") :]


#: a link to the rest of the story left at the end of a roundup's paragraph: "... confirmed cases. – READ MORE"
_TRAILING_LINK = re.compile(r"\s+[–—-]\s*(?:READ MORE|Read more|Read More)\s*»?\s*$")


#: another story's headline the scraper glued after a paragraph's last sentence under a "read more" label: "...
#: with coworkers. Read more: Why long-term flexible work options could be a game changer for women"
_TRAILING_TEASER = re.compile(
    r"(?<=[.!?”\"’])\s+(?:Read more|Read More|READ MORE|Read next|Read also|Also read|ALSO READ|See also|SEE ALSO"
    r"|Related|RELATED):\s+[A-Z0-9“‘\"'][^\n]*$"
)
#: the most words of a glued headline
TEASER_WORDS = 25


def _trailing_link(line: Line) -> None:
    """Split a "READ MORE" link off the end of a paragraph, and another story's headline glued after its last
    sentence under a "Read more:" label, a headline's form (no sentence end, :data:`TEASER_WORDS` words at most)
    (listed among the removed, "read-more widget")."""
    found = _TRAILING_LINK.search(line.text)
    if found is None:
        found = _TRAILING_TEASER.search(line.text)
        if found is not None:
            headline = line.text[found.start() :].split(":", 1)[1].strip()
            if len(headline.split()) > TEASER_WORDS or re.search(r"[.!?][\"”’]?(?:\s|$)", headline):
                found = None
    if found is None or not line.text[: found.start()].strip():
        return
    line.removed.append((line.text[found.start() :].strip(), "read-more widget"))
    line.text = line.text[: found.start()]


def _outside_reason(text: str) -> str:
    return boilerplate.widget_reason(text) or "outside the main text"


def _same_text(a: str, b: str) -> bool:
    return boilerplate.normalise(a) == boilerplate.normalise(b)
