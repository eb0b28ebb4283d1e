"""The band across the top of meeting mode: council, meeting, time on the item, the clock."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget


def scaled(label: QLabel, factor: float, bold: bool = False) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(max(11.0, font.pointSizeF()) * factor)
    font.setBold(bold)
    label.setFont(font)
    return label


class MeetingTopBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingTop")
        bar = QHBoxLayout(self)
        bar.setContentsMargins(20, 10, 20, 10)
        self.council_label = scaled(QLabel(), 1.3, bold=True)
        self.meeting_label = scaled(QLabel(), 1.1)
        self.item_time = scaled(QLabel(), 1.3, bold=True)
        self.item_time.setAccessibleName(self.tr("Time on this item"))
        self.clock_label = scaled(QLabel(), 1.3, bold=True)
        self.clock_label.setAccessibleName(self.tr("Clock"))
        bar.addWidget(self.council_label)
        bar.addSpacing(16)
        bar.addWidget(self.meeting_label, 1)
        bar.addWidget(self.item_time)
        bar.addSpacing(28)
        bar.addWidget(self.clock_label)

    def show_meeting(self, council: str, meeting: str) -> None:
        self.council_label.setText(council)
        self.meeting_label.setText(meeting)

    def show_time(self, spent_seconds: float | None, planned_minutes: int) -> None:
        """The clock, and the time on the current item against its plan (red when over)."""
        self.clock_label.setText(datetime.now().strftime("%H:%M"))
        if spent_seconds is None:
            self.item_time.setText("")
            return
        minutes, seconds = divmod(int(spent_seconds), 60)
        self.item_time.setText(
            self.tr("%1 of %2 min")
            .replace("%1", f"{minutes}:{seconds:02d}")
            .replace("%2", str(planned_minutes))
        )
        over = planned_minutes > 0 and spent_seconds > planned_minutes * 60
        if bool(self.item_time.property("over")) != over:
            self.item_time.setProperty("over", over)
            self.item_time.style().unpolish(self.item_time)
            self.item_time.style().polish(self.item_time)
