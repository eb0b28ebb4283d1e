"""Automatic backups: at start at most daily and before every migration, rotated (the last ten
and one per month), verified; `buurtdesk restore` puts one back and keeps the current file."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from buurtdesk.domain.enums import CouncilKind
from buurtdesk.services import Services
from buurtdesk.store import migrate
from buurtdesk.store.backup import (
    STAMP_FORMAT,
    backup_folder,
    daily_backup,
    list_backups,
    rotate_backups,
)
from buurtdesk.store.database import Database
from buurtdesk.store.opening import open_sqlite


def _fake_backup(database_path: Path, when: datetime, reason: str = "dagelijks") -> Path:
    folder = backup_folder(database_path)
    folder.mkdir(exist_ok=True)
    path = folder / f"{database_path.stem}-{when.strftime(STAMP_FORMAT)}-{reason}.sqlite3"
    path.write_bytes(b"")
    return path


def test_rotation_keeps_the_last_ten_and_the_oldest_of_every_month(db_path: Path) -> None:
    start = datetime(2025, 1, 1, 9, tzinfo=UTC)
    made = [
        _fake_backup(db_path, start + timedelta(days=3 * n)) for n in range(60)
    ]  # Jan 2025 .. Jun 2025
    removed = rotate_backups(db_path, now=datetime(2025, 7, 1, tzinfo=UTC))  # within a year
    kept = {b.path for b in list_backups(db_path)}
    assert set(made[-10:]) <= kept
    months = {(b.taken_at.year, b.taken_at.month) for b in list_backups(db_path)}
    assert len(months) == 6
    for month in months:  # the oldest backup of each month survives
        oldest = min(
            p
            for p in made
            if datetime.strptime(p.name.split("-", 1)[1][:15], STAMP_FORMAT).month == month[1]
        )
        assert oldest in kept
    assert len(kept) + len(removed) == 60 and len(kept) <= 16


def test_daily_backup_is_made_once_a_day_and_verified(
    database: Database, services: Services
) -> None:
    services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD)
    assert database.path is not None
    first = daily_backup(database.path)
    assert first is not None and daily_backup(database.path) is None
    conn = sqlite3.connect(first)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT name FROM councils").fetchall() == [("Dorpsraad Steyl",)]
    finally:
        conn.close()


def test_the_app_starts_the_daily_backup_off_the_ui_thread(database: Database) -> None:
    from buurtdesk.app import opening

    assert opening.start_daily_backup(Services.opening(database.path)) is None  # not yet opened
    thread = opening.start_daily_backup(Services.build(database))
    assert thread is not None
    thread.join(60)
    assert database.path is not None and [b.reason for b in list_backups(database.path)] == [
        "dagelijks"
    ]


def test_a_migration_is_preceded_by_a_backup_and_fills_the_search_index(db_path: Path) -> None:
    database = open_sqlite(db_path)
    services = Services.build(database)
    council = services.councils.create_council("Wijkoverleg Blerick", CouncilKind.WIJKOVERLEG)
    services.actions.add_action(council.id, "Bankjes bij de vijver terugplaatsen")
    migrate.downgrade(database, "0002")  # back to the release before the search index
    database.dispose()
    reopened = open_sqlite(db_path)
    try:
        assert migrate.current_revision(reopened) == migrate.head_revision()
        assert [b.reason for b in list_backups(db_path)] == ["voor-bijwerken"]
        hits = Services.build(reopened).search.search("vijver")
        assert [h.title for h in hits] == ["Bankjes bij de vijver terugplaatsen"]
    finally:
        reopened.dispose()


def test_cli_backup_and_restore_keep_the_current_file(
    database: Database, services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    from buurtdesk.cli import main

    services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD)
    path = database.path
    assert path is not None
    assert main(["backup", "--db", str(path)]) == 0
    backup = list_backups(path)[0].path
    assert os.stat(backup).st_mode & 0o777 == 0o600
    services.councils.create_council("Na de reservekopie", CouncilKind.DORPSRAAD)
    database.dispose()
    assert main(["restore", "--db", str(path), "--list"]) == 0
    assert backup.name in capsys.readouterr().out
    assert main(["restore", "--db", str(path), str(backup)]) == 0
    out = capsys.readouterr().out
    kept = next(path.parent.glob(f"{path.name}.voor-herstel-*"))
    assert str(kept) in out
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT name FROM councils").fetchall() == [("Dorpsraad Steyl",)]
    finally:
        conn.close()
    conn = sqlite3.connect(kept)
    try:
        assert ("Na de reservekopie",) in conn.execute("SELECT name FROM councils").fetchall()
    finally:
        conn.close()
    assert main(["restore", "--db", str(path), str(path.parent / "bestaat-niet.sqlite3")]) == 2
    assert "bestaat niet" in capsys.readouterr().err
