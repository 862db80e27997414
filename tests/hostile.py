"""The hostile inputs of issue 9, built exactly as the issue describes them (tests and benchmarks share them).

Each builder writes its case under a folder and returns the path to give ``dateline``.  Nothing here
is committed as a file: the cases are large (up to 4 MB) and cheap to make.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

GOOD = (
    "MOSCOW (Sputnik) - Russian Deputy Foreign Minister Sergei Ryabkov met US Deputy Secretary of State "
    'Wendy Sherman in Geneva on Sunday. "The talks were difficult but businesslike," Ryabkov said.'
)


#: GOOD as it stands inside a JSON string
GOOD_JSON = json.dumps(GOOD)[1:-1]


def _jsonl(folder: Path, name: str, lines: list[str]) -> Path:
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def jsonl_batch(folder: Path) -> Path:
    """26 records: a good first one, then the killers of issue 9 among good ones (the 8th a 5,000-digit integer)."""
    lines = [json.dumps({"text": f"{GOOD} Record {i}."}) for i in range(1, 27)]
    lines[7] = '{"text": "big number", "n": ' + "7" * 5000 + "}"
    lines[9] = '{"text": "deep", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    lines[11] = '{"text": "lone \\ud800 surrogate in ' + GOOD_JSON + '"}'
    lines[13] = '{"text": "a NUL \\u0000 inside a JSON string ' + GOOD_JSON + '"}'
    return _jsonl(folder, "batch.jsonl", lines)


def jsonl_bigint(folder: Path) -> Path:
    return _jsonl(folder, "bigint.jsonl", ['{"text": "' + GOOD_JSON + '", "n": ' + "1" * 5000 + "}"])


def jsonl_deep(folder: Path) -> Path:
    return _jsonl(folder, "deep.jsonl", ['{"text": "' + GOOD_JSON + '", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"])


def jsonl_surrogate(folder: Path) -> Path:
    return _jsonl(folder, "surrogate.jsonl", ['{"text": "' + GOOD_JSON + ' \\ud800"}'])


def jsonl_nul(folder: Path) -> Path:
    return _jsonl(folder, "nul.jsonl", ['{"text": "' + GOOD_JSON + ' \\u0000 after a NUL"}'])


def jsonl_script_url(folder: Path) -> Path:
    return _jsonl(folder, "url.jsonl", [json.dumps({"text": GOOD, "url": "javascript:alert(1)"})])


def text_4mb(folder: Path) -> Path:
    """A 4 MB text (under the 5 MB --max-bytes default): one paragraph of ordinary sentences."""
    path = folder / "big.txt"
    sentence = "The talks in Geneva lasted more than two hours on Sunday, a diplomat said. "
    path.write_text(sentence * (4_000_000 // len(sentence)), encoding="utf-8")
    return path


def sentence_2_7mb(folder: Path) -> Path:
    """One 2.7 MB sentence: words and commas, never a full stop."""
    path = folder / "sentence.txt"
    words = "and the delegation from Moscow kept talking, "
    path.write_text(words * (2_700_000 // len(words)), encoding="utf-8")
    return path


def word_2mb(folder: Path) -> Path:
    path = folder / "word.txt"
    path.write_text(GOOD + "\n\n" + "a" * 2_000_000 + "\n", encoding="utf-8")
    return path


def attributes_100k(folder: Path) -> Path:
    """One <p> with 100,000 attributes (1.3 MB)."""
    path = folder / "attributes.html"
    attrs = " ".join(f"a{i}=x" for i in range(100_000))
    path.write_text(f"<html><body><article><p>{GOOD}</p><p {attrs}>{GOOD}</p></article></body></html>", "utf-8")
    return path


def entity_sentences(folder: Path) -> Path:
    """3,000 sentences naming people, organisations and places (about 200 KB)."""
    path = folder / "entities.txt"
    people = ["Sergei Ryabkov", "Wendy Sherman", "Ned Price", "Jens Stoltenberg", "Antony Blinken", "Sergei Lavrov"]
    places = ["Geneva", "Moscow", "Washington", "Brussels", "Vienna", "Kyiv"]
    lines = [f"{people[i % 6]} met {people[(i + 1) % 6]} of NATO in {places[i % 5]} on day {i}." for i in range(3000)]
    path.write_text("\n\n".join(" ".join(lines[i : i + 3]) for i in range(0, 3000, 3)), encoding="utf-8")
    return path


def quote_paragraphs(folder: Path) -> Path:
    """5,000 quote paragraphs (about 290 KB)."""
    path = folder / "quotes.txt"
    lines = [f'"We will raise point {i} with them," Ryabkov said.' for i in range(5000)]
    path.write_text("\n\n".join(lines), encoding="utf-8")
    return path


def tiny_paragraphs(folder: Path) -> Path:
    """100,000 tiny paragraphs (about 1.1 MB)."""
    path = folder / "tiny.txt"
    path.write_text("\n\n".join(f"p{i}" for i in range(100_000)), encoding="utf-8")
    return path


def nested_divs(folder: Path) -> Path:
    """10,000 nested divs around a real paragraph."""
    path = folder / "nested.html"
    path.write_text("<html><body>" + "<div>" * 10_000 + f"<p>{GOOD}</p>" + "</div>" * 10_000 + "</body></html>")
    return path


def _warc_bytes(pages: list[tuple[str, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    for url, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()), http_headers=headers)
        writer.write_record(record)
    return out.getvalue()


PAGES = [
    (f"https://example.com/{i}", f"<html><body><article><p>{GOOD} Page {i}.</p></article></body></html>")
    for i in range(3)
]


def warc_truncated(folder: Path) -> Path:
    """Three response records, cut in the middle of the third one's page."""
    data = _warc_bytes(PAGES)
    path = folder / "truncated.warc"
    path.write_bytes(data[:-100])
    return path


