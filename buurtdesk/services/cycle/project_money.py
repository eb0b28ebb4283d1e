"""What a project asked and got: its allocations (each by a decision) and what was spent.

The budget's own screens work per year and source (services.budget); this is the same money
seen from the project, for its detail and the toekomstagenda booklet. Reversals count against
the allocation they correct; expenses are booked against the original allocation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from buurtdesk.domain.money import Money
from buurtdesk.domain.rules import DecisionNumber
from buurtdesk.store.models import Allocation, Decision, Expense, FundingSource, Project


@dataclass(frozen=True)
class ProjectAllocation:
    id: int
    decision_number: DecisionNumber
    allocated_on: date
    source_name: str
    amount: Money  # negative for a reversal
    spent: Money
    checks_note: str  # the council went ahead although the check asked for attention


@dataclass(frozen=True)
class ProjectFunds:
    ask: Money
    allocations: tuple[ProjectAllocation, ...]

    @property
    def allocated(self) -> Money:
        return Money(sum(a.amount.cents for a in self.allocations))

    @property
    def spent(self) -> Money:
        return Money(sum(a.spent.cents for a in self.allocations))


def project_funds(s: Session, project: Project) -> ProjectFunds:
    rows = s.execute(
        select(Allocation, Decision.year, Decision.sequence, FundingSource.name)
        .join(Decision, Decision.id == Allocation.decision_id)
        .join(FundingSource, FundingSource.id == Allocation.funding_source_id)
        .where(Allocation.project_id == project.id)
        .order_by(Allocation.allocated_on, Allocation.id)
    ).all()
    ids = [r[0].id for r in rows]
    spent: dict[int, int] = {}
    if ids:
        spent = {
            allocation_id: int(total or 0)
            for allocation_id, total in s.execute(
                select(Expense.allocation_id, func.sum(Expense.amount_cents))
                .where(Expense.allocation_id.in_(ids))
                .group_by(Expense.allocation_id)
            ).all()
        }
    return ProjectFunds(
        Money(project.budget_ask_cents),
        tuple(
            ProjectAllocation(
                a.id,
                DecisionNumber(year, sequence),
                a.allocated_on,
                source,
                Money(a.amount_cents),
                Money(spent.get(a.id, 0)),
                a.checks_note,
            )
            for a, year, sequence, source in rows
        ),
    )
