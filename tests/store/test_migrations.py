"""The models and the migrations describe the same schema, and every database opens at head."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from buurtdesk.store import migrate
from buurtdesk.store.database import APPLICATION_ID, Database, open_database, sqlite_url
from buurtdesk.store.models import Base
from buurtdesk.store.opening import open_sqlite


def _not_a_model(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Tables that migrations make on purpose without a model (e.g. a search index) are skipped."""
    if type_ == "table" and reflected and compare_to is None and name is not None:
        return not (name.startswith("search_") or name.endswith("_fts") or "_fts_" in name)
    return True


def test_models_and_migrations_agree(database: Database) -> None:
    with database.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": _not_a_model}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_a_new_database_is_at_head_with_wal_foreign_keys_and_our_id(
    database: Database, db_path: Path
) -> None:
    assert migrate.current_revision(database) == migrate.head_revision()
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    finally:
        conn.close()
    with database.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_an_old_database_is_backed_up_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    first = open_sqlite(path)
    first.dispose()
    # Bring the file back to the first revision, as an earlier release would have left it.
    old = open_database(sqlite_url(path))
    migrate.upgrade(old, "head")
    from alembic import command

    config = migrate.alembic_config(old)
    with old.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    assert migrate.current_revision(old) == "0001"
    old.dispose()
    if migrate.head_revision() == "0001":
        return  # nothing newer to migrate to yet
    reopened = open_sqlite(path)
    assert migrate.current_revision(reopened) == migrate.head_revision()
    backups = list((tmp_path / "backups").glob("old-*-voor-bijwerken*.sqlite3"))
    assert backups, "a backup is taken before any migration"
    reopened.dispose()


def test_every_revision_downgrades_and_upgrades_cleanly(tmp_path: Path) -> None:
    from alembic import command

    database = open_sqlite(tmp_path / "roundtrip.db")
    config = migrate.alembic_config(database)
    with database.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    assert migrate.current_revision(database) is None
    migrate.upgrade(database)
    assert migrate.current_revision(database) == migrate.head_revision()
    database.dispose()
