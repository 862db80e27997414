"""The ``entities`` stage: corrected names, titles, identity inside an article, roles and pronouns.

Real sentences: the seed (examples/seed.txt) and short news-style paragraphs.  spaCy is the
pinned model, loaded once per session.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.identity import name_key
from dateline.model import Article, Entity
from helpers import assert_offsets

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def analyse():
    from dateline.pipeline import Pipeline

    pipeline = Pipeline(stages=("layout", "clean", "nlp", "entities"))

    def run(text: str) -> Article:
        article = pipeline.analyze(text=text, raw=True)
        assert_offsets(article)
        return article

    return run


def person(article: Article, surname: str) -> Entity:
    key = name_key(surname, "PERSON")
    found = [e for e in article.entities if e.type == "PERSON" and name_key(e.name, "PERSON").split()[-1] == key]
    assert len(found) == 1, [(e.name, e.type) for e in article.entities]
    return found[0]


def by_name(article: Article, name: str) -> Entity:
    found = [e for e in article.entities if e.name == name]
    assert len(found) == 1, [(e.name, e.type) for e in article.entities]
    return found[0]


def texts(entity: Entity) -> list[str]:
    return [m.text for m in entity.mentions]


# ---------------------------------------------------------------- the seed


def test_seed_ryabkov_is_one_entity_however_named(seed_article):
    assert_offsets(seed_article)
    ryabkov = person(seed_article, "Ryabkov")
    assert ryabkov.name == "Sergey Ryabkov"
    # the caption spells him Sergei: the same man
    assert "Sergei Ryabkov" in ryabkov.aliases and "Ryabkov" in ryabkov.aliases
    assert "Russian Deputy Foreign Minister" in ryabkov.titles
    mentions = texts(ryabkov)
    assert mentions[0] == "Sergey Ryabkov"
    assert mentions.count("Ryabkov") == 3
    assert "The deputy foreign minister" in mentions
    assert "the diplomat" in mentions
    # the title in front of his name is not part of any mention
    assert not any("Minister" in m for m in mentions)


def test_seed_sputnik_is_an_organisation(seed_article):
    sputnik = by_name(seed_article, "Sputnik")
    assert sputnik.type == "ORG"
    assert not [e for e in seed_article.entities if e.type == "PERSON" and "Sputnik" in e.name]


def test_seed_titles_are_not_names(seed_article):
    price = by_name(seed_article, "Ned Price")
    assert price.type == "PERSON"
    assert price.titles == ["US State Department Spokesperson"]
    sherman = by_name(seed_article, "Wendy Sherman")
    assert sherman.titles == ["US Deputy Secretary of State"]
    # the "State" of "Secretary of State" is not an organisation
    assert not [e for e in seed_article.entities if e.name == "State"]


def test_seed_places_organisations_and_acronyms(seed_article):
    types = {e.name: e.type for e in seed_article.entities}
    for place in ("Moscow", "Geneva", "Washington", "Russia", "United States"):
        assert types[place] == "GPE", place
    assert types["NATO"] == "ORG"
    # "Russophobic NATO members", "within NATO", and the "NATO" of "Russia-NATO Council", found again
    assert texts(by_name(seed_article, "NATO")) == ["NATO"] * 3
    osce = by_name(seed_article, "Organization for Security and Cooperation in Europe")
    assert osce.type == "ORG" and osce.aliases == ["OSCE"]
    assert texts(osce) == ["Organization for Security and Cooperation in Europe", "OSCE"]
    # "The United States" and "the US" are one country, the article's "The" is not part of it
    assert set(by_name(seed_article, "United States").aliases) == {"US"}


def test_seed_ids_follow_first_mentions(seed_article):
    entities = seed_article.entities
    assert [e.id for e in entities] == [f"e{i}" for i in range(1, len(entities) + 1)]
    firsts = [e.mentions[0].start for e in entities]
    assert firsts == sorted(firsts)
    for e in entities:
        assert [m.start for m in e.mentions] == sorted(m.start for m in e.mentions)


def test_no_mention_crosses_a_paragraph_break(seed_article):
    for e in seed_article.entities:
        for m in e.mentions:
            assert "\n" not in m.text


# ---------------------------------------------------------------- names


def test_timestamps_and_credits_are_not_entities(analyse):
    article = analyse(
        "02:51 GMT 10.01.2022 (Updated: 02:54 GMT 10.01.2022)\n\n"
        "© Sputnik / Vladimir Trefilov / Go to the mediabank\n\n"
        "Sergey Ryabkov met Wendy Sherman in Geneva on Sunday."
    )
    names = [e.name for e in article.entities]
    assert not [n for n in names if "GMT" in n or "/" in n or "©" in n], names
    assert "Sergey Ryabkov" in names and "Wendy Sherman" in names


@pytest.mark.parametrize(
    "text",
    [
        "Moscow has not responded to the proposal, Kremlin spokesman Dmitry Peskov told Reuters on Monday.",
        "PARIS (AFP) - French President Emmanuel Macron will travel to Kyiv next week, his office said.",
        "The talks ended without a deal, Interfax news agency reported, citing a source in the delegation.",
        "Ukrainian Foreign Minister Dmytro Kuleba told TASS that the meeting had been useful.",
    ],
)
def test_news_agencies_are_organisations(analyse, text):
    article = analyse(text)
    agencies = [e for e in article.entities if e.name.split()[0] in ("Reuters", "AFP", "Interfax", "TASS")]
    assert len(agencies) == 1, [(e.name, e.type) for e in article.entities]
    assert agencies[0].type == "ORG"


def test_titles_in_front_of_names_and_appositions(analyse):
    article = analyse(
        "Kremlin spokesman Dmitry Peskov said the talks were useful. "
        "Maria Zakharova, the Russian Foreign Ministry spokeswoman, said on Tuesday that talks would continue."
    )
    peskov = person(article, "Peskov")
    assert peskov.name == "Dmitry Peskov"
    assert peskov.titles == ["Kremlin spokesman"]
    zakharova = person(article, "Zakharova")
    assert zakharova.name == "Maria Zakharova"
    assert zakharova.titles == ["Russian Foreign Ministry spokeswoman"]


# ---------------------------------------------------------------- identity


def test_surname_honorific_and_transliteration_variants(analyse):
    article = analyse(
        "Russian Deputy Foreign Minister Aleksandr Grushko said NATO had ignored Moscow's concerns.\n\n"
        "Mr. Grushko added that Alexander Grushko's team would travel to Brussels on Wednesday. "
        "Grushko did not say who would lead it."
    )
    grushko = person(article, "Grushko")
    assert grushko.name in ("Aleksandr Grushko", "Alexander Grushko")
    assert {"Aleksandr Grushko", "Alexander Grushko", "Grushko"} == {grushko.name, *grushko.aliases}
    assert texts(grushko).count("Grushko") == 2


def test_acronym_and_its_expansion(analyse):
    article = analyse(
        "The Federal Security Service (FSB) said it had detained two men in Moscow. "
        "The FSB did not name them. The World Health Organization warned of a new wave; "
        "WHO experts will visit next week."
    )
    fsb = [e for e in article.entities if "FSB" in (e.name, *e.aliases)]
    assert len(fsb) == 1 and fsb[0].name == "Federal Security Service"
    assert texts(fsb[0]).count("FSB") == 2
    who = [e for e in article.entities if e.name == "World Health Organization"]
    assert len(who) == 1 and "WHO" in who[0].aliases


def test_two_people_with_one_surname_stay_apart(analyse):
    article = analyse("Hunter Biden testified on Tuesday. His father, Joe Biden, did not comment. Joe Biden left.")
    bidens = [e for e in article.entities if e.type == "PERSON" and e.name.endswith("Biden")]
    assert sorted(e.name for e in bidens) == ["Hunter Biden", "Joe Biden"]


# ---------------------------------------------------------------- roles and pronouns


def test_role_nouns_link_to_the_person_whose_title_fits(analyse):
    article = analyse(
        "Russian Foreign Minister Sergei Lavrov met Health Minister Mikhail Murashko on Monday. "
        "The diplomat said the talks had gone well.\n\n"
        "The health minister said vaccines would be shipped in March."
    )
    lavrov = person(article, "Lavrov")
    murashko = person(article, "Murashko")
    # "the diplomat" fits a foreign minister, not the more recent health minister
    assert "The diplomat" in texts(lavrov)
    assert "The health minister" in texts(murashko)
    assert "The diplomat" not in texts(murashko)


def test_role_noun_prefers_the_most_recent_fitting_person(analyse):
    article = analyse(
        "Foreign Minister Sergei Lavrov spoke first. Then Foreign Minister Wang Yi arrived. "
        "The minister said China wanted stability."
    )
    assert "The minister" in texts(person(article, "Yi"))
    assert "The minister" not in texts(person(article, "Lavrov"))


def test_role_adjectives_are_not_mentions(analyse):
    article = analyse("Sergey Ryabkov said the official Russian-US talks were held in Geneva on Sunday.")
    ryabkov = person(article, "Ryabkov")
    assert texts(ryabkov) == ["Sergey Ryabkov"]


def test_spokeswoman_and_gendered_pronouns(analyse):
    article = analyse(
        "Foreign Ministry spokeswoman Maria Zakharova met Kremlin spokesman Dmitry Peskov in Moscow.\n\n"
        '"We are ready," she said. The spokeswoman did not give a date.\n\n'
        "He told reporters the talks would continue. Ms. Zakharova left early; she said she was tired."
    )
    zakharova = person(article, "Zakharova")
    peskov = person(article, "Peskov")
    # "the spokeswoman" fits her title and not a man's, though his title is a spokesman's
    assert "she" in texts(zakharova) and "The spokeswoman" in texts(zakharova)
    assert "He" in texts(peskov) and "He" not in texts(zakharova)
    assert texts(zakharova)[-1] == "she" and "she" not in texts(peskov)


def test_honorific_tells_gender(analyse):
    article = analyse("Ms. Wendy Sherman met Sergey Ryabkov on Sunday. She said the talks were frank.")
    assert texts(person(article, "Sherman"))[-1] == "She"


def test_subject_pronouns_outside_quotations(analyse):
    text = (
        "Antony Blinken met Wang Yi in Rome. Blinken said the meeting was frank. "
        'According to him, both sides agreed to keep talking. "He was tough," Blinken said. He went home.'
    )
    article = analyse(text)
    blinken = person(article, "Blinken")
    assert "him" in texts(blinken)  # "according to him"
    # the "He" inside the quotation is not linked; the subject "He went home" is
    assert [m.start for m in blinken.mentions if m.text == "He"] == [text.rindex("He went")]
    assert "He" not in texts(person(article, "Yi"))
    # an object pronoun is not a mention
    article = analyse("Antony Blinken met Wang Yi in Rome. Reporters asked him about Taiwan.")
    assert texts(person(article, "Blinken")) == ["Antony Blinken"]


def test_it_said_is_the_organisation(analyse):
    article = analyse(
        "The Kremlin rejected the proposal on Monday. It said in a statement that talks would continue.\n\n"
        "The Kremlin published a report. The report was long; it said nothing new."
    )
    kremlin = [e for e in article.entities if e.name == "Kremlin"]
    assert len(kremlin) == 1
    # the second "it" is the report, a noun between
    assert texts(kremlin[0]).count("It") == 1 and "it" not in texts(kremlin[0])


def test_pronoun_prefers_the_subject_over_a_nearer_object(analyse):
    article = analyse("Sergey Ryabkov met with Wendy Sherman in Geneva. He said the conversation was difficult.")
    assert texts(person(article, "Ryabkov"))[-1] == "He"
    assert texts(person(article, "Sherman")) == ["Wendy Sherman"]


def test_people_in_the_caption_only_are_not_entities(seed_article):
    # the photographer of the credit line is in article.media, never in the text
    assert not [e for e in seed_article.entities if "Trefilov" in e.name]


def test_honorific_makes_a_person_and_joins_the_full_name(analyse):
    # spaCy tags the "Mubanga" of "Mr Mubanga" as a place; the honorific says otherwise
    article = analyse(
        "Martin Mubanga claimed in the Observer that an MI6 officer played a key role in his arrest in Zambia. "
        "Mr Mubanga, 32, from Wembley, London, said he was brutally interrogated.\n\n"
        "Home Secretary Charles Clarke said he would not launch an investigation."
    )
    mubanga = person(article, "Mubanga")
    assert texts(mubanga)[:2] == ["Martin Mubanga", "Mubanga"]
    assert not [e for e in article.entities if e.type != "PERSON" and "Mubanga" in e.name]
    clarke = person(article, "Clarke")
    assert clarke.titles == ["Home Secretary"]
    assert texts(clarke) == ["Charles Clarke", "he"]  # "he would not launch": a subject pronoun
    assert "Home" not in [e.name for e in article.entities]


_WORDS = [
    "Mr.",
    "Ms",
    "Sergey",
    "Sergei",
    "Ryabkov",
    "the",
    "The",
    "deputy",
    "foreign",
    "minister",
    "diplomat",
    "said",
    "told",
    "he",
    "she",
    "they",
    "Reuters",
    "(AFP)",
    "NATO",
    "OSCE",
    "Organization",
    "for",
    "Security",
    "of",
    "State",
    "Secretary",
    "US",
    "Geneva",
    "—",
    "-",
    "/",
    "©",
    "GMT",
    "10.01.2022",
    "'s",
    ",",
    ".",
    '"',
    "“",
    "”",
    "(",
    ")",
    "\n",
    "\n\n",
    "Spokesperson",
    "Ned",
    "Price",
    "according",
    "to",
    "him",
    "van",
    "st",
]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=60))
def test_any_text_gives_valid_entities(analyse, words):
    text = " ".join(words)
    if not text.strip():
        return
    article = analyse(text)  # checks every offset
    ids = [e.id for e in article.entities]
    assert ids == [f"e{i}" for i in range(1, len(ids) + 1)]
    for entity in article.entities:
        assert entity.mentions and entity.name.strip()
        starts = [m.start for m in entity.mentions]
        assert starts == sorted(starts) and len(set(starts)) == len(starts)


def test_descriptive_role_phrases_do_not_refer(analyse):
    article = analyse(
        "President Vladimir Putin met Chinese Foreign Minister Wang Yi in Moscow. "
        "Putin wants to keep the image of the strong leader, analysts said. "
        "The next president will face the same problem. The Chinese diplomat said the talks were useful."
    )
    assert texts(person(article, "Putin")) == ["Vladimir Putin", "Putin"]
    assert "The Chinese diplomat" in texts(person(article, "Yi"))


def test_first_full_name_is_the_name(analyse):
    article = analyse(
        "Hillary Clinton spoke in Ohio on Monday. Donald Trump later called her Crooked Hillary Clinton. "
        "Clinton did not respond. Mayor Bill de Blasio said the city was safe. De Blasio said it twice."
    )
    clinton = person(article, "Clinton")
    assert clinton.name == "Hillary Clinton"
    assert person(article, "Blasio").name == "Bill de Blasio"


def test_nyt_double_apostrophe_quotes_hide_pronouns(analyse):
    article = analyse(
        "Donna Sampson Rawlings watched the opening. ''It's something they never thought they'd see,'' she added."
    )
    mentions = texts(person(article, "Rawlings"))
    assert "they" not in mentions and mentions[-1] == "she"


def test_titles_with_lower_case_words_hyphens_and_possessives(analyse):
    article = analyse(
        "UN Secretary-General Antonio Guterres urged calm. European Union foreign policy chief Josep Borrell "
        "warned against escalation. Russia's foreign minister Sergey Lavrov said the talks had failed.\n\n"
        "White House press secretary Jen Psaki said the US would respond. The press secretary did not elaborate."
    )
    assert person(article, "Guterres").titles == ["UN Secretary-General"]
    assert person(article, "Borrell").titles == ["European Union foreign policy chief"]
    assert person(article, "Lavrov").titles == ["Russia's foreign minister"]
    psaki = person(article, "Psaki")
    assert psaki.titles == ["White House press secretary"]
    assert texts(psaki) == ["Jen Psaki", "The press secretary"]


def test_text_report_lists_entities(seed_article):
    from rich.console import Console

    from dateline.report import render_entities

    console = Console(record=True, width=200)
    render_entities(seed_article, console)
    out = console.export_text()
    assert "Sergey Ryabkov" in out and "the diplomat" in out and "Russian Deputy Foreign Minister" in out
    assert "OSCE" in out


def test_countries_are_places(analyse):
    # spaCy sm calls some countries organisations, and misses others
    article = analyse(
        "Moldova and Belarus signed the agreement in Minsk. Officials from Slovakia attended. "
        "The Bank of England did not comment."
    )
    types = {e.name: e.type for e in article.entities}
    for country in ("Moldova", "Belarus", "Slovakia"):
        assert types.get(country) == "GPE", types
    assert "England" not in types


def test_capitals_are_places(analyse):
    article = analyse("The ceasefire held in Yerevan on Monday. The delegation flew from Minsk to Dakar.")
    types = {e.name: e.type for e in article.entities}
    assert types.get("Yerevan") == "GPE" and types.get("Minsk") == "GPE" and types.get("Dakar") == "GPE", types


def test_a_capital_that_speaks_is_its_government_never_a_person(analyse):
    # spaCy sm types "Yerevan" a person; speaking, it is Armenia's government (issue 11)
    article = analyse("Yerevan said on Monday that the ceasefire held. The delegation flew from Minsk to Dakar.")
    types = {e.name: e.type for e in article.entities}
    assert types.get("government of Armenia") == "ORG" and "Yerevan" not in types, types
    assert types.get("Minsk") == "GPE" and types.get("Dakar") == "GPE", types


def test_shortened_organisation_name_is_the_same_organisation(analyse):
    article = analyse(
        "The Russian Foreign Ministry summoned the ambassador on Monday. "
        "The Foreign Ministry said the talks would resume. The US State Department declined to comment."
    )
    ministry = [e for e in article.entities if e.name == "Russian Foreign Ministry"]
    assert len(ministry) == 1 and texts(ministry[0]) == ["Russian Foreign Ministry", "Foreign Ministry"]
    assert [e.name for e in article.entities if "Department" in e.name] == ["US State Department"]


def test_without_the_nlp_stage_there_are_no_entities():
    from dateline.pipeline import Pipeline

    article = Pipeline(stages=("layout", "clean", "entities")).analyze(text="Sergey Ryabkov told Sputnik.", raw=True)
    assert article.entities == []


def test_hyphenated_names_and_pronoun_after_an_object(analyse):
    article = analyse(
        "Secretary General Ban Ki-moon condemned what he called a brazen breach of U.N. resolutions.\n\n"
        '"Parasite" director Bong Joon Ho met Joaquin Phoenix backstage.\n\n'
        "Speaking through an interpreter he added that the race was open."
    )
    ban = by_name(article, "Ban Ki-moon")
    assert ban.name == "Ban Ki-moon" and ban.titles == ["Secretary General"] and texts(ban)[-1] == "he"
    # "he" goes to the nearest compatible mention's sentence subject, not to an object
    assert texts(person(article, "Ho"))[-1] == "he"
    assert "he" not in texts(person(article, "Phoenix"))


# -- types from the article's own evidence (issue 11, point 4); made-up examples --------------------


def test_a_one_word_name_with_his_is_a_person():
    # spaCy may type a lone surname an organisation; "X has compared his ..." makes it a person
    from dateline.coreference import Cluster, Ref, people_by_pronouns
    from dateline.nlp import load_nlp

    text = "Zorbak has repeatedly compared his pandemic response to fighting a war."
    doc = load_nlp()(text)
    ref = Ref(start=0, end=6, text="Zorbak", type="ORG", kind="name")
    cluster = Cluster(type="ORG", name="Zorbak")
    cluster.add(ref)
    people_by_pronouns([doc], [text], [0], [cluster], frozenset())
    assert cluster.type == "PERSON" and cluster.gender == "m" and ref.type == "PERSON"
    # an organisation takes "its": it stays one
    text = "Quellar has repeatedly compared its pandemic response to fighting a war."
    other = Cluster(type="ORG", name="Quellar")
    other.add(Ref(start=0, end=7, text="Quellar", type="ORG", kind="name"))
    people_by_pronouns([load_nlp()(text)], [text], [0], [other], frozenset())
    assert other.type == "ORG"


def test_a_one_word_name_after_a_business_noun_is_an_organisation():
    from dateline.coreference import Cluster, Ref, bodies_by_nouns

    for text, start in (
        ("San Francisco payments giant Quellar will let staff work from home.", 29),
        ("The plan was announced by Chirpa, the other San Francisco firm, on Monday.", 26),
    ):
        word = text[start:].split()[0].rstrip(",")
        cluster = Cluster(type="PERSON", name=word)
        cluster.add(Ref(start=start, end=start + len(word), text=word, type="PERSON", kind="name"))
        bodies_by_nouns([text], [0], [cluster])
        assert cluster.type == "ORG", text
    # a person after a lower-case role noun stays a person
    text = "Conservative radio host Zorbak said the plan would fail."
    person = Cluster(type="PERSON", name="Zorbak")
    person.add(Ref(start=24, end=30, text="Zorbak", type="PERSON", kind="name"))
    bodies_by_nouns([text], [0], [person])
    assert person.type == "PERSON"


def test_a_titleless_surname_with_his_is_a_person_in_the_pipeline(analyse):
    article = analyse(
        "Zorbak has repeatedly compared his pandemic response to fighting a war. Zorbak said the country would "
        "win. “It can never be a total victory,” he said."
    )
    zorbak = [e for e in article.entities if e.name == "Zorbak"]
    assert len(zorbak) == 1 and zorbak[0].type == "PERSON"


def test_a_name_with_a_persons_role_in_apposition_is_a_person():
    from dateline.model import Entity, Mention
    from dateline.stages.entities import retype_by_apposition

    text = "Bettina Frisk, chief of the infectious diseases division at the hospital, said the wards were full."
    entity = Entity(
        id="e1", type="ORG", name="Bettina Frisk", mentions=[Mention(start=0, end=13, text="Bettina Frisk")]
    )
    retype_by_apposition([entity], text)
    assert entity.type == "PERSON"
    text = "Maple Pharma, the drug maker based in Ohio, said the trial would resume."
    body = Entity(id="e2", type="ORG", name="Maple Pharma", mentions=[Mention(start=0, end=12, text="Maple Pharma")])
    retype_by_apposition([body], text)
    assert body.type == "ORG"


def test_a_common_noun_opening_a_sentence_is_no_person():
    import dateline

    # the real paragraphs: spaCy read the quote's "Camp" as a name, the pronouns made it a person, and
    # Maddie's "she said" went to it
    text = "\n\n".join(
        [
            'Eleven-year old Maddie Prince was among the many Chimney Corners campers who took it hard. "It makes'
            " me sad that I can't be with my friends,\" she said.",
            'Camp is where she "grows up more," she said, and where she is happiest. "You don\'t have any tech and'
            " it's really easy to forget all of your worries,\" she added.",
            '"Camp is going to look very different," said Matt Fragala, a camp director in Maine.',
        ]
    )
    article = dateline.analyze(text=text, raw=True)
    assert not [e for e in article.entities if e.name == "Camp"]
    names = {e.id: e.name for e in article.entities}
    for words in ("grows up more", "forget all of your worries"):
        said = next(q for q in article.quotes if words in q.text)
        assert said.speaker is not None and names.get(said.speaker.entity or "") == "Maddie Prince", words


def test_a_place_in_a_list_of_places_is_no_person():
    import dateline

    article = dateline.analyze(
        text="Airlines have parked planes at desert airstrips all over the Southwest near places like Marana and"
        " Kingman in Arizona, Mojave and Victorville in California, Roswell, New Mexico, and Abilene, Texas.",
        raw=True,
    )
    assert not [e for e in article.entities if e.name == "Victorville" and e.type == "PERSON"]


def test_a_name_with_a_digit_is_no_person():
    from dateline.coreference import Ref
    from dateline.nlp import load_nlp
    from dateline.stages.entities import _retype_non_people, _tokens_by_offset

    text = "As data emerges on COVID-19 and COVID, Kim said it is clear."
    sdoc = load_nlp()(text)
    mentions = [
        Ref(start=19, end=27, text="COVID-19", type="ORG", kind="name"),
        Ref(start=32, end=37, text="COVID", type="PERSON", kind="name"),
        Ref(start=39, end=42, text="Kim", type="PERSON", kind="name"),
        Ref(start=19, end=27, text="COVID-19", type="PERSON", kind="name"),  # spaCy's other reading of it
    ]
    _retype_non_people(mentions, _tokens_by_offset([sdoc], [0]), text)
    assert [m.type for m in mentions] == ["ORG", "ORG", "PERSON", "ORG"]


def test_a_plural_common_noun_is_no_person_but_a_surname_is():
    import dateline

    article = dateline.analyze(
        text="Moncef Slaoui, a former Moderna director, will lead the vaccine effort. Watchdogs called out"
        " Slaoui’s apparent conflict of interest. Sanders said the stock should be sold. Bernie Sanders has"
        " asked for an inquiry.",
        raw=True,
    )
    names = {e.name: e.type for e in article.entities}
    assert "Watchdogs" not in names
    assert names.get("Bernie Sanders") == "PERSON"


def test_an_award_is_no_person():
    # chicago_suntimes: "Tony" of "Tony Award-nominated", "a Tony nomination", "Tony-winning" was a person
    # who took the wife's "she said"
    import dateline

    article = dateline.analyze(
        text="NEW YORK — Tony Award-nominated actor Nick Cordero has had his right leg amputated after suffering"
        " complications from the coronavirus, his wife says.\n\nHe received a Tony nomination for best featured"
        " actor in a musical. It has also claimed the life of Tony-winning playwright Terrence McNally.",
        raw=True,
    )
    people = {e.name for e in article.entities if e.type == "PERSON"}
    assert "Tony" not in people and not any("nominated" in name for name in people)
    assert {"Nick Cordero", "Terrence McNally"} <= people
    # the_verge: "Grammy" of "the two-time Grammy nominated choreographer" took his "he says"
    article = dateline.analyze(
        text="Then she got a notification on her phone: Ryan Heffington, the two-time Grammy nominated"
        " choreographer behind Sia’s “Chandelier” music video, was hosting a dance class.",
        raw=True,
    )
    assert "Grammy" not in {e.name for e in article.entities if e.type == "PERSON"}


def test_a_name_spacy_ran_over_a_comma_into_the_next_phrase_is_two(analyse):
    # cbs_news: "COVID-19, Skagit County Public Health" was one organisation, and the speaker of "said"
    article = analyse("That individual was later confirmed to have COVID-19, Skagit County Public Health said.")
    names = {e.name for e in article.entities}
    assert "Skagit County Public Health" in names
    assert not any(name.startswith("COVID-19,") for name in names)


def test_a_name_spacy_ran_over_a_verb_is_cut_there(analyse):
    # chicago_suntimes: "Mujica said Latino" was one organisation, and the speaker of the record
    article = analyse(
        "Arise Chicago labor organizer Jorge Mujica said another reason behind the rising cases among Latinos is"
        " they are at high risk of contracting the virus at their workplaces.\n\n“It’s obvious that the source of"
        " the spread of the virus has shifted from people traveling to people working,” he said.\n\nMujica said"
        " Latino workers across the state have complained to him about employers not providing proper"
        " equipment."
    )
    assert not any(" said " in e.name for e in article.entities), [e.name for e in article.entities]


def test_a_name_ending_in_a_venue_word_is_no_person_and_takes_no_he():
    # business_insider: spaCy typed "Gramercy Tavern" a person, and it took Danny Meyer's "he said"
    import dateline

    article = dateline.analyze(
        text="Danny Meyer, founder and CEO of Union Square Hospitality Group, said many of his famed restaurants"
        " will likely remain shut until a coronavirus vaccine is available.\n\nMeanwhile USHG, owner of New York"
        " City's Gramercy Tavern and Union Square Cafe, will start offering takeout services at two of its"
        ' counter-service restaurants.\n\n"There is no interest or excitement on my part to having a half-full'
        ' dining room while everyone is getting their temperature taken and wearing masks, for not much money,"'
        " he said.\n\nMedical experts expect the earliest a vaccine will be widely available is next January.\n\n"
        "Danny Meyer, head of Union Square Hospitality Group, which owns New York City hotspots Union Square Cafe"
        " and Gramercy Tavern, has said that some of his restaurants probably won't open until there's a"
        " coronavirus vaccine.",
        raw=True,
    )
    assert "Gramercy Tavern" not in {e.name for e in article.entities if e.type == "PERSON"}
    quote = next(q for q in article.quotes if "half-full" in q.text)
    assert quote.speaker is not None
    assert {e.id: e.name for e in article.entities}[quote.speaker.entity] == "Danny Meyer"


def test_a_persons_name_ends_before_a_possessive(analyse):
    # health_impact_news: "Trump’s Coronavirus" (of the task force) was a person, and then Trump's name
    article = analyse(
        "With the announcement earlier this week that Moderna Therapeutics has developed a partnership with Lonza"
        " manufacturing, it would seem that they are the leading candidate, especially since they are working in"
        " partnership with Dr. Anthony Fauci, a member of President Trump’s Coronavirus task force team."
    )
    people = {e.name for e in article.entities if e.type == "PERSON"}
    assert "Trump" in people and not any("Coronavirus" in name for name in people), people
    # and a person's name after a possessive that opens with a given name is the person ("Queen’s Brian May")
    article = analyse("Queen’s Brian May says he thinks a vegan diet would be better for people’s overall health.")
    assert "Brian May" in {e.name for e in article.entities if e.type == "PERSON"}


def test_a_surname_after_according_to_is_the_persons(analyse):
    # world_health_net: "according to Cholankeril." was a place beside the person George Cholankeril
    article = analyse(
        '"We had six fellows working together," said George Cholankeril, a hepatologist at Stanford.\n\nThe team'
        " plans to continue their investigations to study the role of GI tract symptoms in COVID-19, according"
        " to Cholankeril."
    )
    found = [e for e in article.entities if "Cholankeril" in e.name]
    assert [(e.type, e.name) for e in found] == [("PERSON", "George Cholankeril")]


def test_a_company_before_its_heads_title_is_no_person(analyse):
    # politico: "former Trump Shuttle president Bruce Nobles" made "Trump Shuttle" a person, the name of Trump
    article = analyse(
        "“He thinks he’s the smartest guy on the planet,” former Trump Shuttle president Bruce Nobles told me"
        " Tuesday. “He really does.”\n\nPelosi spokesman Drew Hammill said the speaker was at home."
    )
    types = {e.name: e.type for e in article.entities}
    assert types.get("Trump Shuttle") == "ORG" and types.get("Bruce Nobles") == "PERSON", types
    # a staff title after a person's name leaves the person ("Pelosi spokesman Drew Hammill")
    assert types.get("Drew Hammill") == "PERSON", types


def test_a_name_with_a_nickname_inside_is_one_name(analyse):
    # chicago_suntimes: 'Rep. Jesus “Chuy” Garcia' was cut into "Jesus", "Chuy" and "Garcia", and that
    # "Garcia", taken for a surname alone, joined Tania Linares Garcia, who got his words
    article = analyse(
        "“We know that detention centers do not have the sanitary conditions required to contain the potential"
        " outbreak of coronavirus inside their facilities,” said Rep. Jesus “Chuy” Garcia (D-Ill.).\n\n"
        "Tania Linares Garcia, a senior attorney with the National Immigrant Justice Center, said one of her"
        " clients suffers from anxiety."
    )
    people = sorted(e.name for e in article.entities if e.type == "PERSON")
    assert people == ["Jesus “Chuy” Garcia", "Tania Linares Garcia"]
    # a later "Chuy Garcia" is the same man (a nickname in front of the surname)
    article = analyse(
        "U.S. Rep. Jesus “Chuy” Garcia, D-Ill., said the CARES Act excluded more than 3,700 Illinois families from"
        " receiving a stimulus check. Later, Chuy Garcia said the bill was cruel."
    )
    assert [(e.name, len(e.mentions)) for e in article.entities if e.type == "PERSON"] == [("Jesus “Chuy” Garcia", 2)]


def test_a_surname_cut_at_its_hyphen_is_the_person_named_in_full(analyse):
    # cnbc: "Finally, Schwab-Pomerantz says ..." made a person "Schwab" beside "Carrie Schwab-Pomerantz"
    article = analyse(
        "CNBC Make It asked Carrie Schwab-Pomerantz, president of Charles Schwab Foundation and certified financial"
        " planner, to comment on what Navarro is doing right with his money.\n\nFinally, Schwab-Pomerantz says it"
        " is crucial for Navarro to put his mental and physical health first."
    )
    carrie = by_name(article, "Carrie Schwab-Pomerantz")
    assert texts(carrie)[-1] == "Schwab-Pomerantz"
    assert not [e for e in article.entities if e.name == "Schwab"]


def test_a_hyphenated_surname_that_speaks_is_a_person(analyse):
    # chicago_suntimes: "Byron Sigcho-Lopez" typed an organisation though "Sigcho-Lopez said" twice
    article = analyse(
        "Aldermen Brian Hopkins (2nd) and Byron Sigcho-Lopez (25th) couldn’t agree more.\n\nSigcho-Lopez argued"
        " Lightfoot’s decision to “centralize power” has had “unfortunate and shameful consequences” in Little"
        " Village.\n\n“She can try to point fingers all she wants,” Sigcho-Lopez said."
    )
    assert by_name(article, "Byron Sigcho-Lopez").type == "PERSON"


def test_a_name_with_particles_spacy_split_is_one_person(analyse):
    # npr: spaCy made "Ursula von der" a person and "Leyen" a place; "Von der Leyen" later was an organisation
    article = analyse(
        "Ursula von der Leyen, the president of the European Commission, said there would be exemptions for "
        "long-term EU residents. Von der Leyen said it would last 30 days."
    )
    people = [e for e in article.entities if "Leyen" in e.name]
    assert len(people) == 1 and people[0].type == "PERSON" and people[0].name == "Ursula von der Leyen"
    assert {m.text for m in people[0].mentions} >= {"Ursula von der Leyen", "Von der Leyen"}


def test_an_outlets_reporter_named_after_its_s_is_a_person(analyse):
    # drudgereport: spaCy made "CBS News' Ramy Inocencio" one organisation
    article = analyse(
        "Photos and videos out of Guangzhou show police detaining Africans over concern they could be spreading the"
        " coronavirus, CBS News' Ramy Inocencio reports. Images of Africans sleeping on the street after being"
        " evicted from their homes have also incited backlash."
    )
    names = {e.name: e.type for e in article.entities}
    assert names.get("Ramy Inocencio") == "PERSON" and "CBS News' Ramy Inocencio" not in names


def test_a_product_with_a_persons_title_in_apposition_is_a_person():
    # washington_post: spaCy typed "Stephane Bancel" a product, so his quote had no speaker entity
    import dateline

    article = dateline.analyze(
        text="“We are very, very happy because first the vaccine was generally safe,” Stephane Bancel, chief"
        " executive of Moderna said in an interview.",
        raw=True,
    )
    speaker = next(e for e in article.entities if e.id == article.quotes[0].speaker.entity)
    assert (speaker.name, speaker.type) == ("Stephane Bancel", "PERSON")


def test_a_person_whose_last_word_is_a_company_head_word_is_an_organisation(analyse):
    # washington_post: spaCy typed "Sinovac Biotech" a person (then "Sinovac Biotech [PERSON]" published a study)
    article = analyse(
        "A Chinese company, Sinovac Biotech, recently published a study in the journal Science showing that"
        " its vaccine protected rhesus monkeys against infection."
    )
    assert {e.name: e.type for e in article.entities}["Sinovac Biotech"] == "ORG"


def test_a_name_written_before_a_businesss_workers_stays_an_organisation(analyse):
    # the_verge: "Amazon said he was fired ..." had made Amazon a person (a "he" after its name); the article
    # writes "Amazon warehouse workers" and "Amazon workers", which no person has
    article = analyse(
        "The letter also cites the firing of Bashir Mohamed, a warehouse worker in Minnesota who called for"
        " greater safety measures. Amazon said he was fired for safety violations and other policy infractions."
        "\n\nTwo other Amazon warehouse workers, both in California, have died of the virus. Amazon workers at over"
        " 130 facilities have tested positive for COVID-19, according to alerts tallied by workers."
    )
    assert {e.name: e.type for e in article.entities}["Amazon"] == "ORG"


def test_a_work_that_speaks_is_an_organisation():
    # the_verge: spaCy took "Waymo" for a work of art, which speaks for no one, so "Waymo says it has
    # redesigned ..." and "the company said" had no speaker
    import dateline

    article = dateline.analyze(
        text="Waymo is planning to resume testing its autonomous vehicles in Arizona on May 11th, nearly two months"
        " after pausing its robotaxi service as a result of the COVID-19 pandemic. But some of the company’s backup"
        " drivers are worried that Waymo may be rushing back into service too quickly.\n\n"
        "In a blog post, the company said it was taking a “tiered approach” to returning its vehicles to the"
        " road. Waymo says it has redesigned its vehicle depots in Arizona to conform with social distancing"
        " guidelines, including limiting the number of people that will be allowed inside at any given time."
        "\n\nBut the company won’t be fully operational. Waymo’s ride-hailing service, Waymo One, will remain on"
        " pause. And Waymo says it won’t resume testing in other cities like San Francisco, Detroit, and Los"
        " Angeles until the company is convinced it’s safe.",
        raw=True,
    )
    names = {e.id: (e.name, e.type) for e in article.entities}
    spoken = [names.get(q.speaker.entity or "") for q in article.quotes if q.speaker and q.speaker.text == "Waymo"]
    assert spoken == [("Waymo", "ORG"), ("Waymo", "ORG")]


def test_a_possessive_the_parse_took_for_a_conjunction_is_no_part_of_the_name(analyse):
    # washington_post: spaCy tagged the "’s" of "Trump’s in-house physician" a conjunction inside its entity,
    # and "Trump’s" became the name of every record Trump spoke
    article = analyse(
        "“Because I think it’s good,” Trump said.\n\nLater Monday, the White House released a letter from Sean"
        " P. Conley, Trump’s in-house physician, that confirmed he had spoken with the president about the drug."
    )
    trump = next(e for e in article.entities if e.name.startswith("Trump"))
    assert (trump.name, trump.aliases) == ("Trump", [])


def test_an_organisations_name_run_on_into_its_place_is_the_owners_and_a_participle_is_no_given_name(analyse):
    # the_verge: spaCy read "Amazon’s Staten Island" as one organisation ("the company confirmed" went to it), where
    # the article names Staten Island as a place too, and "Established Twitch" as a person (a later "he says" went
    # to it)
    article = analyse(
        "A worker at Amazon’s Staten Island, New York, fulfillment center has died of COVID-19, the company"
        " confirmed. Workers at the facility, called JFK8, have been calling for greater safety precautions since"
        " early March. “We are deeply saddened by the loss of an associate at our site in Staten Island, NY,” an"
        " Amazon spokesperson said.\n\nEstablished Twitch musicians like Ducky are watching the influx with cautious optimism."
    )
    names = {e.name: e.type for e in article.entities}
    assert "Amazon’s Staten Island" not in names and names.get("Amazon") == "ORG"
    assert "Established Twitch" not in names


def test_a_role_in_lower_case_before_someone_elses_title_is_no_title_of_the_name(analyse):
    # usa_today: "Greg Risling, spokesman for District Attorney Jackie Lacey" gave Lacey the title "spokesman for
    # District Attorney", so a man; the "she" of "Lacey announced she had charged ..." went to another person
    article = analyse(
        '"The virus has delayed the processing of the extradition paperwork," said Greg Risling, spokesman for'
        " District Attorney Jackie Lacey, in an email.\n\nWeinstein's spokesman, Juda Engelmayer, declined to"
        " comment.\n\nIn April, Lacey announced she had charged Weinstein with another sex crime."
    )
    lacey = next(e for e in article.entities if e.name == "Jackie Lacey")
    assert lacey.titles == ["District Attorney"]
    assert "she" in [m.text for m in lacey.mentions]


def test_a_person_named_after_an_outlets_possessive_is_a_person(analyse):
    # washington_post: spaCy read "The Post’s Luz Lazo" as one organisation, "Post’s Luz Lazo", which then spoke
    article = analyse(
        "Amtrak has reduced its service between Washington and Boston by as much as 35 percent, The Post’s Luz Lazo"
        " reported."
    )
    names = {e.name: e.type for e in article.entities}
    assert names.get("Luz Lazo") == "PERSON" and "Post’s Luz Lazo" not in names


def test_words_spacy_left_out_of_a_name_are_the_names(analyse):
    # detroit_news: spaCy's person began at "George" of "Elmer George" (a known given name before it); usa_today:
    # its organisation began at "Cruises" of "Princess Cruises", which the title word then made a person; the_verge:
    # "Sunrise Movement" (an organisation) joined the "Sunrise" spaCy typed a person, and the person's type won
    article = analyse(
        "John Robert “Johnny” Boone vouched for his release on the grounds that he is 76, in poor health and has"
        " served most of his 57-month prison sentence, The Courier Journal reported Thursday. Elmer George, his"
        " lawyer, added Boone has a history of illnesses and called his continued imprisonment life-threatening."
    )
    assert {e.name: e.type for e in article.entities}.get("Elmer George") == "PERSON"
    article = analyse(
        "The Diamond Princess – the cruise ship that was part of an early coronavirus outbreak – is on the move from"
        " Japan to Malaysia, Princess Cruises said.\n\nPrincess Cruises spokeswoman Negin Kamali said 170 employees"
        " are currently aboard the ship."
    )
    assert {e.name: e.type for e in article.entities}.get("Princess Cruises") == "ORG"
    article = analyse(
        "Mass protests are indefinitely on hold, some grassroots groups say. Groups like the Sunrise Movement — which"
        " had also planned to join the Wall Street rally — are turning to online activism and phone banking to keep"
        " momentum going. Sunrise, which has pushed for a Green New Deal, tells The Verge that it is postponing all of"
        " its mass mobilizations.\n\nThe Sunrise Movement is asking people stuck at home to call prospective voters."
        " Sunrise had put their hopes in college students. Sunrise is organizing phone banks."
    )
    sunrise = next(e for e in article.entities if e.name == "Sunrise Movement")
    assert sunrise.type == "ORG"


def test_a_name_after_a_business_title_is_a_person(analyse):
    # cbs_news: spaCy typed "Roz Brewer" an organisation after "Chief Operating Officer" (and a first version of the
    # name-word mending then ran it on to "Officer Roz Brewer")
    article = analyse(
        "According to The Seattle Times, the coffee giant is pressing landlords to offer rent relief for its stores."
        ' "Effective June 1, Starbucks will require concessions to support modified operations," Chief Operating'
        " Officer Roz Brewer wrote in a May letter to landlords."
    )
    names = {e.name: e.type for e in article.entities}
    assert names.get("Roz Brewer") == "PERSON" and "Officer Roz Brewer" not in names


def test_a_name_cut_at_the_comma_before_its_suffix_is_one_name(analyse):
    # green_med_info: "Robert F. Kennedy, Jr. publishes ...": spaCy cut the name at the comma and made "Jr." a person
    # of its own, who then spoke three records
    article = analyse(
        "April 23: Children's Health Defense Chairman Robert F. Kennedy, Jr. publishes \"The Bill Gates effect: WHO's"
        " DTP vaccine killed more children in Africa than the disease it targeted.\"\n\nMay 5: Children's Health"
        ' Defense Chairman Robert F. Kennedy, Jr. publishes "Redfield and Birx: can they be trusted with COVID?"'
    )
    names = {e.name for e in article.entities if e.type == "PERSON"}
    assert "Robert F. Kennedy, Jr." in names
    assert "Jr." not in names
    for e in article.entities:
        for m in e.mentions:
            assert article.text[m.start : m.end] == m.text


def test_a_lists_bullet_is_no_part_of_a_name(analyse):
    # chicago_suntimes: "• Lightfoot said she has no plans ...": spaCy's person opened on the bullet
    article = analyse(
        "Mayor Lori Lightfoot said Thursday the city will buy masks.\n\n• Lightfoot said she has no plans to follow"
        " New York City’s lead by closing the CTA for a deep cleaning."
    )
    for e in article.entities:
        assert not e.name.startswith("•")
        for m in e.mentions:
            assert not m.text.startswith("•"), m.text


def test_a_newspapers_name_is_no_person(analyse):
    # the_verge: spaCy typed "the Miami Herald" a person (though the article calls it "a Florida-based newspaper"),
    # and the paper's count and its report became a person's claims
    article = analyse(
        "Many industries have been negatively impacted by the novel coronavirus, including the cruise industry, with"
        " cruise ships deemed some of the most dangerous places due to the limited airflow and confined spaces. With"
        " no global organization or agency keeping track of cases from cruise ships, the Miami Herald, a"
        " Florida-based newspaper, decided to track outbreaks on oceangoing cruise ships.\n\nAs of April 23rd, the"
        " Miami Herald found at least 3,582 people during or directly after a cruise have tested positive for"
        " COVID-19, with “at least 65 people” dead as a result. The COVID-19 cases they found were linked to at least"
        " 54 oceangoing cruise ships — roughly one-fifth of the global ocean cruise fleet. However, that number could"
        " still grow, with the outlet pledging to continue tracking and providing weekly updates until the pandemic"
        " ends.\n\nSome of the infected passengers were sent straight from the cruise ships to hospitals, but many"
        " returned to their homes — some of them traveling back home through commercial flights, potentially"
        " spreading the virus even further. Adding to the issue was the fact that many crew members were unable to"
        " leave their ships due to the virus; at one point, 15 cruise ships were rotating around PortMiami, leaving"
        " them as “sitting ducks for outbreaks,” Miami Herald reports."
    )
    assert {e.name: e.type for e in article.entities}.get("Miami Herald") == "ORG"


def test_a_one_word_name_whose_apposition_is_a_friend_is_a_person(analyse):
    # chicago_suntimes: spaCy typed "Grace" an organisation though the article calls her "an older friend", and
    # her words went to an organisation
    article = analyse(
        "Recently, I spoke with some young men who are still gathering in a local state park near my home. They were"
        " sharing a pizza, hidden from view. They told me how hard it is not to be able to hang out at the pizza shop"
        " itself. It was their third place.\n\nGrace, an older friend from Manhattan, told me she feels “cut off”"
        " because she can’t go to the neighborhood restaurant where she knows the chef by name and enjoys sitting at"
        " the bar after work."
    )
    assert {e.name: e.type for e in article.entities}.get("Grace") == "PERSON"


def test_a_platform_spacy_left_untagged_that_speaks_is_the_company():
    # the_verge: spaCy's small model tagged no entity for "Facebook" in "Facebook says it’ll also continue to pay
    # these workers", and three of the company's records named no one
    import dateline

    article = dateline.analyze(
        text="This week, Facebook sent its content moderators home, after The Intercept reported that it wasn’t allowing"
        " them to leave. They’re not actually allowed to work remotely, however. Facebook says it’ll also continue to"
        " pay these workers during this time. Other tech companies have made similar decisions.",
        raw=True,
    )
    assert_offsets(article)
    paid = next(q for q in article.quotes if "continue to pay these workers" in q.text)
    names = {e.id: (e.name, e.type) for e in article.entities}
    assert paid.speaker is not None and names.get(paid.speaker.entity or "") == ("Facebook", "ORG")
