"""What this database remembers of exchanges with other laptops.

Neither table is ever exported: they describe this copy of the data, not the council.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from buurtdesk.store.models.base import Row, UTCDateTime


class ExchangeLog(Row):
    """One package written or read: when, what it held, and what the import did."""

    __tablename__ = "exchange_log"

    package_id: Mapped[str] = mapped_column(String(36), index=True)
    direction: Mapped[str] = mapped_column(String(16))  # "export" or "import"
    scope: Mapped[str] = mapped_column(String(16))  # "council" or "meeting"
    council_uuid: Mapped[str] = mapped_column(String(36))
    meeting_uuid: Mapped[str | None] = mapped_column(String(36), default=None)
    file_name: Mapped[str] = mapped_column(String(500), default="")
    done_at: Mapped[datetime] = mapped_column(UTCDateTime())
    records: Mapped[int] = mapped_column(Integer, default=0)
    added: Mapped[int] = mapped_column(Integer, default=0)
    changed: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)


class KnownVersion(Row):
    """A version of a record (its updated_at) that this database sent or received.

    Two copies of a record conflict when neither side has ever seen the other's version:
    both were changed since they last exchanged it.
    """

    __tablename__ = "exchange_known_versions"
    __table_args__ = (
        UniqueConstraint("row_uuid", "row_updated_at"),
        Index("ix_exchange_known_versions_row", "row_uuid"),
    )

    table_name: Mapped[str] = mapped_column(String(64))
    row_uuid: Mapped[str] = mapped_column(String(36))
    row_updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
