"""search index: SQLite FTS5 over notes, decisions, action points and projects

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

The index is not a model: an FTS5 virtual table kept in step by triggers (see
buurtdesk/store/search_index.py for its SQL). PostgreSQL has no FTS5: there the search
service falls back to ILIKE and this revision does nothing.
"""

from alembic import op

from buurtdesk.store.search_index import create_search_index, removal_statements

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    create_search_index(op.execute)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in removal_statements():
        op.execute(statement)
