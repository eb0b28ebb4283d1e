"""Meeting mode: the chair runs the meeting from here, by keyboard, on a full screen.

Top: council, meeting, clock, time on the current item against its plan. Left: the agenda.
Centre: the notes of the current item (stored as typed, see meeting_notes), the action list
review at the action-list item, and what was captured under the item. Quick capture: Ctrl+B
decision, Ctrl+A action point, Ctrl+P attendance; in a toekomstagenda session also Ctrl+W wish,
Ctrl+T dot vote, Ctrl+R role (meeting_cycle_capture). Every edit goes on the shared undo stack.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.enums import AgendaItemKind, MinutesState
from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services.views import AgendaItemView, MeetingDetail
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.accessible import ask
from buurtdesk.ui.common.section import Context
from buurtdesk.ui.common.undo import EditCommand
from buurtdesk.ui.meeting_mode.capture import AttendanceDialog
from buurtdesk.ui.meeting_mode.cycle_capture import CycleCaptureMixin
from buurtdesk.ui.meeting_mode.minutes import can_adopt_previous
from buurtdesk.ui.meeting_mode.mode_capture import QuickCaptureMixin
from buurtdesk.ui.meeting_mode.notes import NotesEditor, NotesKeeper
from buurtdesk.ui.meeting_mode.projector import ProjectorWindow, projector_content
from buurtdesk.ui.meeting_mode.review import ActionReviewPanel
from buurtdesk.ui.meeting_mode.top_bar import MeetingTopBar, scaled

STYLE = """
QFrame#meetingTop { background: #10243f; }
QFrame#meetingTop QLabel { color: #ffffff; }
QLabel#itemTitle { font-weight: 700; }
QFrame#meetingTop QLabel[over="true"] { color: #ffb4a9; }
QLabel#banner { background: #fde7e4; color: #8c1d18; padding: 8px; border-radius: 6px; }
QLabel#captured { padding: 4px; }
QLabel#notice { color: #1b5e20; font-weight: 600; }
QListWidget#agenda::item { padding: 8px 6px; }
QListWidget#review::item { padding: 5px 4px; border-bottom: 1px solid palette(midlight); }
QListWidget#review::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QListWidget#agenda::item:selected { background: palette(highlight); color: palette(highlighted-text); font-weight: 700; }
"""


class MeetingModeWindow(QuickCaptureMixin, CycleCaptureMixin, QWidget):
    meeting_closed = Signal(
        int, object
    )  # the closed meeting's id, the next meeting (MeetingSummary)
    left = Signal(int)  # the meeting id, when meeting mode is left without closing

    def __init__(self, context: Context, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.services = context.services
        self.meeting_id = meeting_id
        self.setObjectName("meetingMode")
        self.setStyleSheet(STYLE)
        self.projector: ProjectorWindow | None = None
        self.dialog: Any = None
        self.current_item_id: int | None = None
        self.entered_at = time.monotonic()
        self.spent: dict[int, float] = {}
        self.captured_text = ""
        self.confirm: Callable[[str, str], bool] = self._ask
        self.after_closed: Callable[[], None] | None = None
        self.error_after_closed: Callable[[BuurtDeskError], None] | None = None
        self.safe_reload, self.safe_error = self._guards()
        self._build()
        self._build_actions()
        self.services.meetings.start_meeting(meeting_id)
        self.detail: MeetingDetail = self.services.meetings.get_meeting(meeting_id)
        self.spent = {item.id: float(item.spent_seconds) for item in self.detail.items}
        self.setWindowTitle(self.tr("Meeting — %1").replace("%1", self.detail.council.name))
        self._fill()
        self.agenda.setCurrentRow(0)
        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.clock.timeout.connect(self._tick)
        self.clock.start()
        self._tick()

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.top = MeetingTopBar()
        self.item_time = self.top.item_time
        self.clock_label = self.top.clock_label
        outer.addWidget(self.top)

        body = QHBoxLayout()
        body.setContentsMargins(16, 12, 16, 8)
        body.setSpacing(16)
        outer.addLayout(body, 1)
        self.agenda = QListWidget()
        self.agenda.setObjectName("agenda")
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setAccessibleDescription(self.tr("Page Down and Page Up move between items"))
        self.agenda.setFixedWidth(330)
        self.agenda.setWordWrap(True)
        self.agenda.currentRowChanged.connect(self._item_chosen)
        body.addWidget(self.agenda)

        centre = QVBoxLayout()
        centre.setSpacing(8)
        body.addLayout(centre, 1)
        self.item_title = scaled(QLabel(), 1.6, bold=True)
        self.item_title.setObjectName("itemTitle")
        self.item_title.setWordWrap(True)
        centre.addWidget(self.item_title)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        centre.addWidget(self.banner)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setAccessibleName(self.tr("Last change"))
        self.notice.hide()
        centre.addWidget(self.notice)
        self.review = ActionReviewPanel(self._review)
        self.review.hide()
        centre.addWidget(self.review, 2)
        self.minutes_hint = QLabel()
        self.minutes_hint.setWordWrap(True)
        self.minutes_hint.setProperty("class", "muted")
        self.minutes_hint.hide()
        centre.addWidget(self.minutes_hint)
        notes_label = QLabel(self.tr("&Notes"))
        self.notes = NotesEditor()
        self.notes.setAccessibleName(self.tr("Notes for the current item"))
        self.notes.setAccessibleDescription(
            self.tr("What is said about the current item; kept as you type")
        )
        notes_font = QFont(self.notes.font())
        notes_font.setPointSizeF(max(11.0, notes_font.pointSizeF()) * 1.2)
        self.notes.setFont(notes_font)
        self.notes.setPlaceholderText(
            self.tr("Type the notes of this item here. They are kept as you type.")
        )
        notes_label.setBuddy(self.notes)
        centre.addWidget(notes_label)
        centre.addWidget(self.notes, 3)
        self.captured = QLabel()
        self.captured.setObjectName("captured")
        self.captured.setWordWrap(True)
        self.captured.setTextFormat(Qt.TextFormat.PlainText)
        self.captured.setAccessibleName(self.tr("Decisions and action points of this item"))
        centre.addWidget(self.captured)
        self.keeper = NotesKeeper(
            self.notes, self.services.meetings.set_notes, self.context.undo_stack, self
        )
        self.keeper.failed.connect(self._notes_failed)
        self.keeper.stored.connect(self._notes_stored)

        hints = QLabel(
            self.tr(
                "PgDn/PgUp next/previous item · Ctrl+B decision · Ctrl+A action point · Ctrl+P attendance · "
                "F8 projector · Ctrl+Z undo · Ctrl+Shift+E close the meeting · Esc leave"
            )
        )
        hints.setProperty("class", "muted")
        hints.setWordWrap(True)
        hints.setContentsMargins(16, 0, 16, 8)
        outer.addWidget(self.build_cycle_hint())
        outer.addWidget(hints)

    def _action(self, text: str, keys: list[str], slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.next_action = self._action(self.tr("Next item"), ["PgDown"], lambda: self.step(1))
        self.previous_action = self._action(
            self.tr("Previous item"), ["PgUp"], lambda: self.step(-1)
        )
        self.decision_action = self._action(self.tr("Decision"), ["Ctrl+B"], self.capture_decision)
        self.action_point_action = self._action(
            self.tr("Action point"), ["Ctrl+A"], self.capture_action
        )
        self.attendance_action = self._action(
            self.tr("Attendance"), ["Ctrl+P"], self.capture_attendance
        )
        self.projector_action = self._action(self.tr("Projector"), ["F8"], self.toggle_projector)
        self.undo_action = self._action(self.tr("Undo"), ["Ctrl+Z"], self.undo)
        self.redo_action = self._action(self.tr("Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"], self.redo)
        self.adopt_action = self._action(
            self.tr("Adopt previous minutes"), ["Ctrl+Shift+V"], self.adopt_previous_minutes
        )
        self.close_action = self._action(
            self.tr("Close the meeting"), ["Ctrl+Shift+E"], self.close_meeting
        )
        self.leave_action = self._action(self.tr("Leave meeting mode"), ["Esc"], self.close)
        self.build_cycle_actions()
        self.notes.passthrough = [seq for action in self.actions() for seq in action.shortcuts()]

    # -- showing -------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.detail = self.services.meetings.get_meeting(self.meeting_id)
        except BuurtDeskError as exc:
            self.show_error(exc)
            return
        self._fill()

    def _fill(self) -> None:
        detail = self.detail
        meeting = detail.meeting
        self.top.show_meeting(
            detail.council.name,
            " · ".join(
                p
                for p in (
                    meeting.title or labels.meeting_kind(meeting.kind),
                    labels.long_date(meeting.date),
                    meeting.place,
                )
                if p
            ),
        )
        self.agenda.blockSignals(True)
        self.agenda.clear()
        current_row = 0
        for row, item in enumerate(detail.items):
            entry = QListWidgetItem(self._agenda_line(item))
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            self.agenda.addItem(entry)
            if item.id == self.current_item_id:
                current_row = row
        self.agenda.setCurrentRow(current_row if self.current_item_id is not None else -1)
        self.agenda.blockSignals(False)
        self._show_item_parts()
        if isinstance(self.dialog, AttendanceDialog):
            self.dialog.show_attendance(detail.attendance)
        self._update_projector()

    def current_item(self) -> AgendaItemView | None:
        return next((i for i in self.detail.items if i.id == self.current_item_id), None)

    def _item_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.detail.items):
            return
        self._book_time()
        item = self.detail.items[row]
        self.current_item_id = item.id
        self.entered_at = time.monotonic()
        self.notice.hide()
        self.keeper.show_item(item.id, item.notes)
        self._show_item_parts()
        if item.kind == AgendaItemKind.ACTION_LIST and self.isVisible():
            self.review.list.setFocus()  # D / O / V work at once
        elif self.review.isAncestorOf(QApplication.focusWidget()):
            self.notes.setFocus()
        self._update_projector()
        self._tick()

    def _show_item_parts(self) -> None:
        self.show_cycle_capture()
        item = self.current_item()
        if item is None:
            return
        self.item_title.setText(
            f"{item.position}. {item.title}"
            + (self.tr(" (closed session)") if item.is_private else "")
        )
        is_action_list = item.kind == AgendaItemKind.ACTION_LIST
        self.review.setVisible(is_action_list)
        if is_action_list:
            self.review.show_actions(self.detail.reviewed_actions)
        previous = self.detail.previous_meeting
        at_minutes = item.kind == AgendaItemKind.PREVIOUS_MINUTES and previous is not None
        self.adopt_action.setEnabled(at_minutes and can_adopt_previous(previous))
        if at_minutes and previous is not None:
            when = labels.long_date(previous.date)
            state = labels.meeting_status(previous.status, previous.minutes_state)
            if previous.minutes_state == MinutesState.ADOPTED:
                hint = self.tr("The minutes of %1 are adopted.").replace("%1", when)
            elif can_adopt_previous(previous):
                hint = self.tr(
                    "Minutes of %1: %2. Ctrl+Shift+V adopts them, with amendments if there are any."
                )
                hint = hint.replace("%1", when).replace("%2", state)
            else:
                hint = self.tr("The meeting of %1 has no minutes yet.").replace("%1", when)
            self.minutes_hint.setText(hint)
        self.minutes_hint.setVisible(at_minutes)
        lines = [
            self.tr("Decision %1: %2").replace("%1", str(d.number)).replace("%2", d.text)
            for d in self.detail.decisions
            if d.agenda_item_id == item.id
        ]
        lines += [
            self.tr("Action: %1 (%2)")
            .replace("%1", a.title)
            .replace("%2", a.owner_name or self.tr("nobody yet"))
            for a in self.detail.new_actions
            if a.origin_item_id == item.id
        ]
        self.captured.setText("\n".join(lines))
        self.captured.setVisible(bool(lines))

    def _tick(self) -> None:
        item = self.current_item()
        if item is None:
            self.top.show_time(None, 0)
            return
        spent = self.spent.get(item.id, 0.0) + (time.monotonic() - self.entered_at)
        self.top.show_time(spent, item.planned_minutes)

    def step(self, delta: int) -> None:
        row = self.agenda.currentRow() + delta
        if 0 <= row < self.agenda.count():
            self.agenda.setCurrentRow(row)

    def _agenda_line(self, item: AgendaItemView) -> str:
        """'3. Verslag vorige vergadering' and below it the plan, and the time used once visited."""
        plan = self.tr("%1 min").replace("%1", str(item.planned_minutes))
        spent = int(self.spent.get(item.id, 0.0))
        if spent:
            used = self.tr("%1 used").replace("%1", f"{spent // 60}:{spent % 60:02d}")
            plan = f"{plan} · {used}"
        return f"{item.position}. {item.title}\n     {plan}"

    def _book_time(self) -> None:
        """Add the time spent on the item being left to its total."""
        if self.current_item_id is None:
            return
        seconds = time.monotonic() - self.entered_at
        self.entered_at = time.monotonic()
        self.spent[self.current_item_id] = self.spent.get(self.current_item_id, 0.0) + seconds
        for row, item in enumerate(self.detail.items):  # the list follows the agenda's order
            if item.id == self.current_item_id and row < self.agenda.count():
                self.agenda.item(row).setText(self._agenda_line(item))
        if int(seconds) > 0:
            try:
                self.services.meetings.add_time_spent(self.current_item_id, int(seconds))
            except BuurtDeskError as exc:
                self.show_error(exc)

    # -- errors and banners ----------------------------------------------------------------------
    def show_error(self, error: BuurtDeskError) -> None:
        self.banner.setText(error.message(labels.ui_language()))
        self.banner.show()

    def _notes_failed(self, error: BuurtDeskError) -> None:
        self.banner.setText(
            self.tr(
                "The notes could not be stored: %1 They stay here and are stored as soon as writing works again."
            ).replace("%1", error.message(labels.ui_language()))
        )
        self.banner.show()

    def _notes_stored(self, _item_id: int) -> None:
        self.banner.hide()

    def _ask(self, title: str, question: str) -> bool:
        return ask(self, title, question)

    def _guards(self) -> tuple[Callable[[], None], Callable[[BuurtDeskError], None]]:
        """Callbacks for undo commands that outlive this window: then the editor takes over."""
        window = self

        def reload() -> None:
            if shiboken6.isValid(window) and window.isVisible():
                window.reload()
            elif window.after_closed is not None:
                window.after_closed()

        def error(exc: BuurtDeskError) -> None:
            if shiboken6.isValid(window) and window.isVisible():
                window.show_error(exc)
            elif window.error_after_closed is not None:
                window.error_after_closed(exc)

        return reload, error

    def _push(self, text: str, do: Callable[[], Any], undo: Callable[[Any], Any]) -> EditCommand:
        self.keeper.flush()
        self.banner.hide()
        command = EditCommand(
            text, do=do, undo=undo, after=self.safe_reload, on_error=self.safe_error
        )
        self.context.undo_stack.push(command)
        return command

    def undo(self) -> None:
        self.keeper.flush()
        self.context.undo_stack.undo()

    def redo(self) -> None:
        self.keeper.flush()
        self.context.undo_stack.redo()

    # -- projector -----------------------------------------------------------------------------------
    def toggle_projector(self) -> None:
        if self.projector is not None and self.projector.isVisible():
            self.projector.close()
            return
        if self.projector is None:
            self.projector = ProjectorWindow()
        self._update_projector()
        self.projector.place()

    def _update_projector(self) -> None:
        if self.projector is not None:
            self.projector.show_content(projector_content(self.detail, self.current_item_id))

    # -- closing ---------------------------------------------------------------------------------------
    def close_meeting(self) -> None:
        question = self.tr(
            "Close this meeting? The minutes become a draft and the open action points move on to the next meeting."
        )
        if not self.confirm(self.tr("Close the meeting"), question):
            return
        if not self.keeper.flush():
            return
        self._book_time()
        try:
            following = self.services.meetings.close_meeting(self.meeting_id)
        except BuurtDeskError as exc:
            self.show_error(exc)
            return
        self.current_item_id = None
        self.meeting_closed.emit(self.meeting_id, following)
        self._closing_done = True
        self.close()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self.notes.hasFocus() and not self.review.isVisible():
            self.notes.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.keeper.flush():
            question = self.tr(
                "The notes could not be stored. Leave meeting mode anyway? What was not stored is lost."
            )
            if not self.confirm(self.tr("Notes not stored"), question):
                event.ignore()
                return
        self._book_time()
        self.clock.stop()
        if self.projector is not None:
            self.projector.close()
        if not getattr(self, "_closing_done", False):
            self.left.emit(self.meeting_id)
        super().closeEvent(event)
