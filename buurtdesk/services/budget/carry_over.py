"""Carrying a year's free money over to next year, where a source's conditions allow it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.domain.budget import carry_over_amount
from buurtdesk.domain.rules import MAX_NAME_LENGTH
from buurtdesk.messages import N_, translate
from buurtdesk.services.budget.loaders import budget_of, source_figures, source_view
from buurtdesk.services.budget.views import CarriedOver, CarryOverResult, FundingSourceView
from buurtdesk.store.models import Budget, Council, FundingSource


def carry_free_money(s: Session, council: Council, year: int) -> CarryOverResult:
    """Inside one unit of work: each allowing source's free money goes to next year's budget.

    The money lands in a source of the same kind with carried_from_id set, one per source.
    What was carried before counts as carried forward (no longer free), so a second run
    moves only money that became free since: never the same money twice.
    """
    budget = budget_of(s, council.id, year)
    if budget is None:
        return CarryOverResult(year, year + 1, (), ())
    sources = s.scalars(
        select(FundingSource).where(FundingSource.budget_id == budget.id).order_by(FundingSource.id)
    ).all()
    next_budget: Budget | None = None
    carried: list[CarriedOver] = []
    kept: list[FundingSourceView] = []
    for source in sources:
        if not source.carry_over_allowed:
            kept.append(source_view(source, year))
            continue
        move = carry_over_amount(source_figures(s, source))
        target = s.scalars(
            select(FundingSource)
            .where(FundingSource.carried_from_id == source.id)
            .order_by(FundingSource.id)
        ).first()
        if target is None and not move:
            continue
        if target is None:
            next_budget = next_budget or budget_of(s, council.id, year + 1, create=True)
            assert next_budget is not None
            target = FundingSource(
                budget_id=next_budget.id,
                kind=source.kind,
                name=carried_name(source.name, year, council.language),
                amount_cents=0,
                conditions=source.conditions,
                carry_over_allowed=True,
                carried_from_id=source.id,
            )
            s.add(target)
        target.amount_cents += move.cents
        s.flush()
        carried.append(CarriedOver(source.id, target.id, target.name, move))
    return CarryOverResult(year, year + 1, tuple(carried), tuple(kept))


def carried_name(name: str, year: int, language: str) -> str:
    suffix = translate(N_(" (carried over from {year})"), language).format(year=year)
    return (name[: MAX_NAME_LENGTH - len(suffix)] + suffix).strip()
