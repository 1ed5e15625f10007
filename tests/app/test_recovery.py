"""A forgotten passphrase: the organisation recovery key opens the laptop's data, nothing else does."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.clients import ClientInput, create_client, list_clients
from app.errors import WrongPassphrase
from app.store.keyfile import read_key_file
from app.store.profile import unlock_store
from app.store.recovery import RecoveryError, generate_keypair, recover_profile
from app.workspace import create_workspace, open_workspace
from tests.conftest import FAST_KDF, PASSPHRASE

ORG_PASSWORD = "organisation recovery password"


def _profile(tmp_path: Path, public_pem: bytes | None) -> Path:
    folder = tmp_path / "laptop"
    ws = create_workspace(folder, PASSPHRASE, user="u", kdf=FAST_KDF, recovery_public_key=public_pem)
    create_client(ws, data=ClientInput(first_names="Nasra", last_name="Demo-Aden", home_municipality="297"))
    ws.close()
    return folder


def test_recovery_sets_a_new_passphrase_and_keeps_unsynced_work(tmp_path: Path) -> None:
    private_pem, public_pem = generate_keypair(ORG_PASSWORD)
    folder = _profile(tmp_path, public_pem)
    db_before = hashlib.sha256((folder / "polku.db").read_bytes()).hexdigest()
    recover_profile(
        folder,
        private_pem=private_pem,
        password=ORG_PASSWORD,
        new_passphrase="a new passphrase",
        kdf=FAST_KDF,
    )
    assert hashlib.sha256((folder / "polku.db").read_bytes()).hexdigest() == db_before
    with pytest.raises(WrongPassphrase):
        unlock_store(folder, PASSPHRASE)  # the forgotten one no longer opens it
    ws = open_workspace(folder, "a new passphrase", recovery_public_key=public_pem)
    try:
        assert [c.last_name for c in list_clients(ws)] == ["Demo-Aden"]
        with ws.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar() == 1  # still to be synced
    finally:
        ws.close()


def test_the_wrong_key_or_password_opens_nothing(tmp_path: Path) -> None:
    private_pem, public_pem = generate_keypair(ORG_PASSWORD)
    other_private, _ = generate_keypair("another organisation pw")
    folder = _profile(tmp_path, public_pem)
    with pytest.raises(RecoveryError, match="password"):
        recover_profile(folder, private_pem=private_pem, password="wrong password!!", new_passphrase="x" * 12)
    with pytest.raises(RecoveryError, match="different recovery key"):
        recover_profile(
            folder, private_pem=other_private, password="another organisation pw", new_passphrase="x" * 12
        )


def test_a_laptop_without_a_configured_key_cannot_be_recovered(tmp_path: Path) -> None:
    private_pem, _ = generate_keypair(ORG_PASSWORD)
    folder = _profile(tmp_path, None)
    with pytest.raises(RecoveryError, match="no recovery wrapping"):
        recover_profile(folder, private_pem=private_pem, password=ORG_PASSWORD, new_passphrase="x" * 12)


def test_a_key_configured_later_is_added_at_the_next_unlock(tmp_path: Path) -> None:
    private_pem, public_pem = generate_keypair(ORG_PASSWORD)
    folder = _profile(tmp_path, None)
    assert "recovery" not in read_key_file(folder / "polku.key").wraps
    open_workspace(folder, PASSPHRASE, recovery_public_key=public_pem).close()
    assert "recovery" in read_key_file(folder / "polku.key").wraps
    recover_profile(
        folder,
        private_pem=private_pem,
        password=ORG_PASSWORD,
        new_passphrase="after the policy",
        kdf=FAST_KDF,
    )
    open_workspace(folder, "after the policy", recovery_public_key=None).close()


def test_key_file_holds_no_usable_key_material_in_the_clear(tmp_path: Path) -> None:
    _, public_pem = generate_keypair(ORG_PASSWORD)
    folder = _profile(tmp_path, public_pem)
    text = (folder / "polku.key").read_text()
    assert "PRIVATE" not in text and "BEGIN" not in text  # only wrapped keys and public parameters


def test_the_commands_as_an_administrator_uses_them(tmp_path: Path) -> None:
    env = {**os.environ, "POLKU_RECOVERY_PASSWORD": ORG_PASSWORD, "QT_QPA_PLATFORM": "offscreen"}
    run = [sys.executable, "-m", "ui.main"]
    done = subprocess.run(
        [
            *run,
            "recovery-keygen",
            "--private-out",
            str(tmp_path / "org.pem"),
            "--public-out",
            str(tmp_path / "org.pub"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    folder = _profile(tmp_path, (tmp_path / "org.pub").read_bytes())
    done = subprocess.run(
        [*run, "recover", "--profile", str(folder), "--recovery-key", str(tmp_path / "org.pem")],
        env={**env, "POLKU_NEW_PASSPHRASE": "recovered passphrase"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    open_workspace(folder, "recovered passphrase", recovery_public_key=None).close()
