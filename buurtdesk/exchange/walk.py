"""The state of one pass over a package, and turning its references into local ids."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from buurtdesk.exchange.errors import refused
from buurtdesk.exchange.naming import Namer
from buurtdesk.exchange.plan import FieldChoices, RecordChange
from buurtdesk.exchange.tables import EXCHANGED, IncomingRow, TableCodec
from buurtdesk.messages import N_, Sentence


@dataclass
class TableTally:
    incoming: int = 0
    added: int = 0
    changed: int = 0
    kept: int = 0
    same: int = 0
    conflicts: int = 0


@dataclass
class Walk:
    """The state of one pass over a package."""

    conn: Connection
    applying: bool
    choices: Mapping[str, FieldChoices]
    namer: Namer
    # uuid -> local id per table, for rows already here or added in this pass (None: to be added)
    ids: dict[str, dict[str, int | None]] = field(default_factory=dict)
    changes: list[RecordChange] = field(default_factory=list)
    conflicts: list[RecordChange] = field(default_factory=list)
    additions: list[RecordChange] = field(default_factory=list)
    kept: list[RecordChange] = field(default_factory=list)
    # Per vote session (uuid): the participants it names, for "1 stemronde met 7 deelnemers".
    voters: dict[str, set[str]] = field(default_factory=dict)
    participants: dict[str, int] = field(default_factory=dict)
    notes: list[Sentence] = field(default_factory=list)  # said where the plan is shown
    tallies: dict[str, TableTally] = field(default_factory=dict)
    taken_numbers: set[tuple[int | None, int, int]] = field(default_factory=set)
    known: list[tuple[str, str, datetime]] = field(default_factory=list)
    seen: set[tuple[str, str]] = field(default_factory=set)
    added: set[str] = field(default_factory=set)  # uuids of rows new in this import
    inserts: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # waiting, per batch


def load_ids(walk: Walk, codec: TableCodec, batch: list[IncomingRow]) -> None:
    """Find the local ids of every row this batch points at, in one query per table."""
    wanted: dict[str, set[str]] = {}
    for row in batch:
        for fk in codec.foreign_keys:
            target = row.values[fk.name]
            if target is not None and target not in walk.ids.setdefault(fk.target, {}):
                wanted.setdefault(fk.target, set()).add(target)
    by_name = {c.name: c.table for c in EXCHANGED}
    for target_name, uuids in wanted.items():
        table = by_name[target_name]
        for local_id, row_uuid in walk.conn.execute(
            select(table.c.id, table.c.uuid).where(table.c.uuid.in_(list(uuids)))
        ):
            walk.ids[target_name][row_uuid] = local_id


def resolved_values(
    walk: Walk,
    codec: TableCodec,
    values: dict[str, Any],
    row_uuid: str,
    deferred: list[tuple[str, str, str]],
) -> dict[str, Any]:
    """The values with every foreign key turned into a local id (self-links may wait)."""
    result = dict(values)
    for fk in codec.foreign_keys:
        target = values[fk.name]
        if target is None:
            continue
        ids = walk.ids.get(fk.target, {})
        if target in ids:
            result[fk.name] = ids[target]
        elif fk.target == codec.name:
            deferred.append((row_uuid, fk.name, target))
            result[fk.name] = None
        else:
            raise refused(
                N_("a {name} record refers to something neither in the package nor here"),
                name=codec.name,
            )
    return result


def resolve_deferred(walk: Walk, codec: TableCodec, deferred: list[tuple[str, str, str]]) -> None:
    ids = walk.ids[codec.name]
    for row_uuid, column, target in deferred:
        if target not in ids:
            table = codec.table
            found = walk.conn.execute(select(table.c.id).where(table.c.uuid == target)).scalar()
            if found is None:
                raise refused(
                    N_("a {name} record refers to something neither in the package nor here"),
                    name=codec.name,
                )
            ids[target] = found
        if walk.applying:
            walk.conn.execute(
                codec.table.update()
                .where(codec.table.c.uuid == row_uuid)
                .values(
                    {column: ids[target], "updated_at": codec.table.c.updated_at}
                )  # not a new edit
            )
