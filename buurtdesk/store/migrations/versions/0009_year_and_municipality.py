"""the year and the municipality: pooled funds, the chair's foreword

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05

Adds the pooled funds of a municipality (funds, fund_contributions), the chair's foreword
per council and year (forewords), and three columns to funding_sources that mark a council's
share of a fund. Every existing funding source keeps its kind, name and amount and is not a
share of any fund (fund_id NULL, no board decision).
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _row_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "funds",
        sa.Column("municipality", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=False),
        *_row_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funds")),
        sa.UniqueConstraint("uuid", name=op.f("uq_funds_uuid")),
    )
    op.create_table(
        "fund_contributions",
        sa.Column("fund_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("contributor", sa.String(length=200), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        *_row_columns(),
        sa.ForeignKeyConstraint(
            ["fund_id"],
            ["funds.id"],
            name=op.f("fk_fund_contributions_fund_id_funds"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_fund_contributions_organisation_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fund_contributions")),
        sa.UniqueConstraint(
            "fund_id",
            "year",
            "contributor",
            name=op.f("uq_fund_contributions_fund_id_year_contributor"),
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_fund_contributions_uuid")),
    )
    with op.batch_alter_table("fund_contributions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_fund_contributions_fund_id"), ["fund_id"], unique=False
        )
    op.create_table(
        "forewords",
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        *_row_columns(),
        sa.ForeignKeyConstraint(
            ["council_id"],
            ["councils.id"],
            name=op.f("fk_forewords_council_id_councils"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forewords")),
        sa.UniqueConstraint("council_id", "year", name=op.f("uq_forewords_council_id_year")),
        sa.UniqueConstraint("uuid", name=op.f("uq_forewords_uuid")),
    )
    # Existing sources stay exactly as they are: no fund, no board decision.
    with op.batch_alter_table("funding_sources", schema=None) as batch_op:
        batch_op.add_column(sa.Column("fund_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("board_decided_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("board_decision", sa.String(length=300), nullable=False, server_default="")
        )
        batch_op.create_index(batch_op.f("ix_funding_sources_fund_id"), ["fund_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_funding_sources_fund_id_funds"),
            "funds",
            ["fund_id"],
            ["id"],
            ondelete="RESTRICT",
        )


def downgrade() -> None:
    with op.batch_alter_table("funding_sources", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_funding_sources_fund_id_funds"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_funding_sources_fund_id"))
        batch_op.drop_column("board_decision")
        batch_op.drop_column("board_decided_on")
        batch_op.drop_column("fund_id")
    op.drop_table("forewords")
    with op.batch_alter_table("fund_contributions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fund_contributions_fund_id"))
    op.drop_table("fund_contributions")
    op.drop_table("funds")
