"""The Dask executor: a local cluster of two worker processes gives the records the local executor gives."""

from __future__ import annotations

import pytest

from dateline.executors.dask import DaskExecutor
from dateline.executors.work import Refused, analyse_batch
from dateline.ingest import ingest
from dateline.readers import iter_inputs
from helpers import EXAMPLES, dump, make_corpus, nlp_rows

pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    executor = DaskExecutor(workers=2, batch_size=2, processes=True)
    yield executor
    executor.close()


def test_two_dask_workers_give_the_records_of_the_local_executor(cluster, tmp_path, seed_article):
    folder, _ = make_corpus(tmp_path)
    items = [Refused(i.source, i.problem) if isinstance(i, Exception) else i for i in iter_inputs([str(folder)])]
    local = analyse_batch(items)  # in this process, like --workers 1
    remote = [outcome for _, outcome in cluster.run(items)]
    assert len(remote) == len(local) == len(items)
    assert [o.source for o in remote] == [o.source for o in local]  # in input order
    assert remote == local  # same records (JSON, byte for byte) and same reject reasons
    assert sum(o.record is not None for o in remote) >= 18
    assert len(cluster._client.scheduler_info()["workers"]) == 2


def test_ingest_through_dask_writes_the_database_of_a_local_ingest(cluster, tmp_path, seed_article):
    """Through the scheduler's address, as ``dateline ingest --executor dask --scheduler ADDR`` does."""
    folder, expected = make_corpus(tmp_path)
    local_db, dask_db = tmp_path / "local.db", tmp_path / "dask.db"
    ingest([str(folder)], str(local_db), workers=1, progress=False)
    address = cluster._client.scheduler.address
    report = ingest([str(folder)], str(dask_db), executor="dask", scheduler=address, batch_size=3, progress=False)
    assert report.executor == "dask" and report.workers == 2
    assert (report.new, report.rejected, report.failed) == (expected["new"], expected["rejected"], 0)
    assert dump(dask_db) == dump(local_db)


def test_dask_workers_run_the_pipeline_ingest_is_given(cluster, tmp_path, seed_article):
    """The same workers run a text-only pipeline (no entities stored), then the default one (entities)."""
    from dateline.pipeline import TEXT_STAGES

    address = cluster._client.scheduler.address
    text_db, full_db = tmp_path / "text.db", tmp_path / "full.db"
    options = {"executor": "dask", "scheduler": address, "batch_size": 1, "progress": False}
    report = ingest([str(EXAMPLES)], str(text_db), pipeline=TEXT_STAGES, **options)
    assert (report.new, report.failed) == (3, 0)
    assert nlp_rows(text_db) == dict.fromkeys(nlp_rows(text_db), 0)
    report = ingest([str(EXAMPLES)], str(full_db), **options)
    assert (report.new, report.failed) == (3, 0)
    assert all(nlp_rows(full_db).values())
