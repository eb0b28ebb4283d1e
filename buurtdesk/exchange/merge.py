"""Importing a package: first the plan (nothing written), then the plan applied in one transaction.

Both walk the package the same way, table by table (parents before children), in batches:
look up the local copies by UUID, decide each record (see plan.classify), and, when
applying, insert or update with the package's own timestamps so both laptops end up with
identical records. A failure anywhere rolls the whole import back.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, select, tuple_
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from buurtdesk.exchange.errors import PreviewOutdated, refused
from buurtdesk.exchange.plan import (
    TABLE_WORDS,
    Choice,
    FieldDifference,
    ImportPlan,
    Outcome,
    RecordChange,
    TableSummary,
    classify,
    record_label,
    shown,
)
from buurtdesk.exchange.reading import Package
from buurtdesk.exchange.tables import EXCHANGED, IncomingRow, TableCodec
from buurtdesk.exchange.writing import _select_with_uuids
from buurtdesk.store.database import Database
from buurtdesk.store.models import ExchangeLog, KnownVersion

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


@dataclass
class _TableTally:
    incoming: int = 0
    added: int = 0
    changed: int = 0
    kept: int = 0
    same: int = 0
    conflicts: int = 0


@dataclass
class _Walk:
    """The state of one pass over a package."""

    conn: Connection
    applying: bool
    choices: Mapping[str, Choice]
    # uuid -> local id per table, for rows already here or added in this pass (None: to be added)
    ids: dict[str, dict[str, int | None]] = field(default_factory=dict)
    changes: list[RecordChange] = field(default_factory=list)
    conflicts: list[RecordChange] = field(default_factory=list)
    additions: list[RecordChange] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    tallies: dict[str, _TableTally] = field(default_factory=dict)
    taken_numbers: set[tuple[int | None, int, int]] = field(default_factory=set)
    known: list[tuple[str, str, datetime]] = field(default_factory=list)
    seen: set[tuple[str, str]] = field(default_factory=set)
    added: set[str] = field(default_factory=set)  # uuids of rows new in this import
    inserts: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # waiting, per batch


def plan_import(database: Database, path: Path) -> ImportPlan:
    """Read and check the whole package and say what importing it would do. Writes nothing."""
    with Package(path) as package, database.engine.connect() as conn:
        walk = _Walk(conn, applying=False, choices={})
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
    choices: Mapping[str, Choice | str] | None = None,
) -> ImportResult:
    """Carry out a plan in one transaction, with a choice (mine/theirs) for every conflict.

    Refused when a conflict has no choice, or when the database changed since the plan was
    made in a way that gives a different plan (then show the preview again).
    """
    picked = {key: Choice(value) for key, value in (choices or {}).items()}
    missing = [c for c in plan.conflicts if c.uuid not in picked]
    if missing:
        raise PreviewOutdated(
            f"Kies eerst bij elk conflict welke versie blijft ({len(missing)} nog open).",
            f"First choose which version stays for every conflict ({len(missing)} still open).",
        )
    with Package(path) as package:
        if package.manifest.package_id != plan.package_id:
            raise PreviewOutdated(
                "Dit is niet het pakket van het voorbeeld; bekijk het voorbeeld opnieuw.",
                "This is not the package that was previewed; preview it again.",
            )
        with database.engine.begin() as conn:
            walk = _Walk(conn, applying=True, choices=picked)
            _walk_package(walk, package)
            fresh = _plan_of(walk, package)
            if _fingerprint(fresh) != _fingerprint(plan):
                raise PreviewOutdated(
                    "De gegevens zijn gewijzigd sinds het voorbeeld; bekijk het voorbeeld opnieuw.",
                    "The data changed since the preview; preview it again.",
                )
            _remember_known(conn, walk.known)
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
    resolved_theirs = sum(1 for c in plan.conflicts if picked[c.uuid] == Choice.THEIRS)
    return ImportResult(
        fresh.added, fresh.changed + resolved_theirs, fresh.kept, len(plan.conflicts)
    )


def _fingerprint(plan: ImportPlan) -> tuple[Any, ...]:
    return (
        tuple((t.table, t.added, t.changed, t.kept, t.conflicts) for t in plan.tables),
        tuple(sorted(c.uuid for c in plan.conflicts)),
    )


def _plan_of(walk: _Walk, package: Package) -> ImportPlan:
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
    )


# -- the walk --------------------------------------------------------------------------------
def _walk_package(walk: _Walk, package: Package) -> None:
    for codec in EXCHANGED:
        walk.tallies[codec.name] = _TableTally()
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
        _resolve_deferred(walk, codec, deferred)


def _handle_batch(
    walk: _Walk, codec: TableCodec, batch: list[IncomingRow], deferred: list[tuple[str, str, str]]
) -> None:
    uuids = [r.uuid for r in batch]
    for row_uuid in uuids:
        if (codec.name, row_uuid) in walk.seen:
            raise refused(
                f"een record staat twee keer in '{codec.name}'",
                f"a record is in '{codec.name}' twice",
            )
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
    known = _known_of(walk.conn, uuids)
    _load_ids(walk, codec, batch)
    content_names = codec.content_columns
    tally = walk.tallies[codec.name]
    for row in batch:
        tally.incoming += 1
        if row.updated_at not in known.get(row.uuid, ()):
            walk.known.append((codec.name, row.uuid, row.updated_at))
        mine = local.get(row.uuid)
        values = dict(row.values)
        if mine is None:
            mine = _same_thing_here(walk, codec, values)
        if mine is None:
            if row.uuid in known and len(walk.notes) < SHOWN_ADDITIONS:
                word = TABLE_WORDS.get(codec.name, (codec.name, codec.name))
                label = record_label(codec.name, values)
                walk.notes.append(
                    (
                        f"{word[0].capitalize()} '{label}' was hier verwijderd en komt terug uit het pakket.",
                        f"{word[1].capitalize()} '{label}' was removed here and comes back from the package.",
                    )
                )
            _add(walk, codec, row, values, deferred)
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
            walk.conflicts.append(_change(codec, row, mine_values, values, outcome))
            if walk.applying and walk.choices.get(row.uuid) == Choice.THEIRS:
                _update(walk, codec, mine, values, deferred)
        elif outcome == Outcome.THEIRS:
            tally.changed += 1
            walk.changes.append(_change(codec, row, mine_values, values, outcome))
            if walk.applying:
                _update(walk, codec, mine, values, deferred)
        elif outcome == Outcome.MINE:
            tally.kept += 1
        else:
            tally.same += 1
    _flush_inserts(walk, codec)


def _flush_inserts(walk: _Walk, codec: TableCodec) -> None:
    """Insert the batch's new rows in one statement and note their new local ids."""
    if not walk.inserts:
        return
    rows, walk.inserts = walk.inserts, []
    try:
        walk.conn.execute(codec.table.insert(), [values for _, values in rows])
    except IntegrityError:
        raise refused(
            f"een {TABLE_WORDS.get(codec.name, (codec.name,))[0]} uit het pakket past niet bij de gegevens hier",
            f"a {codec.name} record from the package does not fit the data here",
        ) from None
    table = codec.table
    found = walk.conn.execute(
        select(table.c.uuid, table.c.id).where(table.c.uuid.in_([u for u, _ in rows]))
    )
    walk.ids[codec.name].update({row_uuid: new_id for row_uuid, new_id in found})


