"""exchange bookkeeping: log and known versions

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_known_versions",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_uuid", sa.String(length=36), nullable=False),
        sa.Column("row_updated_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_known_versions")),
        sa.UniqueConstraint(
            "row_uuid",
            "row_updated_at",
            name=op.f("uq_exchange_known_versions_row_uuid_row_updated_at"),
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_exchange_known_versions_uuid")),
    )
    with op.batch_alter_table("exchange_known_versions", schema=None) as batch_op:
        batch_op.create_index("ix_exchange_known_versions_row", ["row_uuid"], unique=False)

    op.create_table(
        "exchange_log",
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(length=16), nullable=False),
        sa.Column("scope", sa.String(length=16), nullable=False),
        sa.Column("council_uuid", sa.String(length=36), nullable=False),
        sa.Column("meeting_uuid", sa.String(length=36), nullable=True),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("changed", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_log")),
        sa.UniqueConstraint("uuid", name=op.f("uq_exchange_log_uuid")),
    )
    with op.batch_alter_table("exchange_log", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exchange_log_package_id"), ["package_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("exchange_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_log_package_id"))

    op.drop_table("exchange_log")
    with op.batch_alter_table("exchange_known_versions", schema=None) as batch_op:
        batch_op.drop_index("ix_exchange_known_versions_row")

    op.drop_table("exchange_known_versions")
