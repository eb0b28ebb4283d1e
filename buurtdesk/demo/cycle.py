"""The demo's toekomstagenda round and buurtbudget, written straight into the store."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.demo.content import THEMES
from buurtdesk.domain.enums import (
    CheckArea,
    CheckVerdict,
    FundingSourceKind,
    Party,
    PhaseKind,
    ProjectStatus,
)
from buurtdesk.domain.money import Money
from buurtdesk.domain.rules import PHASE_ORDER
from buurtdesk.services.decisions import next_sequence
from buurtdesk.store.database import Database
from buurtdesk.store.models import (
    ActionPoint,
    Allocation,
    Budget,
    Cycle,
    Decision,
    Evaluation,
    Expense,
    FrameworkCheck,
    FundingSource,
    Meeting,
    Milestone,
    Phase,
    PhaseTransition,
    Priority,
    PriorityCommitment,
    PriorityVote,
    Project,
    ProjectNote,
    RoleAssignment,
    Theme,
    VoteSession,
    Wish,
)

PHASE_NAMES = {
    PhaseKind.VISION: "visie",
    PhaseKind.ROLES: "rollen",
    PhaseKind.PLANS: "plannen en projecten",
    PhaseKind.EXECUTION: "uitvoering",
    PhaseKind.EVALUATION: "evaluatie",
}


def add_cycle(
    database: Database,
    council_id: int,
    members: list[int],
    meeting_ids: list[int],
    today: date,
    *,
    advanced: bool,
    rng: random.Random,
) -> None:
    """A first round: vision with dot votes, roles, projects with checks; now in plans or execution."""
    current = PhaseKind.EXECUTION if advanced else PhaseKind.PLANS
    started = today - timedelta(days=420)
    with database.sessions.begin() as s:
        cycle = Cycle(
            council_id=council_id,
            number=1,
            started_on=started,
            horizon_year=today.year + 4,
            current_phase=current,
            vision="In onze buurt kennen mensen elkaar, is het groen en veilig, en kunnen jong en oud er prettig wonen.",
        )
        s.add(cycle)
        s.flush()
        held = _held_meetings(s, council_id, today)
        moments = [
            _meeting_on_or_before(held, started + timedelta(days=90 * i))[1] for i in range(5)
        ]
        reached = PHASE_ORDER.index(current)
        for index, kind in enumerate(PHASE_ORDER):
            s.add(
                Phase(
                    cycle_id=cycle.id,
                    kind=kind,
                    started_on=moments[index] if index <= reached else None,
                    ended_on=moments[index + 1] if index < reached else None,
                )
            )
            if 0 < index <= reached:
                year = moments[index].year
                decision = Decision(
                    council_id=council_id,
                    year=year,
                    sequence=next_sequence(s, council_id, year),
                    text=f"Het overleg gaat door naar de fase '{PHASE_NAMES[kind]}' van de toekomstagenda.",
                    decided_on=moments[index],
                    meeting_id=_meeting_on_or_before(held, moments[index])[0],
                )
                s.add(decision)
                s.flush()
                s.add(
                    PhaseTransition(
                        cycle_id=cycle.id,
                        from_phase=PHASE_ORDER[index - 1],
                        to_phase=kind,
                        moved_on=moments[index],
                        decision_id=decision.id,
                    )
                )
        wishes: list[Wish] = []
        themes: list[Theme] = []
        for position, (name, texts) in enumerate(THEMES):
            theme = Theme(cycle_id=cycle.id, name=name, position=position)
            s.add(theme)
            s.flush()
            themes.append(theme)
            for text in texts:
                wish = Wish(theme_id=theme.id, text=text, raised_by="bewonersavond")
                s.add(wish)
                wishes.append(wish)
        s.flush()
        session = VoteSession(
            cycle_id=cycle.id,
            meeting_id=meeting_ids[len(meeting_ids) // 3],
            title="Bewonersavond prioriteiten",
            held_on=started + timedelta(days=30),
            dots_per_participant=3,
            participants=24,
        )
        s.add(session)
        s.flush()
        # 24 residents with 3 dots each: 72 dots, most on three wishes.
        tallies = [0] * len(wishes)
        tallies[0], tallies[3], tallies[7] = 17, 14, 11
        for _ in range(72 - sum(tallies)):
            tallies[rng.choice([i for i in range(len(wishes)) if i not in (0, 3, 7)])] += 1
        while max(t for i, t in enumerate(tallies) if i not in (0, 3, 7)) >= 11:
            big = max(
                (i for i in range(len(tallies)) if i not in (0, 3, 7)), key=lambda i: tallies[i]
            )
            small = min(range(len(tallies)), key=lambda i: tallies[i])
            tallies[big] -= 1
            tallies[small] += 1
        for wish, dots in zip(wishes, tallies, strict=True):
            s.add(PriorityVote(session_id=session.id, wish_id=wish.id, dots=dots))
        ranked = sorted(zip(wishes, tallies, strict=True), key=lambda pair: -pair[1])[:3]
        for rank, (wish, dots) in enumerate(ranked, start=1):
            priority = Priority(cycle_id=cycle.id, wish_id=wish.id, rank=rank, dots=dots)
            s.add(priority)
            s.flush()
            s.add(
                PriorityCommitment(
                    priority_id=priority.id,
                    party=Party.RESIDENTS,
                    commitment="Een werkgroep van bewoners trekt dit.",
                )
            )
            s.add(
                PriorityCommitment(
                    priority_id=priority.id,
                    party=Party.MUNICIPALITY,
                    commitment="De wijkregisseur ondersteunt en denkt mee.",
                )
            )
        s.add(
            RoleAssignment(
                cycle_id=cycle.id, person_id=members[0], theme_id=themes[0].id, role="trekker"
            )
        )
        s.add(
            RoleAssignment(
                cycle_id=cycle.id,
                person_id=members[10],
                theme_id=themes[2].id,
                role="ondersteuning opbouwwerk",
            )
        )
        s.add(
            RoleAssignment(
                cycle_id=cycle.id,
                person_id=members[11],
                theme_id=themes[1].id,
                role="adviseur veiligheid",
            )
        )
        projects = [
            (
                "Groene Hogeweg",
                themes[0],
                members[3],
                ProjectStatus.RUNNING,
                450_000,
                CheckVerdict.OK,
            ),
            (
                "Veilige schoolroute",
                themes[1],
                members[4],
                ProjectStatus.PLANNED,
                800_000,
                CheckVerdict.NEEDS_WORK,
            ),
            (
                "Jongerenplek bij het sportveld",
                themes[3],
                None,
                ProjectStatus.IDEA,
                1_200_000,
                CheckVerdict.NOT_FEASIBLE,
            ),
        ]
        for name, theme, lead, status, ask, legal in projects:
            project = Project(
                council_id=council_id,
                cycle_id=cycle.id,
                theme_id=theme.id,
                name=name,
                lead_person_id=lead,
                status=status
                if advanced or status != ProjectStatus.RUNNING
                else ProjectStatus.PLANNED,
                goal=f"{name}: zichtbaar resultaat voor de buurt binnen een jaar.",
                plan="Werkgroep van bewoners, offerte, uitvoering met hulp van de gemeente."
                if lead
                else "",
                budget_ask_cents=ask if lead else 0,
                starts_on=today - timedelta(days=60),
            )
            s.add(project)
            s.flush()
            for area in CheckArea:
                verdict = legal if area == CheckArea.LEGAL else CheckVerdict.OK
                s.add(
                    FrameworkCheck(
                        project_id=project.id,
                        area=area,
                        verdict=verdict,
                        checked_by="Gemeente Venlo",
                        checked_on=today - timedelta(days=50),
                        note="Geen vergunning mogelijk op deze plek."
                        if verdict == CheckVerdict.NOT_FEASIBLE
                        else "",
                    )
                )
            s.add(
                Milestone(
                    project_id=project.id,
                    title="Plan besproken met de buurt",
                    due_on=today - timedelta(days=40),
                    done_on=today - timedelta(days=38),
                )
            )
            s.add(
                Milestone(
                    project_id=project.id,
                    title="Uitvoering gereed",
                    due_on=today + timedelta(days=120),
                )
            )
            s.add(
                ProjectNote(
                    project_id=project.id,
                    written_on=today - timedelta(days=20),
                    note="Offertes binnen; werkgroep kiest volgende week.",
                )
            )
        s.add(
            Evaluation(
                cycle_id=cycle.id,
                result="Tussenstand: de buurt weet het overleg beter te vinden.",
                success_factors="Korte lijnen met de wijkregisseur.",
                learning_points="Eerder jongeren betrekken.",
            )
        )
        # Link a few of the council's action points to the first project.
        first_project = s.scalars(
            select(Project).where(Project.council_id == council_id).order_by(Project.id)
        ).first()
        for action in s.scalars(
            select(ActionPoint)
            .where(ActionPoint.council_id == council_id)
            .order_by(ActionPoint.id.desc())
            .limit(3)
        ):
            action.project_id = first_project.id if first_project else None


def add_budget(database: Database, council_id: int, today: date, *, rng: random.Random) -> None:
    """Two years of buurtbudget: sources, allocations by decision, expenses."""
    with database.sessions.begin() as s:
        held = _held_meetings(s, council_id, today)
        projects = s.scalars(
            select(Project).where(Project.council_id == council_id).order_by(Project.id)
        ).all()
        for year in (today.year - 1, today.year):
            budget = Budget(council_id=council_id, year=year)
            s.add(budget)
            s.flush()
            sources = [
                FundingSource(
                    budget_id=budget.id,
                    kind=FundingSourceKind.MUNICIPAL_BUDGET,
                    name="Buurtbudget gemeente",
                    amount_cents=1_500_000,
                    carry_over_allowed=True,
                    conditions="Besteding volgens de toekomstagenda.",
                ),
                FundingSource(
                    budget_id=budget.id,
                    kind=FundingSourceKind.SAM_FUND,
                    name="SAM-fonds",
                    amount_cents=250_000,
                    conditions="Alleen voor activiteiten die bewoners samenbrengen.",
                ),
                FundingSource(
                    budget_id=budget.id,
                    kind=FundingSourceKind.MEETING_COMMUNICATION,
                    name="Vergader- en communicatiegelden",
                    amount_cents=120_000,
                ),
                FundingSource(
                    budget_id=budget.id,
                    kind=FundingSourceKind.CORPORATION,
                    name="Bijdrage Woonstichting Maasoever (gebundeld)",
                    amount_cents=500_000,
                    conditions="Voor de buurten met huurwoningen van de corporatie.",
                ),
            ]
            s.add_all(sources)
            s.flush()
            spends = [
                (
                    sources[0],
                    projects[0] if projects else None,
                    450_000,
                    "Plantenbakken en bomen Hogeweg",
                ),
                (sources[1], None, 85_000, "Buurtfeest september"),
                (sources[2], None, 40_000, "Drukwerk nieuwsbrief"),
            ]
            for number, (source, project, cents, what) in enumerate(spends):
                wanted = date(year, 3 + number * 2, 12)
                if wanted > today:
                    continue
                meeting_id, on = _meeting_on_or_before(held, wanted)
                decision = Decision(
                    council_id=council_id,
                    year=year,
                    sequence=next_sequence(s, council_id, year),
                    text=f"Het overleg kent {Money(cents)} toe voor: {what}.",
                    decided_on=on,
                    meeting_id=meeting_id,
                )
                s.add(decision)
                s.flush()
                allocation = Allocation(
                    budget_id=budget.id,
                    funding_source_id=source.id,
                    project_id=project.id if project else None,
                    decision_id=decision.id,
                    amount_cents=cents,
                    allocated_on=on,
                    description=what,
                )
                s.add(allocation)
                s.flush()
                paid = cents if year < today.year else cents * rng.randint(3, 8) // 10
                s.add(
                    Expense(
                        allocation_id=allocation.id,
                        spent_on=on + timedelta(days=30),
                        description=f"Factuur {what.lower()}",
                        amount_cents=paid,
                        receipt_ref=f"F{year}-{number + 11:03d}",
                        paid_by="Penningmeester",
                    )
                )


def _held_meetings(s: Session, council_id: int, today: date) -> list[tuple[int, date]]:
    rows = s.execute(
        select(Meeting.id, Meeting.date)
        .where(Meeting.council_id == council_id, Meeting.date <= today)
        .order_by(Meeting.date)
    ).all()
    return [(row[0], row[1]) for row in rows]


def _meeting_on_or_before(held: list[tuple[int, date]], wanted: date) -> tuple[int | None, date]:
    """The held meeting where something decided around `wanted` was decided."""
    earlier = [m for m in held if m[1] <= wanted]
    if earlier:
        return earlier[-1]
    return held[0] if held else (None, wanted)


def renumber_in_date_order(database: Database, council_id: int) -> None:
    """The demo writes its history in several passes; number each year's decisions by date."""
    with database.sessions.begin() as s:
        decisions = s.scalars(
            select(Decision)
            .where(Decision.council_id == council_id)
            .order_by(Decision.year, Decision.decided_on, Decision.id)
        ).all()
        for decision in decisions:  # first out of the way of the unique (council, year, number)
            decision.sequence += 100_000
        s.flush()
        counters: dict[int, int] = {}
        for decision in decisions:
            counters[decision.year] = counters.get(decision.year, 0) + 1
            decision.sequence = counters[decision.year]
