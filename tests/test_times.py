"""The times stage: TIMEX3 values, and each anchoring rule pinned with real sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.model import TimeExpr
from dateline.timex import tag
from helpers import assert_offsets

PUBLISHED = "2022-01-10T02:51:00+00:00"  # the seed's publication time, a Monday


@pytest.fixture(scope="module")
def nlp():
    from dateline.nlp import load_nlp

    return load_nlp()


def run(nlp, text: str, published: str | None = PUBLISHED) -> list[TimeExpr]:
    """Tag ``text`` (paragraphs split on blank lines) with spaCy's parse, as the stage does."""
    paragraphs = []
    pos = 0
    for block in text.split("\n\n"):
        paragraphs.append((pos, pos + len(block)))
        pos += len(block) + 2
    docs = list(nlp.pipe([text[s:e] for s, e in paragraphs]))
    return tag(text, paragraphs, docs, published)


def value(times: list[TimeExpr], text: str) -> str | None:
    found = [t for t in times if t.text == text]
    assert found, (text, [t.text for t in times])
    return found[0].value


# ------------------------------------------------------------------ the seed, end to end


def test_seed_every_expression(seed_article):
    times = {t.text: t for t in seed_article.times}
    assert times["Sunday evening"].value == "2022-01-09TEV"
    assert times["tomorrow"].value == "2022-01-10"
    assert times["December"].value == "2021-12"
    assert times["January 10"].value == "2022-01-10"
    assert times["January 12"].value == "2022-01-12"
    assert times["the following day"].value == "2022-01-13"
    assert times["more than two hours"].value == "PT2H"
    assert times["more than two hours"].mod == "MORE_THAN"
    assert_offsets(seed_article)


def test_seed_anchors(seed_article):
    times = {t.text: t for t in seed_article.times}
    assert times["December"].anchor.kind == "published"
    assert times["the following day"].anchor.kind == "previous"
    assert times["the following day"].anchor.ref == times["January 12"].id
    assert times["tomorrow"].anchor.kind == "quote"
    assert times["tomorrow"].anchor.value.startswith("2022-01-09")


# ------------------------------------------------------------------ anchoring rules


def test_publication_time_is_the_default_anchor(nlp):
    times = run(nlp, "The minister resigned yesterday and his deputy takes over today.")
    assert value(times, "yesterday") == "2022-01-09"
    assert value(times, "today") == "2022-01-10"
    assert all(t.anchor.kind == "published" for t in times)


def test_no_publication_time_leaves_relative_values_open(nlp):
    times = run(nlp, "The minister resigned yesterday.", published=None)
    assert times[0].value is None and times[0].anchor.kind == "none"


def test_past_tense_takes_the_previous_month(nlp):
    times = run(nlp, "In December, Russia released its draft proposals on security guarantees.")
    assert value(times, "December") == "2021-12"


def test_future_tense_takes_the_next_month(nlp):
    times = run(nlp, "The new rules will take effect in December.")
    assert value(times, "December") == "2022-12"


def test_scheduled_takes_this_january(nlp):
    times = run(nlp, "Negotiations between Moscow and Washington are scheduled for January 12.")
    assert value(times, "January 12") == "2022-01-12"


def test_weekday_follows_tense(nlp):
    past = run(nlp, "Ryabkov met Wendy Sherman in Geneva on Sunday evening.")
    future = run(nlp, "Ryabkov will meet Wendy Sherman in Geneva on Thursday.")
    assert value(past, "Sunday evening") == "2022-01-09TEV"
    assert value(future, "Thursday") == "2022-01-13"


def test_last_and_next_weekday(nlp):
    times = run(nlp, "The talks began last Friday and end next Friday.")
    assert value(times, "last Friday") == "2022-01-07"
    assert value(times, "next Friday") == "2022-01-14"


def test_anaphora_takes_the_last_resolved_date(nlp):
    times = run(nlp, "The court met on March 3, 2021. Two days later it ruled, and the following week it adjourned.")
    assert value(times, "Two days later") == "2021-03-05"
    assert times[1].anchor.kind == "previous"
    assert value(times, "the following week") == "2021-W10"


def test_that_week_and_the_next_morning(nlp):
    times = run(nlp, "The strike started on June 14, 2019. That week, ports closed; the next morning the army arrived.")
    assert value(times, "That week") == "2019-W24"
    assert value(times, "the next morning") == "2019-06-15TMO"


