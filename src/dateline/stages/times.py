"""The ``times`` stage: every time expression, normalised to TIMEX3 and anchored (see docs/times.md).

Reads ``article.published`` (the default anchor), ``doc.docs`` (the clause tense that decides whether
"Sunday" is the last or the next one) and ``article.quotes`` when the quotes stage ran (inside a
quote, relative expressions take the time the remark was made); without quotes it finds quotation
marks itself.
"""

from __future__ import annotations

from dateline.document import Document, stage
from dateline.model import Article
from dateline.nlp import analysed
from dateline.timeparse import writes_day_first
from dateline.timex import QuoteSpan, tag


def day_first(article: Article) -> bool | None:
    """Whether the article writes numeric dates day-first: its body decides, else its whole input
    (the timestamp line the layout stage moved out, "02:51 GMT 10.01.2022", is day-first)."""
    found = writes_day_first(article.text)
    return found if found is not None else writes_day_first(article.original)


@stage("times", reads=("text",), uses=("docs", "quotes", "metadata"), writes=("times",))
def run_times(doc: Document) -> None:
    article = doc.article
    # only the paragraphs the model analysed (all but those past nlp.MAX_NLP_CHARS or MAX_NLP_PARAGRAPHS)
    keep = [i for i, d in enumerate(doc.docs) if analysed(d)] if doc.docs else list(range(len(article.paragraphs)))
    paragraphs = [(article.paragraphs[i].start, article.paragraphs[i].end) for i in keep]
    quotes = [
        QuoteSpan(q.start, q.end, q.id, article.speaker_mentions(q)) for q in article.quotes if q.kind != "indirect"
    ] or None
    article.times = tag(
        article.text,
        paragraphs,
        [doc.docs[i] for i in keep] if doc.docs else None,
        article.published,
        quotes=quotes,
        day_first=day_first(article),
    )
