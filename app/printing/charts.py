"""Bar charts for the annual report (ReportLab graphics), set in the bundled fonts."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from app.printing import fonts
from app.printing.styles import ACCENT, INK

PALETTE = (ACCENT, colors.HexColor("#7FA7CE"), colors.HexColor("#C9773B"), colors.HexColor("#9AA5B1"))
FONT = "NotoSans-Regular"


def _axis(values: Sequence[float]) -> tuple[int, int]:
    """A round maximum and step (1, 2, 5 x 10^n) giving at most six gridlines."""
    top = max([*values, 1])
    step = 1
    while top / step > 6:
        for factor in (2, 5 / 2, 2):
            step = int(step * factor)
            if top / step <= 6:
                break
    return int((top // step + 1) * step), step


def grouped_bars(
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    width: float,
    height: float = 150,
) -> Drawing:
    """Vertical bars, one group per category, one bar per series, with a legend."""
    fonts.ensure_fonts()
    d = Drawing(width, height)
    d.initialFontName = FONT  # graphics start in Helvetica otherwise (not embedded)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 34, 28, width - 150, height - 40
    chart.data = [list(values) for _, values in series]
    chart.categoryAxis.categoryNames = list(categories)
    for axis in (chart.categoryAxis.labels, chart.valueAxis.labels):
        axis.fontName, axis.fontSize, axis.fillColor = FONT, 7.5, INK
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = _axis([v for _, vs in series for v in vs])
    chart.groupSpacing, chart.barSpacing = 8, 1
    for i in range(len(series)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName, chart.barLabels.fontSize, chart.barLabels.nudge = FONT, 6.5, 6
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 108, height - 20
    legend.fontName, legend.fontSize = FONT, 7.5
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], name) for i, (name, _) in enumerate(series)]
    d.add(legend)
    return d


def horizontal_bars(
    labels: Sequence[str], values: Sequence[float], width: float, label_width: float = 190
) -> Drawing:
    """One horizontal bar per label (longest first as given), labels on the left."""
    fonts.ensure_fonts()
    row = 13
    height = max(40, row * len(labels) + 24)
    d = Drawing(width, height)
    d.initialFontName = FONT  # graphics start in Helvetica otherwise (not embedded)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 14
    chart.width, chart.height = width - label_width - 30, height - 20
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = ["" for _ in labels]
    chart.categoryAxis.visibleTicks = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = _axis(values)
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = FONT, 7
    chart.categoryAxis.labels.fontName = FONT
    chart.bars[0].fillColor, chart.bars[0].strokeColor = ACCENT, None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName, chart.barLabels.fontSize = FONT, 6.5
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
    d.add(chart)
    step = chart.height / max(1, len(labels))
    for i, label in enumerate(reversed(labels)):
        text = label if fonts.width(label, 7.5) < label_width - 8 else label[: int(label_width / 4.3)] + "…"
        y = chart.y + step * i + step / 2 - 2.5
        d.add(String(label_width - 5, y, text, fontName=FONT, fontSize=7.5, textAnchor="end", fillColor=INK))
    return d
