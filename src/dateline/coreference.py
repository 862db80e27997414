"""Coreference inside one article: which name, role noun and pronoun mentions are one entity.

Used by the ``entities`` stage after it has found the name mentions (:class:`Ref`):

* :func:`cluster_names` groups name mentions by :mod:`dateline.identity` (surnames, spellings,
  honorifics, acronyms, "Full Name (ACR)"), with one type per written form;
* :func:`propagate` finds again, by its exact written form, a one-word name spaCy missed elsewhere;
* :func:`resolve_roles_and_pronouns` adds "the deputy foreign minister", "the diplomat" and speaker
  pronouns ("he said") as mentions of the person they stand for;
* :func:`caption_forms` adds the spellings of a name found in photo captions.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dateline.attribution.rules import REPORTING
from dateline.given_names import sex_of_forms
from dateline.identity import acronym, fold_token, has_org_suffix, is_acronym_of, name_key, same_referent
from dateline.model import EntityType
from dateline.roles import (
    CITIES,
    COUNTRIES,
    FEMALE_HONORIFICS,
    FEMALE_ROLES,
    GENERIC_ROLES,
    MALE_HONORIFICS,
    MALE_ROLES,
    PARTY_NOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SPEAKER_PRONOUNS,
    TITLE_ABBREVIATIONS,
    TITLE_MODIFIERS,
)
from dateline.timeparse import MONTHS, RE_WEEKDAY

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_KNOWN_PLACES = frozenset([*COUNTRIES, *CITIES, "Washington"])
#: Dependency labels of a grammatical subject.
SUBJECT_DEPS = frozenset(["nsubj", "nsubjpass"])
#: The determiner that makes a role noun refer back ("*the* diplomat").
DETERMINERS = frozenset(["the"])
_QUOTE_OPEN = "“«„"


def is_subject(token: Token) -> bool:
    """Whether a mention's head is the subject of its clause, owns it ("*Scott's* persona is"), or
    names it ("director *Bong Joon Ho* said", parsed as an apposition to "director"; "convention President
    and CEO *Marcia Lee Kelly* said", parsed as a second subject joined by "and")."""
    if token.dep_ in SUBJECT_DEPS:
        return True
    if token.dep_ == "compound" and token.i < token.head.i and token.head.pos_ == "NOUN":
        return False  # "the *Doe* administration granted ...": the name modifies the subject, a noun
    return token.dep_ in ("poss", "appos", "compound", "conj") and token.head.dep_ in SUBJECT_DEPS


def is_main_subject(token: Token) -> bool:
    """Whether a mention's head is (or owns, or names) the subject of its sentence's main verb, or of a
    verb coordinated with it, not of a clause inside it ("after *Trump* attacked her")."""
    if not is_subject(token):
        return False
    subject = token if token.dep_ in SUBJECT_DEPS else token.head
    verb = subject.head
    if any(c.dep_ == "mark" for c in verb.children):
        return False  # "..., he told me, and *that Darwin himself* “wrote nothing but inanities.”": a clause
        # the parse joined to the main verb, a subordinate one all the same
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def cluster_is_person(cluster: Cluster) -> bool:
    return cluster.type == "PERSON"


_QUOTE_CLOSE = "”»"


@dataclass
class Ref:
    """One mention being resolved: offsets into ``Article.text``, what it is, what it tells."""

    start: int
    end: int
    text: str
    type: EntityType
    kind: str  # "name", "role" or "pronoun"
    subject: bool = False
    #: the subject of its sentence's main clause ("*he* collaborated with ... after Trump attacked her")
    main: bool = False
    #: offset of the first character of its sentence (-1: unknown)
    sent: int = -1
    titles: list[str] = field(default_factory=list)
    gender: str = ""
    cluster: Cluster | None = None
    #: written as a person is: after an honorific ("Dr. Ulrich Kiel") or in apposition to a common noun ("the
    #: director ..., Ulrich Kiel,"; not to a name in a list, "Axe MKE, Splash Studio")
    styled: bool = False


@dataclass
class Cluster:
    """The mentions found to be one entity, with its written forms, titles, type votes, gender."""

    type: EntityType
    name: str
    mentions: list[Ref] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    votes: Counter[str] = field(default_factory=Counter)
    gender: str = ""

    def add(self, mention: Ref) -> None:
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

    def retype(self, etype: EntityType) -> None:
        """Give the cluster and every mention of it ``etype``."""
        self.type = etype
        for m in self.mentions:
            m.type = etype

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

    def sex(self) -> str:
        """The person's sex: what the article tells ("Mr.", "his wife", "Clinton said she"), else what
        the given name tells ("Kate Wallich"), else ""."""
        if self.gender or self.type != "PERSON":
            return self.gender
        return sex_of_forms(self.forms)

    def title_words(self) -> set[str]:
        """The words of the titles, a short title also in full ("Gov." is a governor's)."""
        words = {w for title in self.titles for w in re.findall(r"[\w-]+", title.lower())}
        return words | {TITLE_ABBREVIATIONS[w] for w in words if w in TITLE_ABBREVIATIONS}


def _completeness(name: str, type: str) -> tuple[int, int, int]:
    words = name.split()
    mixed = int(not name.isupper())
    if type == "PERSON":
        return (len(words), mixed, len(name))
    return (mixed if len(words) > 1 else 0, len(words), len(name))


def _words_re(words: Iterable[str]) -> re.Pattern[str]:
    alternatives = sorted((re.escape(w) for w in words), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.I)


def _token_at(sdoc: Doc, start: int, end: int) -> Token | None:
    """The one token whose characters are ``start..end`` of the Doc's text."""
    span = sdoc.char_span(start, end)
    return span[0] if span is not None and len(span) == 1 else None


#: Modifiers of a role noun that need not be in the person's title ("the *former* president").
_HARMLESS_MODIFIERS = frozenset(["former", "then", "top", "senior", "chief", "current", "veteran", "longtime"])
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_LINKED_PRONOUNS = frozenset([*SPEAKER_PRONOUNS, "him", "her", "them", "it"])
_ROLE_OR_PRONOUN_RE = _words_re([*ROLE_NOUNS, *GENERIC_ROLES, *_LINKED_PRONOUNS, *_PRONOUN_GENDER])


# ---------------------------------------------------------------- identity


def _surname(cluster: Cluster) -> str:
    return cluster.name.split()[-1] if cluster.name.split() else ""


def _find_cluster(mention: Ref, clusters: list[Cluster], acronym_links: dict[str, Cluster]) -> Cluster | None:
    text = mention.text
    if mention.type != "NORP" and text in acronym_links:
        return acronym_links[text]
    key = name_key(text, mention.type)
    single = len(text.split()) == 1
    best: Cluster | None = None
    best_rank = (-1, -1, -1)
    for cluster in clusters:
        last = cluster.mentions[-1].start if cluster.mentions else -1
        sex = cluster.sex() if mention.gender else ""
        if mention.gender and sex and sex != mention.gender:
            continue  # "Mr. Hogan" after "Ms. Hogan": the husband, not the wife
        # a person of the honorific's gender first ("Mr. Hogan" after "his wife, Yumi Hogan"), then one
        # with the title written before it ("President Trump" after "Eric Trump": Donald Trump, whom the
        # article called "President" before), then the entity named last
        titled = single and any(t.lower() in (c.lower() for c in cluster.titles) for t in mention.titles)
        rank = (int(bool(mention.gender) and sex == mention.gender), int(titled), last)
        if rank < best_rank:
            continue
        if _matches(mention, key, single, cluster):
            best, best_rank = cluster, rank
    return best


def _matches(mention: Ref, key: str, single: bool, cluster: Cluster) -> bool:
    mtype, ctype = mention.type, cluster.type
    if mtype == "NORP" or ctype == "NORP":
        return mtype == ctype and key == name_key(cluster.name, ctype)
    if ctype == "PERSON":
        if mtype == "PERSON":
            return same_referent(mention.text, cluster.name, "PERSON") and all(
                same_referent(mention.text, form, "PERSON") for form in cluster.forms if len(form.split()) > 1
            )
        # a surname spaCy tagged as something else; as a place only when it is the subject of its
        # clause and no known place ("Phoenix won" after "Joaquin Phoenix", not "in Washington")
        surname = single or _PARTICLE_SURNAME.fullmatch(mention.text) is not None
        if not surname or not same_referent(mention.text, cluster.name, "PERSON"):
            return False
        if mtype in ("GPE", "LOC"):
            return mention.subject and mention.text not in _KNOWN_PLACES
        return mtype in ("ORG", "MISC", "PRODUCT")
    if mtype == "PERSON" and not single:
        return False
    if key == name_key(cluster.name, ctype) or any(key == name_key(f, ctype) for f in cluster.forms):
        return True
    if mtype in ("ORG", "MISC", "FAC", "EVENT", "LAW", "PRODUCT") and ctype in ("ORG", "MISC", "FAC", "EVENT", "LAW"):
        if any(is_acronym_of(mention.text, f) or is_acronym_of(f, mention.text) for f in cluster.forms):
            return True
        # inside one article, "the State Department" after "the US State Department" (not across
        # articles: identity.same_referent would then join every country's "Foreign Ministry")
        return mtype == "ORG" and ctype == "ORG" and any(_shortened(key, name_key(f, "ORG")) for f in cluster.forms)
    return False


#: a surname that opens on a name particle ("Von der Leyen", "de Blasio"), which spaCy may tag an organisation
_PARTICLE_SURNAME = re.compile(r"(?:(?i:von|van|de|der|den|del|della|di|du|da|le|la)\s+)+[A-Z][\w'’-]+")


def _shortened(short: str, long: str) -> bool:
    """Whether ``short`` (two words or more) ends ``long``: "state department" / "us state department"."""
    return short.count(" ") >= 1 and long.endswith(" " + short)


def cluster_names(mentions: list[Ref], text: str) -> list[Cluster]:
    clusters: list[Cluster] = []
    links: dict[str, Cluster] = {}
    for mention in mentions:
        cluster = _find_cluster(mention, clusters, links)
        if cluster is None:
            cluster = Cluster(type=mention.type, name=mention.text)
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
    by_form: dict[str, Cluster] = {}
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


def propagate(
    docs: list[Doc], texts: list[str], offsets: list[int], clusters: list[Cluster], mentions: list[Ref]
) -> None:
    """Find again, by its exact written form, a one-word name spaCy tagged elsewhere in the article."""
    forms: dict[str, Cluster] = {}
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
            cluster = forms[match.group(0)]
            if token is None or (token.ent_type_ in ("DATE", "TIME") and not _surname_not_a_date(token, cluster)):
                continue
            if (
                token.pos_ not in ("PROPN", "NOUN", "X")
                and not (token.is_upper and len(token) > 2)
                and not (token.dep_ in SUBJECT_DEPS and cluster_is_person(cluster))
            ):
                continue  # "Bright claims ..." opening a sentence: a surname the tagger took for an adjective
            mention = Ref(
                start=start,
                end=end,
                text=match.group(0),
                type=cluster.type,
                kind="name",
                subject=is_subject(token),
                main=is_main_subject(token),
                sent=offset + token.sent.start_char,
            )
            cluster.add(mention)
            mentions.append(mention)
    mentions.sort(key=lambda m: m.start)


def _surname_not_a_date(token: Token, cluster: Cluster) -> bool:
    """A person's surname spaCy took for a date (", says Schinecker." tagged DATE): the subject of a verb of
    saying, no calendar word, no digit, and the one-word form of ``cluster``, a person named in full."""
    word = token.text.lower().rstrip(".")
    if word in MONTHS or RE_WEEKDAY.fullmatch(word) or any(c.isdigit() for c in word):
        return False
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in REPORTING and cluster_is_person(cluster)


def people_by_pronouns(
    docs: list[Doc], texts: list[str], offsets: list[int], clusters: list[Cluster], agencies: frozenset[str]
) -> None:
    """A one-word name typed as an organisation or a place is a person when the article treats it as
    one: it is the subject of its clause and a "he", "his", "she" or "her" follows in the same sentence,
    outside quotation marks, with no other name between ("Smith has compared his plan to a war",
    "Tedros said she ..."). An organisation takes "it" and "its"; a known place or agency never turns."""
    starts = list(offsets)
    for cluster in clusters:
        if cluster.type not in ("ORG", "GPE", "LOC", "MISC", "PRODUCT", "FAC") or not cluster.mentions:
            continue
        if any(" " in f or not f[:1].isupper() or f.isupper() for f in cluster.forms):
            continue
        if any(f in _KNOWN_PLACES or f.lower() in agencies for f in cluster.forms):
            continue
        if _a_business_by_its_people(docs, offsets, starts, cluster):
            continue
        gender = ""
        for m in cluster.mentions:
            found = _name_token(docs, offsets, starts, m)
            if found is None or found[1].dep_ not in SUBJECT_DEPS:
                continue
            i, token = found
            quoted = _quoted(texts[i])
            for nxt in token.doc[token.i + 1 : token.sent.end]:
                if nxt.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or any(a <= nxt.idx < b for a, b in quoted):
                    break
                if nxt.lower_ in _PRONOUN_GENDER:
                    if nxt.dep_ in SUBJECT_DEPS and nxt.head in token.ancestors:
                        break  # "... and Massachusetts has not yet reopened ..., she says": she reports it
                    gender = _PRONOUN_GENDER[nxt.lower_]
                    break
                if nxt.lower_ in ("it", "its", "they", "their"):
                    break
            if gender:
                break
        if gender:
            cluster.retype("PERSON")
            cluster.gender = cluster.gender or gender


def _name_token(docs: list[Doc], offsets: list[int], starts: list[int], m: Ref) -> tuple[int, Token] | None:
    """A one-word name's mention as its paragraph's number and its one token (None for a role or a pronoun, or
    a name the parse split)."""
    if m.kind != "name":
        return None
    i = bisect_right(starts, m.start) - 1
    if i < 0:
        return None
    token = _token_at(docs[i], m.start - offsets[i], m.end - offsets[i])
    return None if token is None else (i, token)


#: what a business has and a person does not: its name written before them is the business's ("Amazon
#: warehouse workers", "an Amazon spokesperson" may be a campaign's too, so it is not here)
BUSINESS_HEADS = frozenset(
    ["employee", "worker", "warehouse", "store", "shareholder", "stockholder", "investor", "executive", "factory",
     "plant", "facility", "headquarters", "subscriber", "user", "customer", "stock", "share", "app", "product",
     "driver", "courier", "scooter"]
)  # fmt: skip


def _a_business_by_its_people(docs: list[Doc], offsets: list[int], starts: list[int], cluster: Cluster) -> bool:
    """Whether a one-word name is written before a business's people or things ("Amazon workers", "Amazon
    warehouses", "Bird scooters"): then a "he" after it is someone it speaks of ("Amazon said he was fired
    for safety violations"), and the name stays an organisation."""
    for m in cluster.mentions:
        found = _name_token(docs, offsets, starts, m)
        if found is None or found[1].dep_ != "compound":
            continue
        head = found[1].head
        while head.dep_ == "compound" and head.head.i > head.i and head.pos_ != "PROPN":
            head = head.head  # "Amazon *warehouse* workers"
        if head.pos_ == "NOUN" and head.tag_ == "NNS" and head.lemma_.lower() in BUSINESS_HEADS:
            return True
    return False


#: common nouns for a business or a service written right before its name ("payments giant Acme")
BODY_NOUNS = frozenset(
    ["company", "firm", "giant", "startup", "start-up", "maker", "retailer", "platform", "app", "network",
     "carrier", "airline", "chain", "brand", "conglomerate", "manufacturer", "developer", "insurer", "lender"]
)  # fmt: skip


#: ", the other San Francisco firm", ", a payments company": an apposition naming a business
_BODY_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+((?:[\w-]+\s*){1,6})")


#: a word with a capital inside after small letters ("WeWork", "PayPal", "YouTube"), but a surname's
#: prefix before it ("McDonald", "MacArthur", "DeSantis", "DiCaprio", "LaGuardia", "VanDyke")
_CAMEL = re.compile(r"^(?!(?:Mc|Mac|De|Di|Da|Du|Del|Della|La|Le|Van|Von|St|Fitz)[A-Z])[A-Z][a-z]+[A-Z]\w*$")


def bodies_by_nouns(texts: list[str], offsets: list[int], clusters: list[Cluster]) -> None:
    """A name typed as a person is an organisation when one of its names ends on a company's legal suffix
    ("Moderna, Inc.", "Acme Ltd"); a one-word name is one when it is written with a capital inside
    ("WeWork", "PayPal": a brand's spelling, no one's name; a "he" the pronouns gave it is then no
    evidence), or when the article writes a common noun for a business right before it ("payments
    giant Acme", "the social network Chirp") or as its apposition ("Chirp, the other San Francisco
    firm,"), and never a he or she for it."""
    starts = list(offsets)
    for cluster in clusters:
        if cluster.type != "PERSON" or not cluster.mentions:
            continue
        if cluster.forms and (
            all(_CAMEL.match(f) for f in cluster.forms) or any(has_org_suffix(f) for f in cluster.forms)
        ):
            cluster.type = "ORG"
            for n in cluster.mentions:
                n.type = "ORG"
            continue
        if cluster.gender:
            continue
        if any(" " in f for f in cluster.forms) or any(m.kind != "name" for m in cluster.mentions):
            continue
        for m in cluster.mentions:
            i = bisect_right(starts, m.start) - 1
            if i < 0:
                continue
            before = texts[i][: m.start - offsets[i]].split()
            after = _BODY_APPOSITION.match(texts[i][m.end - offsets[i] :])
            if (before and before[-1] in BODY_NOUNS) or (after and set(after.group(1).split()) & BODY_NOUNS):
                cluster.type = "ORG"
                for n in cluster.mentions:
                    n.type = "ORG"
                break


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
    if not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text in ("-", "‑"):
        return None  # "the head-of-household status"
    modifiers: list[str] = []
    j = token.i - 1
    while j >= 0:
        prev = doc[j]
        low = prev.lower_
        if low in DETERMINERS:
            return j, modifiers
        if low in TITLE_MODIFIERS or low in ROLE_NOUNS or (prev.pos_ in ("ADJ", "NOUN") and prev.is_lower):
            modifiers.append(low)
            j -= 1
            continue
        if prev.ent_type_ == "NORP" and prev.is_title:  # "the Russian diplomat": nationality, not a title
            j -= 1
            continue
        if token.lower_ in PARTY_NOUNS and prev.pos_ == "PROPN" and prev.text[:1].isupper():
            j -= 1  # "the *Western Springs* Republican": the place a party's member stands for
            continue
        if prev.ent_type_ in ("ORG", "GPE") and prev.text[:1].isupper():  # "the NATO chief": must fit the title
            modifiers.append(low)
            j -= 1
            continue
        return None
    return None


def _fits(cluster: Cluster, head: str, modifiers: list[str]) -> bool:
    """Whether "the (modifiers) head" can stand for the person: every modifier is a word of the
    person's titles ("the *deputy foreign* minister"), and the head is too or is a generic role the
    titles fit ("the diplomat" for a foreign minister).  "the strong leader" or "the next president"
    describe, they do not refer."""
    if cluster.type != "PERSON":
        return False
    words = cluster.title_words()
    if head in FEMALE_ROLES and cluster.sex() == "m":
        return False
    if head in MALE_ROLES and cluster.sex() == "f":
        return False
    mods = [m for m in modifiers if m not in _HARMLESS_MODIFIERS]
    if head in PARTY_NOUNS and words & PARTY_NOUNS[head]:
        return False  # "the Chicago Democrat" is no "Republican Sen." of the article
    if head in words:
        return all(m in words for m in mods) and not _lower_rank(cluster.titles, head, mods)
    generic = GENERIC_ROLES.get(head)
    if generic and words & generic:
        return all(m in words for m in mods)
    return False


#: words before a role that make another office of it ("*Vice* President", "*Lieutenant* Governor")
_RANKS = frozenset(["vice", "deputy", "assistant", "associate", "under", "lieutenant", "acting", "interim", "co"])


def _lower_rank(titles: list[str] | set[str], head: str, mods: list[str]) -> bool:
    """Whether every title of the person that holds ``head`` ranks it lower than the role mention says:
    "the president" is not "Vice President Pence", unless written "the vice president"."""
    ranked = []
    for title in titles:
        words = re.findall(r"\w+", title.lower())
        if head in words:
            at = words.index(head)
            ranked.append(at > 0 and words[at - 1] in _RANKS and words[at - 1] not in mods)
    return bool(ranked) and all(ranked)


def _a_person_by_evidence(cluster: Cluster) -> bool:
    """Whether a cluster spaCy typed a person shows it is one: a sex (a title, a given name, a pronoun
    linked before), a title, a name that is the subject of a clause, or one written after an honorific or in
    apposition ("Cinco De Mayo" and "Splash Studio", named only in lists of things, show none)."""
    return bool(cluster.sex() or cluster.titles or any(m.subject or m.styled for m in cluster.mentions))


def _gender_ok(cluster: Cluster, gender: str) -> bool:
    return not gender or cluster.sex() in ("", gender)


def resolve_roles_and_pronouns(docs: list[Doc], offsets: list[int], texts: list[str], mentions: list[Ref]) -> list[Ref]:
    """Add role-noun and speaker-pronoun mentions, in one pass over the paragraphs in order."""
    history: list[Ref] = []  # resolved mentions so far, in text order
    # names inside quotation marks are what a speaker talks about, not antecedents of a "he said"
    in_quotes = [
        (offset + a, offset + b) for offset, ptext in zip(offsets, texts, strict=True) for a, b in _quoted(ptext)
    ]
    quote_starts = [a for a, _ in in_quotes]
    pending = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in pending]
    ends = sorted(m.end for m in pending)
    p = 0
    added: list[Ref] = []
    brought_in: dict[str, int] = {}  # where a role noun last came in with "a" and no name ("an executive")
    kept_unnamed: set[int] = set()  # where a role noun stands for such a one ("The executive replied")
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
                if token.tag_ == "NN" and _brought_in_with_a(token):
                    brought_in[low] = position
                phrase = _role_phrase(token)
                if phrase is None:
                    continue
                first, modifiers = phrase
                start = offset + sdoc[first].idx
                party: list[Ref] = []
                if bisect_left(starts, position + len(token)) > bisect_right(ends, position):
                    # the role noun is part of a name, but for the party spaCy calls a group ("the
                    # Kentucky *Republican* said": a person, no NORP)
                    if low not in PARTY_NOUNS:
                        continue
                    party = [m for m in pending if m.start < position + len(token) and position < m.end]
                    if any(m.type != "NORP" for m in party):
                        continue
                target = _role_target(token, low, modifiers, history, offset, sdoc)
                if target is None:
                    continue
                named_at = max(
                    (m.start for m in target.mentions if m.start < position and m.kind == "name"), default=-1
                )
                if brought_in.get(low, -1) > named_at:
                    if is_subject(token):
                        kept_unnamed.add(position)
                    continue  # "an executive at an Australian trading company ... The executive replied": the
                    # one the article brought in unnamed since it last named the person the role fits
                for m in party:
                    if m.cluster is not None and m in m.cluster.mentions:
                        m.cluster.mentions.remove(m)
                mention = Ref(
                    start=start,
                    end=position + len(token),
                    text=ptext[sdoc[first].idx : match.end()],
                    type="PERSON",
                    kind="role",
                    subject=is_subject(token),
                    sent=offset + token.sent.start_char,
                )
            else:
                if quoted is None:
                    quoted = _quoted(ptext)
                if any(a <= token.idx < b for a, b in quoted):
                    continue
                gender = _PRONOUN_GENDER.get(low, "")
                if gender:
                    _learn_gender(token, gender, history, offset, quoted)
                    _learn_gender_ahead(token, gender, history, pending[p:], offset, quoted)
                if low not in _LINKED_PRONOUNS or not _linkable(token):
                    continue
                if low in ("they", "them") and _governed_by_plural(token):
                    continue  # "American leftists were caught parroting the CCP as they decried ...": the leftists
                floor = -1
                if gender:
                    floor = unnamed_person_before(token, offset, quoted, kept_unnamed)
                    role_at = max((u for u in kept_unnamed if u < position), default=-1)
                    if role_at > floor and not any(
                        m.subject and m.type == "PERSON" and role_at < m.start < position for m in history
                    ):
                        floor = role_at  # "The executive warned ... ¶ “People are dying,” he wrote": no one
                        # named as a subject since the role the article keeps unnamed
                elif low in ("they", "them"):
                    floor = _noun_before(token, offset, ("NNS", "NNPS"), phrase=True)
                elif low == "it":
                    floor = _noun_before(token, offset, ("NN",), subject=True)
                target = _pronoun_target(
                    gender, low, history, floor, (in_quotes, quote_starts), offset + token.sent.start_char
                )
                if target is None:
                    continue
                mention = Ref(
                    start=position,
                    end=position + len(token),
                    text=token.text,
                    type=target.type,
                    kind="pronoun",
                    subject=True,
                    main=is_main_subject(token),
                    sent=offset + token.sent.start_char,
                )
                if gender and not target.gender:
                    target.gender = gender
            target.add(mention)
            history.append(mention)
            added.append(mention)
    return added


