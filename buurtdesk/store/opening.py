"""Opening the database the user asked for: create, check, back up, migrate, or refuse."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import SQLAlchemyError

from buurtdesk.domain.errors import StoreError
from buurtdesk.messages import Sentence
from buurtdesk.store.backup import create_backup, rotate_backups
from buurtdesk.store.database import (
    Database,
    inspect_sqlite_file,
    make_engine,
    mark_as_buurtdesk,
    open_database,
    restrict_to_owner,
    sqlite_url,
)
from buurtdesk.store.errors import reason_of
from buurtdesk.store.output import protect_database
from buurtdesk.store.search_index import ensure_search_index
from buurtdesk.store.sqlite_file import is_current, is_read_only_file, read_only_error
from buurtdesk.store.wal import check_write_ahead_log


def open_sqlite(path: Path, *, create: bool = True, checked: bool = False) -> Database:
    """Open (and create or migrate when needed) a BuurtDesk SQLite file.

    A file that is not a BuurtDesk database, is damaged, or was made by a newer version is
    refused with StoreError and left byte-for-byte as it was. `checked=True`: the caller
    has just run the full damage check (recovery.diagnose), so the pages are not read twice.
    """
    path = path.expanduser().absolute()
    state = inspect_sqlite_file(path, thorough=not checked)
    if is_read_only_file(path):  # never written, never chmod'ed: open_sqlite_read_only
        raise read_only_error(path)
    if state == "buurtdesk":
        check_write_ahead_log(path)
    if state in ("missing", "empty"):
        if not create:
            raise StoreError.said("{path} does not exist.", path=path)
        _check_writable_folder(path.parent)
        from buurtdesk.store import migrate

        database = open_database(sqlite_url(path))
        try:
            mark_as_buurtdesk(database)
            migrate.upgrade(database)
        except (OSError, SQLAlchemyError) as exc:
            database.dispose()
            why = reason_of(exc)
            raise StoreError.said(
                "The database {path} could not be created: {why}.",
                path=path,
                why=Sentence(why),
            ) from None
        restrict_to_owner(path)
        return database
    if is_current(path):  # the usual start: no migration, no need to load Alembic at all
        database = open_database(sqlite_url(path))
        restrict_to_owner(path)
        return database
    from buurtdesk.store import migrate

    database = open_database(sqlite_url(path))
    try:
        revision = migrate.current_revision(database)
    except SQLAlchemyError:
        database.dispose()
        raise StoreError.said("{path} cannot be read.", path=path) from None
    if revision is None and _has_tables(database):
        database.dispose()
        raise StoreError.said(
            "{path} lacks its version table; BuurtDesk does not know its version and changes nothing.",
            path=path,
        )
    if revision is not None and revision not in migrate.known_revisions():
        database.dispose()
        raise StoreError.said(
            "{path} was made by a newer version of BuurtDesk; update BuurtDesk to open this file.",
            path=path,
        )
    if os.access(path, os.W_OK):
        mark_as_buurtdesk(
            database
        )  # WAL journal also for files an earlier release left in another mode
    if revision != migrate.head_revision():
        if not os.access(path.parent, os.W_OK) or not os.access(path, os.W_OK):
            database.dispose()
            raise StoreError.said("{path} needs an update, but its folder is read-only.", path=path)
        create_backup(path, reason="voor-bijwerken")
        rotate_backups(path)
        try:
            migrate.upgrade(database)
            ensure_search_index(database)
        except SQLAlchemyError as exc:
            database.dispose()
            why = reason_of(exc)
            raise StoreError.said(
                "Updating {path} failed ({why}); the backup is in the backups folder.",
                path=path,
                why=Sentence(why),
            ) from None
    restrict_to_owner(path)
    return database


def open_url(url: str) -> Database:
    """Open a database named by URL: a server database is migrated the same way."""
    try:
        parsed = make_url(url)
    except SQLAlchemyError:
        raise StoreError.said(
            "This is not a valid database address (like postgresql+psycopg://user@server/buurtdesk)."
        ) from None
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        return open_sqlite(Path(parsed.database))
    from buurtdesk.store.server import open_server  # the shared server: its own module

    return open_server(url)


def _has_tables(database: Database) -> bool:
    with database.engine.connect() as conn:
        return bool(
            conn.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            ).scalar()
        )


def _check_writable_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError.said(
            "The folder {folder} cannot be created ({strerror}).",
            folder=folder,
            strerror=exc.strerror,
        ) from None
    if not os.access(folder, os.W_OK):
        raise StoreError.said(
            "BuurtDesk may not write in the folder {folder}; choose another place.", folder=folder
        )


def _refuse_writes(dbapi_connection: DBAPIConnection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def open_sqlite_read_only(path: Path) -> Database:
    """Open a BuurtDesk file for reading only: another BuurtDesk is its writer, or the folder
    is read-only. Nothing is created, migrated or written; a write fails with StoreError."""
    from sqlalchemy import event

    path = path.expanduser().absolute()
    state = inspect_sqlite_file(path)
    if state != "buurtdesk":
        raise StoreError.said(
            "{path} is in use by another BuurtDesk and cannot be opened now.", path=path
        )
    check_write_ahead_log(path)
    if os.access(path.parent, os.W_OK) and not is_read_only_file(path):
        database = open_database(sqlite_url(path))
    else:  # a read-only folder or file: opened read-only by SQLite itself, never changed
        from sqlalchemy.orm import sessionmaker

        writable_folder = os.access(path.parent, os.W_OK)
        flags = "mode=ro" if writable_folder else "mode=ro&immutable=1"
        url = f"sqlite:///file:{path}?{flags}&uri=true"
        engine = make_engine(url)
        database = Database(
            engine=engine, sessions=sessionmaker(engine, expire_on_commit=False), url=url, path=path
        )
        protect_database(path)
    event.listen(database.engine, "connect", _refuse_writes)
    from buurtdesk.store import migrate

    try:
        revision = migrate.current_revision(database)
    except SQLAlchemyError:
        database.dispose()
        raise StoreError.said("{path} cannot be read.", path=path) from None
    if revision != migrate.head_revision():
        database.dispose()
        raise StoreError.said(
            "{path} needs an update, but it is in use or read-only; close the other BuurtDesk first.",
            path=path,
        )
    return database
