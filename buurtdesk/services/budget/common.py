"""What the budget's services share: the years a budget may have, asking before money moves,
the short texts, and the allocation expenses are booked against."""

from __future__ import annotations

from sqlalchemy.orm import Session

from buurtdesk.domain.budget import BudgetWarning, ConfirmationNeeded
from buurtdesk.domain.errors import InvalidInput, RuleViolation
from buurtdesk.domain.rules import MAX_NAME_LENGTH, clean_text
from buurtdesk.messages import NC_, Marked
from buurtdesk.services.base import Service
from buurtdesk.store.models import Allocation

MIN_YEAR, MAX_YEAR = 1990, 2200


def budget_year(year: int) -> int:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidInput.said("{year} is not a valid budget year.", year=year)
    return year


def confirm(warnings: list[BudgetWarning], confirmed: bool) -> None:
    if warnings and not confirmed:
        raise ConfirmationNeeded(warnings)


def short_text(text: str, field: Marked) -> str:
    return clean_text(text, field=field, limit=MAX_NAME_LENGTH, required=False)


def original_allocation(service: Service, s: Session, allocation_id: int) -> Allocation:
    """The allocation expenses are booked against (never a reversal)."""
    row = service.fetch(s, Allocation, allocation_id, NC_("kind of record", "Allocation"))
    if row.reverses_id is not None:
        raise RuleViolation.said("Expenses belong to the original allocation, not to a reversal.")
    return row
