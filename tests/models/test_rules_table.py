"""Every rule of the programme (seed 2.1-2.6, Liite 1), case by case at its boundaries.

The cases live in ``tests/support/rules_table.py`` with the seed's words; the same table is docs/rules.md.
"""

from __future__ import annotations

import pytest

from tests.support.rules_decide import Case
from tests.support.rules_table import DOC, TABLE, markdown

CASES = [pytest.param(case, id=f"{rule.id}-{case.name}") for rule in TABLE for case in rule.cases]


@pytest.mark.parametrize("case", CASES)
def test_rule(case: Case) -> None:
    decided = case.decide()
    assert decided.outcome == case.outcome, decided.text_fi
    assert case.has <= decided.codes, f"missing {sorted(case.has - decided.codes)}: {decided.text_fi}"
    assert not case.lacks & decided.codes, f"unexpected {sorted(case.lacks & decided.codes)}"
    assert "{" not in decided.text_fi


def test_docs_rules_table_is_the_table_the_tests_run() -> None:
    # Regenerate with: .venv/bin/python -m tests.support.rules_table
    assert markdown() in DOC.read_text(encoding="utf-8"), "docs/rules.md is out of date"
