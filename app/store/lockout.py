"""A growing wait after repeated wrong passphrases, remembered across restarts of the program.

Kept in its own small file so a wrong passphrase never writes to the key file or the database.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from app.errors import TooManyAttempts
from app.store.files import write_atomically

FREE_ATTEMPTS = 3
MAX_WAIT_SECONDS = 300.0


def wait_after(failures: int) -> float:
    """1, 2, 4, … seconds after the third failure in a row, at most five minutes."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(2.0 ** (failures - FREE_ATTEMPTS), MAX_WAIT_SECONDS)


def _read(path: Path) -> tuple[int, float]:
    try:
        doc = json.loads(path.read_text("utf-8"))
        return int(doc["failures"]), float(doc["last_failure"])
    except (OSError, ValueError, KeyError, TypeError):
        return 0, 0.0  # no file (or an unreadable one): no failures on record


def check(path: Path, now: float | None = None) -> None:
    failures, last = _read(path)
    now = time.time() if now is None else now
    remaining = last + wait_after(failures) - now
    if remaining > 0:
        raise TooManyAttempts(remaining)


def record_failure(path: Path, now: float | None = None) -> tuple[int, float]:
    failures, _ = _read(path)
    failures += 1
    now = time.time() if now is None else now
    write_atomically(path, json.dumps({"failures": failures, "last_failure": now}).encode())
    return failures, wait_after(failures)


def reset(path: Path) -> None:
    path.unlink(missing_ok=True)
