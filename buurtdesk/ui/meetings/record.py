"""The record of how a meeting went, in the meeting editor: besloten, the times it really
opened and closed, the next meeting as agreed, and closing or re-opening it."""

from __future__ import annotations

from datetime import time

from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from buurtdesk.domain.dates import format_time, parse_time
from buurtdesk.domain.enums import MeetingStatus, MinutesState
from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services.views import MeetingDetail
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.flow import FlowLayout, paired
from buurtdesk.ui.meeting_mode.closing import CloseMeetingDialog, close_command, reopen_command
from buurtdesk.ui.meetings.host import EditsMeeting


class MeetingRecordForm(QWidget):
    """One row of the editor; every edit goes through host.push (undoable)."""

    def __init__(self, host: EditsMeeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.detail: MeetingDetail | None = None
        self.dialog: CloseMeetingDialog | None = None
        # wraps at large text; a caption stays with its field, the pieces a space apart
        row = FlowLayout(self, spacing=16)
        self.closed_session = QCheckBox(self.tr("&Closed to the public"))
        self.closed_session.setAccessibleName(self.tr("Closed meeting: not open to the public"))
        self.closed_session.setToolTip(self.tr("Closed to the public"))
        self.closed_session.setAccessibleDescription(
            self.tr("The whole meeting is closed to the public; the minutes say so on every page")
        )
        self.closed_session.toggled.connect(self._closed_session_toggled)
        self.opened = self._time_field(row, self.tr("Op&ened at"), self.tr("Opened at"))
        self.closed = self._time_field(row, self.tr("Clo&sed at"), self.tr("Closed at"))
        self.next_label = QLabel()
        self.next_label.setProperty("class", "muted")
        # The row may be narrow: the label gives way (its full text is in the tooltip).
        self.next_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.next_label.setMinimumWidth(1)
        self.close_button = QPushButton(self.tr("Close meeting…"))
        self.close_button.setAccessibleDescription(
            self.tr("Asks for the next meeting (a date or not agreed yet) and closes this one")
        )
        self.close_button.clicked.connect(self.close_meeting)
        self.reopen_button = QPushButton(self.tr("Re-open"))
        self.reopen_button.setAccessibleDescription(
            self.tr("Opens a closed meeting again, for instance when it was closed by mistake")
        )
        self.reopen_button.clicked.connect(self.reopen)
        row.insertWidget(0, self.closed_session)
        row.addWidget(self.next_label)
        row.addWidget(self.close_button)
        row.addWidget(self.reopen_button)

    def _time_field(self, row: FlowLayout, caption: str, name: str) -> QLineEdit:
        label = QLabel(caption)
        field = QLineEdit()
        field.setAccessibleName(name)
        field.setAccessibleDescription(self.tr("The time as it really was, e.g. 19:32"))
        room = field.fontMetrics().horizontalAdvance("00:000") + 16  # grows with the text size
        field.setMinimumWidth(max(64, room))
        field.setMaximumWidth(max(80, room))
        field.setPlaceholderText("19:30")
        label.setBuddy(field)
        field.editingFinished.connect(self._times_edited)
        row.addWidget(paired(label, field))
        return field

    def show_detail(self, detail: MeetingDetail, read_only: bool) -> None:
        self.detail = detail
        meeting = detail.meeting
        self.closed_session.blockSignals(True)
        self.closed_session.setChecked(meeting.closed_session)
        self.closed_session.blockSignals(False)
        self.opened.setText(format_time(meeting.opened_at))
        self.closed.setText(format_time(meeting.closed_at))
        for widget in (self.closed_session, self.opened, self.closed):
            widget.setEnabled(not read_only)
        closed = meeting.status == MeetingStatus.CLOSED
        self.close_button.setVisible(not closed and not read_only)
        self.reopen_button.setVisible(
            closed and not read_only and meeting.minutes_state != MinutesState.ADOPTED
        )
        if closed:
            nxt = detail.next_meeting
            self.next_label.setText(
                self.tr("Next: %1").replace(
                    "%1", labels.long_date(nxt.date) if nxt else self.tr("not agreed yet")
                )
            )
            self.next_label.setToolTip(self.next_label.text())
        else:
            self.next_label.setText("")

    def _closed_session_toggled(self, checked: bool) -> None:
        if self.detail is None:
            return
        meeting_id = self.detail.meeting.id
        meetings = self.host.meetings
        self.host.push(
            self.tr("Closed meeting") if checked else self.tr("Open to the public"),
            lambda: meetings.update_meeting(meeting_id, closed_session=checked),
            lambda _r: meetings.update_meeting(meeting_id, closed_session=not checked),
        )

    def _times_edited(self) -> None:
        if self.detail is None:
            return
        meeting = self.detail.meeting
        try:
            opened = self._parse(self.opened)
            closed = self._parse(self.closed)
        except BuurtDeskError as exc:
            self.host.show_error(exc)
            return
        if (opened, closed) == (meeting.opened_at, meeting.closed_at):
            return
        closing = self.host.meetings.closing
        meeting_id = meeting.id
        self.host.push(
            self.tr("Change opening and closing time"),
            lambda: closing.set_times(meeting_id, opened, closed),
            lambda before: closing.set_times(meeting_id, *before),
        )

    @staticmethod
    def _parse(field: QLineEdit) -> time | None:
        return parse_time(field.text()) if field.text().strip() else None

    def close_meeting(self) -> None:
        if self.detail is None:
            return
        meetings = self.host.meetings
        submit = close_command(
            meetings, self.host.push, self.detail.meeting.id, self.tr("Close meeting")
        )
        self.dialog = CloseMeetingDialog(self.detail, submit, self)
        self.dialog.open()

    def reopen(self) -> None:
        if self.detail is None:
            return
        reopen_command(
            self.host.meetings, self.host.push, self.detail.meeting.id, self.tr("Re-open meeting")
        )