#: how far back (characters) a politician named as a subject is preferred for "the Chicago Democrat"
PARTY_REACH = 1500


def _role_target(
    token: Token, head: str, modifiers: list[str], history: list[Ref], offset: int, sdoc: Doc
) -> Cluster | None:
    # an apposition names its own person: "Mr. Smith, the deputy foreign minister, said"
    if token.dep_ == "appos":
        for m in reversed(history):
            if m.kind == "name" and m.cluster is not None and m.cluster.type == "PERSON":
                if m.end <= offset + token.idx and m.start >= offset + sdoc[token.head.i].idx - 40:
                    return m.cluster
                break
    if head in PARTY_NOUNS:
        # "the Chicago Democrat said": the last politician named as a subject ("Pritzker told reporters ...",
        # not the "Democratic Senate President Don Harmon" a letter went to), else the last one named
        fitting = [m for m in reversed(history) if m.cluster is not None and _fits(m.cluster, head, modifiers)]
        near = offset + token.idx - PARTY_REACH
        best = next((m for m in fitting if m.subject and m.start >= near), fitting[0] if fitting else None)
        return best.cluster if best is not None else None
    seen: set[int] = set()
    for m in reversed(history):
        cluster = m.cluster
        if cluster is None or id(cluster) in seen:
            continue
        seen.add(id(cluster))
        if _fits(cluster, head, modifiers):
            return cluster
    return None


