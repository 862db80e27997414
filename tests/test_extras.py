"""The optional extras: without one, the command that needs it prints one numbered line naming the extra
(E035), never a traceback; the default install (no extra) still analyses, ingests into SQLite, searches
and serves."""

from __future__ import annotations

import subprocess
import sys

import pytest

from dateline.cli import main
from dateline.extras import EXTRAS, missing_extra
from helpers import EXAMPLES


def run_main(monkeypatch, capsys, *args: str) -> tuple[int, str]:
    """``dateline ARGS`` through the console entry point: its exit code and standard error."""
    monkeypatch.setattr(sys, "argv", ["dateline", *args])
    with pytest.raises(SystemExit) as exit_info:
        main()
    return int(exit_info.value.code or 0), capsys.readouterr().err


def assert_names_the_extra(code: int, err: str, extra: str) -> None:
    assert code == 2, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "E035" in lines[0] and f"dateline[{extra}]" in lines[0], err


def test_a_postgresql_store_without_psycopg_names_the_postgres_extra(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # what `import psycopg` meets when it is not installed
    monkeypatch.delitem(sys.modules, "dateline.store.postgres", raising=False)
    code, err = run_main(monkeypatch, capsys, "stats", "--db", "postgresql://nobody@127.0.0.1:1/none")
    assert_names_the_extra(code, err, "postgres")


def test_the_dask_executor_without_distributed_names_the_dask_extra(monkeypatch, capsys, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)
    code, err = run_main(
        monkeypatch, capsys, "ingest", str(EXAMPLES), "--db", str(tmp_path / "x.db"), "--executor", "dask", "-q"
    )
    assert_names_the_extra(code, err, "dask")


def test_a_parquet_export_without_pyarrow_names_the_parquet_extra(monkeypatch, capsys, tmp_path):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    out = tmp_path / "quotes.parquet"
    code, err = run_main(monkeypatch, capsys, "export", "quotes", "--format", "parquet", "-o", str(out))
    assert_names_the_extra(code, err, "parquet")
    assert not out.exists()


def test_every_extra_is_declared_in_pyproject():
    import tomllib

    from helpers import ROOT

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    assert set(EXTRAS) <= set(declared)
    with pytest.raises(ValueError, match="unknown extra"):
        missing_extra("x", "nonsense", "x")


#: run in a fresh interpreter where none of the extras' packages can be imported
WITHOUT_EXTRAS = """
import sys
for name in ("psycopg", "dask", "distributed", "pyarrow"):
    sys.modules[name] = None
from dateline.cli import main
sys.argv = ["dateline", *sys.argv[1:]]
main()
"""


@pytest.mark.slow
def test_the_default_install_does_what_the_readme_shows_without_any_extra(tmp_path):
    db = str(tmp_path / "demo.db")

    def dateline(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-c", WITHOUT_EXTRAS, *args], capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    # ingest runs the whole analysis (what `analyze` prints) and writes SQLite; one spaCy load in all
    dateline("ingest", str(EXAMPLES), "--db", db, "--workers", "1", "-q")
    assert "Ryabkov" in dateline("show", "d64aee80", "--db", db)  # the seed, by its content id
    assert "Geneva" in dateline("search", "Geneva talks", "--db", db)
    assert "Ryabkov" in dateline("quotes", "--speaker", "Ryabkov", "--db", db, "--json")
    probe = f"from dateline.web import Settings, create_app; create_app(Settings(db={db!r}))"
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_EXTRAS.split("from dateline.cli")[0] + probe],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
