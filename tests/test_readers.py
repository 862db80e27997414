"""Readers: encodings, bad input, JSON Lines and web archives, written to tmp_path at test time."""

from __future__ import annotations

import gzip
import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.errors import InputError
from dateline.readers import DEFAULT_MAX_BYTES, Input, decode_bytes, iter_inputs, read_path

# Real news-style sentences in the languages whose code pages scrapers meet most often.
RUSSIAN = (
    "МОСКВА, 10 января (РИА Новости) — Заместитель министра иностранных дел России Сергей Рябков "
    "заявил в понедельник, что переговоры с США в Женеве были трудными, но деловыми."
)
FRENCH = (
    "GENÈVE (AFP) - Le vice-ministre russe des Affaires étrangères a déclaré lundi que les négociations "
    "avec les États-Unis avaient été « difficiles mais professionnelles », selon l'agence Interfax."
)
GERMAN = (
    "BERLIN (dpa) - Die Außenministerin äußerte sich am Dienstag zurückhaltend über die Gespräche in Genf; "
    "eine Einigung über Sicherheitsgarantien sei vorerst nicht in Sicht, hieß es aus Regierungskreisen."
)
ENGLISH = (
    "WASHINGTON (Reuters) — The U.S. State Department said on Monday that talks with Russia in Geneva "
    "were “frank and forthright”, and that no agreement had been reached."
)


def _one(path: Path, **kwargs) -> Input:
    items = list(read_path(path, **kwargs))
    assert len(items) == 1, items
    item = items[0]
    assert isinstance(item, Input), item
    return item


def _error(path: Path | str, **kwargs) -> InputError:
    items = list(read_path(path, **kwargs))
    assert len(items) == 1, items
    assert isinstance(items[0], InputError), items[0]
    return items[0]


# -- encodings -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "text", "encodings"),
    [
        (ENGLISH.encode("utf-8"), ENGLISH, {"utf-8"}),
        (b"\xef\xbb\xbf" + ENGLISH.encode("utf-8"), ENGLISH, {"utf-8"}),
        ("\ufeff".encode("utf-16-le") + RUSSIAN.encode("utf-16-le"), RUSSIAN, {"utf-16"}),
        ("\ufeff".encode("utf-16-be") + FRENCH.encode("utf-16-be"), FRENCH, {"utf-16"}),
        (RUSSIAN.encode("cp1251"), RUSSIAN, {"cp1251", "windows-1251"}),
        (FRENCH.encode("latin-1"), FRENCH, {"latin_1", "iso8859_1", "cp1252", "cp1250", "iso8859_15"}),
        (GERMAN.encode("latin-1"), GERMAN, {"latin_1", "iso8859_1", "cp1252", "cp1250", "iso8859_15"}),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "cp1251-russian", "latin-1-french", "latin-1-german"],
)
def test_text_file_encodings_are_detected(tmp_path, data, text, encodings):
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    item = _one(path)
    # the decoded text is exactly the sentence, with no BOM left at its start
    assert item.text == text
    assert item.html is None
    assert item.format == "text"
    assert item.encoding in encodings


