"""The Qt part of ``polku self-test``: the platform plugin loads and a window can be made.

Qt aborts the whole process when no platform plugin can start (a missing system library, no
display), so the probe runs in a child process and its death is reported as a failed check.
"""

from __future__ import annotations

import os
import subprocess
import sys

from app.selftest import CheckResult

PROBE_COMMAND = "_qt-probe"


def probe() -> int:
    """Runs in the child: make an application and a widget, print what loaded."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(["polku-qt-probe"])
    widget = QWidget()
    widget.resize(10, 10)
    print(f"PySide6 {pyside_version}, platform {app.platformName()}")
    return 0


def _probe_command() -> list[str]:
    if getattr(sys, "frozen", False):  # the packaged program is its own interpreter
        return [sys.executable, PROBE_COMMAND]
    return [sys.executable, "-m", "ui.main", PROBE_COMMAND]


def check_qt_platform() -> CheckResult:
    try:
        done = subprocess.run(_probe_command(), capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return CheckResult("qt", False, f"Qt probe did not run: {type(exc).__name__}")
    if done.returncode == 0:
        return CheckResult("qt", True, done.stdout.strip())
    hint = next((line for line in done.stderr.splitlines() if "plugin" in line.lower()), "")
    from ui.xcbcheck import apt_command, missing_libraries, would_use_xcb

    missing = missing_libraries() if would_use_xcb(os.environ) else []
    if missing:
        hint = f"{hint} (missing {', '.join(missing)}: {apt_command(missing)})".strip()
    return CheckResult("qt", False, f"Qt platform did not load (exit {done.returncode}) {hint}".strip())
