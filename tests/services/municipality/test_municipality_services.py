"""The municipality's services: the Gemeente table against plain SQL, funds, the annual report."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from buurtdesk.domain.budget import ConfirmationNeeded
from buurtdesk.domain.enums import ActionStatus, CouncilKind, OrganisationKind, PhaseKind
from buurtdesk.domain.errors import InvalidInput, NotFound, RuleViolation
from buurtdesk.domain.money import Money
from buurtdesk.services import Services
from buurtdesk.services.budget.views import NewDecision

DEMO_DAY = date(2026, 11, 23)


def _sql(services: Services) -> sqlite3.Connection:
    path = services.database_path
    assert path is not None
    return sqlite3.connect(path)


def test_the_gemeente_table_matches_counts_taken_with_plain_sql(demo_services: Services) -> None:
    rows = {r.council_id: r for r in demo_services.municipality.councils_table(2026)}
    today = DEMO_DAY.isoformat()
    conn = _sql(demo_services)
    try:
        ids = [r[0] for r in conn.execute("SELECT id FROM councils")]
        assert sorted(rows) == sorted(ids) and len(ids) == 4
        for cid in ids:
            row = rows[cid]
            open_, late = conn.execute(
                "SELECT count(*), sum(due_date < ?) FROM action_points "
                "WHERE council_id = ? AND status IN ('open', 'in_progress')",
                (today, cid),
            ).fetchone()
            assert (row.open_actions, row.overdue_actions) == (open_, late or 0)
            owned = dict(
                conn.execute(
                    "SELECT o.kind, count(*) FROM action_points a "
                    "LEFT JOIN people p ON p.id = a.owner_person_id "
                    "JOIN organisations o ON o.id = coalesce(a.owner_organisation_id, p.organisation_id) "
                    "WHERE a.council_id = ? AND a.status IN ('open', 'in_progress') GROUP BY o.kind",
                    (cid,),
                ).fetchall()
            )
            assert row.municipality_actions == owned.get("municipality", 0)
            assert row.organisation_actions == sum(owned.values()) - owned.get("municipality", 0)
            nxt = conn.execute(
                "SELECT date, id FROM meetings WHERE council_id = ? AND date >= ? "
                "AND status != 'closed' ORDER BY date, id LIMIT 1",
                (cid, today),
            ).fetchone()
            assert (row.next_meeting.isoformat() if row.next_meeting else None) == (
                nxt[0] if nxt else None
            )
            if nxt:
                topics = conn.execute(
                    "SELECT count(*) FROM agenda_items WHERE meeting_id = ? AND kind = 'topic'",
                    (nxt[1],),
                ).fetchone()[0]
                assert row.agenda_ready == (topics > 0)
            last = conn.execute(
                "SELECT date, minutes_state FROM meetings WHERE council_id = ? AND status = 'closed' "
                "ORDER BY date DESC, id DESC LIMIT 1",
                (cid,),
            ).fetchone()
            assert row.last_minutes is not None and row.last_minutes.isoformat() == last[0]
            assert row.minutes_adopted == (last[1] == "adopted")
            money = [
                conn.execute(sql, (cid,)).fetchone()[0] or 0
                for sql in (
                    "SELECT sum(f.amount_cents) FROM funding_sources f JOIN budgets b "
                    "ON b.id = f.budget_id WHERE b.council_id = ? AND b.year = 2026",
                    "SELECT sum(a.amount_cents) FROM allocations a JOIN budgets b "
                    "ON b.id = a.budget_id WHERE b.council_id = ? AND b.year = 2026",
                    "SELECT sum(e.amount_cents) FROM expenses e JOIN allocations a "
                    "ON a.id = e.allocation_id JOIN budgets b ON b.id = a.budget_id "
                    "WHERE b.council_id = ? AND b.year = 2026",
                )
            ]
            assert [row.assigned.cents, row.allocated.cents, row.spent.cents] == money
    finally:
        conn.close()
    # The demo: the municipality and the corporations own open action points in several councils.
    assert sum(1 for r in rows.values() if r.municipality_actions) >= 3


def test_the_organisations_actions_across_councils(demo_services: Services) -> None:
    municipality = demo_services.municipality.find_organisation("gemeente venlo")
    assert municipality.kind == OrganisationKind.MUNICIPALITY
    actions = demo_services.municipality.organisation_actions(municipality.id)
    assert len({a.council_id for a in actions}) >= 3
    open_ones = demo_services.municipality.organisation_actions(
        municipality.id, statuses=(ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
    )
    assert open_ones and all(a.status.is_open for a in open_ones)
    one = open_ones[0].council_id
    only = demo_services.municipality.organisation_actions(municipality.id, council_id=one)
    assert only and {a.council_id for a in only} == {one}
    with pytest.raises(NotFound, match="geen organisatie"):
        demo_services.municipality.find_organisation("Bestaat niet")


def test_the_demo_fund_is_divided_over_the_councils(demo_services: Services) -> None:
    (fund,) = demo_services.funds.list_funds()
    last = demo_services.funds.fund_year(fund.id, 2025)
    assert [c.contributor for c in last.contributions] == [
        "Gemeente Venlo",
        "Woonstichting Maasoever",
        "Wooncorporatie De Kroonhorst",
    ]
    assert last.paid_in == last.assigned == Money.euros(65_000)
    assert len(last.shares) == 4 and all(s.spent.cents > 0 for s in last.shares)
    this = demo_services.funds.fund_year(fund.id, 2026)
    assert len(this.shares) == 3 and this.unassigned == Money.euros(12_500)


def test_over_assignment_asks_first_and_stores_nothing_until_confirmed(services: Services) -> None:
    fund = services.funds.create_fund("Wijkfonds")
    council = services.councils.create_council("Dorpsraad Noord", CouncilKind.DORPSRAAD).id
    services.funds.set_contribution(fund.id, 2026, "Gemeente", Money.euros(1_000))
    with pytest.raises(ConfirmationNeeded, match="meer aan overleggen toegedeeld"):
        services.funds.assign_share(
            fund.id, council, 2026, Money.euros(1_500), decided_on=date(2026, 2, 1)
        )
    assert services.funds.fund_year(fund.id, 2026).shares == ()
    assert services.budget.list_sources(council, 2026) == []
    share = services.funds.assign_share(
        fund.id, council, 2026, Money.euros(1_500), decided_on=date(2026, 2, 1), confirmed=True
    )
    view = services.funds.fund_year(fund.id, 2026)
    assert view.is_overassigned and view.unassigned == Money.euros(-500)
    (source,) = services.budget.list_sources(council, 2026)
    assert source.id == share.source_id and source.amount == Money.euros(1_500)
    assert "fondsbestuur" in source.conditions


def test_a_share_with_allocations_stays_and_lowering_it_asks(services: Services) -> None:
    fund = services.funds.create_fund("Wijkfonds")
    council = services.councils.create_council("Wijkoverleg Oost", CouncilKind.WIJKOVERLEG).id
    services.funds.set_contribution(fund.id, 2026, "Gemeente", Money.euros(5_000))
    share = services.funds.assign_share(
        fund.id, council, 2026, Money.euros(3_000), decided_on=date(2026, 2, 1)
    )
    services.budget.allocate(
        share.source_id, Money.euros(2_000), decision=NewDecision("Speeltuin"), confirmed=True
    )
    with pytest.raises(RuleViolation):
        services.funds.remove_share(share.source_id)
    with pytest.raises(ConfirmationNeeded):
        services.funds.assign_share(
            fund.id, council, 2026, Money.euros(1_000), decided_on=date(2026, 3, 1)
        )
    with pytest.raises(RuleViolation):
        services.funds.remove_fund(fund.id)
    with pytest.raises(InvalidInput):
        services.funds.create_fund("   ")


def test_the_annual_report_of_the_demo_year(demo_services: Services) -> None:
    council = next(
        c for c in demo_services.councils.list_councils() if c.name == "Wijkoverleg Klingerberg"
    )
    report = demo_services.annual.report(council.id, 2025)
    assert report.foreword.startswith("Beste buurtbewoners")
    assert len(report.meetings) >= 8 and all(m.day.year == 2025 for m in report.meetings)
    assert [str(d.number) for d in report.decisions] == [
        f"2025-{n:03d}" for n in range(1, len(report.decisions) + 1)
    ]
    assert len(report.joined) == 1 and len(report.left) == 1
    assert report.opened and report.done
    assert all(a.closed_on and a.closed_on.year == 2025 for a in report.done)
    assert all(
        a.status.is_open or (a.closed_on and a.closed_on.year > 2025) for a in report.carried
    )
    # the phase at the end of the year, not today's: the round moved on in 2026
    assert report.current_phase == PhaseKind.ROLES
    assert demo_services.annual.report(council.id, 2026).current_phase == PhaseKind.EXECUTION
    # present at most at the meetings held while a member: who left in June, who came after
    (left,) = report.left
    (joined,) = report.joined
    by_id = {m.person_id: m for m in report.members}
    for member in report.members:
        assert member.meetings_present <= member.meetings_possible <= len(report.meetings)
    assert by_id[left.person_id].meetings_possible == sum(
        1 for m in report.meetings if m.day <= date(2025, 6, 30)
    )
    assert 0 < by_id[joined.person_id].meetings_possible < len(report.meetings)


def test_the_foreword_is_kept_per_council_and_year(services: Services) -> None:
    council = services.councils.create_council("Dorpsraad Zuid", CouncilKind.DORPSRAAD).id
    assert services.annual.foreword(council, 2025).text == ""
    services.annual.set_foreword(council, 2025, "Een mooi jaar.")
    services.annual.set_foreword(council, 2026, "Nog beter.")
    assert services.annual.foreword(council, 2025).text == "Een mooi jaar."
    assert services.annual.report(council, 2026).foreword == "Nog beter."
    services.annual.set_foreword(council, 2025, "  ")
    assert services.annual.foreword(council, 2025).text == ""


def test_the_council_cannot_change_or_remove_its_share_itself(services: Services) -> None:
    fund = services.funds.create_fund("Wijkfonds")
    council = services.councils.create_council("Dorpsraad West", CouncilKind.DORPSRAAD).id
    services.funds.set_contribution(fund.id, 2026, "Gemeente", Money.euros(5_000))
    share = services.funds.assign_share(
        fund.id, council, 2026, Money.euros(3_000), decided_on=date(2026, 2, 1)
    )
    with pytest.raises(RuleViolation, match="fondsbestuur"):
        services.budget.update_source(share.source_id, amount=Money.euros(9_000))
    with pytest.raises(RuleViolation, match="fondsbestuur"):
        services.budget.remove_source(share.source_id)
    renamed = services.budget.update_source(share.source_id, name="Ons deel van het Wijkfonds")
    assert renamed.amount == Money.euros(3_000)
    services.funds.remove_share(share.source_id)  # the board can
    assert services.budget.list_sources(council, 2026) == []
