"""Uitgaven: what was spent against an allocation, and a line to book a new expense.

Spending more than is left of an allocation is asked first, and stays marked afterwards.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.dates import parse_date
from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services.budget.views import AllocationBalance, ExpenseView, YearBalance
from buurtdesk.ui.budget.allocations import purpose
from buurtdesk.ui.budget.forms import BudgetHost, money_field, read_money, shorten
from buurtdesk.ui.budget.models import Cell, Row, RowsModel, rows_table, unbroken
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.flow import FlowLayout, captioned
from buurtdesk.ui.common.widgets import fill_combo, set_css_class, text_label


class ExpensesPage(QWidget):
    def __init__(self, host: BudgetHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.balances: dict[int, AllocationBalance] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        picker_label = QLabel(self.tr("Allo&cation"))
        self.allocation = QComboBox()
        self.allocation.setAccessibleName(self.tr("Allocation whose expenses are shown"))
        self.allocation.setAccessibleDescription(
            self.tr("Chooses the allocation whose expenses the table shows")
        )
        self.allocation.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.allocation.setMinimumContentsLength(20)
        picker_label.setBuddy(self.allocation)
        self.allocation.currentIndexChanged.connect(lambda _i: self._show_chosen())
        layout.addWidget(captioned(picker_label, self.allocation))
        self.status = text_label()
        self.status.setObjectName("allocationStatus")
        layout.addWidget(self.status)
        self.model = RowsModel(
            [
                self.tr("Date"),
                self.tr("Description"),
                self.tr("Amount"),
                self.tr("Receipt · paid by"),
            ],
            self,
        )
        self.table = rows_table(
            self.model,
            self.tr("Expenses of the allocation"),
            self.tr("Lists what was spent from the chosen allocation"),
            1,
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_buttons())
        layout.addWidget(self.table, 1)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        self.remove_button = QPushButton(self.tr("Remove expense"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen expense"))
        self.remove_button.setAccessibleDescription(
            self.tr("Removes the expense chosen in the table")
        )
        self.remove_button.clicked.connect(self.remove_expense)
        remove_row.addWidget(self.remove_button)
        layout.addLayout(remove_row)

        box = QGroupBox(self.tr("New expense"))
        box.setAccessibleName(self.tr("New expense"))
        grid = FlowLayout(box, spacing=12, fill=True)  # one line when wide, wrapping when narrow
        self.spent_on = QLineEdit()
        self.spent_on.setAccessibleName(self.tr("Date of the expense"))
        self.spent_on.setAccessibleDescription(self.tr("The day the money was spent"))
        self.spent_on.setPlaceholderText(self.tr("e.g. 14-10-2026"))
        self.description = QLineEdit()
        self.description.setAccessibleName(self.tr("Description of the expense"))
        self.description.setAccessibleDescription(self.tr("What the money was spent on"))
        self.amount = money_field(self.tr("Amount of the expense"), self.tr("e.g. 1.250,50"))
        self.amount.setAccessibleDescription(self.tr("How much was spent, in euros"))
        self.receipt = QLineEdit()
        self.receipt.setAccessibleName(self.tr("Receipt reference"))
        self.receipt.setAccessibleDescription(self.tr("Number or note that finds the receipt back"))
        self.paid_by = QLineEdit()
        self.paid_by.setAccessibleName(self.tr("Who paid"))
        self.paid_by.setAccessibleDescription(self.tr("Who paid the money out"))
        self.record_button = QPushButton(self.tr("Record expense"))
        self.record_button.setAccessibleName(self.tr("Record this expense"))
        self.record_button.setAccessibleDescription(
            self.tr("Saves the expense against the chosen allocation")
        )
        self.record_button.clicked.connect(self.record_expense)
        fields = (
            (self.tr("Da&te"), self.spent_on, 10),
            (self.tr("Descri&ption"), self.description, 24),
            (self.tr("A&mount"), self.amount, 10),
            (self.tr("&Receipt"), self.receipt, 10),
            (self.tr("Pa&id by"), self.paid_by, 14),
        )
        for field in (self.spent_on, self.amount, self.receipt):  # the room goes to the rest
            field.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        for caption, field, chars in fields:
            label = QLabel(caption)
            label.setBuddy(field)
            grid.addWidget(captioned(label, field, chars))
            field.returnPressed.connect(self.record_expense)
        grid.addWidget(self.record_button)
        layout.addWidget(box)
        self._show_chosen()

    # -- showing -----------------------------------------------------------------------------
    def show_balance(self, balance: YearBalance) -> None:
        self.balances = {b.allocation.id: b for b in balance.allocations}
        entries = [
            (
                f"{b.allocation.decision.number}  {shorten(purpose(b.allocation), 50)}  ({b.allocation.source_name})",
                b.allocation.id,
            )
            for b in balance.allocations
        ]
        fill_combo(self.allocation, entries)
        if not self.spent_on.text():
            self.spent_on.setText(labels.short_date(self.host.today()))
        self._show_chosen()

    def choose(self, allocation_id: int) -> None:
        index = self.allocation.findData(allocation_id)
        if index >= 0:
            self.allocation.setCurrentIndex(index)
        self._show_chosen()

    def chosen(self) -> AllocationBalance | None:
        key = self.allocation.currentData()
        return self.balances.get(key) if isinstance(key, int) else None

    def _show_chosen(self) -> None:
        b = self.chosen()
        if b is None:
            self.status.setText(
                self.tr("No allocations yet: allocate money first, then book its expenses here.")
            )
            set_css_class(self.status, "muted")
            self.model.set_rows([])
        else:
            text = (
                self.tr("Allocated %1 · spent %2 · left %3")
                .replace("%1", labels.money(b.allocated))
                .replace("%2", labels.money(b.spent))
                .replace("%3", labels.money(b.remaining))
            )
            if b.is_overspent:
                text = (
                    "⚠ "
                    + text
                    + " — "
                    + self.tr("overspent by %1").replace("%1", labels.money(-b.remaining))
                )
            self.status.setText(unbroken(text))
            set_css_class(self.status, "warning" if b.is_overspent else "")
            self.model.set_rows([self._row(e) for e in b.expenses])
        self.record_button.setEnabled(b is not None)
        self._show_buttons()

    def _row(self, e: ExpenseView) -> Row:
        return Row(
            e.id,
            (
                Cell(labels.short_date(e.spent_on)),
                Cell(e.description),
                Cell(labels.money(e.amount), amount=True),
                # One column for both: room for the description at large text.
                Cell(" · ".join(p for p in (e.receipt_ref or "—", e.paid_by) if p)),
            ),
        )

    def chosen_expense(self) -> ExpenseView | None:
        b = self.chosen()
        rows = self.table.selectionModel().selectedRows()
        key = self.model.key(rows[0].row()) if rows else None
        return next((e for e in b.expenses if e.id == key), None) if b else None

    def _show_buttons(self) -> None:
        self.remove_button.setEnabled(self.chosen_expense() is not None)

    # -- editing -----------------------------------------------------------------------------
    def record_expense(self) -> None:
        host, b = self.host, self.chosen()
        if b is None:
            return
        try:
            spent_on = parse_date(self.spent_on.text())
        except BuurtDeskError as error:
            host.show_error(error)
            self.spent_on.setFocus()
            return
        amount = read_money(host, self.amount)
        if amount is None:
            return
        allocation_id = b.allocation.id
        budget = host.services.budget
        try:
            warnings = budget.expense_warnings(allocation_id, amount)
        except BuurtDeskError as error:
            host.show_error(error)
            return
        if warnings:
            question = (
                "\n\n".join(w.message(labels.ui_language()) for w in warnings)
                + "\n\n"
                + self.tr("Record the expense anyway?")
            )
            if not host.confirm(self.tr("More than is left"), question):
                return
        description, receipt, paid_by = (
            self.description.text(),
            self.receipt.text(),
            self.paid_by.text(),
        )
        if host.edit(
            self.tr("Record expense"),
            lambda: budget.record_expense(
                allocation_id,
                amount,
                description=description,
                spent_on=spent_on,
                receipt_ref=receipt,
                paid_by=paid_by,
                confirmed=bool(warnings),
            ),
            lambda made: budget.remove_expense(made.id),
        ):
            for field in (self.description, self.amount, self.receipt):
                field.clear()
            self.description.setFocus()

    def remove_expense(self) -> None:
        host, expense = self.host, self.chosen_expense()
        if expense is None:
            return
        budget = host.services.budget
        host.edit(
            self.tr("Remove expense"),
            lambda: budget.remove_expense(expense.id),
            lambda removed: budget.restore_expense(removed),
        )
