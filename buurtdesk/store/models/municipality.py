"""What lives above one council's year: pooled funds of a municipality and the chair's foreword.

A pooled fund (Hoogeveen) collects the contributions of the municipality and the housing
corporations per year; its board divides it over the councils. Each council's share is a
funding source in that council's own budget (`FundingSource.fund_id`), so allocations and
expenses stay the council's and the fund's figures always add up to the councils' budgets.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from buurtdesk.store.models.base import Row


class Fund(Row):
    __tablename__ = "funds"

    municipality: Mapped[str] = mapped_column(String(200), default="")
    name: Mapped[str] = mapped_column(String(200))
    remarks: Mapped[str] = mapped_column(Text, default="")


class FundContribution(Row):
    """What one contributor pays into the fund in one year."""

    __tablename__ = "fund_contributions"
    __table_args__ = (UniqueConstraint("fund_id", "year", "contributor"),)

    fund_id: Mapped[int] = mapped_column(ForeignKey("funds.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    contributor: Mapped[str] = mapped_column(String(200))
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), default=None
    )
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    paid_on: Mapped[date | None] = mapped_column(Date, default=None)


class Foreword(Row):
    """The chair's foreword to a council's annual report (jaarverslag) of one year."""

    __tablename__ = "forewords"
    __table_args__ = (UniqueConstraint("council_id", "year"),)

    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")