def test_counted_from_a_happening(nlp):
    # the happening is taken to be on the last day named; after a month, the day is not known
    times = run(nlp, "Slepian was shot on Oct. 23, 1998. Two men came to his house the day after his death.")
    assert value(times, "the day after") == "1998-10-24"
    times = run(nlp, "On Oct. 12, 1989, the day before the market plunged, shares rose.")
    assert value(times, "the day before") == "1989-10-12"  # beside the date it names
    times = run(nlp, "Support peaked at the end of March 2020. It fell in the week before the lockdown began.")
    assert value(times, "the week before") is None


def test_phrases_that_are_no_time(nlp):
    times = run(nlp, "Voters rally behind the government of the day. They stayed for the rest of the day.")
    assert [t.text for t in times] == ["the day"]
    assert times[0].start > 60  # only the second: the rest of the day
    times = run(nlp, "Labour's share dropped by 4 per cent over the same period.")
    assert value(times, "the same period") is None  # not a year-earlier quarter without a quarter before it


def test_possibility_and_deadlines_look_ahead(nlp):
    # read on scraped bodies published in May 2020; each month was taken in the past before
    times = run(nlp, "Fauci said the U.S. could begin to roll out a vaccine by December.", "2020-05-22T10:00:00Z")
    assert value(times, "December") == "2020-12"
    times = run(nlp, "Target said it was extending the pay rise through July 4.", "2020-05-22T10:00:00Z")
    assert value(times, "July 4") == "2020-07-04"
    times = run(nlp, "If there are 250,000 dead by Election Day, it will be hard to win.", "2020-03-11T10:00:00Z")
    assert value(times, "Election Day") == "2020-11-03"  # a deadline in a present clause (was 2019-11-05)
    times = run(nlp, "He urged that schools be reopened by late summer.", "2020-05-24T10:00:00Z")
    assert value(times, "late summer") == "2020-SU"  # a mandate (was 2019-SU)
    times = run(nlp, "The company had reopened all stores by March.", "2020-05-11T10:00:00Z")
    assert value(times, "March") == "2020-03"
    times = run(nlp, "He would explain the virus we saw back in March.", "2020-05-14T10:00:00Z")
    assert value(times, "March") == "2020-03"  # "back in": the past whatever the clause (was 2021-03)
    times = run(nlp, "He could not be reached on Monday. He served as mayor until March.", "2020-05-22T10:00:00Z")
    assert value(times, "Monday") == "2020-05-18"
    assert value(times, "March") == "2020-03"


def test_a_year_naming_a_thing_does_not_move_the_story(nlp):
    text = "On Friday, the 2000 West End staging will be streamable, followed a week later by the 2012 arena show."
    times = run(nlp, text, "2020-04-02T10:00:00Z")
    assert value(times, "2000") == "2000"
    assert value(times, "a week later") == "2020-04-10"  # a week after Friday, not "2000"
    times = run(nlp, "In 2016, he ran. A week later he quit.", "2020-04-02T10:00:00Z")
    assert value(times, "A week later") == "2016"


def test_quote_takes_the_time_the_remark_was_made(nlp):
    text = 'Speaking on Saturday, the mayor said: "Tomorrow we reopen the bridge."'
    times = run(nlp, text)
    assert value(times, "Saturday") == "2022-01-08"
    said = next(t for t in times if t.text == "Tomorrow")
    assert said.value == "2022-01-09" and said.anchor.kind == "quote"


def test_quote_said_now_uses_publication(nlp):
    times = run(nlp, '"We will vote tomorrow," the senator says.')
    assert value(times, "tomorrow") == "2022-01-11"


def test_day_first_numeric_dates(nlp):
    paragraphs = [(0, 38)]
    text = "The decree was signed on 03/04/2021."
    us = tag(text, [(0, len(text))], None, PUBLISHED, day_first=False)
    eu = tag(text, [(0, len(text))], None, PUBLISHED, day_first=True)
    assert paragraphs and us[0].value == "2021-03-04" and eu[0].value == "2021-04-03"


# ------------------------------------------------------------------ values


