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

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from buurtdesk.domain.budget import (
    BudgetWarning,
    ConfirmationNeeded,
    Figures,
    framework_warnings,
    lowered_source_warnings,
    overspending_warnings,
    require_positive,
    reversal_warnings,
    source_kind_name,
    source_warnings,
)
from buurtdesk.domain.enums import FundingSourceKind
from buurtdesk.domain.errors import InvalidInput, RuleViolation
from buurtdesk.domain.money import Money
from buurtdesk.domain.rules import MAX_NAME_LENGTH, MAX_NOTE_LENGTH, clean_text
from buurtdesk.services.base import Service, check_version
from buurtdesk.services.budget import undo as budget_undo
from buurtdesk.services.budget.carry_over import carry_free_money
from buurtdesk.services.budget.checks import refuse_not_feasible, went_ahead
from buurtdesk.services.budget.decisions import resolve_decision
from buurtdesk.services.budget.loaders import (
    allocation_balances,
    allocation_views,
    budget_of,
    budget_view,
    expense_view,
    source_figures,
    source_view,
    year_balance_of,
)
from buurtdesk.services.budget.views import (
    AllocationBalance,
    AllocationView,
    BudgetView,
    CarryOverResult,
    DecisionRef,
    ExpenseView,
    FundingSourceView,
    YearBalance,
)
from buurtdesk.services.cycle.project_loaders import money_check_view
from buurtdesk.store.models import Allocation, Budget, Council, Expense, FundingSource, Project

MIN_YEAR, MAX_YEAR = 1990, 2200
MAX_PURPOSE_LENGTH = 300


def _year(year: int) -> int:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidInput(
            f"{year} is geen geldig begrotingsjaar.", f"{year} is not a valid budget year."
        )
    return year


def _confirm(warnings: list[BudgetWarning], confirmed: bool) -> None:
    if warnings and not confirmed:
        raise ConfirmationNeeded(warnings)


