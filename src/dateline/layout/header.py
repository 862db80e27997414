"""The header of a whole page saved as text: its headline, publication date and byline, read from the
lines just above its main block of prose (and the block's first lines).

One function per field, the way trafilatura's ``metadata.py`` reads a page: :func:`page_headline`,
:func:`page_published`, :func:`page_byline`.  The headline is the best title-like line there (nearest
the block, a few words long, preferably one the page repeats), unless the page's own title line names
it; the date and byline are the nearest ones written above the block or in its first lines.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from dateline import boilerplate, bylines
from dateline.document import Line
from dateline.layout.config import DEFAULT, LayoutConfig
from dateline.layout.media import media_line
from dateline.layout.timestamps import timestamp_parts
from dateline.layout.titles import WORD, content_words, page_title, repeated_title, strip_site_name, topic_words
from dateline.timeparse import find_date, parse_timestamp

#: a link to the previous or next post ("← Older post")
_ARROW_LINK = re.compile(r"^[←→«»‹›<>]|[←→«»‹›<>]$")
#: breadcrumbs, menus, lists of categories
_MENU_SHAPE = re.compile(r"[»«|←→/>]|^\W|(?:,.*){2}")


@dataclass
class Header:
    """What the header rules read of a page: its lines, where the header and the main block are, the
    page's stop words and day order."""

    lines: list[Line]
    start: int
    block: tuple[int, int]
    day_first: bool | None
    stops: AbstractSet[str]
    config: LayoutConfig = DEFAULT

    @property
    def first(self) -> int:
        return self.block[0]

    @property
    def window(self) -> range:
        """The header: the lines above the block and its first ones."""
        return range(self.start, min(len(self.lines), self.first + self.config.header_block_lines))


def _title_like(text: str, day_first: bool | None, config: LayoutConfig) -> bool:
    """Whether a header line can be a title: two words or more, title-like, and no widget, photo line,
    byline, timestamp, heading of comments or related links, arrow link or line without a word."""
    if len(text.split()) < 2 or not boilerplate.headline_like(text, config.headline_max_words):
        return False
    if boilerplate.widget_reason(text) or media_line(text) is not None or bylines.byline(text):
        return False
    if timestamp_parts(text, day_first, config) is not None or bylines.RE_INLINE_BYLINE.search(text):
        return False
    if boilerplate.ends_article(text) or not re.search(r"[^\W\d_]{3}", text):
        return False
    return _ARROW_LINK.search(text) is None


def _dated_below(header: Header, index: int, is_name: bool) -> bool:
    """Whether the date or byline of the title-like line at ``index`` follows it (prose aside)."""
    config = header.config
    for following in header.lines[index + 1 : index + 1 + config.headline_lookahead]:
        text = following.text
        if len(text.split()) > config.header_line_words:
            continue  # prose that mentions a date is not the headline's date line
        if (
            find_date(text) is not None
            or bylines.byline(text)
            or bylines.RE_INLINE_BYLINE.search(text)
            or bylines.RE_BY_ALONE.match(text)
            or (not is_name and bylines.name_line(text, header.stops))
        ):
            return True
    return False


def headline_score(header: Header, index: int, topic: set[str], counts: dict[str, int]) -> float:
    """How title-like the header line at ``index`` is (its words, its distance to the block, its topic,
    whether the page repeats it and its date or byline follows it, ...)."""
    config = header.config
    text = header.lines[index].text
    score = min(len(text.split()), config.headline_word_score) - config.headline_distance * abs(header.first - index)
    content = content_words(text, header.stops)
    if content:
        # a title names the article's topic: its words come back in the prose
        score += config.headline_topic * len(content & topic) / len(content)
    if counts.get(boilerplate.normalise(text), 0) > 1:
        score += config.headline_repeated  # the page repeats its title (breadcrumb, heading, share text)
    if index > header.first:
        score -= config.headline_inside_cost  # inside the block: more likely a subheading
    is_name = bylines.name_line(text, header.stops) is not None
    if is_name:
        score -= config.headline_name_cost  # a person's name (an author line, a photo credit) is not a title
    if _dated_below(header, index, is_name):
        score += config.headline_dated_gain  # a headline is followed by its date or byline
    if _MENU_SHAPE.search(text):
        score -= config.headline_menu_cost  # breadcrumbs, menus, lists of categories
    return score