def _linkable(token: Token) -> bool:
    """Whether a pronoun is linked: "he", "she", "they" as the subject of a verb (a reporting verb
    makes it a speaker: "he said"; PolNeAR's sources also "he released a letter", "she wants"),
    "it" only as the subject of a reporting verb ("it said in a statement"), and "according to
    him/her/them"."""
    low = token.lower_
    if token.dep_ in SUBJECT_DEPS:
        if low == "it":
            return token.head.lemma_.lower() in REPORTING_VERBS
        return low in ("he", "she", "they")
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"


def _learn_gender(token: Token, gender: str, history: list[Ref], offset: int, quoted: list[tuple[int, int]]) -> None:
    """ "Clinton said she ...": a he/she/his/her after the only person named before it in its
    sentence (outside quotation marks) tells that person's gender."""
    sent_start = offset + token.sent.start_char
    people = _people_named(history[-12:], sent_start, offset + token.idx, offset, quoted)
    if len(people) != 1:
        return
    mention = next(iter(people.values()))
    cluster = mention.cluster
    if cluster is None or cluster.sex():
        return  # told already, by the article or by the given name
    if token.dep_ == "poss" and token.head.dep_ not in ("nsubj", "nsubjpass"):
        # "Gifford said it's harder for the president's supporters to embrace *his* plans": a possessive
        # deep in another clause than the person's is anyone's; in the same one ("Clinton took her seat")
        # or before the subject of the clause the person says ("Perez said her client is worried") hers
        named = token.doc.char_span(mention.start - offset, mention.end - offset, alignment_mode="expand")
        here, there = _clause_verb(token), (_clause_verb(named.root) if named is not None else None)
        if here is None or there is None or here.i != there.i:
            return
    cluster.gender = gender


