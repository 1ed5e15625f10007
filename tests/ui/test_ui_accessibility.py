"""Every input a counsellor can reach has an accessible name (screen readers, keyboard users)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.demo import generate_demo_data
from app.settings import Settings
from app.workspace import create_workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from ui import i18n
from ui.app import make_application
from ui.main_window import MainWindow
from ui.runner import ImmediateRunner, set_runner

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INPUTS) or isinstance(w, QHeaderView):
            continue  # a table's header is announced with the table
        if isinstance(w.parent(), QComboBox | QAbstractSpinBox) or type(w.parent()).__name__.startswith(
            "QComboBox"
        ):
            continue  # a combo's popup or a spin box's editor is announced through its owner
        if type(w).__name__ == "QListView" and type(w.parent()).__name__ == "QFrame":
            continue  # the popup list of a combo box (its private container)
        if w.accessibleName().strip():
            continue
        if isinstance(w, QAbstractButton) and w.text():
            continue
        missing.append(f"{type(w).__name__} in {type(w.parent()).__name__}")
    return missing


def test_every_input_has_an_accessible_name(qapp: QApplication, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_application()
    set_runner(ImmediateRunner())
    i18n.set_language("en")
    folder = tmp_path / "p"
    ws = create_workspace(folder, PASSPHRASE, user="a11y", kdf=FAST_KDF)
    generate_demo_data(ws, clients=30, seed=2)
    window = MainWindow(folder, Settings(user_file=tmp_path / "u.ini", machine_file=tmp_path / "m.ini"))
    qtbot.addWidget(window)
    window.show()
    assert _unnamed(window) == []  # the unlock screen
    window._on_unlocked(ws)
    view = window.workspace_view
    assert view is not None
    view.open_client(view.caseload.model.rows[0].id)
    record = view.record
    assert record is not None
    for index in range(record.tabs.count()):
        record.tabs.setCurrentIndex(index)
    assert sorted(set(_unnamed(window))) == []
    window.lock()
