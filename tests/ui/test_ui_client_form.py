"""Gender (optional, "Not recorded" said in words) and "permit through the asylum process" on the client
form: saved like every other field by the record's autosave and the new-client dialog, guarded by the
stale-edit check, and the asylum process reaching the rules tab. Real widgets, real profile."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QCheckBox, QLabel, QRadioButton

from app.clients import ClientInput, create_client, get_client, update_client
from app.lookups import load_lookups
from app.workspace import Workspace
from models.enums import Gender, LabourMarketStatus, ResidenceBasis
from ui import i18n
from ui.choose_value import MINE, ChooseValueDialog
from ui.client_record import ClientRecordView
from ui.fields import EnumCombo
from ui.new_client import NewClientDialog

pytestmark = pytest.mark.usefixtures("gui")  # tests/ui/conftest.py


def _client(ws: Workspace, **more: object) -> str:
    data = ClientInput(first_names="Leyla", last_name="Demo-Karimi", home_municipality="297", **more)  # type: ignore[arg-type]
    return create_client(ws, data=data).id


def _record(qtbot, ws: Workspace, client_id: str) -> ClientRecordView:  # type: ignore[no-untyped-def]
    record = ClientRecordView(ws, load_lookups(ws), client_id)
    qtbot.addWidget(record)
    return record


def _gender(record: ClientRecordView) -> EnumCombo:
    combo = record.form.widgets["gender"]
    assert isinstance(combo, EnumCombo)
    return combo


def test_gender_is_optional_and_not_recorded_is_said_in_words(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    client_id = _client(workspace)
    record = _record(qtbot, workspace, client_id)
    combo = _gender(record)
    assert combo.currentText() == "Not recorded" and combo.value() is None
    assert [combo.itemText(i) for i in range(combo.count())] == ["Not recorded", "Woman", "Man", "Other"]
    combo.set_value(Gender.FEMALE)
    record.form.sig_edited.emit("gender")  # what a person's pick emits (set_value is a load)
    qtbot.waitUntil(lambda: not record.pending, timeout=4000)
    assert get_client(workspace, client_id=client_id).data.gender == Gender.FEMALE
    combo.setCurrentIndex(0)  # the person picks "Not recorded" again
    record.flush()
    assert get_client(workspace, client_id=client_id).data.gender is None
    i18n.set_language("fi")
    record.form.retranslate()
    assert combo.itemText(0) == "Ei kirjattu"
    assert record.form.labels["gender"].text() == "Sukupuoli"


def test_the_asylum_process_box_is_saved_and_reaches_the_rules(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    client_id = _client(
        workspace,
        date_of_birth=date(1991, 3, 3),
        first_permit_date=date.today() - timedelta(days=90),
        residence_basis=ResidenceBasis.COMPASSIONATE_GROUNDS,
        labour_market_status=LabourMarketStatus.OUTSIDE_LABOUR_FORCE,
    )
    record = _record(qtbot, workspace, client_id)
    box = record.form.widgets["asylum_process"]
    assert isinstance(box, QCheckBox) and box.text() == "Permit through the asylum process"
    assert record.eligibility.panel is not None
    assert not record.eligibility.panel.multidisciplinary_recommended
    box.click()
    record.flush()
    assert get_client(workspace, client_id=client_id).data.asylum_process is True
    # Compassionate grounds through the asylum process count as a refugee background (§15, Liite 1).
    assert record.eligibility.panel.multidisciplinary_recommended
    assert "integration social worker" in record.eligibility.body.text().lower()


def test_a_new_client_is_saved_with_gender_and_asylum_process(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = NewClientDialog(workspace, load_lookups(workspace))
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form.value("gender") is None and form.value("asylum_process") is False
    form.set_value("first_names", "Leyla")
    form.set_value("last_name", "Demo-Karimi")
    form.set_value("home_municipality", "402")
    form.set_value("gender", Gender.OTHER)
    form.set_value("asylum_process", True)
    dialog._on_save_clicked()
    assert dialog.created is not None
    stored = get_client(workspace, client_id=dialog.created.id).data
    assert (stored.gender, stored.asylum_process) == (Gender.OTHER, True)


def test_gender_changed_meanwhile_asks_the_person_in_words(qtbot, workspace: Workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    client_id = _client(workspace)
    record = _record(qtbot, workspace, client_id)
    combo = _gender(record)
    combo.setCurrentIndex(combo.findData(Gender.MALE.value))  # the person picks, not yet saved
    update_client(workspace, client_id=client_id, changes={"gender": Gender.FEMALE})  # another window
    asked: list[str] = []

    def answer(dialog: ChooseValueDialog) -> int:
        asked.extend(w.text() for w in (*dialog.findChildren(QLabel), *dialog.findChildren(QRadioButton)))
        for group in dialog.groups.values():
            next(b for b in group.buttons() if b.property("choice") == MINE).setChecked(True)
        return 1

    monkeypatch.setattr(ChooseValueDialog, "exec", answer)
    record.flush()
    shown = " ".join(asked)
    assert "Gender" in shown and "Woman" in shown and "Man" in shown and "Not recorded" in shown
    assert "female" not in shown and "male" not in shown  # labels, not stored codes
    assert get_client(workspace, client_id=client_id).data.gender == Gender.MALE
