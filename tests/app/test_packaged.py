"""The built program (``make package``), run as IT would run it. Skipped unless POLKU_PACKAGED names
the built executable; ``make package-check`` sets it."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text

from app.store.migrate import head_revision
from app.workspace import open_workspace
from tests.app.test_migrations import _make_profile_at, _outbox_rows
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.packaged
BUILT = os.environ.get("POLKU_PACKAGED")


@pytest.fixture
def built() -> Path:
    if not BUILT:
        pytest.skip("POLKU_PACKAGED not set: run `make package`")
    return Path(BUILT).resolve()


def _run(built: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "POLKU_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [str(built), *args], capture_output=True, text=True, env=env, timeout=180, check=False
    )


def test_the_build_checks_itself(built: Path) -> None:
    done = _run(built, "self-test")
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_profile_of_the_previous_version_opens_with_its_unsynced_changes(
    built: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "previous"
    _make_profile_at(folder, "0001")  # the schema version 0.0 laptops have, with changes not yet synced
    done = _run(built, "list-clients", "--profile", str(folder))
    assert done.returncode == 0, done.stderr
    assert "Järvinen" in done.stdout
    ws = open_workspace(folder, PASSPHRASE)
    try:
        with ws.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
            fields = [r[0] for r in conn.execute(text("SELECT fields FROM outbox ORDER BY seq"))]
        assert fields == [row[3] for row in _outbox_rows()]
    finally:
        ws.close()
    assert list((folder / "backups").glob("*.db")), "the build backed up the old database before migrating"


def test_diagnostics_zip_from_the_build(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "diag.zip"
    done = _run(built, "diagnostics", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert out.exists()
