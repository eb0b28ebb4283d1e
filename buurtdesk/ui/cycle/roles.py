"""Roles page: who takes part in what and how (the matrix), the initiative ladder with its
history, and the council's own view of its role."""

from __future__ import annotations

import textwrap
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.enums import LadderStep
from buurtdesk.services.cycle.views import RoleAssignmentView, RolesMatrix, RoundView
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.flow import FlowLayout, StackingSplitter
from buurtdesk.ui.common.rows import lines_tall
from buurtdesk.ui.common.tables import fit_columns
from buurtdesk.ui.common.widgets import PageHost, SavingTextEdit, fill_combo, group, text_label
from buurtdesk.ui.cycle import labels as cycle_labels

Index = QModelIndex | QPersistentModelIndex


class RolesMatrixModel(QAbstractTableModel):
    """People and organisations (rows) against the round, its themes and projects (columns)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix = RolesMatrix((), (), ())
        self.header_chars = 0  # the column titles wrap at this many characters (0: never)

    def set_header_chars(self, chars: int) -> None:
        if chars != self.header_chars:
            self.header_chars = chars
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def set_matrix(self, matrix: RolesMatrix) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 0 if parent.isValid() else len(self.matrix.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 0 if parent.isValid() else len(self.matrix.columns) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Who")
        title = self.matrix.columns[section - 1].title
        if not self.header_chars:
            return title
        return textwrap.fill(title, self.header_chars, break_long_words=False)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.matrix.rows[index.row()]
        return row.name if index.column() == 0 else row.cells[index.column() - 1]

    def assignments_at(self, index: Index) -> list[RoleAssignmentView]:
        if not index.isValid() or index.column() == 0:
            return []
        row = self.matrix.rows[index.row()]
        column = self.matrix.columns[index.column() - 1]
        return [
            a
            for a in self.matrix.assignments
            if (a.person_id, a.organisation_id) == (row.person_id, row.organisation_id)
            and a.project_id == column.project_id
            and (column.project_id is not None or a.theme_id == column.theme_id)
        ]


class RolesPage(QWidget):
    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.view: RoundView | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        splitter = StackingSplitter()  # the panes one below the other at large text
        outer.addWidget(splitter)

        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 6, 0)
        box, inner = group(self.tr("Who does what"))
        self.model = RolesMatrixModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(
            False
        )  # Tab moves on to the next control; arrows move between cells
        self.table.setModel(self.model)
        self.table.setAccessibleName(
            self.tr("Roles of people and organisations per theme and project")
        )
        self.table.setAccessibleDescription(
            self.tr("Shows who has which role in each theme and project")
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fitter = fit_columns(self.table, 0, 0.25)
        self.table.viewport().installEventFilter(self)  # the titles wrap when narrow
        lines_tall(self.table, least=6)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        inner.addWidget(self.table, 1)
        self.matrix_hint = text_label(
            self.tr("No roles yet: choose who, in what, and the role, then add it."), "muted"
        )
        inner.addWidget(self.matrix_hint)
        grid = FlowLayout(spacing=8)  # the controls wrap at large text
        self.who = QComboBox()
        self.who.setAccessibleName(self.tr("Person or organisation"))
        self.who.setAccessibleDescription(self.tr("Who takes on the role"))
        self.subject = QComboBox()
        self.subject.setAccessibleName(self.tr("In what: the whole round, a theme or a project"))
        self.subject.setAccessibleDescription(
            self.tr("Chooses whether the role is for the whole round, a theme or a project")
        )
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.setAccessibleName(self.tr("Role"))
        self.role.setAccessibleDescription(self.tr("The role the person or organisation takes on"))
        self.add_role_button = QPushButton(self.tr("Add role"))
        self.add_role_button.setAccessibleDescription(
            self.tr("Gives the person or organisation the role in the chosen part")
        )
        self.add_role_button.clicked.connect(self.add_role)
        self.remove_role_button = QPushButton(self.tr("Remove the chosen cell's roles"))
        self.remove_role_button.setAccessibleDescription(
            self.tr("Removes the roles in the chosen cell of the table")
        )
        self.remove_role_button.clicked.connect(self.remove_roles)
        for control in (
            self.who,
            self.subject,
            self.role,
            self.add_role_button,
            self.remove_role_button,
        ):
            grid.addWidget(control)
        for combo in (self.who, self.subject):  # as wide as the longest name, if there is room
            combo.setMinimumWidth(combo.fontMetrics().averageCharWidth() * 12)
        inner.addLayout(grid)
        layout.addWidget(box, 1)
        splitter.addWidget(left)

        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(6, 0, 0, 0)
        box, inner = group(self.tr("The initiative ladder"))
        self.ladder = QTreeWidget()
        self.ladder.setHeaderLabels([self.tr("Resident and step"), self.tr("Since")])
        self.ladder.setAccessibleName(self.tr("Steps on the initiative ladder with their history"))
        self.ladder.setAccessibleDescription(
            self.tr("Shows each member's step on the ladder and how it changed")
        )
        self.ladder_fitter = fit_columns(self.ladder, 0)  # the steps and notes wrap
        lines_tall(self.ladder, least=6)
        inner.addWidget(self.ladder, 1)
        row = QHBoxLayout()
        self.member = QComboBox()
        self.member.setAccessibleName(self.tr("Member of the council"))
        self.member.setAccessibleDescription(
            self.tr("The council member whose step on the ladder is set")
        )
        self.step = QComboBox()
        self.step.setAccessibleName(self.tr("Step on the ladder"))
        self.step.setAccessibleDescription(
            self.tr("The step on the initiative ladder the member stands on")
        )
        for step in LadderStep:
            self.step.addItem(cycle_labels.ladder_step(step), step.value)
        row.addWidget(self.member, 1)
        row.addWidget(self.step)
        inner.addLayout(row)
        row = QHBoxLayout()
        self.step_note = QLineEdit()
        self.step_note.setPlaceholderText(self.tr("Why, in a few words (optional)"))
        self.step_note.setAccessibleName(self.tr("Note with the step"))
        self.step_note.setAccessibleDescription(
            self.tr("Why the step on the ladder is set, saved with the step")
        )
        self.step_note.returnPressed.connect(self.set_step)
        self.step_button = QPushButton(self.tr("Set step"))
        self.step_button.setAccessibleDescription(
            self.tr("Saves the member's new step on the ladder")
        )
        self.step_button.clicked.connect(self.set_step)
        row.addWidget(self.step_note, 1)
        row.addWidget(self.step_button)
        inner.addLayout(row)
        layout.addWidget(box, 3)
        box, inner = group(self.tr("Our own role as a council"))
        self.own_role = SavingTextEdit(self.tr("How the council sees its own role"))
        self.own_role.setAccessibleDescription(
            self.tr("The council's own view of its role; saved as you type")
        )
        self.own_role.setPlaceholderText(
            self.tr("How do we see our role in this round? Saved when you leave the field.")
        )
        self.own_role.edited.connect(self._save_own_role)
        inner.addWidget(self.own_role)
        layout.addWidget(box, 2)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

    def show_round(self, view: RoundView) -> None:
        self.view = view
        services = self.host.services
        self.model.set_matrix(view.roles)
        self._wrap_titles()
        self.matrix_hint.setVisible(not view.roles.rows)
        people = services.councils.people_of_council(view.council.id)
        organisations = services.councils.list_organisations()
        fill_combo(
            self.who,
            [(p.name, f"p:{p.id}") for p in people]
            + [(o.name, f"o:{o.id}") for o in organisations],
        )
        subjects: list[tuple[str, object]] = [(self.tr("The whole round"), "")]
        subjects += [
            (self.tr("Theme: %1").replace("%1", t.name), f"t:{t.id}") for t in view.vision.themes
        ]
        subjects += [
            (self.tr("Project: %1").replace("%1", d.project.name), f"p:{d.project.id}")
            for d in view.projects
            if d.project.cycle_id == view.cycle.id
        ]
        fill_combo(self.subject, subjects)
        if self.role.count() == 0:
            for name in services.roles.standard_roles(labels.ui_language()):
                self.role.addItem(name)
        self.ladder.clear()
        nested = False  # any person with steps under their name: the tree shows its branches
        for entry in view.ladder:
            top = QTreeWidgetItem(
                [
                    f"{entry.person_name} — {cycle_labels.ladder_step(entry.step)}",
                    labels.short_date(entry.history[-1].changed_on) if entry.history else "",
                ]
            )
            plain = len(entry.history) == 1 and not entry.history[0].note
            for change in () if plain else entry.history:
                text = cycle_labels.ladder_step(change.step) + (
                    f" — {change.note}" if change.note else ""
                )
                top.addChild(QTreeWidgetItem([text, labels.short_date(change.changed_on)]))
            self.ladder.addTopLevelItem(top)
            nested = nested or top.childCount() > 0
        self.ladder.expandAll()
        self.ladder.setRootIsDecorated(nested)
        memberships = services.councils.memberships(view.council.id)
        fill_combo(self.member, [(m.person_name, m.person_id) for m in memberships])
        self.own_role.set_stored(view.council.role_view)
        editable = view.cycle.is_open
        for widget in (
            self.who,
            self.subject,
            self.role,
            self.add_role_button,
            self.remove_role_button,
            self.member,
            self.step,
            self.step_note,
            self.step_button,
        ):
            widget.setEnabled(editable)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self._wrap_titles()
        return False

    def _wrap_titles(self) -> None:
        """The columns' titles on one line when they all fit, else wrapped to the share of
        the width each column has (a matrix of many themes at large text)."""
        width = self.table.viewport().width()
        titles = [column.title for column in self.model.matrix.columns]
        if not titles or width <= 0:
            return
        metrics = self.table.horizontalHeader().fontMetrics()
        pad = 3 * metrics.averageCharWidth()
        whole = sum(metrics.horizontalAdvance(title) + pad for title in titles)
        who = 12 * metrics.averageCharWidth()  # the names' column, wrapped
        chars = 0
        if whole + who > width:
            share = (width - who) // len(titles) - pad
            chars = max(6, share // max(1, metrics.averageCharWidth()))
        self.model.set_header_chars(chars)

    def add_role(self) -> None:
        if self.view is None or not self.who.currentData():
            return
        cycle_id, role = self.view.cycle.id, self.role.currentText()
        who_kind, who_id = str(self.who.currentData()).split(":")
        subject = str(self.subject.currentData() or "")
        where: dict[str, int | None] = {"theme_id": None, "project_id": None}
        if subject:
            kind, number = subject.split(":")
            where["theme_id" if kind == "t" else "project_id"] = int(number)
        person = int(who_id) if who_kind == "p" else None
        organisation = int(who_id) if who_kind == "o" else None
        roles = self.host.services.roles
        self.host.edit(
            self.tr("Add role"),
            lambda: roles.assign_role(
                cycle_id, role, person_id=person, organisation_id=organisation, **where
            ),
            lambda a: roles.remove_role(a.id),
        )

    def remove_roles(self) -> None:
        found = self.model.assignments_at(self.table.currentIndex())
        if not found or self.view is None:
            return
        roles = self.host.services.roles
        cycle_id = self.view.cycle.id
        holder = {"ids": [a.id for a in found]}

        def do() -> None:
            for assignment_id in holder["ids"]:
                roles.remove_role(assignment_id)

        def undo(_r: object) -> None:
            holder["ids"] = [
                roles.assign_role(
                    cycle_id,
                    a.role,
                    person_id=a.person_id,
                    organisation_id=a.organisation_id,
                    theme_id=a.theme_id,
                    project_id=a.project_id,
                ).id
                for a in found
            ]

        self.host.edit(self.tr("Remove roles"), do, undo)

    def set_step(self) -> None:
        if self.view is None or self.member.currentData() is None:
            return
        council_id, person_id = self.view.council.id, int(self.member.currentData())
        step, note = LadderStep(self.step.currentData()), self.step_note.text()
        roles = self.host.services.roles
        if self.host.edit(
            self.tr("Set a step on the ladder"),
            lambda: roles.set_ladder_step(council_id, person_id, step, note),
            lambda _r: roles.undo_ladder_step(council_id, person_id),
        ):
            self.step_note.clear()

    def _save_own_role(self, text: str) -> None:
        if self.view is None:
            return
        council_id, old = self.view.council.id, self.own_role.stored()
        roles = self.host.services.roles
        self.host.edit(
            self.tr("Change the council's own role"),
            lambda: roles.set_council_role_view(council_id, text),
            lambda _r: roles.set_council_role_view(council_id, old),
        )
