"""A saved page's own title: its first line when the scraper put ``<title>`` there ("Headline | Site"),
the part of it the page shows again near its text, and the site's name to strip from it."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from dateline import boilerplate, bylines
from dateline.document import Line
from dateline.layout.config import DEFAULT, LayoutConfig
from dateline.layout.media import media_line
from dateline.layout.timestamps import timestamp_parts
from dateline.timeparse import find_date

#: a content word (three letters or more) of a title or of the prose
WORD = re.compile(r"[^\W\d_]{3,}")
# what separates a site's name from the headline in a page title ("Headline | Site", "Headline – Site")
_SITE_SEP = r"\s+(?:\||–|—|-|::|·|»|«|›|‹)\s+"
SITE_SUFFIX = re.compile(_SITE_SEP + r"(?P<site>[^|–—:·»«›‹]{2,60})$")
SITE_SEPARATOR = re.compile(_SITE_SEP)
# what separates the parts of a page title: "Site - Section - Headline", "Headline › Blog", "Site: Headline"
TITLE_SEPARATOR = re.compile(r"\s*[|›‹»«]\s*|\s+(?:–|—|-|::|·)\s+|:\s+")


def content_words(text: str, stops: AbstractSet[str]) -> set[str]:
    """The content words of ``text``: three letters or more, case-folded, not a stop word."""
    return {w.casefold() for w in WORD.findall(text)} - stops


def strip_site_name(text: str) -> str:
    """'Headline | Site' -> 'Headline': a short last segment after a separator is the site's name."""
    m = SITE_SUFFIX.search(text)
    if m and len(m.group("site").split()) <= 4 and len(text[: m.start()].split()) >= 3:
        return text[: m.start()].strip()
    return text


def title_shape(text: str, config: LayoutConfig = DEFAULT) -> bool:
    """A page title's shape: a few words, not ending like a part of a sentence."""
    words = text.split()
    if not words or len(words) > 2 * config.headline_max_words or len(text) > 300:
        return False
    return text[-1] not in ".;,:" or text.endswith("...")


def on_topic(text: str, topic: set[str], stops: AbstractSet[str], config: LayoutConfig = DEFAULT) -> bool:
    """Whether most of the content words of ``text`` come back in the article's prose (``topic``)."""
    content = content_words(text, stops)
    return bool(content) and len(content & topic) / len(content) >= config.page_title_on_topic


def topic_words(lines: list[Line], block: tuple[int, int], config: LayoutConfig = DEFAULT) -> set[str]:
    """The words of the main block's prose, below the lines that may hold the headline (or the whole
    block when it is too short for that)."""
    first, last = block
    start = first + config.headline_inside if last - first >= 2 * config.headline_inside else first
    return {w.casefold() for line in lines[start : last + 1] for w in WORD.findall(line.text)}


def page_title(
    lines: list[Line], header_start: int, topic: set[str], stops: AbstractSet[str], config: LayoutConfig = DEFAULT
) -> Line | None:
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
    if boilerplate.widget_reason(text) or bylines.byline(text) or media_line(text) is not None:
        return None
    site = SITE_SUFFIX.search(text)
    if site is not None:
        head = SITE_SEPARATOR.split(text)[0]
        if (
            len(head.split()) >= config.page_title_head_words
            and title_shape(text, config)
            and title_shape(head.rstrip("."), config)
        ):
            return line
    if len(text.split()) < config.page_title_min_words or not boilerplate.headline_like(
        text, 2 * config.headline_max_words
    ):
        return None
    content = content_words(text, stops)
    if not content or len(content & topic) / len(content) < config.page_title_on_topic:
        return None
    return line


def _title_forms(title: str) -> tuple[set[str], list[str]]:
    """The normalised forms a repeat of the page title ``title`` may take (the whole title, one part of it
    or several parts in a row), and its parts."""
    whole = boilerplate.normalise(title)
    parts = [boilerplate.normalise(part) for part in TITLE_SEPARATOR.split(title)]
    forms = {whole} | {
        " ".join(p for p in parts[i:j] if p) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)
    }
    return forms, parts


def _repeat_shape(text: str, day_first: bool | None, config: LayoutConfig) -> bool:
    """Whether a repeat of the page's title can be its headline: the page's own title vouches for the
    line (it may end with a full stop or open with «), and it is no widget, byline or timestamp."""
    return (
        title_shape(text.rstrip("."), config)
        and not boilerplate.widget_reason(text)
        and not bylines.byline(text)
        and timestamp_parts(text, day_first, config) is None
    )


def repeated_title(
    lines: list[Line],
    stop: int,
    day_first: bool | None,
    topic: set[str],
    stops: AbstractSet[str],
    *,
    near: int | None = None,
    first: int | None = None,
    config: LayoutConfig = DEFAULT,
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
    separated = TITLE_SEPARATOR.search(title) is not None
    if not separated and len(title.split()) < 2:
        return None  # a site's menu or logo line ("Startseite", "Menü"), not a page title
    short = not separated and len(title.split()) < config.page_title_min_words
    first = stop if first is None else first
    near = first if near is None else near
    forms, parts = _title_forms(title)
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
        if not heading and (short or not on_topic(text, topic, stops, config)):
            continue
        if len(text.split()) < 2 and not (separated and len(key) >= config.page_title_part_chars):
            continue
        if not _repeat_shape(text, day_first, config):
            continue
        if key == parts[-1] and len(key) < max(map(len, parts)):
            continue
        found.append((len(key), index, line))
    if len(found) > 1:
        # the line just below the title repeats its site's name (the logo): the headline is another
        found = [item for item in found if item[1] > config.title_logo_lines] or found
    return max(found, key=lambda item: item[:2])[2] if found else None


def title_line(lines: list[Line], day_first: bool | None, config: LayoutConfig = DEFAULT) -> bool:
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
        or media_line(text) is not None
        or find_date(text, day_first=day_first) is not None
        or len(strip_site_name(text).split()) > config.headline_max_words
        or not re.search(r"[^\W\d_]{2}", text)
        or max(map(len, text.split())) > config.title_max_run
    ):
        return False  # (a paragraph-long run of an unspaced script is prose or a menu run together)
    site = SITE_SUFFIX.search(text)
    if site is not None and len(SITE_SEPARATOR.split(text)[0].split()) >= config.page_title_head_words:
        return title_shape(text, config)
    # else the page shows the line again (a heading): a first paragraph of an article does not come back
    key = boilerplate.normalise(text)
    if len(text.split()) < 2 or not any(boilerplate.normalise(line.text) == key for line in lines[1:]):
        return False
    return title_shape(text.rstrip("."), config)
