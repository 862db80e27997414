"""The ``nlp`` stage: spaCy over each clean paragraph (see :mod:`dateline.nlp` for the model and limits)."""

from __future__ import annotations

from dateline.document import Document, stage
from dateline.nlp import MAX_NLP_CHARS, MAX_NLP_PARAGRAPHS, NLP_LIMIT_WARNING, analyse_paragraphs, analysed, load_nlp


@stage("nlp", reads=("text",), writes=("docs",))
def run_nlp(doc: Document) -> None:
    nlp = load_nlp()
    texts = doc.article.paragraph_texts()
    doc.docs = analyse_paragraphs(nlp, texts)
    left = sum(1 for d in doc.docs if not analysed(d))
    if left:
        doc.article.warnings.append(
            NLP_LIMIT_WARNING.format(
                length=sum(len(t) for t in texts),
                paragraphs=len(texts),
                limit=MAX_NLP_CHARS,
                limit_paragraphs=MAX_NLP_PARAGRAPHS,
                left=left,
            )
        )
