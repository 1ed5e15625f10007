"""Typed sync errors. The app turns them into a person's words in one place; messages hold no
personal data."""

from __future__ import annotations


class SyncError(Exception):
    """Base of every sync failure. ``code`` is the server's error code when there is one."""

    code = "sync_error"


class TransportFailed(SyncError):
    """The request or its answer was lost, cut short, timed out or met a 5xx: try again later.
    Nothing is lost; the next sync resumes where this one stopped."""

    code = "transport"


class UpdateRequired(SyncError):
    """The server no longer accepts this version of Polku (HTTP 426). The outbox is kept."""

    code = "update_required"


class SyncAuthError(SyncError):
    """No valid device token, or wrong username or password: enroll again."""

    code = "unauthorized"


class DeviceRevoked(SyncError):
    """The administrator revoked this device: its local data must be wiped."""

    code = "device_revoked"


class UserDeactivated(SyncError):
    """Enrolment refused: the administrator deactivated this user."""

    code = "user_deactivated"


class Throttled(SyncError):
    code = "too_many_attempts"

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class EpochChanged(SyncError):
    """The server was restored from a backup; the engine re-sends and re-pulls by itself."""

    code = "epoch_changed"


class ProtocolError(SyncError):
    """An answer that does not match the protocol (a bug on one side, or a wrong server URL)."""

    code = "protocol"


class NotFound(SyncError):
    """The server has no such thing for this user (e.g. a closed case reopened meanwhile: it comes
    with the next sync)."""

    code = "not_found"


class Cancelled(SyncError):
    code = "cancelled"


class NotEnrolled(SyncError):
    code = "not_enrolled"
