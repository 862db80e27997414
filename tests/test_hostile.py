"""Issue 9's hostile inputs, each exactly as the issue gives it: a numbered one-line error naming the input
(and line or record), never a traceback, never E099, and the rest of a batch still analysed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import hostile
from dateline.errors import InputError, printable
from dateline.readers import iter_inputs

BIN = Path(sys.executable).parent / "dateline"


def read_all(path: Path) -> list:
    return list(iter_inputs([str(path)]))


def errors_of(items: list) -> list[str]:
    return [str(i) for i in items if isinstance(i, InputError)]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN), *args], capture_output=True, text=True, timeout=120)


def test_a_jsonl_batch_with_the_killers_reads_every_good_record_and_names_each_bad_line(tmp_path):
    items = read_all(hostile.jsonl_batch(tmp_path))
    errors = errors_of(items)
    assert len(items) == 26 and len(errors) == 4
    path = tmp_path / "batch.jsonl"
    assert errors[0].startswith(f"{path}:8: E062 a JSON number of 5,000 digits")
    assert errors[1].startswith(f"{path}:10: E061 JSON nested deeper than 64 levels")
    assert errors[2].startswith(f"{path}:12: E060 invalid Unicode: a lone surrogate U+D800")
    assert errors[3].startswith(f"{path}:14: E002 binary input") and "NUL" in errors[3]
    assert [i.line for i in items if not isinstance(i, InputError)] == [
        n for n in range(1, 27) if n not in (8, 10, 12, 14)
    ]


@pytest.mark.parametrize(
    ("build", "code"),
    [
        (hostile.jsonl_bigint, "E062"),
        (hostile.jsonl_deep, "E061"),
        (hostile.jsonl_surrogate, "E060"),
        (hostile.jsonl_nul, "E002"),
    ],
)
def test_each_jsonl_killer_alone_is_one_numbered_error(tmp_path, build, code):
    path = build(tmp_path)
    (error,) = errors_of(read_all(path))
    assert error.startswith(f"{path}:1: {code} ")


def test_a_nul_is_refused_the_same_way_in_a_file_anywhere_in_it(tmp_path):
    late = tmp_path / "late-nul.txt"
    late.write_text(hostile.GOOD * 100 + "\x00 and more text after it.", encoding="utf-8")
    (error,) = errors_of(read_all(late))
    assert error.startswith(f"{late}: E002 binary input") and "NUL" in error


def test_a_truncated_or_mislabelled_web_archive_is_reported_after_its_good_records(tmp_path):
    for build, record, code in (
        (hostile.warc_truncated, 3, "E065"),
        (hostile.warc_truncated_in_header, 3, "E011"),
        (hostile.warc_wrong_length, 2, "E066"),
    ):
        path = build(tmp_path)
        items = read_all(path)
        good = [i for i in items if not isinstance(i, InputError)]
        assert [i.line for i in good] == list(range(1, record)), path
        assert errors_of(items) == [str(items[-1])] and str(items[-1]).startswith(f"{path}#{record}: {code} ")


def test_special_files_and_broken_links_are_refused_by_name(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(hostile.GOOD, encoding="utf-8")
    os.symlink("nowhere.txt", folder / "dangling.txt")
    os.symlink("loop.txt", folder / "loop.txt")
    os.symlink("..", folder / "up")  # a folder link back up: walked once, no endless walk
    os.mkfifo(folder / "pipe.txt")
    items = read_all(folder)
    errors = errors_of(items)
    assert [i.source for i in items if not isinstance(i, InputError)] == [str(folder / "good.txt")]
    assert errors == [
        f"{folder / 'dangling.txt'}: E064 a broken symbolic link: its target 'nowhere.txt' does not exist",
        f"{folder / 'loop.txt'}: E064 a broken symbolic link: it points back to itself through a loop of links",
        f"{folder / 'pipe.txt'}: E063 not a regular file (a named pipe (FIFO)): give a file, a folder or - for standard input",
    ]
    (device,) = errors_of(read_all(Path("/dev/zero")))
    assert device.startswith("/dev/zero: E063 not a regular file (a character device)")


def test_control_characters_in_a_file_name_are_escaped_in_messages(tmp_path):
    name = "evil\x1b[2J\x07\u202e.txt"
    (tmp_path / name).write_bytes(b"")
    assert printable(name) == "evil\\x1b[2J\\x07\\u202e.txt"
    result = run("analyze", str(tmp_path / name))
    assert result.returncode == 2
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr and "\u202e" not in result.stderr
    assert "evil\\x1b[2J\\x07\\u202e.txt: E001 empty input" in result.stderr


def test_control_characters_in_a_file_name_are_escaped_by_rejects(tmp_path):
    name = "evil\x1b[2J\x07.txt"
    (tmp_path / name).write_bytes(b"")
    db = str(tmp_path / "c.db")
    assert run("ingest", str(tmp_path / name), "--db", db, "-q").returncode == 2
    wide = {**os.environ, "COLUMNS": "1000"}  # one line per row: the table folds long cells otherwise
    listed = subprocess.run([str(BIN), "rejects", "--db", db], capture_output=True, text=True, timeout=120, env=wide)
    assert listed.returncode == 0, listed.stderr
    assert "\x1b" not in listed.stdout and "\x07" not in listed.stdout
    assert "evil\\x1b[2J\\x07.txt" in listed.stdout


def test_an_empty_folder_counts_as_one_input_for_the_progress_bar(tmp_path):
    from dateline.ingest import count_inputs

    (tmp_path / "empty").mkdir()
    assert count_inputs([str(tmp_path / "empty")]) == 1


@pytest.mark.parametrize("workers", ["1", "2"])
def test_an_ingest_that_rejects_every_input_exits_2_whatever_the_workers(tmp_path, workers):
    folder = tmp_path / "empty-files"
    folder.mkdir()
    for i in range(3):
        (folder / f"e{i}.txt").write_bytes(b"")
    result = run("ingest", str(folder), "--db", str(tmp_path / "c.db"), "--workers", workers, "-q")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr


def test_an_internal_error_counts_as_failed_as_docs_ingest_md_says(tmp_path, monkeypatch):
    import dateline.pipeline as pipeline
    from dateline.ingest import ingest

    def broken(doc):
        raise RuntimeError("a bug")

    pipe = pipeline.Pipeline(stages=pipeline.TEXT_STAGES)
    pipe.stages.append(("broken", broken))
    monkeypatch.setattr(pipeline, "_DEFAULT", pipe)
    (tmp_path / "a.txt").write_text(hostile.GOOD, encoding="utf-8")
    report = ingest([str(tmp_path / "a.txt")], str(tmp_path / "c.db"), workers=1, progress=False)
    assert (report.failed, report.rejected) == (1, 0)
    assert report.rejects[0][1].startswith("E099 internal error")


# ---- limits that cut with a named reason, and the time budget ----------------------------------


def test_long_paragraphs_are_analysed_in_pieces_that_join_back_exactly():
    from dateline.nlp import PIECE_CHARS, analyse_paragraphs, load_nlp, pieces

    text = "The talks in Geneva lasted two hours. " * 400 + "a" * 25_000 + " end."
    parts = pieces(text)
    assert "".join(parts) == text and all(len(p) <= PIECE_CHARS for p in parts)
    (doc,) = analyse_paragraphs(load_nlp(), [text])
    assert doc.text == text and "Geneva" in {e.text for e in doc.ents}


def test_a_2mb_word_is_cut_with_a_warning_not_an_internal_error(tmp_path):
    from dateline.api import analyze_inputs

    (result,) = analyze_inputs(iter_inputs([str(hostile.word_2mb(tmp_path))]))
    assert not isinstance(result, InputError), result
    assert any("were cut into paragraphs of at most 10,000" in w for w in result.warnings)
    assert "Sergei Ryabkov" in result.text
    # every piece of the word is in the text or listed in removed: nothing lost
    assert len(result.text) + sum(len(r.text) for r in result.removed) >= 2_000_000


def test_markup_over_the_limits_is_bounded_and_its_text_kept(tmp_path):
    from dateline.pipeline import TEXT_STAGES, Pipeline
    from dateline.readers.html import bound_markup

    pipe = Pipeline(stages=TEXT_STAGES)
    for build, warning in (
        (hostile.attributes_100k, "over 500 attributes"),
        (hostile.nested_divs, "nested over 200 deep"),
    ):
        html = build(tmp_path).read_text(encoding="utf-8")
        article = pipe.analyze(html=html)
        assert "Sergei Ryabkov met US Deputy Secretary of State" in article.text, build.__name__
        assert any(warning in w for w in article.warnings), article.warnings
    assert bound_markup('<div class="a>b"><p>x</p></div>') == ('<div class="a>b"><p>x</p></div>', [])


def test_an_article_over_its_time_budget_fails_alone(tmp_path, monkeypatch):
    import time

    from dateline.api import analyze_inputs
    from dateline.pipeline import TEXT_STAGES, Pipeline
    from dateline.readers import Input

    pipe = Pipeline(stages=TEXT_STAGES)
    slow = pipe.stages[0][1]

    def stall(doc):
        if "stall" in doc.body:
            time.sleep(5)
        slow(doc)

    pipe.stages[0] = ("layout", stall)
    items = [Input(source="a.txt", text=hostile.GOOD), Input(source="b.txt", text="stall " + hostile.GOOD)]
    started = time.monotonic()
    first, second = analyze_inputs(items, pipeline=pipe, timeout=0.5)
    assert time.monotonic() - started < 3
    assert not isinstance(first, InputError)
    assert (
        str(second)
        == "b.txt: E067 analysing this article took more than --timeout 0.5 s and was stopped (raise --timeout for very long texts)"
    )


def test_an_article_over_its_time_budget_stops_at_the_next_stage_in_a_worker_thread():
    """A Dask worker runs articles in a thread, where no timer signal arrives: the pipeline checks the
    budget between stages instead, so the slow article fails with E067 and the next one is analysed."""
    import threading
    import time

    from dateline.api import analyze_inputs
    from dateline.pipeline import TEXT_STAGES, Pipeline
    from dateline.readers import Input

    pipe = Pipeline(stages=TEXT_STAGES)
    slow = pipe.stages[0][1]

    def stall(doc):
        if "stall" in doc.body:
            time.sleep(1.0)
        slow(doc)

    pipe.stages[0] = ("layout", stall)
    items = [Input(source="b.txt", text="stall " + hostile.GOOD), Input(source="a.txt", text=hostile.GOOD)]
    results: list = []
    worker = threading.Thread(target=lambda: results.extend(analyze_inputs(items, pipeline=pipe, timeout=0.3)))
    worker.start()
    worker.join(30)
    slowed, fine = results
    assert isinstance(slowed, InputError) and "E067" in str(slowed) and str(slowed).startswith("b.txt: ")
    assert not isinstance(fine, InputError) and "Sergei Ryabkov met" in fine.text


# ---- URLs and templates --------------------------------------------------------------------------


def test_script_urls_are_dropped_with_a_warning_and_template_content_is_never_text(tmp_path):
    from dateline.api import analyze_inputs
    from dateline.pipeline import TEXT_STAGES, Pipeline

    pipe = Pipeline(stages=TEXT_STAGES)
    paths = [hostile.og_script(tmp_path), hostile.template(tmp_path), hostile.jsonl_script_url(tmp_path)]
    og, template, jsonl = analyze_inputs(iter_inputs([str(p) for p in paths]), pipeline=pipe)
    assert og.headline is None and og.source.url is None
    assert og.warnings == ["the page's title \"javascript:alert('og')\" is a script or data URL and was dropped"]
    assert "Template text" not in template.text and "Sergei Ryabkov met" in template.text
    assert jsonl.source.url is None
    assert jsonl.warnings == ["the input's URL 'javascript:alert(1)' was dropped: only http and https URLs are kept"]
    kept = pipe.analyze(text=hostile.GOOD, url="https://example.com/a")
    assert kept.source.url == "https://example.com/a" and kept.warnings == []


# ---- fuzzing: a short run of every target, as `make fuzz` runs them for longer ---------------------


@pytest.mark.parametrize("target", ["text", "html", "jsonl", "warc"])
def test_a_short_fuzz_run_finds_no_crash(tmp_path, target):
    pytest.importorskip("atheris")
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [
            sys.executable,
            str(root / "fuzz" / "fuzz_dateline.py"),
            "--target",
            target,
            "--runs",
            "100",
            "--seconds",
            "60",
            "--corpus",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    # libFuzzer's final count (its "Done 100 runs" line is not printed when the time limit ends the
    # run first on a busy machine; the count always is)
    executed = re.search(r"stat::number_of_executed_units:\s*(\d+)", result.stderr)
    assert executed is not None and int(executed.group(1)) >= 100, result.stderr[-3000:]
