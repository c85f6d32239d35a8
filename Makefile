# Two entry points for a fresh machine: `make demo` and `make test`. Both are idempotent.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
RUN_STAMP := $(VENV)/.installed-run

.PHONY: demo serve test lint install clean

# What the demo needs: the package alone, with the venv's own pip.
$(RUN_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q -e .
	touch $(RUN_STAMP)

# What the tests need: the development extras too.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP) $(RUN_STAMP)

install: $(STAMP)

# The main job, shown: ingest the sample, print its largest story's figures and the timeline of
# the best supported one, draw that chart, and say how to open the story page.
demo: $(RUN_STAMP)
	rm -f demo.db demo.db-wal demo.db-shm
	@echo "== ingest the sample: 15 reports of a flood in Sulawesi from 7 outlets, in 7 formats (text, HTML, RSS, Atom, JSON Lines, CSV, WARC)"
	$(BIN)/telusur ingest samples/news --db demo.db
	@echo; echo "== the largest story: each figure's latest value, range, independent claimants, denials"
	@$(BIN)/telusur story --db demo.db
	@echo; echo "== the timeline of its best supported figure"
	@$(BIN)/telusur timeline --db demo.db --png demo-timeline.png
	@echo; echo "== the chart is in demo-timeline.png; to see the story page, run make serve (or telusur serve --db demo.db) and open the web page address above"

serve: $(RUN_STAMP)
	test -f demo.db || $(MAKE) demo
	$(BIN)/telusur serve --db demo.db

test: $(STAMP)
	bash scripts/ensure-chromium.sh
	$(BIN)/ruff check telusur tests bench scripts
	$(BIN)/mypy
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check telusur tests bench scripts
	$(BIN)/mypy

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm demo-timeline.png test-artifacts
