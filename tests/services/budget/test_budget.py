"""A treasurer keeps the buurtbudget: sources, allocations by decision, expenses, balance."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from buurtdesk.domain.budget import ConfirmationNeeded, WarningKind
from buurtdesk.domain.enums import CheckArea, CheckVerdict, CouncilKind, FundingSourceKind, Language
from buurtdesk.domain.errors import InvalidInput, NotFound, RuleViolation
from buurtdesk.domain.money import Money
from buurtdesk.domain.rules import DecisionNumber
from buurtdesk.services import Services
from buurtdesk.services.budget.views import NewDecision
from buurtdesk.store.models import Allocation, Decision, FrameworkCheck, Project

SAM = FundingSourceKind.SAM_FUND
MUNICIPAL = FundingSourceKind.MUNICIPAL_BUDGET


def make_project(
    services: Services,
    council_id: int,
    name: str,
    verdicts: dict[CheckArea, CheckVerdict] | None = None,
    plan: str = "Het plan.",
) -> int:
    """A project with its plan and framework checks, straight in the store (the cycle screens' work)."""
    with services.database.sessions.begin() as s:
        project = Project(council_id=council_id, name=name, plan=plan, budget_ask_cents=250_000)
        s.add(project)
        s.flush()
        for area, verdict in (verdicts or {}).items():
            s.add(FrameworkCheck(project_id=project.id, area=area, verdict=verdict))
        return project.id


ALL_OK = {area: CheckVerdict.OK for area in CheckArea}


@pytest.fixture
def council(services: Services) -> int:
    return services.councils.create_council("Wijkoverleg Blerick", CouncilKind.WIJKOVERLEG).id


def test_sources_of_a_year(services: Services, council: int) -> None:
    budget = services.budget
    sam = budget.add_source(
        council,
        2026,
        SAM,
        Money.parse("5.000,00"),
        conditions="Alleen voor bewonersinitiatieven",
        carry_over_allowed=True,
    )
    assert sam.name == "SAM-fonds" and sam.amount == Money(500_000) and sam.carry_over_allowed
    budget.add_source(
        council,
        2026,
        FundingSourceKind.CORPORATION,
        Money(300_000),
        name="Woonconcept en Woningstichting",
    )
    assert [s.name for s in budget.list_sources(council, 2026)] == [
        "SAM-fonds",
        "Woonconcept en Woningstichting",
    ]
    assert budget.budget_years(council) == [2026]
    assert budget.year_balance(council, 2026).figures.available == Money(800_000)
    with pytest.raises(InvalidInput):
        budget.add_source(council, 2026, SAM, Money(0))
    with pytest.raises(InvalidInput):
        budget.add_source(council, 2026, SAM, Money(-5))


def test_allocation_by_decision_number_shows_in_the_register(
    services: Services, council: int
) -> None:
    project = make_project(services, council, "Buurtmoestuin", ALL_OK)
    source = services.budget.add_source(council, 2026, MUNICIPAL, Money(1_000_000))
    decision = services.decisions.record_decision(
        council, "Het bestuur kent € 2.500 toe aan de buurtmoestuin."
    )
    allocation = services.budget.allocate(
        source.id, Money(250_000), decision=str(decision.number), project_id=project
    )
    assert allocation.decision.number == decision.number
    assert allocation.decision.text.startswith("Het bestuur kent")
    assert allocation.project_name == "Buurtmoestuin"
    assert allocation.allocated_on == decision.decided_on
    # The decision register (and so the minutes) shows the amount of the allocation.
    assert services.decisions.find(council, decision.number).amount == Money(250_000)
    by_id = services.budget.allocate(
        source.id, Money(100), decision=decision.id, project_id=project
    )
    by_number = services.budget.allocate(
        source.id, Money(100), decision=decision.number, project_id=project
    )
    assert by_id.decision.id == by_number.decision.id == decision.id


def test_allocation_needs_an_existing_decision_of_this_council(
    services: Services, council: int
) -> None:
    other = services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD).id
    foreign = services.decisions.record_decision(other, "Elders besloten.")
    source = services.budget.add_source(council, 2026, MUNICIPAL, Money(1_000_000))
    with pytest.raises(NotFound):
        services.budget.allocate(source.id, Money(100), decision="2026-099")
    with pytest.raises(NotFound):
        services.budget.allocate(source.id, Money(100), decision=foreign.id)
    with pytest.raises(InvalidInput):
        services.budget.allocate(source.id, Money(100), decision="26-1")
    assert services.budget.year_balance(council, 2026).figures.allocated == Money(0)


