"""The action points one organisation owns, across every council: filterable by council and status.

The district manager picks the municipality (or a corporation, the police) and sees what it
promised where. The open action points are read once per organisation (the closed ones, of
every year, only when the status filter asks for them); the council filter works on what is
in memory.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.enums import ActionStatus
from buurtdesk.services.municipality.views import OrganisationAction
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.flow import FlowLayout, captioned
from buurtdesk.ui.common.section import Context
from buurtdesk.ui.common.style import warning_colour
from buurtdesk.ui.common.tables import fit_columns

ModelIndex = QModelIndex | QPersistentModelIndex
OPEN, OVERDUE, DONE, DROPPED, EVERY = "open", "overdue", "done", "dropped", "all"
OPEN_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.UserRole,
    }
)
READ: dict[str, tuple[ActionStatus, ...] | None] = {  # what is read from the database per choice
    OPEN: OPEN_STATUSES,
    OVERDUE: OPEN_STATUSES,
    DONE: (ActionStatus.DONE,),
    DROPPED: (ActionStatus.DROPPED,),
    EVERY: None,
}


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
        # Qt asks each cell for a dozen roles while it measures and paints: the ones not
        # answered here return at once.
        if role not in ROLES or not index.isValid() or not 0 <= index.row() < len(self.actions):
            return None
        action = self.actions[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return action.council_id
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
        if late and column in (self.DUE, self.STATUS):  # the foreground
            return QBrush(QColor(warning_colour()))
        return None


class OrganisationActions(QWidget):
    """An organisation picker, a council and a status filter, and the table."""

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._all: list[OrganisationAction] = []
        self._read: tuple[object, tuple[ActionStatus, ...] | None] = (None, None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Action points of an organisation"))
        title.setProperty("class", "heading")
        layout.addWidget(title)
        bar = FlowLayout(spacing=10, fill=True)  # the three pickers wrap at large text
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
        for label_text, combo, chars in (
            (self.tr("&Organisation"), self.organisation, 24),
            (self.tr("Co&uncil"), self.council, 16),
            (self.tr("S&tatus"), self.status, 10),
        ):
            label = QLabel(label_text)
            label.setBuddy(combo)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            bar.addWidget(captioned(label, combo, chars))
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
        # Who goes first when the rest cannot fit (large text on a small screen).
        self.fitter = fit_columns(
            self.table, OrganisationActionModel.WHAT, 0.25, optional=(OrganisationActionModel.WHO,)
        )
        self.table.setMinimumHeight(self.table.fontMetrics().lineSpacing() * 8)
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setProperty("class", "muted")
        layout.addWidget(self.summary)
        self.organisation.currentIndexChanged.connect(self._organisation_chosen)
        self.council.currentIndexChanged.connect(self._filter)
        self.status.currentIndexChanged.connect(self._status_chosen)

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
        statuses = READ[self.status.currentData()]
        self._read = (org_id, statuses)
        self._all = (
            self.context.services.municipality.organisation_actions(int(org_id), statuses=statuses)
            if org_id is not None
            else []
        )
        self._filter()

    def _status_chosen(self) -> None:
        """Open and overdue ones are read apart from the closed ones: an organisation owns
        thousands of closed action points over the years, and they are read only when asked."""
        if self._read != (self.organisation.currentData(), READ[self.status.currentData()]):
            self._organisation_chosen()
        else:
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
        # One council chosen: its name in every row would only repeat the picker above.
        self.table.setColumnHidden(OrganisationActionModel.COUNCIL, bool(council_id))
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
