"""Revision 0004 (the real meeting) keeps every row's meaning: "absent" stays absent, the old
"professional" is an adviser now, a closed meeting keeps the next meeting its minutes named,
every council gets the standing agenda it had, and nothing is rebuilt (the agenda survives)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from buurtdesk.store import migrate
from buurtdesk.store.database import open_database, sqlite_url

ROW = "uuid, created_at, updated_at, version"
STAMP = "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 1"


def test_the_real_meeting_migration_keeps_every_rows_meaning(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    database = open_database(sqlite_url(path))
    config = migrate.alembic_config(database)
    with database.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
    database.dispose()
    old = sqlite3.connect(path)
    old.executescript(
        f"""
        PRAGMA foreign_keys = ON;
        INSERT INTO councils (id, name, kind, municipality, language, default_place, role_view, {ROW})
            VALUES (1, 'Dorpsraad Steyl', 'dorpsraad', 'Venlo', 'nl', '', '', 'c1', {STAMP}),
                   (2, 'Wijkoverleg Blerick', 'wijkoverleg', 'Venlo', 'en', '', '', 'c2', {STAMP});
        INSERT INTO people (id, name, email, phone, address, remarks, forgotten, {ROW})
            VALUES (1, 'Anna Maas', '', '', '', '', 0, 'p1', {STAMP}),
                   (2, 'Fenna Hermans', '', '', '', '', 0, 'p2', {STAMP}),
                   (3, 'Wim Hermans', '', '', '', '', 0, 'p3', {STAMP});
        INSERT INTO memberships (id, council_id, person_id, role, {ROW})
            VALUES (1, 1, 1, 'chair', 'm1', {STAMP}),
                   (2, 1, 2, 'professional', 'm2', {STAMP}),
                   (3, 1, 3, 'professional', 'm3', {STAMP}),
                   (4, 1, 3, 'adviser', 'm4', {STAMP});
        INSERT INTO meetings (id, council_id, kind, title, date, place, status, minutes_state,
                              minutes_amendments, {ROW})
            VALUES (1, 1, 'regular', '', '2026-01-13', '', 'closed', 'draft', '', 'g1', {STAMP}),
                   (2, 1, 'regular', '', '2026-02-10', '', 'planned', NULL, '', 'g2', {STAMP});
        INSERT INTO agenda_items (id, meeting_id, position, kind, title, planned_minutes, notes,
                                  is_private, spent_seconds, {ROW})
            VALUES (1, 1, 1, 'topic', 'Kerstmarkt', 10, 'Een succes.', 1, 0, 'a1', {STAMP});
        INSERT INTO attendance (id, meeting_id, person_id, guest_name, guest_organisation, status,
                                {ROW})
            VALUES (1, 1, 1, '', '', 'absent', 't1', {STAMP}),
                   (2, 1, NULL, 'Piet Gast', 'Basisschool', 'guest', 't2', {STAMP});
        """
    )
    old.commit()
    old.close()

    database = open_database(sqlite_url(path))
    migrate.upgrade(database, "0004")
    database.dispose()
    new = sqlite3.connect(path)
    try:
        roles = new.execute("SELECT person_id, role FROM memberships ORDER BY person_id").fetchall()
        assert roles == [(1, "chair"), (2, "adviser"), (3, "adviser")]
        assert new.execute("SELECT status FROM attendance WHERE id = 1").fetchone() == ("absent",)
        assert new.execute(
            "SELECT guest_name, guest_organisation, guest_function FROM attendance WHERE id = 2"
        ).fetchone() == ("Piet Gast", "Basisschool", "")
        assert new.execute("SELECT id, next_meeting_id FROM meetings ORDER BY id").fetchall() == [
            (1, 2),
            (2, None),
        ]
        assert new.execute(
            "SELECT title, notes, is_private, level FROM agenda_items"
        ).fetchone() == ("Kerstmarkt", "Een succes.", 1, 0)
        templates = new.execute(
            "SELECT council_id, title FROM agenda_template_items ORDER BY council_id, position"
        ).fetchall()
        assert [t for c, t in templates if c == 1][:2] == ["Opening", "Vaststellen agenda"]
        assert [t for c, t in templates if c == 2][-1] == "Closing"
        assert new.execute("PRAGMA foreign_key_check").fetchall() == []
        assert new.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        fks = {row[3] for row in new.execute("PRAGMA foreign_key_list(meetings)")}
        assert {"chair_person_id", "minute_taker_person_id", "next_meeting_id"} <= fks
    finally:
        new.close()
