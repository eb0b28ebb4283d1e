"""Reading a fund's rows into views: the fund, its contributions, the councils' shares."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from buurtdesk.domain.money import Money
from buurtdesk.services.municipality.views import ContributionView, FundView, ShareView
from buurtdesk.store.models import (
    Allocation,
    Budget,
    Council,
    Expense,
    Fund,
    FundContribution,
    FundingSource,
)


def fund_view(row: Fund) -> FundView:
    return FundView(row.id, row.uuid, row.municipality, row.name, row.remarks, row.version)


def contribution_view(row: FundContribution) -> ContributionView:
    return ContributionView(
        id=row.id,
        fund_id=row.fund_id,
        year=row.year,
        contributor=row.contributor,
        organisation_id=row.organisation_id,
        amount=Money(row.amount_cents),
        paid_on=row.paid_on,
        version=row.version,
    )


def share_row(s: Session, fund_id: int, council_id: int, year: int) -> FundingSource | None:
    return s.scalars(
        select(FundingSource)
        .join(Budget, Budget.id == FundingSource.budget_id)
        .where(
            FundingSource.fund_id == fund_id,
            Budget.council_id == council_id,
            Budget.year == year,
        )
        .order_by(FundingSource.id)
    ).first()


def share_views(s: Session, rows: Sequence[FundingSource]) -> list[ShareView]:
    """Share views with what each council allocated and spent from its share."""
    if not rows:
        return []
    ids = [r.id for r in rows]
    allocated = dict(
        s.execute(
            select(Allocation.funding_source_id, func.sum(Allocation.amount_cents))
            .where(Allocation.funding_source_id.in_(ids))
            .group_by(Allocation.funding_source_id)
        ).all()
    )
    spent = dict(
        s.execute(
            select(Allocation.funding_source_id, func.sum(Expense.amount_cents))
            .join(Expense, Expense.allocation_id == Allocation.id)
            .where(Allocation.funding_source_id.in_(ids))
            .group_by(Allocation.funding_source_id)
        ).all()
    )
    budgets = {
        b.id: b for b in s.scalars(select(Budget).where(Budget.id.in_({r.budget_id for r in rows})))
    }
    names = dict(
        s.execute(
            select(Council.id, Council.name).where(
                Council.id.in_({b.council_id for b in budgets.values()})
            )
        ).all()
    )
    views = []
    for r in rows:
        budget = budgets[r.budget_id]
        assert r.fund_id is not None
        views.append(
            ShareView(
                source_id=r.id,
                fund_id=r.fund_id,
                council_id=budget.council_id,
                council_name=str(names.get(budget.council_id, "")),
                year=budget.year,
                amount=Money(r.amount_cents),
                board_decided_on=r.board_decided_on,
                board_decision=r.board_decision,
                allocated=Money(int(allocated.get(r.id) or 0)),
                spent=Money(int(spent.get(r.id) or 0)),
                version=r.version,
            )
        )
    return views
