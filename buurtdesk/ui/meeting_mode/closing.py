"""Closing a meeting honestly: the next meeting as agreed (a date, or "nog niet afgesproken"),
the time it closed; and re-opening. Both are undoable. Used by meeting mode and the editor."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.dates import format_time, parse_date, parse_time, short_date
from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services.meetings.closing import Closing, Reopening, now_minute
from buurtdesk.services.meetings.service import MeetingService
from buurtdesk.services.views import MeetingDetail
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.style import grows_with_messages
from buurtdesk.ui.common.undo import EditCommand, Push

PLACE_CHARS = 40  # a usual meeting place with its street and number

# The dialog's submit: the next meeting's date, the closing time, its start and end, its place.
Submit = Callable[[date | None, time, time | None, time | None, str], BuurtDeskError | None]


class CloseMeetingDialog(QDialog):
    """Asks for the next meeting and the closing time; `submit` stores (the dialog stays open
    with the reason when the input is refused)."""

    def __init__(
        self,
        detail: MeetingDetail,
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        grows_with_messages(self)  # the dialog grows to show its messages
        self.setWindowTitle(self.tr("Close the meeting"))
        self.setAccessibleName(self.tr("Close the meeting"))
        self.setMinimumWidth(480)
        self._submit = submit
        meeting = detail.meeting
        box = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Close the meeting of %1. When does the council meet next?").replace(
                "%1", labels.long_date(meeting.date)
            )
        )
        intro.setWordWrap(True)
        box.addWidget(intro)
        self.agreed = QRadioButton(self.tr("&Agreed on a date"))
        self.not_agreed = QRadioButton(self.tr("&Not agreed yet"))
        self.agreed.setAccessibleName(self.tr("A next date was agreed"))
        self.not_agreed.setAccessibleName(self.tr("No next date agreed yet"))
        self.agreed.setAccessibleDescription(self.tr("The next meeting is planned on this date"))
        self.not_agreed.setAccessibleDescription(
            self.tr("The minutes say the next meeting is not agreed yet; nothing is planned")
        )
        group = QButtonGroup(self)
        group.addButton(self.agreed)
        group.addButton(self.not_agreed)
        grid = QGridLayout()
        grid.setHorizontalSpacing(self.fontMetrics().averageCharWidth())  # a label never touches
        planned = detail.next_meeting
        self.date_field = self._field(
            grid, 0, self.tr("&Date"), self.tr("Date of the next meeting")
        )
        self.date_field.setPlaceholderText("14-10-2026")
        self.start_field = self._field(grid, 1, self.tr("&From"), self.tr("Start time"))
        self.end_field = self._field(grid, 2, self.tr("&Until"), self.tr("End time"))
        self.place_field = self._field(grid, 3, self.tr("&Place"), self.tr("Place"))
        self.closed_field = self._field(
            grid, 4, self.tr("&Closed at"), self.tr("The time the meeting closed")
        )
        if planned is not None:
            self.date_field.setText(short_date(planned.date))
        self.start_field.setText(format_time(planned.start_time if planned else meeting.start_time))
        self.end_field.setText(format_time(planned.end_time if planned else meeting.end_time))
        self.place_field.setText(planned.place if planned else detail.council.default_place)
        self.place_field.setCursorPosition(0)  # a long place shows from its start
        # room for a usual address ("Buurthuis De Klingerberg, Hogeweg 12") at the text size shown
        self.place_field.setMinimumWidth(
            self.place_field.fontMetrics().averageCharWidth() * PLACE_CHARS
        )
        self.closed_field.setText(format_time(meeting.closed_at or now_minute()))
        self.agreed.setChecked(True)
        self.agreed.toggled.connect(self._agreed_changed)
        box.addWidget(self.agreed)
        box.addLayout(grid)
        box.addWidget(self.not_agreed)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setProperty("class", "warning")
        self.error.setAccessibleName(self.tr("Message"))
        self.error.hide()
        box.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Close meeting"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.date_field.setFocus()

    def _field(self, grid: QGridLayout, row: int, caption: str, name: str) -> QLineEdit:
        label = QLabel(caption)
        field = QLineEdit()
        field.setAccessibleName(name)
        field.setAccessibleDescription(
            self.tr("Date as 14-10-2026, times as 19:30; the place is the council's usual one")
        )
        label.setBuddy(field)
        grid.addWidget(label, row, 0)
        grid.addWidget(field, row, 1)
        return field

    def _agreed_changed(self, agreed: bool) -> None:
        for field in (self.date_field, self.start_field, self.end_field, self.place_field):
            field.setEnabled(agreed)

    def _accept(self) -> None:
        try:
            closed_at = parse_time(self.closed_field.text())
            next_date: date | None = None
            start = end = None
            if self.agreed.isChecked():
                if not self.date_field.text().strip():
                    self._say(
                        self.tr("Fill in the date of the next meeting, or choose 'not agreed yet'.")
                    )
                    return
                next_date = parse_date(self.date_field.text())
                start = (
                    parse_time(self.start_field.text()) if self.start_field.text().strip() else None
                )
                end = parse_time(self.end_field.text()) if self.end_field.text().strip() else None
        except BuurtDeskError as exc:
            self._show(exc)
            return
        error = self._submit(next_date, closed_at, start, end, self.place_field.text().strip())
        if error is not None:
            self._show(error)
            return
        self.accept()

    def _show(self, error: BuurtDeskError) -> None:
        self._say(error.message(labels.ui_language()))

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def close_command(
    meetings: MeetingService,
    push: Push,
    meeting_id: int,
    text: str,
    closed: Callable[[], None] | None = None,
) -> Submit:
    """The dialog's submit: close through the undo stack; the refusal comes back to the dialog.
    `closed` is called once the meeting is closed."""

    def submit(
        next_date: date | None, closed_at: time, start: time | None, end: time | None, place: str
    ) -> BuurtDeskError | None:
        closing = meetings.closing

        def do() -> Closing:
            return closing.close(
                meeting_id,
                next_date,
                closed_at=closed_at,
                start_time=start,
                end_time=end,
                place=place if next_date is not None else None,
            )

        command = push(text, do, lambda done: closing.undo_close(done))
        if command.failed is None and closed is not None:
            closed()
        return command.failed

    return submit


def reopen_command(meetings: MeetingService, push: Push, meeting_id: int, text: str) -> EditCommand:
    closing = meetings.closing

    def do() -> Reopening:
        return closing.reopen(meeting_id)

    return push(text, do, lambda done: closing.undo_reopen(done))
