"""Loading live rows (missing or soft-deleted is ``NotFound``) and copying their columns into values."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from app.errors import NotFound
from models import Client, SyncMixin

R = TypeVar("R", bound=SyncMixin)


def load_live(s: Session, model: type[R], ident: str, what: str) -> R:
    """The row with this id, unless missing or soft-deleted (then ``NotFound``)."""
    row = s.get(model, ident)
    if row is None or row.deleted:
        raise NotFound(what, ident)
    return row


def load_client(s: Session, client_id: str) -> Client:
    return load_live(s, Client, client_id, "client")


def columns(row: object, names: Iterable[str]) -> dict[str, Any]:
    """The named attributes of a row, to build a value object or a copy from."""
    return {name: getattr(row, name) for name in names}
