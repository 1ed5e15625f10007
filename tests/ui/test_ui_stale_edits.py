"""No typed or synced edit is lost at the screen: the client record as a counsellor uses it, with a
real encrypted profile, a real window and, for the sync scenarios, a real `polku-server serve`
process and a colleague's laptop.

- typing, then leaving in any way (Back, another page, another client, Ctrl+L, the idle lock,
  closing the window) saves it;
- a colleague's change pulled while the record is open shows up in the fields not being edited,
  and saving another field keeps both values (on the server and on both laptops);
- the same field changed by both: the person sees both values in words and chooses, or, when
  nobody can answer (the laptop locks), both are kept as a conflict.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.clients import ClientInput, create_client, get_client, update_client
from app.plans.lifecycle import create_plan, get_plan
from app.settings import Settings
from app.sync_service import enroll_device, list_conflicts, sync_now
from app.workspace import Workspace, create_workspace, open_workspace
from models.enums import PlanKind, ResponsibleParty
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.support.server import PASSWORD, polku_server
from ui.choose_value import MINE, THEIRS, ChooseValueDialog
from ui.client_record import ClientRecordView
from ui.enroll_dialog import EnrollDialog
from ui.main_window import MainWindow
from ui.plan_editor import PlanEditor

pytestmark = pytest.mark.usefixtures("gui")  # tests/ui/conftest.py


def _client(ws: Workspace, last_name: str = "Demo-Farah") -> str:
    data = ClientInput(first_names="Hawa", last_name=last_name, home_municipality="297", phone="+358 40 100")
    return create_client(ws, data=data).id


def _window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    folder = tmp_path / "laptop-a"
    ws = create_workspace(folder, PASSPHRASE, user="aino", kdf=FAST_KDF, recovery_public_key=None)
    _client(ws)
    _client(ws, "Demo-Jama")
    window = MainWindow(folder, Settings(user_file=tmp_path / "u.ini", machine_file=tmp_path / "m.ini"))
    qtbot.addWidget(window)
    window.show()
    window._on_unlocked(ws)
    return window


def _open_record(window: MainWindow, last_name: str = "Demo-Farah") -> ClientRecordView:
    view = window.workspace_view
    assert view is not None
    row = next(r for r in view.caseload.model.rows if r.last_name == last_name)
    view.open_client(row.id)
    assert view.record is not None and view.record.detail is not None
    return view.record


def _type(qtbot, record: ClientRecordView, field: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Select what the field holds and type over it, as a person would."""
    edit = record.form.widgets[field]
    assert isinstance(edit, QLineEdit)
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def _stored(window: MainWindow, client_id: str) -> ClientInput:
    """What the profile holds, read after the window let go of it (unlocking again if it locked)."""
    if window.ws is not None:
        return get_client(window.ws, client_id=client_id).data
    ws = open_workspace(window.folder, PASSPHRASE, recovery_public_key=None)
    try:
        return get_client(ws, client_id=client_id).data
    finally:
        ws.close()


def _back(window: MainWindow, record: ClientRecordView) -> None:
    record.back.click()


def _other_page(window: MainWindow, _record: ClientRecordView) -> None:
    """A click on "Today", the page the record was opened from (the sidebar shows Caseload meanwhile)."""
    from PySide6.QtTest import QTest

    view = window.workspace_view
    assert view is not None and view.nav.currentRow() == view.page_widgets.index(view.caseload)
    item = view.nav.item(0)
    assert item is not None
    QTest.mouseClick(
        view.nav.viewport(), Qt.MouseButton.LeftButton, pos=view.nav.visualItemRect(item).center()
    )
    assert view.pages.currentWidget() is view.dashboard


def _other_client(window: MainWindow, _record: ClientRecordView) -> None:
    assert window.workspace_view is not None
    row = next(r for r in window.workspace_view.caseload.model.rows if r.last_name == "Demo-Jama")
    window.workspace_view.open_client(row.id)


