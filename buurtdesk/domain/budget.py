"""Budget arithmetic and the warnings a treasurer must confirm. No database here.

The figures, everywhere the same (per source, per project, per year):

- available: the money the sources bring in (their amounts, carried-in money included);
- allocated: what decisions gave away, net of reversals (a reversal is a negative allocation);
- spent: the expenses booked against those allocations;
- carried forward: free money moved on to next year's budget by `carry_over`;
- free = available - allocated - carried forward (before any carry-over this is simply
  available - allocated), so available = allocated + carried forward + free, always;
- remaining = allocated - spent, per allocation and summed, so allocated = spent + remaining.

A negative free is an over-allocated source, a negative remaining an overspent allocation:
both are allowed only after the user confirmed a warning, and both stay visibly flagged.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from buurtdesk.domain.cycle import MoneyCheck
from buurtdesk.domain.enums import CheckArea, FundingSourceKind
from buurtdesk.domain.errors import BuurtDeskError, InvalidInput
from buurtdesk.domain.money import Money
from buurtdesk.messages import N_, Listed, Marked, Sentence, said_values, translate

SOURCE_KIND_NAMES: dict[FundingSourceKind, str] = {
    FundingSourceKind.MUNICIPAL_BUDGET: N_("Municipal neighbourhood budget"),
    FundingSourceKind.SAM_FUND: N_("SAM fund"),
    FundingSourceKind.PROJECT_MONEY: N_("Project money"),
    FundingSourceKind.MEETING_COMMUNICATION: N_("Meeting and communication money"),
    FundingSourceKind.CORPORATION: N_("Housing corporations' contributions (pooled)"),
    FundingSourceKind.OTHER: N_("Other income"),
}


def source_kind_name(kind: FundingSourceKind, language: str = "nl") -> str:
    return translate(SOURCE_KIND_NAMES[FundingSourceKind(kind)], language)


class WarningKind(StrEnum):
    FRAMEWORK_NOT_CHECKED = "framework_not_checked"
    FRAMEWORK_NOT_IN_ORDER = "framework_not_in_order"
    SOURCE_OVERALLOCATED = "source_overallocated"
    ALLOCATION_OVERSPENT = "allocation_overspent"


@dataclass(frozen=True)
class BudgetWarning:
    """Something the user must see and confirm before the money moves: a sentence of the
    message catalogue (`key`, its English source) and its values, said where it is shown."""

    kind: WarningKind
    key: str
    values: Mapping[str, object] = field(default_factory=dict)

    @classmethod
    def said(cls, kind: WarningKind, text: str, /, **values: object) -> BudgetWarning:
        """A warning whose sentence is in the message catalogue: `text` is its English source
        (mark it with N_()), `values` fill its {names}."""
        return cls(kind, text, dict(values))

    def message(self, language: str = "nl") -> str:
        """The sentence in `language`, its values said in it the way an error says them."""
        return translate(self.key, language).format(**said_values(self.values, language))

    def say(self, language: str) -> str:
        return self.message(language)

    @property
    def dutch(self) -> str:
        return self.message("nl")

    @property
    def english(self) -> str:
        return self.message("en")


class ConfirmationNeeded(BuurtDeskError):
    """Raised instead of storing: ask the user, then call again with `confirmed=True`.

    Nothing was written. `warnings` holds every reason, so the question can list them all.
    """

    def __init__(self, warnings: Sequence[BudgetWarning]) -> None:
        self.warnings = tuple(warnings)
        super().__init__()
        self.speak(
            N_("{warnings} Continue anyway?"),
            warnings=Listed(self.warnings, separator=" ", last=None),
        )


@dataclass(frozen=True)
class Figures:
    """Available, allocated, spent and carried forward, with what follows from them."""

    available: Money
    allocated: Money
    spent: Money
    carried_forward: Money = Money(0)
    overspent_allocations: int = 0

    @property
    def free(self) -> Money:
        return self.available - self.allocated - self.carried_forward

    @property
    def remaining(self) -> Money:
        return self.allocated - self.spent

    @property
    def is_overallocated(self) -> bool:
        return self.free.is_negative

    @property
    def is_overspent(self) -> bool:
        """An allocation in here spent more than it got (or the whole spent more than given)."""
        return self.overspent_allocations > 0 or self.remaining.is_negative

    def __add__(self, other: Figures) -> Figures:
        return Figures(
            self.available + other.available,
            self.allocated + other.allocated,
            self.spent + other.spent,
            self.carried_forward + other.carried_forward,
            self.overspent_allocations + other.overspent_allocations,
        )


def require_positive(amount: Money, what: Marked) -> Money:
    """Allocations, reversals, expenses and sources are positive amounts; zero means nothing.
    `what` names the amount ("an expense"), marked with NC_("amount", ...)."""
    if not isinstance(amount, Money):
        raise TypeError("amounts are Money (whole cents)")
    if amount.cents <= 0:
        raise InvalidInput.said(
            "{what} must be more than €0.00.",
            what=Sentence.of(what).capital(),
        )
    return amount


def framework_warnings(project_name: str, check: MoneyCheck) -> list[BudgetWarning]:
    """Money follows content: the project's own money check (plan and three frameworks 'ok')."""
    if check.all_ok:
        return []
    never_checked = len(check.missing) == len(CheckArea)
    return [
        BudgetWarning.said(
            WarningKind.FRAMEWORK_NOT_CHECKED
            if never_checked
            else WarningKind.FRAMEWORK_NOT_IN_ORDER,
            N_("Project '{project_name}': {reason}"),
            project_name=project_name,
            reason=check,
        )
    ]


