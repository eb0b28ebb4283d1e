"""Pooled funds (Hoogeveen): contributions per year, shares to councils by the fund's board.

A council's share is a funding source of that council's budget (kind: pooled contributions,
`fund_id` set), so the council allocates and spends it like any other source. The fund's
figures are therefore always the sum of the councils' figures, to the cent.

Assigning more than was paid in, or lowering a share below what the council already
allocated from it, raises `ConfirmationNeeded` (nothing stored); the screen asks and calls
again with `confirmed=True`.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from buurtdesk.domain.budget import (
    BudgetWarning,
    ConfirmationNeeded,
    Figures,
    WarningKind,
    lowered_source_warnings,
    require_positive,
)
from buurtdesk.domain.enums import FundingSourceKind, Language
from buurtdesk.domain.errors import InvalidInput, RuleViolation
from buurtdesk.domain.money import Money
from buurtdesk.domain.rules import MAX_NAME_LENGTH, MAX_NOTE_LENGTH, clean_text
from buurtdesk.messages import N_, NC_, Marked, translate
from buurtdesk.services.base import Service, check_version
from buurtdesk.services.budget.loaders import budget_of
from buurtdesk.services.municipality.fund_loaders import (
    contribution_view,
    fund_view,
    share_row,
    share_views,
)
from buurtdesk.services.municipality.views import (
    ContributionView,
    FundView,
    FundYear,
    ShareView,
)
from buurtdesk.store.models import (
    Allocation,
    Budget,
    Council,
    Fund,
    FundContribution,
    FundingSource,
    Organisation,
)

MIN_YEAR, MAX_YEAR = 1990, 2200


def _year(year: int) -> int:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidInput.said("{year} is not a valid year.", year=year)
    return year


def overassigned_warnings(
    paid_in: Money, assigned_after: Money, fund_name: str
) -> list[BudgetWarning]:
    if assigned_after <= paid_in:
        return []
    short = assigned_after - paid_in
    return [
        BudgetWarning.said(
            WarningKind.SOURCE_OVERALLOCATED,
            N_(
                "'{fund_name}' would then have given councils {short} more than was paid in "
                "({paid_in})."
            ),
            fund_name=fund_name,
            short=short,
            paid_in=paid_in,
        )
    ]


class FundService(Service):
    # -- funds ------------------------------------------------------------------------------
    def list_funds(self) -> list[FundView]:
        with self.unit() as s:
            return [fund_view(r) for r in s.scalars(select(Fund).order_by(Fund.name, Fund.id))]

    def get_fund(self, fund_id: int) -> FundView:
        with self.unit() as s:
            return fund_view(self.fetch(s, Fund, fund_id, NC_("kind of record", "Fund")))

    def create_fund(self, name: str, *, municipality: str = "", remarks: str = "") -> FundView:
        with self.unit() as s:
            row = Fund(
                name=_name(name, NC_("field", "the fund's name")),
                municipality=clean_text(
                    municipality,
                    field=NC_("field", "the municipality"),
                    limit=MAX_NAME_LENGTH,
                    required=False,
                ),
                remarks=_remarks(remarks),
            )
            s.add(row)
            s.flush()
            return fund_view(row)

    def update_fund(
        self,
        fund_id: int,
        *,
        name: str | None = None,
        remarks: str | None = None,
        expected_version: int | None = None,
    ) -> FundView:
        with self.unit() as s:
            row = self.fetch(s, Fund, fund_id, NC_("kind of record", "Fund"))
            check_version(row, expected_version)
            if name is not None:
                row.name = _name(name, NC_("field", "the fund's name"))
            if remarks is not None:
                row.remarks = _remarks(remarks)
            s.flush()
            return fund_view(row)

    def remove_fund(self, fund_id: int) -> FundView:
        """Remove a fund made by mistake; only while no council has a share of it."""
        with self.unit() as s:
            row = self.fetch(s, Fund, fund_id, NC_("kind of record", "Fund"))
            shares = s.scalar(
                select(func.count(FundingSource.id)).where(FundingSource.fund_id == fund_id)
            )
            if shares:
                raise RuleViolation.said(
                    "Fund '{name}' was already divided over councils; it stays.", name=row.name
                )
            view = fund_view(row)
            s.delete(row)
            return view

    def fund_years(self, fund_id: int) -> list[int]:
        """Years with contributions or shares, newest first."""
        with self.unit() as s:
            paid = set(
                s.scalars(select(FundContribution.year).where(FundContribution.fund_id == fund_id))
            )
            shared = set(
                s.scalars(
                    select(Budget.year)
                    .join(FundingSource, FundingSource.budget_id == Budget.id)
                    .where(FundingSource.fund_id == fund_id)
                )
            )
            return sorted(paid | shared, reverse=True)

    # -- contributions ----------------------------------------------------------------------
    def set_contribution(
        self,
        fund_id: int,
        year: int,
        contributor: str,
        amount: Money,
        *,
        organisation_id: int | None = None,
        paid_on: date | None = None,
    ) -> ContributionView:
        """What `contributor` pays into the fund in `year` (replaces an earlier amount)."""
        require_positive(amount, NC_("amount", "a contribution"))
        who = _name(contributor, NC_("field", "the contributor"))
        with self.unit() as s:
            self.fetch(s, Fund, fund_id, NC_("kind of record", "Fund"))
            if organisation_id is not None:
                self.fetch(s, Organisation, organisation_id, NC_("kind of record", "Organisation"))
            row = s.scalars(
                select(FundContribution).where(
                    FundContribution.fund_id == fund_id,
                    FundContribution.year == _year(year),
                    FundContribution.contributor == who,
                )
            ).first()
            if row is None:
                row = FundContribution(fund_id=fund_id, year=year, contributor=who)
                s.add(row)
            row.amount_cents = amount.cents
            row.organisation_id = organisation_id
            row.paid_on = paid_on
            s.flush()
            return contribution_view(row)

    def remove_contribution(self, contribution_id: int) -> ContributionView:
        with self.unit() as s:
            row = self.fetch(
                s, FundContribution, contribution_id, NC_("kind of record", "Contribution")
            )
            view = contribution_view(row)
            s.delete(row)
            return view

    # -- shares -----------------------------------------------------------------------------
    def share_warnings(
        self, fund_id: int, council_id: int, year: int, amount: Money
    ) -> list[BudgetWarning]:
        """What `assign_share` would ask to confirm, without storing anything."""
        with self.unit() as s:
            fund = self.fetch(s, Fund, fund_id, NC_("kind of record", "Fund"))
            return self._share_warnings(s, fund, council_id, year, amount)

    def assign_share(
        self,
        fund_id: int,
        council_id: int,
        year: int,
        amount: Money,
        *,
        decided_on: date,
        decision: str = "",
        confirmed: bool = False,
    ) -> ShareView:
        """The council's share of the fund in `year`, by a decision of the fund's board on
        `decided_on`. A second call for the same council and year changes the share."""
        require_positive(amount, NC_("amount", "a share"))
        text = clean_text(
            decision,
            field=NC_("field", "the board's decision"),
            limit=300,
            required=False,
        )
        with self.unit() as s:
            fund = self.fetch(s, Fund, fund_id, NC_("kind of record", "Fund"))
            council = self.fetch(s, Council, council_id, NC_("kind of record", "Council"))
            warnings = self._share_warnings(s, fund, council_id, _year(year), amount)
            if warnings and not confirmed:
                raise ConfirmationNeeded(warnings)
            row = share_row(s, fund_id, council_id, year)
            if row is None:
                budget = budget_of(s, council_id, year, create=True)
                assert budget is not None
                row = FundingSource(
                    budget_id=budget.id,
                    kind=FundingSourceKind.CORPORATION,
                    name=fund.name[:200],
                    fund_id=fund_id,
                    conditions="",
                    carry_over_allowed=False,
                )
                s.add(row)
            row.amount_cents = amount.cents
            row.board_decided_on = decided_on
            row.board_decision = text
            row.conditions = _share_conditions(decided_on, text, council.language)
            s.flush()
            return share_views(s, [row])[0]

    def remove_share(self, source_id: int) -> ShareView:
        """Take back a share assigned by mistake; only while the council allocated nothing from it."""
        with self.unit() as s:
            row = self.fetch(s, FundingSource, source_id, NC_("kind of record", "Share"))
            if row.fund_id is None:
                raise RuleViolation.said("This funding source is not a share of a fund.")
            used = s.scalar(
                select(func.count(Allocation.id)).where(Allocation.funding_source_id == source_id)
            )
            if used:
                raise RuleViolation.said(
                    "The council already allocated money from '{name}'; the share stays.",
                    name=row.name,
                )
            view = share_views(s, [row])[0]
            s.delete(row)
            return view

    def fund_year(self, fund_id: int, year: int, language: Language = Language.DUTCH) -> FundYear:
        """The fund in one year: contributions, and per council assigned, allocated and spent."""
        with self.unit() as s:
            fund = self.fetch(s, Fund, fund_id, NC_("kind of record", "Fund"))
            contributions = s.scalars(
                select(FundContribution)
                .where(FundContribution.fund_id == fund_id, FundContribution.year == year)
                .order_by(FundContribution.amount_cents.desc(), FundContribution.contributor)
            ).all()
            rows = s.scalars(
                select(FundingSource)
                .join(Budget, Budget.id == FundingSource.budget_id)
                .where(FundingSource.fund_id == fund_id, Budget.year == year)
            ).all()
            shares = sorted(
                share_views(s, rows), key=lambda v: (v.council_name.lower(), v.council_id)
            )
            return FundYear(
                fund=fund_view(fund),
                year=year,
                language=Language(language),
                contributions=tuple(contribution_view(c) for c in contributions),
                shares=tuple(shares),
            )

    # -- inside ------------------------------------------------------------------------------
    def _share_warnings(
        self, s: Session, fund: Fund, council_id: int, year: int, amount: Money
    ) -> list[BudgetWarning]:
        paid_in = Money(
            int(
                s.scalar(
                    select(func.sum(FundContribution.amount_cents)).where(
                        FundContribution.fund_id == fund.id, FundContribution.year == year
                    )
                )
                or 0
            )
        )
        existing = share_row(s, fund.id, council_id, year)
        others = s.scalar(
            select(func.sum(FundingSource.amount_cents))
            .join(Budget, Budget.id == FundingSource.budget_id)
            .where(
                FundingSource.fund_id == fund.id,
                Budget.year == year,
                Budget.council_id != council_id,
            )
        )
        warnings = overassigned_warnings(paid_in, Money(int(others or 0)) + amount, fund.name)
        if existing is not None:
            share = share_views(s, [existing])[0]
            after = Figures(amount, share.allocated, share.spent)
            warnings += lowered_source_warnings(existing.name, after)
        return warnings


def _share_conditions(decided_on: date, decision: str, language: Language) -> str:
    from buurtdesk.domain.dates import long_date

    when = long_date(decided_on, str(language))
    line = translate(N_("Share assigned by the fund's board on {date}."), str(language))
    return f"{line.format(date=when)} {decision}".strip()


def _name(value: str, field: Marked) -> str:
    return clean_text(value, field=field, limit=MAX_NAME_LENGTH, required=True)


def _remarks(value: str) -> str:
    return clean_text(
        value,
        field=NC_("field", "the remarks"),
        limit=MAX_NOTE_LENGTH,
        required=False,
    )