def warc_truncated_in_header(folder: Path) -> Path:
    """Three response records, cut in the middle of the third one's WARC header."""
    data = _warc_bytes(PAGES)
    path = folder / "truncated-header.warc"
    path.write_bytes(data[: data.rfind(b"WARC/1.0") + 50])
    return path


def warc_wrong_length(folder: Path) -> Path:
    """Three records; the second's Content-Length says 40 bytes more than it holds."""
    data = _warc_bytes(PAGES)
    starts = [i for i in range(len(data)) if data.startswith(b"WARC/1.0", i)]
    second = data[starts[1] : starts[2]]
    head, sep, rest = second.partition(b"Content-Length: ")
    number, _, tail = rest.partition(b"\r\n")
    changed = head + sep + str(int(number) + 40).encode() + b"\r\n" + tail
    path = folder / "wrong-length.warc"
    path.write_bytes(data[: starts[1]] + changed + data[starts[2] :])
    return path


def og_script(folder: Path) -> Path:
    path = folder / "og.html"
    path.write_text(
        '<html><head><meta property="og:title" content="javascript:alert(\'og\')">'
        '<meta property="og:url" content="javascript:alert(2)"></head>'
        f"<body><article><p>{GOOD}</p><p>{GOOD}</p></article></body></html>",
        encoding="utf-8",
    )
    return path


def template(folder: Path) -> Path:
    path = folder / "template.html"
    path.write_text(
        "<html><body><article>"
        f"<p>{GOOD}</p><template><p>Template text must never be body text.</p></template><p>{GOOD} Again.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    return path


#: the cases that must each run within 10 s and 1 GB (name -> builder)
TIMED: dict[str, Callable[[Path], Path]] = {
    "jsonl 26 records with the killers": jsonl_batch,
    "jsonl 5,000-digit integer": jsonl_bigint,
    "jsonl 100,000 nested brackets": jsonl_deep,
    "jsonl lone surrogate": jsonl_surrogate,
    "jsonl NUL in a string": jsonl_nul,
    "text 4 MB": text_4mb,
    "text one 2.7 MB sentence": sentence_2_7mb,
    "text one 2 MB word": word_2mb,
    "html <p> with 100,000 attributes": attributes_100k,
    "text 3,000 entity sentences": entity_sentences,
    "text 5,000 quote paragraphs": quote_paragraphs,
    "text 100,000 tiny paragraphs": tiny_paragraphs,
    "html 10,000 nested divs": nested_divs,
    "warc truncated mid-record": warc_truncated,
    "warc truncated mid-header": warc_truncated_in_header,
    "warc wrong Content-Length": warc_wrong_length,
}
