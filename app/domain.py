"""What the screens use of the domain beyond ``models.enums``, re-exported unchanged.

``ui/`` imports from ``models`` only ``models.enums`` (the stored values every layer shares); the
assessment's content areas, the enum labels of the reference data and the rules' result types come
from here, so a screen never depends on how ``models`` is laid out. Nothing is defined here: the
contracts in ``pyproject.toml`` keep the rule.
"""

from models.assessment import CONTENT_AREAS
from models.reference import default_reference
from models.rules import (
    EligibilityOutcome,
    Finding,
    RuleNotInForceError,
    RulesData,
    next_review_due,
    plan_review_months,
)

__all__ = [
    "CONTENT_AREAS",
    "EligibilityOutcome",
    "Finding",
    "RuleNotInForceError",
    "RulesData",
    "default_reference",
    "next_review_due",
    "plan_review_months",
]
