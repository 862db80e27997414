"""What the ``layout`` stage knows, one module per field (the way trafilatura's ``metadata.py`` reads
a page), over thresholds in one object and word lists in one module:

- :mod:`~dateline.layout.config`: :class:`LayoutConfig`, every threshold with its default documented;
- :mod:`~dateline.layout.words`: the word lists (time words, words that are no place, agencies);
- :mod:`~dateline.layout.lines`: the body as lines, and the read limits;
- :mod:`~dateline.layout.header`: a saved page's headline, publication date and byline;
- :mod:`~dateline.layout.titles`: a saved page's own title line and its repeats;
- :mod:`~dateline.layout.timestamps`: timestamp lines (published, updated);
- :mod:`~dateline.layout.datelines`: the dateline opening the first prose paragraph;
- :mod:`~dateline.layout.media`: photo lines (caption, credit).

Bylines are read by :mod:`dateline.bylines`.  The stage itself (:mod:`dateline.stages.layout`) is a
short driver over these.  This file imports only the two modules that import nothing else of dateline.
"""

from __future__ import annotations

from dateline.layout.config import DATE_LINE_WORDS, DEFAULT, LayoutConfig

__all__ = ["DATE_LINE_WORDS", "DEFAULT", "LayoutConfig"]
