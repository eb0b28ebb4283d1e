"""The editor of one meeting: when and where, the agenda, attendance, minutes and documents."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.dates import short_date
from buurtdesk.domain.enums import MeetingStatus, MinutesState, MinutesTitle
from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services.views import MeetingDetail
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.accessible import ask
from buurtdesk.ui.common.flow import Columns, FlowLayout
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
from buurtdesk.ui.meetings.when_form import MeetingWhenForm

T = TypeVar("T")


class MeetingEditor(QWidget):
    changed = Signal()  # something of the meeting changed: the list may need a refresh
    start_requested = Signal(int)

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meetings = context.services.meetings
        self.detail: MeetingDetail | None = None
        self.confirm: Callable[[str, str], bool] = self._ask
        self.dialog: AdoptMinutesDialog | None = None
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
        self.when = MeetingWhenForm(self)
        self.date_field = self.when.date_field
        self.start_field = self.when.start_field
        self.end_field = self.when.end_field
        self.place_field = self.when.place_field
        self.kind_field = self.when.kind_field
        layout.addWidget(self.when)
        self.record = MeetingRecordForm(self, self)
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
        self.attendance_editor = AttendanceEditor(self, self)
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
        self.when.show_meeting(meeting, read_only)
        for control in self.agenda_editor.controls:
            control.setEnabled(not read_only)
        self.record.show_detail(self.detail, read_only)
        self.start_button.setEnabled(not read_only and meeting.status != MeetingStatus.CLOSED)
        self.start_action.setEnabled(self.start_button.isEnabled())
        previous = self.detail.previous_meeting
        self.adopt_button.setVisible(can_adopt_previous(previous) and not read_only)
        if previous is not None:
            self._name_adopt_button(self.detail.council.minutes_title, short_date(previous.date))
        self.documents.minutes_preview.setEnabled(meeting.minutes_state is not None)
        self.documents.minutes_save.setEnabled(meeting.minutes_state is not None)
        selected = self.selected_item()
        self.model.set_items(self.detail.items, read_only)
        if selected is not None and (row := self.model.row_of(selected.id)) >= 0:
            self.agenda.selectRow(row)
        self.attendance_editor.show_attendance(self.detail.attendance, read_only)
        self.action_list.show_actions(self.detail.reviewed_actions)

    # -- edits ------------------------------------------------------------------------------------------
    def push(self, text: str, do: Callable[[], T], undo: Callable[[T], object]) -> EditCommand[T]:
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

    def _name_adopt_button(self, title: MinutesTitle, when: str) -> None:
        """Called by the council's own title for its minutes, as its documents are."""
        if title == MinutesTitle.VERSLAG:
            text = self.tr("Adopt the report of %1…")
        elif title == MinutesTitle.BESLUITENLIJST:
            text = self.tr("Adopt the list of decisions of %1…")
        else:
            text = self.tr("Adopt the minutes of %1…")
        self.adopt_button.setText(text.replace("%1", when))
        self.adopt_button.setAccessibleName(text.replace("%1", when).rstrip("…"))

    def adopt_previous_minutes(self) -> None:
        if self.detail is None or not can_adopt_previous(self.detail.previous_meeting):
            return
        previous = self.detail.previous_meeting
        assert previous is not None
        dialog = AdoptMinutesDialog(previous, self, self.detail.council.minutes_title)
        meeting_id = self.detail.meeting.id
        dialog.accepted.connect(
            lambda: adopt_minutes_command(
                self.context,
                previous,
                meeting_id,
                dialog.amendment_text(),
                self.reload,
                self.show_error,
                dialog.action_text,
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

    def clear_error(self) -> None:
        self.error.hide()

    def _show_message(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _ask(self, title: str, question: str) -> bool:
        return ask(self, title, question)
