"""The budget screen's undo: what was just typed can be taken back, nothing more."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from buurtdesk.domain.enums import CouncilKind, FundingSourceKind
from buurtdesk.domain.errors import RuleViolation
from buurtdesk.domain.money import Money
from buurtdesk.services import Services
from buurtdesk.services.budget.views import NewDecision
from buurtdesk.store.models import Decision


@pytest.fixture
def council(services: Services) -> int:
    return services.councils.create_council("Wijkoverleg Blerick", CouncilKind.WIJKOVERLEG).id


def test_a_removed_source_comes_back_with_its_uuid(services: Services, council: int) -> None:
    source = services.budget.add_source(
        council,
        2026,
        FundingSourceKind.SAM_FUND,
        Money(50_000),
        conditions="Alleen bewoners",
        carry_over_allowed=True,
    )
    removed = services.budget.remove_source(source.id)
    assert services.budget.list_sources(council, 2026) == []
    back = services.budget.restore_source(council, removed)
    assert (back.uuid, back.amount, back.conditions, back.carry_over_allowed) == (
        source.uuid,
        Money(50_000),
        "Alleen bewoners",
        True,
    )


def test_an_allocation_with_its_new_decision_is_taken_back_whole(
    services: Services, council: int
) -> None:
    source = services.budget.add_source(council, 2026, FundingSourceKind.SAM_FUND, Money(50_000))
    kept = services.decisions.record_decision(council, "Eerder besluit.")
    allocation = services.budget.allocate(
        source.id, Money(10_000), decision=NewDecision("Toekenning voor de buurtmoestuin.")
    )
    by_number = services.budget.allocate(source.id, Money(5_000), decision=kept.id)
    services.budget.remove_allocation(allocation.id, with_decision=True)
    services.budget.remove_allocation(by_number.id)
    with services.database.sessions() as s:
        assert s.scalars(select(Decision.text)).all() == ["Eerder besluit."]
    assert services.budget.year_balance(council, 2026).figures.allocated == Money(0)


def test_an_allocation_with_expenses_stays(services: Services, council: int) -> None:
    source = services.budget.add_source(council, 2026, FundingSourceKind.SAM_FUND, Money(50_000))
    allocation = services.budget.allocate(
        source.id, Money(10_000), decision=NewDecision("Toekenning.")
    )
    services.budget.record_expense(allocation.id, Money(1_000), description="Zaaigoed")
    with pytest.raises(RuleViolation):
        services.budget.remove_allocation(allocation.id)
    with services.database.sessions() as s:
        assert s.scalar(select(func.count(Decision.id))) == 1


def test_a_carry_over_is_taken_back(services: Services, council: int) -> None:
    services.budget.add_source(
        council, 2026, FundingSourceKind.MUNICIPAL_BUDGET, Money(50_000), carry_over_allowed=True
    )
    first = services.budget.carry_over(council, 2026)
    assert services.budget.year_balance(council, 2027).figures.available == Money(50_000)
    services.budget.take_back_carry_over(first)
    assert services.budget.list_sources(council, 2027) == []
    assert services.budget.year_balance(council, 2026).figures.free == Money(50_000)
    again = services.budget.carry_over(council, 2026)
    next_year = services.budget.list_sources(council, 2027)[0]
    services.budget.allocate(
        next_year.id, Money(40_000), decision=NewDecision("Toekenning uit meegenomen geld.")
    )
    with pytest.raises(RuleViolation):
        services.budget.take_back_carry_over(again)


def test_restored_rows_keep_their_ids_so_older_undo_steps_still_find_them(
    services: Services, council: int
) -> None:
    source = services.budget.add_source(council, 2026, FundingSourceKind.SAM_FUND, Money(50_000))
    assert (
        services.budget.restore_source(council, services.budget.remove_source(source.id)).id
        == source.id
    )
    allocation = services.budget.allocate(
        source.id, Money(10_000), decision=NewDecision("Toekenning.")
    )
    expense = services.budget.record_expense(allocation.id, Money(1_000), description="Zaaigoed")
    assert (
        services.budget.restore_expense(services.budget.remove_expense(expense.id)).id == expense.id
    )
