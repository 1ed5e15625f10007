"""The scriptable commands, run as IT and the benchmarks run them: real processes, real profiles."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.demo_names import ORIGINS

POLKU = [sys.executable, "-m", "ui.main"]
PASS = "cli test passphrase"


def run(
    *args: str, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [*POLKU, *args], capture_output=True, text=True, env=full_env, input=stdin, timeout=300, check=False
    )


def test_version() -> None:
    done = run("--version")
    assert done.returncode == 0 and done.stdout.startswith("polku ")


def test_self_test_passes_here() -> None:
    done = run("self-test")
    assert done.returncode == 0, done.stdout + done.stderr
    for name in ("sqlcipher", "qt", "fonts", "reference data", "rules data"):
        assert f"[ok] {name}" in done.stdout


@pytest.fixture(scope="module")
def demo_profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "profile"
    done = run("demo-data", "--profile", str(folder), "--clients", "40", env={"POLKU_PASSPHRASE": PASS})
    assert done.returncode == 0, done.stderr
    assert "40 demo clients" in done.stdout
    return folder


def test_list_clients_prints_one_line_per_client(demo_profile: Path) -> None:
    done = run("list-clients", "--profile", str(demo_profile), stdin=PASS + "\n")  # passphrase on stdin
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 40
    client_id, municipality, name = lines[0].split("\t")
    assert len(client_id) == 36 and municipality in {"297", "857", "402", "204"} and name.strip()


def test_demo_data_adds_to_an_existing_profile(demo_profile: Path) -> None:
    assert (
        run(
            "demo-data",
            "--profile",
            str(demo_profile),
            "--clients",
            "5",
            "--seed",
            "2",
            env={"POLKU_PASSPHRASE": PASS},
        ).returncode
        == 0
    )
    done = run(
        "list-clients",
        "--profile",
        str(demo_profile),
        "--municipality",
        "297",
        env={"POLKU_PASSPHRASE": PASS},
    )
    assert 0 < len(done.stdout.splitlines()) < 45


def test_wrong_passphrase_is_a_message_not_a_traceback(demo_profile: Path) -> None:
    done = run("list-clients", "--profile", str(demo_profile), env={"POLKU_PASSPHRASE": "wrong one!"})
    assert done.returncode == 2
    assert "passphrase is not correct" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout


def test_missing_profile_and_damaged_key_file_are_named(tmp_path: Path) -> None:
    done = run("list-clients", "--profile", str(tmp_path / "none"), env={"POLKU_PASSPHRASE": PASS})
    assert done.returncode == 2 and "No profile" in done.stderr
    folder = tmp_path / "p"
    assert (
        run(
            "demo-data", "--profile", str(folder), "--clients", "1", env={"POLKU_PASSPHRASE": PASS}
        ).returncode
        == 0
    )
    (folder / "polku.key").write_text("{")
    done = run("list-clients", "--profile", str(folder), env={"POLKU_PASSPHRASE": PASS})
    assert done.returncode == 2 and str(folder / "polku.key") in done.stderr
    assert "Traceback" not in done.stderr


def test_no_passphrase_at_all_is_a_clear_error(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "POLKU_PASSPHRASE"}
    done = subprocess.run(
        [*POLKU, "list-clients", "--profile", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        input="",
        timeout=60,
        check=False,
    )
    assert done.returncode == 2 and "POLKU_PASSPHRASE" in done.stderr


def test_logs_of_the_commands_hold_no_client_names(demo_profile: Path) -> None:
    run("list-clients", "--profile", str(demo_profile), env={"POLKU_PASSPHRASE": PASS})
    run("list-clients", "--profile", str(demo_profile), env={"POLKU_PASSPHRASE": "wrong one!"})
    log_text = "".join(p.read_text("utf-8") for p in Path(os.environ["POLKU_LOG_DIR"]).glob("polku.log*"))
    assert "list-clients" in log_text
    names = {
        n
        for o in ORIGINS
        for group in (o.female, o.male, o.surnames_f, o.surnames_m)
        for pair in group
        for n in pair
        if n
    }
    leaked = sorted(n for n in names if n in log_text)
    assert leaked == []