def test_meeting_mode_records_decision_and_allocation_together(
    services: Services, council: int
) -> None:
    meeting = services.meetings.plan_meeting(council, date(2026, 3, 12))
    project = make_project(services, council, "Jeu de boules-baan", ALL_OK)
    source = services.budget.add_source(council, 2026, SAM, Money(400_000))
    allocation = services.budget.allocate(
        source.id,
        Money.parse("1.250,50"),
        decision=NewDecision(
            "Toekenning € 1.250,50 voor de jeu de boules-baan.",
            meeting_id=meeting.id,
            votes=(9, 1, 0),
        ),
        project_id=project,
    )
    assert allocation.decision.decided_on == date(2026, 3, 12)
    assert allocation.decision.number == DecisionNumber(2026, 1)
    detail = services.meetings.get_meeting(meeting.id)
    assert [d.amount for d in detail.decisions] == [Money(125_050)]


def test_a_refused_allocation_leaves_no_decision_behind(services: Services, council: int) -> None:
    source = services.budget.add_source(council, 2026, SAM, Money(1_000))
    with pytest.raises(ConfirmationNeeded):
        services.budget.allocate(source.id, Money(5_000), decision=NewDecision("Te veel geld."))
    with services.database.sessions() as s:
        assert s.scalar(select(func.count(Decision.id))) == 0
        assert s.scalar(select(func.count(Allocation.id))) == 0


@pytest.mark.parametrize(
    ("verdicts", "kind"),
    [
        (None, WarningKind.FRAMEWORK_NOT_CHECKED),
        ("no plan", WarningKind.FRAMEWORK_NOT_IN_ORDER),
        (
            {
                CheckArea.FINANCIAL: CheckVerdict.OK,
                CheckArea.CONTENT: CheckVerdict.NEEDS_WORK,
                CheckArea.LEGAL: CheckVerdict.OK,
            },
            WarningKind.FRAMEWORK_NOT_IN_ORDER,
        ),
        ({CheckArea.FINANCIAL: CheckVerdict.OK}, WarningKind.FRAMEWORK_NOT_IN_ORDER),
    ],
)
def test_money_follows_content(
    services: Services,
    council: int,
    verdicts: dict[CheckArea, CheckVerdict] | str | None,
    kind: WarningKind,
) -> None:
    if verdicts == "no plan":
        project = make_project(services, council, "Hondenuitlaatplek", ALL_OK, plan="")
    else:
        project = make_project(services, council, "Hondenuitlaatplek", verdicts)
    source = services.budget.add_source(council, 2026, SAM, Money(100_000))
    decision = services.decisions.record_decision(council, "Toekenning hondenuitlaatplek.")
    assert [
        w.kind for w in services.budget.allocation_warnings(source.id, Money(10_000), project)
    ] == [kind]
    with pytest.raises(ConfirmationNeeded) as asked:
        services.budget.allocate(source.id, Money(10_000), decision=decision.id, project_id=project)
    assert "Hondenuitlaatplek" in asked.value.dutch
    assert services.budget.year_balance(council, 2026).figures.allocated == Money(0)
    services.budget.allocate(
        source.id, Money(10_000), decision=decision.id, project_id=project, confirmed=True
    )
    assert services.budget.year_balance(council, 2026).figures.allocated == Money(10_000)


