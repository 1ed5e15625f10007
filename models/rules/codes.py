"""Identifiers shared by the rules data file and the decision functions.

The loader checks that ``kotol.toml`` defines every parameter in ``PARAMETER_KINDS``, a responsibility
row for every service in ``SERVICES`` and both audiences, and a text for every ``ReasonCode``.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final, Literal

ParameterKind = Literal["int", "bool", "str_list"]

PARAMETER_KINDS: Final[dict[str, ParameterKind]] = {
    "eligibility_window_years": "int",
    "trafficking_may_exceed_window": "bool",
    "temporary_protection_home_municipalities": "str_list",
    "multidisciplinary_assessment_in_force": "bool",
    "aftercare_max_age": "int",
    "review_interval_months_municipality": "int",
    "review_interval_months_employment_authority": "int",
    "review_due_soon_days": "int",
    "first_plan_max_months": "int",
    "total_plan_normal_max_months": "int",
    "plan_extension_max_months": "int",
    "direct_to_service_within_months": "int",
    "civic_orientation_min_hours": "int",
}

# Services of the responsibility table (kotoutumisohjelma, Liite 1).
SERVICES: Final[tuple[str, ...]] = (
    "assessment",
    "multidisciplinary_assessment",
    "plan",
    "multidisciplinary_plan",
    "civic_orientation",
    "integration_training",
    "guidance_and_advice",
    "other_guidance",
    "programme_follow_up",
)


class Audience(StrEnum):
    """Columns of Liite 1: services for jobseekers vs. for other integration clients."""

    JOBSEEKER = "jobseeker"
    OTHER = "other"


class DeliveryMode(StrEnum):
    IN_PERSON = "in_person"
    REMOTE_ALLOWED = "remote_allowed"  # in person by default; secure video when agreed
    HYBRID = "hybrid"  # in-person and remote meetings/teaching side by side


LANGUAGES: Final[tuple[str, ...]] = ("fi", "sv", "en")


class ParticipantGroup(StrEnum):
    """The client groups of Liite 1's multidisciplinary rows, which decide the county participants."""

    REFUGEE_BACKGROUND = "refugee_background"  # quota refugees, granted asylum, young people in aftercare
    UNACCOMPANIED_MINOR = "unaccompanied_minor"  # under 18, arrived without a guardian
    OTHER = "other"  # everyone else: working-age social services


# Services whose county participants Liite 1 names.
PARTICIPANT_SERVICES: Final[tuple[str, ...]] = ("multidisciplinary_assessment", "multidisciplinary_plan")