def _ctrl_l(window: MainWindow, _record: ClientRecordView) -> None:
    from PySide6.QtGui import QShortcut

    shortcut = next(s for s in window.findChildren(QShortcut) if s.key().toString() == "Ctrl+L")
    shortcut.activated.emit()
    assert window.ws is None  # locked


def _idle_lock(window: MainWindow, _record: ClientRecordView) -> None:
    window.idle.sig_idle.emit()
    assert window.ws is None


def _close(window: MainWindow, _record: ClientRecordView) -> None:
    window.close()
    assert window.ws is None


LEAVES: dict[str, Callable[[MainWindow, ClientRecordView], None]] = {
    "back": _back,
    "another page": _other_page,
    "another client": _other_client,
    "ctrl+l": _ctrl_l,
    "idle lock": _idle_lock,
    "closing the window": _close,
}


@pytest.mark.parametrize("leave", list(LEAVES))
def test_typing_is_saved_however_the_person_leaves(qtbot, tmp_path: Path, leave: str) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, tmp_path)
    record = _open_record(window)
    client_id = record.client_id
    _type(qtbot, record, "phone", "+358 44 555 0101")
    assert record.pending  # typed, not saved yet: the autosave waits for a pause
    LEAVES[leave](window, record)
    assert _stored(window, client_id).phone == "+358 44 555 0101"


@pytest.mark.parametrize("leave", list(LEAVES))
def test_a_findings_reason_typed_on_the_plan_is_saved_however_the_person_leaves(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, leave: str
) -> None:
    window = _window(qtbot, tmp_path)
    assert window.ws is not None
    record = _open_record(window)
    client_id = record.client_id
    plan = create_plan(
        window.ws,
        client_id=client_id,
        kind=PlanKind.BASIC,
        responsible_party=ResponsibleParty.MUNICIPALITY,
        period_start=date(2026, 6, 1),
        period_end=date(2027, 5, 31),
    )
    editor = record.show_tab("plan")
    assert isinstance(editor, PlanEditor)
    editor.reload()
    row = next(r for r in editor.findings.rows if r.finding.code == "finding_plan_no_assessment")
    qtbot.keyClicks(row.reason, "Arviointi tehty paperilla")  # typed; "Save reason" not clicked
    LEAVES[leave](window, record)
    if window.ws is not None:
        stored = get_plan(window.ws, plan_id=plan.id).rule_exceptions
    else:
        ws = open_workspace(window.folder, PASSPHRASE, recovery_public_key=None)
        try:
            stored = get_plan(ws, plan_id=plan.id).rule_exceptions
        finally:
            ws.close()
    assert stored.get("finding_plan_no_assessment") == "Arviointi tehty paperilla"


def test_typing_is_autosaved_after_a_pause(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, tmp_path)
    record = _open_record(window)
    _type(qtbot, record, "address", "Demokatu 1 A 2")
    qtbot.waitUntil(lambda: not record.pending, timeout=5000)
    assert _stored(window, record.client_id).address == "Demokatu 1 A 2"
    assert record.saved.text().startswith("All changes saved")


def test_a_half_typed_invalid_field_does_not_cost_the_rest_when_leaving(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, tmp_path)
    record = _open_record(window)
    _type(qtbot, record, "address", "Demokatu 3")
    _type(qtbot, record, "hetu", "010190-12")  # not a valid code yet
    _ctrl_l(window, record)
    stored = _stored(window, record.client_id)
    assert stored.address == "Demokatu 3" and stored.hetu is None


# -- two laptops and a real server -------------------------------------------------------------


def _users(tmp_path: Path) -> None:
    for user in ("aino", "bert"):
        done = polku_server(
            tmp_path,
            "--data-dir",
            str(tmp_path / "srv"),
            "create-user",
            "--username",
            user,
            "--role",
            "counsellor",
            "--municipality",
            "297",
            POLKU_PASSWORD=PASSWORD,
        )
        assert done.returncode == 0, done.stderr


