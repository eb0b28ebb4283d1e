"""The band across the top of meeting mode: council and meeting (wrapping), the time on the
current item against its plan, and the meeting's own clock against its planned end."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from buurtdesk.services.views import AgendaItemView, MeetingDetail
from buurtdesk.ui.common import labels


def scaled(label: QLabel, factor: float, bold: bool = False) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(max(11.0, font.pointSizeF()) * factor)
    font.setBold(bold)
    label.setFont(font)
    return label


def planned_end(detail: MeetingDetail) -> datetime | None:
    """The planned end: the meeting's end time, else its start plus the agenda's minutes."""
    meeting = detail.meeting
    day = meeting.date
    if meeting.end_time is not None:
        return datetime.combine(day, meeting.end_time)
    start: time | None = meeting.start_time
    if start is None:
        return None
    minutes = sum(item.planned_minutes for item in detail.items)
    return datetime.combine(day, start) + timedelta(minutes=minutes)


def minutes_behind(
    now: datetime,
    end: datetime,
    items: tuple[AgendaItemView, ...],
    current_id: int | None,
    spent_on_current: float,
) -> int:
    """How many minutes the meeting will run over its planned end (negative: ahead), when the
    rest of the current item and every item after it take the time planned."""
    remaining = 0.0
    after = False
    for item in items:
        if item.id == current_id:
            remaining += max(0.0, item.planned_minutes * 60 - spent_on_current)
            after = True
        elif after:
            remaining += item.planned_minutes * 60
    if current_id is None:
        remaining = sum(item.planned_minutes * 60 for item in items)
    expected = now + timedelta(seconds=remaining)
    return round((expected - end).total_seconds() / 60)


class MeetingTopBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingTop")
        bar = QHBoxLayout(self)
        bar.setContentsMargins(20, 8, 20, 8)
        bar.setSpacing(24)
        names = QVBoxLayout()
        names.setSpacing(0)
        self.council_label = scaled(QLabel(), 1.3, bold=True)
        self.meeting_label = scaled(QLabel(), 1.05)
        for label in (self.council_label, self.meeting_label):
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            names.addWidget(label)
        bar.addLayout(names, 1)
        times = QVBoxLayout()
        times.setSpacing(0)
        self.item_time = scaled(QLabel(), 1.3, bold=True)
        self.item_time.setAccessibleName(self.tr("Time on this item"))
        self.meeting_time = scaled(QLabel(), 1.05)
        self.meeting_time.setAccessibleName(self.tr("Planned end of the meeting"))
        for label in (self.item_time, self.meeting_time):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            times.addWidget(label)
        bar.addLayout(times)
        self.clock_label = scaled(QLabel(), 1.6, bold=True)
        self.clock_label.setAccessibleName(self.tr("Clock"))
        bar.addWidget(self.clock_label)

    def show_meeting(self, detail: MeetingDetail) -> None:
        """The council; the meeting, its date and place, and "9 van 14 aanwezig" once
        attendance is being kept."""
        meeting = detail.meeting
        count = (
            self.tr("%1 of %2 present")
            .replace("%1", str(detail.present_count))
            .replace("%2", str(detail.member_count))
            if detail.member_count
            else ""
        )
        parts = (
            meeting.title or labels.meeting_kind(meeting.kind),
            labels.long_date(meeting.date),
            meeting.place,
            count,
        )
        self.council_label.setText(detail.council.name)
        self.meeting_label.setText(" · ".join(part for part in parts if part))

    def show_time(
        self,
        spent_seconds: float | None,
        planned_minutes: int,
        end: datetime | None = None,
        behind: int | None = None,
        now: datetime | None = None,
    ) -> None:
        """The clock, the time on the current item against its plan (red when over), and the
        meeting's planned end with how far behind (or ahead) it runs."""
        self.clock_label.setText((now or datetime.now()).strftime("%H:%M"))
        self.meeting_time.setText(self.meeting_clock(end, behind))
        self.meeting_time.setVisible(end is not None)
        self._mark(self.meeting_time, behind is not None and behind > 0)
        if spent_seconds is None:
            self.item_time.setText("")
            return
        minutes, seconds = divmod(int(spent_seconds), 60)
        self.item_time.setText(
            self.tr("%1 of %2 min")
            .replace("%1", f"{minutes}:{seconds:02d}")
            .replace("%2", str(planned_minutes))
        )
        self._mark(self.item_time, planned_minutes > 0 and spent_seconds > planned_minutes * 60)

    def meeting_clock(self, end: datetime | None, behind: int | None) -> str:
        """'21:10 · 20 min achter': the planned end and how the meeting runs against it (on
        the meeting's own day; before then only the planned end)."""
        if end is None:
            return ""
        if behind is None:
            return self.tr("ends %1").replace("%1", end.strftime("%H:%M"))
        if behind > 0:
            how = self.tr("%1 min behind").replace("%1", str(behind))
        elif behind < 0:
            how = self.tr("%1 min ahead").replace("%1", str(-behind))
        else:
            how = self.tr("on time")
        return f"{end.strftime('%H:%M')} · {how}"

    @staticmethod
    def _mark(label: QLabel, over: bool) -> None:
        if bool(label.property("over")) != over:
            label.setProperty("over", over)
            label.style().unpolish(label)
            label.style().polish(label)
