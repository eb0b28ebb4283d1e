"""The agenda of a meeting as a table model: number (4, 4a), title, planned minutes, confidential.

Rows are reordered by dragging (the move goes through the service, as an undoable command).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from buurtdesk.services.views import AgendaItemView

MIME_TYPE = "application/x-buurtdesk-agenda-item"
POSITION, TITLE, MINUTES, PRIVATE = range(4)
COLUMNS = 4

Index = QModelIndex | QPersistentModelIndex


class AgendaModel(QAbstractTableModel):
    """Edits and moves go out through callbacks (which push undo commands), never straight in."""

    def __init__(
        self,
        rename: Callable[[AgendaItemView, str], None],
        plan: Callable[[AgendaItemView, int], None],
        move: Callable[[AgendaItemView, int], None],
        mark_private: Callable[[AgendaItemView, bool], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.items: list[AgendaItemView] = []
        self.read_only = False
        self._rename, self._plan, self._move, self._mark_private = rename, plan, move, mark_private

    def set_items(self, items: Sequence[AgendaItemView], read_only: bool = False) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.read_only = read_only
        self.endResetModel()

    def row_of(self, item_id: int) -> int:
        return next((row for row, item in enumerate(self.items) if item.id == item_id), -1)

    # -- the table -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMNS
        ):
            return (
                self.tr("No."),
                self.tr("Agenda item"),
                self.tr("Minutes"),
                self.tr("Confidential"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == POSITION:
                if role == Qt.ItemDataRole.DisplayRole:
                    return item.number or ("—" if item.is_break else str(item.position))
                return item.position
            if column == TITLE:
                if role == Qt.ItemDataRole.DisplayRole:
                    indent = "      " * item.level
                    return indent + item.title
                return item.title
            if column == MINUTES:
                return item.planned_minutes
        if role == Qt.ItemDataRole.CheckStateRole and column == PRIVATE:
            return Qt.CheckState.Checked if item.is_private else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole and column == PRIVATE:
            return self.tr("Confidential") if item.is_private else self.tr("Not confidential")
        if role == Qt.ItemDataRole.AccessibleTextRole and column == TITLE and item.level:
            return self.tr("Sub-item %1: %2").replace("%1", item.number).replace("%2", item.title)
        if role == Qt.ItemDataRole.ToolTipRole and column in (TITLE, PRIVATE) and item.is_private:
            return self.tr(
                "Confidential: the notes of this item stay out of the minutes and the projector; "
                "its title and decisions stay"
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column != TITLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if not self.read_only else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
            if index.column() in (TITLE, MINUTES):
                flags |= Qt.ItemFlag.ItemIsEditable
            if index.column() == PRIVATE:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or self.read_only:
            return False
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == PRIVATE:
            private = Qt.CheckState(value) == Qt.CheckState.Checked
            if private == item.is_private:
                return False
            self._mark_private(item, private)
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == TITLE:
            text = str(value).strip()
            if not text or text == item.title:
                return False
            self._rename(item, text)
            return True
        if index.column() == MINUTES:
            try:
                minutes = int(value)
            except (TypeError, ValueError):
                return False
            if minutes == item.planned_minutes:
                return False
            self._plan(item, minutes)
            return True
        return False

    # -- dragging ------------------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt's name
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt's name
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt's name
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt's name
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME_TYPE, QByteArray(str(self.items[rows[0]].id).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:  # noqa: N802
        return (
            not self.read_only and data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:  # noqa: N802
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            item_id = int(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return False
        source = self.row_of(item_id)
        if source < 0:
            return False
        target = parent.row() if parent.isValid() else (row if row >= 0 else len(self.items))
        if target > source:
            target -= 1  # the item leaves its old place first
        if target != source:
            self._move(self.items[source], target + 1)
        return False  # the move happens through the service; the view must not remove rows itself
