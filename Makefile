# Polku developer commands. Everything installs into .venv from the pinned constraints.txt, so a
# fresh clone with only Python 3.11+ gets exactly the versions that were tested.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export QT_QPA_PLATFORM ?= offscreen
PYTEST_ARGS ?=

.PHONY: run test test-long restore-drill lint check-imports typecheck fmt lock clean translations package package-check bench audit audit-full screenshots

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	env -u QT_QPA_PLATFORM $(BIN)/polku

test: $(STAMP) lint
	$(BIN)/python -m pytest -m "not slow and not packaged" $(PYTEST_ARGS)

# The server's backup and restore procedure rehearsed on PostgreSQL (tests/support/restore_drill.py):
# its own databases on the PostgreSQL that POLKU_TEST_DATABASE_URL names (or --admin-url in DRILL_ARGS,
# e.g. DRILL_ARGS="--laptops 8 --older"); needs pg_dump and pg_restore. Exit 0: nothing lost.
restore-drill: $(STAMP)
	$(BIN)/python -m tests.support.restore_drill $(DRILL_ARGS)

# Figures against their baselines: bench/results.json and docs/benchmarks.md (several minutes).
bench: $(STAMP)
	$(BIN)/python -m bench.run $(BENCH_ARGS)

# Known vulnerabilities in the pinned dependencies, from PyPI's advisory data (needs PyPI; see .ci/audit.py).
audit: $(STAMP)
	$(BIN)/python .ci/audit.py

# The same with pip-audit against OSV, where OSV is reachable (not from every build machine).
# --strict: a package that could not be checked fails the audit instead of passing silently.
# pip-audit is installed on demand: it is not needed to build or test.
audit-full: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check pip-audit==2.10.1
	$(BIN)/pip-audit --strict --no-deps --disable-pip --progress-spinner off -r constraints.txt -s osv

test-long: $(STAMP)
	$(BIN)/python -m pytest -m slow $(PYTEST_ARGS)

lint: $(STAMP) check-imports typecheck
	$(BIN)/ruff check .

check-imports: $(STAMP)
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

fmt: $(STAMP)
	$(BIN)/ruff check --fix .

# Re-pin after changing dependencies in pyproject.toml: resolves in a scratch venv, writes constraints.txt.
lock:
	rm -rf .lockvenv && $(PY) -m venv .lockvenv
	.lockvenv/bin/python -m pip install --quiet --upgrade "pip>=24"
	.lockvenv/bin/python -m pip install --quiet -e '.[dev]'
	.lockvenv/bin/python -m pip freeze --exclude-editable | grep -v '^polku' > constraints.txt
	rm -rf .lockvenv

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache

# After changing texts in ui/: collect them into the .ts files (translators edit those in Qt
# Linguist), then compile the .qm files the app loads. tests/ui/test_translations.py fails while any
# text is untranslated or a .qm is older than its .ts.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete ui/*.py -ts resources/i18n/polku_fi.ts resources/i18n/polku_sv.ts
	$(BIN)/pyside6-lrelease resources/i18n/polku_fi.ts resources/i18n/polku_sv.ts

# docs/screenshots: every screen in fi, sv and en, and printed plans in Finnish with Persian, Vietnamese,
# Ukrainian and Arabic, from a synthetic demo profile (needs pdftoppm from poppler-utils).
screenshots: $(STAMP)
	.ci/screenshots.sh $(BIN)

# The installable one-folder build (dist/polku) and a Linux tarball; then the built program checks
# itself. IT's Windows installer recipe is docs/installer/polku.iss (see docs/it-guide.md).
VERSION = $(shell $(BIN)/python -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])" 2>/dev/null)
package: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller build.spec
	tar -C dist -czf dist/polku-$(VERSION)-linux-x86_64.tar.gz polku
	$(MAKE) package-check

# The built program must check itself, open an older profile with unsynced changes, and stay small.
package-check:
	QT_QPA_PLATFORM=offscreen dist/polku/polku self-test
	POLKU_PACKAGED=dist/polku/polku $(BIN)/python -m pytest -q -m packaged tests/app/test_packaged.py
	@unpacked=$$(du -sm dist/polku | cut -f1); packed=$$(du -sm dist/polku-$(VERSION)-linux-x86_64.tar.gz | cut -f1); \
	  echo "bundle: $${packed} MB to download and install (tarball), $${unpacked} MB unpacked"; test $$packed -lt 150
