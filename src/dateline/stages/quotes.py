"""The ``quotes`` stage: every statement, direct or reported, with its speaker, cue and addressee.

Reads the spaCy ``Doc`` of each paragraph (``nlp`` stage) and the entities (``entities`` stage).
The learned tagger (:mod:`dateline.attribution`) runs only over paragraphs that can hold a statement
(a quotation mark or a reporting verb); quotation marks and the parse complete what it finds
(:mod:`dateline.attribution.assemble`). Without the packaged model the parse rules work alone.
See docs/quotes.md.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from dateline.attribution.assemble import (
    Statement,
    after_a_time_stamp,
    impersonal,
    leftover_cue,
    link_paragraphs,
    paragraph_statements,
    quote_alone,
    shift,
    speaks_inside,
    top_tokens,
    trim,
    whole_phrase,
    whole_sentence,
    worth_a_record,
)
from dateline.attribution.marks import find_quoted, has_quote_mark
from dateline.attribution.rules import PRONOUNS, Piece, frame_at, reports_or_stance
from dateline.attribution.tagger import TagSpan, load_tagger
from dateline.coreference import UNNAMED_PERSON_NOUNS, unnamed_person_before
from dateline.document import Document, stage
from dateline.given_names import sex_of_forms
from dateline.model import Article, Cue, Entity, Mention, Quote, SpeakerRef
from dateline.nlp import analysed
from dateline.roles import AGENCIES, GENERIC_ROLES, ROLE_NOUNS, TITLE_ABBREVIATIONS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _trigger(token: Token) -> bool:
    """A reporting or stance verb, or the "according" of "according to"."""
    return token.lemma_.lower() in ("according", "accord") or reports_or_stance(token)


def _may_quote(text: str, doc: Doc) -> bool:
    return has_quote_mark(text) or any(_trigger(t) for t in doc)


def stretches(text: str, doc: Doc) -> list[tuple[int, int]]:
    """The parts of a paragraph the tagger reads: its sentences that hold a reporting or stance
    verb or touch a quoted stretch (a quote of several sentences stays whole), joined when adjacent.
    A paragraph of one or two sentences is read whole."""
    sents = list(doc.sents)
    if len(sents) <= 2:
        return [(0, len(text))]
    quoted = find_quoted(text)
    out: list[tuple[int, int]] = []
    for sent in sents:
        a, b = sent.start_char, sent.end_char
        if any(q.start < b and a < q.end for q in quoted) or any(_trigger(t) for t in sent):
            if out and text[out[-1][1] : a].strip() == "":
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
    return out


#: entity types that can make a statement
SPEAKING_TYPES = frozenset(["PERSON", "ORG", "GPE"])
#: words that stand for a speaker only through an antecedent: unresolved, they name no one
DEICTIC = frozenset(["it", "this", "that", "which", "who", "whom", "those", "these", "one", "some", "the"])


def _parsed(article: Article, docs: list[Doc] | None, piece: Piece) -> tuple[int, list[Token]]:
    """The parse's tokens over the speaker's words and the offset of their paragraph; no tokens when the
    words lie in no parsed paragraph."""
    if not docs or len(docs) != len(article.paragraphs):
        return 0, []
    starts = [p.start for p in article.paragraphs]
    i = bisect_right(starts, piece.start) - 1
    if i < 0:
        return 0, []
    offset = starts[i]
    return offset, [t for t in docs[i] if piece.start <= t.idx + offset < piece.end and not t.is_space]


def _heads(article: Article, docs: list[Doc] | None, piece: Piece) -> list[int] | None:
    """Offsets of the head words of the speaker's words in the parse (the words whose head lies outside
    them, and their appositions): None when the words lie in no parsed paragraph."""
    offset, tokens = _parsed(article, docs, piece)
    if not tokens:
        return None
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if (t.head.i not in inside or t.head.i == t.i) and any(c.isalnum() for c in t.text)]
    # two subjects the parse gave one verb, the second a name right after the object of a preposition, or after
    # a comma and a name that end the first subject's phrase: the first is the subject ("A recent study ...
    # published in the journal Thrombosis *Research* indicates", "A recent study done by researchers from ..., and
    # University of California, *Irvine* found": the journal's name and the campus's are no second subject; after
    # a noun the second names it: "one of Wall Street's best economists, *Jan Hatzius* of Goldman Sachs")
    roots = [
        t
        for t in roots
        if not (
            t.dep_ == "nsubj"
            and t.left_edge.i > 0
            and any(
                r.dep_ == "nsubj"
                and r.head.i == t.head.i
                and r.i < t.i
                and (
                    (t.doc[t.left_edge.i - 1].dep_ == "pobj" and t.doc[t.left_edge.i - 1].pos_ == "NOUN")
                    or (
                        t.doc[t.left_edge.i - 1].text == ","
                        and r.right_edge.i == t.left_edge.i - 2
                        and t.doc[t.left_edge.i - 2].pos_ == "PROPN"
                    )
                )
                for r in roots
            )
        )
    ]
    people = [(m.start, m.end) for e in article.entities if e.type == "PERSON" for m in e.mentions]
    roots += [
        c
        for r in roots
        for c in r.children
        if c.dep_ == "appos" and c.i in inside and (_set_off(r, c) or any(a <= offset + c.idx < b for a, b in people))
    ]
    return [offset + t.idx for t in roots]


#: what follows a name set off by a comma that describes its person: an apposition, a relative clause, a
#: party and state ("R-Ohio")
_POSSESSIVE_WORD = re.compile(r"['’]s\b")


def _title_words(before: str) -> bool:
    """Whether the words before a name are none or its title: capitalised ("Rep.", "Former Gov.") or ending on a
    lower-case word that describes the person ("family therapist"), with no word that ties the name to another
    head ("a lawyer for", "The organizers behind", "Trump's")."""
    if not before.strip():
        return True
    if _TIES.search(_IN_A_NAME.sub(r"\1", before)) or _POSSESSIVE_WORD.search(before):
        return False
    return _described_name(before) or all(w[:1].isupper() for w in before.split())


_DESCRIPTION_AFTER_A_NAME = re.compile(r",\s+(?:(?:a|an|the|who|whose)\s|[RDI]-[A-Z])")


def _apposition_ends_on(article: Article, docs: list[Doc] | None, piece: Piece, name_at: int) -> bool:
    """Whether the speaker's words are a common noun and its apposition, set off by a comma, in which a
    person's name (at ``name_at``, at the end of the words) is the head or coordinated with it."""
    offset, tokens = _parsed(article, docs, piece)
    name = next((t for t in tokens if t.idx + offset == name_at), None)
    if name is None:
        return False
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head  # "Ron" of "Ron Paul"
    appos = name
    while appos.dep_ == "conj":
        appos = appos.head  # "member of Congress and ... Ron Paul"
    head = appos.head
    return (
        appos.dep_ == "appos"
        and head.pos_ == "NOUN"
        and head.i < appos.i
        and head.idx + offset >= piece.start
        and appos.doc[appos.left_edge.i - 1].text == ","
    )


def _set_off(head: Token, appos: Token) -> bool:
    """Whether an apposition stands beside its head or after a comma, a bracket or a dash ("Jane Doe, a
    professor"). One that does not counts only where it names a person ("his friend and athletic director
    Kevin Sanders"): "thousands of drivers and shoppers for the grocery delivery service Instacart" gives
    the parse's apposition "Instacart" of "thousands", which names the service, not the drivers."""
    before = appos.left_edge.i - 1
    return before == head.i or (before >= 0 and appos.doc[before].is_punct)


#: nouns for what a body found or counted, which speak for it ("according to CDC *estimates*")
_FINDINGS = frozenset(
    ["estimate", "figure", "data", "number", "count", "trial", "finding", "statistic", "projection", "record"]
)


def _last_noun(article: Article, docs: list[Doc] | None, piece: Piece) -> int | None:
    """The offset of the speaker's last word when the words are one noun phrase (no apposition, no
    preposition) that ends on a lower-case common noun ("the Grammy and Academy Award winning rapper", "the
    sheriff’s department"), not one for what a body found (:data:`_FINDINGS`) or a document
    (:data:`DOCUMENTS`)."""
    offset, tokens = _parsed(article, docs, piece)
    if any((t.is_punct and t.text not in "'’") or (t.pos_ == "ADP" and not _inside_a_name(t)) for t in tokens):
        return None  # an apposition or a phrase after the name: "Jane Doe, a professor", "Doe in a statement"
    words = [t for t in tokens if not t.is_punct]
    if not words or words[-1].pos_ != "NOUN" or not words[-1].is_lower or words[-1].lemma_ in _FINDINGS | DOCUMENTS:
        return None  # ("CDC estimates", "Longo's upcoming trials": the body's own findings, its words)
    return offset + words[-1].idx


