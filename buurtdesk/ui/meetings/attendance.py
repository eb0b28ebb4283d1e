"""The attendance part of the meeting editor: the council's members, ticked off, plus guests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.enums import AttendanceStatus
from buurtdesk.services.views import AttendanceView
from buurtdesk.ui.common import labels

if TYPE_CHECKING:
    from buurtdesk.ui.meetings.editor import MeetingEditor


class AttendanceEditor(QWidget):
    """Every change goes through the host editor's undo stack (host.push)."""

    def __init__(self, host: MeetingEditor) -> None:
        super().__init__(host)
        self.host = host
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("A&ttendance (Space marks present)"))
        caption.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Attendance"))
        self.list.setAccessibleDescription(self.tr("Lists the members; tick who is present"))
        self.list.itemChanged.connect(self._changed)
        caption.setBuddy(self.list)
        guest_label, self.guest_field = host.labelled_field(
            self.tr("G&uest"), self.tr("Name of a guest")
        )
        self.guest_field.setAccessibleDescription(
            self.tr("Adds a guest to the attendance when you press Enter")
        )
        self.guest_field.setPlaceholderText(self.tr("Name, then Enter"))
        self.guest_field.returnPressed.connect(self._add_guest)
        row = QHBoxLayout()
        row.addWidget(guest_label)
        row.addWidget(self.guest_field, 1)
        box.addWidget(caption)
        box.addWidget(self.list, 1)
        box.addLayout(row)

    def show_attendance(self, attendance: tuple[AttendanceView, ...], read_only: bool) -> None:
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for person in attendance:
            item = QListWidgetItem(f"{person.name} — {labels.attendance_status(person.status)}")
            if person.organisation:
                item.setToolTip(person.organisation)
            item.setData(Qt.ItemDataRole.UserRole, person.person_id)
            if person.person_id is not None:
                flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                if read_only:
                    flags &= ~Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
                present = person.status == AttendanceStatus.PRESENT
                item.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)

    def _changed(self, entry: QListWidgetItem) -> None:
        host = self.host
        if host.detail is None or host.is_read_only():
            return
        person_id = entry.data(Qt.ItemDataRole.UserRole)
        if person_id is None:
            return
        meeting_id = host.detail.meeting.id
        checked = entry.checkState() == Qt.CheckState.Checked
        status = AttendanceStatus.PRESENT if checked else AttendanceStatus.ABSENT
        meetings = host.meetings
        host.push(
            self.tr("Mark attendance"),
            lambda: meetings.set_attendance(meeting_id, int(person_id), status),
            lambda before: meetings.set_attendance(
                meeting_id, int(person_id), before or AttendanceStatus.ABSENT
            ),
        )

    def _add_guest(self) -> None:
        host = self.host
        name = self.guest_field.text().strip()
        if not name or host.detail is None:
            return
        meeting_id = host.detail.meeting.id
        meetings = host.meetings
        command = host.push(
            self.tr("Add guest"),
            lambda: meetings.add_guest(meeting_id, name),
            lambda view: meetings.remove_attendance(view.id),
        )
        if command.result is not None:
            self.guest_field.clear()
