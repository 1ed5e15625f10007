"""The printed plan names what it rests on and who answers for it: the assessment (kind and date), the
signatory and letterhead of the responsible party, a multidisciplinary plan's county participants
(with the Liite 1 roles missing marked), and the office copy's rule findings with their reasons."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.assessments import add_participant, save_assessment, start_assessment
from app.cli import build_parser, run_command
from app.clients import ClientInput, create_client
from app.plans.items import add_measure
from app.plans.lifecycle import create_plan, get_plan, update_plan
from app.printing.plan import plan_pdf
from app.workspace import Workspace
from models import AccessLogEntry, AssessmentParticipant
from models.enums import (
    AccessAction,
    AssessmentKind,
    LabourMarketStatus,
    PlanKind,
    ResidenceBasis,
    ResponsibleParty,
)
from tests.conftest import PASSPHRASE
from tests.support.assessment import complete_with_reasons
from tests.support.printing import log_rows, norm, pages_text
from ui.print_dialog import PrintDialog
from ui.runner import ImmediateRunner, set_runner

START = date(2025, 3, 10)


def _client(ws: Workspace, status: LabourMarketStatus) -> str:
    data = ClientInput(
        first_names="Amal",
        last_name="Demo-Haddad",
        home_municipality="297",
        date_of_birth=date(1990, 5, 1),
        first_permit_date=date(2024, 9, 1),
        residence_basis=ResidenceBasis.QUOTA_REFUGEE,
        labour_market_status=status,
        preferred_language="ar",
    )
    return create_client(ws, data=data).id


def _md_assessment(ws: Workspace, client_id: str) -> str:
    a = start_assessment(
        ws, client_id=client_id, kind=AssessmentKind.MULTIDISCIPLINARY, assessed_on=date(2025, 3, 3)
    )
    save_assessment(ws, assessment_id=a.id, changes={"outcome": "labour_market", "plan_needed": True})
    detail = add_participant(
        ws,
        assessment_id=a.id,
        name="Demo Terveydenhoitaja",
        organisation="PSHVA",
        role="terveydenhoitaja",
    )
    with ws.session() as s:  # coded as the rules data's role, as the assessment form records it
        row = s.get(AssessmentParticipant, detail.participants[0].id)
        assert row is not None
        row.role_code = "county_nurse"
    complete_with_reasons(ws, a.id)
    return a.id


def _plan(
    ws: Workspace, party: ResponsibleParty, kind: PlanKind, status: LabourMarketStatus
) -> tuple[str, str]:
    client = _client(ws, status)
    assessment = _md_assessment(ws, client) if kind is PlanKind.MULTIDISCIPLINARY else None
    plan = create_plan(
        ws,
        client_id=client,
        kind=kind,
        responsible_party=party,
        period_start=START,
        period_end=date(2026, 3, 9),
        assessment_id=assessment,
    )
    add_measure(ws, plan_id=plan.id, service="civic_orientation", hours=40, language="ar", starts_on=START)
    return client, plan.id


def _text(pdf: bytes) -> str:
    return norm(" ".join(pages_text(pdf)))


def test_an_employment_authority_plan_is_signed_and_headed_by_the_employment_authority(
    workspace: Workspace,
) -> None:
    client, _ = _plan(
        workspace,
        ResponsibleParty.EMPLOYMENT_AUTHORITY,
        PlanKind.MULTIDISCIPLINARY,
        LabourMarketStatus.JOBSEEKER,
    )
    text = _text(plan_pdf(workspace, client_id=client, lang="en"))
    assert "Kuopion työllisyysalueen työvoimaviranomainen" in text
    assert "Työvoimaviranomaisen edustaja" in text and "Representative of the employment authority" in text
    assert "Maahanmuutto-ohjaaja" not in text and "Kuopion kaupunki" not in text


def test_a_municipality_plan_is_signed_by_the_integration_counsellor(workspace: Workspace) -> None:
    client, _ = _plan(
        workspace, ResponsibleParty.MUNICIPALITY, PlanKind.BASIC, LabourMarketStatus.OUTSIDE_LABOUR_FORCE
    )
    text = _text(plan_pdf(workspace, client_id=client, lang="sv"))
    assert "Maahanmuutto-ohjaaja" in text and "Invandrarhandledare" in text and "Kuopion kaupunki" in text
    assert "työvoimaviranomai" not in text.lower()
    assert "Suunnitelmaa ei ole liitetty arviointiin." in text  # it rests on no assessment: said so


def test_the_plan_names_its_assessment_and_the_county_participants(workspace: Workspace) -> None:
    client, _ = _plan(
        workspace,
        ResponsibleParty.EMPLOYMENT_AUTHORITY,
        PlanKind.MULTIDISCIPLINARY,
        LabourMarketStatus.JOBSEEKER,
    )
    text = _text(plan_pdf(workspace, client_id=client, lang="sv"))
    assert "Arviointi, johon suunnitelma perustuu" in text and "3.3.2025" in text
    assert "Hyvinvointialueen osallistujat" in text and "Demo Terveydenhoitaja" in text
    assert "hyvinvointialueen terveydenhoitaja" in text  # the rules data's role label, not the typed one
    assert "hälsovårdare vid välfärdsområdet" in text
    # Liite 1 requires the county's integration social work for a quota refugee's plan: not present
    assert "PSHVA:n kotouttavan sosiaalityön sosiaalityöntekijä" in text
    assert "Liitteen 1 mukaan kutsuttava; ei mukana arvioinnissa" in text


@pytest.mark.parametrize("lang", ["fi", "en", "ar"])
def test_only_the_office_copy_lists_the_findings_and_reasons(workspace: Workspace, lang: str) -> None:
    client, plan_id = _plan(
        workspace, ResponsibleParty.MUNICIPALITY, PlanKind.BASIC, LabourMarketStatus.JOBSEEKER
    )
    plan = get_plan(workspace, plan_id=plan_id)
    key = "finding_party_should_be_employment_authority"
    reasons = {key: "Asiakas pyysi kaupungin ohjaajaa"}
    update_plan(
        workspace, plan_id=plan_id, changes={"rule_exceptions": reasons}, base={"rule_exceptions": {}}
    )
    assert key in {f.key for f in plan.findings}
    client_copy = _text(plan_pdf(workspace, client_id=client, lang=lang))
    assert "Sääntöhavainnot" not in client_copy and "Asiakas pyysi kaupungin ohjaajaa" not in client_copy
    before = len(log_rows(workspace, client))
    office = _text(plan_pdf(workspace, client_id=client, lang=lang, office=True))
    assert "SISÄINEN KAPPALE" in office and "Sääntöhavainnot ja kirjatut perustelut" in office
    assert "Asiakas pyysi kaupungin ohjaajaa" in office and "Perustelu puuttuu" in office  # 40 h: no reason
    assert "Monikielisen yhteiskuntaorientaation laajuus" in office
    new: list[AccessLogEntry] = log_rows(workspace, client)[before:]
    assert [(r.action, r.detail) for r in new] == [(AccessAction.PRINT, "plan-office")]


def test_the_office_copy_is_chosen_on_the_command_line_and_in_the_print_dialog(
    workspace: Workspace, profile_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    client, _ = _plan(workspace, ResponsibleParty.MUNICIPALITY, PlanKind.BASIC, LabourMarketStatus.JOBSEEKER)
    monkeypatch.setenv("POLKU_PASSPHRASE", PASSPHRASE)
    base = ["print", "--profile", str(profile_dir), "--client", client, "--document", "plan"]
    for copy, office in (([], False), (["--copy", "office"], True)):
        out = tmp_path / f"plan-{office}.pdf"
        assert run_command(build_parser().parse_args([*base, *copy, "--out", str(out)])) == 0
        assert ("SISÄINEN KAPPALE" in _text(out.read_bytes())) is office
    set_runner(ImmediateRunner())
    dialog = PrintDialog(workspace, client, "en")
    qtbot.addWidget(dialog)
    dialog.document.setCurrentIndex(dialog.document.findData("plan-office"))
    assert "office copy" in dialog.document.currentText()
    assert "SISÄINEN KAPPALE" in _text(dialog._make(".pdf")())
    dialog.document.setCurrentIndex(dialog.document.findData("plan"))
    assert "SISÄINEN KAPPALE" not in _text(dialog._make(".pdf")())
