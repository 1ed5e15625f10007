"""Machine-wide configuration IT sets (and locks), and the support zip."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from app.diagnostics import write_diagnostics
from app.settings import IDLE_LOCK_MINUTES, LANGUAGE, SERVER_URL, USER_MAY_CHANGE_SERVER, Settings


def _machine(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "machine.ini"
    path.write_text(text, encoding="utf-8")
    return path


def test_machine_values_are_defaults_the_user_may_change(tmp_path: Path) -> None:
    machine = _machine(tmp_path, "[ui]\nlanguage = sv\n[security]\nidle_lock_minutes = 5\n")
    settings = Settings(user_file=tmp_path / "user.ini", machine_file=machine)
    assert settings.get(LANGUAGE) == "sv" and settings.get(IDLE_LOCK_MINUTES) == 5
    settings.set(LANGUAGE, "fi")
    assert Settings(user_file=tmp_path / "user.ini", machine_file=machine).get(LANGUAGE) == "fi"


def test_values_it_locks_cannot_be_overridden(tmp_path: Path) -> None:
    machine = _machine(
        tmp_path,
        "[sync]\nserver_url = https://polku.example.invalid\nuser_may_change_server = false\n"
        "[locked]\noptions = sync.server_url, security.idle_lock_minutes\n",
    )
    user = tmp_path / "user.ini"
    user.write_text("[sync]\nserver_url = https://elsewhere.invalid\n[security]\nidle_lock_minutes = 600\n")
    settings = Settings(user_file=user, machine_file=machine)
    assert settings.get(SERVER_URL) == "https://polku.example.invalid"  # the user's file is ignored
    assert settings.get(IDLE_LOCK_MINUTES) == 10  # locked to the default when IT gave no value
    assert settings.get(USER_MAY_CHANGE_SERVER) is False
    with pytest.raises(PermissionError):
        settings.set(SERVER_URL, "https://elsewhere.invalid")


def test_a_bad_hand_edited_value_falls_back_to_the_default(tmp_path: Path) -> None:
    machine = _machine(tmp_path, "[security]\nidle_lock_minutes = soon\n")
    assert Settings(user_file=tmp_path / "u.ini", machine_file=machine).get(IDLE_LOCK_MINUTES) == 10


def test_diagnostics_zip_has_versions_config_and_log_but_no_secrets(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    machine = _machine(
        tmp_path, "[sync]\nserver_url = https://polku.example.invalid\nca_bundle_password = hunter2\n"
    )
    monkeypatch.setenv("POLKU_MACHINE_CONFIG", str(machine))
    monkeypatch.setenv("POLKU_CONFIG_DIR", str(tmp_path / "cfg"))
    profile = tmp_path / "profile"
    profile.mkdir()
    (profile / "polku.db").write_bytes(b"\x00" * 4096)
    out = write_diagnostics(tmp_path / "d.zip", version="9.9", profile=profile)
    with zipfile.ZipFile(out) as z:
        names = set(z.namelist())
        info = json.loads(z.read("versions-and-self-test.json"))
        config = z.read("config.ini").decode()
        listing = z.read("profile-files.txt").decode()
    assert names == {"versions-and-self-test.json", "config.ini", "log-tail.txt", "profile-files.txt"}
    assert info["polku"] == "9.9" and any(c["check"] == "sqlcipher" for c in info["self_test"])
    assert "https://polku.example.invalid" in config and "hunter2" not in config
    assert "polku.db\t4096" in listing


def _guide_example() -> str:
    guide = (Path(__file__).resolve().parents[2] / "docs" / "it-guide.md").read_text(encoding="utf-8")
    start = guide.index("```ini\n") + len("```ini\n")
    return guide[start : guide.index("```", start)]


def test_the_it_guides_example_works_when_copied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The example has "; comments" after the values; they used to become part of them (a broken
    # server URL, a language that silently fell back) while self-test still passed.
    machine = tmp_path / "machine.ini"
    machine.write_text(_guide_example(), encoding="utf-8")
    settings = Settings(user_file=tmp_path / "user.ini", machine_file=machine)
    assert settings.get(SERVER_URL) == "https://polku.kuopio.fi"
    assert settings.get(IDLE_LOCK_MINUTES) == 10 and settings.get(LANGUAGE) == "fi"
    assert settings.get(USER_MAY_CHANGE_SERVER) is False
    assert settings.is_locked(SERVER_URL) and settings.is_locked(IDLE_LOCK_MINUTES)
    assert settings.problems() == []
    monkeypatch.setenv("POLKU_MACHINE_CONFIG", str(machine))
    monkeypatch.setenv("POLKU_CONFIG_DIR", str(tmp_path / "user"))
    from app.selftest import check_settings

    result = check_settings()
    assert result.ok
    # It says what it read, so IT can see the rolled-out file took effect.
    lines = [line.strip() for line in result.detail.splitlines()]
    assert f"machine-wide polku.ini: {machine} (read)" in lines
    assert f"user's polku.ini: {tmp_path / 'user' / 'polku.ini'} (not present)" in lines
    assert "sync.server_url = https://polku.kuopio.fi (machine-wide, locked)" in lines
    assert "security.idle_lock_minutes = 10 (machine-wide, locked)" in lines
    assert "ui.language = fi (machine-wide)" in lines
    assert "sync.ca_bundle = (empty) (default)" in lines


def test_self_test_fails_on_a_value_the_app_would_ignore(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    machine = tmp_path / "machine.ini"
    machine.write_text(
        "[security]\nidle_lock_minutes = ten\n[ui]\nlanguage = de\n[sync]\nservr_url = https://x\n"
        "[locked]\noptions = sync.server_ur\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("POLKU_MACHINE_CONFIG", str(machine))
    monkeypatch.setenv("POLKU_CONFIG_DIR", str(tmp_path / "user"))
    from app.selftest import check_settings

    result = check_settings()
    assert not result.ok
    for what in (
        "security.idle_lock_minutes",
        "ui.language",
        "unknown option sync.servr_url",
        "sync.server_ur",
    ):
        assert what in result.detail
