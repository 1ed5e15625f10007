"""Who may see which client: the caseload rule, checked on push and on pull for every row.

A counsellor sees the clients of their municipalities and the clients assigned to them; office
staff (and administrators) see the clients of the municipalities they serve. Every other synced row
follows its client (``sync.protocol.PARENTS``).

A device carries the user's caseload less its closed cases (``client_scope.archived_at``), plus the
closed cases it fetched back (``device_recall``): ``Scope.carries`` and ``Scope.carried``.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, false, or_

from sync.server.tables import ClientScope, User


@dataclass(frozen=True)
class Scope:
    username: str
    role: str
    municipalities: frozenset[str]

    @classmethod
    def of(cls, user: User) -> Scope:
        return cls(user.username, user.role, frozenset(user.municipality_list))

    def signature(self) -> str:
        return f"{self.role}:{' '.join(sorted(self.municipalities))}"

    def sees(self, municipality: str | None, assigned: str | None) -> bool:
        if municipality is not None and municipality in self.municipalities:
            return True
        return self.role == "counsellor" and assigned is not None and assigned == self.username

    def clause(self) -> ColumnElement[bool]:
        """The same rule as SQL over ``client_scope``."""
        parts: list[ColumnElement[bool]] = []
        if self.municipalities:
            parts.append(ClientScope.municipality.in_(sorted(self.municipalities)))
        if self.role == "counsellor":
            parts.append(ClientScope.assigned_counsellor == self.username)
        return or_(*parts) if parts else and_(false())

    def carries(self, cs: ClientScope | None, recalled: Collection[str]) -> bool:
        """A device of this user holds the client now: in the caseload, and an open case or one
        the device fetched back (``recalled``)."""
        if cs is None or not self.sees(cs.municipality, cs.assigned_counsellor):
            return False
        return cs.archived_at is None or cs.client_id in recalled

    def carried(self, recalled: Collection[str]) -> ColumnElement[bool]:
        """``carries`` as SQL over ``client_scope``."""
        kept: ColumnElement[bool] = ClientScope.archived_at.is_(None)
        if recalled:
            kept = or_(kept, ClientScope.client_id.in_(sorted(recalled)))
        return and_(self.clause(), kept)
