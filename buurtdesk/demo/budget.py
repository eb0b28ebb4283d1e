"""The demo's buurtbudget: two years of sources, allocations by decision, and expenses."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select

from buurtdesk.demo.decision_dates import held_meetings, meeting_on_or_before
from buurtdesk.domain.enums import FundingSourceKind
from buurtdesk.domain.money import Money
from buurtdesk.services.decisions import next_sequence
from buurtdesk.store.database import Database
from buurtdesk.store.models import Allocation, Budget, Decision, Expense, FundingSource, Project


def add_budget(database: Database, council_id: int, today: date, *, rng: random.Random) -> None:
    """Two years of buurtbudget: sources, allocations by decision, expenses."""
    with database.sessions.begin() as s:
        held = held_meetings(s, council_id, today)
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
                    name="Buurtbijdrage Woonstichting Maasoever",
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
                meeting_id, on = meeting_on_or_before(held, wanted)
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