def _clause_verb(token: Token) -> Token | None:
    """The verb of the clause a token sits in: its nearest verb above it (or the token itself)."""
    while token.pos_ not in ("VERB", "AUX"):
        if token.head.i == token.i:
            return None
        token = token.head
    return token


def _people_named(
    mentions: list[Ref], start: int, end: int, offset: int, quoted: list[tuple[int, int]]
) -> dict[int, Ref]:
    """The people the mentions name from ``start`` to ``end`` outside quotation marks (``quoted``: spans
    of the paragraph at ``offset``), each cluster with its last mention there."""
    return {
        id(m.cluster): m
        for m in mentions
        if start <= m.start < end
        and m.cluster is not None
        and m.cluster.type == "PERSON"
        and not any(a <= m.start - offset < b for a, b in quoted)
    }


def _learn_gender_ahead(
    token: Token, gender: str, history: list[Ref], ahead: list[Ref], offset: int, quoted: list[tuple[int, int]]
) -> None:
    """ "In her review of Tabla, critic Ruth Reichl wrote": a possessive his/her in a phrase before the
    main subject of its sentence, with no person named before it there, is that subject's when the
    subject is the only person its sentence names (outside quotation marks)."""
    if token.dep_ != "poss":
        return
    root = token.sent.root
    subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
    if not subjects or subjects[0].i < token.i or token in list(subjects[0].subtree):
        return  # ("*Her* son Juan was detained": the possessive is inside the subject, not about it)
    adjunct = token
    while adjunct.head.i != root.i and adjunct.head.i != adjunct.i:
        adjunct = adjunct.head
    if adjunct.dep_ not in ("prep", "advcl", "npadvmod") or adjunct.i > subjects[0].i:
        return  # ("... must get consent from her husband, Shibru said": in what is said, about someone else)
    if any(t.lower_ in ("or", "and") for t in token.doc[max(0, token.i - 1) : token.i + 2]):
        return  # "his or her fever": anyone's
    subject_at = offset + subjects[0].idx
    position = offset + token.idx
    if _people_named(history[-12:], offset + token.sent.start_char, position, offset, quoted):
        return
    people = _people_named(ahead, position + 1, offset + token.sent.end_char, offset, quoted)
    if len(people) != 1:
        return
    mention = next(iter(people.values()))
    cluster = mention.cluster
    if cluster is not None and mention.start <= subject_at < mention.end and not cluster.sex():
        cluster.gender = gender


