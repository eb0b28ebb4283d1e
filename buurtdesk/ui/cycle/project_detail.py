"""One project of the plans page: name, theme, trekker, status, budget ask, goal and plan,
partners, milestones and the check against the frameworks."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.enums import ProjectStatus
from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.domain.money import Money
from buurtdesk.services.cycle.views import ProjectDetail, RoundView
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.flow import Columns, FlowLayout
from buurtdesk.ui.common.placeholders import room_for_placeholder
from buurtdesk.ui.common.rows import lines_tall
from buurtdesk.ui.common.undo import VersionedEdit
from buurtdesk.ui.common.widgets import (
    PageHost,
    SavingTextEdit,
    fill_combo,
    group,
    set_css_class,
    text_label,
)
from buurtdesk.ui.cycle import labels as cycle_labels
from buurtdesk.ui.cycle.checks import FrameworkCheckBox
from buurtdesk.ui.cycle.milestones import MilestonesBox


class ProjectDetailPanel(QWidget):
    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.detail: ProjectDetail | None = None
        columns = Columns(self, chars=100)  # the checks below the project at large text
        columns.setContentsMargins(0, 0, 6, 0)
        layout = QVBoxLayout()
        columns.addLayout(layout, 1)
        box, inner = group(self.tr("The project"))
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name of the project"))
        self.name.setAccessibleDescription(self.tr("Changes the name of the chosen project"))
        self.name.editingFinished.connect(
            lambda: self._change("name", self.name.text(), self.tr("Rename the project"))
        )
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.setAccessibleDescription(
            self.tr("The theme of the vision the project belongs to")
        )
        self.theme.activated.connect(
            lambda _i: self._change(
                "theme_id", self.theme.currentData(), self.tr("Change the theme")
            )
        )
        self.trekker = QComboBox()
        self.trekker.setAccessibleName(self.tr("Trekker (lead resident)"))
        self.trekker.setAccessibleDescription(self.tr("The resident who leads the project"))
        self.trekker.activated.connect(
            lambda _i: self._change(
                "lead_person_id", self.trekker.currentData(), self.tr("Change the trekker")
            )
        )
        self.trekker_flag = text_label(self.tr("⚑ This project has no trekker yet."), "warning")
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setAccessibleDescription(
            self.tr("Shows and changes how far the project has come")
        )
        for status in ProjectStatus:
            self.status.addItem(cycle_labels.project_status(status), status.value)
        self.status.activated.connect(
            lambda _i: self._change(
                "status", ProjectStatus(self.status.currentData()), self.tr("Change the status")
            )
        )
        self.budget = QLineEdit()
        self.budget.setAccessibleName(self.tr("Budget ask in euros"))
        self.budget.setAccessibleDescription(self.tr("The amount the project asks from the budget"))
        self.budget.setPlaceholderText("€ 0,00")
        self.budget.editingFinished.connect(self._save_budget)
        self.goal = SavingTextEdit(self.tr("Goal"))
        self.goal.setAccessibleDescription(
            self.tr("What the project wants to achieve; saved as you type")
        )
        lines_tall(self.goal, least=2, most=3)
        self.goal.edited.connect(
            lambda text: self._change("goal", text, self.tr("Change the goal"))
        )
        self.plan = SavingTextEdit(self.tr("Plan"))
        self.plan.setAccessibleDescription(
            self.tr("How the project goes about it; saved as you type")
        )
        lines_tall(self.plan, least=2, most=4)
        self.plan.setPlaceholderText(
            self.tr("What will be done, by whom, when. Money only once the plan is here.")
        )
        self.plan.edited.connect(
            lambda text: self._change("plan", text, self.tr("Change the plan"))
        )
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Theme"), self.theme)
        trekker_row = QVBoxLayout()
        trekker_row.addWidget(self.trekker)
        trekker_row.addWidget(self.trekker_flag)
        form.addRow(self.tr("Trekker"), trekker_row)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Budget ask"), self.budget)
        form.addRow(self.tr("Goal"), self.goal)
        form.addRow(self.tr("Plan"), self.plan)
        inner.addLayout(form)
        layout.addWidget(box)
        layout.addStretch(1)
        layout = QVBoxLayout()
        columns.addLayout(layout, 1)

        self.checks = FrameworkCheckBox(host)
        layout.addWidget(self.checks)

        box, inner = group(self.tr("Partners"))
        self.partners = QListWidget()
        self.partners.setAccessibleName(self.tr("Partners of the project"))
        self.partners.setAccessibleDescription(
            self.tr("Lists who helps with the chosen project and how")
        )
        lines_tall(self.partners, least=2, most=4)
        inner.addWidget(self.partners)
        row = FlowLayout(spacing=8)  # wraps at large text
        self.partner = QComboBox()
        self.partner.setAccessibleName(self.tr("Partner organisation or person"))
        self.partner.setAccessibleDescription(
            self.tr("The organisation or person who helps with the project")
        )
        self.contribution = QLineEdit()
        self.contribution.setPlaceholderText(self.tr("What they contribute"))
        room_for_placeholder(self.contribution)
        self.contribution.setAccessibleName(self.tr("What the partner contributes"))
        self.contribution.setAccessibleDescription(
            self.tr("What the partner brings: money, time, a place or knowledge")
        )
        self.add_partner_button = QPushButton(self.tr("Add partner"))
        self.add_partner_button.setAccessibleDescription(
            self.tr("Adds the partner and what it contributes to the project")
        )
        self.add_partner_button.clicked.connect(self.add_partner)
        self.remove_partner_button = QPushButton(self.tr("Remove"))
        self.remove_partner_button.setAccessibleName(self.tr("Remove the chosen partner"))
        self.remove_partner_button.setAccessibleDescription(
            self.tr("Removes the partner chosen in the list")
        )
        self.remove_partner_button.clicked.connect(self.remove_partner)
        for control in (
            self.partner,
            self.contribution,
            self.add_partner_button,
            self.remove_partner_button,
        ):
            row.addWidget(control)
        # as wide as the longest name when there is room
        self.partner.setMinimumWidth(self.partner.fontMetrics().averageCharWidth() * 12)
        inner.addLayout(row)
        layout.addWidget(box)
        self.milestones = MilestonesBox(host)
        layout.addWidget(self.milestones)
        layout.addStretch(1)

    def show_detail(self, detail: ProjectDetail, view: RoundView, today: date) -> None:
        self.detail = detail
        project = detail.project
        editable = view.cycle.is_open and project.cycle_id == view.cycle.id
        self.name.setText(project.name)
        themes = [(t.name, t.id) for t in view.vision.themes]
        if project.theme_id is not None and all(i != project.theme_id for _n, i in themes):
            # A theme of an earlier round (a project carried before its theme came along):
            # shown as the table shows it, never as "no theme".
            themes.append((project.theme_name, project.theme_id))
        fill_combo(self.theme, [(self.tr("— no theme —"), None), *themes], project.theme_id)
        if project.theme_id is None:
            self.theme.setCurrentIndex(0)
        people = self.host.services.councils.people_of_council(view.council.id)
        fill_combo(
            self.trekker,
            [(self.tr("— no trekker —"), None)] + [(p.name, p.id) for p in people],
            project.lead_person_id,
        )
        if project.lead_person_id is None:
            self.trekker.setCurrentIndex(0)
        self.trekker_flag.setVisible(project.needs_trekker)
        self.status.setCurrentIndex(self.status.findData(project.status.value))
        self.budget.setText(labels.money(project.budget_ask))
        self.goal.set_stored(project.goal)
        self.plan.set_stored(project.plan)
        self.partners.clear()
        for partner in detail.partners:
            self.partners.addItem(
                partner.name + (f" — {partner.contribution}" if partner.contribution else "")
            )
        organisations = self.host.services.councils.list_organisations()
        fill_combo(
            self.partner,
            [(o.name, f"o:{o.id}") for o in organisations]
            + [(p.name, f"p:{p.id}") for p in people],
        )
        self.checks.show_detail(detail, editable, today)
        self.milestones.show_detail(detail, editable, today)
        for widget in (
            self.name,
            self.theme,
            self.trekker,
            self.status,
            self.budget,
            self.goal,
            self.plan,
            self.partner,
            self.contribution,
            self.add_partner_button,
            self.remove_partner_button,
        ):
            widget.setEnabled(editable)
        set_css_class(self.trekker_flag, "warning")

    def _change(self, field: str, value: Any, text: str) -> None:
        detail = self.detail
        if detail is None:
            return
        old = getattr(detail.project, "lead_person_id" if field == "lead_person_id" else field)
        if value == old:
            return
        projects = self.host.services.projects
        project_id = detail.project.id
        self.host.push(
            VersionedEdit(
                text,
                version=detail.project.version,
                apply=lambda v, values: projects.update_project(
                    project_id, expected_version=v, **values
                ),
                new={field: value},
                old={field: old},
                parent=self,
                after=self.host.reload,
                on_error=self.host.show_error,
                record=("projects", project_id),
            )
        )

    def _save_budget(self) -> None:
        detail = self.detail
        if detail is None:
            return
        try:
            amount = Money.parse(self.budget.text())
        except BuurtDeskError as error:
            self.host.show_error(error)
            return
        old = detail.project.budget_ask
        if amount == old:
            return
        projects = self.host.services.projects
        project_id = detail.project.id
        self.host.edit(
            self.tr("Change the budget ask"),
            lambda: projects.ask_budget(project_id, amount),
            lambda _r: projects.ask_budget(project_id, old),
        )

    def add_partner(self) -> None:
        detail = self.detail
        if detail is None or not self.partner.currentData():
            return
        kind, number = str(self.partner.currentData()).split(":")
        who = {"organisation_id": int(number)} if kind == "o" else {"person_id": int(number)}
        contribution = self.contribution.text()
        before = {p.id for p in detail.partners}
        projects = self.host.services.projects
        project_id = detail.project.id

        def undo(result: ProjectDetail) -> None:
            for partner in result.partners:
                if partner.id not in before:
                    projects.remove_partner(partner.id)

        if self.host.edit(
            self.tr("Add partner"),
            lambda: projects.add_partner(project_id, contribution=contribution, **who),
            undo,
        ):
            self.contribution.clear()

    def remove_partner(self) -> None:
        detail = self.detail
        row = self.partners.currentRow()
        if detail is None or not 0 <= row < len(detail.partners):
            return
        partner = detail.partners[row]
        projects = self.host.services.projects
        holder = {"id": partner.id}

        def undo(_r: object) -> None:
            again = projects.add_partner(
                detail.project.id,
                organisation_id=partner.organisation_id,
                person_id=partner.person_id,
                contribution=partner.contribution,
            )
            holder["id"] = max(p.id for p in again.partners)

        self.host.edit(
            self.tr("Remove partner"), lambda: projects.remove_partner(holder["id"]), undo
        )
