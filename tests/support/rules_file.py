"""The rules file as the office edits it: the bundled text, the next version of an edited copy, and a
hypothetical reform to add (a two-year eligibility window from a given day)."""

from __future__ import annotations

import re
from datetime import date
from importlib.resources import files


def bundled_rules() -> str:
    return (files("resources") / "rules" / "kotol.toml").read_text(encoding="utf-8")


def next_version(text: str) -> tuple[str, int]:
    """``text`` with its ``version`` one higher, and that version (as an edit is published)."""
    found = re.search(r"^version = (\d+) ", text, re.MULTILINE)
    assert found is not None, "no version line"
    version = int(found.group(1))
    return text.replace(f"\nversion = {version} ", f"\nversion = {version + 1} ", 1), version + 1


def window_reform(effective_from: date) -> str:
    """An entry to append: the eligibility window becomes two years from ``effective_from``."""
    return (
        "\n[[parameters.eligibility_window_years]]\nvalue = 2\n"
        f"effective_from = {effective_from}\n"
        'source = "KotoL 681/2023 §14 as amended (test)"\nnote = "hypothetical reform"\n'
    )
