"""The Gemeente table: one row per council, sorted and filtered in memory (never a query)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from buurtdesk.domain.enums import PhaseKind
from buurtdesk.domain.money import Money
from buurtdesk.services.municipality.views import CouncilRow
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.style import warning_colour

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex


class CouncilTableModel(QStandardItemModel):
    (
        NAME,
        NEXT,
        LAST,
        OPEN,
        OVERDUE,
        OWNED,
        PHASE,
        ASSIGNED,
        ALLOCATED,
        SPENT,
        FREE,
    ) = range(11)
    MONEY = (ASSIGNED, ALLOCATED, SPENT, FREE)
    NUMBERS = (OPEN, OVERDUE, OWNED)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, 11, parent)
        self.councils: list[CouncilRow] = []
        self._set_headers()

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels(self._headers())
        for column, tip in enumerate(self._tips()):
            self.setHeaderData(column, Qt.Orientation.Horizontal, tip, Qt.ItemDataRole.ToolTipRole)

    def set_councils(self, rows: list[CouncilRow]) -> None:
        """Take the rows. Every cell's text, sort key, colour and spoken text is set once,
        here, in Qt's own item model: a paint, a sort or a filter never calls back into Python
        for a cell (the table of 35 councils stays quick at any text size)."""
        self.councils = list(rows)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        alert = QBrush(QColor(warning_colour()))
        self.setRowCount(0)
        for row in self.councils:
            items = []
            for column in range(11):
                item = QStandardItem(self.display(row, column))
                item.setEditable(False)
                item.setData(self.sort_key(row, column), SORT_ROLE)
                item.setData(row.council_id, ID_ROLE)
                spoken = self.spoken(row, column)
                item.setData(spoken, Qt.ItemDataRole.AccessibleTextRole)
                item.setToolTip(spoken)
                if column in self.MONEY or column in self.NUMBERS:
                    item.setTextAlignment(right)
                if self.is_alert(row, column):
                    item.setForeground(alert)
                items.append(item)
            self.appendRow(items)

    def _headers(self) -> list[str]:
        return [
            self.tr("Council"),
            self.tr("Next meeting").replace(" ", "\n", 1),  # two short lines: a narrow column
            self.tr("Last minutes").replace(" ", "\n", 1),
            self.tr("Open"),
            self.tr("Overdue"),
            self.tr("Munic./org."),
            self.tr("Phase"),
            self.tr("Budget"),
            self.tr("Allocated"),
            self.tr("Spent"),
            self.tr("Free"),
        ]

    def _tips(self) -> list[str]:
        return [
            self.tr("The council; double click to open it"),
            self.tr("The next meeting; ✓ when its agenda has topics, ✗ when not yet"),
            self.tr("The last meeting held; ✓ when its minutes are adopted, ✗ when not yet"),
            self.tr("Open action points"),
            self.tr("Open action points past their due date"),
            self.tr("Open action points the municipality owns / another organisation owns"),
            self.tr("Where the toekomstagenda stands"),
            self.tr("The budget of the year in euros: all funding sources together"),
            self.tr("Allocated by decisions of the council, in euros"),
            self.tr("Spent, in euros"),
            self.tr("Not yet allocated, in euros"),
        ]

    def display(self, row: CouncilRow, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.NEXT:
            if row.next_meeting is None:
                return "–"
            # joined by a no-break space: the mark never wraps away from its date
            return f"{labels.short_date(row.next_meeting)}\u00a0{'✓' if row.agenda_ready else '✗'}"
        if column == self.LAST:
            if row.last_minutes is None:
                return "–"
            return (
                f"{labels.short_date(row.last_minutes)}\u00a0{'✓' if row.minutes_adopted else '✗'}"
            )
        if column == self.OWNED:
            return f"{row.municipality_actions} / {row.organisation_actions}"
        if column in self.NUMBERS:
            return str(self.number(row, column))
        if column == self.PHASE:
            return short_phase(row.phase) if row.phase is not None else "–"
        return whole_euros(self.amount(row, column))

    def number(self, row: CouncilRow, column: int) -> int:
        return {
            self.OPEN: row.open_actions,
            self.OVERDUE: row.overdue_actions,
            self.OWNED: row.municipality_actions + row.organisation_actions,
        }[column]

    def amount(self, row: CouncilRow, column: int) -> Any:
        return {
            self.ASSIGNED: row.assigned,
            self.ALLOCATED: row.allocated,
            self.SPENT: row.spent,
            self.FREE: row.free,
        }[column]

    def spoken(self, row: CouncilRow, column: int) -> str:
        """What a screen reader says for a cell: the words behind the ✓ and the ✗."""
        if column == self.NEXT and row.next_meeting is not None:
            return f"{labels.short_date(row.next_meeting)}, " + (
                self.tr("agenda ready") if row.agenda_ready else self.tr("agenda not ready yet")
            )
        if column == self.LAST and row.last_minutes is not None:
            return f"{labels.short_date(row.last_minutes)}, " + (
                self.tr("minutes adopted")
                if row.minutes_adopted
                else self.tr("minutes not adopted yet")
            )
        if column in self.MONEY:
            return labels.money(self.amount(row, column))
        if column == self.OWNED:
            return (
                self.tr("%1 with the municipality, %2 with other organisations")
                .replace("%1", str(row.municipality_actions))
                .replace("%2", str(row.organisation_actions))
            )
        if column == self.PHASE and row.phase is not None:
            return labels.phase(row.phase)
        return self.display(row, column)

    def sort_key(self, row: CouncilRow, column: int) -> Any:
        far = date.max.toordinal()
        if column == self.NAME:
            return row.name.lower()
        if column == self.NEXT:
            return row.next_meeting.toordinal() if row.next_meeting else far
        if column == self.LAST:
            return row.last_minutes.toordinal() if row.last_minutes else 0
        if column == self.OWNED:
            return row.municipality_actions * 100_000 + row.organisation_actions
        if column in self.NUMBERS:
            return self.number(row, column)
        if column == self.PHASE:
            return list(PhaseKind).index(row.phase) if row.phase is not None else -1
        return self.amount(row, column).cents

    @classmethod
    def is_alert(cls, row: CouncilRow, column: int) -> bool:
        if column == cls.OVERDUE:
            return row.overdue_actions > 0
        if column == cls.NEXT:
            return row.next_meeting is not None and not row.agenda_ready
        if column == cls.FREE:
            return row.free.is_negative
        return False


def short_phase(phase: PhaseKind) -> str:
    """The phase in one word for the narrow column (the tooltip has its whole name)."""
    if phase == PhaseKind.PLANS:
        return QCoreApplication.translate("CouncilTableModel", "Plans")
    return labels.phase(phase)


def whole_euros(amount: Money) -> str:
    """An amount in whole euros for the narrow table ('23.700'; the header says €); the
    spreadsheet keeps the cents."""
    return labels.whole_number(round(amount.cents / 100))


class CouncilFilter(QSortFilterProxyModel):
    """Sorts by each column's own key; filters on a text and one of the quick choices."""

    ALL, OVERDUE, AGENDA_NOT_READY, NOT_ADOPTED, MUNICIPALITY = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.choice = self.ALL
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = " ".join(text.lower().split())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_choice(self, choice: int) -> None:
        self.beginFilterChange()
        self.choice = choice
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, CouncilTableModel)
        row = model.councils[source_row]
        if self.text and self.text not in row.name.lower():
            return False
        if self.choice == self.OVERDUE:
            return row.overdue_actions > 0
        if self.choice == self.AGENDA_NOT_READY:
            return row.next_meeting is not None and not row.agenda_ready
        if self.choice == self.NOT_ADOPTED:
            return row.minutes_adopted is False
        if self.choice == self.MUNICIPALITY:
            return row.municipality_actions > 0
        return True
