"""Right-to-left text: Arabic shaping, bidi reordering per line, and a paragraph that uses them.

ReportLab's own RTL path needs ``rlbidi`` (not published on PyPI) and its HarfBuzz shaping maps
contextual glyphs to private-use code points, which breaks text extraction. So Polku shapes with
``arabic-reshaper`` (contextual forms and lam-alef ligatures as Unicode presentation forms, which
Noto Sans Arabic has) and reorders with ``python-bidi`` (the Unicode Bidirectional Algorithm). Its
pure-Python ``bidi.algorithm`` is used, not the faster Rust ``bidi.get_display``: only the former
mirrors brackets in right-to-left runs (rule L4), without which "(" prints as ")".

The order matters for paragraphs: lines are broken in *logical* order first and each line is then
reordered on its own, so the first words of a paragraph are on its first line (reordering a whole
paragraph before wrapping puts the end of the text on the top line). Marks (harakat) are dropped by
the reshaper: without OpenType positioning they would sit on the wrong letter.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from arabic_reshaper import ArabicReshaper
from bidi.algorithm import get_display
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from app.printing import fonts

_reshaper = ArabicReshaper(configuration={"delete_harakat": True, "support_ligatures": True})


def is_rtl_char(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def has_rtl(text: str) -> bool:
    return any(is_rtl_char(ch) for ch in text)


def base_is_rtl(text: str) -> bool:
    """The paragraph direction of the Unicode bidi algorithm: the first strong character decides."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


@lru_cache(maxsize=4096)
def shape(word: str) -> str:
    """Contextual letter forms (logical order); joining never crosses a space, so words are shaped alone."""
    return str(_reshaper.reshape(word)) if has_rtl(word) else word


def visual(line: str, rtl: bool) -> str:
    """One already shaped line in display (left-to-right drawing) order."""
    if not has_rtl(line) and not rtl:
        return line
    return str(get_display(line, base_dir="R" if rtl else "L"))


def draw_line(
    canvas: Canvas,
    text: str,
    x: float,
    y: float,
    size: float,
    *,
    bold: bool = False,
    align: str = "left",
    rtl: bool | None = None,
    shaped: bool = False,
) -> float:
    """Draw one line of logical text at baseline ``y``; ``x`` is the left, right or centre edge.

    Returns the drawn width."""
    direction = base_is_rtl(text) if rtl is None else rtl
    line = visual(text if shaped else " ".join(shape(w) for w in text.split(" ")), direction)
    parts = fonts.runs(line, bold)
    total = sum(canvas.stringWidth(part, name, size) for name, part in parts)
    start = x - total if align == "right" else x - total / 2 if align == "center" else x
    for name, part in parts:
        canvas.setFont(name, size)
        canvas.drawString(start, y, part)
        start += canvas.stringWidth(part, name, size)
    return float(total)


@dataclass(frozen=True)
class _Line:
    text: str  # logical order, shaped
    width: float


def _break_word(word: str, limit: float, size: float, bold: bool) -> list[str]:
    """A word wider than the line, cut into pieces that fit (long URLs, names without spaces)."""
    pieces: list[str] = []
    current = ""
    for ch in word:
        if current and fonts.width(current + ch, size, bold) > limit:
            pieces.append(current)
            current = ""
        current += ch
    return [*pieces, current] if current else pieces


def wrap(text: str, limit: float, size: float, bold: bool) -> list[_Line]:
    """Greedy line breaking in logical order; hard line breaks are kept."""
    space = fonts.width(" ", size, bold)
    lines: list[_Line] = []
    for hard in text.split("\n"):
        words: list[tuple[str, float]] = []
        for raw in hard.split():
            shaped = shape(raw)
            w = fonts.width(shaped, size, bold)
            if w > limit:
                words.extend((p, fonts.width(p, size, bold)) for p in _break_word(shaped, limit, size, bold))
            else:
                words.append((shaped, w))
        current: list[str] = []
        used = 0.0
        for word, w in words:
            if current and used + space + w > limit:
                lines.append(_Line(" ".join(current), used))
                current, used = [], 0.0
            used = used + space + w if current else w
            current.append(word)
        lines.append(_Line(" ".join(current), used))
    return lines


class BidiParagraph(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """A paragraph of plain text in any direction: wraps, splits across pages and table rows."""

    def __init__(
        self,
        text: str,
        *,
        size: float,
        leading: float,
        bold: bool = False,
        color: object = None,
        alignment: int | None = None,
        rtl: bool | None = None,
        space_after: float = 0.0,
        _lines: list[_Line] | None = None,
    ) -> None:
        super().__init__()
        self.text, self.size, self.leading, self.bold, self.color = text, size, leading, bold, color
        self.rtl = base_is_rtl(text) if rtl is None else rtl
        self.alignment = alignment if alignment is not None else (TA_RIGHT if self.rtl else 0)
        self.space_after = space_after
        self._lines = _lines
        self._wrapped_for: float | None = None if _lines is None else -1.0

    def _copy(self, lines: list[_Line], space_after: float) -> BidiParagraph:
        return BidiParagraph(
            self.text,
            size=self.size,
            leading=self.leading,
            bold=self.bold,
            color=self.color,
            alignment=self.alignment,
            rtl=self.rtl,
            space_after=space_after,
            _lines=lines,
        )

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._lines is None or (self._wrapped_for not in (availWidth, -1.0)):
            self._lines = wrap(self.text, max(availWidth, self.size), self.size, self.bold)
            self._wrapped_for = availWidth
        self.width = availWidth
        self.height = len(self._lines) * self.leading
        return self.width, self.height

    def getSpaceAfter(self) -> float:
        return self.space_after

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        assert self._lines is not None
        fit = int(availHeight // self.leading)
        if fit <= 0 or fit >= len(self._lines):
            return [] if fit <= 0 else [self]
        return [self._copy(self._lines[:fit], 0.0), self._copy(self._lines[fit:], self.space_after)]

    def draw(self) -> None:
        canvas: Canvas = self.canv
        if self.color is not None:
            canvas.setFillColor(self.color)
        assert self._lines is not None
        align = {TA_RIGHT: "right", TA_CENTER: "center"}.get(self.alignment, "left")
        x = {"right": self.width, "center": self.width / 2}.get(align, 0.0)
        descent = self.size * 0.27  # baseline above the bottom of the line box
        for i, line in enumerate(self._lines):
            y = self.height - (i + 1) * self.leading + descent + (self.leading - self.size) / 2
            draw_line(
                canvas, line.text, x, y, self.size, bold=self.bold, align=align, rtl=self.rtl, shaped=True
            )