#: the links from a clause (or the phrase holding it) up to the verb that governs it
_CLAUSE_LINKS = frozenset(["advcl", "xcomp", "conj", "ccomp", "relcl", "acl", "pcomp", "pobj", "prep"])


def _governed_by_plural(token: Token) -> bool:
    """Whether a "they" sits in a clause under a verb whose subject, before it, is a plural common noun
    ("American leftists have been caught parroting the rhetoric of the CCP as they decried ..."): the
    pronoun is that noun's, not a name's standing between them."""
    verb = token.head
    while verb.head.i != verb.i and verb.dep_ in _CLAUSE_LINKS:
        verb = verb.head
        if any(c.dep_ in SUBJECT_DEPS and c.tag_ in ("NNS", "NNPS") and c.i < token.i for c in verb.children):
            return True
    return False


#: common nouns for a person an article may leave unnamed ("a man", "his wife", "one of the officers")
UNNAMED_PERSON_NOUNS = frozenset(
    ["man", "woman", "person", "people", "boy", "girl", "child", "kid", "teen", "teenager", "resident",
     "worker", "nurse", "patient", "employee", "customer", "caller", "passenger", "driver", "student",
     "teacher", "volunteer", "mother", "father", "son", "daughter", "wife", "husband", "friend", "neighbor",
     "neighbour", "witness", "victim", "survivor", "fan", "protester", "shopper", "voter", "visitor", "guard",
     "soldier", "pilot", "parent", "relative", "brother", "sister", "grandmother", "grandfather", "partner",
     "colleague", "stranger", "passerby", "bystander", "inmate", "prisoner", "tenant", "landlord", "homeowner",
     "doctor", "physician", "paramedic", "firefighter", "cop", "trooper", "deputy", "clerk", "cashier",
     "waiter", "waitress", "bartender", "chef", "farmer", "rancher", "owner", "manager", "officer", "agent", "member"]
)  # fmt: skip


