"""``make_document``: the one way the dialog, the batch print and ``polku print`` make a document, and
the access-log row each kind writes (the table in app/printing/documents.py)."""

from __future__ import annotations

import json

import pytest

from app.assessments import start_assessment
from app.printing.documents import make_document
from app.workspace import Workspace
from models.enums import AccessAction, AssessmentKind
from tests.support.printing import log_rows, make_client, make_plan, pages_text


def test_each_kind_makes_its_document_and_logs_its_row(workspace: Workspace) -> None:
    client = make_client(workspace)
    plan = make_plan(workspace, client)
    assessment = start_assessment(workspace, client_id=client, kind=AssessmentKind.BASIC).id
    before = len(log_rows(workspace, client))

    plan_pdf = make_document(workspace, client, "plan", lang="sv")
    office = make_document(workspace, client, "plan", lang=None, plan_id=plan, copy="office")
    assessment_pdf = make_document(workspace, client, "assessment", lang="en", assessment_id=assessment)
    extract_pdf = make_document(workspace, client, "extract", lang=None)
    extract = json.loads(make_document(workspace, client, "extract", lang=None, fmt="json"))

    assert "Integrationsplan" in " ".join(pages_text(plan_pdf))  # Finnish and the chosen Swedish
    assert all(pdf.startswith(b"%PDF") for pdf in (office, assessment_pdf, extract_pdf))
    assert extract["client"]["id"] == client
    rows = [(r.action, r.entity, r.detail, r.record_id) for r in log_rows(workspace, client)[before:]]
    assert rows == [
        (AccessAction.PRINT, "integration_plan", "plan", plan),
        (AccessAction.PRINT, "integration_plan", "plan-office", plan),
        (AccessAction.PRINT, "assessment", "assessment", assessment),
        (AccessAction.PRINT, "client", "extract", None),
        (AccessAction.EXPORT, "client", "extract-json", None),
    ]


def test_only_the_extract_has_a_json_form(workspace: Workspace) -> None:
    client = make_client(workspace)
    make_plan(workspace, client)
    before = len(log_rows(workspace, client))
    with pytest.raises(ValueError):
        make_document(workspace, client, "plan", lang=None, fmt="json")
    assert len(log_rows(workspace, client)) == before  # refused before anything is read or logged
