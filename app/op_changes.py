"""What an operation changed: one small value every write and every sync produces (Anki's OpChanges).

Views decide from it whether to refresh: the open client record only when its client changed, lists
only when something changed at all; an empty sync refreshes nothing. Each committed session of the
workspace publishes the changes its flushes made (``Workspace.add_listener``); a sync publishes the
rows it pulled, evicted or got back from the server.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from models import Assessment, AssessmentParticipant, Client, IntegrationPlan, PlanGoal, PlanMeasure

# Pseudo-entity: a conflict was recorded or resolved (the Conflicts page and the record's banner).
CONFLICT = "sync_conflict"


@dataclass(frozen=True)
class OpChanges:
    entities: frozenset[str] = frozenset()
    client_ids: frozenset[str] = frozenset()
    every_client: bool = False  # too many rows to name (an initial pull, a new epoch, new rules data)

    def __bool__(self) -> bool:
        return bool(self.entities) or self.every_client

    def touches_client(self, client_id: str) -> bool:
        return self.every_client or client_id in self.client_ids

    def __or__(self, other: OpChanges) -> OpChanges:
        return OpChanges(
            self.entities | other.entities,
            self.client_ids | other.client_ids,
            self.every_client or other.every_client,
        )


NOTHING = OpChanges()


def client_of(s: Session, obj: Any) -> str | None:
    """The client a synced row belongs to (children through their parent row)."""
    if isinstance(obj, Client):
        return obj.id
    client_id = getattr(obj, "client_id", None)
    if isinstance(client_id, str):
        return client_id
    parent: Any = None
    if isinstance(obj, PlanGoal | PlanMeasure):
        parent = s.get(IntegrationPlan, obj.plan_id)
    elif isinstance(obj, AssessmentParticipant):
        parent = s.get(Assessment, obj.assessment_id)
    return getattr(parent, "client_id", None)


def note(s: Session, entity: str, client_ids: Iterable[str | None]) -> None:
    """Remember in the session what its flush changed; published when the session commits."""
    entities, clients = s.info.setdefault("op_changes", (set(), set()))
    entities.add(entity)
    clients.update(c for c in client_ids if c is not None)


def collected(s: Session) -> OpChanges:
    entities, clients = s.info.pop("op_changes", (set(), set()))
    return OpChanges(frozenset(entities), frozenset(clients))
