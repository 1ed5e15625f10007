"""Edits made on a screen carry what the screen showed: no field changed meanwhile is overwritten silently.

A screen loads a record, the person changes some fields, and the screen saves. Meanwhile the same
field may have changed on this laptop: a sync pulled a colleague's edit, or another window saved.
The row's ``version`` cannot tell (it moves only with the server, not with another window's save,
and it moves for every field), so each save names, for every field it changes, the value the screen
showed when the person started: its *base*. A field the person left as shown is not written (a
form may send every field; only the changed ones count). A changed field is written only when

- the stored value still equals the base (nobody else changed it), or
- the stored value already equals what the person entered (nothing to do).

Otherwise the field *clashes*, and the caller says what happens:

- ``OnClash.ASK`` (a screen whose person is still there): nothing is written and ``StaleEdit`` lists
  the clashing fields with both values, so the person chooses; the screen saves again with the
  stored value as the new base (keep mine) or without the field (keep theirs).
- ``OnClash.KEEP_BOTH`` (a save nobody can answer: the app is locking, closing, or the view is gone):
  the other fields are written, the stored value stays, and the person's value is recorded as a
  conflict on the Conflicts page, like one made on two laptops.

A save without a base for a field (the command line, services that set derived values) writes it
as before: there is no screen that could have been stale.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.errors import PolkuError
from models import SyncConflict, SyncMixin, new_uuid, utcnow
from sync.entities import to_wire

# The code of a conflict made on this laptop (not by the server): resolving it tells the server nothing.
STALE_EDIT = "stale_edit"


class OnClash(enum.Enum):
    ASK = "ask"
    KEEP_BOTH = "keep_both"


@dataclass(frozen=True)
class FieldClash:
    field: str
    base: Any  # what the screen showed when the person started
    theirs: Any  # what is stored now (another device through sync, or another window)
    mine: Any  # what the person entered


class StaleEdit(PolkuError):
    """Fields the person changed were changed on this laptop since the screen loaded them."""

    code = "stale_edit"

    def __init__(self, entity: str, record_id: str, clashes: tuple[FieldClash, ...]) -> None:
        super().__init__(
            "Someone else changed the same field while you were editing: "
            + ", ".join(c.field.replace("_", " ") for c in clashes)
        )
        self.entity = entity
        self.record_id = record_id
        self.clashes = clashes


# A value in its stored, comparable form is its wire form (enums by value, dates as ISO text).
wire = to_wire


def same(a: Any, b: Any) -> bool:
    return bool(wire(a) == wire(b))


def apply_edit(
    s: Session,
    row: SyncMixin,
    values: Mapping[str, Any],
    base: Mapping[str, Any] | None,
    on_clash: OnClash = OnClash.ASK,
) -> set[str]:
    """Write ``values`` (already checked) onto ``row``, guarded by ``base``; returns the fields written.

    Raises ``StaleEdit`` for ``OnClash.ASK`` when any field clashes (then nothing is written by the
    caller's transaction, which rolls back); with ``OnClash.KEEP_BOTH`` records each clash as a conflict.
    """
    clashes: list[FieldClash] = []
    write: dict[str, Any] = {}
    for name, mine in values.items():
        stored = getattr(row, name)
        if same(stored, mine):
            continue
        if base is not None and name in base and same(mine, base[name]):
            continue  # the person left it as shown: a value stored meanwhile stays
        if base is None or name not in base or same(stored, base[name]):
            write[name] = mine
        else:
            clashes.append(FieldClash(name, base[name], stored, mine))
    entity: str = type(row).__tablename__  # type: ignore[attr-defined]
    if clashes and on_clash is OnClash.ASK:
        raise StaleEdit(entity, row.id, tuple(clashes))
    for name, value in write.items():
        setattr(row, name, value)
    for clash in clashes:
        s.add(
            SyncConflict(
                id=new_uuid(),
                entity=entity,
                row_id=row.id,
                field=clash.field,
                code=STALE_EDIT,
                base_value=_json(clash.base),
                server_value=_json(clash.theirs),
                local_value=_json(clash.mine),
                outbox_seq=0,
                created_at=utcnow(),
            )
        )
    return set(write)


def _json(value: Any) -> str:
    return json.dumps(wire(value), ensure_ascii=False)
