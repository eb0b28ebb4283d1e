"""Saldo: the year's money per funding source and per project, problems marked in words."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.services.budget.views import ProjectBalance, SourceBalance, YearBalance
from buurtdesk.ui.budget.models import Cell, Row, RowsModel, rows_table
from buurtdesk.ui.common import labels


class BalancePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.source_model = RowsModel(
            [
                self.tr("Funding source"),
                self.tr("Available"),
                self.tr("Allocated"),
                self.tr("Spent"),
                self.tr("Carried on"),
                self.tr("Free"),
            ],
            self,
        )
        self.project_model = RowsModel(
            [
                self.tr("Project"),
                self.tr("Asked"),
                self.tr("Allocated"),
                self.tr("Spent"),
                self.tr("Left"),
            ],
            self,
        )
        sources_label = QLabel(self.tr("Per funding &source"))
        self.sources = rows_table(
            self.source_model,
            self.tr("Balance per funding source"),
            self.tr("Shows per funding source what came in, what is allocated and what is free"),
            0,
            # At large text on a small screen these go first: what a source brings in is on
            # the Funding sources tab, what it carried on in the figures above.
            optional=(4, 1),
        )
        sources_label.setBuddy(self.sources)
        projects_label = QLabel(self.tr("Per &project"))
        self.projects = rows_table(
            self.project_model,
            self.tr("Balance per project"),
            self.tr("Shows per project what was allocated and what was spent"),
            0,
        )
        projects_label.setBuddy(self.projects)
        layout.addWidget(sources_label)
        layout.addWidget(self.sources, 1)
        layout.addWidget(projects_label)
        layout.addWidget(self.projects, 1)

    def show_balance(self, balance: YearBalance) -> None:
        self.source_model.set_rows([self._source_row(b) for b in balance.sources])
        self.project_model.set_rows([self._project_row(p) for p in balance.projects])

    def _source_row(self, b: SourceBalance) -> Row:
        f = b.figures
        free = labels.money(f.free)
        if f.is_overallocated:
            free = self.tr("⚠ %1 too much allocated").replace("%1", labels.money(-f.free))
        spent = labels.money(f.spent)
        if f.is_overspent:
            spent = self.tr("⚠ %1, overspent").replace("%1", spent)
        return Row(
            b.source.id,
            (
                Cell(b.source.name),
                Cell(labels.money(f.available), amount=True),
                Cell(labels.money(f.allocated), amount=True),
                Cell(spent, amount=True, warning=f.is_overspent),
                Cell(labels.money(f.carried_forward), amount=True),
                Cell(free, amount=True, warning=f.is_overallocated),
            ),
        )

    def _project_row(self, p: ProjectBalance) -> Row:
        left = labels.money(p.remaining)
        if p.is_overspent:
            left = self.tr("⚠ %1, overspent").replace("%1", left)
        return Row(
            p.project_id or 0,
            (
                Cell(p.project_name or self.tr("Without a project")),
                Cell(labels.money(p.budget_ask) if p.budget_ask else "—", amount=True),
                Cell(labels.money(p.allocated), amount=True),
                Cell(labels.money(p.spent), amount=True),
                Cell(left, amount=True, warning=p.is_overspent),
            ),
        )
