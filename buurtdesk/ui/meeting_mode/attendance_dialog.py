"""Ctrl+P in meeting mode: the attendance panel in a dialog of its own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services.meetings.service import MeetingService
from buurtdesk.services.views import MeetingDetail
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.style import grows_with_messages
from buurtdesk.ui.common.undo import Push
from buurtdesk.ui.meeting_mode.attendance import AttendancePanel, Confirm


class AttendanceDialog(QDialog):
    """Ctrl+P in meeting mode: the attendance panel, with its keys in the hint line."""

    def __init__(
        self,
        meetings: MeetingService,
        push: Push,
        confirm: Confirm,
        show_error: Callable[[BuurtDeskError], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        grows_with_messages(self)  # the dialog grows to show its messages
        self.setWindowTitle(self.tr("Attendance"))
        self.setMinimumSize(620, 560)
        layout = QVBoxLayout(self)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setProperty("class", "warning")
        self.error.setAccessibleName(self.tr("Message"))
        self.error.hide()
        self.panel = AttendancePanel(meetings, push, confirm, self._refused, self)
        self._show_error = show_error
        self.people = self.panel.list
        self.guest = self.panel.guest_field
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        done = buttons.button(QDialogButtonBox.StandardButton.Close)
        done.setText(self.tr("Done"))
        done.setAutoDefault(False)
        done.setAccessibleDescription(
            self.tr("Closes the attendance; every change is already kept")
        )
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)

    def _refused(self, error: BuurtDeskError) -> None:
        self.error.setText(error.message(labels.ui_language()))
        self.error.show()

    def show_detail(self, detail: MeetingDetail) -> None:
        self.error.hide()
        self.panel.show_detail(detail, read_only=False)
