"""Client records through app/: validation at the boundary, search across scripts, rules facts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.clients import ClientInput, create_client, get_client, list_clients, update_client
from app.errors import NotFound, ValidationError
from app.workspace import Workspace
from models.enums import LabourMarketStatus
from models.rules import EligibilityOutcome, assessment_eligibility, default_rules


def _hetu(day: date, individual: int = 123) -> str:
    digits = f"{day:%d%m%y}{individual:03d}"
    century = {18: "+", 19: "-", 20: "A"}[day.year // 100]
    return f"{day:%d%m%y}{century}{individual:03d}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(digits) % 31]


def _data(**kw: object) -> ClientInput:
    base: dict[str, object] = {"first_names": "Ahmed", "last_name": "Demo-Farah", "home_municipality": "297"}
    base.update(kw)
    return ClientInput(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"first_names": "  "}, "first_names"),
        ({"last_name": ""}, "last_name"),
        ({"home_municipality": "999"}, "home_municipality"),
        ({"hetu": "010190-123X"}, "hetu"),
        ({"hetu": _hetu(date(1990, 1, 1)), "date_of_birth": date(1991, 1, 1)}, "hetu"),
        ({"date_of_birth": date.today() + timedelta(days=1)}, "date_of_birth"),
        ({"date_of_birth": date(2000, 1, 1), "first_permit_date": date(1999, 1, 1)}, "first_permit_date"),
        ({"interpreter_language": "xx"}, "language"),
    ],
)
def test_invalid_input_is_refused_with_the_field_named(workspace: Workspace, kw: dict, field: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(ValidationError) as err:
        create_client(workspace, data=_data(**kw))
    assert err.value.field == field
    assert list_clients(workspace) == []  # nothing half-saved


def test_hetu_is_optional_and_normalised(workspace: Workspace) -> None:
    born = date(1990, 1, 1)
    detail = create_client(workspace, data=_data(hetu=" " + _hetu(born).lower() + " ", date_of_birth=born))
    assert detail.data.hetu == _hetu(born)
    assert create_client(workspace, data=_data()).data.hetu is None


def test_hetu_error_does_not_repeat_the_code(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as err:
        create_client(workspace, data=_data(hetu="311299-999X"))
    assert "311299" not in str(err.value)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("jarvinen", "Järvinen"),
        ("ОЛЕНА", "Олена"),
        ("محمد", "مُحَمَّد"),
        ("علی", "علي"),
        ("2.3.1991", "Järvinen"),
    ],
)
def test_search_matches_across_case_accents_and_scripts(
    workspace: Workspace, query: str, expected: str
) -> None:
    create_client(
        workspace, data=_data(first_names="Liisa", last_name="Järvinen", date_of_birth=date(1991, 3, 2))
    )
    create_client(workspace, data=_data(first_names="Олена", last_name="Коваленко"))
    create_client(workspace, data=_data(first_names="مُحَمَّد", last_name="حداد"))
    create_client(workspace, data=_data(first_names="علي", last_name="كريمي"))
    found = list_clients(workspace, search=query)
    assert len(found) == 1
    assert expected in (found[0].first_names, found[0].last_name)


def test_search_text_with_sql_wildcards_is_literal(workspace: Workspace) -> None:
    create_client(workspace, data=_data(last_name="Demo"))
    assert list_clients(workspace, search="%") == []
    assert list_clients(workspace, search="_") == []


def test_update_and_read_back_feed_the_rules(workspace: Workspace) -> None:
    today = date(2026, 6, 1)
    client = create_client(workspace, data=_data(first_permit_date=today - timedelta(days=400)))
    update_client(
        workspace,
        client_id=client.id,
        changes={
            "home_care_allowance": True,
            "labour_market_status": LabourMarketStatus.OUTSIDE_LABOUR_FORCE,
        },
    )
    detail = get_client(workspace, client_id=client.id)
    decision = assessment_eligibility(detail.facts(), today, default_rules())
    assert decision.outcome is EligibilityOutcome.MUST_ASSESS
    assert any("§14" in r.section for r in decision.reasons)


def test_unknown_fields_and_ids_are_clear_errors(workspace: Workspace) -> None:
    client = create_client(workspace, data=_data())
    with pytest.raises(ValidationError):
        update_client(workspace, client_id=client.id, changes={"version": 99})
    with pytest.raises(NotFound):
        update_client(workspace, client_id="nope", changes={"phone": "1"})
