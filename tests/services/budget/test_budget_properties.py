"""Whatever a treasurer does, in whatever order, the budget adds up to the cent.

Random sequences of sources, allocations (new and existing decisions), expenses, reversals
and carry-overs run through the real services on a real, migrated SQLite database.
The services use the test clock (2026-03-10), so the overview's budget year is 2026.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from buurtdesk.domain.budget import ConfirmationNeeded
from buurtdesk.domain.enums import CheckArea, CheckVerdict, CouncilKind, FundingSourceKind
from buurtdesk.domain.errors import InvalidInput, RuleViolation
from buurtdesk.domain.money import Money
from buurtdesk.services import Services
from buurtdesk.services.budget.views import NewDecision, YearBalance
from buurtdesk.store.models import Allocation, Decision, Expense, FrameworkCheck, Project

YEARS = (2026, 2027)
cents = st.integers(min_value=1, max_value=5_000_000)
pick = st.integers(min_value=0, max_value=10_000)

source_op = st.tuples(
    st.just("source"),
    st.sampled_from(YEARS),
    st.sampled_from(list(FundingSourceKind)),
    cents,
    st.booleans(),
)
allocate_op = st.tuples(
    st.just("allocate"), pick, cents, st.integers(0, 2), st.booleans(), st.booleans()
)
expense_op = st.tuples(st.just("expense"), pick, cents, st.booleans())
reverse_op = st.tuples(
    st.just("reverse"), pick, st.one_of(st.just(0), st.integers(1, 500_000)), st.booleans()
)
carry_op = st.tuples(st.just("carry"), st.sampled_from(YEARS))
# A year starts with its sources; then anything, in any order, allocations most often.
operations = st.builds(
    lambda first, rest: first + rest,
    st.lists(source_op, min_size=1, max_size=3),
    st.lists(
        st.sampled_from(
            ["allocate"] * 4 + ["expense"] * 4 + ["reverse"] * 3 + ["carry"] * 2 + ["source"]
        ).flatmap(
            lambda kind: {
                "allocate": allocate_op,
                "expense": expense_op,
                "reverse": reverse_op,
                "carry": carry_op,
                "source": source_op,
            }[kind]
        ),
        min_size=4,
        max_size=25,
    ),
)


@dataclass
class Typed:
    """What the treasurer put in, counted independently of the service."""

    source_ids: list[int] = field(default_factory=list)
    typed_source_cents: int = 0
    allocation_ids: list[int] = field(default_factory=list)
    allocated_cents: int = 0
    spent_cents: int = 0


def _projects(services: Services, council_id: int) -> list[int | None]:
    with services.database.sessions.begin() as s:
        checked = Project(
            council_id=council_id,
            name="Moestuin",
            plan="Moestuin aanleggen",
            budget_ask_cents=100_000,
        )
        unchecked = Project(council_id=council_id, name="Speelplek")
        s.add_all([checked, unchecked])
        s.flush()
        s.add_all(
            [
                FrameworkCheck(project_id=checked.id, area=a, verdict=CheckVerdict.OK)
                for a in CheckArea
            ]
        )
        return [None, checked.id, unchecked.id]


def _counts(services: Services) -> tuple[int, int, int]:
    with services.database.sessions() as s:
        return (
            int(s.scalar(select(func.count(Decision.id))) or 0),
            int(s.scalar(select(func.count(Allocation.id))) or 0),
            int(s.scalar(select(func.count(Expense.id))) or 0),
        )


def _run(services: Services, council: int, ops: list[tuple[object, ...]], typed: Typed) -> None:
    budget = services.budget
    projects = _projects(services, council)
    for op in ops:
        before = _counts(services)
        try:
            if op[0] == "source":
                _, year, kind, amount, carry = op
                # Typed the way a Dutch treasurer types it, then read back: no cent is lost.
                money = Money.parse(Money(int(amount)).format("nl"))
                src = budget.add_source(
                    council,
                    int(year),
                    FundingSourceKind(kind),
                    money,
                    carry_over_allowed=bool(carry),
                )
                typed.source_ids.append(src.id)
                typed.typed_source_cents += money.cents
            elif op[0] == "allocate" and typed.source_ids:
                _, index, amount, project_index, new_decision, confirmed = op
                source_id = typed.source_ids[int(index) % len(typed.source_ids)]
                decision: NewDecision | str = NewDecision("Toekenning")
                if not new_decision:
                    decision = str(
                        services.decisions.record_decision(council, "Besluit vooraf").number
                    )
                    before = _counts(services)
                allocation = budget.allocate(
                    source_id,
                    Money(int(amount)),
                    decision=decision,
                    project_id=projects[int(project_index)],
                    confirmed=bool(confirmed),
                )
                typed.allocation_ids.append(allocation.id)
                typed.allocated_cents += int(amount)
            elif op[0] == "expense" and typed.allocation_ids:
                _, index, amount, confirmed = op
                allocation_id = typed.allocation_ids[int(index) % len(typed.allocation_ids)]
                budget.record_expense(
                    allocation_id, Money(int(amount)), description="Bon", confirmed=bool(confirmed)
                )
                typed.spent_cents += int(amount)
            elif op[0] == "reverse" and typed.allocation_ids:
                _, index, amount, confirmed = op
                allocation_id = typed.allocation_ids[int(index) % len(typed.allocation_ids)]
                left = budget.allocation_balance(allocation_id).allocated
                reversal = budget.reverse_allocation(
                    allocation_id,
                    decision=NewDecision("Terugdraaiing"),
                    amount=Money(int(amount)) if amount else None,
                    confirmed=bool(confirmed),
                )
                assert -reversal.amount <= left
                typed.allocated_cents += reversal.amount.cents
            elif op[0] == "carry":
                year = int(op[1])
                free_before = {
                    b.source.id: b.figures.free for b in budget.year_balance(council, year).sources
                }
                if budget.carry_over(council, year).total:
                    event("carry-over moved money")
                for b in budget.year_balance(council, year).sources:
                    # Free money moves once and whole; a short source keeps its shortfall.
                    expected = (
                        min(free_before[b.source.id], Money(0))
                        if b.source.carry_over_allowed
                        else free_before[b.source.id]
                    )
                    assert b.figures.free == expected
            if op[0] != "source" and _counts(services) != before:
                event(f"{op[0]} stored")
        except (ConfirmationNeeded, InvalidInput, RuleViolation) as refused:
            event(f"{op[0]} refused: {type(refused).__name__}")
            # Refused or waiting for confirmation: nothing at all was stored.
            assert _counts(services) == before


def _check_year(year: YearBalance) -> None:
    f = year.figures
    assert f.available == f.allocated + f.carried_forward + f.free
    assert f.allocated == f.spent + f.remaining
    assert f.available.cents == sum(b.source.amount.cents for b in year.sources)
    for name in ("available", "allocated", "spent", "carried_forward"):
        assert getattr(f, name).cents == sum(getattr(b.figures, name).cents for b in year.sources)
    assert f.allocated.cents == sum(p.allocated.cents for p in year.projects)
    assert f.spent.cents == sum(p.spent.cents for p in year.projects)
    assert f.allocated.cents == sum(a.allocated.cents for a in year.allocations)
    assert f.remaining.cents == sum(a.remaining.cents for a in year.allocations)
    for a in year.allocations:
        assert a.allocated.cents == a.allocation.amount.cents + sum(
            r.amount.cents for r in a.reversals
        )
        assert a.spent.cents == sum(e.amount.cents for e in a.expenses)
        assert a.allocated.cents >= 0 and a.is_overspent == (a.remaining.cents < 0)
    assert f.is_overspent == any(a.is_overspent for a in year.allocations)


# One migrated database for the whole run (the `services` fixture); every example works in a
# council of its own, so examples never see each other's money.
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=operations)
def test_totals_always_add_up_and_no_cent_is_lost(
    services: Services, ops: list[tuple[object, ...]]
) -> None:
    council = services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD).id
    typed = Typed()
    _run(services, council, ops, typed)
    years = [services.budget.year_balance(council, y) for y in (*YEARS, 2028)]
    for year in years:
        _check_year(year)
    carried_in = sum(
        b.source.amount.cents for y in years for b in y.sources if b.source.is_carried_over
    )
    carried_out = sum(y.figures.carried_forward.cents for y in years)
    assert carried_in == carried_out
    assert sum(y.figures.available.cents for y in years) - carried_in == typed.typed_source_cents
    assert sum(y.figures.allocated.cents for y in years) == typed.allocated_cents
    assert sum(y.figures.spent.cents for y in years) == typed.spent_cents
    overview = services.overview.overview(council)
    assert overview.budget_year == 2026
    assert overview.budget_available == years[0].figures.available
    assert overview.budget_allocated == years[0].figures.allocated
    assert overview.budget_spent == years[0].figures.spent
