"""the year and the municipality: pooled funds, the chair's foreword

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