def _inside_a_name(token: Token) -> bool:
    """Whether "of" or "for" stands between two capitalised words, in a name ("the National Institute *of* Allergy
    and Infectious Diseases director"; not "President Trump *at* Fox News town hall")."""
    doc = token.doc
    return (
        token.lower_ in ("of", "for")
        and 0 < token.i < len(doc) - 1
        and doc[token.i - 1].is_title
        and doc[token.i + 1].is_title
    )


def _conjuncts(article: Article, docs: list[Doc] | None, piece: Piece) -> list[int]:
    """Offsets of the nouns coordinated with a head of the speaker's words ("Jane Doe and John Roe",
    "the mayor and her deputy"): the words name several speakers."""
    offset, tokens = _parsed(article, docs, piece)
    inside = {t.i for t in tokens}
    return [
        offset + c.idx
        for r in top_tokens(tokens)
        for c in r.conjuncts
        if c.i in inside and c.pos_ in ("NOUN", "PROPN", "PRON") and c.dep_ == "conj"
    ]


def _word_at(text: str, at: int) -> str:
    """The lower-cased word starting at ``at``."""
    match = re.match(r"[\w-]+", text[at:])
    return match.group(0).lower() if match else ""


def _role_word_at(text: str, at: int) -> str:
    """The lower-cased word starting at ``at`` as a role noun: a hyphen the parse made a word of its own is the
    next word's, and "co-founder" is a founder ("Spin’s co-founder and president Euwyn Poon", where the parse made
    "co", "-" and "founder" three heads)."""
    word = _word_at(text, at).lstrip("-")
    return word[3:] if word.startswith("co-") else word


#: words that tie a name to the words before it as someone else than their head ("a lawyer *for* Jane Doe",
#: "fans *of* quarterback Tom Brady", "the mayor *and* Jane Doe")
_TIES = re.compile(r"\b(?:of|for|by|to|with|from|at|in|on|and|or|who|whose|whom|than|like|about|against)\b", re.I)


def _described_name(before: str) -> bool:
    """Whether the words before a name at the end of a speaker's words describe that name's person: they
    end on a lower-case word ("infielder", "spokesman") and hold no word that ties the name to another
    head (:data:`_TIES`)."""
    words = before.split()
    return (
        bool(words)
        and re.fullmatch(r"[a-z][a-z-]+", words[-1]) is not None
        and not _TIES.search(_IN_A_NAME.sub(r"\1", before))
    )


#: a preposition between capitalised words is part of a name ("United Teachers *of* Los Angeles president A.J.
#: Duffy", "Bank *of* America CEO ..."), not a tie to another head
_IN_A_NAME = re.compile(r"(?<=\b[A-Z])([\w.’'-]*) (?:of|for|on|at|in)(?= [A-Z])")


#: what may stand between a title's word and the name it describes: nothing, or the office's capitalised
#: words after "of" ("Supt. *of Education* Carmen Ayala")
_OFFICE_AFTER_TITLE = re.compile(r"\.?(?:\s+of(?:\s+[A-Z][\w-]*)+)?\s+")
#: a title's abbreviation ("Supt.", "Sgt.", "Lt.")
_TITLE_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,4}\.")


def _described_by_its_heads(text: str, heads: list[int], names: list[tuple[int, int, int, Entity]]) -> bool:
    """Whether the parse's heads of a speaker's words are lower-case words or a title's abbreviation (titles
    the lists do not know: "wedding planner", "Supt.") and the last of them stands right before the person
    named at the end of the words, an abbreviation also before the office of its title ("Supt. of
    Education"): not "a lawyer *for* Jane Doe", "the government *of* Prime Minister Boris Johnson", "many
    supporters *of* President Donald Trump", whose "for" or "of" ties the name to them as someone else.
    ``names``: the people's mentions that end the words."""
    if len(names) != 1:
        return False
    for at in heads:
        if not (text[at : at + 1].islower() or _TITLE_ABBREVIATION.match(text, at)):
            return False
    last = max(heads)
    if last > names[0][0]:
        return False
    between = text[last + len(_word_at(text, last)) : names[0][0]]
    if text[last : last + 1].islower():
        return not between.strip()  # "the government *of* Prime Minister Boris Johnson" is the government
    return _OFFICE_AFTER_TITLE.fullmatch(between) is not None


_CAPITALISED = r"(?:(?:Drs?|Mrs?|Ms|Prof|Sens?|Reps?)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
#: three or more capitalised names in a list, the last after "and": "Drs. Marik, Varon, and Kory"
_LIST_OF_NAMES = re.compile(_CAPITALISED + r"(?:,\s*" + _CAPITALISED + r")+,?\s+(?:and|&)\s+" + _CAPITALISED)


def _a_list_of_names(said: str) -> bool:
    """Whether the speaker's words list three or more names, none of them a title ("Jane Doe, CEO and
    President" is one person)."""
    if not _LIST_OF_NAMES.fullmatch(said.strip(" ,")):
        return False
    items = re.split(r",\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+", said.strip(" ,"))
    return not any(item.split()[-1].lower().rstrip(".") in ROLE_NOUNS for item in items if item.split())


