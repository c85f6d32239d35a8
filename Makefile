# Two entry points for a fresh machine: `make demo` and `make test`. Both are idempotent.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo serve test lint install clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# The main job, shown: ingest the sample, print its largest story's figures and the timeline of
# the best supported one, draw that chart, and say how to open the story page.
demo: $(STAMP)
	rm -f demo.db demo.db-wal demo.db-shm
	@echo "== ingest the sample: 15 reports of a flood in Sulawesi, 3 formats, 7 outlets"
	$(BIN)/telusur ingest samples/news --db demo.db
	@echo; echo "== the largest story: each figure's latest value, range, independent claimants, denials"
	@$(BIN)/telusur story --db demo.db
	@echo; echo "== the timeline of its best supported figure"
	@$(BIN)/telusur timeline --db demo.db --png demo-timeline.png
	@echo; echo "== the chart is in demo-timeline.png; to see the story page, run make serve (or telusur serve --db demo.db) and open the web page address above"

serve: $(STAMP)
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
