"""Closed vocabularies of the domain.

Values are stable identifiers stored in the database and sent over the wire; never rename a value,
only add. Human labels (fi/sv/en) live in ``resources/reference/vocabulary.toml``.
"""

from __future__ import annotations

from enum import StrEnum


class LabourMarketStatus(StrEnum):
    """Decides the responsible party (Liite 1): employment authority vs. the city."""

    JOBSEEKER = "jobseeker"  # unemployed jobseeker: Kuopion työllisyysalue
    OUTSIDE_LABOUR_FORCE = "outside_labour_force"  # the city's integration counsellor
    UNKNOWN = "unknown"


class ResponsibleParty(StrEnum):
    EMPLOYMENT_AUTHORITY = "employment_authority"  # Kuopion työllisyysalueen työvoimaviranomainen
    MUNICIPALITY = "municipality"  # Kuopion kaupungin maahanmuutto-ohjaaja
    WELLBEING_COUNTY = "wellbeing_county"  # Pohjois-Savon hyvinvointialue
    OTHER = "other"


class ResidenceBasis(StrEnum):
    REFUGEE = "refugee"  # international protection, refugee status
    SUBSIDIARY_PROTECTION = "subsidiary_protection"
    QUOTA_REFUGEE = "quota_refugee"
    TEMPORARY_PROTECTION = "temporary_protection"
    FAMILY_TIES = "family_ties"
    WORK = "work"
    ENTREPRENEURSHIP = "entrepreneurship"
    STUDIES = "studies"
    COMPASSIONATE_GROUNDS = "compassionate_grounds"
    TRAFFICKING_VICTIM = "trafficking_victim"
    EU_REGISTRATION = "eu_registration"
    EU_FAMILY_MEMBER = "eu_family_member"
    OTHER = "other"


class Gender(StrEnum):
    """Optional: the client may leave it empty (None = not recorded). Reported for the programme's
    equality goal (kotoutumisohjelma 1), never used by a rule."""

    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


class PermitType(StrEnum):
    A = "A"  # continuous
    B = "B"  # temporary
    P = "P"  # permanent
    P_EU = "P-EU"  # EU long-term resident
    TEMPORARY_PROTECTION = "temporary_protection"
    EU_REGISTRATION = "eu_registration"
    RESIDENCE_CARD = "residence_card"
    NONE = "none"


class Literacy(StrEnum):
    NOT_LITERATE = "not_literate"
    PRIMARY_LITERACY = "primary_literacy"
    LITERATE_OTHER_SCRIPT = "literate_other_script"
    LITERATE_LATIN = "literate_latin"
    UNKNOWN = "unknown"


class LanguageLevel(StrEnum):
    """Finnish CEFR sub-levels (used for Finnish/Swedish) plus coarse levels for other languages."""

    NONE = "none"
    A1_1 = "A1.1"
    A1_2 = "A1.2"
    A1_3 = "A1.3"
    A2_1 = "A2.1"
    A2_2 = "A2.2"
    B1_1 = "B1.1"
    B1_2 = "B1.2"
    B2_1 = "B2.1"
    B2_2 = "B2.2"
    C1_1 = "C1.1"  # "C1.1 and above"
    NATIVE = "native"


class FamilySituation(StrEnum):
    SINGLE = "single"
    COUPLE_NO_CHILDREN = "couple_no_children"
    FAMILY_WITH_CHILDREN = "family_with_children"
    SINGLE_PARENT = "single_parent"
    MINOR_WITH_GUARDIAN = "minor_with_guardian"
    UNACCOMPANIED_MINOR = "unaccompanied_minor"
    OTHER = "other"


class AssessmentKind(StrEnum):
    BASIC = "basic"  # KotoL §14
    MULTIDISCIPLINARY = "multidisciplinary"  # KotoL §15


class AssessmentStatus(StrEnum):
    DRAFT = "draft"
    COMPLETED = "completed"


class AssessmentOutcome(StrEnum):
    LABOUR_MARKET = "labour_market"
    EDUCATION = "education"
    OTHER_INTEGRATION_SERVICES = "other_integration_services"
    UNDECIDED = "undecided"


class PlanKind(StrEnum):
    BASIC = "basic"  # KotoL §16
    MULTIDISCIPLINARY = "multidisciplinary"  # KotoL §17


class PlanState(StrEnum):
    DRAFT = "draft"
    AGREED = "agreed"
    SIGNED = "signed"
    CLOSED = "closed"


class GoalArea(StrEnum):
    LANGUAGE = "language"  # Finnish/Swedish studies
    EMPLOYMENT = "employment"  # jobseeking, employment or entrepreneurship services
    EDUCATION = "education"
    WELLBEING = "wellbeing"  # health, wellbeing, civic skills
    COMMUNITY = "community"  # third-sector participation
    GUIDANCE = "guidance"  # guidance and advice
    OTHER = "other"


class MeasureStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    COMPLETED = "completed"
    INTERRUPTED = "interrupted"
    CANCELLED = "cancelled"


class MeetingMode(StrEnum):
    IN_PERSON = "in_person"
    REMOTE = "remote"  # secure video


class MeetingStatus(StrEnum):
    BOOKED = "booked"
    HELD = "held"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class MeetingPurpose(StrEnum):
    ASSESSMENT = "assessment"
    PLAN = "plan"
    REVIEW = "review"
    GUIDANCE = "guidance"
    OTHER = "other"


class AccessAction(StrEnum):
    VIEW = "view"
    LIST = "list"
    CHANGE = "change"
    CREATE = "create"
    DELETE = "delete"
    RESTORE = "restore"  # a deleted record put back from Recently deleted (app.trash)
    PRINT = "print"
    EXPORT = "export"
    # The client's data was removed from this laptop on the server's word: it left the caseload
    # (moved, reassigned, the counsellor's municipalities changed). Written by sync.client.removal_log.
    REMOVE = "remove"
