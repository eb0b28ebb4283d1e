"""The toekomstagenda cycle drawn as a ring of five phases, the current one highlighted."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from buurtdesk.domain.enums import PhaseKind
from buurtdesk.domain.rules import PHASE_ORDER
from buurtdesk.ui.common import labels


class PhaseRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current: PhaseKind | None = None
        self.setMinimumSize(QSize(320, 250))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Toekomstagenda cycle"))

    def set_current(self, phase: PhaseKind | None) -> None:
        self._current = phase
        if phase is None:
            self.setAccessibleDescription(self.tr("No toekomstagenda round is running."))
        else:
            self.setAccessibleDescription(
                self.tr("Current phase: %1").replace("%1", labels.phase(phase))
            )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = QFontMetricsF(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        label_width = (
            max(QFontMetricsF(bold).horizontalAdvance(labels.phase(k)) for k in PHASE_ORDER) + 8
        )
        line = metrics.height()
        centre = QPointF(self.width() / 2, self.height() / 2)
        radius = max(
            30.0, min(self.width() / 2 - label_width - 26, self.height() / 2 - 2 * line - 24)
        )
        highlight = palette.highlight().color()
        muted = palette.mid().color()
        text = palette.text().color()
        painter.setPen(QPen(muted, 3))
        painter.drawEllipse(centre, radius, radius)
        font = QFont(self.font())
        for index, kind in enumerate(PHASE_ORDER):
            angle = -math.pi / 2 + index * 2 * math.pi / len(PHASE_ORDER)
            point = QPointF(
                centre.x() + radius * math.cos(angle), centre.y() + radius * math.sin(angle)
            )
            current = kind == self._current
            dot = 16 if current else 10
            painter.setPen(QPen(highlight if current else muted, 2))
            painter.setBrush(highlight if current else palette.base().color())
            painter.drawEllipse(point, dot, dot)
            painter.setPen(text)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            font.setBold(current)
            painter.setFont(font)
            name = labels.phase(kind)
            width, height = label_width, line * 2 + 4
            # The label sits outside the ring, in the direction of its dot.
            reach = radius + dot + 6
            anchor = QPointF(
                centre.x() + reach * math.cos(angle), centre.y() + reach * math.sin(angle)
            )
            label_rect = QRectF(anchor.x() - width / 2, anchor.y() - height / 2, width, height)
            if math.sin(angle) < -0.9:
                label_rect.moveBottom(anchor.y() + 4)
            elif math.sin(angle) > 0.3:
                label_rect.moveTop(anchor.y() - 4)
            if math.cos(angle) > 0.3:
                label_rect.moveLeft(anchor.x() - 10)
            elif math.cos(angle) < -0.3:
                label_rect.moveRight(anchor.x() + 10)
            painter.drawText(
                label_rect,
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                name,
            )
        if self._current is None:
            painter.setPen(QColor(text))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No round yet"))
        painter.end()
