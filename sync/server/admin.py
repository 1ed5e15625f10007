"""Administration: users, devices, sync status, epochs, reference data. Used by the admin HTTP
endpoints and by ``polku-server`` commands alike."""

from __future__ import annotations

import importlib.resources
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from models.reference import REFERENCE_FILE, VOCABULARY_FILE, load_reference_text
from models.rules.data import load_rules_text
from sync.protocol import DeviceInfo, DeviceStatus, SyncStatusResponse
from sync.server.db import Database
from sync.server.scope import Scope
from sync.server.security import hash_password
from sync.server.tables import ClientScope, Device, RefData, RowState, ServerState, User, now

ROLES = ("counsellor", "office", "admin")


class AdminError(Exception):
    """A request an administrator can correct (the message says how)."""


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def _check_municipalities(municipalities: list[str]) -> None:
    if any(not m or len(m) > 8 or any(ch.isspace() for ch in m) for m in municipalities):
        raise AdminError("a municipality code has 1 to 8 characters and no spaces")


def create_user(db: Database, *, username: str, password: str, role: str, municipalities: list[str]) -> None:
    if role not in ROLES:
        raise AdminError(f"role must be one of {', '.join(ROLES)}")
    if not username.strip() or any(ch.isspace() for ch in username):
        raise AdminError("a username may not be empty or contain spaces")
    _check_municipalities(municipalities)
    hashed = hash_password(password)
    with db.write() as (s, _state):
        if s.get(User, username) is not None:
            raise AdminError(f"user {username} exists already")
        s.add(
            User(
                username=username,
                password_hash=hashed,
                role=role,
                municipalities=" ".join(sorted(set(municipalities))),
                created_at=now(),
            )
        )


def set_municipalities(db: Database, *, username: str, municipalities: list[str]) -> None:
    """The municipalities a user serves. Their devices see the caseload change at their next pull
    (``device.scope_signature``) and pull it again from the beginning: clients no longer in it leave
    the laptop after its unsynced work for them is sent, new ones arrive."""
    _check_municipalities(municipalities)
    with db.write() as (s, _state):
        user = s.get(User, username)
        if user is None:
            raise AdminError(f"no user {username}")
        user.municipalities = " ".join(sorted(set(municipalities)))


def set_password(db: Database, *, username: str, password: str) -> None:
    hashed = hash_password(password)
    with db.write() as (s, _state):
        user = s.get(User, username)
        if user is None:
            raise AdminError(f"no user {username}")
        user.password_hash = hashed


def deactivate_user(db: Database, *, username: str) -> int:
    """No more sign-ins; each of the user's devices may send what it holds at its next sync, then is
    refused and told to wipe itself (sync/server/api/deps.py). Returns how many devices are still
    to be refused (enrolled and not revoked)."""
    with db.write() as (s, _state):
        user = s.get(User, username)
        if user is None:
            raise AdminError(f"no user {username}")
        user.deactivated_at = user.deactivated_at or now()
        return _active_devices(s, username)


def reactivate_user(db: Database, *, username: str) -> int:
    """Sign-ins allowed again. Devices already refused stay revoked (they were told to wipe
    themselves): the user enrolls again. Returns how many devices of the user are still active."""
    with db.write() as (s, _state):
        user = s.get(User, username)
        if user is None:
            raise AdminError(f"no user {username}")
        user.deactivated_at = None
        return _active_devices(s, username)


def _active_devices(s: Session, username: str) -> int:
    return int(
        s.scalar(
            select(func.count())
            .select_from(Device)
            .where(Device.username == username, Device.revoked_at.is_(None))
        )
        or 0
    )


def deactivated_users(db: Database) -> set[str]:
    with db.read() as s:
        return set(s.scalars(select(User.username).where(User.deactivated_at.is_not(None))))


def list_devices(db: Database) -> list[DeviceInfo]:
    with db.read() as s:
        return [
            DeviceInfo(
                device_id=d.id,
                username=d.username,
                name=d.name,
                enrolled_at=_iso(d.enrolled_at) or "",
                revoked=d.revoked_at is not None,
                last_contact=_iso(d.last_contact),
                last_seq=d.last_seq,
            )
            for d in s.scalars(select(Device).order_by(Device.username, Device.enrolled_at))
        ]


def revoke_device(db: Database, *, device_id: str) -> None:
    with db.write() as (s, _state):
        device = s.get(Device, device_id)
        if device is None:
            raise AdminError(f"no device {device_id}")
        device.revoked_at = device.revoked_at or now()


def rename_device(db: Database, *, device: str, name: str) -> str:
    """Give a device (by id or current name) a new name; returns its id."""
    from sync.server.holdings import find_device  # holdings imports this module

    name = name.strip()
    if not name or len(name) > 100:
        raise AdminError("a device name has 1 to 100 characters")
    with db.write() as (s, _state):
        found = find_device(s, device)
        found.name = name
        return found.id


def _pending(s: Session, device: Device, user: User | None) -> int:
    if user is None:
        return 0
    scope = Scope.of(user)
    return int(
        s.scalar(
            select(func.count())
            .select_from(RowState)
            .join(ClientScope, ClientScope.client_id == RowState.client_id)
            .where(RowState.server_seq > device.last_pull_seq, scope.clause())
        )
        or 0
    )


