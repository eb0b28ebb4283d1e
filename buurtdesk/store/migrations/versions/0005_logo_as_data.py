"""nothing lost, nothing leaked: the logo kept as image data

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05

A council's logo was a path to a file beside the database; it is now the image itself (a PNG
or JPEG of at most 1 MB) in the new column `councils.logo`, so it travels in packages and
backups and no path can point a PDF at another file. The logo files of today are moved in:
a file is read only when it lies in a folder called "logos" (where BuurtDesk kept them) and is
really a PNG or JPEG image of at most 1 MB; any other path (missing, elsewhere, not an image)
leaves the council without a logo, as the PDFs already were. Then `logo_path` goes. On SQLite
the column is dropped in place (ALTER TABLE ... DROP COLUMN): the table is not rebuilt, so no
row that refers to a council is touched.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

MAX_LOGO_BYTES = 1024**2
_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def _read_logo(path_text: str) -> bytes | None:
    try:
        path = Path(path_text)
        if path.parent.name != "logos" or not path.is_file():
            return None
        if path.stat().st_size > MAX_LOGO_BYTES:
            return None
        data = path.read_bytes()
    except (OSError, ValueError):
        return None
    return data if data.startswith(_MAGIC) else None


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column("councils", sa.Column("logo", sa.LargeBinary(), nullable=True))
    councils = sa.table(
        "councils",
        sa.column("id", sa.Integer()),
        sa.column("logo_path", sa.String()),
        sa.column("logo", sa.LargeBinary()),
    )
    rows = bind.execute(
        sa.select(councils.c.id, councils.c.logo_path).where(councils.c.logo_path.is_not(None))
    ).all()
    for council_id, path_text in rows:
        data = _read_logo(str(path_text or ""))
        if data is not None:
            bind.execute(
                councils.update().where(councils.c.id == council_id).values(logo=data)
            ).close()
    if bind.dialect.name == "sqlite":
        bind.exec_driver_sql("ALTER TABLE councils DROP COLUMN logo_path").close()
    else:
        op.drop_column("councils", "logo_path")


def downgrade() -> None:
    bind = op.get_bind()
    op.add_column("councils", sa.Column("logo_path", sa.String(length=1000), nullable=True))
    if bind.dialect.name == "sqlite":
        bind.exec_driver_sql("ALTER TABLE councils DROP COLUMN logo")
    else:
        op.drop_column("councils", "logo")