def _change(
    codec: TableCodec,
    row: IncomingRow,
    mine: dict[str, Any],
    theirs: dict[str, Any],
    outcome: Outcome,
) -> RecordChange:
    differences = tuple(
        FieldDifference(name, shown(mine[name]), shown(theirs[name]))
        for name in codec.content_columns
        if mine[name] != theirs[name]
    )
    return RecordChange(
        codec.name,
        row.uuid,
        record_label(codec.name, theirs),
        outcome,
        differences,
        mine_changed_at=mine["updated_at"],
        theirs_changed_at=row.updated_at,
    )


def _known_of(conn: Connection, uuids: list[str]) -> dict[str, set[datetime]]:
    table = cast(Table, KnownVersion.__table__)
    found: dict[str, set[datetime]] = {}
    for row_uuid, stamp in conn.execute(
        select(table.c.row_uuid, table.c.row_updated_at).where(table.c.row_uuid.in_(uuids))
    ):
        found.setdefault(row_uuid, set()).add(stamp)
    return found


def _load_ids(walk: _Walk, codec: TableCodec, batch: list[IncomingRow]) -> None:
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


def _resolved(
    walk: _Walk,
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
                f"een {codec.name}-record verwijst naar iets dat niet in het pakket en niet hier staat",
                f"a {codec.name} record refers to something neither in the package nor here",
            )
    return result


def _add(
    walk: _Walk,
    codec: TableCodec,
    row: IncomingRow,
    values: dict[str, Any],
    deferred: list[tuple[str, str, str]],
) -> None:
    if codec.name == "decisions":
        values = _free_decision_number(walk, values)
    resolved = _resolved(walk, codec, values, row.uuid, deferred)
    walk.added.add(row.uuid)
    if len(walk.additions) < SHOWN_ADDITIONS:
        walk.additions.append(
            RecordChange(codec.name, row.uuid, record_label(codec.name, values), Outcome.ADD)
        )
    if walk.applying:
        walk.inserts.append((row.uuid, resolved))
    else:
        walk.ids[codec.name][row.uuid] = None


