"""The action table: every action point of a council, held in memory, filtered in memory.

A council of a municipality has about a thousand action points over twenty years; they are
fetched once per council (one service call) and the filters run over the views in memory,
so typing in the search field never waits on the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from buurtdesk.domain.enums import ActionStatus
from buurtdesk.services.views import ActionPointView
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.style import warning_colour

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

ModelIndex = QModelIndex | QPersistentModelIndex
# Called with the action, the column and the value the user typed or chose; True when accepted.
ActionEditor = Callable[[ActionPointView, int, Any], bool]


def owner_key(person_id: int | None, organisation_id: int | None) -> str:
    """One value for 'who': 'p12' for a person, 'o3' for an organisation, '' for nobody."""
    if person_id is not None:
        return f"p{person_id}"
    if organisation_id is not None:
        return f"o{organisation_id}"
    return ""


def owner_ids(key: str) -> tuple[int | None, int | None]:
    if key.startswith("p"):
        return int(key[1:]), None
    if key.startswith("o"):
        return None, int(key[1:])
    return None, None


def reorder_rows(
    model: QAbstractTableModel, order: list[int], apply: Callable[[list[int]], None]
) -> None:
    """Put the rows of `model` in `order` (old row numbers, new order) and keep the selection.

    Sorting happens here, in Python with one key per row, instead of in the proxy, which would
    ask the model for a sort value ten thousand times for a thousand rows.
    """
    model.layoutAboutToBeChanged.emit()
    new_row = {old: new for new, old in enumerate(order)}
    apply(order)
    before = model.persistentIndexList()
    after = [model.index(new_row[index.row()], index.column()) for index in before]
    model.changePersistentIndexList(before, after)
    model.layoutChanged.emit()


class SourceSortingProxy(QSortFilterProxyModel):
    """Filters in the proxy, sorts in the source model (see reorder_rows)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


