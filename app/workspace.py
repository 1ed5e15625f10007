"""An unlocked profile and the one way to work with it: ``Workspace.session()``.

Services in ``app/`` take a Workspace first. Each operation opens its own session inside the
thread it runs on (``with ws.session() as s``), commits at the end, and hands back plain values.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app import op_changes
from app.changes import Actor, install_outbox_hook
from app.errors import DiskFull
from app.op_changes import OpChanges
from app.reference import ensure_reference_data
from app.settings import Settings, recovery_public_key
from app.store.keyfile import KdfParams
from app.store.profile import OpenedStore, ProfilePaths, create_store, unlock_store
from models import LocalSetting, new_uuid


class Configured(Enum):
    """Use the organisation recovery key from the machine-wide configuration (the default)."""

    CONFIGURED = "configured"


CONFIGURED = Configured.CONFIGURED


def _recovery(value: bytes | Configured | None) -> bytes | None:
    if value is CONFIGURED:
        return recovery_public_key(Settings())
    return value


class PolkuSession(Session):
    """Sessions of the app: every flush of a synced row also writes its outbox entry."""


install_outbox_hook(PolkuSession)


@dataclass
class Workspace:
    store: OpenedStore
    actor: Actor
    # Clients whose names were already shown in a list during this unlocked session (access log).
    listed: set[str] = field(default_factory=set)
    _sessions: sessionmaker[PolkuSession] = field(init=False, repr=False)
    # Called (on the thread that committed) with what each committed operation changed.
    _listeners: list[Callable[[OpChanges], None]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.store.engine, class_=PolkuSession, expire_on_commit=False)

    @property
    def engine(self) -> Engine:
        return self.store.engine

    @property
    def paths(self) -> ProfilePaths:
        return self.store.paths

    @contextmanager
    def session(self) -> Iterator[PolkuSession]:
        """One transaction: commits when the block ends, rolls back on any error."""
        try:
            with self._sessions() as s:
                with s.begin():
                    s.info["actor"] = self.actor
                    yield s
                changes = op_changes.collected(s)
        except OperationalError as exc:
            if "full" in str(exc.orig).lower():
                raise DiskFull(self.paths.database) from exc
            raise
        self.publish(changes)

    def add_listener(self, listener: Callable[[OpChanges], None]) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[OpChanges], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def publish(self, changes: OpChanges) -> None:
        """Tell the listeners what an operation (a committed session, or a sync) changed."""
        if changes:
            for listener in list(self._listeners):
                listener(changes)

    def close(self) -> None:
        """Close every database connection (on lock or exit)."""
        self.store.close()


def _setting(s: Session, key: str) -> str | None:
    row = s.get(LocalSetting, key)
    return row.value if row else None


def create_workspace(
    folder: Path,
    passphrase: str,
    *,
    user: str,
    kdf: KdfParams | None = None,
    recovery_public_key: bytes | Configured | None = CONFIGURED,
) -> Workspace:
    """First run: a new profile for ``user`` on a device id of its own."""
    store = create_store(folder, passphrase, kdf=kdf, recovery_public_key=_recovery(recovery_public_key))
    try:
        with Session(store.engine) as s, s.begin():
            s.add_all([LocalSetting(key="device_id", value=new_uuid()), LocalSetting(key="user", value=user)])
        ensure_reference_data(store.engine)
        return _workspace(store)
    except BaseException:
        store.close()
        raise


def open_workspace(
    folder: Path, passphrase: str, *, recovery_public_key: bytes | Configured | None = CONFIGURED
) -> Workspace:
    store = unlock_store(folder, passphrase, recovery_public_key=_recovery(recovery_public_key))
    try:
        ensure_reference_data(store.engine)
        return _workspace(store)
    except BaseException:
        store.close()
        raise


def _workspace(store: OpenedStore) -> Workspace:
    with Session(store.engine) as s:
        device_id = _setting(s, "device_id")
        user = _setting(s, "user")
        if device_id is None or user is None:  # pragma: no cover - made together at creation
            raise RuntimeError("profile settings missing")
    return Workspace(store, Actor(user=user, device_id=device_id))
