"""The layout stage on real articles and on a whole page saved as plain text."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.textblocks import line_facts, main_block, page_stopwords
from dateline.timeparse import find_date, parse_timestamp

PAGE = Path(__file__).parent / "fixtures" / "cleaning" / "page.txt"


@pytest.fixture(scope="module")
def page_text() -> str:
    return PAGE.read_text(encoding="utf-8")


def test_seed_header(seed_text, text_pipeline):
    article = text_pipeline.analyze(text=seed_text)
    assert article.headline == "Deputy FM Says Anti-Russian Sentiment Within NATO Affects US-Russia Bilateral Dialogue"
    assert article.published == "2022-01-10T02:51:00+00:00"
    assert article.updated == "2022-01-10T02:54:00+00:00"
    assert article.dateline is not None
    assert article.dateline.places == ["Moscow", "Geneva"] and article.dateline.agency == "Sputnik"
    assert article.media and article.media[0].credit == "© Sputnik / Vladimir Trefilov"
    assert article.media[0].caption.startswith("Russian Deputy Foreign Minister Sergei Ryabkov")
    for noise in ("Subscribe", "©", "GMT", "mediabank", "MOSCOW/GENEVA"):
        assert noise not in article.text


def test_page_header_is_found_above_the_main_block(page_text, text_pipeline):
    article = text_pipeline.analyze(text=page_text)
    assert article.headline == "New footbridge opens over the River Lune after two years of work"
    assert article.published == "2023-03-14"
    assert article.byline == ["Hannah Gale"]
    assert article.media and article.media[0].credit == "Photo: Hannah Gale"


def test_main_block_skips_menus_and_keeps_subheadings(page_text, text_pipeline):
    text = text_pipeline.analyze(text=page_text).text
    assert text.startswith("The new footbridge over the River Lune opened")
    assert "What changes for cyclists" in text  # a short line inside the article stays
    assert text.endswith("kept as a memorial to the flood.")


def test_stop_words_pick_the_page_language():
    german = "Die Regierung hat am Dienstag beschlossen, dass die Steuer nicht erhöht wird, und das ist gut so."
    stops = page_stopwords(german)
    assert "die" in stops and "und" in stops
    facts = line_facts(german, stops)
    assert facts.prose and facts.stop_density > 0.3
    assert not line_facts("Startseite", stops).prose


def test_unspaced_scripts_count_characters():
    facts = line_facts("子どもへの虐待をなくすための法律ができて、親が子どもを教育するために。", frozenset())
    assert facts.prose


def test_main_block_is_the_best_run_and_respects_barriers():
    scores = [-30.0, -30.0, 200.0, -30.0, 150.0, -30.0, -30.0, 100.0]
    assert main_block(scores, set()) == (2, 7)  # 100 of prose outweighs 60 of menu
    assert main_block([*scores[:5], -80.0, -80.0, 100.0], set()) == (2, 4)
    assert main_block(scores, {6}) == (2, 4)  # a barrier is never crossed
    assert main_block([-1.0, -2.0], set()) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Veröffentlicht am 6. Juli 2015 von Mark Hosak", "2015-07-06"),
        ("16 marca 2021", "2021-03-16"),
        ("Publié le 3 février 2020", "2020-02-03"),
        ("23.06.2016 um 16:14 Uhr", "2016-06-23T16:14:00"),
        ("July 23, 2015 at 3:20 pm", "2015-07-23T15:20:00"),
        ("28. Jan. 2022", "2022-01-28"),
    ],
)
def test_dates_in_other_languages(line, expected):
    assert find_date(line) is not None
    assert parse_timestamp(line, day_first=True) == expected


def test_a_date_without_a_year_in_another_language_is_not_read():
    assert find_date("Am 6. Juli treffen wir uns") is None


def test_page_header_with_name_lines(text_pipeline):
    """Headline above a bare "by" line, the name on its own line, a day-first date with dots."""
    text = (Path(__file__).parent / "fixtures" / "cleaning" / "page_name_lines.txt").read_text(encoding="utf-8")
    article = text_pipeline.analyze(text=text)
    assert article.headline == "Valley orchards report their best apple harvest in a decade"
    assert article.byline == ["Ruth Okafor"]
    assert article.published == "2022-01-28"
    assert article.text.startswith("The orchards along the upper valley")


def test_inline_bylines_are_not_prose_prepositions():
    from dateline.bylines import inline_byline as _inline_byline

    assert _inline_byline("Posted on 5 April 2015 by marc") == ["marc"]
    assert _inline_byline("Ein Beitrag von Robin Tschöpe") == ["Robin Tschöpe"]
    assert (
        _inline_byline("Jean-Paul Delevoye, peu estimé par Jacques Chirac, a quitté le gouvernement hier soir") is None
    )
    assert _inline_byline("Der Ausbau von Wasserstoff ist für die Industrie im Süden des Landes entscheidend") is None


def test_a_name_beside_the_date_is_the_byline():
    from dateline.bylines import near_byline

    assert near_byline(["Bettina Kugler 19.10.2019, 05:00 Uhr"], 0, set()) == ["Bettina Kugler"]
    assert near_byline(["Politik 19.10.2019, 05:00 Uhr"], 0, set()) is None


def test_a_title_and_site_first_line_is_the_page_title():
    """ "Headline | Site" first (the page's <title>) is the title even when the main block starts near it."""
    from dateline.stages.layout import Line, _page_title, _strip_site_name

    lines = [Line("Valley orchards report their best harvest | Upper Valley News", 1), Line("Home", 2)]
    found = _page_title(lines, 0, set(), set())
    assert found is lines[0] and _strip_site_name(found.text) == "Valley orchards report their best harvest"
    assert _page_title([Line("Home | News | Sport", 1)], 0, set(), set()) is None  # a menu
    assert _page_title([Line("The orchards report a good year | Valley News", 1)], 0, set(), set()) is not None
    assert _page_title([Line("Read more | Share this:", 1)], 0, set(), set()) is None


def test_a_page_title_line_is_listed_whole_in_removed(text_pipeline):
    """The headline drops the site's name; the title line itself is kept whole in ``removed``."""
    title = "Valley orchards report their best harvest in a decade | Upper Valley News"
    body = (
        "Growers across the upper valley picked more apples this autumn than in any year since records began, "
        "the regional fruit growers' association said on Monday.\n"
        "A warm spring and a wet summer gave the orchards a long season, and prices held up despite the size of "
        "the crop, growers said, though pickers were hard to find in September.\n"
    )
    page = title + "\nHome\nNews\nSport\nWeather\nContact\n" + body + "Privacy\nTerms\nImprint\n"
    article = text_pipeline.analyze(text=page)
    assert article.headline == "Valley orchards report their best harvest in a decade"
    assert any(r.text == title and r.reason == "headline" for r in article.removed)
    assert "Growers across the upper valley" in article.text


def test_captions_with_a_credit_in_other_languages_are_media():
    """Captions from trafilatura-eval pages whose credit closes the line: a label after the caption's
    last sentence ("Foto:", "Bild:", "Kuva:"), a bracketed label, or a copyright sign and its holder."""
    from dateline.boilerplate import find_credit

    for line, credit in (
        ("Puerto de Montevideo. Foto: Archivo El País.", "Foto: Archivo El País."),
        ("Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com", "Bild: TebNad/Shutterstock.com"),
        ("Golf im TV: Die Übertragungszeiten der großen Turniere im Überblick. (Foto: Getty)", "Foto: Getty"),
        ("Die CAE GmbH wird Nachwuchspiloten der Luftwaffe in Bremen ausbilden. © CAE", "© CAE"),
        ("Schneeräumpflicht - was man darüber wissen muss© Rike/pixelio.de", "© Rike/pixelio.de"),
        ("(crédito: Minervino Júnior/CB/D.A.Press)", "crédito: Minervino Júnior/CB/D.A.Press"),
    ):
        found = find_credit(line)
        assert found is not None and found[0] == credit, line
    # a source cited in a body sentence, or "Bild:" inside a sentence, is not a photo credit
    for line in ("Die Arbeitslosenquote lag im Mai bei 5,1 Prozent (Quelle: Destatis).",
                 "Das Bild: eine Katastrophe für die Regierung.", "Er sagte, das Bild: sei gefälscht worden."):  # fmt: skip
        assert find_credit(line) is None, line


def test_captions_with_an_agencys_photo_credit_are_media():
    """Caption lines kept in the text of scraped bodies (business_insider, slate, drudgereport,
    global_research): the agency's product after its name, a photographer's name before it, "for" an
    event, ", File", an organisation's photo, "Photo by", a copyright pair before the caption."""
    from dateline.boilerplate import find_credit

    for line, caption, credit in (
        ("People in Stockholm on April 8. AP Photo/Andres Kudacki", "People in Stockholm on April 8.", "AP Photo/Andres Kudacki"),
        ("Ohio Gov. Mike DeWine. AP Photo/Paul Vernon, File", "Ohio Gov. Mike DeWine.", "AP Photo/Paul Vernon, File"),
        ("Chef David Chang. David Goldman/AP Images", "Chef David Chang.", "David Goldman/AP Images"),
        ("Dia Dipasupil/Getty Images for Tribeca Film Festival", None, "Dia Dipasupil/Getty Images for Tribeca Film Festival"),
        ("Jets over New York City, April 28, 2020. U.S. Air Force photo/Staff Sgt. Cory W. Bush",
         "Jets over New York City, April 28, 2020.", "U.S. Air Force photo/Staff Sgt. Cory W. Bush"),
        ("An EMT prepares for her night shift. Photo illustration by Slate. Photo by Paul Odongo/MSF.",
         "An EMT prepares for her night shift.", "Photo illustration by Slate. Photo by Paul Odongo/MSF."),
        ("© AP/AP NASA astronauts monitor the engine test.", "NASA astronauts monitor the engine test.", "© AP/AP"),
        ("Featured Photo: Quebec Vigil", None, "Featured Photo: Quebec Vigil"),
    ):  # fmt: skip
        found = find_credit(line)
        assert found is not None and found[:2] == (credit, caption), line
    for prose in ("The governor spoke to reporters on Monday, AP reported.",
                  "He said the plan was approved by the board for Example Festival.",
                  "The photo by the agency was published on Monday."):  # fmt: skip
        assert find_credit(prose) is None, prose


def test_caption_line_of_a_page_goes_to_media(text_pipeline):
    text = (
        "Inicio\nNacional\nMundo\nDeportes\nOpinión\n"
        "El gobierno anunció nuevas medidas para el puerto\n"
        "El Ministerio de Transporte presentó este lunes un plan para reducir los costos de la terminal de "
        "contenedores y atraer nuevas líneas navieras al puerto de la capital.\n"
        "Puerto de Montevideo. Foto: Archivo El País.\n"
        "Según el ministro, el plan incluye la renovación de las grúas y una nueva terminal para los buques "
        "de mayor calado, que podrían operar a partir del año próximo.\n"
        "Contacto\nPublicidad\nTérminos y condiciones\nPrivacidad\n"
    )
    article = text_pipeline.analyze(text=text)
    assert "Puerto de Montevideo" not in article.text and "Según el ministro" in article.text
    assert [m.credit for m in article.media] == ["Foto: Archivo El País."]
    assert article.media[0].caption == "Puerto de Montevideo."


def test_a_note_about_the_author_closes_the_main_block(text_pipeline):
    from dateline.boilerplate import author_bio

    menu = "Home\nPolitics\nElections\nPodcasts\nAbout\nDo Party Endorsements Still Matter In Primaries?\n"
    body = (
        "Endorsements from party leaders used to matter a great deal in primaries, and the research on the "
        "question has long suggested that they shaped how voters saw the candidates.\n"
        "But this year the picture looks different: several candidates with few endorsements have led the "
        "polls for months, while the favourites of the party establishment have struggled to raise money.\n"
    )
    bio = "Perry Bacon Jr. is a senior writer for FiveThirtyEight. @perrybaconjr\n"
    article = text_pipeline.analyze(text=menu + body + bio + "Comments\nContact\nPrivacy\nTerms\n")
    assert article.text.endswith("struggled to raise money.")
    assert any(r.text.startswith("Perry Bacon Jr.") and r.reason == "outside the main text" for r in article.removed)
    assert author_bio("Markus Reuter beschäftigt sich mit den Themen Digital Rights und Hate Speech.")
    # a sentence about someone else, or one opening with an article or a pronoun, is no note about the author
    assert not author_bio("The minister is a former journalist who worked for the BBC.")
    assert not author_bio("He is a senior writer for the magazine.")
    assert not author_bio("Police said the fire started in the kitchen of the house.")


def _page_with_comment_heading(article_paragraphs: int) -> tuple[list[str], int]:
    """A page: menu, headline, a standfirst, a comment count ("44 Comments"), the paragraphs, a footer."""
    paragraph = (
        "Paragraph {n} of the story: the council met again on Tuesday and the members said that the plan for the "
        "new bridge over the river was still on time and within the budget agreed in the spring, although the "
        "works on the northern bank had been held up for two weeks by the floods of the last winter."
    )
    lines = ["Home", "News", "Sport", "Culture", "Weather", "Contact"]
    lines += [
        "New footbridge opens over the river",
        "The town waited two years for the crossing, and on Tuesday the first walkers and cyclists were finally "
        "able to use it: the council says the bridge will carry more than a thousand people a day by the summer.",
        "44 Comments",
        "Share",
    ]
    first = len(lines)
    lines += [paragraph.format(n=n) for n in range(article_paragraphs)]
    lines += ["Leave a Reply", "Privacy", "Terms", "Imprint", "Jobs", "Advertise"]
    return lines, first


def test_a_comment_count_in_the_header_does_not_hide_a_long_article():
    from dateline.pageblock import page_block

    # the article below the heading is more than twenty times the standfirst above it: the heading was a
    # comment count in the header, and the article is read
    lines, first = _page_with_comment_heading(article_paragraphs=20)
    block = page_block(lines)
    assert block is not None and block[0] == first
    # with only a little prose below, the standfirst above the heading is taken for a short article
    # above its comment thread
    lines, first = _page_with_comment_heading(article_paragraphs=2)
    block = page_block(lines)
    assert block is not None and block[1] < first


def test_the_part_of_the_page_title_the_page_repeats_is_the_headline():
    """A titled page ("Site - Section - Headline" first) that shows the headline again near its text."""
    from dateline.stages.layout import Line, _repeated_title

    texts = [
        "Zoll online - Fachmeldungen - Verkündung des Tabaksteuermodernisierungsgesetzes",
        "Fachmeldungen",
        "Verkündung des Tabaksteuermodernisierungsgesetzes",
    ]
    lines = [Line(text, number) for number, text in enumerate(texts, start=1)]
    topic = {"verkündung", "tabaksteuermodernisierungsgesetzes", "tabaksteuer"}
    assert _repeated_title(lines, len(lines), True, topic, set()) is lines[2]
    # a site's name first and again in its logo is not the headline: its words are not the article's topic
    logo = [
        Line("Wochenblatt für Landwirtschaft & Landleben", 1),
        Line("Wochenblatt für Landwirtschaft & Landleben", 2),
    ]
    assert _repeated_title(logo, 2, True, topic, set()) is None


def test_a_short_page_title_shown_again_just_above_the_text_is_the_headline():
    """Lines from real titled pages: a title of two words, or one with a one-word headline part, is
    the headline when the page shows it again just above its text, even off the prose's topic; the
    site's name in the logo below the title, or as the title's last part, is not."""
    from dateline.stages.layout import Line, _repeated_title

    def lines_of(texts: list[str]) -> list[Line]:
        return [Line(text, number) for number, text in enumerate(texts, start=1)]

    short = lines_of(["Soziale Energie", "Umsteigen auf Pellets", "Holzpellets", "Soziale Energie"])
    # the block starts after the last line: the repeat stands just above it
    assert _repeated_title(short, 4, True, set(), set(), near=2, first=4) is short[3]
    # the same two words far above the text (a menu or logo line) are not taken off topic
    assert _repeated_title(short, 4, True, set(), set(), near=4, first=4) is None
    separated = lines_of(["Unbefriedigt | Deviante Pfade", "Deviante Pfade", "Menu", "Unbefriedigt"])
    assert _repeated_title(separated, 4, True, set(), set(), near=2, first=4) is separated[3]
    site_only = lines_of(
        ["Junge Lenker schrotten Corvette und Audi in einer Nacht - Telebasel", "Kontakt", "© Telebasel"]
    )
    assert _repeated_title(site_only, 3, True, set(), set(), near=1, first=3) is None


def test_the_first_line_of_a_saved_page_with_a_title_shape():
    """Lines from a real titled page (South China Morning Post, January 2020): its first line,
    "Headline | Site", has a page title's shape (taken, less the site's name, when nothing else on a
    whole page reads as the headline); so has a sentence the page shows again; a skip link, a menu
    word, and an article's first paragraph (it does not come back) have not."""
    from dateline.stages.layout import Line, _strip_site_name, _title_line

    title = (
        "Taiwanese President Tsai Ing-wen’s political playbook should be essential reading for Hong Kong "
        "leader Carrie Lam"
    )
    prose = (
        "While both Tsai and Lam faced a challenging year, the Taiwanese leader shrewdly capitalised on "
        "the crisis in Hong Kong to turn her political fortunes around"
    )
    assert _title_line([Line(f"{title} | South China Morning Post", 1), Line(prose, 2)], None) is True
    assert _strip_site_name(f"{title} | South China Morning Post") == title
    assert _title_line([Line(f"{title}.", 1), Line("Opinion", 2), Line(title, 3)], None) is True
    assert _title_line([Line(prose, 1), Line(title, 2)], None) is False
    assert _title_line([Line("Zum Inhalt springen", 1), Line(prose, 2)], None) is False
    assert _title_line([Line("Startseite", 1), Line("Startseite", 2)], None) is False


@pytest.mark.parametrize(
    ("line", "dateline", "places", "agency"),
    [
        ("(Reuters) - Oil prices rose on Monday.", "(Reuters) -", [], "Reuters"),
        ("(Natural News) Cannabis could be a new weapon.", "(Natural News)", [], "Natural News"),
        ("(TMU) – At the start of the outbreak, ...", "(TMU) –", [], "TMU"),
        ("New Delhi (Sputnik): India said on Monday ...", "New Delhi (Sputnik):", ["New Delhi"], "Sputnik"),
        ("Washington — Dr. Rick Bright, a top official, ...", "Washington —", ["Washington"], None),
        ("LONDON, Jan 10 (Reuters) - Oil prices rose.", "LONDON, Jan 10 (Reuters) -", ["London"], "Reuters"),
    ],
)
def test_wire_dateline_forms(line, dateline, places, agency):
    from dateline.stages.layout import split_dateline

    found = split_dateline(line)
    assert found is not None
    info, cut = found
    assert (info.text, info.places, info.agency) == (dateline, places, agency)
    assert line[cut:][0].isalnum() or line[cut:][0] in '“"'


@pytest.mark.parametrize("line", ["But — he said no.", "Trump — who said it — was wrong.", "This: a list"])
def test_prose_is_no_dateline(line):
    from dateline.stages.layout import split_dateline

    assert split_dateline(line) is None


def test_dateline_after_a_caption_and_a_newsletter_line():
    from dateline.pipeline import TEXT_STAGES, Pipeline

    text = (
        "Get the latest from The Daily Site in your inbox. Sign up right here.\n\n"
        "(TMU) – At the start of the outbreak, the city closed its schools and offices for three weeks.\n\n"
        "The mayor said the measures would be reviewed at the end of the month."
    )
    article = Pipeline(stages=TEXT_STAGES).analyze(text=text)
    assert article.dateline is not None and article.dateline.agency == "TMU"
    assert article.text.startswith("At the start")


# --- the layout's config object and word lists (issue 10) ------------------------------------------


def test_the_layout_config_is_frozen_and_documented():
    """Every threshold is a field of one frozen object, each with a comment saying what it is for."""
    import dataclasses
    import inspect

    from dateline.layout import config

    with pytest.raises(dataclasses.FrozenInstanceError):
        config.DEFAULT.header_window = 3  # type: ignore[misc]
    source = inspect.getsource(config.LayoutConfig)
    for field in dataclasses.fields(config.LayoutConfig):
        before = source.split(f"    {field.name}:")[0].rstrip().splitlines()[-1].strip()
        assert before.startswith("#:"), field.name


def test_the_stage_takes_a_config():
    """The stage reads its thresholds from the config it is given: a header window of no line leaves the
    headline above a page's main block unread; the default finds it."""
    from dateline.layout.config import DEFAULT, LayoutConfig
    from dateline.pipeline import make_document
    from dateline.stages.layout import run_layout

    text = PAGE.read_text(encoding="utf-8")
    found = {}
    for name, config in (("default", DEFAULT), ("narrow", LayoutConfig(header_window=0, headline_inside=0))):
        doc = make_document(text=text)
        run_layout(doc, config)
        found[name] = doc.article.headline
    assert found["default"] == "New footbridge opens over the River Lune after two years of work"
    assert found["narrow"] != found["default"]


def test_word_lists_live_in_one_module():
    """The photo-credit rules read the agencies from dateline.layout.words; every news agency named
    there is a credit holder; the date-line limit is one constant."""
    import re

    from dateline import boilerplate, bylines, pageblock
    from dateline.layout import config, words

    assert boilerplate.find_credit("Rescuers search the rubble. REUTERS/Jane Doe") is not None
    holders = re.compile(words.CREDIT_HOLDERS)
    assert all(holders.fullmatch(agency) for agency in words.NEWS_AGENCIES)
    assert bylines.DATE_LINE_WORDS is config.DATE_LINE_WORDS is pageblock.DATE_LINE_WORDS


# --- datelines in every wire form, bylines and notes of scraped bodies (issue 11; made-up examples) -----
_PROSE = "The council voted on Tuesday to close the old bridge for repairs, and officials said it would reopen in May."
_MORE = "Drivers will be sent over the new bridge to the north, which the city opened last year after long delays."


@pytest.mark.parametrize(
    ("top", "dateline", "places", "agency"),
    [
        ("(Reuters) - ", "(Reuters) -", [], "Reuters"),
        ("New Delhi (Sputnik): ", "New Delhi (Sputnik):", ["New Delhi"], "Sputnik"),
        ("LONDON, May 3 (AP) — ", "LONDON, May 3 (AP) —", ["London"], "AP"),
        ("LONDON, May 19, 2020 (Example News) – ", "LONDON, May 19, 2020 (Example News) –", ["London"], "Example News"),
        ("WASHINGTON — ", "WASHINGTON —", ["Washington"], None),
        ("BEIRUT, Lebanon — ", "BEIRUT, Lebanon —", ["Beirut", "Lebanon"], None),
    ],
)
@pytest.mark.parametrize(
    "above",
    [
        "",
        "FILE PHOTO: A bridge over the river in the old town. REUTERS/Jane Doe\n",  # a caption
        "Jane Doe\nThe Example Times\n",  # a byline paragraph
        "By Jane Doe and John Roe\n",
        "Click here if the video does not play on your device\n",  # a short notice above the dateline
    ],
)
def test_wire_datelines_wherever_the_prose_starts(text_pipeline, top, dateline, places, agency, above):
    article = text_pipeline.analyze(text=above + top + _PROSE + "\n" + _MORE)
    assert article.dateline is not None
    assert (article.dateline.text, article.dateline.places, article.dateline.agency) == (dateline, places, agency)
    assert article.text.startswith("The council voted")
    assert article.headline is None or "Jane Doe" not in article.headline


@pytest.mark.parametrize(
    "first",
    [
        "The U.S. (and allies) - as the minister put it - would not send troops.",
        "BREAKING — The council voted on Tuesday to close the old bridge.",
        "Update: The council voted on Tuesday to close the old bridge.",
        "But — as the mayor said — the bridge will close.",
    ],
)
def test_no_false_datelines(text_pipeline, first):
    article = text_pipeline.analyze(text=first + "\n" + _PROSE + "\n" + _MORE)
    assert article.dateline is None
    assert article.text.startswith(first[:10])


@pytest.mark.parametrize(
    ("top", "byline"),
    [
        ("Staff\nEXAMPLE NEWS NETWORK\n", []),
        ("Staff writer\n", []),
        ("The Editorial Board\nThe Example Times\n", []),
        ("The Associated Press\n", []),
        ("Jane Doe\nOpinion contributor\n", ["Jane Doe"]),
        ("Jane Doe\nJane Doe\n", ["Jane Doe"]),  # a byline shown twice
        ("Originally published on www.example.org\n", []),  # a reposted story's credit
    ],
)
def test_a_byline_or_desk_credit_is_never_the_headline(text_pipeline, top, byline):
    article = text_pipeline.analyze(text=top + _PROSE + "\n" + _MORE)
    assert article.headline is None
    assert article.byline == byline
    assert article.text.startswith("The council voted")
    removed = {r.text for r in article.removed}
    assert all(line in removed for line in top.splitlines())


def test_a_note_about_the_author_gives_the_byline_when_there_is_none(text_pipeline):
    note = "Follow Jane Doe on Twitter: @janedoe."
    article = text_pipeline.analyze(text=_PROSE + "\n" + _MORE + "\n" + note)
    assert article.byline == ["Jane Doe"]
    assert any(r.text == note and r.reason == "author bio" for r in article.removed)
    assert "@janedoe" not in article.text
    bio = "Jane Doe is a senior reporter for Example News."
    article = text_pipeline.analyze(text="By John Roe\n" + _PROSE + "\n" + _MORE + "\n" + bio)
    assert article.byline == ["John Roe"]  # the byline the text shows stays
    assert any(r.text == bio and r.reason == "author bio" for r in article.removed)


def test_a_commentary_byline_block_opening_a_story(text_pipeline):
    """ "Commentary by X" then the author's role: the story's byline, not a comment section or a headline."""
    article = text_pipeline.analyze(text="Comments by Jane Doe\nEditor, Example Health News\n" + _PROSE + "\n" + _MORE)
    assert article.headline is None and article.byline == ["Jane Doe"]
    assert [r.reason for r in article.removed] == ["byline", "byline"]
    assert article.text.startswith("The council voted")


def test_a_contributors_signature_under_a_live_blog_item_is_a_byline(text_pipeline):
    # usa_today's live blog: each item closes on "– Name" or "– Name, Outlet"; "She wrote" after one is
    # not the contributor's
    signed = ["– Kelly Tyko", "— Todd Spangler, Detroit Free Press", "– Associated Press"]
    article = text_pipeline.analyze(text="\n\n".join([_PROSE, signed[0], _MORE, signed[1], _PROSE, signed[2]]))
    assert [r.text for r in article.removed if r.reason == "byline"] == signed
    # a dash opening a clause stays, and so does one signature alone (a letter's, a motto's)
    kept = "— and then the council adjourned until Monday."
    article = text_pipeline.analyze(text="\n\n".join([_PROSE, kept, _MORE, signed[0]]))
    assert kept in article.text and signed[0] in article.text
    # a list's items, one under the other, are no signatures (brigitte.de: "– Praktiziere Dankbarkeit")
    listed = ["– Praktiziere Dankbarkeit", "– Finde Deine Leidenschaft"]
    article = text_pipeline.analyze(text="\n\n".join([_PROSE, *listed, _MORE]))
    assert all(item in article.text for item in listed)
