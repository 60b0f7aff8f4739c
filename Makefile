# The two commands of the README: `make run` starts the app, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501
ADMIN_PORT ?= 8502
# Where `make serve`'s nginx listens: every address, so others can reach it.
LISTEN ?= 0.0.0.0:8080
# Debian's nginx for `make serve` and its tests; openssl hashes the proxy's password.
HAVE_NGINX := command -v nginx >/dev/null 2>&1 || test -x /usr/sbin/nginx
PIP := $(BIN)/pip --disable-pip-version-check -q
# pytest-xdist workers: one per core ("auto"); `make test WORKERS=0` runs in one process.
# --dist loadgroup keeps each browser test module on one worker (tests/conftest.py).
WORKERS ?= auto
PARALLEL := -n $(WORKERS) --dist loadgroup

.PHONY: run beheer serve dev test test-fast lint audit check-data new-source geodata datapackage bench bench-browser bench-load gallery vendor-plotly vendor-font clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.runtime: requirements.txt pyproject.toml | $(BIN)/python
	$(PIP) install -r requirements.txt
	$(PIP) install --no-deps -e .
	touch $@

$(VENV)/.dev: requirements-dev.txt $(VENV)/.runtime
	$(PIP) install -r requirements-dev.txt
	touch $@

## Start the dashboard on http://localhost:$(PORT) for this computer only (works offline):
## one's own machine, or the PC that presents at a venue. It takes no uploads.
run: $(VENV)/.runtime
	$(BIN)/streamlit run dashboard/public.py --server.port $(PORT) --server.address 127.0.0.1

## Start Beheer, the admin app, on http://localhost:$(ADMIN_PORT) for this computer only.
beheer: $(VENV)/.runtime
	$(BIN)/streamlit run dashboard/beheer_served.py --server.port $(ADMIN_PORT) \
	  --server.address 127.0.0.1

## The public server: nginx on $(LISTEN) in front of the public app, and of the admin app at
## /beheer/ behind the proxy's password (BSO_PROXY_PASSWORD); both apps on 127.0.0.1 only
## (docs/decisions/0010). Ctrl-C stops all three.
serve: $(VENV)/.runtime
	@$(HAVE_NGINX) || { echo "make serve needs Debian's nginx: apt-get install nginx"; exit 1; }
	$(BIN)/python -m dashboard.tools.serve --listen $(LISTEN) --run-dir build/serve

## Start the dashboard for development: it reloads when a source file is saved.
dev: $(VENV)/.runtime
	$(BIN)/streamlit run dashboard/app.py --server.port $(PORT) --server.address 127.0.0.1 \
	  --server.fileWatcherType auto --server.runOnSave true

## Install what the tests need (incl. Debian's chromium for browser tests and nginx for the
## proxy's), lint, test.
test: $(VENV)/.dev
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }
	@{ $(HAVE_NGINX); } && command -v openssl >/dev/null 2>&1 || { \
	  echo "Installing Debian's nginx (and openssl) for the proxy tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx openssl; }
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest $(PARALLEL)

## The inner loop: lint, type check and every test but the browser tests and the notebooks.
test-fast: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest -m "not browser" $(PARALLEL) -o addopts="-ra" tests

## How much of the data the proof rules check, per table (see data/README.md, Proof rules).
audit: $(VENV)/.runtime
	$(BIN)/python -m dashboard.tools.audit

## Every check of the data, the excerpts against the newsletters included (fails without them),
## and whether datapackage.json is up to date (see data/CONTRIBUTING.md).
check-data: $(VENV)/.runtime
	$(BIN)/python -m dashboard.tools.check_data

## Register a newsletter from the sources folder in data/sources.csv and list its sentences that
## no excerpt uses yet: make new-source FILE=name.txt ID=… TITLE="…" PUBLISHER="…" PUBLISHED=2013-09
## [NOTE="…" NOTE_EN="…"]; make new-source FILE=name.txt LIST_ONLY=1 for a registered one.
new-source: $(VENV)/.runtime
	@test -n "$(FILE)" || { echo "make new-source FILE=<file in the sources folder> ID=… TITLE=… PUBLISHER=… PUBLISHED=…"; exit 2; }
	$(BIN)/python -m dashboard.admin.new_source "$(FILE)" \
	  $(if $(LIST_ONLY),--list-only) $(if $(ID),--id "$(ID)") $(if $(TITLE),--title "$(TITLE)") \
	  $(if $(PUBLISHER),--publisher "$(PUBLISHER)") $(if $(PUBLISHED),--published "$(PUBLISHED)") \
	  $(if $(NOTE),--published-note "$(NOTE)") $(if $(NOTE_EN),--published-note-en "$(NOTE_EN)") \
	  $(if $(LANGUAGE),--language "$(LANGUAGE)")

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/mypy

## Rebuild data/geo/ from the CBS / Kadaster 2013 boundaries in ../shared/geo.
geodata: $(VENV)/.runtime
	$(BIN)/python -m dashboard.tools.geodata

## Regenerate data/datapackage.json and the column tables of data/README.md from the schemas.
datapackage: $(VENV)/.runtime
	$(BIN)/python -m dashboard.publish.datapackage

## Measure page times and payloads (see benchmarks/README).
bench: $(VENV)/.dev
	$(BIN)/python -m benchmarks.run

## Time every page in Chromium (visits, the server's CPU per visit, page switches), against a bare page (benchmarks/README).
bench-browser: $(VENV)/.dev
	$(BIN)/python -m benchmarks.browser

## Werkatelier load test: 25, 50 and 100 sessions at once on one server, no browser (see benchmarks/README).
bench-load: $(VENV)/.dev
	$(BIN)/python -m benchmarks.load

## Screenshots of every page, slide, factsheet and the offline deck on one contact sheet
## (build/gallery/index.html), with what the browser measured under each (see README).
gallery: $(VENV)/.dev
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the gallery"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }
	$(BIN)/python -m review.gallery

## Fetch plotly.js's basic bundle (dashboard/static) at the version the plotly package draws with.
vendor-plotly: $(VENV)/.runtime
	@version=$$($(BIN)/python -c "from plotly.offline import get_plotlyjs_version as v; print(v())"); \
	tmp=$$(mktemp -d); \
	(cd $$tmp && npm pack --silent plotly.js-basic-dist-min@$$version >/dev/null && tar xzf *.tgz) \
	  && cp $$tmp/package/plotly-basic.min.js dashboard/static/ && rm -rf $$tmp \
	  && echo "dashboard/static/plotly-basic.min.js: plotly.js basic $$version"

## Fetch the deck's typeface (dashboard/static/fonts): Source Sans 3, the font Streamlit draws
## the app in, as its variable latin subset, with its SIL Open Font License.
FONT_PACKAGE := @fontsource-variable/source-sans-3@5.3.1
FONT_FILE := source-sans-3-latin-wght-normal.woff2
vendor-font:
	@tmp=$$(mktemp -d); \
	(cd $$tmp && npm pack --silent $(FONT_PACKAGE) >/dev/null && tar xzf *.tgz) \
	  && mkdir -p dashboard/static/fonts \
	  && cp $$tmp/package/files/$(FONT_FILE) dashboard/static/fonts/ \
	  && cp $$tmp/package/LICENSE dashboard/static/fonts/OFL.txt && rm -rf $$tmp \
	  && echo "dashboard/static/fonts/$(FONT_FILE): $(FONT_PACKAGE)"

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build
