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
