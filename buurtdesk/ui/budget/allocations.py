"""Toekenningen: money given by decisions of the council, a new allocation, and reversals.

Money follows content: before money goes to a project whose framework check is not in
order (or beyond what a source has free) the reasons are shown and a yes is asked.
A wrong allocation is not deleted but reversed by a later decision (a negative row).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.domain.money import Money
from buurtdesk.services.budget.views import (
    AllocationBalance,
    AllocationView,
    DecisionRef,
    NewDecision,
    YearBalance,
)
from buurtdesk.ui.budget.forms import BudgetHost, DecisionPicker, money_field, read_money, shorten
from buurtdesk.ui.budget.models import Cell, Row, RowsModel, rows_table
from buurtdesk.ui.budget.reversal import ReversalDialog
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.flow import FlowLayout, captioned
from buurtdesk.ui.common.undo import ErrorHandler
from buurtdesk.ui.common.widgets import fill_combo, text_label


def purpose(a: AllocationView) -> str:
    return a.project_name or a.description


class AllocationsPage(QWidget):
    show_expenses = Signal(int)  # an allocation's id: look at its expenses

    def __init__(self, host: BudgetHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.balances: dict[int, AllocationBalance] = {}
        self.dialog: ReversalDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        left = layout
        self.model = RowsModel(
            [
                self.tr("Decision"),
                self.tr("For"),
                self.tr("Source"),
                self.tr("Allocated"),
                self.tr("Spent"),
                self.tr("Left"),
                self.tr("Decision text"),
            ],
            self,
        )
        self.table = rows_table(
            self.model,
            self.tr("Allocations of the year"),
            self.tr("Lists the money allocated to projects in the chosen year"),
            1,
            # What goes first when the figures need the room: the decision's text (in full
            # under the table), what was spent (on the Expenses tab), the source.
            optional=(6, 4, 2),
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._picked())
        self.table.activated.connect(self._activated)
        left.addWidget(self.table, 1)
        self.decision_text = text_label("", "muted")
        self.decision_text.setObjectName("allocationDecision")
        self.decision_text.setAccessibleName(self.tr("The decision behind the chosen allocation"))
        left.addWidget(self.decision_text)
        buttons = FlowLayout(spacing=8)  # the buttons wrap at large text
        self.expenses_button = QPushButton(self.tr("Expenses of this allocation"))
        self.expenses_button.setAccessibleName(
            self.tr("Show the expenses of the chosen allocation")
        )
        self.expenses_button.setAccessibleDescription(
            self.tr("Opens the Expenses tab with this allocation chosen")
        )
        self.expenses_button.clicked.connect(self._to_expenses)
        self.reverse_button = QPushButton(self.tr("Reverse by a decision…"))
        self.reverse_button.setAccessibleName(
            self.tr("Reverse the chosen allocation by a decision")
        )
        self.reverse_button.setAccessibleDescription(
            self.tr("Takes the allocation back with a new decision in the register")
        )
        self.reverse_button.clicked.connect(self.open_reversal)
        buttons.addWidget(self.expenses_button)
        buttons.addWidget(self.reverse_button)
        left.addLayout(buttons)

        box = QGroupBox(self.tr("New allocation"))
        box.setAccessibleName(self.tr("New allocation"))
        form = QVBoxLayout(box)
        fields = FlowLayout(spacing=12, fill=True)  # one line when wide, wrapping when narrow
        form.addLayout(fields)
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Funding source of the allocation"))
        self.source.setAccessibleDescription(self.tr("The funding source the money comes from"))
        self.project = QComboBox()
        self.project.setAccessibleName(self.tr("Project that gets the money"))
        self.project.setAccessibleDescription(self.tr("The project the allocation is for"))
        for combo in (self.source, self.project):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.amount = money_field(self.tr("Amount of the allocation"), "1.250,50")
        self.amount.setAccessibleDescription(
            self.tr("How much money goes to the project, in euros")
        )
        # The line's room beyond what each field needs goes to what the money is for.
        self.amount.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.description = QLineEdit()
        self.description.setAccessibleName(self.tr("What the money is for"))
        self.description.setAccessibleDescription(self.tr("What the project does with the money"))
        self.description.setPlaceholderText(self.tr("What the money is for"))
        self.decision = DecisionPicker(horizontal=True)
        self.allocate_button = QPushButton(self.tr("Allocate"))
        self.allocate_button.setAccessibleName(self.tr("Allocate the money by this decision"))
        self.allocate_button.setAccessibleDescription(
            self.tr("Allocates the amount to the project, recorded with this decision")
        )
        self.allocate_button.clicked.connect(self.allocate)
        self.amount.returnPressed.connect(self.allocate)
        for caption, field, chars in (
            (self.tr("&Source"), self.source, 16),
            (self.tr("&Project"), self.project, 16),
            (self.tr("A&mount"), self.amount, 10),
            (self.tr("F&or"), self.description, 28),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            fields.addWidget(captioned(label, field, chars))
        form.addWidget(self.decision)
        self.decision.add_after(self.allocate_button)
        layout.addWidget(box)
        self._picked()

    # -- showing -----------------------------------------------------------------------------
    def show_balance(self, balance: YearBalance, projects: list[tuple[str, int]]) -> None:
        chosen = self.chosen()
        self.balances = {b.allocation.id: b for b in balance.allocations}
        rows: list[Row] = []
        for b in balance.allocations:
            rows.append(self._row(b))
            rows.extend(self._reversal_row(r) for r in b.reversals)
        self.model.set_rows(rows)
        row = self.model.row_of(chosen.allocation.id) if chosen else -1
        if row >= 0:
            self.table.selectRow(row)
        fill_combo(
            self.source,
            [
                (f"{s.source.name} · {labels.money(s.figures.free)}", s.source.id)
                for s in balance.sources
            ],
        )
        fill_combo(self.project, [(self.tr("— no project —"), 0), *projects])
        if self.host.council_id is not None:
            self.decision.set_decisions(
                self.host.services.decisions.list_decisions(self.host.council_id, limit=200)
            )
        self._picked()

    def _row(self, b: AllocationBalance) -> Row:
        a = b.allocation
        left = labels.money(b.remaining)
        if b.is_overspent:
            left = self.tr("⚠ %1 overspent").replace("%1", labels.money(-b.remaining))
        return Row(
            a.id,
            (
                Cell(str(a.decision.number), tooltip=a.decision.text),
                # The purpose, and whether the council went ahead despite the project's check.
                Cell(
                    purpose(a) + (" ⚠" if a.checks_note else ""),
                    tooltip="\n".join(t for t in (a.description, a.checks_note) if t),
                ),
                Cell(a.source_name),
                Cell(labels.money(b.allocated), amount=True),
                Cell(labels.money(b.spent), amount=True),
                Cell(left, amount=True, warning=b.is_overspent),
                Cell(shorten(a.decision.text, 120), tooltip=a.decision.text),
            ),
        )

    def _reversal_row(self, r: AllocationView) -> Row:
        text = self.tr("↳ reversed %1").replace("%1", labels.short_date(r.allocated_on))
        return Row(
            ("reversal", r.id),
            (
                Cell("↳ " + str(r.decision.number), tooltip=r.decision.text),
                Cell(text + (f": {r.description}" if r.description else "")),
                Cell(r.source_name),
                Cell(labels.money(r.amount), amount=True),
                Cell(""),
                Cell(""),
                Cell(shorten(r.decision.text, 120), tooltip=r.decision.text),
            ),
            muted=True,
        )

    def chosen(self) -> AllocationBalance | None:
        rows = self.table.selectionModel().selectedRows()
        key = self.model.key(rows[0].row()) if rows else None
        return self.balances.get(key) if isinstance(key, int) else None

    def _picked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        key = self.model.key(rows[0].row()) if rows else None
        decision = None
        if isinstance(key, int) and key in self.balances:
            decision = self.balances[key].allocation.decision
        elif isinstance(key, tuple):
            reversal = next(
                (r for b in self.balances.values() for r in b.reversals if r.id == key[1]), None
            )
            decision = reversal.decision if reversal else None
        if decision is None:
            self.decision_text.setText(self.tr("Choose an allocation to read its decision."))
        else:
            self.decision_text.setText(
                self.tr("Decision %1 of %2: %3")
                .replace("%1", str(decision.number))
                .replace("%2", labels.short_date(decision.decided_on))
                .replace("%3", shorten(decision.text, 300))
            )
        chosen = self.chosen()
        self.expenses_button.setEnabled(chosen is not None)
        self.reverse_button.setEnabled(chosen is not None and chosen.allocated.cents > 0)

    def _activated(self, _index: QModelIndex) -> None:
        self._to_expenses()

    def _to_expenses(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self.show_expenses.emit(chosen.allocation.id)

    # -- editing -----------------------------------------------------------------------------
    def allocate(self) -> None:
        host = self.host
        source_id = self.source.currentData()
        if source_id is None:
            return
        amount = read_money(host, self.amount)
        if amount is None:
            return
        project_id = int(self.project.currentData() or 0) or None
        try:
            decision = self.decision.decision(host.today())
            warnings = host.services.budget.allocation_warnings(source_id, amount, project_id)
        except BuurtDeskError as error:
            host.show_error(error)
            return
        if warnings:
            language = labels.ui_language()
            question = (
                "\n\n".join(w.message(language) for w in warnings)
                + "\n\n"
                + self.tr("Allocate the money anyway?")
            )
            if not host.confirm(self.tr("Money follows content"), question):
                return
        description = self.description.text()
        recorded_now = isinstance(decision, NewDecision)
        budget = host.services.budget
        if host.edit(
            self.tr("Allocate money"),
            lambda: budget.allocate(
                source_id,
                amount,
                decision=decision,
                project_id=project_id,
                description=description,
                confirmed=bool(warnings),
            ),
            lambda made: budget.remove_allocation(made.id, with_decision=recorded_now),
        ):
            self.amount.clear()
            self.description.clear()
            self.decision.clear()

    def open_reversal(self) -> ReversalDialog | None:
        chosen = self.chosen()
        if chosen is None:
            return None
        self.dialog = ReversalDialog(chosen, self.host, self._reverse, self)
        if self.host.council_id is not None:
            self.dialog.decision.set_decisions(
                self.host.services.decisions.list_decisions(self.host.council_id, limit=200)
            )
        self.dialog.open()
        return self.dialog

    def _reverse(
        self,
        original: AllocationBalance,
        amount: Money,
        decision: DecisionRef,
        on_error: ErrorHandler,
    ) -> bool:
        """Called by the dialog with what was typed; True when the reversal was stored."""
        host = self.host
        budget = host.services.budget
        confirmed = False
        if original.spent > original.allocated - amount:
            question = (
                self.tr(
                    "%1 of this allocation was already spent; after the reversal only %2 stays allocated. Reverse anyway?"
                )
                .replace("%1", labels.money(original.spent))
                .replace("%2", labels.money(original.allocated - amount))
            )
            if not host.confirm(self.tr("Reverse an allocation"), question):
                return False
            confirmed = True
        recorded_now = isinstance(decision, NewDecision)
        return host.edit(
            self.tr("Reverse allocation"),
            lambda: budget.reverse_allocation(
                original.allocation.id, decision=decision, amount=amount, confirmed=confirmed
            ),
            lambda made: budget.remove_allocation(made.id, with_decision=recorded_now),
            on_error,
        )