def sync_status(db: Database) -> SyncStatusResponse:
    with db.read() as s:
        state = s.get(ServerState, 1)
        assert state is not None
        devices = []
        for d in s.scalars(select(Device).order_by(Device.username, Device.enrolled_at)):
            devices.append(
                DeviceStatus(
                    device_id=d.id,
                    username=d.username,
                    revoked=d.revoked_at is not None,
                    last_contact=_iso(d.last_contact),
                    last_pushed_seq=d.last_seq,
                    last_pulled_seq=d.last_pull_seq,
                    pending=_pending(s, d, s.get(User, d.username)),
                )
            )
        return SyncStatusResponse(epoch=state.epoch, last_seq=state.last_seq, devices=devices)


@dataclass(frozen=True)
class StaleDevice:
    device_id: str
    username: str
    name: str
    last_contact: datetime | None  # enrolling counts as a contact
    days: int | None  # whole days since the last contact
    never_synced: bool  # enrolled, and neither sent nor pulled anything since
    user_deactivated: bool


def stale_devices(db: Database, days: int) -> list[StaleDevice]:
    """Devices (not revoked) whose last contact (enrolling counts) is ``days`` days ago or longer,
    the longest silent first."""
    if days < 0:
        raise AdminError("the number of days must be 0 or more")
    at = now()
    cutoff = at - timedelta(days=days)
    with db.read() as s:
        rows = s.execute(
            select(Device, User.deactivated_at)
            .outerjoin(User, User.username == Device.username)
            .where(
                Device.revoked_at.is_(None),
                or_(Device.last_contact.is_(None), Device.last_contact <= cutoff),
            )
            .order_by(Device.last_contact.is_not(None), Device.last_contact, Device.username, Device.id)
        ).all()
    return [
        StaleDevice(
            device_id=d.id,
            username=d.username,
            name=d.name,
            last_contact=d.last_contact,
            days=(at - d.last_contact).days if d.last_contact else None,
            never_synced=d.last_seq == 0 and not d.scope_signature,  # set at every pull
            user_deactivated=deactivated is not None,
        )
        for d, deactivated in rows
    ]


def new_epoch(s: Session, state: ServerState) -> str:
    """After a restore from backup: devices notice, re-send what the server lost, and re-pull."""
    state.epoch = str(uuid.uuid4())
    state.epoch_no += 1
    state.epoch_started_seq = state.last_seq
    state.durable_seq = min(state.durable_seq, state.last_seq)
    return state.epoch


def mark_durable(db: Database) -> int:
    """Record that a backup now holds every change so far (run right before taking the backup);
    devices may then forget the outbox entries those changes came from."""
    with db.write() as (_s, state):
        state.durable_seq = state.last_seq
        return state.durable_seq


def publish_reference(db: Database, *, name: str, content: str) -> int:
    """Validate and publish a new version of a reference data set or the rules file."""
    version = _document_version(name, content, db)
    if not 0 < version < 2**31:
        raise AdminError(f"{name}: the version must be a positive number below 2^31")
    with db.write() as (s, _state):
        row = s.get(RefData, name)
        if row is not None and row.version >= version:
            raise AdminError(f"{name} version {version} is not newer than the published {row.version}")
        if row is None:
            s.add(RefData(name=name, version=version, content=content, published_at=now()))
        else:
            row.version, row.content, row.published_at = version, content, now()
    return version


def published_reference(db: Database, *, name: str) -> tuple[int, str]:
    """The version and the document the server publishes now (what a change of the law is made on)."""
    if name not in ("reference", "vocabulary", "rules"):
        raise AdminError("name must be reference, vocabulary or rules")
    with db.read() as s:
        row = s.get(RefData, name)
        if row is None:
            raise AdminError(f"no {name} is published")
        return row.version, row.content


def _document_version(name: str, content: str, db: Database) -> int:
    try:
        if name == "rules":
            return load_rules_text(content, "rules").version
        if name in ("reference", "vocabulary"):
            with db.read() as s:
                other = s.get(RefData, "vocabulary" if name == "reference" else "reference")
                other_text = other.content if other else _bundled("reference", VOCABULARY_FILE)
            ref, vocab = (content, other_text) if name == "reference" else (other_text, content)
            data = load_reference_text(ref, vocab)
            return data.version if name == "reference" else data.vocabulary_version
    except Exception as exc:  # the loaders raise their own errors, naming the file and the place
        raise AdminError(f"{name}: not valid ({type(exc).__name__}: {exc})") from exc
    raise AdminError("name must be reference, vocabulary or rules")


def _bundled(folder: str, name: str) -> str:
    return (importlib.resources.files("resources") / folder / name).read_text("utf-8")


def seed_reference(db: Database) -> None:
    """First start (or a build with newer bundled data): publish the data shipped with the build."""
    ref_text = _bundled("reference", REFERENCE_FILE)
    vocab_text = _bundled("reference", VOCABULARY_FILE)
    rules_text = _bundled("rules", "kotol.toml")
    data = load_reference_text(ref_text, vocab_text)
    rules = load_rules_text(rules_text, "kotol.toml")
    docs = {
        "reference": (data.version, ref_text),
        "vocabulary": (data.vocabulary_version, vocab_text),
        "rules": (rules.version, rules_text),
    }
    with db.write() as (s, _state):
        for name, (version, content) in docs.items():
            row = s.get(RefData, name)
            if row is None:
                s.add(RefData(name=name, version=version, content=content, published_at=now()))
            elif row.version < version:
                row.version, row.content, row.published_at = version, content, now()