@pytest.mark.parametrize(
    ("sentence", "expr", "expected", "type_"),
    [
        ("Prices fell in the third quarter.", "the third quarter", "2021-Q3", "DATE"),
        ("Sales doubled in the 1990s.", "the 1990s", "199", "DATE"),
        ("The heat wave came this summer.", "this summer", "2022-SU", "DATE"),
        ("Shares rose this week.", "this week", "2022-W02", "DATE"),
        ("The market opens at 2 p.m. today.", "2 p.m. today", "2022-01-10T14:00", "TIME"),
        ("The siege lasted about three years.", "about three years", "P3Y", "DURATION"),
        ("The committee meets every Monday.", "every Monday", "XXXX-WXX-1", "SET"),
        ("The paper is published weekly.", "weekly", "P1W", "SET"),
        ("Inflation is currently high.", "currently", "PRESENT_REF", "DATE"),
        ("She recently moved to Paris.", "recently", "PAST_REF", "DATE"),
        ("Robots may replace them in the future.", "the future", "FUTURE_REF", "DATE"),
        ("The plant closed two years ago.", "two years ago", "2020", "DATE"),
        ("The law was passed on 12 March 2019.", "12 March 2019", "2019-03-12", "DATE"),
        ("It happened on Saturday, April 25, 1998.", "Saturday, April 25, 1998", "1998-04-25", "DATE"),
        ("The strike lasted 2 1/2 years.", "2 1/2 years", "P2Y6M", "DURATION"),
        ("He spoke for a minute and a half.", "a minute and a half", "PT1M30S", "DURATION"),
        ("The polls closed at 14:30 local time.", "14:30 local time", "2022-01-10T14:30", "TIME"),
        ("The fire broke out late yesterday.", "late yesterday", "2022-01-09", "DATE"),
        ("They will have to wait for a while.", "a while", "PXX", "DURATION"),
        ("The day-long talks ended without a deal.", "day-long", "P1D", "DURATION"),
        ("Americans vote on Election Day.", "Election Day", "2021-11-02", "DATE"),
    ],
)
def test_values(nlp, sentence, expr, expected, type_):
    times = run(nlp, sentence)
    found = [t for t in times if t.text == expr]
    assert found, [t.text for t in times]
    assert found[0].value == expected and found[0].type == type_


def test_not_times(nlp):
    times = run(nlp, "The 6-year-old boy said he may march with 2000 people. We met Sunday.")
    assert [t.text for t in times] == ["Sunday"]


def test_stage_offsets_and_ids(seed_article):
    ids = [t.id for t in seed_article.times]
    assert ids == [f"t{n}" for n in range(1, len(ids) + 1)]
    for t in seed_article.times:
        assert seed_article.text[t.start : t.end] == t.text


def test_narrated_day_of_another_story_does_not_date_a_quote(nlp):
    text = (
        "The film won the top prize at the Producers Guild awards on Saturday.\n\n"
        "De Niro was given a lifetime achievement award at the dinner.\n\n"
        "Critics praised the cast.\n\n"
        '"I will call my mother tomorrow," the actor said.'
    )
    times = run(nlp, text)
    said = next(t for t in times if t.text == "tomorrow")
    # the Saturday is three paragraphs back and about something else: the remark is dated by publication
    assert said.anchor.kind == "published" and said.value == "2022-01-11"


def test_statement_time_requires_the_speaker_when_known():
    from dateline.timex import statement_time

    text = 'Ryabkov met Sherman on Sunday.\n\nPrice spoke later.\n\n"We will talk tomorrow," Price said.'
    paragraphs = [(0, 30), (32, 50), (52, len(text))]
    times = tag(text, paragraphs, None, PUBLISHED, quotes=[])
    quote = (52, text.index(" Price said"))
    ryabkov = [(0, 7)]
    price = [(32, 37), (text.index("Price said"), text.index("Price said") + 5)]
    kwargs = {"paragraphs": paragraphs}
    assert statement_time(text, quote, paragraphs[2], times, PUBLISHED, speaker=ryabkov, **kwargs).text == "Sunday"
    assert statement_time(text, quote, paragraphs[2], times, PUBLISHED, speaker=price, **kwargs) is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2022",
        "2021 years ago",
        "On 31/02/2021 nothing.",
        "May may march in March.",
        "the the following day",
        "12:99 pm",
        "“”",
    ],
)
def test_odd_inputs_do_not_crash(text):
    times = tag(text, [(0, len(text))], None, PUBLISHED)
    for t in times:
        assert text[t.start : t.end] == t.text