def _update(
    walk: _Walk,
    codec: TableCodec,
    mine: Any,
    values: dict[str, Any],
    deferred: list[tuple[str, str, str]],
) -> None:
    resolved = _resolved(walk, codec, values, mine.uuid, deferred)
    resolved.pop("uuid")
    resolved.pop("created_at")
    # A new version here, so that anyone editing the old one is told it changed.
    resolved["version"] = int(mine.version) + 1
    resolved["_local_id"] = mine._local_id
    resolved["_read_version"] = mine.version
    if walk.conn.execute(_UPDATES[codec.name], resolved).rowcount != 1:
        raise PreviewOutdated(
            "Iemand anders heeft intussen iets gewijzigd; bekijk het voorbeeld opnieuw.",
            "Someone else changed something in the meantime; preview it again.",
        )


def _resolve_deferred(walk: _Walk, codec: TableCodec, deferred: list[tuple[str, str, str]]) -> None:
    ids = walk.ids[codec.name]
    for row_uuid, column, target in deferred:
        if target not in ids:
            table = codec.table
            found = walk.conn.execute(select(table.c.id).where(table.c.uuid == target)).scalar()
            if found is None:
                raise refused(
                    f"een {codec.name}-record verwijst naar iets dat niet in het pakket en niet hier staat",
                    f"a {codec.name} record refers to something neither in the package nor here",
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


def _same_thing_here(walk: _Walk, codec: TableCodec, values: dict[str, Any]) -> Any:
    """A local row with another UUID but the same unique key: the same thing made twice."""
    if codec.name == "decisions":
        return None  # two decisions with one number are two decisions: the new one is renumbered
    query, _ = _select_with_uuids(codec)
    for key in codec.natural_keys:
        conditions = []
        for name in key:
            value = values[name]
            column = next(c for c in codec.columns if c.name == name)
            if column.kind == "fk" and value is not None:
                if value in walk.added:
                    break  # under a row that is new here, nothing can be here already
                value = walk.ids.get(column.target, {}).get(value)
            if value is None:
                break
            conditions.append(codec.table.c[name] == value)
        else:
            found = walk.conn.execute(
                query.add_columns(codec.table.c.id.label("_local_id")).where(*conditions)
            ).first()
            if found is not None:
                return found
    return None


def _free_decision_number(walk: _Walk, values: dict[str, Any]) -> dict[str, Any]:
    """Keep the decision's number unless this council already used it here; then the next free."""
    council_id = walk.ids.get("councils", {}).get(values["council_id"])
    key = (council_id, values["year"], values["sequence"])
    table = next(c.table for c in EXCHANGED if c.name == "decisions")
    council_is_new = values["council_id"] in walk.added  # then only this import numbers it
    taken = key in walk.taken_numbers
    if not taken and council_id is not None and not council_is_new:
        taken = (
            walk.conn.execute(
                select(table.c.id).where(
                    tuple_(table.c.council_id, table.c.year, table.c.sequence) == key
                )
            ).first()
            is not None
        )
    if taken:
        highest = (
            walk.conn.execute(
                select(func.max(table.c.sequence)).where(
                    table.c.council_id == council_id, table.c.year == values["year"]
                )
            ).scalar()
            if council_id is not None and not council_is_new
            else None
        )
        used = [s for c, y, s in walk.taken_numbers if c == council_id and y == values["year"]]
        new_sequence = max([int(highest or 0), *used]) + 1
        old = f"{values['year']}-{values['sequence']:03d}"
        new = f"{values['year']}-{new_sequence:03d}"
        walk.notes.append(
            (
                f"Besluit {old} uit het pakket bestaat hier al als ander besluit; het krijgt nummer {new}.",
                f"Decision {old} from the package already exists here as another decision; it becomes {new}.",
            )
        )
        values = {**values, "sequence": new_sequence}
    walk.taken_numbers.add((council_id, values["year"], values["sequence"]))
    return values


def _remember_known(conn: Connection, known: list[tuple[str, str, datetime]]) -> None:
    table = cast(Table, KnownVersion.__table__)
    for start in range(0, len(known), BATCH):
        part = known[start : start + BATCH]
        now = datetime.now(UTC)
        fresh = [
            {
                "uuid": str(uuid_module.uuid4()),
                "created_at": now,
                "updated_at": now,
                "version": 1,
                "table_name": name,
                "row_uuid": u,
                "row_updated_at": stamp,
            }
            for name, u, stamp in part
        ]
        if fresh:
            conn.execute(table.insert(), fresh)
