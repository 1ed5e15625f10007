"""Owner-only files (issue 13, item 5): whatever the umask, everything in a profile (the encrypted
database, its -wal and -shm files, backups, key file, unlock counter) and every log file is created
0600 under 0700 folders, through a working session that enrols and syncs with the real server app;
a profile from an older version (0644 files) is reported by ``polku self-test`` naming the files and
nothing else, and put right by the next unlock."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import build_parser, run_command
from app.errors import WrongPassphrase
from app.logs import setup_logging
from app.meetings import add_note
from app.selftest import check_file_modes
from app.store.migrate import backup_database
from app.sync_service import enroll_device, sync_now
from app.workspace import create_workspace, open_workspace
from tests.support.sync import (
    FAST,
    FAST_KDF,
    PASSPHRASE,
    PASSWORD,
    Server,
    add_client,
    server_database,
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _modes(*folders: Path) -> dict[str, str]:
    """Every file and folder under ``folders`` (and the folders) with its mode, as octal text."""
    out: dict[str, str] = {}
    for folder in folders:
        for path in [folder, *folder.rglob("*")]:
            out[str(path.relative_to(folder.parent))] = oct(stat.S_IMODE(path.stat().st_mode))
    return out


@pytest.fixture
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The app's log file in a fresh folder; the handler removed again afterwards."""
    folder = tmp_path / "logs"
    monkeypatch.setenv("POLKU_LOG_DIR", str(folder))
    root = logging.getLogger()
    level = root.level
    yield folder
    for handler in list(root.handlers):
        if str(getattr(handler, "baseFilename", "")).startswith(str(folder)):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def umask() -> Iterator[None]:
    yield
    os.umask(0o022)


@pytest.mark.parametrize("mask", [0o022, 0o002, 0o000])
def test_every_profile_and_log_file_is_owner_only_whatever_the_umask(
    mask: int, tmp_path: Path, log_folder: Path, umask: None
) -> None:
    os.umask(mask)
    log_path = setup_logging(logging.DEBUG)
    logging.getLogger("polku.test").info("a line")
    folder = tmp_path / "profile"
    with server_database(tmp_path / "server") as url:
        server = Server(url)
        server.user("anna")
        try:
            ws = create_workspace(folder, PASSPHRASE, user="anna", kdf=FAST_KDF, recovery_public_key=None)
            cid = add_client(ws)
            enroll_device(
                ws,
                server_url="http://testserver",
                username="anna",
                password=PASSWORD,
                transport=server.transport(),
            )
            sync_now(ws, transport=server.transport(), options=FAST)
            add_note(ws, client_id=cid, text="a synthetic note")
            backup_database(ws.engine, ws.paths.database, label="test")
            assert {p.name for p in folder.iterdir()} >= {
                "polku.db",
                "polku.db-wal",
                "polku.db-shm",
                "polku.key",
            }
            with pytest.raises(WrongPassphrase):  # the unlock counter file appears
                open_workspace(folder, "not the passphrase", recovery_public_key=None)
            for handler in logging.getLogger().handlers:
                if getattr(handler, "baseFilename", None) == str(log_path):
                    handler.doRollover()  # type: ignore[attr-defined]
            logging.getLogger("polku.test").info("after the rollover")
            modes = _modes(folder, log_folder)
            assert {"profile/unlock-attempts.json", "logs/polku.log", "logs/polku.log.1"} <= set(modes)
            assert any(name.startswith("profile/backups/") for name in modes)
            bad = {
                name: mode
                for name, mode in modes.items()
                if mode != ("0o700" if (tmp_path / name).is_dir() else "0o600")
            }
            assert bad == {}, f"umask {oct(mask)}"
            assert check_file_modes(folder).ok
            ws.close()
        finally:
            server.close()


def test_an_old_profile_is_reported_by_the_self_test_and_fixed_on_unlock(
    tmp_path: Path, log_folder: Path, capsys: pytest.CaptureFixture[str], umask: None
) -> None:
    folder = tmp_path / "profile"
    ws = create_workspace(folder, PASSPHRASE, user="anna", kdf=FAST_KDF, recovery_public_key=None)
    add_client(ws, last_name="Qvxmodes")
    backup_database(ws.engine, ws.paths.database, label="test")
    ws.close()
    setup_logging()
    logging.getLogger("polku.test").info("a line")
    # As an older Polku left them under umask 022 (the folder itself was already 0700).
    for path in [*folder.rglob("*"), *log_folder.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    os.chmod(log_folder, 0o755)

    result = check_file_modes(folder)
    assert not result.ok
    named = set(result.detail.split(": ", 1)[1].split(" (")[0].split(", "))
    assert {"profile/polku.db", "profile/polku.key", "profile/backups", "logs/.", "logs/polku.log"} <= named
    assert str(tmp_path) not in result.detail and "Qvxmodes" not in result.detail
    code = run_command(build_parser().parse_args(["self-test", "--profile", str(folder)]))
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if "file permissions" in x)
    assert code == 1 and line.startswith("[FAIL] file permissions: readable by other users: ")
    assert "profile/polku.db" in line and "profile/polku.key" in line

    ws = open_workspace(folder, PASSPHRASE, recovery_public_key=None)  # the unlock puts it right
    try:
        wal = Path(f"{ws.paths.database}-wal")
        assert wal.exists() and stat.S_IMODE(wal.stat().st_mode) == 0o600
        for path in [folder, *folder.rglob("*")]:
            assert stat.S_IMODE(path.stat().st_mode) == (0o700 if path.is_dir() else 0o600), path.name
    finally:
        ws.close()
    # The next start of the app (its logging set-up) fixes the log files.
    setup_logging()
    assert check_file_modes(folder).ok
    code = run_command(build_parser().parse_args(["self-test", "--profile", str(folder)]))
    assert "[ok] file permissions: profile and log files owner-only" in capsys.readouterr().out
