"""The layout's thresholds in one object: :class:`LayoutConfig`, and :data:`DEFAULT`, the one the
``layout`` stage uses unless it is given another (the way trafilatura's ``Extractor`` settings and
datatrove's filters take their thresholds as arguments).

Every field is documented where it is declared; the defaults are the values the rules were tuned with
(see docs/cleaning.md, "Layout: the thresholds").  This module imports nothing else of dateline, so
any module may read :data:`DATE_LINE_WORDS` from here.
"""

from __future__ import annotations

from dataclasses import dataclass

#: a line of at most this many words with a date in it is a date line (a page's date, a name and its
#: date, a comment's or a teaser's date below the prose); shared by the layout, ``bylines`` and the
#: main-block rules of ``textblocks``
DATE_LINE_WORDS = 8


@dataclass(frozen=True)
class LayoutConfig:
    """Thresholds of the ``layout`` stage (lines, characters, words and score weights)."""

    # --- what is read at all ---------------------------------------------------------------------
    #: the longest paragraph read as one: a longer one is cut into paragraphs of at most this many
    #: characters (after a sentence's end where there is one, else after a space, else inside a word)
    max_line_chars: int = 10_000
    #: the layout rules read this many lines of a text; the rest is listed in removed
    max_lines: int = 10_000
    #: ... and this many characters
    max_layout_chars: int = 500_000

    # --- the header of a whole page saved as text ---------------------------------------------------
    #: how many lines before the main block of a page are searched for its headline, date and byline
    header_window: int = 12
    #: how many of the main block's first lines are read as part of its header (date, byline)
    header_block_lines: int = 5
    #: a line below a title-like line with more words than this is prose, not its date or byline line
    header_line_words: int = 12
    #: a line of at most this many words with a date in it, away from the header, can date a page
    date_line_words: int = DATE_LINE_WORDS
    #: the longest line of the header read for the page's date, in characters
    header_date_chars: int = 160

    # --- the headline of a page: a title-like line's score ----------------------------------------
    #: a title-like line scores its words up to this many (longer is not more title-like)
    headline_word_score: int = 8
    #: what each line between a title-like line and the main block costs it
    headline_distance: float = 0.25
    #: what a title-like line gains when all its words (not stop words) come back in the main block
    headline_topic: float = 4.0
    #: what a title-like line gains when the page repeats it
    headline_repeated: float = 4.0
    #: what a title-like line below the block's first line loses
    headline_inside_cost: float = 4.0
    #: what a line that is a person's name loses (an author line, a photo credit is no title)
    headline_name_cost: float = 4.0
    #: what a title-like line gains when its date or byline follows it
    headline_dated_gain: float = 4.0
    #: what a breadcrumb, a menu or a list of categories loses ("»", "|", two commas, ...)
    headline_menu_cost: float = 4.0
    #: how many lines below a title-like line its date or byline may be
    headline_lookahead: int = 3
    #: how many of the main block's first lines may hold the headline (the block can open with a notice)
    headline_inside: int = 4
    #: the longest headline of a page, in words
    headline_max_words: int = 24
    #: a title-like line scoring less than this is not taken for the headline
    headline_min_score: float = 2.0

    # --- a saved page's own title (its first line) ---------------------------------------------------
    #: a saved page's first line is its title when it has this many words ...
    page_title_min_words: int = 4
    #: ... and this share of its content words on the article's topic
    page_title_on_topic: float = 0.5
    #: a "Title | Site" first line is the page's title when the part before the separator has this many words
    page_title_head_words: int = 2
    #: a one-word part of a page title repeated near the main block is its headline from this many characters
    page_title_part_chars: int = 6
    #: how many lines below a page's title may repeat its site's name (the logo)
    title_logo_lines: int = 2
    #: how many lines above the main block a page's title shown again is its heading, on topic or not
    title_heading_lines: int = 6
    #: the longest run of characters without a space in a page's first line taken for its title
    title_max_run: int = 60

    # --- timestamps, bylines, author notes inside the text -------------------------------------------
    #: the longest timestamp line, in characters
    timestamp_chars: int = 140
    #: a timestamp line has at most this many words besides dates, times, zones and time words
    timestamp_residue_words: int = 3
    #: timestamps and bylines are read among the text's first this many body paragraphs (and its last
    #: this many lines, for a byline)
    header_paragraphs: int = 3
    #: how many of a body's last lines may be a note about its author
    bio_lines: int = 3
    #: the longest author's name taken from a note about the author, in words
    bio_name_words: int = 4
    #: a short line at the top of the text is part of the story's header when a dateline opens one of
    #: the next this many lines (all of them short too)
    dateline_lookahead: int = 3
    #: a summary box above the dateline (its points, then page furniture, then the dateline): at most this
    #: many lines between a point and the dateline
    summary_lookahead: int = 6
    #: a point of such a summary box has at most this many words
    summary_point_words: int = 40


#: the thresholds the ``layout`` stage uses unless it is given others
DEFAULT = LayoutConfig()