def _two_laptops(qtbot, tmp_path: Path, url: str) -> tuple[MainWindow, Workspace]:  # type: ignore[no-untyped-def]
    """Laptop A is the window (aino); laptop B is a colleague's profile (bert) with the same client."""
    _users(tmp_path)
    window = _window(qtbot, tmp_path)
    assert window.ws is not None and window.sync_bar is not None
    dialog = EnrollDialog(window.ws, window.settings, window)
    dialog.server.setText(url)
    dialog.password.setText(PASSWORD)
    dialog._on_ok()
    assert dialog.error.isHidden(), dialog.error.text()
    _sync_window(window)
    other = create_workspace(
        tmp_path / "laptop-b", PASSPHRASE, user="bert", kdf=FAST_KDF, recovery_public_key=None
    )
    enroll_device(other, server_url=url, username="bert", password=PASSWORD)
    sync_now(other)
    return window, other


def _sync_window(window: MainWindow) -> None:
    bar = window.sync_bar
    assert bar is not None
    bar.refresh()
    bar.start(quiet=False)
    assert not bar.running


def _both_change_the_phone(qtbot, tmp_path: Path, url: str) -> tuple[MainWindow, Workspace, ClientRecordView]:  # type: ignore[no-untyped-def]
    """The person types a phone number on laptop A while the colleague's new number arrives by sync."""
    window, other = _two_laptops(qtbot, tmp_path, url)
    record = _open_record(window)
    _type(qtbot, record, "phone", "+358 44 111 1111")
    update_client(other, client_id=record.client_id, changes={"phone": "+358 50 222 2222"})
    sync_now(other)
    _sync_window(window)
    return window, other, record


def _phone_edit(record: ClientRecordView) -> QLineEdit:
    edit = record.form.widgets["phone"]
    assert isinstance(edit, QLineEdit)
    return edit


def test_a_pulled_change_shows_in_the_open_record_and_saving_another_field_keeps_it(
    qtbot,
    tmp_path: Path,
    server_url: str,
) -> None:  # type: ignore[no-untyped-def]
    window, other = _two_laptops(qtbot, tmp_path, server_url)
    record = _open_record(window)
    client_id = record.client_id
    _type(qtbot, record, "address", "Demokatu 7")  # typing, not saved yet, when the colleague's edit arrives
    update_client(other, client_id=client_id, changes={"phone": "+358 50 777 0000"})
    sync_now(other)
    _sync_window(window)
    # The open record shows the colleague's phone (not being edited) and keeps the typing.
    assert _phone_edit(record).text() == "+358 50 777 0000"
    assert record.form.value("address") == "Demokatu 7"
    record.save.click()
    assert not record.pending
    _sync_window(window)
    sync_now(other)
    for ws in (window.ws, other):
        assert ws is not None
        data = get_client(ws, client_id=client_id).data
        assert (data.phone, data.address) == ("+358 50 777 0000", "Demokatu 7")
    assert not list_conflicts(other) and window.ws is not None and not list_conflicts(window.ws)


def test_an_empty_sync_does_not_reload_the_open_record(qtbot, tmp_path: Path, server_url: str) -> None:  # type: ignore[no-untyped-def]
    window, _other = _two_laptops(qtbot, tmp_path, server_url)
    record = _open_record(window)
    reloads: list[None] = []
    record.reload = lambda: reloads.append(None)  # type: ignore[method-assign]
    _sync_window(window)
    assert reloads == []


