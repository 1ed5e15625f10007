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
    "unaccompanied_minor_participants": "str_list",
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
    # Responsible party (Liite 1)
    RESP_JOBSEEKER = "resp_jobseeker"
    RESP_OUTSIDE_LABOUR_FORCE = "resp_outside_labour_force"
    RESP_STATUS_UNKNOWN = "resp_status_unknown"
    RESP_FIRST_IN_PERSON = "resp_first_in_person"
    RESP_REVIEW_INTERVAL = "resp_review_interval"
    # Reviews and plan length (KotoL §16)
    REVIEW_INTERVAL_MUNICIPALITY = "review_interval_municipality"
    REVIEW_INTERVAL_EMPLOYMENT_AUTHORITY = "review_interval_employment_authority"
    REVIEW_DUE_CLAMPED = "review_due_clamped"
    PLAN_WITHIN_LIMITS = "plan_within_limits"
    PLAN_FIRST_TOO_LONG = "plan_first_too_long"
    PLAN_TOTAL_OVER_NORMAL = "plan_total_over_normal"
    PLAN_TOTAL_OVER_EXTENDED = "plan_total_over_extended"