class BudgetService(Service):
    # -- budgets and sources ----------------------------------------------------------------
    def open_budget(self, council_id: int, year: int, remarks: str | None = None) -> BudgetView:
        """The council's budget of `year`, made when it does not exist yet."""
        with self.unit() as s:
            council = self.fetch(s, Council, council_id, "Overleg", "Council")
            budget = budget_of(s, council_id, _year(year), create=True)
            assert budget is not None
            if remarks is not None:
                budget.remarks = clean_text(
                    remarks,
                    field_nl="de toelichting",
                    field_en="the remarks",
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

    def add_source(
        self,
        council_id: int,
        year: int,
        kind: FundingSourceKind,
        amount: Money,
        *,
        name: str = "",
        conditions: str = "",
        carry_over_allowed: bool = False,
    ) -> FundingSourceView:
        """A funding source of the year; the name defaults to its kind ('SAM-fonds')."""
        require_positive(amount, "het bedrag van een geldbron", "a funding source's amount")
        with self.unit() as s:
            council = self.fetch(s, Council, council_id, "Overleg", "Council")
            budget = budget_of(s, council_id, _year(year), create=True)
            assert budget is not None
            kind = FundingSourceKind(kind)
            row = FundingSource(
                budget_id=budget.id,
                kind=kind,
                name=_source_name(name) or source_kind_name(kind, council.language),
                amount_cents=amount.cents,
                conditions=_conditions(conditions),
                carry_over_allowed=bool(carry_over_allowed),
            )
            s.add(row)
            s.flush()
            return source_view(row, budget.year)

    def update_source(
        self,
        source_id: int,
        *,
        name: str | None = None,
        amount: Money | None = None,
        conditions: str | None = None,
        carry_over_allowed: bool | None = None,
        expected_version: int | None = None,
        confirmed: bool = False,
    ) -> FundingSourceView:
        """Correct a source. Lowering it below what was allocated from it needs confirmation."""
        with self.unit() as s:
            row = self.fetch(s, FundingSource, source_id, "Geldbron", "Funding source")
            mine = {
                "name": name,
                "amount_cents": None if amount is None else amount.cents,
                "conditions": conditions,
                "carry_over_allowed": carry_over_allowed,
            }
            check_version(row, expected_version, {k: v for k, v in mine.items() if v is not None})
            budget = self.fetch(s, Budget, row.budget_id, "Begroting", "Budget")
            if amount is not None and amount.cents != row.amount_cents:
                if row.carried_from_id is not None:
                    raise RuleViolation(
                        "Het bedrag van meegenomen geld volgt uit het vorige jaar en kan niet los worden gewijzigd.",
                        "Money carried over follows from last year and cannot be changed on its own.",
                    )
                require_positive(amount, "het bedrag van een geldbron", "a funding source's amount")
                figures = source_figures(s, row)
                if amount < figures.available:
                    after = Figures(
                        amount, figures.allocated, figures.spent, figures.carried_forward
                    )
                    _confirm(lowered_source_warnings(row.name, after), confirmed)
                row.amount_cents = amount.cents
            if name is not None:
                row.name = _source_name(name) or row.name
            if conditions is not None:
                row.conditions = _conditions(conditions)
            if carry_over_allowed is not None:
                row.carry_over_allowed = bool(carry_over_allowed)
            s.flush()
            return source_view(row, budget.year)

    def remove_source(self, source_id: int) -> FundingSourceView:
        """Remove a source typed in by mistake; only while nothing was allocated or carried from it."""
        with self.unit() as s:
            row = self.fetch(s, FundingSource, source_id, "Geldbron", "Funding source")
            budget = self.fetch(s, Budget, row.budget_id, "Begroting", "Budget")
            used = s.scalar(
                select(func.count(Allocation.id)).where(Allocation.funding_source_id == source_id)
            )
            carried = s.scalar(
                select(func.count(FundingSource.id)).where(
                    FundingSource.carried_from_id == source_id
                )
            )
            if used or carried:
                raise RuleViolation(
                    f"Uit geldbron '{row.name}' is al geld toegekend of meegenomen; die blijft staan.",
                    f"Money from funding source '{row.name}' was already allocated or carried over; it stays.",
                )
            view = source_view(row, budget.year)
            s.delete(row)
            return view

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
            source = self.fetch(s, FundingSource, source_id, "Geldbron", "Funding source")
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
        require_positive(amount, "een toekenning", "an allocation")
        purpose = _description(description)
        with self.unit() as s:
            source = self.fetch(s, FundingSource, source_id, "Geldbron", "Funding source")
            budget = self.fetch(s, Budget, source.budget_id, "Begroting", "Budget")
            warnings = self._allocation_warnings(s, source, amount, project_id)
            _confirm(warnings, confirmed)
            decided = resolve_decision(s, budget.council_id, decision, self.today())
            council = self.fetch(s, Council, budget.council_id, "Overleg", "Council")
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
            original = self.fetch(s, Allocation, allocation_id, "Toekenning", "Allocation")
            if original.reverses_id is not None:
                raise RuleViolation(
                    "Dit is al een terugdraaiing; draai de oorspronkelijke toekenning terug.",
                    "This is a reversal already; reverse the original allocation instead.",
                )
            balance = allocation_balances(s, [original])[0]
            if balance.allocated.cents <= 0:
                raise RuleViolation(
                    "Deze toekenning is al helemaal teruggedraaid.",
                    "This allocation has been reversed completely already.",
                )
            amount = balance.allocated if amount is None else amount
            require_positive(amount, "het bedrag dat wordt teruggedraaid", "the amount reversed")
            if amount > balance.allocated:
                raise InvalidInput(
                    f"Er staat nog {balance.allocated.format('nl')} toegekend; meer kan niet worden teruggedraaid.",
                    f"{balance.allocated.format('en')} is allocated; no more can be reversed.",
                )
            _confirm(reversal_warnings(balance.spent, balance.allocated - amount), confirmed)
            budget = self.fetch(s, Budget, original.budget_id, "Begroting", "Budget")
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
            row = self.fetch(s, Allocation, allocation_id, "Toekenning", "Allocation")
            if row.reverses_id is not None:
                row = self.fetch(s, Allocation, row.reverses_id, "Toekenning", "Allocation")
            return allocation_balances(s, [row])[0]

    def project_allocations(self, project_id: int) -> list[AllocationBalance]:
        """Every allocation to a project, over all years, oldest first."""
        with self.unit() as s:
            self.fetch(s, Project, project_id, "Project", "Project")
            rows = s.scalars(
                select(Allocation)
                .where(Allocation.project_id == project_id, Allocation.reverses_id.is_(None))
                .order_by(Allocation.allocated_on, Allocation.id)
            ).all()
            return allocation_balances(s, rows)

    # -- expenses ---------------------------------------------------------------------------
    def expense_warnings(self, allocation_id: int, amount: Money) -> list[BudgetWarning]:
        with self.unit() as s:
            return self._expense_warnings(s, self._original(s, allocation_id), amount)

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
        require_positive(amount, "een uitgave", "an expense")
        text = clean_text(
            description,
            field_nl="een omschrijving van de uitgave",
            field_en="a description of the expense",
            limit=MAX_NOTE_LENGTH,
            required=True,
        )
        with self.unit() as s:
            allocation = self._original(s, allocation_id)
            _confirm(self._expense_warnings(s, allocation, amount), confirmed)
            row = Expense(
                allocation_id=allocation.id,
                spent_on=spent_on or self.today(),
                description=text,
                amount_cents=amount.cents,
                receipt_ref=_short(receipt_ref, "het bonnummer", "the receipt reference"),
                paid_by=_short(paid_by, "wie betaalde", "who paid"),
            )
            s.add(row)
            s.flush()
            return expense_view(row)

    def remove_expense(self, expense_id: int) -> ExpenseView:
        """Take back an expense booked by mistake (undo); returns it so it can be put back."""
        with self.unit() as s:
            row = self.fetch(s, Expense, expense_id, "Uitgave", "Expense")
            view = expense_view(row)
            s.delete(row)
            return view

    def restore_expense(self, view: ExpenseView) -> ExpenseView:
        """Undo of remove_expense: the same expense with the same UUID (and id, when still free)."""
        with self.unit() as s:
            self._original(s, view.allocation_id)
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

    # -- balance and carry-over -------------------------------------------------------------
    def year_balance(self, council_id: int, year: int) -> YearBalance:
        """Every figure of the year: totals, per source, per project, per allocation."""
        with self.unit() as s:
            council = self.fetch(s, Council, council_id, "Overleg", "Council")
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
        _year(year + 1)
        with self.unit() as s:
            council = self.fetch(s, Council, council_id, "Overleg", "Council")
            return carry_free_money(s, council, year)

    # -- undo of an edit just made (the screens' undo stack) -----------------------------------
    def restore_source(self, council_id: int, view: FundingSourceView) -> FundingSourceView:
        """Undo of remove_source: the same source with the same UUID."""
        with self.unit() as s:
            self.fetch(s, Council, council_id, "Overleg", "Council")
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
            project = self.fetch(s, Project, project_id, "Project", "Project")
            budget = self.fetch(s, Budget, source.budget_id, "Begroting", "Budget")
            if project.council_id != budget.council_id:
                raise InvalidInput(
                    f"Project '{project.name}' hoort bij een ander overleg.",
                    f"Project '{project.name}' belongs to another council.",
                )
            # The same answer as ProjectService.project_money_check, inside this transaction.
            check = money_check_view(s, project).check
            refuse_not_feasible(s, project, check)
            warnings += framework_warnings(project.name, check)
        warnings += source_warnings(source.name, source_figures(s, source).free, amount)
        return warnings

    def _original(self, s: Session, allocation_id: int) -> Allocation:
        row = self.fetch(s, Allocation, allocation_id, "Toekenning", "Allocation")
        if row.reverses_id is not None:
            raise RuleViolation(
                "Uitgaven horen bij de oorspronkelijke toekenning, niet bij een terugdraaiing.",
                "Expenses belong to the original allocation, not to a reversal.",
            )
        return row

    @staticmethod
    def _expense_warnings(s: Session, allocation: Allocation, amount: Money) -> list[BudgetWarning]:
        balance = allocation_balances(s, [allocation])[0]
        what = balance.allocation.project_name or balance.allocation.description
        what_nl = f"de toekenning aan '{what}'" if what else "de toekenning"
        what_en = f"the allocation to '{what}'" if what else "the allocation"
        return overspending_warnings(what_nl, what_en, balance.remaining, amount)


def _source_name(name: str) -> str:
    return clean_text(
        name,
        field_nl="de naam van de geldbron",
        field_en="the funding source's name",
        limit=MAX_NAME_LENGTH,
        required=False,
    )


def _conditions(text: str) -> str:
    return clean_text(
        text,
        field_nl="de voorwaarden",
        field_en="the conditions",
        limit=MAX_NOTE_LENGTH,
        required=False,
    )


def _description(text: str) -> str:
    return clean_text(
        text,
        field_nl="de omschrijving",
        field_en="the description",
        limit=MAX_NOTE_LENGTH,
        required=False,
    )


def _short(text: str, field_nl: str, field_en: str) -> str:
    return clean_text(
        text, field_nl=field_nl, field_en=field_en, limit=MAX_NAME_LENGTH, required=False
    )
