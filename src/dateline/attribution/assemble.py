"""From tagger spans, quotation marks and the parse to statements: who said what, with which cue.

Per paragraph: the tagger's Content spans each take the nearest Cue, and that Cue the nearest Source;
contents are snapped to the quotation marks they nearly cover; quoted stretches the tagger left alone
become direct statements when a reporting verb sits right beside them (else they are scare quotes or
titles, and stay out). Across paragraphs: a quote left open at a paragraph's end runs on into the next
paragraph that opens with a mark (one statement over all its paragraphs), and a paragraph that is one
bare quote continues the speaker before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from dateline.attribution.marks import QUOTE_CHARS, Quoted, find_quoted, has_quote_mark
from dateline.attribution.rules import (
    MANNER_NOUNS,
    NUMBER_SIGNS,
    STANCE,
    Frame,
    Piece,
    according_to,
    frame_at,
    frames,
    is_mark,
    is_reporting,
    reports_or_stance,
)
from dateline.spans import in_word

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from dateline.attribution.tagger import TagSpan

#: a quoted stretch this short, with no reporting verb beside it, is a scare quote, not a statement
SCARE_WORDS = 3
#: how far (characters) a reporting verb may sit from the quote it attributes
NEAR = 40


@dataclass(frozen=True)
class Statement:
    """One attributed statement; offsets into the article text."""

    start: int
    end: int
    kind: str
    speaker: Piece | None
    cue: Piece | None
    addressee: Piece | None
    paragraph: int  # the paragraph it ends in
    open_end: bool = False  # a quote still open at the paragraph's end
    bare: bool = False  # a quote with no attribution in its own paragraph
    first: int | None = None  # the paragraph it starts in, when it runs over several

    @property
    def first_paragraph(self) -> int:
        return self.paragraph if self.first is None else self.first


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two spans share a character."""
    return max(a[0], b[0]) < min(a[1], b[1])


def _words(text: str) -> int:
    return len([w for w in text.split() if any(c.isalnum() for c in w)])


def kind_of(text: str, start: int, end: int, quoted: list[Quoted]) -> str:
    """direct: all quoted; mixed: reported speech with a partial quote; indirect: no real quote."""
    inside = [q for q in quoted if q.start < end and q.end > start]
    if not inside:
        return "indirect"
    outside = text[start:end]
    for q in sorted(inside, key=lambda q: -q.start):
        a, b = max(q.start, start) - start, min(q.end, end) - start
        outside = outside[:a] + " " + outside[b:]
    rest = [w for w in outside.split() if any(c.isalnum() for c in w) and w.lower() != "that"]
    if not rest:
        return "direct"
    if sum(_words(text[max(q.start, start) : min(q.end, end)]) for q in inside) > SCARE_WORDS:
        return "mixed"
    return "indirect"


DASHES = frozenset("—–")


#: the most words the tagger may leave out at the start of a quote it otherwise covers to its close
SNAP_WORDS = 3


def _snap(text: str, start: int, end: int, quoted: list[Quoted]) -> tuple[int, int]:
    """Stretch a content span to the marks of a quote it nearly covers; a span that opens on the
    closing mark of the quote before it (the tagger's first piece ``."``) opens at the next word; one that
    stops inside a number ("more than 7" of "7,700") or before a sign glued to it ("... is 12" of "12%") takes
    the rest; one that opens on a quote and runs past its full stop into the next sentence stops with the
    quote; one that opens after a dash stops at the dash that closes it."""
    while 0 < end < len(text) - 1 and text[end] in ",." and text[end - 1].isdigit() and text[end + 1].isdigit():
        end += 2  # "more than 7" of "more than 7,700": the whole number
        while end < len(text) and text[end].isdigit():
            end += 1
    while 0 < end < len(text) and text[end] in NUMBER_SIGNS and text[end - 1].isdigit():
        end += 1
    while start < end and (text[start] in ",;" or text[start].isspace()):
        start += 1  # "Jones said for him and the band*, they* aren't doing ...": the comma is no word of it
    for q in quoted:
        if q.closed and start == q.end - 1 and end > q.end:
            start = q.end + len(text[q.end : end]) - len(text[q.end : end].lstrip())
    for q in quoted:
        if q.start <= start <= q.start + 2 and end > q.start:
            start = q.start
        elif (
            q.closed
            and q.start < start < end
            and q.end - 3 <= end <= q.end
            and _words(text[q.start + 1 : start]) <= SNAP_WORDS
            and not re.search(r"[,;:]", text[q.start : start])
            and re.search(r"…|\.\.\.|—|–|--", text[q.start : start])
        ):
            # '"The actual…*total number of cases isn't particularly useful ...,"*': the tagger stopped at a break
            # in the speaker's words; the quote is whole
            start = q.start
        elif start < q.start < end and not text[start : q.start].strip(" ,:;—–-"):
            start = q.start  # ', "In general, ..."': the comma before the mark is the cue's
        if q.end - 3 <= end < q.end and start < q.end:
            end = q.end
    for q in quoted:
        after = text[q.end : end].strip()
        if (
            q.closed
            and start == q.start < q.end < end
            and text[q.end - 2 : q.end - 1] in ".!?"
            and after[:1].isupper()
            and not any(q.end <= other.start < end for other in quoted)
        ):
            end = q.end  # '“... feel like a getaway.” Over the past 60 days': the next sentence's first words
    opening = text[:start].rstrip()[-1:]
    if opening in DASHES:
        closing = text.find(opening, start, end)
        if closing > start and text[start:closing].strip():
            # "the president's order — *that officials must act* — was legally permissible": a content set
            # off by a dash stops at the dash that closes it
            end = start + len(text[start:closing].rstrip())
    return start, end


