"""Contextual glyph forms that ReportLab cannot pick itself: Thai mark positions and Kurdish (Sorani)
letter forms.

ReportLab draws one glyph per character, without OpenType shaping. Arabic shaping is done before
drawing with presentation-form characters (see bidi.py), but four Sorani letters (ێ ڵ ڕ ە) have no
presentation forms in Unicode, and Thai needs its tone marks raised above an upper vowel and moved
left on the tall consonants (ป ฝ ฟ ฬ), or they overprint. The bundled Noto Sans Arabic and Noto Sans
Thai therefore map a few extra code points to the fonts' own contextual glyphs (.ci/derive_print_fonts.py
made them from the Debian fonts-noto-core files):

- Thai: private-use code points U+F700... (left to right like Thai, so line order is unaffected).
- Sorani: the presentation forms of two Sindhi letters (U+FB52-FB55, U+FB5A-FB5D), which no language
  Polku prints uses. They have to be real right-to-left Arabic letters for the bidi algorithm; private-use
  code points read as left to right and would scramble the word order.

Every PDF's text layer (ToUnicode) maps these code points back to the letters they stand for, so
copying or extracting the text gives the original characters.
"""

from __future__ import annotations

from typing import Any

from arabic_reshaper import letters as _reshaper_letters
from reportlab.pdfbase import ttfonts as _ttfonts

# Kurdish letter -> (isolated, initial, medial, final), as arabic-reshaper's letter table has them;
# "" where the letter does not join on that side.
KURDISH_FORMS: dict[str, tuple[str, str, str, str]] = {
    "\u06ce": ("\u06ce", "\ufb52", "\ufb53", "\ufb54"),  # ێ yeh with small v
    "\u06b5": ("\u06b5", "\ufb55", "\ufb5a", "\ufb5b"),  # ڵ lam with small v
    "\u0695": ("\u0695", "", "", "\ufb5c"),  # ڕ reh with small v below
    "\u06d5": ("\u06d5", "", "", "\ufb5d"),  # ە ae
}
# Substitute code point -> the glyph in the derived font (used by .ci/derive_print_fonts.py).
KURDISH_GLYPHS: dict[int, str] = {
    0xFB52: "uni06CE.init",
    0xFB53: "uni06CE.medi",
    0xFB54: "uni06CE.fina",
    0xFB55: "uni06B5.init",
    0xFB5A: "uni06B5.medi",
    0xFB5B: "uni06B5.fina",
    0xFB5C: "uni0695.fina",
    0xFB5D: "uni06D5.fina",
}

TONES = "\u0e48\u0e49\u0e4a\u0e4b\u0e4c"  # mai ek, tho, tri, chattawa; thanthakhat
UPPER = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e47\u0e4d"  # vowels and marks above the consonant
LOWER = "\u0e38\u0e39\u0e3a"  # sara u, uu, phinthu
TALL = "\u0e1b\u0e1d\u0e1f\u0e2c"  # ป ฝ ฟ ฬ: their ascender takes the space above on the right
DESCENDER = "\u0e0e\u0e0f"  # ฎ ฏ: a lower vowel goes below the descender
NO_DESCENDER = "\u0e0d\u0e10"  # ญ ฐ: drop the descender above a lower vowel
SARA_AM = "\u0e33"
SARA_AA = "\u0e32"
NIKHAHIT = "\u0e4d"


