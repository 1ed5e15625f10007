"""The encrypted store: what a lost laptop exposes, and what happens to bad passphrases and files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.clients import ClientInput, create_client, get_client
from app.errors import (
    DatabaseDamaged,
    DatabaseMissing,
    KeyFileDamaged,
    KeyFileMissing,
    ProfileExists,
    ProfileNotFound,
    TooManyAttempts,
    WeakPassphrase,
    WrongPassphrase,
)
from app.store import lockout
from app.store.profile import ProfilePaths, change_passphrase, create_store, unlock_store
from app.workspace import Workspace, open_workspace
from tests.conftest import FAST_KDF, PASSPHRASE

SECRET_NAMES = ("Zainabqwerty", "Qwertyson-Haddad", "فاطمةالزهراء")
REFERENCE_STRINGS = ("Tuusniemi", "Lapinlahti", "Kaavi", "Kotoutumiskoulutus", "Kielikeskus")


def _digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != "unlock-attempts.json"
    }


def _add_secret_client(ws: Workspace) -> str:
    return create_client(
        ws,
        data=ClientInput(
            first_names=SECRET_NAMES[0],
            last_name=SECRET_NAMES[1],
            name_latin=SECRET_NAMES[2],
            home_municipality="857",
        ),
    ).id


def test_no_client_or_reference_text_in_any_file_of_the_profile(workspace: Workspace) -> None:
    _add_secret_client(workspace)
    folder = workspace.paths.folder
    workspace.close()  # checkpoint: everything is in the main file now
    ws = open_workspace(folder, PASSPHRASE)  # and again with a WAL file lying open
    _add_secret_client(ws)
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert any(p.name.endswith("-wal") for p in files)
    for path in files:
        blob = path.read_bytes()
        for text in SECRET_NAMES + REFERENCE_STRINGS:
            for encoding in ("utf-8", "utf-16-le"):
                assert text.encode(encoding) not in blob, f"{text!r} readable in {path.name}"
    ws.close()


def test_reopen_with_the_right_passphrase_shows_the_data(workspace: Workspace) -> None:
    client_id = _add_secret_client(workspace)
    folder = workspace.paths.folder
    workspace.close()
    ws = open_workspace(folder, PASSPHRASE)
    assert get_client(ws, client_id=client_id).data.first_names == SECRET_NAMES[0]
    ws.close()


def test_wrong_passphrase_is_refused_and_touches_no_file(workspace: Workspace) -> None:
    folder = workspace.paths.folder
    workspace.close()
    before = _digest(folder)
    with pytest.raises(WrongPassphrase) as err:
        unlock_store(folder, "not the passphrase at all")
    assert err.value.failures == 1
    assert _digest(folder) == before


def test_repeated_wrong_passphrases_make_the_next_try_wait(workspace: Workspace) -> None:
    folder = workspace.paths.folder
    workspace.close()
    for _ in range(lockout.FREE_ATTEMPTS):
        with pytest.raises(WrongPassphrase):
            unlock_store(folder, "wrong passphrase!")
    # Even the right passphrase waits now: guessing gets slower with every failure.
    with pytest.raises(TooManyAttempts) as err:
        unlock_store(folder, PASSPHRASE)
    assert 0 < err.value.wait_seconds <= 1.0
    assert [lockout.wait_after(n) for n in (1, 2, 3, 4, 5, 20)] == [0, 0, 1, 2, 4, 300]


def test_waiting_out_the_delay_and_unlocking_resets_the_count(workspace: Workspace) -> None:
    folder = workspace.paths.folder
    workspace.close()
    paths = ProfilePaths(folder)
    for _ in range(5):
        lockout.record_failure(paths.attempts, now=0.0)  # long ago
    unlock_store(folder, PASSPHRASE).close()
    assert not paths.attempts.exists()


def test_passphrase_change_keeps_data_and_retires_the_old_one(workspace: Workspace) -> None:
    client_id = _add_secret_client(workspace)
    folder = workspace.paths.folder
    workspace.close()
    db_before = hashlib.sha256((folder / "polku.db").read_bytes()).hexdigest()
    change_passphrase(folder, PASSPHRASE, "a brand new passphrase", kdf=FAST_KDF)
    assert hashlib.sha256((folder / "polku.db").read_bytes()).hexdigest() == db_before  # not rewritten
    with pytest.raises(WrongPassphrase):
        unlock_store(folder, PASSPHRASE)
    ws = open_workspace(folder, "a brand new passphrase")
    assert get_client(ws, client_id=client_id).data.last_name == SECRET_NAMES[1]
    ws.close()


def test_passphrase_change_needs_the_old_passphrase_and_a_strong_new_one(workspace: Workspace) -> None:
    folder = workspace.paths.folder
    workspace.close()
    with pytest.raises(WrongPassphrase):
        change_passphrase(folder, "wrong old passphrase", "a brand new passphrase", kdf=FAST_KDF)
    with pytest.raises(WeakPassphrase):
        change_passphrase(folder, PASSPHRASE, "short", kdf=FAST_KDF)
    unlock_store(folder, PASSPHRASE).close()


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda b: b[: len(b) // 2 + 100], id="truncated-mid-page"),
        pytest.param(lambda b: b[:4096], id="truncated-to-one-page"),
        pytest.param(lambda b: b[: len(b) // 2 // 4096 * 4096], id="truncated-at-page-boundary"),
        pytest.param(lambda b: b[:100] + b"\x00" * 4000 + b[4100:], id="first-page-zeroed"),
        pytest.param(lambda b: b"", id="empty-file"),
    ],
)
def test_damaged_database_is_a_clear_error_and_left_as_it_was(workspace: Workspace, damage) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        _add_secret_client(workspace)
    folder = workspace.paths.folder
    workspace.close()
    db = folder / "polku.db"
    db.write_bytes(damage(db.read_bytes()))
    before = _digest(folder)
    with pytest.raises(DatabaseDamaged) as err:
        open_workspace(folder, PASSPHRASE)
    assert err.value.path == db
    assert str(db) in str(err.value)
    assert _digest(folder) == before


def test_a_database_of_another_profile_is_refused(tmp_path: Path) -> None:
    create_store(tmp_path / "a", PASSPHRASE, kdf=FAST_KDF).close()
    create_store(tmp_path / "b", PASSPHRASE, kdf=FAST_KDF).close()
    (tmp_path / "a" / "polku.db").write_bytes((tmp_path / "b" / "polku.db").read_bytes())
    with pytest.raises(DatabaseDamaged):
        unlock_store(tmp_path / "a", PASSPHRASE)


def test_missing_key_file_is_named_and_nothing_is_recreated(workspace: Workspace) -> None:
    folder = workspace.paths.folder
    workspace.close()
    (folder / "polku.key").unlink()
    before = _digest(folder)
    with pytest.raises(KeyFileMissing) as err:
        unlock_store(folder, PASSPHRASE)
    assert err.value.path == folder / "polku.key"
    assert _digest(folder) == before
    with pytest.raises(ProfileExists):  # and first-run set-up will not overwrite the database
        create_store(folder, PASSPHRASE, kdf=FAST_KDF)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b'{"format": "polku-key", "version": 1}',
        b"\xff\xfe garbage",
        b'{"format": "polku-key", "version": 1, "key_id": "x", "created": "x", "wraps": {"passphrase": '
        b'{"kdf": {"name": "argon2id", "salt": "!!", "iterations": 1, "lanes": 1, "memory_kib": 8}, '
        b'"cipher": "AES-256-GCM", "nonce": "AAAA", "ciphertext": "AAAA"}}}',
    ],
    ids=["empty", "broken-json", "fields-missing", "not-utf8", "bad-base64"],
)
def test_damaged_key_file_is_named(workspace: Workspace, content: bytes) -> None:
    folder = workspace.paths.folder
    workspace.close()
    (folder / "polku.key").write_bytes(content)
    before = _digest(folder)
    with pytest.raises(KeyFileDamaged) as err:
        unlock_store(folder, PASSPHRASE)
    assert err.value.path == folder / "polku.key"
    assert _digest(folder) == before


def test_missing_database_is_named_and_never_recreated(workspace: Workspace) -> None:
    folder = workspace.paths.folder
    workspace.close()
    (folder / "polku.db").unlink()
    with pytest.raises(DatabaseMissing):
        unlock_store(folder, PASSPHRASE)
    assert not (folder / "polku.db").exists()


def test_first_run_and_an_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(ProfileNotFound):
        unlock_store(tmp_path / "nothing-here", PASSPHRASE)
    with pytest.raises(WeakPassphrase):
        create_store(tmp_path / "p", "short", kdf=FAST_KDF)
    assert not (tmp_path / "p" / "polku.db").exists()


def test_an_interrupted_first_run_can_be_started_again(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / ".creating").write_bytes(b"")
    (folder / "polku.db").write_bytes(b"half made")
    with pytest.raises(ProfileNotFound):
        unlock_store(folder, PASSPHRASE)
    create_store(folder, PASSPHRASE, kdf=FAST_KDF).close()
    unlock_store(folder, PASSPHRASE).close()
    assert not (folder / ".creating").exists()


def test_the_key_file_records_argon2id_parameters(workspace: Workspace) -> None:
    import json

    doc = json.loads((workspace.paths.folder / "polku.key").read_text())
    kdf = doc["wraps"]["passphrase"]["kdf"]
    assert kdf["name"] == "argon2id"
    assert doc["wraps"]["passphrase"]["cipher"] == "AES-256-GCM"
