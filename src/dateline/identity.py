"""Who is who: pure functions that decide whether two names denote the same referent.

Used inside one article (the ``entities`` stage merges "Sergey Ryabkov", "Ryabkov" and
"Mr. Ryabkov") and across articles (the corpus store keys entities with :func:`name_key`).

:func:`name_key` gives a canonical key: lower-case ASCII, honorifics and leading titles stripped,
and transliteration variants folded by letter-level rules (``ks``/``x``, ``kh``/``h``, ``ph``/``f``,
hard ``c``/``k``, ``y``/``i`` after the first letter, doubled letters, ``-ei``/``-ey``/``-ii``/``-iy``
endings, ``-andr``/``-ander``), plus a short list for the variants no letter rule reaches
(Mohammed/Muhammad).  Two names with the same key are taken to be the same referent;
:func:`same_referent` also accepts a surname alone, an initial for a first name, and an acronym
for its expansion.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "HONORIFICS",
    "acronym",
    "fold_token",
    "is_acronym_of",
    "name_key",
    "name_tokens",
    "same_referent",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Honorifics written before a name ("Mr. Ryabkov"); matched without the final dot, lower-case.
HONORIFICS: frozenset[str] = _words(
    "mr mrs ms miss mx dr prof sir dame lord lady rev fr sr sra mme mlle herr frau monsieur madame"
)

#: Title words that may be glued to the front of a name by a tagger ("President Putin", "Gen. Milley").
_LEADING_TITLES: frozenset[str] = _words(
    """president vice prime minister deputy foreign secretary spokesperson spokesman spokeswoman
    chancellor premier king queen prince princess pope sheikh emir general gen col colonel lt
    lieutenant maj major capt captain adm admiral sgt sergeant senator sen rep representative
    congressman congresswoman governor gov mayor judge justice ambassador envoy chairman chairwoman
    chair director chief ceo officer commissioner leader speaker head state defense defence
    agent inspector detective officer pres saint st"""
)

_FRONT_WORDS: frozenset[str] = HONORIFICS | _LEADING_TITLES

#: Suffixes that do not change who an organisation is.
_ORG_SUFFIXES: frozenset[str] = _words("inc ltd llc plc corp co gmbh ag sa nv bv oao ooo pjsc jsc")

#: Words left out when an acronym is built from a name's initials.
_ACRONYM_SKIP: frozenset[str] = _words("of the and for in on at to de del des du la le et a an")

#: Variants that no letter rule folds; keys and values are already letter-folded.
_FIRST_NAME_VARIANTS: dict[str, str] = {
    "mohamed": "muhamad",
    "mohamad": "muhamad",
    "muhamed": "muhamad",
    "mohamud": "muhamad",
    "mahomed": "muhamad",
    "ahmed": "ahmad",
    "husein": "husain",
    "usein": "husain",
    "osama": "usama",
    "abdel": "abdul",
    "abdal": "abdul",
    "pioter": "peter",
    "iosif": "iosef",
    "josef": "iosef",
    "joseph": "iosef",
    "iuri": "yuri",
    "iuli": "yuli",
    "iakov": "yakov",
    "jakov": "yakov",
    "ievgeni": "evgeni",
    "yevgeni": "evgeni",
    "yelena": "elena",
    "yekaterina": "ekaterina",
}

#: Places with several names in English news; keys and values are lower-case, dots removed.
_PLACE_VARIANTS: dict[str, str] = {
    "us": "united states",
    "usa": "united states",
    "america": "united states",
    "united states of america": "united states",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "russian federation": "russia",
    "prc": "china",
    "people's republic of china": "china",
    "peoples republic of china": "china",
    "kiev": "kyiv",
    "uae": "united arab emirates",
    "eu": "european union",
}

#: British spellings folded to American ones in organisation names ("Ministry of Defence").
_BRITISH: dict[str, str] = {
    "defence": "defense",
    "centre": "center",
    "programme": "program",
    "labour": "labor",
    "organisation": "organization",
    "organisations": "organizations",
    "theatre": "theater",
    "harbour": "harbor",
}

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_HARD_C = re.compile(r"c(?![eiyh])")
_DOUBLE = re.compile(r"(.)\1+")
_FINAL_R = re.compile(r"(?<=[bcdfgkmnpstvxz])r$")


@lru_cache(maxsize=65536)
def _ascii(text: str) -> str:
    """Lower-case ASCII: accents removed ("Zelenskyy" stays, "José" -> "jose")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


