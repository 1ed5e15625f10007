"""The law's checks on an assessment: rule findings (``models.rules.checks``), the county participants
Liite 1 names for the client, and the counsellor's recorded reasons for going ahead anyway.

The reasons live in ``Assessment.rule_exceptions`` as a JSON object {finding key: reason}. A screen
edits them as one field through ``app.edits`` (with the object it showed as the base); they are
merged key by key, so reasons given for different findings on two screens never clash.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app import records as r
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

FIELD = "rule_exceptions"
KEY_MAX = 120
REASON_MAX = 2_000
SERVICE = "multidisciplinary_assessment"


class AssessmentFindingsUnexplained(PolkuError):
    """Completing was refused: rule findings without a recorded reason. ``findings`` and ``rules``
    let the screen word them in the person's language; ``str()`` is the English fallback."""

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


def exceptions_of(value: object) -> dict[str, str]:
    """The recorded reasons from the stored JSON text (or a mapping), blank ones left out."""
    if value is None or value == "":
        return {}
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            raise ValidationError(FIELD, "not a JSON object") from None
    if not isinstance(value, Mapping):
        raise ValidationError(FIELD, "must map finding keys to reasons")
    found: dict[str, str] = {}
    for key, reason in value.items():
        if not isinstance(key, str) or not isinstance(reason, str | None):
            raise ValidationError(FIELD, "must map finding keys to reasons")
        if len(key) > KEY_MAX:
            raise ValidationError(FIELD, f"a finding key is at most {KEY_MAX} characters")
        cleaned = (reason or "").strip()
        if len(cleaned) > REASON_MAX:
            raise ValidationError(FIELD, f"a reason is at most {REASON_MAX} characters")
        if cleaned:
            found[key] = cleaned
    return found


def exceptions_text(value: Mapping[str, str]) -> str | None:
    """The stored form: canonical JSON (sorted keys), or None when no reason is recorded."""
    return json.dumps(dict(sorted(value.items())), ensure_ascii=False) if value else None


def merge_exceptions(stored: object, base: object, mine: object) -> tuple[str | None, str | None]:
    """(value, base) for ``apply_edit``: the keys the person changed from ``base`` applied to what is
    stored now. When a key they changed was also changed meanwhile to something else, the whole
    field is handed over unmerged, so ``apply_edit`` asks (or keeps both)."""
    now, shown, wanted = exceptions_of(stored), exceptions_of(base), exceptions_of(mine)
    changed = {k for k in shown.keys() | wanted.keys() if shown.get(k) != wanted.get(k)}
    clash = any(now.get(k) not in (shown.get(k), wanted.get(k)) for k in changed)
    if clash:
        return exceptions_text(wanted), exceptions_text(shown)
    merged = {k: v for k, v in now.items() if k not in changed}
    merged.update({k: wanted[k] for k in changed if k in wanted})
    return exceptions_text(merged), stored if isinstance(stored, str) or stored is None else exceptions_text(
        now
    )


def rules_view(s: Session, a: Assessment, participant_roles: frozenset[str]) -> RulesView:
    """Findings and the Liite 1 participants on the assessment's date (today while undated); nothing
    when no rules were in force then."""
    client = r.load_client(s, a.client_id)
    facts, rules = r.facts_of(client), r.rules_in_force(s)
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
    rules = r.rules_in_force(s)
    if role_code is not None and role_code not in rules.participant_roles:
        raise ValidationError("role_code", "not a participant role of the rules data")
    return rules
