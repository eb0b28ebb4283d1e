"""The attendance part of the meeting editor (the panel itself is shared with meeting mode)."""

from __future__ import annotations

from typing import Any

from buurtdesk.services.views import AttendanceView
from buurtdesk.ui.meeting_mode.attendance import AttendancePanel


class AttendanceEditor(AttendancePanel):
    """The attendance part of the meeting editor."""

    def __init__(self, host: Any) -> None:
        super().__init__(
            host.meetings,
            lambda text, do, undo: host.push(text, do, undo),
            lambda title, question: bool(host.confirm(title, question)),
            host.show_error,
            host,
        )
        self.host = host

    def show_attendance(self, attendance: tuple[AttendanceView, ...], read_only: bool) -> None:
        if self.host.detail is not None:
            self.show_detail(self.host.detail, read_only)
