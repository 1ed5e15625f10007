"""Make the two bundled fonts whose cmap Polku extends, from Debian's fonts-noto-core files.

    apt-get download fonts-noto-core && dpkg-deb -x fonts-noto-core_*.deb x
    .venv/bin/python .ci/derive_print_fonts.py x/usr/share/fonts/truetype/noto

Noto Sans Arabic: the Sindhi presentation forms U+FB52-FB55 and U+FB5A-FB5D are mapped to the font's
own contextual forms of the Sorani letters ێ ڵ ڕ ە (its GSUB init/medi/fina glyphs). Noto Sans Thai:
private-use code points are mapped to the font's raised, left-shifted and lowered marks, and five
glyphs are added (a raised tone mark moved left, for a tall consonant with an upper vowel). Nothing
else changes; the table of code points is app/printing/glyph_forms.py. The fonts are under the SIL
Open Font License 1.1 (no reserved font names), which allows modified versions.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

from fontTools.ttLib import TTFont

from app.printing.glyph_forms import KURDISH_GLYPHS, THAI_GLYPHS

OUT = Path(__file__).resolve().parent.parent / "resources" / "fonts"
NOTE = "; Polku: extra cmap entries for contextual forms (.ci/derive_print_fonts.py)"


def _map(font: TTFont, glyphs: dict[int, str]) -> None:
    order = set(font.getGlyphOrder())
    missing = sorted(name for name in glyphs.values() if name not in order)
    if missing:
        raise SystemExit(f"glyphs not in the font: {missing}")
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap.update(glyphs)


def _add_moved(font: TTFont, name: str, source: str, dx: int) -> None:
    """A copy of glyph ``source`` moved ``dx`` units right (left if negative), as a mark (no advance)."""
    glyf = font["glyf"]
    glyph = copy.deepcopy(glyf[source])
    if glyph.isComposite():
        for component in glyph.components:
            component.x += dx
    else:
        glyph.coordinates.translate((dx, 0))
    glyf[name] = glyph  # also appends the name to the glyph order
    glyph.recalcBounds(glyf)
    font["hmtx"][name] = (0, glyph.xMin)


def _note(font: TTFont) -> None:
    for record in font["name"].names:
        if record.nameID == 5:
            record.string = str(record) + NOTE
    if "DSIG" in font:
        del font["DSIG"]  # the signature no longer matches


def arabic(src: Path, weight: str) -> None:
    font = TTFont(src / f"NotoSansArabic-{weight}.ttf")
    _map(font, KURDISH_GLYPHS)
    _note(font)
    font.save(OUT / f"NotoSansArabic-{weight}.ttf")


def thai(src: Path, weight: str) -> None:
    font = TTFont(src / f"NotoSansThai-{weight}.ttf")
    glyf = font["glyf"]
    for name in sorted({n for n, _ in THAI_GLYPHS.values() if n.endswith(".small.narrow")}):
        plain = name.removesuffix(".small.narrow")
        dx = glyf[f"{plain}.narrow"].xMin - glyf[plain].xMin  # as far left as the low mark moves
        _add_moved(font, name, f"{plain}.small", dx)
    _map(font, {code: name for code, (name, _) in THAI_GLYPHS.items()})
    _note(font)
    font.save(OUT / f"NotoSansThai-{weight}.ttf")


def main() -> None:
    src = Path(sys.argv[1])
    for weight in ("Regular", "Bold"):
        arabic(src, weight)
        thai(src, weight)


if __name__ == "__main__":
    main()
