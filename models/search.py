"""How names are folded for search, the same on every device and in every migration.

Case is folded, accents and Arabic/Persian short vowels (combining marks) are dropped, Arabic and
Persian letter variants that people type interchangeably are unified, so "jarvinen" finds
"Järvinen", "олена" finds "Олена" and "محمد" finds "مُحَمَّد".
"""

from __future__ import annotations

import unicodedata
from datetime import date

# Letters typed interchangeably on Arabic and Persian keyboards (kaf/yeh forms, alef with hamza).
_UNIFY = str.maketrans(
    {
        "ك": "ک",  # Arabic kaf -> Persian keheh
        "ي": "ی",  # Arabic yeh -> Persian yeh
        "ى": "ی",  # alef maksura
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ة": "ه",
        "ـ": None,  # tatweel (elongation) carries no meaning
    }
)


def fold(text: str) -> str:
    if text.isascii():  # no accents, marks or Arabic letters: casefolding is all there is to do
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).translate(_UNIFY)


def client_search_key(
    first_names: str, last_name: str, name_latin: str | None, date_of_birth: date | None
) -> str:
    """The text search matches against: folded names (and transcription), birth date as d.m.yyyy."""
    parts = [first_names, last_name, name_latin or ""]
    if date_of_birth is not None:
        parts.append(f"{date_of_birth.day}.{date_of_birth.month}.{date_of_birth.year}")
        parts.append(date_of_birth.isoformat())
    return " ".join(fold(p) for p in parts if p)
