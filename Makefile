# The README's two commands: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo.duckdb

.PHONY: install browser demo test lint clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,ray]'
	touch $@

demo: install
	$(BIN)/peninsula ingest examples --db $(DEMO_DB)
	$(BIN)/peninsula articles --db $(DEMO_DB)
	$(BIN)/peninsula events --db $(DEMO_DB) --modality asserted
	$(BIN)/peninsula status --db $(DEMO_DB)
	$(BIN)/peninsula signals --db $(DEMO_DB)
	@echo
	@echo "Browse it: $(BIN)/peninsula serve --db $(DEMO_DB)   then open http://127.0.0.1:8000/"

# The browser tests drive Debian's chromium; install it where it is missing (as root).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else echo "browser tests need chromium: sudo apt-get install -y chromium"; fi; }

test: install browser
	$(BIN)/ruff check src tests benchmarks eval
	$(BIN)/ruff format --check src tests benchmarks eval
	$(BIN)/mypy
	$(BIN)/pytest

lint: install
	$(BIN)/ruff format src tests benchmarks eval
	$(BIN)/ruff check --fix src tests benchmarks eval

clean:
	rm -rf $(VENV) $(DEMO_DB) .pytest_cache .mypy_cache .ruff_cache
