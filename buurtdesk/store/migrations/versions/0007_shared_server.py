"""the shared server: decision counters, people per council, row-level security

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05

- decision_counters: the last number given per council and year, filled from the decisions
  already taken, so the next number continues where the register stands.
- people.council_id: the council that registered a person; filled with the first council a
  person belongs to (people without a membership keep none).
- council_access: which server user sees which council (PostgreSQL only uses it).
- On PostgreSQL: row-level security on every table with council data (store.row_security).
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "decision_counters",
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_sequence", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["council_id"],
            ["councils.id"],
            name=op.f("fk_decision_counters_council_id_councils"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("council_id", "year", name=op.f("pk_decision_counters")),
    )
    op.execute(
        "INSERT INTO decision_counters (council_id, year, last_sequence) "
        "SELECT council_id, year, MAX(sequence) FROM decisions GROUP BY council_id, year"
    )
    op.create_table(
        "council_access",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("role_name", sa.String(length=63), nullable=False),
        sa.Column("council_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["council_id"],
            ["councils.id"],
            name=op.f("fk_council_access_council_id_councils"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_council_access")),
        sa.UniqueConstraint(
            "role_name", "council_id", name=op.f("uq_council_access_role_name_council_id")
        ),
    )
    with op.batch_alter_table("council_access", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_council_access_role_name"), ["role_name"], unique=False
        )
    # Not a batch (copy and rename) on SQLite: dropping the old people table would let its
    # foreign keys delete every membership and attendance. SQLite adds the column in place
    # and the constraint by SQLite's documented schema edit (the column holds only NULLs).
    if op.get_bind().dialect.name == "sqlite":
        _add_people_council_on_sqlite()
    else:
        op.add_column("people", sa.Column("council_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            op.f("fk_people_council_id_councils"),
            "people",
            "councils",
            ["council_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_index(op.f("ix_people_council_id"), "people", ["council_id"], unique=False)
    op.execute(
        "UPDATE people SET council_id = (SELECT MIN(m.council_id) FROM memberships m "
        "WHERE m.person_id = people.id)"
    )
    from buurtdesk.store.row_security import protect_tables

    protect_tables(op.get_bind())


def _add_people_council_on_sqlite() -> None:
    bind = op.get_bind()
    op.execute("ALTER TABLE people ADD COLUMN council_id INTEGER")
    sql = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'people'"
    ).scalar_one()
    body = sql.rstrip()
    assert body.endswith(")")
    new_sql = (
        body[:-1].rstrip()
        + ",\n\tCONSTRAINT fk_people_council_id_councils FOREIGN KEY(council_id)"
        + " REFERENCES councils (id) ON DELETE SET NULL\n)"
    )
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar_one()
    bind.exec_driver_sql("PRAGMA writable_schema=ON")
    bind.exec_driver_sql(
        "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'people'", (new_sql,)
    )
    bind.exec_driver_sql(f"PRAGMA schema_version={int(version) + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema=OFF")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from buurtdesk.store.row_security import POLICY, rules

        for table in rules(bind):
            op.execute(f'DROP POLICY IF EXISTS {POLICY} ON "{table}"')
            op.execute(f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY')
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_people_council_id_councils"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_people_council_id"))
        batch_op.drop_column("council_id")
    op.drop_table("council_access")
    op.drop_table("decision_counters")
