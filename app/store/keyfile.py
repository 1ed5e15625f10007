"""The key file: a random 256-bit database key, wrapped by a key derived from the passphrase.

Argon2id (RFC 9106) derives a key-encryption key from the passphrase; AES-256-GCM wraps the database
key with it. A wrong passphrase fails the GCM tag check, so it is detected without touching the
database. Changing the passphrase re-wraps the same database key: the database is not rewritten.
The ``wraps`` map leaves room for more wrappings of the same key (an organisation recovery key).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app.errors import KeyFileDamaged, KeyFileMissing
from app.store.files import write_atomically

FORMAT = "polku-key"
FORMAT_VERSION = 1
DB_KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default follows RFC 9106's second recommendation with twice the memory:
    about 0.3 s on a 2-core laptop, which is what makes guessing passphrases from a stolen disk slow."""

    iterations: int = 3
    lanes: int = 4
    memory_kib: int = 128 * 1024

    @classmethod
    def fast_for_tests(cls) -> KdfParams:
        return cls(iterations=1, lanes=1, memory_kib=8 * 1024)


class UnwrapFailed(Exception):
    """The passphrase did not open the key (wrong passphrase, or a tampered wrapping)."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def _wrap(db_key: bytes, passphrase: str, key_id: str, params: KdfParams) -> dict[str, Any]:
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = _derive(passphrase, salt, params)
    ciphertext = AESGCM(kek).encrypt(nonce, db_key, _aad(key_id))
    return {
        "kdf": {"name": "argon2id", "salt": _b64(salt), **asdict(params)},
        "cipher": "AES-256-GCM",
        "nonce": _b64(nonce),
        "ciphertext": _b64(ciphertext),
    }


def _aad(key_id: str) -> bytes:
    # Binds the wrapping to this key file's identity: a wrapping copied from another file fails.
    return f"{FORMAT}/{FORMAT_VERSION}/{key_id}".encode("ascii")


@dataclass(frozen=True)
class KeyFile:
    key_id: str
    created: str
    wraps: dict[str, dict[str, Any]]

    @classmethod
    def new(cls, passphrase: str, params: KdfParams) -> tuple[KeyFile, bytes]:
        """A new random database key and its key file. Returns (key file, database key)."""
        db_key = secrets.token_bytes(DB_KEY_BYTES)
        key_id = str(uuid.uuid4())
        created = datetime.now(UTC).isoformat(timespec="seconds")
        return cls(key_id, created, {"passphrase": _wrap(db_key, passphrase, key_id, params)}), db_key

    def unwrap(self, passphrase: str) -> bytes:
        wrap = self.wraps["passphrase"]
        kdf = wrap["kdf"]
        params = KdfParams(kdf["iterations"], kdf["lanes"], kdf["memory_kib"])
        kek = _derive(passphrase, _unb64(kdf["salt"]), params)
        try:
            key = AESGCM(kek).decrypt(_unb64(wrap["nonce"]), _unb64(wrap["ciphertext"]), _aad(self.key_id))
        except InvalidTag as exc:
            raise UnwrapFailed from exc
        if len(key) != DB_KEY_BYTES:
            raise UnwrapFailed
        return key

    def rewrapped(self, db_key: bytes, new_passphrase: str, params: KdfParams) -> KeyFile:
        wraps = dict(self.wraps)
        wraps["passphrase"] = _wrap(db_key, new_passphrase, self.key_id, params)
        return KeyFile(self.key_id, self.created, wraps)

    def to_json(self) -> str:
        doc = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "key_id": self.key_id,
            "created": self.created,
            "wraps": self.wraps,
        }
        return json.dumps(doc, indent=2) + "\n"


def read_key_file(path: Path) -> KeyFile:
    """Read and structurally check the key file; any problem names the file, never guesses."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise KeyFileMissing("The key file is missing", path) from exc
    except OSError as exc:
        raise KeyFileDamaged("The key file cannot be read", path) from exc
    try:
        doc = json.loads(raw.decode("utf-8"))
        if doc.get("format") != FORMAT or doc.get("version") != FORMAT_VERSION:
            raise ValueError("format")
        key_file = KeyFile(str(doc["key_id"]), str(doc["created"]), dict(doc["wraps"]))
        wrap = key_file.wraps["passphrase"]
        kdf = wrap["kdf"]
        if kdf["name"] != "argon2id" or wrap["cipher"] != "AES-256-GCM":
            raise ValueError("algorithm")
        for field in ("iterations", "lanes", "memory_kib"):
            if not isinstance(kdf[field], int) or kdf[field] < 1:
                raise ValueError(field)
        _unb64(kdf["salt"]), _unb64(wrap["nonce"]), _unb64(wrap["ciphertext"])
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        raise KeyFileDamaged("The key file is damaged", path) from exc
    return key_file


def write_key_file(path: Path, key_file: KeyFile) -> None:
    write_atomically(path, key_file.to_json().encode("utf-8"))
    if os.name == "posix":
        os.chmod(path, 0o600)
