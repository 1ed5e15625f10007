# ruff: noqa: E501  (the seed's words are quoted whole, one rule a line, so the table reads like the page)
"""Every rule of the integration programme (seed 2.1-2.6, 3, Liite 1) as a row with its cases.

One table serves two readers: ``tests/models/test_rules_table.py`` runs every case against the decision
functions, and ``python -m tests.support.rules_table`` writes the table of ``docs/rules.md`` (the seed's
words, the key in the rules data, the test, and the decision with its reasons in Finnish, rendered
from the first case of the row by the code itself), which the test checks is up to date. The rows
are in ``tests/support/rules_rows_*.py``; how a case decides is in ``tests/support/rules_decide.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.support.rules_decide import Rule
from tests.support.rules_rows_assessment import ASSESSMENT_RULES
from tests.support.rules_rows_multidisciplinary import MULTIDISCIPLINARY_RULES
from tests.support.rules_rows_plans import PLAN_RULES

DOC = Path(__file__).resolve().parents[2] / "docs" / "rules.md"
BEGIN, END = "<!-- rules-table:begin -->", "<!-- rules-table:end -->"
TABLE: tuple[Rule, ...] = (*ASSESSMENT_RULES, *MULTIDISCIPLINARY_RULES, *PLAN_RULES)


def markdown() -> str:
    """The table of docs/rules.md between its markers."""
    lines = [
        BEGIN,
        "| sääntö | ohjelma (kohta, rivit) | ohjelman sanat | avain säännöissä | testi | päätös ja perustelut (ensimmäinen tapaus) |",
        "|---|---|---|---|---|---|",
    ]
    for rule in TABLE:
        first = rule.cases[0]
        decided = first.decide()
        test = f"`test_rules_table.py::test_rule[{rule.id}-*]` ({len(rule.cases)})"
        cells = [rule.id, rule.seed, rule.words, f"`{rule.key}`", test, f"*{first.name}:* {decided.text_fi}"]
        lines.append("| " + " | ".join(c.replace("|", "/").replace("\n", " ") for c in cells) + " |")
    lines.append(END)
    return "\n".join(lines)


def write_doc(path: Path = DOC) -> None:
    text = path.read_text(encoding="utf-8")
    start, end = text.index(BEGIN), text.index(END) + len(END)
    path.write_text(text[:start] + markdown() + text[end:], encoding="utf-8")


if __name__ == "__main__":
    write_doc(Path(sys.argv[1]) if len(sys.argv) > 1 else DOC)
