"""Where a profile's files are. Kept free of heavy imports: the unlock screen needs it at start-up,
before the database layer is loaded."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

MIN_PASSPHRASE_LENGTH = 10


@dataclass(frozen=True)
class ProfilePaths:
    folder: Path

    @property
    def key_file(self) -> Path:
        return self.folder / "polku.key"

    @property
    def database(self) -> Path:
        return self.folder / "polku.db"

    @property
    def attempts(self) -> Path:
        return self.folder / "unlock-attempts.json"

    @property
    def creating_marker(self) -> Path:
        # Present only while a profile is being created; a leftover one means creation was cut off
        # before the profile was ever used, so it may be created again.
        return self.folder / ".creating"

    def exists(self) -> bool:
        return self.key_file.exists() or self.database.exists()

    def interrupted_creation(self) -> bool:
        return self.creating_marker.exists() and not self.key_file.exists()
