"""The events stage: the seed's story as a timeline, and quote dates."""

from __future__ import annotations

from dateline.stages.events import timeline_key
from helpers import assert_offsets


def test_seed_events_in_order(seed_article):
    dated = [e for e in sorted(seed_article.events, key=timeline_key) if e.kind != "statement"]
    assert [(e.kind, e.date) for e in dated] == [
        ("release", "2021-12"),
        ("meeting", "2022-01-09TEV"),
        ("scheduled", "2022-01-10"),
        ("scheduled", "2022-01-12"),
        ("scheduled", "2022-01-13"),
    ]
    assert [e.text for e in dated] == ["released", "met", "Negotiations", "meeting", "summit"]
    assert_offsets(seed_article)


def test_seed_meeting_is_merged_with_its_evidence(seed_article):
    meeting = next(e for e in seed_article.events if e.kind == "meeting")
    assert meeting.place == "Geneva"
    names = {e.id: e.name for e in seed_article.entities}
    who = {names[p] for p in meeting.participants}
    assert {"Sergey Ryabkov", "Wendy Sherman"} <= who
    sentences = [r.text for r in meeting.evidence if len(r.text) > 40]
    assert len(sentences) == 2  # "Ryabkov met ..." and "The meeting ... was held ..."
    assert meeting.time is not None and any(t.id == meeting.time for t in seed_article.times)


def test_scheduled_events_name_their_own_participants(seed_article):
    # one sentence schedules three happenings: each has the parties of its own phrase, not all five names
    names = {e.id: e.name for e in seed_article.entities}
    who = {e.date: {names[p] for p in e.participants} for e in seed_article.events if e.kind == "scheduled"}
    assert who["2022-01-10"] == {"Moscow", "Washington"}
    assert who["2022-01-12"] == {"Russia", "NATO"}
    assert who["2022-01-13"] == {"Russia", "Organization for Security and Cooperation in Europe"}


def test_names_in_an_announced_clause_did_not_announce():
    import dateline

    article = dateline.analyze(
        text=(
            "Cuts at State\n\nOn Tuesday, Governor Anna Lopez announced that coach Jim McElwain and "
            "director Keno Davis would take pay cuts."
        ),
        published="2020-05-21T09:00:00+00:00",
    )
    names = {e.id: e.name for e in article.entities}
    decision = next(e for e in article.events if e.kind == "decision")
    assert {names[p] for p in decision.participants} == {"Anna Lopez"}


def test_a_date_pairs_with_a_happening_on_its_own_side_of_the_quote():
    import dateline

    article = dateline.analyze(
        text=(
            "Retailer Sales Jump\n\n"
            'The Minneapolis-based retailer announced Wednesday that its sales grew. "Throughout the first '
            'quarter, our team faced challenges," chief executive Brian Cornell said in a news release.\n\n'
            "Target announced Monday that it was extending the wage increase through July 4, which is two "
            "months longer than originally announced."
        ),
        published="2020-05-21T09:00:00+00:00",
    )
    names = {e.id: e.name for e in article.entities}
    dated = [(e.kind, e.date, e.text) for e in article.events if e.kind != "statement"]
    assert dated == [("decision", "2020-05-20", "announced"), ("decision", "2020-05-18", "announced")]
    first = next(e for e in article.events if e.date == "2020-05-20")
    assert "Minneapolis" not in {names[p] for p in first.participants}


def test_a_remark_is_not_dated_by_another_sentence_or_the_future():
    import dateline

    article = dateline.analyze(
        text=(
            "Cuts at Central\n\n"
            "Earlier this month, the university announced that Alford was taking a pay cut. Also Tuesday, "
            "the rival school said its coaches would get salary reductions.\n\n"
            "Alford expects an answer soon, perhaps as early as Wednesday. Alford said he has a fallback plan."
        ),
        published="2020-05-19T20:00:00+00:00",
    )
    dates = {q.text[:20]: q.date for q in article.quotes}
    assert dates["that Alford was taki"] is None  # its own sentence says "earlier this month", not Tuesday
    assert dates["its coaches would ge"] == "2020-05-19"
    assert dates["he has a fallback pl"] is None  # not Wednesday: the day after publication
    wednesday = next(t for t in article.times if t.text == "Wednesday")
    assert wednesday.value == "2020-05-20"  # "as early as": ahead


def test_quote_dates(seed_article):
    tomorrow = next(q for q in seed_article.quotes if "tomorrow" in q.text)
    assert tomorrow.date is not None and tomorrow.date.startswith("2022-01-09")
    statements = [e for e in seed_article.events if e.kind == "statement"]
    assert len(statements) == len(seed_article.quotes)
    # every quote is a statement event pointing back at it
    assert {e.quote for e in statements} == {q.id for q in seed_article.quotes}


def test_statement_said_now_is_dated_by_publication():
    import dateline

    article = dateline.analyze(
        text='Mayor Reopens Bridge\n\n"We reopen the bridge tomorrow," the mayor of Lyon says.',
        published="2021-05-03T09:00:00+00:00",
    )
    assert article.quotes
    for q in article.quotes:
        assert q.date == "2021-05-03"
    assert any(t.value == "2021-05-04" for t in article.times)


def test_timeline_renders(seed_article):
    from io import StringIO

    from rich.console import Console

    from dateline.report import render_timeline

    out = StringIO()
    render_timeline(seed_article, Console(file=out, width=160))
    text = out.getvalue()
    assert text.index("2021-12") < text.index("2022-01-09TEV") < text.index("2022-01-13")