def source_warnings(source_name: str, free: Money, amount: Money) -> list[BudgetWarning]:
    """Allocating `amount` from a source with `free` money left."""
    if amount <= free:
        return []
    short = amount - free
    return [
        BudgetWarning.said(
            WarningKind.SOURCE_OVERALLOCATED,
            N_(
                "Funding source '{source_name}' has {free} free; this allocation exceeds it by {short}."
            ),
            source_name=source_name,
            free=free,
            short=short,
        )
    ]


def overspending_warnings(allocation: str, remaining: Money, amount: Money) -> list[BudgetWarning]:
    """Spending (or withdrawing) `amount` where only `remaining` is left of the allocation
    named `allocation` (its project or description; empty: no name)."""
    if amount <= remaining:
        return []
    short = amount - remaining
    return [
        BudgetWarning.said(
            WarningKind.ALLOCATION_OVERSPENT,
            N_("{remaining} is left of the allocation to '{name}'; this exceeds it by {short}.")
            if allocation
            else N_("{remaining} is left of the allocation; this exceeds it by {short}."),
            name=allocation,
            remaining=remaining,
            short=short,
        )
    ]


def carry_over_amount(figures: Figures) -> Money:
    """The free money of a source that can still move to next year (never below zero).

    Money already carried forward is counted in `figures`, so asking again gives zero:
    running the carry-over twice does not double the money.
    """
    free = figures.free
    return free if free.cents > 0 else Money(0)


def lowered_source_warnings(source_name: str, after: Figures) -> list[BudgetWarning]:
    """Lowering a source's amount below what was already allocated (or carried) from it."""
    if not after.is_overallocated:
        return []
    short = -after.free
    return [
        BudgetWarning.said(
            WarningKind.SOURCE_OVERALLOCATED,
            N_(
                "{allocated} was already allocated from funding source '{source_name}'; with this amount it falls {short} short."
            ),
            allocated=after.allocated,
            source_name=source_name,
            short=short,
        )
    ]


def reversal_warnings(spent: Money, allocated_after: Money) -> list[BudgetWarning]:
    """Withdrawing money that was already spent leaves the allocation overspent."""
    if spent <= allocated_after:
        return []
    return [
        BudgetWarning.said(
            WarningKind.ALLOCATION_OVERSPENT,
            N_(
                "{spent} of this allocation was already spent; after the reversal only {allocated_after} stays allocated."
            ),
            spent=spent,
            allocated_after=allocated_after,
        )
    ]
