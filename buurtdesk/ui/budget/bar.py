"""The year's figures at the top of the budget screen: four big numbers and a bar drawing
(at large text on a small screen: one compact line of amounts).

The bar shows spent / allocated but not yet spent / carried on / free from left to right.
Overspent or over-allocated money is drawn hatched in the warning colour beyond the rest;
the legend under it names every part with its amount, so colour is never the only clue.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.budget import Figures
from buurtdesk.domain.money import Money
from buurtdesk.ui.budget.models import unbroken
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.flow import FlowLayout, captioned, paired
from buurtdesk.ui.common.style import warning_colour
from buurtdesk.ui.common.widgets import text_label

SPENT = QColor("#1f4e79")
ALLOCATED = QColor("#7fa7cc")
CARRIED = QColor("#9a9a9a")
FREE = QColor("#dbe7f1")


@dataclass(frozen=True)
class BarPart:
    name: str
    amount: Money
    colour: QColor
    problem: bool = False


def bar_parts(f: Figures, names: dict[str, str]) -> list[BarPart]:
    """The parts of the bar, left to right; only parts with money in them."""
    spent_within = Money(max(0, min(f.spent.cents, f.allocated.cents)))
    parts = [
        BarPart(names["spent"], spent_within, SPENT),
        BarPart(names["allocated"], Money(max(0, f.remaining.cents)), ALLOCATED),
        BarPart(names["carried"], f.carried_forward, CARRIED),
        BarPart(names["free"], Money(max(0, f.free.cents)), FREE),
        BarPart(
            names["overspent"],
            Money(max(0, -f.remaining.cents)),
            QColor(warning_colour()),
            problem=True,
        ),
        BarPart(
            names["overallocated"],
            Money(max(0, -f.free.cents)),
            QColor(warning_colour()),
            problem=True,
        ),
    ]
    return [p for p in parts if p.amount.cents > 0]


class BudgetBar(QWidget):
    """A horizontal bar: each part as wide as its share of the money."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts: list[BarPart] = []
        self.setMinimumHeight(26)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Bar drawing of the year's money"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(400, 28)

    def set_parts(self, parts: list[BarPart]) -> None:
        self.parts = parts
        self.setAccessibleDescription(
            "; ".join(f"{p.name}: {labels.money(p.amount)}" for p in parts)
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outline = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        total = sum(p.amount.cents for p in self.parts)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().base())
        painter.drawRoundedRect(outline, 5, 5)
        x = outline.left()
        if total > 0:
            for part in self.parts:
                width = outline.width() * part.amount.cents / total
                piece = QRectF(x, outline.top(), width, outline.height())
                painter.fillRect(piece, part.colour)
                if part.problem:
                    painter.fillRect(piece, QBrush(QColor("#ffffff"), Qt.BrushStyle.BDiagPattern))
                x += width
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawRoundedRect(outline, 5, 5)
        painter.end()


