PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup packages run test bench lint clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

packages:
	@scripts/ensure_packages.sh run

run: setup packages
	$(BIN)/ceclog migrate
	$(BIN)/ceclog serve

test: setup
	@scripts/ensure_packages.sh test
	$(BIN)/python -m pytest

bench: setup
	@scripts/ensure_packages.sh corpus
	@for script in scripts/bench_*.py; do \
		echo "== $$script"; $(BIN)/python $$script || exit 1; \
	done

lint: setup
	$(BIN)/ruff check server tests scripts
	$(BIN)/ruff format --check server tests scripts

clean:
	rm -rf $(VENV) .pytest_cache
