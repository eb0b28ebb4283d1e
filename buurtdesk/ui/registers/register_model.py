"""What the registers' table models share: one row a view, fixed columns with headings, rows
that can be chosen and, where the model says so, edited in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ModelIndex = QModelIndex | QPersistentModelIndex
CHOOSABLE = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


class RegisterTableModel(QAbstractTableModel):
    """A flat table model. A register says how many rows it holds (`row_total`), its column
    headings (`headings`, translated in its own context) and which cells take an edit
    (`editable`; none unless it says so)."""

    COLUMNS = 0

    def row_total(self) -> int:
        raise NotImplementedError

    def headings(self) -> tuple[str, ...]:
        raise NotImplementedError

    def editable(self, index: ModelIndex) -> bool:
        return False

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
            or not 0 <= section < self.COLUMNS
        ):
            return None
        return self.headings()[section]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.editable(index):
            return CHOOSABLE | Qt.ItemFlag.ItemIsEditable
        return CHOOSABLE
