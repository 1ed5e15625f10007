"""The Act on the Promotion of Integration (KotoL 681/2023) as data plus pure decision functions.

Values, the responsibility table (Liite 1) and reason texts live in ``resources/rules/kotol.toml`` with
effective dates; the functions here pick the entry in force on the date asked and return frozen
decisions whose reasons cite their sections. Stdlib and ``models.enums`` only.
"""

from models.rules.codes import PARAMETER_KINDS, SERVICES, Audience, DeliveryMode, ReasonCode
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
from models.rules.reasons import Reason, render_reason
from models.rules.records import (
    Labels,
    ParameterVersion,
    ReasonText,
    ResponsibilityRow,
    RuleNotInForceError,
    RulesData,
    RulesDataError,
)
from models.rules.responsibility import ResponsibilityDecision, audience_for, responsible_party
from models.rules.review import (
    PlanLengthDecision,
    ReviewDue,
    ReviewStatus,
    next_review_due,
    plan_length_check,
    review_status,
    service_direction_deadline,
)

__all__ = [
    "PARAMETER_KINDS",
    "SERVICES",
    "Audience",
    "ClientFacts",
    "DeliveryMode",
    "EligibilityDecision",
    "EligibilityOutcome",
    "Labels",
    "MultidisciplinaryDecision",
    "ParameterVersion",
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
    "WindowCheck",
    "add_months",
    "add_years",
    "assessment_eligibility",
    "audience_for",
    "check_window",
    "default_rules",
    "load_rules",
    "load_rules_text",
    "multidisciplinary_indicators",
    "next_review_due",
    "parameter_value",
    "plan_length_check",
    "render_reason",
    "responsible_party",
    "review_status",
    "service_direction_deadline",
]
