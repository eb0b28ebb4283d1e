"""The buurtbudget: funding sources per year, allocations by decision, expenses, balance.

How the screens use it:

- `add_source` / `update_source` / `remove_source` keep a year's funding sources;
- `allocate` gives money from a source to a project by a decision of the council: an existing
  decision (its id, or its number "2026-014") or a `NewDecision` recorded in the same
  transaction (meeting mode). `reverse_allocation` withdraws (part of) it by a later decision:
  a negative row, nothing is ever edited away;
- `record_expense` books spending against an allocation;
- `year_balance` gives every figure of a year (per source, per project, per allocation);
- `carry_over` moves free money to next year where a source allows it (safe to run twice).

Money follows content, and no source or allocation goes below zero unasked: such a call
raises `ConfirmationNeeded` (nothing stored) with every reason; the UI asks the user and
calls again with `confirmed=True`. `allocation_warnings` and `expense_warnings` give the same
reasons beforehand, without raising.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.domain.budget import (
    BudgetWarning,
    Figures,
    framework_warnings,
    require_positive,
    reversal_warnings,
    source_warnings,
)
from buurtdesk.domain.errors import InvalidInput, RuleViolation
from buurtdesk.domain.money import Money
from buurtdesk.domain.rules import MAX_NOTE_LENGTH, clean_text
from buurtdesk.messages import NC_
from buurtdesk.services.base import Clock, Service
from buurtdesk.services.budget import undo as budget_undo
from buurtdesk.services.budget.carry_over import carry_free_money
from buurtdesk.services.budget.checks import refuse_not_feasible, went_ahead
from buurtdesk.services.budget.common import budget_year, confirm
from buurtdesk.services.budget.decisions import resolve_decision
from buurtdesk.services.budget.expenses import ExpenseBook
from buurtdesk.services.budget.loaders import (
    allocation_balances,
    allocation_views,
    budget_of,
    budget_view,
    source_figures,
    source_view,
    year_balance_of,
)
from buurtdesk.services.budget.sources import FundingSources
from buurtdesk.services.budget.views import (
    AllocationBalance,
    AllocationView,
    BudgetView,
    CarryOverResult,
    DecisionRef,
    FundingSourceView,
    YearBalance,
)
from buurtdesk.services.cycle.project_loaders import money_check_view
from buurtdesk.store.database import Database
from buurtdesk.store.models import Allocation, Budget, Council, FundingSource, Project

MAX_PURPOSE_LENGTH = 300


class BudgetService(Service):
    """The buurtbudget's use cases; funding sources (sources.py) and expenses (expenses.py)
    are their own services, offered here as this one's."""

    def __init__(self, database: Database, clock: Clock = date.today) -> None:
        super().__init__(database, clock)
        self.sources = FundingSources(database, clock)
        self.add_source = self.sources.add_source
        self.update_source = self.sources.update_source
        self.remove_source = self.sources.remove_source
        self.expenses = ExpenseBook(database, clock)
        self.expense_warnings = self.expenses.expense_warnings
        self.record_expense = self.expenses.record_expense
        self.remove_expense = self.expenses.remove_expense
        self.restore_expense = self.expenses.restore_expense

    # -- budgets and sources ----------------------------------------------------------------
    def open_budget(self, council_id: int, year: int, remarks: str | None = None) -> BudgetView:
        """The council's budget of `year`, made when it does not exist yet."""
        with self.unit() as s:
            council = self.fetch(s, Council, council_id, NC_("kind of record", "Council"))
            budget = budget_of(s, council_id, budget_year(year), create=True)
            assert budget is not None
            if remarks is not None:
                budget.remarks = clean_text(
                    remarks,
                    field=NC_("field", "the remarks"),
                    limit=MAX_NOTE_LENGTH,
                    required=False,
                )
            return budget_view(budget, council)

    def budget_years(self, council_id: int) -> list[int]:
        """Years with a budget, newest first."""
        with self.unit() as s:
            return list(
                s.scalars(
                    select(Budget.year)
                    .where(Budget.council_id == council_id)
                    .order_by(Budget.year.desc())
                )
            )

    def list_sources(self, council_id: int, year: int) -> list[FundingSourceView]:
        with self.unit() as s:
            budget = budget_of(s, council_id, year, create=False)
            if budget is None:
                return []
            rows = s.scalars(
                select(FundingSource)
                .where(FundingSource.budget_id == budget.id)
                .order_by(FundingSource.id)
            )
            return [source_view(r, budget.year) for r in rows]

    # -- allocations ------------------------------------------------------------------------
    def allocation_warnings(
        self, source_id: int, amount: Money, project_id: int | None = None
    ) -> list[BudgetWarning]:
        """What `allocate` would ask to confirm, without storing anything."""
        with self.unit() as s:
            source = self.fetch(
                s, FundingSource, source_id, NC_("kind of record", "Funding source")
            )
            return self._allocation_warnings(s, source, amount, project_id)

    def allocate(
        self,
        source_id: int,
        amount: Money,
        *,
        decision: DecisionRef,
        project_id: int | None = None,
        description: str = "",
        allocated_on: date | None = None,
        confirmed: bool = False,
    ) -> AllocationView:
        """Give money from a source (to a project) by a decision of the council.

        `decision` is an existing decision's id, its number ("2026-014" or DecisionNumber), or a
        NewDecision recorded now in the same transaction. Raises ConfirmationNeeded (nothing
        stored) when the project's framework check is not in order or the source runs short,
        RuleViolation when a check says "niet haalbaar". Money going ahead despite the check
        keeps that choice (`checks_note`); money without a project keeps its purpose (the
        description, else the decision's text).
        """
        require_positive(amount, NC_("amount", "an allocation"))
        purpose = _description(description)
        with self.unit() as s:
            source = self.fetch(
                s, FundingSource, source_id, NC_("kind of record", "Funding source")
            )
            budget = self.fetch(s, Budget, source.budget_id, NC_("kind of record", "Budget"))
            warnings = self._allocation_warnings(s, source, amount, project_id)
            confirm(warnings, confirmed)
            decided = resolve_decision(s, budget.council_id, decision, self.today())
            council = self.fetch(s, Council, budget.council_id, NC_("kind of record", "Council"))
            language = "en" if council.language.value == "en" else "nl"
            if project_id is None and not purpose:
                # Money without a project states its purpose: what the council decided it for.
                purpose = _description(" ".join(decided.text.split())[:MAX_PURPOSE_LENGTH])
            row = Allocation(
                budget_id=budget.id,
                funding_source_id=source.id,
                project_id=project_id,
                decision_id=decided.id,
                amount_cents=amount.cents,
                allocated_on=allocated_on or decided.decided_on,
                description=purpose,
                checks_note=went_ahead(warnings, language),
            )
            s.add(row)
            s.flush()
            return allocation_views(s, [row])[0]

    def reverse_allocation(
        self,
        allocation_id: int,
        *,
        decision: DecisionRef,
        amount: Money | None = None,
        description: str = "",
        reversed_on: date | None = None,
        confirmed: bool = False,
    ) -> AllocationView:
        """Withdraw an allocation (all that is left of it, or `amount`) by a later decision.

        Stored as a negative allocation pointing at the original. Withdrawing money that was
        already spent leaves the allocation overspent and needs confirmation.
        """
        with self.unit() as s:
            original = self.fetch(s, Allocation, allocation_id, NC_("kind of record", "Allocation"))
            if original.reverses_id is not None:
                raise RuleViolation.said(
                    "This is a reversal already; reverse the original allocation instead."
                )
            balance = allocation_balances(s, [original])[0]
            if balance.allocated.cents <= 0:
                raise RuleViolation.said("This allocation has been reversed completely already.")
            amount = balance.allocated if amount is None else amount
            require_positive(amount, NC_("amount", "the amount reversed"))
            if amount > balance.allocated:
                raise InvalidInput.said(
                    "{amount} is allocated; no more can be reversed.",
                    amount=balance.allocated,
                )
            confirm(reversal_warnings(balance.spent, balance.allocated - amount), confirmed)
            budget = self.fetch(s, Budget, original.budget_id, NC_("kind of record", "Budget"))
            decided = resolve_decision(s, budget.council_id, decision, self.today())
            row = Allocation(
                budget_id=original.budget_id,
                funding_source_id=original.funding_source_id,
                project_id=original.project_id,
                decision_id=decided.id,
                amount_cents=-amount.cents,
                allocated_on=reversed_on or decided.decided_on,
                description=_description(description),
                reverses_id=original.id,
            )
            s.add(row)
            s.flush()
            return allocation_views(s, [row])[0]

    def allocation_balance(self, allocation_id: int) -> AllocationBalance:
        with self.unit() as s:
            row = self.fetch(s, Allocation, allocation_id, NC_("kind of record", "Allocation"))
            if row.reverses_id is not None:
                row = self.fetch(
                    s, Allocation, row.reverses_id, NC_("kind of record", "Allocation")
                )
            return allocation_balances(s, [row])[0]

    def project_allocations(self, project_id: int) -> list[AllocationBalance]:
        """Every allocation to a project, over all years, oldest first."""
        with self.unit() as s:
            self.fetch(s, Project, project_id, NC_("kind of record", "Project"))
            rows = s.scalars(
                select(Allocation)
                .where(Allocation.project_id == project_id, Allocation.reverses_id.is_(None))
                .order_by(Allocation.allocated_on, Allocation.id)
            ).all()
            return allocation_balances(s, rows)

    # -- expenses ---------------------------------------------------------------------------
    # -- balance and carry-over -------------------------------------------------------------
    def year_balance(self, council_id: int, year: int) -> YearBalance:
        """Every figure of the year: totals, per source, per project, per allocation."""
        with self.unit() as s:
            council = self.fetch(s, Council, council_id, NC_("kind of record", "Council"))
            budget = budget_of(s, council_id, year, create=False)
            if budget is None:
                return YearBalance(
                    None,
                    council_id,
                    year,
                    council.language,
                    Figures(Money(0), Money(0), Money(0)),
                    (),
                    (),
                    (),
                )
            return year_balance_of(s, council, budget)

    def carry_over(self, council_id: int, year: int) -> CarryOverResult:
        """Move each source's free money to next year, where its conditions allow it.

        Next year's source gets carried_from_id set; running this again moves only money
        that became free since (for example by a reversal), never the same money twice.
        """
        budget_year(year + 1)
        with self.unit() as s:
            council = self.fetch(s, Council, council_id, NC_("kind of record", "Council"))
            return carry_free_money(s, council, year)

    # -- undo of an edit just made (the screens' undo stack) -----------------------------------
    def restore_source(self, council_id: int, view: FundingSourceView) -> FundingSourceView:
        """Undo of remove_source: the same source with the same UUID."""
        with self.unit() as s:
            self.fetch(s, Council, council_id, NC_("kind of record", "Council"))
            return budget_undo.restore_source(s, council_id, view)

    def remove_allocation(self, allocation_id: int, *, with_decision: bool = False) -> None:
        """Undo of allocate / reverse_allocation (and of the decision recorded with it)."""
        with self.unit() as s:
            budget_undo.remove_allocation(s, allocation_id, with_decision=with_decision)

    def take_back_carry_over(self, result: CarryOverResult) -> None:
        """Undo of carry_over: next year's sources lose what that run moved into them."""
        with self.unit() as s:
            budget_undo.take_back_carry_over(s, result)

    # -- inside one unit of work ------------------------------------------------------------
    def _allocation_warnings(
        self, s: Session, source: FundingSource, amount: Money, project_id: int | None
    ) -> list[BudgetWarning]:
        warnings: list[BudgetWarning] = []
        if project_id is not None:
            project = self.fetch(s, Project, project_id, NC_("kind of record", "Project"))
            budget = self.fetch(s, Budget, source.budget_id, NC_("kind of record", "Budget"))
            if project.council_id != budget.council_id:
                raise InvalidInput.said(
                    "Project '{name}' belongs to another council.", name=project.name
                )
            # The same answer as ProjectService.project_money_check, inside this transaction.
            check = money_check_view(s, project).check
            refuse_not_feasible(s, project, check)
            warnings += framework_warnings(project.name, check)
        warnings += source_warnings(source.name, source_figures(s, source).free, amount)
        return warnings


def _description(text: str) -> str:
    return clean_text(
        text,
        field=NC_("field", "the description"),
        limit=MAX_NOTE_LENGTH,
        required=False,
    )
