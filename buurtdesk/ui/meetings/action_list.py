"""The action list a meeting will go through (or went through): open actions and their history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from buurtdesk.services.views import ActionPointView, ActionProgressView
from buurtdesk.ui.common import labels

Rows = tuple[tuple[ActionPointView, ActionProgressView | None], ...]


class MeetingActionList(QWidget):
    """Read only here; the review happens in meeting mode at the action-list item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Action list of this meeting"))
        self.list.setAccessibleDescription(
            self.tr("Lists the action points to go through in this meeting")
        )
        self.list.setObjectName("meetingActions")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet("QListWidget#meetingActions::item { padding: 3px 2px; }")
        self.caption.setBuddy(self.list)
        box.addWidget(self.caption)
        box.addWidget(self.list, 1)

    def show_actions(self, rows: Rows) -> None:
        self.list.clear()
        self.caption.setText(self.tr("Action &list (%1)").replace("%1", str(len(rows))))
        for action, progress in rows:
            owner = action.owner_name or self.tr("nobody yet")
            due = labels.short_date(action.due_date) if action.due_date else "—"
            lines = [action.title, f"    {owner} · {due}"]
            note = progress.note if progress is not None else action.last_progress
            if progress is not None:
                lines[0] = f"{labels.action_status(progress.status_after)}: {action.title}"
            if note:
                lines.append(f"    {note}")
            entry = QListWidgetItem("\n".join(lines))
            entry.setData(Qt.ItemDataRole.UserRole, action.id)
            entry.setToolTip("\n".join(lines))
            self.list.addItem(entry)
        if not rows:
            empty = QListWidgetItem(self.tr("No open action points."))
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(empty)

    def texts(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]