@pytest.mark.parametrize("choice", [MINE, THEIRS])
def test_the_same_field_changed_by_both_asks_the_person(
    qtbot,
    tmp_path: Path,
    server_url: str,
    monkeypatch,
    choice: str,
) -> None:  # type: ignore[no-untyped-def]
    window, other, record = _both_change_the_phone(qtbot, tmp_path, server_url)
    client_id = record.client_id
    assert _phone_edit(record).text() == "+358 44 111 1111"  # the typing stays while the pull lands
    asked: list[list[str]] = []

    def answer(dialog: ChooseValueDialog) -> int:
        asked.append([w.text() for w in dialog.findChildren(QLineEdit)] + _texts(dialog))
        for group in dialog.groups.values():
            next(b for b in group.buttons() if b.property("choice") == choice).setChecked(True)
        return 1

    monkeypatch.setattr(ChooseValueDialog, "exec", answer)
    record.save.click()
    assert asked, "the person was not asked"
    shown = " ".join(asked[0])
    assert "Phone" in shown and "+358 44 111 1111" in shown and "+358 50 222 2222" in shown
    assert "+358 40 100" in shown  # the value both started from
    expected = "+358 44 111 1111" if choice == MINE else "+358 50 222 2222"
    assert _phone_edit(record).text() == expected and not record.pending
    _sync_window(window)
    sync_now(other)
    for ws in (window.ws, other):
        assert ws is not None
        assert get_client(ws, client_id=client_id).data.phone == expected
        assert not list_conflicts(ws)


def test_the_same_field_when_nobody_can_answer_becomes_a_conflict_on_the_conflicts_page(
    qtbot,
    tmp_path: Path,
    server_url: str,
) -> None:  # type: ignore[no-untyped-def]
    window, other, record = _both_change_the_phone(qtbot, tmp_path, server_url)
    client_id = record.client_id
    _ctrl_l(window, record)  # the laptop locks with the typing unsaved: nobody to ask
    window._on_unlocked(open_workspace(window.folder, PASSPHRASE, recovery_public_key=None))
    ws, view = window.ws, window.workspace_view
    assert ws is not None and view is not None
    assert get_client(ws, client_id=client_id).data.phone == "+358 50 222 2222"
    conflicts = list_conflicts(ws)
    assert [(c.field, c.server, c.local) for c in conflicts] == [
        ("phone", "+358 50 222 2222", "+358 44 111 1111")
    ]
    page = view.conflicts
    page.reload()
    cells = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert "+358 50 222 2222" in cells and "+358 44 111 1111" in cells and "+358 40 100" in cells
    page.table.selectRow(0)
    page.keep_mine.click()
    assert get_client(ws, client_id=client_id).data.phone == "+358 44 111 1111"
    assert not list_conflicts(ws)
    _sync_window(window)
    sync_now(other)
    assert get_client(other, client_id=client_id).data.phone == "+358 44 111 1111"


def _texts(widget: object) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    assert isinstance(widget, ChooseValueDialog)
    labels = [w.text() for w in widget.findChildren(QLabel)]
    buttons = [w.text() for w in widget.findChildren(QAbstractButton)]
    return labels + buttons