def test_reversal_is_a_negative_row_by_a_later_decision(services: Services, council: int) -> None:
    project = make_project(services, council, "Straatfeest", ALL_OK)
    source = services.budget.add_source(council, 2026, SAM, Money(100_000))
    first = services.decisions.record_decision(council, "Toekenning straatfeest.")
    allocation = services.budget.allocate(
        source.id, Money(60_000), decision=first.id, project_id=project
    )
    services.budget.record_expense(
        allocation.id, Money(10_000), description="Springkussen", receipt_ref="B-12", paid_by="Anja"
    )
    later = services.decisions.record_decision(council, "Straatfeest kleiner: € 300 terug.")
    reversal = services.budget.reverse_allocation(
        allocation.id, decision=later.id, amount=Money(30_000)
    )
    assert reversal.amount == Money(-30_000) and reversal.reverses_id == allocation.id
    balance = services.budget.allocation_balance(allocation.id)
    assert balance.allocation.amount == Money(60_000)  # the original amount is never edited
    assert (
        balance.allocated == Money(30_000)
        and balance.spent == Money(10_000)
        and balance.remaining == Money(20_000)
    )
    with pytest.raises(InvalidInput):
        services.budget.reverse_allocation(allocation.id, decision=later.id, amount=Money(30_001))
    with pytest.raises(RuleViolation):
        services.budget.reverse_allocation(reversal.id, decision=later.id)
    with pytest.raises(ConfirmationNeeded):  # taking back money already spent
        services.budget.reverse_allocation(allocation.id, decision=later.id)
    rest = services.budget.reverse_allocation(allocation.id, decision=later.id, confirmed=True)
    assert rest.amount == Money(-30_000)
    with pytest.raises(RuleViolation):  # nothing left to reverse
        services.budget.reverse_allocation(allocation.id, decision=later.id, confirmed=True)
    year = services.budget.year_balance(council, 2026)
    assert year.allocations[0].is_overspent and year.figures.is_overspent
    assert year.sources[0].figures.free == Money(100_000)


def test_expenses_and_overspending_is_marked(services: Services, council: int) -> None:
    project = make_project(services, council, "Bankjes", ALL_OK)
    source = services.budget.add_source(council, 2026, SAM, Money(100_000))
    decision = services.decisions.record_decision(council, "Bankjes.")
    allocation = services.budget.allocate(
        source.id, Money(50_000), decision=decision.id, project_id=project
    )
    expense = services.budget.record_expense(
        allocation.id,
        Money.parse("€ 400"),
        description="Twee bankjes",
        spent_on=date(2026, 4, 1),
        receipt_ref="F-2026-7",
        paid_by="Gemeente",
    )
    assert (expense.spent_on, expense.receipt_ref, expense.paid_by) == (
        date(2026, 4, 1),
        "F-2026-7",
        "Gemeente",
    )
    assert [w.kind for w in services.budget.expense_warnings(allocation.id, Money(20_000))] == [
        WarningKind.ALLOCATION_OVERSPENT
    ]
    with pytest.raises(ConfirmationNeeded) as asked:
        services.budget.record_expense(allocation.id, Money(20_000), description="Derde bankje")
    assert "Bankjes" in asked.value.dutch and "€\u00a0100,00" in asked.value.dutch
    services.budget.record_expense(
        allocation.id, Money(20_000), description="Derde bankje", confirmed=True
    )
    year = services.budget.year_balance(council, 2026)
    (balance,) = year.allocations
    assert balance.is_overspent and balance.remaining == Money(-10_000)
    (per_project,) = year.projects
    assert per_project.is_overspent and per_project.budget_ask == Money(250_000)
    assert year.sources[0].figures.is_overspent and year.figures.is_overspent
    with pytest.raises(InvalidInput):
        services.budget.record_expense(allocation.id, Money(100), description="  ")
    removed = services.budget.remove_expense(expense.id)
    assert services.budget.allocation_balance(allocation.id).spent == Money(20_000)
    services.budget.restore_expense(removed)
    assert services.budget.allocation_balance(allocation.id).spent == Money(60_000)


