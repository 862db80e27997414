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
from dateline.layout import header as page_header
from dateline.layout import titles
from dateline.layout.config import DEFAULT, LayoutConfig
from dateline.layout.datelines import split_dateline
from dateline.layout.lines import cut_long, long_line_warning, mark_unread, split_lines
from dateline.layout.media import add_media, media_line, split_around
from dateline.layout.timestamps import timestamp_parts
from dateline.model import Article
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
    reading = _Reading(article, lines, first, day_first, config, title)
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
    """An article (not a whole page): its first line is the headline when it reads like one."""
    if len(lines) > 1 and boilerplate.headline_like(lines[0].text):
        lines[0].kind, lines[0].reason = "headline", "headline"
        article.headline = lines[0].text


def _title_line_headline(article: Article, lines: list[Line], day_first: bool | None, config: LayoutConfig) -> None:
    """Nothing else reads as the headline: the first line, when it has the shape of a saved page's title,
    is (less the site's name); the lines that show it again are listed as its repeats."""
    if not titles.title_line(lines, day_first, config):
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
    header_zone: bool = True
    seen_body: int = 0

    def read(self, index: int) -> None:
        line = self.lines[index]
        if (
            self._headline(line)
            or self._widget(line)
            or self._media(line)
            or self._timestamp(line)
            or self._bio(line, index)
            or self._byline(line, index)
        ):
            return
        if index < self.first:  # above the page's main block: not part of the body
            line.kind, line.reason = "boilerplate", _outside_reason(line.text)
            return
        if self.header_zone and self.article.dateline is None:
            _dateline(self.article, line)
        self.header_zone = False
        self.seen_body += 1

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
        at_end = index >= len(self.lines) - self.config.bio_lines
        if not (at_end or self.header_zone) or not boilerplate.author_bio(line.text):
            return False
        # "Jane Doe is a senior reporter for X.": a note about the author, who wrote the article
        line.kind, line.reason = "bio", "author bio"
        name = line.text.split(" is ")[0].split(" was ")[0].strip()
        if name and name not in self.article.byline and len(name.split()) <= self.config.bio_name_words:
            self.article.byline.append(name)
        return True

    def _byline(self, line: Line, index: int) -> bool:
        near = self.config.header_paragraphs
        if not (self.header_zone or self.seen_body < near or index >= len(self.lines) - near):
            return False
        names = bylines.byline(line.text)
        if not names:
            return False
        line.kind, line.reason = "byline", "byline"
        for name in names:
            if name not in self.article.byline:
                self.article.byline.append(name)
        return True


def _dateline(article: Article, line: Line) -> None:
    """Split the dateline off the first body paragraph, when it opens with one."""
    found = split_dateline(line.text)
    if found is not None:
        info, cut = found
        article.dateline = info
        line.removed.append((line.text[:cut].rstrip(), "dateline"))
        line.text = line.text[cut:]


def _outside_reason(text: str) -> str:
    return boilerplate.widget_reason(text) or "outside the main text"


def _same_text(a: str, b: str) -> bool:
    return boilerplate.normalise(a) == boilerplate.normalise(b)
