"""The Act on the Promotion of Integration (KotoL 681/2023) as data plus pure decision functions.

Values, the responsibility table (Liite 1) and reason texts live in ``resources/rules/kotol.toml`` with
effective dates; the functions here pick the entry in force on the date asked and return frozen
decisions whose reasons cite their sections. Stdlib and ``models.enums`` only.
"""

from models.rules.checks import (
    AssessmentFacts,
    Finding,
    MeasureFacts,
    PlanFacts,
    assessment_findings,
    expected_party,
    plan_findings,
    unexplained,
)
from models.rules.codes import (
    PARAMETER_KINDS,
    PARTICIPANT_SERVICES,
    SERVICES,
    Audience,
    DeliveryMode,
    ParticipantGroup,
    ReasonCode,
)
from models.rules.data import default_rules, load_rules, load_rules_text, parameter_value
from models.rules.dates import add_months, add_years
from models.rules.decisions import (
    EligibilityDecision,
    EligibilityOutcome,
    MultidisciplinaryDecision,
    WindowCheck,
    assessment_eligibility,
    check_window,
    multidisciplinary_indicators,
)
from models.rules.facts import ClientFacts
from models.rules.meetings import meeting_mode_reasons
from models.rules.participants import ParticipantRequirement, participant_group, participants_for
from models.rules.reasons import Reason, render_reason
from models.rules.records import (
    Labels,
    ParameterVersion,
    ParticipantRow,
    ReasonText,
    ResponsibilityRow,
    RuleNotInForceError,
    RulesData,
    RulesDataError,
    ServiceLimit,
)
from models.rules.responsibility import ResponsibilityDecision, audience_for, responsible_party
from models.rules.review import (
    PlanLengthDecision,
    ReviewDue,
    ReviewStatus,
    next_review_due,
    plan_length_check,
    plan_review_months,
    review_status,
    service_direction_deadline,
)

__all__ = [
    "PARAMETER_KINDS",
    "PARTICIPANT_SERVICES",
    "SERVICES",
    "AssessmentFacts",
    "Audience",
    "ClientFacts",
    "DeliveryMode",
    "EligibilityDecision",
    "EligibilityOutcome",
    "Finding",
    "Labels",
    "MeasureFacts",
    "MultidisciplinaryDecision",
    "ParameterVersion",
    "ParticipantGroup",
    "ParticipantRequirement",
    "ParticipantRow",
    "PlanFacts",
    "PlanLengthDecision",
    "Reason",
    "ReasonCode",
    "ReasonText",
    "ResponsibilityDecision",
    "ResponsibilityRow",
    "ReviewDue",
    "ReviewStatus",
    "RuleNotInForceError",
    "RulesData",
    "RulesDataError",
    "ServiceLimit",
    "WindowCheck",
    "add_months",
    "add_years",
    "assessment_eligibility",
    "assessment_findings",
    "audience_for",
    "check_window",
    "default_rules",
    "expected_party",
    "load_rules",
    "load_rules_text",
    "meeting_mode_reasons",
    "multidisciplinary_indicators",
    "next_review_due",
    "parameter_value",
    "participant_group",
    "participants_for",
    "plan_findings",
    "plan_length_check",
    "plan_review_months",
    "render_reason",
    "responsible_party",
    "review_status",
    "service_direction_deadline",
    "unexplained",
]