def _entity_at(article: Article, piece: Piece, docs: list[Doc] | None = None) -> str | None:
    """The entity that speaks in the speaker's words: a person, an organisation or a place named there,
    a person first. With the parse, only a mention that holds the head of the words speaks: "a senior
    Biden campaign aide", "one White House official", "the president's team", "the lawyer for John
    Doe" name no entity that speaks (an aide, an official, a team), and "Washington, D.C., Mayor Jane
    Doe" is Jane Doe. Without it, in "Name, a professor at X," or "Name of X" the name before the
    apposition is the head ("Nevan Krogan, a biologist at the University of California, San
    Francisco," is Krogan, not San Francisco); else the mention nearest the end of the words (the head
    of "US envoy John Doe")."""
    said = article.text[piece.start : piece.end]
    if _a_list_of_names(said):
        return None  # "Drs. Marik, Varon, and Kory all agree": three of them, no one individual
    head_end = piece.end
    comma = said.find(",")
    if 0 < comma < len(said.rstrip(", ")):
        head_end = piece.start + comma  # the words before an apposition
    found: list[tuple[int, int, int, Entity]] = []  # (start, end, order, entity)
    for order, entity in enumerate(article.entities):
        if entity.type not in SPEAKING_TYPES:
            continue
        for m in entity.mentions:
            if m.start < piece.end and piece.start < m.end:
                if m.text.lower() in PRONOUNS and m.start != piece.start:
                    continue  # "another email that was viewed by The Verge after *it*": a pronoun inside the
                    # words is no name of who speaks (the tagger cut the words at it)
                found.append((m.start, m.end, order, entity))
    if not found:
        return None
    at_end = [f for f in found if f[3].type == "PERSON" and f[1] == piece.end]  # the people named last
    apposed = [f for f in at_end if article.text[: f[0]].endswith(", ")]
    opens_on_person = any(f[3].type == "PERSON" and f[0] == piece.start for f in found)
    if len(apposed) == 1 and not opens_on_person and not re.search(r"\b(?:and|who|whose|whom)\b", said):
        # (not "Shanna Sell, whose 9-year-old daughter, Avery Sell": the name that opens the words speaks)
        # "former EPA administrator during the Obama administration, Gina McCarthy": the name set after
        # the words that describe its person is who speaks
        return apposed[0][3].id
    opener = [
        f for f in found if f[3].type == "PERSON" and f[1] == head_end and _title_words(said[: f[0] - piece.start])
    ]
    if len(opener) == 1 and _DESCRIPTION_AFTER_A_NAME.match(article.text, head_end):
        # "Pinto, a University of Chicago Medicine otolaryngologist who’s had similar tests done on himself", "Rep.
        # Jim Jordan, R-Ohio, who helped lead the drive ...": a name set off before its description is who speaks,
        # whatever the parse made of the clause after it (it made the name the subject of "had", of "lead")
        return opener[0][3].id
    titled = [
        f for f in found if f[3].type == "PERSON" and f[1] == head_end and _described_name(said[: f[0] - piece.start])
    ]
    if len(titled) == 1 and not opens_on_person:
        # "Texas Rangers infielder Todd Frazier", "Philadelphia Phillies shortstop Didi Gregorius, who ...":
        # a name after a lower-case word that describes its person is who speaks, whatever the parse made
        # of the words before it (it read "infielder" as a verb and "Texas Rangers" as the head)
        return titled[0][3].id
    heads = _heads(article, docs, piece)
    if heads is not None:
        named = [f for f in found if any(f[0] <= h < f[1] for h in heads)]
        if not named and heads and _described_by_its_heads(article.text, heads, at_end):
            # "owner and wedding planner Michele Velazquez", "State Supt. of Education Carmen Ayala": the parse's
            # heads are words that describe the person named right after them
            named = at_end
        if not named and len(at_end) == 1 and _apposition_ends_on(article, docs, piece, at_end[0][0]):
            # "Paul's father, the former member of Congress and presidential candidate Ron Paul": the person
            # named at the end of an apposition set off by its comma is the head's person
            named = at_end
        if not named and heads and all(_role_word_at(article.text, h) in ROLE_NOUNS for h in heads):
            # "Target chairman and CEO Brian Cornell": the parse's head is the title; the person named
            # at the end of the words is who it is
            named = at_end or [
                f
                for f in found
                if f[3].type == "PERSON"
                and f[0] == piece.start
                and _word_at(article.text, f[1] + 1) in ROLE_NOUNS
                and article.text[f[1] : f[1] + 1] == " "
            ]  # "Calvin Carter CEO and founder of ...": a name before its title, the comma left out
        last = _last_noun(article, docs, piece)
        if last is not None:
            # "the Grammy and Academy Award winning rapper": the phrase ends on its head, a common noun,
            # whatever the parse hung it on; a name before it modifies it
            named = [f for f in named if f[0] <= last < f[1]]
        found = named
        if not found:
            return None
    in_head = [f for f in found if f[0] < head_end] or found
    persons = [f for f in in_head if f[3].type == "PERSON"] or in_head
    best = min(persons, key=lambda f: (abs(head_end - f[1]), f[2]))
    # "Jane Doe and John Roe said", "Doe and her lawyer said": one statement of several speakers is no
    # one individual's, so no entity speaks for it (the words, all of them, stay the speaker's text)
    own = [(m.start, m.end) for m in best[3].mentions if m.start < piece.end and piece.start < m.end]
    if any(
        not any(a <= c < b for a, b in own) and _word_at(article.text, c) not in ROLE_NOUNS and c < head_end
        for c in _conjuncts(article, docs, piece)
    ):
        return None  # (a title coordinated with a title, "chairman and CEO", is one person's, and so is
        # what is coordinated inside an apposition: "Jane Doe, a psychologist and Slate contributor,")
    if _another_person_joined(article, piece, best[3], own):
        return None
    return best[3].id


#: "and" before a title and a name: "... and Prof Francesco Stellacci", "... and Dr. Jane Roe"
_TITLED_NAME_AFTER_AND = re.compile(
    r"\band\s+(?:Prof|Professor|Dr|Doctor|Mr|Mrs|Ms|Sen|Senator|Rep|Gov|Governor|Mayor|President)\.?\s+[A-Z][\w'’-]+\s+[A-Z]"
)


def _another_person_joined(article: Article, piece: Piece, speaker: Entity, own: list[tuple[int, int]]) -> bool:
    """Whether the speaker's words join another person to the speaker with "and" where the parse hung the
    "and" lower ("Professor Caroline Tapparel from the University of Geneva and Prof Francesco Stellacci
    from EPFL said": both of them, no one individual); not across a comma (an apposition's own words). The
    other may be a person by the article's entities or by a title before a name ("and Prof Francesco
    Stellacci", which spaCy glued to the university)."""
    for _, b in own:
        after = article.text[b : piece.end]
        titled = _TITLED_NAME_AFTER_AND.search(after)
        if titled is not None and "," not in after[: titled.start()]:
            return True
    for entity in article.entities:
        if entity.type != "PERSON" or entity.id == speaker.id:
            continue
        for m in entity.mentions:
            if not (piece.start <= m.start and m.end <= piece.end) or m.text.lower() in PRONOUNS:
                continue
            for a, b in own:
                between = article.text[b : m.start] if b <= m.start else article.text[m.end : a]
                if "," not in between and any(not _titles_joined(j) for j in _AND_WITH_ITS_WORDS.finditer(between)):
                    return True
    return False


#: an "and" with the words on either side of it
_AND_WITH_ITS_WORDS = re.compile(r"(\S*)\s*\band\b\s*(\S*)")
_DETERMINERS = frozenset(["her", "his", "their", "its", "a", "an", "the", "my", "our", "your"])


def _an_unnamed_one(speaker: str, gender: str) -> bool:
    """Whether a speaker's words are one person the article names by a role alone ("the executive", "The
    official", "a spokeswoman", "the task force member"), of no other sex than a "he" or "she" (``gender``) would need."""
    words = speaker.lower().split()
    if (
        len(words) < 2
        or words[0] not in ("the", "a", "an")
        or not (words[-1] in ROLE_NOUNS or words[-1] in GENERIC_ROLES or words[-1] in UNNAMED_PERSON_NOUNS)
    ):
        return False
    sex = "f" if re.search(r"wom[ae]n$|ess$", words[-1]) else "m" if re.search(r"(?<!wo)m[ae]n$", words[-1]) else ""
    return sex in ("", gender)


def _title_ends_on(title: str, role: str) -> bool:
    """Whether a person's title ends on a role's words as what the person is ("deputy foreign minister" for "the
    foreign minister"), not as the body the person works for ("spokesperson for the bureau" is no "the bureau")."""
    if not role or not title.endswith(role) or (len(title) > len(role) and title[-len(role) - 1].isalnum()):
        return False
    before = title[: -len(role)].split()
    if before and before[-1] in ("the", "a", "an", "its", "their"):
        before = before[:-1]
    return not before or before[-1] not in ("for", "of", "at", "with", "to", "from", "in", "on", "by")


def _titles_joined(match: re.Match[str]) -> bool:
    """Whether an "and" joins two lower-case nouns, one person's titles ("senior counsel and lawyer for the
    church Stephen Crampton"), not a second person ("and her lawyer", "and Prof Francesco Stellacci")."""
    before, after = match.group(1), match.group(2)
    return before.isalpha() and before.islower() and after.isalpha() and after.islower() and after not in _DETERMINERS


#: role nouns for an organisation: "the agency said" is the organisation the article last named
ORG_ROLES = frozenset(
    ["agency", "company", "firm", "newspaper", "paper", "network", "department", "ministry", "organization",
     "organisation", "group", "campaign", "university", "court", "government", "administration", "office",
     "committee", "commission", "bank", "council", "institute", "center", "centre", "service", "union"]
)  # fmt: skip
#: person titles written short ("Gov. Ron DeSantis" is "the governor"), and a few written in full
TITLE_FORMS = {
    **TITLE_ABBREVIATIONS,
    "mayor": "mayor", "president": "president", "minister": "minister", "secretary": "secretary",
}  # fmt: skip
FEMININE = frozenset(["she", "her", "hers", "herself"])
MASCULINE = frozenset(["he", "him", "his", "himself"])


def _gender(entity: Entity, text: str, skip: Piece | None = None) -> str | None:
    """'f' or 'm' from the article's own evidence: the pronouns linked to the entity (but the one at
    ``skip``, being resolved), its titles; where they tell nothing, from its given name ("Kate
    Wallich")."""
    words = [m.text.lower() for m in entity.mentions if skip is None or not (m.start < skip.end and skip.start < m.end)]
    titles = " ".join(entity.titles).lower()
    f = sum(w in FEMININE for w in words) + len(re.findall(r"\b(?:mrs|ms|miss|woman|spokeswoman|chairwoman)\b", titles))
    m = sum(w in MASCULINE for w in words) + len(re.findall(r"\b(?:mr|man|spokesman|chairman)\b", titles))
    if f > m:
        return "f"
    if m > f:
        return "m"
    if f == m == 0 and entity.type == "PERSON":
        return sex_of_forms([entity.name, *entity.aliases]) or None
    return None


