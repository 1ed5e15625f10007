"""The client list on a 1366x768 laptop: every column but the name shows its words whole, in Finnish,
Swedish and English (the Latin-name column used to take a third of the width while mostly empty,
cutting the plan state and the next review date)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.demo import generate_demo_data
from app.lookups import load_lookups
from app.workspace import create_workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from ui import i18n
from ui.app import make_application
from ui.caseload import CaseloadView
from ui.runner import ImmediateRunner, set_runner


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_columns_fit_their_words_at_1366(qapp: QApplication, qtbot, tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    make_application()
    set_runner(ImmediateRunner())
    i18n.set_language(lang)
    try:
        ws = create_workspace(tmp_path / "p", PASSPHRASE, user="layout", kdf=FAST_KDF)
        generate_demo_data(ws, clients=60, seed=4)
        view = CaseloadView(ws, load_lookups(ws))
        qtbot.addWidget(view)
        view.resize(1366 - 200, 768)  # the window less the sidebar
        view.show()
        view.reload()
        qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
        header, table = view.table.horizontalHeader(), view.table
        for column in range(1, view.model.columnCount()):
            needed = max(header.sectionSizeFromContents(column).width(), table.sizeHintForColumn(column))
            assert header.sectionSize(column) >= needed, (lang, view.model.COLUMNS[column])
        name_width = header.sectionSize(0)
        assert name_width >= max(header.sectionSize(c) for c in range(1, view.model.columnCount()))
        ws.close()
    finally:
        i18n.set_language("en")
