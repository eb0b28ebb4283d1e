"""The demo's toekomstagenda round, written straight into the store."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select

from buurtdesk.demo.content import THEMES
from buurtdesk.demo.decision_dates import held_meetings, meeting_on_or_before
from buurtdesk.domain.enums import (
    CheckArea,
    CheckVerdict,
    Party,
    PhaseKind,
    ProjectStatus,
)
from buurtdesk.domain.rules import PHASE_ORDER
from buurtdesk.services.decisions import next_sequence
from buurtdesk.store.database import Database
from buurtdesk.store.models import (
    ActionPoint,
    Cycle,
    Decision,
    Evaluation,
    FrameworkCheck,
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
        held = held_meetings(s, council_id, today)
        moments = [
            meeting_on_or_before(held, started + timedelta(days=90 * i))[1] for i in range(5)
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
                    meeting_id=meeting_on_or_before(held, moments[index])[0],
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
