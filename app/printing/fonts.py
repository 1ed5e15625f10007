"""The bundled Noto fonts for printing: registration, coverage, and splitting text into font runs.

ReportLab has no font fallback of its own, so every string is cut into runs, each set in the first
bundled font that has glyphs for it. A character no bundled font covers (emoji, Hangul, Indic scripts)
becomes U+FFFD, which Noto Sans draws as the replacement glyph, instead of an invisible .notdef.
Registration happens once per process, under a lock, so any thread may print.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import as_file, files
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.printing import glyph_forms

REPLACEMENT = "\ufffd"
# Priority order: the first family covering a character sets it. Noto Sans first (Latin with
# Vietnamese, Cyrillic, Greek, punctuation), then the scripts of the languages Polku's clients speak.
# Droid Sans Fallback (Chinese, Japanese kana) is last: it also has Latin glyphs, which must not win.
FAMILIES: tuple[str, ...] = (
    "NotoSans",
    "NotoSansArabic",
    "NotoSansHebrew",
    "NotoSansEthiopic",
    "NotoSansGeorgian",
    "NotoSansArmenian",
    "NotoSansThai",  # with marks positioned by glyph_forms.py (no OpenType shaping in ReportLab)
    "DroidSansFallback",
)
PRIMARY = FAMILIES[0]
# Files of a family that is not "<family>-Regular.ttf" and "<family>-Bold.ttf". Droid Sans Fallback
# has no bold: its bold is the regular face (Chinese headings print in the regular weight).
_FILES: dict[str, tuple[str, str]] = {
    "DroidSansFallback": ("DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf"),
}
# Characters that never need a glyph of their own: they are kept in whatever run they fall into.
_INVISIBLE = frozenset("\u200c\u200d\u200e\u200f\ufe0e\ufe0f")
_lock = threading.Lock()
THAI = "NotoSansThai"
glyph_forms.install()  # Sorani letter forms for the reshaper; the substitutes' text in every PDF


@dataclass(frozen=True)
class _Loaded:
    coverage: dict[str, frozenset[int]]  # family -> code points with a glyph


def font_name(family: str, bold: bool) -> str:
    return f"{family}-{'Bold' if bold else 'Regular'}"


def font_file(family: str, bold: bool) -> str:
    """The file in resources/fonts of a family's regular or bold face."""
    regular, bold_file = _FILES.get(family, (f"{family}-Regular.ttf", f"{family}-Bold.ttf"))
    return bold_file if bold else regular


@lru_cache(maxsize=1)
def _load() -> _Loaded:
    coverage: dict[str, frozenset[int]] = {}
    folder = files("resources") / "fonts"
    for family in FAMILIES:
        for bold in (False, True):
            name = font_name(family, bold)
            with as_file(folder / font_file(family, bold)) as path:
                font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
            if not bold:
                coverage[family] = frozenset(font.face.charToGlyph)
        pdfmetrics.registerFontFamily(
            family,
            normal=font_name(family, False),
            bold=font_name(family, True),
            italic=font_name(family, False),
            boldItalic=font_name(family, True),
        )
    return _Loaded(coverage)


def ensure_fonts() -> None:
    """Register the bundled fonts with ReportLab (once per process; safe from any thread)."""
    with _lock:
        _load()


def _family_for(code: int, current: str | None) -> str | None:
    cov = _load().coverage
    if current is not None and code in cov[current]:
        return current
    for family in FAMILIES:
        if code in cov[family]:
            return family
    return None


def family_runs(text: str) -> Iterator[tuple[str, str]]:
    """(family, text) runs in order; neutral characters stay with the run they follow.

    A Thai run comes with its marks positioned (``glyph_forms.thai_forms``)."""
    for family, part in _plain_runs(text):
        yield family, glyph_forms.thai_forms(part) if family == THAI else part


def _plain_runs(text: str) -> Iterator[tuple[str, str]]:
    current: str | None = None
    buf: list[str] = []
    for ch in text:
        if ch in _INVISIBLE:
            if current is not None:
                buf.append(ch)
            continue
        family = _family_for(ord(ch), current)
        if family is None:
            family, ch = _family_for(ord(REPLACEMENT), current) or PRIMARY, REPLACEMENT
        if family != current and buf and current is not None:
            yield current, "".join(buf)
            buf = []
        current = family
        buf.append(ch)
    if buf and current is not None:
        yield current, "".join(buf)


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """(ReportLab font name, text) runs for ``text``."""
    ensure_fonts()
    return [(font_name(family, bold), part) for family, part in family_runs(text)]


def width(text: str, size: float, bold: bool = False) -> float:
    return float(sum(pdfmetrics.stringWidth(part, name, size) for name, part in runs(text, bold)))


def markup(text: str, bold: bool = False) -> str:
    """ReportLab paragraph markup for plain ``text``: escaped, fonts switched per run, lines kept.

    The paragraph style's own font is Noto Sans (regular or bold, as ``bold`` says): runs in it carry no
    tag; other scripts name their registered font of the same weight. (A family name in <font face>
    is not known to ReportLab's font mapping, and a font name sets the weight itself.)
    """
    ensure_fonts()
    out: list[str] = []
    for family, part in family_runs(text):
        safe = escape(part).replace("\n", "<br/>")
        out.append(safe if family == PRIMARY else f'<font face="{font_name(family, bold)}">{safe}</font>')
    return "".join(out)


def covered(text: str) -> bool:
    """True if every character has a glyph in a bundled font (no replacement glyph needed)."""
    return all(ch in _INVISIBLE or _family_for(ord(ch), None) is not None for ch in text)
