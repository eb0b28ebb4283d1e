"""Writing a .buurtdesk package: a zip with a manifest and one plain JSON file per table.

Rows are read and written in batches, table by table, straight into the zip: memory stays
flat however many years of meetings a council has. The manifest comes last, with the size
and SHA-256 of every data file, so the reader can check each one.
"""

from __future__ import annotations

import hashlib
import json
import uuid as uuid_module
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, cast

from sqlalchemy import Table, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

from buurtdesk import __version__
from buurtdesk.exchange.scope import Scope, chunks, council_scope, meeting_scope
from buurtdesk.exchange.tables import (
    EXCHANGED,
    KNOWN_KEY,
    MAX_KNOWN,
    TableCodec,
    data_file_name,
    encode_value,
)
from buurtdesk.store import migrate
from buurtdesk.store.database import Database
from buurtdesk.store.models import ExchangeLog, KnownVersion
from buurtdesk.store.output import check_output_target, write_output

FORMAT_NAME = "buurtdesk-exchange"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    package_id: str
    scope: str
    council_name: str
    records: int
    tables: dict[str, int]


class _CountingWriter:
    """Passes bytes to the zip entry while counting them and hashing them."""

    def __init__(self, target: IO[bytes]) -> None:
        self.target = target
        self.size = 0
        self.digest = hashlib.sha256()

    def write(self, data: bytes) -> None:
        self.target.write(data)
        self.size += len(data)
        self.digest.update(data)


def _select_with_uuids(codec: TableCodec) -> tuple[Any, list[str]]:
    """All exchanged columns of a table, with each foreign key replaced by the target's UUID."""
    return _SELECTS[codec.name]


def _build_select(codec: TableCodec) -> tuple[Any, list[str]]:
    table = codec.table
    by_name = {c.name: c.table for c in EXCHANGED}
    columns: list[Any] = []
    joins: list[tuple[Any, Any]] = []
    for column in codec.columns:
        if column.kind == "fk":
            target = by_name[column.target].alias(f"ref_{column.name}")
            joins.append((target, target.c.id == table.c[column.name]))
            columns.append(target.c.uuid.label(column.name))
        else:
            columns.append(table.c[column.name])
    query = select(*columns)
    source: Any = table
    for target, on in joins:
        source = source.outerjoin(target, on)
    return query.select_from(source), [c.name for c in codec.columns]


_SELECTS = {codec.name: _build_select(codec) for codec in EXCHANGED}


def _known_versions(conn: Connection, uuids: list[str]) -> dict[str, list[datetime]]:
    known: dict[str, list[datetime]] = {}
    table = cast(Table, KnownVersion.__table__)
    rows = conn.execute(
        select(table.c.row_uuid, table.c.row_updated_at)
        .where(table.c.row_uuid.in_(uuids))
        .order_by(table.c.row_updated_at.desc())
    )
    for row_uuid, stamp in rows:
        known.setdefault(row_uuid, []).append(stamp)
    return known


@dataclass
class _Bookkeeping:
    """Whether this database can note what it exported (not when opened read-only)."""

    writable: bool = True


def _write_table(
    conn: Connection, codec: TableCodec, ids: set[int], out: _CountingWriter, book: _Bookkeeping
) -> int:
    query, names = _select_with_uuids(codec)
    known_table = cast(Table, KnownVersion.__table__)
    out.write(b"[")
    count = 0
    for part in chunks(ids):
        rows = conn.execute(
            query.where(codec.table.c.id.in_(part)).order_by(codec.table.c.id)
        ).all()
        uuids = [row.uuid for row in rows]
        known = _known_versions(conn, uuids)
        lines: list[bytes] = []
        new_known: list[dict[str, Any]] = []
        for row in rows:
            record = {
                name: encode_value(col, value)
                for name, col, value in zip(names, codec.columns, row, strict=True)
            }
            seen = known.get(row.uuid, [])
            if row.updated_at not in seen:
                new_known.append(
                    {
                        "table_name": codec.name,
                        "row_uuid": row.uuid,
                        "row_updated_at": row.updated_at,
                    }
                )
                seen = [row.updated_at, *seen]
            record[KNOWN_KEY] = [stamp.astimezone(UTC).isoformat() for stamp in seen[:MAX_KNOWN]]
            prefix = b"\n" if count == 0 else b",\n"
            lines.append(
                prefix
                + json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            )
            count += 1
        out.write(b"".join(lines))
        if new_known and book.writable:
            book.writable = _remember(conn, known_table, new_known)
    out.write(b"\n]\n")
    return count


