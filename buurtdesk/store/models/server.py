"""What only the database itself needs: decision counters and, on a shared server, who sees
which council. Neither travels in a package (exchange.tables.LOCAL_TABLES)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from buurtdesk.store.models.base import Base


class DecisionCounter(Base):
    """The last decision number given per council and year.

    Taking a number updates this one row (store.numbering): the row stays locked until the
    decision is stored, so two laptops on one server, or four processes on one file, never
    get the same number, never skip one and never have to try again.
    """

    __tablename__ = "decision_counters"

    council_id: Mapped[int] = mapped_column(
        ForeignKey("councils.id", ondelete="CASCADE"), primary_key=True
    )
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)


class CouncilAccess(Base):
    """A server user's council (council_id NULL: every council, a municipal user).

    Only read on PostgreSQL, where the row-level security policies of revision 0007 let a
    user see the rows of the councils listed here for them and nothing else.
    """

    __tablename__ = "council_access"
    __table_args__ = (UniqueConstraint("role_name", "council_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    role_name: Mapped[str] = mapped_column(String(63), index=True)
    council_id: Mapped[int | None] = mapped_column(
        ForeignKey("councils.id", ondelete="CASCADE"), default=None
    )