def _before(
    article: Article,
    at: int,
    keep: Callable[[Entity], bool],
    within: int | None = None,
    passed: Callable[[Mention], bool] | None = None,
) -> str | None:
    """The entity of the last mention ending before ``at`` (and, with ``within``, at most that many
    characters before it; with ``passed``, not a mention it says to pass over) that ``keep`` accepts."""
    best: tuple[int, str] | None = None
    floor = -1 if within is None else at - within
    for entity in article.entities:
        if not keep(entity):
            continue
        for m in entity.mentions:
            if floor <= m.end <= at and (best is None or m.end > best[0]) and m.text.lower() not in PRONOUNS:
                if passed is not None and passed(m):
                    continue
                best = (m.end, entity.id)
    return best[1] if best else None


#: words that end no person's name: what spaCy sm glues to a name or calls a person ("Tony Award",
#: "Trump's Coronavirus", "The Ralph Retort", a headline's "George Soros Describes")
NOT_NAME_WORDS = frozenset(
    ["award", "awards", "prize", "prizes", "act", "bill", "day", "festival", "coronavirus", "virus", "covid-19",
     "covid", "pandemic", "retort", "report", "times", "post", "news", "theater", "theatre", "museum", "center",
     "centre", "university", "college", "school", "hospital", "church", "company", "park", "street", "avenue",
     "road", "hall", "house", "show", "series", "cup", "league", "games", "fund", "foundation", "institute",
     "project", "program", "programme", "plan", "law", "deal", "says", "describes", "warns", "claims",
     "reveals", "admits", "slams", "calls", "explains", "announces", "blasts", "responds"]
)  # fmt: skip


def looks_like_a_name(name: str) -> bool:
    """Whether a PERSON entity's name can be a person's: not "The ...", no possessive inside ("Trump's
    Coronavirus"), no word that ends no name ("Tony Award", "George Soros Describes")."""
    words = name.split()
    if not words or words[0].lower() == "the" or re.search(r"['’]s\s+\S", name):
        return False
    return not any(w.lower().strip(".,") in NOT_NAME_WORDS for w in words[1:])


def _resolve(
    article: Article,
    piece: Piece,
    previous: list[Quote],
    docs: list[Doc] | None = None,
    told: str | None = None,
    said_at: tuple[int, int] | None = None,
) -> str | None:
    """The entity that speaks in ``piece``; ``told`` is the entity the statement addresses, which a "he"
    or "she" never is ("when she told the justice, “...”": not the justice); ``said_at`` is where a direct
    quote's words lie (a body they name other than as a subject is not the "company" that speaks them)."""

    def named_by_the_speaker(m: Mention) -> bool:
        if said_at is None or not said_at[0] <= m.start < said_at[1]:
            return False
        head = _head_token(article, docs, Piece(m.start, m.end))
        if head is not None and head.dep_ in ("compound", "poss") and head.head.i > head.i:
            head = head.head  # a name that opens its quote's subject ("*Acme* engineers have built ...") is one
        return head is None or head.dep_ not in ("nsubj", "nsubjpass")  # ("“MGM Resorts is updating ...”")

    said = article.text[piece.start : piece.end].lower()
    found = _entity_at(article, piece, docs)
    by_id = {e.id: e for e in article.entities}
    if said in ("he", "she"):
        # a person of that gender: the entities stage's link when it is one, else the last one named
        gender = "f" if said == "she" else "m"

        def fits(entity: Entity) -> bool:
            return (
                entity.type == "PERSON"
                and entity.id != told
                and looks_like_a_name(entity.name)
                and _gender(entity, article.text, piece) in (None, gender)
            )

        if found is not None and fits(by_id[found]):
            return found
        pronoun = _head_token(article, docs, piece)
        if pronoun is not None and unnamed_person_before(pronoun, 0) >= 0:
            return None  # "One of the officers read a notice ... He then said": someone the text does not name
        for q in reversed(previous):
            if q.speaker is not None and q.speaker.entity in by_id and fits(by_id[q.speaker.entity]):
                return q.speaker.entity
            if q.speaker is not None and q.speaker.entity is None and _an_unnamed_one(q.speaker.text, gender):
                return None  # "The executive warned ... ¶ “People are dying,” he wrote": the last to speak is
                # someone the article keeps unnamed, not the last person named before
        return _before(article, piece.start, fits)
    if found is not None:
        return found
    named = _named_by_a_copula(article, docs, piece)
    if named is not None:
        return named
    # a pronoun the entities stage left unlinked: the last person quoted before it ("they" stands for a
    # group, never for one person, and "I" and "we" outside quotes for the writer: they stay unresolved)
    if said == "it":
        # "..., it declares": the organisation (a body, a document's author) that spoke last, just before;
        # never a person
        for q in reversed(previous):
            if q.speaker is not None and q.speaker.entity in by_id:
                near = q.end >= piece.start - IT_REACH
                return q.speaker.entity if near and by_id[q.speaker.entity].type == "ORG" else None
            if q.speaker is not None and q.speaker.end <= piece.start:
                return None  # "The statement further noted ... It concluded:": the statement, no entity
        return None
    if said in PRONOUNS and said not in ("it", "they", "i", "we"):
        for q in reversed(previous):
            if q.speaker is not None and q.speaker.entity is not None:
                return q.speaker.entity
        return None
    # one word the entities stage did not link ("SMITH:" heading a transcript line, initials "JD:"): the
    # one person whose surname or initials it is
    words = said.replace(".", " ").split()
    if len(words) == 1 and words[0].isalpha():
        people = {
            e.id
            for e in article.entities
            for n in (e.name, *e.aliases)
            if e.type == "PERSON"
            and " " in n
            and (n.split()[-1].lower() == words[0] or (len(words[0]) <= 3 and _initials(n).lower() == words[0]))
        }
        if len(people) == 1:
            return people.pop()
        # a given name alone ("stated Igor", where the article names Igor and Olga Kovalchuk): the one
        # person named in full with it, when it is no one's surname
        given = {
            e.id
            for e in article.entities
            for n in (e.name, *e.aliases)
            if e.type == "PERSON" and len(n.split()) >= 2 and n.split()[0].lower() == words[0]
        }
        if len(given) == 1 and not people:
            return given.pop()
    author = _author(article, piece, docs)
    if author is not None:
        return author
    if said.startswith("the "):
        role = said[4:]
        head = role.split()[-1] if role.split() else ""
        if role.startswith("office of "):
            # "the office of John F. Bash, the United States Attorney ...": the person whose office it is
            at = piece.start + len("the office of ")
            owner = next(
                (e.id for e in article.entities if e.type == "PERSON" for m in e.mentions if m.start == at), None
            )
            if owner is not None:
                return owner
        # "the deputy foreign minister", "the governor": a person whose title ends with those words
        for entity in article.entities:
            if entity.type != "PERSON":
                continue
            titles = [
                " ".join(TITLE_FORMS.get(w.strip(".").lower(), w.lower()) for w in t.split()) for t in entity.titles
            ]
            if any(_title_ends_on(t, role) or _title_ends_on(t, head) for t in titles):
                named_at = max(
                    (m.end for m in entity.mentions if m.end <= piece.start and m.text[:1].isupper()), default=0
                )
                if re.search(
                    rf"\b(?:a|an|another)\s+(?:[a-z-]+\s+){{0,2}}{re.escape(head)}\b",
                    article.text[named_at : piece.start],
                ):
                    continue  # "chief executive Mike Bowen ... an executive at an Australian trading company ...
                    # the executive replied": the one brought in unnamed since
                return entity.id
        # "the governor": the last person named with that title before it ("Gov. Ron DeSantis")
        forms = [k for k, v in TITLE_FORMS.items() if v == head]
        if forms or head in TITLE_FORMS.values():
            titled = re.compile(rf"\b(?:{'|'.join([re.escape(head), *forms])})\.?\s+$", re.I)
            found = _before(
                article,
                piece.start,
                lambda e: (
                    e.type == "PERSON"
                    and any(titled.search(article.text[max(0, m.start - 24) : m.start]) for m in e.mentions)
                ),
            )
            if found is not None:
                return found
        # "the agency", "the company": an organisation whose name holds the noun ("the agency": the
        # "Environmental Protection Agency"), the last named before it; else, for a noun that says what
        # kind of body it is, the last organisation of that kind named in the lines just before ("the
        # agency" after "the Food and Drug Administration (FDA)", "the newspaper" after "the Daily
        # Bugle", "the company" after "payments firm Acme"); never merely the last organisation
        if head in ORG_ROLES or head in ORG_KINDS:
            phrase = article.text[piece.start : piece.end]
            qualifiers = _proper_before_head(phrase) or _owners_before_head(phrase)
            if qualifiers:
                # "the Trump administration", "the Baza Telegram channel": the body its capitalised words
                # name, never another one of its kind; "the sheriff’s department": a body whose name holds
                # the owner too, never the last department named (the U.S. Bureau of Prisons)
                return _before(article, piece.start, lambda e: e.type == "ORG" and {head, *qualifiers} <= _org_words(e))
            # "the central bank": its describing words are words of the body's name too ("European Central
            # Bank"), never merely its noun ("Food Bank for the Heartland"); "the Chinese customs agency": the
            # body its describing words name ("General Administration of Customs"), in the lines just before
            described = set(_described_before_head(phrase))
            named = _before(article, piece.start, lambda e: e.type == "ORG" and {head, *described} <= _org_words(e))
            if named is None and described:
                named = _before(
                    article,
                    piece.start,
                    lambda e: e.type == "ORG" and described <= _org_words(e),
                    within=ORG_ROLE_REACH,
                )
            kind = ORG_KINDS.get(head)
            if named is not None or kind is None or head == "administration" or (described and kind == "public"):
                # ("the administration" is a government's, "the local police department" a body of its own
                # kind: never merely the last public body named; "the social media company" is a company)
                return named

            def of_kind(e: Entity) -> bool:
                return (
                    e.type == "ORG"
                    and _org_kind(e) == kind
                    and not _CODE_NAME.search(e.name)
                    and not _only_a_medium(e, article.text)
                )

            # the last one named, in the lines just before; but where that name lies inside the words of a
            # body of the kind that spoke ("Ford says the new design could leverage ... HEPA air filters ...
            # The automaker says"), the body that spoke
            # ('“... we licensed assets from Getty Images ...,” the company says': a body the speaker's own
            # words name is someone else)
            body = _before(article, piece.start, of_kind, within=ORG_ROLE_REACH, passed=named_by_the_speaker)
            if body is not None:
                last = max(m.start for m in by_id[body].mentions if m.end <= piece.start)
                body = next(
                    (
                        q.speaker.entity
                        for q in previous
                        if q.start <= last < q.end
                        and q.speaker is not None
                        and q.speaker.entity in by_id
                        and of_kind(by_id[q.speaker.entity])
                    ),
                    body,
                )
            if body is not None and _named_speaker_since(article, by_id[body], piece, previous, docs):
                return None  # "Walmart said ... The retailer said ...", Walmart no entity: not Boeing, before it
            return body
    return None


