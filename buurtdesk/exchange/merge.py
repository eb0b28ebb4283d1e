"""Importing a package: first the plan (nothing written), then the plan applied in one transaction.

Both walk the package the same way, table by table (parents before children), in batches:
look up the local copies by UUID, decide each record (see plan.classify), and, when
applying, insert or update with the package's own timestamps so both laptops end up with
identical records. A conflict settled with a mix of fields becomes a new version (a new
moment of change) that the next exchange carries back without asking. A failure anywhere
rolls the whole import back. The walk's state and reference resolving are in walk.py, how a
record differs and how a conflict ends in differences.py, the same-thing-twice and decision
numbers in matching.py.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, bindparam, select
from sqlalchemy.exc import IntegrityError

from buurtdesk.exchange.differences import (
    chosen_values,
    count_voters,
    record_change,
)
from buurtdesk.exchange.errors import PreviewOutdated, refused
from buurtdesk.exchange.known import known_of, remember_known
from buurtdesk.exchange.matching import free_decision_number, same_thing_here
from buurtdesk.exchange.naming import Namer
from buurtdesk.exchange.naming_words import capital, phrase
from buurtdesk.exchange.plan import (
    TABLE_WORDS,
    Choice,
    FieldChoices,
    ImportPlan,
    Outcome,
    RecordChange,
    TableSummary,
    classify,
    decided,
)
from buurtdesk.exchange.reading import Package
from buurtdesk.exchange.scope_guard import check_package_scope
from buurtdesk.exchange.tables import EXCHANGED, IncomingRow, TableCodec
from buurtdesk.exchange.walk import (
    TableTally,
    Walk,
    load_ids,
    resolve_deferred,
    resolved_values,
)
from buurtdesk.exchange.writing import _select_with_uuids
from buurtdesk.messages import N_, Said, Sentence
from buurtdesk.store.database import Database
from buurtdesk.store.models import ExchangeLog

BATCH = 500
SHOWN_ADDITIONS = 50
_UPDATES = {
    # Only the version this import read: a change by someone else meanwhile is never overwritten.
    codec.name: codec.table.update().where(
        codec.table.c.id == bindparam("_local_id"),
        codec.table.c.version == bindparam("_read_version"),
    )
    for codec in EXCHANGED
}


def plan_import(database: Database, path: Path) -> ImportPlan:
    """Read and check the whole package and say what importing it would do. Writes nothing."""
    with Package(path) as package, database.engine.connect() as conn:
        check_package_scope(conn, package)  # one council's package changes that council only
        walk = Walk(conn, applying=False, choices={}, namer=Namer(conn))
        _walk_package(walk, package)
        conn.rollback()
        return _plan_of(walk, package)


@dataclass(frozen=True)
class ImportResult:
    added: int
    changed: int
    kept: int
    conflicts_resolved: int


def apply_import(
    database: Database,
    path: Path,
    plan: ImportPlan,
    choices: Mapping[str, Choice | str | Mapping[str, Choice | str]] | None = None,
) -> ImportResult:
    """Carry out a plan in one transaction, with a choice for every conflict.

    A choice is per record ("mine" / "theirs") or per field ({"place": "mine", "status":
    "theirs"}); a record of mixed choices becomes a new version with the chosen values.
    Refused when a conflict has no choice, or when the database changed since the plan was
    made in a way that gives a different plan (then show the preview again).
    """
    picked: dict[str, FieldChoices] = {
        key: Choice(value)
        if isinstance(value, str)
        else {name: Choice(v) for name, v in value.items()}
        for key, value in (choices or {}).items()
    }
    missing = [c for c in plan.conflicts if not decided(c, picked.get(c.uuid))]
    if missing:
        raise PreviewOutdated.said(
            "First choose which version stays for every conflict ({count} still open).",
            count=len(missing),
        )
    with Package(path) as package:
        if package.manifest.package_id != plan.package_id:
            raise PreviewOutdated.said(
                "This is not the package that was previewed; preview it again."
            )
        with database.engine.begin() as conn:
            check_package_scope(conn, package)
            walk = Walk(conn, applying=True, choices=picked, namer=Namer(conn))
            _walk_package(walk, package)
            fresh = _plan_of(walk, package)
            if _fingerprint(fresh) != _fingerprint(plan):
                raise PreviewOutdated.said("The data changed since the preview; preview it again.")
            remember_known(conn, walk.known)
            now = datetime.now(UTC)
            conn.execute(
                cast(Table, ExchangeLog.__table__).insert(),
                {
                    "uuid": str(uuid_module.uuid4()),
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                    "package_id": plan.package_id,
                    "direction": "import",
                    "scope": plan.scope,
                    "council_uuid": plan.council_uuid,
                    "meeting_uuid": plan.meeting_uuid,
                    "file_name": Path(path).name[:500],
                    "done_at": now,
                    "records": package.manifest.records,
                    "added": fresh.added,
                    "changed": fresh.changed,
                    "conflicts": len(fresh.conflicts),
                },
            )
    resolved_theirs = sum(1 for c in plan.conflicts if picked[c.uuid] != Choice.MINE)
    return ImportResult(
        fresh.added, fresh.changed + resolved_theirs, fresh.kept, len(plan.conflicts)
    )


def _fingerprint(plan: ImportPlan) -> tuple[Any, ...]:
    return (
        tuple((t.table, t.added, t.changed, t.kept, t.conflicts) for t in plan.tables),
        tuple(sorted(c.uuid for c in plan.conflicts)),
    )


def _plan_of(walk: Walk, package: Package) -> ImportPlan:
    manifest = package.manifest
    return ImportPlan(
        package_id=manifest.package_id,
        scope=manifest.scope,
        council_uuid=manifest.council_uuid,
        council_name=manifest.council_name,
        meeting_uuid=manifest.meeting_uuid,
        created_at=manifest.created_at,
        tables=tuple(TableSummary(name, **vars(t)) for name, t in walk.tallies.items()),
        changes=tuple(walk.changes),
        conflicts=tuple(walk.conflicts),
        notes=tuple(walk.notes),
        added_labels=tuple(walk.additions),
        kept_labels=tuple(walk.kept),
        vote_participants=tuple(
            max(len(walk.voters.get(u, ())), walk.participants.get(u, 0)) for u in walk.participants
        ),
    )


# -- the walk --------------------------------------------------------------------------------
def _walk_package(walk: Walk, package: Package) -> None:
    for codec in EXCHANGED:
        walk.tallies[codec.name] = TableTally()
        walk.ids.setdefault(codec.name, {})
        deferred: list[tuple[str, str, str]] = []  # (row uuid, column, target uuid): self-links
        batch: list[IncomingRow] = []
        for row in package.rows(codec):
            batch.append(row)
            if len(batch) >= BATCH:
                _handle_batch(walk, codec, batch, deferred)
                batch = []
        if batch:
            _handle_batch(walk, codec, batch, deferred)
        resolve_deferred(walk, codec, deferred)


def _handle_batch(
    walk: Walk, codec: TableCodec, batch: list[IncomingRow], deferred: list[tuple[str, str, str]]
) -> None:
    uuids = [r.uuid for r in batch]
    for row_uuid in uuids:
        if (codec.name, row_uuid) in walk.seen:
            raise refused(N_("a record is in '{name}' twice"), name=codec.name)
        walk.seen.add((codec.name, row_uuid))
    query, names = _select_with_uuids(codec)
    local = {
        row.uuid: row
        for row in walk.conn.execute(
            query.add_columns(codec.table.c.id.label("_local_id")).where(
                codec.table.c.uuid.in_(uuids)
            )
        )
    }
    known = known_of(walk.conn, uuids)
    load_ids(walk, codec, batch)
    content_names = codec.content_columns
    tally = walk.tallies[codec.name]
    for row in batch:
        tally.incoming += 1
        if row.updated_at not in known.get(row.uuid, ()):
            walk.known.append((codec.name, row.uuid, row.updated_at))
        mine = local.get(row.uuid)
        values = dict(row.values)
        name = walk.namer.title(codec.name, values)
        count_voters(walk, codec, values)
        if mine is None:
            mine = same_thing_here(walk, codec, values)
        if mine is None:
            if row.uuid in known and len(walk.notes) < SHOWN_ADDITIONS:
                walk.notes.append(
                    phrase(
                        N_("{name} was removed here and comes back from the package."),
                        name=capital(name),
                    )
                )
            _add(walk, codec, row, values, deferred, name)
            tally.added += 1
            continue
        walk.ids[codec.name][row.uuid] = mine._local_id
        mine_values = dict(zip(names, mine[: len(names)], strict=True))
        mine_content = {k: mine_values[k] for k in content_names}
        theirs_content = {k: values[k] for k in content_names}
        outcome = classify(
            mine_values["updated_at"],
            mine_content,
            row.updated_at,
            theirs_content,
            known.get(mine_values["uuid"], set()),
            row.known,
        )
        if outcome == Outcome.CONFLICT:
            tally.conflicts += 1
            change = record_change(walk.namer, codec, row, mine_values, values, outcome, name)
            walk.conflicts.append(change)
            if walk.applying:
                chosen = chosen_values(change, walk.choices.get(row.uuid), mine_values, values)
                if chosen is not None:
                    _update(walk, codec, mine, chosen, deferred)
        elif outcome == Outcome.THEIRS:
            tally.changed += 1
            walk.changes.append(
                record_change(walk.namer, codec, row, mine_values, values, outcome, name)
            )
            if walk.applying:
                _update(walk, codec, mine, values, deferred)
        elif outcome == Outcome.MINE:
            tally.kept += 1
            if len(walk.kept) < SHOWN_ADDITIONS:
                walk.kept.append(
                    record_change(walk.namer, codec, row, mine_values, values, outcome, name)
                )
        else:
            tally.same += 1
    _flush_inserts(walk, codec)


def _flush_inserts(walk: Walk, codec: TableCodec) -> None:
    """Insert the batch's new rows in one statement and note their new local ids."""
    if not walk.inserts:
        return
    rows, walk.inserts = walk.inserts, []
    try:
        walk.conn.execute(codec.table.insert(), [values for _, values in rows])
    except IntegrityError:
        raise refused(
            N_("a {name} record from the package does not fit the data here"),
            name=Sentence.of(TABLE_WORDS[codec.name]) if codec.name in TABLE_WORDS else codec.name,
        ) from None
    table = codec.table
    found = walk.conn.execute(
        select(table.c.uuid, table.c.id).where(table.c.uuid.in_([u for u, _ in rows]))
    )
    walk.ids[codec.name].update({row_uuid: new_id for row_uuid, new_id in found})


