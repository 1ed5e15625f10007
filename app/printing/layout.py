"""A4 pages: the letterhead, the document id and version, and "page N / M" on every page.

The page total is known only at the end, so the canvas keeps each page and draws the header and
footer when the document is saved (the usual two-pass "numbered canvas").
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate

from app.printing import fonts
from app.printing.bidi import draw_line
from app.printing.styles import ACCENT, INK, MUTED, PAGE_MARGIN, RTL_SCALE, fmt_date
from app.printing.texts import Tr

HEADER_H = 27 * mm
FOOTER_H = 14 * mm


@dataclass(frozen=True)
class DocInfo:
    tr: Tr
    title: tuple[str, str]  # Finnish, client's language
    doc_id: str
    version: str | None  # e.g. "3" for the third version of a plan
    municipality: str | None  # the client's home municipality, named in the letterhead
    printed: date
    landscape: bool = False
    org: str = "org"  # the texts' letterhead entry: "org" the city, "org_employment" the employment authority


def polku_version() -> str:
    try:
        return version("polku")
    except PackageNotFoundError:  # a source tree that is not installed
        return "0+source"


def _draw(c: Canvas, info: DocInfo, page: int, total: int) -> None:
    tr = info.tr
    width, height = c._pagesize
    left, right = PAGE_MARGIN, width - PAGE_MARGIN
    top = height - 12 * mm
    rtl = tr.rtl
    c.saveState()
    title, title_other = info.title[0].upper(), info.title[1].upper()
    size = 10.5
    while (
        size > 7 and max(fonts.width(t, size, bold=True) for t in (title, title_other)) > (right - left) * 0.6
    ):
        size -= 0.5  # long titles shrink rather than run into the organisation's name
    org, org_size = tr.fi(f"{info.org}.name"), 11.0
    room = right - left - max(fonts.width(t, size, bold=True) for t in (title, title_other)) - 12
    while org_size > 7.5 and fonts.width(org, org_size, bold=True) > room:
        org_size -= 0.5  # a long organisation name (the employment authority) shrinks too
    c.setFillColor(ACCENT)
    draw_line(c, org, left, top, org_size, bold=True)
    c.setFillColor(INK)
    unit = tr.fi(f"{info.org}.unit") + (f" · {info.municipality}" if info.municipality else "")
    draw_line(c, unit, left, top - 12, 8.5)
    scale = RTL_SCALE if rtl else 1.0  # the client's language as large and dark as the Finnish
    if tr.bilingual:
        draw_line(c, tr.get(tr.lang, f"{info.org}.unit"), left, top - 23, 8.5 * scale, rtl=rtl)
    draw_line(c, title, right, top, size, bold=True, align="right")
    if title_other:
        draw_line(c, title_other, right, top - 12, size * scale, bold=True, align="right", rtl=rtl)
    page_fi, page_other = tr.pair("doc.page", page=page, total=total)
    used = draw_line(c, page_fi, right, top - 23, 8.5, align="right", rtl=False)
    if page_other:  # each language in its own direction, or "2 / 3" reads "3 / 2" in Arabic
        draw_line(c, page_other, right - used - 10, top - 23, 8.5 * scale, align="right", rtl=rtl)
    c.setStrokeColor(ACCENT)
    c.setLineWidth(0.8)
    c.line(left, height - HEADER_H + 2 * mm, right, height - HEADER_H + 2 * mm)
    # footer
    c.setStrokeColor(MUTED)
    c.setLineWidth(0.3)
    base = FOOTER_H - 4 * mm
    c.line(left, base + 9, right, base + 9)
    c.setFillColor(MUTED)
    version = info.version or ""
    id_fi, id_other = tr.pair("doc.id_line" if version else "doc.id_only", id=info.doc_id, version=version)
    draw_line(c, id_fi, left, base, 7, rtl=False)
    printed = f"{tr.fi('doc.printed')} {fmt_date(info.printed)} · Polku {polku_version()}"
    draw_line(c, printed, right, base, 7, align="right", rtl=False)
    conf_fi, conf_other = tr.pair("doc.confidential")
    draw_line(c, conf_fi.upper(), left, base - 9, 7, bold=True, rtl=False)
    if id_other:
        draw_line(c, f"{conf_other.upper()} · {id_other}", right, base - 9, 7, align="right", rtl=rtl)
    c.restoreState()


class _KeepWithNext(KeepTogether):  # type: ignore[misc]  # ReportLab is untyped
    """A heading kept with what follows it (keepWithNext), unless that is long and the page still has
    room: then the group starts here and splits, instead of leaving most of the page empty."""

    ROOM = 200.0  # points left on the page below which the group moves to the next page

    def split(self, aW: float, aH: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        if aH < self._H and aH >= self.ROOM and self._starts_here(aW, aH):
            return list(self._content)
        return list(super().split(aW, aH))

    def _starts_here(self, aW: float, aH: float) -> bool:
        """Whether something after the headings fits under them here: a heading alone at the foot of a
        page, its goals or table on the next, would be an orphan."""
        content = list(self._content)
        n = next((i for i, f in enumerate(content) if not getattr(f, "keepWithNext", 0)), len(content))
        if n == 0 or n == len(content):
            return True
        heads, first = content[:n], content[n]
        room = aH - sum(f.wrap(aW, aH)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in heads)
        if room <= 0:
            return False
        if first.wrap(aW, room)[1] <= room:
            return True
        # a KeepTogether (a goal) moves whole; a table or paragraph may leave a part here
        return not isinstance(first, KeepTogether) and bool(first.split(aW, room))


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab is untyped
    info: DocInfo

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            _draw(self, self.info, number, total)
            super().showPage()
        super().save()


def build_pdf(story: Sequence[Flowable], info: DocInfo) -> bytes:
    """Lay out ``story`` on A4 pages with the letterhead and footer; returns the PDF."""
    fonts.ensure_fonts()
    out = io.BytesIO()
    size = (A4[1], A4[0]) if info.landscape else A4
    doc = BaseDocTemplate(
        out,
        pagesize=size,
        leftMargin=PAGE_MARGIN,
        rightMargin=PAGE_MARGIN,
        topMargin=HEADER_H,
        bottomMargin=FOOTER_H + 4 * mm,
        title=info.title[0],
        author=info.tr.fi(f"{info.org}.name"),
        subject=info.title[0],
        creator=f"Polku {polku_version()}",
        producer="Polku (ReportLab)",
        lang=info.tr.lang,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.keepTogetherClass = _KeepWithNext

    def make_canvas(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        # ReportLab starts every page in Helvetica, a font that would not be embedded.
        kwargs["initialFontName"] = kwargs.get("initialFontName") or fonts.font_name(fonts.PRIMARY, False)
        canvas = _NumberedCanvas(*args, **kwargs)
        canvas.info = info
        return canvas

    doc.build(list(story), canvasmaker=make_canvas)
    return out.getvalue()


def content_width(info: DocInfo) -> float:
    size = (A4[1], A4[0]) if info.landscape else A4
    return float(size[0] - 2 * PAGE_MARGIN)