def _named_speaker_since(
    article: Article, entity: Entity, piece: Piece, previous: list[Quote], docs: list[Doc] | None
) -> bool:
    """Whether a speaker named by a proper noun no entity holds (one the tagger found and spaCy did not:
    "production.Walmart said ...") spoke between the entity's last mention before ``piece`` and ``piece``:
    a role noun after it may stand for that name rather than for the entity ("All of the scooter companies
    said" names no one)."""
    last = max((m.end for m in entity.mentions if m.end <= piece.start), default=-1)
    for q in previous:
        if q.speaker is None or q.speaker.entity is not None or not last < q.speaker.start < piece.start:
            continue
        _, tokens = _parsed(article, docs, Piece(q.speaker.start, q.speaker.end))
        if tokens and tokens[0].pos_ == "PROPN":
            return True
    return False


#: how far back (characters) "it said" looks for the organisation that spoke last
IT_REACH = 1200
#: determiners that point back to a document named before ("the letter", "this study")
DEFINITE = frozenset(["the", "this", "that", "these", "those"])
#: nouns for a text someone wrote: "the letter states", "the study found" speak for their author
DOCUMENTS = frozenset(
    ["letter", "study", "report", "petition", "appeal", "article", "paper", "statement", "survey", "analysis",
     "memo", "filing", "complaint", "lawsuit", "review", "post", "tweet", "email", "op-ed", "editorial",
     "column", "blog", "video", "book", "release", "affidavit", "motion", "brief", "order", "ruling",
     "statistics", "statistic", "data", "datum", "poll", "figures", "research", "findings", "finding"]
)  # fmt: skip
#: verbs whose subject wrote the document that is their object ("Doe *published* a study ...")
AUTHORING = frozenset(
    ["write", "send", "publish", "release", "issue", "sign", "file", "post", "tweet", "pen", "author", "conduct",
     "lead", "submit", "produce", "circulate", "launch", "start", "draft"]
)  # fmt: skip
#: verbs of whoever got or read a document, not its author ("an email *viewed by* The Verge", "letters
#: *obtained by* the Chicago Sun-Times")
_SEEING = frozenset(["view", "see", "review", "obtain", "read", "receive", "get", "examine", "access", "acquire"])
#: documents one writes to someone, and the verbs of writing them ("Doe wrote to ...": the letter is Doe's)
WRITINGS = frozenset(["letter", "email", "memo", "note", "message"])
WRITE_VERBS = frozenset(["write", "email", "text", "message"])
#: how far back (characters) a document noun looks for the same document, named with its author
DOCUMENT_REACH = 2000
#: how far back (characters) it looks for another document noun named with its author
SYNONYM_REACH = 1200


def _named_by_a_copula(article: Article, docs: list[Doc] | None, piece: Piece) -> str | None:
    """The person the speaker's words are said to be: "Ander Tegnell is an epidemiologist ... and is *the
    architect behind their strategy* who suggests ..." (the words the predicate of "is", its subject a
    person named there)."""
    offset, tokens = _parsed(article, docs, piece)
    root = _single_root(tokens)
    if root is None or root.dep_ != "attr" or root.pos_ != "NOUN" or root.head.lemma_ != "be":
        return None
    verb = root.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj" and verb.head.lemma_ == "be":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].pos_ != "PROPN":
        return None
    at = offset + subjects[0].idx
    for entity in article.entities:
        if entity.type == "PERSON" and any(m.start <= at < m.end for m in entity.mentions):
            return entity.id
    return None


def _head_token(article: Article, docs: list[Doc] | None, piece: Piece) -> Token | None:
    """The head word of the speaker's words in the parse."""
    return _single_root(_parsed(article, docs, piece)[1])


def _single_root(tokens: list[Token]) -> Token | None:
    """The one token of ``tokens`` whose head lies outside them (or heads the sentence); None if not one."""
    roots = top_tokens(tokens)
    return roots[0] if len(roots) == 1 else None


def _author_of(
    token: Token, offset: int, entity_at: Callable[[int], Entity | None], named: bool = False
) -> Entity | None:
    """Who wrote the document a noun names, by the parse: its possessor or name ("Petrovsky's study",
    "the CitizenGO petition"), the agent after it ("a report released by the Center", "a letter from
    Doe"; not one who only saw it: "an email viewed by The Verge"), or the subject of the verb that wrote
    it or said something in it ("Doe published a study", "Doe, in a letter to the governor, cast ...")."""
    for child in token.children:
        if child.dep_ in ("poss", "compound", "nmod") and child.pos_ == "PROPN":
            found = entity_at(offset + child.idx)
            if found is not None:
                return found
    # "a report released by the Center", "data kept by Johns Hopkins University", not "an internal email
    # viewed by The Verge" (who read it)
    heads = [token, *(c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() not in _SEEING)]
    for head in heads:
        for prep in head.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in ("by", "from"):
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        found = entity_at(offset + obj.idx)
                        if found is not None:
                            return found
    verb = None
    if named:  # only a document named with its author ("the CitizenGO petition", "a report by X")
        return None
    if token.dep_ == "dobj" and token.head.lemma_.lower() in AUTHORING:
        verb = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.pos_ in ("VERB", "AUX"):
        verb = token.head.head
    if verb is not None:
        for child in verb.children:
            if child.dep_ == "nsubj":
                return entity_at(offset + child.idx)
    return None


