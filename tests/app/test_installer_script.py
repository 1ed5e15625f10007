"""The Windows installer (docs/installer/polku.iss) as IT meets it. Inno Setup does not run here, so
the script's text is pinned: the post-install self-test is checked (exit code, a report file shown
on failure, setup's own exit code 10), a /CONFIG on an update replaces the machine-wide polku.ini
after keeping the old one, and IT's guide says the same. The program side of it, ``self-test
--report``, runs for real."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "docs" / "installer" / "polku.iss"
GUIDE = ROOT / "docs" / "it-guide.md"


def _sections() -> dict[str, str]:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), (
        "UTF-8 with a BOM: the fi/sv messages need it before Inno Setup 6.3"
    )
    text = raw.decode("utf-8-sig")
    parts = re.split(r"^\[(\w+)\]\s*$", text, flags=re.MULTILINE)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts), 2)}


def _pascal(code: str) -> str:
    """The [Code] section without comments and string literals (for counting keywords)."""
    code = re.sub(r"\{[^}]*\}", " ", code)
    code = re.sub(r"//[^\n]*", " ", code)
    return re.sub(r"'(?:[^']|'')*'", "''", code)


def test_the_self_test_is_not_hidden_and_its_exit_code_decides() -> None:
    sections = _sections()
    # No fire-and-forget [Run] entry for it any more (it ran hidden, its exit code ignored).
    assert "self-test" not in sections.get("Run", "")
    code = sections["Code"]
    run = code[code.index("procedure RunSelfTest") : code.index("procedure CurStepChanged")]
    exec_call = re.search(
        r"Exec\(Exe, 'self-test --report \"' \+ SelfTestReport\(\) \+ '\"'.*?ResultCode\)", run, re.S
    )
    assert exec_call and "ewWaitUntilTerminated" in exec_call.group(0)
    assert "if ResultCode <> 0 then" in run and "SuppressibleMsgBox(SelfTestMessage, mbCriticalError" in run
    assert "if not Exec(" in run  # a self-test that cannot start counts as failed too
    assert re.search(r"if CurStep = ssPostInstall then\s+RunSelfTest\(\);", code)
    exit_code = code[code.index("function GetCustomSetupExitCode") :]
    assert "Result := SelfTestFailedExitCode" in exit_code
    assert re.search(r"SelfTestFailedExitCode = 10;", code)
    assert "ExpandConstant('{commonappdata}\\Polku\\install-self-test.txt')" in code
    assert "WizardForm.FinishedLabel.Caption := SelfTestMessage" in code
    plain = _pascal(code)
    assert len(re.findall(r"\bbegin\b", plain, re.I)) == len(re.findall(r"\bend\b", plain, re.I))


def test_config_on_an_update_replaces_the_machine_wide_file_after_a_backup() -> None:
    sections = _sections()
    entry = next(
        line for line in sections["Files"].replace("\\\n", " ").splitlines() if "{param:CONFIG}" in line
    )
    assert "onlyifdoesntexist" not in entry  # it used to be copied on the first install only
    assert "skipifsourcedoesntexist" not in entry  # a mistyped path must not pass silently
    assert "Check: HasConfig" in entry and "BeforeInstall: BackupConfig" in entry
    code = sections["Code"]
    backup = code[code.index("procedure BackupConfig") : code.index("procedure RunSelfTest")]
    assert "FileCopy(Target, Backup, False)" in backup and "'.bak-'" in backup
    start = code[code.index("function InitializeSetup") : code.index("procedure BackupConfig")]
    assert "not FileExists(Config)" in start and "Result := False" in start


def test_every_message_is_in_finnish_swedish_and_english_with_the_same_placeholders() -> None:
    messages: dict[str, dict[str, str]] = {}
    for line in _sections()["CustomMessages"].splitlines():
        if "=" in line and not line.startswith(";"):
            key, text = line.split("=", 1)
            lang, name = key.split(".", 1)
            messages.setdefault(name, {})[lang] = text
    used = set(re.findall(r"CustomMessage\('(\w+)'\)", _sections()["Code"]))
    assert used == set(messages)
    for name, texts in messages.items():
        assert set(texts) == {"fi", "sv", "en"}, name
        placeholders = {lang: sorted(set(re.findall(r"%\d", t))) for lang, t in texts.items()}
        assert len({tuple(p) for p in placeholders.values()}) == 1, (name, placeholders)


def test_the_guide_says_what_the_installer_does() -> None:
    guide = " ".join(GUIDE.read_text(encoding="utf-8").split())
    assert "exits with code 10" in guide
    assert r"%ProgramData%\Polku\install-self-test.txt" in guide
    assert r"polku.ini.bak-" in guide
    assert "/CONFIG" in guide and "not found" in guide


def _self_test(tmp: Path, machine_ini: str) -> tuple[int, str]:
    (tmp / "machine.ini").write_text(machine_ini, encoding="utf-8")
    report = tmp / "ProgramData" / "Polku" / "install-self-test.txt"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "POLKU_MACHINE_CONFIG": str(tmp / "machine.ini"),
        "POLKU_CONFIG_DIR": str(tmp / "user"),
        "POLKU_LOG_DIR": str(tmp / "logs"),
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ui.main",
            "self-test",
            "--profile",
            str(tmp / "none"),
            "--report",
            str(report),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    written = report.read_text(encoding="utf-8")
    assert written.splitlines() == done.stdout.splitlines()  # the same report, also on the console
    return done.returncode, written


def test_self_test_writes_the_report_the_installer_shows(tmp_path: Path) -> None:
    code, report = _self_test(tmp_path, "[ui]\nlanguage = de\n")
    assert code != 0
    assert "[FAIL] settings" in report and "ui.language" in report and "self-test FAILED" in report
    code, report = _self_test(tmp_path, "[ui]\nlanguage = sv\n")
    assert code == 0, report
    assert "self-test passed" in report and "ui.language = sv (machine-wide)" in report
