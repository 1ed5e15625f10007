"""Typed errors the app raises. The UI and the CLI turn them into a person's words in one place.

Messages name files and counts, never personal data: they end up in dialogs and logs.
"""

from __future__ import annotations

from pathlib import Path


class PolkuError(Exception):
    """Base of every error a person may see. ``str(err)`` is a plain-English fallback message."""


class ProfileError(PolkuError):
    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message if path is None else f"{message}: {path}")
        self.path = path


class ProfileNotFound(ProfileError):
    """No profile in the folder: first run (nothing to unlock yet)."""


class ProfileExists(ProfileError):
    """Creating a profile where one already is: refused, never overwritten."""


class WrongPassphrase(PolkuError):
    def __init__(self, failures: int, wait_seconds: float) -> None:
        super().__init__("The passphrase is not correct.")
        self.failures = failures
        self.wait_seconds = wait_seconds


class TooManyAttempts(PolkuError):
    def __init__(self, wait_seconds: float) -> None:
        super().__init__(f"Too many wrong passphrases. Try again in {int(wait_seconds) + 1} seconds.")
        self.wait_seconds = wait_seconds


class WeakPassphrase(PolkuError):
    pass


class KeyFileMissing(ProfileError):
    pass


class KeyFileDamaged(ProfileError):
    pass


class DatabaseMissing(ProfileError):
    pass


class DatabaseDamaged(ProfileError):
    pass


class DatabaseTooNew(ProfileError):
    """The database was migrated by a newer Polku than this one: refuse rather than guess."""


class DiskFull(PolkuError):
    def __init__(self, path: Path | None = None) -> None:
        super().__init__("The disk is full; nothing was saved. Free some space and try again.")
        self.path = path


class ValidationError(PolkuError):
    """Input that breaks a rule of the domain; ``field`` names the input."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFound(PolkuError):
    def __init__(self, what: str, ident: str) -> None:
        super().__init__(f"No {what} with id {ident}.")
        self.what = what
        self.ident = ident


class InsecureServerAddress(PolkuError):
    """A sync server address this laptop will not use: not ``https://`` (``plain_http``: ``http://``
    to another computer without IT's ``[sync] allow_plain_http``; ``scheme``: anything else)."""

    def __init__(self, reason: str) -> None:
        if reason == "plain_http":
            message = (
                "The server address uses plain HTTP, which is not encrypted: use an https:// address. "
                "Plain HTTP is allowed only to this computer, or when IT allows it in the machine-wide "
                "polku.ini ([sync] allow_plain_http)."
            )
        else:
            message = "The server address must start with https://."
        super().__init__(message)
        self.reason = reason
