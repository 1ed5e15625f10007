"""One rotating log file in the user's log directory. It never receives personal data: messages
name operations, counts, files and error types, never client fields or exception texts from the
database layer (those can quote values)."""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
from pathlib import Path

from platformdirs import user_log_dir

from app.store.perms import fix_modes, open_private, private_dir

LOG_NAME = "polku.log"


def log_dir() -> Path:
    override = os.environ.get("POLKU_LOG_DIR")
    return Path(override) if override else Path(user_log_dir("Polku", appauthor=False))


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Each log file (the current one and every new one after a rotation) is created owner-only
    (0600), whatever the umask; rotated files keep that mode when they are renamed."""

    def _open(self) -> io.TextIOWrapper:
        return open_private(Path(self.baseFilename), self.mode, encoding=self.encoding)


def setup_logging(level: int = logging.INFO) -> Path:
    folder = log_dir()
    private_dir(folder)
    path = folder / LOG_NAME
    fix_modes(sorted(folder.glob(f"{LOG_NAME}*")))  # files written by older versions
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        handler = PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    # SQLAlchemy and Alembic can echo parameters: keep them quiet.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return path


def safe_traceback(exc: BaseException) -> str:
    """Where an error happened (files, lines, functions, exception types) without any message text:
    messages from the database layer can quote client data."""
    import traceback

    parts: list[str] = []
    current: BaseException | None = exc
    while current is not None:
        frames = traceback.extract_tb(current.__traceback__)
        parts.append(f"{type(current).__module__}.{type(current).__qualname__}")
        parts += [f"  {f.filename}:{f.lineno} in {f.name}" for f in frames]
        current = current.__cause__ or current.__context__
        if current is not None:
            parts.append("caused by:")
    return "\n".join(parts)
