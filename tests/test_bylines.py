"""Bylines from plain text: the lines are real ones from trafilatura-eval's pages (their text twin)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline import bylines, textblocks
from dateline.timeparse import find_date


def test_a_labelled_byline_gives_the_name_without_role_or_date():
    def names(text: str) -> list[str] | None:
        return bylines.labelled_byline([text], 0)

    assert names("Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien.") == ["Uta Staschewski"]
    assert names("Auteur : Kossivi Tiassou") == ["Kossivi Tiassou"]
    assert names("Text & Fotos: Ivan Valetny") == ["Ivan Valetny"]
    assert names("Author: Bo2man am 29.12.2010, 13:36 Uhr") == ["Bo2man"]  # a user name after a label
    assert names("Von: det/dpa") == ["det/dpa"]
    assert names("Autoren: Jelko Djuren und Jutta Klaukien") == ["Jelko Djuren", "Jutta Klaukien"]
    assert names("Autor kontaktieren") is None
    assert names("Text: Die Bundesregierung hat am Mittwoch einen Entwurf beschlossen, der vieles ändert") is None


def test_a_label_alone_takes_the_name_on_the_next_line():
    assert bylines.labelled_byline(["AUTOR/IN", "Julius Richter"], 0) == ["Julius Richter"]
    assert bylines.labelled_byline(["Über den Autor/ die Autorin", "Markus Reuter"], 0) == ["Markus Reuter"]
    assert bylines.labelled_byline(["Autor:", "Peter Maahn/SP-X"], 0) == ["Peter Maahn"]
    assert bylines.labelled_byline(["By", "Share this article"], 0) is None


def test_a_role_after_the_name_is_not_a_name():
    assert bylines.byline("By Jane Doe, Staff Writer") == ["Jane Doe"]
    assert bylines.byline("By Jane Doe and John Roe") == ["Jane Doe", "John Roe"]


def test_a_title_with_von_or_par_in_it_is_not_a_byline():
    assert bylines.inline_byline("Einblick in die Praxis und Theorie von Lawinen") is None
    assert bylines.inline_byline("Zverev zieht ins Viertelfinale von Montpellier ein") is None
    assert bylines.inline_byline("Ein Beitrag von Robin Tschöpe") == ["Robin Tschöpe"]


def test_a_heading_or_menu_line_is_not_a_name():
    stops = textblocks.stoplist("German")
    assert bylines.name_line("Unsere Geschichte", stops) is None
    assert bylines.name_line("Der Turm der Wünsche", stops) is None
    assert bylines.name_line("Neueste Beiträge", stops) is None
    # jusText's German list holds "michael": a common first name does not make a name a stop word
    assert bylines.name_line("Michael Mäser", stops) == "Michael Mäser"


def test_the_page_byline_from_an_author_box_below_the_article():
    texts = [
        "Startseite",
        "Klänge des Verschweigens",
        "Ein Dokumentarfilm über das Schweigen in einer Familie, und was es mit den Kindern macht.",
        "Der Film erzählt von drei Generationen und von dem, was sie einander nicht gesagt haben.",
        "Kommentare",
        "Über den Autor",
        "Anna Muster",
    ]
    assert bylines.page_byline(texts, 1, range(0, 4), (2, 3), frozenset()) == ["Anna Muster"]


def test_a_date_with_a_second_date_glued_to_its_year():
    assert find_date("28. Juni 201914. Januar 2020 | Klaus Quibeldey-Cirkel") == (date(2019, 6, 28), 0, 13)
    assert find_date("17/11/201917/11/2019 ~ Cem Basman") == (date(2019, 11, 17), 0, 10)
    assert find_date("1. November 20161. November 2016 surfguard") == (date(2016, 11, 1), 0, 16)
    assert find_date("Tel. 0211 2019123") is None


def test_credits_comments_and_roles_before_by_are_not_bylines():
    assert bylines.inline_byline("Kommentar von Margit Muster — 2019-01-01 @ 00:39") is None
    assert bylines.inline_byline("Foto von Josh Willink von Pexels") is None
    assert bylines.inline_byline("Featured image by Alberto Riva/The Points Guy.") is None
    assert bylines.inline_byline("Bestseller-Autor Yuval Harari Die Digitalisierung produziert immer mehr") is None
    assert bylines.inline_byline("Wölfe von Menschen nicht beeindruckt") is None
    assert bylines.inline_byline("Posted on 5 April 2015 by marc") == ["marc"]


def test_a_name_among_dates_and_counts():
    assert bylines.dated_name("23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen", set()) == "Markus Reuter"
    assert (
        bylines.dated_name("28. Juni 201914. Januar 2020 | Klaus Quibeldey-Cirkel", set()) == "Klaus Quibeldey-Cirkel"
    )
    assert bylines.dated_name("16. Mai 2019 Markus Muster Netzwerk, Windows, Linux und viel mehr", set()) is None


def test_a_soft_hyphen_inside_a_name_is_dropped():
    assert bylines.byline("Von Mat\u00adthi\u00adas Lauerer") == ["Matthias Lauerer"]


def test_a_line_of_names_is_a_byline():
    assert bylines.name_list("Clara Löw, Siddharth Prakash & Klaus Jacob", set()) == [
        "Clara Löw",
        "Siddharth Prakash",
        "Klaus Jacob",
    ]
    assert bylines.name_list("Ibtisam Mahdi, Ruwaida Kamal Amer", set()) == ["Ibtisam Mahdi", "Ruwaida Kamal Amer"]
    assert bylines.name_list("Politik, Wirtschaft, Kultur & Sport", set()) is None  # single words: a menu
    assert bylines.name_list("Unsere Geschichte, Unsere Werte", set()) is None


def test_a_dated_byline_a_few_lines_into_the_article():
    texts = [
        "Menü",
        "Adolescente de 13 anos dá à luz em casa e bebê morre",
        "Gestação era mantida em segredo pela vítima e a família diz que não sabia de nada até o parto",
        "A polícia investiga o caso, que aconteceu na madrugada desta terça-feira no bairro.",
        "Segundo a família, a menina sentiu dores e foi levada ao hospital pela mãe e pela avó.",
        "Por Adriano Fernandes | 03/05/2022 20:36",
    ]
    assert bylines.page_byline(texts, None, range(0, 2), (2, 5), frozenset()) == ["Adriano Fernandes"]


def test_a_month_first_date_in_another_language():
    assert find_date("Dezember 26, 2019 von Andrea") == (date(2019, 12, 26), 0, 17)
    assert find_date("Mittwoch, März 7, 2018") == (date(2018, 3, 7), 10, 22)


# --- scraped bodies: byline blocks, desk credits, reposted credits, notes about the author (issue 11) --
# (made-up examples of each form)


def test_a_person_name_written_out():
    for name in ("Jane Doe", "Dr. Jane Doe", "Sara Potter McKay", "Matt O'Neil", "John Q. Public Jr.", "Ana de Souza"):
        assert bylines.person_name(name) == name, name
    for text in ("USA TODAY", "The Example Times", "Jane", "Prices rose sharply on Monday", "In the Park"):
        assert bylines.person_name(text) is None, text


def test_desk_staff_and_wire_credits():
    for text in ("Staff", "Staff writer", "Example Life staff", "Editors", "The Editorial Board", "The Associated Press",
                 "Reuters", "Wire reports"):  # fmt: skip
        assert bylines.credit_line(text), text
    for text in ("Jane Doe", "Staff cuts hit the newsroom hard this spring", "The staff of the hospital said no."):
        assert not bylines.credit_line(text), text


def test_a_byline_block_at_the_top_of_a_story():
    prose = "The council voted on Tuesday to close the old bridge for repairs, officials said."
    assert bylines.byline_block(["Jane Doe", "Opinion contributor", prose], 0) == (2, ["Jane Doe"])
    assert bylines.byline_block(["Jane Doe", "Special to the Example Times", prose], 0) == (2, ["Jane Doe"])
    assert bylines.byline_block(["Jane Doe and John Roe", "The Associated Press", prose], 0) == (
        2,
        ["Jane Doe", "John Roe"],
    )
    assert bylines.byline_block(["by Jane Doe", "Editor, Example Health News", prose], 0) == (2, ["Jane Doe"])
    assert bylines.byline_block(["Staff", "EXAMPLE NEWS NETWORK", prose], 0) == (2, [])
    # a date line may stand between the name and the outlet; the block never ends on it
    assert bylines.byline_block(["Jane Doe", "May 22, 2020", "The Example Institute", prose], 0) == (3, ["Jane Doe"])
    assert bylines.byline_block(["Jane Doe", "May 22, 2020", prose], 0) is None
    # a bare name needs a line about it below: a heading of capitalised words is none
    assert bylines.byline_block(["Riverside Memorial Park", prose], 0) is None
    assert bylines.byline_block(["LONDON, England —", prose], 0) is None


def test_a_reposted_story_credit():
    assert bylines.reposted_names("This article was originally published by Jane Doe at The Example Institute.") == [
        "Jane Doe"
    ]
    assert bylines.reposted_names("Originally published on www.example.org") == []
    assert bylines.reposted_names("Republished with permission from Example Health") == []
    assert bylines.reposted_names("The report was published on Monday by the ministry.") is None


def test_notes_about_the_author():
    assert bylines.author_note("Jane Doe is a senior reporter for Example News.") == "Jane Doe"
    note = "Jane Doe is a corps member of Report for America, a not-for-profit journalism program."
    assert bylines.author_note(note) == "Jane Doe"
    assert bylines.author_note("Follow Jane Doe on Twitter: @janedoe.") == "Jane Doe"
    assert bylines.author_note("Jane Doe can be reached at jdoe@example.com or on Twitter @janedoe.") == "Jane Doe"
    assert bylines.author_note("Jane Doe, Research Fellow at the Example Institute. Twitter @janedoe") == "Jane Doe"
    assert bylines.author_note("Follow Jane on Twitter: @janedoe.") == ""  # a note, without a full name
    # prose that mentions a handle, or a person who is not the author, is no note
    assert bylines.author_note("It has been five hours since the mayor answered @example.") is None
    assert bylines.author_note("The minister is a former journalist who worked for the radio.") is None


def test_credentials_after_a_name_are_no_names():
    assert bylines.byline("Written by: Dr. Jane Doe, MD, PhD") == ["Dr. Jane Doe"]
    assert bylines.byline("By Jane Doe and John Roe") == ["Jane Doe", "John Roe"]


def test_contributor_notes_and_kinds_before_by():
    assert bylines.author_note("Jane Doe and John Roe contributed to this report.") == ""
    assert bylines.author_note("Additional reporting by Jane Doe in London.") == ""
    assert bylines.author_note("The company contributed to this report, the minister said.") is None


def test_contributor_notes_in_the_forms_newsrooms_write_them():
    # the forms found in the scraped bodies: a label, a role before the names, "from <place>", the passive,
    # a sentence on where the story was reported, parentheses around it all
    notes = [
        "Contributing: Miriam Di Nunzio, Chicago Sun-Times",
        "Contributing: AP",
        "Staff writers Evan Webeck and Vytas Mazeika contributed reporting.",
        "AP Medical Writer Maria Cheng contributed from London.",
        "Jordans reported from Berlin. Associated Press journalists around the world contributed.",
        "(Bierman reported from Washington. Times staff writer Margot Roosevelt contributed to this report.)",
        "Reporting was contributed by Dan Bilefsky, Raphael Minder and Carlotta Gall.",
        "This story was reported from Cincinnati.",
    ]
    for note in notes:
        assert bylines.author_note(note) == "", note
    prose = [
        "Reuters reported from Moscow that troops had crossed the border.",
        "Twin political and religious decisions contributed to the early spread of the coronavirus.",
        "Local businesses contributed $1 million.",
        "He contributed from his own pocket.",
    ]
    for line in prose:
        assert not bylines.contributors_note(line), line


def test_a_feeds_closing_line_and_a_bio_with_a_degree():
    assert (
        bylines.reposted_names("The post The Drones Were Ready for This Moment appeared first on New York Times.") == []
    )
    assert bylines.reposted_names("*Article originally appeared at The Mind Unleashed.") == []
    assert bylines.reposted_names("The post office appeared first on the list of closures.") is None
    repost = (
        "This article (Former CBS Journalist Sharyl Attkisson Calls Out YouTube for Censoring Factual Info About "
        "Hydroxychloroquine) as originally created and published by Waking Times and is published here under a "
        "Creative Commons license with attribution to Phillip Schneider and WakingTimes.com. It may be re-posted "
        "freely with proper attribution, author bio, and this copyright statement."
    )
    assert bylines.reposted_names(repost) is not None  # (its "Waking Times" reads as a name: a known limit)
    bio = "Brian C Joondeph, MD, is a Denver based physician and freelance writer whose pieces have appeared in X."
    assert bylines.author_note(bio) == "Brian C Joondeph"
    assert bylines.author_note("Hilary Godwin is dean of the School of Public Health, University of Washington.") == (
        "Hilary Godwin"
    )
    assert bylines.author_note("Fauci, the top official, is a physician who has led the institute since 1984.") is None
    prose = "Those who have followed the hospital's finances for years were not surprised by the vote."
    assert bylines.byline_block(["Commentary by Jane Doe", "Editor, Example Health News", prose], 0) == (
        2,
        ["Jane Doe"],
    )


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Doe, Associated Press", ["Jane Doe"]),
        ("By Jane Doe, The Valley Post", ["Jane Doe"]),
        ("By Jane Doe and John Roe, Valley News", ["Jane Doe", "John Roe"]),
        ("By Jane Doe, Reuters", ["Jane Doe"]),
        ("By Ethan Roe, Guest writer", ["Ethan Roe"]),
        ("By Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
    ],
)
def test_an_outlet_after_the_byline_is_no_second_author(line, names):
    from dateline.bylines import byline

    assert byline(line) == names


def test_the_articles_own_site_after_the_byline_is_no_second_author():
    from dateline import analyze

    text = "By Jane Doe, Bright Acme\n\nWASHINGTON (Reuters) - The council said on Monday that it would act."
    assert analyze(text=text, url="https://www.brightacme.com/story").byline == ["Jane Doe"]
    assert analyze(text=text).byline == ["Jane Doe", "Bright Acme"]  # (no address: a name like any other)
