"""The assessment form and the law: coded Liite 1 participants, the findings shown while writing, and
completion refused until each finding is fixed or has a recorded reason. Real widgets, real profile."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from app.assessments import assessments_for_client
from app.clients import ClientInput, create_client
from app.lookups import load_lookups
from app.workspace import Workspace
from models.enums import (
    AssessmentKind,
    AssessmentOutcome,
    AssessmentStatus,
    LabourMarketStatus,
    ResidenceBasis,
)
from ui import i18n
from ui.assessment_tab import AssessmentTab

HEALTH = "finding_participant_missing:county_health_care"


pytestmark = pytest.mark.usefixtures("gui")  # tests/ui/conftest.py


def _quota_refugee(ws: Workspace, **more: Any) -> str:
    """An adult quota refugee inside the window on any day the tests run (§15 ground; Liite 1: the
    county's integration social work and health care)."""
    data = ClientInput(
        first_names="Hodan",
        last_name="Demo-Jama",
        home_municipality="297",
        date_of_birth=date(1990, 5, 1),
        first_permit_date=date.today() - timedelta(days=120),
        residence_basis=ResidenceBasis.QUOTA_REFUGEE,
        labour_market_status=LabourMarketStatus.OUTSIDE_LABOUR_FORCE,
        **more,
    )
    return create_client(ws, data=data).id


def _md_tab(qtbot: Any, ws: Workspace, client_id: str) -> AssessmentTab:
    tab = AssessmentTab(ws, load_lookups(ws), client_id)
    qtbot.addWidget(tab)
    tab.reload()
    tab._start(AssessmentKind.MULTIDISCIPLINARY)
    return tab


def _add(tab: AssessmentTab, name: str, role_code: str | None, written: str = "") -> None:
    box = tab.form.participants
    box.name.setText(name)
    box.organisation.setText("Pohjois-Savon hyvinvointialue")
    box.role.setCurrentIndex(box.role.findData(role_code if role_code is not None else ""))
    box.other_role.setText(written)
    box.add.click()


def test_the_form_offers_the_coded_roles_and_shows_what_liite_1_asks(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    tab = _md_tab(qtbot, workspace, _quota_refugee(workspace))
    box = tab.form.participants
    assert box.isVisibleTo(tab)
    offered = [box.role.itemText(i) for i in range(box.role.count())]
    assert offered[:2] == [  # the roles Liite 1 requires for this client come first
        "integration social worker of the wellbeing services county",
        "health care representative of the wellbeing services county",
    ]
    assert offered[-1] == "Other (write the role)"
    assert box.role.currentData() == "county_integration_social_worker"  # the first one missing
    assert box.other_role.isHidden()
    needs = box.needs.text()
    assert "Quota refugee or granted asylum" in needs
    assert needs.count("missing") == 2
    _add(tab, "Demo Sosiaalityöntekijä", "county_integration_social_worker")
    assert box.listing.item(0).text().endswith("integration social worker of the wellbeing services county")
    assert box.needs.text().count("missing") == 1
    assert box.role.currentData() == "county_health_care"  # the next one missing
    # Someone with no coded role: "Other" and the role in their own words.
    box.role.setCurrentIndex(box.role.findData(""))
    assert not box.other_role.isHidden()
    _add(tab, "Demo Yhteyshenkilö", None, "kunnan yhteyshenkilö")
    stored = assessments_for_client(workspace, client_id=tab.client_id)[0].participants
    assert {(p.role_code, p.role) for p in stored} == {
        ("county_integration_social_worker", "PSHVA:n kotouttavan sosiaalityön sosiaalityöntekijä"),
        (None, "kunnan yhteyshenkilö"),
    }


def test_a_missing_participant_is_shown_and_blocks_completion_until_a_reason_is_given(
    qtbot, workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    tab = _md_tab(qtbot, workspace, _quota_refugee(workspace))
    form = tab.form
    _add(tab, "Demo Sosiaalityöntekijä", "county_integration_social_worker")
    form.outcome.set_value(AssessmentOutcome.EDUCATION)
    form.plan_needed.setCurrentIndex(form.plan_needed.findData(True))
    # Visible before anyone presses Complete:
    assert form.findings.isVisibleTo(tab)
    assert list(form.findings.rows) == [HEALTH]
    finding = form.findings.rows[HEALTH].text.text()
    assert "Health care representative of the wellbeing services county" in finding
    assert "needs a reason" in finding
    form._on_complete_clicked()
    assert not form.error.isHidden()
    assert "Health care representative of the wellbeing services county" in form.error.text()
    assert assessments_for_client(workspace, client_id=tab.client_id)[0].status == AssessmentStatus.DRAFT
    form.findings.rows[HEALTH].reason.setPlainText("Terveydenhoitaja sairaana, konsultoidaan puhelimitse.")
    qtbot.waitUntil(lambda: not form.pending, timeout=3000)  # autosaved
    stored = assessments_for_client(workspace, client_id=tab.client_id)[0]
    assert stored.rule_exceptions == {HEALTH: "Terveydenhoitaja sairaana, konsultoidaan puhelimitse."}
    assert "reason recorded" in form.findings.rows[HEALTH].text.text()
    form._on_complete_clicked()
    assert assessments_for_client(workspace, client_id=tab.client_id)[0].status == AssessmentStatus.COMPLETED
    assert form.error.isHidden()


def test_adding_the_missing_participant_clears_the_finding(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    tab = _md_tab(qtbot, workspace, _quota_refugee(workspace))
    _add(tab, "Demo Sosiaalityöntekijä", "county_integration_social_worker")
    _add(tab, "Demo Hoitaja", "county_health_care")
    assert tab.form.findings.isHidden()
    assert "missing" not in tab.form.participants.needs.text()


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("fi", ("PSHVA:n kotouttavan sosiaalityön sosiaalityöntekijä", "puuttuu", "Kiintiöpakolainen")),
        ("sv", ("välfärdsområdets hälso- och sjukvård", "saknas", "Kvotflykting")),
    ],
)
def test_roles_findings_and_refusal_are_in_the_ui_language(
    qtbot, workspace: Workspace, lang: str, words: tuple[str, ...]
) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language(lang)
    tab = _md_tab(qtbot, workspace, _quota_refugee(workspace))
    form = tab.form
    shown = " ".join(
        [
            form.participants.needs.text(),
            *(form.participants.role.itemText(i) for i in range(form.participants.role.count())),
            *(row.text.text() for row in form.findings.rows.values()),
        ]
    )
    for word in words:
        assert word in shown
    for english in ("missing", "Required", "Other (write", "needs a reason", "finding_", "county_"):
        assert english not in shown


def test_findings_follow_a_change_of_the_clients_details(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    from ui.client_record import ClientRecordView

    client_id = _quota_refugee(workspace, own_request=True)
    record = ClientRecordView(workspace, load_lookups(workspace), client_id)
    qtbot.addWidget(record)
    record.show()
    tab = record.show_tab("assessment")
    assert isinstance(tab, AssessmentTab)
    tab._start(AssessmentKind.BASIC)
    assert tab.form.findings.isHidden()  # eligible: nothing breaks a rule
    record.show_tab("details")
    record.form.widgets["first_permit_date"].set_value(None)  # type: ignore[attr-defined]
    record.form.sig_edited.emit("first_permit_date")
    record.flush()
    record.show_tab("assessment")
    assert list(tab.form.findings.rows) == ["finding_eligibility_unknown"]
    assert not tab.form.findings.isHidden()
