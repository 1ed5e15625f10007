"""Every read and change of a client's data through app/ leaves an access-log row, and the log
cannot be edited."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DatabaseError

from app.audit import access_history
from app.clients import ClientInput, create_client, delete_client, get_client, list_clients, update_client
from app.errors import NotFound
from app.workspace import Workspace
from models import AccessLogEntry
from models.enums import AccessAction


def _client(ws: Workspace, last: str = "Demo-Warsame") -> str:
    return create_client(
        ws,
        data=ClientInput(
            first_names="Amina", last_name=last, home_municipality="402", date_of_birth=date(1985, 1, 1)
        ),
    ).id


def test_each_service_call_leaves_its_row(workspace: Workspace) -> None:
    client_id = _client(workspace)
    get_client(workspace, client_id=client_id, view="record")
    update_client(workspace, client_id=client_id, changes={"own_request": True})
    list_clients(workspace)
    delete_client(workspace, client_id=client_id)
    with workspace.session() as s:
        history = access_history(s, client_id=client_id)
    assert [h.action for h in history] == [
        AccessAction.CREATE,
        AccessAction.VIEW,
        AccessAction.CHANGE,
        AccessAction.LIST,
        AccessAction.DELETE,
    ]
    assert {h.user for h in history} == {"test.ohjaaja"}
    assert {h.device_id for h in history} == {workspace.actor.device_id}
    assert history[1].detail == "record"


def test_a_listing_logs_every_client_it_showed(workspace: Workspace) -> None:
    ids = {_client(workspace, f"Demo-{i}") for i in range(5)}
    shown = list_clients(workspace, search="demo-3")
    assert len(shown) == 1
    with workspace.session() as s:
        listed = set(
            s.scalars(select(AccessLogEntry.client_id).where(AccessLogEntry.action == AccessAction.LIST))
        )
    assert listed == {shown[0].id} and listed <= ids


def test_a_failed_read_logs_nothing(workspace: Workspace) -> None:
    with pytest.raises(NotFound):
        get_client(workspace, client_id="no-such-client")
    with workspace.session() as s:
        assert s.scalar(select(func.count()).select_from(AccessLogEntry)) == 0


def test_the_log_refuses_updates_and_deletes(workspace: Workspace) -> None:
    _client(workspace)
    for stmt in ("UPDATE access_log SET user = 'someone else'", "DELETE FROM access_log"):
        with pytest.raises(DatabaseError, match="append-only"), workspace.engine.begin() as conn:
            conn.execute(text(stmt))
    with workspace.session() as s:
        assert s.scalar(select(func.count()).select_from(AccessLogEntry)) == 1


def test_log_rows_hold_no_client_data(workspace: Workspace) -> None:
    client_id = _client(workspace, "Demo-Uniquename")
    get_client(workspace, client_id=client_id)
    with workspace.engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM access_log")).all()
    assert rows and all("Uniquename" not in str(tuple(r)) and "Amina" not in str(tuple(r)) for r in rows)
