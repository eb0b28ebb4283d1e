"""The decision register's table model and the filter that narrows it by search words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from buurtdesk.services.views import DecisionView
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.style import muted_colour
from buurtdesk.ui.registers.action_model import SourceSortingProxy, reorder_rows
from buurtdesk.ui.registers.register_model import ModelIndex, RegisterTableModel

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class DecisionTableModel(RegisterTableModel):
    NUMBER, DATE, MEETING, TEXT, VOTE, AMOUNT = range(6)
    COLUMNS = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.decisions: list[DecisionView] = []
        self.haystacks: list[str] = []
        self._rows: dict[int, int] = {}
        # Called with the decision and the new text; True when the change was accepted.
        self.editor: Callable[[DecisionView, str], bool] | None = None
        self.sort_column = self.NUMBER
        self.sort_order = Qt.SortOrder.DescendingOrder

    def set_decisions(self, decisions: list[DecisionView]) -> None:
        self.beginResetModel()
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        self.decisions = sorted(
            decisions, key=lambda d: self._sort_key(d, self.sort_column), reverse=descending
        )
        self.haystacks = [_haystack(d) for d in self.decisions]
        self._rows = {d.id: row for row, d in enumerate(self.decisions)}
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < 6:
            return
        self.sort_column, self.sort_order = column, order
        keys = [self._sort_key(d, column) for d in self.decisions]
        rows = sorted(
            range(len(keys)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
        )

        def apply(new_order: list[int]) -> None:
            self.decisions = [self.decisions[r] for r in new_order]
            self.haystacks = [self.haystacks[r] for r in new_order]
            self._rows = {d.id: row for row, d in enumerate(self.decisions)}

        reorder_rows(self, rows, apply)

    def replace(self, view: DecisionView) -> None:
        row = self._rows.get(view.id)
        if row is None:
            return
        self.decisions[row] = view
        self.haystacks[row] = _haystack(view)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def decision(self, decision_id: int) -> DecisionView | None:
        row = self._rows.get(decision_id)
        return None if row is None else self.decisions[row]

    def row_of(self, decision_id: int) -> int:
        return self._rows.get(decision_id, -1)

    def row_total(self) -> int:
        return len(self.decisions)

    def headings(self) -> tuple[str, ...]:
        return (
            self.tr("Number"),
            self.tr("Date"),
            self.tr("Meeting"),
            self.tr("Decision"),
            self.tr("Vote"),
            self.tr("Amount"),
        )

    def editable(self, index: ModelIndex) -> bool:
        return self.editor is not None and index.column() == self.TEXT

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.decisions):
            return None
        view = self.decisions[index.row()]
        column = index.column()
        if (
            role == Qt.ItemDataRole.AccessibleTextRole
            and column == self.MEETING
            and view.meeting_date is None
        ):
            return self.tr("Taken outside a meeting")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(view, column)
        if role == Qt.ItemDataRole.EditRole:
            return view.text if column == self.TEXT else self._display(view, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return view.text
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column == self.MEETING
            and view.meeting_date is None
        ):
            return self.tr("Taken outside a meeting")
        if role == ID_ROLE:
            return view.id
        if role == SORT_ROLE:
            return self._sort_key(view, column)
        if role == Qt.ItemDataRole.ForegroundRole and view.withdrawn:
            return QBrush(QColor(muted_colour()))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (
            role != Qt.ItemDataRole.EditRole
            or self.editor is None
            or not index.isValid()
            or index.column() != self.TEXT
        ):
            return False
        if not 0 <= index.row() < len(self.decisions):
            return False
        return self.editor(self.decisions[index.row()], str(value))

    def _display(self, view: DecisionView, column: int) -> str:
        if column == self.NUMBER:
            number = str(view.number)
            return self.tr("%1 (withdrawn)").replace("%1", number) if view.withdrawn else number
        if column == self.DATE:
            return labels.short_date(view.decided_on)
        if column == self.MEETING:
            return labels.short_date(view.meeting_date) if view.meeting_date else "—"
        if column == self.TEXT:
            return " ".join(view.text.split())
        if column == self.VOTE:
            if not view.has_vote:
                return ""
            return (
                self.tr("%1 for, %2 against, %3 abstained")
                .replace("%1", str(view.votes_for or 0))
                .replace("%2", str(view.votes_against or 0))
                .replace("%3", str(view.votes_abstain or 0))
            )
        return labels.money(view.amount) if view.amount is not None else ""

    def _sort_key(self, view: DecisionView, column: int) -> Any:
        if column == self.NUMBER:
            return view.number.year * 100_000 + view.number.sequence
        if column == self.DATE:
            return view.decided_on.isoformat()
        if column == self.MEETING:
            return view.meeting_date.isoformat() if view.meeting_date else ""
        if column == self.VOTE:
            return -1 if view.votes_for is None else view.votes_for
        if column == self.AMOUNT:
            return -1 if view.amount is None else view.amount.cents
        return self._display(view, column).casefold()


def _haystack(view: DecisionView) -> str:
    return f"{view.number} {view.text}".casefold()


class DecisionFilterProxy(SourceSortingProxy):
    """Narrows the loaded register (one year, or all years) to the decisions with every word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        words = text.casefold().split()
        if words == self.words:
            return
        self.beginFilterChange()
        self.words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:  # noqa: N802 - Qt's name
        model = self.sourceModel()
        if not isinstance(model, DecisionTableModel) or source_parent.isValid() or not self.words:
            return True
        haystack = model.haystacks[source_row]
        return all(word in haystack for word in self.words)