def test_utf16_without_bom_is_detected(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes(ENGLISH.encode("utf-16-le"))
    assert _one(path).text == ENGLISH


def test_utf8_with_a_few_stray_cp1252_bytes_keeps_its_utf8(tmp_path):
    path = tmp_path / "pasted.txt"
    path.write_bytes(FRENCH.encode("utf-8") + b" L\x92accord reste lointain.")
    item = _one(path)
    assert item.text == FRENCH + " L’accord reste lointain."
    assert item.encoding == "utf-8+cp1252"


def test_utf16_without_bom_cut_in_the_middle_is_undecodable(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes(ENGLISH.encode("utf-16-le")[:-1])
    assert _error(path).problem.startswith("E003")


@pytest.mark.parametrize(
    ("encoding", "charset", "sentence"),
    [
        ("cp1251", "windows-1251", RUSSIAN),
        ("koi8-r", "koi8-r", RUSSIAN.replace("—", "-")),
        ("latin-1", "iso-8859-1", GERMAN),
    ],
)
def test_html_in_a_legacy_code_page(tmp_path, encoding, charset, sentence):
    page = (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>News</title><script>var a = 1;</script></head>'
        f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Talks</h1><p>{sentence}</p>"
        "</article><footer>(c) 2022</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(page.encode(encoding))
    item = _one(path)
    assert item.html == page


def test_html_file_is_read_as_html(tmp_path):
    page = f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Talks</title></head><body><p>{FRENCH}</p></body></html>"
    for name in ("page.html", "page.htm", "page"):
        path = tmp_path / name
        path.write_bytes(page.encode("utf-8"))
        item = _one(path)
        assert item.html == page and item.text is None and item.format == "html", name


def test_html_in_a_txt_file_stays_text(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("<html><body>not parsed</body></html>", encoding="utf-8")
    assert _one(path).format == "text"


# -- bad input -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "E001"),
        (b"  \n\t\r\n   \n", "E001"),
        ("\ufeff  \n".encode("utf-8"), "E001"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "E002"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "E002"),
        (b"PK\x03\x04\x14\x00\x06\x00", "E002"),
        (b"The talks\x00 began\x00\x00 on Monday\x00\x01\x02\x00", "E002"),
        (bytes(range(1, 9)) * 50, "E002"),
        (bytes([0xFF, 0xFE, 0x00, 0xD8]), "E003"),  # UTF-16 BOM then a lone surrogate
        (bytes((i * 131 + 7) % 128 + 128 for i in range(3000)), "E003"),  # high bytes no code page makes text of
    ],
    ids=[
        "empty",
        "whitespace",
        "bom-only",
        "png",
        "pdf",
        "zip",
        "nul-bytes",
        "control-chars",
        "bad-utf16",
        "undecodable",
    ],
)
def test_bad_files_give_one_numbered_error_naming_the_file(tmp_path, data, code):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    err = _error(path)
    assert err.source == str(path)
    assert err.problem.startswith(code), err.problem
    assert str(err).startswith(f"{path}: {code}")
    assert "\n" not in str(err)


def test_oversized_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(ENGLISH * 10, encoding="utf-8")
    err = _error(path, max_bytes=100)
    assert err.problem.startswith("E004")
    assert "--max-bytes" in err.problem
    # the same file is fine under the default limit
    assert _one(path).text == ENGLISH * 10
    assert DEFAULT_MAX_BYTES == 5 * 1024 * 1024


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_endless_device_is_refused_without_reading_it():
    err = _error("/dev/zero", max_bytes=1000)
    assert err.problem.startswith("E063 not a regular file (a character device)")


def test_decode_bytes_limit():
    with pytest.raises(InputError, match="E004"):
        decode_bytes(b"x" * 11, "<bytes>", max_bytes=10)
    assert decode_bytes(b"x" * 10, "<bytes>", max_bytes=10) == ("x" * 10, "utf-8")


def test_missing_path(tmp_path):
    err = _error(tmp_path / "nope.txt")
    assert err.problem.startswith("E005")


def test_folder_reads_article_files_only_in_order(tmp_path):
    (tmp_path / "b.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.html").write_text(f"<html><body><p>{FRENCH}</p></body></html>", encoding="utf-8")
    (tmp_path / "NOTICE.md").write_text("licence notes, not an article", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / ".hidden.txt").write_text(GERMAN, encoding="utf-8")
    items = list(read_path(tmp_path))
    assert [Path(i.source).name for i in items] == ["b.txt", "a.html"]
    assert all(isinstance(i, Input) for i in items)


def test_empty_folder_is_an_error(tmp_path):
    (tmp_path / "readme.md").write_text("nothing to analyse", encoding="utf-8")
    err = _error(tmp_path)
    assert err.problem.startswith("E013")


def test_several_paths_keep_going_after_a_failure(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ENGLISH, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    items = list(iter_inputs([str(empty), str(tmp_path / "missing.txt"), str(good)]))
    assert [type(i).__name__ for i in items] == ["InputError", "InputError", "Input"]


def test_stdin(monkeypatch):
    class FakeStdin:
        buffer = io.BytesIO(RUSSIAN.encode("cp1251"))

    monkeypatch.setattr("sys.stdin", FakeStdin())
    [item] = list(read_path("-"))
    assert isinstance(item, Input) and item.source == "-" and item.text == RUSSIAN

    FakeStdin.buffer = io.BytesIO(ENGLISH.encode("utf-8"))
    [err] = list(read_path("-", max_bytes=50))
    assert isinstance(err, InputError) and err.source == "-" and err.problem.startswith("E014")


# -- JSON Lines ------------------------------------------------------------------------------------


def _jsonl_lines() -> list[str]:
    return [
        json.dumps({"text": ENGLISH, "url": "https://example.org/talks", "published": "2022-01-10T02:51:00Z"}),
        json.dumps({"html": f"<html><body><p>{FRENCH}</p></body></html>", "url": "https://example.fr/geneve"}),
        "",
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"title": "no body"}),
        json.dumps({"text": "   "}),
        json.dumps({"text": "", "html": f"<p>{GERMAN}</p>"}),
        json.dumps({"text": RUSSIAN, "url": 42, "published": None}, ensure_ascii=False),
    ]


def _check_jsonl_items(items: list, path: Path) -> None:
    kinds = [(type(i).__name__, i.line if isinstance(i, Input) else i.source.rsplit(":", 1)[-1]) for i in items]
    assert kinds == [
        ("Input", 1),
        ("Input", 2),
        ("InputError", "4"),
        ("InputError", "5"),
        ("InputError", "6"),
        ("InputError", "7"),
        ("Input", 8),
        ("Input", 9),
    ]
    first, second, third, fourth = (i for i in items if isinstance(i, Input))
    assert first.text == ENGLISH and first.html is None
    assert first.url == "https://example.org/talks" and first.published == "2022-01-10T02:51:00Z"
    assert first.source == str(path) and first.format == "jsonl"
    assert second.html is not None and FRENCH in second.html and second.text is None
    assert third.html == f"<p>{GERMAN}</p>"  # blank text, so the html is used
    assert fourth.text == RUSSIAN and fourth.url is None and fourth.published is None
    errors = [i for i in items if isinstance(i, InputError)]
    assert [e.problem[:4] for e in errors] == ["E006", "E007", "E007", "E001"]
    assert errors[0].source == f"{path}:4"


def test_jsonl(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(_jsonl_lines()) + "\n", encoding="utf-8")
    _check_jsonl_items(list(read_path(path)), path)


def test_jsonl_gz(tmp_path):
    path = tmp_path / "articles.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(_jsonl_lines()) + "\n")
    _check_jsonl_items(list(read_path(path)), path)


def test_jsonl_line_over_the_limit(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"text": ENGLISH * 5}) + "\n" + json.dumps({"text": ENGLISH}) + "\n", encoding="utf-8")
    first, second = read_path(path, max_bytes=len(ENGLISH.encode()) * 2)
    assert isinstance(first, InputError) and first.problem.startswith("E004") and first.source == f"{path}:1"
    assert isinstance(second, Input) and second.text == ENGLISH


