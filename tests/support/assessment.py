"""Test help for assessments: complete one after recording a reason for every rule finding, so a
set-up that is about something else (plans, printing) may complete any assessment
(``app.assessments.complete_assessment`` refuses while a finding has no reason)."""

from __future__ import annotations

from app.assessments import AssessmentDetail, complete_assessment, get_assessment, save_assessment
from app.workspace import Workspace


def complete_with_reasons(
    ws: Workspace, assessment_id: str, reason: str = "Sovittu esihenkilön kanssa"
) -> AssessmentDetail:
    a = get_assessment(ws, assessment_id=assessment_id)
    if a.unexplained:
        reasons = {**a.rule_exceptions, **{f.key: reason for f in a.unexplained}}
        save_assessment(
            ws,
            assessment_id=assessment_id,
            changes={"rule_exceptions": reasons},
            base={"rule_exceptions": a.rule_exceptions},
        )
    return complete_assessment(ws, assessment_id=assessment_id)
