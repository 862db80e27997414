"""A plain-text twin of trafilatura-eval: each page's whole visible text, boilerplate and all.

This is the text a simple scraper saves: parse the HTML (lxml), drop what is never shown (``head``,
``script``, ``style``, ``noscript``, ``template``, ``svg``, comments), turn block elements and ``<br>``
into line breaks, collapse the spaces inside each line.  Menus, footers, cookie banners, link lists
and comments all stay in.  The twin is cached in ``benchmarks/out/text_twin.jsonl`` (git-ignored),
one ``{"url", "file", "text"}`` a line; run this script to (re)build it.

With ``--titled`` the page's ``<title>`` comes first, on a line of its own, as scrapers that take the
whole document's text (``get_text()``, ``text_content()``) save it; that variant is cached in
``benchmarks/out/text_twin_titled.jsonl``.  ``../shared/RESEARCH.md``'s held-out figures (a first-line
headline heuristic right on .62 of the pages) point to a twin of that kind.

    .venv/bin/python benchmarks/text_twin.py [--limit N] [--titled]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, data_dir

OUT = ROOT / "benchmarks" / "out"
TWIN = OUT / "text_twin.jsonl"
TWIN_TITLED = OUT / "text_twin_titled.jsonl"

DROP = {"head", "script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "select"}
BLOCKS = {
    "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "ul", "option", "button", "caption", "center", "menu", "legend", "label",
}  # fmt: skip


def load_eval() -> dict[str, dict[str, Any]]:
    """evaldata.json: url -> {file, with, without, title, date, author, ...}."""
    path = data_dir("trafilatura-eval", "evaldata.json")
    data: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def read_html(file: str) -> str:
    """The page's HTML, decoded the way trafilatura decodes it."""
    from trafilatura.utils import decode_file

    folder = data_dir("trafilatura-eval", "html")
    path = folder / f"{file}.gz"
    raw = gzip.decompress(path.read_bytes()) if path.exists() else (folder / file).read_bytes()
    text = decode_file(raw)
    return text if isinstance(text, str) else text.decode("utf-8", errors="replace")


def visible_text(html: str, *, titled: bool = False) -> str:
    """Whole visible text of a page: one line per block, whitespace collapsed inside lines.

    ``titled``: the ``<title>`` first, on a line of its own.
    """
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(html.encode("utf-8"))
    except (etree.ParserError, ValueError):
        return ""
    for element in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        parent = element.getparent()
        if parent is not None:
            tail = element.tail
            parent.remove(element)
            if tail:  # keep the text after the comment
                previous = parent[-1] if len(parent) else None
                if previous is not None:
                    previous.tail = (previous.tail or "") + tail
                else:
                    parent.text = (parent.text or "") + tail
    parts: list[str] = []
    if titled:
        title = root.find(".//title")
        if title is not None and title.text_content().strip():
            parts.extend([title.text_content(), "\n"])

    def walk(el: Any) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag in DROP:
            if el.tail:
                parts.append(el.tail)
            return
        block = tag in BLOCKS
        if block:
            parts.append("\n")
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if block:
            parts.append("\n")
        elif tag in ("td", "th"):
            parts.append(" ")
        if el.tail:
            parts.append(el.tail)

    walk(root)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    text = "\n".join(line for line in lines if line)
    return re.sub(r"\n{2,}", "\n", text)


def build(limit: int | None = None, *, titled: bool = False) -> Path:
    data = load_eval()
    OUT.mkdir(parents=True, exist_ok=True)
    path = TWIN_TITLED if titled else TWIN
    with path.open("w", encoding="utf-8") as out:
        for number, (url, item) in enumerate(data.items()):
            if limit is not None and number >= limit:
                break
            text = visible_text(read_html(item["file"]), titled=titled)
            out.write(json.dumps({"url": url, "file": item["file"], "text": text}, ensure_ascii=False) + "\n")
    return path


def load_twin(*, titled: bool = False) -> dict[str, str]:
    """url -> twin text, building the cache first when it is missing."""
    path = TWIN_TITLED if titled else TWIN
    if not path.exists():
        build(titled=titled)
    twin: dict[str, str] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            twin[row["url"]] = row["text"]
    return twin


def iter_twin(*, titled: bool = False) -> Iterator[tuple[str, str]]:
    yield from load_twin(titled=titled).items()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages (for a quick look)")
    parser.add_argument(
        "--titled", action="store_true", help="the page's <title> first, as get_text() scrapers save it"
    )
    args = parser.parse_args()
    path = build(args.limit, titled=args.titled)
    print(f"wrote {path}")
