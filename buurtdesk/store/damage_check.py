"""The damaged-file check that reads every page (SQLite's quick_check), without the database
code: the app runs it on a worker thread while SQLAlchemy loads on the UI thread, and two
threads must never import the same modules at once (one of them would get a module half
made). `recovery.diagnose` builds on it."""

from __future__ import annotations

import os
from pathlib import Path

from buurtdesk.domain.errors import StoreError
from buurtdesk.store.sqlite_file import inspect_sqlite_file, is_read_only_file
from buurtdesk.store.wal import check_write_ahead_log


def damage_of(path: Path) -> StoreError | None:
    """What SQLite finds wrong with the file at `path` (absolute), or None when it is missing,
    empty or a sound BuurtDesk database. A folder or a file that cannot be read at all is not
    damage that a backup can mend: those raise StoreError as usual."""
    if path.is_dir():
        inspect_sqlite_file(path)  # raises the one-sentence error
    if path.exists() and not os.access(path, os.R_OK):
        inspect_sqlite_file(path)
    if path.is_file() and not is_read_only_file(path):
        check_write_ahead_log(path)  # a foreign log is set aside, never replayed
    try:
        inspect_sqlite_file(path)
    except StoreError as error:
        return error
    return None