def _author(article: Article, piece: Piece, docs: list[Doc] | None) -> str | None:
    """The author a document that speaks stands for ("the letter states" after "Doe, in a letter to
    the governor,"; "a report released Thursday by the Center"): the same noun named with its author in
    the speaker's own phrase or in the lines before. The author must be a person or an organisation."""
    head = _head_token(article, docs, piece)
    if head is None or docs is None:
        return None
    noun = head.lemma_.lower()
    if noun not in DOCUMENTS and noun not in _FINDINGS:
        return None  # ("figures released Friday by the National Bureau of Statistics": a body's count is its)

    def entity_at(at: int) -> Entity | None:
        for entity in article.entities:
            if entity.type in ("PERSON", "ORG") and any(m.start <= at < m.end for m in entity.mentions):
                if entity.type == "PERSON" and not looks_like_a_name(entity.name):
                    return None
                return entity
        return None

    starts = [p.start for p in article.paragraphs]
    last = bisect_right(starts, piece.start) - 1

    # the same noun first; else ("the appeal" after "The CitizenGO petition") the last other document
    # named with its author's name ("X's", "the X petition", "by X", "from X") in the lines just before
    def back_from(end: int, reach: int) -> Iterator[tuple[Token, int]]:
        """The tokens from ``end`` back to ``reach`` characters before the piece, nearest first, each
        with the offset of its paragraph."""
        for i in range(last, -1, -1):
            if starts[i] < piece.start - reach:
                break
            for token in reversed(docs[i]):
                if piece.start - reach <= starts[i] + token.idx <= end:
                    yield token, starts[i]

    if not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in head.children):
        # "recent surveys show", "a study found": a document the sentence brings in, not one named before;
        # only its own phrase tells its author ("a study by the Center")
        own = _author_of(head, starts[last], entity_at)
        return own.id if own is not None else None
    for nouns, reach in (({noun}, DOCUMENT_REACH), (DOCUMENTS - {noun}, SYNONYM_REACH)):
        for token, offset in back_from(piece.end, reach):
            if token.lemma_.lower() not in nouns or token.pos_ != "NOUN":
                continue
            found = _author_of(token, offset, entity_at, named=noun not in nouns)
            if found is not None:
                return found.id
            if noun in nouns and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
                return None  # "140 world leaders signed *an open letter*": the letter starts here, unnamed
                # by anyone; a letter named before it is another one
    if noun in WRITINGS:
        # "Trump wrote to the director-general ... Breitbart reports the letter said:": the one who last
        # wrote, in the lines just before
        for token, offset in back_from(piece.start, SYNONYM_REACH):
            if token.lemma_.lower() not in WRITE_VERBS:
                continue
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            found = entity_at(offset + subject.idx) if subject is not None else None
            if found is not None:
                return found.id
    return None


#: role nouns for a business ("the retailer", "the automaker")
BUSINESS_NOUNS = frozenset(
    ["company", "firm", "giant", "maker", "retailer", "startup", "carrier", "airline", "automaker", "carmaker",
     "manufacturer", "insurer", "lender", "chain", "conglomerate"]
)  # fmt: skip
#: what kind of organisation a role noun stands for
ORG_KINDS = {
    **dict.fromkeys(
        ["agency", "department", "ministry", "administration", "bureau", "regulator", "authority", "office"], "public"
    ),
    **dict.fromkeys(
        ["newspaper", "paper", "outlet", "publication", "broadcaster", "network", "channel", "daily"], "media"
    ),
    **dict.fromkeys(BUSINESS_NOUNS, "business"),
}
#: words in the names of public bodies and of news media
PUBLIC_WORDS = frozenset(
    ["administration", "agency", "department", "ministry", "centers", "center", "centre", "bureau", "service",
     "commission", "office", "authority", "institutes", "institute", "organization", "organisation", "council"]
)  # fmt: skip
#: the short names of public bodies a news story names without their full name ("the FDA", "the CDC"): "the
#: company" never stands for them
PUBLIC_ACRONYMS = frozenset(
    ["fda", "cdc", "nih", "who", "epa", "fbi", "cia", "nsa", "dhs", "hhs", "fema", "faa", "fcc", "ftc", "sec", "irs",
     "usda", "nasa", "nhs", "un", "eu", "nato", "imf", "osha", "cms", "doj", "dod", "usps", "tsa", "ecb", "ema",
     "niaid", "cisa", "dot", "doe", "hud", "ssa", "va"]
)  # fmt: skip
MEDIA_WORDS = frozenset(
    ["times", "post", "telegraph", "journal", "news", "herald", "guardian", "tribune", "gazette", "daily", "mail",
     "express", "independent", "chronicle", "observer", "tv", "radio", "press", "magazine", "broadcasting", "bbc",
     "cnn", "nbc", "cbs", "abc", "fox", "npr", "msnbc", "courier", "inquirer", "enquirer", "globe", "dispatch",
     "examiner", "register", "bulletin", "sentinel"]
)  # fmt: skip
#: words in the names of bodies that are neither public bodies, news media nor businesses: "the company"
#: never stands for "New York University", "the agency" never for "the American Heart Association"; nor
#: for a programme or a law ("Paycheck Protection Program", "CARES Act")
OTHER_BODY_WORDS = frozenset(
    ["university", "college", "school", "academy", "hospital", "clinic", "foundation", "association", "society",
     "church", "party", "union", "league", "federation", "coalition", "alliance", "museum", "library", "club",
     "court", "charity", "nonprofit", "non-profit", "congress", "senate", "parliament", "army", "navy",
     "program", "programme", "act", "initiative", "project"]
)  # fmt: skip
#: how far back (characters) "the agency", "the newspaper", "the company" look for a body of their kind
ORG_ROLE_REACH = 1200


def _proper_before_head(phrase: str) -> list[str]:
    """The capitalised words right before a role phrase's last word ("the *Trump* administration"), but a
    hyphened adjective ("the Minneapolis-based retailer"), lower-cased as :func:`_org_words` gives them."""
    out: list[str] = []
    for word in reversed(phrase.split()[1:-1]):
        if not word[:1].isupper() or re.search(r"-[a-z]+$", word):
            break
        out.append(word.strip(".,()").lower())
    return out


_POSSESSIVE = re.compile(r"['’]s$")
# a name with a digit and no space ("COVID-19", "H1N1", "G-20"): a disease's, a product's or a forum's,
# never the company, agency or newspaper a role phrase stands for
_CODE_NAME = re.compile(r"^\S*\d\S*$")
#: words that describe a body without naming it ("the *local* health department")
_PLAIN_DESCRIPTIONS = frozenset(["local", "same", "new", "whole", "entire", "main", "national", "federal", "state"])


def _described_before_head(phrase: str) -> list[str]:
    """The lower-case words that describe a role phrase's body before its last word ("the *central* bank"),
    but possessives (:func:`_owners_before_head`) and :data:`_PLAIN_DESCRIPTIONS`."""
    return [w for w in phrase.split()[1:-1] if w.isalpha() and w.islower() and w not in _PLAIN_DESCRIPTIONS]


def _owners_before_head(phrase: str) -> list[str]:
    """The lower-case possessives before a role phrase's last word ("the *sheriff’s* department", "the
    *city's* health department"), without their "'s", as :func:`_org_words` gives them."""
    return [_POSSESSIVE.sub("", w) for w in phrase.split()[1:-1] if w.islower() and _POSSESSIVE.search(w)]


def _org_words(entity: Entity) -> set[str]:
    return {
        _POSSESSIVE.sub("", w.strip(".,()").lower()) for name in (entity.name, *entity.aliases) for w in name.split()
    }


def _only_a_medium(entity: Entity, text: str) -> bool:
    """Whether the article names the body only as where something was said ("said *on Twitter* that ...",
    "posted via Facebook"): a medium, not a body "the company" points back to."""
    return all(re.search(r"\b(?:on|via)\s+$", text[max(0, m.start - 5) : m.start]) for m in entity.mentions)


def _org_kind(entity: Entity) -> str:
    words = _org_words(entity)
    words |= {part for w in words if "-" in w for part in w.split("-")}  # "Courier-Journal"
    if words & MEDIA_WORDS or any(n.lower() in AGENCIES for n in (entity.name, *entity.aliases)):
        return "media"
    if words & PUBLIC_WORDS or any(n.lower() in PUBLIC_ACRONYMS for n in (entity.name, *entity.aliases)):
        return "public"
    if words & OTHER_BODY_WORDS:
        return "other"
    return "business"


def shift_piece(p: Piece | None, offset: int) -> Piece | None:
    return Piece(p.start + offset, p.end + offset) if p is not None else None


def _span(article: Article, p: Piece) -> tuple[int, int, str]:
    return p.start, p.end, article.text[p.start : p.end]


