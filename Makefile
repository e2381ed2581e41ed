# MentorDesk: `make run` launches the app, `make test` runs the whole suite.
# Both create .venv and install the project into it when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test setup clean dist dist-check bench screenshots translations

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test]"
	@bash tools/ensure-sysdeps.sh
	@touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/mentordesk

# The X11 smoke tests need Xvfb and xdotool: installed here (as root) so CI's clean clone has them.
test: $(STAMP)
	@WITH_XVFB=1 WITH_NODE=1 bash tools/ensure-sysdeps.sh
	@# The tests' second vCard/iCalendar parser: Mozilla's ical.js under Node (tests/exchange/second_parser.py).
	@test -d tools/icaljs/node_modules/ical.js || { command -v npm >/dev/null && (cd tools/icaljs && npm ci --no-audit --no-fund --silent); } \
		|| echo "ical.js is not installed (it needs Node.js and npm): the tests that use it will skip, saying so" >&2
	@rm -f .pytest-crash.log
	QT_QPA_PLATFORM=offscreen MENTORDESK_TEST_CRASH_LOG=$(CURDIR)/.pytest-crash.log $(BIN)/python -m pytest -q \
		|| { rc=$$?; $(BIN)/python tools/test_crash_report.py .pytest-crash.log; exit $$rc; }

# Linux artifacts in dist/: onedir bundle, .tar.xz, .deb, .rpm and SHA256SUMS (tools/build_dist.py; see
# README "Installing"). WITH_DIST installs patchelf, rpm, lintian and appstream as root.
dist: $(STAMP)
	@WITH_DIST=1 bash tools/ensure-sysdeps.sh
	@$(BIN)/python -c "import PyInstaller, argparse_manpage" 2>/dev/null || $(BIN)/python -m pip install -q -e ".[dist]"
	$(BIN)/python tools/build_dist.py

# Slow checks of the built artifacts (self-test offscreen and under Xvfb, .deb install, a first launch from
# the .desktop entry with a fresh HOME quit by ctrl+q through xdotool, AppStream, lintian, licences, the
# tarball's install.sh, the RPM, SHA256SUMS, sizes, start-up time).
dist-check: dist
	@WITH_XVFB=1 WITH_DIST=1 bash tools/ensure-sysdeps.sh
	$(BIN)/python tools/dist_check.py

# Benchmarks on a generated network (cached in benchmarks/data/); `make bench PEOPLE=20000` for a quick run.
PEOPLE ?= 100000
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py --people $(PEOPLE)

# docs/screenshots/*.png: the real app on the demo network under Xvfb (tools/screenshots.py; --review DIR for
# every area at 1280x800, 900x600 and 2x, light and dark).
screenshots: $(STAMP)
	@WITH_XVFB=1 bash tools/ensure-sysdeps.sh
	$(BIN)/python tools/screenshots.py

# resources/i18n: refresh every .ts from the sources (pyside6-lupdate; new texts come in unfinished, to be
# translated) and compile the .qm files the app loads (committed, so a fresh clone and the bundle need no step).
translations: $(STAMP)
	$(BIN)/python tools/translations.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info
