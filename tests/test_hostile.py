"""Issue 9's hostile inputs, each exactly as the issue gives it: a numbered one-line error naming the input
(and line or record), never a traceback, never E099, and the rest of a batch still analysed."""

from __future__ import annotations

import os
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
    assert [i.line for i in items if not isinstance(i, InputError)] == [n for n in range(1, 27) if n not in (8, 10, 12, 14)]


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
