"""The organisation recovery key: a forgotten passphrase does not lose unsynced work.

The administrator makes one X25519 key pair (``polku recovery-keygen``) and keeps the private half
offline, encrypted with a password. IT puts the public half on every laptop (machine-wide setting
``security.recovery_public_key``). Each laptop then also wraps its database key for that public key
(ECIES: an ephemeral X25519 agreement, HKDF-SHA256, AES-256-GCM) beside the passphrase wrapping in
the key file. With the private half, ``polku recover`` unwraps the key and sets a new passphrase;
the database is not touched. The server never sees either half or any database key.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import PolkuError
from app.store.keyfile import KdfParams, KeyFile, read_key_file, write_key_file

SCHEME = "X25519-HKDF-SHA256-AES-256-GCM"


class RecoveryError(PolkuError):
    """``code`` says which: ``recovery_key_or_password_wrong``, ``recovery_other_key``, ..."""

    code = "recovery"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _raw(public: X25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(public_pem: bytes) -> str:
    return hashlib.sha256(_raw(load_public(public_pem))).hexdigest()[:16]


def generate_keypair(password: str) -> tuple[bytes, bytes]:
    """(private PEM encrypted with ``password``, public PEM)."""
    if len(password) < 12:
        raise RecoveryError(
            "The recovery key password needs at least 12 characters.", code="recovery_password_short"
        )
    private = X25519PrivateKey.generate()
    private_pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(password.encode("utf-8")),
    )
    public_pem = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private_pem, public_pem


def load_public(public_pem: bytes) -> X25519PublicKey:
    try:
        key = serialization.load_pem_public_key(public_pem)
    except ValueError as exc:
        raise RecoveryError(
            "The recovery public key is not a valid PEM file.", code="recovery_key_unreadable"
        ) from exc
    if not isinstance(key, X25519PublicKey):
        raise RecoveryError("The recovery public key is not an X25519 key.", code="recovery_key_wrong_kind")
    return key


def _kek(shared: bytes, key_id: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=f"polku-recovery/{key_id}".encode()
    ).derive(shared)


def wrap_for_recovery(db_key: bytes, key_id: str, public_pem: bytes) -> dict[str, Any]:
    recipient = load_public(public_pem)
    ephemeral = X25519PrivateKey.generate()
    kek = _kek(ephemeral.exchange(recipient), key_id)
    nonce = secrets.token_bytes(12)
    ciphertext = AESGCM(kek).encrypt(nonce, db_key, f"polku-recovery/{key_id}".encode())
    return {
        "scheme": SCHEME,
        "key_fingerprint": fingerprint(public_pem),
        "ephemeral_public": _b64(_raw(ephemeral.public_key())),
        "nonce": _b64(nonce),
        "ciphertext": _b64(ciphertext),
    }


def with_recovery(key_file: KeyFile, db_key: bytes, public_pem: bytes | None) -> KeyFile | None:
    """The key file with a recovery wrapping for ``public_pem``, or None when it already has one."""
    if public_pem is None:
        return None
    current = key_file.wraps.get("recovery")
    if current and current.get("key_fingerprint") == fingerprint(public_pem):
        return None
    wraps = dict(key_file.wraps)
    wraps["recovery"] = wrap_for_recovery(db_key, key_file.key_id, public_pem)
    return KeyFile(key_file.key_id, key_file.created, wraps)


def unwrap_with_recovery(key_file: KeyFile, private_pem: bytes, password: str) -> bytes:
    wrap = key_file.wraps.get("recovery")
    if not wrap or wrap.get("scheme") != SCHEME:
        raise RecoveryError(
            "This profile has no recovery wrapping: the recovery key cannot open it.",
            code="recovery_not_set_up",
        )
    try:
        private = serialization.load_pem_private_key(private_pem, password.encode("utf-8"))
    except (ValueError, TypeError) as exc:
        raise RecoveryError(
            "The recovery key file or its password is not correct.", code="recovery_key_or_password_wrong"
        ) from exc
    if not isinstance(private, X25519PrivateKey):
        raise RecoveryError("The recovery key is not an X25519 key.", code="recovery_key_wrong_kind")
    if fingerprint(
        private.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    ) != wrap.get("key_fingerprint"):
        raise RecoveryError(
            "This profile was protected with a different recovery key.", code="recovery_other_key"
        )
    try:
        ephemeral = X25519PublicKey.from_public_bytes(base64.b64decode(wrap["ephemeral_public"]))
        kek = _kek(private.exchange(ephemeral), key_file.key_id)
        return AESGCM(kek).decrypt(
            base64.b64decode(wrap["nonce"]),
            base64.b64decode(wrap["ciphertext"]),
            f"polku-recovery/{key_file.key_id}".encode(),
        )
    except (InvalidTag, KeyError, ValueError) as exc:
        raise RecoveryError(
            "The recovery wrapping in the key file is damaged.", code="recovery_wrapping_damaged"
        ) from exc


def recover_profile(
    folder: Path, *, private_pem: bytes, password: str, new_passphrase: str, kdf: KdfParams | None = None
) -> None:
    """Set a new passphrase with the organisation's recovery key; the database is not touched."""
    from app.store.profile import ProfilePaths, check_passphrase_strength

    check_passphrase_strength(new_passphrase)
    paths = ProfilePaths(folder)
    key_file = read_key_file(paths.key_file)
    db_key = unwrap_with_recovery(key_file, private_pem, password)
    write_key_file(paths.key_file, key_file.rewrapped(db_key, new_passphrase, kdf or KdfParams()))
