"""A person's sex told by the given name, for the "he" and "she" an article never ties to a name.

The lists are the US Census Bureau's 1990 first-name frequencies (public domain), as the ``names``
package ships them (MIT; pinned in requirements/runtime.txt). A name is taken as a man's or a woman's
only where one list gives it at least :data:`RATIO` times the share of the other and is no rare name
(:data:`MIN_SHARE`): "Kate", "Ryan" and "Rebekah" tell; "Kim", "Jean", "Kelly" and "Chris" do not.
The article's own evidence always comes first (an honorific, "his wife", "Clinton said she"); this is
what is left when it gives none.
"""

from __future__ import annotations

import importlib.resources
import unicodedata
from functools import cache, lru_cache

#: how many times one sex's share of a name must be the other's
RATIO = 10.0
#: the least share (per cent of that sex's population) a name must have to tell anything
MIN_SHARE = 0.005
#: the share the census lists leave out (they stop at about 90 % of each population)
_UNLISTED = 0.0005
#: given names a man's in Italian or Russian that the US lists make a woman's ("Andrea Orlando",
#: "Nikita Khrushchev", "Simone Pillon"): they tell nothing
_NOT_ONE_SEX = frozenset(["andrea", "simone", "michele", "nicola", "sasha", "nikita", "gabriele", "daniele"])


@cache
def _shares(file: str) -> dict[str, float]:
    """Per cent of the population that bears each name, from one of the ``names`` package's lists."""
    shares: dict[str, float] = {}
    for line in importlib.resources.files("names").joinpath(file).read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            shares[parts[0].lower()] = float(parts[1])
    return shares


@cache
def _table() -> dict[str, str]:
    men, women = _shares("dist.male.first"), _shares("dist.female.first")
    table: dict[str, str] = {}
    for name in men.keys() | women.keys():
        m, f = men.get(name, _UNLISTED), women.get(name, _UNLISTED)
        if name in _NOT_ONE_SEX:
            continue
        if m >= MIN_SHARE and m >= RATIO * f:
            table[name] = "m"
        elif f >= MIN_SHARE and f >= RATIO * m:
            table[name] = "f"
    return table


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=65536)
def sex_of_name(name: str) -> str:
    """ "m", "f" or "" for a person's full name: what its first word tells, where the name has two
    words or more and that word is a given name of one sex ("Kate Wallich" -> "f", "Ryan Heffington" ->
    "m"; "Kim Jong Un", "Wallich", "Jean-Pierre Raffarin" -> "")."""
    words = name.split()
    if len(words) < 2 or not words[0].isalpha():
        return ""
    return _table().get(_fold(words[0]), "")


def sex_of_given_name(word: str) -> str:
    """ "m", "f" or "" for a person the article names by one word only ("Sandra" and "Hector" of a story that
    keeps its subjects' surnames back): that word's sex as a given name, where it is at least :data:`RATIO`
    times as common a given name as a surname ("Warren", "Thomas", "Trump" tell nothing: they are the
    surnames of "Elizabeth Warren", "Clarence Thomas", ...)."""
    if not word.isalpha():
        return ""
    folded = _fold(word)
    sex = _table().get(folded, "")
    if not sex:
        return ""
    given = max(_shares("dist.male.first").get(folded, 0.0), _shares("dist.female.first").get(folded, 0.0))
    return sex if _shares("dist.all.last").get(folded, _UNLISTED) * RATIO <= given else ""


def sex_of_forms(forms: list[str]) -> str:
    """What the written forms of one person's name tell together: "" when two of them disagree. A person
    named only ever by one word tells what that word tells as a given name (:func:`sex_of_given_name`)."""
    told = {sex for sex in map(sex_of_name, forms) if sex}
    if not told and forms and all(len(form.split()) == 1 for form in forms):
        told = {sex for sex in map(sex_of_given_name, forms) if sex}
    return told.pop() if len(told) == 1 else ""
