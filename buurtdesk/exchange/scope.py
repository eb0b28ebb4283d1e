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

from buurtdesk.domain.enums import ActionStatus
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


def _codec(name: str) -> TableCodec:
    return next(c for c in EXCHANGED if c.name == name)


def council_scope(conn: Connection, council_id: int) -> Scope:
    councils = _codec("councils").table
    row = conn.execute(
        select(councils.c.uuid, councils.c.name).where(councils.c.id == council_id)
    ).first()
    if row is None:
        raise NotFound(
            f"Overleg {council_id} bestaat niet.", f"Council {council_id} does not exist."
        )
    ids: dict[str, set[int]] = {"councils": {council_id}}
    _owned_children(conn, ids)
    _referenced_rows(conn, ids)
    return Scope("council", row.uuid, row.name, None, ids)


def meeting_scope(conn: Connection, meeting_id: int) -> Scope:
    """A meeting with its agenda, attendance, decisions and the action list it works on."""
    meetings = _codec("meetings").table
    meeting = conn.execute(
        select(meetings.c.council_id, meetings.c.uuid, meetings.c.date).where(
            meetings.c.id == meeting_id
        )
    ).first()
    if meeting is None:
        raise NotFound(
            f"Vergadering {meeting_id} bestaat niet.", f"Meeting {meeting_id} does not exist."
        )
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
    _referenced_rows(conn, ids)
    council = conn.execute(
        select(t["councils"].c.uuid, t["councils"].c.name).where(t["councils"].c.id == council_id)
    ).one()
    return Scope("meeting", council.uuid, council.name, meeting.uuid, ids)
