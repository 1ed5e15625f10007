"""Who should be assessed (KotoL §14) and when a multidisciplinary assessment is indicated (§15).

Pure functions: facts + date + rules data in, a frozen decision with cited reasons out. No I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from models.enums import LabourMarketStatus, ResidenceBasis
from models.rules.codes import ReasonCode as C
from models.rules.dates import add_years
from models.rules.facts import ClientFacts
from models.rules.participants import ParticipantRequirement, participants_for
from models.rules.reasons import Reason, make_reason
from models.rules.records import RulesData


class EligibilityOutcome(StrEnum):
    MUST_ASSESS = "must_assess"  # assessment must always be made
    MAY_ASSESS = "may_assess"  # made if the counsellor judges it needed
    NOT_ELIGIBLE = "not_eligible"
    UNKNOWN = "unknown"  # data missing: the first permit date


@dataclass(frozen=True)
class WindowCheck:
    """The 3-year window from the first permit/card/registration (years come from the data)."""

    window_end: date | None  # last day still inside the window
    within: bool | None  # None: cannot tell (permit date missing or after the check date)
    trafficking_exception: bool  # outside the window, but the trafficking exception applies
    reasons: tuple[Reason, ...]

    @property
    def open(self) -> bool:
        """Inside the window, or outside it through the trafficking exception."""
        return self.within is True or self.trafficking_exception


@dataclass(frozen=True)
class EligibilityDecision:
    outcome: EligibilityOutcome
    window_end: date | None
    reasons: tuple[Reason, ...]

    @property
    def counsellor_judgement_needed(self) -> bool:
        return self.outcome is EligibilityOutcome.MAY_ASSESS


@dataclass(frozen=True)
class MultidisciplinaryDecision:
    recommended: bool
    window_end: date | None
    within_window: bool | None
    reasons: tuple[Reason, ...]
    required_participants: tuple[str, ...]  # role ids of [participant_roles] in the rules data
    participants: ParticipantRequirement | None = None  # Liite 1's, when recommended

    def participant_labels(self, rules: RulesData, lang: str = "fi") -> tuple[str, ...]:
        return tuple(rules.participant_label(role, lang) for role in self.required_participants)


def check_window(facts: ClientFacts, on: date, rules: RulesData) -> WindowCheck:
    permit = facts.first_permit_date
    if permit is None:
        return WindowCheck(None, None, False, (make_reason(rules, C.PERMIT_DATE_MISSING),))
    years = rules.int_value("eligibility_window_years", on)
    end = add_years(permit, years)
    if permit > on:
        reason = make_reason(rules, C.PERMIT_DATE_AFTER_CHECK, permit_date=permit, on=on)
        return WindowCheck(end, None, False, (reason,))
    if on <= end:
        reason = make_reason(rules, C.WITHIN_WINDOW, years=years, window_end=end)
        return WindowCheck(end, True, False, (reason,))
    if facts.is_trafficking_victim and rules.bool_value("trafficking_may_exceed_window", on):
        reason = make_reason(rules, C.TRAFFICKING_EXCEPTION, years=years, window_end=end)
        return WindowCheck(end, False, True, (reason,))
    return WindowCheck(end, False, False, (make_reason(rules, C.WINDOW_PASSED, years=years, window_end=end),))


def _ground(facts: ClientFacts, rules: RulesData, *, duty: bool) -> tuple[list[Reason], list[Reason]]:
    """The §14 grounds as (duty, discretion) reasons. ``duty=False`` words the duty grounds without
    "must" (outside the window through the trafficking exception, or the window not known)."""
    must: list[Reason] = []
    if facts.home_care_allowance:
        must.append(make_reason(rules, C.MUST_HOME_CARE_ALLOWANCE if duty else C.GROUND_HOME_CARE_ALLOWANCE))
    if facts.prolonged_social_assistance:
        code = C.MUST_PROLONGED_SOCIAL_ASSISTANCE if duty else C.GROUND_PROLONGED_SOCIAL_ASSISTANCE
        must.append(make_reason(rules, code))
    if facts.labour_market_status is LabourMarketStatus.JOBSEEKER:
        must.append(make_reason(rules, C.MUST_JOBSEEKER if duty else C.GROUND_JOBSEEKER))
    may: list[Reason] = []
    if facts.own_request:
        may.append(make_reason(rules, C.MAY_OWN_REQUEST))
    if facts.referred_by_authority:
        may.append(make_reason(rules, C.MAY_REFERRED_BY_AUTHORITY))
    if facts.has_international_protection:
        may.append(make_reason(rules, C.MAY_INTERNATIONAL_PROTECTION))
    if facts.family_of_protected_person:
        may.append(make_reason(rules, C.MAY_FAMILY_OF_PROTECTED))
    if facts.is_unaccompanied_minor:
        may.append(make_reason(rules, C.MAY_UNACCOMPANIED_MINOR))
    if facts.is_trafficking_victim:
        may.append(make_reason(rules, C.MAY_TRAFFICKING_VICTIM))
    return must, may


def assessment_eligibility(facts: ClientFacts, on: date, rules: RulesData) -> EligibilityDecision:
    """Whether the assessment of skills and integration service needs (§14) is to be made on ``on``.

    Inside the window: a duty ground (home care allowance, prolonged social assistance, an unemployed
    jobseeker, whom the employment authority assesses) makes it MUST_ASSESS; a discretionary ground,
    or a ground for the multidisciplinary assessment (§15), MAY_ASSESS. Outside the window only the
    trafficking exception opens it, and then never as a duty. The reasons always agree with the
    outcome: no "must" reason unless the outcome is MUST_ASSESS (tests/proofs/test_rules_consistency.py).
    """
    window = check_window(facts, on, rules)
    if window.within is False and not window.trafficking_exception:
        return EligibilityDecision(EligibilityOutcome.NOT_ELIGIBLE, window.window_end, window.reasons)
    duty = window.within is True
    must, may = _ground(facts, rules, duty=duty)
    if not must and not may and _multidisciplinary_grounds(facts, on, rules):
        may.append(make_reason(rules, C.MAY_MULTIDISCIPLINARY_GROUND))
    if window.within is None:
        return EligibilityDecision(
            EligibilityOutcome.UNKNOWN, window.window_end, (*window.reasons, *must, *may)
        )
    if window.trafficking_exception:
        reasons = (*window.reasons, *must, *may, make_reason(rules, C.EXCEPTION_NO_DUTY))
        return EligibilityDecision(EligibilityOutcome.MAY_ASSESS, window.window_end, reasons)
    if must:
        return EligibilityDecision(
            EligibilityOutcome.MUST_ASSESS, window.window_end, (*window.reasons, *must, *may)
        )
    if may:
        return EligibilityDecision(EligibilityOutcome.MAY_ASSESS, window.window_end, (*window.reasons, *may))
    reasons = (*window.reasons, make_reason(rules, C.NO_TRIGGER))
    return EligibilityDecision(EligibilityOutcome.NOT_ELIGIBLE, window.window_end, reasons)


def _multidisciplinary_grounds(facts: ClientFacts, on: date, rules: RulesData) -> list[Reason]:
    """The §15 grounds (seed 2.2) that apply, whatever the window; empty when §15 is not in force."""
    if not rules.bool_value("multidisciplinary_assessment_in_force", on):
        return []
    found: list[Reason] = []
    if facts.has_refugee_background:
        found.append(make_reason(rules, C.MD_REFUGEE_BACKGROUND))
    if facts.family_of_protected_person:
        found.append(make_reason(rules, C.MD_FAMILY_REUNIFICATION))
    if facts.residence_basis == ResidenceBasis.TEMPORARY_PROTECTION:
        code = facts.home_municipality_code
        if code is not None and code in rules.str_list_value("temporary_protection_home_municipalities", on):
            found.append(
                make_reason(rules, C.MD_TEMPORARY_PROTECTION_HOME_MUNICIPALITY, municipality_code=code)
            )
    if facts.is_trafficking_victim:
        found.append(make_reason(rules, C.MD_TRAFFICKING_VICTIM))
    if facts.prolonged_social_assistance and facts.evident_social_or_health_needs:
        found.append(make_reason(rules, C.MD_SOCIAL_ASSISTANCE_AND_NEEDS))
    if facts.needs_service_coordination:
        found.append(make_reason(rules, C.MD_SERVICE_COORDINATION))
    if facts.is_unaccompanied_minor:
        found.append(make_reason(rules, C.MD_UNACCOMPANIED_MINOR))
    return found


def multidisciplinary_indicators(facts: ClientFacts, on: date, rules: RulesData) -> MultidisciplinaryDecision:
    """Whether a multidisciplinary assessment with the wellbeing services county (§15) is indicated.

    Recommended when a §15 ground applies and the window is open (or the trafficking exception
    applies); the county participants then come from Liite 1 by the client's group and age.
    """
    if not rules.bool_value("multidisciplinary_assessment_in_force", on):
        return MultidisciplinaryDecision(False, None, None, (make_reason(rules, C.MD_NOT_IN_FORCE),), ())
    indicators = _multidisciplinary_grounds(facts, on, rules)
    notes: list[Reason] = []
    if facts.residence_basis == ResidenceBasis.TEMPORARY_PROTECTION:
        code = facts.home_municipality_code
        if code is None:
            notes.append(make_reason(rules, C.MD_TEMPORARY_PROTECTION_MUNICIPALITY_UNKNOWN))
        elif code not in rules.str_list_value("temporary_protection_home_municipalities", on):
            notes.append(
                make_reason(rules, C.MD_TEMPORARY_PROTECTION_OTHER_MUNICIPALITY, municipality_code=code)
            )
    window = check_window(facts, on, rules)
    recommended = bool(indicators) and window.open
    if not indicators:
        notes.append(make_reason(rules, C.MD_NO_INDICATOR))
    elif not recommended and window.within is False:
        notes.append(make_reason(rules, C.MD_WINDOW_CLOSED))
    requirement = participants_for(facts, "multidisciplinary_assessment", on, rules) if recommended else None
    if requirement is not None:
        notes.extend(requirement.reasons)
    return MultidisciplinaryDecision(
        recommended=recommended,
        window_end=window.window_end,
        within_window=window.within,
        reasons=(*window.reasons, *indicators, *notes),
        required_participants=requirement.required if requirement is not None else (),
        participants=requirement,
    )
