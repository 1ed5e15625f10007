"""Loading the rules data file (``resources/rules/kotol.toml``) into validated frozen records.

Use ``default_rules()`` for the bundled file, ``load_rules(path)`` for another one (tests, a file synced
from the server). Any problem raises ``RulesDataError`` naming the file and what is wrong.
"""

from __future__ import annotations

import tomllib
from datetime import date
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from models.rules._parse import SUPPORTED_SCHEMA_VERSION, parse_document
from models.rules.records import (
    Labels,
    ParameterVersion,
    ParamValue,
    ReasonText,
    ResponsibilityRow,
    RuleNotInForceError,
    RulesData,
    RulesDataError,
)

BUNDLED_NAME = "resources/rules/kotol.toml"

__all__ = [
    "BUNDLED_NAME",
    "SUPPORTED_SCHEMA_VERSION",
    "Labels",
    "ParamValue",
    "ParameterVersion",
    "ReasonText",
    "ResponsibilityRow",
    "RuleNotInForceError",
    "RulesData",
    "RulesDataError",
    "default_rules",
    "load_rules",
    "load_rules_text",
    "parameter_value",
]


def load_rules_text(text: str, file: str = "<string>") -> RulesData:
    """Parse and validate rules from TOML text; ``file`` is only used in error messages."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulesDataError(file, f"not valid TOML: {exc}") from exc
    return parse_document(doc, file)


def load_rules(path: str | Path | None = None) -> RulesData:
    """Load the rules from ``path``, or the bundled ``resources/rules/kotol.toml`` when ``None``."""
    if path is None:
        resource = files("resources") / "rules" / "kotol.toml"
        name = BUNDLED_NAME
        try:
            text = resource.read_text(encoding="utf-8")
        except OSError as exc:
            raise RulesDataError(name, f"cannot read: {exc}") from exc
    else:
        name = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise RulesDataError(name, f"cannot read: {exc}") from exc
    return load_rules_text(text, name)


@lru_cache(maxsize=1)
def default_rules() -> RulesData:
    """The bundled rules, loaded once per process (records are immutable, so sharing is safe)."""
    return load_rules()


def parameter_value(name: str, on: date, rules: RulesData | None = None) -> ParamValue:
    """The value of parameter ``name`` in force on ``on`` (bundled rules unless ``rules`` given)."""
    return (rules or default_rules()).parameter(name, on).value
