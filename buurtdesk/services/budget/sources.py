"""The funding sources of a year's budget: added, corrected (lowering below what was
allocated asks first), removed while nothing was allocated or carried from them."""

from __future__ import annotations

from sqlalchemy import func, select

from buurtdesk.domain.budget import (
    Figures,
    lowered_source_warnings,
    require_positive,
    source_kind_name,
)
from buurtdesk.domain.enums import FundingSourceKind
from buurtdesk.domain.errors import RuleViolation
from buurtdesk.domain.money import Money
from buurtdesk.domain.rules import MAX_NAME_LENGTH, MAX_NOTE_LENGTH, clean_text
from buurtdesk.messages import NC_
from buurtdesk.services.base import Service, check_version
from buurtdesk.services.budget.common import budget_year, confirm
from buurtdesk.services.budget.loaders import budget_of, source_figures, source_view
from buurtdesk.services.budget.views import FundingSourceView
from buurtdesk.store.models import Allocation, Budget, Council, FundingSource


class FundingSources(Service):
    def add_source(
        self,
        council_id: int,
        year: int,
        kind: FundingSourceKind,
        amount: Money,
        *,
        name: str = "",
        conditions: str = "",
        carry_over_allowed: bool = False,
    ) -> FundingSourceView:
        """A funding source of the year; the name defaults to its kind ('SAM-fonds')."""
        require_positive(amount, NC_("amount", "a funding source's amount"))
        with self.unit() as s:
            council = self.fetch(s, Council, council_id, NC_("kind of record", "Council"))
            budget = budget_of(s, council_id, budget_year(year), create=True)
            assert budget is not None
            kind = FundingSourceKind(kind)
            row = FundingSource(
                budget_id=budget.id,
                kind=kind,
                name=_source_name(name) or source_kind_name(kind, council.language),
                amount_cents=amount.cents,
                conditions=_conditions(conditions),
                carry_over_allowed=bool(carry_over_allowed),
            )
            s.add(row)
            s.flush()
            return source_view(row, budget.year)

    def update_source(
        self,
        source_id: int,
        *,
        name: str | None = None,
        amount: Money | None = None,
        conditions: str | None = None,
        carry_over_allowed: bool | None = None,
        expected_version: int | None = None,
        confirmed: bool = False,
    ) -> FundingSourceView:
        """Correct a source. Lowering it below what was allocated from it needs confirmation."""
        with self.unit() as s:
            row = self.fetch(s, FundingSource, source_id, NC_("kind of record", "Funding source"))
            mine = {
                "name": name,
                "amount": amount,
                "conditions": conditions,
                "carry_over_allowed": carry_over_allowed,
            }
            check_version(row, expected_version, {k: v for k, v in mine.items() if v is not None})
            budget = self.fetch(s, Budget, row.budget_id, NC_("kind of record", "Budget"))
            if amount is not None and amount.cents != row.amount_cents:
                if row.carried_from_id is not None:
                    raise RuleViolation.said(
                        "Money carried over follows from last year and cannot be changed on its own."
                    )
                if row.fund_id is not None:  # a share of a pooled fund (services.municipality)
                    raise RuleViolation.said(
                        "This is the council's share of a pooled fund: its amount is set by the fund's board (Municipality, Funds)."
                    )
                require_positive(amount, NC_("amount", "a funding source's amount"))
                figures = source_figures(s, row)
                if amount < figures.available:
                    after = Figures(
                        amount, figures.allocated, figures.spent, figures.carried_forward
                    )
                    confirm(lowered_source_warnings(row.name, after), confirmed)
                row.amount_cents = amount.cents
            if name is not None:
                row.name = _source_name(name) or row.name
            if conditions is not None:
                row.conditions = _conditions(conditions)
            if carry_over_allowed is not None:
                row.carry_over_allowed = bool(carry_over_allowed)
            s.flush()
            return source_view(row, budget.year)

    def remove_source(self, source_id: int) -> FundingSourceView:
        """Remove a source typed in by mistake; only while nothing was allocated or carried from it."""
        with self.unit() as s:
            row = self.fetch(s, FundingSource, source_id, NC_("kind of record", "Funding source"))
            budget = self.fetch(s, Budget, row.budget_id, NC_("kind of record", "Budget"))
            if row.fund_id is not None:
                raise RuleViolation.said(
                    "This is the council's share of a pooled fund: only the fund's board can take it back (Municipality, Funds)."
                )
            used = s.scalar(
                select(func.count(Allocation.id)).where(Allocation.funding_source_id == source_id)
            )
            carried = s.scalar(
                select(func.count(FundingSource.id)).where(
                    FundingSource.carried_from_id == source_id
                )
            )
            if used or carried:
                raise RuleViolation.said(
                    "Money from funding source '{name}' was already allocated or carried over; it stays.",
                    name=row.name,
                )
            view = source_view(row, budget.year)
            s.delete(row)
            return view


def _source_name(name: str) -> str:
    return clean_text(
        name,
        field=NC_("field", "the funding source's name"),
        limit=MAX_NAME_LENGTH,
        required=False,
    )


def _conditions(text: str) -> str:
    return clean_text(
        text,
        field=NC_("field", "the conditions"),
        limit=MAX_NOTE_LENGTH,
        required=False,
    )
