"""The write-ahead log (the "-wal" file beside a database) is checked before SQLite replays it.

SQLite replays any -wal file it finds beside a database into that database, also one that
belongs to another file (copied along by a sync tool, or left from a copy of the same
database): the council's data would silently be replaced. So before BuurtDesk opens a file
for writing, a log that is left over (after a crash, or put there by someone) is first
replayed into a private copy, and kept only when the result is this same database, sound,
and not older than the file itself. A log that does not belong is not replayed: it is set
aside together with a copy of the database, exactly as they were found, and the database
itself is left byte for byte as it was.

Only a process that holds the writer lock may call this: a log that another BuurtDesk is
writing at this very moment is that BuurtDesk's, and is never touched.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from buurtdesk.domain.errors import StoreError
from buurtdesk.messages import N_, Sentence

WAL_HEADER = 32
_WAL_MAGIC = (0x377F0682, 0x377F0683)
_APPLICATION_ID = 0x42444B31


def _has_frames(wal: Path) -> bool:
    try:
        size = wal.stat().st_size
        with wal.open("rb") as handle:
            header = handle.read(WAL_HEADER)
    except OSError:
        return False
    return size > WAL_HEADER and int.from_bytes(header[:4], "big") in _WAL_MAGIC


def foreign_log(path: Path) -> bool:
    """True when a -wal with frames beside `path` does not belong to it (nothing is moved)."""
    wal = Path(f"{path}-wal")
    return _has_frames(wal) and _foreign_reason(path, wal) is not None


def check_write_ahead_log(path: Path) -> None:
    """Raise StoreError (after setting the foreign log aside) when the -wal beside `path`
    does not belong to it; do nothing when there is no log or it belongs."""
    wal = Path(f"{path}-wal")
    if not _has_frames(wal):
        return
    problem = _foreign_reason(path, wal)
    if problem is None:
        return
    kept = _set_aside(path, wal)
    raise StoreError.said(
        "Beside {name} was a log file (-wal) that does not belong to this database ({problem}); it was not replayed and is kept with a copy of the database as {kept_name}; the database itself is unchanged.",
        name=path.name,
        problem=Sentence(problem),
        kept_name=kept.name,
    )


def _foreign_reason(path: Path, wal: Path) -> str | None:
    # the copies stay beside the database (owner only), never in a shared temporary folder
    with tempfile.TemporaryDirectory(prefix=".buurtdesk-wal-", dir=path.parent) as folder:
        base = Path(folder) / "voor.db"
        replayed = Path(folder) / "na.db"
        try:
            shutil.copyfile(path, base)
            shutil.copyfile(path, replayed)
            shutil.copyfile(wal, Path(f"{replayed}-wal"))
        except OSError as exc:
            raise StoreError.said(
                "The log file of {name} could not be checked ({strerror}); nothing was changed.",
                name=path.name,
                strerror=exc.strerror,
            ) from None
        try:
            conn = sqlite3.connect(replayed)
        except sqlite3.Error:
            return N_("unreadable")
        try:
            return _compare(conn, base)
        except sqlite3.Error:
            return N_("unreadable")
        finally:
            conn.close()


def _compare(conn: sqlite3.Connection, base: Path) -> str | None:
    # the full check (also every index): a log of another file leaves them out of step
    if conn.execute("PRAGMA integrity_check(1)").fetchone()[0] != "ok":
        return N_("together they are damaged")
    if conn.execute("PRAGMA application_id").fetchone()[0] != _APPLICATION_ID:
        return N_("from another program")
    conn.execute("ATTACH DATABASE ? AS voor", (f"file:{base}?mode=ro",))
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM voor.sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    now = {row[0] for row in conn.execute("SELECT name FROM main.sqlite_master WHERE type='table'")}
    for table in tables:
        if table not in now:
            return N_("from another database")
        columns = {row[1] for row in conn.execute(f'PRAGMA voor.table_info("{table}")')}
        if "uuid" not in columns:
            continue
        if table == "councils":
            missing = conn.execute(
                'SELECT count(*) FROM voor."councils" WHERE uuid NOT IN '
                '(SELECT uuid FROM main."councils" NOT INDEXED)'
            ).fetchone()[0]
            if missing:
                return N_("from another database")
        if "version" in columns:
            older = conn.execute(
                f'SELECT count(*) FROM main."{table}" AS n NOT INDEXED JOIN voor."{table}" AS o '
                "ON n.uuid = o.uuid WHERE n.version < o.version"
            ).fetchone()[0]
            if older:
                return N_("older than the database itself")
    return None


def _set_aside(path: Path, wal: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.name}.vreemd-logbestand-{stamp}")
    counter = 1
    while kept.exists() or Path(f"{kept}-wal").exists():
        counter += 1
        kept = path.with_name(f"{path.name}.vreemd-logbestand-{stamp}-{counter}")
    try:
        shutil.copyfile(path, kept)
        os.chmod(kept, 0o600)
        os.replace(wal, Path(f"{kept}-wal"))
        Path(f"{path}-shm").unlink(missing_ok=True)  # the index of the log that left
    except OSError as exc:
        raise StoreError.said(
            "Beside {name} is a log file (-wal) that does not belong to this database, and it could not be set aside ({strerror}); remove or move {wal_name} first.",
            name=path.name,
            strerror=exc.strerror,
            wal_name=wal.name,
        ) from None
    return kept