def test_over_allocating_a_source_warns_and_is_flagged(services: Services, council: int) -> None:
    source = services.budget.add_source(
        council, 2026, FundingSourceKind.MEETING_COMMUNICATION, Money(50_000)
    )
    decision = services.decisions.record_decision(council, "Zaalhuur en flyers.")
    services.budget.allocate(source.id, Money(40_000), decision=decision.id, description="Zaalhuur")
    with pytest.raises(ConfirmationNeeded) as asked:
        services.budget.allocate(
            source.id, Money(20_000), decision=decision.id, description="Flyers"
        )
    assert asked.value.warnings[0].kind is WarningKind.SOURCE_OVERALLOCATED
    services.budget.allocate(
        source.id, Money(20_000), decision=decision.id, description="Flyers", confirmed=True
    )
    year = services.budget.year_balance(council, 2026)
    assert year.sources[0].figures.is_overallocated and year.figures.free == Money(-10_000)
    (no_project,) = year.projects
    assert no_project.project_id is None and no_project.allocated == Money(60_000)


def test_lowering_a_source_below_its_allocations_asks_first(
    services: Services, council: int
) -> None:
    source = services.budget.add_source(council, 2026, SAM, Money(50_000))
    decision = services.decisions.record_decision(council, "Toekenning.")
    services.budget.allocate(source.id, Money(40_000), decision=decision.id)
    services.budget.update_source(source.id, amount=Money(45_000), name="SAM-fonds 2026")
    with pytest.raises(ConfirmationNeeded):
        services.budget.update_source(source.id, amount=Money(30_000))
    updated = services.budget.update_source(source.id, amount=Money(30_000), confirmed=True)
    assert updated.amount == Money(30_000) and updated.name == "SAM-fonds 2026"
    with pytest.raises(RuleViolation):
        services.budget.remove_source(source.id)
    spare = services.budget.add_source(council, 2026, FundingSourceKind.OTHER, Money(1))
    services.budget.remove_source(spare.id)
    assert len(services.budget.list_sources(council, 2026)) == 1


def test_withdrawn_decision_carries_no_money(services: Services, council: int) -> None:
    source = services.budget.add_source(council, 2026, SAM, Money(50_000))
    decision = services.decisions.record_decision(council, "Later ingetrokken.")
    with services.database.sessions.begin() as s:
        row = s.get(Decision, decision.id)
        assert row is not None
        row.withdrawn = True
    with pytest.raises(RuleViolation):
        services.budget.allocate(source.id, Money(100), decision=decision.id)


def test_carry_over_twice_does_not_double_the_money(services: Services, council: int) -> None:
    sam = services.budget.add_source(council, 2026, SAM, Money(100_000), carry_over_allowed=True)
    services.budget.add_source(council, 2026, MUNICIPAL, Money(70_000), carry_over_allowed=False)
    first = services.decisions.record_decision(council, "Toekenning.")
    allocation = services.budget.allocate(sam.id, Money(60_000), decision=first.id)
    result = services.budget.carry_over(council, 2026)
    assert result.total == Money(40_000) and [k.name for k in result.kept] == [
        "Buurtbudget gemeente"
    ]
    again = services.budget.carry_over(council, 2026)
    assert again.total == Money(0)
    (carried,) = services.budget.list_sources(council, 2027)
    assert carried.amount == Money(40_000) and carried.carried_from_id == sam.id
    assert carried.name == "SAM-fonds (meegenomen uit 2026)"
    year = services.budget.year_balance(council, 2026)
    assert year.sources[0].figures.carried_forward == Money(40_000)
    assert year.sources[0].figures.free == Money(0) and year.sources[0].carried_to_id == carried.id
    assert year.figures.free == Money(70_000)  # the municipal money stays in 2026
    # Money that becomes free later (a reversal) moves on the next run, and only that.
    services.budget.reverse_allocation(allocation.id, decision=first.id, amount=Money(5_000))
    assert services.budget.carry_over(council, 2026).total == Money(5_000)
    assert services.budget.list_sources(council, 2027)[0].amount == Money(45_000)
    with pytest.raises(RuleViolation):
        services.budget.update_source(carried.id, amount=Money(1))


