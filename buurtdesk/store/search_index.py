"""The full-text search index on SQLite: an FTS5 table kept in step by triggers.

It is not a model. Its rowid says what a hit is: rowid = source id * 8 + kind, so every
trigger is a lookup by key. Revision 0003 creates it; `ensure_search_index` re-creates it
when a later batch migration (which copies and renames a table on SQLite) dropped its
triggers. PostgreSQL has no FTS5: the search service uses ILIKE there.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import text

from buurtdesk.store.database import Database

KIND_ITEM, KIND_DECISION, KIND_ACTION, KIND_PROJECT = 1, 2, 3, 4
KIND_STRIDE = 8
TABLE = "search_index"

# (kind, table, council expression, title expression, body expression, watched columns)
SOURCES = (
    (
        KIND_ITEM,
        "agenda_items",
        "(SELECT council_id FROM meetings WHERE meetings.id = {r}.meeting_id)",
        "{r}.title",
        "{r}.notes",
        "title, notes, meeting_id",
    ),
    (KIND_DECISION, "decisions", "{r}.council_id", "''", "{r}.text", "text, council_id"),
    (KIND_ACTION, "action_points", "{r}.council_id", "''", "{r}.title", "title, council_id"),
    (
        KIND_PROJECT,
        "projects",
        "{r}.council_id",
        "{r}.name",
        "{r}.goal || ' ' || {r}.plan",
        "name, goal, plan, council_id",
    ),
)


def is_search_table(name: str | None) -> bool:
    """For comparing models with migrations: the index and FTS5's shadow tables are no model."""
    return bool(name) and (name == TABLE or str(name).startswith(TABLE + "_"))


def _values(kind: int, council: str, title: str, body: str, r: str) -> str:
    return f"{r}.id * {KIND_STRIDE} + {kind}, {council.format(r=r)}, {title.format(r=r)}, {body.format(r=r)}"


def trigger_names() -> list[str]:
    return [
        f"search_{table}_{event}"
        for _k, table, *_r in SOURCES
        for event in ("insert", "update", "delete")
    ]


def creation_statements() -> list[str]:
    """The SQL that makes the index, fills it from the existing rows, and adds the triggers."""
    statements = [
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5("
        "council_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')"
    ]
    for kind, table, council, title, body, watched in SOURCES:
        new = _values(kind, council, title, body, "new")
        statements += [
            f"INSERT INTO {TABLE}(rowid, council_id, title, body) SELECT {_values(kind, council, title, body, table)} FROM {table}",
            f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {TABLE}(rowid, council_id, title, body) VALUES ({new}); END",
            f"CREATE TRIGGER search_{table}_update AFTER UPDATE OF {watched} ON {table} BEGIN "
            f"DELETE FROM {TABLE} WHERE rowid = old.id * {KIND_STRIDE} + {kind}; "
            f"INSERT INTO {TABLE}(rowid, council_id, title, body) VALUES ({new}); END",
            f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM {TABLE} WHERE rowid = old.id * {KIND_STRIDE} + {kind}; END",
        ]
    return statements


def removal_statements() -> list[str]:
    return [f"DROP TRIGGER IF EXISTS {name}" for name in trigger_names()] + [
        f"DROP TABLE IF EXISTS {TABLE}"
    ]


def create_search_index(execute: Callable[[str], object]) -> None:
    for statement in creation_statements():
        execute(statement)


def ensure_search_index(database: Database) -> bool:
    """Re-create the index when it or one of its triggers is missing. True when it did."""
    if not database.is_sqlite:
        return False
    with database.engine.begin() as conn:
        present = set(
            conn.execute(
                text("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
            ).scalars()
        )
        if TABLE in present and all(name in present for name in trigger_names()):
            return False
        for statement in removal_statements() + creation_statements():
            conn.exec_driver_sql(statement)
    return True
