"""Frozen views of the buurtbudget that BudgetService hands out (screens and the statement).

Amounts are `Money` (whole cents). The figures follow `buurtdesk.domain.budget`: free =
available - allocated - carried forward; remaining = allocated - spent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from buurtdesk.domain.budget import Figures
from buurtdesk.domain.enums import FundingSourceKind, Language
from buurtdesk.domain.money import Money
from buurtdesk.domain.rules import DecisionNumber


@dataclass(frozen=True)
class NewDecision:
    """A decision to record together with the allocation, in one transaction (meeting mode)."""

    text: str
    meeting_id: int | None = None
    item_id: int | None = None
    votes: tuple[int, int, int] | None = None
    decided_on: date | None = None


# How an allocation or reversal names its decision: the decision's id, its number
# (DecisionNumber or text such as "2026-014"), or a NewDecision to record right now.
DecisionRef = int | str | DecisionNumber | NewDecision


@dataclass(frozen=True)
class BudgetView:
    id: int
    council_id: int
    council_name: str
    language: Language
    year: int
    remarks: str


@dataclass(frozen=True)
class FundingSourceView:
    id: int
    uuid: str
    budget_id: int
    year: int
    kind: FundingSourceKind
    name: str
    amount: Money
    conditions: str
    carry_over_allowed: bool
    carried_from_id: int | None
    version: int

    @property
    def is_carried_over(self) -> bool:
        return self.carried_from_id is not None


@dataclass(frozen=True)
class DecisionRefView:
    """The decision behind an allocation, as the register shows it."""

    id: int
    number: DecisionNumber
    text: str
    decided_on: date
    withdrawn: bool


@dataclass(frozen=True)
class AllocationView:
    """One allocation row; a reversal has a negative amount and `reverses_id` set."""

    id: int
    uuid: str
    budget_id: int
    funding_source_id: int
    source_name: str
    project_id: int | None
    project_name: str
    decision: DecisionRefView
    amount: Money
    allocated_on: date
    description: str
    reverses_id: int | None
    # Set when the council went ahead although the project's check asked for attention.
    checks_note: str = ""

    @property
    def is_reversal(self) -> bool:
        return self.reverses_id is not None


@dataclass(frozen=True)
class ExpenseView:
    id: int
    uuid: str
    allocation_id: int
    spent_on: date
    description: str
    amount: Money
    receipt_ref: str
    paid_by: str


@dataclass(frozen=True)
class AllocationBalance:
    """An original allocation with its reversals and expenses: what is left of it."""

    allocation: AllocationView
    reversals: tuple[AllocationView, ...]
    expenses: tuple[ExpenseView, ...]
    allocated: Money  # net: the original plus its (negative) reversals
    spent: Money

    @property
    def remaining(self) -> Money:
        return self.allocated - self.spent

    @property
    def is_overspent(self) -> bool:
        return self.spent > self.allocated


@dataclass(frozen=True)
class SourceBalance:
    source: FundingSourceView
    figures: Figures
    carried_to_id: int | None  # next year's source that holds the money carried forward


@dataclass(frozen=True)
class ProjectBalance:
    """Money per project; project_id None collects allocations made without a project."""

    project_id: int | None
    project_name: str
    budget_ask: Money
    allocated: Money
    spent: Money
    overspent_allocations: int

    @property
    def remaining(self) -> Money:
        return self.allocated - self.spent

    @property
    def is_overspent(self) -> bool:
        return self.overspent_allocations > 0 or self.remaining.is_negative


@dataclass(frozen=True)
class YearBalance:
    """Everything of one council's budget year: the screen's and the statement's numbers."""

    budget: BudgetView | None  # None: no budget recorded for this year yet
    council_id: int
    year: int
    language: Language
    figures: Figures
    sources: tuple[SourceBalance, ...]
    projects: tuple[ProjectBalance, ...]
    allocations: tuple[AllocationBalance, ...]  # originals, each with reversals and expenses

    def money(self, amount: Money) -> str:
        """An amount written the council's way: '€ 1.250,50' or '€1,250.50'."""
        return amount.format(self.language)


@dataclass(frozen=True)
class CarriedOver:
    from_source_id: int
    to_source_id: int
    name: str
    amount: Money  # moved by this call (zero when it was moved before)


@dataclass(frozen=True)
class CarryOverResult:
    from_year: int
    to_year: int
    carried: tuple[CarriedOver, ...]
    kept: tuple[FundingSourceView, ...]  # sources whose conditions do not allow carry-over

    @property
    def total(self) -> Money:
        return Money(sum(c.amount.cents for c in self.carried))
