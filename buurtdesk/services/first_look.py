"""The first screen, read with the standard library only.

At start the app paints the overview of the council the chair last worked on before
SQLAlchemy and the models are loaded: this module reads the council list and that overview
straight from a BuurtDesk SQLite file that already has the newest schema, read-only, and
returns the same frozen views the services return (a test compares the two on every council
of the demo). For anything unusual (a file to migrate, one that is not ours, any read
error) it returns None and the app opens the file the usual way.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from buurtdesk.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    CouncilKind,
    Language,
    MeetingKind,
    MeetingStatus,
    MinutesState,
    MinutesTitle,
    PhaseKind,
)
from buurtdesk.domain.errors import StoreError
from buurtdesk.domain.money import Money
from buurtdesk.domain.rules import DecisionNumber
from buurtdesk.services.overview_views import (
    CouncilView,
    DecisionView,
    MeetingSummary,
    OverviewView,
)
from buurtdesk.store.sqlite_file import (
    has_leftover_log,
    inspect_sqlite_file,
    is_current,
    readonly_connect,
)
from buurtdesk.store.wal import foreign_log

OPEN = (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)
LATEST_DECISIONS = 5


@dataclass(frozen=True)
class FirstLook:
    """The councils for the picker, and the overview of the one to show first."""

    path: Path
    councils: tuple[CouncilView, ...]
    overview: OverviewView | None


def first_look(path: Path, council_id: int | None, today: date) -> FirstLook | None:
    """The councils and the overview of `council_id` (else the first council by name), or
    None when the file should be opened the usual way."""
    try:
        if inspect_sqlite_file(path, thorough=False) != "buurtdesk" or not is_current(path):
            return None
        if has_leftover_log(path) and foreign_log(path):  # told and set aside by the usual way
            return None
        conn = readonly_connect(path)
        try:
            councils = tuple(
                _council(row)
                for row in conn.execute(f"SELECT {COUNCIL} FROM councils ORDER BY name, id")
            )
            chosen = next(
                (c for c in councils if c.id == council_id), councils[0] if councils else None
            )
            overview = _overview(conn, chosen, today) if chosen is not None else None
        finally:
            conn.close()
    except (StoreError, sqlite3.Error, ValueError, TypeError):
        return None
    return FirstLook(path=path, councils=councils, overview=overview)


COUNCIL = (
    "id, uuid, name, kind, municipality, language, default_place, logo, role_view, "
    "minutes_title, decisions_appendix"
)
MEETING = (
    "id, uuid, council_id, kind, title, date, start_time, end_time, place, status, minutes_state, "
    "minutes_adopted_on, version"
)
DECISION = (
    "id, uuid, council_id, meeting_id, agenda_item_id, year, sequence, text, decided_on, votes_for, votes_against, "
    "votes_abstain, withdrawn"
)


def _council(row: tuple) -> CouncilView:  # type: ignore[type-arg]
    id_, uuid, name, kind, municipality, language, place, logo, role_view, title, appendix = row
    return CouncilView(
        id=id_,
        uuid=uuid,
        name=name,
        kind=CouncilKind(kind),
        municipality=municipality,
        language=Language(language),
        default_place=place,
        logo=bytes(logo) if logo is not None else None,
        role_view=role_view,
        minutes_title=MinutesTitle(title),
        decisions_appendix=bool(appendix),
    )


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _time(text: str | None) -> time | None:
    return time.fromisoformat(text) if text else None


def _meeting(row: tuple) -> MeetingSummary:  # type: ignore[type-arg]
    (
        id_,
        uuid,
        council_id,
        kind,
        title,
        day,
        start,
        end,
        place,
        status,
        minutes,
        adopted,
        version,
    ) = row
    return MeetingSummary(
        id=id_,
        uuid=uuid,
        council_id=council_id,
        kind=MeetingKind(kind),
        title=title,
        date=date.fromisoformat(day),
        start_time=_time(start),
        end_time=_time(end),
        place=place,
        status=MeetingStatus(status),
        minutes_state=MinutesState(minutes) if minutes else None,
        minutes_adopted_on=_date(adopted),
        version=version,
    )


def _count(conn: sqlite3.Connection, sql: str, *args: object) -> int:
    return int(conn.execute(sql, args).fetchone()[0] or 0)


def _overview(conn: sqlite3.Connection, council: CouncilView, today: date) -> OverviewView:
    """The same figures as OverviewService.overview, query for query."""
    day = today.isoformat()
    row = conn.execute(
        f"SELECT {MEETING} FROM meetings WHERE council_id = ? AND date >= ? AND status != ? ORDER BY date, id LIMIT 1",
        (council.id, day, MeetingStatus.CLOSED.value),
    ).fetchone()
    next_meeting = _meeting(row) if row else None
    ready = next_meeting is not None and bool(
        _count(
            conn,
            "SELECT count(id) FROM agenda_items WHERE meeting_id = ? AND kind = ?",
            next_meeting.id,
            AgendaItemKind.TOPIC.value,
        )
    )
    open_sql = "SELECT count(id) FROM action_points WHERE council_id = ? AND status IN (?, ?)"
    open_count = _count(conn, open_sql, council.id, *OPEN)
    overdue = _count(conn, open_sql + " AND due_date < ?", council.id, *OPEN, day)
    cycle = conn.execute(
        "SELECT number, current_phase, closed_on FROM cycles WHERE council_id = ? ORDER BY number DESC LIMIT 1",
        (council.id,),
    ).fetchone()
    budget = conn.execute(
        "SELECT id FROM budgets WHERE council_id = ? AND year = ?", (council.id, today.year)
    ).fetchone()
    available = allocated = spent = 0
    if budget is not None:
        available = _count(
            conn, "SELECT sum(amount_cents) FROM funding_sources WHERE budget_id = ?", budget[0]
        )
        allocated = _count(
            conn, "SELECT sum(amount_cents) FROM allocations WHERE budget_id = ?", budget[0]
        )
        spent = _count(
            conn,
            "SELECT sum(e.amount_cents) FROM expenses e JOIN allocations a ON a.id = e.allocation_id WHERE a.budget_id = ?",
            budget[0],
        )
    return OverviewView(
        council=council,
        next_meeting=next_meeting,
        next_meeting_agenda_ready=ready,
        open_actions=open_count,
        overdue_actions=overdue,
        current_phase=PhaseKind(cycle[1]) if cycle and cycle[2] is None else None,
        cycle_number=cycle[0] if cycle else None,
        budget_year=today.year,
        budget_available=Money(available),
        budget_allocated=Money(allocated),
        budget_spent=Money(spent),
        latest_decisions=_latest_decisions(conn, council.id),
        meetings_held=_count(
            conn,
            "SELECT count(id) FROM meetings WHERE council_id = ? AND status = ?",
            council.id,
            MeetingStatus.CLOSED.value,
        ),
    )


def _latest_decisions(conn: sqlite3.Connection, council_id: int) -> tuple[DecisionView, ...]:
    rows = conn.execute(
        f"SELECT {DECISION} FROM decisions WHERE council_id = ? ORDER BY year DESC, sequence DESC LIMIT ?",
        (council_id, LATEST_DECISIONS),
    ).fetchall()
    if not rows:
        return ()
    ids = [r[0] for r in rows]
    marks = ", ".join("?" * len(ids))
    amounts = {
        decision: Money(int(cents))
        for decision, cents in conn.execute(
            f"SELECT decision_id, sum(amount_cents) FROM allocations WHERE decision_id IN ({marks}) GROUP BY decision_id",
            ids,
        )
    }
    meeting_ids = sorted({r[3] for r in rows if r[3]})
    dates: dict[int, date] = {}
    if meeting_ids:
        marks = ", ".join("?" * len(meeting_ids))
        dates = {
            m: date.fromisoformat(d)
            for m, d in conn.execute(
                f"SELECT id, date FROM meetings WHERE id IN ({marks})", meeting_ids
            )
        }
    views = []
    for (
        id_,
        uuid,
        council,
        meeting,
        item,
        year,
        sequence,
        text,
        decided,
        v_for,
        v_against,
        v_abstain,
        withdrawn,
    ) in rows:
        views.append(
            DecisionView(
                id=id_,
                uuid=uuid,
                council_id=council,
                meeting_id=meeting,
                agenda_item_id=item,
                number=DecisionNumber(year, sequence),
                text=text,
                decided_on=date.fromisoformat(decided),
                votes_for=v_for,
                votes_against=v_against,
                votes_abstain=v_abstain,
                withdrawn=bool(withdrawn),
                meeting_date=dates.get(meeting) if meeting else None,
                amount=amounts.get(id_),
            )
        )
    return tuple(views)
