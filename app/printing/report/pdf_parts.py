"""Building blocks of the report's pages: numbers aligned right, label/number tables, and tables of
categories by municipality (one column per municipality and a total)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from reportlab.lib.enums import TA_RIGHT
from reportlab.platypus import Flowable

from app.printing import fonts
from app.printing.report.labels import Labels
from app.printing.styles import CELL, LABEL, style, table, text

NUM = style(8.5, align=TA_RIGHT)
NUM_BOLD = style(8.5, bold=True, align=TA_RIGHT)
MAX_COLUMNS = 5  # municipalities side by side before the table turns into one row per municipality


def num(value: str, bold: bool = False) -> Flowable:
    return text(value, NUM_BOLD if bold else NUM)


def counts(
    rows: Sequence[tuple[str, str]], head: tuple[str, str] | None, width: float, share: float = 0.72
) -> Flowable:
    """Label and value rows (values already formatted)."""
    data: list[list[object]] = []
    if head:
        data.append([text(head[0], LABEL), num(head[1], bold=True)])
    data += [[text(label, CELL), num(value)] for label, value in rows]
    return table(data, [width * share, width * (0.95 - share)], header=head is not None, zebra=len(rows) > 6)


def by_municipality(
    categories: Sequence[tuple[str, str]],
    values: Mapping[tuple[str, str], int],
    municipalities: Sequence[str],
    lb: Labels,
    width: float,
    *,
    head: str,
    fmt: Callable[[int], str] = str,
    total: bool = True,
) -> Flowable:
    """Rows: categories (key, label); columns: municipalities and their total. ``fmt`` formats a cell
    (``Labels.people`` hides small counts of people); the totals are exact."""
    munis = list(municipalities)
    if len(munis) == 1:
        rows = [(label, fmt(values.get((munis[0], key), 0))) for key, label in categories]
        return counts(rows, (head, lb.municipality(munis[0])), width)
    cols = [*[lb.municipality(m) for m in munis], *([lb.t("total")] if total else [])]
    label_w = width * (0.42 if len(cols) <= MAX_COLUMNS else 0.27)
    col_w = min((width - label_w) / max(len(cols), 1), 72.0)
    size = 8.5  # a municipality's name is never broken in two: many columns get a smaller header
    while size > 6.5 and max(fonts.width(c, size, bold=True) for c in cols) > col_w - 7:
        size -= 0.5
    header = style(size, bold=True, align=TA_RIGHT)
    data: list[list[object]] = [[text(head, LABEL), *(text(c, header) for c in cols)]]
    for key, label in categories:
        cells = [values.get((m, key), 0) for m in munis]
        row: list[object] = [text(label, CELL), *(num(fmt(v)) for v in cells)]
        if total:
            row.append(num(str(sum(cells)), bold=True))
        data.append(row)
    return table(data, [label_w, *[col_w] * len(cols)], zebra=len(categories) > 6)
