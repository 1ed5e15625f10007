"""Validation of the parsed TOML document into ``RulesData``; every problem names file and place."""

from __future__ import annotations

import itertools
import string
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from types import MappingProxyType
from typing import TypeVar

from models.enums import ResponsibleParty
from models.rules.codes import (
    LANGUAGES,
    PARAMETER_KINDS,
    PARTICIPANT_SERVICES,
    SERVICES,
    Audience,
    DeliveryMode,
    ParticipantGroup,
    ReasonCode,
)
from models.rules.records import (
    Labels,
    ParameterVersion,
    ParamValue,
    ParticipantRow,
    ReasonText,
    ResponsibilityRow,
    RulesData,
    RulesDataError,
    ServiceLimit,
)

SUPPORTED_SCHEMA_VERSION = 2  # 2: [[participants]] and [[service_limits]] (Liite 1, programme 3)
E = TypeVar("E", Audience, DeliveryMode, ResponsibleParty, ParticipantGroup)
Versioned = TypeVar("Versioned", ParameterVersion, ResponsibilityRow, ParticipantRow, ServiceLimit)


class _Parser:
    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, where: str, problem: str) -> RulesDataError:
        return RulesDataError(self.file, f"{where}: {problem}")

    def table(self, value: object, where: str) -> dict[str, object]:
        if not isinstance(value, dict):
            raise self.fail(where, "expected a table")
        return value

    def array(self, value: object, where: str) -> list[object]:
        if not isinstance(value, list):
            raise self.fail(where, "expected an array (use [[...]] entries)")
        return value

    def keys(
        self, entry: dict[str, object], where: str, required: Iterable[str], optional: Iterable[str]
    ) -> None:
        required = tuple(required)
        missing = [key for key in required if key not in entry]
        if missing:
            raise self.fail(where, f"missing key(s): {', '.join(missing)}")
        unknown = sorted(set(entry) - set(required) - set(optional))
        if unknown:
            raise self.fail(where, f"unknown key(s): {', '.join(unknown)}")

    def text(self, entry: dict[str, object], key: str, where: str, *, empty_ok: bool = False) -> str:
        value = entry.get(key, "" if empty_ok else None)
        if not isinstance(value, str) or (not empty_ok and not value.strip()):
            raise self.fail(where, f"{key!r} must be a non-empty string")
        return value

    def day(self, value: object, key: str, where: str) -> date:
        if isinstance(value, datetime) or not isinstance(value, date):
            raise self.fail(where, f"{key!r} must be a TOML date like 2025-01-01 (no quotes, no time)")
        return value

    def validity(self, entry: dict[str, object], where: str) -> tuple[date, date | None, str, str]:
        start = self.day(entry["effective_from"], "effective_from", where)
        end = None
        if "effective_to" in entry:
            end = self.day(entry["effective_to"], "effective_to", where)
            if end < start:
                raise self.fail(where, "effective_to is before effective_from")
        return start, end, self.text(entry, "source", where), self.text(entry, "note", where, empty_ok=True)

    def no_overlap(
        self,
        versions: Sequence[ParameterVersion | ResponsibilityRow | ParticipantRow | ServiceLimit],
        where: str,
    ) -> None:
        for earlier, later in itertools.pairwise(versions):
            if earlier.effective_from == later.effective_from:
                raise self.fail(where, f"two entries start on {later.effective_from}")
            if earlier.effective_to is not None and earlier.effective_to >= later.effective_from:
                raise self.fail(
                    where, f"entry ending {earlier.effective_to} overlaps one starting {later.effective_from}"
                )

    def in_order(self, rows: list[Versioned], where: str) -> tuple[Versioned, ...]:
        """The entries of one rule by ``effective_from``, refusing two that overlap."""
        rows.sort(key=lambda r: r.effective_from)
        self.no_overlap(rows, where)
        return tuple(rows)

    def param_value(self, name: str, value: object, where: str) -> ParamValue:
        kind = PARAMETER_KINDS[name]
        if kind == "bool" and isinstance(value, bool):
            return value
        if kind == "int" and isinstance(value, int) and not isinstance(value, bool):
            if value < 0:
                raise self.fail(where, "value must not be negative")
            return value
        if kind == "str_list" and isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(str(v) for v in value)
        raise self.fail(where, f"value must be of kind {kind}")

    def parameters(self, section: object) -> dict[str, tuple[ParameterVersion, ...]]:
        params = self.table(section, "[parameters]")
        missing = sorted(set(PARAMETER_KINDS) - set(params))
        if missing:
            raise self.fail("[parameters]", f"missing parameter(s): {', '.join(missing)}")
        result: dict[str, tuple[ParameterVersion, ...]] = {}
        for name, raw_versions in params.items():
            if name not in PARAMETER_KINDS:
                raise self.fail(f"parameters.{name}", "unknown parameter (typo?)")
            versions: list[ParameterVersion] = []
            for index, raw in enumerate(self.array(raw_versions, f"parameters.{name}")):
                where = f"parameters.{name}[{index}]"
                entry = self.table(raw, where)
                self.keys(entry, where, ("value", "effective_from", "source"), ("effective_to", "note"))
                start, end, source, note = self.validity(entry, where)
                value = self.param_value(name, entry["value"], where)
                versions.append(ParameterVersion(name, value, start, end, source, note))
            if not versions:
                raise self.fail(f"parameters.{name}", "no entries")
            result[name] = self.in_order(versions, f"parameters.{name}")
        return result

    def responsibility(self, section: object) -> dict[tuple[str, Audience], tuple[ResponsibilityRow, ...]]:
        grouped: dict[tuple[str, Audience], list[ResponsibilityRow]] = {}
        for index, raw in enumerate(self.array(section, "[[responsibility]]")):
            where = f"responsibility[{index}]"
            entry = self.table(raw, where)
            self.keys(
                entry,
                where,
                (
                    "service",
                    "audience",
                    "party",
                    "how",
                    "description_fi",
                    "description_en",
                    "effective_from",
                    "source",
                ),
                ("first_in_person", "review_interval_months", "effective_to", "note"),
            )
            service = self.text(entry, "service", where)
            audience = self.choice(Audience, entry["audience"], "audience", where)
            first_in_person = entry.get("first_in_person", False)
            if not isinstance(first_in_person, bool):
                raise self.fail(where, "'first_in_person' must be true or false")
            interval = entry.get("review_interval_months")
            if interval is not None and (
                isinstance(interval, bool) or not isinstance(interval, int) or interval <= 0
            ):
                raise self.fail(where, "'review_interval_months' must be a positive integer")
            start, end, source, note = self.validity(entry, where)
            grouped.setdefault((service, audience), []).append(
                ResponsibilityRow(
                    service=service,
                    audience=audience,
                    party=self.choice(ResponsibleParty, entry["party"], "party", where),
                    how=self.choice(DeliveryMode, entry["how"], "how", where),
                    first_in_person=first_in_person,
                    review_interval_months=interval,
                    description_fi=self.text(entry, "description_fi", where),
                    description_en=self.text(entry, "description_en", where),
                    effective_from=start,
                    effective_to=end,
                    source=source,
                    note=note,
                )
            )
        for service in SERVICES:
            for audience in Audience:
                if (service, audience) not in grouped:
                    raise self.fail(
                        "[[responsibility]]", f"no entry for service {service!r}, audience {audience.value!r}"
                    )
        return {
            key: self.in_order(rows, f"responsibility {key[0]}/{key[1].value}")
            for key, rows in grouped.items()
        }

    def roles(
        self, entry: dict[str, object], key: str, where: str, known: Mapping[str, Labels]
    ) -> tuple[str, ...]:
        raw = self.array(entry.get(key, []), f"{where}.{key}")
        if not all(isinstance(role, str) for role in raw):
            raise self.fail(where, f"{key!r} must be a list of role ids")
        unknown = [str(role) for role in raw if role not in known]
        if unknown:
            raise self.fail(where, f"role(s) not in [participant_roles]: {', '.join(unknown)}")
        return tuple(str(role) for role in raw)

    def participants(
        self, section: object, roles: Mapping[str, Labels]
    ) -> dict[tuple[str, ParticipantGroup], tuple[ParticipantRow, ...]]:
        grouped: dict[tuple[str, ParticipantGroup], list[ParticipantRow]] = {}
        for index, raw in enumerate(self.array(section, "[[participants]]")):
            where = f"participants[{index}]"
            entry = self.table(raw, where)
            self.keys(
                entry,
                where,
                ("service", "group", "required", "effective_from", "source"),
                ("optional", "effective_to", "note"),
            )
            service = self.text(entry, "service", where)
            if service not in PARTICIPANT_SERVICES:
                raise self.fail(where, f"'service' must be one of {', '.join(PARTICIPANT_SERVICES)}")
            group = self.choice(ParticipantGroup, entry["group"], "group", where)
            start, end, source, note = self.validity(entry, where)
            grouped.setdefault((service, group), []).append(
                ParticipantRow(
                    service=service,
                    group=group,
                    required=self.roles(entry, "required", where, roles),
                    optional=self.roles(entry, "optional", where, roles),
                    effective_from=start,
                    effective_to=end,
                    source=source,
                    note=note,
                )
            )
        for service in PARTICIPANT_SERVICES:
            for group in ParticipantGroup:
                if (service, group) not in grouped:
                    raise self.fail(
                        "[[participants]]", f"no entry for service {service!r}, group {group.value!r}"
                    )
        return {
            key: self.in_order(rows, f"participants {key[0]}/{key[1].value}") for key, rows in grouped.items()
        }

    def service_limits(self, section: object) -> dict[str, tuple[ServiceLimit, ...]]:
        grouped: dict[str, list[ServiceLimit]] = {}
        for index, raw in enumerate(self.array(section, "[[service_limits]]")):
            where = f"service_limits[{index}]"
            entry = self.table(raw, where)
            self.keys(
                entry,
                where,
                ("service", "min_age", "max_age", "effective_from", "source"),
                ("effective_to", "note"),
            )
            ages = [entry["min_age"], entry["max_age"]]
            if any(isinstance(a, bool) or not isinstance(a, int) or not 0 <= a <= 120 for a in ages):
                raise self.fail(where, "'min_age' and 'max_age' must be whole numbers from 0 to 120")
            low, high = int(str(ages[0])), int(str(ages[1]))
            if low > high:
                raise self.fail(where, "'min_age' is greater than 'max_age'")
            start, end, source, note = self.validity(entry, where)
            service = self.text(entry, "service", where)
            grouped.setdefault(service, []).append(ServiceLimit(service, low, high, start, end, source, note))
        return {
            service: self.in_order(rows, f"service_limits {service}") for service, rows in grouped.items()
        }

    def choice(self, enum: type[E], value: object, key: str, where: str) -> E:
        allowed = [member.value for member in enum]
        if not isinstance(value, str) or value not in allowed:
            raise self.fail(where, f"{key!r} must be one of {', '.join(allowed)}")
        return enum(value)

    def labels(self, entry: dict[str, object], where: str) -> Labels:
        fi, sv, en = (self.text(entry, lang, where) for lang in LANGUAGES)
        return Labels(fi=fi, sv=sv, en=en)

    def reasons(self, section: object) -> dict[str, ReasonText]:
        table = self.table(section, "[reasons]")
        missing = sorted(code.value for code in ReasonCode if code.value not in table)
        if missing:
            raise self.fail("[reasons]", f"missing text for reason code(s): {', '.join(missing)}")
        result: dict[str, ReasonText] = {}
        for code, raw in table.items():
            where = f"reasons.{code}"
            entry = self.table(raw, where)
            self.keys(entry, where, ("section", *LANGUAGES), ("params",))
            raw_params = self.array(entry.get("params", []), f"{where}.params")
            if not all(isinstance(p, str) and p.isidentifier() for p in raw_params):
                raise self.fail(where, "'params' must be a list of identifiers")
            params = tuple(str(p) for p in raw_params)
            labels = self.labels(entry, where)
            for lang in LANGUAGES:
                self.placeholders(labels.text(lang), {*params, "section"}, f"{where}.{lang}")
            result[code] = ReasonText(code, self.text(entry, "section", where), params, labels)
        return result

    def placeholders(self, template: str, allowed: set[str], where: str) -> None:
        try:
            fields = [field for _, field, _, _ in string.Formatter().parse(template) if field is not None]
        except ValueError as exc:
            raise self.fail(where, f"bad braces in text: {exc}") from None
        for field in fields:
            if field not in allowed:
                raise self.fail(
                    where,
                    f"placeholder {{{field}}} is not declared in 'params' "
                    f"(declared: {', '.join(sorted(allowed))})",
                )

    def document(self, doc: dict[str, object]) -> RulesData:
        self.keys(
            doc,
            "top level",
            (
                "schema_version",
                "version",
                "parameters",
                "responsibility",
                "reasons",
                "participant_roles",
                "participants",
                "service_limits",
            ),
            ("updated",),
        )
        data_version = doc["version"]
        if not isinstance(data_version, int) or isinstance(data_version, bool) or data_version < 1:
            raise self.fail("version", "must be a whole number of at least 1")
        version = doc["schema_version"]
        if version != SUPPORTED_SCHEMA_VERSION:
            raise self.fail(
                "schema_version", f"is {version!r}; this program reads version {SUPPORTED_SCHEMA_VERSION}"
            )
        roles = {
            role: self.labels(self.table(raw, f"participant_roles.{role}"), f"participant_roles.{role}")
            for role, raw in self.table(doc.get("participant_roles", {}), "[participant_roles]").items()
        }
        parameters = self.parameters(doc["parameters"])
        return RulesData(
            file=self.file,
            schema_version=SUPPORTED_SCHEMA_VERSION,
            version=data_version,
            parameters=MappingProxyType(parameters),
            responsibility=MappingProxyType(self.responsibility(doc["responsibility"])),
            reasons=MappingProxyType(self.reasons(doc["reasons"])),
            participant_roles=MappingProxyType(roles),
            participants=MappingProxyType(self.participants(doc["participants"], roles)),
            service_limits=MappingProxyType(self.service_limits(doc["service_limits"])),
        )


def parse_document(doc: dict[str, object], file: str) -> RulesData:
    return _Parser(file).document(doc)