#: the unnamed-person nouns of one gender: a "he" is not "his wife", a "she" not "her husband"
_NOUN_GENDER = {
    **dict.fromkeys(["woman", "girl", "mother", "daughter", "wife", "sister", "grandmother", "waitress"], "f"),
    **dict.fromkeys(["man", "boy", "father", "son", "husband", "brother", "grandfather"], "m"),
}


def _unnamed_person_noun(noun: Token) -> bool:
    """Whether a singular common noun is one for a person an article may leave unnamed ("man", "employee"),
    not a role it ties to a name ("spokesman")."""
    return noun.tag_ == "NN" and noun.lemma_.lower() in UNNAMED_PERSON_NOUNS and noun.lower_ not in ROLE_NOUNS


def _named_beside(noun: Token) -> bool:
    """Whether a name stands in apposition to the noun or as its compound ("a man, John Doe,")."""
    return any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in noun.children)


def _brought_in_unnamed(noun: Token) -> bool:
    """Whether "the man" (a definite unnamed-person noun) is a man its paragraph brought in before it with
    "a" and no name: the same person, still unnamed."""
    if not _unnamed_person_noun(noun):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    for earlier in reversed(noun.doc[: noun.i]):
        if earlier.lemma_.lower() == noun.lemma_.lower() and earlier.tag_ == "NN":
            with_a = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in earlier.children)
            return with_a and not _named_beside(earlier)  # ("a man, John Doe, ...": named)
    return False


