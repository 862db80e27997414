"""Where the article is in the plain text of a whole scraped page.

A page saved as text keeps its menus, footers, link lists, teasers and comments, one short line each.
The article is the densest run of prose.  Each line is scored (see :func:`line_score`): a prose line
(enough words, enough stop words of the page's language, or a sentence end) counts its length, any
other line a penalty; the main block is the run of lines with the highest total (the maximum-sum
subarray, as in Finn et al.'s Body Text Extraction), never crossing a line that opens a comment
section or a list of related links.  Short lines inside that run (sub-headings, list items) stay.

Stop-word lists are jusText's (shipped with trafilatura); the page's language is the list that
covers most of its words.  Everything here is about kinds of line, never the words of one page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

#: languages whose jusText stop-word lists are tried for a page (the most common on the web)
LANGUAGES = (
    "English", "German", "French", "Spanish", "Italian", "Portuguese", "Dutch", "Polish", "Czech",
    "Swedish", "Danish", "Norwegian_Bokmal", "Finnish", "Hungarian", "Romanian", "Russian", "Ukrainian",
    "Turkish", "Indonesian", "Croatian",
)  # fmt: skip
#: the first block scoring at least this share of the best one is the article (None: the best)
EARLY_BLOCK: float | None = 0.5
#: how many stop-word lists (the best-matching languages) a page is read with
PAGE_LANGUAGES = 2
#: a line is prose with at least this many words and this share of stop words ...
PROSE_WORDS = 10
PROSE_STOPWORDS = 0.2
#: ... or with a sentence end, at least this many words and this share of stop words
SENTENCE_WORDS = 5
SENTENCE_STOPWORDS = 0.12
#: what a non-prose line costs (characters of prose it takes to outweigh it)
MIN_PENALTY = 25
MAX_PENALTY = 80
#: what a line that looks like a related-links or comments widget costs inside a block
BARRIER_PENALTY = 600.0
#: the block grows over prose lines of this many characters at most this many lines away
MIN_PROSE_EXTEND = 60
EXTEND_GAP = 2
#: the least prose (characters, net of what lies between) an article above its comments has
MIN_ARTICLE = 200
#: a block below a comment heading this many times the best one above it is the article: the heading was a
#: comment count in the article's header, not the start of a thread (split into short runs by comment dates)
ARTICLE_BELOW_COMMENTS = 20.0
#: characters of prose above a comment heading for it to end the article
PROSE_BEFORE_COMMENTS = 800
#: the main-block rule only applies to page-like texts: this many lines must fall outside it
MIN_OUTSIDE = 5

_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…:;。！？][\"'”’»)\]」』]*$|[.!?][\"'”’»)]\s|[。！？]")
#: characters of scripts written without spaces between words (Chinese, Japanese, Thai, ...)
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")


@cache
def stoplist(language: str) -> frozenset[str]:
    """jusText's stop words for ``language`` (empty when the list is not installed)."""
    try:
        text = resources.files("justext").joinpath("stoplists", f"{language}.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return frozenset()
    return frozenset(w.strip().casefold() for w in text.splitlines() if w.strip())


def page_stopwords(text: str) -> frozenset[str]:
    """The stop words of the :data:`PAGE_LANGUAGES` languages that cover most of the words of ``text``.

    Pages mix languages (an English article under a German menu), so more than one list is used.
    """
    words = [w.casefold() for w in _WORD.findall(text[:20000])]
    ranked = sorted(LANGUAGES, key=lambda language: -sum(1 for w in words if w in stoplist(language)))
    return frozenset().union(*(stoplist(language) for language in ranked[:PAGE_LANGUAGES]))


@dataclass
class LineFacts:
    words: int
    stop_density: float
    sentence_end: bool

    @property
    def prose(self) -> bool:
        if self.words >= PROSE_WORDS and self.stop_density >= PROSE_STOPWORDS:
            return True
        return self.words >= SENTENCE_WORDS and self.sentence_end and self.stop_density >= SENTENCE_STOPWORDS


def line_facts(text: str, stops: frozenset[str]) -> LineFacts:
    words = [w.casefold() for w in _WORD.findall(text)]
    density = sum(1 for w in words if w in stops) / len(words) if words else 0.0
    wide = len(_UNSPACED.findall(text))
    if wide:  # scripts written without spaces: two characters count as a word, no stop-word test
        count = len(words) + wide // 2
        return LineFacts(words=count, stop_density=1.0, sentence_end=bool(_SENTENCE_END.search(text)))
    return LineFacts(words=len(words), stop_density=density, sentence_end=bool(_SENTENCE_END.search(text)))


def line_score(text: str, facts: LineFacts) -> float:
    """Positive for prose (its length), negative for anything else."""
    if facts.prose:
        return float(len(text))
    return -float(min(MAX_PENALTY, max(MIN_PENALTY, len(text))))


def main_block(scores: list[float], barriers: set[int], soft: set[int] | None = None) -> tuple[int, int] | None:
    """(first, last) index of the run with the highest total score, not crossing a barrier line.

    A barrier line is never inside the run; a soft barrier costs :data:`BARRIER_PENALTY`.
    None when no line scores above zero.
    """
    soft = soft or set()
    runs: list[tuple[float, int, int]] = []  # the best (total, first, last) of each run between resets
    best: tuple[float, int, int] | None = None
    total, start = 0.0, 0
    for index, score in enumerate(scores):
        if index in barriers:
            if best is not None:
                runs.append(best)
            best, total, start = None, 0.0, index + 1
            continue
        if index in soft:
            score = -BARRIER_PENALTY
        if total <= 0:
            if best is not None:
                runs.append(best)
            best, total, start = None, 0.0, index
        total += score
        if total > 0 and (best is None or total > best[0]):
            best = (total, start, index)
    if best is not None:
        runs.append(best)
    if not runs:
        return None
    top = max(run[0] for run in runs)
    if EARLY_BLOCK is not None:
        top = EARLY_BLOCK * top
    for run in runs:  # the first run that is (nearly) the best: an article comes before what follows it
        if run[0] >= top:
            return run[1], run[2]
    return None


def extend_block(block: tuple[int, int], scores: list[float], barriers: set[int]) -> tuple[int, int]:
    """Grow the block over prose lines that are at most :data:`EXTEND_GAP` lines away from it.

    A lede cut off by a photo credit, or a last paragraph after an advertisement, is outweighed
    by the lines between; prose that close to the article belongs to it.  Barriers are not crossed.
    """
    first, last = block
    changed = True
    while changed:
        changed = False
        for gap in range(1, EXTEND_GAP + 2):
            index = first - gap
            if index < 0 or index in barriers:
                break
            if scores[index] >= MIN_PROSE_EXTEND:
                first, changed = index, True
                break
        for gap in range(1, EXTEND_GAP + 2):
            index = last + gap
            if index >= len(scores) or index in barriers:
                break
            if scores[index] >= MIN_PROSE_EXTEND:
                last, changed = index, True
                break
    return first, last