def _quote_after_words_of_no_verb(text: str, doc: Doc, start: int, end: int, quoted: list[Quoted]) -> int:
    """The start of a content that is a few words with no verb glued before a whole quote closed by a comma
    ('Drummer Rejects *Satanic Beliefs* “You have to remember the facts,” the governor said.': a teaser's
    headline ran into the paragraph): the quote's, whose attribution follows it."""
    q = next((q for q in quoted if q.closed and start < q.start and q.end == end), None)
    if q is None or text[start : q.start].strip() == "" or not text[q.start : q.end].rstrip("”\"’'»").endswith(","):
        return start
    if not text[q.start + 1 : q.end].lstrip(" ‘'…").startswith(tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ")):
        return start  # ('The pandemic "causes the gears ... to grind to a halt,"': the sentence goes on into the quote)
    words = [t for t in doc if start <= t.idx < q.start and not t.is_space and not t.is_punct]
    if not words or len(words) > SNAP_WORDS or any(t.pos_ in ("VERB", "AUX") for t in words):
        return start
    if text[words[-1].idx + len(words[-1].text) : q.start].strip():
        return start  # ('Most remarkably, "the combined share ...," the analysts said': the sentence's own opening)
    return q.start


def _quote_the_source_took(start: int, end: int, quoted: list[Quoted], sources: list[tuple[int, int]]) -> int:
    """The start of a content inside a quote whose first words the tagger gave to the source before it ('according
    to *Peter Koenig constitutes "an electronic ID* program that uses ...'): the quote's (the source is then cut
    at its mark)."""
    for q in quoted:
        if (
            q.closed
            and q.start < start < q.end
            and end <= q.end + 1
            and any(a < q.start < b <= start for a, b in sources)
        ):
            return q.start
    return start


def _sentence_end(text: str, doc: Doc, content: tuple[int, int], cue: tuple[int, int], quoted: list[Quoted]) -> int:
    """The end of a reported clause that the tagger ran over its sentence's end: "... kept from spreading
    in the U.S. *But just as important*, Bright says, was ..." (the full stop of an initialism). A clause
    outside quotation marks, its cue in its first sentence, stops where the parse's next sentence opens on
    a capitalised small word ("But", "The", "It"): a name there ("U.S. Army") may be the parse's mistake."""
    start, end = content
    if any(q.start < end and start < q.end for q in quoted) or text[start : start + 1] in "'‘\"“":
        return end  # (a quotation, with marks the marks module did not pair: its sentences are one quote)
    if not _same_sentence(doc, (start, start + 1), cue):
        return end
    for sent in doc.sents:
        if (
            start < sent.start_char < end
            and sent[0].is_title
            and sent[0].is_stop
            and text[: sent.start_char].rstrip()[-1:] in ".!?"
        ):
            return start + len(text[start : sent.start_char].rstrip())
    return end


def _verb_beside(q: Quoted, text: str, cands: list[Frame], records: bool = True) -> Frame | None:
    """A reporting verb right after ('..., he said') or right before ('he said: "...') a quote; after a quote
    its comma hands on to the speaker, however long the speaker's apposition (:func:`_handed_on`; with
    ``records`` only: the ``attributions`` stage keeps PolNeAR's spans as they were)."""
    best, best_gap = None, NEAR + 1
    for f in cands:
        if (
            records
            and f.cue.start >= q.end
            and f.speaker is not None
            and q.end <= f.speaker.start
            and _handed_on(text, q, f)
        ):
            # '“...,” Dr. Andrew Kung, coauthor of the study and head of pediatrics at ..., told Reuters': the
            # speaker right after the quote's comma, however long the apposition before the verb
            between, gap = "", f.speaker.start - q.end
        elif f.cue.start >= q.end:
            between = text[q.end : f.cue.start]
            gap = f.cue.start - q.end
        elif f.cue.end <= q.start:
            between = text[f.cue.end : q.start]
            gap = q.start - f.cue.end
        else:
            continue
        if any(c in between for c in '“”"«»') or ("." in between.replace("..", "") and f.cue.start >= q.end):
            continue
        if f.cue.start >= q.end and _ends_a_sentence_of_prose(text, q):
            continue  # 'an outbreak of “African swine fever.” Some estimates claim that ...': the next
            # sentence's verb introduces its own clause, not the words that closed this one
        if f.cue.end <= q.start and not any(c in between for c in ":,—–-") and between.strip():
            continue
        if gap < best_gap:
            best, best_gap = f, gap
    return best


def _attribution_it_opens_on(
    text: str, doc: Doc, content: tuple[int, int], cue: tuple[int, int], verb_frames: Callable[[], list[Frame]]
) -> Frame | None:
    """The attribution a content of "according to" opens on, the speaker its first words and the clause it
    reports inside the content ("Lightfoot said in a statement that ..., according to the Tribune")."""
    if not _according(text, *cue) or cue[0] < content[1]:
        return None
    for frame in verb_frames():
        if frame.speaker is None or frame.speaker.start != content[0] or not content[0] < frame.cue.end < content[1]:
            continue
        verb = doc[frame.verb]
        if verb.dep_ != "ROOT" and content[0] <= verb.head.idx < content[1]:
            continue  # (the clause's own verb, not a participle inside it: "Honda has also cited ... when
            # *explaining* why ...")
        said = frame.content
        if said is None and re.match(r"\s+that\s", text[frame.cue.end : content[1]]):
            # (the parse hung the "that" clause on the cue's noun: "said in a statement that ...")
            said = Piece(frame.cue.end + 1, content[1])
        if (
            said is not None
            and frame.cue.end <= said.start < content[1]
            and text[frame.speaker.start : frame.speaker.end].lower() not in BARE_SPEAKERS | WRITER
            and not _share_of_respondents(doc, frame.speaker)
            and (text[said.start : said.end].split() or [""])[0].lower() not in WH_WORDS
        ):
            # (not "It’s estimated that ...", no one, nor "asked them whether ...", a question, nor "*the other
            # half of respondents* said ..., according to an Ipsos/Axios poll": the poll's finding)
            return replace(frame, content=said)
    return None


#: words that make a speaker a share of those asked ("the other *half* of respondents", "*most* Americans")
_SHARES = frozenset(["half", "third", "thirds", "quarter", "quarters", "majority", "minority", "most", "percent", "%"])


def _share_of_respondents(doc: Doc, speaker: Piece) -> bool:
    """Whether a speaker is a number or a share of people ("22% of parents", "About one in seven adults")."""
    return any(
        t.like_num or t.lower_ in _SHARES for t in doc if speaker.start <= t.idx < speaker.end and not t.is_space
    )


def _handed_on(text: str, q: Quoted, f: Frame) -> bool:
    """Whether a quote ends on a comma inside its marks and the frame's speaker follows it at once, its
    verb after it in the same sentence (no full stop then a capital between)."""
    assert f.speaker is not None
    return (
        text[q.start : q.end].rstrip("”\"’'» ").endswith(",")
        # (not a name after a preposition or a naming word: 'Friday on “CBS This Morning,” CBS News chief medical
        # correspondent Dr. Jon LaPook explained', 'Known as "multisystem inflammatory syndrome," the illness')
        and not re.search(
            r"\b(?:on|in|at|of|from|to|for|by|with|as|the|an?|called|dubbed|named|titled)\s*$",
            text[max(0, q.start - 8) : q.start],
            re.I,
        )
        and not text[q.end : f.speaker.start].strip(" ,")
        and not re.search(r"[.!?][”\"’']?\s+[A-Z]", text[f.speaker.end : f.cue.start])
        and not any(c in text[q.end : f.cue.start] for c in '“”"«»')
    )


def _quote_it_opens_on(quoted: list[Quoted], start: int, end: int) -> Quoted | None:
    """The whole (closed) quote a content from ``start`` to ``end`` opens on and runs on past."""
    return next((q for q in quoted if q.closed and q.start == start and q.end < end), None)


def _attribution_after_its_quote(
    text: str, content: tuple[int, int], quoted: list[Quoted], verb_frames: Callable[[], list[Frame]]
) -> tuple[Quoted, Frame] | None:
    """The quote a content opens on and the attribution inside the content after it, where the quote is
    whole, closed by a comma, and the content runs on over the verb of saying that reports it, with that
    verb's speaker: the tagger's content of "according to" in '"This app should be voluntary ...,"
    Chancellery Minister Helge Braun and Health Minister Jens Spahn said in a statement, according to
    Reuters'."""
    start, end = content
    q = _quote_it_opens_on(quoted, start, end)
    if q is None or not text[q.start : q.end].rstrip("”\"’'»").endswith(","):
        return None
    for frame in verb_frames():
        if frame.speaker is not None and q.end <= frame.cue.start < end and q.end <= frame.speaker.start < end:
            return q, frame
    return None


def _ends_a_sentence_of_prose(text: str, q: Quoted) -> bool:
    """Whether a quote closes a sentence it does not open: its own full stop inside the marks, and prose
    running straight into it ("due to an outbreak of “African swine fever.”") or after a comma ("on Fox News,
    “The Ingraham Angle.”")."""
    inner = text[q.start : q.end].rstrip("”’\"' ")
    before = text[: q.start].rstrip()
    return inner[-1:] in (".", "!", "?") and bool(before) and (before[-1].isalnum() or before[-1] in ",;")


def _own_verb(
    text: str,
    doc: Doc,
    content: tuple[int, int],
    cue: tuple[int, int],
    src: tuple[int, int] | None,
    quoted: list[Quoted],
    verb_frames: Callable[[], list[Frame]],
) -> Frame | None:
    """The reporting verb beside a whole quote ('“...,” Moore said.', 'Moore said: “...”') with its
    speaker, where the tagger matched the quote with another cue: one in a sentence that holds neither
    end of the quote, or, where the tagger's source is a pronoun or none, one before the quote when a
    name reports it right after ('What they're saying: "...," writes William Frey')."""
    q = next((q for q in quoted if q.closed and q.start == content[0] and q.end == content[1]), None)
    if q is None or (q.start <= cue[0] and cue[1] <= q.end):
        return None
    frame = _verb_beside(q, text, verb_frames())
    if frame is None or (frame.cue.start < cue[1] and cue[0] < frame.cue.end):
        return None
    leads_in = (
        cue[1] <= frame.cue.start and frame.cue.end <= q.start and text[frame.cue.end : q.start].strip() in (",", ":")
    )
    beside_the_source = frame.speaker is not None and any(
        span is not None and _overlap((frame.speaker.start, frame.speaker.end), span) for span in (cue, src)
    )  # ("Frank Luntz, noted pollster and political pundit tweeted, “...”": the tagger's source, its cue misread)
    # its own subject, where the parse found one, is a name or a pronoun ("sat in a wheelchair endlessly shouting,
    # “...”" gave the verb "a wheelchair")
    named = frame.speaker is None or re.match(r"[A-Z]|(?:he|she|they|we|i)\b", text[frame.speaker.start :]) is not None
    if leads_in and src is not None and not beside_the_source and named:
        # 'As Trump continued touting the drug, it didn’t take long for someone to ask, “What is ...?”': the verb
        # that leads in to the quote with its comma or colon speaks it (its speaker perhaps unnamed), not an
        # earlier cue of the sentence
        return frame
    if frame.speaker is None:
        return None
    ends = ((q.start, q.start + 1), (q.end - 1, q.end))
    if not any(_same_sentence(doc, e, (frame.cue.start, frame.cue.end)) for e in ends):
        return None
    if not any(_same_sentence(doc, e, cue) for e in ends):
        return frame
    if (
        cue[1] <= q.start
        and frame.cue.start >= q.end
        and frame.speaker.start >= q.end
        and not text[q.end : min(frame.speaker.start, frame.cue.start)].strip(" ,")
        and text[q.start : q.end].rstrip("”\"’'»").endswith(",")
    ):
        # '..., school officials announced last week, but “a login ... is engaged,” Beutner said.': a quote
        # closed by a comma inside its marks is the words of whoever reports it right after
        return frame
    pronoun = src is None or text[src[0] : src[1]].lower() in ("he", "she", "they", "it", "we", "i")
    named = any(w[:1].isupper() for w in text[frame.speaker.start : frame.speaker.end].split())
    if pronoun and named and cue[1] <= q.start and frame.cue.start >= q.end:
        return frame
    return None


#: words that open a clause which cannot stand as a sentence of its own
SUBORDINATORS = frozenset(
    ["while", "as", "although", "though", "if", "because", "when", "since", "after", "before", "unless", "whereas"]
)


def _own_sentence_frame(doc: Doc, content: tuple[int, int], frames_: list[Frame]) -> Frame | None:
    """The attribution in a reported clause's own sentence, outside the clause, with a speaker: the
    nearest to it."""
    best: Frame | None = None
    for frame in frames_:
        if frame.speaker is None or (content[0] <= frame.cue.start < content[1]):
            continue
        if not _same_sentence(doc, (content[0], content[0] + 1), (frame.cue.start, frame.cue.end)):
            continue
        gap = _gap(content, (frame.cue.start, frame.cue.end))
        if best is None or gap < _gap(content, (best.cue.start, best.cue.end)):
            best = frame
    return best


def _verb_after(
    text: str, doc: Doc, content: tuple[int, int], cue: tuple[int, int], verb_frames: Callable[[], list[Frame]]
) -> Frame | None:
    """The reporting verb right after a reported clause ("Nearly every student is now online, *school
    officials announced* last week, ..."), with its speaker between them, where the tagger matched the
    clause with a cue of another sentence ("... he added." after it)."""
    end = content[1]
    if (text[content[0] : end].split(maxsplit=1) or [""])[0].lower() in SUBORDINATORS:
        return None  # "While masks may block some droplets, Fauci said, they ...": half a sentence
    after_elsewhere = cue[0] >= end and not _same_sentence(doc, (end - 1, end), cue)
    before_elsewhere = cue[1] <= content[0] and not _same_sentence(doc, content, cue)
    if not (after_elsewhere or before_elsewhere):
        return None  # the tagger's cue is in the clause's own sentence: it stands
    for frame in verb_frames():
        if frame.speaker is None or frame.cue.start < end or frame.speaker.start < end or frame.content is not None:
            continue  # (a verb with a clause of its own after it: "While that may be ..., the authors estimated that")
        between = text[end : frame.speaker.start]
        if between.strip() not in (",", "") or frame.cue.start - end > NEAR + len(
            text[frame.speaker.start : frame.speaker.end]
        ):
            continue
        if _same_sentence(doc, (end - 1, end), (frame.cue.start, frame.cue.end)):
            return frame
    return None


def _sentence_of(doc: Doc, at: int) -> int | None:
    """The start (token index) of the sentence holding the character at ``at``; None off the parse."""
    for token in doc:
        if token.idx <= at < token.idx + max(1, len(token.text)):
            return token.sent.start
        if token.idx > at:
            return token.sent.start
    return None


def _same_sentence(doc: Doc, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two spans of the paragraph (a source and a cue) start in one sentence of the parse; true
    where the parse cannot tell (no sentences)."""
    if not doc.has_annotation("SENT_START"):
        return True
    first, second = _sentence_of(doc, a[0]), _sentence_of(doc, b[0])
    return first is None or second is None or first == second


#: words that cannot open a speaker's words (", who sits on the committee,", "which ...")
_RELATIVES = frozenset(["who", "whom", "whose", "which", "that", "where"])


#: a cue of "it" and a form of "be" ("it's understandable", "It is said", "It's already been widely
#: reported"): the writer's, or a report of no one
_IMPERSONAL_CUE = re.compile(
    r"it(?:'s|’s|\s+is|\s+was|\s+has\s+been|\s+had\s+been|\s+would\s+be|\s+will\s+be|\s+seems|\s+appears)\b", re.I
)
#: "That said," / "that being said,": the idiom for "nevertheless", no report
_THAT_SAID = re.compile(r"\bthat(?:\s+being)?\s+said,$", re.I)
#: verbs of a relative clause that reports what its noun (a report, a study) found: "a report *that found* ..."
_FINDING = ("find", "show", "reveal", "detail", "conclude", "document", "estimate")
#: "Having said that, ...": "nevertheless" again, after the cue
_HAVING_SAID = re.compile(r"\s+(?:that|this|all that)\s*,", re.I)
#: words that open a list's member before its name ("allies, *including* Iowa Sen. Chuck Grassley")
_LIST_OPENERS = frozenset(["including", "such", "as", "like", "notably", "especially", "particularly"])


def _subject_before_its_apposition(doc: Doc, src: tuple[int, int]) -> tuple[int, int]:
    """ "Aubrey Fine, a ... professor at California State Polytechnic University, *Pomona* said": the parse gives
    the verb a second subject, the place that ends the first one's apposition; the first subject, with the
    words of its name, is who speaks."""
    tokens = _tokens(doc, src[0], src[1])
    heads = [t for t in tokens if not src[0] <= t.head.idx < src[1] or t.head.i == t.i]
    if len(heads) != 1 or heads[0].dep_ != "nsubj" or tokens[0].i == 0 or doc[tokens[0].i - 1].text != ",":
        return src
    first = next(
        (
            c
            for c in heads[0].head.children
            if c.dep_ == "nsubj" and c.i < tokens[0].i and any(a.dep_ == "appos" for a in c.children)
        ),
        None,
    )
    if first is None or first.pos_ != "PROPN":
        return src
    return first.left_edge.idx, first.idx + len(first.text)


def _name_before_its_apposition(
    doc: Doc, src: tuple[int, int], cue: tuple[int, int], sources: list[tuple[int, int]]
) -> tuple[int, int]:
    """The name the tagger gave as a source of its own right before the source, a comma between ('"...," *Juliet*,
    the first child to talk to the press about ..., told CNN'): the apposition describes the person named."""
    if "," not in doc.text[src[1] : max(src[1], cue[0])]:
        return src  # (an apposition is set off by commas on both sides: "Under President Obama, the NIH halts ...")
    for other in sources:
        if other[1] <= src[0] and doc.text[other[1] : src[0]].strip() == ",":
            words = _tokens(doc, other[0], other[1])
            before = doc[words[0].i - 1] if words and words[0].i > 0 else None
            if before is not None and before.pos_ == "ADP":
                continue
            if words and all(t.pos_ == "PROPN" or t.is_punct for t in words) and src[0] - other[1] <= 3:
                first = next((t for t in doc if src[0] <= t.idx < src[1] and not t.is_space), None)
                if first is not None and first.is_lower:
                    return other
    return src


def _tidy_source(doc: Doc, src: tuple[int, int]) -> tuple[int, int] | None:
    """The tagger's source without the punctuation or bullet it opens on ("., Mayor Muriel Bowser"), without a
    relative clause after its name ("Chuck Grassley who took to the Senate floor this", "a study ... for 191
    patients of which") or an aside in dashes
    after it ("Dr. Fauci — his agency ran that trial, too —"), and without a
    preposition it ends on ("Lommele in"), with the words that open a common noun's phrase before it where
    the tagger left them out ("That same *man*")."""
    tokens = _tokens(doc, src[0], src[1])
    while tokens and not any(ch.isalnum() for ch in tokens[0].text) and tokens[0].text not in "“\"‘'(":
        tokens.pop(0)  # (a list's bullet too: "• Lightfoot said ...")
    from dateline.attribution.rules import REPORTING

    told = next(
        (
            k
            for k, t in enumerate(tokens[1:-1], start=1)
            if t.tag_ in ("VBZ", "VBD", "VBP")
            and t.lemma_.lower() in REPORTING
            and any(c.dep_ in SUBJECTS and c.i < t.i and c in tokens for c in t.children)
        ),
        None,
    )
    if told is not None and any(t.pos_ in ("NOUN", "PROPN") for t in tokens[told + 1 :]):
        tokens = tokens[told + 1 :]  # "*Breitbart reports* the letter said:": the one the outlet reports saying it
    colon = next((k for k, t in enumerate(tokens) if t.text == ":" and not t.whitespace_), None)
    if colon:
        tokens = tokens[:colon]  # "Diamond Light Source’s Science Scribbler*:Reoviruses*": the words quoted after a
        # colon the scraper glued them to
    mark = next((k for k, t in enumerate(tokens) if k > 0 and t.text in ("“", '"') and not t.whitespace_), None)
    if (
        mark
        and any(t.pos_ == "PROPN" for t in tokens[:mark])
        and any(t.is_alpha for t in tokens[mark + 1 :])
        and not any(t.text in ("”", '"') for t in tokens[mark + 1 :])
    ):
        tokens = tokens[:mark]  # 'Peter Koenig constitutes *"an electronic ID*': the quote's first words
    if not tokens:
        return None
    dash = next(
        (
            at
            for at, t in enumerate(tokens[1:], start=1)
            if t.text in ("—", "--") or (t.text == "–" and (t.whitespace_ or tokens[at - 1].whitespace_))
        ),
        None,
    )  # (an en dash only set apart: not "University of California–Irvine")
    if dash is not None and any(t.pos_ == "PROPN" for t in tokens[:dash]):
        tokens = tokens[:dash]  # "Dr. Fauci — his agency ran that trial, too — said": the name, not its aside
    relative = False
    for at, token in enumerate(tokens[1:], start=1):
        if token.lower_ not in ("who", "whom", "whose", "which", "where"):
            continue
        # ("of which 54 did not survive": the preposition before the relative word opens the clause too)
        after_a_preposition = token.head.dep_ == "prep" and token.head.i == token.i - 1 and at > 1
        if (token.head.head if token.lower_ == "whose" or after_a_preposition else token.head).dep_ == "relcl":
            kept = tokens[: at - 1] if after_a_preposition else tokens[:at]
            while kept and kept[-1].is_punct:
                kept.pop()
            if any(t.pos_ in ("NOUN", "PROPN") for t in kept):  # ("one who spoke with The Verge": all of it)
                tokens = kept
                relative = True
        break
    last = tokens[-1]
    if len(tokens) > 1 and last.tag_ in ("VBD", "VBZ", "VBP") and last.dep_ in ("ROOT", "conj"):
        subject = next((c for c in last.children if c.dep_ in ("nsubj", "nsubjpass") and c in tokens), None)
        if subject is not None:
            # "Serge Weinberg, the chairman of Sanofi's board of directors, intervened": up to the subject's
            # phrase, without the verb
            tokens = [t for t in tokens if t.i <= subject.right_edge.i]
            while len(tokens) > 1 and tokens[-1].is_punct:
                tokens.pop()
    last = tokens[-1]
    if (
        len(tokens) > 1
        and last.tag_ in ("VBZ", "VBD", "VBP")
        and last.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "compound", "appos")
        and any(c.dep_ in ("dobj", "attr") and c.i > last.i for c in last.children)
        and not any(c.dep_ in SUBJECTS and c in tokens for c in last.children)
    ):
        # "which, according to Peter Koenig *constitutes* “...”": the clause's verb and its object after it (the
        # writer left out the comma); not "vaccine experts we *interviewed*", a clause of the speaker's own
        tokens = tokens[:-1]
    inside = {t.i for t in tokens}
    tops = [t for t in tokens if t.head.i not in inside]
    cut = [t for t in tokens if tops and t.i >= tops[-1].i]
    if (
        len(tops) > 1
        and tops[-1].pos_ == "ADP"
        and tops[-1].head.pos_ == "VERB"
        and tops[-1].i > tops[0].i
        # (not a phrase with a comma, a relative word or a conjunction in it: "Schleiss, at the University of
        # Minnesota, who ...", "Caroline Tapparel from the University of Geneva and Prof Francesco Stellacci")
        and not any(t.is_punct or t.pos_ == "CCONJ" or t.tag_ in ("WDT", "WP") for t in cut)
        and not relative  # ("Schleiss, at the University of Minnesota, who estimates": the clause's antecedent)
    ):
        # '“...,” replied the befuddled ... director *to the curveball*': the verb's own phrase, not the speaker's
        tokens = [t for t in tokens if t.i < tops[-1].i]
        while len(tokens) > 1 and tokens[-1].is_punct:
            tokens.pop()
        inside = {t.i for t in tokens}
    while (
        len(tokens) > 1
        and (
            (is_mark(tokens[-1]) and not any(c in QUOTE_CHARS or c in "‘’')" for c in tokens[-1].text))
            or (
                tokens[-1].pos_ == "ADP" and tokens[-1].is_lower and not any(c.i in inside for c in tokens[-1].children)
            )
            # "In a tweet Dorsey' wrote": a stray mark after the name (not the closing mark of "Facebook ‘fact-checkers’")
            or (tokens[-1].text in ("'", "’") and not any(t.text in ("‘", "'") for t in tokens[:-1]))
        )
    ):
        tokens.pop()  # "said Lommele *in* an interview": a preposition whose object the tagger left out
    start = max(tokens[0].idx, src[0])
    heads = top_tokens(tokens)
    if len(heads) == 1 and heads[0].pos_ == "NOUN":
        # "*That same* man said": the words of the noun's phrase the tagger left out before it
        before = doc[heads[0].left_edge.i : tokens[0].i]
        if len(before) and all(
            t.dep_ in _PHRASE_OPENERS
            and (t.is_alpha or t.like_num or t.lower_ in ("’s", "'s"))
            and t.whitespace_
            # (not "*her early* 30s", an age; "*What* Orbán’s critics", "*One reason* firms", "*Responded* Trump")
            and (t.pos_ in ("ADJ", "NUM", "PROPN", "PART") or (t.pos_ == "DET" and t.tag_ != "WDT"))
            for t in before
        ):
            start = min(start, before[0].idx)
    return start, min(tokens[-1].idx + len(tokens[-1].text), src[1])


#: the words that open a noun's phrase before its noun ("*that same* man", "*the two* officials")
_PHRASE_OPENERS = frozenset(["det", "predet", "amod", "nummod", "poss", "compound", "case", "quantmod"])


#: person titles written short with a dot; spaCy may end a sentence at the dot ("said Capt. | Jason Sims")
ABBREVIATED_TITLES = frozenset(
    ["capt", "lt", "sgt", "gen", "col", "maj", "cmdr", "cmdt", "adm", "det", "insp", "supt", "cpl", "pvt",
     "gov", "sen", "rep", "dr", "prof", "mr", "mrs", "ms", "rev", "fr", "hon", "atty", "amb", "pres"]
)  # fmt: skip


def _title_cut(doc: Doc, src: tuple[int, int]) -> tuple[int, int]:
    """The tagger's source that stops at an abbreviated title ("said Capt. Jason Sims": "Capt") runs
    on over the name after the title's dot."""
    tokens = _tokens(doc, src[0], src[1])
    if not tokens or tokens[-1].lower_.rstrip(".") not in ABBREVIATED_TITLES:
        return src
    i = tokens[-1].i + 1
    if tokens[-1].text.endswith("."):
        pass
    elif i < len(doc) and doc[i].text == ".":
        i += 1
    else:
        return src
    end = None
    while i < len(doc) and doc[i].text[:1].isupper() and doc[i].pos_ == "PROPN":
        end = doc[i].idx + len(doc[i].text)
        i += 1
    return (src[0], end) if end is not None else src


def _broken_source(doc: Doc, src: tuple[int, int]) -> bool:
    """Whether the tagger's source is a piece of a phrase, not one: it opens on punctuation, a
    preposition, a relative word, a list word or a coordinating conjunction (", who sits on the committee,",
    "for an array of", "including Iowa Sen. Chuck Grassley", "and was bedridden"), or it is the
    agent of a passive ("quoted by the outlet as saying"). The parse's subject of the cue verb is the
    speaker then. (A source ending on a preposition, "the agency that oversaw the rescue on", is left:
    cutting it cost more right records on the held half than it mended.)"""
    tokens = _tokens(doc, src[0], src[1])
    if not tokens:
        return False
    first = tokens[0]
    relative = first.lower_ in _RELATIVES and not (first.is_upper and len(first) > 1)  # not "WHO"
    if first.is_punct or relative or (first.pos_ == "ADP" and first.lower_ != "according"):
        return True
    if first.pos_ == "CCONJ" and first.dep_ == "cc":
        return True  # "*and* was bedridden at Residence Herron for two years": a piece of a clause
    if first.lower_ in _LIST_OPENERS:
        return True  # "including CNN and the Washington Post, Cardoz' company, Hunger Inc. Hospitality,"
    # "Jane Doe was quoted by the outlet as saying ...": the agent of the passive reports, Doe speaks
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside]
    if any(t.head.dep_ == "agent" for t in heads):
        return True
    if len(heads) == 1 and _sent_to(heads[0]):
        return True  # "a letter sent to President *Trump* Tuesday pushing him ..., calling ...": the one written to
    if len(heads) == 1 and heads[0].ent_type_ in ("GPE", "LOC", "FAC") and _where(heads[0]):
        return True  # "as reported by CBS-12 in *West Palm Beach* that she was fired ..., but refused to ...": a
        # place named as where, no one who speaks
    # "Tony Levison, a realtor in picturesque Bend, *Oregon*, said ...": a place inside the apposition of the
    # verb's subject is where the speaker works, not the speaker
    return (
        len(heads) == 1 and heads[0].ent_type_ in ("GPE", "LOC", "FAC") and _in_a_subjects_apposition(heads[0], inside)
    )


def _compound_head(token: Token) -> Token:
    """The noun a word of a name is a compound of ("West Palm *Beach*", "President Trump *Tuesday*" as the parse
    may make it)."""
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
    return token


def _where(token: Token) -> bool:
    """Whether a name is the object of a preposition of place ("in", "at", "near"), through the noun it is a
    compound of."""
    token = _compound_head(token)
    return token.dep_ == "pobj" and token.head.lower_ in ("in", "at", "near")


def _sent_to(token: Token) -> bool:
    """Whether a name is the object of "to" (through the noun it is a compound of, as the parse made "Trump" of
    "to President Trump Tuesday"): the one addressed, never the one who speaks."""
    token = _compound_head(token)
    to = token.head
    if token.dep_ != "pobj" or to.lower_ != "to" or to.dep_ not in ("dative", "prep") or to.head.lower_ == "according":
        return False
    # (not across two sentences glued at a full stop: "... to 160.The electronics and engineering giant Siemens")
    return re.search(r"\w\.[A-Z]", token.doc.text[to.idx : token.idx]) is None


def _in_a_subjects_apposition(token: Token, inside: set[int]) -> bool:
    """Whether ``token`` hangs, through an apposition and prepositions, on a subject outside ``inside`` ("Tony
    Levison, a realtor in picturesque Bend, *Oregon*": yes; "Italy, *Britain and France* have": no)."""
    apposed = False
    while token.head.i != token.i and token.dep_ in ("appos", "pobj", "prep"):
        apposed = apposed or token.dep_ == "appos"
        token = token.head
        if token.i not in inside and token.dep_ in SUBJECTS:
            return apposed
    return False


def _match(
    items: list[tuple[int, int]],
    others: list[tuple[int, int]],
    doc: Doc | None = None,
    sources: list[tuple[int, int]] | None = None,
) -> dict[int, int]:
    """Each item's partner among ``others``: nearest pairs first, one to one while partners last,
    then the nearest partner, shared, for the items left over. With ``doc``, pairs of a reported clause
    (not a quote: '“...” Doe said ... . “...”' goes on over sentences) and a cue that share a sentence come
    before pairs that do not ("The automaker said earlier this week *that ... demand*. It said last month
    ...": the clause is five characters from the next sentence's "said", six from its own). With ``sources``
    too, a cue right after a reported clause with only a source between ("*...*, Amazon said") comes before a
    cue nearer but before it ("Amazon said, *but the company expects ...*, Porter wrote"), and a quote is
    never paired one to one with a cue that has another between them (a quote after "According to ...
    Barron" and before "..., Barron says" is not the words of Fauci's "he told", four cues on; a cue with no
    word that can report does not count): such a quote shares its nearest partner, the fewest cues between
    first."""

    def apart(a: tuple[int, int], b: tuple[int, int]) -> bool:
        if doc is None or doc.text[a[0] : a[0] + 1] in QUOTE_CHARS:
            return False
        return not (_same_sentence(doc, (a[0], a[0] + 1), b) or _same_sentence(doc, (a[1] - 1, a[1]), b))

    def set_off(a: tuple[int, int], b: tuple[int, int]) -> bool:
        """Whether only a source and punctuation (no sentence's end) stand between item ``a`` and the cue
        ``b`` after it."""
        if doc is None or sources is None or b[0] < a[1]:
            return False
        inner = [src for src in sources if a[1] <= src[0] and src[1] <= b[0]]
        between = doc.text[a[1] : b[0]]
        for src in inner:
            between = between.replace(doc.text[src[0] : src[1]], " ", 1)
        return bool(inner) and not any(ch.isalnum() or ch in ".!?" for ch in between)

    @cache
    def after_an_attribution(a: tuple[int, int]) -> bool:
        """Whether the clause follows an attribution that sets off the words before it ("*...*, Amazon said,
        *but ...*"), not a cue of its own ("FDA officials want *to expand ...*, Trump said")."""
        return doc is not None and any(
            o[1] <= a[0]
            and not any(ch.isalnum() for ch in doc.text[o[1] : a[0]])
            and any(c != a and set_off(c, o) for c in items)
            for o in others
        )

    def framed(a: tuple[int, int], b: tuple[int, int]) -> bool:
        if doc is None or doc.text[a[0] : a[0] + 1] in QUOTE_CHARS or not set_off(a, b):
            return False
        if not after_an_attribution(a):
            return False
        # the cue ends its clause (", Porter wrote on Tuesday."), it does not go on to words of its own
        tail = re.match(r"[^,.;:!?]*", doc.text[b[1] :])
        return (
            tail is not None and _words(tail.group()) <= 4 and not any(b[1] <= o[0] < b[1] + tail.end() for o in items)
        )

    # the others that hold a word that can report (not the tagger's "antigen *tests*")
    real = [o for o in others if doc is not None and any(_cue_word(t) for t in doc if o[0] <= t.idx < o[1])]

    def crossed(a: tuple[int, int], b: tuple[int, int]) -> int:
        low, high = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
        return sum(1 for o in real if o != b and low <= o[0] and o[1] <= high)

    pairs = sorted(
        (apart(a, b), not framed(a, b), _gap(a, b), abs(a[0] - b[0]), i, j)
        for i, a in enumerate(items)
        for j, b in enumerate(others)
        if not (doc is not None and doc.text[a[0] : a[0] + 1] in QUOTE_CHARS and crossed(a, b))
    )
    out: dict[int, int] = {}
    taken: set[int] = set()
    for *_, i, j in pairs:
        if i not in out and j not in taken:
            out[i] = j
            taken.add(j)
    for i, a in enumerate(items):
        if i not in out and others:
            out[i] = min(
                range(len(others)),
                key=lambda j: (crossed(a, others[j]), _gap(a, others[j]), abs(a[0] - others[j][0])),
            )
    return out


_SENTENCE_END = re.compile(r"[.!?]\s")


def leftover_cue(text: str, spans: list[TagSpan], records: bool = False) -> tuple[Piece | None, Piece] | None:
    """A Cue (with its Source) ending the paragraph with no Content (with ``records``, none after it: "...
    onto the herd. Keeper Ann Lowe explained:" too, the sentence before is not what she said): "He said:"
    before a quote. With ``records``, the cue may have words of its clause after it when the paragraph ends on
    a colon ("Dr. Arruda stated in the daily press briefing of the Quebec government:", "She states (12) :")."""
    cues = [s for s in spans if s.role == "Cue"]
    if not cues:
        return None
    tail = text[cues[-1].end :]
    if tail.strip(" :,—–-") != "" and not (records and tail.rstrip().endswith(":") and not _SENTENCE_END.search(tail)):
        return None
    cue = cues[-1]
    if any(s.role == "Content" and (not records or s.end > cue.start) for s in spans):
        return None
    sources = [s for s in spans if s.role == "Source" and s.end <= cue.start]
    src = Piece(sources[-1].start, sources[-1].end) if sources else None
    return src, Piece(cue.start, cue.end)


def paragraph_statements(
    text: str, doc: Doc, spans: list[TagSpan] | None, index: int, records: bool = False
) -> list[Statement]:
    """Statements of one paragraph; offsets into the paragraph (shifted by the caller). With ``records``
    (the ``quotes`` stage), the speaker is mended where the tagger's source is no phrase or lies in
    another sentence than the cue; without (the ``attributions`` stage, scored on PolNeAR) the
    tagger's spans stand as PolNeAR annotates them."""
    quoted = find_quoted(text)
    inner = [(q.start, q.end) for q in quoted]
    cache: list[list[Frame]] = []

    def verb_frames() -> list[Frame]:  # the parse's frames, made only when needed
        if not cache:
            cache.append([*frames(doc, inner), *according_to(doc)])
        return cache[0]

    out: list[Statement] = []
    covered: list[tuple[int, int]] = []
    refused: list[tuple[int, int]] = []  # contents no cue of theirs reports: the parse's verbs need a speaker
    if spans is not None:
        contents = [(s.start, s.end) for s in spans if s.role == "Content"]
        cues = [(s.start, s.end) for s in spans if s.role == "Cue"]
        sources = [(s.start, s.end) for s in spans if s.role == "Source"]
        if records:
            cues, sources = _names_taken_for_cues(doc, cues, sources)
            cues, contents = _cues_ending_inside_a_name(doc, cues, contents, sources)
            cues, contents = _cues_cut_before_their_verb(doc, cues, contents, sources)
            contents, sources, cues = _attributions_taken_for_contents(doc, contents, sources, cues)
            contents, sources = _sources_inside_contents(doc, contents, sources)
            contents, sources = _contents_inside_sources(doc, contents, sources)
            contents = [_from_the_mark(text, c, quoted) for c in contents if not _function_words(doc, c, cues)]
        cue_of = _match(contents, cues, doc, sources) if records else _match(contents, cues)
        if records:
            contents = _rejoined(text, doc, contents, cues, cue_of, quoted, sources)
            cue_of = _match(contents, cues, doc, sources)
        src_of = _match(cues, sources)
        # the contents a verb of saying reports
        said = [o for j, o in enumerate(contents) if records and j in cue_of and _reported(doc, cues[cue_of[j]])]
        for i, c in enumerate(contents):
            if records and text[c[0] : c[0] + 1] == "." and (_cuts_word(text, c[0] + 1) or _inside_a_token(doc, c[0])):
                continue  # "around the U|.S. and who aren’t able to ...", "when Mr|. Modly called ...": the
                # tagger lost its place; a piece
            start, end = _snap(text, *(_whole_word(doc, c) if records else c), quoted)
            if records:
                start = _quote_after_words_of_no_verb(text, doc, start, end, quoted)
                start = _quote_the_source_took(start, end, quoted, sources)
            cue = cues[cue_of[i]] if i in cue_of else None
            src = sources[src_of[cue_of[i]]] if i in cue_of and cue_of[i] in src_of else None
            if cue is None and sources:
                src = min(sources, key=lambda s: _gap(s, c))
            addressee = None
            if records and cue is not None:
                nested = _attribution_after_its_quote(text, (start, end), quoted, verb_frames)
                if nested is not None:
                    # '"This app should be voluntary ...," Braun and Spahn said in a statement, according to
                    # Reuters' came as one content of "according to": the quote is theirs, the outer
                    # attribution says where it was reported
                    whole, frame_ = nested
                    end = whole.end
                    cue = (frame_.cue.start, frame_.cue.end)
                    src = (frame_.speaker.start, frame_.speaker.end) if frame_.speaker is not None else None
                opened = _attribution_it_opens_on(text, doc, (start, end), cue, verb_frames)
                if opened is not None and opened.content is not None and opened.speaker is not None:
                    # "*Lightfoot said in a statement that city officials are working ...*, according to the
                    # Chicago Tribune": the clause is hers; the outer attribution says where it was reported
                    start = opened.content.start
                    cue = (opened.cue.start, opened.cue.end)
                    src = (opened.speaker.start, opened.speaker.end)
                beside = _own_verb(text, doc, (start, end), cue, src, quoted, verb_frames) or _verb_after(
                    text, doc, (start, end), cue, verb_frames
                )
                if beside is None and not _same_sentence(doc, (start, start + 1), cue):
                    by = _agent_before(doc, (start, end))
                    if by is not None:
                        # 'According to the CDC, "..." ... However, *as noted by researchers in the Journal of ...*,
                        # "In general, ..."': the quote's own sentence names who said it, after "by"
                        cue, src = by
                if beside is not None:
                    # '... as he's claimed. “I think ...,” Moore said.': the quote's own verb, in its
                    # sentence, not a cue of another sentence the tagger matched it with
                    cue = (beside.cue.start, beside.cue.end)
                    src = (beside.speaker.start, beside.speaker.end) if beside.speaker is not None else None
            if (
                records
                and cue is not None
                and _according(text, *cue)
                and kind_of(text, start, end, quoted) == "indirect"
                and not _same_sentence(doc, (start, start + 1), cue)
                and not _same_sentence(doc, (end - 1, end), cue)
            ):
                # "According to the tracker, we are over 83,000 deaths. But the point our research made is
                # that these models ...": "according to" gives the source of its own sentence only; the
                # clause takes the attribution of its own sentence ("Fauci told reporters that ...",
                # "according to a report from X, ..."), or is no record
                own = _own_sentence_frame(doc, (start, end), verb_frames())
                if own is None:
                    continue
                cue = (own.cue.start, own.cue.end)
                src = (own.speaker.start, own.speaker.end) if own.speaker is not None else None
            if records and cue is not None:
                cue = _phrase_ended(doc, _whole_tokens(doc, cue), (start, end), src)
                if _cue_a_sentence_before(text, doc, (start, end), cue, quoted) and not _reported_in_its_sentence(
                    doc, (start, end), verb_frames()
                ):
                    within = _frame_inside(doc, (start, end), verb_frames())
                    if within is None or within.content is None or within.speaker is None:
                        continue  # '..., Hajat said in an email. That “double jeopardy” is often used ...': the cue
                        # ends a sentence before, and no verb of the clause's own sentence reports it
                    # '... Cuomo told reporters. *Still, if you have symptoms experts say you should call ...*': a verb
                    # of saying inside the piece, with its speaker, reports the rest of it
                    start, end = within.content.start, min(end, within.content.end)
                    cue = _whole_tokens(doc, (within.cue.start, within.cue.end))
                    src = (within.speaker.start, within.speaker.end)
                if _cue_a_sentence_after(doc, (start, end), cue):
                    # 'The voice of Frank Sinatra crooned “Young at Heart.” After all, Sam said the lyric ...': the
                    # quote is part of a sentence of its own, whose verb is not the cue's; a verb of saying there
                    # reports it ('Azar said the CDC ... has had to "literally build this ..." ... He said ...')
                    own = _own_sentence_frame(doc, (start, end), verb_frames())
                    if (
                        own is None
                        or own.content is None
                        or not _overlap((own.content.start, own.content.end), (start, end))
                        or any(
                            o != c
                            and _overlap((own.content.start, own.content.end), o)
                            and any(_finite(t) for t in doc if o[0] <= t.idx < o[1])
                            for o in contents
                        )
                    ):
                        # (no verb of its sentence reports it, or one reports another clause of the tagger's:
                        # 'announced that the state would begin to reopen on May 4 — *one day before ...*'; a
                        # noun phrase it cut off, Azar's "said *the CDC*, ...", is a piece of this one)
                        refused.append((start, end))
                        continue
                    cue = _whole_tokens(doc, (own.cue.start, own.cue.end))
                    src = (own.speaker.start, own.speaker.end) if own.speaker is not None else None
            if records and src is not None:
                src = _whole_tokens(doc, src)
                if cue is not None and _according(text, *cue) and _a_criterion(text[src[0] : src[1]]):
                    continue  # "Not everything is going according to plan": no one's words
            if cue is not None:
                frame = frame_at(doc, cue, stance=records)
                if records and src is not None:
                    src = _subject_before_its_apposition(doc, src)
                    src = _tidy_source(doc, src)
                if records and src is not None:
                    src = _title_cut(doc, src)
                if records and src is not None:
                    src = _owner_of_a_noun_cue(doc, src, cue)
                if (
                    records
                    and src is not None
                    and any(
                        q.start <= src[0] and src[1] <= q.end and (q.end <= start or end <= q.start) for q in quoted
                    )
                ):
                    # 'statistics ... titled “The Color of Coronavirus,” showed that ...': a word of a title
                    # in quotation marks is no speaker; the parse's subject of the verb is
                    src = None
                if records and src is not None and (not _same_sentence(doc, src, cue) or _broken_source(doc, src)):
                    # "Cuomo said .... If you go, experts say you should ...": the tagger left "experts"
                    # out, and the cue took the source of another sentence; a speaker shares its cue's
                    # sentence (the parse's subject of the verb, else no one)
                    src = None
                if (
                    records
                    and src is not None
                    and frame is not None
                    and frame.speaker is not None
                    and src[1] <= frame.speaker.start
                    and frame.speaker.end <= cue[0]
                ):
                    # "French officials said ..., while charity workers at the camps claim ...": the
                    # verb's own subject stands between the tagger's source and the cue
                    src = (frame.speaker.start, frame.speaker.end)
                if (
                    records
                    and src is not None
                    and frame is not None
                    and frame.speaker is not None
                    and _inside_a_clause_of(doc, src, (frame.speaker.start, frame.speaker.end), cue)
                ):
                    # "Only 64% of adults who reported a job loss or *reduction of hours* in April said ...":
                    # a word of a relative clause inside the verb's subject is not who speaks; the subject is
                    src = (frame.speaker.start, frame.speaker.end)
                if records and src is not None and frame is not None and frame.speaker is None:
                    described = _subject_with_its_clause(doc[frame.verb])
                    if described is not None and _inside_a_clause_of(doc, src, described, cue):
                        # "those who have made the case for ... to reduce the spread of *the virus* have
                        # accused ...": the parse's subject is a pronoun it names no speaker by; its clause
                        # says who they are
                        src = described
                if records and src is not None:
                    src = _name_before_its_apposition(doc, src, cue, sources)
                if records and src is not None and src[1] <= cue[0]:
                    named = _APPOSED_NAME.fullmatch(text[src[1] : cue[0]])
                    if named is not None:
                        # "one of his close allies, Michael Gove, famously declared": the name is who
                        src = (src[1] + named.start(1), src[1] + named.end(1))
                if (
                    records
                    and src is not None
                    and frame is not None
                    and frame.addressee is not None
                    and frame.speaker is not None
                    and frame.addressee.start < src[1]
                    and src[0] < frame.addressee.end
                ):
                    # '“...,” Bennet tells KHN in a written statement': the one told is no speaker; the
                    # verb's subject is
                    src = (frame.speaker.start, frame.speaker.end)
                if frame is not None:
                    addressee = frame.addressee
                    if src is None and frame.speaker is not None:
                        src = (frame.speaker.start, frame.speaker.end)
                if records:
                    agent = _passive_agent(doc, cue)
                    if agent is not None and (
                        src is None or (start <= src[0] and src[1] <= end and not _reporting_subject(doc, src))
                    ):
                        # "As explained by Hoyer, EMF shielding materials are ...", "as reported by Reuters,
                        # the ministry plans ...": the one after "by" says it, not the clause's subject; one
                        # who says it beside ("Dutton told Sky News, as reported by Radio New Zealand") stays
                        src = agent
                if records and src is not None and not _owns_noun_cue(doc, cue, src):
                    # "After reports Thursday that ..., Dr. Fauci told lawmakers": the reports are no one's
                    # the sentence names; not the subject of its verb
                    src = None
                if records and src is not None:
                    src = _outside_other_contents(text, src, cue, i, contents, sources, cue_of, src_of)
            if (
                records
                and cue is not None
                and src is not None
                and end <= src[0] < cue[0]
                and text[: src[0]].rstrip().endswith(("—", "–", "--"))
                and kind_of(text, start, end, quoted) == "indirect"
                and _says_after(doc, cue)
            ):
                continue  # "This was reflected in income declines — 23% of adults said they made less ...":
                # a verb after a dash that reports the clause after it does not report the one before
            if records and cue is not None and src is not None:
                moved = _clause_before_a_tail(text, doc, (start, end), cue, src, [o for o in said if o != c])
                if moved is None:
                    continue  # the tail of a statement another cue of saying reports
                start, end = moved
            if records and cue is not None:
                start = _subject_before_cue(text, doc, (start, end), cue, src)
                if _according(text, *cue) and end <= cue[0] and kind_of(text, start, end, quoted) == "indirect":
                    start = _in_the_cues_sentence(doc, (start, end), cue)
                end = _sentence_end(text, doc, (start, end), cue, quoted)
                if cue[1] <= start:
                    end = _main_clause_after(doc, (start, end), quoted)
                    alone = _quote_it_opens_on(quoted, start, end)
                    if (
                        alone is not None
                        and re.search(r"[.!?]", text[cue[1] : start])
                        and not any(alone.end <= q.start < end for q in quoted)
                        and not _same_sentence(doc, cue, (start, start + 1))
                    ):
                        # '... Earnest said. "... our customers with masks on May 4," when the new requirement
                        # takes effect': the words after a whole quote that opens a sentence after its cue's
                        # are the writer's ('warned of “needless suffering” if the country opens ...' reads on,
                        # and so does a tail with another quote: 'wave” because of the nation’s “erratic ...”')
                        end = alone.end
            if (
                records
                and src is not None
                and cue is not None
                and cue[1] <= start
                and end <= src[0]
                and any(c.dep_ in SUBJECTS for t in doc if cue[0] <= t.idx < cue[1] for c in t.children)
            ):
                # "reports have been received from Pakistan that a NGO denied ..., and *a Muslim cleric*
                # boasted ...": after a cue with a subject of its own and its content, a name is the subject
                # of the next clause (not after a participle's: "Declaring “we are at war,” President
                # Emmanuel Macron ...")
                src = None
            if records and src is not None and _relative_of(doc, (start, end), src):
                continue  # "according to a study ... for 191 patients of which *54 did not survive ...*": a
                # clause that says which patients, part of the source's phrase, not what the study says
            if records and src is not None and not any(ch.isalnum() for ch in text[src[0] : src[1]]):
                continue  # the tagger's "source" is a stray full stop: it lost its place, the record is no one's
            if src is None and _words(text[start:end]) <= SCARE_WORDS:
                continue  # a scare quote or a fragment with no one saying it
            q_open = any(not q.closed and q.start <= start for q in quoted) and end >= len(text) - 1
            out.append(
                Statement(
                    start,
                    end,
                    kind_of(text, start, end, quoted),
                    Piece(*src) if src else None,
                    Piece(*cue) if cue else None,
                    addressee,
                    index,
                    open_end=q_open,
                    bare=src is None and cue is None,
                )
            )
            covered.append((start, end))
    else:
        for f in verb_frames():
            if f.content is not None and f.content.start >= f.cue.end:
                c = (f.content.start, f.content.end)
                out.append(Statement(*c, kind_of(text, *c, quoted), f.speaker, f.cue, f.addressee, index))
                covered.append(c)
    for q in quoted:
        if any(_overlap((q.start, q.end), c) for c in covered):
            continue
        frame = _verb_beside(q, text, verb_frames(), records)
        if any(_overlap((q.start, q.end), c) for c in refused) and (frame is None or frame.speaker is None):
            continue  # 'a show on Fox News, “The Ingraham Angle.” Ingraham introduced ...': still no one's
        share = (q.end - q.start) / max(1, len(text.strip()))
        if frame is None and share < 0.6:
            continue  # a scare quote, a title, a slogan: not a statement
        if frame is None and _words(text[q.start : q.end]) <= SCARE_WORDS and q.closed:
            continue
        out.append(
            Statement(
                q.start,
                q.end,
                "direct",
                frame.speaker if frame else None,
                frame.cue if frame else None,
                frame.addressee if frame else None,
                index,
                open_end=not q.closed,
                bare=frame is None,
            )
        )
    if records:
        out = [s for s in out if not _only_an_attribution(s, out)]
    out = [_subject_for_an_object(doc, s) for s in _shared_subjects(doc, sorted(out, key=lambda s: s.start))]
    if not records:
        return out
    out = _passive_cue_after(text, doc, _carry_quote_speaker(text, doc, [_according_to_overrun(doc, s) for s in out]))
    out = [
        _before_a_joined_attribution(doc, _past_its_subordinate_clause(doc, s)) for s in _clauses_cut_short(doc, out)
    ]
    out = [_before_the_next_speaker(doc, _over_a_nested_report(doc, s, out), out) for s in out]
    return [s for s in out if not _cue_of_another_sentence(text, doc, s) and not _in_a_clause_joined_after(doc, s)]


def _over_a_nested_report(doc: Doc, s: Statement, statements: list[Statement]) -> Statement:
    """A reported content that ends on a pronoun the tagger made the speaker of a report inside it, or on a name whose
    aside in dashes the tagger made that speaker, right before that report's cue or the aside ("stating that it is thought to spread mainly through close ... contact,
    ..., and that [we] are still learning about how the virus spreads ...", "say it has added up to a big and
    indefensible problem for facilities that even [Gov. Andrew Cuomo] — the main proponent of the policy — called
    “the optimum feeding ground for this virus.”"): what is reported runs on over that report to its end."""
    if s.kind == "direct" or s.cue is None or s.cue.end > s.start:
        return s
    for o in statements:
        if (
            o.speaker is not None
            and o.cue is not None
            and s.start < o.speaker.start
            and (
                (o.speaker.end == s.end and all(t.pos_ == "PRON" for t in _tokens(doc, o.speaker.start, o.speaker.end)))
                or (
                    s.end <= o.speaker.start < o.cue.start
                    and doc.text[s.end : o.speaker.start].strip()[:1] in _ASIDE_DASHES
                )
            )
            and o.cue.start > s.end
            and _NESTED_GAP.fullmatch(doc.text[s.end : o.cue.start]) is not None
            and o.start >= o.cue.end
            and o.end > s.end
        ):
            closing = _CLOSING_MARK.match(doc.text, o.end)
            end = closing.end() if closing else o.end
            return replace(s, end=end, kind=kind_of(doc.text, s.start, end, find_quoted(doc.text)))
    return s


#: the dashes that open an aside
_ASIDE_DASHES = ("—", "–", "-")
#: the stop and closing quotation mark a nested report's quoted words end on
_CLOSING_MARK = re.compile(r"[.,!?]?[”\"’]")


#: between a nested report's speaker and its cue: nothing, or an aside in dashes ("Cuomo — the main proponent of the
#: policy — called")
_NESTED_GAP = re.compile(r"\s*(?:[—–-]{1,2}[^—–.;:!?]{1,80}[—–-]{1,2}\s*)?")


def _before_the_next_speaker(doc: Doc, s: Statement, statements: list[Statement]) -> Statement:
    """A reported content after its cue that ends on "and" or "but" and words with no verb, right before a comma
    and another statement's speaker ("said on April 16 that he trusted schools to set their calendars [and the
    following day], state Superintendent Richard Woods wrote ..."): those words open the next attribution; the
    content ends before the "and"."""
    if s.kind != "indirect" or s.cue is None or s.cue.end > s.start:
        return s
    rest = doc.text[s.end :]
    after = len(rest) - len(rest.lstrip(" ,"))
    if "," not in rest[:after] or not any(
        o is not s and o.start > s.end and o.speaker is not None and o.speaker.start == s.end + after
        for o in statements
    ):
        return s  # (the next sentence's speaker, after the content's full stop, opens no part of it)
    tokens = _tokens(doc, s.start, s.end)
    joint = next(
        (
            j
            for j in tokens
            if j.lower_ in ("and", "but")
            and j.dep_ == "cc"
            and not any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in tokens if t.i > j.i)
        ),
        None,
    )  # (a verb after it, even a participle, may go on with what is reported: "Though several domestic manufacturers
    # had already announced they were adding extra shifts and hiring additional workers ..., AP’s analysis ...")
    return s if joint is None else _ended_before(doc, s, joint.idx)


