"""The Qt part of ``polku self-test``: the platform plugin loads and a window can be made."""

from __future__ import annotations

from app.selftest import CheckResult


def check_qt_platform() -> CheckResult:
    try:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtWidgets import QApplication, QWidget

        app = QApplication.instance() or QApplication(["polku-self-test"])
        widget = QWidget()
        widget.resize(10, 10)
        widget.deleteLater()
        platform = QApplication.platformName()
        del app
    except Exception as exc:
        return CheckResult("qt", False, f"Qt did not start: {type(exc).__name__}")
    return CheckResult("qt", True, f"PySide6 {pyside_version}, platform {platform}")