def _name_part(article: Article, piece: Piece, entity: str | None) -> Piece:
    """The speaker's words without an apposition or an aside: of "Jane Doe, a spokeswoman for the
    agency," or "Sen. Jane Doe, who is a doctor," or "actor Jane Doe (net worth ...)", the part that
    names the entity ("Jane Doe", "Sen. Jane Doe", "actor Jane Doe"); the words as they are when no
    entity speaks (several people, a group) or the name is not set off."""
    said = article.text[piece.start : piece.end]
    if entity is None or not any(c in said for c in ",("):
        return piece
    mentions = [
        (m.start, m.end)
        for e in article.entities
        if e.id == entity
        for m in e.mentions
        if piece.start <= m.start and m.end <= piece.end
    ]
    if not mentions:
        return piece
    a, b = mentions[0]
    start = piece.start
    for match in re.finditer(r"[,(]", said):
        at = piece.start + match.start()
        if at <= a:
            start = at + 1
        elif at >= b:
            end = at
            break
    else:
        end = piece.end
    while start < end and article.text[start].isspace():
        start += 1
    while end > start and article.text[end - 1] in " \t\n,":
        end -= 1
    if start >= end or article.text[start:end].count("(") != article.text[start:end].count(")"):
        return piece
    return Piece(start, end)


def _whole_name(article: Article, piece: Piece, entity: str) -> Piece:
    """The speaker's words stretched over the whole of a mention of its entity that they cut ("The New"
    of "as The New York Times put it", where the tagger's span stopped inside the name)."""
    start, end = piece.start, piece.end
    for e in article.entities:
        if e.id != entity:
            continue
        for m in e.mentions:
            if m.start < end < m.end and m.start >= start:
                end = m.end
            if m.start < start < m.end and m.end <= end:
                start = m.start
    return Piece(start, end)


def to_quotes(
    article: Article, statements: list[Statement], docs: list[Doc] | None = None, records: bool = False
) -> list[Quote]:
    """Quotes from statements; with ``records`` (the ``quotes`` stage) a speaker's words are the name
    without its apposition (PolNeAR's sources, which the ``attributions`` stage keeps, hold it)."""
    quotes: list[Quote] = []
    for s in statements:
        speaker = addressee = cue = None
        told = _entity_at(article, s.addressee, docs) if s.addressee is not None else None
        if s.speaker is not None:
            words = (s.start, s.end) if s.kind == "direct" else None
            entity = _resolve(article, s.speaker, quotes, docs, told, words)
            piece = _name_part(article, s.speaker, entity) if records else s.speaker
            if records and entity is not None:
                piece = _whole_name(article, piece, entity)
            start, end, text = _span(article, piece)
            speaker = SpeakerRef(entity=entity, text=text, start=start, end=end)
        if s.addressee is not None:
            start, end, text = _span(article, s.addressee)
            addressee = SpeakerRef(entity=told, text=text, start=start, end=end)
        if s.cue is not None:
            start, end, text = _span(article, s.cue)
            cue = Cue(text=text, start=start, end=end)
        quotes.append(
            Quote(
                id=f"q{len(quotes) + 1}",
                kind=s.kind,  # type: ignore[arg-type]
                text=article.text[s.start : s.end],
                start=s.start,
                end=s.end,
                speaker=speaker,
                cue=cue,
                addressee=addressee,
                date=None,
            )
        )
    return quotes


#: a transcript line: a speaker's label (a name, a surname, initials, a role; "Dr." and the like in
#: front), a colon, then the words ("JANE DOE: We were ready.", "Doe: ...", "JD: ...", "SENATOR: ...")
_LABEL = re.compile(r"((?:(?:Dr|Mr|Mrs|Ms|Rep|Sen|Gov|Prof)\.\s)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}):[ \t]+(?=\S)")
#: the fewest words after a transcript label
TRANSCRIPT_WORDS = 3


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


#: last words of a label that heads a note of the outlet's, not a speaker's line
_LABEL_NOUNS = frozenset(["note", "notes", "update", "correction", "clarification", "disclaimer", "addendum"])


def _label_person(article: Article, label: str, start: int) -> bool:
    """Whether a label names a person by the article's own evidence: it is a person's mention, a
    person's surname or initials ("DOE", "JD" for Jane Doe), or it holds a role noun ("SENATOR")."""
    words = label.replace(".", " ").split()
    if "’s" in label or "'s" in label:
        return False  # "Miriam’s Kitchen:": a place or a body
    if words and words[0].lower() in ("from", "via", "by", "source", "sources", "with", "in", "on", "at"):
        return False  # "FROM ACTIVIST MOMMY:": where the text comes from, not who speaks
    if words and words[-1].lower() in _LABEL_NOUNS:
        return False  # "Editorial Note:", "Breaking Update:": a label of the text, whatever spaCy types it
    for entity in article.entities:
        if entity.type != "PERSON":
            continue
        # a one-word label the tagger calls a person ("Addendum:", "Update:") is a label unless it is
        # the surname or initials of a person the article names in full (below)
        if len(words) > 1 and any(m.start == start and m.end == start + len(label) for m in entity.mentions):
            return True
        names = [entity.name, *entity.aliases]
        if len(words) == 1 and any(" " in n and n.split()[-1].lower() == words[0].lower() for n in names):
            return True
        if label.isupper() and 2 <= len(label) <= 3 and any(_initials(n) == label for n in names if " " in n):
            return True
    return any(w.lower() in ROLE_NOUNS for w in words)


#: a radio transcript's label of its reporter, the piece's writer: "ABBY WENDLE, BYLINE:", "JANE DOE, CORRESPONDENT:"
_REPORTER_LABEL = re.compile(
    r"([A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*){0,3}), (?:[A-Z]+ )?(?:BYLINE|REPORTER|CORRESPONDENT):"
)


def reporter_lines(texts: list[str]) -> dict[int, int]:
    """The paragraphs of a radio transcript that its own reporter says, and where each one's label ends: the line
    that labels the reporter ("ABBY WENDLE, BYLINE: ...") and the lines labelled by the reporter's surname later
    ("WENDLE: This is Bernie Krause, one of the founders of ...")."""
    labels = {i: m for i, text in enumerate(texts) if (m := _REPORTER_LABEL.match(text))}
    reporters = {m.group(1).split()[-1] for m in labels.values()}
    out = {i: m.end() for i, m in labels.items()}
    for i, text in enumerate(texts):
        m = _LABEL.match(text)
        if m is not None and m.group(1).split()[-1] in reporters:
            out[i] = m.end()
    return out


def transcript_lines(
    article: Article, texts: list[str], docs: list[Doc], narrated: dict[int, int] | None = None
) -> dict[int, Statement]:
    """Paragraphs written as a transcript ("NAME: words", the interview and radio style): a direct
    statement of NAME, one per line. A label must name a person by the article's own evidence
    (:func:`_label_person`): "Source: ...", "Read more: ...", "Update: ..." are labels, not speakers. The
    lines of the piece's own reporter, labelled so once ("ABBY WENDLE, BYLINE:" and then "WENDLE:"), are the
    writer's narration, no one's statement (a host's lines and questions stay; ``narrated``: the reporter's lines,
    :func:`reporter_lines`, found here when not given)."""
    out: dict[int, Statement] = {}
    narrated = reporter_lines(texts) if narrated is None else narrated
    for i, text in enumerate(texts):
        m = _LABEL.match(text)
        if m is None or len(text[m.end() :].split()) < TRANSCRIPT_WORDS or not analysed(docs[i]) or i in narrated:
            continue
        first = next((t for t in docs[i] if t.idx >= m.end() and not t.is_space), None)
        if first is not None and first.tag_ in ("VBZ", "VBG"):
            continue  # "Food Bank: Provides meals ...", "Kitchen: Offering ...": a directory entry, not speech
        sentence = [t for t in docs[i] if t.idx >= m.end()]
        sentence = [t for t in sentence if t.sent.start == sentence[0].sent.start] if sentence else []
        if not any(t.pos_ in ("VERB", "AUX") for t in sentence):
            continue  # "Jane Doe: Ph.D., doctor of psychology.": a bio line, no words said
        if text.rstrip().rstrip('"”’»')[-1:] not in tuple(".!?,…"):
            continue  # "Jane Doe: State lifting ‘all limits’": a headline or a teaser, not a line said
        offset = article.paragraphs[i].start
        label = m.group(1)
        if not _label_person(article, label, offset):
            continue
        end = len(text.rstrip())
        colon = m.start() + len(label)
        out[i] = Statement(
            offset + m.end(),
            offset + end,
            "direct",
            Piece(offset, offset + len(label)),
            Piece(offset + colon, offset + colon + 1),
            None,
            i,
        )
    return out


