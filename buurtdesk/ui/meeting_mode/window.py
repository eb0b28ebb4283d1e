"""Meeting mode: the chair runs the meeting from here, by keyboard or mouse, on a full screen.

The window composes its parts and is their `MeetingHost` (host.py):
- top_bar.MeetingTopBar: council, meeting, time on the current item, the clock;
- agenda.AgendaList (left) with agenda.ItemTimes, the time kept per item;
- item_panel.ItemPanel (centre): title, banner, notice, review, previous minutes, notes,
  what was taken; notes.NotesKeeper stores the notes as typed;
- quick_capture.QuickCapture (decision, action point, attendance, review, minutes) and
  cycle_capture.CycleCapture (wish, dot vote, role) do the edits;
- keys.MeetingKeys: every key, where it works, and the hint line at the bottom;
- projector.ProjectorWindow: what the room sees on the wall.
Every edit goes on the shared undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from buurtdesk.domain.enums import AgendaItemKind
from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services.views import AgendaItemView, MeetingDetail
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.accessible import ask
from buurtdesk.ui.common.section import Context
from buurtdesk.ui.common.style import success_colour
from buurtdesk.ui.common.undo import EditCommand
from buurtdesk.ui.meeting_mode.agenda import AgendaList, ItemTimes
from buurtdesk.ui.meeting_mode.closing import CloseMeetingDialog, close_command
from buurtdesk.ui.meeting_mode.cycle_capture import CycleCapture
from buurtdesk.ui.meeting_mode.host import ErrorHandler
from buurtdesk.ui.meeting_mode.item_panel import ItemPanel
from buurtdesk.ui.meeting_mode.keys import MeetingKeys, mnemonic_hint
from buurtdesk.ui.meeting_mode.notes import NotesKeeper, merged_message
from buurtdesk.ui.meeting_mode.projector import ProjectorWindow, projector_content
from buurtdesk.ui.meeting_mode.quick_capture import QuickCapture
from buurtdesk.ui.meeting_mode.top_bar import MeetingTopBar, minutes_behind, planned_end

T = TypeVar("T")

STYLE = """
QFrame#meetingTop { background: #10243f; }
QFrame#meetingTop QLabel { color: #ffffff; }
QLabel#itemTitle { font-weight: 700; }
QFrame#meetingTop QLabel[over="true"] { color: #ffb4a9; }
QLabel#banner { background: #fde7e4; color: #8c1d18; padding: 8px; border-radius: 6px; }
QLabel#captured { padding: 4px; }
QLabel#notice { color: %(success)s; font-weight: 600; }
QListWidget#agenda::item { padding: 8px 6px; }
QListWidget#review::item { padding: 5px 4px; border-bottom: 1px solid palette(midlight); }
QListWidget#review::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QListWidget#agenda::item:selected { background: palette(highlight); color: palette(highlighted-text); font-weight: 700; }
"""


class MeetingModeWindow(QWidget):
    meeting_closed = Signal(int, object)  # the closed meeting's id, the next (MeetingSummary)
    left = Signal(int)  # the meeting id, when meeting mode is left without closing

    def __init__(self, context: Context, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.services = context.services
        self.meeting_id = meeting_id
        self.setObjectName("meetingMode")
        self.setStyleSheet(STYLE % {"success": success_colour()})
        self.projector: ProjectorWindow | None = None
        self.dialog: QDialog | None = None
        self.current_item_id: int | None = None
        self.times = ItemTimes()
        self.confirm: Callable[[str, str], bool] = self._ask
        self.after_closed: Callable[[], None] | None = None
        self.error_after_closed: ErrorHandler | None = None
        self._closing_done = False
        self.safe_reload, self.safe_error = self._guards()
        self.capture = QuickCapture(self)
        self.cycle = CycleCapture(self)
        self._build()
        self._build_keys()
        self.services.meetings.start_meeting(meeting_id)
        self.detail: MeetingDetail = self.services.meetings.get_meeting(meeting_id)
        self.capture.name_the_minutes(self.detail.council.minutes_title)
        self.times.start(self.detail.items)
        self.setWindowTitle(self.tr("Meeting — %1").replace("%1", self.detail.council.name))
        self._fill()
        self.agenda.setCurrentRow(0)
        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.clock.timeout.connect(self.tick)
        self.clock.start()
        self.tick()

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.top = MeetingTopBar()
        outer.addWidget(self.top)
        body = QHBoxLayout()
        body.setContentsMargins(16, 12, 16, 8)
        body.setSpacing(16)
        outer.addLayout(body, 1)
        self.agenda = AgendaList(self.times)
        self.agenda.currentRowChanged.connect(self._item_chosen)
        body.addWidget(self.agenda)
        self.panel = ItemPanel(self.capture.review)
        body.addWidget(self.panel, 1)
        self.notes = self.panel.notes
        self.review = self.panel.review
        self.keeper = NotesKeeper(
            self.notes, self.services.meetings.save_notes, self.context.undo_stack, self
        )
        self.keeper.failed.connect(self._notes_failed)
        self.keeper.merged.connect(self._notes_merged)
        self.keeper.stored.connect(lambda _item_id: self.panel.banner.hide())
        self.hints = QLabel()
        self.hints.setObjectName("hints")
        self.hints.setProperty("class", "muted")
        self.hints.setWordWrap(True)
        self.hints.setContentsMargins(16, 0, 16, 8)
        self.keys = MeetingKeys(self, self.notes, self.hints)
        self.keys.bar.setContentsMargins(16, 0, 16, 6)
        outer.addWidget(self.keys.bar)
        outer.addWidget(self.hints)

    def _build_keys(self) -> None:
        """Every key of meeting mode; the hint line lists those that work at the current item."""
        keys = self.keys
        keys.add(
            self.tr("Next item"),
            ["PgDown"],
            lambda: self.agenda.step(1),
            hint=self.tr("PgDn next item"),
        )
        keys.add(
            self.tr("Previous item"),
            ["PgUp"],
            lambda: self.agenda.step(-1),
            hint=self.tr("PgUp previous"),
        )
        keys.note(mnemonic_hint(self.panel.notes_label))
        at_review = self.panel.review.isVisibleTo
        # P (in the list) and Alt+V (from anywhere) both go to the progress field: one hint,
        # so the hint line stays one line at large text on a laptop
        progress = mnemonic_hint(self.panel.review.progress_label)
        keys.note(f"P, {progress}", lambda: at_review(self))
        self.capture.add_keys(keys)
        self.cycle.add_keys(keys)
        self.projector_action = keys.add(
            self.tr("Projector"),
            ["F8"],
            self.toggle_projector,
            hint=self.tr("F8 projector"),
            button=True,
        )
        keys.add(self.tr("Undo"), ["Ctrl+Z"], self.undo, hint=self.tr("Ctrl+Z undo"), button=True)
        keys.add(self.tr("Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"], self.redo)
        keys.add(
            self.tr("Close the meeting"),
            ["Ctrl+Shift+E"],
            self.close_meeting,
            hint=self.tr("Ctrl+Shift+E close the meeting"),
            button=True,
        )
        keys.add(self.tr("Leave meeting mode"), ["Esc"], self.close, hint=self.tr("Esc leave"))

    # -- MeetingHost ---------------------------------------------------------------------------
    def current_item(self) -> AgendaItemView | None:
        return next((i for i in self.detail.items if i.id == self.current_item_id), None)

    def dialog_parent(self) -> QWidget:
        return self

    def open_dialog(self, dialog: QDialog, forget_when_finished: bool = False) -> None:
        self.dialog = dialog
        dialog.addAction(self.projector_action)  # F8 works from every part of meeting mode
        if forget_when_finished:
            dialog.finished.connect(lambda _code: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def push(
        self,
        text: str,
        do: Callable[[], T],
        undo: Callable[[T], object],
        refused: ErrorHandler | None = None,
    ) -> EditCommand:
        self.keeper.flush()
        self.panel.banner.hide()
        on_error = self.safe_error
        if refused is not None:
            window_error = self.safe_error

            def on_error(exc: BuurtDeskError) -> None:
                dialog = self.dialog if shiboken6.isValid(self) else None
                if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
                    refused(exc)
                else:
                    window_error(exc)

        command = EditCommand(text, do=do, undo=undo, after=self.safe_reload, on_error=on_error)
        self.context.undo_stack.push(command)
        return command

    def show_error(self, error: BuurtDeskError) -> None:
        self.show_message(error.message(labels.ui_language()))

    def show_message(self, text: str) -> None:
        self.panel.show_banner(text)

    def say(self, text: str) -> None:
        self.panel.say(text)

    def reload(self) -> None:
        try:
            self.detail = self.services.meetings.get_meeting(self.meeting_id)
        except BuurtDeskError as exc:
            self.show_error(exc)
            return
        self._fill()

    # -- showing -------------------------------------------------------------------------------
    def _fill(self) -> None:
        detail = self.detail
        self.top.show_meeting(detail)
        self.agenda.show_items(detail.items, self.current_item_id)
        self._show_item_parts()
        self.capture.show_attendance()
        self._update_projector()

    def _item_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.detail.items):
            return
        self._book_time()
        item = self.detail.items[row]
        self.current_item_id = item.id
        self.times.restart()
        self.panel.notice.hide()
        self.keeper.show_item(item.id, item.notes)
        self._show_item_parts()
        if item.kind == AgendaItemKind.ACTION_LIST and self.isVisible():
            self.review.list.setFocus()  # D / O / V work at once
        else:
            focus = QApplication.focusWidget()
            if focus is not None and self.review.isAncestorOf(focus):
                self.notes.setFocus()
        self._update_projector()
        self.tick()

    def _show_item_parts(self) -> None:
        self.cycle.refresh()
        item = self.current_item()
        if item is not None:
            self.panel.show_item(self.detail, item, self.context.current_date())
        projects = self.context.services.projects
        self.panel.project.show_for(item, projects.get_project, self.context.current_date())
        self.keys.refresh()

    def tick(self) -> None:
        item = self.current_item()
        spent = self.times.running(item.id) if item is not None else None
        now = datetime.now()
        end = planned_end(self.detail)
        behind: int | None = None
        if end is not None and self.detail.meeting.date == now.date():
            on_the_day = datetime.combine(self.detail.meeting.date, now.time())
            behind = minutes_behind(
                on_the_day, end, self.detail.items, self.current_item_id, spent or 0.0
            )
        self.top.show_time(spent, item.planned_minutes if item else 0, end, behind, now)

    def _book_time(self) -> None:
        """Add the time spent on the item being left to its total."""
        if self.current_item_id is None:
            return
        seconds = self.times.book(self.current_item_id)
        self.agenda.update_line(self.detail.items, self.current_item_id)
        if seconds > 0:
            try:
                self.services.meetings.add_time_spent(self.current_item_id, seconds)
            except BuurtDeskError as exc:
                self.show_error(exc)

    # -- errors ----------------------------------------------------------------------------------
    def _notes_failed(self, error: BuurtDeskError) -> None:
        self.panel.show_banner(
            self.tr(
                "The notes could not be stored: %1 They stay here and are stored as soon as writing works again."
            ).replace("%1", error.message(labels.ui_language()))
        )

    def _notes_merged(self, item_id: int, conflicts: int) -> None:
        if item_id == self.current_item_id:  # after `stored` has hidden the banner
            QTimer.singleShot(0, lambda: self.panel.show_banner(merged_message(conflicts)))

    def _ask(self, title: str, question: str) -> bool:
        return ask(self, title, question)

    def _guards(self) -> tuple[Callable[[], None], ErrorHandler]:
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

    def undo(self) -> None:
        self.keeper.flush()
        self.context.undo_stack.undo()

    def redo(self) -> None:
        self.keeper.flush()
        self.context.undo_stack.redo()

    # -- projector -----------------------------------------------------------------------------
    def toggle_projector(self) -> None:
        if self.projector is not None and self.projector.isVisible():
            self.projector.close()
            return
        if self.projector is None:
            self.projector = ProjectorWindow(self.toggle_projector)
        active = QApplication.activeWindow()
        self._update_projector()
        self.projector.place()
        if active is not None and active is not self.projector:
            active.activateWindow()  # the chair's keys stay where they were

    def _update_projector(self) -> None:
        if self.projector is not None:
            self.projector.show_content(projector_content(self.detail, self.current_item_id))

    # -- closing -------------------------------------------------------------------------------
    def close_meeting(self) -> None:
        """Ctrl+Shift+E: ask for the next meeting (a date, or not agreed yet) and close."""
        if not self.keeper.flush():
            return
        self._book_time()
        submit = close_command(
            self.services.meetings,
            lambda text, do, undo: self.push(text, do, undo, refused=lambda _e: None),
            self.meeting_id,
            self.tr("Close the meeting"),
            closed=lambda: QTimer.singleShot(0, self._closed),
        )
        dialog = CloseMeetingDialog(self.detail, submit, self.dialog_parent())
        self.open_dialog(dialog)

    def _closed(self) -> None:
        self.current_item_id = None
        detail = self.services.meetings.get_meeting(self.meeting_id)
        self.meeting_closed.emit(self.meeting_id, detail.next_meeting)
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
        if not self._closing_done:
            self.left.emit(self.meeting_id)
        super().closeEvent(event)
