"""Vergaderingen: the council's meetings (upcoming first, then held) and the editor of one."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.enums import MeetingKind, MeetingStatus
from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services.views import MeetingSummary
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.flow import Columns
from buurtdesk.ui.common.rows import lines_tall
from buurtdesk.ui.common.section import Context, Section
from buurtdesk.ui.common.undo import EditCommand
from buurtdesk.ui.meetings.documents import MINUTES
from buurtdesk.ui.meetings.editor import MeetingEditor

if TYPE_CHECKING:
    # meeting mode is a window of its own, loaded when the chair first starts a meeting
    from buurtdesk.ui.meeting_mode.window import MeetingModeWindow

NEXT_MEETING_AFTER = timedelta(days=28)
ITEM_PADDING = 4  # px left and right of a meeting in the list


class MeetingsSection(Section):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.summaries: list[MeetingSummary] = []
        self.mode: MeetingModeWindow | None = None
        self.full_screen = True
        # side by side while the list and the meeting both have their least width (1920 px at
        # 200 % text), else the list above the meeting
        layout = Columns(self, chars=80)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        left = QVBoxLayout()
        left.setContentsMargins(16, 16, 8, 12)
        caption = QLabel(self.tr("&Meetings"))
        caption.setObjectName("pageTitle")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Meetings of this council"))
        self.list.setAccessibleDescription(self.tr("Choose a meeting to see and edit its details"))
        self._fit_list_width()
        lines_tall(self.list, least=9)  # several meetings in sight when it stands above the editor
        self.list.setObjectName("meetingList")
        self.list.setStyleSheet(
            f"QListWidget#meetingList::item {{ padding: 3px {ITEM_PADDING}px; }}"
        )
        caption.setBuddy(self.list)
        self.new_button = QPushButton(self.tr("New meeting (Ctrl+N)"))
        self.new_button.setAccessibleName(self.tr("New meeting"))
        self.new_button.setAccessibleDescription(self.tr("Plans a new meeting of this council"))
        self.new_button.clicked.connect(self.new_meeting)
        new_action = QAction(self.tr("New meeting"), self)
        new_action.setShortcut(QKeySequence("Ctrl+N"))
        new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_action.triggered.connect(self.new_meeting)
        self.addAction(new_action)
        self.closed_note = QLabel()
        self.closed_note.setWordWrap(True)
        self.closed_note.setProperty("class", "muted")
        left.addWidget(caption)
        left.addWidget(self.list, 1)
        left.addWidget(self.closed_note)
        left.addWidget(self.new_button)
        layout.addLayout(left)
        self.editor = MeetingEditor(context)
        self.addAction(self.editor.start_action)
        layout.addWidget(self.editor, 1)
        self.list.currentItemChanged.connect(self._chosen)
        self.editor.changed.connect(self._refresh_list)
        self.editor.start_requested.connect(self.start_meeting)
        self.closed_note.hide()

    def title(self) -> str:
        return self.tr("Meetings")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:
            self._fit_list_width()
        super().changeEvent(event)

    def _fit_list_width(self) -> None:
        """The list as wide as the widest date of a meeting on one line, at the text size
        shown (the status line below it wraps)."""
        metrics = self.list.fontMetrics()
        widest = max(  # every weekday, in the month with the longest name
            metrics.horizontalAdvance(labels.long_date(date(2026, 9, day))) for day in range(21, 28)
        )
        style = self.list.style()
        margins = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        bar = self.list.verticalScrollBar().sizeHint().width()
        # the items' padding (style sheet below), the text's margins, the frame, the bar
        width = widest + 2 * ITEM_PADDING + margins + 2 * self.list.frameWidth() + bar + 2
        self.list.setMinimumWidth(max(270, width))
        self.list.setMaximumWidth(max(330, width))

    # -- the list -----------------------------------------------------------------------------
    def reload(self) -> None:
        if self.council_id is None:
            return
        self._fill_list(self.editor.meeting_id())

    def _refresh_list(self) -> None:
        if self.council_id is not None:
            self._fill_list(self.editor.meeting_id(), show=False)

    def _fill_list(self, keep: int | None, show: bool = True) -> None:
        assert self.council_id is not None
        try:
            self.summaries = self.context.services.meetings.list_meetings(self.council_id)
        except BuurtDeskError as exc:
            self.editor.show_error(exc)
            return
        if keep is not None and all(m.id != keep for m in self.summaries):
            keep = None
        today = self.context.current_date()
        upcoming = [
            m for m in self.summaries if m.status != MeetingStatus.CLOSED and m.date >= today
        ]
        upcoming += [
            m for m in self.summaries if m.status != MeetingStatus.CLOSED and m.date < today
        ]
        upcoming.sort(key=lambda m: m.date)
        held = sorted(
            (m for m in self.summaries if m.status == MeetingStatus.CLOSED),
            key=lambda m: m.date,
            reverse=True,
        )
        self.list.blockSignals(True)
        self.list.clear()
        target: QListWidgetItem | None = None
        for heading, group in ((self.tr("Coming up"), upcoming), (self.tr("Held"), held)):
            if not group:
                continue
            head = QListWidgetItem(heading)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            self.list.addItem(head)
            for meeting in group:
                entry = QListWidgetItem(self._line(meeting))
                entry.setData(Qt.ItemDataRole.UserRole, meeting.id)
                self.list.addItem(entry)
                if meeting.id == keep or (keep is None and target is None):
                    target = entry
        if not self.summaries:
            empty = QListWidgetItem(self.tr("No meetings yet. Press Ctrl+N to plan the first one."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        if target is not None:
            self.list.setCurrentItem(target)
        self.list.blockSignals(False)
        if show:
            self.editor.show_meeting(
                int(target.data(Qt.ItemDataRole.UserRole)) if target is not None else None
            )

    def _line(self, meeting: MeetingSummary) -> str:
        parts = [labels.meeting_status(meeting.status, meeting.minutes_state)]
        if meeting.title or meeting.kind != MeetingKind.REGULAR:
            parts.insert(0, meeting.title or labels.meeting_kind(meeting.kind))
        return f"{labels.long_date(meeting.date)}\n    {' · '.join(parts)}"

    def _chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None or current.data(Qt.ItemDataRole.UserRole) is None:
            return
        try:
            self.editor.show_meeting(int(current.data(Qt.ItemDataRole.UserRole)))
        except BuurtDeskError as exc:
            self.editor.show_error(exc)

    def selected_meeting_id(self) -> int | None:
        """The meeting shown in the editor (F5 from another section starts it when no
        meeting is today or planned)."""
        return self.editor.meeting_id()

    def select_meeting(self, meeting_id: int) -> None:
        self._fill_list(meeting_id)

    # -- new meeting ---------------------------------------------------------------------------
    def new_meeting(self) -> None:
        if self.council_id is None or self.context.read_only:
            return
        council_id = self.council_id
        latest = max((m.date for m in self.summaries), default=None)
        today = self.context.current_date()
        on = max(today, latest + NEXT_MEETING_AFTER) if latest else today
        meetings = self.context.services.meetings
        command = EditCommand(
            self.tr("New meeting"),
            do=lambda: meetings.plan_meeting(council_id, on),
            undo=lambda summary: meetings.remove_planned_meeting(summary.id),
            after=self.reload,
            on_error=self.editor.show_error,
        )
        self.context.undo_stack.push(command)
        if command.result is not None:
            self.select_meeting(command.result.id)
            self.editor.date_field.setFocus()

    # -- meeting mode ---------------------------------------------------------------------------
    def start_meeting(self, meeting_id: int) -> MeetingModeWindow | None:
        if self.mode is not None:
            self.mode.raise_()
            self.mode.activateWindow()
            return self.mode
        try:
            from buurtdesk.ui.meeting_mode.window import MeetingModeWindow

            mode = MeetingModeWindow(self.context, meeting_id)
        except BuurtDeskError as exc:
            self.editor.show_error(exc)
            return None
        self.mode = mode
        editor = self.editor
        mode.after_closed = editor.reload
        mode.error_after_closed = editor.show_error
        mode.meeting_closed.connect(self._meeting_closed)
        mode.left.connect(self._left)
        mode.destroyed.connect(lambda _obj=None: setattr(self, "mode", None))
        mode.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.full_screen:
            mode.showFullScreen()
        else:
            mode.resize(1366, 768)
            mode.show()
        return mode

    def _left(self, meeting_id: int) -> None:
        self.mode = None
        self.closed_note.hide()
        self.select_meeting(meeting_id)

    def _meeting_closed(self, closed_id: int, following: MeetingSummary | None) -> None:
        """Back in the editor on the next meeting (or the closed one when no date was agreed);
        the draft minutes open at once."""
        self.mode = None
        if following is None:
            self.closed_note.setText(
                self.tr(
                    "The meeting is closed; the draft minutes open as a PDF. No next meeting "
                    "was agreed yet: the open action points go to the next meeting you plan."
                )
            )
        else:
            self.closed_note.setText(
                self.tr(
                    "The meeting is closed; the draft minutes open as a PDF. "
                    "The open action points are on the agenda of %1."
                ).replace("%1", labels.long_date(following.date))
            )
        self.closed_note.show()
        self.select_meeting(following.id if following is not None else closed_id)
        self.editor.documents.start(MINUTES, preview=True, meeting_id=closed_id)

    def flush_pending_edits(self) -> None:
        """The main window closes: store what is typed and leave meeting mode with it."""
        if self.mode is not None:
            self.mode.keeper.flush()
            self.mode.close()
