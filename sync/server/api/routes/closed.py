"""Closed cases put aside on the server: list them, fetch one back onto this device
(``sync.server.archive``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from sync.protocol import ClosedCasesResponse, ErrorCode, FetchedCase
from sync.server.api.deps import ApiError, CallerDep, DatabaseDep, error_responses
from sync.server.archive import closed_cases, recall
from sync.server.holdings import record_fetch
from sync.server.tables import Device, now

router = APIRouter(tags=["closed cases"])


@router.get("/closed-cases", response_model=ClosedCasesResponse, responses=error_responses(401, 403))
def list_closed(
    caller: CallerDep, db: DatabaseDep, q: Annotated[str, Query(max_length=200)] = ""
) -> ClosedCasesResponse:
    """The closed cases of the caller's caseload that left the laptops, matching every word of
    ``q`` (name or birth date), at most 50."""
    with db.read() as s:
        items, more = closed_cases(s, caller.scope, q)
    return ClosedCasesResponse(items=items, more=more)


@router.post(
    "/closed-cases/{client_id}/fetch", response_model=FetchedCase, responses=error_responses(401, 403, 404)
)
def fetch_closed(client_id: str, caller: CallerDep, db: DatabaseDep) -> FetchedCase:
    """Bring a closed case back onto this device: all its rows, and its later changes with the
    pulls, until it changes (an open case again) or lies untouched for the recall period."""
    if len(client_id) > 36:
        raise ApiError(404, ErrorCode.NOT_FOUND, "No such closed case.")
    with db.write() as (s, state):
        device = s.get(Device, caller.device_id)
        assert device is not None
        at = now()
        items = recall(s, device, caller.scope, client_id, at)
        if items is None:
            raise ApiError(404, ErrorCode.NOT_FOUND, "No such closed case.")
        record_fetch(s, device, client_id, at)
        return FetchedCase(epoch=state.epoch, items=items)
