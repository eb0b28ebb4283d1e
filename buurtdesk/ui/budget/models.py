"""The budget screen's tables: read-only rows of text, amounts right-aligned, problems marked.

A cell that marks a problem (overspent, over-allocated) is drawn in the warning colour AND
says so in words ("⚠ € 95,00 te veel"), so nobody has to tell colours apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QTableView

from buurtdesk.ui.common.style import muted_colour, warning_colour
from buurtdesk.ui.common.tables import fit_columns


def unbroken(text: str) -> str:
    """`text` with each amount kept whole where it wraps: no line break after its €."""
    return text.replace("€ ", "€\u00a0")


Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Cell:
    text: str
    amount: bool = False  # right-aligned, as figures are
    warning: bool = False  # drawn in the warning colour, bold
    tooltip: str = ""


@dataclass(frozen=True)
class Row:
    key: object  # the id (or view) the row stands for
    cells: tuple[Cell, ...]
    muted: bool = False  # a reversal or carried row: shown, but quieter


class RowsModel(QAbstractTableModel):
    """A table of `Row`s under fixed headers; `key(row)` gives what a row stands for."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def key(self, row: int) -> object:
        return self.rows[row].key if 0 <= row < len(self.rows) else None

    def row_of(self, key: object) -> int:
        return next((i for i, r in enumerate(self.rows) if r.key == key), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        if not 0 <= index.column() < len(row.cells):
            return None
        cell = row.cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole and cell.amount:
            return unbroken(cell.text)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tooltip or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if cell.amount else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if cell.warning:
                return QBrush(QColor(warning_colour()))
            if row.muted:
                return QBrush(QColor(muted_colour()))
            return None
        if role == Qt.ItemDataRole.FontRole and (cell.warning or row.muted):
            font = QFont()
            font.setBold(cell.warning)
            font.setItalic(row.muted and not cell.warning)
            return font
        return None


class RowsTable(QTableView):
    """A table that asks for the height of some eight lines, not Qt's fixed guess: at normal
    text it takes the room the window has left (the section fits), at large text the page
    grows by what the rows need and scrolls."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(super().sizeHint().width(), self.fontMetrics().lineSpacing() * 8)


def rows_table(
    model: RowsModel,
    name: str,
    description: str,
    stretch_column: int,
    optional: tuple[int, ...] = (),
) -> QTableView:
    """A read-only table of one kind of budget record: whole rows selected, columns sized by
    the first rows (not thousands), one column taking the free width; Tab moves on to the
    next control and the arrow keys move between cells. `optional`: the columns that go,
    first to last, when the rest cannot fit (large text on a small screen)."""
    table = RowsTable()
    table.setTabKeyNavigation(False)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setAccessibleDescription(description)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    # The stretch column wraps and shows in full; the others take what their text needs.
    fit_columns(table, stretch_column, 0.25, optional)
    # A few rows always show: at large text the page scrolls rather than the table shrinking.
    table.setMinimumHeight(table.fontMetrics().lineSpacing() * 6)
    return table
