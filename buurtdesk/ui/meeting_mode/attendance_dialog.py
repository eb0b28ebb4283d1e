"""Ctrl+P in meeting mode: the attendance panel in a dialog of its own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services.meetings.service import MeetingService
from buurtdesk.services.views import MeetingDetail
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.dialog_body import room_on_screen
from buurtdesk.ui.common.rows import lines_tall
from buurtdesk.ui.common.style import grows_with_messages
from buurtdesk.ui.common.undo import Push
from buurtdesk.ui.meeting_mode.attendance import AttendancePanel, Confirm

LEAST_ROWS = 4  # people in sight at least, at any text size
LEAST = "leastHeight"  # the list's own least height, before it took the room


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
        self.setMinimumWidth(620)
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
        lines_tall(self.people, least=LEAST_ROWS)
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

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        QTimer.singleShot(0, self, self.list_takes_the_room)  # once it is laid out

    def list_takes_the_room(self) -> None:
        """The list asks for every person's row, as far as the screen has room below and above
        it: the dialog (fit_dialog) then grows to show them, and the list scrolls only the rest."""
        view = self.people
        if not self.isVisible() or view.height() <= 0:
            return  # not laid out yet: called again once shown
        least = int(view.property(LEAST) or view.minimumHeight())
        view.setProperty(LEAST, least)
        others = self.height() - view.height()  # what is around the list, as shown
        rows = 2 * view.frameWidth() + sum(
            view.sizeHintForRow(row) + 2 * view.spacing() for row in range(view.count())
        )
        room = room_on_screen(self)[1] - others
        view.setMinimumHeight(max(least, min(rows, room)))

    def _refused(self, error: BuurtDeskError) -> None:
        shown = self.error.isVisible()
        self.error.setText(error.message(labels.ui_language()))
        self.error.show()
        layout = self.layout()
        if self.isVisible() and not shown and layout is not None:
            # the message takes its room from the list, not from beyond the screen
            margins = layout.contentsMargins()
            width = self.width() - margins.left() - margins.right()
            taken = self.error.heightForWidth(width) + layout.spacing()
            least = int(self.people.property(LEAST) or 0)
            self.people.setMinimumHeight(max(least, self.people.minimumHeight() - taken))

    def show_detail(self, detail: MeetingDetail) -> None:
        self.error.hide()
        self.panel.show_detail(detail, read_only=False)
        if self.isVisible():  # a guest added: one more row to show
            self.list_takes_the_room()
