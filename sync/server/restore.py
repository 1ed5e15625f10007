"""Restore detection a device cannot fake: progress proofs signed with a key kept outside the database.

A server restored from a backup without ``polku-server new-epoch`` still names the old epoch, but
devices know more than it does: a pull cursor beyond its ``last_seq``, or answers to outbox entries
beyond the device's ``last_seq``. The server used to take a device's word for that, so any device
could start a new epoch (every laptop re-sends and re-pulls everything) with one ``hello``.

Now a claim counts only with a proof: an HMAC-SHA256, under a key that is *not* in the database,
over (epoch, device, kind, number), handed to the device with the number itself (a pull page's
cursor, a push answer's ``device_last_seq``). Only the server can make one, and it signs only numbers
it has reached and committed, so "you told me N and you are now below N, in the same epoch" is true
only after a restore: sequence numbers never go back otherwise. The key file survives a restore of
the database (it is not in it); a restored *copy* of the key file is the same key (it never
changes). If the key is lost, a new one is made: old proofs stop counting and only the
administrator's ``new-epoch`` starts a new epoch.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from fastapi import Request

log = logging.getLogger(__name__)

KEY_BYTES = 32
TAG_HEX = 32  # 128 bits of the HMAC: enough against guessing, short in a query string
PROOF_MAX = 20 + 1 + TAG_HEX  # "<number>.<tag>"
KINDS = ("cursor", "acked")


def load_or_create_key(path: Path) -> bytes:
    """The server's proof key; made (readable by the owner only) on first start. Several workers
    starting at once all end with the one key that won the race to create the file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "w", encoding="ascii") as f:
            f.write(secrets.token_hex(KEY_BYTES) + "\n")
            f.flush()
            os.fsync(f.fileno())
        log.info("restore-detection key created")
    for _attempt in range(50):
        text = path.read_text("ascii").strip()
        if len(text) == 2 * KEY_BYTES:  # another worker may still be writing it
            return bytes.fromhex(text)
        time.sleep(0.05)
    raise RuntimeError(f"the restore-detection key file {path} is not valid: delete it to make a new one")


@dataclass(frozen=True)
class Proofs:
    key: bytes

    def _tag(self, kind: str, epoch: str, device_id: str, number: int) -> str:
        msg = f"polku-progress-v1|{kind}|{epoch}|{device_id}|{number}".encode()
        return hmac.new(self.key, msg, hashlib.sha256).hexdigest()[:TAG_HEX]

    def make(self, kind: str, epoch: str, device_id: str, number: int) -> str:
        """A proof that the server reached ``number`` (``kind``) for this device in ``epoch``."""
        return f"{number}.{self._tag(kind, epoch, device_id, number)}"

    def proven(self, kind: str, epoch: str, device_id: str, proof: str) -> int | None:
        """The number a proof made by this server proves, or None (missing, malformed, forged)."""
        number_text, _dot, tag = proof.partition(".")
        if not number_text.isdigit() or len(number_text) > 19 or len(tag) != TAG_HEX:
            return None
        number = int(number_text)
        if not hmac.compare_digest(tag, self._tag(kind, epoch, device_id, number)):
            return None
        return number


def get_proofs(request: Request) -> Proofs:
    proofs: Proofs = request.app.state.proofs
    return proofs
