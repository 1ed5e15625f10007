"""``polku screenshots --out DIR``: the main views with demo data, rendered to PNG at 1366x768.

Runs on a throw-away demo profile in a temporary folder, with work done synchronously so every
screen is complete when it is captured.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QWidget

from app.demo import generate_demo_data
from app.settings import Settings
from app.store.keyfile import KdfParams
from app.workspace import create_workspace
from ui import i18n
from ui.app import make_application
from ui.main_window import MainWindow
from ui.runner import ImmediateRunner, set_runner

SIZE = (1366, 768)
PASSPHRASE = "screenshot demo passphrase"


def _settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _shoot(widget: QWidget, path: Path) -> None:
    _settle()
    widget.grab().save(str(path))


def take_screenshots(out: Path, *, lang: str = "fi", clients: int = 400) -> list[Path]:
    make_application()
    set_runner(ImmediateRunner())
    i18n.set_language(lang)
    out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(user_file=Path(tmp) / "polku.ini", machine_file=Path(tmp) / "none.ini")
        folder = Path(tmp) / "profile"
        first = MainWindow(folder, settings)
        first.resize(*SIZE)
        first.show()
        shots.append(out / "first-run.png")
        _shoot(first, shots[-1])
        first.close()
        ws = create_workspace(folder, PASSPHRASE, user="demo.ohjaaja", kdf=KdfParams.fast_for_tests())
        generate_demo_data(ws, clients=clients, seed=11)
        window = MainWindow(folder, settings)
        window.resize(*SIZE)
        window.show()
        steps: list[tuple[str, Callable[[], None]]] = [
            ("unlock", lambda: None),
            ("caseload", lambda: window._on_unlocked(ws)),
        ]
        for name, step in steps:
            step()
            shots.append(out / f"{name}.png")
            _shoot(window, shots[-1])
        view = window.workspace_view
        if view is not None:
            arabic = next(
                (r for r in view.caseload.model.rows if any("\u0600" <= c <= "\u06ff" for c in r.last_name)),
                view.caseload.model.rows[0],
            )
            view.open_client(arabic.id)
            shots.append(out / "client-record.png")
            _shoot(window, shots[-1])
            if view.record is not None:
                view.record.tabs.setCurrentIndex(1)
                shots.append(out / "client-rules.png")
                _shoot(window, shots[-1])
        window.lock()
        window.close()
    return shots
