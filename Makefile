# dateline: `make demo` and `make test` set everything up from a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export DATELINE_DATA ?= $(abspath ../shared/data)

.PHONY: demo test lint bench clean install docs fuzz serve screenshots lock

# the venv: pip from requirements/pip.txt, then the hash-locked runtime.txt (the package's dependencies
# and all three extras, postgres, dask and parquet: demo and test use them all) and dev.txt
install: $(STAMP)

$(STAMP): requirements/pip.txt requirements/runtime.txt requirements/dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-cache-dir --require-hashes -r requirements/pip.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements/runtime.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements/dev.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/dateline analyze examples/seed.txt --format text
	$(BIN)/dateline analyze examples/ --no-original > examples.out.jsonl
	@echo "wrote one record per example to examples.out.jsonl"
	rm -f examples.db examples.db-wal examples.db-shm
	$(BIN)/dateline ingest examples/ --db examples.db
	$(BIN)/dateline search "Geneva talks" --db examples.db
	$(BIN)/dateline quotes --speaker Ryabkov --db examples.db
	@echo ""
	@echo "Browse this corpus: make serve, then open http://127.0.0.1:8000/ (Ctrl-C stops the server)"

examples.db: | $(STAMP)
	$(BIN)/dateline ingest examples/ --db examples.db

# the web pages and the API over the demo corpus (SERVE_ARGS="--port 8080 --allow-analyze" adds options)
serve: $(STAMP) examples.db
	$(BIN)/dateline serve --db examples.db $(SERVE_ARGS)

# the browser tests, saving their screenshots into docs/img/ as well
screenshots: $(STAMP)
	DATELINE_DOCS_SCREENSHOTS=1 $(BIN)/python -m pytest -q tests/test_web_browser.py

test: $(STAMP)
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts fuzz
	$(BIN)/ruff format --check src tests benchmarks scripts fuzz
	$(BIN)/mypy

# coverage-guided fuzzing (atheris, in requirements/dev.txt) of each reader and analyze:
# FUZZ_SECONDS per target; FUZZ_FLAGS=--full adds the spaCy stages; finds and crashes go to build/fuzz/
FUZZ_SECONDS ?= 60
fuzz: $(STAMP)
	for target in text html jsonl warc; do \
		$(BIN)/python fuzz/fuzz_dateline.py --target $$target --seconds $(FUZZ_SECONDS) $(FUZZ_FLAGS) || exit 1; \
	done

# requirements/runtime.txt from pyproject.toml (the one place version ranges are written), today's pins
# kept; dev.txt from dev.in. Needs pip-tools (COMPILE=/path/to/pip-compile).
COMPILE ?= $(abspath $(BIN))/pip-compile
LOCK_FLAGS := --allow-unsafe --generate-hashes --no-emit-find-links --no-emit-index-url --strip-extras
lock:
	cd requirements && $(COMPILE) --all-extras $(LOCK_FLAGS) --output-file=runtime.txt ../pyproject.toml
	cd requirements && $(COMPILE) $(LOCK_FLAGS) --output-file=dev.txt dev.in

docs: $(STAMP)
	$(BIN)/python scripts/gen_docs.py
	$(BIN)/python scripts/architecture.py

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache examples.out.jsonl examples.db examples.db-wal examples.db-shm
