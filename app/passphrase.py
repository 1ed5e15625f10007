"""How strong a passphrase looks, for the meter on the first-run screen (a guide, not a guarantee)."""

from __future__ import annotations

import math
import string
from enum import IntEnum

from app.store.paths import MIN_PASSPHRASE_LENGTH


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


def estimate_bits(passphrase: str) -> float:
    """Length times the bits of the character pools used; repeated characters count once each."""
    pools = [
        (string.ascii_lowercase, 26),
        (string.ascii_uppercase, 26),
        (string.digits, 10),
        (string.punctuation + " ", 33),
    ]
    size = sum(n for chars, n in pools if any(c in chars for c in passphrase))
    if any(ord(c) > 127 for c in passphrase):
        size += 60  # letters outside ASCII: ä, ö, Cyrillic, Arabic …
    distinct = len(set(passphrase))
    return distinct * math.log2(size) if size else 0.0


def strength(passphrase: str) -> Strength:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return Strength.TOO_SHORT
    bits = estimate_bits(passphrase)
    if bits < 45:
        return Strength.WEAK
    if bits < 60:
        return Strength.FAIR
    if bits < 80:
        return Strength.GOOD
    return Strength.STRONG
