"""A council with something in every table, built the way users build it; table dumps; file digests."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import Any

from buurtdesk.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    CheckArea,
    CheckVerdict,
    CouncilKind,
    FundingSourceKind,
    LadderStep,
    MembershipRole,
    OrganisationKind,
    Party,
    PhaseKind,
)
from buurtdesk.exchange.tables import BY_NAME, EXCHANGED
from buurtdesk.services import Services
from buurtdesk.store.database import Database
from buurtdesk.store.models import (
    AgendaTemplateItem,
    Allocation,
    Budget,
    Cycle,
    Evaluation,
    Expense,
    Foreword,
    FrameworkCheck,
    FrameworkCheckChange,
    Fund,
    FundingSource,
    Milestone,
    Phase,
    PhaseTransition,
    Priority,
    PriorityCommitment,
    PriorityVote,
    Project,
    ProjectNote,
    ProjectPartner,
    RoleAssignment,
    Theme,
    VoteSession,
    Wish,
)


def populate_council(services: Services, name: str = "Wijkoverleg Blerick") -> dict[str, int]:
    """A council with two meetings (one closed), decisions, actions, a cycle and a budget."""
    c = services.councils.create_council(
        name, CouncilKind.WIJKOVERLEG, municipality="Venlo", default_place="Buurthuis De Wieën"
    )
    corp = services.councils.add_organisation(
        "Woonwenz", OrganisationKind.CORPORATION, email="info@woonwenz.nl"
    )
    anna = services.councils.add_person("Anna de Vries", email="anna@example.nl")
    bram = services.councils.add_person("Bram Jansen", organisation_id=corp.id)
    services.councils.add_member(
        c.id,
        anna.id,
        MembershipRole.CHAIR,
        ladder_step=LadderStep.INITIATOR,
        since=date(2025, 1, 1),
    )
    services.councils.add_member(c.id, bram.id, MembershipRole.ADVISER)
    first = services.meetings.plan_meeting(
        c.id, date(2026, 2, 10), topics=("Groen in de wijk", "Verkeer Kloosterstraat")
    )
    detail = services.meetings.get_meeting(first.id)
    topic = next(i for i in detail.items if i.title == "Groen in de wijk")
    services.meetings.set_notes(
        topic.id, "Bewoners willen meer bomen; ‘Kloosterstraat’ — €250 nodig.\nTweede regel."
    )
    services.meetings.set_attendance(first.id, anna.id, AttendanceStatus.PRESENT)
    services.meetings.add_guest(first.id, "Wijkagent Peters", "Politie")
    services.meetings.start_meeting(first.id)
    decision = services.decisions.record_decision(
        c.id,
        "Het overleg vraagt € 250 voor bomen.",
        meeting_id=first.id,
        item_id=topic.id,
        votes=(7, 1, 0),
    )
    action = services.actions.add_action(
        c.id,
        "Offerte bomen opvragen",
        owner_person_id=bram.id,
        due_date=date(2026, 3, 1),
        meeting_id=first.id,
        item_id=topic.id,
    )
    services.actions.add_action(
        c.id, "Flyer maken", owner_organisation_id=corp.id, meeting_id=first.id
    )
    second = services.meetings.close_meeting(first.id)
    services.actions.review(
        action.id, second.id, ActionStatus.IN_PROGRESS, "Offerte komt volgende week"
    )
    _toekomstagenda_and_budget(services.database, c.id, anna.id, corp.id, first.id, decision.id)
    return {
        "council": c.id,
        "first": first.id,
        "second": second.id,
        "anna": anna.id,
        "bram": bram.id,
        "corporation": corp.id,
        "action": action.id,
        "decision": decision.id,
        "topic": topic.id,
    }


def _toekomstagenda_and_budget(
    database: Database,
    council_id: int,
    person_id: int,
    org_id: int,
    meeting_id: int,
    decision_id: int,
) -> None:
    with database.sessions.begin() as s:
        cycle = Cycle(
            council_id=council_id,
            number=1,
            started_on=date(2025, 9, 1),
            horizon_year=2030,
            vision="Een groene, veilige wijk.",
        )
        s.add(cycle)
        s.flush()
        s.add(
            Phase(
                cycle_id=cycle.id,
                kind=PhaseKind.VISION,
                started_on=date(2025, 9, 1),
                ended_on=date(2025, 12, 1),
            )
        )
        s.add(
            PhaseTransition(
                cycle_id=cycle.id,
                from_phase=PhaseKind.VISION,
                to_phase=PhaseKind.ROLES,
                moved_on=date(2025, 12, 1),
                decision_id=decision_id,
            )
        )
        theme = Theme(cycle_id=cycle.id, name="Groen", position=1)
        s.add(theme)
        s.flush()
        wish = Wish(theme_id=theme.id, text="Meer bomen in de Kloosterstraat", raised_by="bewoner")
        session = VoteSession(
            cycle_id=cycle.id,
            meeting_id=meeting_id,
            title="Stippen",
            held_on=date(2025, 10, 1),
            participants=12,
        )
        s.add_all([wish, session])
        s.flush()
        s.add(PriorityVote(session_id=session.id, wish_id=wish.id, dots=9))
        priority = Priority(cycle_id=cycle.id, wish_id=wish.id, rank=1, dots=9)
        s.add(priority)
        project = Project(
            council_id=council_id,
            cycle_id=cycle.id,
            theme_id=theme.id,
            name="Bomenplan",
            lead_person_id=person_id,
            budget_ask_cents=250_00,
            starts_on=date(2026, 4, 1),
        )
        s.add(project)
        s.flush()
        s.add(
            PriorityCommitment(
                priority_id=priority.id,
                party=Party.MUNICIPALITY,
                commitment="Gemeente plant de bomen",
            )
        )
        s.add(
            RoleAssignment(
                cycle_id=cycle.id, person_id=person_id, project_id=project.id, role="trekker"
            )
        )
        s.add(
            RoleAssignment(
                cycle_id=cycle.id, organisation_id=org_id, theme_id=theme.id, role="partner"
            )
        )
        s.add(ProjectPartner(project_id=project.id, organisation_id=org_id, contribution="grond"))
        check = FrameworkCheck(
            project_id=project.id,
            area=CheckArea.FINANCIAL,
            verdict=CheckVerdict.OK,
            checked_on=date(2026, 1, 5),
        )
        s.add(check)
        s.flush()
        s.add(
            FrameworkCheckChange(
                check_id=check.id,
                verdict_before=CheckVerdict.NEEDS_WORK,
                note_before="Begroting ontbreekt",
                verdict_after=CheckVerdict.OK,
                changed_by="Gemeente",
                changed_on=date(2026, 1, 5),
                reason="Begroting ontvangen",
            )
        )
        s.add(Milestone(project_id=project.id, title="Bomen geplant", due_on=date(2026, 11, 1)))
        s.add(
            ProjectNote(
                project_id=project.id,
                meeting_id=meeting_id,
                written_on=date(2026, 2, 10),
                note="Start in april",
            )
        )
        s.add(
            Evaluation(
                cycle_id=cycle.id,
                project_id=project.id,
                result="Loopt",
                success_factors="Samen",
                learning_points="Eerder beginnen",
            )
        )
        budget = Budget(council_id=council_id, year=2026)
        s.add(budget)
        s.flush()
        fund = Fund(municipality="Venlo", name="Leefbaarheidsfonds")
        s.add(fund)
        s.flush()
        source = FundingSource(
            budget_id=budget.id,
            kind=FundingSourceKind.MUNICIPAL_BUDGET,
            name="Buurtbudget",
            amount_cents=5_000_00,
            fund_id=fund.id,
        )
        s.add(source)
        s.add(AgendaTemplateItem(council_id=council_id, position=1, title="Opening"))
        s.add(Foreword(council_id=council_id, year=2026, text="Een jaar van bomen."))
        s.flush()
        s.add(
            FundingSource(
                budget_id=budget.id,
                kind=FundingSourceKind.MUNICIPAL_BUDGET,
                name="Overloop",
                amount_cents=100_00,
                carried_from_id=source.id,
            )
        )
        allocation = Allocation(
            budget_id=budget.id,
            funding_source_id=source.id,
            project_id=project.id,
            decision_id=decision_id,
            amount_cents=250_00,
            allocated_on=date(2026, 2, 10),
        )
        s.add(allocation)
        s.flush()
        s.add(
            Allocation(
                budget_id=budget.id,
                funding_source_id=source.id,
                decision_id=decision_id,
                amount_cents=-50_00,
                allocated_on=date(2026, 2, 11),
                reverses_id=allocation.id,
            )
        )
        s.add(
            Expense(
                allocation_id=allocation.id,
                spent_on=date(2026, 2, 20),
                description="Boompjes",
                amount_cents=199_99,
            )
        )


def dump(database: Database) -> dict[str, dict[str, dict[str, Any]]]:
    """Every exchanged table, by uuid, every column but the integer keys (foreign keys as uuids)."""
    from buurtdesk.exchange.writing import _select_with_uuids

    result: dict[str, dict[str, dict[str, Any]]] = {}
    with database.engine.connect() as conn:
        for codec in EXCHANGED:
            query, names = _select_with_uuids(codec)
            result[codec.name] = {
                row.uuid: dict(zip(names, row, strict=True)) for row in conn.execute(query)
            }
    return result


def content(database: Database, table: str) -> dict[str, dict[str, Any]]:
    """One table without the bookkeeping columns (version differs after a merge)."""
    keep = BY_NAME[table].content_columns
    return {u: {k: v[k] for k in keep} for u, v in dump(database)[table].items()}


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    for suffix in ("", "-wal"):
        candidate = Path(f"{path}{suffix}")
        if candidate.exists():
            digest.update(candidate.read_bytes())
    return digest.hexdigest()
