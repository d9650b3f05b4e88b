# The README's two commands: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo.duckdb

.PHONY: install demo test lint clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

demo: install
	$(BIN)/peninsula ingest examples --db $(DEMO_DB)
	$(BIN)/peninsula articles --db $(DEMO_DB)
	$(BIN)/peninsula events --db $(DEMO_DB) --modality asserted
	$(BIN)/peninsula status --db $(DEMO_DB)
	$(BIN)/peninsula signals --db $(DEMO_DB)

test: install
	$(BIN)/ruff check src tests benchmarks eval
	$(BIN)/ruff format --check src tests benchmarks eval
	$(BIN)/mypy
	$(BIN)/pytest

lint: install
	$(BIN)/ruff format src tests benchmarks eval
	$(BIN)/ruff check --fix src tests benchmarks eval

clean:
	rm -rf $(VENV) $(DEMO_DB) .pytest_cache .mypy_cache .ruff_cache
