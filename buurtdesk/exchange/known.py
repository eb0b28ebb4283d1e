"""Which versions of a record this database has sent or received (exchange_known_versions)."""

from __future__ import annotations

import uuid as uuid_module
from datetime import UTC, datetime
from typing import cast

from sqlalchemy import Table, select
from sqlalchemy.engine import Connection

from buurtdesk.store.models import KnownVersion

BATCH = 500


def known_of(conn: Connection, uuids: list[str]) -> dict[str, set[datetime]]:
    table = cast(Table, KnownVersion.__table__)
    found: dict[str, set[datetime]] = {}
    for row_uuid, stamp in conn.execute(
        select(table.c.row_uuid, table.c.row_updated_at).where(table.c.row_uuid.in_(uuids))
    ):
        found.setdefault(row_uuid, set()).add(stamp)
    return found


def remember_known(conn: Connection, known: list[tuple[str, str, datetime]]) -> None:
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
