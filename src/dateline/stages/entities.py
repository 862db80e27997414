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
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dateline.identity import acronym, fold_token, is_acronym_of, name_key, same_referent
from dateline.model import Entity, EntityType, Mention
from dateline.pipeline import Document, stage
from dateline.roles import (
    AGENCIES,
    COUNTRIES,
    FEMALE_HONORIFICS,
    FEMALE_ROLES,
    GENERIC_ROLES,
    MALE_HONORIFICS,
    MALE_ROLES,
    MEDIA_NOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SPEAKER_PRONOUNS,
    TITLE_MODIFIERS,
)

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
#: Tokens that end a name inside a person span.
BREAKS = frozenset(['"', "“", "”", "«", "»", "(", ")", "=", "/", "--", ",", ";", ":"])
#: Last words that make a name an organisation, even when spaCy says PERSON.
ORG_HEADS = _words(
    """inc corp corporation co ltd llc plc ag gmbh group holdings bank airlines airways motors
    international industries technologies systems partners capital communications pharmaceuticals
    foundation institute university college council committee party union association agency ministry
    department club united city fc federation league center centre museum school hospital company
    network"""
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
_SUBJECT_DEPS = frozenset(["nsubj", "nsubjpass"])
_DETERMINERS = frozenset(["the"])
_QUOTE_OPEN = "“«„"
_QUOTE_CLOSE = "”»"
_PERSONISH = frozenset(["PERSON"])
_NAME_TYPES = frozenset(["ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "LAW", "MISC", "PERSON"])


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    type: EntityType
    kind: str  # "name", "role" or "pronoun"
    subject: bool = False
    titles: list[str] = field(default_factory=list)
    gender: str = ""
    cluster: _Cluster | None = None


@dataclass
class _Cluster:
    type: EntityType
    name: str
    mentions: list[_Mention] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    votes: Counter[str] = field(default_factory=Counter)
    gender: str = ""

    def add(self, mention: _Mention) -> None:
        mention.cluster = self
        self.mentions.append(mention)
        for title in mention.titles:
            if title.lower() not in (t.lower() for t in self.titles):
                self.titles.append(title)
        if mention.gender and not self.gender:
            self.gender = mention.gender
        if mention.kind != "name":
            return
        self.votes[mention.type] += 1
        if mention.text not in self.forms:
            self.forms.append(mention.text)
        if _completeness(mention.text, self.type) > _completeness(self.name, self.type):
            self.name = mention.text

    def display_name(self) -> str:
        """The name to show.  For a person: the first full name the article gives (news writing
        names a person in full first: "Hillary Clinton", not a later "Crooked Hillary Clinton"),
        completed by a later form that only adds middle words ("George W. Bush"); otherwise the most
        complete form."""
        if self.type != "PERSON":
            return self.name
        full = [m.text.split() for m in sorted(self.mentions, key=lambda m: m.start) if m.kind == "name"]
        full = [words for words in full if len(words) > 1]
        if not full:
            return self.name
        best = full[0]
        for words in full[1:]:
            same_ends = words[0].lower() == best[0].lower() and words[-1].lower() == best[-1].lower()
            if same_ends and len(words) > len(best):
                best = words
        return " ".join(best)

    def title_words(self) -> set[str]:
        return {w for title in self.titles for w in re.findall(r"[\w-]+", title.lower())}


def _completeness(name: str, type: str) -> tuple[int, int, int]:
    words = name.split()
    mixed = int(not name.isupper())
    if type == "PERSON":
        return (len(words), mixed, len(name))
    return (mixed if len(words) > 1 else 0, len(words), len(name))


# ---------------------------------------------------------------- names


def _is_titleish(token: Token) -> bool:
    low = token.lower_
    if low in ROLE_NOUNS or low in TITLE_MODIFIERS:
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
            pass
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
    has_role = any(sdoc[k].lower_ in ROLE_NOUNS for k in range(first, name_start))
    return first, has_role


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
    return end + 1, k


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
    while end > start and (sdoc[end - 1].tag_ == "POS" or sdoc[end - 1].text in ",;:-–—'’\""):
        end -= 1
    while end > start and sdoc[start].text in ",;:-–—'’\"":
        start += 1
    # nor in lower-case words ("Interfax news agency", "Xinhua news")
    while end - start > 1 and sdoc[end - 1].is_lower and sdoc[end - 1].is_alpha:
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
    name particle, a number or a quotation mark ("J. Gillespie st Kaluwitharana")."""
    if etype != "PERSON":
        return [_trim(sdoc, start, end)]
    pieces = []
    first = start
    for k in range(start, end + 1):
        if k == end or _breaks_name(sdoc[k]):
            if k > first:
                pieces.append(_trim(sdoc, first, k))
            first = k + 1
    return [(a, b) for a, b in pieces if a < b]


def _breaks_name(token: Token) -> bool:
    text = token.text
    if token.is_alpha and token.is_lower:
        return text not in NAME_PARTICLES
    return any(ch.isdigit() for ch in text) or text in BREAKS


def _piece_mention(sdoc: Doc, piece: tuple[int, int], etype: EntityType, offset: int) -> _Mention | None:
    """One name mention from a token range, with the title in front of it and its apposition."""
    start, end = piece
    inner_start = start
    titles: list[str] = []
    gender = ""
    if etype == "PERSON":
        # title words glued to the front of the name ("Spokesperson Ned Price")
        while end - start > 1 and (
            sdoc[start].lower_ in _DETERMINERS
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
        while end - start > 1 and sdoc[start].lower_ in _DETERMINERS:
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
    return _Mention(
        start=offset + span.start_char,
        end=offset + span.end_char,
        text=span.text,
        type=etype,
        kind="name",
        subject=span.root.dep_ in _SUBJECT_DEPS,
        titles=titles,
        gender=gender,
    )


def _name_mentions(sdoc: Doc, ptext: str, offset: int, dateline_agency: str) -> list[_Mention]:
    mentions: list[_Mention] = []
    covered: set[int] = set()
    for ent in sdoc.ents:
        etype = LABELS.get(ent.label_)
        if etype is None or _drop(ent):
            continue
        if _agency_context(ent, dateline_agency):
            etype = "ORG"
        elif ent.text.lower() in _COUNTRY_KEYS and etype in ("ORG", "PERSON", "NORP", "FAC", "LOC", "MISC"):
            etype = "GPE"  # spaCy sm calls "Moldova" or "Belarus" an organisation
        elif etype == "PERSON" and ent[-1].lower_.rstrip(".") in ORG_HEADS:
            etype = "ORG"  # "Magna International Inc", "Manchester United"
        elif ent.start > 0 and sdoc[ent.start - 1].lower_.rstrip(".") in _HONORIFIC_TOKENS and ent.text[:1].isupper():
            etype = "PERSON"  # "Mr Mubanga", whatever spaCy says
        for piece in _pieces(sdoc, ent.start, ent.end, etype):
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
                _Mention(
                    start=offset + start,
                    end=offset + end,
                    text=found,
                    type=etype,  # type: ignore[arg-type]
                    kind="name",
                    subject=span.root.dep_ in _SUBJECT_DEPS,
                )
            )
            covered.update(range(span.start, span.end))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _words_re(words: Iterable[str]) -> re.Pattern[str]:
    alternatives = sorted((re.escape(w) for w in words), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.I)


def _length(sdoc: Doc) -> int:
    """Length of the text a Doc was made from, without building its text token by token."""
    if not len(sdoc):
        return 0
    last = sdoc[-1]
    return last.idx + len(last.text)


def _token_at(sdoc: Doc, start: int, end: int) -> Token | None:
    """The one token whose characters are ``start..end`` of the Doc's text."""
    span = sdoc.char_span(start, end)
    return span[0] if span is not None and len(span) == 1 else None


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
_COUNTRIES = _Gazetteer([*COUNTRIES, *(c.upper() for c in COUNTRIES)])
_COUNTRY_KEYS = frozenset(c.lower() for c in COUNTRIES)


def _inside_name(sdoc: Doc, span: Span) -> bool:
    """Whether a capitalised word touches the span: "England" in "Bank of England" is not the country."""
    before = sdoc[span.start - 1] if span.start > 0 else None
    after = sdoc[span.end] if span.end < len(sdoc) else None
    if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper():
        return True
    if before is not None and before.lower_ == "of" and span.start > 1 and sdoc[span.start - 2].text[:1].isupper():
        return True
    return before is not None and before.pos_ == "PROPN" and before.text[:1].isupper() and not before.is_sent_start


#: Modifiers of a role noun that need not be in the person's title ("the *former* president").
_HARMLESS_MODIFIERS = frozenset(["former", "then", "top", "senior", "chief", "current", "veteran", "longtime"])
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_LINKED_PRONOUNS = frozenset([*SPEAKER_PRONOUNS, "him", "her", "them"])
_ROLE_OR_PRONOUN_RE = _words_re([*ROLE_NOUNS, *GENERIC_ROLES, *_LINKED_PRONOUNS, *_PRONOUN_GENDER])


# ---------------------------------------------------------------- identity


def _surname(cluster: _Cluster) -> str:
    return cluster.name.split()[-1] if cluster.name.split() else ""


def _find_cluster(mention: _Mention, clusters: list[_Cluster], acronym_links: dict[str, _Cluster]) -> _Cluster | None:
    text = mention.text
    if mention.type != "NORP" and text in acronym_links:
        return acronym_links[text]
    key = name_key(text, mention.type)
    single = len(text.split()) == 1
    best: _Cluster | None = None
    best_last = -1
    for cluster in clusters:
        last = cluster.mentions[-1].start if cluster.mentions else -1
        if last < best_last:
            continue
        if _matches(mention, key, single, cluster):
            best, best_last = cluster, last
    return best


def _matches(mention: _Mention, key: str, single: bool, cluster: _Cluster) -> bool:
    mtype, ctype = mention.type, cluster.type
    if mtype == "NORP" or ctype == "NORP":
        return mtype == ctype and key == name_key(cluster.name, ctype)
    if ctype == "PERSON":
        if mtype == "PERSON":
            return same_referent(mention.text, cluster.name, "PERSON") and all(
                same_referent(mention.text, form, "PERSON") for form in cluster.forms if len(form.split()) > 1
            )
        # a surname spaCy tagged as something else
        return single and mtype in ("ORG", "MISC", "PRODUCT") and same_referent(mention.text, cluster.name, "PERSON")
    if mtype == "PERSON" and not single:
        return False
    if key == name_key(cluster.name, ctype) or any(key == name_key(f, ctype) for f in cluster.forms):
        return True
    if mtype in ("ORG", "MISC", "FAC", "EVENT", "LAW", "PRODUCT") and ctype in ("ORG", "MISC", "FAC", "EVENT", "LAW"):
        return any(is_acronym_of(mention.text, f) or is_acronym_of(f, mention.text) for f in cluster.forms)
    return False


def _cluster_names(mentions: list[_Mention], text: str) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    links: dict[str, _Cluster] = {}
    for mention in mentions:
        cluster = _find_cluster(mention, clusters, links)
        if cluster is None:
            cluster = _Cluster(type=mention.type, name=mention.text)
            clusters.append(cluster)
        cluster.add(mention)
        # "Full Name (ACR)": the bracketed acronym names the same thing
        after = text[mention.end : mention.end + 14]
        m = re.match(r"\s*\(([A-Z][A-Za-z.&-]{1,10})\)", after)
        if m and mention.type not in ("PERSON", "NORP") and len(mention.text.split()) > 1:
            links[m.group(1)] = cluster
    # a full name spaCy tagged as an organisation once ("Alexei Navalny's lawyer") joins the person
    people = [c for c in clusters if c.type == "PERSON"]
    for cluster in clusters:
        if cluster.type in ("PERSON", "NORP", "GPE", "LOC") or not cluster.forms:
            continue
        if not all(len(f.split()) > 1 and f.istitle() for f in cluster.forms):
            continue
        person = next((p for p in people if any(same_referent(f, p.name, "PERSON") for f in cluster.forms)), None)
        if person is not None:
            for mention in cluster.mentions:
                mention.type = "PERSON"
                person.add(mention)
            cluster.mentions = []
    # one sense per article: a form written the same way is one referent, typed by most mentions
    by_form: dict[str, _Cluster] = {}
    for cluster in sorted(clusters, key=lambda c: -len(c.mentions)):
        if not cluster.mentions:
            continue
        bigger = next((by_form[f] for f in cluster.forms if f in by_form), None)
        if (
            bigger is not None
            and bigger is not cluster
            and set(cluster.forms) <= set(bigger.forms)
            and (bigger.type == "NORP") == (cluster.type == "NORP")
        ):
            for mention in cluster.mentions:
                mention.type = bigger.type
                bigger.add(mention)
            cluster.mentions = []
            continue
        for form in cluster.forms:
            by_form.setdefault(form, cluster)
    for cluster in clusters:
        if cluster.type != "PERSON" and cluster.votes:
            cluster.type = max(cluster.votes.items(), key=lambda kv: kv[1])[0]  # type: ignore[assignment]
    # a surname whose first mentions spaCy mistyped joins the full name: a person by vote, or
    # a one-word organisation that is exactly one person's surname ("the Trump campaign")
    for cluster in clusters:
        if not cluster.mentions or " " in cluster.name:
            continue
        if cluster.type != "PERSON" and cluster.type not in ("ORG", "MISC", "PRODUCT", "FAC", "EVENT", "LAW"):
            continue
        full = [p for p in clusters if p.type == "PERSON" and " " in p.name and p.mentions]
        match = [p for p in full if same_referent(cluster.name, p.name, "PERSON")]
        if len(match) == 1:
            for mention in cluster.mentions:
                mention.type = "PERSON"
                match[0].add(mention)
            match[0].mentions.sort(key=lambda m: m.start)
            cluster.mentions = []
    return clusters


def _propagate(
    docs: list[Doc], texts: list[str], offsets: list[int], clusters: list[_Cluster], mentions: list[_Mention]
) -> None:
    """Find again, by its exact written form, a one-word name spaCy tagged elsewhere in the article."""
    forms: dict[str, _Cluster] = {}
    for cluster in clusters:
        if cluster.type == "NORP":
            continue
        for form in cluster.forms:
            if " " not in form:
                forms.setdefault(form, cluster)
        if cluster.type == "PERSON" and " " in cluster.name:
            forms.setdefault(_surname(cluster), cluster)
        elif cluster.type in ("ORG", "FAC", "EVENT", "LAW", "MISC") and " " in cluster.name:
            short = acronym(cluster.name)
            if len(short) >= 3:
                forms.setdefault(short, cluster)  # "World Health Organization" ... "WHO experts"
    if not forms:
        return
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?!\w)"
    )
    starts = sorted(m.start for m in mentions)
    ends = sorted(m.end for m in mentions)
    for sdoc, ptext, offset in zip(docs, texts, offsets, strict=True):
        for match in pattern.finditer(ptext):
            start, end = offset + match.start(), offset + match.end()
            # overlaps a mention when some mention starts before `end` and ends after `start`
            if bisect_left(starts, end) > bisect_right(ends, start):
                continue
            token = _token_at(sdoc, match.start(), match.end())
            if token is None or token.ent_type_ in ("DATE", "TIME"):
                continue
            if token.pos_ not in ("PROPN", "NOUN", "X") and not (token.is_upper and len(token) > 2):
                continue
            cluster = forms[match.group(0)]
            mention = _Mention(
                start=start,
                end=end,
                text=match.group(0),
                type=cluster.type,
                kind="name",
                subject=token.dep_ in _SUBJECT_DEPS,
            )
            cluster.add(mention)
            mentions.append(mention)
    mentions.sort(key=lambda m: m.start)


# ---------------------------------------------------------------- roles and pronouns


def _quoted(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks in one paragraph (straight quotes toggle)."""
    ranges: list[tuple[int, int]] = []
    open_at = -1
    text = text.replace("''", '" ').replace("``", '" ')  # same length: offsets hold
    for i, ch in enumerate(text):
        if ch == '"':
            if open_at < 0:
                open_at = i
            else:
                ranges.append((open_at, i))
                open_at = -1
        elif ch in _QUOTE_OPEN and open_at < 0:
            open_at = i
        elif ch in _QUOTE_CLOSE and open_at >= 0:
            ranges.append((open_at, i))
            open_at = -1
    if open_at >= 0:  # a quote running on to the next paragraph
        ranges.append((open_at, len(text)))
    return ranges


def _role_phrase(token: Token) -> tuple[int, list[str]] | None:
    """For a role noun heading "the (modifiers) ROLE", the first token and the modifiers."""
    doc = token.doc
    if token.tag_ in ("NNS", "NNPS") or token.dep_ in ("compound", "amod"):
        return None
    if token.i + 1 < len(doc) and doc[token.i + 1].pos_ in ("PROPN", "NOUN") and doc[token.i + 1].tag_ != "POS":
        return None  # a title in front of a name, or part of a longer noun
    modifiers: list[str] = []
    j = token.i - 1
    while j >= 0:
        prev = doc[j]
        low = prev.lower_
        if low in _DETERMINERS:
            return j, modifiers
        if low in TITLE_MODIFIERS or low in ROLE_NOUNS or (prev.pos_ in ("ADJ", "NOUN") and prev.is_lower):
            modifiers.append(low)
            j -= 1
            continue
        if prev.ent_type_ == "NORP" and prev.is_title:  # "the Russian diplomat": nationality, not a title
            j -= 1
            continue
        if prev.ent_type_ in ("ORG", "GPE") and prev.text[:1].isupper():  # "the NATO chief": must fit the title
            modifiers.append(low)
            j -= 1
            continue
        return None
    return None


def _fits(cluster: _Cluster, head: str, modifiers: list[str]) -> bool:
    """Whether "the (modifiers) head" can stand for the person: every modifier is a word of the
    person's titles ("the *deputy foreign* minister"), and the head is too or is a generic role the
    titles fit ("the diplomat" for a foreign minister).  "the strong leader" or "the next president"
    describe, they do not refer."""
    if cluster.type != "PERSON":
        return False
    words = cluster.title_words()
    if head in FEMALE_ROLES and cluster.gender == "m":
        return False
    if head in MALE_ROLES and cluster.gender == "f":
        return False
    mods = [m for m in modifiers if m not in _HARMLESS_MODIFIERS]
    if head in words:
        return all(m in words for m in mods)
    generic = GENERIC_ROLES.get(head)
    if generic and words & generic:
        return all(m in words for m in mods)
    return False


def _gender_ok(cluster: _Cluster, gender: str) -> bool:
    return not gender or not cluster.gender or cluster.gender == gender


def _resolve_roles_and_pronouns(
    docs: list[Doc], offsets: list[int], texts: list[str], mentions: list[_Mention]
) -> list[_Mention]:
    """Add role-noun and speaker-pronoun mentions, in one pass over the paragraphs in order."""
    history: list[_Mention] = []  # resolved mentions so far, in text order
    pending = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in pending]
    ends = sorted(m.end for m in pending)
    p = 0
    added: list[_Mention] = []
    for sdoc, offset, ptext in zip(docs, offsets, texts, strict=True):
        quoted: list[tuple[int, int]] | None = None
        for match in _ROLE_OR_PRONOUN_RE.finditer(ptext):
            position = offset + match.start()
            while p < len(pending) and pending[p].start <= position:
                history.append(pending[p])
                p += 1
            token = _token_at(sdoc, match.start(), match.end())
            if token is None:
                continue
            low = token.lower_
            if low in ROLE_NOUNS or low in GENERIC_ROLES:
                phrase = _role_phrase(token)
                if phrase is None:
                    continue
                first, modifiers = phrase
                start = offset + sdoc[first].idx
                if bisect_left(starts, position + len(token)) > bisect_right(ends, position):
                    continue  # the role noun is part of a name
                target = _role_target(token, low, modifiers, history, offset, sdoc)
                if target is None:
                    continue
                mention = _Mention(
                    start=start,
                    end=position + len(token),
                    text=ptext[sdoc[first].idx : match.end()],
                    type="PERSON",
                    kind="role",
                    subject=token.dep_ in _SUBJECT_DEPS,
                )
            else:
                if quoted is None:
                    quoted = _quoted(ptext)
                if any(a <= token.idx < b for a, b in quoted):
                    continue
                gender = _PRONOUN_GENDER.get(low, "")
                if gender:
                    _learn_gender(token, gender, history, offset, quoted)
                if low not in _LINKED_PRONOUNS or not _speaker_position(token):
                    continue
                floor = _plural_before(token, offset) if low in ("they", "them") else -1
                target = _pronoun_target(gender, low, history, floor)
                if target is None:
                    continue
                mention = _Mention(
                    start=position, end=position + len(token), text=token.text, type=target.type, kind="pronoun"
                )
                mention.subject = True
                if gender and not target.gender:
                    target.gender = gender
            target.add(mention)
            history.append(mention)
            added.append(mention)
    return added


def _role_target(
    token: Token, head: str, modifiers: list[str], history: list[_Mention], offset: int, sdoc: Doc
) -> _Cluster | None:
    # an apposition names its own person: "Mr. Smith, the deputy foreign minister, said"
    if token.dep_ == "appos":
        for m in reversed(history):
            if m.kind == "name" and m.cluster is not None and m.cluster.type == "PERSON":
                if m.end <= offset + token.idx and m.start >= offset + sdoc[token.head.i].idx - 40:
                    return m.cluster
                break
    seen: set[int] = set()
    for m in reversed(history):
        cluster = m.cluster
        if cluster is None or id(cluster) in seen:
            continue
        seen.add(id(cluster))
        if _fits(cluster, head, modifiers):
            return cluster
    return None


def _speaker_position(token: Token) -> bool:
    if token.dep_ in _SUBJECT_DEPS:
        return token.head.lemma_.lower() in REPORTING_VERBS
    # "according to him"
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"


def _learn_gender(
    token: Token, gender: str, history: list[_Mention], offset: int, quoted: list[tuple[int, int]]
) -> None:
    """ "Clinton said she ...": a he/she/his/her after the only person named before it in its
    sentence (outside quotation marks) tells that person's gender."""
    sent_start = offset + token.sent.start_char
    position = offset + token.idx
    people = {
        id(m.cluster): m.cluster
        for m in reversed(history[-12:])
        if sent_start <= m.start < position
        and m.cluster is not None
        and m.cluster.type == "PERSON"
        and not any(a <= m.start - offset < b for a, b in quoted)
    }
    if len(people) == 1:
        cluster = next(iter(people.values()))
        if not cluster.gender:
            cluster.gender = gender


def _plural_before(token: Token, offset: int) -> int:
    """Offset of the nearest plural noun before ``token`` in its paragraph ("crew members ... they")."""
    for j in range(token.i - 1, -1, -1):
        prev = token.doc[j]
        if prev.tag_ in ("NNS", "NNPS"):
            return offset + prev.idx
    return offset - 1


def _pronoun_target(gender: str, pronoun: str, history: list[_Mention], floor: int = -1) -> _Cluster | None:
    """The nearest compatible entity mentioned before, preferring a grammatical subject; for
    "they" only one named after the last plural noun of the paragraph (``floor``)."""
    types = ("PERSON", "ORG") if pronoun in ("they", "them") else ("PERSON",)
    fallback: _Cluster | None = None
    for m in reversed(history[-40:]):
        if m.start <= floor:
            break
        cluster = m.cluster
        if cluster is None or cluster.type not in types or not _gender_ok(cluster, gender):
            continue
        if m.subject:
            return cluster
        if fallback is None:
            fallback = cluster
    return fallback


# ---------------------------------------------------------------- captions


def _caption_forms(captions: list[str], clusters: list[_Cluster]) -> None:
    """Spellings of a person's name in the photo captions ("Sergei Ryabkov") become aliases."""
    for caption in captions:
        for run in re.finditer(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+", caption):
            words = run.group(0).split()
            for cluster in clusters:
                if cluster.type != "PERSON" or " " not in cluster.name:
                    continue
                surname = fold_token(_surname(cluster))
                for i in range(1, len(words)):
                    if fold_token(words[i]) != surname:
                        continue
                    form = f"{words[i - 1]} {words[i]}"
                    if same_referent(form, cluster.name, "PERSON") and form not in cluster.forms:
                        cluster.forms.append(form)
                    title_words = words[: i - 1]
                    if any(w.lower() in ROLE_NOUNS for w in title_words):
                        title = " ".join(title_words)
                        if title.lower() not in (t.lower() for t in cluster.titles):
                            cluster.titles.append(title)


# ---------------------------------------------------------------- the stage


def find_entities(
    docs: list[Doc], offsets: list[int], text: str, *, agency: str = "", captions: list[str] | None = None
) -> list[Entity]:
    """Entities of an article whose paragraph ``i`` is ``docs[i]``, starting at ``offsets[i]`` of ``text``."""
    texts = [text[offset : offset + _length(sdoc)] for sdoc, offset in zip(docs, offsets, strict=True)]
    mentions: list[_Mention] = []
    for sdoc, ptext, offset in zip(docs, texts, offsets, strict=True):
        mentions.extend(_name_mentions(sdoc, ptext, offset, agency))
    clusters = _cluster_names(mentions, text)
    _propagate(docs, texts, offsets, clusters, mentions)
    _resolve_roles_and_pronouns(docs, offsets, texts, mentions)
    if captions:
        _caption_forms(captions, clusters)
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
    return entities


@stage("entities")
def run_entities(doc: Document) -> None:
    article = doc.article
    offsets = [p.start for p in article.paragraphs]
    agency = article.dateline.agency if article.dateline and article.dateline.agency else ""
    captions = [m.caption for m in article.media if m.caption]
    article.entities = find_entities(doc.docs, offsets, article.text, agency=agency or "", captions=captions)
