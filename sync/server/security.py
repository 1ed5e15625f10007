"""Passwords (Argon2id), device tokens (256-bit random, stored only as SHA-256) and login throttling."""

from __future__ import annotations

import hashlib
import math
import secrets
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy.orm import Session

from sync.server.tables import LoginThrottle

_hasher = PasswordHasher()  # Argon2id with the library's RFC 9106 defaults
# Verified when the username is unknown, so a wrong username costs the same time as a wrong password.
_DUMMY_HASH = _hasher.hash("polku-no-such-user")

MIN_PASSWORD_LENGTH = 10


class WeakPassword(ValueError):
    pass


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPassword(f"A password needs at least {MIN_PASSWORD_LENGTH} characters.")
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class Throttle:
    """Growing waits after failed logins, per username and per client address."""

    def __init__(self, *, free_attempts: int, base_seconds: float, max_seconds: float) -> None:
        self.free_attempts = free_attempts
        self.base_seconds = base_seconds
        self.max_seconds = max_seconds

    def wait_seconds(self, s: Session, keys: list[str], now: datetime) -> int:
        """Seconds until a login may be tried again under any of ``keys`` (0: now)."""
        wait = 0.0
        for key in keys:
            row = s.get(LoginThrottle, key)
            if row is not None and row.blocked_until is not None and row.blocked_until > now:
                wait = max(wait, (row.blocked_until - now).total_seconds())
        return math.ceil(wait)

    def failed(self, s: Session, keys: list[str], now: datetime) -> None:
        for key in keys:
            row = s.get(LoginThrottle, key)
            if row is None:
                row = LoginThrottle(key=key, failures=0)
                s.add(row)
            row.failures += 1
            over = row.failures - self.free_attempts + 1  # the free attempts used up: wait from now on
            if over > 0:
                delay = min(self.base_seconds * 2 ** (over - 1), self.max_seconds)
                row.blocked_until = now + timedelta(seconds=delay)

    def succeeded(self, s: Session, keys: list[str]) -> None:
        for key in keys:
            row = s.get(LoginThrottle, key)
            if row is not None:
                s.delete(row)
