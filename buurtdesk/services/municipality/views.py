"""Frozen views of the municipality room: funds, the table across councils, organisations' actions.

Amounts are `Money` (whole cents). A fund's figures per year: paid in (the contributions),
assigned (the councils' shares, each a funding source in that council's budget), unassigned =
paid in - assigned (negative: over-assigned). Per council: assigned, allocated, spent from the
share, remaining = assigned - allocated... written out in `ShareFigures`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from buurtdesk.domain.enums import ActionStatus, CouncilKind, Language, PhaseKind
from buurtdesk.domain.money import Money


@dataclass(frozen=True)
class FundView:
    id: int
    uuid: str
    municipality: str
    name: str
    remarks: str
    version: int


@dataclass(frozen=True)
class ContributionView:
    id: int
    fund_id: int
    year: int
    contributor: str
    organisation_id: int | None
    amount: Money
    paid_on: date | None
    version: int


@dataclass(frozen=True)
class ShareView:
    """One council's share of a fund in one year: a funding source of that council's budget."""

    source_id: int
    fund_id: int
    council_id: int
    council_name: str
    year: int
    amount: Money
    board_decided_on: date | None
    board_decision: str
    allocated: Money
    spent: Money
    version: int

    @property
    def free(self) -> Money:
        return self.amount - self.allocated

    @property
    def remaining(self) -> Money:
        """What is still in the council's hands: the share less what was spent."""
        return self.amount - self.spent


@dataclass(frozen=True)
class FundYear:
    """Everything of a fund in one year: the fund statement's and the screen's numbers."""

    fund: FundView
    year: int
    language: Language
    contributions: tuple[ContributionView, ...]
    shares: tuple[ShareView, ...]

    @property
    def paid_in(self) -> Money:
        return Money(sum(c.amount.cents for c in self.contributions))

    @property
    def assigned(self) -> Money:
        return Money(sum(s.amount.cents for s in self.shares))

    @property
    def allocated(self) -> Money:
        return Money(sum(s.allocated.cents for s in self.shares))

    @property
    def spent(self) -> Money:
        return Money(sum(s.spent.cents for s in self.shares))

    @property
    def unassigned(self) -> Money:
        return self.paid_in - self.assigned

    @property
    def is_overassigned(self) -> bool:
        return self.unassigned.is_negative


@dataclass(frozen=True)
class CouncilRow:
    """One line of the Gemeente table: where a council stands, read in a few grouped queries."""

    council_id: int
    name: str
    kind: CouncilKind
    municipality: str
    next_meeting: date | None
    agenda_ready: bool
    last_minutes: date | None  # the last held meeting's date
    minutes_adopted: bool | None  # None: no meeting held yet
    open_actions: int
    overdue_actions: int
    municipality_actions: int  # open, owned by the municipality (or one of its people)
    organisation_actions: int  # open, owned by another organisation (or one of its people)
    phase: PhaseKind | None
    cycle_number: int | None
    year: int
    assigned: Money
    allocated: Money
    spent: Money
    carried_forward: Money

    @property
    def free(self) -> Money:
        return self.assigned - self.allocated - self.carried_forward


@dataclass(frozen=True)
class OrganisationAction:
    """An action point owned by an organisation (directly or by one of its people)."""

    id: int
    council_id: int
    council_name: str
    organisation_id: int
    organisation_name: str
    title: str
    owner_name: str
    due_date: date | None
    status: ActionStatus
    origin_meeting_date: date | None

    def is_overdue(self, today: date) -> bool:
        return self.status.is_open and self.due_date is not None and self.due_date < today
