"""The integration plan PDF: content in Finnish plus each client language, fonts, structure, logging,
right-to-left paragraphs in visual order line by line, and long content."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.plans.items import add_goal, add_measure
from app.plans.lifecycle import create_plan
from app.printing.bidi import shape, visual, wrap
from app.printing.plan import plan_pdf
from app.printing.texts import BASE, languages, translator
from app.workspace import Workspace
from models import AccessLogEntry, IntegrationPlan
from models.enums import AccessAction, GoalArea, PlanKind, ResponsibleParty
from tests.support.printing import (
    ARABIC_GOAL,
    fonts_not_embedded,
    log_rows,
    make_client,
    make_plan,
    norm,
    pages_text,
    structural_problems,
)

LANGS = languages()  # every table of the texts file


def as_printed(text: str, rtl: bool) -> str:
    """How a line of ``text`` reads back: pypdf turns each right-to-left line from visual (drawn) order
    back to logical order, so a correctly drawn line reads back as the text itself."""
    return norm(text)


_ = shape  # kept for readers comparing with the drawn form


@pytest.fixture
def plan(workspace: Workspace) -> tuple[str, str]:
    client = make_client(workspace)
    return client, make_plan(workspace, client)


@pytest.mark.parametrize("lang", LANGS)
def test_plan_in_finnish_and_the_clients_language(
    workspace: Workspace, plan: tuple[str, str], lang: str
) -> None:
    client, plan_id = plan
    pdf = plan_pdf(workspace, client_id=client, lang=lang)
    pages = pages_text(pdf)
    text = norm(" ".join(pages))
    tr = translator(lang)
    for key in ("plan.title_multi", "plan.goals", "rights.heading", "sign.client", "sign.county"):
        fi, other = tr.pair(key)
        assert norm(fi) in text, key
        if lang != BASE:
            assert as_printed(other, tr.rtl) in text, (lang, key)
    assert "Amina Haddad" in text and "Tuusniemi" in text
    for number, page in enumerate(pages, 1):  # id, version and "page N / M" on every page
        assert plan_id in page and "versio 1" in page
        assert f"Sivu {number} / {len(pages)}" in page
    assert fonts_not_embedded(pdf) == []
    assert structural_problems(pdf) == []


def test_one_print_row_and_no_view_rows(workspace: Workspace, plan: tuple[str, str]) -> None:
    client, plan_id = plan
    before = len(log_rows(workspace, client))
    plan_pdf(workspace, client_id=client, lang="en")
    new = log_rows(workspace, client)[before:]
    assert [(r.action, r.detail, r.record_id) for r in new] == [(AccessAction.PRINT, "plan", plan_id)]


def test_newest_version_unless_asked(workspace: Workspace, plan: tuple[str, str]) -> None:
    from datetime import date

    from app.plans.lifecycle import new_plan_version

    client, first = plan
    second = new_plan_version(workspace, plan_id=first, on=date(2025, 8, 1)).id
    assert second in pages_text(plan_pdf(workspace, client_id=client, lang="fi"))[0]
    assert first in pages_text(plan_pdf(workspace, client_id=client, plan_id=first, lang="fi"))[0]


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_rtl_paragraph_lines_in_visual_order(workspace: Workspace, plan: tuple[str, str], lang: str) -> None:
    """The wrapped Arabic goal reads back line by line as consecutive parts of the text, the first words on
    the first line. pypdf reverses each right-to-left line it extracts, so a line drawn in the wrong
    visual order (or a paragraph reordered before wrapping) would read back scrambled."""
    client, _ = plan
    lines = [
        ln for page in pages_text(plan_pdf(workspace, client_id=client, lang=lang)) for ln in page.split("\n")
    ]
    words = set(ARABIC_GOAL.split())
    goal_lines = [
        ln for ln in lines if len(norm(ln).split()) > 3 and all(w in words for w in norm(ln).split())
    ]
    assert len(goal_lines) >= 2  # the paragraph wraps
    logical = [norm(ln) for ln in goal_lines]
    assert norm(" ".join(logical)) == norm(ARABIC_GOAL)
    assert logical[0].startswith("يريد العميل")


def test_rtl_drawn_order_is_reversed_logical_order() -> None:
    """What is drawn (left to right) for a pure Arabic line is its logical text reversed: checked on
    the shaped line, independently of any PDF reader."""
    lines = wrap(ARABIC_GOAL, 200, 9.5, False)
    assert len(lines) >= 3
    assert norm(" ".join(norm(ln.text) for ln in lines)) == norm(ARABIC_GOAL)
    for ln in lines:
        drawn = visual(ln.text, True)
        assert norm(drawn[::-1]) == norm(ln.text)


def test_rtl_brackets_are_mirrored() -> None:
    line = visual("سلطة (منطقة)", True)
    assert line.index("(") < line.index(")")  # drawn left to right: "(" on the left end


def test_long_content_lays_out(workspace: Workspace) -> None:
    long_name = "Ä" + "a" * 99
    client = make_client(workspace, first=long_name, last="B" * 100 + " 😀👨‍👩‍👧", lang="uk")
    plan = create_plan(
        workspace,
        client_id=client,
        kind=PlanKind.BASIC,
        responsible_party=ResponsibleParty.EMPLOYMENT_AUTHORITY,
        period_start=__import__("datetime").date(2025, 1, 1),
        period_end=__import__("datetime").date(2025, 12, 31),
    )
    words = ("kotoutumiskoulutus", "työllistyminen", "ammattitaito", "😀", "Kuopiossa")
    goal = " ".join(words[i % len(words)] for i in range(400))[:5000]
    add_goal(workspace, plan_id=plan.id, area=GoalArea.OTHER, text=goal)
    add_goal(workspace, plan_id=plan.id, area=GoalArea.OTHER, text="x" * 3000)  # one unbreakable word
    for i in range(60):
        add_measure(
            workspace,
            plan_id=plan.id,
            service="finnish_course",
            provider_other=f"Järjestäjä {i:02d}",
            details=goal if i == 30 else None,
        )
    pdf = plan_pdf(workspace, client_id=client, lang="uk")
    pages = pages_text(pdf)
    text = " ".join(pages)
    assert len(pages) > 5
    assert "Järjestäjä 00" in text and "Järjestäjä 59" in text
    assert long_name in text.replace("\n", "")
    assert "\ufffd" in text  # emoji print as the replacement glyph
    assert fonts_not_embedded(pdf) == [] and structural_problems(pdf) == []
    with workspace.session() as s:
        assert s.scalar(select(IntegrationPlan.id)) is not None
        assert s.scalar(select(AccessLogEntry.id).where(AccessLogEntry.detail == "plan")) is not None
