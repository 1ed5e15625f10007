"""Shared fixtures: real encrypted profiles in temporary folders (fast Argon2id parameters)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt tests never need a display; logs of a test run go to a temporary folder, not the user's.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.store.keyfile import KdfParams
from app.workspace import Workspace, create_workspace

PASSPHRASE = "correct horse battery staple"
FAST_KDF = KdfParams.fast_for_tests()


@pytest.fixture(autouse=True)
def _log_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLKU_LOG_DIR", str(tmp_path_factory.getbasetemp() / "logs"))


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    return tmp_path / "profile"


@pytest.fixture
def workspace(profile_dir: Path) -> Iterator[Workspace]:
    ws = create_workspace(profile_dir, PASSPHRASE, user="test.ohjaaja", kdf=FAST_KDF)
    yield ws
    ws.close()


@pytest.fixture
def server_url(tmp_path: Path) -> Iterator[str]:
    """A real ``polku-server serve`` process over its own data folder (``tests/support/server.py``)."""
    from tests.support.server import cli_env, serving  # only the tests that ask for a server load it

    log = tmp_path / "server-output.txt"
    with serving(log, data_dir=tmp_path / "srv", env=cli_env(tmp_path)) as server:
        yield server.url


# PySide6 6.12 can over-release Python's True/False while the interpreter tears down the Qt wrappers a
# long Qt session leaves behind: "Fatal Python error: bool_dealloc" and exit status 134 after every
# test has passed and the summary is printed (seen with a main window unlocked in one module and the
# flows of tests/ui/test_ui_flows.py in the same process; on main before this change too). The run
# therefore ends with pytest's own status once everything pytest does is done, skipping only the
# interpreter's teardown. Fixture finalizers (the PostgreSQL databases a run drops) ran before this.
_EXIT_STATUS = "polku_exit_status"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    setattr(session.config, _EXIT_STATUS, int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    import sys

    if "PySide6.QtWidgets" in sys.modules and hasattr(config, _EXIT_STATUS):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(getattr(config, _EXIT_STATUS))
