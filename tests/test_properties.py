"""Property tests: no text crashes the pipeline, and every offset points at what it claims."""

from __future__ import annotations

import io
import itertools
import os

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from rich.console import Console

from dateline.errors import InputError
from dateline.model import Article
from dateline.pipeline import TEXT_STAGES, Pipeline
from dateline.report import render
from helpers import assert_offsets

TEXT_PIPELINE = Pipeline(stages=TEXT_STAGES)

#: Fixed examples by default, so the suite gives the same answer every run; set DATELINE_EXPLORE=1
#: to draw new random examples (ten times as many) when hunting for bugs.
EXPLORE = os.environ.get("DATELINE_EXPLORE") == "1"


def examples(n: int) -> int:
    return n * 10 if EXPLORE else n


# Lines of the kinds scraped articles are made of (each written for these tests, in wire style).
HEADLINES = [
    "Deputy FM Says Talks With US Were Difficult but Businesslike",
    "Oil prices climb as OPEC+ keeps output steady",
    "EXCLUSIVE: Inside the Geneva talks",
]
TIMESTAMPS = [
    "02:51 GMT 10.01.2022 (Updated: 02:54 GMT 10.01.2022)",
    "Published: January 10, 2022 at 3:15 p.m. ET",
    "Last updated 10/01/2022 14:05 UTC",
    "Updated: 2022-01-10T09:30:00+03:00",
    "31.12.2023",
]
DATELINES = [
    "MOSCOW/GENEVA (Sputnik) - ",
    "WASHINGTON (Reuters) — ",
    "LONDON, Jan 10 (Reuters) - ",
    "KYIV, Ukraine (AP) — ",
    "PARIS — ",
    "",
]
WIDGETS = [
    "/ Subscribe",
    "Subscribe to our newsletter",
    "Share this article",
    "Follow us on Twitter",
    "Read more: Russia and NATO to meet in Brussels",
    "Advertisement",
    "We use cookies to improve your experience. Accept all cookies",
    "Go to the mediabank",
    "RELATED STORIES",
]
CREDITS = [
    "© Sputnik / Vladimir Trefilov",
    "Photo: Reuters",
    "Credit: AFP",
    "(Getty Images)",
    "Jane Doe / AFP",
    "© Sputnik / Vladimir Trefilov / Go to the mediabankRussian Deputy Foreign Minister during a briefing.",
]
SENTENCES = [
    '"They find it uncomfortable to hold bilateral dialogue with us," Ryabkov said.',
    "The meeting was held in Geneva on Sunday evening and lasted more than two hours.",
    "In December, Russia released its draft proposals on security guarantees.",
    "Negotiations are scheduled for January 10, followed by a Russia-NATO Council meeting on January 12.",
    "Ned Price said the United States would welcome genuine progress through diplomacy.",
    "Prices rose 3% to $81.20 a barrel — the highest since 2014 — before easing.",
    "«Мы не будем терять время», — сказал Рябков.",
    "By John Smith and Maria Ivanova",
]
#: square brackets are rich markup to the text report unless escaped
MARKUP = [
    'Ryabkov said [/b] the talks on Monday were "difficult [sic]".',
    "[bold]Breaking[/bold]: US and Russian diplomats met in Geneva on Sunday.",
    '"[inaudible] we will not waste time tomorrow," the diplomat said.',
]
ODD = ["", " ", "\t", "\u00a0", "\u2028", "\r", "\x0b", "\ufeff", "\u200b", "😀", "\U0001f1fa\U0001f1f8", "e\u0301"]

line = st.one_of(
    st.sampled_from(HEADLINES + TIMESTAMPS + WIDGETS + CREDITS + SENTENCES + MARKUP + ODD),
    st.builds(lambda d, s: d + s, st.sampled_from(DATELINES), st.sampled_from(SENTENCES)),
    st.builds(lambda c, s: c + s, st.sampled_from(CREDITS), st.sampled_from(SENTENCES)),
    st.text(max_size=80),
)
separator = st.sampled_from(["\n", "\n\n", "\r\n", "\n \n", "\n\n\n", " "])


@st.composite
def articles(draw: st.DrawFn) -> str:
    """Article-like text: kinds of line in any order, repeats included, odd separators and characters."""
    lines = draw(st.lists(line, min_size=1, max_size=14))
    if len(lines) > 2 and draw(st.booleans()):  # a repeated paragraph, as scraped pages have
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(lines)))
    out = lines[0]
    for item in lines[1:]:
        out += draw(separator) + item
    return out


