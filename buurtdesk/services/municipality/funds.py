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
        raise InvalidInput(f"{year} is geen geldig jaar.", f"{year} is not a valid year.")
    return year


def overassigned_warnings(
    paid_in: Money, assigned_after: Money, fund_name: str
) -> list[BudgetWarning]:
    if assigned_after <= paid_in:
        return []
    short = assigned_after - paid_in
    return [
        BudgetWarning(
            WarningKind.SOURCE_OVERALLOCATED,
            f"Uit '{fund_name}' is dan {short.format('nl')} meer aan overleggen toegedeeld dan er "
            f"is ingelegd ({paid_in.format('nl')}).",
            f"'{fund_name}' would then have given councils {short.format('en')} more than was "
            f"paid in ({paid_in.format('en')}).",
        )
    ]


class FundService(Service):
    # -- funds ------------------------------------------------------------------------------
    def list_funds(self) -> list[FundView]:
        with self.unit() as s:
            return [fund_view(r) for r in s.scalars(select(Fund).order_by(Fund.name, Fund.id))]

    def get_fund(self, fund_id: int) -> FundView:
        with self.unit() as s:
            return fund_view(self.fetch(s, Fund, fund_id, "Fonds", "Fund"))

    def create_fund(self, name: str, *, municipality: str = "", remarks: str = "") -> FundView:
        with self.unit() as s:
            row = Fund(
                name=_name(name, "de naam van het fonds", "the fund's name"),
                municipality=clean_text(
                    municipality,
                    field_nl="de gemeente",
                    field_en="the municipality",
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
            row = self.fetch(s, Fund, fund_id, "Fonds", "Fund")
            check_version(row, expected_version)
            if name is not None:
                row.name = _name(name, "de naam van het fonds", "the fund's name")
            if remarks is not None:
                row.remarks = _remarks(remarks)
            s.flush()
            return fund_view(row)

    def remove_fund(self, fund_id: int) -> FundView:
        """Remove a fund made by mistake; only while no council has a share of it."""
        with self.unit() as s:
            row = self.fetch(s, Fund, fund_id, "Fonds", "Fund")
            shares = s.scalar(
                select(func.count(FundingSource.id)).where(FundingSource.fund_id == fund_id)
            )
            if shares:
                raise RuleViolation(
                    f"Fonds '{row.name}' is al over overleggen verdeeld; het blijft staan.",
                    f"Fund '{row.name}' was already divided over councils; it stays.",
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
        require_positive(amount, "een inleg", "a contribution")
        who = _name(contributor, "de inlegger", "the contributor")
        with self.unit() as s:
            self.fetch(s, Fund, fund_id, "Fonds", "Fund")
            if organisation_id is not None:
                self.fetch(s, Organisation, organisation_id, "Organisatie", "Organisation")
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
            row = self.fetch(s, FundContribution, contribution_id, "Inleg", "Contribution")
            view = contribution_view(row)
            s.delete(row)
            return view

    # -- shares -----------------------------------------------------------------------------
    def share_warnings(
        self, fund_id: int, council_id: int, year: int, amount: Money
    ) -> list[BudgetWarning]:
        """What `assign_share` would ask to confirm, without storing anything."""
        with self.unit() as s:
            fund = self.fetch(s, Fund, fund_id, "Fonds", "Fund")
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
        require_positive(amount, "een aandeel", "a share")
        text = clean_text(
            decision,
            field_nl="het besluit van het fondsbestuur",
            field_en="the board's decision",
            limit=300,
            required=False,
        )
        with self.unit() as s:
            fund = self.fetch(s, Fund, fund_id, "Fonds", "Fund")
            council = self.fetch(s, Council, council_id, "Overleg", "Council")
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
            row = self.fetch(s, FundingSource, source_id, "Aandeel", "Share")
            if row.fund_id is None:
                raise RuleViolation(
                    "Deze geldbron is geen aandeel in een fonds.",
                    "This funding source is not a share of a fund.",
                )
            used = s.scalar(
                select(func.count(Allocation.id)).where(Allocation.funding_source_id == source_id)
            )
            if used:
                raise RuleViolation(
                    f"Het overleg heeft uit '{row.name}' al geld toegekend; het aandeel blijft staan.",
                    f"The council already allocated money from '{row.name}'; the share stays.",
                )
            view = share_views(s, [row])[0]
            s.delete(row)
            return view

    def fund_year(self, fund_id: int, year: int, language: Language = Language.DUTCH) -> FundYear:
        """The fund in one year: contributions, and per council assigned, allocated and spent."""
        with self.unit() as s:
            fund = self.fetch(s, Fund, fund_id, "Fonds", "Fund")
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
    if language == Language.ENGLISH:
        line = f"Share assigned by the fund's board on {when}."
    else:
        line = f"Aandeel toegedeeld door het fondsbestuur op {when}."
    return f"{line} {decision}".strip()


def _name(value: str, field_nl: str, field_en: str) -> str:
    return clean_text(
        value, field_nl=field_nl, field_en=field_en, limit=MAX_NAME_LENGTH, required=True
    )


def _remarks(value: str) -> str:
    return clean_text(
        value,
        field_nl="de toelichting",
        field_en="the remarks",
        limit=MAX_NOTE_LENGTH,
        required=False,
    )
