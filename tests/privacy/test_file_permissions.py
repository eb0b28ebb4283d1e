"""The database and its backups hold residents' personal data: readable by the owner only."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from buurtdesk.services import Services
from buurtdesk.store.backup import backup_folder, create_backup, daily_backup, restore_backup
from buurtdesk.store.database import Database


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def generous_umask() -> object:
    import os

    old = os.umask(0o022)  # a typical desktop: new files would be world-readable
    yield
    os.umask(old)


def test_new_database_and_its_side_files_are_owner_only(
    database: Database, services: Services
) -> None:
    services.councils.create_council("Dorpsraad Steyl", "dorpsraad")  # type: ignore[arg-type]
    assert database.path is not None
    assert _mode(database.path) == 0o600
    for suffix in ("-wal", "-shm"):
        side = Path(f"{database.path}{suffix}")
        if side.exists():
            assert _mode(side) == 0o600, side


def test_backups_and_their_folder_are_owner_only(
    database: Database, services: Services, tmp_path: Path
) -> None:
    assert database.path is not None
    daily = daily_backup(database.path)
    assert daily is not None
    assert daily_backup(database.path) is None  # at most one a day
    made = create_backup(database.path)
    assert _mode(made) == 0o600 and _mode(daily) == 0o600
    assert _mode(backup_folder(database.path)) == 0o700
    chosen = create_backup(database.path, tmp_path / "op-de-stick.sqlite3")
    assert _mode(chosen) == 0o600


def test_restored_database_is_owner_only(database: Database, tmp_path: Path) -> None:
    assert database.path is not None
    copy = create_backup(database.path)
    target = tmp_path / "hersteld.db"
    restore_backup(target, copy)
    assert _mode(target) == 0o600


def test_person_export_is_owner_only(services: Services, tmp_path: Path) -> None:
    person = services.councils.add_person("Joke Smit", email="joke@example.nl")
    target = services.privacy.write_person_export(person.id, tmp_path / "joke.json")
    assert _mode(target) == 0o600