def test_jsonl_line_far_over_the_limit_without_a_newline(tmp_path):
    path = tmp_path / "one-line.jsonl"
    path.write_text(json.dumps({"text": ENGLISH}) + "\n" + json.dumps({"text": "x" * 50_000}), encoding="utf-8")
    first, second = read_path(path, max_bytes=1000)
    assert isinstance(first, Input) and first.text == ENGLISH
    assert isinstance(second, InputError) and second.source == f"{path}:2"
    assert second.problem.startswith("E004 input too large: 50,012 bytes")


def test_jsonl_with_undecodable_line(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"text": "\xff\xfe caf\xe9"}\n' + json.dumps({"text": ENGLISH}).encode() + b"\n")
    first, second = read_path(path)
    assert isinstance(first, InputError) and first.problem.startswith("E006")
    assert isinstance(second, Input)


def test_truncated_jsonl_gz_is_reported_not_raised(tmp_path):
    path = tmp_path / "cut.jsonl.gz"
    whole = gzip.compress(("\n".join(json.dumps({"text": ENGLISH + str(n)}) for n in range(200)) + "\n").encode())
    path.write_bytes(whole[: len(whole) // 2])
    items = list(read_path(path))
    assert isinstance(items[-1], InputError) and items[-1].problem.startswith("E009")
    assert all(isinstance(i, Input) for i in items[:-1])

    path.write_bytes(b"\x1f\x8b not really gzip")
    [err] = list(read_path(path))
    assert isinstance(err, InputError) and err.problem.startswith("E009")


# -- web archives ----------------------------------------------------------------------------------


def _write_warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        pages = [
            (
                "https://example.org/talks",
                "text/html; charset=utf-8",
                f"<html><body><p>{ENGLISH}</p></body></html>".encode(),
            ),
            ("https://example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
            (
                "https://example.ru/news",
                "text/html; charset=windows-1251",
                f"<html><body><p>{RUSSIAN}</p></body></html>".encode("cp1251"),
            ),
            ("https://example.org/empty", "text/html", b"   "),
        ]
        for url, ctype, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)
        request = writer.create_warc_record(
            "https://example.org/talks",
            "request",
            payload=io.BytesIO(b""),
            http_headers=StatusAndHeaders("GET /talks HTTP/1.1", [("Host", "example.org")], is_http_request=True),
        )
        writer.write_record(request)


def test_warc_gz_html_responses(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _write_warc(path)
    items = list(read_path(path))
    assert len(items) == 3
    english, russian, empty = items
    assert isinstance(english, Input) and english.format == "warc" and english.line == 1
    assert english.url == "https://example.org/talks" and english.html is not None and ENGLISH in english.html
    assert isinstance(russian, Input) and russian.html is not None and RUSSIAN in russian.html
    assert russian.line == 2
    assert isinstance(empty, InputError) and empty.source == f"{path}#3" and empty.problem.startswith("E001")


def test_damaged_warc(tmp_path):
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(b"this is not a web archive at all\r\n\r\n")
    items = list(read_path(path))
    assert len(items) == 1
    assert isinstance(items[0], InputError) and items[0].problem[:4] in ("E011", "E009", "E015")


def test_warc_without_html_is_an_error(tmp_path):
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "meta.warc"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        writer.write_record(writer.create_warcinfo_record("meta.warc", {"software": "test"}))
    [err] = list(read_path(path))
    assert isinstance(err, InputError) and err.source == str(path) and err.problem.startswith("E015")


# -- any bytes at all ------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None, database=None, derandomize=True)
@given(
    st.one_of(
        st.binary(max_size=600),
        st.builds(
            lambda t, enc: t.encode(enc, errors="ignore"),
            st.text(max_size=200),
            st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1251", "latin-1", "utf-32"]),
        ),
        st.builds(
            lambda a, b: a + b,
            st.sampled_from([ENGLISH.encode(), RUSSIAN.encode("cp1251"), b"\xef\xbb\xbf", b"\xff\xfe"]),
            st.binary(max_size=40),
        ),
    )
)
def test_any_bytes_give_text_or_a_numbered_error(data):
    try:
        text, encoding = decode_bytes(data, "<bytes>")
    except InputError as err:
        assert re.match(r"E00[1-4] ", err.problem), err.problem
    else:
        assert text.strip() and encoding


def test_utf8_read_as_latin1_is_repaired_and_said():
    # natural_news and washington_post bodies in the scraped set: "outbreakâ€™s", "andÂ several"
    import dateline
    from dateline.readers.text import repair_mojibake

    body = (
        "The United States is now the outbreak\u00e2\u0080\u0099s epicenter, officials said.\n\n"
        "President Trump said he will \u00e2\u0080\u009coverride\u00e2\u0080\u009d the decisions of any state, "
        "and\u00c2\u00a0several governors objected."
    )
    fixed, note = repair_mojibake(body)
    assert "outbreak’s" in fixed and "“override”" in fixed and "and\u00a0several" in fixed
    assert note is not None and fixed.count("\n") == body.count("\n")
    article = dateline.analyze(text=body)
    assert article.original == body  # the input stays verbatim
    assert "outbreak’s" in article.text and any("repaired" in w for w in article.warnings)
    assert any(q.text == "he will “override” the decisions of any state" for q in article.quotes)
    # clean text, curly quotes and a real "Â" in a name are left as they are
    for clean in ("She said “yes” to the café’s offer.", "Ångström and Âne are words.", "naïve – façade"):
        assert repair_mojibake(clean) == (clean, None)
    # --raw reads the text as it is
    assert dateline.analyze(text=body, raw=True).text == body
