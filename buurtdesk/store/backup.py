"""Backups of a SQLite database with SQLite's online backup API: made, verified, rotated."""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from buurtdesk.domain.errors import StoreError
from buurtdesk.messages import Sentence
from buurtdesk.store.errors import reason_of
from buurtdesk.store.output import os_error_sentence, write_output, write_store_file

KEEP_LATEST = 10
# The oldest backup of each month is kept for this many months, then removed: a person who
# was forgotten is gone from the backups within a year (docs/safety-and-privacy.md).
KEEP_MONTHS = 12
STAMP_FORMAT = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    reason: str


def backup_folder(database_path: Path) -> Path:
    return database_path.parent / "backups"


def _backup_name(database_path: Path, when: datetime, reason: str) -> str:
    return f"{database_path.stem}-{when.strftime(STAMP_FORMAT)}-{reason}.sqlite3"


def create_backup(
    database_path: Path, target: Path | None = None, *, reason: str = "handmatig"
) -> Path:
    """Copy the live database consistently (also while it is open) and verify the copy."""
    when = datetime.now(UTC)
    chosen = target is not None
    if target is None:
        folder = backup_folder(database_path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            os.chmod(folder, 0o700)
        except OSError as exc:
            raise os_error_sentence(exc, folder) from None
        target = folder / _backup_name(database_path, when, reason)
        counter = 1
        while target.exists():
            counter += 1
            target = folder / _backup_name(database_path, when, f"{reason}{counter}")

    def fill(partial: Path) -> None:
        source = sqlite3.connect(f"file:{database_path}?mode=ro", uri=True)
        try:
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
        finally:
            source.close()
        verify_backup(partial)

    try:
        if chosen:  # a name the user gave: the one output writer with all its refusals
            return write_output(target, fill, database=database_path)
        return write_store_file(target, fill)
    except sqlite3.Error as exc:
        why = reason_of(exc)
        raise StoreError.said("The backup could not be made: {why}.", why=Sentence(why)) from None


def verify_backup(path: Path) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    if result != "ok":
        raise StoreError.said("The backup {name} is not sound.", name=path.name)


def list_backups(database_path: Path) -> list[BackupFile]:
    """The backups of this database, newest first."""
    folder = backup_folder(database_path)
    found: list[BackupFile] = []
    if not folder.is_dir():
        return found
    prefix = f"{database_path.stem}-"
    for path in folder.glob(f"{prefix}*.sqlite3"):
        rest = path.name[len(prefix) : -len(".sqlite3")]
        stamp, _, reason = rest[:15], rest[15:16], rest[16:]
        try:
            taken = datetime.strptime(stamp, STAMP_FORMAT).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(BackupFile(path=path, taken_at=taken, reason=reason))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def rotate_backups(
    database_path: Path,
    keep_latest: int = KEEP_LATEST,
    *,
    keep_months: int = KEEP_MONTHS,
    now: datetime | None = None,
) -> list[Path]:
    """Keep the newest `keep_latest` backups and the oldest one of each of the last
    `keep_months` months; remove the rest."""
    backups = list_backups(database_path)
    keep = {b.path for b in backups[:keep_latest]}
    today = now or datetime.now(UTC)
    oldest_month = today.year * 12 + today.month - 1 - (keep_months - 1)
    per_month: dict[tuple[int, int], BackupFile] = {}
    for backup in backups:  # newest first: the last one seen per month is the oldest
        if backup.taken_at.year * 12 + backup.taken_at.month - 1 >= oldest_month:
            per_month[(backup.taken_at.year, backup.taken_at.month)] = backup
    keep |= {b.path for b in per_month.values()}
    removed = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def restore_backup(database_path: Path, backup_path: Path) -> Path | None:
    """Put a backup in place of the database. The current file is kept aside, never lost.

    Returns where the replaced database was kept, if there was one.
    """
    check_restore_source(database_path, backup_path)
    staged = database_path.with_name(database_path.name + ".restoring")
    kept: Path | None = None
    try:
        # first the copy, checked; only then is the current file moved aside
        write_store_file(staged, lambda temp: shutil.copyfile(backup_path, temp))
        verify_backup(staged)
        if database_path.exists():
            stamp = datetime.now(UTC).strftime(STAMP_FORMAT)
            kept = database_path.with_name(f"{database_path.name}.voor-herstel-{stamp}")
            os.replace(database_path, kept)
            for suffix in ("-wal", "-shm"):
                side = Path(f"{database_path}{suffix}")
                if side.exists():
                    os.replace(side, Path(f"{kept}{suffix}"))
        os.replace(staged, database_path)
    except (OSError, sqlite3.Error) as exc:
        staged.unlink(missing_ok=True)
        if kept is not None and not database_path.exists():
            os.replace(kept, database_path)  # put the current file back
        why = reason_of(exc)
        raise StoreError.said(
            "Restoring failed ({why}); the database is unchanged.",
            why=Sentence(why),
        ) from None
    return kept


def check_restore_source(database_path: Path, backup_path: Path) -> None:
    """A backup may be restored only when it is another file and a sound BuurtDesk database."""
    from buurtdesk.store.sqlite_file import inspect_sqlite_file

    if not backup_path.is_file():
        raise StoreError.said("The backup {backup_path} does not exist.", backup_path=backup_path)
    if backup_path.resolve() == database_path.resolve():
        raise StoreError.said(
            "{backup_path} is the database itself; choose a backup.", backup_path=backup_path
        )
    try:
        state = inspect_sqlite_file(backup_path)
    except StoreError:
        state = "other"
    if state != "buurtdesk":
        raise StoreError.said(
            "{backup_path} is not a BuurtDesk backup; nothing was changed.", backup_path=backup_path
        )
    try:
        verify_backup(backup_path)
    except sqlite3.DatabaseError:
        raise StoreError.said(
            "{backup_path} is not a usable backup.", backup_path=backup_path
        ) from None


def backup_due_today(database_path: Path, today: datetime | None = None) -> bool:
    """True when no backup of this database was taken today (local date)."""
    now = (today or datetime.now(UTC)).astimezone()
    for backup in list_backups(database_path):
        if backup.taken_at.astimezone().date() == now.date():
            return False
    return True


def daily_backup(database_path: Path) -> Path | None:
    """The automatic backup at start: at most one a day, verified, then the old ones rotated."""
    if not database_path.is_file() or not backup_due_today(database_path):
        return None
    made = create_backup(database_path, reason="dagelijks")
    rotate_backups(database_path)
    return made


def restore_into_open_database(database_path: Path, backup_path: Path) -> Path:
    """Put a backup's content into the database the app has open, without closing it.

    The current content is first copied aside (verified) as "<name>.voor-herstel-<stamp>";
    then SQLite's backup API writes the backup into the live file in one transaction, so
    every open connection sees the restored data on its next read. Returns the kept copy.
    """
    check_restore_source(database_path, backup_path)
    stamp = datetime.now(UTC).strftime(STAMP_FORMAT)
    kept = create_backup(
        database_path, database_path.with_name(f"{database_path.name}.voor-herstel-{stamp}")
    )
    try:
        source = sqlite3.connect(f"file:{backup_path}?mode=ro", uri=True)
        try:
            live = sqlite3.connect(database_path, timeout=10)
            try:
                source.backup(live)
            finally:
                live.close()
        finally:
            source.close()
    except sqlite3.Error as exc:
        why = reason_of(exc)
        raise StoreError.said(
            "Restoring failed ({why}); the database is unchanged and also kept in {name}.",
            why=Sentence(why),
            name=kept.name,
        ) from None
    return kept
