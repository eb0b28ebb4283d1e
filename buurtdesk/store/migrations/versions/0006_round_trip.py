"""the community worker's round trip: check history, allocation purpose, kerngroep projects

Priorities are matched by identity, not by rank: the unique (round, rank) goes, an index on
the round stays. Every change of a framework check keeps what it said before
(framework_check_changes). An allocation records that the council chose to go ahead when a
check asked for attention (allocations.checks_note). Existing rows keep their meaning: no
check has a history yet, no allocation a note.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("priorities", schema=None) as batch_op:
        batch_op.drop_constraint("uq_priorities_cycle_id_rank", type_="unique")
        batch_op.create_index(batch_op.f("ix_priorities_cycle_id"), ["cycle_id"], unique=False)
    with op.batch_alter_table("allocations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("checks_note", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "framework_check_changes",
        sa.Column("check_id", sa.Integer(), nullable=False),
        sa.Column("verdict_before", sa.String(length=32), nullable=True),
        sa.Column("note_before", sa.Text(), nullable=False),
        sa.Column("checked_by_before", sa.String(length=200), nullable=False),
        sa.Column("checked_on_before", sa.Date(), nullable=True),
        sa.Column("verdict_after", sa.String(length=32), nullable=True),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["check_id"],
            ["framework_checks.id"],
            name=op.f("fk_framework_check_changes_check_id_framework_checks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_framework_check_changes")),
        sa.UniqueConstraint("uuid", name=op.f("uq_framework_check_changes_uuid")),
    )
    with op.batch_alter_table("framework_check_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_framework_check_changes_check_id"), ["check_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("framework_check_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_framework_check_changes_check_id"))
    op.drop_table("framework_check_changes")
    with op.batch_alter_table("allocations", schema=None) as batch_op:
        batch_op.drop_column("checks_note")
    with op.batch_alter_table("priorities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_priorities_cycle_id"))
        batch_op.create_unique_constraint("uq_priorities_cycle_id_rank", ["cycle_id", "rank"])