_WORDS = ["on", "Sunday", "evening", "the", "following", "day", "May", "12", "2021", "last", "week", "two", "years",
          "ago", "more", "than", "hours", "every", "Monday", '"', "said", "tomorrow", ",", ".", "Q3", "1990s", "noon"]  # fmt: skip


@given(st.lists(st.sampled_from(_WORDS), max_size=30), st.sampled_from([PUBLISHED, None, "1998-02-27"]))
@settings(max_examples=150, deadline=None)
def test_any_sequence_of_time_words_tags_cleanly(words, published):
    text = " ".join(words)
    times = tag(text, [(0, len(text))], None, published)
    ends = 0
    for t in times:
        assert text[t.start : t.end] == t.text and t.start >= ends
        ends = t.end


def test_stage_reads_slashed_dates_day_first_when_the_source_does():
    import dateline

    text = (
        "Ministers Agree Budget\n"
        "02:51 GMT 10.01.2022\n"
        "MOSCOW (Sputnik) - The budget agreed on 03/04/2021 was revised on Sunday, the ministry said."
    )
    article = dateline.analyze(text=text)
    times = {t.text: t.value for t in article.times}
    assert times["03/04/2021"] == "2021-04-03"
    assert times["Sunday"] == "2022-01-09"


# ------------------------------------------------------------------ rule gates (speed, same output)

#: one real-style sentence per gated rule that the rule matches, so the gate tests below cannot pass vacuously
_GATED_EXAMPLES = {
    "ago": "The plant closed three years ago, the union said.",
    "duration": "Talks lasted more than 12 hours.",
    "vague_duration": "Prices have risen in recent months.",
    "decade": "The band was formed in the early 1990s and split in the Seventies.",
    "season": "The law takes effect next spring.",
    "set": "The committee meets twice a year and reports quarterly.",
}


def _gated_texts() -> list[str]:
    from helpers import FIXTURES, SEED

    texts = [SEED.read_text(encoding="utf-8"), *_GATED_EXAMPLES.values()]
    texts += [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))]
    return [line for t in texts for line in t.split("\n") if line.strip()]


def test_each_gated_rule_matches_its_example_and_its_gate_lets_it_through():
    from dateline.timex.rules import RULES
    from dateline.timex.rules.base import fold

    gated = {r.name: r for r in RULES if r.needs}
    assert set(gated) == set(_GATED_EXAMPLES)
    for name, sentence in _GATED_EXAMPLES.items():
        assert gated[name].regex.search(sentence), name
        assert gated[name].may_match(fold(sentence)), name


def _assert_gates_hold(text: str) -> None:
    from dateline.timex.rules import RULES
    from dateline.timex.rules.base import fold

    for r in RULES:
        if r.needs and not r.may_match(fold(text)):
            assert not any(m.end() > m.start() for m in r.regex.finditer(text)), (r.name, text)


def test_a_gate_never_skips_a_real_paragraph_its_rule_matches():
    for text in _gated_texts():
        _assert_gates_hold(text)


@given(
    st.lists(st.sampled_from([*_WORDS, "TWICE", "a", "Each", "1980'S", "Winter", "per", "months", "ıs"]), max_size=30)
)
@settings(max_examples=300, deadline=None)
def test_a_gate_never_skips_a_sequence_of_time_words_its_rule_matches(words):
    _assert_gates_hold(" ".join(words))


def test_fold_maps_every_character_a_gate_letter_matches_case_insensitively():
    import re
    import sys

    from dateline.timex.rules import RULES
    from dateline.timex.rules.base import fold

    letters = sorted({c for r in RULES for word in r.needs for c in word})
    every_char = "".join(chr(cp) for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp <= 0xDFFF)
    for letter in letters:
        for m in re.finditer(re.escape(letter), every_char, re.IGNORECASE):
            assert letter in fold(m.group()), (letter, hex(ord(m.group())))


def test_every_alternative_of_a_rule_keeps_the_word_boundaries(nlp):
    # a rule whose pattern is an alternation ("the 1990s" | "the nineties") is bounded on both sides
    # for each alternative: a longer word that starts with a match is not a time expression
    assert run(nlp, "Prices rose in the 1990sx and later.") == []
    assert [t.text for t in run(nlp, "They meet weeklyish now.")] == ["now"]
    assert [t.text for t in run(nlp, "Prices rose in the 1990s and later.")] == ["the 1990s"]
    assert [t.text for t in run(nlp, "They meet weekly now.")] == ["weekly", "now"]
