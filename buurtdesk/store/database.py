"""Opening a BuurtDesk database: checks, pragmas, migrations, the session factory."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from buurtdesk.domain.errors import StoreError

# Written into the SQLite header of every BuurtDesk file ("BDK1"), so that the app can tell
# its own databases from any other SQLite file without reading a single table.
APPLICATION_ID = 0x42444B31
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Database:
    """An open database: the engine, a session factory, and where it lives."""

    engine: Engine
    sessions: sessionmaker[Session]
    url: str
    path: Path | None  # the SQLite file, or None for a server database

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    def dispose(self) -> None:
        self.engine.dispose()


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    if parsed.get_backend_name() == "postgresql":
        return create_engine(url, pool_pre_ping=True)
    raise StoreError(
        f"BuurtDesk werkt met SQLite of PostgreSQL, niet met '{parsed.get_backend_name()}'.",
        f"BuurtDesk works with SQLite or PostgreSQL, not with '{parsed.get_backend_name()}'.",
    )


def inspect_sqlite_file(path: Path, *, thorough: bool = True) -> str:
    """Look at a file without changing a byte. Returns 'missing', 'empty' or 'buurtdesk'.

    Raises StoreError with one clear sentence for anything that is not a BuurtDesk database.
    `thorough=False` skips SQLite's quick_check of every page: for a caller that has just
    checked the same file (the app's damaged-file check runs right before opening).
    """
    if not path.exists():
        return "missing"
    if path.is_dir():
        raise StoreError(
            f"{path} is een map, geen databasebestand.", f"{path} is a folder, not a database file."
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise StoreError(
            f"{path} kan niet worden gelezen ({exc.strerror}).",
            f"{path} cannot be read ({exc.strerror}).",
        ) from None
    if not header:
        return "empty"
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise StoreError(
            f"{path} is geen BuurtDesk-database.", f"{path} is not a BuurtDesk database."
        )
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        if _is_blank_sqlite(path):
            return "empty"
        raise StoreError(
            f"{path} is een SQLite-bestand, maar geen BuurtDesk-database.",
            f"{path} is an SQLite file, but not a BuurtDesk database.",
        )
    if thorough:
        _quick_check(path)
    return "buurtdesk"


def _readonly_connect(path: Path) -> sqlite3.Connection:
    # In a read-only folder (a locked USB stick) SQLite cannot make the WAL's -shm file;
    # nobody can write there, so the file may be read as immutable.
    immutable = "&immutable=1" if not os.access(path.parent, os.W_OK) else ""
    return sqlite3.connect(f"file:{path}?mode=ro{immutable}", uri=True)


def _is_blank_sqlite(path: Path) -> bool:
    try:
        with _readonly_connect(path) as conn:
            count = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        return bool(count == 0)
    except sqlite3.DatabaseError:
        return False


def _quick_check(path: Path) -> None:
    try:
        conn = _readonly_connect(path)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        result = "unreadable"
    if result != "ok":
        raise StoreError(
            f"{path} is beschadigd en kan niet worden geopend.",
            f"{path} is damaged and cannot be opened.",
        )


def open_database(url: str) -> Database:
    """Open a database without migrating it: used once the file has been checked."""
    engine = make_engine(url)
    parsed = make_url(url)
    path = Path(parsed.database) if parsed.get_backend_name() == "sqlite" and parsed.database else None
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(engine=engine, sessions=sessions, url=url, path=path)


def mark_as_buurtdesk(database: Database) -> None:
    """Give a fresh SQLite file BuurtDesk's application id and WAL journal."""
    if not database.is_sqlite:
        return
    with database.engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA journal_mode=WAL")


def has_tables(database: Database) -> bool:
    return bool(inspect(database.engine).get_table_names())


def restrict_to_owner(path: Path) -> None:
    """Database files hold residents' personal data: readable by the owner only."""
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            if candidate.exists():
                os.chmod(candidate, 0o600)
        except OSError:
            pass
