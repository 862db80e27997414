"""dateline ingest: counts, idempotent reruns, rejects with reasons, a killed run resumed, the process pool."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline.corpus import open_store
from dateline.ingest import count_inputs, ingest
from helpers import EXAMPLES, INGEST_FIXTURES, dump, make_corpus, nlp_rows

BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("ingest"))


@pytest.fixture(scope="module")
def clean_db(corpus, tmp_path_factory, seed_article):
    """One uninterrupted in-process ingest of the corpus (the reference database)."""
    folder, _ = corpus
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    store = open_store(str(db))
    try:
        report = ingest([str(folder)], store, workers=1, progress=False)
    finally:
        store.close()
    return db, report


def test_counts_and_rejects_of_a_first_run(corpus, clean_db):
    folder, expected = corpus
    db, report = clean_db
    assert (report.read, report.new, report.present, report.rejected, report.failed) == (
        expected["read"],
        expected["new"],
        expected["present"],
        expected["rejected"],
        0,
    )
    assert count_inputs([str(folder)]) == expected["read"]
    store = open_store(str(db))
    try:
        rejects = {r["source"]: r["reason"] for r in store.rejects(limit=100)}
        assert store.stats()["articles"] == expected["new"]
    finally:
        store.close()
    feed = folder / "feed0.jsonl"
    assert rejects[f"{feed}:17"].startswith("E006")  # the malformed line
    assert rejects[f"{feed}:18"].startswith("E007")  # a record without text or html
    assert rejects[str(folder / "empty.txt")].startswith("E001")
    assert rejects[str(folder / "binary.txt")].startswith("E002")
    assert len(rejects) == expected["rejected"]
    # the run's report lists the same rejects, with their reasons
    assert dict(report.rejects) == rejects


def test_a_second_run_adds_nothing(corpus, clean_db, tmp_path):
    folder, expected = corpus
    db = tmp_path / "again.db"
    db.write_bytes(clean_db[0].read_bytes())
    before = dump(db)
    report = ingest([str(folder)], str(db), workers=1, progress=False)
    assert (report.new, report.rejected, report.failed) == (0, 0, 0)
    assert report.present == report.read == expected["read"]
    assert report.skipped == report.read  # every source was known: nothing was analysed again
    assert dump(db) == before


def test_a_new_file_in_a_known_folder_is_the_only_one_analysed(corpus, clean_db, tmp_path, seed_text):
    folder, _ = corpus
    db = tmp_path / "grow.db"
    db.write_bytes(clean_db[0].read_bytes())
    extra = tmp_path / "extra.txt"
    extra.write_text(
        "Fresh report\n\n" + INGEST_FIXTURES.joinpath("README.md").read_text(encoding="utf-8"), encoding="utf-8"
    )
    copy = tmp_path / "seed-copy.txt"
    copy.write_text(seed_text, encoding="utf-8")  # same content as a stored article, another name
    report = ingest([str(folder), str(extra), str(copy)], str(db), workers=1, progress=False)
    assert report.new == 1
    assert report.skipped == report.read - 2
    assert report.present == report.skipped + 1  # the copy of the seed is already there by content


def _article_count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.05)
        try:
            return int(con.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:  # not created yet, or being migrated
        return 0


def test_a_killed_ingest_rerun_gives_the_database_of_a_clean_run(tmp_path, seed_article):
    """SIGKILL the command once some batches are committed, rerun it, compare with an uninterrupted run."""
    folder, expected = make_corpus(tmp_path, copies=3)
    clean = tmp_path / "clean.db"
    ingest([str(folder)], str(clean), workers=1, progress=False)
    killed = tmp_path / "killed.db"
    command = [str(BIN / "dateline"), "ingest", str(folder), "--db", str(killed), "--workers", "1"]
    command += ["--write-batch", "2", "--batch-size", "2", "--quiet"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 180
        while proc.poll() is None and _article_count(killed) < 4 and time.monotonic() < deadline:
            time.sleep(0.005)
        still_running = proc.poll() is None
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert still_running, "the ingest finished before it could be killed"
    partial = _article_count(killed)
    assert 4 <= partial < expected["new"]
    report = ingest([str(folder)], str(killed), workers=1, progress=False)
    assert report.skipped > 0  # the committed part was not analysed again
    assert report.new == expected["new"] - partial
    assert dump(killed) == dump(clean)


def test_the_process_pool_writes_the_same_database_as_one_process(corpus, clean_db, tmp_path):
    folder, expected = corpus
    db = tmp_path / "pool.db"
    report = ingest([str(folder)], str(db), workers=2, batch_size=3, progress=False)
    assert report.workers == 2
    assert (report.new, report.rejected, report.failed) == (expected["new"], expected["rejected"], 0)
    assert dump(db) == dump(clean_db[0])


def test_the_command_prints_a_summary_and_lists_rejects(corpus, tmp_path, seed_article):
    from typer.testing import CliRunner

    from dateline.cli import app

    folder, expected = corpus
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "cli.db"), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "new articles" in result.output
    assert str(expected["new"]) in result.output
    assert "empty.txt: E001" in result.output
    assert "binary.txt: E002" in result.output


def test_bad_arguments_are_refused_with_a_message(tmp_path):
    from typer.testing import CliRunner

    from dateline.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(tmp_path), "--workers", "0"])
    assert result.exit_code == 2 and "E033" in result.output
    result = runner.invoke(app, ["ingest", str(tmp_path), "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2 and "E034" in result.output


def test_a_few_inputs_are_analysed_in_process_without_starting_a_pool(seed_article):
    from dateline.executors.local import LocalExecutor
    from dateline.executors.work import analyse_batch
    from dateline.readers import iter_inputs

    items = list(iter_inputs([str(INGEST_FIXTURES.parent.parent.parent / "examples" / "seed.txt")]))
    executor = LocalExecutor(workers=2, batch_size=8)
    try:
        outcomes = [outcome for _, outcome in executor.run(items)]
        assert executor._pool is None
    finally:
        executor.close()
    assert outcomes == analyse_batch(items)
    assert outcomes[0].record is not None and outcomes[0].reason is None


def test_ingest_runs_the_pipeline_it_is_given_in_this_process_and_in_a_pool(clean_db, tmp_path):
    """A text-only pipeline (no spaCy stages) is what every worker runs: the records have no entities."""
    from dateline.pipeline import TEXT_STAGES, Pipeline

    assert all(nlp_rows(clean_db[0]).values())  # the default pipeline fills every table the check reads
    one, pool = tmp_path / "one.db", tmp_path / "pool.db"
    report = ingest([str(EXAMPLES)], str(one), workers=1, progress=False, pipeline=TEXT_STAGES)
    assert report.new == 3 and nlp_rows(one) == dict.fromkeys(nlp_rows(one), 0)
    # 3 inputs, 2 workers, batches of 1: enough to start the process pool, whose workers get stage names
    report = ingest([str(EXAMPLES)], str(pool), workers=2, batch_size=1, progress=False, pipeline=Pipeline(TEXT_STAGES))
    assert (report.new, report.workers) == (3, 2)
    assert nlp_rows(pool) == dict.fromkeys(nlp_rows(pool), 0)
    assert dump(pool) == dump(one)


def test_a_pipeline_with_an_unknown_stage_is_refused_before_the_store_is_opened(tmp_path):
    with pytest.raises(ValueError, match="unknown stage"):
        ingest([str(EXAMPLES)], str(tmp_path / "x.db"), progress=False, pipeline=["layout", "nonsense"])
    assert not (tmp_path / "x.db").exists()


def test_a_progress_callback_sees_every_input(corpus, tmp_path, seed_article):
    folder, expected = corpus
    seen = []
    report = ingest([str(folder)], str(tmp_path / "p.db"), workers=1, progress=lambda r: seen.append(r.done))
    assert seen[-1] == report.done == report.read == expected["read"]
    assert seen == sorted(seen)


def _postgres_url() -> str | None:
    """DATELINE_TEST_POSTGRES when it names a server that answers (.ci/run starts one), else None."""
    url = os.environ.get("DATELINE_TEST_POSTGRES", "")
    if not url:
        return None
    try:
        import psycopg

        with psycopg.connect(url, connect_timeout=5):
            return url
    except Exception:
        return None


@pytest.mark.postgres
@pytest.mark.skipif(_postgres_url() is None, reason="DATELINE_TEST_POSTGRES is not set or does not answer")
def test_an_ingest_into_postgresql_stores_what_sqlite_stores(corpus, clean_db, seed_article):
    import uuid

    import psycopg

    folder, expected = corpus
    url = _postgres_url()
    assert url is not None
    schema = f"ingest_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        sep = "&" if "?" in url else "?"
        store = open_store(f"{url}{sep}options=-csearch_path%3D{schema}")
        try:
            report = ingest([str(folder)], store, workers=1, progress=False)
            assert (report.new, report.rejected) == (expected["new"], expected["rejected"])
            again = ingest([str(folder)], store, workers=1, progress=False)
            assert again.new == 0 and again.skipped == again.read
            pg = store.snapshot()
        finally:
            store.close()
        lite = open_store(str(clean_db[0]))
        try:
            assert pg == lite.snapshot()
        finally:
            lite.close()
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def test_sigkill_at_20_points_and_rerun_loses_or_doubles_nothing(tmp_path, monkeypatch):
    """Kill an ingest with SIGKILL after 1, 2, ... 20 inputs (counted by its progress callback, not
    timed), rerun it, and compare each database with an uninterrupted run's: 0 lost, 0 doubled.

    The runs use the text stages (no spaCy model) in a forked child, so 20 kills take seconds; what
    is checked is the store's and ingest's bookkeeping, the same whatever the stages."""
    import dateline.pipeline as pipeline

    monkeypatch.setattr(pipeline, "_DEFAULT", pipeline.Pipeline(stages=pipeline.TEXT_STAGES))
    folder, expected = make_corpus(tmp_path, copies=1)
    clean = tmp_path / "clean.db"
    ingest([str(folder)], str(clean), workers=1, progress=False, write_batch=3)
    reference = dump(clean)
    assert expected["read"] >= 21  # 20 points inside the run
    outcomes = []
    for point in range(1, 21):
        killed = tmp_path / f"killed-{point}.db"
        pid = os.fork()
        if pid == 0:  # the child: ingest, and die by SIGKILL once `point` inputs are done

            def die_at(report, point=point):
                if report.done >= point:
                    os.kill(os.getpid(), signal.SIGKILL)

            try:
                ingest([str(folder)], str(killed), workers=1, progress=die_at, write_batch=3)
            finally:
                os._exit(3)  # not reached when the kill came: a run that ends is a failure
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (point, status)
        report = ingest([str(folder)], str(killed), workers=1, progress=False, write_batch=3)
        outcomes.append((point, report.new))
        assert dump(killed) == reference, f"killed after {point} inputs"
    assert len(outcomes) == 20
