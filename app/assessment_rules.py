"""The law's checks on an assessment: rule findings (``models.rules.checks``), the county participants
Liite 1 names for the client, and the counsellor's recorded reasons for going ahead anyway.

The reasons live in ``Assessment.rule_exceptions`` as a JSON object {finding key: reason}. A screen
edits them as one field through ``app.edits`` (with the object it showed as the base); they are
merged key by key, so reasons given for different findings on two screens never clash.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app import client_facts, loading, rules_cache
from app.errors import PolkuError, ValidationError
from models import Assessment
from models.enums import AssessmentKind
from models.rules import (
    AssessmentFacts,
    Finding,
    ParticipantRequirement,
    RuleNotInForceError,
    RulesData,
    assessment_findings,
    participants_for,
)

SERVICE = "multidisciplinary_assessment"


class AssessmentFindingsUnexplained(PolkuError):
    """Completing was refused: rule findings without a recorded reason. ``findings`` and ``rules``
    let the screen word them in the person's language; ``str()`` is the English fallback."""

    code = "assessment_findings_unexplained"

    def __init__(self, findings: tuple[Finding, ...], rules: RulesData) -> None:
        super().__init__(
            "Record a reason for each rule finding before completing the assessment: "
            + "; ".join(finding_text(f, rules, "en") for f in findings)
        )
        self.findings = findings
        self.rules = rules


def finding_text(finding: Finding, rules: RulesData, lang: str) -> str:
    """A finding in ``lang``, naming the participant role it concerns (the rules text does not)."""
    text = finding.reason.render(rules, lang)
    if finding.subject is not None and finding.subject in rules.participant_roles:
        label = rules.participant_label(finding.subject, lang)
        return f"{label[:1].upper()}{label[1:]}: {text}"
    return text


@dataclass(frozen=True)
class RulesView:
    findings: tuple[Finding, ...]  # every finding, explained or not
    participants: ParticipantRequirement | None  # Liite 1 for a multidisciplinary assessment
    rules: RulesData


def rules_view(s: Session, a: Assessment, participant_roles: frozenset[str]) -> RulesView:
    """Findings and the Liite 1 participants on the assessment's date (today while undated); nothing
    when no rules were in force then."""
    client = loading.load_client(s, a.client_id)
    facts, rules = client_facts.facts_of(client), rules_cache.rules_in_force(s)
    on = a.assessed_on or date.today()
    try:
        findings = assessment_findings(
            facts, AssessmentFacts(a.kind, a.status, a.assessed_on), participant_roles, on, rules
        )
        needed = (
            participants_for(facts, SERVICE, on, rules)
            if a.kind is AssessmentKind.MULTIDISCIPLINARY
            else None
        )
    except RuleNotInForceError:
        return RulesView((), None, rules)
    return RulesView(findings, needed, rules)


def check_role(s: Session, role_code: str | None) -> RulesData:
    """The rules in force; ``ValidationError`` when ``role_code`` is not one of their participant roles."""
    rules = rules_cache.rules_in_force(s)
    if role_code is not None and role_code not in rules.participant_roles:
        raise ValidationError("role_code", "unknown_role")
    return rules
