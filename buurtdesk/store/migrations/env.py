"""Alembic environment: run by buurtdesk.store.migrate with a connection handed in."""

from __future__ import annotations

from alembic import context
from sqlalchemy.schema import SchemaItem

from buurtdesk.store.models import Base

target_metadata = Base.metadata
connection = context.config.attributes.get("connection")

if connection is None:  # `alembic` on the command line, for making a new revision
    from sqlalchemy import create_engine

    url = context.config.get_main_option("sqlalchemy.url") or "sqlite:///revision.db"
    connection = create_engine(url).connect()


def include_object(
    obj: SchemaItem, name: str | None, type_: str, reflected: bool, compare_to: SchemaItem | None
) -> bool:
    """The FTS5 search index (revision 0003) and its shadow tables are not models."""
    from buurtdesk.store.search_index import is_search_table

    return not (type_ == "table" and is_search_table(name))


context.configure(
    connection=connection,
    target_metadata=target_metadata,
    render_as_batch=True,
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
