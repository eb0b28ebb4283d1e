"""At the action-list item: every open action point in turn, one key each for done / open / dropped."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.enums import ActionStatus
from buurtdesk.services.views import ActionPointView, ActionProgressView
from buurtdesk.ui.common import labels

ReviewCallback = Callable[[int, ActionStatus, str], None]

REVIEW_KEYS = {
    Qt.Key.Key_D: ActionStatus.DONE,
    Qt.Key.Key_O: ActionStatus.OPEN,
    Qt.Key.Key_V: ActionStatus.DROPPED,
}


class ReviewList(QListWidget):
    """D / O / V review the selected action; P jumps to the progress line."""

    def __init__(self, panel: ActionReviewPanel) -> None:
        super().__init__()
        self.panel = panel

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # the lines wrap otherwise
            self.panel.keep_current_whole()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = Qt.Key(event.key())
        if event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            if key in REVIEW_KEYS:
                self.panel.review_current(REVIEW_KEYS[key])
                return
            if key == Qt.Key.Key_P:
                self.panel.progress.setFocus()
                return
        super().keyPressEvent(event)


class ActionReviewPanel(QFrame):
    def __init__(self, review: ReviewCallback, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.setProperty("class", "card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        # "3 of 7 reviewed" beside the buttons, not on a line of its own: the item's title
        # above already says "Action list", and a short screen keeps that line for the list.
        self.heading = QLabel()
        self.heading.setProperty("class", "cardTitle")
        self.list = ReviewList(self)
        self.list.setObjectName("review")
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(lambda _row: self.keep_current_whole())
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr("Open action points to review"))
        self.list.setAccessibleDescription(
            self.tr("D done, O still open, V dropped, P progress note")
        )
        layout.addWidget(self.list, 1)
        # One row, the count at its end (they fit beside each other at 200 % text on a 1366 px
        # laptop): a row that wraps would make the card ask for the height it likes, not the
        # least it needs, and meeting mode's centre scroll for no reason.
        outcomes = QHBoxLayout()
        self.buttons: dict[ActionStatus, QPushButton] = {}
        for status, text, description in (
            (
                ActionStatus.DONE,
                self.tr("Done (D)"),
                self.tr("Marks the selected action point done (key D)"),
            ),
            (
                ActionStatus.OPEN,
                self.tr("Still open (O)"),
                self.tr("Keeps the selected action point open (key O)"),
            ),
            (
                ActionStatus.DROPPED,
                self.tr("Dropped (V)"),
                self.tr("Drops the selected action point (key V)"),
            ),
        ):
            button = QPushButton(text)
            button.setAccessibleName(text.rsplit(" (", 1)[0])
            button.setAccessibleDescription(description)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, s=status: self._clicked(s))
            outcomes.addWidget(button)
            self.buttons[status] = button
        outcomes.addStretch(1)
        outcomes.addWidget(self.heading)
        layout.addLayout(outcomes)
        row = QHBoxLayout()
        self.progress_label = progress_label = QLabel(self.tr("&Progress"))
        self.progress = QLineEdit()
        self.progress.setAccessibleName(self.tr("Progress of the selected action point"))
        self.progress.setAccessibleDescription(
            self.tr("A short note on the chosen action point, saved with the review")
        )
        self.progress.setPlaceholderText(self.tr("What happened since the last meeting (optional)"))
        progress_label.setBuddy(self.progress)
        self.progress.returnPressed.connect(self.list.setFocus)
        row.addWidget(progress_label)
        row.addWidget(self.progress, 1)
        layout.addLayout(row)
        self.rows: list[tuple[ActionPointView, ActionProgressView | None]] = []

    def show_actions(
        self,
        rows: tuple[tuple[ActionPointView, ActionProgressView | None], ...],
        today: date | None = None,
    ) -> None:
        current = self.list.currentRow()
        self.rows = list(rows)
        self.list.clear()
        reviewed = 0
        last_time = self.tr("Last time")
        for action, progress in self.rows:
            owner = action.owner_name or self.tr("nobody yet")
            due = labels.short_date(action.due_date) if action.due_date else "—"
            if today is not None and action.is_overdue(today):
                due = self.tr("%1, overdue").replace("%1", due)
            text = f"{action.title}\n    {owner} · {due}"
            if progress is not None:
                reviewed += 1
                text = f"✔ {labels.action_status(progress.status_after)}: " + text
                if progress.note:
                    text += f"\n    {progress.note}"
            elif action.last_progress:
                text += f"\n    {last_time}: {action.last_progress}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, action.id)
            self.list.addItem(item)
        self.heading.setText(
            self.tr("%1 of %2 reviewed")
            .replace("%1", str(reviewed))
            .replace("%2", str(len(self.rows)))
        )
        if self.rows:
            self.list.setCurrentRow(max(0, min(current, len(self.rows) - 1)))
        self.keep_current_whole()

    def keep_current_whole(self) -> None:
        """The list is never lower than the chosen action point (its title, who and when, the
        last progress): the chair reads it whole while deciding D, O or V."""
        least = self.list.fontMetrics().lineSpacing() * 2 + 12
        index = self.list.currentIndex()
        if index.isValid():
            self.list.executeDelayedItemsLayout()
            frame = 2 * self.list.frameWidth()
            least = max(least, self.list.visualRect(index).height() + frame)
        if self.list.minimumHeight() != least:
            self.list.setMinimumHeight(least)
        if index.isValid():
            self.list.scrollTo(index)

    def _clicked(self, status: ActionStatus) -> None:
        self.review_current(status)
        self.list.setFocus()  # the keys work on from here

    def review_current(self, status: ActionStatus) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.rows):
            return
        action = self.rows[row][0]
        note = self.progress.text().strip()
        self.progress.clear()
        self.review(action.id, status, note)
        if row + 1 < self.list.count():
            self.list.setCurrentRow(row + 1)
