"""Whose record a conflict or a refused change concerns, and its values as typed values, so that the
Conflicts page can name the client and show values the way a person reads them."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.sync_bookkeeping import row_fields
from models import SYNCED_MODELS, Client
from sync.entities import typed_value as wire_typed_value
from sync.protocol import PARENTS

MODELS = {m.__tablename__: m for m in SYNCED_MODELS}  # type: ignore[attr-defined]


def client_walk(s: Session, entity: str, row_id: str, fields: dict[str, Any] | None = None) -> str | None:
    """The id of a record's client, up its parents on this laptop; ``fields``: the record's own values
    when it is no longer here (a refused change whose copy was dropped)."""
    current, ident = entity, row_id
    found = row_fields(s, entity, row_id)
    if found is None:
        found = fields
    while found is not None and current in PARENTS:
        parent_field, parent_entity = PARENTS[current]
        parent_id = found.get(parent_field)
        if not isinstance(parent_id, str):
            return None
        current, ident, found = parent_entity, parent_id, row_fields(s, parent_entity, parent_id)
    return ident if current == "client" else None


def client_of(
    s: Session, entity: str, row_id: str, fields: dict[str, Any] | None = None
) -> tuple[str | None, str | None]:
    """(client id, client's name) of a record; the id only when the client is on this laptop (it can be
    opened). ``fields``: what the change itself carried, used when the record is no longer on this
    laptop (a refused change whose copy was dropped)."""
    ident = client_walk(s, entity, row_id, fields)
    if ident is None:
        return None, None
    client = s.get(Client, ident)
    if client is not None:
        return ident, f"{client.first_names} {client.last_name}"
    if entity == "client" and fields is not None:  # refused and dropped: the name it was entered with
        first, last = fields.get("first_names"), fields.get("last_name")
        if isinstance(first, str) and isinstance(last, str):
            return None, f"{first} {last}"
    return None, None


def typed_value(entity: str, field: str, value: Any) -> Any:
    """A wire value (enums by value, dates as ISO text) as the column's value: an enum member, a date,
    a datetime; left as it is when it does not fit (never a crash on what is only shown)."""
    try:
        return wire_typed_value(entity, field, value)
    except (KeyError, ValueError):  # an entity this build does not know, a value its column does not
        return value
