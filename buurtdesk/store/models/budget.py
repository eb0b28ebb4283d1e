"""The buurtbudget: budgets per council per year, funding sources, allocations, expenses."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from buurtdesk.domain.enums import FundingSourceKind
from buurtdesk.domain.money import Money
from buurtdesk.store.models.base import EnumText, Row


class Budget(Row):
    __tablename__ = "budgets"
    __table_args__ = (UniqueConstraint("council_id", "year"),)

    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    remarks: Mapped[str] = mapped_column(Text, default="")


class FundingSource(Row):
    __tablename__ = "funding_sources"

    budget_id: Mapped[int] = mapped_column(ForeignKey("budgets.id", ondelete="CASCADE"), index=True)
    kind: Mapped[FundingSourceKind] = mapped_column(EnumText(FundingSourceKind))
    name: Mapped[str] = mapped_column(String(200))
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    conditions: Mapped[str] = mapped_column(Text, default="")
    carry_over_allowed: Mapped[bool] = mapped_column(Boolean, default=False)
    # Money carried over from last year's source of the same kind, if any.
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("funding_sources.id", ondelete="SET NULL"), default=None
    )
    # A council's share of a pooled fund (models.municipality.Fund), assigned by the fund's
    # board on `board_decided_on`; None for the council's own sources.
    fund_id: Mapped[int | None] = mapped_column(
        ForeignKey("funds.id", ondelete="RESTRICT"), default=None, index=True
    )
    board_decided_on: Mapped[date | None] = mapped_column(Date, default=None)
    board_decision: Mapped[str] = mapped_column(String(300), default="")

    @property
    def amount(self) -> Money:
        """The amount as money (what an edit and a version conflict speak of)."""
        return Money(self.amount_cents)


class Allocation(Row):
    """Money given to a project from a source, always by a recorded decision of the council."""

    __tablename__ = "allocations"

    budget_id: Mapped[int] = mapped_column(ForeignKey("budgets.id", ondelete="CASCADE"), index=True)
    funding_source_id: Mapped[int] = mapped_column(
        ForeignKey("funding_sources.id", ondelete="RESTRICT"), index=True
    )
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("projects.id", ondelete="SET NULL"), default=None, index=True
    )
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id", ondelete="RESTRICT"))
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    allocated_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    # A reversal (withdrawn or reduced by a later decision) is a new allocation row with a
    # negative amount pointing at the one it corrects; nothing is ever edited away.
    reverses_id: Mapped[int | None] = mapped_column(
        ForeignKey("allocations.id", ondelete="SET NULL"), default=None
    )
    # When the project's framework check asked for attention: that the council chose to go ahead.
    checks_note: Mapped[str] = mapped_column(Text, default="")


class Expense(Row):
    __tablename__ = "expenses"

    allocation_id: Mapped[int] = mapped_column(
        ForeignKey("allocations.id", ondelete="RESTRICT"), index=True
    )
    spent_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text)
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    receipt_ref: Mapped[str] = mapped_column(String(200), default="")
    paid_by: Mapped[str] = mapped_column(String(200), default="")
