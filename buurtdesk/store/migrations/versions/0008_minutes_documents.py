"""the minutes a secretary sends: document title, besluitenlijst appendix, adoption with amendments

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05

Adds two council settings: the title of its minutes ("notulen", "verslag" or "besluitenlijst")
and whether the minutes end with a besluitenlijst appendix. Existing councils get "verslag",
the title their minutes always had, and no appendix: their documents keep their name. A new
council starts with "notulen". Adoption with amendments needs no column: minutes adopted with
amendment text (meetings.minutes_amendments) were adopted "gewijzigd", without it "ongewijzigd".
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Adding a column with its default needs no copy of the table (ALTER TABLE ADD COLUMN);
    # the defaults stay in the schema.
    op.add_column(
        "councils",
        sa.Column("minutes_title", sa.String(length=32), nullable=False, server_default="verslag"),
    )
    op.add_column(
        "councils",
        sa.Column("decisions_appendix", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place: no copy of the table the others point at.
    op.drop_column("councils", "decisions_appendix")
    op.drop_column("councils", "minutes_title")
