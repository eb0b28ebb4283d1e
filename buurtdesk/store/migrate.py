"""Schema versions: which revision a database has, and bringing it to the newest."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from buurtdesk.store.database import Database

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(database: Database | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if database is not None:
        config.set_main_option("sqlalchemy.url", database.url.replace("%", "%%"))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


# pg_advisory_xact_lock key: "BuurtDesk migrations" for every BuurtDesk on one server.
MIGRATION_LOCK_KEY = 0x42754D6967


def upgrade(database: Database, target: str = "head") -> None:
    """Bring the schema to `target`, by one migrator at a time.

    Starts at the same moment (two laptops on a new server database, two processes on a new
    file) wait here for the one that migrates, find the schema up to date and go on.
    """
    config = alembic_config(database)
    with database.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # SQLite's way to change a table: foreign keys off while a table is copied and
            # replaced (dropping the old one would otherwise delete or refuse the rows that
            # point at it), checked before the change is committed, and on again after it.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()  # ends SQLAlchemy's autobegun transaction; SQLite had none open
        try:
            with conn.begin():
                _wait_for_other_migrators(conn)
                current = MigrationContext.configure(conn).get_current_revision()
                if target == "head" and current == head_revision():
                    return
                config.attributes["connection"] = conn
                command.upgrade(config, target)
                _check_foreign_keys(conn)
                if conn.dialect.name == "postgresql" and target == "head":
                    from buurtdesk.store.row_security import protect_tables

                    protect_tables(conn)  # tables of revisions after 0007 are each council's too
        finally:
            if sqlite:
                if conn.in_transaction():
                    conn.rollback()
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()


def downgrade(database: Database, target: str) -> None:
    """Take the schema back to `target` (for tests of older files), the same careful way."""
    config = alembic_config(database)
    with database.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        try:
            with conn.begin():
                _wait_for_other_migrators(conn)
                config.attributes["connection"] = conn
                command.downgrade(config, target)
                _check_foreign_keys(conn)
        finally:
            if sqlite:
                if conn.in_transaction():
                    conn.rollback()
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()


def _check_foreign_keys(conn: Connection) -> None:
    """After a migration on SQLite: every reference still points at a row, else roll back."""
    if conn.dialect.name != "sqlite":
        return
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        table = broken[0][0]
        raise RuntimeError(f"migration left {len(broken)} broken references (first in {table})")


def _wait_for_other_migrators(conn: Connection) -> None:
    """PostgreSQL: a transaction-wide advisory lock; SQLite: the writer lock, taken up front."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
    elif conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")
