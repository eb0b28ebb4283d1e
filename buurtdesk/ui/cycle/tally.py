"""The tally of a dot-vote session as a table: the round's wishes, the dots typed in from
paper (editable, kept until recorded) and the total with what was counted on screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from buurtdesk.services.cycle.views import VoteSessionView, WishTally

Index = QModelIndex | QPersistentModelIndex


def wish_numbers(text: str, session: VoteSessionView) -> tuple[list[int], str]:
    """'1 1 4' → the wish ids of rows 1, 1 and 4 of the tally, and the sentence that refuses
    a number which is not one of a wish ('' when every number is)."""
    wish_ids = []
    for number in text.replace(",", " ").split():
        if not number.isdigit() or not 1 <= int(number) <= len(session.tally):
            refused = QCoreApplication.translate(
                "TallyModel", "'%1' is not the number of a wish (1 to %2)."
            )
            return [], refused.replace("%1", number).replace("%2", str(len(session.tally)))
        wish_ids.append(session.tally[int(number) - 1].wish_id)
    return wish_ids, ""


class TallyModel(QAbstractTableModel):
    """The wishes of the round with the dots typed in from paper (editable) and in total."""

    NUMBER, WISH, PAPER, TOTAL = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[WishTally] = []
        self.paper: dict[int, int] = {}
        self.editable = True

    def set_tally(self, rows: list[WishTally], paper: dict[int, int], editable: bool) -> None:
        self.beginResetModel()
        self.rows, self.paper, self.editable = list(rows), dict(paper), editable
        self.endResetModel()

    def typed(self) -> dict[int, int]:
        return {wish_id: dots for wish_id, dots in self.paper.items() if dots}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [
            self.tr("No."),
            self.tr("Wish"),
            self.tr("On paper"),
            self.tr("Total"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.NUMBER:
                return index.row() + 1
            if column == self.WISH:
                return row.wish_text
            if column == self.PAPER:
                return self.paper.get(row.wish_id, 0)
            return row.dots
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.NUMBER,
            self.PAPER,
            self.TOTAL,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.WISH:
            return f"{row.wish_text} ({row.theme_name})"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if index.column() == self.PAPER and self.editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != self.PAPER or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            dots = int(value)
        except (TypeError, ValueError):
            return False
        if dots < 0:
            return False
        self.paper[self.rows[index.row()].wish_id] = dots
        self.dataChanged.emit(index, index)
        return True