def _add(
    walk: Walk,
    codec: TableCodec,
    row: IncomingRow,
    values: dict[str, Any],
    deferred: list[tuple[str, str, str]],
    name: Said,
) -> None:
    if codec.name == "decisions":
        values = free_decision_number(walk, values)
    resolved = resolved_values(walk, codec, values, row.uuid, deferred)
    walk.added.add(row.uuid)
    if len(walk.additions) < SHOWN_ADDITIONS:
        walk.additions.append(RecordChange(codec.name, row.uuid, name, Outcome.ADD))
    if walk.applying:
        walk.inserts.append((row.uuid, resolved))
    else:
        walk.ids[codec.name][row.uuid] = None


def _update(
    walk: Walk,
    codec: TableCodec,
    mine: Any,
    values: dict[str, Any],
    deferred: list[tuple[str, str, str]],
) -> None:
    resolved = resolved_values(walk, codec, values, mine.uuid, deferred)
    resolved.pop("uuid")
    resolved.pop("created_at")
    # A new version here, so that anyone editing the old one is told it changed.
    resolved["version"] = int(mine.version) + 1
    resolved["_local_id"] = mine._local_id
    resolved["_read_version"] = mine.version
    if walk.conn.execute(_UPDATES[codec.name], resolved).rowcount != 1:
        raise PreviewOutdated.said(
            "Someone else changed something in the meantime; preview it again."
        )