#: statements are looked for in at most this many paragraphs of an article (a long read has ~100)
MAX_QUOTE_PARAGRAPHS = 150
QUOTE_LIMIT_WARNING = "{count:,} paragraphs may hold statements: only the first {limit:,} were read for them"


#: the most words of a line that labels the quote below it with its speaker ("Ricardo Davila, engineer")
LABEL_WORDS = 8


def _name_label(article: Article, text: str, sdoc: Doc, offset: int) -> Piece | None:
    """The name that opens a short line of its own, with no stop, colon or quotation mark, alone or before
    a comma and a few words that describe its person ("Ricardo Davila, engineer", "Jason, college
    student"): the speaker of a quote paragraph right below it, a street interview's layout. The name is
    a person the entities stage found, or words the parse takes for a proper name before the comma."""
    line = text.strip()
    if not line or len(line.split()) > LABEL_WORDS or line[-1] in ".!?:;" or any(c in line for c in '“”"«»'):
        return None
    start = offset + len(text) - len(text.lstrip())
    name_end = start + (line.index(",") if "," in line else len(line))
    for entity in article.entities:
        if entity.type == "PERSON" and any(m.start == start and m.end == name_end for m in entity.mentions):
            return Piece(start, name_end)
    tokens = [t for t in sdoc if offset + t.idx < name_end and not t.is_space]
    if "," in line and tokens and len(tokens) <= 3 and all(t.pos_ == "PROPN" for t in tokens):
        return Piece(start, name_end)
    return None


#: a footnote's mark: "[iv]", "[3]", "(12)"
_FOOTNOTE = re.compile(r"\[(?:[ivxlc]+|\d+)\]|\((?:[ivxlc]+|\d+)\)", re.I)


def find_statements(doc: Document, records: bool = False) -> list[Statement]:
    """Every attribution the tagger and the parse find, offsets into ``Article.text``: the statements
    of the record and the rest PolNeAR-style annotation counts (beliefs, stances, noun phrases).
    With ``records`` (the ``quotes`` stage), a transcript line ("NAME: words") is one statement of NAME
    and speakers are mended (:func:`~dateline.attribution.assemble.paragraph_statements`): the record's
    conventions; PolNeAR annotates otherwise, so the ``attributions`` stage leaves them."""
    article = doc.article
    texts = article.paragraph_texts()
    if not doc.docs or len(doc.docs) != len(texts):
        return []
    chosen = [
        i
        for i, (t, d) in enumerate(zip(texts, doc.docs, strict=True))
        if analysed(d) and (_may_quote(t, d) or (i > 0 and texts[i - 1].rstrip().endswith(":")))
    ]
    if len(chosen) > MAX_QUOTE_PARAGRAPHS:
        article.warnings.append(QUOTE_LIMIT_WARNING.format(count=len(chosen), limit=MAX_QUOTE_PARAGRAPHS))
        chosen = chosen[:MAX_QUOTE_PARAGRAPHS]
    tagger = load_tagger()
    tagged: dict[int, list[TagSpan]] = {}
    if tagger is not None and chosen:
        jobs = [(i, a, b) for i in chosen for a, b in stretches(texts[i], doc.docs[i])]
        results = tagger.tag([texts[i][a:b] for i, a, b in jobs])
        tagged = {i: [] for i in chosen}
        for (i, a, _), spans in zip(jobs, results, strict=True):
            tagged[i] += [TagSpan(t.role, t.start + a, t.end + a) for t in spans]
    if records:
        # a footnote number glued to a closing mark ('“...”1', '"..."[iv]') is no cue and no speaker: the tagger's
        # Source or Cue with no letter in it, or a bracketed footnote number, is left out (the quote then takes the
        # "saying:" before it)
        tagged = {
            i: [
                t
                for t in spans
                if t.role == "Content"
                or (
                    any(c.isalpha() for c in texts[i][t.start : t.end])
                    and not _FOOTNOTE.fullmatch(texts[i][t.start : t.end].strip())
                )
            ]
            for i, spans in tagged.items()
        }
    narrated = reporter_lines(texts) if records else {}
    lines = transcript_lines(article, texts, doc.docs, narrated) if records else {}
    chosen = sorted(set(chosen) | set(lines))
    statements: list[Statement] = []
    pending: tuple[Piece | None, Piece] | None = None  # "He said:" waiting for the next paragraph
    prev_i = -2
    for i in chosen:
        offset = article.paragraphs[i].start
        if i in lines:  # "NAME: words": the whole line is NAME's, whatever it reports inside
            statements.append(lines[i])
            pending, prev_i = None, i
            continue
        found = [shift(s, offset) for s in paragraph_statements(texts[i], doc.docs[i], tagged.get(i), i, records)]
        if i in narrated:  # (the reporter's label is no speaker of the narration under it)
            found = [s for s in found if s.speaker is None or s.speaker.start >= offset + narrated[i]]
        if pending is not None and found and found[0].bare and i - 1 == prev_i:
            speaker, cue = pending
            found[0] = replace(found[0], speaker=speaker, cue=cue, bare=False)
        elif records and found and found[0].bare and found[0].speaker is None and i > 0:
            label = _name_label(article, texts[i - 1], doc.docs[i - 1], article.paragraphs[i - 1].start)
            if label is not None:
                # "Ricardo Davila, engineer" on a line of its own, then his words: a street interview's label
                found[0] = replace(found[0], speaker=label, bare=False)
        pending = None
        left = leftover_cue(texts[i], tagged[i], records) if i in tagged else None
        if left is not None:
            speaker, cue = left
            frame = frame_at(doc.docs[i], (cue.start, cue.end), stance=True) if records else None
            if (
                frame is not None
                and frame.speaker is not None
                and (speaker is None or not (frame.speaker.start < speaker.end and speaker.start < frame.speaker.end))
            ):
                # "According to Breitbart, the appeal says that ..., stating:": the parse's subject of the
                # verb that ends the paragraph, where the tagger's last source is another phrase
                speaker = frame.speaker
            elif (
                frame is not None
                and frame.speaker is not None
                and speaker is not None
                and speaker.start < frame.speaker.start
                and frame.speaker.end <= speaker.end
                and any(
                    t.tag_ in ("VBZ", "VBD", "VBP") for t in doc.docs[i] if speaker.start <= t.idx < frame.speaker.start
                )
            ):
                speaker = frame.speaker  # "*Breitbart reports* the letter said:": the verb's subject, not the outlet
                # that reports it
            if speaker is not None and texts[i][speaker.start : speaker.end].endswith(("’", "'")):
                speaker = Piece(speaker.start, speaker.end - 1)  # "this was Cuomo’s chilling response:"
            pending = (shift_piece(speaker, offset), Piece(cue.start + offset, cue.end + offset))
        prev_i = i
        statements += found
    return link_paragraphs(statements, [p.start for p in article.paragraphs])


@stage("quotes", reads=("docs", "entities"), writes=("quotes",))
def run_quotes(doc: Document) -> None:
    """The statements worth a record (:func:`~dateline.attribution.assemble.worth_a_record`)."""
    article = doc.article
    kept = []
    for s in find_statements(doc, records=True):
        first = s.first_paragraph
        offset = article.paragraphs[first].start
        if impersonal(doc.docs[first], offset, s) or speaks_inside(s):
            s = replace(s, speaker=None)  # "it was widely reported that ...": no one named
        s = quote_alone(doc.docs[first], offset, trim(doc.docs[first], offset, s))
        if worth_a_record(article.text, doc.docs[first], offset, s):
            s = whole_sentence(doc.docs[first], offset, whole_phrase(doc.docs[first], offset, s))
            kept.append(replace(s, start=after_a_time_stamp(article.text, s.start, s.end)))
    article.quotes = to_quotes(article, kept, doc.docs, records=True)


@stage("attributions", reads=("docs", "entities"), writes=("quotes",))
def run_attributions(doc: Document) -> None:
    """In place of ``quotes``: every attribution found, fragments and noun phrases included, as
    PolNeAR annotates them (``benchmarks/bench_attribution.py`` scores this stage)."""
    doc.article.quotes = to_quotes(doc.article, find_statements(doc), doc.docs)
