"""A damaged database: tell what is wrong, offer the latest good backup, keep the damaged file.

Nothing here ever overwrites or deletes the damaged file: it is renamed beside the database
with a timestamp ("buurtdesk.db.beschadigd-20260310-193000"), so that an expert can still
look at it, and only then is a backup copied into the database's place.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from buurtdesk.domain.errors import StoreError
from buurtdesk.store.backup import (
    STAMP_FORMAT,
    BackupFile,
    list_backups,
    restore_backup,
    verify_backup,
)
from buurtdesk.store.damage_check import damage_of

SIDE_FILES = ("-wal", "-shm")


@dataclass(frozen=True)
class Damage:
    """What is wrong with a database file, and the newest backup that is sound (if any)."""

    path: Path
    error: StoreError
    latest_good_backup: BackupFile | None


@dataclass(frozen=True)
class Recovery:
    kept_aside: Path | None  # where the damaged file now is
    restored_from: Path | None  # the backup now in the database's place


def diagnose(path: Path) -> Damage | None:
    """None when the file is missing, empty or a sound BuurtDesk database; otherwise the damage.

    A folder or a file that cannot be read at all is not "damage" that a backup can mend:
    those raise StoreError as usual.
    """
    path = path.expanduser().absolute()
    error = damage_of(path)
    if error is None:
        return None
    return Damage(path=path, error=error, latest_good_backup=latest_good_backup(path))


def latest_good_backup(database_path: Path) -> BackupFile | None:
    """The newest backup that passes SQLite's integrity check."""
    for backup in list_backups(database_path):
        try:
            verify_backup(backup.path)
        except (StoreError, sqlite3.DatabaseError):
            continue
        return backup
    return None


def _free_name(base: Path) -> Path:
    candidate, counter = base, 1
    while candidate.exists() or any(Path(f"{candidate}{s}").exists() for s in SIDE_FILES):
        counter += 1
        candidate = base.with_name(f"{base.name}-{counter}")
    return candidate


def set_aside(path: Path, label: str = "beschadigd") -> Path | None:
    """Rename the file (and its -wal/-shm) beside itself with a timestamp. Never overwrites."""
    path = path.expanduser().absolute()
    if not path.exists():
        return None
    stamp = datetime.now(UTC).strftime(STAMP_FORMAT)
    target = _free_name(path.with_name(f"{path.name}.{label}-{stamp}"))
    try:
        os.rename(path, target)
        for suffix in SIDE_FILES:
            side = Path(f"{path}{suffix}")
            if side.exists():
                os.rename(side, Path(f"{target}{suffix}"))
    except OSError as exc:
        raise StoreError.said(
            "The damaged file could not be set aside ({strerror}); nothing was changed.",
            strerror=exc.strerror,
        ) from None
    return target


def recover(path: Path, backup: Path | None) -> Recovery:
    """Keep the damaged file aside, then put the backup (if given) in its place.

    Without a backup the database's place is left free, so BuurtDesk starts with a new,
    empty database; the damaged file is still kept.
    """
    path = path.expanduser().absolute()
    if backup is not None:
        try:
            verify_backup(backup)
        except sqlite3.DatabaseError:
            raise StoreError.said("{backup} is not a usable backup.", backup=backup) from None
    kept = set_aside(path)
    if backup is None:
        return Recovery(kept_aside=kept, restored_from=None)
    restore_backup(path, backup)
    return Recovery(kept_aside=kept, restored_from=backup)
