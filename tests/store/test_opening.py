"""Files that are not ours, damaged, or from a newer version are refused and left untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from buurtdesk.domain.errors import StoreError
from buurtdesk.store.opening import open_sqlite


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_text_file_is_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("Dit is een boodschappenlijst, geen database.\n" * 20)
    before = digest(path)
    with pytest.raises(StoreError, match="geen BuurtDesk-database"):
        open_sqlite(path)
    assert digest(path) == before


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StoreError, match="SQLite-bestand, maar geen BuurtDesk"):
        open_sqlite(path)
    assert digest(path) == before


def test_a_truncated_database_is_refused_and_unchanged(tmp_path: Path) -> None:
    good = tmp_path / "good.db"
    open_sqlite(good).dispose()
    data = good.read_bytes()
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(data[: len(data) // 3 + 50])
    before = digest(damaged)
    with pytest.raises(StoreError):
        open_sqlite(damaged)
    assert digest(damaged) == before


def test_a_database_from_a_newer_version_is_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_sqlite(path).dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = digest(path)
    with pytest.raises(StoreError, match="nieuwere versie"):
        open_sqlite(path)
    assert digest(path) == before


@contextmanager
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody may write in: chmod for a normal user, a read-only mount for root."""
    folder = tmp_path / "locked"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o500)
        try:
            yield folder
        finally:
            folder.chmod(0o700)
        return
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "ro,size=1M", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("running as root without permission to mount a read-only folder")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_a_folder_without_write_permission_is_refused(tmp_path: Path) -> None:
    with read_only_folder(tmp_path) as folder, pytest.raises(StoreError, match="niet schrijven"):
        open_sqlite(folder / "new.db")


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is een map"):
        open_sqlite(tmp_path)


def test_the_database_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "private.db"
    open_sqlite(path).dispose()
    assert path.stat().st_mode & 0o077 == 0
