"""Opening a BuurtDesk database: checks, pragmas, migrations, the session factory."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from buurtdesk.domain.errors import StoreError
from buurtdesk.store.output import protect_database
from buurtdesk.store.sqlite_file import APPLICATION_ID, SQLITE_MAGIC, inspect_sqlite_file

__all__ = [
    "APPLICATION_ID",
    "SQLITE_MAGIC",
    "Database",
    "inspect_sqlite_file",
    "open_database",
    "sqlite_url",
]


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
        from buurtdesk.store.server import make_server_engine  # timeouts, the kept password

        return make_server_engine(url)
    raise StoreError.said(
        "BuurtDesk works with SQLite or PostgreSQL, not with '{backend}'.",
        backend=parsed.get_backend_name(),
    )


def open_database(url: str) -> Database:
    """Open a database without migrating it: used once the file has been checked."""
    engine = make_engine(url)
    parsed = make_url(url)
    path = (
        Path(parsed.database) if parsed.get_backend_name() == "sqlite" and parsed.database else None
    )
    if path is not None:
        protect_database(path)
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(engine=engine, sessions=sessions, url=url, path=path)


def mark_as_buurtdesk(database: Database) -> None:
    """Give a fresh SQLite file BuurtDesk's application id and WAL journal."""
    if not database.is_sqlite:
        return
    with database.engine.begin() as conn:  # written only when not yet so: a file keeps its bytes
        if conn.exec_driver_sql("PRAGMA application_id").scalar() != APPLICATION_ID:
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    with database.engine.connect() as conn:
        if str(conn.exec_driver_sql("PRAGMA journal_mode").scalar()).lower() != "wal":
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")


def restrict_to_owner(path: Path) -> None:
    """Database files hold residents' personal data: readable by the owner only."""
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            mode = candidate.stat().st_mode & 0o777
            if mode & 0o077:  # only ever take rights away: a read-only file stays read-only
                os.chmod(candidate, mode & 0o700)
        except OSError:
            pass
