"""Assessments through app/: continuous autosave, completing, participants, and what they leave behind."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from app.assessment_rules import AssessmentFindingsUnexplained
from app.assessments import (
    add_participant,
    assessments_for_client,
    complete_assessment,
    get_assessment,
    remove_participant,
    save_assessment,
    start_assessment,
)
from app.audit import access_history
from app.clients import ClientInput, create_client
from app.edits import StaleEdit
from app.errors import NotFound, ValidationError
from app.workspace import Workspace
from models import CONTENT_AREAS, AccessLogEntry, AssessmentParticipant, OutboxEntry
from models.enums import (
    AccessAction,
    AssessmentKind,
    AssessmentOutcome,
    AssessmentStatus,
    LabourMarketStatus,
    LanguageLevel,
    ResidenceBasis,
)

# Eligible on any day the tests run (own request, permit well inside the three-year window).
ELIGIBLE: dict[str, Any] = {
    "first_permit_date": date.today() - timedelta(days=200),
    "own_request": True,
    "labour_market_status": LabourMarketStatus.OUTSIDE_LABOUR_FORCE,
}


def _client(ws: Workspace, municipality: str = "857", **facts: Any) -> str:
    data = ClientInput(first_names="Amina", last_name="Demo-Warsame", home_municipality=municipality, **facts)
    return create_client(ws, data=data).id


def _outbox(ws: Workspace) -> list[OutboxEntry]:
    with ws.session() as s:
        return list(s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))


def _log_count(ws: Workspace) -> int:
    with ws.session() as s:
        return s.scalar(select(func.count()).select_from(AccessLogEntry)) or 0


def test_a_new_assessment_is_a_draft_with_every_content_area(workspace: Workspace) -> None:
    client_id = _client(workspace)
    started = start_assessment(workspace, client_id=client_id, kind=AssessmentKind.BASIC)
    assert started.status == AssessmentStatus.DRAFT
    assert started.outcome == AssessmentOutcome.UNDECIDED
    assert started.municipality == "857"  # the client's home municipality unless told otherwise
    assert list(started.fields) == list(CONTENT_AREAS)
    assert get_assessment(workspace, assessment_id=started.id) == started


def test_autosave_trims_text_and_writes_only_the_changed_fields(workspace: Workspace) -> None:
    a = start_assessment(workspace, client_id=_client(workspace), kind=AssessmentKind.BASIC)
    saved = save_assessment(
        workspace,
        assessment_id=a.id,
        changes={
            "work_history": "  Kaupan alalla 5 vuotta. ",
            "finnish_level": "A1.2",
            "other_factors": "  ",
        },
    )
    assert saved.fields["work_history"] == "Kaupan alalla 5 vuotta."
    assert saved.finnish_level == LanguageLevel.A1_2
    assert saved.fields["other_factors"] is None
    last = _outbox(workspace)[-1]
    assert (last.entity, last.op) == ("assessment", "update")
    assert set(json.loads(last.fields)) == {"work_history", "finnish_level"}


def test_a_no_op_autosave_writes_no_outbox_entry_and_no_log_row(workspace: Workspace) -> None:
    a = start_assessment(workspace, client_id=_client(workspace), kind=AssessmentKind.BASIC)
    save_assessment(workspace, assessment_id=a.id, changes={"goals_and_wishes": "Oppia suomea"})
    entries, rows = len(_outbox(workspace)), _log_count(workspace)
    again = save_assessment(workspace, assessment_id=a.id, changes={"goals_and_wishes": " Oppia suomea "})
    assert again.fields["goals_and_wishes"] == "Oppia suomea"
    assert len(_outbox(workspace)) == entries
    assert _log_count(workspace) == rows


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"favourite_colour": "blue"}, "favourite_colour"),
        ({"status": "completed"}, "status"),  # completing has its own call with its checks
        ({"outcome": "somewhere"}, "outcome"),
        ({"finnish_level": "Z9"}, "finnish_level"),
        ({"plan_needed": "yes"}, "plan_needed"),
        ({"assessed_on": "2025-03-01"}, "assessed_on"),
        ({"municipality": "999"}, "municipality"),
        ({"work_history": "x" * 20_001}, "work_history"),
    ],
)
def test_bad_input_is_refused_naming_the_field_and_nothing_is_saved(
    workspace: Workspace, changes: dict[str, object], field: str
) -> None:
    a = start_assessment(workspace, client_id=_client(workspace), kind=AssessmentKind.BASIC)
    with pytest.raises(ValidationError) as err:
        save_assessment(workspace, assessment_id=a.id, changes={"goals_and_wishes": "Työ", **changes})
    assert err.value.field == field
    assert get_assessment(workspace, assessment_id=a.id).fields["goals_and_wishes"] is None


def test_completing_without_outcome_or_plan_decision_is_refused_naming_the_field(
    workspace: Workspace,
) -> None:
    a = start_assessment(workspace, client_id=_client(workspace, **ELIGIBLE), kind=AssessmentKind.BASIC)
    with pytest.raises(ValidationError) as err:
        complete_assessment(workspace, assessment_id=a.id)
    assert err.value.field == "outcome"
    save_assessment(workspace, assessment_id=a.id, changes={"outcome": AssessmentOutcome.EDUCATION})
    with pytest.raises(ValidationError) as err:
        complete_assessment(workspace, assessment_id=a.id)
    assert err.value.field == "plan_needed"
    save_assessment(workspace, assessment_id=a.id, changes={"plan_needed": True})
    assert complete_assessment(workspace, assessment_id=a.id).status == AssessmentStatus.COMPLETED


QUOTA_REFUGEE: dict[str, Any] = {
    "date_of_birth": date(1990, 5, 1),
    "first_permit_date": date(2024, 6, 1),
    "residence_basis": ResidenceBasis.QUOTA_REFUGEE,
    "labour_market_status": LabourMarketStatus.OUTSIDE_LABOUR_FORCE,
}


def _md_assessment(ws: Workspace) -> str:
    """A multidisciplinary assessment of an adult quota refugee (Liite 1: the county's integration
    social work and health care), outcome and plan decision made."""
    a = start_assessment(
        ws,
        client_id=_client(ws, **QUOTA_REFUGEE),
        kind=AssessmentKind.MULTIDISCIPLINARY,
        assessed_on=date(2025, 4, 2),
    )
    save_assessment(ws, assessment_id=a.id, changes={"outcome": "labour_market", "plan_needed": False})
    return a.id


def test_a_multidisciplinary_assessment_needs_participants(workspace: Workspace) -> None:
    aid = _md_assessment(workspace)
    with pytest.raises(ValidationError) as err:
        complete_assessment(workspace, assessment_id=aid)
    assert err.value.field == "participants"
    with_people = add_participant(
        workspace,
        assessment_id=aid,
        name=" Demo Sosiaalityöntekijä ",
        organisation="PSHVA",
        role_code="county_integration_social_worker",
    )
    assert with_people.participants[0].name == "Demo Sosiaalityöntekijä"
    add_participant(
        workspace,
        assessment_id=aid,
        name="Demo Hoitaja",
        organisation="PSHVA",
        role_code="county_health_care",
    )
    done = complete_assessment(workspace, assessment_id=aid)
    assert done.status == AssessmentStatus.COMPLETED
    assert done.findings == ()
    remove_participant(workspace, participant_id=done.participants[1].id)
    with pytest.raises(ValidationError) as err:  # the last participant cannot go from a completed one
        remove_participant(workspace, participant_id=done.participants[0].id)
    assert err.value.field == "participants"


def test_a_coded_role_keeps_its_label_and_an_unknown_code_is_refused(workspace: Workspace) -> None:
    aid = _md_assessment(workspace)
    coded = add_participant(
        workspace, assessment_id=aid, name="Demo A", organisation="PSHVA", role_code="county_health_care"
    ).participants[0]
    assert (coded.role_code, coded.role) == (
        "county_health_care",
        "hyvinvointialueen terveydenhuollon edustaja",
    )
    other = add_participant(
        workspace,
        assessment_id=aid,
        name="Demo B",
        organisation="Kaavin kunta",
        role=" kunnan yhteyshenkilö ",
    ).participants[1]
    assert (other.role_code, other.role) == (None, "kunnan yhteyshenkilö")
    with pytest.raises(ValidationError) as err:
        add_participant(workspace, assessment_id=aid, name="Demo C", organisation="X", role_code="nurse")
    assert err.value.field == "role_code"
    with pytest.raises(ValidationError) as err:
        add_participant(workspace, assessment_id=aid, name="Demo C", organisation="X", role=" ")
    assert err.value.field == "role"


def test_a_missing_liite_1_participant_blocks_completion_until_a_reason_is_recorded(
    workspace: Workspace,
) -> None:
    aid = _md_assessment(workspace)
    shown = add_participant(
        workspace,
        assessment_id=aid,
        name="Demo Sosiaalityöntekijä",
        organisation="PSHVA",
        role_code="county_integration_social_worker",
    )
    assert shown.participants_needed is not None
    assert shown.participants_needed.required == ("county_integration_social_worker", "county_health_care")
    assert [f.key for f in shown.unexplained] == ["finding_participant_missing:county_health_care"]
    with pytest.raises(AssessmentFindingsUnexplained) as err:
        complete_assessment(workspace, assessment_id=aid)
    assert [f.subject for f in err.value.findings] == ["county_health_care"]
    assert "Health care representative" in str(err.value)  # names what is missing
    assert get_assessment(workspace, assessment_id=aid).status == AssessmentStatus.DRAFT
    key = "finding_participant_missing:county_health_care"
    explained = save_assessment(
        workspace,
        assessment_id=aid,
        changes={"rule_exceptions": {key: " Terveydenhuolto konsultoitu puhelimitse. "}},
        base={"rule_exceptions": shown.rule_exceptions},
    )
    assert explained.rule_exceptions == {key: "Terveydenhuolto konsultoitu puhelimitse."}
    assert explained.unexplained == ()
    assert complete_assessment(workspace, assessment_id=aid).status == AssessmentStatus.COMPLETED


def test_reasons_from_two_screens_merge_by_finding_and_a_real_clash_is_asked(workspace: Workspace) -> None:
    aid = _md_assessment(workspace)
    one, two = "finding_participant_missing:county_health_care", "finding_participant_missing:x"
    save_assessment(
        workspace, assessment_id=aid, changes={"rule_exceptions": {one: "A"}}, base={"rule_exceptions": {}}
    )
    # Another window still showing no reasons records one for another finding: both stay.
    both = save_assessment(
        workspace, assessment_id=aid, changes={"rule_exceptions": {two: "B"}}, base={"rule_exceptions": {}}
    )
    assert both.rule_exceptions == {one: "A", two: "B"}
    last = _outbox(workspace)[-1]
    assert json.loads(json.loads(last.fields)["rule_exceptions"]) == {one: "A", two: "B"}
    # The same finding's reason changed meanwhile: the person is asked, nothing is written.
    with pytest.raises(StaleEdit):
        save_assessment(
            workspace,
            assessment_id=aid,
            changes={"rule_exceptions": {one: "C"}},
            base={"rule_exceptions": {}},
        )
    # A blank reason removes it.
    cleared = save_assessment(
        workspace,
        assessment_id=aid,
        changes={"rule_exceptions": {one: " "}},
        base={"rule_exceptions": {one: "A"}},
    )
    assert cleared.rule_exceptions == {two: "B"}


def test_completing_checks_eligibility_on_the_assessment_day(workspace: Workspace) -> None:
    a = start_assessment(workspace, client_id=_client(workspace), kind=AssessmentKind.BASIC)  # no permit date
    save_assessment(workspace, assessment_id=a.id, changes={"outcome": "education", "plan_needed": True})
    with pytest.raises(AssessmentFindingsUnexplained) as err:
        complete_assessment(workspace, assessment_id=a.id)
    assert [f.key for f in err.value.findings] == ["finding_eligibility_unknown"]


def test_a_completed_assessment_can_still_be_edited_but_keeps_its_outcome(workspace: Workspace) -> None:
    a = start_assessment(workspace, client_id=_client(workspace, **ELIGIBLE), kind=AssessmentKind.BASIC)
    save_assessment(workspace, assessment_id=a.id, changes={"outcome": "education", "plan_needed": True})
    complete_assessment(workspace, assessment_id=a.id)
    edited = save_assessment(
        workspace, assessment_id=a.id, changes={"education_needs": "Ammatillinen koulutus"}
    )
    assert edited.status == AssessmentStatus.COMPLETED
    assert edited.fields["education_needs"] == "Ammatillinen koulutus"
    with pytest.raises(ValidationError) as err:
        save_assessment(workspace, assessment_id=a.id, changes={"outcome": "undecided"})
    assert err.value.field == "outcome"
    assert get_assessment(workspace, assessment_id=a.id).outcome == AssessmentOutcome.EDUCATION


def test_removing_a_participant_is_a_soft_delete_synced_as_delete(workspace: Workspace) -> None:
    a = start_assessment(workspace, client_id=_client(workspace), kind=AssessmentKind.MULTIDISCIPLINARY)
    a = add_participant(
        workspace, assessment_id=a.id, name="Demo Hoitaja", organisation="PSHVA", role="nurse"
    )
    a = add_participant(
        workspace, assessment_id=a.id, name="Demo Ohjaaja", organisation="Kaavi", role="contact"
    )
    gone = a.participants[0]
    after = remove_participant(workspace, participant_id=gone.id)
    assert [p.name for p in after.participants] == ["Demo Ohjaaja"]
    with workspace.session() as s:
        row = s.get(AssessmentParticipant, gone.id)
        assert row is not None and row.deleted
    last = _outbox(workspace)[-1]
    assert (last.entity, last.row_id, last.op) == ("assessment_participant", gone.id, "delete")
    with pytest.raises(NotFound):
        remove_participant(workspace, participant_id=gone.id)
    with pytest.raises(ValidationError) as err:
        add_participant(workspace, assessment_id=a.id, name=" ", organisation="PSHVA", role="nurse")
    assert err.value.field == "name"


def test_listing_a_clients_assessments_is_one_view_row_newest_first(workspace: Workspace) -> None:
    client_id = _client(workspace)
    old = start_assessment(workspace, client_id=client_id, kind="basic", assessed_on=date(2025, 2, 1))  # type: ignore[arg-type]
    new = start_assessment(
        workspace, client_id=client_id, kind=AssessmentKind.BASIC, assessed_on=date(2025, 9, 1)
    )
    rows = _log_count(workspace)
    listed = assessments_for_client(workspace, client_id=client_id)
    assert [x.id for x in listed] == [new.id, old.id]
    assert _log_count(workspace) == rows + 1
    with pytest.raises(NotFound):
        assessments_for_client(workspace, client_id="no-such-client")


def test_every_call_leaves_an_access_log_row(workspace: Workspace) -> None:
    client_id = _client(workspace, needs_service_coordination=True, **ELIGIBLE)  # §15 ground, Liite 1 "other"
    a = start_assessment(workspace, client_id=client_id, kind=AssessmentKind.MULTIDISCIPLINARY)
    get_assessment(workspace, assessment_id=a.id)
    save_assessment(workspace, assessment_id=a.id, changes={"outcome": "education", "plan_needed": True})
    p = add_participant(
        workspace, assessment_id=a.id, name="Demo", organisation="Org", role_code="working_age_social_worker"
    ).participants[0]
    complete_assessment(workspace, assessment_id=a.id)
    assessments_for_client(workspace, client_id=client_id)
    add_participant(workspace, assessment_id=a.id, name="Demo 2", organisation="Org", role="Role")
    remove_participant(workspace, participant_id=p.id)
    with workspace.session() as s:
        history = access_history(s, client_id=client_id)
    assert [(h.action, h.entity) for h in history[1:]] == [
        (AccessAction.CREATE, "assessment"),
        (AccessAction.VIEW, "assessment"),
        (AccessAction.CHANGE, "assessment"),
        (AccessAction.CREATE, "assessment_participant"),
        (AccessAction.CHANGE, "assessment"),
        (AccessAction.VIEW, "assessment"),
        (AccessAction.CREATE, "assessment_participant"),
        (AccessAction.DELETE, "assessment_participant"),
    ]
    assert all(h.detail is None or "Demo" not in h.detail for h in history)


def test_unknown_ids_are_not_found(workspace: Workspace) -> None:
    with pytest.raises(NotFound):
        get_assessment(workspace, assessment_id="nope")
    with pytest.raises(NotFound):
        start_assessment(workspace, client_id="nope", kind=AssessmentKind.BASIC)


def test_the_printed_assessment_names_coded_roles_in_finnish_and_the_clients_language(
    workspace: Workspace,
) -> None:
    from app.printing.assessment import assessment_pdf
    from tests.support.printing import norm, pages_text

    aid = _md_assessment(workspace)
    detail = add_participant(
        workspace,
        assessment_id=aid,
        name="Demo Hoitaja",
        organisation="PSHVA",
        role_code="county_health_care",
    )
    text = norm(" ".join(pages_text(assessment_pdf(workspace, client_id=detail.client_id, lang="sv"))))
    assert "hyvinvointialueen terveydenhuollon edustaja" in text
    assert "företrädare för välfärdsområdets hälso- och sjukvård" in text
    assert "county_health_care" not in text