class Swatch(QWidget):
    def __init__(self, colour: QColor, problem: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour, self.problem = colour, problem
        self.setFixedSize(14, 14)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.colour)
        if self.problem:
            painter.fillRect(self.rect(), QBrush(QColor("#ffffff"), Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(QColor("#6b7280"), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()


class FiguresPanel(QFrame):
    """Available, allocated, spent, free as big numbers; the bar and its legend beneath.

    Where the big figures would take much of the window's height (large text, a small screen),
    they are shown compact instead: one line of amounts that wraps figure by figure, so the
    budget's tabs stay on the first screen. What the bar drew is then said in that line
    (money carried on) and on the Balance tab."""

    SHARE = 0.3  # of the window's height the big figures may take before they go compact

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("class", "card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("The year's figures"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 10, 16, 10)
        outer.setSpacing(6)
        self.full = QWidget()
        full = QVBoxLayout(self.full)
        full.setContentsMargins(0, 0, 0, 0)
        full.setSpacing(6)
        grid = FlowLayout(spacing=24)  # the four figures wrap at large text
        full.addLayout(grid)
        self.values: dict[str, QLabel] = {}
        captions = {
            "available": self.tr("Available"),
            "allocated": self.tr("Allocated"),
            "spent": self.tr("Spent"),
            "free": self.tr("Free"),
        }
        self.captions = captions
        for key, caption in captions.items():
            value = text_label("", "bigNumber")
            value.setWordWrap(False)
            value.setObjectName(f"figure_{key}")
            self.values[key] = value
            grid.addWidget(captioned(text_label(caption, "muted"), value))
        self.bar = BudgetBar()
        full.addWidget(self.bar)
        self.legend = FlowLayout(spacing=16)  # the legend's parts wrap at large text
        full.addLayout(self.legend)
        outer.addWidget(self.full)
        self.compact = QWidget()
        self.compact.setObjectName("compactFigures")
        self.compact_line = FlowLayout(self.compact, spacing=24)  # wraps figure by figure
        self.compact_parts: dict[str, QLabel] = {}
        for key in (*captions, "carried"):
            part = text_label()
            part.setWordWrap(False)
            part.setTextFormat(Qt.TextFormat.RichText)
            part.setObjectName(f"compact_{key}")
            self.compact_parts[key] = part
            self.compact_line.addWidget(part)
        self.compact.hide()
        outer.addWidget(self.compact)
        self.problems = text_label("", "warning")
        self.problems.setObjectName("budgetProblems")
        self.problems.hide()
        outer.addWidget(self.problems)
        self._watched: QWidget | None = None

    def part_names(self) -> dict[str, str]:
        return {
            "spent": self.tr("Spent"),
            "allocated": self.tr("Allocated, not yet spent"),
            "carried": self.tr("Carried to next year"),
            "free": self.tr("Free"),
            "overspent": self.tr("Overspent"),
            "overallocated": self.tr("Allocated beyond the sources"),
        }

    def show_figures(self, figures: Figures, problems: list[str]) -> None:
        amounts = {
            "available": figures.available,
            "allocated": figures.allocated,
            "spent": figures.spent,
            "free": figures.free,
        }
        for key, amount in amounts.items():
            label = self.values[key]
            label.setText(labels.money(amount))
            label.setAccessibleName(f"{self.captions[key]}: {labels.money(amount)}")
            self._show_compact(self.captions[key], amount, key)
        self.values["free"].setStyleSheet(
            f"color: {warning_colour()};" if figures.is_overallocated else ""
        )
        self._show_compact(self.part_names()["carried"], figures.carried_forward, "carried")
        self.compact_parts["carried"].setVisible(figures.carried_forward.cents > 0)
        free = self.compact_parts["free"]
        free.setProperty("class", "warning" if figures.is_overallocated else "")
        free.style().polish(free)
        parts = bar_parts(figures, self.part_names())
        self.bar.set_parts(parts)
        while self.legend.count():
            item = self.legend.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        for part in parts:
            text = text_label(
                f"{part.name} {labels.money(part.amount)}", "warning" if part.problem else ""
            )
            text.setWordWrap(False)
            self.legend.addWidget(paired(Swatch(part.colour, part.problem), text))
        self.problems.setText(unbroken("\n".join(f"⚠ {p}" for p in problems)))
        self.problems.setVisible(bool(problems))
        self.fit()

    def _show_compact(self, caption: str, amount: Money, key: str) -> None:
        """`caption` and its amount as one piece that never breaks inside."""
        part = self.compact_parts[key]
        words = html.escape(caption).replace(" ", "&nbsp;")
        money = html.escape(labels.money(amount)).replace(" ", "&nbsp;")
        part.setText(f"{words}&nbsp; <b>{money}</b>")
        part.setAccessibleName(f"{caption}: {labels.money(amount)}")

    def compact_text(self) -> str:
        """The compact line as read: the figures shown, one after the other."""
        return " · ".join(
            part.accessibleName() for part in self.compact_parts.values() if not part.isHidden()
        )

    # -- big or compact -----------------------------------------------------------------------
    def fit(self) -> None:
        """Big figures while they take at most SHARE of the window's height, else compact."""
        width = self.contentsRect().width()
        layout = self.full.layout()
        if width <= 0 or layout is None:
            return
        needed = layout.totalHeightForWidth(width)
        compact = needed > self.window().height() * self.SHARE
        if compact != self.full.isHidden():
            self.full.setVisible(not compact)
            self.compact.setVisible(compact)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        window = self.window()
        if window is not self and window is not self._watched:
            window.installEventFilter(self)  # its height decides, as well as the panel's width
            self._watched = window
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._watched and event.type() == QEvent.Type.Resize:
            self.fit()
        return False
