"""Edits guarded by what the screen showed (app.edits) and the change value every write publishes
(app.op_changes), at the service layer with a real encrypted profile."""

from __future__ import annotations

from datetime import date

import pytest

from app.clients import ClientInput, create_client, get_client, update_client
from app.edits import OnClash, StaleEdit
from app.op_changes import CONFLICT, OpChanges
from app.plans.items import add_goal, update_goal
from app.plans.lifecycle import create_plan
from app.sync_service import list_conflicts, resolve_conflict
from app.workspace import Workspace
from models.enums import GoalArea, PlanKind, ResponsibleParty


def _client(ws: Workspace) -> str:
    data = ClientInput(first_names="Olena", last_name="Demo-Edit", home_municipality="297", phone="1")
    return create_client(ws, data=data).id


def test_a_field_unchanged_since_the_screen_loaded_it_is_written(workspace: Workspace) -> None:
    cid = _client(workspace)
    update_client(workspace, client_id=cid, changes={"phone": "2"}, base={"phone": "1"})
    assert get_client(workspace, client_id=cid).data.phone == "2"


def test_a_field_changed_meanwhile_is_not_overwritten_and_both_values_are_named(workspace: Workspace) -> None:
    cid = _client(workspace)
    update_client(workspace, client_id=cid, changes={"phone": "pulled"})  # e.g. a sync, or another window
    with pytest.raises(StaleEdit) as raised:
        update_client(
            workspace,
            client_id=cid,
            changes={"phone": "mine", "address": "A"},
            base={"phone": "1", "address": None},
        )
    (clash,) = raised.value.clashes
    assert (clash.field, clash.base, clash.theirs, clash.mine) == ("phone", "1", "pulled", "mine")
    data = get_client(workspace, client_id=cid).data
    assert (data.phone, data.address) == ("pulled", None)  # nothing written: the person chooses first


def test_when_nobody_can_answer_the_clash_becomes_a_conflict_and_the_rest_is_saved(
    workspace: Workspace,
) -> None:
    cid = _client(workspace)
    update_client(workspace, client_id=cid, changes={"phone": "pulled"})
    update_client(
        workspace,
        client_id=cid,
        changes={"phone": "mine", "address": "A"},
        base={"phone": "1", "address": None},
        on_clash=OnClash.KEEP_BOTH,
    )
    data = get_client(workspace, client_id=cid).data
    assert (data.phone, data.address) == ("pulled", "A")
    (conflict,) = list_conflicts(workspace)
    assert (conflict.field, conflict.base, conflict.server, conflict.local) == (
        "phone",
        "1",
        "pulled",
        "mine",
    )
    resolve_conflict(workspace, conflict_id=conflict.id, keep="local")
    assert get_client(workspace, client_id=cid).data.phone == "mine"


def test_a_field_left_as_shown_is_not_written_over_a_newer_value(workspace: Workspace) -> None:
    """Forms may send every field; only those the person changed count."""
    cid = _client(workspace)
    update_client(workspace, client_id=cid, changes={"phone": "pulled"})
    update_client(
        workspace, client_id=cid, changes={"phone": "1", "address": "A"}, base={"phone": "1", "address": None}
    )
    data = get_client(workspace, client_id=cid).data
    assert (data.phone, data.address) == ("pulled", "A")


def test_resolving_a_conflict_whose_field_changed_again_asks_again(workspace: Workspace) -> None:
    cid = _client(workspace)
    update_client(workspace, client_id=cid, changes={"phone": "pulled"})
    update_client(
        workspace, client_id=cid, changes={"phone": "mine"}, base={"phone": "1"}, on_clash=OnClash.KEEP_BOTH
    )
    update_client(workspace, client_id=cid, changes={"phone": "newer"})  # e.g. the next sync
    (conflict,) = list_conflicts(workspace)
    with pytest.raises(StaleEdit):
        resolve_conflict(workspace, conflict_id=conflict.id, keep="server")
    assert get_client(workspace, client_id=cid).data.phone == "newer"  # not overwritten by the old value
    (conflict,) = list_conflicts(workspace)
    assert conflict.server == "newer"  # shown now, to choose from


def test_goal_edits_are_guarded_too(workspace: Workspace) -> None:
    cid = _client(workspace)
    plan = create_plan(
        workspace,
        client_id=cid,
        kind=PlanKind.BASIC,
        responsible_party=ResponsibleParty.MUNICIPALITY,
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
    )
    goal = add_goal(workspace, plan_id=plan.id, area=GoalArea.LANGUAGE, text="A1").goals[0]
    update_goal(workspace, goal_id=goal.id, changes={"text": "A2 (other window)"})
    with pytest.raises(StaleEdit):
        update_goal(workspace, goal_id=goal.id, changes={"text": "B1"}, base={"text": "A1"})


def test_every_committed_change_is_published_with_its_client(workspace: Workspace) -> None:
    seen: list[OpChanges] = []
    workspace.add_listener(seen.append)
    cid = _client(workspace)
    assert seen[-1].entities >= {"client"} and seen[-1].client_ids == {cid}
    seen.clear()
    get_client(workspace, client_id=cid)  # a read changes nothing (its access-log row is not data)
    assert seen == []
    update_client(workspace, client_id=cid, changes={"phone": "pulled"})
    update_client(
        workspace, client_id=cid, changes={"phone": "x"}, base={"phone": "1"}, on_clash=OnClash.KEEP_BOTH
    )
    assert CONFLICT in seen[-1].entities