class ReasonCode(StrEnum):
    # Window and eligibility (KotoL §14)
    PERMIT_DATE_MISSING = "permit_date_missing"
    PERMIT_DATE_AFTER_CHECK = "permit_date_after_check"
    WITHIN_WINDOW = "within_window"
    WINDOW_PASSED = "window_passed"
    TRAFFICKING_EXCEPTION = "trafficking_exception"
    MUST_HOME_CARE_ALLOWANCE = "must_home_care_allowance"
    MUST_PROLONGED_SOCIAL_ASSISTANCE = "must_prolonged_social_assistance"
    MAY_OWN_REQUEST = "may_own_request"
    MAY_REFERRED_BY_AUTHORITY = "may_referred_by_authority"
    MAY_INTERNATIONAL_PROTECTION = "may_international_protection"
    MAY_FAMILY_OF_PROTECTED = "may_family_of_protected"
    MAY_UNACCOMPANIED_MINOR = "may_unaccompanied_minor"
    MAY_TRAFFICKING_VICTIM = "may_trafficking_victim"
    MAY_MULTIDISCIPLINARY_GROUND = "may_multidisciplinary_ground"
    MUST_JOBSEEKER = "must_jobseeker"
    # The same facts where they do not (yet) make the assessment a duty: outside the window through
    # the trafficking exception, or the first permit date missing. Worded without "must".
    GROUND_HOME_CARE_ALLOWANCE = "ground_home_care_allowance"
    GROUND_PROLONGED_SOCIAL_ASSISTANCE = "ground_prolonged_social_assistance"
    GROUND_JOBSEEKER = "ground_jobseeker"
    EXCEPTION_NO_DUTY = "exception_no_duty"
    NO_TRIGGER = "no_trigger"
    # Multidisciplinary assessment (KotoL §15)
    MD_NOT_IN_FORCE = "md_not_in_force"
    MD_REFUGEE_BACKGROUND = "md_refugee_background"
    MD_FAMILY_REUNIFICATION = "md_family_reunification"
    MD_TEMPORARY_PROTECTION_HOME_MUNICIPALITY = "md_temporary_protection_home_municipality"
    MD_TEMPORARY_PROTECTION_OTHER_MUNICIPALITY = "md_temporary_protection_other_municipality"
    MD_TEMPORARY_PROTECTION_MUNICIPALITY_UNKNOWN = "md_temporary_protection_municipality_unknown"
    MD_TRAFFICKING_VICTIM = "md_trafficking_victim"
    MD_SOCIAL_ASSISTANCE_AND_NEEDS = "md_social_assistance_and_needs"
    MD_SERVICE_COORDINATION = "md_service_coordination"
    MD_UNACCOMPANIED_MINOR = "md_unaccompanied_minor"
    MD_NO_INDICATOR = "md_no_indicator"
    MD_WINDOW_CLOSED = "md_window_closed"
    # Participants (Liite 1, multidisciplinary rows)
    PARTICIPANTS_REFUGEE_BACKGROUND = "participants_refugee_background"
    PARTICIPANTS_AFTERCARE = "participants_aftercare"
    PARTICIPANTS_UNACCOMPANIED_MINOR = "participants_unaccompanied_minor"
    PARTICIPANTS_OTHER = "participants_other"
    # Responsible party (Liite 1)
    RESP_JOBSEEKER = "resp_jobseeker"
    RESP_OUTSIDE_LABOUR_FORCE = "resp_outside_labour_force"
    RESP_STATUS_UNKNOWN = "resp_status_unknown"
    RESP_FIRST_IN_PERSON = "resp_first_in_person"
    RESP_REVIEW_INTERVAL = "resp_review_interval"
    # How a meeting is held (kotoutumisohjelma 2.1, 2.3; models.rules.meetings)
    MEETING_ASSESSMENT_IN_PERSON = "meeting_assessment_in_person"
    # Reviews and plan length (KotoL §16)
    REVIEW_INTERVAL_MUNICIPALITY = "review_interval_municipality"
    REVIEW_INTERVAL_EMPLOYMENT_AUTHORITY = "review_interval_employment_authority"
    REVIEW_DUE_CLAMPED = "review_due_clamped"
    PLAN_WITHIN_LIMITS = "plan_within_limits"
    PLAN_FIRST_TOO_LONG = "plan_first_too_long"
    PLAN_TOTAL_OVER_NORMAL = "plan_total_over_normal"
    PLAN_TOTAL_OVER_EXTENDED = "plan_total_over_extended"
    # Findings on a plan or an assessment (models.rules.checks): each needs a recorded reason
    FINDING_PLAN_NO_ASSESSMENT = "finding_plan_no_assessment"
    FINDING_PLAN_ASSESSMENT_DRAFT = "finding_plan_assessment_draft"
    FINDING_NOT_ELIGIBLE = "finding_not_eligible"
    FINDING_ELIGIBILITY_UNKNOWN = "finding_eligibility_unknown"
    FINDING_MD_PLAN_WITHOUT_MD_ASSESSMENT = "finding_md_plan_without_md_assessment"
    FINDING_MD_NOT_INDICATED = "finding_md_not_indicated"
    FINDING_PARTY_SHOULD_BE_EMPLOYMENT_AUTHORITY = "finding_party_should_be_employment_authority"
    FINDING_PARTY_SHOULD_BE_MUNICIPALITY = "finding_party_should_be_municipality"
    FINDING_STATUS_UNKNOWN = "finding_status_unknown"
    FINDING_NO_SERVICE_IN_TIME = "finding_no_service_in_time"
    FINDING_CIVIC_ORIENTATION_HOURS = "finding_civic_orientation_hours"
    FINDING_MEASURE_AGE = "finding_measure_age"
    FINDING_PARTICIPANT_MISSING = "finding_participant_missing"


# What a reason says about the outcome, so outcome and reasons can be checked against each other:
# a "must" reason appears only with MUST_ASSESS, a "may" reason never with NOT_ELIGIBLE, and so on.
MUST_REASONS: Final[frozenset[str]] = frozenset(
    {
        ReasonCode.MUST_HOME_CARE_ALLOWANCE,
        ReasonCode.MUST_PROLONGED_SOCIAL_ASSISTANCE,
        ReasonCode.MUST_JOBSEEKER,
    }
)
MAY_REASONS: Final[frozenset[str]] = frozenset(
    {
        ReasonCode.MAY_OWN_REQUEST,
        ReasonCode.MAY_REFERRED_BY_AUTHORITY,
        ReasonCode.MAY_INTERNATIONAL_PROTECTION,
        ReasonCode.MAY_FAMILY_OF_PROTECTED,
        ReasonCode.MAY_UNACCOMPANIED_MINOR,
        ReasonCode.MAY_TRAFFICKING_VICTIM,
        ReasonCode.MAY_MULTIDISCIPLINARY_GROUND,
    }
)
GROUND_REASONS: Final[frozenset[str]] = frozenset(
    {
        ReasonCode.GROUND_HOME_CARE_ALLOWANCE,
        ReasonCode.GROUND_PROLONGED_SOCIAL_ASSISTANCE,
        ReasonCode.GROUND_JOBSEEKER,
        ReasonCode.EXCEPTION_NO_DUTY,
    }
)
NEGATIVE_REASONS: Final[frozenset[str]] = frozenset({ReasonCode.WINDOW_PASSED, ReasonCode.NO_TRIGGER})