def test_english_council_reads_english_amounts(services: Services) -> None:
    council = services.councils.create_council(
        "Steyl Village Council", CouncilKind.DORPSRAAD, language=Language.ENGLISH
    ).id
    services.budget.add_source(council, 2026, SAM, Money(125_050))
    year = services.budget.year_balance(council, 2026)
    assert year.money(year.figures.available) == "€1,250.50"
    assert year.sources[0].source.name == "SAM fund"


def test_empty_year_and_unknown_council(services: Services, council: int) -> None:
    year = services.budget.year_balance(council, 2030)
    assert year.budget is None and year.figures.available == Money(0) and year.sources == ()
    with pytest.raises(NotFound):
        services.budget.year_balance(9999, 2026)
    with pytest.raises(InvalidInput):
        services.budget.open_budget(council, 26)


def test_overview_agrees_with_the_year_balance(services: Services, council: int) -> None:
    project = make_project(services, council, "Buurtkamer", ALL_OK)
    source = services.budget.add_source(council, 2026, SAM, Money(90_000))
    decision = services.decisions.record_decision(council, "Buurtkamer.")
    allocation = services.budget.allocate(
        source.id, Money(50_000), decision=decision.id, project_id=project
    )
    services.budget.record_expense(allocation.id, Money(12_345), description="Koffie")
    services.budget.reverse_allocation(allocation.id, decision=decision.id, amount=Money(1_000))
    overview = services.overview.overview(council)
    year = services.budget.year_balance(council, overview.budget_year)
    assert overview.budget_available == year.figures.available
    assert overview.budget_allocated == year.figures.allocated == Money(49_000)
    assert overview.budget_spent == year.figures.spent == Money(12_345)


def test_project_of_another_council_gets_no_money(services: Services, council: int) -> None:
    other = services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD).id
    foreign = make_project(services, other, "Elders", ALL_OK)
    source = services.budget.add_source(council, 2026, SAM, Money(10_000))
    decision = services.decisions.record_decision(council, "Toekenning.")
    with pytest.raises(InvalidInput):
        services.budget.allocate(
            source.id, Money(100), decision=decision.id, project_id=foreign, confirmed=True
        )


def test_a_project_sees_its_money_over_the_years(services: Services, council: int) -> None:
    project = make_project(services, council, "Buurtkamer", ALL_OK)
    budget = services.budget.open_budget(council, 2026, remarks="Begroting vastgesteld in januari.")
    assert (
        budget.remarks == "Begroting vastgesteld in januari."
        and budget.council_name == "Wijkoverleg Blerick"
    )
    first = services.budget.add_source(council, 2026, SAM, Money(10_000))
    second = services.budget.add_source(council, 2027, SAM, Money(10_000))
    decision = services.decisions.record_decision(council, "Toekenning buurtkamer.")
    services.budget.allocate(first.id, Money(4_000), decision=decision.id, project_id=project)
    services.budget.allocate(
        second.id,
        Money(3_000),
        decision=decision.id,
        project_id=project,
        allocated_on=date(2027, 1, 5),
    )
    balances = services.budget.project_allocations(project)
    assert [b.allocated for b in balances] == [Money(4_000), Money(3_000)]
    assert services.budget.budget_years(council) == [2027, 2026]
