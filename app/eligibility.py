"""The law's decisions about one client, explained in the counsellor's language.

The rules used are those stored in the local database (loaded from ``resources/`` on first run,
later distributed by the server), so the panel shows exactly the rules this laptop has.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.clients import ClientDetail
from app.rules_cache import rules_in_force
from app.workspace import Workspace
from models.rules import (
    EligibilityOutcome,
    RuleNotInForceError,
    RulesData,
    assessment_eligibility,
    multidisciplinary_indicators,
    responsible_party,
)
from models.rules.codes import ReasonCode

# The reasons that place a client in a Liite 1 group: shown with the participants, not repeated above.
PARTICIPANT_REASONS = frozenset(
    {
        ReasonCode.PARTICIPANTS_REFUGEE_BACKGROUND,
        ReasonCode.PARTICIPANTS_AFTERCARE,
        ReasonCode.PARTICIPANTS_UNACCOMPANIED_MINOR,
        ReasonCode.PARTICIPANTS_OTHER,
    }
)


@dataclass(frozen=True)
class ExplainedReason:
    text: str
    section: str


@dataclass(frozen=True)
class EligibilityPanel:
    outcome: EligibilityOutcome | None  # None: no rule in force on the date asked
    window_end: date | None
    reasons: tuple[ExplainedReason, ...]
    multidisciplinary_recommended: bool
    multidisciplinary_reasons: tuple[ExplainedReason, ...]
    required_participants: tuple[str, ...]  # labels of Liite 1's county participants (when recommended)
    responsible_party: str | None  # ResponsibleParty value
    review_interval_months: int | None
    responsibility_reasons: tuple[ExplainedReason, ...]
    rules_version: int
    participant_reasons: tuple[ExplainedReason, ...] = ()  # why the client is in their Liite 1 group
    optional_participants: tuple[str, ...] = ()  # labels: invited when needed
    window_years: int | None = None  # the window's length in the rules in force (with window_end)


def local_rules(ws: Workspace) -> RulesData:
    with ws.session() as s:
        return rules_in_force(s)


def explain(detail: ClientDetail, rules: RulesData, *, on: date, lang: str) -> EligibilityPanel:
    facts = detail.facts()

    def said(reasons: tuple[object, ...]) -> tuple[ExplainedReason, ...]:
        return tuple(ExplainedReason(r.render(rules, lang), r.section) for r in reasons)  # type: ignore[attr-defined]

    try:
        elig = assessment_eligibility(facts, on, rules)
        multi = multidisciplinary_indicators(facts, on, rules)
        resp = responsible_party(facts, "assessment", on, rules)
    except RuleNotInForceError:
        return EligibilityPanel(None, None, (), False, (), (), None, None, (), rules.version)
    need = multi.participants
    return EligibilityPanel(
        outcome=elig.outcome,
        window_end=elig.window_end,
        reasons=said(elig.reasons),
        multidisciplinary_recommended=multi.recommended,
        multidisciplinary_reasons=said(tuple(r for r in multi.reasons if r.code not in PARTICIPANT_REASONS)),
        required_participants=multi.participant_labels(rules, lang),
        responsible_party=resp.party.value,
        review_interval_months=resp.review_interval_months,
        responsibility_reasons=said(resp.reasons),
        rules_version=rules.version,
        # Who from the county takes part: only when the assessment is recommended, as the outcome says.
        participant_reasons=said(need.reasons) if need else (),
        optional_participants=need.labels(need.optional, rules, lang) if need else (),
        # The panel's heading names the length the window was counted with, not the law of the day
        # it was written (the law keeps changing: docs/rules.md).
        window_years=rules.int_value("eligibility_window_years", on) if elig.window_end else None,
    )
