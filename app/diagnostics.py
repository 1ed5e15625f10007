"""``polku diagnostics --out FILE``: a zip IT can send to support, with nothing personal in it.

It holds versions, the configuration with secrets removed, the self-test results, the last lines
of the log (which never holds personal data) and the names and sizes of the profile's files (never
their content; the database stays locked).
"""

from __future__ import annotations

import configparser
import io
import json
import platform
import sys
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from app.logs import LOG_NAME, log_dir
from app.selftest import Check, run_checks
from app.settings import machine_config_path, user_config_path

LOG_LINES = 500
SECRET_WORDS = ("password", "token", "secret", "passphrase", "key")


def _config_text(path: Path) -> str:
    parser = configparser.ConfigParser()
    try:
        parser.read(path, encoding="utf-8")
    except configparser.Error as exc:
        return f"# {path}: unreadable ({type(exc).__name__})\n"
    for section in parser.sections():
        for key in parser[section]:
            if any(word in key.lower() for word in SECRET_WORDS):
                parser[section][key] = "<removed>"
    out = io.StringIO()
    out.write(f"# {path} ({'present' if path.exists() else 'absent'})\n")
    parser.write(out)
    return out.getvalue()


def _log_tail() -> str:
    path = log_dir() / LOG_NAME
    try:
        lines = path.read_text("utf-8", errors="replace").splitlines()
    except OSError:
        return f"(no log at {path})\n"
    return "\n".join(lines[-LOG_LINES:]) + "\n"


def _profile_listing(folder: Path | None) -> str:
    if folder is None or not folder.exists():
        return f"(no profile folder at {folder})\n"
    rows = [f"{p.relative_to(folder)}\t{p.stat().st_size}" for p in sorted(folder.rglob("*")) if p.is_file()]
    return "\n".join(rows) + "\n"


def write_diagnostics(
    out: Path,
    *,
    version: str,
    profile: Path | None,
    extra_checks: tuple[Check, ...] = (),
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Path:
    results = run_checks(extra_checks, profile=profile)
    info = {
        "polku": version,
        "written": clock().isoformat(timespec="seconds"),
        "python": sys.version,
        "platform": platform.platform(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "self_test": [{"check": r.name, "ok": r.ok, "detail": r.detail} for r in results],
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("versions-and-self-test.json", json.dumps(info, indent=2, ensure_ascii=False))
        z.writestr(
            "config.ini", _config_text(machine_config_path()) + "\n" + _config_text(user_config_path())
        )
        z.writestr("log-tail.txt", _log_tail())
        z.writestr("profile-files.txt", _profile_listing(profile))
    return out
