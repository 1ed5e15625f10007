"""Look of the printed documents and the few building blocks every document uses.

Text always goes through ``text()``: plain text in any script becomes a flowable that wraps and
splits (ReportLab's Paragraph for left-to-right text, ``BidiParagraph`` when there is any
right-to-left character). Bilingual blocks put the Finnish text first and the client's language
under it in the same size and colour (the client reads their plan as much as the counsellor does),
aligned to the right for Arabic and Persian.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from app.printing import fonts
from app.printing.bidi import BidiParagraph, has_rtl

INK = colors.HexColor("#1A1A1A")
ACCENT = colors.HexColor("#1F4E79")  # headings and rules
MUTED = colors.HexColor("#5A6470")  # the second language, captions
GRID = colors.HexColor("#B9C3CF")
SHADE = colors.HexColor("#E9EFF6")  # table header rows

PAGE_MARGIN = 18 * mm
# Arabic script has a lower x-height than Latin: at the same point size a Persian or Arabic line looks a
# size smaller than the Finnish above it, so the client's right-to-left line is set this much larger.
RTL_SCALE = 1.12
EMPTY = "–"


def style(
    size: float = 9.5,
    *,
    bold: bool = False,
    color: colors.Color = INK,
    leading: float | None = None,
    space_after: float = 0.0,
    align: int = 0,
) -> ParagraphStyle:
    fonts.ensure_fonts()
    return ParagraphStyle(
        f"polku-{size}-{bold}-{space_after}-{align}",
        fontName=fonts.font_name(fonts.PRIMARY, bold),
        fontSize=size,
        leading=leading or round(size * 1.32, 1),
        textColor=color,
        spaceAfter=space_after,
        alignment=align,
    )


BODY = style()
SMALL = style(8)
LABEL = style(8.5, bold=True)
CELL = style(8.5)  # table cells: long Finnish compounds must fit narrow columns
H1 = style(15, bold=True, color=ACCENT, space_after=1)
H2 = style(11.5, bold=True, color=ACCENT)
H3 = style(10, bold=True, color=ACCENT)


def text(value: str | None, st: ParagraphStyle = BODY, *, rtl: bool | None = None) -> Flowable:
    """A paragraph of plain text (escaped; never markup); ``None`` or blank prints a dash."""
    content = value if value and value.strip() else EMPTY
    if rtl or has_rtl(content):
        bold = st.fontName.endswith("Bold")
        return BidiParagraph(
            content,
            size=st.fontSize,
            leading=st.leading,
            bold=bold,
            color=st.textColor,
            rtl=rtl,
            space_after=st.spaceAfter,
            alignment=st.alignment if st.alignment else None,
        )
    return Paragraph(fonts.markup(content, bold=st.fontName.endswith("Bold")), st)


def second(value: str, st: ParagraphStyle = BODY, *, rtl: bool = False) -> Flowable:
    """The client's-language line of a bilingual block: the Finnish line's style, right-aligned when
    right-to-left."""
    if rtl:
        st = ParagraphStyle(
            st.name + "-r",
            parent=st,
            alignment=TA_RIGHT,
            fontSize=st.fontSize * RTL_SCALE,
            leading=st.leading * RTL_SCALE,
        )
    return text(value, st, rtl=rtl or None)


def pair(
    fi: str,
    other: str,
    st: ParagraphStyle = BODY,
    *,
    rtl: bool = False,
) -> list[Flowable]:
    """Finnish text, and under it the same in the client's language (when there is one), equally
    large and dark."""
    out = [text(fi, st)]
    if other:
        out.append(second(other, st, rtl=rtl))
    return out


def heading(fi: str, other: str, *, rtl: bool, level: int = 2) -> list[Flowable]:
    """A section heading with its translation, kept on the same page as what follows it."""
    st = H1 if level == 1 else H2 if level == 2 else H3
    parts: list[Flowable] = [
        Spacer(1, 5 if level == 2 else 0),
        *pair(fi, other, st, rtl=rtl),
        Spacer(1, 3),
    ]
    for part in parts:
        part.keepWithNext = 1  # BaseDocTemplate groups them with the next flowable
    return parts


def kept(flowables: Sequence[Flowable]) -> list[Flowable]:
    """A block whose parts stay on one page, through keepWithNext like a heading's: ReportLab never
    joins a KeepTogether to the heading before it, so a heading could end a page alone."""
    out = list(flowables)
    for part in out[:-1]:
        part.keepWithNext = 1
    return out


TALL_ROW = 480.0  # points: a row taller than this may be split across pages


def _height(cell: object, width: float) -> float:
    items = cell if isinstance(cell, list) else [cell]
    return float(sum(f.wrap(width, 1e6)[1] for f in items if isinstance(f, Flowable)))


def _has_tall_row(rows: Sequence[Sequence[object]], widths: Sequence[float]) -> bool:
    return any(
        max((_height(c, w - 6) for c, w in zip(r, widths, strict=False)), default=0.0) > TALL_ROW
        for r in rows
    )


def table(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    header: bool = True,
    repeat: int = 1,
    zebra: bool = False,
    rules: bool = True,
) -> Table:
    """A ruled table; cells are flowables or lists of them.

    Rows move to the next page whole; only a table with a row taller than most of a page (a very long
    text) may split rows, as ReportLab could not lay it out otherwise."""
    t = Table(
        [list(r) for r in rows],
        colWidths=list(widths),
        repeatRows=repeat if header else 0,
        splitInRow=1 if _has_tall_row(rows, widths) else 0,
        hAlign="LEFT",
    )
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), fonts.font_name(fonts.PRIMARY, False), 8.5),  # not Helvetica
        ("LINEBELOW", (0, 0), (-1, -1), 0.4 if rules else 0, GRID if rules else colors.white),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F6F8FB")]))
    t.setStyle(TableStyle(commands))
    return t


def fields(
    rows: Sequence[tuple[tuple[str, str], Flowable | list[Flowable]]],
    width: float,
    *,
    rtl: bool,
    label_share: float = 0.34,
) -> Table:
    """Label/value rows: the label in Finnish with its translation under it, then the value."""
    label_w = width * label_share
    data = [[pair(fi, other, LABEL, rtl=rtl), value] for (fi, other), value in rows]
    return table(data, [label_w, width - label_w], header=False)


def fmt_date(value: date | datetime | None) -> str:
    if value is None:
        return EMPTY
    if isinstance(value, datetime):
        return f"{value.day}.{value.month}.{value.year} {value.hour:02d}.{value.minute:02d}"
    return f"{value.day}.{value.month}.{value.year}"


def fmt_period(start: date | None, end: date | None) -> str:
    if start is None and end is None:
        return EMPTY
    return f"{fmt_date(start) if start else ''} – {fmt_date(end) if end else ''}".strip()
