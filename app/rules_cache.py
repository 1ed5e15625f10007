"""The rules data in force on this laptop, parsed once per content."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy.orm import Session

from models import RefDataset
from models.rules import RulesData, default_rules, load_rules_text


@lru_cache(maxsize=4)
def _parse_rules(content: str) -> RulesData:
    return load_rules_text(content, "kotol.toml (local database)")


def rules_in_force(s: Session) -> RulesData:
    """The rules file this laptop holds (synced from the server), else the one bundled with the build."""
    row = s.get(RefDataset, "rules")
    return _parse_rules(row.content) if row is not None else default_rules()
