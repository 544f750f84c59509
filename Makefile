# Neighbourhood Mapper. Two commands on a fresh machine: `make run` and `make test`.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | md5sum | cut -c1-8)
SYSSTAMP := $(VENV)/.system-deps
export QTWEBENGINE_CHROMIUM_FLAGS ?= --no-sandbox --disable-gpu

.PHONY: run test bench lint install system-deps clean screenshots

$(VENV)/bin/python:
	@command -v $(PY) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PY) not found)"; exit 1; }
	$(PY) -m venv $(VENV)

# Debian libraries Qt WebEngine needs on a bare machine (installed once; skipped when present or not root).
$(SYSSTAMP): packaging/system-deps.sh | $(VENV)/bin/python
	@bash packaging/system-deps.sh
	@touch $@

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@rm -f $(VENV)/.installed-*; touch $@

install: $(STAMP) $(SYSSTAMP)

run: install
	$(BIN)/mapper

test: install
	$(BIN)/lint-imports --config pyproject.toml
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

lint: install
	$(BIN)/ruff check .

screenshots: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests -k screenshot

clean:
	rm -rf $(VENV) build *.egg-info
