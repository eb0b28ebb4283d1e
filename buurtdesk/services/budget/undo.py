"""Taking back a budget edit just made (the screens' undo), inside the budget service's unit.

These are not the treasurer's corrections: a wrong allocation is corrected by a reversal
decided by the council. Undo only takes back what was typed a moment ago, and refuses when
something already builds on it (an expense, a reversal, money allocated from carried money).
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from buurtdesk.domain.errors import NotFound, RuleViolation
from buurtdesk.services.budget.loaders import budget_of, source_figures, source_view
from buurtdesk.services.budget.views import CarryOverResult, FundingSourceView
from buurtdesk.store.models import Allocation, Decision, Expense, FundingSource
from buurtdesk.store.numbering import release_decision_number


def restore_source(s: Session, council_id: int, view: FundingSourceView) -> FundingSourceView:
    """A removed source back as it was, with the same UUID (and id, when still free)."""
    budget = budget_of(s, council_id, view.year, create=True)
    assert budget is not None
    row = FundingSource(
        id=view.id if s.get(FundingSource, view.id) is None else None,
        uuid=view.uuid,
        budget_id=budget.id,
        kind=view.kind,
        name=view.name,
        amount_cents=view.amount.cents,
        conditions=view.conditions,
        carry_over_allowed=view.carry_over_allowed,
        carried_from_id=view.carried_from_id,
    )
    s.add(row)
    s.flush()
    return source_view(row, budget.year)


def remove_allocation(s: Session, allocation_id: int, *, with_decision: bool) -> None:
    """Delete an allocation (or reversal) just made; its decision too when it was made with it."""
    row = s.get(Allocation, allocation_id)
    if row is None:
        raise NotFound.said("This allocation no longer exists.")
    expenses = s.scalar(select(func.count(Expense.id)).where(Expense.allocation_id == row.id))
    reversals = s.scalar(select(func.count(Allocation.id)).where(Allocation.reverses_id == row.id))
    if expenses or reversals:
        raise RuleViolation.said(
            "Expenses or reversals were already booked on this allocation; it stays."
        )
    decision_id = row.decision_id
    s.delete(row)
    s.flush()
    if with_decision:
        others = s.scalar(
            select(func.count(Allocation.id)).where(Allocation.decision_id == decision_id)
        )
        decision = s.get(Decision, decision_id)
        if decision is not None and not others:
            s.delete(decision)
            s.flush()
            release_decision_number(s, decision.council_id, decision.year, decision.sequence)


def take_back_carry_over(s: Session, result: CarryOverResult) -> None:
    """Undo of a carry-over: next year's sources lose what this run moved into them."""
    for carried in result.carried:
        if not carried.amount:
            continue
        target = s.get(FundingSource, carried.to_source_id)
        if target is None:
            continue
        if source_figures(s, target).free < carried.amount:
            raise RuleViolation.said(
                "Money from '{name}' was already allocated; the carry-over stays.", name=target.name
            )
        if target.amount_cents == carried.amount.cents:
            s.delete(target)
        else:
            target.amount_cents -= carried.amount.cents
        s.flush()
