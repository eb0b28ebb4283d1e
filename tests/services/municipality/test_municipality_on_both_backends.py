"""The pooled fund, the Gemeente table and the annual report on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import date

from buurtdesk.domain.enums import CouncilKind, OrganisationKind
from buurtdesk.domain.money import Money
from buurtdesk.services import Services
from buurtdesk.services.budget.views import NewDecision


def test_fund_table_and_report_on_both_backends(any_services: Services) -> None:
    s = any_services
    gemeente = s.councils.add_organisation("Gemeente Hoogeveen", OrganisationKind.MUNICIPALITY)
    north = s.councils.create_council("Dorpsraad Noord", CouncilKind.DORPSRAAD).id
    south = s.councils.create_council("Wijkoverleg Zuid", CouncilKind.WIJKOVERLEG).id
    fund = s.funds.create_fund("Leefbaarheidsfonds", municipality="Hoogeveen")
    s.funds.set_contribution(fund.id, 2026, "Gemeente Hoogeveen", Money.euros(30_000))
    s.funds.set_contribution(fund.id, 2026, "Woonconcept", Money.euros(10_000))
    share = s.funds.assign_share(
        fund.id, north, 2026, Money.euros(25_000), decided_on=date(2026, 1, 20)
    )
    s.funds.assign_share(fund.id, south, 2026, Money.euros(15_000), decided_on=date(2026, 1, 20))
    allocation = s.budget.allocate(
        share.source_id, Money(1_234_56), decision=NewDecision("Speeltuin"), confirmed=True
    )
    s.budget.record_expense(allocation.id, Money(1_000_01), description="Bon", confirmed=True)
    s.actions.add_action(north, "Lantaarnpaal", owner_organisation_id=gemeente.id,
                         due_date=date(2026, 1, 1))  # fmt: skip
    view = s.funds.fund_year(fund.id, 2026)
    assert (view.paid_in, view.assigned, view.unassigned) == (
        Money.euros(40_000),
        Money.euros(40_000),
        Money(0),
    )
    assert (view.allocated, view.spent) == (Money(1_234_56), Money(1_000_01))
    rows = {r.council_id: r for r in s.municipality.councils_table(2026)}
    assert rows[north].assigned == Money.euros(25_000)
    assert rows[north].free == Money.euros(25_000) - Money(1_234_56)
    assert (rows[north].open_actions, rows[north].overdue_actions) == (1, 1)
    assert (rows[north].municipality_actions, rows[south].municipality_actions) == (1, 0)
    (action,) = s.municipality.organisation_actions(gemeente.id)
    assert action.council_name == "Dorpsraad Noord"
    s.annual.set_foreword(north, 2026, "Voorwoord")
    report = s.annual.report(north, 2026)
    assert report.foreword == "Voorwoord" and len(report.opened) == 1