@st.composite
def wire_articles(draw: st.DrawFn) -> str:
    """Article-shaped text: a header (headline, times, byline, photo, widgets), a body that opens with
    a dateline and may repeat a paragraph, then trailing widgets, as scraped wire and web pages are."""
    header = []
    if draw(st.booleans()):
        header.append(draw(st.sampled_from(HEADLINES)))
        if draw(st.booleans()):
            header.append("By John Smith and Maria Ivanova")
    if draw(st.booleans()):
        header.append(draw(st.sampled_from(TIMESTAMPS)))
    # known failures, pinned below instead: a bare "(Getty Images)" line; a repeated header line
    credits = [c for c in CREDITS if c != "(Getty Images)"]
    header += draw(st.lists(st.sampled_from(credits + WIDGETS), max_size=3, unique=True))
    body = draw(
        st.lists(
            st.sampled_from([s for s in SENTENCES if not s.startswith("By ")]), min_size=1, max_size=6, unique=True
        )
    )
    if len(body) > 1 and draw(st.booleans()):
        body.insert(draw(st.integers(1, len(body))), draw(st.sampled_from(body)))
    body[0] = draw(st.sampled_from(DATELINES)) + body[0]
    trailer = draw(st.lists(st.sampled_from(WIDGETS), max_size=3))
    return draw(st.sampled_from(["\n", "\n\n", "\r\n"])).join(header + body + trailer)


any_text = st.one_of(articles(), wire_articles(), st.text(max_size=400))


def check_record(article: Article, given_text: str, *, raw: bool) -> None:
    assert_offsets(article)
    text = article.text
    spans = [(p.start, p.end) for p in article.paragraphs]
    assert spans == sorted(spans)
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start, spans
    for start, end in spans:
        assert start < end, spans
        assert text[start:end] == text[start:end].strip(), repr(text[start:end])
    if raw:
        assert text == given_text
    else:
        # the clean body is its paragraphs joined by a blank line, nothing else
        assert text == "\n\n".join(text[s:e] for s, e in spans)
        for item in article.removed:
            assert item.text.strip() and item.reason
    assert article.original == given_text
    assert Article.model_validate(article.to_dict()).to_dict() == article.to_dict()


def analyse(text: str, *, raw: bool = False, pipeline: Pipeline = TEXT_PIPELINE) -> Article | None:
    try:
        return pipeline.analyze(text=text, raw=raw)
    except InputError as err:
        # the only input the pipeline may refuse is one with nothing in it
        assert not text.strip(), err
        assert err.problem.startswith("E001")
        return None