@lru_cache(maxsize=65536)
def fold_token(token: str) -> str:
    """Fold one name word so that its transliteration variants coincide.

    >>> fold_token("Sergei") == fold_token("Sergey") == fold_token("Sergii")
    True
    >>> fold_token("Aleksandr") == fold_token("Alexander")
    True
    """
    t = _ascii(token)
    t = re.sub(r"['’]s$", "", t)  # possessive
    t = re.sub(r"[^a-z]", "", t)
    if not t:
        return ""
    t = t.replace("tch", "ch").replace("cks", "x").replace("ks", "x").replace("kh", "h").replace("ph", "f")
    t = t.replace("ck", "k").replace("ou", "u").replace("w", "v")
    t = _HARD_C.sub("k", t)
    if t[:2] in ("ia", "iu", "ie", "io", "ja", "ju", "je", "jo"):
        t = "y" + t[1:]
    if t.startswith("ye") and len(t) > 3:
        t = "e" + t[2:]
    t = t[0] + t[1:].replace("y", "i")
    t = _DOUBLE.sub(r"\1", t)
    if len(t) > 3 and t.endswith(("ei", "ij")):
        t = t[:-2] + "i"
    t = _FINAL_R.sub("er", t)
    return _FIRST_NAME_VARIANTS.get(t, t)


def name_tokens(name: str) -> list[str]:
    """The words of a name, as written, without honorifics or leading title words."""
    words = _WORD.findall(name)
    # honorifics and titles at the front ("Mr.", "Russian Deputy Foreign Minister"): drop up to
    # the last title word that is not the name's last word
    last = -1
    for i, word in enumerate(words[:-1]):
        if _ascii(word).rstrip(".") in _FRONT_WORDS:
            last = i
    words = words[last + 1 :]
    while len(words) > 1 and _ascii(words[-1]) in _GENERATIONS:
        words.pop()
    return words


#: the suffixes that tell a father from his son ("Wayne Reese Sr." / "Wayne Reese Jr.")
_GENERATIONS = ("jr", "sr", "ii", "iii", "iv")


def _generation(name: str) -> str:
    """The suffix a person's name ends on ("jr" of "Wayne Reese Jr."), else ""; words hold no full stop."""
    words = _WORD.findall(name)
    last = _ascii(words[-1]) if len(words) > 1 else ""
    return last if last in _GENERATIONS else ""


def has_org_suffix(name: str) -> bool:
    """Whether ``name`` ends on a company's legal suffix after another word ("Moderna, Inc.", "Acme Ltd")."""
    words = re.findall(r"[a-z0-9]+", _ascii(name))
    if len(words) < 2 or words[-1] not in _ORG_SUFFIXES:
        return False
    return words[-1] != "co" or name.rstrip().endswith("Co.")  # ("Sean Co" is a name; "Ford Motor Co." a company)


def _org_words(name: str) -> list[str]:
    text = _ascii(name).replace("&", " and ")
    text = re.sub(r"(?<=\b[a-z])\.(?=[a-z]\.)|(?<=\b[a-z]\.[a-z])\.", "", text)  # U.S. -> us
    text = re.sub(r"isation", "ization", text)
    text = re.sub(r"(?<=[a-z])['’]s\b", "", text)
    words = [_BRITISH.get(w, w) for w in re.findall(r"[a-z0-9]+", text)]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in _ORG_SUFFIXES:
        words.pop()
    return words


@lru_cache(maxsize=65536)
def name_key(name: str, type: str = "PERSON") -> str:
    """A canonical key for ``name`` of entity ``type`` (a :data:`~dateline.model.EntityType`).

    People: honorifics and leading title words dropped, each word folded by :func:`fold_token`
    ("Russian Deputy Foreign Minister Sergei Ryabkov" and "Sergey Ryabkov" -> ``"sergi riabkov"``).
    Organisations and others: lower-case words, a leading "the", punctuation and company suffixes
    dropped ("the U.S. State Department" -> ``"us state department"``); places fold their common
    variants ("U.S.", "USA", "America" -> ``"united states"``).
    """
    if type == "PERSON":
        words = [fold_token(w) for w in name_tokens(name)]
        return " ".join(w for w in words if w)
    words = _org_words(name)
    key = " ".join(words)
    if type in ("GPE", "LOC"):
        return _PLACE_VARIANTS.get(key, key)
    return key


