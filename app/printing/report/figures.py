"""What the annual report counts, for one period and optionally one municipality.

Aggregates only: no names, no ids. Every figure is grouped by the client's home municipality
(``Client.home_municipality``), assessments and plans alike: the partner municipalities follow their
own residents in the contract follow-up meetings, wherever the meeting was held.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

NOT_RECORDED = "not_recorded"  # a party, gender or language the stored data does not give
REVIEW_KINDS = ("on_time", "late", "overdue", "not_yet_due")
DIRECTION_KINDS = ("within", "not_within", "pending", "no_rule")
# Client groups of the report (KotoL §14 triggers and the groups of kotoutumisohjelma 2.1-2.2).
CLIENT_GROUPS = (
    "home_care_allowance",
    "prolonged_social_assistance",
    "own_request",
    "referred_by_authority",
    "jobseeker",
    "quota_refugee",
    "granted_asylum",
    "temporary_protection",
    "unaccompanied_minor",
    "trafficking_victim",
)
# Roles of [participant_roles] (rules data) held by Pohjois-Savon hyvinvointialue's staff: family
# centres and social services for working-age adults belong to the wellbeing county since 2023.
COUNTY_ROLES = (
    "county_integration_social_worker",
    "county_health_care",
    "county_nurse",
    "family_centre_social_worker",
    "working_age_social_worker",
)


def median(values: Sequence[int]) -> float | None:
    return statistics.median(values) if values else None


@dataclass
class Figures:
    start: date
    end: date
    today: date
    municipality: str | None = None  # None: every municipality
    # Completed assessments dated in the period: (municipality, kind), by party, (municipality, outcome)
    assessments: Counter[tuple[str, str]] = field(default_factory=Counter)
    assessments_by_party: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[tuple[str, str]] = field(default_factory=Counter)
    # Multidisciplinary assessments: all, with a county participant, and assessments per county role
    md_assessments: int = 0
    md_with_county: int = 0
    county_roles: Counter[str] = field(default_factory=Counter)
    # First plans agreed in the period: (municipality, kind), by the plan's responsible party
    plans: Counter[tuple[str, str]] = field(default_factory=Counter)
    plans_by_party: Counter[str] = field(default_factory=Counter)
    plan_versions: int = 0  # reviews made: later versions agreed in the period
    reviews: Counter[str] = field(default_factory=Counter)  # REVIEW_KINDS
    reviews_carried: int = 0  # of "overdue": due before the period and still not reviewed
    caseload: Counter[str] = field(default_factory=Counter)  # clients with a plan in force on as_of
    services: Counter[str] = field(default_factory=Counter)  # clients referred, by service
    measure_status: Counter[str] = field(default_factory=Counter)  # measures of the plans in force
    direction: Counter[str] = field(default_factory=Counter)  # DIRECTION_KINDS, first plans of the period
    civic_languages: Counter[str] = field(default_factory=Counter)  # civic orientation measures
    civic_hours: list[int] = field(default_factory=list)
    civic_below_minimum: int = 0
    civic_hours_missing: int = 0
    civic_min_hours: int | None = None
    permit_to_assessment: list[int] = field(default_factory=list)  # days, clients' first assessments
    assessment_to_plan: list[int] = field(default_factory=list)  # days, first plans of the period
    # People: clients served (completed assessment, plan in force or held meeting in the period)
    clients_served: int = 0
    served_by_municipality: Counter[str] = field(default_factory=Counter)
    client_groups: Counter[tuple[str, str]] = field(default_factory=Counter)  # (municipality, group)
    genders: Counter[tuple[str, str]] = field(default_factory=Counter)  # (municipality, gender)
    languages: Counter[str] = field(default_factory=Counter)  # clients served, by preferred language
    interpreter_clients: int = 0
    meetings_held: int = 0
    meeting_modes: Counter[tuple[str, str]] = field(default_factory=Counter)  # (purpose, mode)
    interpreter_meetings: Counter[str] = field(default_factory=Counter)  # held meetings, by language

    @property
    def as_of(self) -> date:
        """The day the report's state-at-the-end figures describe (the period end, or today)."""
        return min(self.today, self.end)

    def municipalities(self) -> list[str]:
        """Municipalities with any figure, the largest caseload first."""
        seen = (
            {m for m, _ in self.assessments}
            | {m for m, _ in self.plans}
            | set(self.caseload)
            | set(self.served_by_municipality)
        )
        return sorted(seen, key=lambda m: (-self.served_by_municipality.get(m, 0), m))