@settings(
    max_examples=examples(200),
    deadline=None,
    database=None,
    derandomize=not EXPLORE,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(any_text)
def test_no_text_crashes_the_text_pipeline(text):
    article = analyse(text)
    if article is not None:
        check_record(article, text, raw=False)


@settings(max_examples=examples(100), deadline=None, database=None, derandomize=not EXPLORE)
@given(any_text)
def test_raw_keeps_any_text_as_is(text):
    article = analyse(text, raw=True)
    if article is not None:
        check_record(article, text, raw=True)
        assert article.removed == []


@settings(
    max_examples=examples(150),
    deadline=None,
    database=None,
    derandomize=not EXPLORE,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(wire_articles())
def test_cleaning_a_clean_text_again_removes_nothing(text):
    first = analyse(text)
    assert first is not None
    assume(first.text.strip())
    second = analyse(first.text)
    assert second is not None
    assert [(r.reason, r.text) for r in second.removed] == []
    assert second.text == first.text


def _accounted_for(line: str, text: str, pieces: list[str]) -> bool:
    """A line of the input is in the clean text, in a removed piece, or split between the two."""
    rest = line.strip()
    if not rest or rest in text or any(rest in piece for piece in pieces):
        return True
    # a piece split off the start or end of a line (dateline, glued credit); longest first, so that a
    # short piece from another line does not cut into this line's own pieces
    for piece in sorted(pieces, key=len, reverse=True):
        if piece and rest.startswith(piece):
            rest = rest[len(piece) :].strip()
        elif piece and rest.endswith(piece):
            rest = rest[: -len(piece)].strip()
    return not rest or rest in text or any(rest in piece for piece in pieces)


@settings(max_examples=examples(150), deadline=None, database=None, derandomize=not EXPLORE)
@given(wire_articles())
def test_nothing_disappears_silently(text):
    """Every line of an article is in the text or listed in removed (whitespace and control
    characters are normalised in the clean text, so this is checked on article-shaped input)."""
    article = analyse(text)
    assert article is not None
    pieces = [r.text for r in article.removed]
    for line in text.replace("\r\n", "\n").split("\n"):
        assert _accounted_for(line, article.text, pieces), line


@pytest.mark.parametrize(
    "text",
    [
        "(Getty Images)\n(Getty Images)\nMOSCOW/GENEVA (Sputnik) - " + SENTENCES[0],
        HEADLINES[0] + "\n" + HEADLINES[0] + "\nMOSCOW/GENEVA (Sputnik) - " + SENTENCES[0],
        HEADLINES[1] + "\n(Getty Images)\nMOSCOW/GENEVA (Sputnik) - " + SENTENCES[0],
    ],
    ids=["repeated-credit", "repeated-headline", "bare-getty-credit"],
)
def test_dateline_after_an_odd_header(text):
    first = analyse(text)
    assert first is not None
    assert first.dateline is not None and first.dateline.agency == "Sputnik"
    second = analyse(first.text)
    assert second is not None and second.removed == []


@pytest.mark.slow
@settings(
    max_examples=examples(12),
    deadline=None,
    database=None,
    derandomize=not EXPLORE,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(articles())
def test_full_pipeline_keeps_its_offsets(text):
    from dateline.pipeline import default_pipeline

    article = analyse(text, pipeline=default_pipeline())
    if article is not None:
        check_record(article, text, raw=False)
        # and the --format text report of it renders, whatever brackets the text holds
        screen = io.StringIO()
        render(article, Console(file=screen, width=100))
        assert screen.getvalue()


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(lambda t: t.replace("\n", "\r\n"), id="crlf"),
        pytest.param(lambda t: t.replace("\n", "  \n"), id="trailing-spaces"),
        pytest.param(lambda t: t.replace("\n", "\n\n"), id="blank-lines"),
        pytest.param(
            lambda t: "\ufeff" + t,
            id="bom",
        ),
    ],
)
def test_seed_text_variants(seed_text, variant):
    """The seed with Windows line ends, trailing spaces, blank lines or a BOM comes out the same."""
    base = TEXT_PIPELINE.analyze(text=seed_text)
    text = variant(seed_text)
    article = TEXT_PIPELINE.analyze(text=text)
    check_record(article, text, raw=False)
    assert article.text == base.text
    assert article.headline == base.headline
    assert article.published == base.published


# ---- readers never raise, and an HTML page loses nothing -------------------------------------------


@settings(max_examples=examples(200), deadline=None, database=None, derandomize=not EXPLORE)
@given(st.binary(max_size=2000), st.sampled_from([".txt", ".html", ""]))
def test_reading_any_bytes_gives_an_input_or_a_numbered_error(data, suffix):
    from dateline.readers import read_bytes

    try:
        item = read_bytes(data, "case", suffix=suffix)
    except InputError as err:
        assert err.problem[:1] == "E" and not err.problem.startswith("E099"), err
        return
    body = item.text if item.text is not None else item.html
    assert body and "\x00" not in body
    body.encode("utf-8")  # no lone surrogate


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=examples(150), deadline=None, database=None, derandomize=not EXPLORE)
@given(
    st.lists(
        st.one_of(
            st.binary(max_size=200),
            st.dictionaries(st.sampled_from(["text", "html", "url", "published", "x"]), json_values, max_size=5).map(
                lambda d: __import__("json").dumps(d).encode()
            ),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_any_json_lines_file_gives_one_result_per_line_and_never_raises(tmp_path_factory, lines):
    from dateline.readers import iter_inputs

    lines = [line.replace(b"\n", b" ").replace(b"\r", b" ") for line in lines]
    path = tmp_path_factory.mktemp("jsonl") / "case.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    results = list(iter_inputs([str(path)]))
    for result in results:
        if isinstance(result, InputError):
            assert result.source.startswith(f"{path}:") and not result.problem.startswith("E099"), result
        else:
            assert result.line is not None and (result.text or result.html)
    assert len(results) <= len(lines)


VISIBLE = ["nav", "header", "footer", "aside", "div", "section", "article", "p", "ul", "li", "span", "a", "form"]


@st.composite
def pages(draw):
    """An HTML page of nested containers (navigation, footer, asides ...) around article paragraphs."""

    def block(depth: int) -> str:
        tag = draw(st.sampled_from(VISIBLE))
        klass = draw(st.sampled_from(["", "comments", "related", "menu", "share", "story-body", "caption"]))
        inner = []
        for _ in range(draw(st.integers(1, 3))):
            if depth < 4 and draw(st.booleans()):
                inner.append(block(depth + 1))
            else:
                inner.append(draw(st.sampled_from(SENTENCES + WIDGETS + HEADLINES)))
        return f'<{tag} class="{klass}">' + " ".join(inner) + f"</{tag}>"

    body = "".join(block(0) for _ in range(draw(st.integers(1, 5))))
    return f"<html><head><title>{draw(st.sampled_from(HEADLINES))}</title></head><body>{body}</body></html>"


@settings(max_examples=examples(60), deadline=None, database=None, derandomize=not EXPLORE)
@given(pages())
def test_an_html_page_loses_no_visible_word(page):
    """docs/record.md's promise for HTML: every visible word of the page is in the text, a metadata
    field or removed (words counted with their repeats)."""
    from collections import Counter

    from dateline.boilerplate import normalise
    from dateline.readers.html import visible_lines

    article = TEXT_PIPELINE.analyze(html=page)
    pieces = [article.text, article.headline or "", " ".join(article.byline), article.published or ""]
    pieces += [r.text for r in article.removed] + ([article.dateline.text] if article.dateline else [])
    pieces += [f"{m.caption or ''} {m.credit or ''}" for m in article.media]
    held = Counter(" ".join(normalise(p) for p in pieces).split())
    visible = Counter(" ".join(normalise(text) for text, _ in visible_lines(page)).split())
    missing = visible - held
    assert not missing, (dict(missing), page)
