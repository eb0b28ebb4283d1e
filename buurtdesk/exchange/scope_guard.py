"""The scope of a package, enforced on import: a package exported for one council changes
that council only.

A package says what it holds (a council, or one meeting of a council). Before anything is
planned or written, every row is checked against that scope:
- the only council in it is the one the manifest names;
- every required link of a row (a meeting's council, an item's meeting...) points at a row
  in the package itself, as the exporter always writes it;
- a record that exists here already stays where it is: its council, meeting or round here
  must be in the package too, so a package cannot move or change another council's records;
- people and organisations (shared by councils) come only when a row of the package uses
  them, so a package cannot change a person who has nothing to do with its council.
Anything else is refused with one sentence, before a single row is written.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.engine import Connection

from buurtdesk.exchange.errors import refused
from buurtdesk.exchange.reading import Package
from buurtdesk.exchange.scope import SHARED_TABLES
from buurtdesk.exchange.tables import BY_NAME, EXCHANGED
from buurtdesk.messages import N_

BATCH = 500


OTHER_COUNCIL = N_("it holds another council outside the council it was made for")
OTHER_PERSON = N_("it holds a person or organisation outside the council it was made for")
OTHER_RECORD = N_("it holds an existing record outside the council it was made for")


def _outside(reason: str) -> Exception:
    return refused(reason)


def check_package_scope(conn: Connection, package: Package) -> None:
    """Refuse (PackageRefused) a package that reaches beyond its own council."""
    council_uuid = package.manifest.council_uuid
    present: dict[str, set[str]] = {}
    used_shared: set[tuple[str, str]] = set()
    for codec in EXCHANGED:
        uuids = present.setdefault(codec.name, set())
        for row in package.rows(codec):
            uuids.add(row.uuid)
            if codec.name == "councils" and row.uuid != council_uuid:
                raise _outside(OTHER_COUNCIL)
            for fk in codec.foreign_keys:
                target = row.values.get(fk.name)
                if target is None:
                    continue
                if fk.target in SHARED_TABLES:
                    used_shared.add((fk.target, str(target)))
                elif (
                    not fk.nullable
                    and target not in present.get(fk.target, set())
                    and not (fk.target == codec.name and target in uuids)
                ):
                    raise refused(
                        N_("a record in '{name}' refers to something that is not in the package"),
                        name=codec.name,
                    )
    for table in SHARED_TABLES:
        for row_uuid in present.get(table, set()):
            if (table, row_uuid) not in used_shared:
                raise _outside(OTHER_PERSON)
    _check_local_rows(conn, present)


def _check_local_rows(conn: Connection, present: dict[str, set[str]]) -> None:
    """A record that exists here keeps its place: its required parents here are in the package."""
    for codec in EXCHANGED:
        if codec.name in SHARED_TABLES or not present.get(codec.name):
            continue
        required = [
            fk for fk in codec.foreign_keys if not fk.nullable and fk.target not in SHARED_TABLES
        ]
        for fk in required:
            child, parent = codec.table, BY_NAME[fk.target].table.alias("parent")
            wanted = present[fk.target]
            for part in _uuid_chunks(present[codec.name]):
                for (parent_uuid,) in conn.execute(
                    select(parent.c.uuid)
                    .join(child, child.c[fk.name] == parent.c.id)
                    .where(child.c.uuid.in_(part))
                ):
                    if parent_uuid not in wanted:
                        raise _outside(OTHER_RECORD)


def _uuid_chunks(values: set[str]) -> list[list[str]]:
    ordered = sorted(values)
    return [ordered[i : i + BATCH] for i in range(0, len(ordered), BATCH)] if ordered else []
