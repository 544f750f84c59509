# Neighbourhood Mapper. Two commands on a fresh machine: `make run` and `make test`.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
HASH := $(shell cat pyproject.toml packaging/system-deps.sh tests/web/package-lock.json | md5sum | cut -c1-8)
# Qt WebEngine refuses to start its sandbox as root (CI, containers); ordinary users keep the sandbox.
ifeq ($(shell id -u),0)
export QTWEBENGINE_CHROMIUM_FLAGS ?= --no-sandbox --disable-gpu
endif

.PHONY: run test bench bench-scale lint install install-test clean screenshots package package-test translations

$(VENV)/bin/python:
	@command -v $(PY) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PY) not found)"; exit 1; }
	$(PY) -m venv $(VENV)

# Each stamp re-runs when pyproject.toml or the system package list changes. The system step installs the
# Debian libraries Qt WebEngine needs on a bare machine (and, for tests, GDAL and Chromium as real clients).
$(VENV)/.run-$(HASH): | $(VENV)/bin/python
	@bash packaging/system-deps.sh run
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	@touch $@

$(VENV)/.package-$(HASH): | $(VENV)/bin/python
	@bash packaging/system-deps.sh test
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,package]'
	@touch $@

$(VENV)/.test-$(HASH): | $(VENV)/bin/python
	@bash packaging/system-deps.sh test
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	cd tests/web && npm ci --no-audit --no-fund --silent  # axe-core, for the tests' accessibility checks
	@touch $@

install: $(VENV)/.run-$(HASH)

install-test: $(VENV)/.test-$(HASH)

run: install  # the window on the Sheffield demo (built in the user's data folder the first time)
	$(BIN)/mapper "$$($(BIN)/python -c 'from mapper.ui.app import demo_project; print(demo_project())')"

test: install-test
	$(BIN)/lint-imports --config pyproject.toml
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: install-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks $(ARGS)

# The scaling table (10k, 100k, 1M assets): `make bench-scale` or `make bench ARGS=--scale`.
bench-scale: install-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks --scale $(SIZES)

lint: install-test
	$(BIN)/ruff check .

# Translations: the .ts files (resources/i18n, edited with Qt Linguist) are refreshed from the sources and
# compiled to the .qm files the window loads. Both are committed; a test fails when either is out of date.
# English is the source language: mapper_en.ts holds only the plural forms ("1 asset", "2 assets").
LANGUAGES := ur ar pl
translations: install-test
	$(BIN)/pyside6-lupdate -extensions py -locations none -no-obsolete mapper \
		-ts $(foreach l,$(LANGUAGES),resources/i18n/mapper_$(l).ts)
	$(BIN)/python packaging/ts_header.py $(foreach l,$(LANGUAGES),resources/i18n/mapper_$(l).ts)
	$(BIN)/pyside6-lupdate -extensions py -locations none -no-obsolete -pluralonly mapper -ts resources/i18n/mapper_en.ts
	$(BIN)/pyside6-lrelease -silent $(foreach l,en $(LANGUAGES),resources/i18n/mapper_$(l).ts)

# tests that save a flow's picture with tests.paths.screenshot_path (the user guide's test last: it shows them)
PICTURED = tests/test_ui_first_start.py tests/test_ui_form_input.py tests/test_ui_small_screens.py tests/test_ui_export_flow.py \
	tests/test_ui_import_dialog.py tests/test_review_dialog.py tests/test_ui_help.py
screenshots: install-test
	MAPPER_SCREENSHOTS=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests -k screenshot
	MAPPER_SCREENSHOTS=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -p no:randomly $(PICTURED)

# The installable app: a PyInstaller one-folder bundle (packaging/mapper.spec), a .deb and a .tar.gz in dist/.
# The bundle is rebuilt only when the code, resources or packaging changed since it was built.
APP_SOURCES := $(shell find mapper packaging resources sample_data -type f -not -path '*/__pycache__/*' -not -name '*.md') pyproject.toml
BUNDLE := dist/neighbourhood-mapper/neighbourhood-mapper

# Linux: NumPy without OpenBLAS and psycopg's C implementation over the system's libpq, built from their
# sources for the bundle alone (packaging/bundle-site.sh); PyInstaller reads them before the venv's.
BUNDLE_SITE := $(CURDIR)/build/bundle-site
$(BUNDLE_SITE)/.built-$(HASH): packaging/bundle-site.sh | $(VENV)/.package-$(HASH)
	bash packaging/bundle-site.sh $(BIN)/python $(BUNDLE_SITE)
	@touch $@

$(BUNDLE): $(APP_SOURCES) $(BUNDLE_SITE)/.built-$(HASH) | $(VENV)/.package-$(HASH)
	rm -rf dist/neighbourhood-mapper
	PYTHONPATH=$(BUNDLE_SITE) nice -n 10 $(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/mapper.spec
	@touch $@

dist/.packages: $(BUNDLE) packaging/build-deb.sh
	bash packaging/build-deb.sh
	@touch $@

package: dist/.packages

# Starts the built bundle offscreen on a clean HOME: demo, map, add an asset, export (tests/test_package.py).
package-test: package
	MAPPER_PACKAGE_TEST=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m package tests/test_package.py

clean:
	rm -rf $(VENV) build dist *.egg-info
