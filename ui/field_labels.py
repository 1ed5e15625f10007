"""What a person calls each record and field, in the UI language: for error messages, conflicts and
refused changes, which otherwise would show internal names such as ``first_names``.

One context (``FieldLabels``) so that each label is translated once. A field missing here falls back
to readable words made from its name, never the name itself; tests/ui/test_field_labels.py checks that
every field of every synced record has a label here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class FieldLabels:
    """The tables; ``FieldLabels.tr("...")`` is what pyside6-lupdate files under this context."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("FieldLabels", text)


def _entities() -> dict[str, str]:
    return {
        "client": FieldLabels.tr("Client details"),
        "client_language": FieldLabels.tr("Language skills of the client"),
        "assessment": FieldLabels.tr("Assessment"),
        "assessment_participant": FieldLabels.tr("Assessment participant"),
        "integration_plan": FieldLabels.tr("Integration plan"),
        "plan_goal": FieldLabels.tr("Goal of the plan"),
        "plan_measure": FieldLabels.tr("Measure of the plan"),
        "meeting": FieldLabels.tr("Meeting"),
        "note": FieldLabels.tr("Note"),
        "conflict": FieldLabels.tr("Conflict"),
        "rule_exception": FieldLabels.tr("Reason for a rule finding"),
        "access_log": FieldLabels.tr("Access log"),
    }


def _client() -> dict[str, str]:
    return {
        "first_names": FieldLabels.tr("First names"),
        "last_name": FieldLabels.tr("Last name"),
        "name_latin": FieldLabels.tr("Name in Latin letters"),
        "search_key": FieldLabels.tr("Name for searching"),
        "date_of_birth": FieldLabels.tr("Date of birth"),
        "gender": FieldLabels.tr("Gender"),
        "hetu": FieldLabels.tr("Personal identity code"),
        "home_municipality": FieldLabels.tr("Home municipality"),
        "assigned_counsellor": FieldLabels.tr("Counsellor"),
        "phone": FieldLabels.tr("Phone"),
        "address": FieldLabels.tr("Address"),
        "preferred_language": FieldLabels.tr("Preferred language"),
        "interpreter_needed": FieldLabels.tr("Needs an interpreter"),
        "interpreter_language": FieldLabels.tr("Interpreter language"),
        "literacy": FieldLabels.tr("Literacy"),
        "permit_type": FieldLabels.tr("Residence permit type"),
        "residence_basis": FieldLabels.tr("Basis of residence"),
        "asylum_process": FieldLabels.tr("Permit through the asylum process"),
        "first_permit_date": FieldLabels.tr("First permit, card or registration"),
        "labour_market_status": FieldLabels.tr("Labour market status"),
        "family_situation": FieldLabels.tr("Family situation"),
        "family_notes": FieldLabels.tr("Notes on family"),
        "home_care_allowance": FieldLabels.tr("Receives child home care allowance"),
        "prolonged_social_assistance": FieldLabels.tr("Need for social assistance has become prolonged"),
        "evident_social_or_health_needs": FieldLabels.tr("Evident social or health service needs"),
        "unaccompanied_minor": FieldLabels.tr("Unaccompanied minor"),
        "trafficking_victim": FieldLabels.tr("Victim of human trafficking"),
        "referred_by_authority": FieldLabels.tr("Referred by another authority"),
        "referring_authority": FieldLabels.tr("Referring authority"),
        "own_request": FieldLabels.tr("Asked for an assessment"),
        "family_of_protected_person": FieldLabels.tr("Family member of a person granted protection"),
        "needs_service_coordination": FieldLabels.tr("Needs coordinated municipal and county services"),
    }


def _client_language() -> dict[str, str]:
    return {
        "language": FieldLabels.tr("Language"),
        "level": FieldLabels.tr("Level"),
        "is_mother_tongue": FieldLabels.tr("Mother tongue"),
    }


def _assessment() -> dict[str, str]:
    return {
        "kind": FieldLabels.tr("Kind of assessment"),
        "status": FieldLabels.tr("Status of the assessment"),
        "assessed_on": FieldLabels.tr("Date of the assessment"),
        "municipality": FieldLabels.tr("Municipality"),
        "goals_and_wishes": FieldLabels.tr("Goals and wishes"),
        "previous_education": FieldLabels.tr("Previous education"),
        "work_history": FieldLabels.tr("Work history"),
        "language_skills": FieldLabels.tr("Language skills"),
        "finnish_level": FieldLabels.tr("Finnish level"),
        "swedish_level": FieldLabels.tr("Swedish level"),
        "literacy_notes": FieldLabels.tr("Literacy"),
        "learning_skills": FieldLabels.tr("Learning and study skills"),
        "working_life_skills": FieldLabels.tr("Working-life skills"),
        "work_and_functional_capacity": FieldLabels.tr("Work and functional capacity"),
        "life_situation_and_family": FieldLabels.tr("Life situation and family"),
        "other_factors": FieldLabels.tr("Other factors"),
        "education_needs": FieldLabels.tr("Need for education"),
        "other_service_needs": FieldLabels.tr("Need for other integration services"),
        "community_participation_needs": FieldLabels.tr("Participation in NGO and community activities"),
        "plan_needed": FieldLabels.tr("Integration plan needed"),
        "outcome": FieldLabels.tr("Outcome"),
        "outcome_notes": FieldLabels.tr("Notes on the outcome"),
        "rule_exceptions": FieldLabels.tr("Reasons for going ahead despite a rule finding"),
        "participants": FieldLabels.tr("Participants"),
    }


