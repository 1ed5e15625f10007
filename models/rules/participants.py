"""Who from the wellbeing services county takes part in multidisciplinary work (kotoutumisohjelma Liite 1).

Liite 1 names the participants by client group: quota refugees, those granted asylum and young people
in aftercare with the county's integration social work; unaccompanied minors with the family centre;
everyone else with working-age social services. The group depends on the client's age on the day: a
client who arrived as an unaccompanied minor is a minor until 18 and then in aftercare until the
``aftercare_max_age`` of the rules data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.rules.codes import PARTICIPANT_SERVICES, ParticipantGroup
from models.rules.codes import ReasonCode as C
from models.rules.facts import ClientFacts
from models.rules.reasons import Reason, make_reason
from models.rules.records import RulesData

ADULT_AGE = 18


@dataclass(frozen=True)
class ParticipantRequirement:
    service: str
    group: ParticipantGroup
    required: tuple[str, ...]  # role ids of [participant_roles] in the rules data
    optional: tuple[str, ...]
    reasons: tuple[Reason, ...]

    def labels(self, roles: tuple[str, ...], rules: RulesData, lang: str = "fi") -> tuple[str, ...]:
        return tuple(rules.participant_label(role, lang) for role in roles)


def participant_group(facts: ClientFacts, on: date, rules: RulesData) -> tuple[ParticipantGroup, Reason]:
    """The Liite 1 group of the client on ``on``, with the reason that places them there."""
    age = facts.age_on(on)
    if facts.is_unaccompanied_minor:
        if age is None or age < ADULT_AGE:
            return ParticipantGroup.UNACCOMPANIED_MINOR, make_reason(
                rules, C.PARTICIPANTS_UNACCOMPANIED_MINOR
            )
        parameter = rules.parameter("aftercare_max_age", on)
        if age < rules.int_value("aftercare_max_age", on):
            reason = make_reason(rules, C.PARTICIPANTS_AFTERCARE, f"{parameter.source}; Liite 1", age=age)
            return ParticipantGroup.REFUGEE_BACKGROUND, reason
    if facts.has_refugee_background:
        return ParticipantGroup.REFUGEE_BACKGROUND, make_reason(rules, C.PARTICIPANTS_REFUGEE_BACKGROUND)
    return ParticipantGroup.OTHER, make_reason(rules, C.PARTICIPANTS_OTHER)


def participants_for(facts: ClientFacts, service: str, on: date, rules: RulesData) -> ParticipantRequirement:
    """The county's people for ``service`` ("multidisciplinary_assessment" or "multidisciplinary_plan")."""
    if service not in PARTICIPANT_SERVICES:
        raise ValueError(f"no participants for service {service!r}; expected one of {PARTICIPANT_SERVICES}")
    group, reason = participant_group(facts, on, rules)
    row = rules.participant_row(service, group, on)
    return ParticipantRequirement(service, group, row.required, row.optional, (reason,))