def acronym(name: str) -> str:
    """The initials of the content words of ``name``, upper-case ("Organization for Security and
    Cooperation in Europe" -> ``"OSCE"``); a single word gives ``""``."""
    words = [w for w in _WORD.findall(name) if _ascii(w) not in _ACRONYM_SKIP]
    if len(words) < 2:
        return ""
    return "".join(w[0] for w in words).upper()


def is_acronym_of(short: str, long: str) -> bool:
    """Whether ``short`` ("OSCE", "U.N.") abbreviates ``long`` by the initials of its words.

    Content-word initials are tried first, then every word's initials ("NATO" also matches
    "North Atlantic Treaty Organization", "DoD" the "Department of Defense").
    """
    letters = re.sub(r"[^A-Za-z]", "", short)
    if len(letters) < 2 or len(letters) > 10 or " " in short.strip():
        return False
    if sum(ch.isupper() for ch in letters) < 2:  # "Who" is a word, "WHO" and "DoD" are acronyms
        return False
    target = letters.upper()
    words = _WORD.findall(long)
    if len(words) < 2:
        return False
    if acronym(long) == target:
        return True
    if "".join(w[0] for w in words).upper() == target:
        return True
    # a country's initials before the body's name ("US Food and Drug Administration", "U.S. Food and Drug
    # Administration": FDA); the rest has two words at least
    if words[0].isupper() and len(words[0]) <= 3:
        lead = 2 if words[0] == "U" and len(words) > 3 and len(words[1]) == 1 else 1  # "U.S." is two words here
        if len(words) - lead >= 2 and is_acronym_of(short, " ".join(words[lead:])):
            return True
    # a name lengthened after its acronym was coined, or led by the kind of body it is: the initials
    # of the words before its last "and" ("Centers for Disease Control and Prevention": CDC) or after
    # its first "of" ("Department of Health and Human Services": HHS); three letters at least
    if len(target) < 3:
        return False
    lowered = [_ascii(w) for w in words]
    if "and" in lowered:
        cut = len(lowered) - 1 - lowered[::-1].index("and")
        if acronym(" ".join(words[:cut])) == target:
            return True
    if "of" in lowered[1:]:
        cut = lowered.index("of", 1)
        if acronym(" ".join(words[cut + 1 :])) == target:
            return True
    return False


def _first_names_match(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:  # an initial: "S. Ryabkov"
        return a[0] == b[0]
    # same first letter and the same consonants (three or more): "Mukhamed" / "Muhammad"
    skeleton_a, skeleton_b = re.sub(r"[aeiou]", "", a), re.sub(r"[aeiou]", "", b)
    return a[0] == b[0] and skeleton_a == skeleton_b and len(skeleton_a) >= 3


@lru_cache(maxsize=65536)
def same_referent(a: str, b: str, type: str = "PERSON") -> bool:
    """Whether the names ``a`` and ``b`` (both of entity ``type``) denote the same referent.

    People: equal keys, a surname alone against a full name ("Ryabkov" / "Sergey Ryabkov"; also the
    first word, for family names written first: "Wang" / "Wang Yi"),
    an honorific form ("Mr. Ryabkov"), an initial ("S. Ryabkov"), or transliteration variants
    of the first name with the same surname ("Sergei" / "Sergey Ryabkov"); middle names are ignored.
    Organisations and others: equal keys, an acronym and its expansion ("OSCE" / "Organization
    for Security and Cooperation in Europe"), or a leading "the".
    """
    ka, kb = name_key(a, type), name_key(b, type)
    if not ka or not kb:
        return False
    if type == "PERSON":
        generations = {_generation(a), _generation(b)} - {""}
        if len(generations) == 2:
            return False  # a father and his son: "Wayne Reese Sr." / "Wayne Reese Jr."
    if ka == kb:
        return True
    if type == "PERSON":
        ta, tb = ka.split(), kb.split()
        if len(ta) == 1 or len(tb) == 1:
            # a surname alone, or a family name written first ("Mr. Wang" / "Wang Yi")
            one, full = (ta, tb) if len(ta) == 1 else (tb, ta)
            return one[0] in (full[-1], full[0]) and len(one[0]) > 1
        if ta[-1] != tb[-1]:
            return False
        if _first_names_match(ta[0], tb[0]):
            return True
        # a word in front of the first name: "Crooked Hillary Clinton" / "Hillary Clinton"
        short, long = (ta, tb) if len(ta) < len(tb) else (tb, ta)
        return len(short) < len(long) and short[0] in long[1:-1]
    return is_acronym_of(a, b) or is_acronym_of(b, a)
