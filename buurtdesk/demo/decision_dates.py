"""When the demo's decisions were taken: at a held meeting, and numbered in date order."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.store.database import Database
from buurtdesk.store.models import Decision, Meeting


def held_meetings(s: Session, council_id: int, today: date) -> list[tuple[int, date]]:
    rows = s.execute(
        select(Meeting.id, Meeting.date)
        .where(Meeting.council_id == council_id, Meeting.date <= today)
        .order_by(Meeting.date)
    ).all()
    return [(row[0], row[1]) for row in rows]


def meeting_on_or_before(held: list[tuple[int, date]], wanted: date) -> tuple[int | None, date]:
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
