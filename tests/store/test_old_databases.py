"""A database made by an earlier release opens: it is backed up, migrated, and keeps its data."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from buurtdesk.services import Services
from buurtdesk.store import migrate
from buurtdesk.store.opening import open_sqlite

OLD = Path(__file__).resolve().parents[1] / "data" / "buurtdesk-0001.db"


def test_the_first_release_database_opens_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "steyl.db"
    shutil.copyfile(OLD, path)
    database = open_sqlite(path)
    try:
        assert migrate.current_revision(database) == migrate.head_revision()
        services = Services.build(database)
        council = services.councils.list_councils()[0]
        assert council.name == "Dorpsraad Steyl"
        meeting = services.meetings.list_meetings(council.id)[0]
        detail = services.meetings.get_meeting(meeting.id)
        assert detail.items[0].notes == "De kerstmarkt was een succes."
        assert str(detail.decisions[0].number) == "2026-001"
        assert [a.title for a in services.actions.open_actions(council.id)] == [
            "Kraampjes reserveren"
        ]
        # The next decision of the year continues the old numbering.
        assert (
            str(services.decisions.record_decision(council.id, "Nieuw besluit").number)
            == "2026-002"
        )
    finally:
        database.dispose()
    if migrate.head_revision() != "0001":
        assert list((tmp_path / "backups").glob("steyl-*-voor-bijwerken*.sqlite3"))
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


RELEASE_0003 = Path(__file__).resolve().parents[1] / "data" / "buurtdesk-0003.db"


def _records(path: Path) -> dict[str, set[str]]:
    """Every table's records by their UUID (or whole row where a table has none)."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE 'search_%' AND name != 'alembic_version'"
            )
        ]
        records: dict[str, set[str]] = {}
        for table in tables:
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
            key = "uuid" if "uuid" in columns else "*"
            records[table] = {repr(row) for row in conn.execute(f'SELECT {key} FROM "{table}"')}
        return records
    finally:
        conn.close()


def test_the_previous_release_database_keeps_every_record(tmp_path: Path) -> None:
    """The demo as the previous release (schema 0003) left it: after every migration of this
    release each record of each table is still there (no table rebuild cascades deletes)."""
    path = tmp_path / "klingerberg.db"
    shutil.copyfile(RELEASE_0003, path)
    before = _records(path)
    assert sum(len(rows) for rows in before.values()) > 1000
    database = open_sqlite(path)
    try:
        assert migrate.current_revision(database) == migrate.head_revision()
        services = Services.build(database)
        councils = services.councils.list_councils()
        assert "Wijkoverleg Klingerberg" in [c.name for c in councils]
        with database.engine.connect() as conn:  # the migrator's connection is back in the pool
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        for council in councils:
            for meeting in services.meetings.list_meetings(council.id):
                services.meetings.get_meeting(meeting.id)
    finally:
        database.dispose()
    after = _records(path)
    for table, rows in before.items():
        assert table in after, f"table {table} is gone"
        lost = rows - after[table]
        assert not lost, f"{len(lost)} records of {table} were lost"
