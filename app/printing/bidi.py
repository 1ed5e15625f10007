"""Right-to-left text: Arabic shaping, bidi reordering per line, and a paragraph that uses them.

ReportLab's own RTL path needs ``rlbidi`` (not published on PyPI) and its HarfBuzz shaping maps
contextual glyphs to private-use code points, which breaks text extraction. So Polku shapes with
``arabic-reshaper`` (contextual forms and lam-alef ligatures as Unicode presentation forms, which
Noto Sans Arabic has) and reorders with ``python-bidi`` (the Unicode Bidirectional Algorithm). Its
pure-Python ``bidi.algorithm`` is used, not the faster Rust ``bidi.get_display``: only the former
mirrors brackets in right-to-left runs (rule L4), without which "(" prints as ")". But the pure-Python
one predates paired brackets (rule N0, Unicode 6.3): the closing bracket of "persia (farsi)" at the
end of a Persian line took the paragraph's direction and printed as "...: )persia (farsi". So
``_resolved`` runs the library's steps itself and resolves bracket pairs (``_resolve_brackets``) between
the weak and the neutral types, as the standard orders them; the tests check the resulting order
against the Rust implementation, which has N0.

The order matters for paragraphs (UAX #9, 3.4): the levels are resolved once for the whole paragraph,
lines are broken in *logical* order, and each line is then reordered (L1, L2) and mirrored (L4) from its
part of the paragraph's levels. So the first words of a paragraph are on its first line (reordering a
whole paragraph before wrapping puts the end of the text on the top line), and a Latin name or bracket
pair split across lines keeps its paragraph's direction (resolving each line alone moved the "/" of
"TyöNavigaattori / International" to the far side of a line that ended with it). A line drawn alone is
a paragraph of its own. Marks (harakat) are dropped by the reshaper: without OpenType positioning they
would sit on the wrong letter.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from arabic_reshaper import ArabicReshaper
from bidi import algorithm as uba
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


# Bidi_Paired_Bracket pairs (BidiBrackets.txt) that can occur in a client's text: ASCII, full-width
# (Chinese, Japanese), CJK corner and angle brackets, and the mathematical ones a form might carry.
_PAIRS = dict(
    zip(
        "([{\u2045\u207d\u208d\u2329\u27e8\u27e6\u3008\u300a\u300c\u300e\u3010\uff08\uff3b\uff5b",
        ")]}\u2046\u207e\u208e\u232a\u27e9\u27e7\u3009\u300b\u300d\u300f\u3011\uff09\uff3d\uff5d",
        strict=True,
    )
)
_CLOSERS = {c: o for o, c in _PAIRS.items()}
_STRONG = {"L": "L", "R": "R", "AL": "R", "EN": "R", "AN": "R"}  # numbers count as R (N0)


def _pairs_in(chars: list[dict[str, object]]) -> list[tuple[int, int]]:
    """BD16: the bracket pairs of one level run (indices into ``chars``), by opening position."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for i, ch in enumerate(chars):
        c = str(ch["ch"])
        if ch["type"] != "ON":
            continue
        if c in _PAIRS:
            if len(stack) == 63:  # BD16: stop at overflow
                break
            stack.append((_PAIRS[c], i))
        elif c in _CLOSERS:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == c:
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    return sorted(pairs)


def _resolve_brackets(storage: dict[str, object]) -> None:
    """N0: a bracket pair takes the embedding direction if the text inside it has that direction, or
    the opposite one if the text inside and the text before the pair both have it."""
    all_chars: list[dict[str, object]] = storage["chars"]  # type: ignore[assignment]
    for run in storage["runs"]:  # type: ignore[attr-defined]
        start, length = run["start"], run["length"]
        chars = all_chars[start : start + length]
        if not chars:
            continue
        embedding = "R" if int(str(chars[0]["level"])) % 2 else "L"
        opposite = "L" if embedding == "R" else "R"
        for open_i, close_i in _pairs_in(chars):
            inside = {_STRONG.get(str(ch["type"])) for ch in chars[open_i + 1 : close_i]}
            if embedding in inside:
                direction = embedding
            elif opposite in inside:
                before = next(
                    (_STRONG[t] for ch in reversed(chars[:open_i]) if (t := str(ch["type"])) in _STRONG),
                    run["sor"],
                )
                direction = opposite if before == opposite else embedding
            else:
                continue  # nothing strong inside: the brackets stay neutral (N1, N2)
            chars[open_i]["type"] = chars[close_i]["type"] = direction


Char = dict[str, object]  # python-bidi's record of one character: "ch", "level", "type", "orig"