def _participant() -> dict[str, str]:
    return {
        "name": FieldLabels.tr("Participant name"),
        "organisation": FieldLabels.tr("Participant organisation"),
        "role": FieldLabels.tr("Role in own words"),
        "role_code": FieldLabels.tr("Participant role"),
    }


def _plan() -> dict[str, str]:
    return {
        "previous_version_id": FieldLabels.tr("Previous version"),
        "version_no": FieldLabels.tr("Version number"),
        "kind": FieldLabels.tr("Kind of plan"),
        "state": FieldLabels.tr("State of the plan"),
        "responsible_party": FieldLabels.tr("Responsible party"),
        "period_start": FieldLabels.tr("Period starts"),
        "period_end": FieldLabels.tr("Period ends"),
        "next_review_due": FieldLabels.tr("Next review"),
        "agreed_on": FieldLabels.tr("Agreed on"),
        "signed_on": FieldLabels.tr("Signed on"),
        "closed_on": FieldLabels.tr("Closed on"),
        "summary": FieldLabels.tr("Summary"),
        "rule_exceptions": FieldLabels.tr("Reasons for going ahead despite a rule finding"),
        "on": FieldLabels.tr("Date"),
    }


def _goal() -> dict[str, str]:
    return {
        "area": FieldLabels.tr("Area"),
        "text": FieldLabels.tr("Goal"),
        "position": FieldLabels.tr("Order"),
    }


def _measure() -> dict[str, str]:
    return {
        "service": FieldLabels.tr("Service"),
        "provider": FieldLabels.tr("Provider"),
        "provider_other": FieldLabels.tr("Other provider"),
        "responsible_party": FieldLabels.tr("Responsible party"),
        "starts_on": FieldLabels.tr("Starts"),
        "ends_on": FieldLabels.tr("Ends"),
        "status": FieldLabels.tr("Status of the measure"),
        "details": FieldLabels.tr("Details"),
        "hours": FieldLabels.tr("Hours"),
        "language": FieldLabels.tr("Language of the service"),
        "position": FieldLabels.tr("Order"),
    }


def _meeting() -> dict[str, str]:
    return {
        "starts_at": FieldLabels.tr("Time of the meeting"),
        "duration_minutes": FieldLabels.tr("Duration (minutes)"),
        "mode": FieldLabels.tr("How the meeting is held"),
        "purpose": FieldLabels.tr("Purpose"),
        "status": FieldLabels.tr("Status of the meeting"),
        "municipality": FieldLabels.tr("Municipality"),
        "place": FieldLabels.tr("Place"),
        "interpreter_language": FieldLabels.tr("Interpreter language"),
        "notes": FieldLabels.tr("Notes"),
    }


def _note() -> dict[str, str]:
    return {
        "written_at": FieldLabels.tr("Written at"),
        "author": FieldLabels.tr("Author"),
        "text": FieldLabels.tr("Text of the note"),
    }


def _common() -> dict[str, str]:
    """Fields every record has (the sync bookkeeping) and inputs that are no column of one record."""
    return {
        "id": FieldLabels.tr("Identifier"),
        "version": FieldLabels.tr("Version"),
        "server_seq": FieldLabels.tr("Order number on the server"),
        "deleted": FieldLabels.tr("Removed"),
        "changed_by": FieldLabels.tr("Changed by"),
        "changed_device": FieldLabels.tr("Changed on the device"),
        "device_time": FieldLabels.tr("Changed at"),
        "client_id": FieldLabels.tr("Client"),
        "assessment_id": FieldLabels.tr("Assessment"),
        "plan_id": FieldLabels.tr("Integration plan"),
        "lang": FieldLabels.tr("Language of the document"),
        "language": FieldLabels.tr("Language"),
        "value": FieldLabels.tr("Value"),
        "from": FieldLabels.tr("Start of the period"),
        "to": FieldLabels.tr("End of the period"),
        "municipality": FieldLabels.tr("Municipality"),
        "passphrase": FieldLabels.tr("Passphrase"),
    }


_TABLES = {
    "client": _client,
    "client_language": _client_language,
    "assessment": _assessment,
    "assessment_participant": _participant,
    "integration_plan": _plan,
    "plan_goal": _goal,
    "plan_measure": _measure,
    "meeting": _meeting,
    "note": _note,
}


def _readable(name: str) -> str:
    """Words made from an internal name, the last resort: "first_names" -> "First names"."""
    words = name.replace("_", " ").strip()
    return words[:1].upper() + words[1:] if words else "—"


def entity_label(entity: str) -> str:
    """A kind of record in the person's words ("Client details", "Integration plan")."""
    return _entities().get(entity) or _readable(entity)


def has_label(entity: str | None, field: str) -> bool:
    """Whether the table words this field (tests check every synced field)."""
    table = _TABLES.get(entity or "")
    return bool((table is not None and field in table()) or field in _common())


def field_label(entity: str | None, field: str) -> str:
    """A field in the person's words. ``entity`` None: the first record kind that has the field."""
    table = _TABLES.get(entity or "")
    if table is not None and field in (words := table()):
        return words[field]
    common = _common()
    if field in common:
        return common[field]
    if entity is None:
        for other in _TABLES.values():
            if field in (words := other()):
                return words[field]
    return _readable(field)
