"""The budget bar of the statement and the annual report: one funding source, drawn to scale."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm

from buurtdesk.documents.base import ALERT, INK, RULE
from buurtdesk.documents.reportlab_typed import Flowable
from buurtdesk.domain.budget import Figures

SPENT_INK = colors.HexColor("#1f4e79")
ALLOCATED_INK = colors.HexColor("#7fa7cc")
CARRIED_INK = colors.HexColor("#b9b9b9")
FREE_INK = colors.HexColor("#dbe7f1")


def bar_total(f: Figures) -> int:
    return max(f.available.cents, f.allocated.cents + f.carried_forward.cents, f.spent.cents, 1)


class BudgetBar(Flowable):
    """One source as a bar: spent, allocated not yet spent, carried over, free (no text, no fonts)."""

    def __init__(self, figures: Figures, scale: int, height: float = 4.2 * mm) -> None:
        super().__init__()
        self.figures = figures
        self.scale = max(scale, 1)
        self.bar_height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.bar_height + 1.5 * mm

    def draw(self) -> None:
        f = self.figures
        allocated = max(f.allocated.cents, 0)
        segments = [
            (min(f.spent.cents, allocated), SPENT_INK),
            (max(allocated - f.spent.cents, 0), ALLOCATED_INK),
            (max(f.spent.cents - allocated, 0), ALERT),  # overspent: beyond what was given
            (max(f.carried_forward.cents, 0), CARRIED_INK),
            (max(f.free.cents, 0), FREE_INK),
        ]
        canvas = self.canv
        x = 0.0
        y = 0.75 * mm
        for cents, ink in segments:
            length = self.width * cents / self.scale
            if length <= 0:
                continue
            canvas.setFillColor(ink)
            canvas.setStrokeColor(ink)
            canvas.rect(x, y, length, self.bar_height, stroke=0, fill=1)
            x += length
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        full = self.width * max(f.available.cents, 0) / self.scale
        canvas.rect(0, y, full, self.bar_height, stroke=1, fill=0)
        if f.is_overallocated:  # the available money ends here; what lies beyond is too much
            canvas.setStrokeColor(ALERT)
            canvas.setLineWidth(1.2)
            canvas.line(full, y - 0.6 * mm, full, y + self.bar_height + 0.6 * mm)
        canvas.setStrokeColor(INK)
