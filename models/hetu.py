"""Finnish personal identity code (henkilötunnus, "hetu") validation.

Format ``DDMMYYCZZZQ``: date of birth, century sign, individual number, check character.
Century signs: ``+`` 1800s; ``-`` ``Y`` ``X`` ``W`` ``V`` ``U`` 1900s; ``A``-``F`` 2000s (the extra
signs exist since 2023). Check character: ``int(DDMMYYZZZ) % 31`` indexed into ``_CHECK_CHARS``.
Individual numbers 002-899 are ordinary; 900-999 are temporary/test numbers (accepted, flagged).

Nothing here ever puts the code itself into an exception message or ``repr``: it is personal data
and messages end up in logs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

__all__ = ["Hetu", "HetuReason", "InvalidHetu", "hetu_matches_birth_date", "is_valid_hetu", "parse_hetu"]

HetuReason = Literal["format", "century", "date", "individual_number", "checksum"]

_CHECK_CHARS: Final = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_CENTURIES: Final[dict[str, int]] = {
    "+": 1800,
    **dict.fromkeys("-YXWVU", 1900),
    **dict.fromkeys("ABCDEF", 2000),
}
# Shape only: the century sign is any single non-space character here, checked separately.
_SHAPE: Final = re.compile(r"(\d{2})(\d{2})(\d{2})(\S)(\d{3})([0-9A-Z])")


class InvalidHetu(ValueError):
    """The text is not a valid personal identity code. ``reason`` says why; the input is never kept."""

    def __init__(self, reason: HetuReason) -> None:
        super().__init__(f"invalid personal identity code ({reason})")
        self.reason: HetuReason = reason


@dataclass(frozen=True, repr=False)
class Hetu:
    date_of_birth: date
    individual_number: int
    is_temporary: bool
    normalized: str

    def __repr__(self) -> str:  # never leak the code or the birth date into logs
        return "Hetu(<redacted>)"

    __str__ = __repr__


def parse_hetu(text: str) -> Hetu:
    """Validate and normalize (strip, uppercase) a personal identity code; raise ``InvalidHetu``."""
    code = text.strip().upper()
    match = _SHAPE.fullmatch(code)
    if match is None:
        raise InvalidHetu("format")
    day, month, year2, sign, individual, check = match.groups()
    if check not in _CHECK_CHARS:
        raise InvalidHetu("format")
    century = _CENTURIES.get(sign)
    if century is None:
        raise InvalidHetu("century")
    try:
        born: date | None = date(century + int(year2), int(month), int(day))
    except ValueError:
        born = None
    if born is None:  # raised outside the except block: no chained exception carries any detail
        raise InvalidHetu("date")
    number = int(individual)
    if number < 2:
        raise InvalidHetu("individual_number")
    if _CHECK_CHARS[int(day + month + year2 + individual) % 31] != check:
        raise InvalidHetu("checksum")
    return Hetu(date_of_birth=born, individual_number=number, is_temporary=number >= 900, normalized=code)


def is_valid_hetu(text: str) -> bool:
    try:
        parse_hetu(text)
    except InvalidHetu:
        return False
    return True


def hetu_matches_birth_date(hetu: str | Hetu, birth_date: date) -> bool:
    """True when the code is valid and encodes ``birth_date``. An invalid code never matches."""
    if isinstance(hetu, str):
        try:
            hetu = parse_hetu(hetu)
        except InvalidHetu:
            return False
    return hetu.date_of_birth == birth_date
