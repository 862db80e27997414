"""The ``entities`` stage: people, organisations and places, each with every mention of it.

Reads the spaCy Docs of the ``nlp`` stage (one per paragraph, so no entity spans a paragraph
break) and fills ``Article.entities``:

1. **Names.** spaCy's entity spans, corrected by general rules: timestamp and photo-credit spans
   are dropped; news agencies are organisations (a known-agency list, "(Agency)" after a dateline,
   "X news agency"); a title in front of a name is not part of the name but goes to ``titles``
   ("US State Department Spokesperson Ned Price" -> Ned Price, title "US State Department
   Spokesperson"); the "State" of "Secretary of State" is part of a title, not an organisation;
   a leading "the" is not part of a place or an organisation.
2. **Identity.** Mentions of one referent are one entity (:mod:`dateline.identity`): a surname
   alone, an honorific form, a transliteration variant of the first name, an acronym and its
   expansion ("Full Name (ACR)" links them too).  A name seen once is found again where spaCy
   missed it.
3. **Roles and pronouns.** "the deputy foreign minister", "the diplomat" become mentions of the
   person whose title fits (most recent first); "he"/"she"/"they" as the subject of a reporting
   verb become mentions of the nearest preceding compatible person, preferring grammatical subjects.

Entities are numbered ``e1``, ``e2``... in order of first mention.  The stage makes linear passes
over tokens and spans and loads no model of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from dateline.attribution.rules import is_reporting
from dateline.coreference import (
    DETERMINERS,
    NOT_GIVEN,
    UNNAMED_PERSON_NOUNS,
    Cluster,
    Ref,
    bodies_by_nouns,
    caption_forms,
    cluster_names,
    is_main_subject,
    is_subject,
    people_by_pronouns,
    propagate,
    resolve_roles_and_pronouns,
)
from dateline.document import Document, stage
from dateline.given_names import sex_of_given_name, sex_of_name
from dateline.identity import has_org_suffix
from dateline.model import Entity, EntityType, Mention
from dateline.roles import (
    AGENCIES,
    CAPITAL_OF,
    CITIES,
    COUNTRIES,
    COUNTRY_FORMS,
    FEMALE_HONORIFICS,
    FEMALE_ROLES,
    MALE_HONORIFICS,
    MALE_ROLES,
    MEDIA_NOUNS,
    PLATFORMS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    TITLE_ABBREVIATIONS,
    TITLE_MODIFIERS,
)
from dateline.spans import on_boundaries

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: spaCy (OntoNotes) labels -> the record's entity types; labels not listed are not entities.
LABELS: dict[str, EntityType] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "NORP": "NORP",
    "FAC": "FAC",
    "EVENT": "EVENT",
    "PRODUCT": "PRODUCT",
    "LAW": "LAW",
    "WORK_OF_ART": "MISC",
    "LANGUAGE": "MISC",
}

#: Portfolio words that finish a title after "of" ("Secretary of *State*", "Minister of *Defence*").
PORTFOLIOS = frozenset(
    [
        "state",
        "defense",
        "defence",
        "justice",
        "health",
        "finance",
        "energy",
        "commerce",
        "interior",
        "agriculture",
        "labor",
        "labour",
        "education",
        "transportation",
        "transport",
        "treasury",
        "housing",
        "culture",
        "trade",
        "economy",
        "foreign",
        "affairs",
        "home",
        "war",
        "navy",
        "army",
        "industry",
    ]
)

#: Lower-case words that belong inside a person's name ("Ludwig van Beethoven", "Osama bin Laden").
NAME_PARTICLES = _words("de da di du del della der den van von ten ter bin ibn al el la le dos das y")
#: words after a possessive that make a day's name ("Mother’s Day", "New Year’s Eve"), no one's
_NAMED_DAYS = frozenset(["Day", "Eve", "Night"])
#: Tokens that end a name inside a person span.
BREAKS = frozenset(['"', "“", "”", "«", "»", "(", ")", "=", "/", "--", ",", ";", ":"])
#: Last words that make a name an organisation, even when spaCy says PERSON.
ORG_HEADS = _words(
    """inc corp corporation co ltd llc plc ag gmbh group holdings bank airlines airways motors
    international industries technologies systems partners capital communications pharmaceuticals
    foundation institute university college council committee party union association agency ministry
    department club united city fc federation league center centre museum school hospital company
    network tavern cafe café restaurant bistro diner pub brewery winery bakery grill hotel clinic pharmacy
    stadium arena airport theater theatre library biotech therapeutics biosciences pharma labs laboratories
    enterprises ventures studios cruises resorts foods stores brands services solutions logistics movement
    coalition alliance society campaign fund trust aerospace times herald tribune gazette chronicle inquirer
    journal newspaper"""
)

_HONORIFIC_TOKENS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "dame",
        "lord",
        "lady",
        "rev",
        "mme",
        "mlle",
        "herr",
        "frau",
        "monsieur",
        "madame",
    ]
)
_TIMESTAMP = re.compile(
    r"\b(?:GMT|UTC|CET|EST|EDT|PST|BST|MSK)\b|\d{1,2}:\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2}"
)
_CREDIT = re.compile(r"©|\s/\s|\||\bGo to\b|\bmediabank\b", re.I)
_CONNECTORS = frozenset(["of", "for", "and", "'s", "’s", "on", "at", "&"])


# ---------------------------------------------------------------- names


def _abbreviated_title(token: Token) -> bool:
    """ "Gov.", "Sen.", "Lt.": a title written short (with its full stop; "Dr." and "Prof." are honorifics)."""
    low = token.lower_[:-1]
    return token.text.endswith(".") and low in TITLE_ABBREVIATIONS and low not in _HONORIFIC_TOKENS


def _is_titleish(token: Token) -> bool:
    low = token.lower_
    if low in ROLE_NOUNS or low in TITLE_MODIFIERS or _abbreviated_title(token):
        return True
    if not token.is_alpha and "-" not in token.text:
        return False
    if token.text[:1].isupper() and (token.ent_type_ in ("ORG", "GPE", "NORP") or token.pos_ in ("PROPN", "ADJ")):
        return token.ent_type_ != "PERSON"
    return False


def _title_before(sdoc: Doc, name_start: int, inner_start: int) -> tuple[int, bool]:
    """First token of the title in front of a name (tokens ``inner_start..name_start`` are already
    title words inside spaCy's span); returns (first token, has a role noun)."""
    first = inner_start
    if inner_start > 0 and sdoc[inner_start - 1].lower_ in _CONNECTORS:
        return inner_start, False  # "a spokeswoman for Hillary Clinton": someone else's title
    j = inner_start - 1
    while j >= 0:
        token = sdoc[j]
        if _is_titleish(token):
            first = j
        elif token.lower_ in _CONNECTORS and j > 0 and _is_titleish(sdoc[j - 1]) and first == j + 1:
            if (
                sdoc[j - 1].is_lower
                and token.lower_ != "and"
                and any(_role_word(sdoc[k]) for k in range(j + 1, name_start))
            ):
                break  # "spokesman for *District Attorney* Jackie Lacey": a role in lower case, of someone
                # else, before the name's own ("Chairman of the Joint Chiefs of Staff Gen. Mark Milley" stays)
        elif token.text in ("-", "‑") and not token.whitespace_ and j > 0 and not sdoc[j - 1].whitespace_:
            pass  # "Secretary-General"
        elif (
            token.dep_ == "compound"
            and token.is_alpha
            and first <= token.head.i < name_start
            and token.i < token.head.i
        ):
            first = j
        else:
            break
        if token.is_sent_start:
            break
        j -= 1
    while first < name_start and sdoc[first].lower_ in _CONNECTORS:
        first += 1
    has_role = any(_role_word(sdoc[k]) for k in range(first, name_start))
    return first, has_role


def _role_word(token: Token) -> bool:
    return token.lower_ in ROLE_NOUNS or _abbreviated_title(token)


def _apposition_title(sdoc: Doc, end: int) -> tuple[int, int] | None:
    """Token range of a role apposition after a name: "Ryabkov, *the deputy foreign minister*, said"."""
    if end >= len(sdoc) - 1 or sdoc[end].text != ",":
        return None
    k = end + 1
    limit = min(len(sdoc), k + 10)
    head = None
    while k < limit and sdoc[k].text not in (",", ".", ";", ":", '"', "“", "”", "(", ")"):
        token = sdoc[k]
        if token.pos_ in ("VERB", "AUX") or token.ent_type_ == "PERSON":
            return None
        if token.lower_ in ROLE_NOUNS and head is None and token.tag_ != "NNS":
            head = k
        k += 1
    if head is None or (k < len(sdoc) and sdoc[k].text not in (",", ".", ";")):
        return None
    # a list of roles: "Caleb Maupin, speaker, writer, journalist, and political analyst."
    while k < len(sdoc) - 1 and sdoc[k].text == ",":
        j = k + 1
        while j < len(sdoc) and sdoc[j].text not in (",", ".", ";", ":", '"', "“", "”", "(", ")"):
            j += 1
        words = [t for t in sdoc[k + 1 : j] if t.lower_ != "and"]
        listed = (
            words
            and len(words) <= 3
            and all(t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in words)
            and words[-1].pos_ == "NOUN"
            and j < len(sdoc)
            and sdoc[j].text in (",", ".", ";")
        )
        if not listed:
            break
        k = j
    return end + 1, k


#: reporting verbs that open a sentence before the speaker's name ('Said Jane Doe, “...”')
_FRONTED_VERBS = frozenset(["Said", "Says", "Added", "Adds", "Asked", "Wrote", "Writes", "Noted", "Explained"])


def _trim(sdoc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range of a span without a possessive, an unbalanced bracket or trailing punctuation."""
    for k in range(start, end):
        if sdoc[k].text == "(" and not any(sdoc[x].text == ")" for x in range(k + 1, end)):
            end = k
            break
    for k in range(end - 1, start - 1, -1):
        if sdoc[k].text == ")" and not any(sdoc[x].text == "(" for x in range(start, k)):
            start = k + 1
            break
    # a nickname's closing quotation mark inside the span: the name starts after it ('Hawk" Dawson' of
    # 'Andre "The Hawk" Dawson' is Dawson)
    for k in range(end - 2, start - 1, -1):
        if sdoc[k].text in ('"', "”") and not any(sdoc[x].text in ('"', "“") for x in range(start, k)):
            start = k + 1
            break
    # also a possessive the parse took for a conjunction ("Trump’s in-house physician")
    while end > start and (
        sdoc[end - 1].tag_ == "POS"
        or sdoc[end - 1].text in ",;:-–—'’\""
        or (sdoc[end - 1].lower_ in ("'s", "’s") and sdoc[end - 1].pos_ == "CCONJ")
    ):
        end -= 1
    while end > start and not any(ch.isalnum() for ch in sdoc[start].text):
        start += 1  # punctuation it opens on, a list's bullet too ("• Lightfoot said ...")
    # a sentence's first word the parse reads as a past participle is no given name ("Established Twitch musicians
    # like Ducky ...", typed a person "Established Twitch"; "Rising S Company", "Asra Syed" keep theirs)
    if (
        end - start > 1
        and sdoc[start].is_sent_start
        and sdoc[start].tag_ == "VBN"
        and sdoc[start].lower_.endswith("ed")
    ):
        start += 1
    # nor in the reporting verb of an inverted attribution: 'Said Jane Doe Roe, “...”' (at a sentence's
    # start, a quote after the name; "Said Jalili" alone stays a name)
    if (
        end - start > 2
        and sdoc[start].text in _FRONTED_VERBS
        and sdoc[start].is_sent_start
        and end < len(sdoc) - 1
        and sdoc[end].text in (",", ":")
        and sdoc[end + 1].text[:1] in "\"“‘'"
    ):
        start += 1
    # nor in lower-case words ("Interfax news agency", "Xinhua news")
    while end - start > 1 and sdoc[end - 1].is_lower and sdoc[end - 1].is_alpha and not _hyphenated(sdoc[end - 1]):
        end -= 1
    # a name does not end in a number ("de Silva 4-0-25-0", "W. Hegg 54")
    while end - start > 1 and any(ch.isdigit() for ch in sdoc[end - 1].text) and not sdoc[end - 1].is_alpha:
        end -= 1
    return start, end


def _drop(ent: Span) -> bool:
    text = ent.text
    if _TIMESTAMP.search(text) or _CREDIT.search(text):
        return True
    # two names across a dash ("CRICKET - SRI LANKA", "MOSCOW - The")
    if any(t.text in ("-", "–", "—") and t.whitespace_ and t.i > ent.start for t in ent):
        return True
    if not any(ch.isupper() for ch in text) and ent.label_ in ("PERSON", "ORG"):
        return True
    # "Home" of "Home Secretary Charles Clarke": the start of a title
    if (
        ent.label_ != "PERSON"
        and len(ent) == 1
        and ent.end < len(ent.doc)
        and ent[0].lower_ in PORTFOLIOS
        and ent.doc[ent.end].lower_ in ROLE_NOUNS
    ):
        return True
    # "State" of "Secretary of State": the end of a title, not an organisation
    if ent.label_ != "PERSON" and ent.start >= 2 and len(ent) <= 2:
        before = ent.doc[ent.start - 1]
        if before.lower_ == "of" and ent.doc[ent.start - 2].lower_ in ROLE_NOUNS:
            return all(t.lower_ in PORTFOLIOS for t in ent)
    return False


def _agency_context(ent: Span, dateline_agency: str) -> bool:
    low = ent.text.lower()
    if low in AGENCIES or (dateline_agency and low == dateline_agency.lower()):
        return True
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in MEDIA_NOUNS:
        return True
    # "MOSCOW (Sputnik) -": a name in brackets after a capitalised place opening the paragraph
    if ent.start > 0 and ent.end < len(doc) and doc[ent.start - 1].text == "(" and doc[ent.end].text == ")":
        return ent.start - 1 <= 4 and any(t.is_upper and t.is_alpha for t in doc[: ent.start - 1])
    return False


def _pieces(sdoc: Doc, start: int, end: int, etype: str) -> list[tuple[int, int]]:
    """The names inside one spaCy span: a person's span is cut at a lower-case word that is not a
    name particle, a number or a quotation mark ("J. Gillespie st Kaluwitharana") and at a possessive,
    and does not end in a verb (the "Says" of a headline "Obama Says ..."); none ends in a participle
    glued by a hyphen ("Tony Award-nominated")."""
    if etype != "PERSON":
        return [
            _trim(sdoc, a, b) for a, b in _apart_at_a_comma(sdoc, start, end) for a, b in _apart_at_a_verb(sdoc, a, b)
        ]
    while end - start > 1 and sdoc[end - 1].tag_ in ("VBZ", "VBD", "VBP", "MD"):
        end -= 1
    # a possessive inside: the person is the name after it where that opens with a given name ("Queen’s Brian
    # May"), else the name before it, the words after it being something of theirs ("President Trump’s
    # Coronavirus Task Force"); no one's in a day's name ("Mother’s Day")
    owner = next((k for k in range(start + 1, end - 1) if sdoc[k].tag_ == "POS"), None)
    if owner is not None:
        if sdoc[owner + 1].text in _NAMED_DAYS:
            return []
        if sex_of_name(sdoc[owner + 1 : end].text):
            start = owner + 1
        else:
            end = owner
    if any(_hyphenated(t) and t.is_lower and t.text.endswith(("ed", "ing")) for t in sdoc[start:end]):
        return []  # "Tony Award-nominated (actor Nick Cordero)": a compound adjective, no one's name
    pieces = []
    first = start
    nickname = _nickname_inside(sdoc, start, end)
    for k in range(start, end + 1):
        suffix_comma = k + 2 == end and sdoc[k].text == "," and _a_suffix_after(sdoc[start:k])
        if k == end or (_breaks_name(sdoc[k]) and k not in nickname and not suffix_comma):
            if k > first:
                pieces.append(_trim(sdoc, first, k))
            first = k + 1
    return [(a, b) for a, b in pieces if a < b]


def _nickname_inside(sdoc: Doc, start: int, end: int) -> range:
    """The tokens of a nickname in quotation marks between a given name and a surname inside one span
    ('Jesus “Chuy” Garcia', 'Jesus "Chuy" Garcia'): one name, not three, so that "Garcia" is not taken
    for a surname alone and linked to another Garcia of the article. An empty range where there is none."""
    opening = next((k for k in range(start + 1, end - 3) if sdoc[k].text in ("“", '"') and sdoc[k - 1].is_title), None)
    if opening is None:
        return range(0)
    close = next((j for j in range(opening + 2, end - 1) if sdoc[j].text in ("”", '"')), None)
    if close is None or not sdoc[close + 1].is_title:
        return range(0)
    if not all(t.is_title or t.text in NAME_PARTICLES for t in sdoc[opening + 1 : close]):
        return range(0)
    return range(opening, close + 1)


def _apart_at_a_comma(sdoc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut at a comma where the words on its two sides belong to two phrases of the sentence, no word
    of one hanging on a word of the other: "confirmed to have *COVID-19, Skagit County Public Health* said"
    is a disease and the body that said it ("Washington, D.C.", "Los Angeles, California" hang together)."""
    for k in range(start + 1, end - 1):
        if sdoc[k].text != "," or sdoc[k + 1].lower_.rstrip(".") in ORG_HEADS:
            continue  # ("Moderna, Inc." is one name)
        left, right = range(start, k), range(k + 1, end)
        if not any(sdoc[i].head.i in right for i in left) and not any(sdoc[i].head.i in left for i in right):
            return [(start, k), *_apart_at_a_comma(sdoc, k + 1, end)]
    return [(start, end)]


def _apart_at_a_verb(sdoc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut at a lower-case verb of saying inside it: "*Mujica said Latino* workers ..." is a name, the
    verb that reports him, and a word of what he said; no name holds "said" ("Who the Hell is Dwayne
    Kennedy", a title, keeps its "is")."""
    cut = next(
        (k for k in range(start, end) if sdoc[k].is_lower and sdoc[k].tag_ in ("VBD", "VBZ") and is_reporting(sdoc[k])),
        None,
    )
    if cut is None:
        return [(start, end)]
    return [p for p in ((start, cut), *_apart_at_a_verb(sdoc, cut + 1, end)) if p[0] < p[1]]


def _hyphenated(token: Token) -> bool:
    """Whether a token is glued by a hyphen to the one before ("Ki-*moon*", "Waller-*Bridge*")."""
    i = token.i
    return (
        i >= 2
        and token.doc[i - 1].text in ("-", "‑")
        and not token.doc[i - 1].whitespace_
        and not token.doc[i - 2].whitespace_
    )


def _breaks_name(token: Token) -> bool:
    text = token.text
    if token.is_alpha and token.is_lower:
        return text not in NAME_PARTICLES and not _hyphenated(token)
    return any(ch.isdigit() for ch in text) or text in BREAKS


def _piece_mention(sdoc: Doc, piece: tuple[int, int], etype: EntityType, offset: int) -> Ref | None:
    """One name mention from a token range, with the title in front of it and its apposition."""
    start, end = piece
    inner_start = start
    titles: list[str] = []
    gender = ""
    honorific = ""
    if etype == "PERSON":
        # title words glued to the front of the name ("Spokesperson Ned Price")
        while end - start > 1 and (
            sdoc[start].lower_ in DETERMINERS
            or sdoc[start].lower_ in ROLE_NOUNS
            or sdoc[start].lower_ in TITLE_MODIFIERS
            or sdoc[start].lower_.rstrip(".") in _HONORIFIC_TOKENS
        ):
            start += 1
        first, has_role = _title_before(sdoc, start, inner_start)
        if has_role and first < start:
            titles.append(sdoc[first:start].text)
        honorific = sdoc[start - 1].lower_.rstrip(".") if start > 0 else ""
        if honorific in FEMALE_HONORIFICS:
            gender = "f"
        elif honorific in MALE_HONORIFICS:
            gender = "m"
        appos = _apposition_title(sdoc, end)
        if appos is not None:
            words = [t for t in sdoc[appos[0] : appos[1]] if t.lower_ not in ("the", "a", "an")]
            if words:
                titles.append(sdoc[words[0].i : appos[1]].text)
    else:
        while end - start > 1 and sdoc[start].lower_ in DETERMINERS:
            start += 1
        # "Russophobic NATO": an adjective in front of an organisation's name
        if etype == "ORG" and end - start > 1 and sdoc[start].tag_ == "JJ" and sdoc[start + 1].is_upper:
            start += 1
    span = sdoc[start:end]
    if not any(ch.isalpha() for ch in span.text):
        return None
    for title in titles:
        words_low = title.lower().split()
        if any(w in FEMALE_ROLES for w in words_low):
            gender = gender or "f"
        elif any(w in MALE_ROLES for w in words_low):
            gender = gender or "m"
    return Ref(
        start=offset + span.start_char,
        end=offset + span.end_char,
        text=span.text,
        type=etype,
        kind="name",
        subject=is_subject(span.root),
        main=is_main_subject(span.root),
        sent=offset + span.sent.start_char,
        titles=titles,
        gender=gender,
        styled=etype == "PERSON"
        and (honorific in _HONORIFIC_TOKENS or (span.root.dep_ == "appos" and span.root.head.pos_ == "NOUN")),
    )


def _nicknamed(sdoc: Doc, ent: Span) -> bool:
    """Whether ``ent`` is the end of a name with a nickname in quotation marks, from inside the nickname
    to the surname ('Chris” Welch' of 'Emanuel “Chris” Welch', 'Hawk" Dawson' of 'Andre "The Hawk" Dawson')."""
    return (
        ent.start >= 2
        and len(ent) >= 3
        and sdoc[ent.start - 1].text in ("“", '"')
        and sdoc[ent.start - 2].is_title
        and any(t.text in ("”", '"') for t in ent[1:-1])
        and ent[-1].is_title
    )


#: the titles of who heads a company, between the company's name and the person's ("Trump Shuttle
#: *president* Bruce Nobles"); a staff title follows a person's name too ("Pelosi spokesman Drew Hammill")
HEAD_TITLES = frozenset(["president", "ceo", "chairman", "chairwoman", "founder", "co-founder", "owner"])


def _employer_before_a_title(sdoc: Doc, ent: Span) -> bool:
    """Whether a name of two words or more stands right before the title of a company's head and a person's
    name ("former *Trump Shuttle* president Bruce Nobles"): a company, whatever spaCy says."""
    after = ent.end
    if len(ent) < 2 or after + 1 >= len(sdoc):
        return False
    title = sdoc[after]
    if title.lower_ not in HEAD_TITLES or (title.is_title and title.lower_ != "ceo"):
        return False
    nxt = sdoc[after + 1]
    return nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B"


def _given_name_left_out(sdoc: Doc, ent: Span) -> bool:
    """Whether the word right before a one-word person is a known given name spaCy left out of the name: a
    capitalised word of no entity, after a space."""
    if len(ent) != 1 or ent.start == 0:
        return False
    before = sdoc[ent.start - 1]
    return _bare_proper_word(before) and bool(sex_of_given_name(before.text))


def _bare_proper_word(token: Token) -> bool:
    """A capitalised proper noun of letters that is in no entity, followed by one space."""
    return (
        token.pos_ == "PROPN" and token.is_title and token.is_alpha and not token.ent_type_ and token.whitespace_ == " "
    )


def _name_word_left_out(before: Token, ent: Span) -> bool:
    """Whether the word before an organisation's name is a capitalised word of it that spaCy left out: a proper
    noun of no entity, right before it, that the parse hangs on a word of the name; not the last word of a title
    ("Chief Operating Officer Roz Brewer", a person spaCy typed an organisation)."""
    return (
        _bare_proper_word(before)
        and not before.like_num
        and not (_is_titleish(before) and before.i > 0 and _is_titleish(before.doc[before.i - 1]))
        and before.dep_ == "compound"
        and ent.start <= before.head.i < ent.end
        and not before.is_sent_start
    )


def _name_mentions(sdoc: Doc, ptext: str, offset: int, dateline_agency: str) -> list[Ref]:
    mentions: list[Ref] = []
    covered: set[int] = set()
    for ent in _mended_ents(sdoc):
        etype = LABELS.get(ent.label_)
        if etype is None or _drop(ent):
            continue
        if _agency_context(ent, dateline_agency):
            etype = "ORG"
        elif ent.text.lower() in _COUNTRY_KEYS and etype in ("ORG", "PERSON", "NORP", "FAC", "LOC", "MISC"):
            etype = "GPE"  # spaCy sm calls "Moldova" or "Minsk" an organisation, "Yerevan" a person
        elif etype == "PERSON" and ent[-1].lower_.rstrip(".") in ORG_HEADS:
            etype = "ORG"  # "Magna International Inc", "Manchester United"
        elif etype == "PERSON" and _employer_before_a_title(sdoc, ent):
            etype = "ORG"  # "former *Trump Shuttle* president Bruce Nobles": the company a person heads
        elif etype == "PERSON" and any(t.like_num for t in ent[1:-1]) and ent[0].is_title and ent[-1].is_title:
            etype = "ORG"  # "Pier 1 Imports": a number inside a name is no person's
        elif ent.start > 0 and sdoc[ent.start - 1].lower_.rstrip(".") in _HONORIFIC_TOKENS and ent.text[:1].isupper():
            etype = "PERSON"  # "Mr Mubanga", whatever spaCy says
        elif _nicknamed(sdoc, ent):
            etype = "PERSON"  # 'Emanuel “Chris” Welch': spaCy read 'Chris” Welch' as a title
        start = ent.start
        if etype == "PERSON" and _given_name_left_out(sdoc, ent):
            start -= 1  # '..., Elmer George added': spaCy's person began at "George"
        while etype == "ORG" and start > 0 and _name_word_left_out(sdoc[start - 1], ent):
            start -= 1  # "Princess Cruises said": spaCy's organisation began at "Cruises"
        office_end = _office_before_a_name(sdoc, ent) if etype != "PERSON" else None
        if office_end is not None:
            # "Speaker of the House Nancy Pelosi": spaCy's one organisation is the office and the person
            start, etype = office_end, "PERSON"
        for piece in _pieces(sdoc, start, ent.end, etype):
            mention = _piece_mention(sdoc, piece, etype, offset)
            if mention is not None:
                mentions.append(mention)
        covered.update(range(ent.start, ent.end))
    # agencies and countries spaCy did not tag at all ("told Reuters", "RIA Novosti", "in Moldova")
    for gazetteer, etype in ((_AGENCIES, "ORG"), (_COUNTRIES, "GPE")):
        for start, end, found in gazetteer.finditer(ptext):
            span = sdoc.char_span(start, end)
            if span is None or any(t.i in covered for t in span):
                continue
            if etype == "GPE" and _inside_name(sdoc, span):
                continue
            mentions.append(
                Ref(
                    start=offset + start,
                    end=offset + end,
                    text=found,
                    type=etype,  # type: ignore[arg-type]
                    kind="name",
                    subject=is_subject(span.root),
                    main=is_main_subject(span.root),
                    sent=offset + span.sent.start_char,
                )
            )
            covered.update(range(span.start, span.end))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _mended_ents(sdoc: Doc) -> list[Span]:
    """spaCy's names, a person's that ends on a name particle joined to the capitalised name right after it
    ("*Ursula von der* | *Leyen*": spaCy made the surname a place: one person), and each cut before a colon
    inside it ("Diamond Light Source’s Science Scribbler*:Reoviruses*": a scraper glued the text quoted); an
    organisation's span with a person's name after its "'s" is the two ("CBS News' Ramy Inocencio", "The Verge’s
    Sean O’Kane", whose surname the tagger took for a common noun)."""
    from spacy.tokens import Span

    ents = []
    for ent in sdoc.ents:
        colon = next((t.i for t in ent if t.text == ":"), None)
        if colon is not None:
            if colon == ent.start:
                continue
            ent = Span(sdoc, ent.start, colon, label=ent.label_)
        # the "'s" tagged a possessive, or read as a name's word ("The Post’s Luz Lazo": a proper noun)
        owner = next((t.i for t in ent if (t.tag_ == "POS" or t.lower_ in ("'s", "’s")) and t.i > ent.start), None)
        if (
            ent.label_ != "PERSON"
            and owner is not None
            and ent.end - owner == 3
            and all(t.is_title and t.pos_ in ("PROPN", "NOUN") for t in sdoc[owner + 1 : ent.end])
            and sdoc[ent.end - 1].lower_ not in ORG_HEADS
            and (sex_of_name(sdoc[owner + 1 : ent.end].text) or (ent.end < len(sdoc) and is_reporting(sdoc[ent.end])))
        ):
            # "*CBS News' Ramy Inocencio* reports": the outlet, and the person of it named after its "'s"
            ents.append(Span(sdoc, ent.start, owner, label=ent.label_))
            ents.append(Span(sdoc, owner + 1, ent.end, label="PERSON"))
            continue
        ents.append(ent)
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == "PERSON"
            and prev.end == ent.start
            and len(prev) > 1
            and prev[-1].text in NAME_PARTICLES
            and all(t.is_title for t in ent)
        ):
            out[-1] = Span(sdoc, prev.start, ent.end, label="PERSON")
            continue
        out.append(ent)
    # "Robert F. Kennedy, Jr.": spaCy cut the name at the comma before its suffix (and may make the suffix a
    # person of its own): one name
    joined: list[Span] = []
    for ent in out:
        if joined and joined[-1].label_ == "PERSON" and ent.start == joined[-1].end + 1 and _a_suffix_after(joined[-1]):
            continue  # the suffix, now inside the name before it
        if ent.label_ == "PERSON" and len(ent) > 1 and _a_suffix_after(ent):
            ent = Span(sdoc, ent.start, ent.end + 2, label="PERSON")
        joined.append(ent)
    return joined


_NAME_SUFFIXES = frozenset(["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"])


def _a_suffix_after(ent: Span) -> bool:
    """Whether a comma and a name's suffix ("Jr.", "Sr.", "III") follow a person's name right after it."""
    doc = ent.doc
    return (
        ent.end + 1 < len(doc)
        and doc[ent.end].text == ","
        and doc[ent.end + 1].lower_ in _NAME_SUFFIXES
        and doc[ent.end + 1].text[:1].isupper()
    )


def _office_before_a_name(sdoc: Doc, ent: Span) -> int | None:
    """Where a person's name starts inside a span spaCy typed as a body, when the span is the office of a
    title and the name of its holder ("Speaker of *the House Nancy Pelosi*", "Secretary of *Health and
    Human Services Alex Azar*"): the span follows a capitalised title and "of" (or "of the"), holds no
    lower-case word but "and", "of", "the", and ends on a given name of one sex and a capitalised surname.
    None otherwise."""
    if len(ent) < 3:
        return None
    given, surname = ent[-2], ent[-1]
    if not (given.is_title and given.is_alpha and surname.is_title and surname.is_alpha):
        return None
    if surname.lower_ in ORG_HEADS or not sex_of_name(f"{given.text} {surname.text}"):
        return None
    if sex_of_name(f"{ent[-3].text} {given.text}"):
        return None  # ("... Mary Ann Smith": a given name before it belongs to the name)
    if any(t.is_lower and t.lower_ not in ("and", "of", "the") for t in ent):
        return None  # ("Safety for Tyson Foods")
    before = [t for t in sdoc[max(0, ent.start - 3) : ent.start] if t.lower_ != "the"]
    if len(before) < 2 or before[-1].lower_ != "of" or before[-2].lower_ not in ROLE_NOUNS:
        return None
    if not before[-2].is_title:
        return None  # a title, capitalised ("chief medical officer of Advocate Aurora Health" is a body's)
    return ent.end - 2


def _length(sdoc: Doc) -> int:
    """Length of the text a Doc was made from, without building its text token by token."""
    if not len(sdoc):
        return 0
    last = sdoc[-1]
    return last.idx + len(last.text)


class _Gazetteer:
    """Exact, case-sensitive look-up of listed names in a text, word by word (cheaper than one
    regular expression with hundreds of alternatives)."""

    _WORD = re.compile(r"(?<!\w)[A-Z][\w.-]*")

    def __init__(self, names: Iterable[str]) -> None:
        self.by_first: dict[str, list[str]] = {}
        for name in sorted(set(names), key=len, reverse=True):
            self.by_first.setdefault(name.split()[0].split("-")[0], []).append(name)

    def finditer(self, text: str) -> Iterator[tuple[int, int, str]]:
        for word in self._WORD.finditer(text):
            first = word.group(0).split("-")[0].rstrip(".")
            for name in self.by_first.get(first, ()):
                end = word.start() + len(name)
                if text.startswith(name, word.start()) and (end == len(text) or not text[end].isalnum()):
                    yield word.start(), end, name
                    break


def _casings(name: str) -> set[str]:
    words = name.split()
    return {name, name.upper(), name.title(), " ".join([words[0].upper(), *(w.title() for w in words[1:])])}


_AGENCIES = _Gazetteer(v for a in AGENCIES if len(a) > 2 for v in _casings(a))
_PLACES = [*COUNTRIES, *CITIES]
_COUNTRIES = _Gazetteer([*_PLACES, *(c.upper() for c in _PLACES)])
_COUNTRY_KEYS = frozenset(c.lower() for c in _PLACES)


def _inside_name(sdoc: Doc, span: Span) -> bool:
    """Whether a capitalised word touches the span: "England" in "Bank of England" is not the country."""
    before = sdoc[span.start - 1] if span.start > 0 else None
    after = sdoc[span.end] if span.end < len(sdoc) else None
    if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper():
        return True
    if before is not None and before.lower_ == "of" and span.start > 1 and sdoc[span.start - 2].text[:1].isupper():
        return True
    return before is not None and before.pos_ == "PROPN" and before.text[:1].isupper() and not before.is_sent_start


# ---------------------------------------------------------------- the stage


def find_entities(
    docs: list[Doc], offsets: list[int], text: str, *, agency: str = "", captions: list[str] | None = None
) -> list[Entity]:
    """Entities of an article whose paragraph ``i`` is ``docs[i]``, starting at ``offsets[i]`` of ``text``."""
    texts = [text[offset : offset + _length(sdoc)] for sdoc, offset in zip(docs, offsets, strict=True)]
    mentions: list[Ref] = []
    for sdoc, ptext, offset in zip(docs, texts, offsets, strict=True):
        mentions.extend(_name_mentions(sdoc, ptext, offset, agency))
    _double_barrelled(mentions, text)
    mentions.extend(missed_speakers(docs, texts, offsets, mentions))
    mentions = _without_opening_nouns(mentions, docs, offsets, text)
    tokens = _tokens_by_offset(docs, offsets)
    _retype_non_people(mentions, tokens, text)
    _owners_of_places(mentions)
    _speaking_surnames(mentions, tokens)
    _speaking_works(mentions, tokens)
    _surnames_of_bodies(mentions)
    mentions.sort(key=lambda m: m.start)
    clusters = cluster_names(mentions, text)
    _bodies_by_head_words(clusters)
    _businesses_by_their_officers(clusters, text)
    _people_by_apposition(clusters, text)
    propagate(docs, texts, offsets, clusters, mentions)
    people_by_pronouns(docs, texts, offsets, clusters, AGENCIES)
    bodies_by_nouns(texts, offsets, clusters)
    resolve_roles_and_pronouns(docs, offsets, texts, mentions)
    if captions:
        caption_forms(captions, clusters)
    for cluster in clusters:  # a piece of a word is no name ("n’t" of "can’t", which spaCy splits off)
        cluster.mentions = [m for m in cluster.mentions if on_boundaries(text, m.start, m.end)]
    clusters = [c for c in clusters if c.mentions]
    clusters.sort(key=lambda c: min(m.start for m in c.mentions))
    entities = []
    for number, cluster in enumerate(clusters, start=1):
        seen: set[tuple[int, int]] = set()
        ordered = []
        for m in sorted(cluster.mentions, key=lambda m: (m.start, m.end)):
            if (m.start, m.end) not in seen:
                seen.add((m.start, m.end))
                ordered.append(Mention(start=m.start, end=m.end, text=m.text))
        name = cluster.display_name()
        aliases = [f for f in cluster.forms if f != name]
        entities.append(
            Entity(
                id=f"e{number}",
                type=cluster.type,
                name=name,
                aliases=aliases,
                titles=list(cluster.titles),
                mentions=ordered,
            )
        )
    retype_titled_people(entities, text)
    retype_by_apposition(entities, text)
    return entities


def _double_barrelled(mentions: list[Ref], text: str) -> None:
    """A person's mention cut at the hyphen of a double-barrelled surname the article names in full
    ("Finally, *Schwab*-Pomerantz says" beside "Carrie Schwab-Pomerantz"): the whole surname, so the two
    are one person (spaCy often stops a name at a hyphen)."""
    names = [m.text for m in mentions if m.type == "PERSON" and "-" in m.text]
    for m in mentions:
        glued = re.match(r"-[A-Z][^\W\d_]+", text[m.end : m.end + 40])
        if m.type != "PERSON" or glued is None:
            continue
        whole = m.text + glued.group(0)
        if any(name == whole or name.endswith(" " + whole) for name in names):
            m.end += glued.end()
            m.text = whole


_OPENING_MARKS = "\"“”‘’'«»(—–- "


def _without_opening_nouns(mentions: list[Ref], docs: list[Doc], offsets: list[int], text: str) -> list[Ref]:
    """The mentions less the common nouns a sentence opens with: 'Camp is where she "grows up more," she said'
    typed "Camp" a person. A one-word name is no name when the article uses the word in lower case as a noun
    and writes it capitalised only where a sentence (or a quotation) opens, or inside a longer name ("American
    Camp Association"). So is a plural common noun spaCy typed a person ("Watchdogs called out ..."), unless
    it is a word of a longer name in the article ("Sanders" of "Bernie Sanders")."""
    nouns = {t.text for sdoc in docs for t in sdoc if t.pos_ == "NOUN" and t.text.islower()}
    plurals = {
        t.text
        for sdoc in docs
        for t in sdoc
        if t.tag_ == "NNS" and t.ent_type_ == "PERSON" and t.lemma_.lower() != t.text.lower()
    }
    in_names = {w for m in mentions if " " in m.text for w in m.text.split()}
    words = {
        m.text
        for m in mentions
        if m.kind == "name"
        and m.text.isalpha()
        and m.text[1:].islower()
        and m.text[:1].isupper()
        and (m.text.lower() in nouns or (m.text in plurals and m.text not in in_names))
    }
    if not words:
        return mentions
    starts = sorted(offset + sent.start_char for sdoc, offset in zip(docs, offsets, strict=True) for sent in sdoc.sents)

    def opens(at: int) -> bool:
        before = bisect_right(starts, at) - 1
        return before >= 0 and not text[starts[before] : at].strip(_OPENING_MARKS)

    longer = [(m.start, m.end) for m in mentions if m.text not in words]

    def elsewhere(at: int) -> bool:  # capitalised inside a sentence, not as a word of a longer name
        return not opens(at) and not any(a <= at < b for a, b in longer)

    common = {w for w in words if not any(elsewhere(found.start()) for found in re.finditer(rf"\b{w}\b", text))}
    return [m for m in mentions if m.text not in common]


# what follows a name that names an award: "-winning", "-nominated" (or with a space: "Grammy nominated"),
# " Award", " Prize", " nomination"
_AWARD_AFTER = re.compile(
    r"[-‑ ](?:winning|nominated|nominee|winner)\b|\s+(?:Awards?|Prize|Medal|nominations?|nominee)\b"
)
# an initialism written with full stops, alone: "I.C.U.", "F.D.A.", "E.R."
_DOTTED_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")


def _tokens_by_offset(docs: list[Doc], offsets: list[int]) -> dict[int, Token]:
    """The article's tokens by their offset in its text (paragraph ``i`` is ``docs[i]`` at ``offsets[i]``)."""
    return {offset + t.idx: t for sdoc, offset in zip(docs, offsets, strict=True) for t in sdoc}


def _retype_non_people(mentions: list[Ref], tokens: dict[int, Token], text: str) -> None:
    """Mentions spaCy typed PERSON that the article shows are not: a name with a digit ("COVID-19", which
    then took a "she" from the next paragraph) takes the type the article gives it elsewhere, else MISC; an
    acronym that opens such a name ("COVID" of "COVID-19") takes its type; a one-word name joined by "and"
    or "or" to a place ("Mojave and Victorville in California") is a place, and one joined only to
    organisations ("Tesla and SpaceX") an organisation, unless it is a word of a person's longer name in
    the article ("Joe" of "Joe Biden"); a one-word name every mention of which
    names an award ("Tony-winning", "a Tony nomination", "Pulitzer Prize") is no one; an online platform's
    name ("Instagram Live") is an organisation's."""
    types: dict[str, Counter[EntityType]] = {}
    for m in mentions:
        types.setdefault(m.text, Counter())[m.type] += 1

    def other_type(forms: Iterable[str]) -> EntityType | None:  # the type most of these forms' mentions have
        counts = [(n, kind) for form in forms for kind, n in types[form].items() if kind != "PERSON"]
        return max(counts)[1] if counts else None

    people_words = {w for m in mentions if m.type == "PERSON" and " " in m.text for w in m.text.split()}
    for m in mentions:
        token = tokens.get(m.start)
        one_word = m.type == "PERSON" and " " not in m.text and m.text not in people_words
        if one_word and token is not None and _head_of_a_longer_name(token):
            m.type = "MISC"  # "the Florida COVID-19 Data and Surveillance Dashboard she created"
    awards: dict[str, bool] = {}  # a one-word name: whether every mention of it names an award
    for m in mentions:
        if m.type == "PERSON" and " " not in m.text:
            awards[m.text] = awards.get(m.text, True) and _AWARD_AFTER.match(text, m.end) is not None
    for m in mentions:
        if m.type != "PERSON":
            continue
        if awards.get(m.text):
            m.type = "MISC"
            continue
        if m.text.split()[0] in PLATFORMS:  # "Instagram Live", "Zoom": a platform, no one's name
            m.type = "ORG"
            continue
        if any(ch.isdigit() for ch in m.text):
            m.type = other_type([m.text]) or "MISC"
            continue
        if _DOTTED_INITIALISM.fullmatch(m.text) and m.text not in people_words:
            # "I.C.U.", "F.D.A." alone (not "J.B." of "J.B. Pritzker"): an initialism, no one's name
            m.type = other_type([m.text]) or "ORG"
            continue
        if m.text.isupper() and len(m.text) > 1 and " " not in m.text:
            # "COVID" beside "COVID-19": an acronym takes the type of the longer name it opens
            opened = other_type([name for name in types if name.startswith(m.text + "-")])
            if opened is not None:
                m.type = opened
                continue
        token = tokens.get(m.start)
        if token is None or len(token) != len(m.text) or m.text in people_words:
            continue  # ("Joe" of a "Joe Biden" elsewhere is a person whatever list it stands in)
        joined = _conjoined(token)
        if any(t.ent_type_ in ("GPE", "LOC") for t in joined):
            m.type = "GPE"
        elif any(t.ent_type_ == "ORG" for t in joined) and not any(t.ent_type_ == "PERSON" for t in joined):
            m.type = "ORG"  # "his companies, Tesla and SpaceX": a one-word name listed with companies only


_GENERATIONS = frozenset(["jr", "sr", "ii", "iii", "iv"])
# a word of a person's name: a capital, then letters, an apostrophe or a hyphen inside ("O'Leary", "DeSantis")
_NAME_WORD_FORM = re.compile(r"[A-Z][^\W\d_'’-]*(?:['’-][^\W\d_'’-]+)*")


def _speaking_surnames(mentions: list[Ref], tokens: dict[int, Token]) -> None:
    """A one-word name spaCy typed other than a person that speaks ("Reese said", "exuded Reese",
    "according to Reese") and that the article also writes as the last word of a longer name ("Capri
    Reese", typed an organisation and a group; "Dr. Sean O'Leary", "Dr. Petre") is a person's surname:
    every mention of it and of the longer names becomes a person's. A body is called by its first word
    ("Goldman said"), a person by the last, and never with "the" ("the Times reported", "the House
    voted"); a known place, agency or an organisation's head word ("Holdings") never turns, nor a longer
    name with an acronym or a comma in it ("WFH House", "Todaro, Raoult")."""
    longer: dict[str, list[Ref]] = {}
    for m in mentions:
        first = tokens.get(m.start)
        if first is None or first.pos_ != "PROPN" or (first.is_sent_start and first.is_stop):
            continue  # ("First Fauci and Birx used ...": an adverb opening the sentence, joined to the name)
        words = m.text.split()
        if words and words[-1].rstrip(".").lower() in _GENERATIONS:
            words = words[:-1]  # "Wayne Reese Jr."
        titled = False
        while len(words) > 1 and words[0].rstrip(".").lower() in NOT_GIVEN:
            words, titled = words[1:], True  # "Dr. Sean O'Leary", "Mayor Jane Roe"
        if (
            (2 <= len(words) <= 3 or (titled and len(words) == 1))
            and all(_NAME_WORD_FORM.fullmatch(w) for w in words)
            and not words[0].isupper()
        ):
            longer.setdefault(words[-1], []).append(m)
    speaking: set[str] = set()
    for m in mentions:
        if m.type == "PERSON" or " " in m.text or m.text not in longer or not m.text[:1].isupper() or m.text.isupper():
            continue
        if m.text.lower() in _COUNTRY_KEYS or m.text.lower() in AGENCIES or m.text.lower() in ORG_HEADS:
            continue
        token = _name_head(m, tokens)
        if token is None or any(c.dep_ == "det" for c in token.children):
            continue  # "the Times reported", "the House voted": a body
        if _speaks_as(token):
            speaking.add(m.text)  # (also "..., according to Cholankeril.", typed a place)
    for surname in speaking:
        named = {id(f) for f in longer[surname]}
        for m in mentions:
            if m.text == surname or id(m) in named:
                m.type = "PERSON"


def _speaking_works(mentions: list[Ref], tokens: dict[int, Token]) -> None:
    """A name spaCy took for a work or a language (MISC) that speaks ("Waymo says it has redesigned ...",
    "As The Verge has previously reported", "according to Streetsblog") is an organisation's: a company, an
    outlet; or a person's, where it is two words or more with a given name ("Anders Tegnell told ...").
    Every mention of that name takes the type. A longer name of neither kind stays as it was."""
    works = {m.text for m in mentions if m.type == "MISC" and m.text[:1].isupper() and not _SEVERAL.search(m.text)}
    if not works:
        return
    speaking: set[str] = set()
    for m in mentions:
        if m.text not in works:
            continue
        token = _name_head(m, tokens)
        if token is not None and token.tag_ != "NNPS" and _speaks_as(token):
            speaking.add(m.text)  # (not "The Greeks said": a people)
    # a one-word name may speak where spaCy did not see it ("As The Verge has previously reported")
    speaking.update(t.text for t in tokens.values() if t.text in works and t.tag_ == "NNP" and _speaks_as(t))
    kinds: dict[str, EntityType] = {}
    for name in speaking:
        words = name.split()
        if len(words) == 1 or words[-1].lower() in ORG_HEADS or has_org_suffix(name):
            kinds[name] = "ORG"
        elif sex_of_name(name):
            kinds[name] = "PERSON"  # "Guillaume Faury, Airbus's chief executive", "Anders Tegnell"
    for m in mentions:
        if m.type == "MISC" and m.text in kinds:
            m.type = kinds[m.text]


# a name of several people or one's possession: "Plotkin and Caplan", "Ironman's Messick"
_SEVERAL = re.compile(r"\s(?:and|&)\s|['’]s\b")


def _owners_of_places(mentions: list[Ref]) -> None:
    """An organisation's name spaCy ran on over its possessive into a place ("Amazon’s Staten Island, New York,
    fulfillment center") is the owner's alone: the place is a mention of its own. Only where the words after
    the possessive are a place the article names or a known country or city: "Children’s Hospital", "St.
    Mary’s Medical Center" keep theirs. (An outlet's reporter named after its possessive is split by
    :func:`_mended_ents`.)"""
    places = {m.text for m in mentions if m.type in ("GPE", "LOC")}
    for m in mentions:
        if m.type != "ORG":
            continue
        owner = re.match(r"(.+?)['’]s\s+(.+)$", m.text)
        if owner is not None and (owner.group(2) in places or owner.group(2).lower() in _COUNTRY_KEYS):
            m.end = m.start + len(owner.group(1))
            m.text = owner.group(1)


def _name_head(m: Ref, tokens: dict[int, Token]) -> Token | None:
    """The head word of a mention's name ("Lopez" of "Sigcho-Lopez said")."""
    token = tokens.get(m.start)
    base = token.idx if token is not None else 0  # (the token's offsets are its paragraph's)
    while token is not None and token.head.i != token.i and base <= token.head.idx < base + len(m.text):
        token = token.head
    return token


def _speaks_as(token: Token) -> bool:
    """Whether a name's head word is the subject of a verb of saying, or the object of "according to"."""
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in REPORTING_VERBS:
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"


#: words before a one-word name that leave it a person's: titles, honorifics and nouns for a person
_BEFORE_A_PERSON = frozenset(
    [*ROLE_NOUNS, *TITLE_MODIFIERS, *_HONORIFIC_TOKENS, *TITLE_ABBREVIATIONS, *UNNAMED_PERSON_NOUNS, "coach"]
)


def _head_of_a_longer_name(token: Token) -> bool:
    """Whether a one-word "person" is a thing's name: it takes "the", alone or before the other words of
    a longer name spaCy left out ("the Florida COVID-19 Data and Surveillance Dashboard she created", "the
    Dashboard providing ..."), none of them a title, an honorific or a noun for a person ("the Rev. Doe",
    "the mayor, Doe" stay people)."""
    before = [c for c in token.children if c.i < token.i]
    if not before or before[0].lower_ != "the" or before[0].dep_ != "det":
        return False  # ("Alydar Skyy", 'Emanuel “Chris” Welch': a given name spaCy left out stays a person's)
    return all(c.dep_ in ("compound", "nmod") and c.lower_.rstrip(".") not in _BEFORE_A_PERSON for c in before[1:])


#: "Pecora of Waste Pro USA": a surname and the body the person speaks for, which spaCy took for one name
_SURNAME_OF = re.compile(r"([A-Z][\w'’-]+) of (?:the )?[A-Z]")


def _surnames_of_bodies(mentions: list[Ref]) -> None:
    """A name spaCy read as "Surname of Body" ("Pecora of Waste Pro USA said", an organisation of its own
    beside "Ron Pecora") is the person: the mention shrinks to the surname, when the article names a
    person with that surname in full."""
    surnames = {m.text.split()[-1] for m in mentions if m.type == "PERSON" and " " in m.text}
    for m in mentions:
        found = _SURNAME_OF.match(m.text) if m.type != "PERSON" else None
        if found is not None and found.group(1) in surnames:
            m.end = m.start + len(found.group(1))
            m.text = found.group(1)
            m.type = "PERSON"


def _conjoined(token: Token) -> list[Token]:
    """The words joined with ``token`` by "and" or "or", the whole list ("Mojave and Victorville"), spaCy's
    chain of conjuncts followed up to its first word and down again."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    out, todo = [first], [first]
    while todo:
        for child in todo.pop().children:
            if child.dep_ == "conj":
                out.append(child)
                todo.append(child)
    return [t for t in out if t.i != token.i]


#: what a capitalised word before a surname does when it is no given name ("*Though* Treider said")
_NOT_NAME_DEPS = frozenset(["mark", "cc", "advmod", "prep", "det", "intj"])


def missed_speakers(docs: list[Doc], texts: list[str], offsets: list[int], mentions: list[Ref]) -> list[Ref]:
    """People spaCy did not tag, found by the article's own evidence (issue 11): a capitalised word
    that is the subject of a verb of saying ("Townsend said ...") and that the article also writes
    after a given name ("Donte Townsend, founder of ..."): the full name and the surname are a
    person's mentions. An online platform's name (:data:`roles.PLATFORMS`) as such a subject is the
    company's ("Facebook announced Monday that ...")."""
    taken = [(m.start, m.end) for m in mentions]

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken)

    found: list[Ref] = []
    surnames: dict[str, Ref] = {}
    for sdoc, offset in zip(docs, offsets, strict=True):
        for token in sdoc:
            if (
                token.dep_ == "nsubj"
                and (token.pos_ == "PROPN" or (token.pos_ == "NOUN" and not token.is_sent_start))
                and token.is_alpha
                and token.is_title
                and len(token) > 2
                and token.lower_ not in ORG_HEADS  # ("Princess Cruises said")
                and token.head.lemma_.lower() in REPORTING_VERBS
                and not any(c.dep_ == "compound" for c in token.children)
                and token.text not in surnames
                and free(offset + token.idx, offset + token.idx + len(token))
            ):
                platform = token.text in PLATFORMS
                ref = Ref(
                    start=offset + token.idx,
                    end=offset + token.idx + len(token),
                    text=token.text,
                    type="ORG" if platform else "PERSON",
                    kind="name",
                    subject=is_subject(token),
                    main=is_main_subject(token),
                    sent=offset + token.sent.start_char,
                )
                if platform:
                    # "Facebook announced Monday that ...", which spaCy's small model left untagged: the company
                    found.append(ref)
                    taken.append((ref.start, ref.end))
                else:
                    surnames[token.text] = ref
    for surname, ref in surnames.items():
        full = re.compile(rf"(?<![\w.])([A-Z][a-z]+)\s+{re.escape(surname)}(?!\w)")
        for sdoc, ptext, offset in zip(docs, texts, offsets, strict=True):
            match = next((m for m in full.finditer(ptext) if m.group(1).lower() not in NOT_GIVEN), None)
            if match is None or not free(offset + match.start(), offset + match.end()):
                continue
            span = sdoc.char_span(match.start(), match.end())
            if span is None or any(t.pos_ != "PROPN" or t.ent_type_ not in ("", "PERSON") for t in span):
                continue
            if span[0].dep_ in _NOT_NAME_DEPS:
                continue  # "Though Treider said ...": a conjunction opening the sentence, no given name
            found.append(
                Ref(
                    start=offset + match.start(),
                    end=offset + match.end(),
                    text=match.group(0),
                    type="PERSON",
                    kind="name",
                    subject=is_subject(span.root),
                    main=is_main_subject(span.root),
                    sent=offset + span.root.sent.start_char,
                )
            )
            found.append(ref)
            break
    return found


#: verbs whose subject, a capital or a country, is its government speaking or acting as one
GOVERNMENT_VERBS = REPORTING_VERBS | frozenset(
    ["accuse", "demand", "threaten", "reject", "condemn", "criticize", "criticise", "dismiss", "blame", "call",
     "welcome", "protest", "urge", "insist", "refuse", "pressure", "defy", "vow", "pledge", "sanction"]
)  # fmt: skip


def _government_of(entity: Entity, text: str) -> str | None:
    """The country whose government a place that speaks stands for: a capital's ("Washington": US),
    a country's own; None for other places (a city speaks for its own council: "St. Petersburg said"),
    and for "Washington" where the article names the state."""
    name = entity.name
    if name in CAPITAL_OF:
        if name == "Washington" and re.search(r"\bWashington\s+[Ss]tate\b|\bstate of Washington\b", text):
            return None
        return CAPITAL_OF[name]
    for form in (name, *entity.aliases):
        if form.lower() in COUNTRY_FORMS:
            return COUNTRY_FORMS[form.lower()]
        if form in COUNTRIES:
            return form
    return None


def _government_name(country: str) -> str:
    return f"{country} government" if country.isupper() else f"government of {country}"


def governments_that_speak(entities: list[Entity], docs: list[Doc], offsets: list[int], text: str) -> None:
    """A capital or a country that is the subject of a verb of saying ("Washington has warned London
    that ...", "Moscow insists ...") stands for its government: those mentions move to an organisation,
    "US government", "government of Russia" (the one the article names, else a new one; a place all
    of whose mentions speak becomes it), and the place keeps the rest ("a visit to Washington")."""
    moved: dict[str, list[Mention]] = {}
    for entity in entities:
        if entity.type != "GPE":
            continue
        country = _government_of(entity, text)
        if country is None:
            continue
        keep, speak = [], []
        for m in entity.mentions:
            i = max(0, bisect_right(offsets, m.start) - 1)
            span = docs[i].char_span(m.start - offsets[i], m.end - offsets[i], alignment_mode="expand")
            root = span.root if span is not None and len(span) else None
            if (
                root is not None
                and root.dep_ == "nsubj"
                and root.head.pos_ in ("VERB", "AUX")
                and root.head.lemma_.lower() in GOVERNMENT_VERBS
            ):
                speak.append(m)
            else:
                keep.append(m)
        if not speak:
            continue
        name = _government_name(country)
        named = any(e.type == "ORG" and name.lower() in (n.lower() for n in (e.name, *e.aliases)) for e in entities)
        if not keep and not named and country not in moved:
            # every mention speaks: the place is the government ("Moscow insists ..." alone)
            entity.aliases = sorted({entity.name, *entity.aliases} - {name})
            entity.type, entity.name = "ORG", name
            continue
        entity.mentions = keep
        moved.setdefault(country, []).extend(speak)
    entities[:] = [e for e in entities if e.mentions]
    number = max((int(e.id[1:]) for e in entities if e.id[1:].isdigit()), default=0)
    for country, mentions in moved.items():
        name = _government_name(country)
        found = next(
            (e for e in entities if e.type == "ORG" and name.lower() in (n.lower() for n in (e.name, *e.aliases))),
            None,
        )
        if found is None:
            number += 1
            found = Entity(id=f"e{number}", type="ORG", name=name)
            entities.append(found)
        found.mentions = sorted([*found.mentions, *mentions], key=lambda m: (m.start, m.end))
        found.aliases = [*found.aliases, *sorted({m.text for m in mentions} - {found.name, *found.aliases})]
    entities.sort(key=lambda e: min(m.start for m in e.mentions))
    for number, entity in enumerate(entities, start=1):  # ids follow first mentions, as find_entities gives them
        entity.id = f"e{number}"


#: roles only a person holds, in an apposition after a name ("Jane Roe, chief of the infectious
#: diseases division,", "John Doe, a professor at ...")
PERSON_ROLES = frozenset(
    ["chief", "director", "professor", "founder", "co-founder", "ceo", "spokesman", "spokeswoman", "spokesperson",
     "president", "chairman", "chairwoman", "senator", "governor", "mayor", "minister", "secretary", "lawyer",
     "attorney", "doctor", "physician", "nurse", "epidemiologist", "scientist", "researcher", "economist",
     "analyst", "author", "owner", "student", "teacher", "coach", "dean", "executive", "officer", "expert",
     "specialist", "virologist", "immunologist", "historian", "psychologist", "sociologist"]
)  # fmt: skip
#: kin, neighbours and callings only a person has, as the head of a one-word name's apposition or right before a
#: name set off by commas ("Grace, an older friend from Manhattan, told me", "his wife, Jane,"); not among
#: :data:`PERSON_ROLES`, whose words anywhere in a longer name's apposition count ("the parent company", "a sister
#: company", "the asset manager" name businesses)
PERSON_NOUNS = frozenset(
    ["friend", "mother", "father", "mom", "dad", "son", "daughter", "wife", "husband", "brother", "sister",
     "grandmother", "grandfather", "widow", "widower", "neighbor", "neighbour", "resident", "retiree", "veteran",
     "volunteer", "pastor", "priest", "rabbi", "imam", "artist", "musician", "singer", "actor", "actress", "writer",
     "journalist", "reporter", "photographer", "chef", "farmer", "patient", "survivor"]
)  # fmt: skip
_PERSON_WORDS = PERSON_ROLES | PERSON_NOUNS
_APPOSITION_ROLE = re.compile(r",\s+(?:(?:a|an|the)\s+)?((?:[\w-]+\s+){0,3}[\w-]+)\b")
# "Name, a vaccine expert at ...", "Name, an epidemiologist,": the role heads the apposition
_APPOSITION_ONE_ROLE = re.compile(r",\s+an?\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)")
# "education minister, Name,": a person's role in lower case right before the name and its comma
_ROLE_BEFORE_APPOSED = re.compile(r"\b([a-z][\w-]*),\s+$")
_APPOSITION_STOPS = frozenset(["at", "for", "with", "in", "from", "on", "who", "and", "to", "based"])


def retype_by_apposition(entities: list[Entity], text: str) -> None:
    """A name of one to three capitalised words typed as an organisation or a place is a person when
    an apposition after it gives a role only a person holds ("Jane Roe, chief of the infectious
    diseases division, said"; one word only as "Name, a <role>": "Petousis-Harris, a vaccine expert"):
    the article's own evidence wins over the model's type. (Clusters are retyped so before pronouns are
    resolved, :func:`_people_by_apposition`; this catches the entities built otherwise.)"""
    for entity in entities:
        spans = [(m.start, m.end) for m in entity.mentions]
        if _apposed_person(entity.type, [entity.name, *entity.aliases], spans, text):
            _made_a_person(entity)


def _bodies_by_head_words(clusters: list[Cluster]) -> None:
    """A cluster typed a person whose names include one of several words ending on an organisation's head word
    ("Sunrise Movement", which spaCy typed an organisation, joined to the "Sunrise" it typed a person) is an
    organisation, unless one of its names has a given name."""
    for cluster in clusters:
        if cluster.type != "PERSON" or any(sex_of_name(f) for f in cluster.forms):
            continue
        if any(len(f.split()) > 1 and f.split()[-1].lower().rstrip(".") in ORG_HEADS for f in cluster.forms):
            cluster.retype("ORG")


#: what a business has and a person does not: "Spin’s co-founder and president", "Lime’s CEO"
_OFFICERS_AFTER = re.compile(
    r"\s*['’]s\s+(?:co-?founders?|founders?|ceo|cfo|coo|chief (?:executive|operating|financial)|chairman|chairwoman"
    r"|board of directors|shareholders)\b",
    re.I,
)


def _businesses_by_their_officers(clusters: list[Cluster], text: str) -> None:
    """A one-word name typed a person, with no given name, sex or title, whose possessive the article puts before a
    business's officer ("Spin’s co-founder and president Euwyn Poon", "Lime’s CEO") is an organisation: spaCy
    typed the scooter company Spin a person, and "Spin’s co-founder and president Euwyn Poon said" went to no one,
    read as two people."""
    for cluster in clusters:
        if (
            cluster.type != "PERSON"
            or any(len(f.split()) > 1 for f in cluster.forms)
            or cluster.sex()
            or cluster.titles
        ):
            continue
        if any(m.kind == "name" and _OFFICERS_AFTER.match(text, m.end) for m in cluster.mentions):
            cluster.retype("ORG")


def _people_by_apposition(clusters: list[Cluster], text: str) -> None:
    """:func:`retype_by_apposition` for the clusters, before their pronouns are resolved: "said
    Petousis-Harris, a vaccine expert at ... “...,” she said" is her "she"."""
    for cluster in clusters:
        forms = [cluster.display_name(), *cluster.forms]
        spans = [(m.start, m.end) for m in cluster.mentions if m.kind == "name"]
        if _apposed_person(cluster.type, forms, spans, text):
            cluster.retype("PERSON")


_APPOSABLE = ("ORG", "GPE", "LOC", "NORP", "MISC", "FAC", "PRODUCT", "WORK_OF_ART")


def _apposed_person(etype: str, forms: list[str], spans: list[tuple[int, int]], text: str) -> bool:
    """Whether a name of that type, written in ``forms`` (the first its display name), is a person's: an
    apposition after one of its mentions (``spans``) gives a role only a person holds, or the name of two
    or three words is itself the apposition of such a role ("Pakistan's education minister, Shafqat
    Mahmood, acknowledges"). A country never is ("Within the U.S., the governor of California issued
    ...": no apposition)."""
    if etype not in _APPOSABLE or any(form.lower() in _COUNTRY_KEYS for form in forms):
        return False
    words = forms[0].split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    if len(words) > 1 and words[-1].lower() not in ORG_HEADS:
        for start, end in spans:
            role = _ROLE_BEFORE_APPOSED.search(text, max(0, start - 40), start)
            if role and role.group(1).lower() in _PERSON_WORDS and text[end : end + 1] == ",":
                return True
    for _, end in spans:
        if len(words) == 1:
            # one word: only "Name, a <role>" ("said Petousis-Harris, a vaccine expert at ..."), the role
            # the head of the apposition
            one = _APPOSITION_ONE_ROLE.match(text, end)
            head = []
            for word in one.group(1).split() if one else []:
                if word in _APPOSITION_STOPS:
                    break
                head.append(word)
            if head and head[-1] in _PERSON_WORDS:
                return True
            continue
        found = _APPOSITION_ROLE.match(text, end)
        if found and any(w.lower() in PERSON_ROLES for w in found.group(1).split()):
            return True
    return False


#: a person's title right before a name ("President Trump", "Gov. DeSantis", "Mr. Cummings")
_PERSON_TITLE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|Lt|Col|Sgt|Prof)\.?|\b(?:President|Senator|Governor|Mayor|Minister|"
    r"Secretary|Chancellor|Judge|Justice|Prince|Princess|Queen|King|Pope|General|Professor|Congressman|"
    r"Congresswoman|Ambassador|Sheriff|Attorney General|Speaker|Officer|CEO|Director|Chairman|Chairwoman|"
    r"Commissioner))\s+$"
)


def retype_titled_people(entities: list[Entity], text: str) -> None:
    """An organisation or place the article names with a person's title ("President Trump", "Mr.
    Cummings") is a person: the article's own evidence wins over the model's type."""
    for entity in entities:
        if entity.type not in ("ORG", "GPE", "LOC", "NORP", "MISC", "PRODUCT", "FAC"):
            continue
        if any(n.split()[-1].lower() in ORG_HEADS for n in (entity.name, *entity.aliases) if n.split()):
            continue  # "Princess Cruises": a business's name, with a title word in it
        for m in entity.mentions:
            if m.text[:1].isupper() and _PERSON_TITLE.search(text[max(0, m.start - 24) : m.start]):
                _made_a_person(entity)
                break


def _made_a_person(entity: Entity) -> None:
    """An organisation or place retyped a person once its pronouns were resolved: the "it" it took as an
    organisation is no longer its ("Ald. Byron Sigcho-Lopez" typed ORG took the "It concluded:" of the
    mayor's statement after him)."""
    entity.type = "PERSON"
    entity.mentions = [m for m in entity.mentions if m.text.lower() not in ("it", "its")]


@stage("entities", reads=("text",), uses=("docs",), writes=("entities",))
def run_entities(doc: Document) -> None:
    """Fill ``Article.entities`` from the ``nlp`` stage's Docs (no Docs: no entities)."""
    article = doc.article
    if len(doc.docs) != len(article.paragraphs):
        if doc.docs:
            raise ValueError("the entities stage needs one spaCy Doc per paragraph: run the nlp stage first")
        article.entities = []
        return
    offsets = [p.start for p in article.paragraphs]
    agency = article.dateline.agency if article.dateline and article.dateline.agency else ""
    captions = [m.caption for m in article.media if m.caption]
    article.entities = find_entities(doc.docs, offsets, article.text, agency=agency or "", captions=captions)
    # the record's reading, past the names' literal types (which bench_ner scores, CoNLL's convention):
    # "Washington warned ..." is the US government speaking
    governments_that_speak(article.entities, doc.docs, offsets, article.text)
