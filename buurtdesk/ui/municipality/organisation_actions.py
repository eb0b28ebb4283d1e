"""The action points one organisation owns, across every council: filterable by council and status.

The district manager picks the municipality (or a corporation, the police) and sees what it
promised where. The list is read once per organisation; the council and status filters work
on what is in memory.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.enums import ActionStatus
from buurtdesk.services.municipality.views import OrganisationAction
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.section import Context
from buurtdesk.ui.common.tables import fit_columns

ModelIndex = QModelIndex | QPersistentModelIndex
OPEN, OVERDUE, DONE, DROPPED, EVERY = "open", "overdue", "done", "dropped", "all"


class OrganisationActionModel(QAbstractTableModel):
    COUNCIL, WHAT, WHO, DUE, STATUS = range(5)

    def __init__(self, today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.actions: list[OrganisationAction] = []

    def set_actions(self, actions: list[OrganisationAction]) -> None:
        self.beginResetModel()
        self.actions = list(actions)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.actions)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Council"),
            self.tr("Action point"),
            self.tr("Who"),
            self.tr("Due"),
            self.tr("Status"),
        ][section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.actions):
            return None
        action = self.actions[index.row()]
        column = index.column()
        late = action.is_overdue(self.today)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.COUNCIL:
                return action.council_name
            if column == self.WHAT:
                return action.title
            if column == self.WHO:
                return action.owner_name
            if column == self.DUE:
                return labels.short_date(action.due_date)
            status = labels.action_status(action.status)
            return status + (" · " + self.tr("overdue") if late else "")
        if role == Qt.ItemDataRole.ForegroundRole and late and column in (self.DUE, self.STATUS):
            return QBrush(QColor("#a4161a"))
        if role == Qt.ItemDataRole.UserRole:
            return action.council_id
        return None


class OrganisationActions(QWidget):
    """An organisation picker, a council and a status filter, and the table."""

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._all: list[OrganisationAction] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Action points of an organisation"))
        title.setProperty("class", "heading")
        layout.addWidget(title)
        bar = QHBoxLayout()
        self.organisation = QComboBox()
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.organisation.setAccessibleDescription(
            self.tr("The organisation whose action points are shown, across every council")
        )
        self.council = QComboBox()
        self.council.setAccessibleName(self.tr("Council"))
        self.council.setAccessibleDescription(self.tr("Only the action points of this council"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setAccessibleDescription(self.tr("Which action points are shown"))
        for value, text in (
            (OPEN, self.tr("Open")),
            (OVERDUE, self.tr("Overdue")),
            (DONE, self.tr("Done")),
            (DROPPED, self.tr("Dropped")),
            (EVERY, self.tr("All")),
        ):
            self.status.addItem(text, value)
        for label_text, combo in (
            (self.tr("&Organisation"), self.organisation),
            (self.tr("Co&uncil"), self.council),
            (self.tr("S&tatus"), self.status),
        ):
            label = QLabel(label_text)
            label.setBuddy(combo)
            bar.addWidget(label)
            bar.addWidget(combo, 2 if combo is self.organisation else 1)
        layout.addLayout(bar)
        self.model = OrganisationActionModel(context.current_date(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Action points of the organisation"))
        self.table.setAccessibleDescription(
            self.tr("Council, action point, who, due date and status of each action point")
        )
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.fitter = fit_columns(self.table, OrganisationActionModel.WHAT)
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setProperty("class", "muted")
        layout.addWidget(self.summary)
        self.organisation.currentIndexChanged.connect(self._organisation_chosen)
        self.council.currentIndexChanged.connect(self._filter)
        self.status.currentIndexChanged.connect(self._filter)

    def load(self, councils: list[tuple[int, str]]) -> None:
        """Fill the pickers (the municipality first) and show its action points."""
        services = self.context.services.municipality
        chosen = self.organisation.currentData()
        organisations = services.organisations_with_actions()
        organisations.sort(key=lambda o: (o.kind.value != "municipality", o.name.lower()))
        for combo in (self.organisation, self.council):
            combo.blockSignals(True)
        self.organisation.clear()
        for org in organisations:
            self.organisation.addItem(org.name, org.id)
        index = self.organisation.findData(chosen) if chosen is not None else -1
        self.organisation.setCurrentIndex(max(index, 0) if organisations else -1)
        wanted = self.council.currentData()
        self.council.clear()
        self.council.addItem(self.tr("Every council"), 0)  # 0, not None: see ui/common/tables._data
        for council_id, name in councils:
            self.council.addItem(name, council_id)
        self.council.setCurrentIndex(max(self.council.findData(wanted), 0))
        for combo in (self.organisation, self.council):
            combo.blockSignals(False)
        self._organisation_chosen()

    def _organisation_chosen(self) -> None:
        org_id = self.organisation.currentData()
        self._all = (
            self.context.services.municipality.organisation_actions(int(org_id))
            if org_id is not None
            else []
        )
        self._filter()

    def _filter(self) -> None:
        council_id = self.council.currentData()
        status = self.status.currentData()
        today = self.model.today
        shown = [
            a
            for a in self._all
            if (not council_id or a.council_id == council_id) and _matches(a, status, today)
        ]
        self.model.set_actions(shown)
        councils = len({a.council_id for a in shown})
        self.summary.setText(
            self.tr("%1 action points in %2 councils")
            .replace("%1", str(len(shown)))
            .replace("%2", str(councils))
        )


def _matches(action: OrganisationAction, status: str, today: date) -> bool:
    if status == OPEN:
        return action.status.is_open
    if status == OVERDUE:
        return action.is_overdue(today)
    if status == DONE:
        return action.status == ActionStatus.DONE
    if status == DROPPED:
        return action.status == ActionStatus.DROPPED
    return True
