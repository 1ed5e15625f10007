"""A reason behind a decision: a code, the section it rests on, and parameters for the message."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from models.rules.codes import ReasonCode
from models.rules.dates import format_date
from models.rules.records import RulesData, RulesDataError

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Reason:
    """``params`` values are strings; dates are ISO 8601 and get localised when rendered."""

    code: str
    section: str
    params: dict[str, str] = field(default_factory=dict, hash=False)

    def render(self, rules: RulesData, lang: str = "fi") -> str:
        """The message in ``lang`` ("fi", "sv" or "en") from the rules data; may use ``{section}``."""
        template = rules.reason_text(self.code).text(lang)
        values = {key: _localise(value, lang) for key, value in self.params.items()}
        values["section"] = self.section
        try:
            return template.format_map(values)
        except (KeyError, IndexError, ValueError) as exc:
            problem = f"reasons.{self.code}.{lang}: cannot fill text: {exc!r}"
            raise RulesDataError(rules.file, problem) from exc


def render_reason(reason: Reason, rules: RulesData, lang: str = "fi") -> str:
    return reason.render(rules, lang)


def make_reason(rules: RulesData, code: ReasonCode, section: str | None = None, **params: object) -> Reason:
    """A ``Reason`` citing ``section``, or by default the section recorded for ``code`` in the data."""
    return Reason(
        code=code.value,
        section=section if section is not None else rules.reason_text(code.value).section,
        params={key: _to_str(value) for key, value in params.items()},
    )


def _to_str(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _localise(value: str, lang: str) -> str:
    if _ISO_DATE.match(value):
        try:
            return format_date(date.fromisoformat(value), lang)
        except ValueError:
            return value
    return value