def _resolved(text: str, rtl: bool) -> list[Char]:
    """The resolved levels of one paragraph of shaped text (rules X1-I2, with N0 for bracket pairs).

    Each record keeps its index in ``text`` as "at": X9 drops embedding controls and joiners (ZWNJ is
    type BN), so records and characters do not line up one to one."""
    storage = uba.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    uba.get_embedding_levels(text, storage)
    for at, ch in enumerate(storage["chars"]):
        ch["at"] = at
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    _resolve_brackets(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    return storage["chars"]  # type: ignore[no-any-return]


def _line_order(chars: list[Char], rtl: bool) -> str:
    """Rules L1, L2 and L4 for one line: ``chars`` are the line's part of its paragraph's records."""
    line = [dict(ch) for ch in chars]  # the paragraph's records stay as resolved for its other lines
    base = 1 if rtl else 0
    trailing = True  # L1: separators, and whitespace before them or at the line's end, go to the base
    for ch in reversed(line):
        if ch["orig"] in ("B", "S"):
            ch["level"], trailing = base, True
        elif trailing and ch["orig"] in ("WS", "BN"):
            ch["level"] = base
        else:
            trailing = False
    levels = [int(str(ch["level"])) for ch in line]
    if line:  # L2: reverse every run at each level from the highest down to the lowest odd one
        lowest_odd = min((lv for lv in levels if lv % 2), default=max(levels) + 1)
        uba.reverse_contiguous_sequence(line, 0, len(line) - 1, max(levels), lowest_odd)
    storage = {"chars": line}
    uba.apply_mirroring(storage, False)  # L4
    return "".join(str(ch["ch"]) for ch in line)


def visual(line: str, rtl: bool) -> str:
    """One already shaped line, a paragraph of its own, in display (left-to-right drawing) order, brackets
    mirrored where they are right-to-left."""
    if not has_rtl(line) and not rtl:
        return line
    return _line_order(_resolved(line, rtl), rtl)


def reorder(paragraph: str, lines: list[tuple[int, int]], rtl: bool) -> list[str]:
    """The lines of one shaped paragraph, given as [start, end) spans of it, in display order: levels
    resolved for the whole paragraph, then each line reordered and mirrored on its own."""
    if not rtl and not has_rtl(paragraph):
        return [paragraph[a:b] for a, b in lines]
    chars = _resolved(paragraph, rtl)
    return [_line_order([ch for ch in chars if a <= int(str(ch["at"])) < b], rtl) for a, b in lines]


def _draw(canvas: Canvas, shown: str, x: float, y: float, size: float, bold: bool, align: str) -> float:
    """Draw text already in display order; returns its width."""
    parts = fonts.runs(shown, bold)
    total = sum(canvas.stringWidth(part, name, size) for name, part in parts)
    start = x - total if align == "right" else x - total / 2 if align == "center" else x
    for name, part in parts:
        canvas.setFont(name, size)
        canvas.drawString(start, y, part)
        start += canvas.stringWidth(part, name, size)
    return float(total)


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
) -> float:
    """Draw one line of logical text at baseline ``y``; ``x`` is the left, right or centre edge.

    Returns the drawn width."""
    direction = base_is_rtl(text) if rtl is None else rtl
    shaped = " ".join(shape(w) for w in text.split(" "))
    return _draw(canvas, visual(shaped, direction), x, y, size, bold, align)


@dataclass(frozen=True)
class _Line:
    text: str  # logical order, shaped
    width: float
    shown: str  # display order: reordered with the levels of the whole paragraph


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


def _wrap_paragraph(text: str, limit: float, size: float, bold: bool, rtl: bool) -> list[_Line]:
    """Greedy line breaking of one paragraph (no hard breaks) in logical order, then each line put in
    display order with the levels resolved for the whole paragraph (UAX #9, 3.4): a bracket pair or a
    Latin name split across lines keeps the direction it has in the paragraph."""
    space = fonts.width(" ", size, bold)
    pieces: list[tuple[str, float, bool]] = []  # shaped piece, its width, whether a space precedes it
    for raw in text.split():
        shaped = shape(raw)
        w = fonts.width(shaped, size, bold)
        if w > limit:
            cut = _break_word(shaped, limit, size, bold)
            pieces.extend((p, fonts.width(p, size, bold), i == 0) for i, p in enumerate(cut))
        else:
            pieces.append((shaped, w, True))
    paragraph = ""
    spans: list[tuple[int, int, float]] = []  # each line's [start, end) in ``paragraph`` and its width
    line_start, used = 0, 0.0
    for piece, w, spaced in pieces:
        gap = space if spaced else 0.0
        if paragraph and used + gap + w > limit:
            spans.append((line_start, len(paragraph), used))
            line_start, used = len(paragraph) + (1 if spaced else 0), 0.0
        elif paragraph:
            used += gap
        paragraph += (" " if spaced and paragraph else "") + piece
        used += w
    spans.append((line_start, len(paragraph), used))
    shown = reorder(paragraph, [(a, b) for a, b, _ in spans], rtl)
    return [_Line(paragraph[a:b], w, line) for (a, b, w), line in zip(spans, shown, strict=True)]


def wrap(text: str, limit: float, size: float, bold: bool, *, rtl: bool | None = None) -> list[_Line]:
    """Lines of at most ``limit`` points; hard line breaks are kept and end a paragraph (UAX #9, P1).
    ``rtl`` is the paragraphs' base direction, by default that of the first strong character."""
    direction = base_is_rtl(text) if rtl is None else rtl
    return [ln for hard in text.split("\n") for ln in _wrap_paragraph(hard, limit, size, bold, direction)]


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
            self._lines = wrap(self.text, max(availWidth, self.size), self.size, self.bold, rtl=self.rtl)
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
            _draw(canvas, line.shown, x, y, self.size, self.bold, align)
