"""Coverage-guided fuzzing (atheris) of each reader and of ``analyze``.

One target per reader: ``text`` and ``html`` (bytes as a file holds them), ``jsonl`` (a JSON Lines
file) and ``warc`` (a web archive).  Each case is read by the reader, every input it yields is
analysed (the text stages by default; ``--full`` adds spaCy and the NLP stages) and the record is
checked: every offset points at its text, and the record is valid JSON of the schema.  A reader
may refuse a case only with an :class:`~dateline.errors.InputError` that is not E099; anything
else (an exception, an E099, a broken offset) is a crash and libFuzzer stops with the input saved.

    .venv/bin/python fuzz/fuzz_dateline.py --target html [--full] [--seconds 60] [--runs N]

libFuzzer's final statistics give the figures: cases run (``number_of_executed_units``), the slowest
case (``slowest_unit_time_sec``) and the peak memory (``peak_rss_mb``); a run that ends with exit 0
had no crash and no internal error.  ``make fuzz`` runs every target.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = ("text", "html", "jsonl", "warc")
#: where each target's seeds come from (copied into a working corpus: libFuzzer adds its finds there)
SEEDS = {
    "text": ["examples/seed.txt"],
    "html": ["examples/reuters.com.parasite.html", "examples/theguardian.com.academics.html"],
    "jsonl": ["tests/fixtures/ingest/articles.jsonl"],
    "warc": [],  # made from the HTML examples at start (see _warc_seed)
}
#: cases are cut to this size, so a run explores structure rather than reading big files
MAX_LEN = 8 * 1024


def _warc_seed(folder: Path) -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    for name in SEEDS["html"]:
        html = (ROOT / name).read_bytes()[:20000]
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        record = writer.create_warc_record(
            f"https://example.com/{Path(name).stem}", "response", payload=io.BytesIO(html), http_headers=headers
        )
        writer.write_record(record)
    (folder / "seed.warc").write_bytes(out.getvalue())


def corpus_for(target: str, folder: Path) -> Path:
    """A working corpus folder for ``target`` holding its seeds (made once, kept between runs)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in SEEDS[target]:
        shutil.copy(ROOT / name, folder / Path(name).name)
    if target == "warc" and not (folder / "seed.warc").exists():
        _warc_seed(folder)
    return folder


def make_one_case(target: str, full: bool):
    """The function libFuzzer calls with each case."""
    from dateline.api import analyze_inputs
    from dateline.errors import InputError
    from dateline.model import Article
    from dateline.pipeline import DEFAULT_STAGES, TEXT_STAGES, Pipeline
    from dateline.readers import read_bytes, read_path

    pipeline = Pipeline(stages=DEFAULT_STAGES if full else TEXT_STAGES)
    scratch = Path(tempfile.mkdtemp(prefix="dateline-fuzz-")) / f"case.{target}"

    def read(data: bytes) -> list:
        if target in ("text", "html"):
            try:
                return [read_bytes(data, "case", suffix=f".{'txt' if target == 'text' else 'html'}")]
            except InputError as err:
                return [err]
        scratch.write_bytes(data)
        return list(read_path(scratch))

    def one_case(data: bytes) -> None:
        for result in analyze_inputs(read(data[:MAX_LEN]), pipeline=pipeline, timeout=None):
            if isinstance(result, InputError):
                if result.problem.startswith("E099"):
                    raise RuntimeError(f"internal error: {result}")
                continue
            check(result)
            Article.model_validate_json(result.to_json())

    return one_case


def check(article) -> None:
    """Every offset points at the text it claims (docs/record.md, rule 1)."""
    text = article.text
    for p in article.paragraphs:
        assert 0 <= p.start <= p.end <= len(text), p
    spans = [m for e in article.entities for m in e.mentions] + list(article.times) + list(article.events)
    for q in article.quotes:
        spans += [q, *(part for part in (q.speaker, q.cue, q.addressee) if part is not None)]
    for span in spans:
        assert text[span.start : span.end] == span.text, span


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", choices=TARGETS, required=True)
    parser.add_argument("--full", action="store_true", help="analyse with every stage (spaCy), not the text stages")
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--runs", type=int, default=-1, help="stop after this many cases (-1: by time only)")
    parser.add_argument("--corpus", type=Path, default=ROOT / "build" / "fuzz")
    args = parser.parse_args()

    import atheris

    with atheris.instrument_imports(include=["dateline"]):
        import dateline.api
        import dateline.pipeline
        import dateline.readers
        import dateline.readers.html
        import dateline.readers.jsonl
        import dateline.readers.text
        import dateline.readers.warc
        import dateline.stages.clean
        import dateline.stages.layout  # noqa: F401
    if args.full:
        from dateline.nlp import load_nlp

        load_nlp()
    corpus = corpus_for(args.target, args.corpus / args.target)
    one_case = make_one_case(args.target, args.full)
    libfuzzer = [
        sys.argv[0],
        str(corpus),
        f"-max_total_time={args.seconds}",
        f"-runs={args.runs}",
        f"-max_len={MAX_LEN}",
        "-timeout=10",
        "-rss_limit_mb=2048",
        "-print_final_stats=1",
        f"-artifact_prefix={args.corpus}/crash-{args.target}-",
    ]
    os.environ.setdefault("DATELINE_FUZZ", "1")
    atheris.Setup(libfuzzer, one_case)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
