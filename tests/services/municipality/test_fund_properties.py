"""Whatever the fund's board and the councils do, the pooled fund adds up to the councils'
budgets to the cent.

Random sequences of contributions, shares (new, changed, over-assigned with and without
confirmation), allocations and expenses run through the real services on a migrated SQLite
database. Afterwards every figure of the fund is checked against the councils' own budgets
(`BudgetService.year_balance`) and the Gemeente table.
"""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from buurtdesk.domain.budget import ConfirmationNeeded
from buurtdesk.domain.enums import CouncilKind, FundingSourceKind
from buurtdesk.domain.money import Money
from buurtdesk.services import Services
from buurtdesk.services.budget.views import NewDecision

YEARS = (2025, 2026)
CONTRIBUTORS = ("Gemeente Hoogeveen", "Woonconcept", "Actium")
cents = st.integers(min_value=1, max_value=3_000_000)
pick = st.integers(min_value=0, max_value=10_000)

operations = st.lists(
    st.one_of(
        st.tuples(st.just("pay"), st.integers(0, 2), st.sampled_from(YEARS), cents),
        st.tuples(
            st.just("share"), st.integers(0, 2), st.sampled_from(YEARS), cents, st.booleans()
        ),
        st.tuples(st.just("own"), st.integers(0, 2), st.sampled_from(YEARS), cents),
        st.tuples(st.just("allocate"), pick, cents),
        st.tuples(st.just("expense"), pick, cents),
    ),
    max_size=25,
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=operations)
def test_the_fund_adds_up_to_the_councils_budgets_to_the_cent(
    services: Services, ops: list[tuple[object, ...]]
) -> None:
    fund = services.funds.create_fund("Leefbaarheidsfonds", municipality="Hoogeveen")
    councils = [
        services.councils.create_council(f"Dorp {n}", CouncilKind.DORPSRAAD).id for n in range(3)
    ]
    paid: dict[tuple[int, str], int] = {}
    shares: dict[tuple[int, int], int] = {}
    own: dict[tuple[int, int], int] = {}
    allocations: list[int] = []
    for op in ops:
        kind = op[0]
        if kind == "pay":
            _, who, year, amount = op
            services.funds.set_contribution(fund.id, year, CONTRIBUTORS[who], Money(amount))
            paid[(year, CONTRIBUTORS[who])] = amount
        elif kind == "share":
            _, index, year, amount, confirmed = op
            council = councils[index]
            try:
                services.funds.assign_share(
                    fund.id,
                    council,
                    year,
                    Money(amount),
                    decided_on=date(year, 1, 15),
                    decision="Verdeling door het fondsbestuur",
                    confirmed=confirmed,
                )
            except ConfirmationNeeded:
                assert not confirmed  # nothing stored: checked by the sums below
                continue
            shares[(council, year)] = amount
        elif kind == "own":
            _, index, year, amount = op
            services.budget.add_source(
                councils[index], year, FundingSourceKind.SAM_FUND, Money(amount)
            )
            own[(councils[index], year)] = own.get((councils[index], year), 0) + amount
        elif kind == "allocate":
            _, choice, amount = op
            sources = [
                s.source_id
                for year in YEARS
                for s in services.funds.fund_year(fund.id, year).shares
            ]
            if not sources:
                continue
            allocation = services.budget.allocate(
                sources[choice % len(sources)],
                Money(amount),
                decision=NewDecision("Het overleg kent geld toe uit zijn aandeel"),
                confirmed=True,
            )
            allocations.append(allocation.id)
        else:
            _, choice, amount = op
            if allocations:
                services.budget.record_expense(
                    allocations[choice % len(allocations)],
                    Money(amount),
                    description="Bon",
                    confirmed=True,
                )

    for year in YEARS:
        view = services.funds.fund_year(fund.id, year)
        assert view.paid_in.cents == sum(v for (y, _w), v in paid.items() if y == year)
        assert view.assigned.cents == sum(v for (_c, y), v in shares.items() if y == year)
        assert view.unassigned == view.paid_in - view.assigned
        assert view.is_overassigned == (view.assigned > view.paid_in)
        by_source = {s.source_id: s for s in view.shares}
        assigned = allocated = spent = 0
        table = {r.council_id: r for r in services.municipality.councils_table(year)}
        for council in councils:
            balance = services.budget.year_balance(council, year)
            for b in balance.sources:
                share = by_source.get(b.source.id)
                if share is None:
                    continue
                assert share.council_id == council
                assert share.amount == b.source.amount == b.figures.available
                assert share.allocated == b.figures.allocated
                assert share.spent == b.figures.spent
                assigned += b.source.amount.cents
                allocated += b.figures.allocated.cents
                spent += b.figures.spent.cents
            # the council's budget is its own sources plus its share of the fund, to the cent
            assert balance.figures.available.cents == own.get((council, year), 0) + shares.get(
                (council, year), 0
            )
            row = table[council]
            assert row.assigned == balance.figures.available
            assert row.allocated == balance.figures.allocated
            assert row.spent == balance.figures.spent
            assert row.free == balance.figures.free
        assert (assigned, allocated, spent) == (
            view.assigned.cents,
            view.allocated.cents,
            view.spent.cents,
        )
