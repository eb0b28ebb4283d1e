"""Building the buurtbudget's views from rows in bulk (a handful of queries per year)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from buurtdesk.domain.budget import Figures
from buurtdesk.domain.money import Money
from buurtdesk.domain.rules import DecisionNumber
from buurtdesk.services.budget.views import (
    AllocationBalance,
    AllocationView,
    BudgetView,
    DecisionRefView,
    ExpenseView,
    FundingSourceView,
    ProjectBalance,
    SourceBalance,
    YearBalance,
)
from buurtdesk.store.models import (
    Allocation,
    Budget,
    Council,
    Decision,
    Expense,
    FundingSource,
    Project,
)


def budget_view(budget: Budget, council: Council) -> BudgetView:
    return BudgetView(
        id=budget.id,
        council_id=council.id,
        council_name=council.name,
        language=council.language,
        year=budget.year,
        remarks=budget.remarks,
    )


def source_view(row: FundingSource, year: int) -> FundingSourceView:
    return FundingSourceView(
        id=row.id,
        uuid=row.uuid,
        budget_id=row.budget_id,
        year=year,
        kind=row.kind,
        name=row.name,
        amount=Money(row.amount_cents),
        conditions=row.conditions,
        carry_over_allowed=row.carry_over_allowed,
        carried_from_id=row.carried_from_id,
        version=row.version,
    )


def expense_view(row: Expense) -> ExpenseView:
    return ExpenseView(
        id=row.id,
        uuid=row.uuid,
        allocation_id=row.allocation_id,
        spent_on=row.spent_on,
        description=row.description,
        amount=Money(row.amount_cents),
        receipt_ref=row.receipt_ref,
        paid_by=row.paid_by,
    )


def allocation_views(s: Session, rows: Sequence[Allocation]) -> list[AllocationView]:
    """Views for many allocations with three extra queries, whatever their number."""
    if not rows:
        return []
    decisions = {
        d.id: d
        for d in s.scalars(select(Decision).where(Decision.id.in_({r.decision_id for r in rows})))
    }
    sources = dict(
        s.execute(
            select(FundingSource.id, FundingSource.name).where(
                FundingSource.id.in_({r.funding_source_id for r in rows})
            )
        ).all()
    )
    project_ids = {r.project_id for r in rows if r.project_id is not None}
    projects: dict[int, str] = {}
    if project_ids:
        projects = dict(
            s.execute(select(Project.id, Project.name).where(Project.id.in_(project_ids))).all()
        )
    views = []
    for r in rows:
        d = decisions[r.decision_id]
        views.append(
            AllocationView(
                id=r.id,
                uuid=r.uuid,
                budget_id=r.budget_id,
                funding_source_id=r.funding_source_id,
                source_name=sources.get(r.funding_source_id, ""),
                project_id=r.project_id,
                project_name=projects.get(r.project_id, "") if r.project_id is not None else "",
                decision=DecisionRefView(
                    id=d.id,
                    number=DecisionNumber(d.year, d.sequence),
                    text=d.text,
                    decided_on=d.decided_on,
                    withdrawn=d.withdrawn,
                ),
                amount=Money(r.amount_cents),
                allocated_on=r.allocated_on,
                description=r.description,
                reverses_id=r.reverses_id,
                checks_note=r.checks_note,
            )
        )
    return views


def allocation_balances(s: Session, rows: Sequence[Allocation]) -> list[AllocationBalance]:
    """Each original allocation in `rows` with its reversals and expenses (loaded here)."""
    originals = [r for r in rows if r.reverses_id is None]
    if not originals:
        return []
    ids = [r.id for r in originals]
    reversal_rows = list(
        s.scalars(select(Allocation).where(Allocation.reverses_id.in_(ids)).order_by(Allocation.id))
    )
    views = {v.id: v for v in allocation_views(s, originals + reversal_rows)}
    reversals: dict[int, list[AllocationView]] = defaultdict(list)
    for r in reversal_rows:
        reversals[r.reverses_id or 0].append(views[r.id])
    expenses: dict[int, list[ExpenseView]] = defaultdict(list)
    # Plain columns, not ORM rows: a year can hold thousands of receipts.
    columns = (
        Expense.id,
        Expense.uuid,
        Expense.allocation_id,
        Expense.spent_on,
        Expense.description,
        Expense.amount_cents,
        Expense.receipt_ref,
        Expense.paid_by,
    )
    for chunk in _chunks(ids):
        for e in s.execute(
            select(*columns)
            .where(Expense.allocation_id.in_(chunk))
            .order_by(Expense.spent_on, Expense.id)
        ):
            expenses[e.allocation_id].append(
                ExpenseView(
                    e.id,
                    e.uuid,
                    e.allocation_id,
                    e.spent_on,
                    e.description,
                    Money(e.amount_cents),
                    e.receipt_ref,
                    e.paid_by,
                )
            )
    balances = []
    for r in originals:
        own = tuple(reversals.get(r.id, ()))
        spent = tuple(expenses.get(r.id, ()))
        balances.append(
            AllocationBalance(
                allocation=views[r.id],
                reversals=own,
                expenses=spent,
                allocated=Money(r.amount_cents + sum(v.amount.cents for v in own)),
                spent=Money(sum(e.amount.cents for e in spent)),
            )
        )
    return balances


def carried_forward(s: Session, source_ids: Sequence[int]) -> dict[int, tuple[int, Money]]:
    """For each source: the next-year source its free money went to, and how much."""
    if not source_ids:
        return {}
    found: dict[int, tuple[int, Money]] = {}
    for from_id, to_id, cents in s.execute(
        select(
            FundingSource.carried_from_id,
            func.min(FundingSource.id),
            func.sum(FundingSource.amount_cents),
        )
        .where(FundingSource.carried_from_id.in_(source_ids))
        .group_by(FundingSource.carried_from_id)
    ).all():
        if from_id is not None:
            found[from_id] = (int(to_id), Money(int(cents)))
    return found


def source_balances(
    s: Session, sources: Sequence[FundingSourceView], balances: Sequence[AllocationBalance]
) -> list[SourceBalance]:
    carried = carried_forward(s, [src.id for src in sources])
    per_source: dict[int, list[AllocationBalance]] = defaultdict(list)
    for b in balances:
        per_source[b.allocation.funding_source_id].append(b)
    result = []
    for src in sources:
        own = per_source.get(src.id, [])
        to_id, forward = carried.get(src.id, (None, Money(0)))
        result.append(
            SourceBalance(
                source=src,
                figures=Figures(
                    available=src.amount,
                    allocated=Money(sum(b.allocated.cents for b in own)),
                    spent=Money(sum(b.spent.cents for b in own)),
                    carried_forward=forward,
                    overspent_allocations=sum(1 for b in own if b.is_overspent),
                ),
                carried_to_id=to_id,
            )
        )
    return result


def project_balances(s: Session, balances: Sequence[AllocationBalance]) -> list[ProjectBalance]:
    per_project: dict[int | None, list[AllocationBalance]] = defaultdict(list)
    for b in balances:
        per_project[b.allocation.project_id].append(b)
    ids = [p for p in per_project if p is not None]
    asks: dict[int, int] = {}
    if ids:
        asks = dict(
            s.execute(select(Project.id, Project.budget_ask_cents).where(Project.id.in_(ids))).all()
        )
    result = []
    for project_id, own in per_project.items():
        result.append(
            ProjectBalance(
                project_id=project_id,
                project_name=own[0].allocation.project_name,
                budget_ask=Money(int(asks.get(project_id, 0) if project_id is not None else 0)),
                allocated=Money(sum(b.allocated.cents for b in own)),
                spent=Money(sum(b.spent.cents for b in own)),
                overspent_allocations=sum(1 for b in own if b.is_overspent),
            )
        )
    # Named projects alphabetically, money without a project last.
    return sorted(
        result, key=lambda p: (p.project_id is None, p.project_name.lower(), p.project_id or 0)
    )


def budget_of(s: Session, council_id: int, year: int, *, create: bool = False) -> Budget | None:
    """The council's budget row of `year`; made (inside the caller's unit of work) when asked."""
    budget = s.scalars(
        select(Budget).where(Budget.council_id == council_id, Budget.year == year)
    ).first()
    if budget is None and create:
        budget = Budget(council_id=council_id, year=year)
        s.add(budget)
        s.flush()
    return budget


def source_figures(s: Session, source: FundingSource) -> Figures:
    """One source's figures straight from the sums (for warnings and carry-over)."""
    allocated = s.scalar(
        select(func.sum(Allocation.amount_cents)).where(Allocation.funding_source_id == source.id)
    )
    spent = s.scalar(
        select(func.sum(Expense.amount_cents))
        .join(Allocation, Allocation.id == Expense.allocation_id)
        .where(Allocation.funding_source_id == source.id)
    )
    forward = carried_forward(s, [source.id]).get(source.id, (0, Money(0)))[1]
    return Figures(
        Money(source.amount_cents), Money(int(allocated or 0)), Money(int(spent or 0)), forward
    )


def year_balance_of(s: Session, council: Council, budget: Budget) -> YearBalance:
    """Every figure of a budget year: totals, per source, per project, per allocation."""
    sources = [
        source_view(r, budget.year)
        for r in s.scalars(
            select(FundingSource)
            .where(FundingSource.budget_id == budget.id)
            .order_by(FundingSource.id)
        )
    ]
    rows = s.scalars(
        select(Allocation)
        .where(Allocation.budget_id == budget.id)
        .order_by(Allocation.allocated_on, Allocation.id)
    ).all()
    balances = allocation_balances(s, rows)
    per_source = source_balances(s, sources, balances)
    total = Figures(Money(0), Money(0), Money(0))
    for b in per_source:
        total = total + b.figures
    return YearBalance(
        budget=budget_view(budget, council),
        council_id=council.id,
        year=budget.year,
        language=council.language,
        figures=total,
        sources=tuple(per_source),
        projects=tuple(project_balances(s, balances)),
        allocations=tuple(balances),
    )


def _chunks(values: Sequence[int], size: int = 500) -> list[Sequence[int]]:
    """Ids in groups small enough for one IN (...) on every database."""
    return [values[i : i + size] for i in range(0, len(values), size)]
