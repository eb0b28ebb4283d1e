"""What belongs in a package: a whole council, or one prepared meeting with what it needs.

The choice is made as sets of integer keys per table (small, even for twenty years of
meetings); the rows themselves are read later, in batches, while the file is written.
Every row a chosen row points at comes along too, so a package never has loose ends.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, or_, select
from sqlalchemy.engine import Connection

from buurtdesk.domain.enums import ActionStatus, MeetingKind, ProjectStatus
from buurtdesk.domain.errors import NotFound
from buurtdesk.exchange.tables import EXCHANGED, TableCodec

BATCH = 500
# People and organisations are shared by councils: they come along only when used.
SHARED_TABLES = frozenset({"people", "organisations"})


@dataclass(frozen=True)
class Scope:
    kind: str  # "council" or "meeting"
    council_uuid: str
    council_name: str
    meeting_uuid: str | None
    ids: dict[str, set[int]]

    def count(self) -> int:
        return sum(len(v) for v in self.ids.values())


def chunks(values: Iterable[int], size: int = BATCH) -> Iterator[list[int]]:
    ordered = sorted(values)
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]


def _ids_where(conn: Connection, table: Table, column: str, parents: set[int]) -> set[int]:
    found: set[int] = set()
    for part in chunks(parents):
        found.update(conn.execute(select(table.c.id).where(table.c[column].in_(part))).scalars())
    return found


def _owned_children(conn: Connection, ids: dict[str, set[int]]) -> None:
    """Add every row that belongs to a chosen row (a required link to it), until nothing changes."""
    changed = True
    while changed:
        changed = False
        for codec in EXCHANGED:
            if codec.name in SHARED_TABLES:
                continue
            for fk in codec.foreign_keys:
                if fk.nullable or fk.target in SHARED_TABLES or not ids.get(fk.target):
                    continue
                new = _ids_where(conn, codec.table, fk.name, ids[fk.target]) - ids.setdefault(
                    codec.name, set()
                )
                if new:
                    ids[codec.name].update(new)
                    changed = True


def _referenced_rows(conn: Connection, ids: dict[str, set[int]]) -> None:
    """Add every row a chosen row points at (people, organisations, earlier meetings...)."""
    changed = True
    while changed:
        changed = False
        for codec in EXCHANGED:
            chosen = ids.get(codec.name)
            if not chosen:
                continue
            for fk in codec.foreign_keys:
                targets: set[int] = set()
                for part in chunks(chosen):
                    targets.update(
                        v
                        for v in conn.execute(
                            select(codec.table.c[fk.name])
                            .where(codec.table.c.id.in_(part))
                            .distinct()
                        ).scalars()
                        if v is not None
                    )
                new = targets - ids.setdefault(fk.target, set())
                if new:
                    ids[fk.target].update(new)
                    changed = True


def _content_of(conn: Connection, ids: dict[str, set[int]], roots: Iterable[str]) -> None:
    """Add the rows that belong to the chosen rows of `roots` (a round's themes, wishes, dots,
    priorities...; a project's checks, milestones, notes), and to those, until nothing changes.
    Unlike `_owned_children` this never climbs to the council: only what hangs under the roots."""
    reach = set(roots)
    changed = True
    while changed:
        changed = False
        for codec in EXCHANGED:
            if codec.name in SHARED_TABLES:
                continue
            for fk in codec.foreign_keys:
                if fk.nullable or fk.target not in reach or not ids.get(fk.target):
                    continue
                new = _ids_where(conn, codec.table, fk.name, ids[fk.target]) - ids.setdefault(
                    codec.name, set()
                )
                if codec.name not in reach:
                    reach.add(codec.name)
                    changed = True
                if new:
                    ids[codec.name].update(new)
                    changed = True


# Projects a kerngroep follows: the ones not yet finished or stopped.
FOLLOWED = (ProjectStatus.IDEA.value, ProjectStatus.PLANNED.value, ProjectStatus.RUNNING.value)


def _cycle_work(conn: Connection, ids: dict[str, set[int]], meeting: Any, council_id: int) -> None:
    """What a toekomstagenda session or a kerngroep meeting needs and produces: the round with
    its phases, transitions, themes, wishes, vote sessions and dots, priorities, commitments,
    roles and evaluations; the projects it touches with their checks, milestones, progress
    notes, partners and action points (with their progress)."""
    t = {c.name: c.table for c in EXCHANGED}
    cycles, projects, items = t["cycles"], t["projects"], t["agenda_items"]
    kind = str(getattr(meeting.kind, "value", meeting.kind))
    cycle_ids: set[int] = set()
    if meeting.cycle_id is not None:
        cycle_ids.add(meeting.cycle_id)
    elif kind == MeetingKind.TOEKOMSTAGENDA.value:
        open_round = conn.execute(
            select(cycles.c.id)
            .where(cycles.c.council_id == council_id, cycles.c.closed_on.is_(None))
            .order_by(cycles.c.number.desc())
        ).scalar()
        if open_round is not None:
            cycle_ids.add(open_round)
    project_ids = set(
        v
        for v in conn.execute(
            select(items.c.project_id).where(
                items.c.meeting_id == meeting.id, items.c.project_id.is_not(None)
            )
        ).scalars()
        if v is not None
    )
    if cycle_ids:
        project_ids.update(
            conn.execute(select(projects.c.id).where(projects.c.cycle_id.in_(cycle_ids))).scalars()
        )
    if kind == MeetingKind.CORE_GROUP.value:
        project_ids.update(
            conn.execute(
                select(projects.c.id).where(
                    projects.c.council_id == council_id, projects.c.status.in_(FOLLOWED)
                )
            ).scalars()
        )
    if kind == MeetingKind.CORE_GROUP.value and project_ids:
        # The rounds the projects belong to come whole, so the phase state travels along.
        cycle_ids.update(
            v
            for v in conn.execute(
                select(projects.c.cycle_id).where(projects.c.id.in_(project_ids)).distinct()
            ).scalars()
            if v is not None
        )
    if not cycle_ids and not project_ids:
        return
    ids.setdefault("cycles", set()).update(cycle_ids)
    ids.setdefault("projects", set()).update(project_ids)
    _content_of(conn, ids, ("cycles", "projects"))
    if project_ids:
        actions, progress = t["action_points"], t["action_progress"]
        ids.setdefault("action_points", set()).update(
            _ids_where(conn, actions, "project_id", project_ids)
        )
        ids["action_progress"] = ids.get("action_progress", set()) | _ids_where(
            conn, progress, "action_point_id", ids["action_points"]
        )


def _codec(name: str) -> TableCodec:
    return next(c for c in EXCHANGED if c.name == name)


def council_scope(conn: Connection, council_id: int) -> Scope:
    councils = _codec("councils").table
    row = conn.execute(
        select(councils.c.uuid, councils.c.name).where(councils.c.id == council_id)
    ).first()
    if row is None:
        raise NotFound.said("Council {council_id} does not exist.", council_id=council_id)
    ids: dict[str, set[int]] = {"councils": {council_id}}
    _owned_children(conn, ids)
    _referenced_rows(conn, ids)
    return Scope("council", row.uuid, row.name, None, ids)


def meeting_scope(conn: Connection, meeting_id: int) -> Scope:
    """A meeting with its agenda, attendance, decisions and the action list it works on; for a
    toekomstagenda session or a kerngroep also the round and the projects it works on."""
    meetings = _codec("meetings").table
    meeting = conn.execute(
        select(
            meetings.c.id,
            meetings.c.council_id,
            meetings.c.uuid,
            meetings.c.date,
            meetings.c.kind,
            meetings.c.cycle_id,
        ).where(meetings.c.id == meeting_id)
    ).first()
    if meeting is None:
        raise NotFound.said("Meeting {meeting_id} does not exist.", meeting_id=meeting_id)
    council_id = meeting.council_id
    t = {c.name: c.table for c in EXCHANGED}
    ids: dict[str, set[int]] = {"councils": {council_id}, "meetings": {meeting_id}}
    for name in ("agenda_items", "attendance"):
        ids[name] = set(
            conn.execute(select(t[name].c.id).where(t[name].c.meeting_id == meeting_id)).scalars()
        )
    # The decisions of this meeting, and the rest of the register from its year on, so that a
    # decision taken on the other laptop gets the next free number, not one already used here.
    decisions = t["decisions"]
    ids["decisions"] = set(
        conn.execute(
            select(decisions.c.id).where(
                or_(
                    decisions.c.meeting_id == meeting_id,
                    (decisions.c.council_id == council_id)
                    & (decisions.c.year >= meeting.date.year),
                )
            )
        ).scalars()
    )
    ids["memberships"] = set(
        conn.execute(
            select(t["memberships"].c.id).where(t["memberships"].c.council_id == council_id)
        ).scalars()
    )
    ids["ladder_step_changes"] = _ids_where(
        conn, t["ladder_step_changes"], "membership_id", ids["memberships"]
    )
    actions, progress = t["action_points"], t["action_progress"]
    reviewed = select(progress.c.action_point_id).where(progress.c.meeting_id == meeting_id)
    open_words: Sequence[Any] = [ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value]
    ids["action_points"] = set(
        conn.execute(
            select(actions.c.id).where(
                actions.c.council_id == council_id,
                or_(
                    actions.c.status.in_(open_words),
                    actions.c.origin_meeting_id == meeting_id,
                    actions.c.id.in_(reviewed),
                ),
            )
        ).scalars()
    )
    ids["action_progress"] = _ids_where(conn, progress, "action_point_id", ids["action_points"])
    _cycle_work(conn, ids, meeting, council_id)
    _referenced_rows(conn, ids)
    council = conn.execute(
        select(t["councils"].c.uuid, t["councils"].c.name).where(t["councils"].c.id == council_id)
    ).one()
    return Scope("meeting", council.uuid, council.name, meeting.uuid, ids)
