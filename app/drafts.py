"""Typing that is not a record yet, kept on this laptop only (encrypted, never synced).

A note is append-only: once added it cannot be changed, so a half-written note must not be added by
itself when the person leaves the record. Instead its text is kept as a draft in the encrypted
database and put back when the record is opened again; adding the note clears it.
"""

from __future__ import annotations

from app.workspace import Workspace
from models import LocalSetting


def _key(kind: str, record_id: str) -> str:
    return f"draft:{kind}:{record_id}"


def save_draft(ws: Workspace, kind: str, record_id: str, text: str) -> None:
    """Keep ``text`` (blank: forget the draft)."""
    with ws.session() as s:
        row = s.get(LocalSetting, _key(kind, record_id))
        if not text.strip():
            if row is not None:
                s.delete(row)
        elif row is None:
            s.add(LocalSetting(key=_key(kind, record_id), value=text))
        else:
            row.value = text


def load_draft(ws: Workspace, kind: str, record_id: str) -> str:
    with ws.session() as s:
        row = s.get(LocalSetting, _key(kind, record_id))
        return row.value if row is not None else ""
