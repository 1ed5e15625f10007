"""Printing from the app: documents reach a viewer, printer or folder; temp files do not outlive the
session; every print is in the access log."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QDesktopServices
from sqlalchemy import func, select

from app.caseload import load_caseload
from app.clients import ClientInput, create_client
from app.plans.lifecycle import create_plan, set_plan_state
from app.printing.tempfiles import FILES
from app.workspace import Workspace
from models import AccessLogEntry
from models.enums import AccessAction, PlanKind, PlanState, ResponsibleParty
from tests.support.plan import explain_findings
from ui.print_dialog import PrintDialog
from ui.print_queue import PrintQueueDialog
from ui.runner import Runner, runner, set_runner

pytestmark = pytest.mark.usefixtures("gui")  # tests/ui/conftest.py


@pytest.fixture(autouse=True)
def _no_print_files_left() -> Iterator[None]:
    yield
    FILES.remove_all()


def _client_with_plan(ws: Workspace, last: str, state: PlanState = PlanState.AGREED) -> str:
    client = create_client(
        ws,
        data=ClientInput(
            first_names="Sahra", last_name=last, home_municipality="857", preferred_language="so"
        ),
    )
    plan = create_plan(
        ws,
        client_id=client.id,
        kind=PlanKind.BASIC,
        responsible_party=ResponsibleParty.MUNICIPALITY,
        period_start=date(2026, 9, 1),
        period_end=date(2027, 8, 31),
    )
    explain_findings(ws, plan.id)
    set_plan_state(ws, plan_id=plan.id, state=state, on=date(2026, 9, 2))
    return client.id


def _prints(ws: Workspace) -> int:
    with ws.session() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(AccessLogEntry)
                .where(AccessLogEntry.action == AccessAction.PRINT)
            )
            or 0
        )


def test_viewer_files_are_private_and_removed_with_the_session(
    qtbot, workspace: Workspace, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    client_id = _client_with_plan(workspace, "Demo-Osman")
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    dialog = PrintDialog(workspace, client_id, "so")
    qtbot.addWidget(dialog)
    dialog.open_button.click()
    assert opened and Path(opened[0]).read_bytes().startswith(b"%PDF")
    assert _prints(workspace) == 1
    folder = Path(opened[0]).parent
    FILES.remove_all()  # what locking or closing the app does
    assert not folder.exists()


def test_no_printer_is_said_in_words(qtbot, workspace: Workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    client_id = _client_with_plan(workspace, "Demo-Jama")
    monkeypatch.setenv("PATH", "/nonexistent")  # no `lp` on this machine
    dialog = PrintDialog(workspace, client_id, "so")
    qtbot.addWidget(dialog)
    dialog.print_button.click()
    assert not dialog.error.isHidden() and "printing system" in dialog.error.text()


def _fake_lp(tmp_path: Path, body: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A real `lp` program first on PATH (a shell script); returns its spool folder."""
    spool, bin_dir = tmp_path / "spool", tmp_path / "bin"
    spool.mkdir()
    bin_dir.mkdir()
    lp = bin_dir / "lp"
    lp.write_text(f"#!/bin/sh\nSPOOL='{spool}'\n{body}\n", encoding="utf-8")
    lp.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return spool


# Like CUPS with a busy printer: it answers when the test lets it (or after ten seconds).
SLOW_LP = """echo "$1" > "$SPOOL/handed"
touch "$SPOOL/started"
i=0
while [ ! -e "$SPOOL/release" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
cp "$1" "$SPOOL/printed.pdf"
touch "$SPOOL/finished"
"""


def test_the_dialog_keeps_answering_while_the_printer_takes_its_time(
    qtbot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    client_id = _client_with_plan(workspace, "Demo-Warsame")
    spool = _fake_lp(tmp_path, SLOW_LP, monkeypatch)
    set_runner(Runner())  # the real background worker, as in the app
    dialog = PrintDialog(workspace, client_id, "so")
    qtbot.addWidget(dialog)
    dialog.print_button.click()
    qtbot.waitUntil(lambda: (spool / "started").exists(), timeout=30000)
    ticks: list[bool] = []
    QTimer.singleShot(0, lambda: ticks.append(True))
    qtbot.waitUntil(lambda: bool(ticks), timeout=5000)
    assert not (spool / "finished").exists()  # the event loop ran while lp was still waiting
    assert dialog.status.text() == "Sending the document to the printer…"
    assert not dialog.print_button.isEnabled()  # no second copy while the first is on its way
    (spool / "release").touch()
    qtbot.waitUntil(lambda: dialog.status.text() == "Sent to the printer.", timeout=30000)
    runner().wait()
    assert (spool / "printed.pdf").read_bytes().startswith(b"%PDF")
    handed = Path((spool / "handed").read_text(encoding="utf-8").strip())
    assert handed.name.startswith("polku-plan-") and not handed.parent.exists()  # plain copy gone at once
    assert dialog.print_button.isEnabled() and dialog.error.isHidden()
    assert _prints(workspace) == 1


def test_a_refusing_printer_is_said_in_words(
    qtbot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    client_id = _client_with_plan(workspace, "Demo-Farah")
    _fake_lp(tmp_path, 'echo "lp: The printer or class does not exist." >&2\nexit 1', monkeypatch)
    dialog = PrintDialog(workspace, client_id, "so")
    qtbot.addWidget(dialog)
    dialog.print_button.click()
    assert dialog.error.text() == "The printer did not accept the document; check the default printer."
    assert not dialog.error.isHidden() and dialog.print_button.isEnabled() and dialog.status.text() == ""


def test_print_queue_saves_every_agreed_plan_with_progress(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    agreed = {_client_with_plan(workspace, f"Demo-{i}") for i in range(3)}
    _client_with_plan(workspace, "Demo-Signed", PlanState.SIGNED)
    dialog = PrintQueueDialog(workspace, load_caseload(workspace))
    qtbot.addWidget(dialog)
    assert set(dialog.chosen()) == agreed  # only plans waiting for signatures by default
    dialog._start(tmp_path)
    files = sorted(tmp_path.glob("*.pdf"))
    assert len(files) == 3 and all(f.read_bytes().startswith(b"%PDF") for f in files)
    assert _prints(workspace) == 3
    assert "3 of 3" in dialog.summary.text()