def unnamed_person_before(
    token: Token,
    offset: int,
    quoted: list[tuple[int, int]] | None = None,
    unnamed: set[int] | frozenset[int] = frozenset(),
) -> int:
    """Offset of the subject right before a "he" or "she" (the nearest subject in its sentence or the one
    before, the subject of a main verb, outside ``quoted`` spans of the paragraph) when that subject is a
    person the text brings in without a name: "One of the officers read a notice ... He then said" (not
    the man named paragraphs before), "His wife said she ...", "a man"; -1 when the nearest subject is a
    name, a pronoun, a role the text ties to a name, "the patient" (perhaps named before), or anything
    else."""
    if quoted is None:
        quoted = _quoted(token.doc.text)
    lower = token.sent.start
    if lower > 0:
        lower = token.doc[lower - 1].sent.start
    for j in range(token.i - 1, lower - 1, -1):
        prev = token.doc[j]
        if prev.dep_ not in SUBJECT_DEPS:
            continue
        if not is_main_subject(prev):
            if _subject_of_the_clause_it_reports(prev, token, quoted):
                # counts only as a role brought in with "a": "A top official was removed ..., he has claimed"
                # ("One of the reasons ... was ..., he says" is no person)
                return offset + prev.idx if _role_brought_in(prev) else -1
            continue  # (a clause's subject inside the sentence: "informing the members *they* were ...")
        if offset + prev.idx in unnamed:
            return offset + prev.idx  # "The executive warned ... “...,” he wrote": a role the article keeps unnamed
        named = any(c.dep_ in ("appos", "compound", "poss") and c.pos_ == "PROPN" for c in prev.children)
        if named or prev.pos_ == "PROPN":
            return _kin_of_the_other_sex(token, prev, offset, quoted)
        if any(a <= prev.idx < b for a, b in quoted):
            continue  # "“My landlord lowered the rent ...,” he said": words of the quote, not the story's
            # (and "“One of my main mantras is ...,” he says" is no one brought in)
        if prev.lower_ == "one" and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.tag_ == "NNS" for g in c.children) for c in prev.children
        ):
            return offset + prev.idx  # "One of the officers"
        # a person brought in without a name: "a man", "another resident", "his wife" ("the patient" may
        # be the one the article named before)
        new_person = any(
            c.dep_ in ("det", "poss") and c.lower_ in ("a", "an", "another", "his", "her", "my", "their", "our")
            for c in prev.children
        )
        if new_person and _unnamed_person_noun(prev):
            noun_gender = _NOUN_GENDER.get(prev.lower_)
            if noun_gender is not None and noun_gender != _PRONOUN_GENDER.get(token.lower_, noun_gender):
                return -1  # "His wife said she was proud of him. He said": not the wife
            return offset + prev.idx
        if _brought_in_unnamed(prev) or _described_unnamed(prev):
            return offset + prev.idx  # "... shows *a man* claimed to be a victim. The man told police ... He said"
        if _role_brought_in(prev):
            return offset + prev.idx
        if prev.tag_ == "NN" and not _named_beside(prev) and _ANONYMOUS.search(prev.sent.text):
            return offset + prev.idx  # "The seller would not use his name because ... “...,” he said"
        return -1
    return -1


# a sentence that says its subject stays unnamed: "would not use his name", "spoke on condition of anonymity",
# "asked not to be identified", "declined to give her full name"
_ANONYMOUS = re.compile(
    r"\b(?:not|n['’]t|declined to|refused to)\b[^.;]{0,30}\b(?:use|give|be identified by|share|provide|disclose|reveal)"
    r"\b[^.;]{0,15}\b(?:his|her|their)\s+(?:full\s+|last\s+|real\s+)?names?\b"
    r"|\bon (?:the )?condition (?:of anonymity|that (?:he|she|they) not be (?:named|identified))"
    r"|\b(?:asked|declined|refused|wished) (?:not )?to be (?:named|identified)\b|\bspoke anonymously\b",
    re.I,
)


def _subject_of_the_clause_it_reports(subject: Token, pronoun: Token, quoted: list[tuple[int, int]]) -> bool:
    """Whether ``subject`` is the subject of the clause the pronoun's own verb reports ("*A top official* was
    removed ..., he has claimed"), outside quotation marks (not "“*One* of ...,” he said")."""
    return (
        subject.head.dep_ == "ccomp"
        and subject.head.head.i == pronoun.head.i
        and pronoun.dep_ in SUBJECT_DEPS
        and not any(a <= subject.idx < b for a, b in quoted)
    )


def _described_unnamed(noun: Token) -> bool:
    """Whether "the employee" is told apart by a relative clause instead of a name ("*The employee who spoke
    to The Verge* says ... And he says"): someone the article keeps unnamed, not the last man it named."""
    return (
        _unnamed_person_noun(noun)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        and any(c.dep_ == "relcl" and any(g.lower_ in ("who", "that") for g in c.children) for c in noun.children)
        and not _named_beside(noun)
    )


def _brought_in_with_a(noun: Token) -> bool:
    """Whether a role noun comes in with "a", "an" or "another" and no name beside it ("an executive at an
    Australian trading company"; not "a spokesman, John Doe," nor "a White House spokesman": named or a title)."""
    return (
        any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in noun.children)
        and not _named_beside(noun)
        and noun.dep_ not in ("attr", "appos", "compound")
    )


def _role_brought_in(noun: Token) -> bool:
    """Whether a role comes in with "a" or "another": someone new, not the person named before ("*A top
    government biomedical official* was removed ..., he has claimed")."""
    return (
        noun.tag_ == "NN"
        and noun.lower_ in ROLE_NOUNS
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in noun.children)
    )


def _kin_of_the_other_sex(token: Token, subject: Token, offset: int, quoted: list[tuple[int, int]]) -> int:
    """Offset of an unnamed person of the pronoun's sex that the named ``subject`` brings in after it, owned
    by a pronoun of the other sex ("Reese Jr. had to go to his mother ... She told him": the mother, not
    a woman named paragraphs before); -1 when there is none ("Jane Doe visited her mother. She said":
    Jane Doe, as before)."""
    sex = _PRONOUN_GENDER.get(token.lower_)
    for j in range(subject.i + 1, token.i):
        noun = token.doc[j]
        if noun.tag_ != "NN" or _NOUN_GENDER.get(noun.lower_) != sex or any(a <= noun.idx < b for a, b in quoted):
            continue
        owners = [_PRONOUN_GENDER.get(c.lower_) for c in noun.children if c.dep_ == "poss"]
        if any(owner is not None and owner != sex for owner in owners):
            return offset + noun.idx
    return -1


