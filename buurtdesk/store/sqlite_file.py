"""A look at a BuurtDesk SQLite file with the standard library only: is it ours, is it sound,
does it have the newest schema. The app asks these before SQLAlchemy is loaded, so the first
screen can be painted sooner; nothing here writes a byte.
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
from functools import cache
from pathlib import Path

from buurtdesk.domain.errors import StoreError

# Written into the SQLite header of every BuurtDesk file ("BDK1"), so that the app can tell
# its own databases from any other SQLite file without reading a single table.
APPLICATION_ID = 0x42444B31
SQLITE_MAGIC = b"SQLite format 3\x00"


def inspect_sqlite_file(path: Path, *, thorough: bool = True) -> str:
    """Look at a file without changing a byte. Returns 'missing', 'empty' or 'buurtdesk'.

    Raises StoreError with one clear sentence for anything that is not a BuurtDesk database.
    `thorough=False` skips SQLite's quick_check of every page: for a caller that has just
    checked the same file (the app's damaged-file check runs right before opening).
    """
    if not path.exists():
        return "missing"
    if path.is_dir():
        raise StoreError.said("{path} is a folder, not a database file.", path=path)
    if not path.is_file():  # a device (/dev/null), a pipe: never opened as a database
        raise StoreError.said("{path} is not a regular file, so not a database file.", path=path)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise StoreError.said(
            "{path} cannot be read ({strerror}).", path=path, strerror=exc.strerror
        ) from None
    if not header:
        return "empty"
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise StoreError.said("{path} is not a BuurtDesk database.", path=path)
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        if _is_blank_sqlite(path):
            return "empty"
        raise StoreError.said("{path} is an SQLite file, but not a BuurtDesk database.", path=path)
    if thorough:
        _quick_check(path)
    return "buurtdesk"


def is_read_only_file(path: Path) -> bool:
    """True when the user made the file read-only (no write permission for its owner), or
    this user may not write it. BuurtDesk then opens it read-only and never changes its mode
    (also when it runs as an administrator, who could write it anyway)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (mode & stat.S_IWUSR) or not os.access(path, os.W_OK)


def has_leftover_log(path: Path) -> bool:
    """True when a -wal with frames lies beside the file (after a crash, or put there)."""
    wal = Path(f"{path}-wal")
    try:
        return wal.stat().st_size > 32
    except OSError:
        return False


def read_only_error(path: Path) -> StoreError:
    return StoreError.said(
        "{path} is read-only; BuurtDesk changes nothing in it (open it in the app to look at it).",
        path=path,
    )


def readonly_connect(path: Path) -> sqlite3.Connection:
    # In a read-only folder (a locked USB stick) SQLite cannot make the WAL's -shm file;
    # nobody can write there, so the file may be read as immutable.
    immutable = "&immutable=1" if not os.access(path.parent, os.W_OK) else ""
    return sqlite3.connect(f"file:{path}?mode=ro{immutable}", uri=True)


def _is_blank_sqlite(path: Path) -> bool:
    try:
        with readonly_connect(path) as conn:
            count = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        return bool(count == 0)
    except sqlite3.DatabaseError:
        return False


def _quick_check(path: Path) -> None:
    try:
        conn = readonly_connect(path)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        result = "unreadable"
    if result != "ok":
        raise StoreError.said("{path} is damaged and cannot be opened.", path=path)


_REVISION = re.compile(r"^revision(?:\s*:[^=\n]*)?\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN_REVISION = re.compile(
    r"^down_revision(?:\s*:[^=\n]*)?\s*=\s*(?:[\"']([^\"']+)[\"']|None)", re.MULTILINE
)


@cache  # the files do not change while BuurtDesk runs; asked at every start and open
def head_from_files() -> str | None:
    """The newest revision, read from the migration files without importing Alembic.
    None when anything is unusual (a merge, a tuple, no sources): then Alembic decides."""
    folder = Path(__file__).parent / "migrations" / "versions"
    parents: dict[str, str | None] = {}
    try:
        files = list(folder.glob("*.py"))
        for file in files:
            text = file.read_text(encoding="utf-8")
            revision, down = _REVISION.search(text), _DOWN_REVISION.search(text)
            if revision is None or down is None:
                return None
            parents[revision.group(1)] = down.group(1)
    except OSError:
        return None
    heads = set(parents) - {p for p in parents.values() if p}
    return heads.pop() if len(heads) == 1 else None


def is_current(path: Path) -> bool:
    """True when the file already has the newest schema (read with plain sqlite3)."""
    head = head_from_files()
    if head is None:
        return False
    immutable = "&immutable=1" if not os.access(path.parent, os.W_OK) else ""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro{immutable}", uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == head
