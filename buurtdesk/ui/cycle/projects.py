"""Plans and projects page: the round's projects (trekker flagged when missing, theme, status,
budget ask, frameworks) and the chosen project in full beside them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.enums import CheckVerdict
from buurtdesk.services.cycle.views import ProjectDetail, RoundView
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.style import warning_colour
from buurtdesk.ui.common.tables import fit_columns
from buurtdesk.ui.common.widgets import PageHost, group, text_label
from buurtdesk.ui.cycle import labels as cycle_labels
from buurtdesk.ui.cycle.project_detail import ProjectDetailPanel

Index = QModelIndex | QPersistentModelIndex


class ProjectTableModel(QAbstractTableModel):
    NAME, TREKKER, THEME, STATUS, BUDGET, FRAMEWORKS = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.projects: list[ProjectDetail] = []

    def set_projects(self, projects: list[ProjectDetail]) -> None:
        self.beginResetModel()
        self.projects = list(projects)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 0 if parent.isValid() else len(self.projects)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [
            self.tr("Project"),
            self.tr("Trekker"),
            self.tr("Theme"),
            self.tr("Status"),
            self.tr("Budget ask"),
            self.tr("Frameworks"),
        ][section]

    def frameworks(self, detail: ProjectDetail) -> str:
        verdicts = [c.verdict for c in detail.checks]
        if not verdicts:
            return self.tr("not checked yet")
        if CheckVerdict.NOT_FEASIBLE in verdicts:
            return cycle_labels.verdict(CheckVerdict.NOT_FEASIBLE)
        if CheckVerdict.NEEDS_WORK in verdicts or len(verdicts) < 3:
            return cycle_labels.verdict(CheckVerdict.NEEDS_WORK)
        return cycle_labels.verdict(CheckVerdict.OK)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        detail = self.projects[index.row()]
        project = detail.project
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return project.name
            if column == self.TREKKER:
                return (
                    project.lead_name if not project.needs_trekker else "⚑ " + self.tr("no trekker")
                )
            if column == self.THEME:
                return project.theme_name
            if column == self.STATUS:
                return cycle_labels.project_status(project.status)
            if column == self.BUDGET:
                return labels.money(project.budget_ask) if project.budget_ask.cents else "—"
            return self.frameworks(detail)
        flagged = (column == self.TREKKER and project.needs_trekker) or (
            column == self.FRAMEWORKS and not detail.money.all_ok
        )
        if role == Qt.ItemDataRole.ForegroundRole and flagged:
            return QBrush(QColor(warning_colour()))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.BUDGET:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return project.id
        return None


class ProjectsPage(QWidget):
    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.view: RoundView | None = None
        self.selected_id: int | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(splitter)
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 0, 4)
        box, inner = group(self.tr("Projects of this round"))
        self.model = ProjectTableModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(
            False
        )  # Tab moves on to the next control; arrows move between cells
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Projects of this round"))
        self.table.setAccessibleDescription(
            self.tr("Lists the projects; choose one to see and edit its details")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # The name wraps; at large text the theme and the budget ask make room (both shown
        # in the project's details below).
        self.fitter = fit_columns(
            self.table,
            ProjectTableModel.NAME,
            optional=(ProjectTableModel.THEME, ProjectTableModel.BUDGET),
        )
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _p: self._pick(current.row())
        )
        inner.addWidget(self.table, 1)
        self.hint = text_label(
            self.tr("No projects yet: make a plan from one of the priorities."), "muted"
        )
        inner.addWidget(self.hint)
        row = QHBoxLayout()
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Name of a new project"))
        self.new_name.setAccessibleName(self.tr("Name of a new project"))
        self.new_name.setAccessibleDescription(self.tr("Type a name, then add it as a new project"))
        self.new_name.returnPressed.connect(self.add_project)
        self.add_button = QPushButton(self.tr("New project"))
        self.add_button.setAccessibleDescription(
            self.tr("Adds a project with the typed name to this round")
        )
        self.add_button.clicked.connect(self.add_project)
        row.addWidget(self.new_name, 1)
        row.addWidget(self.add_button)
        inner.addLayout(row)
        layout.addWidget(box)
        splitter.addWidget(left)
        self.detail = ProjectDetailPanel(host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        self.detail_scroll = scroll
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([240, 360])

    def show_round(self, view: RoundView) -> None:
        self.view = view
        projects = list(view.projects)
        self.model.set_projects(projects)
        self.hint.setVisible(not projects)
        ids = [d.project.id for d in projects]
        if self.selected_id not in ids:
            self.selected_id = ids[0] if ids else None
        self.detail_scroll.setVisible(self.selected_id is not None)
        if self.selected_id is not None:
            row = ids.index(self.selected_id)
            self.table.selectRow(row)
            self._show_detail(projects[row])
        self.new_name.setEnabled(view.cycle.is_open)
        self.add_button.setEnabled(view.cycle.is_open)

    def _pick(self, row: int) -> None:
        if self.view is None or not 0 <= row < len(self.model.projects):
            return
        detail = self.model.projects[row]
        if detail.project.id != self.selected_id:
            self.selected_id = detail.project.id
            self._show_detail(detail)

    def _show_detail(self, detail: ProjectDetail) -> None:
        assert self.view is not None
        self.detail.show_detail(detail, self.view, self.host.today())

    def add_project(self) -> None:
        if self.view is None:
            return
        cycle_id, name = self.view.cycle.id, self.new_name.text()
        projects = self.host.services.projects

        def do() -> ProjectDetail:
            created = projects.create_project(cycle_id, name)
            self.selected_id = created.project.id
            return created

        if self.host.edit(
            self.tr("New project"), do, lambda d: projects.remove_project(d.project.id)
        ):
            self.new_name.clear()
