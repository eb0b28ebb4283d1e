"""The views the overview shows: kept apart from views.py so the first screen at start needs
only these (every frozen dataclass costs time to create when its module is first loaded).
views.py hands them out with the others."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from datetime import date

from buurtdesk.domain.enums import (
    CouncilKind,
    Language,
    MeetingKind,
    MeetingStatus,
    MinutesState,
    MinutesTitle,
    PhaseKind,
)
from buurtdesk.domain.money import Money
from buurtdesk.domain.rules import DecisionNumber


@dataclass(frozen=True)
class CouncilView:
    id: int
    uuid: str
    name: str
    kind: CouncilKind
    municipality: str
    language: Language
    default_place: str
    logo: bytes | None  # a PNG or JPEG (domain.validation.check_logo), never a path
    role_view: str = ""
    minutes_title: MinutesTitle = MinutesTitle.NOTULEN  # Notulen, Verslag or Besluitenlijst
    decisions_appendix: bool = False  # the minutes end with a besluitenlijst
    # None: not known (first look); an edit is then not checked. Not part of equality.
    version: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class DecisionView:
    id: int
    uuid: str
    council_id: int
    meeting_id: int | None
    agenda_item_id: int | None
    number: DecisionNumber
    text: str
    decided_on: date
    votes_for: int | None
    votes_against: int | None
    votes_abstain: int | None
    withdrawn: bool
    meeting_date: date | None = None
    amount: Money | None = None  # the allocation this decision made, if any
    # Vertrouwelijk: left out of the minutes and the projector (the number stays taken).
    confidential: bool = False
    # None: not known (first look); an edit is then not checked. Not part of equality.
    version: int | None = field(default=None, compare=False)

    @property
    def has_vote(self) -> bool:
        return self.votes_for is not None


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    uuid: str
    council_id: int
    kind: MeetingKind
    title: str
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    place: str
    status: MeetingStatus
    minutes_state: MinutesState | None
    minutes_adopted_on: dt.date | None
    item_count: int = 0
    version: int = 1
    # Besloten: the whole meeting was closed to the public.
    closed_session: bool = False
    # When the meeting really opened and closed (start_time/end_time: the planned hours).
    opened_at: dt.time | None = None
    closed_at: dt.time | None = None


@dataclass(frozen=True)
class OverviewView:
    council: CouncilView
    next_meeting: MeetingSummary | None
    next_meeting_agenda_ready: bool
    open_actions: int
    overdue_actions: int
    current_phase: PhaseKind | None
    cycle_number: int | None
    budget_year: int
    budget_available: Money
    budget_allocated: Money
    budget_spent: Money
    latest_decisions: tuple[DecisionView, ...] = field(default_factory=tuple)
    meetings_held: int = 0