def _ended_before(doc: Doc, s: Statement, at: int) -> Statement:
    """The statement ending before ``at`` (the spaces and commas before it left out), where three words or more
    are left; else as it was."""
    end = at
    while end > s.start and (doc.text[end - 1].isspace() or doc.text[end - 1] == ","):
        end -= 1
    return replace(s, end=end) if len(doc.text[s.start : end].split()) >= 3 else s


def _before_a_joined_attribution(doc: Doc, s: Statement) -> Statement:
    """A reported content after its cue that runs on into a parallel attribution joined by "and" or "but": the
    cue's own verb again, with another subject that is no pronoun ("the CDC recommended [a nationwide halt to
    gatherings of 50 people or more] and a federal coronavirus task force recommended no gatherings of more than
    10"): it ends before the "and" (the other clause is another attribution, the tagger's or none)."""
    if s.kind != "indirect" or s.cue is None or s.cue.end > s.start:
        return s
    verbs = [t for t in _tokens(doc, s.cue.start, s.cue.end) if reports_or_stance(t)]
    if len(verbs) != 1:
        return s
    governed = {t.i for t in verbs[0].subtree}
    for token in _tokens(doc, s.start, s.end):
        # a verb of saying outside the cue's own phrase: joined to it ("conj"), or to the noun it qualifies
        # ("There are reasons the CDC recommended ... and a federal ... task force recommended ...")
        joined = token.dep_ == "conj" and token.head.i == verbs[0].i
        if (token.i in governed and not joined) or token.lemma_.lower() != verbs[0].lemma_.lower():
            continue
        subjects = [c for c in token.children if c.dep_ in SUBJECTS and s.start <= c.idx < token.idx]
        if not subjects or subjects[0].pos_ == "PRON":
            continue  # (another verb, or the same speaker again, may be part of what is reported: "..., but
            # their cases should still be reported ...", "; and 42% reported feeling ...", "but they believe ...")
        joint = doc[subjects[0].left_edge.i - 1] if subjects[0].left_edge.i > 0 else None
        if joint is None or joint.lower_ not in ("and", "but") or joint.dep_ != "cc" or joint.idx <= s.start:
            continue
        ended = _ended_before(doc, s, joint.idx)
        if ended is not s:
            return ended
    return s


def _in_a_clause_joined_after(doc: Doc, s: Statement) -> bool:
    """Whether a reported content after its cue lies in a clause joined to the cue's verb by "and"/"but" with a
    subject of its own ("Plenty of other artists have announced livestreams ..., but Bocelli's live concert ...
    will be one of the ... examples of the extent to which *the pandemic has altered public life*": the
    writer's words, not the artists')."""
    if s.kind != "indirect" or s.cue is None or s.cue.end > s.start:
        return False
    cue = {t.i for t in _tokens(doc, s.cue.start, s.cue.end)}
    tops = top_tokens(_tokens(doc, s.start, s.end))
    if len(tops) != 1:
        return False
    token = tops[0]
    for _ in range(40):
        if token.head.i == token.i or token.i in cue:
            return False
        if (
            token.dep_ == "conj"
            and token.head.i in cue
            and any(c.dep_ in SUBJECTS and not s.start <= c.idx < s.end for c in token.children)
        ):
            # (not a clause whose own verb reports it: "Rodriguez said ..., but she *hopes* that ...")
            return not is_reporting(token) and token.lemma_.lower() not in STANCE
        token = token.head
    return False


def _according_to_overrun(doc: Doc, s: Statement) -> Statement:
    """A statement opened by "According to X" whose source the tagger ran on into the clause it reports
    ("According to [the recent research nearly everyone] who becomes infected ... [virus and goes on to recover
    will develop antibodies to it]"): the source is the object of "to", and the content runs from right
    after it to the content's end."""
    if s.cue is None or s.speaker is None or s.kind != "indirect" or not s.cue.end <= s.speaker.start < s.start:
        return s
    cue = _tokens(doc, s.cue.start, s.cue.end)
    if len(cue) != 2 or cue[0].lower_ != "according" or cue[1].lower_ != "to" or cue[0].i != cue[0].sent.start:
        return s
    objects = [c for c in cue[1].children if c.dep_ == "pobj"]
    if len(objects) != 1:
        return s
    edge = objects[0].right_edge
    end = edge.idx + len(edge)
    if not s.speaker.start < end < s.speaker.end or not _same_sentence(doc, (end, end + 1), (s.start, s.start + 1)):
        return s
    if doc.text[s.speaker.end :].lstrip()[:1] in (",", ")", ""):
        return s  # (the tagger's source ends where a phrase does: "court filings by Harris’ legal team, Harris is")
    start = end
    while start < s.start and doc.text[start].isspace():
        start += 1
    opening = next((t for t in doc if t.idx == start), None)
    if opening is None or not any(
        t.dep_ in SUBJECTS and t.left_edge.i == opening.i and s.start <= t.head.idx < s.end for t in doc
    ):
        return s  # (the words after the object open the subject of the content's verb, not "CNBC spoke with, now")
    return replace(s, start=start, speaker=Piece(s.speaker.start, end))


def _last_word(token: Token, floor: int) -> Token:
    """The last word of ``token``'s phrase, its closing punctuation left out (not back past the token at index
    ``floor``)."""
    edge = token.right_edge
    while edge.i > floor and (edge.is_punct or edge.is_space):
        edge = edge.nbor(-1)
    return edge


#: the words that open a clause set under another one ("*Though* Treider said ..., it still felt ...")
_SUBORDINATORS = frozenset(["though", "although", "while", "whereas", "because", "since", "if", "unless", "as", "when"])


def _past_its_subordinate_clause(doc: Doc, s: Statement) -> Statement:
    """A reported clause run on past the end of the clause its cue stands in, where that clause is set under
    the sentence's main one ("*Though* Treider said [she wasn’t concerned about stepping into a hospital ...],
    it still felt at times like she was riding an “emotional roller coaster.”"): where the content runs on
    past a comma into the main clause (the verb the cue's clause hangs on lies in it), it ends where the
    cue's clause does (its punctuation left out); the main clause is the writer's. A cue's clause at the
    sentence's end ("..., as when he asserted that ...") is left as it is."""
    if s.kind != "indirect" or s.cue is None or s.cue.end > s.start:
        return s
    verbs = [t for t in _tokens(doc, s.cue.start, s.cue.end) if t.pos_ == "VERB"]
    if len(verbs) != 1:
        return s
    verb = verbs[0]
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in verb.children):
        return s
    edge = _last_word(verb, verb.i)
    end = edge.idx + len(edge)
    if not s.start < end < s.end or not end <= verb.head.idx < s.end or "," not in doc.text[end : verb.head.idx]:
        return s
    return replace(s, end=end)


_DASHES = re.compile(r"\s[—–-]{1,2}\s")
# what opens another clause: a semicolon or a colon, or a comma and a conjunction ("..., and other experts agree")
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|or|yet|so)\b")


def _another_clause(text: str, s: Statement, end: int) -> bool:
    """Whether the words from a content's end to ``end`` open another clause (a semicolon, a colon, a comma and
    a conjunction; a dash, unless it closes an aside the content opened: "the TCS New York City Marathon – the
    largest in the world *– is still scheduled* ...")."""
    rest = text[s.end : end]
    if _CLAUSE_BREAK.search(rest):
        return True
    return bool(_DASHES.search(rest)) and len(_DASHES.findall(text[s.start : s.end])) % 2 == 0


def _clauses_cut_short(doc: Doc, statements: list[Statement]) -> list[Statement]:
    """Reported clauses the tagger stopped inside a phrase ("that there were 1.6 million potentially zoonotic
    viruses, of which fewer than 1 percent" | "*have* even *been* identified"): a word over the content's last
    word in the parse stands after the content, in its sentence, under the content or the cue ("identified",
    which governs "percent"; the parse hung it on "estimated"). The content runs to the end of the highest
    such word's phrase (its closing punctuation left out), and the pieces of the same cue inside that stretch
    go; not where another cue or speaker lies there, nor across what opens another clause (the parse may
    hang one there: "that handshaking needs to stop even when the pandemic ends[, and other health experts
    agree]"). A clause that ends where its words do ("... a job to fall back on") has no word over its last one
    after it: it stays."""
    out = list(statements)
    for s in statements:
        if s.kind != "indirect" or s not in out:
            continue
        tokens = [t for t in _tokens(doc, s.start, s.end) if not t.is_punct]
        if not tokens:
            continue
        last = tokens[-1]
        inside = {t.i for t in tokens}
        cue = {t.i for t in _tokens(doc, s.cue.start, s.cue.end)} if s.cue is not None else set()
        rest = None  # the highest word over the last one that stands after the content
        for ancestor in last.ancestors:
            if ancestor.i in cue or (ancestor.i < last.i and ancestor.i not in inside):
                break
            if ancestor.i > last.i:
                rest = ancestor
        if rest is None or not (rest.head.i in cue or rest.head.i in inside):
            continue
        edge = _last_word(rest, last.i)
        end = edge.idx + len(edge)
        if end <= s.end or edge.sent.start != last.sent.start or _another_clause(doc.text, s, end):
            continue
        if any(is_reporting(t) for t in _tokens(doc, s.end, end)):
            continue  # ("..., The Post’s Donna St. George *reports*": another attribution after the content)
        within = [o for o in out if o is not s and s.end <= o.start and o.end <= end and o.cue == s.cue]
        pieces = [p for o in out if o is not s for p in (o, o.cue, o.speaker, o.addressee) if o not in within]
        if any(p is not None and p.start < end and s.end < p.end for p in [*pieces, s.cue, s.speaker]):
            continue
        out = [replace(o, end=end) if o is s else o for o in out if o not in within]
    return out


def _cue_in_a_later_sentence(doc: Doc, s: Statement) -> bool:
    """Whether a quote's cue lies after it, in a sentence after the one the quote ends."""
    return (
        s.kind == "direct"
        and s.cue is not None
        and s.cue.start >= s.end
        and not _same_sentence(doc, (s.end - 1, s.end), (s.cue.start, s.cue.end))
    )


def _passive_cue_after(text: str, doc: Doc, statements: list[Statement]) -> list[Statement]:
    """A quote the tagger paired with a verb in the passive in a later sentence ('... by the Centers for Disease
    Control and Prevention. "As long as employers don't discriminate — ... — it's absolutely legal." It's also
    possible U.S. workers may be *asked* to show ...'): the verb's subject is the one asked or told, and the quote
    is not its. Right after a statement of a speaker it goes on with their words ('According to ... David Barron,
    ... they are also currently being encouraged to do so ...'); else it has no cue and no speaker."""
    out = list(statements)
    for i, s in enumerate(out):
        if s.cue is None or not _cue_in_a_later_sentence(doc, s):
            continue
        cue = [t for t in doc if s.cue.start <= t.idx < s.cue.end]
        if not any(c.dep_ in ("nsubjpass", "auxpass") for t in cue for c in t.children):
            continue
        prev = out[i - 1] if i > 0 else None
        if (
            prev is not None
            and prev.speaker is not None
            and prev.cue is not None
            and not text[prev.end : s.start].strip(" .,")
        ):
            out[i] = replace(s, speaker=prev.speaker, cue=prev.cue, addressee=prev.addressee)
        else:
            out[i] = replace(s, speaker=None, cue=None, addressee=None, bare=True)
    return out


def _cue_of_another_sentence(text: str, doc: Doc, s: Statement) -> bool:
    """Whether a quote's cue is a verb of a later sentence that says nothing ('“... stretched his arms out …” For
    the first time in 14 years, her job *has distanced* her ...'): no one the text names said the quote. (A verb
    of saying there stays, whatever it reports: '“...” He *thinks* it may be a year ...' is most often the same
    person's talk, the quote between their sentences.)"""
    if s.cue is None or not _cue_in_a_later_sentence(doc, s):
        return False
    if not re.search(r"[.!?…][”\"’']*\s*$", text[s.start : s.end]):
        return False  # ('“...,” he said': the sentence goes on to its cue)
    cue = [t for t in doc if s.cue.start <= t.idx < s.cue.end and not t.is_punct]
    return bool(cue) and not any(_speech_word(t) for t in cue)


def _only_an_attribution(s: Statement, statements: list[Statement]) -> bool:
    """Whether a content is nothing but another statement's speaker and cue ("According to the results,
    *22% of parents reported* it is somewhat or very likely ...": the parents' report is a record of its
    own; what the results say holds no words of its own)."""
    return any(
        o is not s
        and o.speaker is not None
        and o.cue is not None
        and s.start == min(o.speaker.start, o.cue.start)
        and max(o.speaker.end, o.cue.end) == s.end
        for o in statements
    )


#: nouns that, after "according to" bare or with an owner, say by what measure something is done ("according to
#: their tax identification number", "according to age"), not who says so
CRITERIA = frozenset(["number", "size", "age", "need", "needs", "income", "rank", "order", "priority", "weight"])


def _a_criterion(words: str) -> bool:
    """Whether the words after "according to" are a manner ("plan") or a measure ("their tax identification
    number"), no one who says so."""
    low = re.sub(r"\s*\([^)]*\)", "", words).lower().split()  # ("number (TIN)")
    if len(low) == 1 and low[0] in MANNER_NOUNS:
        return True
    return bool(low) and low[-1] in CRITERIA and (len(low) == 1 or low[0] in ("its", "their", "his", "her", "your"))


def _relative_of(doc: Doc, content: tuple[int, int], src: tuple[int, int]) -> bool:
    """Whether a content is a relative clause of a noun inside the source's phrase."""
    tokens = _tokens(doc, content[0], content[1])
    tops = top_tokens(tokens)
    return bool(tops) and all(t.dep_ == "relcl" and src[0] <= t.head.idx < src[1] for t in tops)


def _subject_with_its_clause(verb: Token) -> tuple[int, int] | None:
    """The verb's subject with the relative clause or participle's clause that says who it is ("those
    *who have made the case for ...*"), as character offsets; None where the subject has no such clause."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not any(c.dep_ in ("relcl", "acl") for c in subject.children):
        return None
    right = subject.right_edge
    while right.i > subject.i and is_mark(right):
        right = right.doc[right.i - 1]
    return subject.left_edge.idx, right.idx + len(right.text)


def _names_taken_for_cues(
    doc: Doc, cues: list[tuple[int, int]], sources: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The tagger's cues and sources with a cue that is a name, the subject of the verb of the next cue,
    made a source: "..., [Say] [explained]" (the economist Jean-Baptiste Say) came as two cues, and the
    clause went to the name with no one saying it."""
    kept: list[tuple[int, int]] = []
    named: list[tuple[int, int]] = []
    for cue in cues:
        tokens = _tokens(doc, cue[0], cue[1])
        if tokens and all(t.pos_ == "PROPN" for t in tokens):
            head = next((t.head for t in tokens if t.dep_ in SUBJECTS and t.head not in tokens), None)
            if head is not None and any(o != cue and o[0] <= head.idx < o[1] for o in cues):
                named.append(cue)
                continue
        kept.append(cue)
    return kept, sorted([*sources, *named])


_NAME_TYPES = frozenset(("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"))


def _attributions_taken_for_contents(
    doc: Doc, contents: list[tuple[int, int]], sources: list[tuple[int, int]], cues: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]]]:
    """The tagger's spans with an attribution it took for words said made a source and a cue: "..., [Prime
    Minister Giuseppe Conte said] according to a report from Reuters" (a subject and its verb of saying, and
    nothing else), '["We're facing a calculated risk, ...," Conte] said according to Reuters' (a name after
    the closing mark); either right before a cue of the tagger's (not "BECAUSE [IT SAYS] SO ...")."""
    kept: list[tuple[int, int]] = []
    sources, cues = list(sources), list(cues)
    for a, b in contents:
        tokens = [t for t in _tokens(doc, a, b) if not t.is_punct]
        verb = tokens[-1] if tokens else None
        cue_next = _right_after(doc.text, cues, b) is not None
        if verb is not None and cue_next and is_reporting(verb) and verb.tag_ in ("VBD", "VBZ", "VBP"):
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if len(subjects) == 1 and subjects[0].left_edge.i == tokens[0].i and subjects[0].i + 1 == verb.i:
                sources.append((tokens[0].idx, subjects[0].idx + len(subjects[0])))
                cues.append((verb.idx, verb.idx + len(verb)))
                continue
        said_next = _right_after(doc.text, contents, b) is not None
        if verb is not None and said_next and is_reporting(verb) and verb.tag_ in ("VBD", "VBZ", "VBP"):
            # "in which [more] [than half of people said] [they were comfortable ...]": the subject and its verb
            # taken for words said before the words they report, the subject's first word perhaps a source alone
            # (not a bare "it": "Marvel says that ..., although [it] [adds] [that ...]" stays Marvel's)
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            piece = _right_before(doc.text, sources, a)
            first = piece[0] if piece is not None else a
            clause = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i > verb.i), None)
            if (
                subject is not None
                and clause is not None
                and subject.tag_ not in ("WDT", "WP")
                and subject.lower_ not in BARE_SPEAKERS
                and subject.right_edge.i + 1 == verb.i
                and first <= subject.left_edge.idx <= a
            ):
                sources = [s for s in sources if s != piece] + [
                    (subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge))
                ]
                cues.append((verb.idx, verb.idx + len(verb)))
                continue
        mark = doc.text.rfind("”", a, b), doc.text.rfind('"', a, b)
        close = max(mark)
        name = _tokens(doc, close + 1, b) if close > a else []
        if (
            name
            and all(t.pos_ == "PROPN" for t in name)
            and cue_next
            and doc.text[close - 1 : close] in (",", "?", "!")
        ):
            sources.append((name[0].idx, b))
            kept.append((a, close + 1))
            continue
        kept.append((a, b))
    return kept, sorted(sources), sorted(cues)


def _cues_ending_inside_a_name(
    doc: Doc, cues: list[tuple[int, int]], contents: list[tuple[int, int]], sources: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The tagger's cues and contents with a cue that ends inside a name carried to the name's end, and the
    content that begins with the name's rest begun after it: "wrote an article in the newspaper [Dagens]
    [Nyheter that public health authorities are failing]" (a cue cut in the newspaper's name, its last word
    taken for words said); not a cue of one word ("Said [Davis Abel]", which spaCy made one name), nor over the tagger's other spans."""
    out_cues: list[tuple[int, int]] = []
    for a, b in cues:
        tokens = _tokens(doc, a, b)
        last = tokens[-1] if tokens else None
        if last is not None and len(tokens) > 1 and last.i + 1 < len(doc) and last.idx + len(last) == b:
            after = doc[last.i + 1]
            same_name = last.ent_iob_ in ("B", "I") and after.ent_iob_ == "I" and last.ent_type_ in _NAME_TYPES
            if same_name and last.is_title and after.is_title:
                end = after
                while end.i + 1 < len(doc) and doc[end.i + 1].ent_iob_ == "I" and doc[end.i + 1].is_title:
                    end = doc[end.i + 1]
                name_end = end.idx + len(end)
                if not any(o[0] < name_end and b < o[1] for o in [*sources, *cues]):
                    b = name_end  # (not over a source or a cue the tagger found in the name's rest)
        out_cues.append((a, b))
    cut: list[tuple[int, int]] = []
    for c in contents:
        start = c[0]
        for a, b in out_cues:
            if a <= start < b:
                start = b
        while start < c[1] and doc.text[start].isspace():
            start += 1
        if start < c[1]:
            cut.append((start, c[1]))
    return out_cues, cut