def _thai_table() -> dict[int, tuple[str, str]]:
    """Private-use code point -> (glyph name in the derived Noto Sans Thai, the text it stands for)."""
    table: dict[int, tuple[str, str]] = {}
    for i, tone in enumerate(TONES):
        name = f"uni{ord(tone):04X}"
        table[0xF700 + i] = (f"{name}.small", tone)  # raised above an upper vowel
        table[0xF705 + i] = (f"{name}.narrow", tone)  # moved left, on a tall consonant
        table[0xF70A + i] = (f"{name}.small.narrow", tone)  # both (a glyph the derivation adds)
    for i, mark in enumerate(UPPER):
        table[0xF710 + i] = (f"uni{ord(mark):04X}.narrow", mark)
    for i, mark in enumerate(LOWER):
        table[0xF718 + i] = (f"uni{ord(mark):04X}.small", mark)  # lowered below a descender
    for i, letter in enumerate(NO_DESCENDER):
        table[0xF71B + i] = (f"uni{ord(letter):04X}.less", letter)
    for i, name in enumerate(("maiEk", "maiTho", "maiTri", "maiChattawa")):
        both = TONES[i] + NIKHAHIT  # sara am's circle with a tone mark above it
        table[0xF720 + i] = (f"nikhahit_{name}thai", both)
        table[0xF724 + i] = (f"nikhahit_{name}thai.narrow", both)
    return table


THAI_GLYPHS = _thai_table()
_THAI_CODE = {name: cp for cp, (name, _) in THAI_GLYPHS.items()}
_SARA_AM_TONES = {
    tone: f"nikhahit_{name}thai"
    for tone, name in zip(TONES, ("maiEk", "maiTho", "maiTri", "maiChattawa"), strict=False)
}
# Every substitute code point -> the text it stands for (the PDF's text layer).
SUBSTITUTES: dict[int, str] = {
    **{cp: text for cp, (_, text) in THAI_GLYPHS.items()},
    **{ord(form): letter for letter, forms in KURDISH_FORMS.items() for form in forms[1:] if form},
}


def _sub(char: str, suffix: str) -> str:
    return chr(_THAI_CODE[f"uni{ord(char):04X}{suffix}"])


def thai_forms(text: str) -> str:
    """``text`` with Thai marks in the positions their consonant and neighbours need (logical order kept)."""
    if not any("\u0e00" <= ch <= "\u0e7f" for ch in text):
        return text
    out: list[str] = []
    base = " "  # the character the marks being read sit on (one character: "" is in every string)
    upper_seen = False
    skip = False
    for i, ch in enumerate(text):
        if skip:  # sara am, already drawn as the circle under the tone mark and sara aa
            skip = False
            continue
        tall = base in TALL
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if ch in UPPER:
            out.append(_sub(ch, ".narrow") if tall else ch)
            upper_seen = True
        elif ch in TONES:
            if nxt == SARA_AM and ch in _SARA_AM_TONES:  # the tone mark goes above sara am's circle
                out.append(chr(_THAI_CODE[_SARA_AM_TONES[ch] + (".narrow" if tall else "")]))
                out.append(SARA_AA)
                skip = True
                continue
            suffix = (".small" if upper_seen else "") + (".narrow" if tall else "")
            out.append(_sub(ch, suffix) if suffix else ch)
        elif ch in LOWER:
            out.append(_sub(ch, ".small") if base in DESCENDER else ch)
        else:
            out.append(_sub(ch, ".less") if ch in NO_DESCENDER and nxt in LOWER else ch)
            base, upper_seen = ch, False
    return "".join(out)


def _add_kurdish_letters() -> None:
    """Teach arabic-reshaper's letter table the Sorani letters' forms (it leaves them unjoined)."""
    table: dict[str, tuple[str, str, str, str]] = _reshaper_letters.LETTERS_ARABIC
    table.update(KURDISH_FORMS)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, with each substitute code point mapped to the text it stands for."""

    def hex16(code: int) -> str:
        text = SUBSTITUTES.get(code, chr(code))
        return "".join(f"{b:02X}" for b in text.encode("utf-16-be"))

    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{hex16(code)}>" for i, code in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def install() -> None:
    """Once per process: the reshaper's Kurdish letters and the PDFs' text layer for the substitutes."""
    _add_kurdish_letters()
    module: Any = _ttfonts
    module.makeToUnicodeCMap = _to_unicode_cmap
