"""The sex a given name tells (dateline.given_names), from the census lists the ``names`` package ships."""

from __future__ import annotations

import pytest

from dateline.given_names import sex_of_forms, sex_of_name


@pytest.mark.parametrize(
    ("name", "sex"),
    [
        ("Kate Wallich", "f"),
        ("Rebekah Jones", "f"),
        ("Ryan Heffington", "m"),
        ("José Andrés", "m"),  # accents folded
        # a name both sexes carry tells nothing ("Kim" is a woman's about six to one: not enough)
        ("Kim Jong Un", ""),
        ("Jean Castex", ""),
        ("Chris Cuomo", ""),
        # men's names in Italian or Russian that the US lists give to women
        ("Andrea Orlando", ""),
        ("Nikita Khrushchev", ""),
        # one word, a hyphenated or unlisted given name, an initial
        ("Wallich", ""),
        ("Jean-Pierre Raffarin", ""),
        ("Sergei Ryabkov", ""),
        ("J. Smith", ""),
    ],
)
def test_sex_of_name(name, sex):
    assert sex_of_name(name) == sex


def test_forms_that_disagree_tell_nothing():
    assert sex_of_forms(["Rebekah Jones", "Jones"]) == "f"
    assert sex_of_forms(["Ryan Heffington", "Kate Heffington"]) == ""


@pytest.mark.parametrize(
    ("forms", "sex"),
    [
        # a story that names its subjects by their given names alone (chicago_suntimes: "Hector and Sandra")
        (["Sandra"], "f"),
        (["Hector"], "m"),
        # a word about as common as a surname as a given name tells nothing ("Warren" of Elizabeth Warren)
        (["Warren"], ""),
        (["Thomas"], ""),
        (["Trump"], ""),
        # the full name, where the article gives it, decides ("Grace" is a surname there)
        (["Nancy Grace", "Grace"], "f"),
        (["Lawrence Grace", "Grace"], "m"),
    ],
)
def test_a_person_named_by_one_word_alone(forms, sex):
    assert sex_of_forms(forms) == sex
