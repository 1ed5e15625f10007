"""``polku screenshots --out DIR --lang fi|sv|en``: every screen of ui.surfaces rendered to PNG at
1366x728 (a 1366x768 laptop less its taskbar), one file per page, record tab and dialog.

Runs on throw-away profiles in a temporary folder: a demo profile (with a conflict and recently
deleted clients, see app.demo_scenes.prepare_demo) and an empty one (``<page>-empty.png``: what a new
counsellor sees first). Work is done synchronously so every screen is complete when captured.
A screen added to ui.surfaces (a sidebar page, a dialog in DIALOGS) is captured here too.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.demo_scenes import prepare_demo
from app.settings import Settings
from app.store.keyfile import KdfParams
from app.workspace import create_workspace
from ui import i18n
from ui.app import make_application
from ui.main_window import MainWindow
from ui.runner import ImmediateRunner, set_runner
from ui.surfaces import AVAILABLE, close, everything, open_scene, pages, settle

PASSPHRASE = "screenshot demo passphrase"


def _shoot(widget: QWidget, path: Path) -> Path:
    settle()
    widget.grab().save(str(path), "PNG", 0)  # 0: the smallest file (PNG is lossless either way)
    return path


def take_screenshots(out: Path, *, lang: str = "fi", clients: int = 400) -> list[Path]:
    make_application()
    set_runner(ImmediateRunner())
    i18n.set_language(lang)
    out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(user_file=Path(tmp) / "polku.ini", machine_file=Path(tmp) / "none.ini")
        demo, empty = Path(tmp) / "demo", Path(tmp) / "empty"
        first = MainWindow(demo, settings)
        first.resize(*AVAILABLE)
        first.show()
        shots.append(_shoot(first, out / "first-run.png"))
        first.close()
        for folder, suffix in ((demo, ""), (empty, "-empty")):
            ws = create_workspace(folder, PASSPHRASE, user="demo.ohjaaja", kdf=KdfParams.fast_for_tests())
            if not suffix:
                prepare_demo(ws, clients=clients)
            window = MainWindow(folder, settings)
            window.resize(*AVAILABLE)
            window.show()
            if not suffix:
                shots.append(_shoot(window, out / "unlock.png"))
            scene = open_scene(window, settings, ws)
            for name, show in everything(scene) if not suffix else pages(scene):
                widget = show(scene)
                shots.append(_shoot(widget, out / f"{name}{suffix}.png"))
                close(widget)
            window.close()
    return shots
