"""The editor of one meeting: when and where, the agenda, attendance, minutes and documents."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.dates import format_time, parse_date, parse_time, short_date
from buurtdesk.domain.enums import MeetingKind, MeetingStatus, MinutesState
from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services.views import MeetingDetail
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.accessible import ask
from buurtdesk.ui.common.flow import Columns, FlowLayout, paired
from buurtdesk.ui.common.section import Context
from buurtdesk.ui.common.undo import Apply, EditCommand, VersionedEdit
from buurtdesk.ui.exchange.dialogs import InvitationWriter
from buurtdesk.ui.meeting_mode.minutes import (
    AdoptMinutesDialog,
    adopt_minutes_command,
    can_adopt_previous,
)
from buurtdesk.ui.meetings.action_list import MeetingActionList
from buurtdesk.ui.meetings.agenda_editor import AgendaEditor
from buurtdesk.ui.meetings.attendance import AttendanceEditor
from buurtdesk.ui.meetings.documents import MeetingDocuments
from buurtdesk.ui.meetings.record import MeetingRecordForm


class MeetingEditor(QWidget):
    changed = Signal()  # something of the meeting changed: the list may need a refresh
    start_requested = Signal(int)

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meetings = context.services.meetings
        self.detail: MeetingDetail | None = None
        self.confirm: Callable[[str, str], bool] = self._ask
        self.dialog: Any = None
        self.documents = MeetingDocuments(context.services, self.meeting_id, self)
        self.documents.failed.connect(self._show_message)
        self.documents.busy.connect(self._show_notice)
        self.documents.finished.connect(lambda _path: self._show_notice(""))
        self.invitation = InvitationWriter(context.services, self.meeting_id, self)
        self.invitation.finished.connect(self._show_notice)
        self.invitation.failed.connect(self._show_message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.heading.setWordWrap(True)
        self.status = QLabel()
        self.status.setProperty("class", "muted")
        self.status.setWordWrap(True)
        self.read_only_note = QLabel()
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setProperty("class", "warning")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setProperty("class", "warning")
        self.error.setAccessibleName(self.tr("Message"))
        self.notice = QLabel()
        self.notice.setProperty("class", "muted")
        for widget in (self.heading, self.status, self.read_only_note):
            layout.addWidget(widget)
        layout.addLayout(self._build_buttons())
        layout.addLayout(self._build_form())
        self.record = MeetingRecordForm(self)
        layout.addWidget(self.record)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        columns = Columns(chars=90)  # agenda beside attendance, or above it at large text
        columns.setSpacing(16)
        self.agenda_editor = AgendaEditor(self)
        self.model = self.agenda_editor.model
        self.agenda = self.agenda_editor.view
        self.new_item = self.agenda_editor.new_item
        self.selected_item = self.agenda_editor.selected_item
        self.move_item = self.agenda_editor.move_item
        self.remove_selected = self.agenda_editor.remove_selected
        columns.addWidget(self.agenda_editor, 1)
        self.attendance_editor = AttendanceEditor(self)
        self.attendance = self.attendance_editor.list
        self.guest_field = self.attendance_editor.guest_field
        self.action_list = MeetingActionList()
        right = QVBoxLayout()
        right.addWidget(self.attendance_editor, 3)
        right.addWidget(self.action_list, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns, 1)
        self.error.hide()
        self.notice.hide()

    # -- building ------------------------------------------------------------------------------
    def _build_buttons(self) -> FlowLayout:
        row = FlowLayout(spacing=8)  # the buttons wrap at large text
        self.start_button = QPushButton(self.tr("Start meeting (F5)"))
        self.start_button.setAccessibleName(self.tr("Start meeting"))
        self.start_button.setAccessibleDescription(
            self.tr("Opens meeting mode for this meeting, to take notes and record decisions")
        )
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.request_start)
        self.start_action = QAction(self.tr("Start meeting"), self)
        self.start_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.start_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.start_action.triggered.connect(self.request_start)
        # The section holds this action, so F5 works from the meeting list as well.
        self.adopt_button = QPushButton(self.tr("Adopt previous minutes…"))
        self.adopt_button.setAccessibleName(self.tr("Adopt the minutes of the previous meeting"))
        self.adopt_button.setAccessibleDescription(
            self.tr("Records that the council adopts the minutes of its previous meeting")
        )
        self.adopt_button.clicked.connect(self.adopt_previous_minutes)
        self.documents_button = QToolButton()
        self.documents_button.setText(self.tr("Documents"))
        self.documents_button.setAccessibleName(self.tr("Documents of this meeting"))
        self.documents_button.setAccessibleDescription(
            self.tr("Opens the agenda, minutes and other documents of this meeting")
        )
        self.documents_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.documents_button)
        for action in self.documents.actions:
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.invitation.action)
        self.documents_button.setMenu(menu)
        for widget in (self.start_button, self.adopt_button, self.documents_button):
            row.addWidget(widget)
        return row

    def labelled_field(self, caption: str, name: str, width: int = 0) -> tuple[QLabel, QLineEdit]:
        label = QLabel(caption)
        field = QLineEdit()
        field.setAccessibleName(name)
        if width:  # px at 100 % text; grows with the text size
            scaled = round(width * field.fontMetrics().averageCharWidth() / 7)
            field.setMaximumWidth(max(width, scaled))
            field.setMinimumWidth(max(width, scaled) * 3 // 4)
        label.setBuddy(field)
        return label, field

    def _build_form(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        date_label, self.date_field = self.labelled_field(self.tr("&Date"), self.tr("Date"), 150)
        self.date_field.setAccessibleDescription(self.tr("The day of the meeting"))
        self.date_field.setPlaceholderText("14-10-2026")
        start_label, self.start_field = self.labelled_field(
            self.tr("&From"), self.tr("Start time"), 80
        )
        self.start_field.setAccessibleDescription(self.tr("When the meeting begins"))
        end_label, self.end_field = self.labelled_field(self.tr("&Until"), self.tr("End time"), 80)
        self.end_field.setAccessibleDescription(self.tr("When the meeting ends"))
        place_label, self.place_field = self.labelled_field(self.tr("&Place"), self.tr("Place"))
        self.place_field.setAccessibleDescription(self.tr("Where the meeting is held"))
        kind_label = QLabel(self.tr("&Kind"))
        self.kind_field = QComboBox()
        self.kind_field.setAccessibleName(self.tr("Kind of meeting"))
        self.kind_field.setAccessibleDescription(self.tr("Chooses what kind of meeting this is"))
        for kind in MeetingKind:
            self.kind_field.addItem(labels.meeting_kind(kind), kind.value)
        kind_label.setBuddy(self.kind_field)
        when = FlowLayout(spacing=10)  # wraps at large text
        for label, field in (
            (date_label, self.date_field),
            (start_label, self.start_field),
            (end_label, self.end_field),
            (kind_label, self.kind_field),
        ):
            when.addWidget(paired(label, field))
        grid.addLayout(when, 0, 0, 1, 2)
        grid.addWidget(place_label, 1, 0)
        grid.addWidget(self.place_field, 1, 1)
        grid.setColumnStretch(1, 1)
        self.date_field.editingFinished.connect(self._date_edited)
        self.start_field.editingFinished.connect(
            lambda: self._time_edited("start_time", self.start_field)
        )
        self.end_field.editingFinished.connect(
            lambda: self._time_edited("end_time", self.end_field)
        )
        self.place_field.editingFinished.connect(self._place_edited)
        self.kind_field.activated.connect(self._kind_edited)
        return grid

    # -- showing ------------------------------------------------------------------------------------
    def meeting_id(self) -> int | None:
        return self.detail.meeting.id if self.detail else None

    def show_meeting(self, meeting_id: int | None) -> None:
        self.error.hide()
        if meeting_id is None:
            self.detail = None
            self.heading.setText(self.tr("No meeting chosen"))
            self.status.setText(
                self.tr("Choose a meeting on the left, or make a new one with Ctrl+N.")
            )
            self.setEnabled(False)
            return
        self.setEnabled(True)
        self.detail = self.meetings.get_meeting(meeting_id)
        self._fill()

    def reload(self) -> None:
        if self.detail is not None:
            try:
                self.detail = self.meetings.get_meeting(self.detail.meeting.id)
            except BuurtDeskError as exc:
                self.show_error(exc)
                return
            self._fill()
        self.changed.emit()

    def is_read_only(self) -> bool:
        return self.context.read_only or (
            self.detail is not None and self.detail.meeting.minutes_state == MinutesState.ADOPTED
        )

    def _fill(self) -> None:
        assert self.detail is not None
        meeting = self.detail.meeting
        read_only = self.is_read_only()
        self.heading.setText(self.tr("Meeting of %1").replace("%1", labels.long_date(meeting.date)))
        self.status.setText(
            f"{labels.meeting_kind(meeting.kind)} · {labels.meeting_status(meeting.status, meeting.minutes_state)}"
        )
        if meeting.minutes_state == MinutesState.ADOPTED:
            adopted = (
                labels.long_date(meeting.minutes_adopted_on) if meeting.minutes_adopted_on else ""
            )
            self.read_only_note.setText(
                self.tr(
                    "The minutes of this meeting were adopted on %1. Nothing in it can be changed any more."
                ).replace("%1", adopted)
            )
        self.read_only_note.setVisible(meeting.minutes_state == MinutesState.ADOPTED)
        self.date_field.setText(short_date(meeting.date))
        self.start_field.setText(format_time(meeting.start_time))
        self.end_field.setText(format_time(meeting.end_time))
        self.place_field.setText(meeting.place)
        self.kind_field.setCurrentIndex(max(0, self.kind_field.findData(meeting.kind.value)))
        for widget in (self.date_field, self.start_field, self.end_field, self.place_field):
            widget.setReadOnly(read_only)
        self.kind_field.setEnabled(not read_only)
        for control in self.agenda_editor.controls:
            control.setEnabled(not read_only)
        self.record.show_detail(self.detail, read_only)
        self.start_button.setEnabled(not read_only and meeting.status != MeetingStatus.CLOSED)
        self.start_action.setEnabled(self.start_button.isEnabled())
        previous = self.detail.previous_meeting
        self.adopt_button.setVisible(can_adopt_previous(previous) and not read_only)
        if previous is not None:
            self.adopt_button.setText(
                self.tr("Adopt minutes of %1…").replace("%1", short_date(previous.date))
            )
        self.documents.minutes_preview.setEnabled(meeting.minutes_state is not None)
        self.documents.minutes_save.setEnabled(meeting.minutes_state is not None)
        selected = self.selected_item()
        self.model.set_items(self.detail.items, read_only)
        if selected is not None and (row := self.model.row_of(selected.id)) >= 0:
            self.agenda.selectRow(row)
        self.attendance_editor.show_attendance(self.detail.attendance, read_only)
        self.action_list.show_actions(self.detail.reviewed_actions)

    # -- edits ------------------------------------------------------------------------------------------
    def push(self, text: str, do: Callable[[], Any], undo: Callable[[Any], Any]) -> EditCommand:
        self.error.hide()
        command = EditCommand(text, do=do, undo=undo, after=self.reload, on_error=self.show_error)
        self.context.undo_stack.push(command)
        return command

    def push_versioned(
        self,
        text: str,
        version: int | None,
        apply: Apply,
        new: dict[str, Any],
        old: dict[str, Any],
        record: tuple[str, int] | None = None,
    ) -> EditCommand:
        """An edit of a shared record, based on the version shown (ui.common.undo.VersionedEdit)."""
        self.error.hide()
        command = VersionedEdit(
            text,
            version=version,
            apply=apply,
            new=new,
            old=old,
            parent=self,
            record=record,
            stack=self.context.undo_stack,
            after=self.reload,
            on_error=self.show_error,
        )
        self.context.undo_stack.push(command)
        return command

    def _update(self, text: str, field: str, new: object, old: object) -> None:
        assert self.detail is not None
        meeting_id = self.detail.meeting.id
        self.push_versioned(
            text,
            self.detail.meeting.version,
            lambda v, values: self.meetings.update_meeting(
                meeting_id, expected_version=v, **values
            ),
            {field: new},
            {field: old},
            ("meetings", meeting_id),
        )

    def _date_edited(self) -> None:
        if self.detail is None or self.is_read_only():
            return
        old = self.detail.meeting.date
        try:
            new: date = parse_date(self.date_field.text())
        except BuurtDeskError as exc:
            self.show_error(exc)
            return
        self.error.hide()
        if new != old:
            self._update(self.tr("Change date"), "date", new, old)

    def _time_edited(self, field: str, widget: QLineEdit) -> None:
        if self.detail is None or self.is_read_only():
            return
        old: time | None = getattr(self.detail.meeting, field)
        try:
            new = parse_time(widget.text()) if widget.text().strip() else None
        except BuurtDeskError as exc:
            self.show_error(exc)
            return
        self.error.hide()
        if new != old:
            self._update(self.tr("Change time"), field, new, old)

    def _place_edited(self) -> None:
        if self.detail is None or self.is_read_only():
            return
        old, new = self.detail.meeting.place, self.place_field.text().strip()
        if new != old:
            self._update(self.tr("Change place"), "place", new, old)

    def _kind_edited(self, _index: int) -> None:
        if self.detail is None or self.is_read_only():
            return
        old, new = self.detail.meeting.kind, MeetingKind(str(self.kind_field.currentData()))
        if new != old:
            self._update(self.tr("Change kind of meeting"), "kind", new, old)

    def adopt_previous_minutes(self) -> None:
        if self.detail is None or not can_adopt_previous(self.detail.previous_meeting):
            return
        previous = self.detail.previous_meeting
        assert previous is not None
        dialog = AdoptMinutesDialog(previous, self)
        meeting_id = self.detail.meeting.id
        dialog.accepted.connect(
            lambda: adopt_minutes_command(
                self.context,
                previous,
                meeting_id,
                dialog.amendment_text(),
                self.reload,
                self.show_error,
                self.tr("Adopt minutes"),
            )
        )
        self.dialog = dialog
        dialog.open()

    def request_start(self) -> None:
        if self.detail is not None and self.start_button.isEnabled():
            self.start_requested.emit(self.detail.meeting.id)

    # -- messages ---------------------------------------------------------------------------------------
    def show_error(self, error: BuurtDeskError) -> None:
        self._show_message(error.message(labels.ui_language()))

    def _show_message(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _ask(self, title: str, question: str) -> bool:
        return ask(self, title, question)
