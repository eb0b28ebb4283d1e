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
