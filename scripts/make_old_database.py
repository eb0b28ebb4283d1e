"""Make tests/data/buurtdesk-0001.db: a database as the first release (schema 0001) left it.

    .venv/bin/python scripts/make_old_database.py

Run once per release that changes the schema, with the revision of that release, so every
later BuurtDesk is tested to open and migrate what earlier ones wrote.
"""

from __future__ import annotations

import sys
from pathlib import Path

from buurtdesk.store import migrate
from buurtdesk.store.database import mark_as_buurtdesk, open_database, sqlite_url

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "buurtdesk-0001.db"

ROWS = """
INSERT INTO councils (id, uuid, created_at, updated_at, version, name, kind, municipality, language, logo_path, default_place, role_view)
VALUES (1, '0b7d3c1e-0001-4000-8000-000000000001', '2026-01-05 10:00:00', '2026-01-05 10:00:00', 1,
        'Dorpsraad Steyl', 'dorpsraad', 'Venlo', 'nl', NULL, 'Gemeenschapshuis Steyl', '');
INSERT INTO people (id, uuid, created_at, updated_at, version, name, organisation_id, email, phone, address, remarks, forgotten)
VALUES (1, '0b7d3c1e-0001-4000-8000-000000000002', '2026-01-05 10:00:00', '2026-01-05 10:00:00', 1,
        'Truus Linssen', NULL, 'truus@voorbeeld.nl', '06-11112222', '', '', 0);
INSERT INTO memberships (id, uuid, created_at, updated_at, version, council_id, person_id, role, ladder_step, since, until)
VALUES (1, '0b7d3c1e-0001-4000-8000-000000000003', '2026-01-05 10:00:00', '2026-01-05 10:00:00', 1, 1, 1, 'chair', NULL, '2026-01-05', NULL);
INSERT INTO meetings (id, uuid, created_at, updated_at, version, council_id, kind, title, date, start_time, end_time, place, status,
                      cycle_id, minutes_state, minutes_sent_on, minutes_adopted_on, minutes_adopted_in_id, minutes_amendments)
VALUES (1, '0b7d3c1e-0001-4000-8000-000000000004', '2026-01-05 10:00:00', '2026-01-05 10:00:00', 1, 1, 'regular', '',
        '2026-01-13', '19:30:00.000000', '21:30:00.000000', 'Gemeenschapshuis Steyl', 'closed', NULL, 'draft', NULL, NULL, NULL, '');
INSERT INTO agenda_items (id, uuid, created_at, updated_at, version, meeting_id, position, kind, title, planned_minutes, notes,
                          is_private, phase, theme_id, project_id, spent_seconds)
VALUES (1, '0b7d3c1e-0001-4000-8000-000000000005', '2026-01-05 10:00:00', '2026-01-05 10:00:00', 1, 1, 1, 'topic',
        'Kerstmarkt', 20, 'De kerstmarkt was een succes.', 0, NULL, NULL, NULL, 0);
INSERT INTO decisions (id, uuid, created_at, updated_at, version, council_id, meeting_id, agenda_item_id, year, sequence, text,
                       decided_on, votes_for, votes_against, votes_abstain, withdrawn)
VALUES (1, '0b7d3c1e-0001-4000-8000-000000000006', '2026-01-13 20:00:00', '2026-01-13 20:00:00', 1, 1, 1, 1, 2026, 1,
        'De kerstmarkt komt terug in 2026.', '2026-01-13', 9, 0, 1, 0);
INSERT INTO action_points (id, uuid, created_at, updated_at, version, council_id, title, owner_person_id, owner_organisation_id,
                           due_date, status, origin_meeting_id, origin_item_id, project_id, closed_on)
VALUES (1, '0b7d3c1e-0001-4000-8000-000000000007', '2026-01-13 20:00:00', '2026-01-13 20:00:00', 1, 1,
        'Kraampjes reserveren', 1, NULL, '2026-10-01', 'open', 1, 1, NULL, NULL);
"""


def main() -> int:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{OUT}{suffix}").unlink(missing_ok=True)
    database = open_database(sqlite_url(OUT))
    mark_as_buurtdesk(database)
    migrate.upgrade(database, "0001")
    with database.engine.begin() as conn:
        for statement in ROWS.strip().split(";\n"):
            if statement.strip():
                conn.exec_driver_sql(statement)
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.exec_driver_sql("PRAGMA journal_mode=DELETE")
    database.dispose()
    print(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
