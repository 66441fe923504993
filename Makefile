# The front door: `make run` and `make test` set everything up from a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export PREFECT_HOME := $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_LOGGING_LEVEL ?= INFO
export PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL ?= WARNING
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 120

.PHONY: install run test lint bench samples clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -U pip
	$(BIN)/pip install -q -e '.[test,dask,ocr]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/baogao run --catalog catalog/sources.yaml --db data/baogao.duckdb

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .

samples: $(STAMP)
	$(BIN)/python scripts/make_samples.py samples

bench: $(STAMP)
	bash ../shared/bench/run.sh

clean:
	rm -rf $(VENV) data .prefect .pytest_cache .ruff_cache
