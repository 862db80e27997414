"""Where the article is on a saved page: the main block of prose among a whole page's lines.

Used by the ``layout`` stage (to read the page's header above the block) and by the ``clean`` stage
(to check that what it keeps is not itself a page).
"""

from __future__ import annotations

from dateline import boilerplate, textblocks
from dateline.layout.config import DATE_LINE_WORDS
from dateline.timeparse import find_date


def page_block(texts: list[str]) -> tuple[int, int] | None:
    """(first, last) line of the main block when ``texts`` are the lines of a whole page; None for an article."""
    if len(texts) < textblocks.MIN_OUTSIDE + 2:
        return None
    stops = textblocks.page_stopwords("\n".join(texts))
    scores: list[float] = []
    soft: set[int] = set()  # headings over related links or comments, date lines below the prose
    prose_before = 0.0
    comments_at: int | None = None
    for index, text in enumerate(texts):
        facts = textblocks.line_facts(text, stops)
        widget = boilerplate.widget_reason(text)
        # a heading over related links or comments, or a date line below the article's prose (a comment's
        # or a teaser's: at most DATE_LINE_WORDS words): the block crosses one only for much more prose
        if (
            widget in ("related widget", "comments widget")
            or boilerplate.ends_article(text, facts.words)
            or (
                prose_before >= textblocks.PROSE_BEFORE_COMMENTS
                and facts.words <= DATE_LINE_WORDS
                and find_date(text) is not None
            )
        ):
            soft.add(index)
        # comments come after the article: once there was prose, nothing after their heading is read
        if boilerplate.opens_comments(text):
            if prose_before >= textblocks.PROSE_BEFORE_COMMENTS:
                break
            if comments_at is None and prose_before >= textblocks.MIN_ARTICLE:
                comments_at = index
        if widget in boilerplate.INLINE_WIDGETS:
            # shown inside the article (a post, a link to another story): it scores as its text would,
            # never as an edge of the block (the clean stage still leaves it out)
            scores.append(max(0.0, textblocks.line_score(text, facts)))
        elif widget:
            scores.append(-float(textblocks.MIN_PENALTY))
        else:
            scores.append(textblocks.line_score(text, facts))
            prose_before += max(0.0, scores[-1])
    block = textblocks.main_block(scores, set(), soft)
    if block is not None and comments_at is not None and block[0] > comments_at:
        # a short article above a long comment thread: the article is the best block above the thread
        above = textblocks.main_block(scores[:comments_at], set(), soft)
        above_total = sum(scores[above[0] : above[1] + 1]) if above is not None else 0.0
        below_total = sum(scores[block[0] : block[1] + 1])
        long_article_below = below_total >= textblocks.ARTICLE_BELOW_COMMENTS * above_total
        if above is not None and above_total >= textblocks.MIN_ARTICLE and not long_article_below:
            block = above
    if block is not None:
        block = textblocks.extend_block(block, scores, soft)
        while block[1] > block[0] and boilerplate.author_bio(texts[block[1]]):
            block = (block[0], block[1] - 1)  # a note about the author closes the article: not part of it
    if block is None or len(texts) - (block[1] - block[0] + 1) < textblocks.MIN_OUTSIDE:
        return None
    return block
