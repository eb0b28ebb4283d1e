"""The attendance chart of the annual report, drawn with reportlab's own graphics.

One stacked bar per meeting of the year: present, apologies, absent, and guests on top. The
labels use the documents' embedded body font, so the chart keeps the PDF/A promise.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from buurtdesk.documents import fonts
from buurtdesk.documents.styles import INK, MUTED, RULE
from buurtdesk.documents.words import Words
from buurtdesk.services.municipality.annual_views import MeetingLine

PRESENT_INK = colors.HexColor("#1f4e79")
APOLOGIES_INK = colors.HexColor("#7fa7cc")
ABSENT_INK = colors.HexColor("#c9c9c9")
GUEST_INK = colors.HexColor("#e0a458")


def attendance_chart(meetings: Sequence[MeetingLine], words: Words, width: float) -> Drawing:
    """A drawing `width` wide: the attendance of every meeting as a stacked bar."""
    fonts.register_fonts()
    height = 62 * mm
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.BODY  # reportlab would start with (unembedded) Helvetica
    drawing.initialFontSize = 8
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 14 * mm
    chart.width, chart.height = width - 16 * mm, height - 24 * mm
    series = [
        [m.present for m in meetings],
        [m.apologies for m in meetings],
        [m.absent for m in meetings],
        [m.guests for m in meetings],
    ]
    chart.data = series
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [f"{m.day.day}-{m.day.month}" for m in meetings]
    chart.categoryAxis.labels.fontName = fonts.BODY
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = RULE
    highest = max((sum(col) for col in zip(*series, strict=True)), default=0)
    step = 2 if highest <= 16 else 5 if highest <= 40 else 10
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(step, -(-highest // step) * step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = fonts.BODY
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e7eb")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.barSpacing = 0
    chart.groupSpacing = 6 if len(meetings) < 14 else 2
    inks = (PRESENT_INK, APOLOGIES_INK, ABSENT_INK, GUEST_INK)
    for index, ink in enumerate(inks):
        chart.bars[index].fillColor = ink
        chart.bars[index].strokeColor = ink
        chart.bars[index].strokeWidth = 0.1
    drawing.add(chart)

    legend = Legend()
    legend.x, legend.y = 12 * mm, 4 * mm
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 32 * mm
    legend.dx = legend.dy = 7
    legend.fontName = fonts.BODY
    legend.fontSize = 8
    legend.fillColor = INK
    legend.strokeColor = None
    legend.colorNamePairs = list(
        zip(
            inks,
            (words["jv_present"], words["jv_apologies"], words["jv_absent"], words["jv_guests"]),
            strict=True,
        )
    )
    drawing.add(legend)
    label = String(
        0, height - 4 * mm, words["jv_people"], fontName=fonts.BODY, fontSize=7.5, fillColor=MUTED
    )
    drawing.add(label)
    return drawing