def _noun_before(token: Token, offset: int, tags: tuple[str, ...], subject: bool = False, phrase: bool = False) -> int:
    """Offset of the nearest common noun with one of ``tags`` before ``token`` in its paragraph
    (a plural for "they": "crew members ... they"; a singular subject for "it": "the report ... it
    said"); the paragraph's start when there is none. With ``phrase``, the offset of the noun phrase's
    last word before ``token``: a name inside the phrase ("according to *employees interviewed by The
    Verge*. They believe ...") is no one "they" stands for, the noun is."""
    for j in range(token.i - 1, -1, -1):
        prev = token.doc[j]
        if prev.tag_ in tags and (not subject or prev.dep_ in SUBJECT_DEPS):
            last = min(prev.right_edge.i, token.i - 1) if phrase else prev.i
            return offset + token.doc[last].idx
    return offset - 1


def _quoted_at(position: int, quotes: tuple[list[tuple[int, int]], list[int]] | None) -> bool:
    if quotes is None:
        return False
    ranges, starts = quotes
    k = bisect_right(starts, position) - 1
    return k >= 0 and ranges[k][0] < position < ranges[k][1]


#: the most characters between two names joined in one phrase ("Apple and Google", "Apple, Google")
_COORDINATION_GAP = 5


def _coordinated(mention: Ref, history: list[Ref]) -> bool:
    """Whether a name mention stands right beside a name of another entity in its sentence ("Apple and
    Google", "the WHO, the CDC"): the two are named together."""
    for other in history[-40:]:
        if other.kind != "name" or other.cluster is mention.cluster or other.sent != mention.sent:
            continue
        gap = other.start - mention.end if other.start >= mention.end else mention.start - other.end
        if 0 <= gap <= _COORDINATION_GAP:
            return True
    return False


def _pronoun_target(
    gender: str,
    pronoun: str,
    history: list[Ref],
    floor: int = -1,
    quotes: tuple[list[tuple[int, int]], list[int]] | None = None,
    here: int = -1,
) -> Cluster | None:
    """The nearest compatible entity mentioned before; when that mention is not a grammatical
    subject, the subject of the same sentence if it is compatible ("Ryabkov met with Wendy Sherman.
    He said" -> Ryabkov).  For "they" and "it", only one named after ``floor``."""
    # "they" stands for a group or a body, never for one person named before it
    types = ("ORG",) if pronoun in ("they", "them", "it") else ("PERSON",)
    nearest: Ref | None = None
    subject: Ref | None = None  # the nearest subject in the sentence of the nearest mention
    for m in reversed(history[-40:]):
        if m.start <= floor:
            break
        cluster = m.cluster
        if cluster is None or cluster.type not in types or not _gender_ok(cluster, gender):
            continue
        if gender and not _a_person_by_evidence(cluster):
            continue  # "... for events like birthdays, Mother's Day and Cinco De Mayo. ... she said": no one
        if _quoted_at(m.start, quotes):
            continue  # "“... Jane Roe and John Doe all lost,” he wrote": not one of those named inside
        if types == ("ORG",) and pronoun in ("they", "them") and _coordinated(m, history):
            return None  # "Apple and Google said ... They said": both of them, not one
        if nearest is not None and (m.sent != nearest.sent or m.sent < 0):
            break
        if m.subject and (m.main or (here >= 0 and m.sent == here)):
            # in a sentence before, the subject of its main clause, what that sentence is about ("he
            # collaborated with ... after Trump attacked her. He said": not Trump); in the pronoun's own
            # sentence, the nearest subject ("Doe warned that Roe would fail if he ...": Roe)
            return cluster
        nearest = nearest or m
        if m.subject and subject is None:
            subject = m
    best = subject or nearest
    return best.cluster if best is not None else None


# ---------------------------------------------------------------- captions


def caption_forms(captions: list[str], clusters: list[Cluster]) -> None:
    """Spellings of a person's name in the photo captions ("Sergei Ryabkov") become aliases; a person the
    text names by the surname alone takes the one full name the captions give it ("Andre Dawson seen at
    the funeral home." for the "Dawson" of 'Andre "The Hawk" Dawson'), never where they give two."""
    _full_names_from_captions(captions, clusters)
    for words in _caption_names(captions):
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


#: words that are no given name before a surname ("Mr. Townsend", "Chairman Townsend")
NOT_GIVEN = frozenset([*FEMALE_HONORIFICS, *MALE_HONORIFICS, *ROLE_NOUNS, *TITLE_MODIFIERS, "dr", "prof", "the"])
#: and in a caption, titles written short and a coach too ("Gov. Dawson", "Coach Dawson")
_NOT_GIVEN_IN_CAPTIONS = NOT_GIVEN | frozenset([*TITLE_ABBREVIATIONS, "coach"])


def _caption_names(captions: list[str]) -> Iterator[list[str]]:
    """The words of each run of two or more capitalised words in the captions ("Sergei Ryabkov")."""
    for caption in captions:
        for run in re.finditer(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+", caption):
            yield run.group(0).split()


def _full_names_from_captions(captions: list[str], clusters: list[Cluster]) -> None:
    for cluster in clusters:
        if cluster.type != "PERSON" or " " in cluster.name or any(" " in f for f in cluster.forms):
            continue
        surname = fold_token(cluster.name)
        given = set()
        for words in _caption_names(captions):
            for i in range(1, len(words)):
                if fold_token(words[i]) == surname and words[i - 1].lower().rstrip(".") not in _NOT_GIVEN_IN_CAPTIONS:
                    given.add(words[i - 1])
        if len(given) == 1:
            full = f"{given.pop()} {cluster.name}"
            cluster.forms.append(full)
            cluster.name = full