class ActionTableModel(QAbstractTableModel):
    WHAT, WHO, DUE, STATUS, MEETING, PROJECT, PROGRESS, CARRIED = range(8)
    EDITABLE = (WHAT, WHO, DUE, STATUS, PROJECT)

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.actions: list[ActionPointView] = []
        self.haystacks: list[str] = []
        self._rows: dict[int, int] = {}
        self.editor: ActionEditor | None = None
        self.sort_column = self.DUE
        self.sort_order = Qt.SortOrder.AscendingOrder

    # -- contents -----------------------------------------------------------------------------
    def set_actions(self, actions: list[ActionPointView]) -> None:
        self.beginResetModel()
        self.actions = self._sorted(list(actions), self.sort_column, self.sort_order)
        self.haystacks = [_haystack(a) for a in self.actions]
        self._rows = {a.id: row for row, a in enumerate(self.actions)}
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < 8:
            return
        self.sort_column, self.sort_order = column, order
        keys = [self._sort_key(a, column) for a in self.actions]
        order_of_rows = sorted(
            range(len(keys)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
        )

        def apply(rows: list[int]) -> None:
            self.actions = [self.actions[r] for r in rows]
            self.haystacks = [self.haystacks[r] for r in rows]
            self._rows = {a.id: row for row, a in enumerate(self.actions)}

        reorder_rows(self, order_of_rows, apply)

    def _sorted(
        self, actions: list[ActionPointView], column: int, order: Qt.SortOrder
    ) -> list[ActionPointView]:
        return sorted(
            actions,
            key=lambda a: self._sort_key(a, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def replace(self, view: ActionPointView) -> None:
        """Put the newest version of one action in its row (after an edit or an undo)."""
        row = self._rows.get(view.id)
        if row is None:
            return
        self.actions[row] = view
        self.haystacks[row] = _haystack(view)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def action(self, action_id: int) -> ActionPointView | None:
        row = self._rows.get(action_id)
        return None if row is None else self.actions[row]

    def row_of(self, action_id: int) -> int:
        return self._rows.get(action_id, -1)

    def is_overdue(self, view: ActionPointView) -> bool:
        return view.is_overdue(self._today())

    # -- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        return 0 if parent.isValid() else len(self.actions)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        if not 0 <= section < 8:
            return None
        headers = (
            self.tr("What"),
            self.tr("Who"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Meeting"),
            self.tr("Project"),
            self.tr("Last progress"),
            self.tr("Carried"),
        )
        if role == Qt.ItemDataRole.ToolTipRole and section == self.CARRIED:
            return self.tr("How many meetings discussed this action point")
        return headers[section]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        if self.editor is not None and index.column() in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.actions):
            return None
        view = self.actions[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(view, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(view, column)
        if role == ID_ROLE:
            return view.id
        if role == SORT_ROLE:
            return self._sort_key(view, column)
        overdue = self.is_overdue(view)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (self.WHAT, self.PROGRESS):
                return self._display(view, column) or None
            if overdue and column in (self.DUE, self.STATUS):
                return self.tr("Overdue: the due date has passed and the action is still open")
            return None
        if overdue and column in (self.DUE, self.STATUS):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(warning_colour()))
            if role == Qt.ItemDataRole.FontRole and column == self.STATUS:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.CARRIED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.editor is None:
            return False
        if index.column() not in self.EDITABLE or not 0 <= index.row() < len(self.actions):
            return False
        return self.editor(self.actions[index.row()], index.column(), value)

    # -- cells ----------------------------------------------------------------------------------
    def _display(self, view: ActionPointView, column: int) -> str:
        if column == self.WHAT:
            return " ".join(view.title.split())
        if column == self.WHO:
            return view.owner_name or self.tr("(nobody)")
        if column == self.DUE:
            if view.due_date is None:
                return ""
            text = labels.short_date(view.due_date)
            return f"⚠ {text}" if self.is_overdue(view) else text
        if column == self.STATUS:
            status = labels.action_status(view.status)
            return (
                self.tr("%1 · overdue").replace("%1", status) if self.is_overdue(view) else status
            )
        if column == self.MEETING:
            return labels.short_date(view.origin_meeting_date)
        if column == self.PROJECT:
            return view.project_name
        if column == self.PROGRESS:
            return " ".join(view.last_progress.split())
        return str(view.times_carried)

    def _edit_value(self, view: ActionPointView, column: int) -> Any:
        if column == self.WHAT:
            return view.title
        if column == self.WHO:
            return owner_key(view.owner_person_id, view.owner_organisation_id)
        if column == self.DUE:
            return labels.short_date(view.due_date)
        if column == self.STATUS:
            return view.status.value
        if column == self.PROJECT:
            return view.project_id or 0
        return self._display(view, column)

    def _sort_key(self, view: ActionPointView, column: int) -> Any:
        if column == self.DUE:
            return view.due_date.isoformat() if view.due_date else "9999"
        if column == self.MEETING:
            return view.origin_meeting_date.isoformat() if view.origin_meeting_date else ""
        if column == self.CARRIED:
            return view.times_carried
        if column == self.STATUS:
            return list(ActionStatus).index(view.status)
        return self._display(view, column).casefold()


def _haystack(view: ActionPointView) -> str:
    return " ".join((view.title, view.owner_name, view.project_name, view.last_progress)).casefold()


@dataclass(frozen=True)
class ActionCriteria:
    """What the action table shows: 'open', 'overdue' or 'all', plus the optional narrowing."""

    show: str = "open"
    owner: str = ""  # owner_key(); '' is everyone
    project_id: int | None = None
    meeting_action_ids: frozenset[int] | None = None  # the actions of one meeting
    text: str = ""


class ActionFilterProxy(SourceSortingProxy):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.criteria = ActionCriteria()
        self._words: list[str] = []

    def set_criteria(self, criteria: ActionCriteria) -> None:
        if criteria == self.criteria:
            return
        self.beginFilterChange()
        self.criteria = criteria
        self._words = criteria.text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:  # noqa: N802 - Qt's name
        model = self.sourceModel()
        if not isinstance(model, ActionTableModel) or source_parent.isValid():
            return True
        view = model.actions[source_row]
        wanted = self.criteria
        if wanted.show == "open" and not view.status.is_open:
            return False
        if wanted.show == "overdue" and not model.is_overdue(view):
            return False
        if (
            wanted.owner
            and owner_key(view.owner_person_id, view.owner_organisation_id) != wanted.owner
        ):
            return False
        if wanted.project_id is not None and view.project_id != wanted.project_id:
            return False
        if wanted.meeting_action_ids is not None and view.id not in wanted.meeting_action_ids:
            return False
        if self._words:
            haystack = model.haystacks[source_row]
            return all(word in haystack for word in self._words)
        return True