def _remember(conn: Connection, table: Any, entries: list[dict[str, Any]]) -> bool:
    """Note versions as exchanged (the caller left out those already noted). False when read-only.

    Without the note the export is still complete; a later import may then ask about a
    record as a conflict that it could otherwise have decided itself (never the reverse).
    """
    now = datetime.now(UTC)
    fresh = [
        {**e, "uuid": str(uuid_module.uuid4()), "created_at": now, "updated_at": now, "version": 1}
        for e in entries
    ]
    if fresh:
        try:
            conn.execute(table.insert(), fresh)
        except OperationalError as exc:
            if "readonly" in str(exc.orig).replace("-", "").replace(" ", "").lower():
                return False
            raise
    return True


def write_package(
    database: Database,
    target: Path,
    *,
    council_id: int | None = None,
    meeting_id: int | None = None,
) -> ExportResult:
    """Export a council (council_id) or one meeting (meeting_id) to a .buurtdesk file.

    The file appears only when complete (written beside it, then renamed). Every version
    written is noted, so a later import can tell an edit made here from one made there.
    """
    if (council_id is None) == (meeting_id is None):
        raise ValueError("give exactly one of council_id and meeting_id")
    target = Path(target)
    check_output_target(target, database=database.path)
    package_id = str(uuid_module.uuid4())
    counts: dict[str, int] = {}
    with database.engine.begin() as conn:
        scope = (
            council_scope(conn, council_id)
            if council_id is not None
            else meeting_scope(conn, meeting_id or 0)
        )
        book = _Bookkeeping()

        def fill(temp: Path) -> None:
            counts.update(_write_zip(conn, scope, temp, package_id, book))

        # the one output writer: never over the database, mode 0600, complete or not at all
        write_output(target, fill, database=database.path)
        if book.writable:
            _log_export(conn, scope, package_id, target.name, sum(counts.values()))
    return ExportResult(
        target, package_id, scope.kind, scope.council_name, sum(counts.values()), counts
    )


def _log_export(
    conn: Connection, scope: Scope, package_id: str, file_name: str, records: int
) -> None:
    now = datetime.now(UTC)
    conn.execute(
        cast(Table, ExchangeLog.__table__).insert(),
        {
            "uuid": str(uuid_module.uuid4()),
            "created_at": now,
            "updated_at": now,
            "version": 1,
            "package_id": package_id,
            "direction": "export",
            "scope": scope.kind,
            "council_uuid": scope.council_uuid,
            "meeting_uuid": scope.meeting_uuid,
            "file_name": file_name[:500],
            "done_at": now,
            "records": records,
            "added": 0,
            "changed": 0,
            "conflicts": 0,
        },
    )


def _write_zip(
    conn: Connection, scope: Scope, path: Path, package_id: str, book: _Bookkeeping
) -> dict[str, int]:
    counts: dict[str, int] = {}
    files: list[dict[str, Any]] = []
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for codec in EXCHANGED:
            name = data_file_name(codec.name)
            with archive.open(name, "w", force_zip64=True) as entry:
                out = _CountingWriter(entry)
                counts[codec.name] = _write_table(
                    conn, codec, scope.ids.get(codec.name, set()), out, book
                )
            files.append(
                {
                    "name": name,
                    "table": codec.name,
                    "rows": counts[codec.name],
                    "size": out.size,
                    "sha256": out.digest.hexdigest(),
                }
            )
        manifest = {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "schema_revision": migrate.head_revision(),
            "app_version": __version__,
            "package_id": package_id,
            "created_at": datetime.now(UTC).isoformat(),
            "scope": {
                "kind": scope.kind,
                "council_uuid": scope.council_uuid,
                "council_name": scope.council_name,
                "meeting_uuid": scope.meeting_uuid,
            },
            "files": files,
        }
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
    return counts
