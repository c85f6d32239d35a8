# Two entry points for a fresh machine: `make demo` and `make test`. Both are idempotent.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint install clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/telusur ingest samples/news --db demo.db
	$(BIN)/telusur articles --db demo.db
	$(BIN)/telusur stats --db demo.db

test: $(STAMP)
	bash scripts/ensure-chromium.sh
	$(BIN)/ruff check telusur tests bench scripts
	$(BIN)/mypy
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check telusur tests bench scripts
	$(BIN)/mypy

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm test-artifacts
