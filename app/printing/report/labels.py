"""Names for the report's codes in the report's language (fi, sv or en): its fixed texts from the
``report`` tables of ``resources/print/texts.toml``, municipalities, services and languages from the
reference data, enum labels from the vocabulary, participant roles from the rules data."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from app.errors import ValidationError
from app.lookups import Lookups
from app.printing.report.figures import NOT_RECORDED
from app.printing.styles import fmt_date
from app.printing.texts import Tr
from models.enums import ResponsibleParty
from models.rules import RulesData, RulesDataError

REPORT_LANGUAGES = ("fi", "sv", "en")
SMALL_CELL = 5  # people-describing counts of 1-4 are shown as "under 5"


def _capital(name: str) -> str:
    """A name starting a table cell: "arabia" -> "Arabia" (Finnish and Swedish write them lower-case)."""
    return name[:1].upper() + name[1:]


@dataclass(frozen=True)
class Labels:
    lang: str
    lookups: Lookups
    rules: RulesData

    def __post_init__(self) -> None:
        if self.lang not in REPORT_LANGUAGES:
            raise ValidationError("lang", "unsupported_language", {"choices": ", ".join(REPORT_LANGUAGES)})

    def t(self, key: str, **values: object) -> str:
        return Tr(self.lang).get(self.lang, f"report.{key}", **values) or Tr(self.lang).fi(
            f"report.{key}", **values
        )

    def direction_months(self, on: date) -> int:
        """The months within which a first plan directs the client to a service, by the rules in force
        on ``on`` (six, as the old act had it, for a report dated before the act's rules)."""
        try:
            return self.rules.int_value("direct_to_service_within_months", on)
        except RulesDataError:
            return 6

    def municipality(self, code: str) -> str:
        return Lookups.pick(self.lookups.municipalities.get(code), self.lang, code)

    def service(self, code: str) -> str:
        return Lookups.pick(self.lookups.services.get(code), self.lang, code)

    def language(self, code: str) -> str:
        if code == NOT_RECORDED:
            return self.t("not_recorded")
        return _capital(Lookups.pick(self.lookups.languages.get(code), self.lang, code))

    def label(self, member: enum.Enum) -> str:
        return Tr(self.lang).enum_label(member, self.lang)

    def value(self, enum_cls: type[enum.Enum], value: str) -> str:
        """An enum value's label, "not recorded" for ``NOT_RECORDED``."""
        return self.t("not_recorded") if value == NOT_RECORDED else self.label(enum_cls(value))

    def party(self, value: str) -> str:
        return self.value(ResponsibleParty, value)

    def role(self, code: str) -> str:
        try:
            return _capital(self.rules.participant_label(code, self.lang))
        except RulesDataError:
            return code

    def date(self, day: date) -> str:
        return fmt_date(day)

    def number(self, value: float | None) -> str:
        if value is None:
            return "–"
        if float(value).is_integer():
            return str(int(value))
        shown = f"{value:.1f}"
        return shown if self.lang == "en" else shown.replace(".", ",")

    def people(self, n: int) -> str:
        """A count of people, hidden when so small that a client could be recognised."""
        return self.t("small_mark") if 0 < n < SMALL_CELL else str(n)