def _cues_cut_before_their_verb(
    doc: Doc, cues: list[tuple[int, int]], contents: list[tuple[int, int]], sources: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """A cue of the infinitive's "to" alone, the verb of saying or stance right after it left out ("more likely
    than their elders [to] say [they’d be comfortable ...]", the verb in no span or taken for words said): the
    cue takes the verb, and a content that opened on it opens after it (one of the verb alone goes). Not where
    the verb is inside a source or another cue."""
    out_cues: list[tuple[int, int]] = []
    taken: list[tuple[int, int]] = []
    for a, b in cues:
        tokens = _tokens(doc, a, b)
        if len(tokens) == 1 and tokens[0].lower_ == "to" and tokens[0].i + 1 < len(doc):
            verb = doc[tokens[0].i + 1]
            piece = (verb.idx, verb.idx + len(verb))
            if (
                verb.pos_ == "VERB"
                and reports_or_stance(verb)
                and not any(o[0] < piece[1] and piece[0] < o[1] for o in [*sources, *cues])
            ):
                out_cues.append((a, piece[1]))
                taken.append(piece)
                continue
        out_cues.append((a, b))
    out_contents: list[tuple[int, int]] = []
    for c in contents:
        start = c[0]
        for p in taken:
            if p[0] <= start < p[1]:
                start = p[1]
        while start < c[1] and doc.text[start].isspace():
            start += 1
        if start < c[1]:
            out_contents.append((start, c[1]))
    return out_cues, out_contents


def _subject_for_an_object(doc: Doc, s: Statement) -> Statement:
    """A speaker the tagger took from the object of the verb before the cue ("The EMT checked *Caceres*, said his
    heart was fine ...") is that verb's subject: one verb's object is not who speaks in the next. Offsets are the
    paragraph's, as ``doc``'s."""
    if s.speaker is None or s.cue is None or s.speaker.end > s.cue.start:
        return s
    words = [t for t in _tokens(doc, s.speaker.start, s.speaker.end) if not t.is_punct]
    inside = {t.i for t in words}
    roots = [t for t in words if t.head.i not in inside]
    if (
        len(roots) != 1
        or roots[0].dep_ != "dobj"
        or roots[0].head.pos_ != "VERB"
        or roots[0].head.i != words[0].i - 1
        or len(words) > 3
    ):
        return s  # (the verb right before a short name: "checked Caceres")
    if doc.text[s.speaker.end : s.cue.start].strip() != ",":
        return s  # (only right before the cue, after a comma: "checked Caceres, said ...")
    subject = next((c for c in roots[0].head.children if c.dep_ == "nsubj" and c.i < roots[0].head.i), None)
    if subject is None:
        return s
    right = subject.right_edge
    return replace(s, speaker=Piece(subject.left_edge.idx, right.idx + len(right)))


def _shared_subjects(doc: Doc, statements: list[Statement]) -> list[Statement]:
    """A verb of saying after another statement's content, joined to a verb inside it with no subject of
    its own, shares the speaker of that statement: "Authorities have already said *swimming pools* will
    remain closed and *insist* it is even too early ..." (the parse hangs "insist" on "remain", and the
    tagger gave it "swimming pools" for a speaker). Offsets are the paragraph's, as ``doc``'s."""
    out = list(statements)
    for i, s in enumerate(out):
        if s.speaker is None or s.cue is None:
            continue
        verb = next((t for t in doc if s.cue.start <= t.idx < s.cue.end and t.pos_ == "VERB"), None)
        if verb is None or verb.dep_ != "conj" or any(c.dep_ in SUBJECTS for c in verb.children):
            continue
        for other in statements:
            if (
                other is not s
                and other.speaker is not None
                and other.start <= s.speaker.start
                and s.speaker.end <= other.end <= s.cue.start
                and other.start <= verb.head.idx < other.end
            ):
                out[i] = replace(s, speaker=other.speaker)
                break
    return out


#: a content the tagger broke leaves at most this many words between its pieces
REJOIN_WORDS = 3
#: and its first piece has at least this many words (pieces that are all fragments make no record)
REJOIN_FIRST_WORDS = 5


def _rejoined(
    text: str,
    doc: Doc,
    contents: list[tuple[int, int]],
    cues: list[tuple[int, int]],
    cue_of: dict[int, int],
    quoted: list[Quoted],
    sources: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """The contents with a clause the tagger broke in pieces made whole again: "estimate that the earlier
    version ..., which passed in March [and extend] through the end of this year, would themselves cost $105
    billion" came as two pieces of one cue, each a fragment. Pieces of the same cue, in one sentence, with a
    few words between them and nothing else (no comma, no quotation mark, no cue) are one content; a comma
    between is as often where a second clause, no part of what was said, begins ("the shutdown is up on
    Friday, large swaths of the state"). Pieces of one cue with nothing but a space between are one content
    whatever their length when the first is a clause that stops on its verb ("suggested [that early
    experiments indicated] [that a combination ... was effective]", "according to a poll, [the other half of
    respondents said] [they wouldn’t use it]"; not "[On Friday,] [the judge ordered ...]"). A last piece of one word stays apart (", [and he] hopes", "but
    didn['t] come": the tagger's content had ended before it), and a first piece of fewer than
    :data:`REJOIN_FIRST_WORDS` words joins nothing (fragments joined made records of clauses no one said).
    Pieces of one cue with only quoted words between them, in one quotation and with none of the tagger's
    cues or sources there, are one content whatever lies between: every word inside the marks is the
    speaker's ('“... Archie Lynch, who is also my cousin, he [lit a fire and] he was [out there and] he
    [had sage] ...”' came as four pieces)."""
    order = sorted(range(len(contents)), key=lambda i: contents[i])
    groups: list[list[int]] = []
    for i in order:
        if groups:
            last = groups[-1][-1]
            a, c = contents[last], contents[i]
            gap = text[a[1] : c[0]]
            words_between = (
                len(text[contents[groups[-1][0]][0] : a[1]].split()) >= REJOIN_FIRST_WORDS
                and 0 < len(gap.split()) <= REJOIN_WORDS
                and re.fullmatch(r"[\w\s'’-]*[^\W\d_][\w\s'’-]*", gap)
                and not any(a[1] <= cue[0] < c[0] for cue in cues)
            )
            in_one_quote = (
                a[1] <= c[0]
                and any(ch.isalnum() for ch in text[contents[groups[-1][0]][0] : a[1]])  # (not a stray ".")
                and any(q.inner[0] < a[1] and c[0] < q.inner[1] for q in quoted)
                and not any(a[1] <= o[0] < c[0] for o in (*cues, *sources))
            )
            if (
                last in cue_of
                and cue_of.get(i) == cue_of[last]
                and (
                    in_one_quote
                    or words_between
                    or _modifier_cut_off(doc, a, c)
                    or _relative_cut_off(doc, a, c)
                    or _one_clause_of_its_cue(doc, text, (contents[groups[-1][0]][0], c[1]), gap, cues[cue_of[last]])
                    or (
                        a[1] <= c[0]
                        and not gap.strip()
                        and _clause_to_its_verb(doc, a)
                        and not any(a[0] <= cue[0] < a[1] for cue in cues)
                        # ("For many workers, she says" + "it may be common", of the last sentence's "says")
                        and _same_sentence(doc, cues[cue_of[last]], a)
                    )
                )
                and (in_one_quote or _same_sentence(doc, (a[1] - 1, a[1]), (c[0], c[0] + 1)))
            ):
                groups[-1].append(i)
                continue
        groups.append([i])
    groups = _conjuncts_joined(doc, contents, cues, cue_of, groups)
    out: list[tuple[int, int]] = []
    for group in groups:
        apart = []
        while len(group) > 1 and len(text[slice(*contents[group[-1]])].split()) < 2:
            apart.append(group.pop())
        out.append((contents[group[0]][0], contents[group[-1]][1]))
        out.extend(contents[i] for i in reversed(apart))
    return out


#: the time a live blog's entry was posted, before its text: "3:45 pm ET — ", "12: 25 pm ET — "
_TIME_STAMP = re.compile(r"(?:\d{1,2}:\s?)?:?\d{2}\s*[ap]\.?m\.?(?:\s+[A-Z]{1,4})?\s*[—–-]+\s*", re.IGNORECASE)


def after_a_time_stamp(text: str, start: int, end: int) -> int:
    """A content's start after the time a live blog's entry was posted, when the content opens the entry:
    "3:45 pm ET — Italy ... will begin rolling back lockdown measures this week, Prime Minister Giuseppe
    Conte said" (the time is the blog's, no one's words). Taken after the record is judged: the parse made
    the time the clause's subject."""
    stamp = _TIME_STAMP.match(text, start)
    if stamp is None or stamp.end() >= end:
        return start
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" 0123456789"):
        return start  # (only a time that opens its paragraph)
    return stamp.end()


def _one_clause_of_its_cue(doc: Doc, text: str, whole: tuple[int, int], gap: str, cue: tuple[int, int]) -> bool:
    """Whether pieces with a few words between them, however short the first, are one clause the cue's verb
    reports, by the parse: "is warning Uber and other platforms [that it] may have to [do so if the situation
    continues]" (the words from the first piece to the last have one head, hung on the cue)."""
    if not 0 < len(gap.split()) <= REJOIN_WORDS or not re.fullmatch(r"[\w\s'’-]*[^\W\d_][\w\s'’-]*", gap):
        return False
    tokens = _tokens(doc, *whole)
    tops = top_tokens(tokens)
    if not tokens or tokens[0].dep_ != "mark" or len(tops) != 1:
        return False  # (a clause opened by "that", whole: its verb the one head, hung on the cue's)
    return tops[0].dep_ == "ccomp" and tokens[0].head.i == tops[0].i and cue[0] <= tops[0].head.idx < cue[1]


def _conjuncts_joined(
    doc: Doc,
    contents: list[tuple[int, int]],
    cues: list[tuple[int, int]],
    cue_of: dict[int, int],
    groups: list[list[int]],
) -> list[list[int]]:
    """The groups of :func:`_rejoined` with a piece that opens on "and", "or", "but" or "nor" joined to the
    earlier piece of the same cue the parse hangs that word on, and to everything between: "said [Denver],
    [which ranked No. 2] on our list, [and Salt Lake City, which ranked No. 8 ..., are ...]" is one content
    (alone, the last piece said nothing: "and Salt Lake City ... are"). Only where no other cue and no
    semicolon stands between and all of it is one sentence."""
    out: list[list[int]] = []
    for group in groups:
        first = contents[group[0]]
        span = doc.char_span(first[0], first[1], alignment_mode="expand")
        word = span[0] if span is not None and len(span) else None
        home = None
        if word is not None and word.dep_ == "cc" and word.lower_ in ("and", "or", "but", "nor"):
            head = word.head
            home = next(
                (
                    k
                    for k, earlier in enumerate(out)
                    if any(contents[j][0] <= head.idx < contents[j][1] for j in earlier)
                    and cue_of.get(earlier[0]) is not None
                    and cue_of.get(earlier[0]) == cue_of.get(group[0])
                    and head.sent.start_char <= contents[earlier[0]][0]
                ),
                None,
            )
        if home is not None:
            start, end = contents[out[home][0]][0], first[0]
            if (
                all(cue_of.get(j) == cue_of.get(group[0]) for g in out[home:] for j in g)
                and not any(start <= cue[0] < end for cue in cues)
                and ";" not in doc.text[start:end]
            ):
                merged = [j for g in out[home:] for j in g] + group
                del out[home:]
                out.append(merged)
                continue
        out.append(group)
    return out


def _hangs_before(text: str, doc: Doc, content: tuple[int, int], cue: tuple[int, int]) -> bool:
    """Whether a content after a cue set in commas (", economists have noted, when ...") opens with a
    clause of purpose, time, reason or condition ("so that ...", "when ...", "because ..."): that clause
    hangs on the sentence before the cue, which is what was said."""
    if text[cue[1] : content[0]].strip() != ",":
        return False
    tokens = _tokens(doc, content[0], content[1])
    return bool(tokens) and tokens[0].lower_ in _SUBORDINATORS and tokens[0].dep_ in ("mark", "advmod")


#: words that open a clause of purpose, time, reason or condition ("so that ...", "until ...", "once ...")
_SUBORDINATORS = SUBORDINATORS | frozenset(["so", "until", "once"])


def _clause_before(text: str, doc: Doc, src: tuple[int, int]) -> tuple[int, int] | None:
    """The stretch of the speaker's sentence before ", Speaker said,": from the sentence's start to the
    comma; None where the sentence does not run on before the speaker so."""
    span = doc.char_span(src[0], src[1], alignment_mode="expand")
    if span is None or not len(span):
        return None
    first = span.sent.start_char
    head = text[first : src[0]].rstrip()
    if not head.endswith(",") or _words(head) < 4:
        return None
    return first, first + len(head) - 1


def _outside_other_contents(
    text: str,
    src: tuple[int, int],
    cue: tuple[int, int],
    i: int,
    contents: list[tuple[int, int]],
    sources: list[tuple[int, int]],
    cue_of: dict[int, int],
    src_of: dict[int, int],
) -> tuple[int, int]:
    """The speaker of content ``i``, where the one found lies inside another statement's content and the
    cue outside it ("after he claimed that *the anti-malaria drug* was a “cure” and called for an end to
    ...": the parse made the drug the subject of "called"), and the cue is a verb joined by "and" right
    after that statement: it shares that statement's speaker."""
    inner = next(
        (
            j
            for j, o in enumerate(contents)
            if j != i and o[0] <= src[0] and src[1] <= o[1] and text[o[1] : cue[0]].strip(" ,") == "and"
        ),
        None,
    )
    if inner is None or inner not in cue_of or cue_of[inner] not in src_of:
        return src
    return sources[src_of[cue_of[inner]]]


def _inside_a_clause_of(doc: Doc, src: tuple[int, int], subject: tuple[int, int], cue: tuple[int, int]) -> bool:
    """Whether ``src`` lies in a relative clause or a participle's clause inside the phrase ``subject``
    ("adults *who reported ...*", "One meta-study *looking at over 100 cases*")."""
    head = doc.char_span(subject[0], subject[1], alignment_mode="expand")
    if head is not None and len(head):
        # the subject's whole phrase: the parse's speaker may stop before its clause ("One meta-study"); not
        # a phrase that holds the cue itself ("the exchanges (which President Trump recently reiterated ...")
        edge = head.root.right_edge
        if edge.idx + len(edge) <= cue[0] or subject[0] >= cue[1]:
            subject = (subject[0], max(subject[1], edge.idx + len(edge)))
    if not (subject[0] <= src[0] and src[1] <= subject[1]) or src == subject:
        return False
    span = doc.char_span(src[0], src[1], alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span.root
    while subject[0] <= token.head.idx < subject[1] and token.head.i != token.i:
        if token.dep_ in ("relcl", "acl"):
            return True
        token = token.head
    return False


#: verbs that a list after a colon completes ("the brands they own include:", "the demands are:")
_LISTING = frozenset(["include", "contain", "comprise", "be", "feature", "list", "involve", "cover"])


def _verb_before_a_list(tokens: list[Token], after: str) -> bool:
    """Whether a clause stops on its main verb, one a list completes, with no object, before a colon ("the
    national brands they own *include*:"): the list after the colon is what it says ("Facebook says its
    labels are *working*: 95 percent ..." is whole)."""
    last = tokens[-1]
    return (
        after == ":"
        and last.lemma_.lower() in _LISTING
        and any(t.i == last.i for t in top_tokens(tokens))
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in last.children)
    )


def _says_after(doc: Doc, cue: tuple[int, int]) -> bool:
    """Whether the cue's verb has a complement clause of its own after it ("said *they made less*")."""
    return any(
        c.dep_ == "ccomp" and c.idx >= cue[1]
        for t in doc
        if cue[0] <= t.idx < cue[1] and t.pos_ in ("VERB", "AUX")
        for c in t.children
    )


def _reported(doc: Doc, cue: tuple[int, int]) -> bool:
    """Whether a cue holds a verb of saying."""
    return any(is_reporting(t) for t in doc if cue[0] <= t.idx < cue[1])


def _clause_before_a_tail(
    text: str,
    doc: Doc,
    content: tuple[int, int],
    cue: tuple[int, int],
    src: tuple[int, int],
    reported: list[tuple[int, int]],
) -> tuple[int, int] | None:
    """The statement where a content after a cue set in commas is a clause of purpose or time ("FDA
    officials want to expand ..., Trump said, so that authorities can monitor ..."): that clause belongs to
    the clause before the cue, which is what was said. None where one of the ``reported`` contents (those
    of other cues of saying) already holds the clause before; the content itself where the cue opens its
    sentence ("Scientists believe, as it leapt ..., the virus morphed") or the content is no such tail."""
    if not (src[1] <= cue[0] and cue[1] <= content[0] and _hangs_before(text, doc, content, cue)):
        return content
    before = _clause_before(text, doc, src)
    if before is None:
        return content
    if any(o[0] < before[1] and before[0] < o[1] for o in reported):
        return None
    return before


def _main_clause_after(doc: Doc, content: tuple[int, int], quoted: list[Quoted]) -> int:
    """The end of a reported clause that the tagger stopped after its opening subordinate clause: "These
    parents say *even if they can find child care*, they don’t know if ...", "noted *that because it is
    almost impossible to predict ...*, researchers had long argued ...": where the content is a whole
    adverbial clause (with its "that") hanging on a verb after the comma that ends it, in the same sentence,
    the content runs on to the end of that verb's clause. That verb must have its own subject after the
    comma, and must not report ("..., Cuomo stated that ..." is a statement of its own). A content in
    quotation marks stands."""
    start, end = content
    if any(q.start < end and start < q.end for q in quoted) or not doc.text[end:].startswith(", "):
        return end
    tokens = _tokens(doc, start, end)
    if not tokens:
        return end
    tops = top_tokens(tokens)
    heads = {t.head for t in tops}
    if len(heads) != 1 or not any(t.dep_ == "advcl" for t in tops):
        return end
    if any(t.dep_ not in ("advcl", "mark", "punct") or t.left_edge.idx < start for t in tops):
        return end  # ("As news *reports of ... worsened*, ...": the clause opened before the content)
    head = heads.pop()
    if head.idx < end or head.sent != tokens[0].sent or any(ch in ".!?;:" for ch in doc.text[end : head.idx]):
        return end
    if head.pos_ not in ("VERB", "AUX") or is_reporting(head):
        return end
    if not any(t.idx >= end for t in head.lefts if t.dep_ in SUBJECTS):
        return end
    last = max((t for t in head.subtree if t.sent == head.sent and not t.is_punct), key=lambda t: t.i)
    return max(end, last.idx + len(last))


def _modifier_cut_off(doc: Doc, a: tuple[int, int], c: tuple[int, int]) -> bool:
    """Whether a piece ends on a modifier of a noun in the next piece with only a comma between ("would die
    ... without [immediate], [draconian measures]"): the phrase was broken at a comma between its
    adjectives, and neither piece is whole alone."""
    gap = doc.text[a[1] : c[0]]
    if gap.strip() != ",":
        return False
    last = next((t for t in reversed(doc) if a[0] <= t.idx < a[1] and not t.is_space), None)
    return (
        last is not None
        and last.dep_ in ("amod", "compound", "nummod")
        and c[0] <= last.head.idx < c[1]
        and last.head.pos_ in ("NOUN", "PROPN")
    )


def _relative_cut_off(doc: Doc, a: tuple[int, int], c: tuple[int, int]) -> bool:
    """Whether the next piece opens, after a comma, on a relative clause of a noun in this one ("said [Denver],
    [which ranked No. 2 on our list, and Salt Lake City ... are ...]"): one phrase broken at its comma."""
    if doc.text[a[1] : c[0]].strip() != ",":
        return False
    first = next((t for t in doc if c[0] <= t.idx < c[1] and not t.is_space), None)
    if first is None or first.lower_ not in ("which", "who", "whose"):
        return False
    clause = first.head if first.head.dep_ == "relcl" else first.head.head
    return clause.dep_ == "relcl" and a[0] <= clause.head.idx < a[1]


def _clause_to_its_verb(doc: Doc, piece: tuple[int, int]) -> bool:
    """Whether a piece is a clause that stops on its verb ("that early experiments *indicated*", "the other
    half of respondents *said*"): one phrase (every word's head inside it but one) ending on a verb, not a
    phrase before a clause ("On Friday,", "Unlike us,") nor a tail of something else ("report where he is
    claiming")."""
    tokens = _tokens(doc, piece[0], piece[1])
    if len(tokens) < 2 or not tokens[-1].tag_.startswith("VB") or tokens[0].lower_ == "to":
        return False  # (nor "[to release] [thousands of immigrants]": a request, no clause)
    if tokens[0].dep_ in SUBJECTS and tokens[0].lower_ in ("that", "which", "who"):
        return False  # "a statement [that confirmed] [he had spoken ...]": the statement's, not a clause said
    tops = top_tokens(tokens)
    return len(tops) == 1 and tops[0].pos_ in ("VERB", "AUX")


def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens of the paragraph's parse that start from ``start`` to before ``end``, spaces left out."""
    return [t for t in doc if start <= t.idx < end and not t.is_space]


def top_tokens(tokens: list[Token]) -> list[Token]:
    """The tokens of a span whose head lies outside it (or that head the sentence)."""
    inside = {t.i for t in tokens}
    return [t for t in tokens if t.head.i not in inside or t.head.i == t.i]


#: dependencies of a content's top word that make it no more than a modifier of the cue's clause
_MODIFIER_DEPS = frozenset(["advmod", "advcl", "prep", "punct", "cc", "mark", "npadvmod", "intj", "dep"])


def _main_tops(tokens: list[Token]) -> list[Token]:
    """The words a content hangs on its cue by, its modifiers aside: "approved *a package* ... so Congress can
    keep functioning" hangs on "package" (the "so" clause is the cue's adverbial), "said *work* was ..." on its
    verb."""
    return [t for t in top_tokens(tokens) if t.dep_ not in _MODIFIER_DEPS]


def _cuts_word(text: str, i: int) -> bool:
    """Whether a span's end at ``i`` falls inside a word: between two letters or digits, or beside an
    apostrophe or hyphen inside a word ("can’|t", "Q-and-|A"), the dot of an initial ("U.|S.") or the comma
    inside a number ("22,|500")."""
    if not 0 < i < len(text) or not in_word(text[i]):
        return False
    if in_word(text[i - 1]):
        return True
    if i < 2 or not in_word(text[i - 2]):
        return False
    if text[i - 1] in "'’-":
        return True
    if text[i - 1] == "," and text[i].isdigit() and text[i - 2].isdigit():
        return True  # a number's thousands ("22,|500"; not a point: "2020.|20" may be a footnote's number)
    return text[i - 1] == "." and (i < 3 or not in_word(text[i - 3]))


def _phrase_ended(
    doc: Doc, cue: tuple[int, int], content: tuple[int, int], src: tuple[int, int] | None
) -> tuple[int, int]:
    """The cue through the noun its last word modifies, where the tagger stopped before it ("said earlier
    *this*" of "said earlier this week", "said *last*" of "said last month", "said in signing *the*" of "the
    rescue law"), the noun outside the content and the speaker."""
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None or not len(span):
        return cue
    last = span[-1]
    if len(span) > 1 and last.dep_ == "prep" and last.head.pos_ == "NOUN" and any(c.i > last.i for c in last.children):
        # "says in a separate blog post *about*" (its object, "its AI", outside): the cue ends before it (not
        # a verb's own "called *on*", "according *to*")
        before = span[-2]
        return cue[0], before.idx + len(before)
    noun = last.head
    if (
        last.dep_ in ("det", "amod", "nummod", "compound")
        and last.i < noun.i <= last.i + 3
        and all(t.head == noun and t.dep_ in ("amod", "compound") for t in doc[last.i + 1 : noun.i])
        and noun.pos_ == "NOUN"
        and (noun.idx + len(noun) <= content[0] or noun.idx >= content[1])
        and (src is None or not src[0] <= noun.idx < src[1])
    ):
        return cue[0], noun.idx + len(noun)
    return cue


def _inside_a_token(doc: Doc, i: int) -> bool:
    """Whether offset ``i`` falls inside one of the parse's tokens, not at its start ("Mr|." of "Mr.")."""
    span = doc.char_span(i, i + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.start_char < i


def _whole_word(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """A content of the tagger's on whole tokens (:func:`_whole_tokens`), its start after a hyphen inside a word
    taken back to the word's start: the last part of "SARS-|CoV-2" is no word of its own."""
    start, end = _whole_tokens(doc, span)
    text = doc.text
    while start > 1 and text[start - 1] in "-‑" and text[start - 2].isalnum() and text[start].isalnum():
        start = max(text.rfind(" ", 0, start - 1), text.rfind("\n", 0, start - 1)) + 1
    return start, end


def _whole_tokens(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """The tagger's span, where an end of it cuts a word (:func:`_cuts_word`), widened at that end to the
    parse's token: word pieces part "can’t" after the apostrophe, and a cue "t apply" is no words of the
    sentence ("n’t apply" is). An end beside punctuation stays ("”—Alan")."""
    start, end = span
    if _cuts_word(doc.text, start):
        token = doc.char_span(start, start + 1, alignment_mode="expand")
        start = token.start_char if token is not None and len(token) else start
    if _cuts_word(doc.text, end):
        token = doc.char_span(end - 1, end, alignment_mode="expand")
        end = token.end_char if token is not None and len(token) else end
    return start, end


def _owns_noun_cue(doc: Doc, cue: tuple[int, int], src: tuple[int, int]) -> bool:
    """Whether ``src`` can be the speaker of a cue that is a noun after "after", "amid", "despite" ...
    ("After *reports* Thursday that ..., Dr. Fauci told lawmakers"): only inside the noun's phrase ("amid
    *the CDC's* warnings that"); such reports are no one's the sentence names. Any other cue owns any
    speaker ("Trump doubled down on claims that", "said in a statement")."""
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")  # the cue's tokens, not the paragraph's
    tokens = list(span) if span is not None else []
    heads = [t for t in tokens if not (cue[0] <= t.head.idx < cue[1]) or t.head.i == t.i]
    if len(heads) != 1 or heads[0].pos_ != "NOUN":
        return True
    noun = heads[0]
    if noun.dep_ != "pobj" or noun.head.lower_ not in _CIRCUMSTANCE:
        return True
    left, right = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge)
    return left <= src[0] and src[1] <= right


#: prepositions that set a noun of saying as the sentence's circumstance ("*after* reports that ...")
_CIRCUMSTANCE = frozenset(["after", "amid", "amidst", "despite", "following", "since"])


def _cue_a_sentence_before(
    text: str, doc: Doc, content: tuple[int, int], cue: tuple[int, int], quoted: list[Quoted]
) -> bool:
    """Whether the cue ends a sentence before the one the content opens with words of its own: a full stop,
    a question or an exclamation mark between them, no colon, and the content opening neither on a
    quotation mark nor inside a quote ('“...,” he said. “But ...”' and '“... first. But we also can’t ...”'
    go on with the quote) and holding no quote longer than a scare quote."""
    start = content[0]
    if cue[1] > start:
        return False
    if (text[start : start + 1] in QUOTE_CHARS or text[start : start + 1] in "‘'") and not _scare_quote_in_prose(
        text, doc, content
    ):
        return False
    if any(q.start < start < q.end for q in quoted):
        return False
    if any(
        content[0] <= q.start and q.end <= content[1] and _words(text[q.start : q.end]) > SCARE_WORDS for q in quoted
    ):
        return False  # 'And, as a result, obesity seems to "impair that critical immune response ..."': the
        # speaker of the sentence before goes on in words of their own
    between = text[cue[1] : start]
    if ":" in between or not re.search(r"[.!?][\"”’']?\s", between):
        return False
    return not _same_sentence(doc, cue, (start, start + 1))


def _right_after(text: str, spans: list[tuple[int, int]], at: int) -> tuple[int, int] | None:
    """The first of ``spans`` that opens at ``at`` or after it with only spaces between, if any."""
    return next((s for s in spans if s[0] >= at and not text[at : s[0]].strip()), None)


def _right_before(text: str, spans: list[tuple[int, int]], at: int) -> tuple[int, int] | None:
    """The first of ``spans`` that ends at ``at`` or before it with only spaces between, if any."""
    return next((s for s in spans if s[1] <= at and not text[s[1] : at].strip()), None)


def _sources_inside_contents(
    doc: Doc, contents: list[tuple[int, int]], sources: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The tagger's contents and sources, a source with content right before and right after it made one content
    with them: "suggested [that early] *experiments* [indicated] that ..." is a clause's subject, "without
    [immediate], *draconian* [measures]" a word of a phrase, no one who speaks (a source speaks through a cue,
    and none stands by it). Only spaces stand between them, or a comma before a source of adjectives ("Although the
    report shows [X], *the researchers* [make no claims]" is a clause of its own)."""
    text = doc.text
    contents = sorted(contents)
    kept = []
    for src in sources:
        common = all(t.pos_ in ("ADJ", "ADV", "PUNCT") for t in doc if src[0] <= t.idx < src[1] and not t.is_space)
        gaps = ("", ",") if common else ("",)
        before = next((c for c in contents if c[1] <= src[0] and text[c[1] : src[0]].strip() in gaps), None)
        after = _right_after(text, contents, src[1])
        if (
            before is None
            or after is None
            or not text[after[0] : after[0] + 1].isalnum()
            or not any(ch.isalpha() for ch in text[before[0] : before[1]])
            or text[before[1] - 1 : before[1]] in QUOTE_CHARS
            or text[before[0] : before[1]].split()[-1].lower() in ("by", "to", "from", "of", "at", "with")
        ):
            kept.append(src)  # (", “In general, ...”" after "noted by *researchers in the Journal of ...*")
            continue
        contents = [c for c in contents if c not in (before, after)] + [(before[0], after[1])]
        contents.sort()
    return contents, kept


def _contents_inside_sources(
    doc: Doc, contents: list[tuple[int, int]], sources: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The tagger's contents and sources, a content of three words or fewer, no verb and no quote mark in it, with
    a source right before and right after it (only spaces between), made one source with them: "[Immigration and]
    *Customs* [Enforcement] *(* [ICE)] announced ..." is one name the tagger lost its place in, and its last piece
    would speak for the whole. Only where the whole is one phrase of the parse's, a subject."""
    text = doc.text
    sources = sorted(sources)
    kept = []
    for c in sorted(contents):
        before = _right_before(text, sources, c[0])
        after = _right_after(text, sources, c[1])
        tokens = [t for t in doc if c[0] <= t.idx < c[1] and not t.is_space]
        if (
            before is None
            or after is None
            or len([t for t in tokens if not t.is_punct]) > 3
            or any(t.pos_ in ("VERB", "AUX", "SCONJ") or t.tag_ in ("WDT", "WP") for t in tokens)
            or any(ch in QUOTE_CHARS for ch in text[c[0] : c[1]])
        ):
            kept.append(c)  # ("amid [reports] *that religious* [communities ...] have complained")
            continue
        roots = top_tokens(_tokens(doc, before[0], after[1]))
        if len(roots) != 1 or roots[0].dep_ not in SUBJECTS:
            kept.append(c)  # (one subject only: not "demanding [a better education and a brighter future for]
            continue  # *every* [child]", an object)
        sources = sorted([s for s in sources if s not in (before, after)] + [(before[0], after[1])])
    return kept, sources


def _function_words(doc: Doc, content: tuple[int, int], cues: list[tuple[int, int]]) -> bool:
    """Whether a content of the tagger's is two words or fewer, all function words, right before a cue ("as" of
    "was quoted by the outlet *as* saying ..."): a piece of an attribution, which would take the cue of the words
    reported."""
    if any(ch in QUOTE_CHARS for ch in doc.text[content[0] : content[1]]):
        return False  # ('“No,” he said': a quote is someone's words, however short)
    if _right_after(doc.text, cues, content[1]) is None:
        return False
    words = [t for t in doc if content[0] <= t.idx < content[1] and not t.is_space and not t.is_punct]
    return 0 < len(words) <= 2 and all(t.is_stop for t in words)


def _from_the_mark(text: str, content: tuple[int, int], quoted: list[Quoted]) -> tuple[int, int]:
    """A content the tagger opened on the conjunction before a quote ('..., school officials announced last
    week, *but “a login on a computer doesn’t ...,”* Beutner said'): from the quote's mark, so it pairs as a
    quote with the verb that reports it (the conjunction joins it to the writer's sentence)."""
    start, end = content
    for q in quoted:
        if start < q.start < end and re.fullmatch(r"\s*(?:but|and|or|yet)\s*", text[start : q.start], re.I):
            return q.start, end
    return content


def _frame_inside(doc: Doc, content: tuple[int, int], frames_: list[Frame]) -> Frame | None:
    """A verb of saying with its speaker and its clause all inside a piece the tagger took whole, in the piece's
    first sentence ("Still, if you have symptoms *experts say* you should call your doctor ...")."""
    start, end = content
    for frame in frames_:
        if (
            frame.speaker is not None
            and frame.content is not None
            and start <= frame.speaker.start
            and frame.speaker.end <= frame.cue.start
            and frame.cue.end <= frame.content.start
            and frame.content.end <= end + 1
            and _same_sentence(doc, (start, start + 1), (frame.cue.start, frame.cue.end))
        ):
            return frame
    return None


def _scare_quote_in_prose(text: str, doc: Doc, content: tuple[int, int]) -> bool:
    """Whether the content is a quote of a few words inside a sentence, after its words and before more ("Since
    the most urgent imperative was to “flatten the curve” of infections, it was crucial ..."): the writer's
    words with a phrase in marks, not the speaker of the sentence before going on."""
    start, end = content
    first = _sentence_of(doc, start)
    if first is None or _words(text[start:end]) > SCARE_WORDS:
        return False
    sentence = doc[first].sent
    before = text[sentence.start_char : start].strip(" “”\"‘’'")
    after = text[end : sentence.end_char].strip(" .,;:!?")
    return bool(before) and bool(after)


def _cue_a_sentence_after(doc: Doc, content: tuple[int, int], cue: tuple[int, int]) -> bool:
    """Whether the cue stands in a sentence after the content's, and the content's sentence has a verb of its
    own outside the content, with its subject: the content is a part of that sentence (an object, a title),
    not the words the later cue reports ('“...,” he said. “...”' has no verb outside the quote)."""
    start, end = content
    if cue[0] < end or _same_sentence(doc, (end - 1, end), cue):
        return False
    first = _sentence_of(doc, start)
    if first is None:
        return False
    return any(
        not start <= t.idx < end
        and _finite(t)
        and any(c.dep_ in SUBJECTS and not start <= c.idx < end for c in t.children)
        for t in doc[first].sent
    )


def _reported_in_its_sentence(doc: Doc, content: tuple[int, int], frames_: list[Frame]) -> bool:
    """Whether a verb of saying with a speaker, in the sentence the content opens, stands before the content
    ("And she said in an email ... that ...") or after it with its speaker (", Jane Doe said"); a verb whose
    subject the content is ("That “double jeopardy” is often used to describe ...") reports nothing of it."""
    start, end = content
    for frame in frames_:
        if frame.speaker is None or not _same_sentence(doc, (start, start + 1), (frame.cue.start, frame.cue.end)):
            continue
        if frame.cue.end <= start or (frame.cue.start >= end and frame.speaker.start >= end):
            return True
    return False


def _according(text: str, start: int, end: int) -> bool:
    """Whether the cue from ``start`` to ``end`` is an "according to"."""
    return text[start:end].lower().startswith("according")


def _subject_before_cue(
    text: str, doc: Doc, content: tuple[int, int], cue: tuple[int, int], src: tuple[int, int] | None
) -> int:
    """Where a content that lost its subject to an "according to" set in commas starts: at that subject
    ("*the infection fatality rate*, according to these studies, is in the same ball park as ..."), at the
    noun a relative subject stands for ("in response to *a virus which*, according to the CDC, has ..."); else
    where it starts."""
    start, end = content
    if not _according(text, *cue) or cue[1] > start:
        return start
    if text[(src[1] if src is not None and src[1] <= start else cue[1]) : start].strip(" ,"):
        return start
    tokens = _tokens(doc, start, end)
    if not tokens or _clause(tokens):
        return start
    inside = {t.i for t in tokens}
    for verb in tokens:
        if (verb.head.i in inside and verb.head.i != verb.i) or not _finite(verb):
            continue
        for child in verb.children:
            subject_end = child.right_edge.idx + len(child.right_edge)
            if (
                child.dep_ in SUBJECTS
                and subject_end <= cue[0]
                and not text[subject_end : cue[0]].strip(" ,")
                and child.left_edge.sent == verb.sent
            ):
                if child.lower_ in _RELATIVES and verb.dep_ == "relcl" and verb.head.i < child.i:
                    return verb.head.left_edge.idx  # "*a virus which*, according to the CDC, has ...": its noun
                return child.left_edge.idx
    return start


#: how a word before a content's first word hangs on it when it is part of the same phrase: a determiner, an
#: adjective, a possessive, a number, an adverb or a preposition, not a subject or an auxiliary (the
#: tagger's content without them was left out as no clause of its own)
_OF_THE_PHRASE = {"det", "predet", "amod", "compound", "poss", "case", "nummod", "quantmod", "advmod", "prep", "nmod"}


def whole_phrase(doc: Doc, offset: int, s: Statement) -> Statement:
    """A reported content the tagger began inside a phrase, from the phrase's first word ("The loosened
    *restrictions involve reopening ...*, Cuomo said", "told employees the *company finally agreed*", "Most
    *remarkably, ...*", "The governor’s *administration is ...*", through the possessive's "’s"); one it
    ended on a modifier, through the noun it modifies ("to the time of Democratic *Gov. J.B. Pritzker’s
    Republican predecessor*"). A word
    before the content belongs to it when the parse hangs it on a word of the
    content as a word of its phrase (:data:`_OF_THE_PHRASE`), with a space and nothing else between, in the
    same sentence (not "22.The", glued); a conjunction, a subordinator, a subject, an auxiliary or
    punctuation stays out, as do the cue and the speaker. A content opening on a quotation mark keeps its
    start. Taken after :func:`worth_a_record`, which judges the tagger's own span: the words added complete
    a phrase, never make a record of a fragment. ``doc`` is the parse of the paragraph the statement starts
    in, at ``offset``."""
    text = doc.text
    start, end = s.start - offset, s.end - offset
    if not text[start : start + 1].isalnum():
        return s
    inside = {t.i for t in doc if start <= t.idx < end and not t.is_space}
    if not inside:
        return s
    taken = [(p.start - offset, p.end - offset) for p in (s.cue, s.speaker) if p is not None]
    first = doc[min(inside)]
    while first.i > first.sent.start:
        before = doc[first.i - 1]
        owner = before.head
        glued = before.dep_ == "case" and owner.i == before.i - 1 and owner.dep_ == "poss"
        spaced = before.whitespace_
        if glued and owner.head.i in inside and spaced:
            inside.add(before.i)  # a possessive's "’s" ("The governor’s *administration is ...*")
            before = owner
        if (
            before.head.i not in inside
            or before.dep_ not in _OF_THE_PHRASE
            or before.is_punct
            or not spaced
            or before.idx + len(before) > start
            or any(a <= before.idx < b for a, b in taken)
        ):
            break
        inside.add(before.i)
        first = before
    first = _subject_begun_before(doc, inside, first, taken)
    ended = last = doc[max(inside)]
    while (
        last.dep_ in ("amod", "compound", "poss", "nummod", "det")
        and last.i < last.head.i <= last.i + 4
        and last.head.sent.start == last.sent.start
        and not any(t.is_punct for t in doc[last.i + 1 : last.head.i + 1])
        # (not to a word glued to the next by a hyphen: "a Russia-bashing *op*-ed")
        and not (last.head.i + 1 < len(doc) and doc[last.head.i + 1].text in ("-", "‑") and not last.head.whitespace_)
        and not any(a < last.head.idx + len(last.head) and last.idx < b for a, b in taken if a >= end)
    ):
        last = last.head  # "to the time of *Democratic*" of "Democratic Gov. J.B. Pritzker’s Republican predecessor"
    if last is not ended:
        s = replace(s, end=max(s.end, last.idx + len(last) + offset))
    return replace(s, start=first.idx + offset) if first.idx < start else s


def _subject_begun_before(doc: Doc, inside: set[int], first: Token, taken: list[tuple[int, int]]) -> Token:
    """The first word of a content whose clause's subject the tagger cut after a comma: "China's official, but
    highly doubted, *urban unemployment rate rose to 6.0%* ..., according to figures ..." (the first word of a
    subject of the content's verb, in the same sentence, with no quotation mark, cue or speaker between; the
    parse gave "rose" two subjects, "official" and "rate")."""
    for top in top_tokens([doc[i] for i in sorted(inside)]):
        for subject in top.children:
            edge = subject.left_edge
            if subject.dep_ not in SUBJECTS or not first.sent.start <= edge.i < first.i:
                continue
            between = doc[edge.i : first.i]
            if any(has_quote_mark(t.text) for t in between) or any(a <= t.idx < b for t in between for a, b in taken):
                continue
            if not edge.text[:1].isalnum() or any(_breaks_off(t) for t in between):
                continue  # ("22.The cause was ...", "1. Show that ...", "Ronald Morris, ...: I got a call", "• grandparents")
            return edge
    return first


def _breaks_off(token: Token) -> bool:
    """A mark that ends a sentence or sets a heading or a label off (a full stop, a colon, a dash, a numbered
    item's "1.")."""
    return token.text in (".", "!", "?", ":", ";", "—", "–", "•") or (
        token.text[:1].isdigit() and token.text.endswith(".")
    )


def whole_sentence(doc: Doc, offset: int, s: Statement) -> Statement:
    """A content the tagger began inside its sentence, where the sentence's attribution follows it (", Doe
    said"), from the sentence's first word, when the content hangs on a word before it: 'That's driving more
    interest in subscriptions to *farm boxes and items with "a shorter supply chain,"* McKenzie said' is
    all McKenzie's. Not where the words before hold a quotation mark, a colon, a semicolon or a dash (another
    statement, an aside), or the content opens its own clause (its head is its sentence's root or a clause
    of its own). Taken after :func:`worth_a_record`, like :func:`whole_phrase`."""
    text = doc.text
    start, end = s.start - offset, s.end - offset
    if s.cue is None or s.cue.start - offset < end or not text[start : start + 1].isalnum():
        return s
    if s.speaker is not None and s.speaker.start - offset < end:
        return s
    after = text[end : min(s.cue.start, s.speaker.start if s.speaker is not None else s.cue.start) - offset]
    if after.strip(" ,”\"’'") != "":
        return s  # the attribution follows the content at once
    inside = _tokens(doc, start, end)
    if not inside or not _same_sentence(doc, (start, start + 1), (s.cue.start - offset, s.cue.end - offset)):
        return s
    sentence = inside[0].sent
    first = next((t for t in sentence if not t.is_space), None)
    if first is None or first.idx >= start:
        return s
    before = text[first.idx : start]
    if re.search(r"[“”\":;—–]|\s-\s", before):
        return s
    ids = {t.i for t in inside}
    if not any(t.head.i not in ids and t.head.i < inside[0].i and t.dep_ in ("pobj", "dobj") for t in inside):
        return s
    return replace(s, start=first.idx + offset)


# a name set in commas between the speaker's phrase and the cue, perhaps before an adverb
_APPOSED_NAME = re.compile(r"\s*,\s*((?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+)\s*,\s*(?:[a-z]+ly\s+)?")
#: a quotation that opens by reporting someone in the third person ('“He said that he had never shown ...')
_THIRD_PERSON_REPORT = re.compile(r"[“\"]\s*(?:He|She)\s+(?:said|says|told|added|noted|wrote)\b")
#: the attribution between a quote and the next (', said Jane Doe on Tuesday.') has at most this many words
CARRY_WORDS = 20


def _carry_quote_speaker(text: str, doc: Doc, statements: list[Statement]) -> list[Statement]:
    """'“Q1,” said Jane Doe. “Q2.”': a quote standing as a sentence of its own right after another
    quote's attribution continues that speaker's words. The tagger may give it a cue of another sentence:
    one before the first quote ('France ... exulted. “Q1,” said Le Maire. “Q2.”') or one after it that
    reports nothing ('“Q2.” Her caretaker, Kim Taylor, wanted to ...'); then the first quote's speaker and
    cue are taken. A reporting verb after the quote keeps its own ('“Q2.” Doe told reporters ...')."""
    from dateline.attribution.rules import REPORTING

    for i in range(1, len(statements)):
        prev, s = statements[i - 1], statements[i]
        if s.kind != "direct" or prev.kind != "direct" or s.cue is None or prev.cue is None or prev.speaker is None:
            continue
        if not (prev.end <= prev.cue.start and prev.cue.end <= s.start):
            continue  # the first quote's attribution does not stand between the two quotes
        between = text[prev.end : s.start]
        if _words(between) > CARRY_WORDS or len(re.findall(r"[.!?](?=\s|$)", between.strip())) != 1:
            continue  # not one attribution closing one sentence ('..., said Jane Doe on Tuesday.')
        if not between.rstrip().endswith((".", "!", "?")) or text[s.end - 1 : s.end] not in "”\"’'»":
            continue
        if s.cue.end <= prev.start:
            pass  # a cue before the first quote: the attribution between them is nearer
        elif s.cue.start >= s.end:
            cue = [t for t in doc if s.cue.start <= t.idx < s.cue.end]
            if any(t.lemma_.lower() in REPORTING and not _reports_its_own(t) for t in cue):
                continue  # '“Q2.” Doe told reporters': a reporting verb of its own
        elif prev.cue.end <= s.cue.start and s.cue.end <= s.start:
            cue = [t for t in doc if s.cue.start <= t.idx < s.cue.end]
            if any(t.lemma_.lower() in REPORTING and any(c.dep_ in SUBJECTS for c in t.children) for t in cue):
                continue
            # '“Q1,” Matt Hancock wrote in an opinion piece that *appeared in* The Telegraph. “Q2.”', '“Q1,” said one
            # White House official when *asked* if ... “Q2.”': a verb of the first quote's attribution that reports
            # nothing, or no one's words
        else:
            continue
        statements[i] = replace(s, speaker=prev.speaker, cue=prev.cue, addressee=prev.addressee)
    return statements


def _reports_its_own(verb: Token) -> bool:
    """Whether a verb of saying has, after it, what it reports: a clause ("told reporters *that the deal was
    off*") or a topic ("told her *about Mandel’s program*"); a quote before it is not its content."""
    return any(
        c.i > verb.i
        and (
            c.dep_ == "ccomp"
            or (c.dep_ == "prep" and c.lower_ == "about" and any(g.dep_ == "pobj" for g in c.children))
        )
        for c in verb.children
    )


#: a statement of this many words or fewer made only of function words is a fragment
FRAGMENT_WORDS = 3
#: speakers that are the writer or the reader, not someone the article reports ("I think", "you know", "let’s
#: say ...": the writer's supposition; "’s" is the "us" of "Let’s say ...", which the parse makes the subject)
WRITER = frozenset(["i", "we", "you", "me", "us", "my", "our", "let’s", "let's", "’s", "'s"])


#: the fewest words of a reported statement, and of a noun phrase after "accused", "urged", ...
INDIRECT_WORDS = 4
ACT_WORDS = 5
#: words that stand for a group of speakers ("several said", "many argue")
QUANTIFIERS = frozenset(["several", "many", "some", "others", "most", "few", "both", "all"])
SUBJECTS = frozenset(["nsubj", "nsubjpass", "expl", "csubj", "csubjpass"])
#: finite verb tags: a reported clause has one at its head ("said *the drug reduced* ...")
FINITE = frozenset(["VBD", "VBZ", "VBP", "MD"])
#: words that open a question or a wh-clause: "asked *what success means*", "asked *if* ..." report no statement
WH_WORDS = frozenset(["what", "where", "why", "how", "whether", "if", "who", "whom", "whose", "which"])
#: factive verbs of knowing: "scientists have long *known* that ...", "doctors have *learned* that ...",
#: "officials *realized* that ...": the writer states a fact and credits no one with a claim
FACTIVE = frozenset(["know", "learn", "realize", "realise", "understand", "remember", "forget", "notice"])
#: sentence-final punctuation: a paragraph that ends without it is a headline, a teaser, a label
_CLOSING = '.!?"”’»)…:;'
#: the most words of a headline-like paragraph (no final stop) whose reported clause is no record
HEADLINE_WORDS = 25
#: speech acts whose content is rightly a noun phrase or an infinitive: "accused Beijing of ...",
#: "urged states to lift restrictions", "compared supporters to ...", "denied the accusations"
#: ("praised X for ...", "thanked X for ..." name whom and why, not what was said: not in the list)
ACTS = frozenset(["accuse", "urge", "call", "ask", "compare", "blame", "deny", "demand", "order"])
#: verbs of asking: the clause of "asked when he thought ..." is the question put, no one's statement
QUESTIONS = frozenset(["ask", "wonder", "inquire", "enquire", "question"])
#: modals that make a saying one that ought to or might happen, not one that did
HYPOTHETICAL = frozenset(["should", "must", "ought", "could", "might", "may"])
#: verbs of expecting: "much less *than they expected*" compares with what someone expected ("other than to say
#: three occurred in Long Beach" says it)
EXPECTATIONS = frozenset(
    ["expect", "think", "fear", "anticipate", "predict", "estimate", "believe", "hope", "imagine", "project",
     "forecast", "suggest", "assume", "plan", "want", "need"]
)  # fmt: skip
#: what a court or an office denies by a ruling, not by saying so
REQUESTS = frozenset(
    ["request", "appeal", "motion", "petition", "application", "bail", "bid", "permit", "permission", "waiver",
     "license", "licence", "visa", "entry", "access", "parole", "exemption", "extension"]
)  # fmt: skip
#: verbs of judgement: "criticized the mayor for overcrowding", "praised nurses for their courage",
#: "condemned the attack" say whom or what the speaker judged, not what was said (a clause after them,
#: "criticized that ...", and a quote in them are still statements). "accused X of doing Y" and
#: "blamed X for Y" state a charge a reader can check: they stay statements (``ACTS``)
VERDICTS = frozenset(
    ["criticize", "criticise", "praise", "thank", "condemn", "commend", "applaud", "fault", "slam", "blast",
     "hail", "laud", "chide", "rebuke", "scold", "denounce", "castigate", "lambaste"]
)  # fmt: skip
#: speaker words that name no one unless resolved (the stage takes them out when they are not)
BARE_SPEAKERS = frozenset(["it", "this", "that", "which", "who", "those", "these", "one", "the", "some"])


#: adjectives of what is known, which a cue of no verb ("not immediately clear") holds when nobody reports
OPEN_QUESTION = frozenset(["clear", "unclear", "uncertain", "unknown", "evident", "obvious", "apparent"])
#: indefinite pronouns: "someone that might catch a warning sign that ..." names no speaker
INDEFINITE = frozenset(["someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "no one"])
#: of those, the ones that name no one however the phrase goes on ("Anybody who has been following the story",
#: "anyone in leadership"); "someone familiar with the talks" is a source, "everyone I spoke to" a group
NO_ONE = frozenset(["anyone", "anybody", "nobody", "no one"])
#: words that introduce a title in quotation marks ('a study titled “...”')
TITLE_WORDS = ("titled", "entitled", "headlined", "headline")


def _titled(text: str, offset: int, s: Statement) -> bool:
    """Whether the statement's quoted words are a title: the quote follows "titled", "entitled",
    "headlined" ('an analysis titled “Tale of Two Crises.”', 'a study titled, “Full lockdown ...”').
    ``text`` is the paragraph's, starting at ``offset``."""
    a, b = s.start - offset, s.end - offset
    if not 0 <= a < b <= len(text):
        return False
    head = text[a:b]
    mark = min((i for i in (head.find(c) for c in '“"‘«') if i >= 0), default=-1)
    before = text[:a] if mark <= 0 else text[:a] + head[:mark]
    return before.rstrip(" ,:").lower().endswith(TITLE_WORDS)


def _dangling(token: Token, inside: set[int]) -> bool:
    """A word that cannot end a clause: an article, a conjunction, a relative word, a preposition with
    no object in the clause ("described in", "a virus which", "65,000, even as"), an infinitive's "to"
    without its verb, an owner or a modifier whose noun is left out ("Elim Romanian’s")."""
    if is_mark(token) or token.pos_ in ("DET", "CCONJ", "SCONJ") or token.tag_ in ("WDT", "WP", "WP$"):
        return True
    owner = token.head if token.dep_ == "case" else token
    if owner.dep_ in ("poss", "compound") and owner.head.i not in inside and owner.head.i > owner.i:
        return True  # "with Cristian Ionescu, *Elim Romanian’s*" (pastor): an owner whose noun is left out
    if token.tag_ == "TO" and token.head.i not in inside:
        return True  # "funding will flow to states *to*" (help cover ...): the infinitive is left outside
    if token.pos_ != "ADP" or token.dep_ != "prep" or any(c.i in inside for c in token.children):
        return False
    # a preposition the sentence itself ends on ("as long as ... rules are adhered *to*.") ends its clause
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return not (after is None or after.is_sent_start or after.text in (".", "!", "?"))


#: the most words taken off the end of a reported clause that stops short
TRIM_WORDS = 3


#: a content of words and then a whole quote that ends it
_WORDS_THEN_QUOTE = re.compile(r"(?P<pre>[^“”\"]+?)\s*(?P<quote>[“\"][^“”\"]+[”\"])\s*")


def quote_alone(doc: Doc, offset: int, s: Statement) -> Statement:
    """A mixed content of a few words with no verb and then a whole quote that opens a sentence of its own
    (a capital first) and that its cue after it reports, as the quote alone: of 'Drummer Rejects *Satanic
    Beliefs “You have to remember the facts,”* the governor said' (a teaser's headline glued to the
    paragraph), the governor's words are the quote. ``doc`` is the parse of the paragraph the statement
    starts in, at ``offset``."""
    if s.kind != "mixed" or s.cue is None or s.cue.start < s.end:
        return s
    match = _WORDS_THEN_QUOTE.fullmatch(doc.text, s.start - offset, s.end - offset)
    if match is None or ":" in match.group("pre") or _words(match.group("pre")) > 6:
        return s
    if not match.group("quote")[1:2].isupper():
        return s  # 'The pandemic "causes the gears ..."': the quote goes on with the words before it
    pre = [t for t in doc if match.start("pre") <= t.idx < match.end("pre")]
    if any(t.pos_ in ("VERB", "AUX") for t in pre):
        return s
    return replace(s, start=match.start("quote") + offset, kind="direct")


def trim(doc: Doc, offset: int, s: Statement) -> Statement:
    """A reported clause the tagger stopped short, without the words that cannot end it ("the death
    toll would maybe reach 65,000, even as" -> "... 65,000"; "a virus which" -> "a virus", which is then
    no clause and no record), and without a conjunction it opens on. Quotes keep their words. ``doc`` is the
    parse of the paragraph the statement starts in, at ``offset``."""
    if s.kind == "direct" or s.paragraph != s.first_paragraph:
        return s
    tokens = _tokens(doc, s.start - offset, s.end - offset)
    if (
        len(tokens) > 3
        and tokens[0].pos_ == "CCONJ"
        and tokens[0].lower_ in ("and", "but", "or", "nor")
        # (not before a clause that opens on a subordinator, which would read as a question or a fragment:
        # "But if other coronaviruses do trip up testing, that might not be ...")
        and tokens[1].lower_ not in _SUBORDINATORS | WH_WORDS
    ):
        # "..., according to a report by Upwork, *and* the pandemic has accelerated ..., Vandenberg said": the
        # conjunction joins the clause to another one's words
        tokens = tokens[1:]
        while len(tokens) > 1 and is_mark(tokens[0]) and tokens[0].text not in QUOTE_CHARS:
            tokens = tokens[1:]  # ("And, as a result, ...")
        s = replace(s, start=offset + tokens[0].idx)
    if not tokens:
        return s
    semi = next((k for k, t in enumerate(tokens) if t.text == ";"), None)
    if (
        semi is not None
        and 0 < semi < len(tokens) - 1
        and s.kind == "indirect"
        and not any(_finite(t) for t in tokens[:semi])
        and any(_finite(t) and any(c.dep_ in SUBJECTS for c in t.children) for t in tokens[semi + 1 :])
    ):
        # "Qatar has reported *more than 400 cases but no deaths*; Bahrain has more than 200 cases": what the verb
        # reports is a noun phrase; the clause after the semicolon has a subject of its own
        return replace(s, end=offset + tokens[semi - 1].idx + len(tokens[semi - 1].text))
    # the words of a quote inside the content stay; only words after its last mark can go (a mixed content:
    # 'a “very pleasant conversation” with Cristian Ionescu, *Elim Romanian’s*')
    marks = [m.end() for m in re.finditer("[“”\"«»()]|’’|''", doc.text[s.start - offset : s.end - offset])]
    floor = s.start - offset + marks[-1] if marks else -1
    inside = {t.i for t in tokens}
    kept = list(tokens)
    dropped = 0
    while kept and dropped <= TRIM_WORDS and kept[-1].idx >= floor and _dangling(kept[-1], inside):
        kept.pop()
        inside = {t.i for t in kept}
        dropped += not is_mark(tokens[len(kept)])
        if kept and kept[-1].pos_ == "ADV" and tokens[len(kept)].pos_ == "SCONJ":
            kept.pop()  # "even as"
    if dropped > TRIM_WORDS:
        return s

    # a clause the tagger cut after its auxiliary (", which has been", "where it's", "and are"): back to
    # before the word that opens it
    def opens(token: Token) -> bool:
        return token.pos_ in ("CCONJ", "SCONJ") or token.tag_ in ("WDT", "WP", "WRB")

    k = len(kept) - 1
    while k >= 0 and len(kept) - 1 - k < TRIM_WORDS and not opens(kept[k]) and kept[k].pos_ in ("AUX", "PRON", "PART"):
        k -= 1
    if 0 < k < len(kept) - 1 and kept[-1].pos_ in ("AUX", "PART") and opens(kept[k]):
        kept = kept[:k]
    if len(kept) == len(tokens) or not kept:
        return s
    while kept and is_mark(kept[-1]) and kept[-1].idx >= floor:
        kept.pop()
    if not kept:
        return s
    end = offset + kept[-1].idx + len(kept[-1].text)
    return replace(s, end=end)


def _finite(token: Token) -> bool:
    if token.pos_ == "ADJ":
        # "guidelines *are confusing* and even conflicting": the parse's adjective heads its clause, with its
        # "are" as an auxiliary
        return any(c.dep_ == "aux" and c.tag_ in FINITE and c.lemma_ == "be" for c in token.children)
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if token.tag_ in FINITE:
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in token.children)


def _utterance(text: str, offset: int, s: Statement) -> bool:
    """A short quote that is a whole utterance: it opens its sentence, its words end with a stop or a
    comma inside the marks, and someone says it ("“Amazing,” Ryabkov said")."""
    before = text[offset : s.start].rstrip()
    opens = not before or before[-1] in ".!?:" or before.endswith(("”", '"'))
    inner = text[s.start : s.end].rstrip("”\"’' ")
    return s.kind == "direct" and s.speaker is not None and opens and inner[-1:] in (",", ".", "!", "?")


#: after a quote, an attribution set in commas and the opening mark of the quote that goes on
_GOES_ON = re.compile(r"[^\S\n]*[^“\"\n!?]{1,200},[^\S\n]*[“\"]")


def _someone_elses_gerund(verb: Token, s: Statement, offset: int) -> bool:
    """Whether a verb of saying outside the cue is a gerund whose doer is the name right before it, someone
    other than the speaker ("appeared on Fox 11 to react to President *Trump revealing* he is taking ...")."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return False
    before = verb.doc[verb.i - 1]
    at = before.idx + offset
    return before.pos_ in ("PROPN", "PRON") and not (s.speaker is not None and s.speaker.start <= at < s.speaker.end)


def _subject_alone(tokens: list[Token]) -> bool:
    """Whether the words are a noun phrase whose verb comes after them: the subject of a clause the next quote
    goes on with ('"The tough part," he said, "is figuring out ..."')."""
    tops = top_tokens(tokens)
    return (
        bool(tops)
        and len(tokens) <= SUBJECT_WORDS
        and all(
            t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ in ("nsubj", "nsubjpass") and t.head.i > tokens[-1].i
            for t in tops
        )
    )  # (a longer part the parse hung on the next one is words of their own: “The fact that I am seeing, last
    # night, him … making fun, ... make no mistake,” Dean said, “I am glad ...”)


#: the most words of a quote's subject alone, whose verb the next part holds
SUBJECT_WORDS = 8


def _no_main_clause(tokens: list[Token]) -> bool:
    """Whether the words hold no clause of their own: only an adverbial clause or phrase whose head lies
    outside them ("As a small company,", "Given the strength of our hypotheses,"), with no subject of their
    own unless a subordinator opens them (the parse hung '“We are preparing as if this were the next
    pandemic,”' on the verb of the next part: a clause all the same); or a clause a subordinator opens and
    the parse took for the object of the verb of saying after it ("When you’re developing a vaccine,")."""
    tops = top_tokens(tokens)
    if not tops:
        return False
    first = tokens[0]
    subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for t in tops for c in t.children)
    if all(t.dep_ in ("advcl", "prep", "mark", "npadvmod", "advmod") for t in tops):
        return not subject or first.lower_ in _SUBORDINATORS
    return (
        len(tops) == 1
        and first.lower_ in _SUBORDINATORS
        and first.dep_ in ("mark", "advmod")
        and first.head.i == tops[0].i
    )


#: verbs that open the writer's pointer to the rest of the page ("Read on to ...", "Scroll down to see ...")
_NAVIGATION = frozenset(["read", "scroll", "click", "tap", "swipe"])


def _pointer(verb: Token) -> bool:
    """Whether a content's first word is a bare verb of :data:`_NAVIGATION` that opens its sentence with no
    subject: the writer telling the reader where to look."""
    return (
        verb.lower_ in _NAVIGATION
        and verb.tag_ == "VB"
        and verb.i == verb.sent.start
        and not any(c.dep_ in SUBJECTS for c in verb.children)
    )


def _said_by_a_nearer_verb(tokens: list[Token], s: Statement, offset: int) -> bool:
    """Whether a verb of saying of its own (:data:`rules.REPORTING`) stands between the tagger's cue and the reported
    clause, in its sentence and at most :data:`NEARER_VERB_WORDS` words before it, and someone else says it: the
    clause is that verb's, whatever the parse hangs it on ("House members *heard* live testimony ... of conspirators
    *testifying* under oath that [they saw no evidence ...]", "Trump *said* Monday when ... US federal agencies on
    Wednesday *said* [Chinese hackers were ...]"). The cue's own speaker goes on with such a verb ("said, *adding*
    ...", "concluded ... but *added* ...", "it *adds*": a pronoun is no one else for this test), and so does the work
    the cue names ("co-wrote *an op-ed* for Fox News *saying* ...", "issued *a study that predicted* ...")."""
    from dateline.attribution.rules import REPORTING

    assert s.cue is not None
    if not tokens:
        return False
    first = tokens[0]
    for verb in first.doc[max(first.sent.start, first.i - NEARER_VERB_WORDS - 1) : first.i]:
        if (
            verb.pos_ == "VERB"
            and verb.lemma_.lower() in REPORTING
            and s.cue.end <= verb.idx + offset
            and verb.idx + offset + len(verb) <= s.start
        ):
            sayer = _sayer(verb)
            if sayer is None or (s.speaker is not None and s.speaker.start <= sayer.idx + offset < s.speaker.end):
                continue
            if sayer.dep_ == "dobj" and s.cue.start <= sayer.head.idx + offset < s.cue.end:
                continue  # the work the cue's verb names ("issued a study that predicted ...")
            return True
    return False


def _sayer(verb: Token) -> Token | None:
    """Who a verb of saying has say its clause, by the parse: its subject, or the noun a participle or a relative
    clause describes ("conspirators testifying", "a study that predicted"); None for a pronoun, which may be anyone
    already named, and for a verb that goes on from another verb (a participle of manner, a second verb of a
    subject), whose speaker is that verb's."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and subjects[0].tag_ not in ("WDT", "WP"):
        return None if subjects[0].pos_ == "PRON" else subjects[0]
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None


#: a verb of saying this many words or fewer before a reported clause, after its cue, takes the clause
NEARER_VERB_WORDS = 3


def _denies(token: Token) -> bool:
    """Whether a word under a verb denies it: a negation ("did not claim"), the "nor" / "neither" that opens an
    inverted clause ("Nor does he think this crisis will spur ...", "Neither do they believe ..."), or a subject
    that is no one ("none have suggested that ...", "nobody claimed ...", "no official has said ...")."""
    if token.dep_ == "neg" or token.lower_ in ("nor", "neither"):
        return True
    return token.dep_ in ("nsubj", "nsubjpass") and (
        token.lower_ in ("none", "nobody") or any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)
    )


def _not_only(token: Token) -> bool:
    """Whether a negation at ``token`` is "not just", "not only", "not simply" ("did not just reveal that
    ..."): it stresses the saying, it does not deny it."""
    doc = token.doc
    for neg in [token, *token.children]:
        if neg.dep_ == "neg" and neg.i + 1 < len(doc) and doc[neg.i + 1].lower_ in ("just", "only", "simply", "merely"):
            return True
    return False


def _free_relative(cue_words: list[Token], tokens: list[Token]) -> bool:
    """A verb of the cue opens a free relative ("what people think the incubation period is"): its object
    "what" stands before it and the content is its clausal complement, the clause "what" was taken out of;
    or a "what" before the cue is the object of a verb of the content ("Here's what the IRS said [people need
    to do if ...]")."""
    content = {t.i for t in tokens}
    if (
        cue_words
        and tokens
        and any(
            t.lower_ in ("what", "whatever") and t.i < min(cue_words[0].i, tokens[0].i) and t.head.i in content
            for t in cue_words[0].sent
        )
    ):
        return True
    for verb in cue_words:
        if verb.pos_ != "VERB":
            continue
        if any(c.lower_ in ("what", "whatever") and c.dep_ == "dobj" and c.i < verb.i for c in verb.children) and any(
            c.dep_ == "ccomp" and c.i in content for c in verb.children
        ):
            return True
    return False


def worth_a_record(text: str, doc: Doc, offset: int, s: Statement) -> bool:
    """Whether a statement says something a reader can use: not a fragment of function words ("as",
    "which", "it", "U."), not a quoted phrase of two words (a title, a scare quote), and, for reported
    speech, a finite clause of three words or more (a noun phrase after "criticised", an infinitive
    after "urged", a wh-clause after "asked" name a topic, a request or a question, not what was said)
    made by someone the text names (not the writer, not a bare "it" or "which").

    ``text`` is the article's text, ``doc`` the parse of the paragraph the statement starts in, which
    starts at ``offset``; the statement's offsets are into ``text``."""
    tokens = [t for t in doc if s.start <= t.idx + offset < s.end and not t.is_space and not t.is_punct]
    words = _words(text[s.start : s.end])
    contentful = any(not t.is_stop and any(c.isalnum() for c in t.text) and len(t.text) > 1 for t in tokens)
    if not contentful and words <= FRAGMENT_WORDS:
        return False  # a few function words or letters ("We will not back down" is a statement)
    if words <= 2 and not _utterance(text, offset, s):
        return False  # "“joke”", "...causing “irreparable damage,” ...": a phrase, not a statement
    if text[s.start : s.start + 2] in ("’s", "'s") and s.start > 0 and text[s.start - 1].isalnum():
        return False  # "John Lennon*’s 1980 death* stunned ...": the rest of a name cut at its possessive
    if s.start > 0 and text[s.start] in "-–" and text[s.start - 1].isalnum():
        return False  # "pointed to the 14*-day incubation period* ...": the rest of a word the tagger cut at its hyphen
    if (
        s.kind == "direct"
        and text[s.start : s.end].rstrip("”\"’' ").endswith(",")
        and _GOES_ON.match(text, s.end)
        and (
            (words <= 2 and not any(t.pos_ in ("VERB", "AUX") for t in tokens))
            or _no_main_clause(tokens)
            or _subject_alone(tokens)
        )
    ):
        return False  # '“Hopefully,” Beck says, “I think paying attention ...”', '“When you’re developing a
        # vaccine,” he said, “nothing is guaranteed.”', '"The tough part," he said, "is figuring out ..."': the
        # sentence's first words, which the next quote goes on with (the next part is a record of its own)
    if (
        s.kind == "indirect"
        and len(tokens) > 2
        and (
            _only_a_subordinate_clause(tokens)
            or (tokens[0].lower_ == "that" and _only_a_subordinate_clause(tokens[1:]))
            or (s.cue is not None and s.cue.end <= s.start and _opened_by_the_word_before(tokens))
        )
    ):
        return False  # "Denison noted that because it is almost impossible to predict ...[,] researchers had long
        # argued ...", "*After churchgoers decided to attend services anyway on Sunday*, Lightfoot said ...,
        # according to the Chicago Tribune": the clause that says why or when, whose main clause the record left out
    if s.kind != "direct" and s.cue is not None and s.cue.end <= s.start and _said_by_a_nearer_verb(tokens, s, offset):
        return False  # "How many Republican House members *heard* live testimony ... of conspirators *testifying* under
        # oath that [they saw no evidence ...]": the clause is what the nearer verb's speakers said, not the cue's
    if s.kind == "direct" and s.speaker is not None and s.speaker.start < s.end and s.start < s.speaker.end:
        return False  # 'to employ “social distance wardens” who tell people ...', 'The “Mayor of Flavortown”
        # said ...': words in quotation marks inside the speaker's own phrase are no statement
    if (
        s.kind == "direct"
        and s.speaker is not None
        and s.end <= s.speaker.start
        and (s.cue is None or s.cue.start >= s.speaker.end)
        and text[s.start : s.end].rstrip()[-1:].isalnum()
        and not any(c in QUOTE_CHARS or c in "’'" for c in text[s.end : s.speaker.start])
        and any(
            q.start <= s.start - offset < q.end
            and q.start <= s.speaker.start - offset
            and s.speaker.end - offset <= q.end
            for q in find_quoted(doc.text)
        )
    ):
        return False  # 'the "Democratic Socialists of America have ... -- growth that *organizers* attribute, in part,
        # to the coronavirus pandemic."': a speaker inside the quotation it is given, after words that stop on a word
        # with no mark between, is a word of what is quoted (quotes closed by ’’, which the marks module does not
        # pair, stay: a first version lost 71 records; so does an inverted '..., says Dr. Scott Barry Kaufman' after a
        # quote whose closing mark the writer left out)
    if s.speaker is not None and _split_phrase(doc, offset, s):
        return False  # "which according to *state* | *statute does not require* ...": one noun phrase cut in two
    if s.speaker is not None and not _names_someone(doc, offset, s.speaker):
        return False  # "the", "federal": the parse gave a word that names no one
    cue_tokens = [t for t in doc if s.cue is not None and s.cue.start <= t.idx + offset < s.cue.end]
    cue_words = [t for t in cue_tokens if not t.is_punct]
    if (
        s.speaker is None
        and any(t.dep_ == "amod" for t in cue_words)
        and all(t.dep_ == "amod" or t.pos_ in ("NOUN", "PROPN") for t in cue_words)
    ):
        return False  # "more than 7,700 *confirmed* cases", "*confirmed cases*": a participle before its noun
        # (and the noun), no one's report
    if len(cue_words) == 1 and _nobodys_stance(cue_words[0], offset, s.speaker):
        return False  # "..., sparking *hopes* that a recovery ... will begin soon, consumers are not so sure"
    if cue_tokens and not any(_cue_word(t) for t in cue_tokens):
        return False  # "theories", "on", "seemingly been a": the tagger's cue holds no word that reports
    if (
        s.kind == "indirect"
        and s.cue is not None
        and s.end <= s.cue.start
        and any(t.dep_ == "relcl" and s.start <= t.head.idx + offset < s.end for t in cue_words)
    ):
        return False  # "“20K by May,” *the number of releases* they were demanding": the noun a relative clause
        # with the cue in it describes, no claim (the clause's own complement after the cue stays: "a drug that
        # experts say *is dangerous*")
    if s.kind != "direct" and any(
        (t.dep_ == "neg" or any(_denies(c) and c.i < t.i for c in t.children)) and not _not_only(t)
        for t in cue_words
        if t.dep_ == "neg" or _cue_word(t)
    ):
        return False  # "They won’t be able to reasonably say they know ...", "he did not claim that ...", "so
        # don't expect to see words like "stimulus checks" ...": a saying denied is no statement of what follows
    if any(
        c.dep_ == "aux" and c.lower_ in HYPOTHETICAL and c.text != "May"
        for t in cue_words
        if _cue_word(t)
        for c in t.children
    ):
        return False  # "Protesters should demand ...", "conspiracy theories might falsely claim ...", "Mr. Trump could
        # announce ...", "Your boss may tell you ...": what someone should, could or might say, not what anyone said
        # (the name "May says" the parse may take for the modal)
    if s.kind != "direct" and any(
        c.dep_ == "mark" and (c.lower_ in ("if", "unless") or (c.lower_ == "than" and t.lemma_.lower() in EXPECTATIONS))
        for t in cue_words
        for c in t.children
    ):
        return False  # "If your employee has a specific reason to worry he may have been exposed ...": a saying
        # supposed, no statement; "families may be spending much less *than they expected*": a comparison with
        # what someone expected
    if s.kind != "direct" and any(
        t.head.lemma_.lower() in QUESTIONS
        and t.head.i < t.i
        and any(
            c.tag_ in ("WRB", "WP") or (c.dep_ == "mark" and c.lower_ in ("whether", "if"))
            for c in t.children
            if c.i < t.i
        )
        for t in cue_words
        if _cue_word(t) and t.dep_ in ("advcl", "ccomp", "xcomp")
    ):
        return False  # "Trump was asked on Thursday when he thought life would get back to normal": what
        # someone was asked, a question, not what anyone said
    if _nested(doc.text, offset, s):
        return False  # "…, so to paraphrase X: ...": an attribution inside someone's quote is their words
    if (
        s.kind == "direct"
        and s.cue is not None
        and _THIRD_PERSON_REPORT.match(text, s.start)
        and (s.speaker is None or text[s.speaker.start : s.speaker.end].lower() in ("he", "she"))
        and not _same_sentence(
            doc, (s.start - offset, s.start - offset + 1), (s.cue.start - offset, s.cue.end - offset)
        )
    ):
        return False  # 'he once again denied that .... “He said that he had never shown the curve to the president
        # ...”': a passage that reports him in the third person, quoted from what someone wrote, not his words
        # ('..., said Rep. Mark Takano. "He said to everyone — ..."' stays: a named speaker reports someone else)
    if (
        s.kind == "indirect"
        and tokens
        and tokens[0].lower_ in ("which", "who", "whom", "whose")
        and any(t.dep_ == "relcl" for t in top_tokens(tokens))
    ):
        return False  # "(*which vitamin C helps prevent*, according to published research)": a relative clause
    if (
        s.kind == "indirect"
        and s.cue is not None
        and s.end <= s.cue.start
        and any(
            t.dep_ == "advcl"
            and s.start <= t.head.idx + offset < s.end
            and any(c.dep_ in ("mark", "advmod") and c.lower_ in ADVERBIAL_OPENERS - {"as"} for c in t.children)
            for t in cue_words
        )
    ):
        return False  # "*They had to close the shop's doors* when the state declared their business nonessential": the
        # clause a "when" clause with the cue hangs on, not what the cue reports ("..., as Adrienne Carter told me"
        # is an attribution)
    if (
        s.kind == "indirect"
        and tokens
        and s.cue is not None
        and s.cue.end <= s.start
        and any(
            t.dep_ in ("nsubj", "nsubjpass")
            and t.head.i > tokens[-1].i
            and t.head not in cue_tokens
            and t.right_edge.i >= tokens[-1].i  # (the subject's phrase runs to the content's end)
            and t.left_edge.i > 0
            and t.doc[t.left_edge.i - 1].lower_ in ("and", "but")  # (a clause joined on: ", and the last thing ...")
            for t in tokens
        )
        and not has_quote_mark(text[s.start : s.end])
    ):
        return False  # "yet he has worked hard to comply, and *the last thing he needs* [is to worry ...]": a clause
        # cut before its verb, whose subject the content ends on
    if s.kind == "indirect" and _free_relative(cue_words, tokens):
        return False  # "the outer limit of what *people think* [the incubation period is for this virus]": a
        # clause with a gap in it, no claim ("What experts say is that ..." stays: the content is not under "say")
    if s.kind == "indirect" and tokens and _pointer(tokens[0]):
        return False  # "Read on to find out the 20 cities ..., according to Moody's": the writer's pointer
    speaker = text[s.speaker.start : s.speaker.end].lower() if s.speaker is not None else ""
    if s.kind != "indirect" and speaker in WRITER:
        # "We like to watch shows like "..."": the writer, with a title in marks; "I scratch my head
        # thinking, “...”": the writer's own words, not someone the article reports
        return False
    if (
        s.kind != "indirect"
        and s.speaker is None
        and any(c.dep_ in SUBJECTS and c.lower_ in WRITER for t in cue_words for c in t.children)
    ):
        return False  # 'you can shout angrily from behind your mask, “Six feet, mofo!”': the reader, no one reported
    if s.kind != "direct" and cue_tokens and _yes_no_question(cue_tokens[0]):
        return False  # "Does the Daily Bugle want to take back that ...?": a question, not a claim
    if s.speaker is None and cue_tokens and not any(_reports(t) for t in cue_tokens):
        return False  # "it seems that ...", "It raises the question: ...": no one, and no verb of saying
    if s.cue is not None and _THAT_SAID.search(text[max(0, s.cue.start - 8) : s.cue.end + 1]):
        return False  # "That said, I am still not sure ...": "nevertheless", no one says it
    if (
        s.cue is not None
        and text[s.cue.start : s.cue.end].lower() == "having said"
        and _HAVING_SAID.match(text, s.cue.end)
    ):
        return False  # "Having said that, if you want to drive computing forward, ...": the same
    if s.cue is not None and _IMPERSONAL_CUE.match(text[s.cue.start : s.cue.end]):
        return False  # "it's understandable that ...", "It is said that ...", "it's to be hoped that ...": no one
    if any(t.lower_ in OPEN_QUESTION for t in cue_words) and all(
        t.lower_ in OPEN_QUESTION or t.pos_ in ("ADV", "PART", "AUX") for t in cue_words
    ):
        return False  # "It was not immediately clear whether ...", "nor was it clear how ...": no one says it
    if speaker in INDEFINITE:
        return False  # "someone that might catch a warning sign that ... and urge ...": a hypothetical, no one
    if any(speaker == word or speaker.startswith((word + " ", word + ",")) for word in NO_ONE):
        return False  # "Anybody who has been following the story ... is hopefully aware of ...": no one
    if speaker in BARE_SPEAKERS and cue_tokens and not any(_reports(t) for t in cue_tokens):
        return False  # "It raises the question: ...", "This shows ...": a dummy "it" or "this" never speaks
    if s.kind == "indirect" and any(_inference(t) for t in cue_tokens):
        return False  # "This suggests that people are infected for longer": the writer's inference
    verbs = [t for t in cue_tokens if t.pos_ == "VERB"]
    if (
        verbs
        and _naming_participle(verbs[-1])
        and not _calls_for(verbs[-1], cue_tokens)
        and (s.kind != "direct" or any(c.dep_ in ("oprd", "dobj") and c in tokens for c in verbs[-1].children))
    ):
        # "a move *called* a forbearance", "the virus, officially *called* SARS-CoV-2, passed ...": a name, no one
        # speaks (a quote beside a name given stays someone's: '“...,” one member of a Facebook group *called*
        # Michiganders Against Excessive Quarantine recently wrote')
        return False
    if (
        s.kind == "indirect"
        and verbs
        and verbs[-1].lemma_.lower() in ACTS
        and verbs[-1].tag_ == "VBN"
        and verbs[-1].dep_ in ("acl", "advcl")
        and verbs[-1].i > 0
        and doc[verbs[-1].i - 1].text == ","
        and not any(c.dep_ in SUBJECTS or c.dep_ in ("aux", "agent") for c in verbs[-1].children)
    ):
        return False  # "Frank Ludlow, appeared in court ..., *accused of* making fake kits ...": a participle of an act
        # done to the one it describes, who speaks no words of it (set off by a comma: "a group of pastors *called*
        # Thursday for ..." is the parse's participle for a main verb; a quote after "when *asked* about ..." is
        # the answer of the one asked)
    if verbs and verbs[-1].lemma_.lower() in ACTS and any(c.dep_ == "auxpass" for c in verbs[-1].children):
        return False  # "he is accused of ...", "she was asked to ...": the subject is the target, not a speaker
    if verbs and _told_in_the_passive(verbs[-1]):
        return False  # "was told he had pneumonia": the subject is the one told, and no one telling is named
    if verbs and s.speaker is not None and _passive_subject(verbs[-1], offset, s.speaker):
        return False  # "This Act may be cited as ...", "the call to prayer was broadcast ...": no one speaks
    if _titled(doc.text, offset, s):
        return False  # 'a report titled “Tale of Two Crises”': a title, not words someone said
    if s.kind == "direct" and (_title_case(text[s.start : s.end]) or _short_name(text[s.start : s.end])):
        return False  # 'In GQ: “How Are Rich People Getting Richer?”': a headline or a title, not speech
    if s.kind == "direct" and s.cue is None and _quoted_heading(doc.text):
        return False  # '"Bodies keep piling up"' alone between paragraphs: a section's heading that quotes the words
        # of someone the section reports, not a statement of the speaker before it
    if s.kind == "direct" and _named_title(text, s.start, s.end):
        return False  # 'Alexis de Tocqueville’s "Democracy in America,"', 'outlines a “Plan for Renewal,”': a title
    if s.kind == "direct" and any(
        q.start <= s.start - offset and s.end - offset <= q.end and _title_case(doc.text[q.start : q.end])
        for q in find_quoted(doc.text)
    ):
        return False  # 'Raoult’s most recent book, “Epidemics: *Real Dangers and* False Alerts,”': a piece of a title
    if _title_case(doc.text):
        return False  # "George Soros Describes COVID-19 Pandemic As ‘Revolutionary Moment’": a headline
    if s.kind == "direct" and _CITATION.fullmatch(doc.text):
        return False  # '“Pelosi responds to Trump’s payroll tax cut demand: No way,” CNN, May 4, 2020': a title in
        # a list of sources, no one's words
    if (
        s.kind == "direct"
        and s.speaker is not None
        and s.cue is not None
        and s.speaker.end <= s.start
        and s.end <= s.cue.start
    ):
        return False  # 'Composer Tom Kitt, who won the Pulitzer for “Next to Normal,” told ...': a title in the
        # speaker's own phrase, not what was said
    if verbs and s.speaker is not None and _hypothetical(verbs[-1], speaker):
        return False  # "They will say, “love is love.”", "Christians would say ...": no one has said it
    if verbs and _imperative(verbs[-1]):
        return False  # "Recall that last summer was ...": the writer addresses the reader, no one is reported
    if (
        verbs
        and s.speaker is None
        and verbs[-1].tag_ in ("VBD", "VBN")
        and verbs[-1].dep_ == "ROOT"
        and not any(c.dep_ in SUBJECTS or c.dep_ in ("aux", "auxpass") for c in verbs[-1].children)
    ):
        return False  # "And newly *reported* 3,239 cases are among the ... test results": a participle before its
        # noun the parse made the sentence's verb, with no one reporting
    if verbs and _aside(verbs[-1]):
        return False  # "That isn't to say the end of his career is imminent": the writer's, no one is reported
    if verbs and verbs[-1].dep_ in ("csubj", "csubjpass") and (s.speaker is None or s.speaker.start >= s.end):
        return False  # "But *telling* ourselves we're doing a great job ... does not actually stop the deaths",
        # "But *determining* just how deadly ... is a key question facing epidemiologists": a saying that is the
        # subject of the writer's sentence, no one's words reported (a speaker before it stays: the parse also
        # makes "..., *adding* the models are ..." a subject)
    if verbs and _as_planned(verbs[-1]):
        return False  # "if these trillions of dollars ... proceed *as announced*, it is difficult not to expect
        # ...": a manner, what was announced is not the clause beside it
    if verbs and _infinitive_of_thought(verbs[-1]):
        return False  # "Trump is under pressure *to show* that ...", "students will learn *to recognize* ...",
        # "Counties also have *to figure out* how many ...": a goal or a duty, nothing anyone has said
    if s.speaker is None and verbs and _bare_infinitive(verbs[-1]):
        return False  # "The important thing to note is that ...", "Not to mention that ...": no one says it
    if s.kind == "indirect" and tokens and tokens[0].lower_ == "to" and tokens[0].tag_ == "TO":
        # "Smith urged *to get tested*", "Pence asked *to start reporting ...*": a request or an intention
        # whose addressee the content lost, no words of the speaker's ("begged residents *to “put down the
        # guns.”*" quotes them: it stays)
        return False
    if s.kind == "indirect" and tokens and _verb_before_a_list(tokens, text[s.end : s.end + 1]):
        return False  # "According to their company website, some of the national brands they own *include*:"
        # a list follows: the statement is not in the record's words
    if s.kind == "indirect" and tokens and _subject_left_behind(tokens[0]):
        # "recent research ... has revealed that ..., according to SCMP" read as "has revealed that ...": a
        # clause without its subject, which stands before the cue ("Plan sponsors, according to the IRS, may
        # require ...")
        return False
    if s.kind == "indirect" and verbs and verbs[-1].lemma_.lower() in ("ask", "question"):
        # "asked Chicago comedians to tell us ...", "asked the driver for his license", "Asked about the
        # removal, Trump said", "questioned Powell about a municipal lending fund": a request or a question's
        # topic, no words of the speaker's
        return False
    # a cue with no word of speech, stance, request or judgement ("looking", "approved", "feels"): what hangs on it
    # must be a clause to be a statement
    speechless = bool(cue_tokens) and not any(_speech_word(t) for t in cue_tokens)
    if (
        s.kind == "mixed"
        and speechless
        and not (tokens and tokens[0].lower_ == "that")
        and not _clause(
            outside := _outside_quotes(tokens, doc.text) or tokens, [t for t in _main_tops(tokens) if t in outside]
        )
    ):
        # "is offering a telling short list of “...”", "immediately lifting “all restrictions ...”", "decided
        # to scrap performances of “...”": a verb that reports nothing and no clause, only a quoted phrase
        return False
    if (
        s.kind == "direct"
        and s.cue is not None
        and s.cue.end <= s.start
        and speechless
        and not re.search(r"[:,—–-]", text[s.cue.end : s.start])
        and not (tokens and tokens[0].lower_ == "that")
        and not _clause(tokens)
    ):
        # "Kim feels “back to 100%.”", "Cummings has twice been critical to “take back control,”", "shared a video
        # singing “Into the Fire,”": a quoted phrase inside the writer's sentence, after a verb that reports
        # nothing, is no statement ("she allowed “The majority of people were not exposed,”" is a clause)
        return False
    if (
        s.kind == "direct"
        and s.cue is not None
        and s.cue.end <= s.start
        and speechless
        and len(re.findall(r"\w+", text[s.cue.end : s.start])) > 2
        and not re.search(r"[:.!?]", text[s.cue.end : s.start])  # (a lead-in's colon; a quote after the cue's sentence)
        and not (
            s.speaker is not None and s.cue.end <= s.speaker.start < s.start
        )  # ('“...,” snapped the nurse. “...”')
        and any(
            t.dep_ == "dobj" and t.pos_ in ("NOUN", "PROPN") and t.head in cue_tokens
            for t in doc
            if s.cue.end <= t.idx + offset < s.start
        )  # (its object a noun: 'as The New York Times put it in 2016, "..."' leads in)
    ):
        return False  # "... Scheme, which pays 85 percent government *subsidizes* the salaries of low to middle wage
        # workers, “we will spend down our reserves ...”": a verb that reports nothing, its object before the quote,
        # leads in to no words
    if (
        s.kind == "mixed"
        and s.cue is not None
        and cue_tokens
        and s.end <= s.cue.start
        and (cue_tokens[-1].text == ":" or text[s.cue.end : s.cue.end + 1] == ":")
    ):
        return False  # 'When asked ... about *his tendency to “swim against the current”*, Raoult responded: “...”':
        # a cue that opens what follows on a colon reports the words after it, not the words before
    if s.kind != "indirect":
        return True
    if speechless and not _clause(tokens, _main_tops(tokens)):
        # "he sees the “plandemic” doing ...", "remained vague in discussing the things ...", "has been
        # ignoring the doctor's advice": what someone did or saw, not what they said
        return False
    if words < INDIRECT_WORDS:
        return False
    if (
        verbs
        and s.cue is not None
        and s.end <= s.cue.start
        and any(
            c.dep_ == "xcomp" and c.left_edge.i == verbs[-1].i + 1 and c.left_edge.lower_ == "to"
            for c in verbs[-1].children
        )
    ):
        # "Newly confident and sensitive to criticisms *that it initially covered up the outbreak*, China's
        # leadership is now seeking to recast the pandemic ...": the verb's own infinitive follows it; the
        # words before its subject are not what it reports (", Crager said, meaning ...", ", Damon said, adding
        # ...", "..., say experts like Gilbert: “...”" are)
        return False
    if any(t.lemma_.lower() in FACTIVE for t in cue_tokens if t.pos_ in ("VERB", "AUX")):
        return False
    if s.cue is None and s.kind != "direct" and s.speaker is not None:
        speaker_words = _tokens(doc, s.speaker.start - offset, s.speaker.end - offset)[:1]
        if speaker_words and speaker_words[0].tag_.startswith("VB"):
            return False  # "... doctors who have self *administered HIV drugs* ..., however it is worth noting that
            # ...": no cue, and the nearest source the tagger found is a verb's words, no one who speaks
    if s.speaker is None and any(t.sent.text.rstrip(' "”’').endswith("?") for t in tokens[:1]):
        return False  # "Was it ever explained that ...?": a question that names no one reports nothing
    if _headline(doc.text, s, offset):
        return False  # "Whistleblower says agency ignored warnings": a headline or teaser line
    if cue_tokens and _apart(doc, offset, s, cue_tokens):
        return False  # "..., the researchers found. While that may be ...": not the cue's clause
    written = text[s.speaker.start : s.speaker.end] if s.speaker is not None else ""
    # "WHO said that ...": a word in capitals (in a paragraph not all in capitals) is an acronym, a name,
    # not the bare pronoun
    acronym = len(written) >= 2 and written.isupper() and any(ch.islower() for ch in doc.text)
    if speaker in WRITER or (speaker in BARE_SPEAKERS and not acronym):
        return False
    if s.cue is not None and _according(text, s.cue.start, s.cue.end):
        # a clause ("... has a fatality rate of 0.26%"), not a noun phrase ("All this in response to a
        # virus which, according to the CDC, ..."), with its subject ("Prices for eggs, according to the
        # USDA, *were as high as $3*" has left it before the cue)
        clause_words = _tokens(doc, s.start - offset, s.end - offset)
        noun_tops = top_tokens(clause_words)
        if noun_tops and all(
            t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and t.head.idx + offset >= s.cue.end for t in noun_tops
        ):
            # "*The person who faces the most risk*, according to May, is ...": the subject of a verb after the
            # cue, a noun phrase whose relative clause's verb makes no clause of it
            return _clause(clause_words, [t for t in clause_words if t.dep_ not in ("relcl", "acl")])
        return _clause(clause_words)  # ("55.5%")
    if not tokens or tokens[0].lower_ in WH_WORDS:
        return False
    if len(tokens) > 1 and tokens[0].pos_ == "CCONJ" and tokens[1].lower_ in WH_WORDS - {"if"}:
        return False  # 'Camp is where she "grows up more," she said, *and where she is happiest*': a wh-clause
    if s.cue is not None and any(
        t.lower_ in ("what", "where", "why", "how", "whether")
        and s.cue.end <= t.idx + offset < s.start
        and all(w.lower() in ("the", "a", "an") for w in text[t.idx + offset + len(t) : s.start].split())
        and any(s.start <= a.idx + offset < s.end for a in t.ancestors)
        for t in doc
    ):
        return False  # "helps explain why [the daily case count continues to rise]": the wh-word the tagger left
        # out right before it ("observes, from London, where she lives alone, [this lockdown is ...]" stays)
    if tokens[0].lower_ in REFLEXIVES and not has_quote_mark(text[s.start : s.end]):
        # "He found *himself risking his life* ...": what befell him, not what anyone said ("has called
        # himself the “king of ventilators”" quotes him)
        return False
    if _inverted_condition(tokens):
        return False  # "Should a vaccine ever become available, Guterres wants ...": a condition, not what he wants
    if (
        (
            (tokens[0].tag_ == "WDT" and tokens[0].dep_ in ("nsubj", "nsubjpass"))
            # 'a “LIBERATE MICHIGAN!” tweet *that former Assistant Attorney General Mary McCord called illegal*':
            # the parse's "that" a mark, and its verb's object the noun before it (a predicate and no object:
            # "called ∅ illegal"); "suggesting in a tweet that children are immune" is a complement
            or (
                tokens[0].lower_ == "that"
                and tokens[0].dep_ == "mark"
                and any(c.dep_ == "oprd" for c in tokens[0].head.children)
                and not any(c.dep_ in ("dobj", "ccomp") for c in tokens[0].head.children)
            )
        )
        and tokens[0].head.dep_ == "relcl"
        and tokens[0].head.head.i == tokens[0].i - 1
        and not is_reporting(tokens[0].head)
        and tokens[0].head.lemma_.lower() not in (*INFERENCE, *_FINDING)
    ):
        # "retailers *that don't offer e-commerce services ...*, experts say": a relative clause, its noun outside
        # (not "told reporters *that she believed ...*", a "that" the parse hung on a noun, with its own subject,
        # nor one it hung on a noun further back: "recalled in its report on the threat to the Globe that ...";
        # a clause that reports stays: "released a report *that found* roughly one in six ...")
        return False
    first = tokens[0]
    verb = first.head if first.dep_ in ("aux", "auxpass") else first
    if first.pos_ in ("AUX", "VERB") and _finite(first) and not any(c.dep_ in SUBJECTS for c in verb.children):
        return False  # "Republicans are worried that ... and *are worried about continuing to spend*": no subject
    if verbs and verbs[-1].lemma_.lower() in VERDICTS and tokens[0].lower_ != "that":
        return False  # "criticized the mayor for ...", "praised nurses for ...": a judgement, not what was said
    if tokens[0].lower_ in PREPOSITIONS and not (len(tokens) > 1 and tokens[1].lower_ in ("least", "most")):
        # (not "*at least* one Illinois team ... made the trip", a number's words)
        return (
            False  # "a letter urging *for visas to be maintained*", "*at all levels of government to ...*": no clause
        )
    opener = _subordinate_opener(tokens)
    if opener is not None:
        inside_ids = {t.i for t in tokens}
        tops = {
            t.i
            for t in tokens
            if (t.head.i not in inside_ids or t.head.i == t.i)
            and t.dep_ not in ("aux", "auxpass", "punct", "cc")
            and t.i >= opener.i  # (an adverb of focus before the opener aside)
        }
        if tops <= {opener.head.i}:
            # "closed *until they meet enough criteria*", "*Because everyone is screened*", "The VA has been
            # good to them, Rob says, *especially when his father got lung cancer*": a piece of a sentence
            return False
    last = tokens[-1]
    if last.pos_ == "AUX" and (last.head.i == last.i or (last.dep_ in ("aux", "auxpass") and last.head.i > last.i)):
        return False  # "Think of *the hotels that would be* advertising ...": the clause stops on its auxiliary
    call = verbs[-1] if verbs and verbs[-1].lemma_.lower() == "call" else None
    if (
        call is not None
        and not _calls_for(call, cue_tokens)
        and not has_quote_mark(text[s.start : s.end])
        # what it was called, after what was called ("called the allegations a blame game"); an "oprd" with no
        # object before it is the parse's misreading of the one person called ("called the senior medical officer")
        and not (
            any(t.dep_ == "oprd" and t.head.i == call.i for t in tokens)
            and any(t.dep_ in ("dobj", "dative") and t.head.i == call.i for t in tokens)
        )
        and not any(t.pos_ == "ADJ" and t.dep_ == "amod" and t.head.i < t.i for t in tokens)  # "the response slow"
        and not _clause(tokens, _main_tops(tokens))
    ):
        # "must call *one of the health systems*", "called *the senior medical officer* as part of his
        # investigation", "will call *an end to stay-home orders*": a telephone call or a summons; "called the
        # allegations a blame game" names what they were called, "called for ..." asks for it
        return False
    if (
        call is not None
        and any(t.i > call.i and t.lower_ in ("on", "upon") for t in cue_tokens)
        and not any(t.pos_ in ("VERB", "AUX") for t in tokens)
    ):
        return False  # "called on *his former attorney general ... Jeff Sessions* to drop out": whom he called on,
        # not what he asked
    if verbs and verbs[-1].lemma_.lower() == "order" and not any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return False  # "The company has ordered *100,000 electric delivery vans*": a purchase, not an order anyone gave
    if (
        verbs
        and verbs[-1].lemma_.lower() == "deny"
        and not any(t.pos_ in ("VERB", "AUX") for t in tokens)
        and any(t.lemma_.lower() in REQUESTS and t.head.i == verbs[-1].i for t in tokens)
    ):
        return False  # "A U.S. district judge denied *R. Kelly's third request for temporary release*": a ruling on
        # a request, not a denial anyone said ("denied the allegations" is one)
    if verbs and verbs[-1].lemma_.lower() in ACTS and words >= ACT_WORDS:
        return s.speaker is not None  # "Asking the public to think ... is a tall order": no one asks
    if tokens[0].lower_ == "to":
        return False
    heads = top_tokens(tokens)
    before = text[max(0, s.start - 20) : s.start].rstrip().lower()
    if (tokens[0].lower_ == "that" and before.endswith(PURPOSE)) or before.endswith(
        tuple(f"{p} that" for p in PURPOSE)
    ):
        return False  # "rejected his request ... so that he could work on a cure": a purpose, not a report
    if (
        s.kind == "indirect"
        and cue_words
        and not any(_speech_word(t) for t in cue_tokens)
        and not any(
            t.head in cue_tokens or (_speech_word(t.head) and not _someone_elses_gerund(t.head, s, offset))
            for t in _main_tops(tokens)
        )
    ):
        return False  # "As some of Dr. Lin Shiao’s colleagues *appended* congratulatory “clapping” and “on fire”
        # icons to the charts that indicated ...", "Newly *confident and sensitive to* criticisms that it initially
        # covered up the outbreak, China's leadership ...": a cue of no saying whose words the parse hangs on no
        # cue's word nor on a verb of saying ("issued an alarming study that *predicted* ..." stays)
    if (
        s.kind == "indirect"
        and s.cue is not None
        and cue_words
        and any(t.pos_ == "ADJ" for t in cue_words)
        and not any(t.pos_ in ("VERB", "AUX") or _speech_word(t) for t in cue_words)
        and any(
            t.pos_ in ("NOUN", "PROPN")
            and s.cue.end <= t.idx + offset < s.start
            and not (s.speaker is not None and s.speaker.start <= t.idx + offset < s.speaker.end)
            for t in doc
        )
    ):
        return False  # "Newly *confident and sensitive* to criticisms that it initially covered up the outbreak": an
        # adjective's clause follows it ("optimistic that ..."); one after a noun between says what the noun is
    if (
        s.kind == "indirect"
        and cue_words
        and cue_words[-1].pos_ == "ADP"
        and not any(_speech_word(t) for t in cue_words)
        and any(
            c.dep_ == "pobj"
            and s.cue is not None
            and s.cue.end <= c.idx + offset < s.start
            and not (s.speaker is not None and s.speaker.start <= c.idx + offset < s.speaker.end)
            for c in cue_words[-1].children
        )
    ):
        return False  # "Newly confident and sensitive *to criticisms* that it initially covered up the outbreak":
        # the clause says what the criticisms are, the noun between the cue and it (a cue of saying stands: "reports
        # from Seoul that ..."; "according to *the CDC*, ..." names the speaker there)
    # "that ...": a complement clause, however the parse hangs it; else a clause with its subject inside the
    # content: "(that mark) would be overtaken within weeks" has lost it
    return _clause(tokens, heads, participles=True)


#: verbs of speech beyond the tagger's lists (``REPORTING``, ``STANCE``, ``ACTS``, ``VERDICTS``) that a
#: cue may hold: "begged residents to ...", "pleaded with ...", "continued: ..."
SPEECH = frozenset(
    ["beg", "plead", "implore", "exhort", "continue", "exclaim", "shout", "yell", "cry", "chant", "scream",
     "email", "text", "muse", "lament", "proclaim", "quote", "recount", "reason", "retort", "counter", "hint",
     "clarify", "request", "forecast", "theorize", "advise", "assure", "vow", "tout", "decry", "mock", "pan",
     "document", "dub", "liken", "refer", "pronounce", "encourage", "invite", "define", "term", "label",
     "characterize", "characterise", "portray", "brand", "advocate", "highlight", "underscore"]
)  # fmt: skip


def _naming_participle(verb: Token) -> bool:
    """Whether ``verb`` is "called" or "named" as a participle after a noun, with no subject or auxiliary of
    its own ("a move called a forbearance", "proteins, called neutralizing antibodies"): it gives a thing's
    name, no one speaks ("Trump has called it ..." has its subject and auxiliary)."""
    return (
        verb.lemma_.lower() in ("call", "name", "dub")
        and (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.dep_ == "acl"))  # (the tagger's past for an acl)
        and verb.dep_ in ("acl", "conj")
        and not any(c.dep_ in ("aux", "auxpass", *SUBJECTS) for c in verb.children)
        and (verb.dep_ == "acl" or verb.head.tag_ != "VBN")
    )


def _calls_for(verb: Token, cue_tokens: list[Token]) -> bool:
    """Whether the cue asks for something: "called for ...", "called on ... to", "called Thursday for ..."."""
    return any(t.i > verb.i and t.lower_ in ("for", "on", "upon") for t in cue_tokens) or any(
        c.dep_ == "prep" and c.lower_ in ("for", "upon") for c in verb.children
    )  # (not any "on": "called the people she met *on* her last morning")


def _inverted_condition(tokens: list[Token]) -> bool:
    """Whether a content opens on (or just after) the auxiliary of an adverbial clause set before that
    clause's subject: "*Should* a vaccine ever become available, ...", "*Had* they known, ...": a condition."""
    first = tokens[0]
    doc = first.doc
    for aux in (first, doc[first.i - 1] if first.i > 0 else first):
        head = aux.head
        subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
        if aux.dep_ == "aux" and head.dep_ == "advcl" and head in tokens and subject is not None and aux.i < subject.i:
            return True
    return False


def _speech_word(token: Token) -> bool:
    """A word of a cue that reports speech, a stance or a request ("said", "believes", "urged", "begged",
    "according"), or the colon or dash that introduces a quote."""
    from dateline.attribution.rules import REPORTING, STANCE

    lemma = token.lemma_.lower()
    return (
        lemma in REPORTING
        or lemma in STANCE
        or lemma in ACTS
        or lemma in VERDICTS
        or lemma in SPEECH
        or token.lower_ in ("according", ":", "—", "–", "-")
    )


def _outside_quotes(tokens: list[Token], text: str) -> list[Token]:
    """The tokens that lie outside the quoted stretches of their paragraph ``text``."""
    quoted = find_quoted(text)
    return [t for t in tokens if not any(q.start <= t.idx < q.end for q in quoted)]


def _clause(tokens: list[Token], verbs: list[Token] | None = None, participles: bool = False) -> bool:
    """Whether content tokens hold a clause: "that ..." with a finite verb, or a verb among ``verbs``
    (default: all the tokens) with its subject among them ("the city could not afford it"), not a noun
    phrase or an infinitive alone. The verb is finite ("sees the “plandemic” doing ..." is a participle's
    small clause, what someone saw) unless ``participles`` lets any verb count."""
    if not tokens:
        return False
    if tokens[0].lower_ == "that":
        return any(_finite(t) for t in tokens)
    inside = {t.i for t in tokens}
    return any(
        (_finite(t) or (participles and t.pos_ == "VERB"))
        and any(c.dep_ in SUBJECTS and c.i in inside for c in t.children)
        for t in (tokens if verbs is None else verbs)
    )


#: words that open an adverbial clause ("*when* his father got lung cancer", "*just as* communities most
#: need them"): as the content's first word (after an adverb of focus), with no main clause after, the
#: content is a piece of the sentence before the cue
ADVERBIAL_OPENERS = frozenset(["as", "when", "whenever", "while", "once", "after", "before", "since"])
FOCUS_ADVERBS = frozenset(
    ["just", "especially", "even", "only", "particularly", "mainly", "largely", "partly", "right"]
)


def _subordinate_opener(tokens: list[Token]) -> Token | None:
    """The word that opens the content as a subordinate clause, after any adverb of focus, if one does."""
    at = 0
    while at < len(tokens) - 1 and tokens[at].lower_ in FOCUS_ADVERBS:
        at += 1
    first = tokens[at] if tokens else None
    if first is None:
        return None
    if first.lower_ not in CLAUSE_OPENERS and first.lower_ not in ADVERBIAL_OPENERS:
        return None
    if not (first.dep_ == "mark" or (first.lower_ in ("when", "whenever") and first.dep_ == "advmod")):
        return None
    # its clause's subject right after it ("when *he* was notified"; "Since mid-March, 36.5 million Americans
    # have filed" is a main clause the parse hung under "since")
    subjects = [c for c in first.head.children if c.dep_ in SUBJECTS]
    return first if subjects and subjects[0].left_edge.i == first.i + 1 else None


#: prepositions that cannot open reported speech ("urging *for* visas to be maintained", "*at* all levels")
PREPOSITIONS = frozenset(
    ["for", "of", "at", "in", "on", "about", "with", "by", "from", "into", "over", "under", "among", "between"]
)
#: words before "that" that make its clause a purpose, a result or a time ("so that he could ...", "now
#: that we're all forced to ..."), not a report
PURPOSE = (" so", " such", " order", " now")
#: words that open a subordinate clause: alone, with no main clause after it, it is a piece of a sentence
CLAUSE_OPENERS = frozenset(["until", "unless", "because", "although", "though", "whereas"])
#: the fewest words of four letters or more that make a quote in Title Case a title
TITLE_CASE_WORDS = 3


#: words of four letters or more that a title leaves in small letters ("Ten Times Worse *than* Seasonal Flu")
_TITLE_SMALL_WORDS = frozenset(["than", "with", "from", "into", "onto", "upon", "over", "about", "after", "versus"])


def _title_case(quote: str) -> bool:
    """Whether a quote is written as a title ("How Are Rich People Getting Richer?", "Free Speech
    Project: Symptoms May Include Censorship"): every word of four letters or more capitalised, at
    least three of them, or every word capitalised, four or more ("We Are Not Playing.", a campaign's
    motto), and not all in capitals (a shout, a transcript)."""
    every = re.findall(r"[^\W\d_][\w'’-]*", quote)
    words = [w for w in every if len(w) >= 4 and (w[0].isupper() or w not in _TITLE_SMALL_WORDS)]
    if len(words) < TITLE_CASE_WORDS and not (len(every) >= 4 and all(w[0].isupper() for w in every)):
        return False
    return all(w[0].isupper() for w in words) and not all(w.isupper() for w in every)


def _quoted_heading(paragraph: str) -> bool:
    """Whether a paragraph is only a short quotation with no stop or comma at its end inside the marks ('"Bodies
    keep piling up"', '"Like a buffalo on my chest"'): a heading, where a quote standing alone ends its
    sentence ('"We will get through this."')."""
    body = paragraph.strip()
    if len(body) < 3 or body[0] not in QUOTE_CHARS or body[-1] not in QUOTE_CHARS:
        return False
    inner = body[1:-1].strip()
    if any(ch in QUOTE_CHARS for ch in inner) or not inner or inner[-1] in ".!?,;:…":
        return False
    return _words(inner) <= QUOTED_HEADING_WORDS


#: the most words of a heading in quotation marks
QUOTED_HEADING_WORDS = 8


def _named_title(text: str, start: int, end: int) -> bool:
    """Whether a short quote is a title named as a thing: two to five words, the first and the last capitalised
    and the others capitalised or a title's small words ("Democracy in America", "Plan for Renewal"), after an
    article or an owner's "'s" ('Alexis de Tocqueville’s "Democracy in America,"', 'outlines a “Plan for
    Renewal,”'), or after a noun that names it ('the Facebook page "Horacio, Our Hero."'; an utterance is no
    one's thing: '“Not Guilty,” she said')."""
    words = re.findall(r"[^\W_][\w'’-]*", text[start:end])
    if not 2 <= len(words) <= SHORT_NAME_WORDS or not (words[0][0].isupper() and words[-1][0].isupper()):
        return False
    small = _TITLE_SMALL_WORDS | {"a", "an", "the", "of", "in", "for", "and", "or", "on", "at", "to", "by"}
    if not all(w[0].isupper() or w.lower() in small for w in words) or all(w.isupper() for w in words):
        return False
    return (
        re.search(r"(?:\b(?:a|an|the)|['’]s)\s*$", text[max(0, start - 6) : start], re.I) is not None
        or _NAMING_NOUN.search(text[max(0, start - 14) : start]) is not None
    )


#: a noun or a participle that names the quoted title after it: 'the Facebook page "Horacio, Our Hero."'
_NAMING_NOUN = re.compile(
    r"\b(?:page|group|book|show|film|movie|song|album|podcast|series|hashtag|account|website|blog|column|"
    r"campaign|titled|entitled|dubbed)\s*$",
    re.I,
)


#: the most words of a quoted name ("CBS This Morning")
SHORT_NAME_WORDS = 5


def _short_name(quote: str) -> bool:
    """Whether a short quote is a name, a show's or a book's ('She told “CBS This Morning” co-host Gayle
    King'): two to five words, every one capitalised, none all in capitals alone, and no stop or comma
    inside the marks (an utterance ends with one: '“Not Guilty,” she said')."""
    inner = quote.strip("“”\"‘’' ")
    words = inner.split()
    if not 2 <= len(words) <= SHORT_NAME_WORDS or re.search(r"[.,!?;:]", inner):
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in words) and not all(w.isupper() for w in words)


#: verbs by which a fact, not a person, points to a conclusion
INFERENCE = frozenset(["suggest", "indicate", "show", "mean", "imply", "prove", "demonstrate"])
DEMONSTRATIVES = frozenset(["this", "that", "these", "those"])


def _inference(token: Token) -> bool:
    """A verb of inference whose subject is a bare demonstrative, or "these" and a noun for what the story set
    out: "*This suggests* that ...", "That means ...", "*These results* may suggest that ...": what the writer
    concludes from the sentence before, not what anyone said (a relative "that",
    "projections from researchers *that indicate* ...", is its noun's). So is a participle of inference hung
    on a clause that reports no one: "Eligible recipients include faith-based institutions, *implying* that
    ..." is the writer's reading of a fact ("Sherman wrote on Twitter, *suggesting* that ..." is Sherman's)."""
    if token.lemma_.lower() not in INFERENCE:
        return False
    if token.tag_ == "VBG" and token.dep_ in ("advcl", "xcomp", "conj") and token.head.i != token.i:
        return not _speech_word(token.head)
    return any(
        c.dep_ in ("nsubj", "csubj")
        and (
            (c.lower_ in DEMONSTRATIVES and c.tag_ == "DT" and not list(c.children))
            or (c.lemma_.lower() in _READINGS and [d.lower_ for d in c.children] in (["this"], ["these"]))
        )
        for c in token.children
    )


#: nouns for what a story sets out, whose "these" points back at the writer's own sentences: "*These results*
#: may suggest that ...", "*these numbers* reveal that ..."
_READINGS = frozenset(["result", "number", "figure", "finding", "statistic", "trend", "development"])


def _nobodys_stance(word: Token, offset: int, speaker: Piece | None) -> bool:
    """Whether a cue of one word of stance is the object of a verb that has no subject the speaker's words hold,
    with no owner of its own ("sparking *hopes* that ...", which the parse tags a verb, "raising *fears* that
    ..."): hopes, fears or doubts an event stirred, no one's statement ("*his* hopes", "the union voiced *fears*"
    keep theirs)."""
    if word.dep_ != "dobj" or any(c.dep_ == "poss" for c in word.children) or word.lemma_.lower() not in STANCE:
        return False
    return speaker is None or not any(
        c.dep_ in SUBJECTS and speaker.start <= offset + c.idx < speaker.end for c in word.head.children
    )


def _passive_subject(verb: Token, offset: int, speaker: Piece) -> bool:
    """Whether the speaker's words are the subject of the cue verb in the passive ("the call was
    broadcast", "This Act may be cited as"): what was acted on, not who spoke ("Doe was quoted as
    saying" keeps Doe)."""
    if verb.lemma_.lower() == "quote" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ == "nsubjpass" and speaker.start <= offset + c.idx < speaker.end for c in verb.children):
        return True
    # "over 46 new cases have been reported *in the provinces of Jilin*": a place or a time after a
    # preposition other than "by" is where or when, not who
    return any(
        c.dep_ == "prep"
        and c.lower_ not in ("by", "from")
        and any(o.dep_ == "pobj" and speaker.start <= offset + o.idx < speaker.end for o in c.children)
        for c in verb.children
    )


#: modals that put a saying in the future or the conditional
MODALS = frozenset(["will", "would", "could", "might", "may", "'ll", "’ll"])


def _hypothetical(verb: Token, speaker: str) -> bool:
    """A saying not yet said by no one in particular ("They will say ...", "Christians would say ...",
    "you might say"): a modal on the verb and a pronoun or a bare plural noun for the speaker (a person
    or a body named, "Biden will say in a speech ...", is a report of what is planned)."""
    if not any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not speaker or subject.lower_ != speaker.split()[-1]:
        return False
    if subject.lower_ in ("they", "you", "we", "people", "some", "others", "many", "critics", "skeptics"):
        return True
    bare = not any(c.dep_ in ("det", "poss", "compound", "amod", "nummod") for c in subject.children)
    return subject.tag_ in ("NNS", "NNPS") and bare


def _aside(verb: Token) -> bool:
    """The writer's idiom "that is (not) to say ...", "this isn't to suggest ...": an infinitive under a
    "be" whose subject is "this", "that" or "it"."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and head.lemma_ == "be"
        and any(c.dep_ in SUBJECTS and c.lower_ in ("this", "that", "it") for c in head.children)
    )


#: a line of a list of sources: a title in quotation marks, who published it, when ('“...,” CNN, May 4, 2020',
#: '“...?” Chicago-Kent College of Law, Summer 2014')
_CITATION = re.compile(
    r"\s*[“\"][^“”\"]+[”\"]\s*,?\s*[^“”\"\n]{2,120},\s*(?:accessed\s+)?"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|Spring|Summer|Fall|Autumn|Winter)"
    r"\s+(?:\d{1,2},\s*)?\d{4}\.?\s*"
)


def _owner_of_a_noun_cue(doc: Doc, src: tuple[int, int], cue: tuple[int, int]) -> tuple[int, int]:
    """The speaker without the "’s" that makes it the owner of a noun cue ("the president's *order* that
    ...": the president); a name with "’s" before a verb ("Macy’s said") keeps it."""
    tokens = _tokens(doc, src[0], src[1])
    after = next((t for t in doc if cue[0] <= t.idx < cue[1] and not t.is_space), None)
    if len(tokens) > 1 and tokens[-1].tag_ == "POS" and after is not None and after.pos_ == "NOUN":
        return src[0], tokens[-2].idx + len(tokens[-2])
    return src


def _only_a_subordinate_clause(tokens: list[Token]) -> bool:
    """Whether the words are one clause a subordinator opens ("because it is almost impossible to predict
    ..."), which hangs on a verb outside them, and nothing after it."""
    clause = tokens[0].head
    inside = {t.i for t in tokens}
    return (
        tokens[0].lower_ in _SUBORDINATORS
        and tokens[0].dep_ in ("mark", "advmod")
        and clause.i in inside
        and clause.dep_ == "advcl"
        and clause.head.i not in inside
        and tokens[-1].i <= clause.right_edge.i
    )


def _opened_by_the_word_before(tokens: list[Token]) -> bool:
    """Whether the words are a subordinate clause whose subordinator the tagger left out before them ("he says,
    only to be intubated – the term used when [a person has a tube inserted ...]", "..., analysts said, as [the
    coronavirus crisis threatens ...]"), and after that clause no verb of a clause of their own. Taken only after
    the cue: before it ("..., although [the number ... went up by 307], the governor’s office said") the clause is
    part of what was said."""
    if tokens[0].i == 0:
        return False
    opener = tokens[0].doc[tokens[0].i - 1]
    clause = opener.head
    inside = {t.i for t in tokens}
    return (
        opener.lower_ in _SUBORDINATORS
        and opener.dep_ in ("mark", "advmod")
        and clause.i in inside
        and clause.dep_ == "advcl"
        and clause.head.i not in inside
        and not any(_finite(t) for t in tokens if t.i > clause.right_edge.i)
    )


def _in_the_cues_sentence(doc: Doc, content: tuple[int, int], cue: tuple[int, int]) -> int:
    """The start of a content before "according to" that the tagger began in the sentence before the
    cue's ("The same guidelines apply *if you think you might be sick ... results. Wearing a mask ... is
    also appropriate*, according to the AVMA"): "according to" gives the source of its own sentence."""
    sentence = _sentence_of(doc, cue[0])
    if sentence is None:
        return content[0]
    first = doc[sentence].idx
    return first if content[0] < first < content[1] else content[0]


def _as_planned(verb: Token) -> bool:
    """A participle after "as" with no one's name ("proceed *as announced*", "went *as expected*"): how
    something goes, not a report of the clause beside it ("as reported by Reuters" names who reported; "as
    he said" has a subject)."""
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(c.dep_ in (*SUBJECTS, "agent") for c in verb.children)
    )


def _agent_before(doc: Doc, content: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A reporting verb in the passive, with its "by" phrase, before the content in the content's sentence ("as
    *noted by researchers in the Journal of The Royal Society Interface*, \"...\""): its cue and agent."""
    first = _sentence_of(doc, content[0])
    if first is None:
        return None
    for token in doc[first].sent:
        if token.idx >= content[0]:
            break
        agent = _passive_agent(doc, (token.idx, token.idx + len(token.text)))
        if agent is not None and agent[1] <= content[0]:
            return (token.idx, token.idx + len(token.text)), agent
    return None


def _passive_agent(doc: Doc, cue: tuple[int, int]) -> tuple[int, int] | None:
    """The phrase after "by" of a reporting verb in the passive inside the cue ("As *explained by* Hoyer",
    "as *reported by* the Washington Post"), as character offsets; None otherwise ("was quoted by X as
    saying" quotes its subject)."""
    from dateline.attribution.rules import REPORTING

    for token in doc:
        if not cue[0] <= token.idx < cue[1] or token.tag_ != "VBN" or token.lemma_.lower() == "quote":
            continue
        if token.lemma_.lower() not in REPORTING:
            continue
        for by in token.children:
            if by.dep_ != "agent":
                continue
            for obj in by.children:
                if obj.dep_ == "pobj":
                    last = obj.right_edge
                    return obj.left_edge.idx, last.idx + len(last)
    return None


def _reporting_subject(doc: Doc, src: tuple[int, int]) -> bool:
    """Whether the phrase is the subject of a reporting verb ("Cuomo" of "Cuomo stated that ...")."""
    from dateline.attribution.rules import REPORTING

    return any(
        src[0] <= t.idx < src[1] and t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in REPORTING
        for t in doc
    )


def _subject_left_behind(first: Token) -> bool:
    """Whether a content opens on a finite verb whose subject the parse puts before the content ("Plan
    sponsors, according to the IRS, *may* require ..."); not a participle before its noun ("decreased
    electricity use and competition ... have weakened demand")."""
    if first.tag_ not in ("VBZ", "VBD", "VBP", "MD") or first.dep_ in ("amod", "compound"):
        return False
    verb = first.head if first.dep_ in ("aux", "auxpass") else first
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return bool(subjects) and all(c.i < first.i for c in subjects)


def _bare_infinitive(verb: Token) -> bool:
    """An infinitive with no subject of its own ("the important thing *to note*", "not *to mention*")."""
    return (
        verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not any(c.dep_ in SUBJECTS for c in verb.children)
    )


#: verbs of thinking, finding and showing, which in the infinitive name an aim ("under pressure to show")
THOUGHT = frozenset(
    ["think", "consider", "recognize", "recognise", "figure", "show", "prove", "demonstrate", "understand",
     "realize", "realise", "determine", "learn", "know", "see", "find", "decide", "ponder", "reflect"]
)  # fmt: skip
#: verbs of duty or skill that take an infinitive ("have to", "need to", "learn to")
_DUTY = frozenset(["have", "need", "learn", "ought"])


def _infinitive_of_thought(verb: Token) -> bool:
    """An infinitive cue that names an aim or a duty, not an act of saying: a verb of thinking or showing
    ("under pressure *to show* that", "the impulse *to think* ..."), or any verb after "have to", "need to",
    "learn to" ("have *to figure out* how many ..."; "had this to say:" reports). "went on CNBC *to assure* the public that ..." and
    "wrote supporters *to say* ..." report what was said and stay."""
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    if verb.head.pos_ == "NOUN" and any(c.dep_ == "poss" for c in verb.head.children):
        return False  # "Thoreau’s attempt to demonstrate that ...": the owner argues it
    if verb.lemma_.lower() in THOUGHT:
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _DUTY and verb.i == verb.head.i + 2


def _imperative(verb: Token) -> bool:
    """A verb that tells the reader ("*Recall* that ...", "*Note* that ...", "*Recall*, for the first
    time ..."): a bare form with no subject that heads or opens its sentence (the parse may read it as a
    present tense: "If your company hasn't approved remote work ..., *say* you need an exception"), or one
    joined by "and" to such a verb ("Talk to your manager or HR and *say*, "I am in a higher-risk group
    ...""), the writer's advice, not anyone's words."""
    if verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.i < verb.i and _imperative(verb.head):
        return not any(c.dep_ in SUBJECTS for c in verb.children)
    after_a_clause = verb.tag_ == "VBP" and verb.i > verb.sent.start and verb.doc[verb.i - 1].is_punct
    return (
        (verb.tag_ == "VB" or after_a_clause)  # (not "..., records show": a subject the parse took for a compound)
        and (verb.dep_ == "ROOT" or bool(verb.is_sent_start))
        and not any(c.dep_ in SUBJECTS or c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _cue_word(token: Token) -> bool:
    """A word that can carry a report: a verb (not a bare "been" or "is"), an adjective of stance ("are
    optimistic that"; not one before its noun: "giving us a very *clear* idea that"), "according", a colon
    or dash."""
    from dateline.attribution.rules import REPORTING, STANCE

    lemma = token.lemma_.lower()
    if lemma == "do" and token.dep_ != "aux":
        return False  # "believe, as Newsom *does*, that ...": a stand-in for the writer's verb, no report
    return (
        token.pos_ == "VERB"
        or (token.pos_ == "ADJ" and token.dep_ != "amod")
        or lemma in REPORTING
        or lemma in STANCE
        or (lemma in ACTS and not (token.pos_ == "NOUN" and token.dep_ == "pobj"))  # ("called the court to *order*")
        or token.lower_ in ("according", "to", ":", "—", "–", "-")
    )


def _yes_no_question(token: Token) -> bool:
    """Whether the token's sentence is a yes/no question: it opens with an auxiliary ("Does", "Did",
    "Would") and ends with a question mark."""
    sent = token.sent
    words = [t for t in sent if not t.is_space and not t.is_punct]
    return bool(words) and words[0].pos_ == "AUX" and sent.text.rstrip(' "”’').endswith("?")


def _reports(token: Token) -> bool:
    from dateline.attribution.rules import REPORTING

    return token.lemma_.lower() in REPORTING or token.lemma_.lower() in ACTS or token.lower_ == "according"


def _nested(text: str, offset: int, s: Statement) -> bool:
    """Whether the statement and its cue lie inside a longer quoted stretch of the paragraph (``text``,
    starting at ``offset``): the words of the one quoted, reporting someone else, not a record."""
    if s.cue is None:
        return False
    a, b = s.start - offset, s.end - offset
    ca, cb = s.cue.start - offset, s.cue.end - offset
    if not (0 <= ca < cb <= len(text)):
        return False
    for q in find_quoted(text):
        inner_a, inner_b = q.inner
        if inner_a <= ca and cb <= inner_b and inner_a <= a and b <= max(inner_b, q.end) and (a, b) != (q.start, q.end):
            return True
    return False


def _headline(text: str, s: Statement, offset: int) -> bool:
    """A short paragraph with no closing punctuation that the statement ends: a headline, a teaser."""
    body = text.strip()
    return (
        bool(body)
        and body[-1] not in _CLOSING
        and _words(body) <= HEADLINE_WORDS
        and s.end - offset <= len(text)
        and text[s.end - offset :].strip() == ""
    )


def _apart(doc: Doc, offset: int, s: Statement, cue_tokens: list[Token]) -> bool:
    """A reported clause in another sentence than its cue: after a cue that ends its sentence
    ("..., the researchers found. While ..."), before a cue that opens what follows ("...
    McGovern explained:"), or in a sentence before the cue's ("... worth more than the first round. Most
    Americans have received their check, called ...")."""
    content = _tokens(doc, s.start - offset, s.end - offset)
    if not content:
        return False
    cue_sent = cue_tokens[0].sent.start
    colon = cue_tokens[-1].text == ":" or (cue_tokens[-1].i + 1 < len(doc) and doc[cue_tokens[-1].i + 1].text == ":")
    if colon and content[-1].i < cue_tokens[0].i:
        return True
    elsewhere = all(t.sent.start != cue_sent for t in content)
    if elsewhere and content[-1].i < cue_tokens[0].i and "." in doc[content[-1].i : cue_tokens[0].i].text:
        return True  # "..., potentially worth more than the first round. Most Americans ... their check, called"
    between = doc[cue_tokens[-1].i + 1 : content[0].i].text if content[0].i > cue_tokens[-1].i else ""
    return elsewhere and between.strip(' ,"“”').endswith(".")


def impersonal(doc: Doc, offset: int, s: Statement) -> bool:
    """Whether the cue is an impersonal passive with no agent: "it was widely reported that ...", "it
    is said that ...": no one is named as the speaker, whatever name stands nearby."""
    if s.cue is None:
        return False
    for t in doc:
        if not (s.cue.start <= t.idx + offset < s.cue.end) or t.pos_ not in ("VERB", "AUX"):
            continue
        children = list(t.children)
        passive = any(c.dep_ == "auxpass" for c in children)
        agent = any(c.dep_ == "agent" for c in children)
        expletive = any(c.dep_ in ("nsubjpass", "expl", "nsubj") and c.lower_ == "it" for c in children)
        if passive and expletive and not agent:
            return True
    return False


#: pronouns a content never opens with when it is what someone said
REFLEXIVES = frozenset(["himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"])
#: verbs whose passive subject is the one told ("He *was told* he had pneumonia")
TELLING = frozenset(["tell", "inform", "advise", "assure", "notify", "instruct", "warn", "reassure"])


def _told_in_the_passive(verb: Token) -> bool:
    """Whether the cue is a verb of telling in the passive with no "by": its subject is the one told and no
    one who told it is named ("He went to the hospital ... but *was told* he had pneumonia"); a "’s" may
    be "has" ("he’s told advisers he’s eager ..."), so only a written-out auxiliary counts."""
    return (
        verb.lemma_.lower() in TELLING
        and any(c.dep_ == "auxpass" and c.lower_ not in ("’s", "'s") for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def speaks_inside(s: Statement) -> bool:
    """Whether the speaker lies inside the reported clause, after its cue: "It would seem that companies
    ... are banking on the fact that the *World Health Organization* will recommend ...": a name inside
    what is reported is no one who reports it (a clause's own subject, at its start, is not after the cue's
    content start: "Cuomo stated that ..." quoted whole stays)."""
    return (
        s.kind == "indirect"
        and s.speaker is not None
        and s.cue is not None
        and s.cue.end <= s.start < s.speaker.start
        and s.speaker.end <= s.end
    )


def _split_phrase(doc: Doc, offset: int, s: Statement) -> bool:
    """Whether the speaker's words are a modifier of a noun inside the content (the tagger cut "state
    statute" into a source and a content, "the CDC's estimated death toll" into a source, a cue and a content)."""
    assert s.speaker is not None
    if s.speaker.end > s.start:
        return False
    gap = doc.text[s.speaker.end - offset : s.start - offset]
    if s.cue is not None and s.speaker.end <= s.cue.start and s.cue.end <= s.start:
        gap = gap.replace(doc.text[s.cue.start - offset : s.cue.end - offset], "", 1)
    if gap.strip():
        return False  # (only a phrase cut at a space, or at its cue: "According to LeVine, state officials" is two)
    said = [t for t in doc if s.speaker.start <= t.idx + offset < s.speaker.end]
    inside = {t.i for t in doc if s.start <= t.idx + offset < s.end} - {t.i for t in said}
    return any(t.dep_ in ("compound", "amod", "det", "poss", "nmod") and t.head.i in inside for t in said)


def _names_someone(doc: Doc, offset: int, speaker: Piece) -> bool:
    """Whether the speaker's words (when they lie in this paragraph) hold a noun, a name or a pronoun (not
    a possessive alone: "*Her* posts can’t apply to everyone" names the posts)."""
    tokens = [t for t in doc if speaker.start <= t.idx + offset < speaker.end]
    if not tokens:
        return True  # a speaker named in an earlier paragraph ("He said:" before the quote)
    if all(t.text[:1].isdigit() for t in tokens):
        # "..., 26 confirmed as coronavirus cases", "in her early 30s, often wanted ...": a number alone ("one
        # asked", "four said" of the restaurants polled, and "64%" of those asked, stand for someone)
        return False
    if len(tokens) > 1 and all(t.ent_type_ in ("DATE", "TIME") or t.is_punct for t in tokens):
        return False  # "Mid-August, she wrote ...", "March 14": a time the parse took for the one who wrote (one
        # word stays: "according to May" is Meghan May)
    last = tokens[-1]
    if (
        last.tag_ in ("DT", "PRP$", "WP$", "PDT")
        and last.head.i > last.i
        and last.dep_ in ("det", "poss", "predet")
        and not any(t.pos_ == "PROPN" for t in tokens)
    ):
        # "Some of *their* | thoughts: ...": a phrase cut before its noun names no one (a name before the cut
        # speaks: "Margo Vesely, executive of ..., *the* | country’s oldest ..." is tidied later)
        return False
    return any(
        (t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and t.tag_ != "PRP$")
        or t.lower_ in QUANTIFIERS
        or (t.is_title and t.pos_ != "DET" and t.tag_ != "PRP$")
        or (t.text[:1].isupper() and t.dep_ in SUBJECTS)  # "AlphaBioLabs", which the parse calls an adjective
        for t in tokens
    )


def shift(s: Statement, offset: int) -> Statement:
    def mv(p: Piece | None) -> Piece | None:
        return Piece(p.start + offset, p.end + offset) if p else None

    return replace(
        s, start=s.start + offset, end=s.end + offset, speaker=mv(s.speaker), cue=mv(s.cue), addressee=mv(s.addressee)
    )


def _runs_on(prev: Statement, s: Statement, paragraph_starts: list[int]) -> bool:
    """``s`` opens the paragraph after ``prev`` with a quotation mark, and ``prev`` is a quote
    left open at its paragraph's end: in news style, the same quote going on."""
    return (
        prev.open_end
        and prev.kind in ("direct", "mixed")
        and s.kind == "direct"
        and s.first_paragraph == prev.paragraph + 1
        and s.start == paragraph_starts[s.first_paragraph]
    )


def merge_run_ons(statements: list[Statement], paragraph_starts: list[int]) -> list[Statement]:
    """Join a quote that runs on over several paragraphs into one statement, from its first mark to
    the end of its last part. The speaker is the one its first part names, else the first later part
    that names one (""We ... / "... ," she said.")."""
    out: list[Statement] = []
    for s in statements:
        prev = out[-1] if out else None
        if prev is None or not _runs_on(prev, s, paragraph_starts):
            out.append(s)
            continue
        said = prev if (prev.speaker or prev.cue) else s
        out[-1] = replace(
            prev,
            end=s.end,
            speaker=said.speaker,
            cue=said.cue,
            addressee=said.addressee,
            paragraph=s.paragraph,
            open_end=s.open_end,
            bare=prev.bare and s.bare,
            first=prev.first_paragraph,
        )
    return out


def link_paragraphs(statements: list[Statement], paragraph_starts: list[int]) -> list[Statement]:
    """Join quotes that run on over paragraphs (:func:`merge_run_ons`), then give a bare quote
    paragraph the speaker of the statement just before it; a bare quote with no statement before it
    to continue (a transcript line, a slogan) is dropped."""
    out: list[Statement] = []
    for s in merge_run_ons(statements, paragraph_starts):
        prev = out[-1] if out else None
        follows = (
            prev is not None
            and s.first_paragraph == prev.paragraph + 1
            and s.start == paragraph_starts[s.first_paragraph]
            and s.kind == "direct"
        )
        if follows and prev is not None and s.speaker is None and s.bare:
            s = replace(s, speaker=prev.speaker, cue=None)
        elif s.bare and s.speaker is None and s.cue is None:
            continue
        out.append(s)
    return out
