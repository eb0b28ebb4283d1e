"""Spending booked against an allocation (never against a reversal); spending more than is
left asks first. Removing and putting back an expense are the screens' undo."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from buurtdesk.domain.budget import BudgetWarning, overspending_warnings, require_positive
from buurtdesk.domain.money import Money
from buurtdesk.domain.rules import MAX_NOTE_LENGTH, clean_text
from buurtdesk.messages import NC_
from buurtdesk.services.base import Service
from buurtdesk.services.budget.common import confirm, original_allocation, short_text
from buurtdesk.services.budget.loaders import allocation_balances, expense_view
from buurtdesk.services.budget.views import ExpenseView
from buurtdesk.store.models import Allocation, Expense


class ExpenseBook(Service):
    def expense_warnings(self, allocation_id: int, amount: Money) -> list[BudgetWarning]:
        with self.unit() as s:
            return self._expense_warnings(s, original_allocation(self, s, allocation_id), amount)

    def record_expense(
        self,
        allocation_id: int,
        amount: Money,
        *,
        description: str,
        spent_on: date | None = None,
        receipt_ref: str = "",
        paid_by: str = "",
        confirmed: bool = False,
    ) -> ExpenseView:
        """Book spending against an allocation; spending more than is left needs confirmation."""
        require_positive(amount, NC_("amount", "an expense"))
        text = clean_text(
            description,
            field=NC_("field", "a description of the expense"),
            limit=MAX_NOTE_LENGTH,
            required=True,
        )
        with self.unit() as s:
            allocation = original_allocation(self, s, allocation_id)
            confirm(self._expense_warnings(s, allocation, amount), confirmed)
            row = Expense(
                allocation_id=allocation.id,
                spent_on=spent_on or self.today(),
                description=text,
                amount_cents=amount.cents,
                receipt_ref=short_text(receipt_ref, NC_("field", "the receipt reference")),
                paid_by=short_text(paid_by, NC_("field", "who paid")),
            )
            s.add(row)
            s.flush()
            return expense_view(row)

    def remove_expense(self, expense_id: int) -> ExpenseView:
        """Take back an expense booked by mistake (undo); returns it so it can be put back."""
        with self.unit() as s:
            row = self.fetch(s, Expense, expense_id, NC_("kind of record", "Expense"))
            view = expense_view(row)
            s.delete(row)
            return view

    def restore_expense(self, view: ExpenseView) -> ExpenseView:
        """Undo of remove_expense: the same expense with the same UUID (and id, when still free)."""
        with self.unit() as s:
            original_allocation(self, s, view.allocation_id)
            row = Expense(
                id=view.id if s.get(Expense, view.id) is None else None,
                uuid=view.uuid,
                allocation_id=view.allocation_id,
                spent_on=view.spent_on,
                description=view.description,
                amount_cents=view.amount.cents,
                receipt_ref=view.receipt_ref,
                paid_by=view.paid_by,
            )
            s.add(row)
            s.flush()
            return expense_view(row)

    @staticmethod
    def _expense_warnings(s: Session, allocation: Allocation, amount: Money) -> list[BudgetWarning]:
        balance = allocation_balances(s, [allocation])[0]
        what = balance.allocation.project_name or balance.allocation.description
        return overspending_warnings(what, balance.remaining, amount)