def test_choose_dialog_keys(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Keyboard: the choice is reachable without a mouse (Tab to the radio buttons, Enter keeps)."""
    from app.edits import FieldClash

    dialog = ChooseValueDialog(
        (FieldClash("phone", "1", "2", "3"),), lambda n: n.title(), lambda _n, v: str(v)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == 1 and dialog.choices() == {"phone": MINE}


def test_a_note_being_written_is_kept_as_a_draft_over_a_lock_and_not_added(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Notes cannot be changed once added, so a half-written one is not added by itself: it comes
    back in the note field when the record is opened again, and adding it clears the draft."""
    from app.meetings import notes_for_client
    from ui.meetings_tab import MeetingsTab

    window = _window(qtbot, tmp_path)
    record = _open_record(window)
    client_id = record.client_id
    tab = record.show_tab("meetings")
    assert isinstance(tab, MeetingsTab)
    qtbot.keyClicks(tab.note_text, "Asked about evening courses")
    _ctrl_l(window, record)
    window._on_unlocked(open_workspace(window.folder, PASSPHRASE, recovery_public_key=None))
    assert window.ws is not None
    assert notes_for_client(window.ws, client_id=client_id) == []
    tab = _open_record(window).show_tab("meetings")
    assert isinstance(tab, MeetingsTab)
    assert tab.note_text.toPlainText() == "Asked about evening courses"
    tab.add_note.click()
    assert [n.text for n in notes_for_client(window.ws, client_id=client_id)] == [
        "Asked about evening courses"
    ]
    tab.reload()
    assert tab.note_text.toPlainText() == ""


def test_open_goal_and_new_client_dialogs_are_saved_when_the_laptop_locks(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from app.clients import list_clients
    from app.plans.lifecycle import create_plan, plans_for_client
    from models.enums import GoalArea, PlanKind, ResponsibleParty
    from ui.new_client import NewClientDialog
    from ui.plan_dialogs import GoalDialog
    from ui.plan_editor import PlanEditor

    window = _window(qtbot, tmp_path)
    assert window.ws is not None and window.workspace_view is not None
    record = _open_record(window)
    plan = create_plan(
        window.ws,
        client_id=record.client_id,
        kind=PlanKind.BASIC,
        responsible_party=ResponsibleParty.MUNICIPALITY,
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
    )
    editor = record.show_tab("plan")
    assert isinstance(editor, PlanEditor)
    goal = GoalDialog(window.ws, plan.id, None, editor)
    goal.area.set_value(GoalArea.LANGUAGE)
    qtbot.keyClicks(goal.text, "Finnish A2 by spring")
    goal.show()
    new = NewClientDialog(window.ws, window.workspace_view.lookups, window.workspace_view)
    new.form.set_value("first_names", "Amina")
    new.form.set_value("last_name", "Demo-Locked")
    new.form.set_value("home_municipality", "297")
    new.show()
    _idle_lock(window, record)
    ws = open_workspace(window.folder, PASSPHRASE, recovery_public_key=None)
    try:
        (saved,) = plans_for_client(ws, client_id=record.client_id, lang="en")
        assert [g.text for g in saved.goals] == ["Finnish A2 by spring"]
        assert "Demo-Locked" in [c.last_name for c in list_clients(ws)]
    finally:
        ws.close()


def test_a_meeting_being_booked_is_booked_when_the_laptop_locks(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The booking dialog open, a remote assessment chosen (the programme's advice showing) and the
    place typed, then the idle lock: the meeting is booked as entered rather than lost."""
    from app.meetings import meetings_for_client
    from models.enums import MeetingMode, MeetingPurpose
    from ui.meetings_tab import BookMeetingDialog, MeetingsTab

    window = _window(qtbot, tmp_path)
    record = _open_record(window)
    tab = record.show_tab("meetings")
    assert isinstance(tab, MeetingsTab) and tab.advice is not None
    dialog = tab.booking_dialog()
    dialog.mode.set_value(MeetingMode.REMOTE)
    dialog.purpose.set_value(MeetingPurpose.ASSESSMENT)
    qtbot.keyClicks(dialog.place, "Kaavin kunnantalo, huone 2")
    dialog.show()
    assert isinstance(dialog, BookMeetingDialog) and dialog.advice_label.isVisible()
    _idle_lock(window, record)
    ws = open_workspace(window.folder, PASSPHRASE, recovery_public_key=None)
    try:
        [booked] = meetings_for_client(ws, client_id=record.client_id)
        assert (booked.place, booked.mode, booked.purpose) == (
            "Kaavin kunnantalo, huone 2",
            MeetingMode.REMOTE,
            MeetingPurpose.ASSESSMENT,
        )
    finally:
        ws.close()


def test_an_open_record_stays_on_screen_while_the_person_types(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Found by rendering: with no section current, the sidebar took the first one as soon as events
    ran, which left the record (to Today) under the person's hands."""
    window = _window(qtbot, tmp_path)
    record = _open_record(window)
    _type(qtbot, record, "phone", "+358 44 555 0101")
    qtbot.wait(50)
    assert window.workspace_view is not None and window.workspace_view.pages.currentWidget() is record
    assert record.pending == {"phone": "+358 44 555 0101"}
