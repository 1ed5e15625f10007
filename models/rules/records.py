"""Frozen records of the rules data file and the lookup of the entry in force on a date."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol, TypeVar

from models.enums import ResponsibleParty
from models.rules.codes import LANGUAGES, Audience, DeliveryMode, ParticipantGroup

ParamValue = int | bool | tuple[str, ...]


class RulesDataError(Exception):
    """The rules data file is missing, malformed, or does not cover what was asked."""

    def __init__(self, file: str, problem: str) -> None:
        super().__init__(f"{file}: {problem}")
        self.file = file
        self.problem = problem


class RuleNotInForceError(RulesDataError):
    """No entry of a rule is in force on the requested date (before the first or in a gap)."""


class _Versioned(Protocol):
    @property
    def effective_from(self) -> date: ...

    @property
    def effective_to(self) -> date | None: ...


V = TypeVar("V", bound=_Versioned)


def pick_in_force(versions: Sequence[V], on: date) -> V | None:
    """The entry in force on ``on``: the latest ``effective_from`` not after ``on``, unless it has ended.

    ``versions`` is sorted by ``effective_from``; the loader guarantees the ranges do not overlap.
    ``effective_to`` is inclusive (the last day the entry is in force).
    """
    for version in reversed(versions):
        if version.effective_from <= on:
            if version.effective_to is None or on <= version.effective_to:
                return version
            return None
    return None


@dataclass(frozen=True)
class ParameterVersion:
    name: str
    value: ParamValue
    effective_from: date
    effective_to: date | None
    source: str
    note: str


@dataclass(frozen=True)
class ResponsibilityRow:
    """One cell pair of Liite 1: who produces ``service`` for ``audience`` and how."""

    service: str
    audience: Audience
    party: ResponsibleParty
    how: DeliveryMode
    first_in_person: bool
    review_interval_months: int | None
    description_fi: str
    description_en: str
    effective_from: date
    effective_to: date | None
    source: str
    note: str


@dataclass(frozen=True)
class ParticipantRow:
    """Liite 1: the county's people taking part in ``service`` for a client of ``group``."""

    service: str
    group: ParticipantGroup
    required: tuple[str, ...]  # role ids of [participant_roles]
    optional: tuple[str, ...]
    effective_from: date
    effective_to: date | None
    source: str
    note: str


@dataclass(frozen=True)
class ServiceLimit:
    """The ages (inclusive, whole years on the start day) a service of the reference data is meant for."""

    service: str
    min_age: int
    max_age: int
    effective_from: date
    effective_to: date | None
    source: str
    note: str


@dataclass(frozen=True)
class Labels:
    fi: str
    sv: str
    en: str

    def text(self, lang: str) -> str:
        if lang not in LANGUAGES:
            raise ValueError(f"unsupported language {lang!r}; expected one of {LANGUAGES}")
        value: str = getattr(self, lang)
        return value


@dataclass(frozen=True)
class ReasonText:
    """Message templates of one reason code; ``params`` lists the placeholders the code may use."""

    code: str
    section: str
    params: tuple[str, ...]
    labels: Labels

    def text(self, lang: str) -> str:
        return self.labels.text(lang)


@dataclass(frozen=True)
class RulesData:
    file: str
    schema_version: int
    version: int  # raised by one on every edit; the laptop keeps the newest it has received
    parameters: Mapping[str, tuple[ParameterVersion, ...]]
    responsibility: Mapping[tuple[str, Audience], tuple[ResponsibilityRow, ...]]
    reasons: Mapping[str, ReasonText]
    participant_roles: Mapping[str, Labels]
    participants: Mapping[tuple[str, ParticipantGroup], tuple[ParticipantRow, ...]]
    service_limits: Mapping[str, tuple[ServiceLimit, ...]]

    def describe(self) -> str:
        return f"version {self.version}: {len(self.parameters)} parameters, {len(self.reasons)} reason texts"

    def parameter(self, name: str, on: date) -> ParameterVersion:
        versions = self.parameters.get(name)
        if versions is None:
            raise RulesDataError(self.file, f"unknown parameter {name!r}")
        found = pick_in_force(versions, on)
        if found is None:
            raise RuleNotInForceError(self.file, f"no entry of parameter {name!r} is in force on {on}")
        return found

    def int_value(self, name: str, on: date) -> int:
        value = self.parameter(name, on).value
        if isinstance(value, bool) or not isinstance(value, int):
            raise RulesDataError(self.file, f"parameter {name!r} is not an integer")
        return value

    def bool_value(self, name: str, on: date) -> bool:
        value = self.parameter(name, on).value
        if not isinstance(value, bool):
            raise RulesDataError(self.file, f"parameter {name!r} is not a boolean")
        return value

    def str_list_value(self, name: str, on: date) -> tuple[str, ...]:
        value = self.parameter(name, on).value
        if not isinstance(value, tuple):
            raise RulesDataError(self.file, f"parameter {name!r} is not a list of strings")
        return value

    def services(self) -> tuple[str, ...]:
        return tuple(sorted({service for service, _ in self.responsibility}))

    def responsibility_row(self, service: str, audience: Audience, on: date) -> ResponsibilityRow:
        versions = self.responsibility.get((service, audience))
        if versions is None:
            raise ValueError(f"unknown service {service!r}; known: {', '.join(self.services())}")
        found = pick_in_force(versions, on)
        if found is None:
            raise RuleNotInForceError(
                self.file, f"no responsibility entry for {service!r}/{audience} is in force on {on}"
            )
        return found

    def reason_text(self, code: str) -> ReasonText:
        try:
            return self.reasons[code]
        except KeyError:
            raise RulesDataError(self.file, f"no text for reason code {code!r}") from None

    def participant_label(self, role: str, lang: str) -> str:
        try:
            return self.participant_roles[role].text(lang)
        except KeyError:
            raise RulesDataError(self.file, f"unknown participant role {role!r}") from None

    def participant_row(self, service: str, group: ParticipantGroup, on: date) -> ParticipantRow:
        versions = self.participants.get((service, group))
        found = pick_in_force(versions, on) if versions else None
        if found is None:
            raise RuleNotInForceError(
                self.file, f"no participants entry for {service!r}/{group.value} is in force on {on}"
            )
        return found

    def service_limit(self, service: str, on: date) -> ServiceLimit | None:
        """The age limits of ``service`` in force on ``on``, or None if the data sets none."""
        versions = self.service_limits.get(service)
        return pick_in_force(versions, on) if versions else None
