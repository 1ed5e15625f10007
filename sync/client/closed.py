"""Closed cases put aside on the server (``sync.server.archive``): list them, and fetch one back
onto this laptop, online, on the counsellor's request.

A fetched case is written like a pulled page (``PageApplier``: unsent local fields are never
overwritten, a row waits in the stash for a missing parent) in one transaction, without moving the
pull cursor: its later changes come with the ordinary pulls, the server now counting it in this
device's caseload.
"""

from __future__ import annotations

from dataclasses import dataclass

from sync.client import bookkeeping as local
from sync.client.apply import PageApplier
from sync.client.calls import Connection
from sync.client.errors import EpochChanged
from sync.client.pulled import from_model
from sync.client.stash import StashMemo
from sync.protocol import ClosedCasesResponse, FetchedCase


@dataclass(frozen=True)
class Fetched:
    client_id: str
    rows: int  # rows the server sent


class ClosedCases(Connection):
    def search(self, query: str) -> ClosedCasesResponse:
        """The closed cases of this user's caseload matching every word of ``query``."""
        return self._call("GET", "/closed-cases", ClosedCasesResponse, params={"q": query[:200]})

    def fetch(self, client_id: str) -> Fetched:
        """Bring one closed case back onto this laptop (``NotFound`` if it is no closed case of this
        user any more: reopened meanwhile, it comes with the next sync)."""
        case = self._call("POST", f"/closed-cases/{client_id}/fetch", FetchedCase)
        with self._session() as s, s.begin():
            if case.epoch != (local.get(s, local.EPOCH) or ""):
                # The server was restored since this laptop last synced: a sync sorts that out first.
                raise EpochChanged("the server's epoch changed: sync first")
            applier = PageApplier(s, self.options.known_fields, StashMemo(), recheck_all=False)
            items = [from_model(item) for item in case.items]
            applier.apply(items)
            applier.forget_deferred(items)
        return Fetched(client_id, len(case.items))
