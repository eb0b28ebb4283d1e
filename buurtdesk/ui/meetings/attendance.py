"""The attendance part of the meeting editor (the panel itself is shared with meeting mode)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from buurtdesk.services.views import AttendanceView
from buurtdesk.ui.meeting_mode.attendance import AttendancePanel
from buurtdesk.ui.meetings.host import KeepsAttendance


class AttendanceEditor(AttendancePanel):
    """The attendance part of the meeting editor."""

    def __init__(self, host: KeepsAttendance, parent: QWidget | None = None) -> None:
        super().__init__(host.meetings, host.push, host.confirm, host.show_error, parent)
        self.host = host

    def show_attendance(self, attendance: tuple[AttendanceView, ...], read_only: bool) -> None:
        if self.host.detail is not None:
            self.show_detail(self.host.detail, read_only)
