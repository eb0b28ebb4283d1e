"""The first screen, read before SQLAlchemy and the models are loaded.

At start the app paints the overview of the council the chair last worked on before
SQLAlchemy and the models are loaded: this module reads the council list and that overview
straight from a BuurtDesk SQLite file (with the standard library's sqlite3) or a shared
server (with psycopg alone, as this user: row-level security applies) that already has the
newest schema, and returns the same frozen views the services return (a test compares the
two on every council of the demo, on both databases). For anything unusual (a database to
migrate, a file that is not ours, any read error) it returns None and the app opens the
database the usual way; a server that cannot be reached is said in one sentence at once.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:  # the shared server's code loads only for a server database
    from buurtdesk.store.server_plain import Rows

OPEN = (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)
LATEST_DECISIONS = 5


@dataclass(frozen=True)
class FirstLook:
    """The councils for the picker, and the overview of the one to show first."""

    path: Path | None  # the SQLite file; None for a server database
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
            councils, overview = _look(
                lambda sql, args: conn.execute(sql, args).fetchall(), council_id, today
            )
        finally:
            conn.close()
    except (StoreError, sqlite3.Error, ValueError, TypeError):
        return None
    return FirstLook(path=path, councils=councils, overview=overview)


def first_look_on_server(url: str, council_id: int | None, today: date) -> FirstLook | None:
    """The same for a shared server: one connection through psycopg, no SQLAlchemy. None
    when the database must be opened the usual way first (a schema to make or migrate, an
    address with options); a server that cannot be reached or refuses raises the same
    sentence (StoreError) the usual opening would give, without trying a second time."""
    from buurtdesk.store.server_plain import read_current_server

    try:
        found = read_current_server(url, lambda rows: _look(rows, council_id, today))
    except (ValueError, TypeError):
        return None
    return None if found is None else FirstLook(path=None, councils=found[0], overview=found[1])


def _look(
    rows: Rows, council_id: int | None, today: date
) -> tuple[tuple[CouncilView, ...], OverviewView | None]:
    councils = tuple(
        _council(row) for row in rows(f"SELECT {COUNCIL} FROM councils ORDER BY name, id", ())
    )
    chosen = next((c for c in councils if c.id == council_id), councils[0] if councils else None)
    return councils, _overview(rows, chosen, today) if chosen is not None else None


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


def _council(row: tuple[Any, ...]) -> CouncilView:
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


def _date(value: str | date | None) -> date | None:
    """SQLite gives ISO text, PostgreSQL a date."""
    if isinstance(value, date) or value is None:
        return value
    return date.fromisoformat(value) if value else None


def _time(value: str | time | None) -> time | None:
    if isinstance(value, time) or value is None:
        return value
    return time.fromisoformat(value) if value else None


def _day(value: str | date) -> date:
    found = _date(value)
    if found is None:
        raise ValueError("a date is missing")
    return found


def _meeting(row: tuple[Any, ...]) -> MeetingSummary:
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
        date=_day(day),
        start_time=_time(start),
        end_time=_time(end),
        place=place,
        status=MeetingStatus(status),
        minutes_state=MinutesState(minutes) if minutes else None,
        minutes_adopted_on=_date(adopted),
        version=version,
    )


def _first(rows: Rows, sql: str, *args: object) -> tuple[Any, ...] | None:
    found = rows(sql, args)
    return found[0] if found else None


def _count(rows: Rows, sql: str, *args: object) -> int:
    found = _first(rows, sql, *args)
    return int(found[0] or 0) if found else 0


def _overview(rows: Rows, council: CouncilView, today: date) -> OverviewView:
    """The same figures as OverviewService.overview, query for query."""
    day = today.isoformat()
    row = _first(
        rows,
        f"SELECT {MEETING} FROM meetings WHERE council_id = ? AND date >= ? AND status != ? ORDER BY date, id LIMIT 1",
        council.id,
        day,
        MeetingStatus.CLOSED.value,
    )
    next_meeting = _meeting(row) if row else None
    ready = next_meeting is not None and bool(
        _count(
            rows,
            "SELECT count(id) FROM agenda_items WHERE meeting_id = ? AND kind = ?",
            next_meeting.id,
            AgendaItemKind.TOPIC.value,
        )
    )
    open_sql = "SELECT count(id) FROM action_points WHERE council_id = ? AND status IN (?, ?)"
    open_count = _count(rows, open_sql, council.id, *OPEN)
    overdue = _count(rows, open_sql + " AND due_date < ?", council.id, *OPEN, day)
    cycle = _first(
        rows,
        "SELECT number, current_phase, closed_on FROM cycles WHERE council_id = ? ORDER BY number DESC LIMIT 1",
        council.id,
    )
    budget = _first(
        rows, "SELECT id FROM budgets WHERE council_id = ? AND year = ?", council.id, today.year
    )
    available = allocated = spent = 0
    if budget is not None:
        available = _count(
            rows, "SELECT sum(amount_cents) FROM funding_sources WHERE budget_id = ?", budget[0]
        )
        allocated = _count(
            rows, "SELECT sum(amount_cents) FROM allocations WHERE budget_id = ?", budget[0]
        )
        spent = _count(
            rows,
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
        latest_decisions=_latest_decisions(rows, council.id),
        meetings_held=_count(
            rows,
            "SELECT count(id) FROM meetings WHERE council_id = ? AND status = ?",
            council.id,
            MeetingStatus.CLOSED.value,
        ),
    )


def _latest_decisions(rows: Rows, council_id: int) -> tuple[DecisionView, ...]:
    latest = rows(
        f"SELECT {DECISION} FROM decisions WHERE council_id = ? ORDER BY year DESC, sequence DESC LIMIT ?",
        (council_id, LATEST_DECISIONS),
    )
    if not latest:
        return ()
    ids = [r[0] for r in latest]
    marks = ", ".join("?" * len(ids))
    amounts = {
        decision: Money(int(cents))
        for decision, cents in rows(
            f"SELECT decision_id, sum(amount_cents) FROM allocations WHERE decision_id IN ({marks}) GROUP BY decision_id",
            ids,
        )
    }
    meeting_ids = sorted({r[3] for r in latest if r[3]})
    dates: dict[int, date] = {}
    if meeting_ids:
        marks = ", ".join("?" * len(meeting_ids))
        dates = {
            m: _day(d)
            for m, d in rows(f"SELECT id, date FROM meetings WHERE id IN ({marks})", meeting_ids)
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
    ) in latest:
        views.append(
            DecisionView(
                id=id_,
                uuid=uuid,
                council_id=council,
                meeting_id=meeting,
                agenda_item_id=item,
                number=DecisionNumber(year, sequence),
                text=text,
                decided_on=_day(decided),
                votes_for=v_for,
                votes_against=v_against,
                votes_abstain=v_abstain,
                withdrawn=bool(withdrawn),
                meeting_date=dates.get(meeting) if meeting else None,
                amount=amounts.get(id_),
            )
        )
    return tuple(views)