def best_heading(header: Header) -> Line | None:
    """The best title-like line above the block or among its first lines (the block may open with a
    notice), None when nothing there reads like a title."""
    lines, config = header.lines, header.config
    counts: dict[str, int] = {}
    for line in lines:
        key = boilerplate.normalise(line.text)
        counts[key] = counts.get(key, 0) + 1
    topic = {
        w.casefold() for line in lines[header.first + config.headline_inside : header.block[1] + 1]
        for w in WORD.findall(line.text)
    }  # fmt: skip
    best: tuple[float, Line] | None = None
    for index in range(header.start, min(len(lines), header.first + config.headline_inside)):
        if not _title_like(lines[index].text, header.day_first, config):
            continue
        score = headline_score(header, index, topic, counts)
        if best is None or score > best[0]:
            best = (score, lines[index])
    if best is None or best[0] < config.headline_min_score:
        return None
    return best[1]


def page_headline(header: Header, heading: Line | None) -> tuple[Line | None, Line | None]:
    """The headline's line and the page's title line when that is it: the best heading (``heading``),
    unless the page's title comes back near the block (that line is the headline) or the page's title
    line names the article better."""
    lines, config = header.lines, header.config
    best = heading
    title = page_title(lines, header.start, _prose_topic(header), header.stops, config)
    near = max(header.start, header.first - config.title_heading_lines)
    stop = min(len(lines), header.first + config.headline_inside)
    topic = topic_words(lines, header.block, config)
    repeated = repeated_title(
        lines, stop, header.day_first, topic, header.stops, near=near, first=header.first, config=config
    )
    if repeated is not None and best is not repeated:
        # the page shows its title (the first line, or the part of it that is not the site's name) again
        # as a line near the main block: that line is the headline, whatever scored best
        best, title = repeated, None
    if title is not None:
        # the page's own title line (scrapers that save the whole document put <title> first) names the
        # article; a heading above the block that it contains is the cleaner form ("Title | Site")
        title_form = boilerplate.normalise(strip_site_name(title.text))
        key = boilerplate.normalise(best.text) if best is not None else ""
        if not key or not title_form.startswith(key) or 2 * len(key) < len(title_form):
            best = title
    return best, title


def _prose_topic(header: Header) -> set[str]:
    """The words of the block's prose below the lines that may hold the headline."""
    lines, config = header.lines, header.config
    return {
        w.casefold() for line in lines[header.first + config.headline_inside : header.block[1] + 1]
        for w in WORD.findall(line.text)
    }  # fmt: skip


def page_published(header: Header, headline: Line | None, headline_text: str | None) -> str | None:
    """The page's publication time: the date nearest below the headline first, then the rest of the
    header (where the page shows the headline first, when it shows it several times); else the nearest
    short date line above the block, then inside it."""
    lines, config, day_first = header.lines, header.config, header.day_first
    window = header.window
    start = header.start
    if headline is not None and headline_text:
        key = boilerplate.normalise(headline_text)
        at = lines.index(headline)
        start = min(
            (i for i in range(max(1, header.start), at) if boilerplate.normalise(lines[i].text) == key), default=at
        )
    for index in [*range(start, window.stop), *range(header.start, start)]:
        text = lines[index].text
        if len(text) <= config.header_date_chars and find_date(text, day_first=day_first) is not None:
            published = parse_timestamp(text, day_first=day_first)
            if published:
                return published
    last = header.block[1]
    for index in [*range(header.start - 1, -1, -1), *range(header.first, min(len(lines), last + 1))]:
        text = lines[index].text
        if len(text.split()) <= config.date_line_words and find_date(text, day_first=day_first) is not None:
            published = parse_timestamp(text, day_first=day_first)
            if published:
                return published
    return None


def page_byline(header: Header, heading: Line | None) -> list[str]:
    """The page's byline (see :func:`dateline.bylines.page_byline`): next to the best heading, in the
    header, in an author box below the block; never the headline's line."""
    lines = header.lines
    heading_at = lines.index(heading) if heading is not None else None
    skip = {index for index, line in enumerate(lines) if line.kind == "headline"}
    texts = [line.text for line in lines]
    return bylines.page_byline(texts, heading_at, header.window, header.block, header.stops, skip)
