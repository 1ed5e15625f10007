"""A right-to-left paragraph that wraps is reordered line by line with the levels of the whole paragraph
(UAX #9, 3.4): a Latin name or a bracket pair split across lines keeps the direction it has in the
paragraph. The expected lines are derived by hand from the standard; "rev" is a right-to-left word as
drawn (left to right), and brackets in right-to-left runs are mirrored."""

from __future__ import annotations

from datetime import date

import pytest

from app.plans.items import add_goal, add_measure
from app.plans.lifecycle import create_plan
from app.printing.bidi import reorder, visual, wrap
from app.printing.plan import plan_pdf
from app.workspace import Workspace
from models.enums import GoalArea, MeasureStatus, PlanKind, ResponsibleParty
from tests.support.printing import make_client, norm, pages_text

PROVIDER = "TyöNavigaattori / International House Kuopio (خدمات راهنمایی)"
SERVICE = "راهنمایی و مشاوره (TyöNavigaattori / International House)"


def rev(word: str) -> str:
    return word[::-1]


def lines_of(paragraph: str, *lines: str) -> list[tuple[int, int]]:
    """The [start, end) spans of ``lines`` in ``paragraph``, one space between them."""
    assert " ".join(lines) == paragraph
    spans, start = [], 0
    for line in lines:
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def test_a_latin_name_split_across_lines_keeps_its_slash_at_its_end() -> None:
    """ "/" between two Latin words is left-to-right in the paragraph (N1); resolved on its line alone it
    sat between a Latin word and the line's end, took the paragraph's direction and was drawn on the far
    left: "/ TyöNavigaattori"."""
    spans = lines_of(PROVIDER, "TyöNavigaattori /", "International House", "Kuopio (خدمات", "راهنمایی)")
    assert reorder(PROVIDER, spans, True) == [
        "TyöNavigaattori /",
        "International House",
        rev("خدمات") + ") Kuopio",  # the opening bracket, mirrored, between Kuopio and the Persian
        "(" + rev("راهنمایی"),  # the closing one, mirrored, at the left end of the line
    ]
    assert visual("TyöNavigaattori /", True) == "/ TyöNavigaattori"  # the same line as a paragraph


def test_a_comma_before_the_break_stays_with_the_latin_name_in_brackets() -> None:
    """ "12.3.2027" follows "Kuopio" in the paragraph, so it is left-to-right (W7) and so is the ", "
    between them (N1); the bracket pair around them takes the Persian direction (N0)."""
    text = "برنامه (Kuopio, 12.3.2027) بازبینی"
    spans = lines_of(text, "برنامه (Kuopio,", "12.3.2027) بازبینی")
    assert reorder(text, spans, True) == [
        "Kuopio,) " + rev("برنامه"),  # alone: ",Kuopio) ...", the comma at the line's end taken as R
        rev("بازبینی") + " (12.3.2027",
    ]


def test_a_bracket_pair_split_across_lines_opens_where_the_reader_starts() -> None:
    """The bracket pair is right-to-left (N0: Latin inside, Persian before it), so the opening bracket
    is drawn mirrored at the right end of the Latin part of the line where it opens (where a
    right-to-left reader comes to it) and the closing one at the left end of the next line; this is what
    every bidi renderer shows (checked against Qt's layout)."""
    spans = lines_of(SERVICE, "راهنمایی و مشاوره", "(TyöNavigaattori / International", "House)")
    assert reorder(SERVICE, spans, True) == [
        rev("راهنمایی و مشاوره"),
        "TyöNavigaattori / International)",
        "(House",
    ]


def test_wrapping_reorders_with_the_paragraphs_levels() -> None:
    lines = wrap(PROVIDER, 80, 9.5, False, rtl=True)
    assert len(lines) >= 3
    slashed = [ln.shown for ln in lines if "/" in ln.shown]
    assert slashed and all(ln.startswith("TyöNavigaattori") for ln in slashed), slashed
    one_line = wrap(PROVIDER, 1000, 9.5, False, rtl=True)  # unwrapped: the order of a single line
    assert [ln.shown for ln in one_line] == [visual(one_line[0].text, True)]


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_a_right_to_left_plan_prints_the_provider_name_in_the_right_order(
    workspace: Workspace, lang: str
) -> None:
    """In the narrow provider column the Persian or Arabic copy of "TyöNavigaattori / International House
    Kuopio (...)" wraps after the slash; it printed as "/ TyöNavigaattori"."""
    client = make_client(workspace, lang=lang)
    plan = create_plan(
        workspace,
        client_id=client,
        kind=PlanKind.BASIC,
        responsible_party=ResponsibleParty.MUNICIPALITY,
        period_start=date(2027, 3, 12),
        period_end=date(2028, 3, 11),
    )
    add_goal(workspace, plan_id=plan.id, area=GoalArea.GUIDANCE, text="Käy neuvonnassa.")
    add_measure(
        workspace,
        plan_id=plan.id,
        service="guidance_advice",
        provider="tyonavigaattori",
        status=MeasureStatus.ONGOING,
    )
    lines = [
        norm(ln) for page in pages_text(plan_pdf(workspace, client_id=client)) for ln in page.split("\n")
    ]
    assert not [ln for ln in lines if ln.startswith("/ TyöNavigaattori")], lines
    assert len([ln for ln in lines if "TyöNavigaattori /" in ln]) >= 2  # the Finnish and the translation
